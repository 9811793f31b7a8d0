#!/usr/bin/env bash
# Runs each fuzz target (fuzz/fuzz_targets/) for a bounded time on a copy of its seed corpus
# (fuzz/corpus/<target>/, kept in the repository), and exits non-zero when one crashes; the
# crashing input is left in fuzz/artifacts/<target>/. Needs nightly and cargo-fuzz
# (scripts/setup.sh installs both).
#
#   FUZZ_SECONDS=15     time per target (4 targets: about a minute in all)
#   FUZZ_TARGETS="..."  which targets (default: all)
#   FUZZ_KEEP=1         add what the run finds to the repository's corpus instead of a copy
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
secs="${FUZZ_SECONDS:-15}"
targets="${FUZZ_TARGETS:-analyze html view_state share_fragment}"
# no sanitizer: the code is safe Rust, so a crash is a panic, which libFuzzer catches as one; debug
# assertions on, so an arithmetic overflow is a crash too
flags=(-s none -a)
cargo +nightly fuzz build "${flags[@]}" >/dev/null 2>&1 || cargo +nightly fuzz build "${flags[@]}" || exit 1
failed=0
for t in $targets; do
  if [ "${FUZZ_KEEP:-0}" = 1 ]; then
    corpus="fuzz/corpus/$t"
  else
    corpus="$(mktemp -d)"
    cp -r "fuzz/corpus/$t/." "$corpus/"
  fi
  log="$(mktemp)"
  if cargo +nightly fuzz run "${flags[@]}" "$t" "$corpus" -- -max_total_time="$secs" -rss_limit_mb=4096 -timeout=30 >"$log" 2>&1; then
    runs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1)
    echo "fuzz $t: ok (${runs:-no summary})"
  else
    failed=$((failed + 1))
    echo "fuzz $t: CRASH"
    grep -E "panicked at|SUMMARY|Test unit written|thread '" "$log" | head -20
  fi
  rm -f "$log"
  [ "${FUZZ_KEEP:-0}" = 1 ] || rm -rf "$corpus"
done
echo "fuzz: $failed of $(wc -w <<<"$targets") targets crashed"
[ "$failed" = 0 ]
