package org.coshape.cli;

import java.nio.file.Path;
import org.coshape.model.network.NetworkBuilder;
import org.coshape.scenario.PeopleCsv;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioException;

/**
 * Checks, before anything is written or run, the inputs a scenario points to (the edge-list
 * file), so that bad input is reported with exit code 2 and no results folder appears.
 */
final class Preflight {
    private Preflight() {
    }

    static void check(Scenario s) {
        if ("file".equals(s.network().type())) {
            java.util.Map<String, Integer> ids = s.population().file() == null ? null
                    : PeopleCsv.read(Path.of(s.population().file()), s.values().dimensions()).indexById();
            NetworkBuilder.checkFile(Path.of(s.network().file()), s.population().size(), ids);
        }
        if (s.ai().count() > 0 && s.ai().designers().size() > s.population().size()) {
            throw new ScenarioException(s.sourceFile() + ": ai.designers.size: more designers than people");
        }
    }
}
