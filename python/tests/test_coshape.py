"""The package against the engine's jar: what it returns is what the command line wrote."""

import gzip
import os
import tempfile
import unittest
from pathlib import Path

import pandas as pd

import coshape

ROOT = Path(__file__).resolve().parents[2]
SMALL = """name: small
ticks: 12
replications: 2
population: {size: 60}
ai: {designers: {size: 5}}
metrics: {every: 4}
"""


@unittest.skipUnless((ROOT / "sim" / "target" / "coshape.jar").is_file(), "build the jar first")
class EngineTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp())
        self.scenario = self.tmp / "small.yaml"
        self.scenario.write_text(SMALL)
        self.jar = ROOT / "sim" / "target" / "coshape.jar"

    def test_a_run_is_its_folder_read_as_data_frames(self):
        r = coshape.run(self.scenario, set={"output.people": "final"}, out=self.tmp / "r", jar=self.jar)
        self.assertEqual(r.status, "complete")
        # two runs x (all and each of the two default groups)
        self.assertEqual(len(r.summary), 2 * 3)
        self.assertEqual(set(r.summary["group"]), {"all", "majority", "minority"})
        self.assertEqual(r.summary["run_id"].tolist()[0], "p0000-r000")
        self.assertEqual(sorted(r.timeseries["tick"].unique()), [0, 4, 8, 12])
        self.assertEqual(len(r.people), 2 * 60)
        self.assertIn("assistant", r.people.columns)
        welfare = r.metric("welfare")
        # welfare is a window's mean: undefined at tick 0, an empty cell the table reads as NaN
        at0 = r.timeseries[(r.timeseries["metric"] == "welfare") & (r.timeseries["tick"] == 0)]
        self.assertTrue(len(at0) == 6 and at0["value"].isna().all())
        self.assertEqual(list(welfare.index), [4, 8, 12])
        final = r.summary[r.summary["group"] == "all"]["welfare"].mean()
        self.assertAlmostEqual(welfare.loc[12, "all"], final, places=9)
        # the tables are the files, read by pandas alone
        pd.testing.assert_frame_equal(
            r.summary, pd.read_csv(self.tmp / "r" / "summary.csv", dtype={"run_id": str, "group": str}))
        self.assertEqual(coshape.load(self.tmp / "r").manifest, r.manifest)

    def test_set_values_reach_the_engine(self):
        text = coshape.validate(self.scenario, set={"ai.learning_rate": 0.25, "metrics.baseline": False}, jar=self.jar)
        self.assertIn("learning_rate: 0.25", text)
        self.assertIn("baseline: false", text)

    def test_refused_input_raises_with_the_engines_message_and_code(self):
        with self.assertRaises(coshape.CoshapeError) as refused:
            coshape.run(self.scenario, set={"ticks": -3}, out=self.tmp / "bad", jar=self.jar)
        self.assertEqual(refused.exception.exit_code, 2)
        self.assertIn("ticks", refused.exception.message)
        self.assertFalse((self.tmp / "bad").exists())

    def test_a_sweep_keeps_the_people_of_chosen_runs_compressed(self):
        with open(self.scenario, "a") as f:
            f.write("sweep: {design: grid, parameters: {ai.listening: [0.1, 0.5]}}\n")
        s = coshape.sweep(self.scenario, set={"output.compress": True}, out=self.tmp / "s",
                          people_of=["p0001-r001"], jar=self.jar)
        self.assertEqual(len(s.summary), 2 * 2 * 3)
        people = s.people_of("p0001-r001")
        self.assertEqual(len(people), 60)
        with gzip.open(self.tmp / "s" / "people" / "p0001-r001.csv.gz", "rt") as f:
            self.assertEqual(sum(1 for _ in f), 61)

    def test_the_jar_is_found_upwards_or_from_the_environment(self):
        here = os.getcwd()
        saved = os.environ.pop("COSHAPE_JAR", None)
        try:
            os.chdir(ROOT / "scenarios")
            self.assertEqual(coshape.find_jar(), self.jar.resolve())
            os.environ["COSHAPE_JAR"] = str(self.tmp / "none.jar")
            with self.assertRaises(FileNotFoundError):
                coshape.find_jar()
        finally:
            os.chdir(here)
            os.environ.pop("COSHAPE_JAR", None)
            if saved is not None:
                os.environ["COSHAPE_JAR"] = saved


if __name__ == "__main__":
    unittest.main()
