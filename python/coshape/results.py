"""Reading a results folder: each table a DataFrame, read when first asked for."""

import json
from functools import cached_property
from pathlib import Path

import pandas as pd


class Results:
    """A results folder of any coshape command (run, sweep, compare, replay, merge)."""

    def __init__(self, folder):
        self.folder = Path(folder)
        if not (self.folder / "manifest.json").is_file():
            raise FileNotFoundError(f"{self.folder}: not a coshape results folder (no manifest.json)")

    def __repr__(self):
        return f"Results({str(self.folder)!r}: {self.manifest.get('command')}, {len(self.manifest.get('runs', []))} runs)"

    @cached_property
    def manifest(self):
        """The resolved scenario, command, versions and every run's id, seed, status and timing."""
        return json.loads((self.folder / "manifest.json").read_text(encoding="utf-8"))

    @property
    def status(self):
        """'complete' when every file is written; anything else is not a finished result.

        A run folder writes its manifest last, so one that has a manifest is complete; sweeps and
        comparisons record their status in it as they go.
        """
        return self.manifest.get("status", "complete")

    def _table(self, name):
        path = self.folder / name
        if not path.is_file():
            raise FileNotFoundError(f"{path}: this folder has no {name}")
        # run ids, group and metric names are text; empty cells (undefined values) read as NaN
        return pd.read_csv(path, dtype={"run_id": str, "group": str, "metric": str})

    @cached_property
    def summary(self):
        """One row per run and group: the final value of every metric."""
        return self._table("summary.csv")

    @cached_property
    def timeseries(self):
        """Long format: run_id, tick, generation, group, metric, value."""
        return self._table("timeseries.csv")

    @cached_property
    def assistants(self):
        """Long format: run_id, tick, assistant, quantity, value."""
        return self._table("assistants.csv")

    @cached_property
    def comparison(self):
        """compare: every statistic of the report, per policy, group and metric."""
        return self._table("comparison.csv")

    @cached_property
    def sensitivity(self):
        """Sobol sweeps: first-order and total indices; Morris sweeps: the elementary effects."""
        name = "sensitivity.csv" if (self.folder / "sensitivity.csv").is_file() else "morris.csv"
        return self._table(name)

    @cached_property
    def people(self):
        """people.csv (or .csv.gz) of a run folder written with output.people."""
        return self._either("people")

    @cached_property
    def network(self):
        """network.csv (or .csv.gz) of a run folder written with output.network: true."""
        return self._either("network")

    def people_of(self, run_id):
        """The people of one run a sweep or comparison kept with --people-of."""
        return self._either(f"people/{run_id}")

    def _either(self, stem):
        for name in (f"{stem}.csv", f"{stem}.csv.gz"):
            if (self.folder / name).is_file():
                return self._table(name)
        raise FileNotFoundError(f"{self.folder}: no {stem}.csv or {stem}.csv.gz")

    def metric(self, name, run_id=None):
        """One metric over time: a row per tick, a column per group (mean over runs unless run_id)."""
        ts = self.timeseries
        ts = ts[ts["metric"] == name]
        if ts.empty:
            raise KeyError(f"no metric '{name}' in {self.folder / 'timeseries.csv'}")
        if run_id is not None:
            ts = ts[ts["run_id"] == run_id]
        return ts.pivot_table(index="tick", columns="group", values="value", aggfunc="mean")


def load(folder):
    """The Results of a folder written earlier."""
    return Results(folder)
