#!/usr/bin/env bash
# Every quality figure the README quotes, in one run:
#   - the seeds scored against the analyst's gold file (crosscheck eval),
#   - four BASIL events scored against their blind gold files (scripts/basil_gold.sh),
#   - MRPC train accuracy/F1 through `crosscheck match`, the learned matcher's 10-fold
#     cross-validation (examples/fit_matcher.rs), and STS-B dev Pearson,
#   - BASIL: how many annotated lexical-bias spans the labels and lexicon hit.
# Usage: scripts/evaluate.sh [DATA_DIR]   (default: ../shared/data; skipped parts are named)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data}
cargo build --quiet --release --examples --bins

echo "== seeds vs fixtures/gold/seeds.json"
./target/release/crosscheck eval --gold fixtures/gold/seeds.json

if [ -d "$data" ]; then
  echo; echo "== four BASIL events vs fixtures/gold/basil/ (default threshold, 0.35, 0.45)"
  scripts/basil_gold.sh "$data"
  echo; echo "== learned matcher: 10-fold cross-validation on MRPC train"
  ./target/release/examples/fit_matcher "$data"
  echo; echo "== MRPC train through crosscheck match"
  scripts/mrpc_match.sh "$data"
  echo; echo "== claim similarity: MRPC train and STS-B dev"
  ./target/release/examples/eval_match "$data"
  echo; echo "== BASIL lexical-bias spans hit by labels and lexicon"
  ./target/release/examples/basil_lexicon "$data"
else
  echo; echo "evaluate: $data not found: MRPC, STS-B and BASIL figures skipped (pass the shared data folder)"
fi
