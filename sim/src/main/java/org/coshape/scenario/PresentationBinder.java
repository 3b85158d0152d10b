package org.coshape.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binds the blocks that shape how results are shown, not what is run: {@code charts:} and {@code report:}. */
final class PresentationBinder {
    private PresentationBinder() {}

    static ChartsSpec charts(MapView c) {
        List<String> metrics = c.strings(Parameter.CHARTS_METRICS, List.of());
        MapView l = c.child("labels");
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : l.keys()) {
            String words = l.string(key, "");
            if (words.isBlank()) {
                throw l.error(key, "a label needs words (or leave the key out)");
            }
            labels.put(key, words);
        }
        ChartsSpec spec = new ChartsSpec(
                metrics,
                labels,
                c.integer(Parameter.CHARTS_WIDTH),
                c.integer(Parameter.CHARTS_HEIGHT),
                c.number(Parameter.CHARTS_FONT_SCALE),
                c.bool(Parameter.CHARTS_TITLES),
                c.bool(Parameter.CHARTS_GROUPS));
        c.finish();
        return spec;
    }

    static ReportSpec report(MapView r) {
        List<String> verdict = r.strings(Parameter.REPORT_VERDICT, Parameter.REPORT_VERDICT.defaultNames());
        if (verdict.isEmpty()) {
            throw r.error("verdict", "name at least one metric that decides who benefits");
        }
        ReportSpec spec = new ReportSpec(
                verdict,
                r.choice(Parameter.REPORT_MULTIPLICITY, ReportSpec.Multiplicity.class),
                r.number(Parameter.REPORT_HALF_WIDTH));
        if (!(spec.halfWidth() > 0)) {
            throw r.error("half_width", "must be above 0");
        }
        r.finish();
        return spec;
    }
}
