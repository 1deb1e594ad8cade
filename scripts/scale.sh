#!/usr/bin/env bash
# Scaling table: how `crosscheck report` grows with the corpus.
#
# Grows BASIL (300 real articles) to each size with examples/gen_corpus.rs, runs
# `crosscheck report --timings -f json` on it (release build) under /usr/bin/time -v, and
# prints a Markdown table: articles | sentences | ms per stage | total s | peak MiB.
#
#   scripts/scale.sh                  # 300, 3000, 30000 articles (1x, 10x, 100x BASIL)
#   scripts/scale.sh 300 1000         # a quick run
#   DATA=../shared/data scripts/scale.sh
#
# The JSON report goes to a scratch file (not /dev/null) only so that its sentences can be
# counted with jq afterwards; writing it is inside "total s", not in any stage.
set -euo pipefail

cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(300 3000 30000)
data=${DATA:-../shared/data}
for tool in jq /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "scale.sh: needs $tool" >&2; exit 2; }
done

cargo build --release --quiet --bin crosscheck --example gen_corpus
bin=target/release/crosscheck
gen=target/release/examples/gen_corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

header_done=
for n in "${sizes[@]}"; do
    corpus="$work/corpus-$n.jsonl"
    "$gen" --articles "$n" --data "$data" >"$corpus"
    /usr/bin/time -v "$bin" --quiet --timings report -f json -o "$work/out.json" "$corpus" \
        2>"$work/err" || true
    sentences=$(jq '[.documents[].sentences | length] | add // 0' "$work/out.json")
    # Stage lines of --timings: "name  ms  peak"; the total line: "total  ms".
    stages=$(awk '$1 != "stage" && $1 != "total" && NF == 3 && $2 ~ /^[0-9.]+$/ {print $1}' "$work/err")
    ms=$(awk '$1 != "stage" && $1 != "total" && NF == 3 && $2 ~ /^[0-9.]+$/ {printf "%.0f ", $2}' "$work/err")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.1f", s }' "$work/err")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/err")
    if [ -z "$header_done" ]; then
        # shellcheck disable=SC2086
        printf '| articles | sentences |%s total s | peak MiB |\n' "$(printf ' %s ms |' $stages)"
        # shellcheck disable=SC2086
        printf '|---:|---:|%s---:|---:|\n' "$(printf -- '---:|%.0s' $stages)"
        header_done=1
    fi
    # shellcheck disable=SC2086
    printf '| %s | %s |%s %s | %s |\n' "$n" "$sentences" "$(printf ' %s |' $ms)" "$wall" "$rss"
done
