package org.coshape.gui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coshape.scenario.Named;
import org.coshape.scenario.Regime;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.SocialRule;
import sim.util.Interval;

/**
 * The parameters the MASON inspector shows, following its bean conventions (getX/setX, and domX
 * for a slider range or a list of choices). Edits apply when the model is next started; each
 * becomes a dotted-path override of the scenario, exactly as {@code --set} would.
 */
public final class GuiParameters {
    static final List<String> RULES = Named.keys(SocialRule.class);
    static final List<String> REGIMES = Named.keys(Regime.class);

    private final List<String> dimensions;
    private int regime;
    private int people;
    private double listening;
    private double gain;
    private double persuasiveness;
    private double learningRate;
    private int socialRule;
    private double socialRate;
    private double turnover;
    private int xDimension;
    private int yDimension = 1;

    GuiParameters(Scenario s) {
        dimensions = s.values().dimensions();
        regime = s.ai().regime().ordinal();
        people = s.population().size();
        listening = s.ai().listening().isEmpty() ? 0.3 : s.ai().listening().get(0);
        gain = s.ai().gain().isEmpty() ? 1 : s.ai().gain().get(0);
        persuasiveness =
                s.ai().persuasiveness().isEmpty() ? 1 : s.ai().persuasiveness().get(0);
        learningRate = s.ai().learningRate();
        socialRule = s.social().rule().ordinal();
        socialRate = s.social().rate();
        turnover = s.generations().turnover();
        yDimension = Math.min(1, dimensions.size() - 1);
    }

    /** The overrides these values mean, by dotted path (applied to the scenario file's tree). */
    Map<String, String> overrides() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("ai.regime", REGIMES.get(regime));
        o.put("population.size", Integer.toString(people));
        o.put("ai.listening", Double.toString(listening));
        o.put("ai.gain", Double.toString(gain));
        o.put("ai.persuasiveness", Double.toString(persuasiveness));
        o.put("ai.learning_rate", Double.toString(learningRate));
        o.put("social.rule", RULES.get(socialRule));
        o.put("social.rate", Double.toString(socialRate));
        o.put("generations.turnover", Double.toString(turnover));
        return o;
    }

    public int getRegime() {
        return regime;
    }

    public void setRegime(int v) {
        regime = v;
    }

    public Object domRegime() {
        return REGIMES.toArray(String[]::new);
    }

    public int getPeople() {
        return people;
    }

    public void setPeople(int v) {
        people = Math.max(10, v);
    }

    public double getListening() {
        return listening;
    }

    public void setListening(double v) {
        listening = v;
    }

    public Object domListening() {
        return new Interval(0.0, 1.0);
    }

    public double getGain() {
        return gain;
    }

    public void setGain(double v) {
        gain = v;
    }

    public Object domGain() {
        return new Interval(0.0, 3.0);
    }

    public double getPersuasiveness() {
        return persuasiveness;
    }

    public void setPersuasiveness(double v) {
        persuasiveness = v;
    }

    public Object domPersuasiveness() {
        return new Interval(0.0, 3.0);
    }

    public double getLearningRate() {
        return learningRate;
    }

    public void setLearningRate(double v) {
        learningRate = v;
    }

    public Object domLearningRate() {
        return new Interval(0.0, 1.0);
    }

    public int getSocialRule() {
        return socialRule;
    }

    public void setSocialRule(int v) {
        socialRule = v;
    }

    public Object domSocialRule() {
        return RULES.toArray(String[]::new);
    }

    public double getSocialRate() {
        return socialRate;
    }

    public void setSocialRate(double v) {
        socialRate = v;
    }

    public Object domSocialRate() {
        return new Interval(0.0, 1.0);
    }

    public double getTurnover() {
        return turnover;
    }

    public void setTurnover(double v) {
        turnover = v;
    }

    public Object domTurnover() {
        return new Interval(0.0, 1.0);
    }

    /** Value dimension on the display's horizontal axis (takes effect at once). */
    public int getXDimension() {
        return xDimension;
    }

    public void setXDimension(int v) {
        xDimension = v;
    }

    public Object domXDimension() {
        return dimensions.toArray(String[]::new);
    }

    /** Value dimension on the display's vertical axis (takes effect at once). */
    public int getYDimension() {
        return yDimension;
    }

    public void setYDimension(int v) {
        yDimension = v;
    }

    public Object domYDimension() {
        return dimensions.toArray(String[]::new);
    }
}
