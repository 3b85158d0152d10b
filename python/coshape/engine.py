"""Starting the engine: the jar's commands as functions."""

import os
import subprocess
from pathlib import Path

from .results import Results


class CoshapeError(RuntimeError):
    """The engine refused or failed: its one-line message and exit code (2: bad input, 1: a fault)."""

    def __init__(self, message, exit_code):
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


def find_jar(jar=None):
    """The engine's jar: ``jar``, else $COSHAPE_JAR, else sim/target/coshape.jar in a folder upwards."""
    if jar is None:
        jar = os.environ.get("COSHAPE_JAR")
    if jar is not None:
        path = Path(jar)
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no coshape jar there")
        return path.resolve()
    here = Path.cwd().resolve()
    for folder in [here, *here.parents]:
        path = folder / "sim" / "target" / "coshape.jar"
        if path.is_file():
            return path
    raise FileNotFoundError(
        "no sim/target/coshape.jar in this folder or above it: build it with 'mvn -q -DskipTests package'"
        " in the repository, or give jar= or COSHAPE_JAR")


def _options(set=None, seed=None, threads=None, out=None, extra=()):
    args = []
    for key, value in (set or {}).items():
        args += ["--set", f"{key}={_yaml(value)}"]
    if seed is not None:
        args += ["--seed", str(seed)]
    if threads is not None:
        args += ["--threads", str(threads)]
    if out is not None:
        args += ["--out", str(out)]
    return args + list(extra)


def _yaml(value):
    """A Python value as the YAML text --set takes: lists as [a, b], booleans as true/false."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_yaml(v) for v in value) + "]"
    return str(value)


def _call(args, jar=None, java="java"):
    """Runs the jar with ``args``; returns its standard output, or raises CoshapeError."""
    done = subprocess.run([java, "-jar", str(find_jar(jar)), *args], capture_output=True, text=True)
    if done.returncode != 0:
        lines = [l for l in done.stderr.splitlines() if l.startswith("coshape: ") and "warning" not in l]
        message = lines[-1][len("coshape: "):] if lines else done.stderr.strip()
        raise CoshapeError(message, done.returncode)
    return done.stdout


def _folder(stdout):
    """The results folder a command printed ('results: DIR')."""
    for line in stdout.splitlines():
        if line.startswith("results: "):
            return Path(line[len("results: "):].strip())
    raise CoshapeError("the engine printed no results folder", 1)


def run(scenario, set=None, seed=None, threads=None, out=None, force=False, jar=None):
    """``coshape run``: one scenario (its replications); returns its Results."""
    extra = ["--force"] if force else []
    return Results(_folder(_call(["run", str(scenario), *_options(set, seed, threads, out, extra)], jar)))


def sweep(scenario, set=None, seed=None, threads=None, out=None, resume=False, force=False, people_of=None,
          jar=None):
    """``coshape sweep``: the scenario's sweep block; ``people_of`` keeps chosen runs' people."""
    extra = (["--resume"] if resume else []) + (["--force"] if force else [])
    if people_of:
        extra += ["--people-of", ",".join(people_of)]
    return Results(_folder(_call(["sweep", str(scenario), *_options(set, seed, threads, out, extra)], jar)))


def compare(scenario, set=None, seed=None, threads=None, out=None, resume=False, force=False, reference=None,
            people_of=None, jar=None):
    """``coshape compare``: the scenario's policies on common seeds, with the report."""
    extra = (["--resume"] if resume else []) + (["--force"] if force else [])
    if reference is not None:
        extra += ["--reference", reference]
    if people_of:
        extra += ["--people-of", ",".join(people_of)]
    return Results(_folder(_call(["compare", str(scenario), *_options(set, seed, threads, out, extra)], jar)))


def replay(folder, run_id, people="final", out=None, jar=None):
    """``coshape replay``: one run of a folder again, alone, with its people; checked against the folder."""
    args = ["replay", str(folder), run_id, "--people", people] + (["--out", str(out)] if out else [])
    return Results(_folder(_call(args, jar)))


def validate(scenario, set=None, seed=None, jar=None):
    """``coshape validate``: the resolved scenario (every default shown) as text; raises on bad input."""
    return _call(["validate", str(scenario), "--no-estimate", *_options(set, seed)], jar)
