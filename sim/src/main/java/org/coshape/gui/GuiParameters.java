package org.coshape.gui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coshape.scenario.Named;
import org.coshape.scenario.Parameter;
import org.coshape.scenario.Regime;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.SocialRule;
import sim.util.Interval;

/**
 * The parameters the MASON inspector shows, following its bean conventions (getX/setX, and domX
 * for a slider range or a list of choices, desX for the tooltip), all from the {@link Parameter}
 * table except the gain and persuasiveness sliders, which stop at 3 of the allowed 100. Edits
 * apply when the model is next started; each becomes a dotted-path override of the scenario,
 * exactly as {@code --set} would.
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
        regime = s.ai().defaults().regime().ordinal();
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

    /** The table's meaning, unit and source of a key: the inspector's tooltip. */
    static String describe(Parameter p) {
        String unit = p.unit().isEmpty() ? "" : " (" + p.unit() + ")";
        String source = p.source().isEmpty() ? "" : " Default: " + p.source() + ".";
        return "<html><p style='width:320px'>" + p.path() + ": " + p.meaning() + unit + "." + source + "</p></html>";
    }

    /** The table's allowed range as a slider. */
    static Interval range(Parameter p) {
        return new Interval(p.min(), p.max());
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

    public String desRegime() {
        return describe(Parameter.AI_REGIME);
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

    public String desPeople() {
        return describe(Parameter.POPULATION_SIZE);
    }

    public void setPeople(int v) {
        people = Math.max(10, v);
    }

    public double getListening() {
        return listening;
    }

    public String desListening() {
        return describe(Parameter.AI_LISTENING);
    }

    public void setListening(double v) {
        listening = v;
    }

    public Object domListening() {
        return range(Parameter.AI_LISTENING);
    }

    public double getGain() {
        return gain;
    }

    public String desGain() {
        return describe(Parameter.AI_GAIN);
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

    public String desPersuasiveness() {
        return describe(Parameter.AI_PERSUASIVENESS);
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

    public String desLearningRate() {
        return describe(Parameter.AI_LEARNING_RATE);
    }

    public void setLearningRate(double v) {
        learningRate = v;
    }

    public Object domLearningRate() {
        return range(Parameter.AI_LEARNING_RATE);
    }

    public int getSocialRule() {
        return socialRule;
    }

    public String desSocialRule() {
        return describe(Parameter.SOCIAL_RULE);
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

    public String desSocialRate() {
        return describe(Parameter.SOCIAL_RATE);
    }

    public void setSocialRate(double v) {
        socialRate = v;
    }

    public Object domSocialRate() {
        return range(Parameter.SOCIAL_RATE);
    }

    public double getTurnover() {
        return turnover;
    }

    public String desTurnover() {
        return describe(Parameter.GENERATIONS_TURNOVER);
    }

    public void setTurnover(double v) {
        turnover = v;
    }

    public Object domTurnover() {
        return range(Parameter.GENERATIONS_TURNOVER);
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
