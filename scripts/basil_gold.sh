#!/usr/bin/env sh
# Score crosscheck against the hand-made gold files of four BASIL events
# (fixtures/gold/basil/<triplet-uuid>.json; Fox News, New York Times, HuffPost on one story).
# Article text is not in the repository: each event's corpus is rebuilt from the BASIL data
# under target/basil-gold/ by the basil_event example, then `crosscheck eval` runs on it at the
# default threshold and at 0.35 and 0.45.
# Usage: scripts/basil_gold.sh [DATA_DIR]   (default: ../shared/data)
# BASIL_GOLD_FORMAT=json prints eval's JSON instead of its tables.
set -eu
cd "$(dirname "$0")/.."
data="${1:-../shared/data}"
format="${BASIL_GOLD_FORMAT:-table}"
if [ ! -d "$data/basil/data/articles" ]; then
    echo "basil_gold: no BASIL articles under $data/basil/data/articles (nothing measured)" >&2
    exit 2
fi
cargo build --quiet --release --bin crosscheck --example basil_event
out=target/basil-gold
mkdir -p "$out"
for gold in fixtures/gold/basil/*.json; do
    uuid=$(basename "$gold" .json)
    corpus="$out/$uuid.jsonl"
    target/release/examples/basil_event "$uuid" --data "$data" > "$corpus"
    for t in default 0.35 0.45; do
        echo "== $uuid threshold $t"
        if [ "$t" = default ]; then
            target/release/crosscheck eval -q -f "$format" --gold "$gold" "$corpus"
        else
            target/release/crosscheck eval -q -f "$format" --threshold "$t" --gold "$gold" "$corpus"
        fi
    done
done
