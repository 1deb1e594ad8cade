#!/usr/bin/env sh
# Calibration figures of the claim similarity: MRPC train accuracy/F1 at the
# default threshold (plus a threshold sweep), STS-B dev Pearson, scoring speed.
# Usage: scripts/eval_match.sh [DATA_DIR]   (default: ../shared/data)
# EVAL_SWEEP=1 prints every fifth threshold; EVAL_FUZZY / EVAL_NUMBER_CONFLICT override knobs.
set -eu
cd "$(dirname "$0")/.."
exec cargo run --quiet --release --example eval_match -- "${1:-../shared/data}"
