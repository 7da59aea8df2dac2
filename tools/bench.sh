#!/usr/bin/env bash
# tools/bench.sh: is the parser's cost linear in its input?  Builds the parser
# alone (test/unit/govinfo_cli), parses one synthetic report repeated 25, 100
# and 400 times, and prints the times side by side with their ratios (a linear
# parser gives ratios near 4).  Run from anywhere: bash tools/bench.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

make -s test/unit/govinfo_cli >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sample=test/data/html/gb2021-yunling-finance-2021.txt
[[ -f $sample ]] || sample=$(ls test/data/examples/*.txt | head -1)

seconds() {
    local start end
    start=$(date +%s.%N)
    test/unit/govinfo_cli "$1" >/dev/null
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f", b - a }'
}

printf '%-8s %12s %10s %8s\n' copies bytes seconds ratio
previous=""
for copies in 25 100 400; do
    for ((i = 0; i < copies; i++)); do cat "$sample"; done > "$work/input.txt"
    best=""
    for run in 1 2 3; do
        t=$(seconds "$work/input.txt")
        if [[ -z $best ]] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
    done
    ratio="-"
    [[ -n $previous ]] && ratio=$(awk -v a="$best" -v b="$previous" 'BEGIN { printf "%.2f", a / b }')
    printf '%-8s %12s %10.3f %8s\n' "$copies" "$(stat -c %s "$work/input.txt")" "$best" "$ratio"
    previous=$best
done
