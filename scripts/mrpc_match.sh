#!/usr/bin/env bash
# Accuracy and F1 of `crosscheck match` on MRPC train, end to end through the binary:
# the pairs file becomes `id<TAB>left<TAB>right`, the verdicts are compared with the labels.
# Usage: scripts/mrpc_match.sh [DATA_DIR]   (default: ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data}
mrpc="$data/mrpc/msr_paraphrase_train.txt"
if [ ! -f "$mrpc" ]; then
  echo "mrpc_match: $mrpc not found; pass the shared data folder as the first argument" >&2
  exit 2
fi
cargo build --quiet --release
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Strip the byte-order mark; keep `label id` for the join.
sed '1s/^\xEF\xBB\xBF//' "$mrpc" | awk -F'\t' 'NF>=5 && $1 ~ /^[01]$/ {print NR "\t" $4 "\t" $5 > "'"$tmp"'/pairs.tsv"; print NR "\t" $1 > "'"$tmp"'/labels.tsv"}'
# The default (learned) scorer, then the lexical one. The learned weights were fitted on
# this very file, so its line here is train-on-train: the honest figure is the 10-fold
# cross-validation in data/matcher_weights.toml (examples/fit_matcher.rs).
for scorer in learned lexical; do
  flag=; [ "$scorer" = lexical ] && flag=--lexical
  ./target/release/crosscheck match $flag "$tmp/pairs.tsv" > "$tmp/out.tsv"
  paste "$tmp/labels.tsv" "$tmp/out.tsv" | awk -F'\t' -v scorer="$scorer" '
    $1 != $3 { print "id mismatch at " NR > "/dev/stderr"; exit 1 }
    { n++; gold=$2; pred=$5; if (gold==pred) ok++; if (pred==1 && gold==1) tp++; if (pred==1 && gold==0) fp++; if (pred==0 && gold==1) fn++ }
    END { p=tp/(tp+fp); r=tp/(tp+fn); printf "MRPC train, %s: %d pairs, accuracy %.2f%%, F1 %.2f (precision %.2f, recall %.2f)\n", scorer, n, 100*ok/n, 100*2*p*r/(p+r), 100*p, 100*r }'
done
