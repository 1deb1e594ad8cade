#!/usr/bin/env bash
# Run every cargo-fuzz target for a bounded time, one after another, and print one summary
# line per target (executions, corpus size, crashes).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# SECONDS_PER_TARGET defaults to 60. With no TARGET, all targets run in priority order.
# cargo-fuzz is installed if missing. It needs nightly compiler flags; on a stable toolchain
# RUSTC_BOOTSTRAP=1 enables them. Builds use no sanitizer (the code under test is safe Rust,
# where a bug shows as a panic, and ASan would halve the executions) but keep debug
# assertions on, so integer overflow panics as it does in tests. Set FUZZ_SANITIZER=address
# to hunt memory errors in dependencies' unsafe code instead.
#
# Each run is one process on one core: libFuzzer's default, the same as `-jobs=1
# -workers=1` without sending the output to fuzz-0.log. `-timeout=10` makes any input that
# takes over 10 s a failure (a hang), `-max_len` keeps inputs at a size each stage sees.
# Found inputs accumulate in fuzz/corpus/TARGET (seeded from the repository's articles and
# fixtures on the first run); failing inputs land in fuzz/artifacts/TARGET. Logs go to
# fuzz/logs/TARGET.log. The exit code is 1 when any target failed.
set -u -o pipefail

seconds=${1:-60}
shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
fuzz="$root/fuzz"
export RUSTC_BOOTSTRAP=1
sanitizer=${FUZZ_SANITIZER:-none}

# target:max_len, most valuable first.
all=(
  split:4096
  quantity:512
  load_text:16384
  load_jsonl:16384
  load_html:16384
  pipeline:4096
  attribution:1024
  entities:1024
  load_manifest:4096
)
if [ $# -gt 0 ]; then
  wanted=()
  for t in "$@"; do
    found=
    for entry in "${all[@]}"; do
      if [ "${entry%%:*}" = "$t" ]; then wanted+=("$entry"); found=1; fi
    done
    [ -n "$found" ] || { echo "unknown target: $t" >&2; exit 2; }
  done
else
  wanted=("${all[@]}")
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "installing cargo-fuzz..." >&2
  cargo install cargo-fuzz || exit 2
fi

# Seeds: whole articles for the loaders and the pipeline, one paragraph per input for the
# sentence-level readers.
seed() {
  local target=$1 dir="$fuzz/corpus/$1"
  [ -d "$dir" ] && [ -n "$(ls -A "$dir")" ] && return
  mkdir -p "$dir"
  case $target in
    load_text | pipeline) cp "$root"/seeds/*.txt "$root"/fixtures/formats/*.md \
      "$root"/fixtures/formats/*.txt "$dir"/ ;;
    load_jsonl) cp "$root"/fixtures/formats/*.jsonl "$root"/fixtures/bad/*.jsonl "$dir"/ ;;
    load_html) cp "$root"/fixtures/formats/*.html "$dir"/ ;;
    load_manifest) cp "$root"/fixtures/formats/corpus.toml "$dir"/formats.toml
      cp "$root"/seeds/corpus.toml "$dir"/seeds.toml ;;
    *) local n=0
      for f in "$root"/seeds/*.txt; do
        while IFS= read -r line; do
          [ -n "$line" ] || continue
          n=$((n + 1))
          printf '%s' "$line" >"$dir/p$n"
        done <"$f"
      done ;;
  esac
}

cd "$fuzz" || exit 2
mkdir -p logs
status=0
for entry in "${wanted[@]}"; do
  target=${entry%%:*}
  max_len=${entry##*:}
  seed "$target"
  mkdir -p "artifacts/$target"
  before=$(ls "artifacts/$target" | wc -l)
  log="logs/$target.log"
  cargo fuzz run --sanitizer "$sanitizer" --debug-assertions "$target" "corpus/$target" -- \
    -max_total_time="$seconds" -timeout=10 -max_len="$max_len" -rss_limit_mb=2048 \
    -print_final_stats=1 >"$log" 2>&1
  code=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  if [ -z "$runs" ]; then
    runs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
  fi
  size=$(ls "corpus/$target" | wc -l)
  crashes=$(($(ls "artifacts/$target" | wc -l) - before))
  printf '%-14s %4ss  runs %-10s corpus %-6s crashes %s%s\n' "$target" "$seconds" \
    "${runs:-?}" "$size" "$crashes" "$([ $code -ne 0 ] && echo "  (exit $code, see fuzz/$log)")"
  [ $code -eq 0 ] || status=1
done
exit $status
