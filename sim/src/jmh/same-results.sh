#!/usr/bin/env bash
# Checks that two builds of coshape give byte-identical results: runs the same 19 small scenarios
# (every social rule, every regime preset, refusals, d = 2, 3, 4, 5, 7 and 8, an Erdos-Renyi network with
# `nash` and a noisy judge, a population of one group) with each jar and compares summary.csv and
# timeseries.csv byte for byte. An optimisation must pass it; a change to the model is expected to
# fail it, and says so.
#
#   bash sim/src/jmh/same-results.sh OLD.jar NEW.jar [THREADS=2]
#
# Exit 0 when all 38 files are identical, 1 when any differs (each named). About a minute a jar.
set -euo pipefail
if [[ $# -lt 2 ]]; then
    echo "usage: same-results.sh OLD.jar NEW.jar [THREADS]" >&2
    exit 2
fi
old="$1"
new="$2"
threads="${3:-2}"
scenarios="$(cd "$(dirname "$0")/../../../scenarios" && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

runs() { # jar folder
    local jar="$1" dir="$2"
    run() {
        local name="$1" file="$2"
        shift 2
        java -jar "$jar" run "$scenarios/$file" --quiet --threads "$threads" --out "$dir/$name" \
            --set ticks=60 --set generations.length=20 --set population.size=3000 "$@"
    }
    for rule in degroot friedkin_johnsen hegselmann_krause deffuant; do
        run "quickstart-$rule" quickstart.yaml --set social.rule="$rule"
    done
    run engagement engagement.yaml
    run pluralistic pluralistic.yaml
    run negotiated negotiated.yaml
    run configuration configuration.yaml
    run refusals quickstart.yaml --set ai.refusal_threshold=0.7
    run refusals-pluralistic pluralistic.yaml --set ai.refusal_threshold=0.6
    run er-nash-noise quickstart.yaml --set network.type=erdos_renyi --set ai.aggregator=nash --set ai.judge.noise=0.05
    run d5 quickstart.yaml --set 'values.dimensions=[a,b,c,d,e]' \
        --set 'population.groups[0].mean=[0.2,-0.1,0.3,0,0.1]' --set 'population.groups[1].mean=[-0.5,0.4,-0.2,0.3,0]'
    run d2-hk quickstart.yaml --set 'values.dimensions=[a,b]' --set social.rule=hegselmann_krause \
        --set 'population.groups[0].mean=[0.2,-0.1]' --set 'population.groups[1].mean=[-0.5,0.4]'
    run d3 quickstart.yaml --set 'values.dimensions=[a,b,c]' \
        --set 'population.groups[0].mean=[0.2,-0.1,0.3]' --set 'population.groups[1].mean=[-0.5,0.4,-0.2]'
    run d7-hk quickstart.yaml --set 'values.dimensions=[a,b,c,d,e,f,g]' --set social.rule=hegselmann_krause \
        --set 'population.groups[0].mean=[0.2,-0.1,0.3,0,0.1,0,0]' --set 'population.groups[1].mean=[-0.5,0.4,-0.2,0.3,0,0,0.5]'
    run d8 quickstart.yaml --set 'values.dimensions=[a,b,c,d,e,f,g,h]' \
        --set 'population.groups[0].mean=[0.2,-0.1,0.3,0,0.1,0,0,0]' --set 'population.groups[1].mean=[-0.5,0.4,-0.2,0.3,0,0,0,0.5]'
    run d8-engagement engagement.yaml --set 'values.dimensions=[a,b,c,d,e,f,g,h]' \
        --set 'population.groups[0].mean=[0,0,0,0,0,0,0,0.1]' --set 'population.groups[1].mean=[0,0.2,0,0,0,0,0,0]'
    run one-group quickstart.yaml --set 'population.groups=[{name: everyone, mean: [0.1, 0, -0.2, 0.3], spread: 0.4}]'
    run one-group-d8 quickstart.yaml --set 'values.dimensions=[a,b,c,d,e,f,g,h]' --set social.rule=hegselmann_krause \
        --set 'population.groups=[{name: everyone, distribution: uniform}]'
}

runs "$old" "$out/old"
runs "$new" "$out/new"
differ=0
files=0
for dir in "$out"/old/*/; do
    name="$(basename "$dir")"
    for f in summary.csv timeseries.csv; do
        files=$((files + 1))
        if ! cmp -s "$dir/$f" "$out/new/$name/$f"; then
            echo "differs: $name/$f"
            differ=$((differ + 1))
        fi
    done
done
if [[ $differ -gt 0 ]]; then
    echo "$differ of $files files differ"
    exit 1
fi
echo "all $files files identical"
