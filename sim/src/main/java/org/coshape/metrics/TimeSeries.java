package org.coshape.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * What one run recorded: at each recorded tick, a value per row ("all" then each group) and
 * metric, and a value per assistant and assistant quantity. Undefined values (no interactions
 * yet, no AI, no twin) are NaN.
 */
public final class TimeSeries {
    /** One recorded tick: {@code values[row][metric]}, row 0 = all. */
    public record Point(long tick, int generation, double[][] values) {}

    /** One recorded tick of the assistants: {@code values[assistant][quantity]}. */
    public record AssistantPoint(long tick, double[][] values) {}

    private final List<String> rows;
    private final List<String> assistantQuantities;
    private final List<Point> points = new ArrayList<>();
    private final List<AssistantPoint> assistantPoints = new ArrayList<>();
    private long steadyAt = -1;
    private long absorbedAt = -1;
    private double interactionsPerPerson = Double.NaN;
    private double lastMove = Double.NaN;
    private boolean watched;

    public TimeSeries(List<String> groupNames) {
        this(groupNames, List.of());
    }

    /** @param assistantQuantities the names of the quantities recorded per assistant */
    public TimeSeries(List<String> groupNames, List<String> assistantQuantities) {
        List<String> r = new ArrayList<>();
        r.add("all");
        r.addAll(groupNames);
        this.rows = List.copyOf(r);
        this.assistantQuantities = List.copyOf(assistantQuantities);
    }

    public List<String> rows() {
        return rows;
    }

    public List<Point> points() {
        return points;
    }

    public void add(Point p) {
        points.add(p);
    }

    public Point last() {
        return points.get(points.size() - 1);
    }

    public double value(int point, int row, Metric m) {
        return points.get(point).values()[row][m.ordinal()];
    }

    public List<String> assistantQuantities() {
        return assistantQuantities;
    }

    public List<AssistantPoint> assistantPoints() {
        return assistantPoints;
    }

    public void add(AssistantPoint p) {
        assistantPoints.add(p);
    }

    /** Records, for a run that watched for steady state, when it became steady (-1: never) and its last move. */
    public void steady(long tick, double lastTickMove) {
        watched = true;
        steadyAt = tick;
        lastMove = lastTickMove;
    }

    /** Records, for a run that watched for absorption, when it was absorbed (-1: never). */
    public void absorbed(long tick) {
        absorbedAt = tick;
    }

    /** The tick at which the run was absorbed; NaN when it never was or did not watch ({@code stop.absorbed}). */
    public double ticksToAbsorption() {
        return absorbedAt >= 0 ? absorbedAt : Double.NaN;
    }

    /** Records a Deffuant run's meetings that moved someone, per person (each meeting moves two). */
    public void interactions(double perPerson) {
        interactionsPerPerson = perPerson;
    }

    /** Deffuant meetings that moved someone, per person, over the run; NaN for the other rules. */
    public double interactionsPerPerson() {
        return interactionsPerPerson;
    }

    /** The tick at which the run became steady; NaN when it never did or did not watch ({@code stop.steady}). */
    public double ticksToSteady() {
        return steadyAt >= 0 ? steadyAt : Double.NaN;
    }

    /** Whether the run watched for steady state and ended without reaching it. */
    public boolean endedUnsteady() {
        return watched && steadyAt < 0;
    }

    /** The movement of the run's last tick (RMS per dimension), NaN when it did not watch. */
    public double lastMove() {
        return lastMove;
    }
}
