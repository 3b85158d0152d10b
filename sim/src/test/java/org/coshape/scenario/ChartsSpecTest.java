package org.coshape.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The charts block keeps its labels in the order written: the manifest and validate print them,
 * and an order that changed from one JVM run to the next made the printed scenario differ.
 */
class ChartsSpecTest {
    @Test
    void labelsKeepTheirWrittenOrder() {
        Map<String, String> labels = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (int i = 30; i > 0; i--) {
            labels.put("k" + i, "label " + i);
            keys.add("k" + i);
        }
        ChartsSpec spec = new ChartsSpec(List.of(), labels, 480, 320, 1, false, false);
        assertEquals(keys, new ArrayList<>(spec.labels().keySet()));
    }
}
