package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.coshape.model.state.People;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioLoader;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People from a CSV and a weighted, directed edge list from a CSV: values and traits are taken as
 * written, and social averages are weight-normalised over the people each person listens to.
 */
class FileInputsTest {
    @TempDir
    Path tmp;

    @Test
    void csvPeopleAndWeightedEdgesDriveOneDeGrootStepAsWritten() throws Exception {
        Files.writeString(tmp.resolve("people.csv"), """
                person,group,x,y,anchoring
                ann,left,-0.6,0.2,0.3
                bob,left,-0.2,0.4,0.3
                cat,right,0.8,-0.4,0.3
                """);
        // ann listens to bob (weight 2) and cat (weight 1); bob listens to himself only; cat to nobody
        Files.writeString(tmp.resolve("edges.csv"), """
                source,target,weight
                ann,bob,2
                ann,cat,1
                bob,bob,1
                """);
        Path scenario = tmp.resolve("files.yaml");
        Files.writeString(scenario, """
                name: files
                ticks: 1
                values: {dimensions: [x, y]}
                population: {file: people.csv}
                network: {type: file, file: edges.csv}
                social: {rule: degroot, rate: 0.5}
                ai: {count: 0}
                """);
        Scenario s = ScenarioLoader.load(scenario);
        assertEquals(3, s.population().size());
        assertEquals(2.0 / 3, s.population().groups().get(0).share(), 1e-12);
        CoshapeModel m = TestScenarios.started(s, 1);
        People p = m.people();
        assertEquals(0.3f, p.anchoring[2], "trait columns are taken as written");
        float[] before = p.v.clone();
        TestScenarios.step(m, 1);
        for (int k = 0; k < 2; k++) {
            double mean = (2 * before[2 + k] + before[4 + k]) / 3.0;
            assertEquals(0.5 * before[k] + 0.5 * mean, p.v[k], 1e-6, "ann, dimension " + k);
            assertEquals(before[2 + k], p.v[2 + k], 1e-6, "bob listens only to himself");
            assertEquals(before[4 + k], p.v[4 + k], 1e-6, "cat has nobody to listen to");
        }
        assertEquals(-0.6f, before[0]);
    }

    /**
     * A spreadsheet's "CSV UTF-8" starts with a byte-order mark and may end lines with CR LF: such
     * files give the same people and links as plain ones (the mark made the first column's name
     * "\uFEFFperson", and the file was refused for a missing person column).
     */
    @Test
    void spreadsheetCsvFilesReadAsPlainOnes() throws Exception {
        String people = "person,group,x,y\nann,left,-0.6,0.2\nbob,left,-0.2,0.4\ncat,right,0.8,-0.4\n";
        String edges = "source,target,weight\nann,bob,2\nann,cat,1\nbob,bob,1\n";
        float[][] values = new float[2][];
        for (int k = 0; k < 2; k++) {
            Path dir = Files.createDirectories(tmp.resolve("v" + k));
            String bom = k == 0 ? "" : "\uFEFF";
            String eol = k == 0 ? "\n" : "\r\n";
            Files.writeString(dir.resolve("people.csv"), bom + people.replace("\n", eol));
            Files.writeString(dir.resolve("edges.csv"), bom + edges.replace("\n", eol));
            Files.writeString(
                    dir.resolve("s.yaml"),
                    "name: s\nticks: 1\nvalues: {dimensions: [x, y]}\n"
                            + "population: {file: people.csv}\nnetwork: {type: file, file: edges.csv}\n"
                            + "social: {rule: degroot, rate: 0.5}\nai: {count: 0}\n");
            CoshapeModel m = TestScenarios.started(ScenarioLoader.load(dir.resolve("s.yaml")), 1);
            TestScenarios.step(m, 1);
            values[k] = m.people().v.clone();
        }
        Assertions.assertArrayEquals(values[0], values[1]);
    }
}
