"""Redraws the validation gallery's figures (docs/validation.md) from the shipped scenarios.

Run from the repository root after building the jar (mvn -q -DskipTests package):

    python3 docs/validation/figures.py

It runs each scenario of scenarios/validation/ through the Python package (python/), keeps the
results in results/validation-*/, prints the numbers docs/validation.md quotes and writes the
figures beside this script. A few minutes on two cores.
"""

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
try:
    import coshape  # noqa: E402
except ImportError:  # not installed: the package in this repository
    sys.path.insert(0, str(ROOT / "python"))
    import coshape  # noqa: E402

HERE = Path(__file__).resolve().parent


def interval(x):
    x = np.asarray(x, dtype=float)
    x = x[~np.isnan(x)]
    h = 1.96 * x.std(ddof=1) / np.sqrt(len(x)) if len(x) > 1 else np.nan
    return x.mean(), h


def sweep(name, **kw):
    out = ROOT / "results" / f"validation-{name}"
    if (out / "summary.csv").exists():
        return coshape.load(out)
    return coshape.sweep(ROOT / "scenarios" / "validation" / f"{name}.yaml", out=out, force=True, **kw)


def sirbu():
    s = sweep("sirbu2019").summary
    s = s[s.group == "all"]
    fig, (a, b) = plt.subplots(1, 2, figsize=(10, 3.8), constrained_layout=True)
    print("Sirbu et al. 2019: effective clusters and ticks to absorption (20 seeds, 95% intervals)")
    for gamma, d in s.groupby("ai.exposure.gamma"):
        rows = []
        for conf, e in d.groupby("social.confidence"):
            m, h = interval(e.effective_clusters)
            t = e.ticks_to_absorption.median()
            rows.append((conf / 2, m, h, t))
            print(f"  gamma {gamma:3.1f}  epsilon {conf / 2:.1f}: {m:5.2f} +- {h:4.2f} clusters,"
                  f" median {t:7.0f} ticks, {e.interactions_per_person.median():8.1f} interactions per person")
        r = np.array(rows)
        a.errorbar(r[:, 0], r[:, 1], yerr=r[:, 2], marker="o", capsize=3, label=f"gamma {gamma:g}")
        b.plot(r[:, 0], r[:, 3], marker="o", label=f"gamma {gamma:g}")
    a.plot([0.1, 0.2, 0.3, 0.4], [4.3, 2.1, 1.4, 1.02], "k--", label="NDlib, gamma 0")
    a.set_xlabel("epsilon (paper's scale, [0, 1])")
    a.set_ylabel("effective clusters at absorption")
    a.legend()
    b.set_yscale("log")
    b.set_xlabel("epsilon (paper's scale, [0, 1])")
    b.set_ylabel("ticks to absorption (median)")
    b.legend()
    fig.savefig(HERE / "sirbu2019.png", dpi=120)


def keijzer_mas():
    s = sweep("keijzer-mas2022").summary
    s = s[s.group == "all"]
    print("Keijzer and Mas 2022: polarization, personalised minus random exposure, paired by seed")
    fig, ax = plt.subplots(figsize=(6, 3.8), constrained_layout=True)
    for (rep, label), marker in zip([(2.0, "assimilation"), (1.0, "assimilation + repulsion")], ["o", "s"]):
        xs, ms, hs = [], [], []
        for conf, d in s[s["social.repulsion"] == rep].groupby("social.confidence"):
            a = d[d["ai.exposure.gamma"] == 0].set_index("replicate").polarization
            b = d[d["ai.exposure.gamma"] == 1].set_index("replicate").polarization
            m, h = interval(b - a)
            xs.append(conf)
            ms.append(m)
            hs.append(h)
            print(f"  {label:25s} confidence {conf:.1f}: random {a.mean():.3f}, personalised {b.mean():.3f},"
                  f" difference {m:+.3f} +- {h:.3f}")
        ax.errorbar(xs, ms, yerr=hs, marker=marker, capsize=3, label=label)
    ax.axhline(0, color="grey", lw=0.8)
    ax.set_xlabel("social.confidence (RMS)")
    ax.set_ylabel("polarization: personalised - random")
    ax.legend()
    fig.savefig(HERE / "keijzer-mas2022.png", dpi=120)


def carroll():
    out = ROOT / "results" / "validation-carroll2022-compare"
    c = coshape.load(out) if (out / "comparison.csv").exists() else coshape.compare(
        ROOT / "scenarios" / "validation" / "carroll2022.yaml", out=out, force=True)
    s = c.summary
    s = s[s.group == "all"]
    print("Carroll et al. 2022: induced shift and engagement by assistant (10 seeds)")
    for policy in ["none", "myopic", "planning", "penalised"]:
        d = s[s.policy == policy]
        m, h = interval(d.induced_drift)
        e, eh = interval(d.engagement)
        print(f"  {policy:9s}: induced_drift {m:.3f} +- {h:.3f}, engagement {e:.3f} +- {eh:.3f}")
    t = sweep("carroll2022").summary
    t = t[t.group == "all"]
    fig, ax = plt.subplots(figsize=(6, 3.8), constrained_layout=True)
    rows = []
    for lam, d in t.groupby("ai.shift_penalty"):
        m, h = interval(d.induced_drift)
        e, eh = interval(d.engagement)
        rows.append((lam, m, h, e, eh))
        print(f"  horizon 20, shift penalty {lam:5.0f}: induced_drift {m:.3f} +- {h:.3f},"
              f" engagement {e:.3f} +- {eh:.3f}")
    r = np.array(rows)
    ax.errorbar(r[:, 1], r[:, 3], xerr=r[:, 2], yerr=r[:, 4], marker="o", capsize=3, label="planning, penalty")
    for lam, x, _, y, _ in rows:
        ax.annotate(f"{lam:g}", (x, y), textcoords="offset points", xytext=(5, 5))
    for policy, marker in [("myopic", "s"), ("none", "^")]:
        d = s[s.policy == policy]
        ax.plot(d.induced_drift.mean(), d.engagement.mean(), marker, label=policy)
    ax.set_xlabel("induced_drift (shift from the no-AI twin)")
    ax.set_ylabel("engagement")
    ax.legend()
    fig.savefig(HERE / "carroll2022.png", dpi=120)


if __name__ == "__main__":
    sirbu()
    keijzer_mas()
    carroll()
