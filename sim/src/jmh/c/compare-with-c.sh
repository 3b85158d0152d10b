#!/usr/bin/env bash
# Runs `coshape bench` and the hand-tuned C reference of the same tick (reference_tick.c) in
# turn, ROUNDS times each, on the same machine, and prints the medians and the ratio Java / C.
# Alternating matters: on a shared VM throughput drifts by +-20% over minutes, so two figures
# taken at different times cannot be divided.
#
#   bash sim/src/jmh/c/compare-with-c.sh [PEOPLE=1000000] [TICKS=50] [THREADS=2] [ROUNDS=5]
#
# With NAIVE=1 each round also times the naive MASON idiom's tick (JMH TickBenchmark.naiveMasonTick,
# one fork, one thread by construction), and the script prints coshape / naive and C / naive per
# round: the performance issue's two ratio targets (0.5x C, 50x the idiom) measured side by side,
# and how far the hand-tuned C itself is from the idiom on this machine.
#
# Needs gcc with OpenMP (Debian: gcc) and python3; builds sim/target/coshape.jar first if missing
# (and sim/target/benchmarks.jar, with -Pjmh, when NAIVE=1).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
people="${1:-1000000}"
ticks="${2:-50}"
threads="${3:-2}"
rounds="${4:-5}"
jar="$root/sim/target/coshape.jar"
bin="$root/sim/target/reference_tick"
naive="${NAIVE:-0}"
benchmarks="$root/sim/target/benchmarks.jar"
if [[ ! -f "$jar" ]]; then
    (cd "$root" && mvn -q -DskipTests package)
fi
if [[ "$naive" == 1 && ! -f "$benchmarks" ]]; then
    (cd "$root" && mvn -q -Pjmh -DskipTests package)
fi
mkdir -p "$root/sim/target"
gcc -O3 -march=native -fopenmp -o "$bin" "$here/reference_tick.c" -lm
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for r in $(seq 1 "$rounds"); do
    COSHAPE_JAR="$jar" bash "$root/bin/coshape" bench --humans "$people" --dims 8 --ticks "$ticks" --threads "$threads" --json > "$out/java-$r.json"
    OMP_NUM_THREADS="$threads" OMP_PROC_BIND=false "$bin" "$people" "$ticks" 5 > "$out/c-$r.json"
    if [[ "$naive" == 1 ]]; then
        java -jar "$benchmarks" 'TickBenchmark.naiveMasonTick' -p humans="$people" -p dims=8 \
            -f 1 -wi 1 -w 2 -i 3 -r 3 -rf json -rff "$out/naive-$r.json" > "$out/naive-$r.log"
    fi
    echo "round $r of $rounds done" >&2
done
python3 - "$out" "$rounds" "$naive" <<'EOF'
import json, statistics, sys
out, rounds, naive = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
def load(kind):
    return [json.load(open(f"{out}/{kind}-{r}.json")) for r in range(1, rounds + 1)]
java, c = load("java"), load("c")
rows = [("whole tick", lambda d: d["person_ticks_per_s"])] + [
    (p, (lambda p: lambda d: d["phases"][p])(p)) for p in ("interaction", "social")]
print(f"{java[0]['humans']} people, d=8, {java[0]['threads']} threads, {java[0]['ticks']} ticks, "
      f"{rounds} alternating rounds; medians in person-ticks/s")
print(f"{'':12} {'coshape':>10} {'C':>10} {'coshape/C':>10}   per-round ratios")
for name, get in rows:
    j = [get(d) for d in java]
    k = [get(d) for d in c]
    ratios = " ".join(f"{a / b:.2f}" for a, b in zip(j, k))
    print(f"{name:12} {statistics.median(j):10.3g} {statistics.median(k):10.3g} "
          f"{statistics.median(j) / statistics.median(k):10.2f}   {ratios}")
print(f"{'set-up s':12} {statistics.median(d['setup_s'] for d in java):10.2f} "
      f"{statistics.median(d['setup_s'] for d in c):10.2f}")
if naive:
    people = java[0]["humans"]
    idiom = [people / json.load(open(f"{out}/naive-{r}.json"))[0]["primaryMetric"]["score"]
             for r in range(1, rounds + 1)]
    j = [d["person_ticks_per_s"] for d in java]
    k = [d["person_ticks_per_s"] for d in c]
    print(f"naive MASON idiom, whole tick: {statistics.median(idiom):.3g} person-ticks/s "
          f"(rounds {' '.join(f'{x:.3g}' for x in idiom)})")
    for name, xs in (("coshape", j), ("C", k)):
        ratios = " ".join(f"{a / b:.1f}" for a, b in zip(xs, idiom))
        print(f"{name + ' / naive':16} {statistics.median(a / b for a, b in zip(xs, idiom)):6.1f}x   per round {ratios}")
EOF
