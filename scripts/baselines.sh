#!/usr/bin/env bash
# End-to-end speed of crosscheck against rapidfuzz and scikit-learn on the same sentences.
#
#   scripts/baselines.sh [DATA_DIR]        # DATA_DIR holds basil/ (default ../shared/data)
#   RUNS=5 TOKEN_SET_LIMIT=3000 scripts/baselines.sh
#
# 1. BASIL's 300 articles (examples/gen_corpus.rs, no perturbation at 300) as JSON lines,
#    all in ONE topic, so crosscheck faces the same all-pairs job as the baselines.
# 2. `crosscheck claims -f json` exports the exact sentences crosscheck splits; the Python
#    baselines (scripts/baselines.py, in a venv under target/baselines-venv) score those.
# 3. Each tool runs under /usr/bin/time -v on 2 threads: crosscheck `report -f json`
#    (whole pipeline, --timings for the vectorize+align stages) on the one-topic corpus,
#    and again without topics (normal use: stories found by similarity), rapidfuzz cdist with
#    fuzz.ratio and fuzz.token_set_ratio (workers=2), scikit-learn TfidfVectorizer plus
#    X @ X.T. Median of $RUNS runs (default 3); token_set_ratio, the slow one, runs once.
# 4. Prints a Markdown table (see docs/baselines.md for what each column means).
set -euo pipefail

cd "$(dirname "$0")/.."
data=${1:-../shared/data}
runs=${RUNS:-3}
token_set_limit=${TOKEN_SET_LIMIT:-0} # 0: all pairs
threads=2
work=target/baselines
venv=target/baselines-venv
mkdir -p "$work"

die() { echo "baselines.sh: $*" >&2; exit 2; }
[ -d "$data/basil/data/articles" ] || die "no BASIL articles under $data/basil/data/articles; pass DATA_DIR"
for tool in jq /usr/bin/time python3; do
    command -v "$tool" >/dev/null ||
        die "needs $tool (apt-get install -y jq time python3)"
done

if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import rapidfuzz, sklearn, numpy' 2>/dev/null; then
    echo "Creating $venv (rapidfuzz, scikit-learn, numpy from PyPI)..." >&2
    python3 -m venv "$venv" ||
        die "python3 -m venv failed: apt-get install -y python3-venv, then run again"
    "$venv/bin/pip" install --quiet rapidfuzz scikit-learn numpy ||
        die "pip could not install rapidfuzz scikit-learn numpy (is PyPI reachable?)"
fi
py="$venv/bin/python"

cargo build --release --quiet --bin crosscheck --example gen_corpus
bin=target/release/crosscheck

target/release/examples/gen_corpus --articles 300 --data "$data" --no-topic >"$work/basil.jsonl"
"$py" scripts/baselines.py one-topic "$work/basil.jsonl" "$work/corpus.jsonl"
"$bin" --quiet -j "$threads" claims -f json -o "$work/claims.json" "$work/corpus.jsonl"
n=$("$py" scripts/baselines.py sentences "$work/claims.json")
pairs=$((n * (n - 1) / 2))
echo "Corpus: 300 BASIL articles in one topic, $n sentences, $pairs distinct pairs" >&2
"$py" -c 'import rapidfuzz, sklearn, numpy as np; print(f"rapidfuzz {rapidfuzz.__version__}, scikit-learn {sklearn.__version__}, numpy {np.__version__}")' >&2

results="$work/results.jsonl"
: >"$results"

# Seconds of "Elapsed (wall clock)" and KiB of "Maximum resident set size" in a time -v log.
wall() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0
    for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ { print $2 }' "$1"; }

crosscheck() { # tool label, corpus
    local label=$1 corpus=$2
    for i in $(seq "$runs"); do
        echo "$label, run $i/$runs" >&2
        /usr/bin/time -v "$bin" --quiet -j "$threads" --timings report -f json \
            -o "$work/report.json" "$corpus" 2>"$work/time.log"
        # Stage lines of --timings: "name  ms  peak MiB". Vectorize + align is the scoring part.
        score_ms=$(awk '($1 == "vectorize" || $1 == "align") && NF == 3 { s += $2 } END { print s }' "$work/time.log")
        # Sanity: shared-claim findings whose members all come from one BASIL event.
        high=$(jq -r '[.findings[] | select(.kind == "shared_claim")
            | [.members[].doc | split("-")[1]] | unique | length == 1]
            | "\(length) shared claims, \((map(select(.)) | length) * 100 / ([length, 1] | max) | floor)% same event"' \
            "$work/report.json")
        jq -nc --arg tool "$label" --argjson n "$n" --argjson pairs "$pairs" \
            --argjson score "$score_ms" --argjson wall "$(wall "$work/time.log")" \
            --argjson rss "$(rss "$work/time.log")" --arg high "$high" \
            '{tool: $tool, sentences: $n, pairs: $pairs, score_s: ($score / 1000), wall_s: $wall,
              rss_kib: $rss, high: $high}' >>"$results"
    done
}
crosscheck "crosscheck report, one topic (-j $threads)" "$work/corpus.jsonl"
# Normal use: no topic given, stories found by document similarity, compared within each.
crosscheck "crosscheck report, topics found (-j $threads)" "$work/basil.jsonl"

baseline() { # tool label, run count, then baselines.py run arguments
    local label=$1 count=$2
    shift 2
    for i in $(seq "$count"); do
        echo "$label, run $i/$count" >&2
        /usr/bin/time -v -o "$work/time.log" "$py" scripts/baselines.py run "$@" \
            --workers "$threads" >"$work/run.json"
        jq -c --arg tool "$label" --argjson wall "$(wall "$work/time.log")" \
            --argjson rss "$(rss "$work/time.log")" \
            '. + {tool: $tool, wall_s: $wall, rss_kib: $rss}' "$work/run.json" >>"$results"
    done
}
baseline "rapidfuzz cdist fuzz.ratio (workers=2)" "$runs" ratio "$work/claims.json"
baseline "scikit-learn TF-IDF + X @ X.T (1 thread)" "$runs" tfidf "$work/claims.json"
label="rapidfuzz cdist fuzz.token_set_ratio (workers=2)"
[ "$token_set_limit" -gt 0 ] && label="$label, first $token_set_limit sentences"
baseline "$label" 1 token_set "$work/claims.json" --limit "$token_set_limit"

"$py" scripts/baselines.py table "$results"
