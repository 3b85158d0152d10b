package org.coshape.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * The metrics recorded during one run: at each recorded tick, a value per row ("all" then each
 * group) and metric. Undefined values (no interactions yet, no AI) are NaN.
 */
public final class TimeSeries {
    /** One recorded tick: {@code values[row][metric]}, row 0 = all. */
    public record Point(long tick, int generation, double[][] values) {
    }

    private final List<String> rows;
    private final List<Point> points = new ArrayList<>();

    public TimeSeries(List<String> groupNames) {
        List<String> r = new ArrayList<>();
        r.add("all");
        r.addAll(groupNames);
        this.rows = List.copyOf(r);
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
}
