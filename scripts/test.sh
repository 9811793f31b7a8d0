#!/usr/bin/env bash
# Runs every test: native tests of the workspace (core, CLI, page state), each fuzz target for
# 15 s (scripts/fuzz.sh; FUZZ_SECONDS to change it, 0 to skip), the release wasm build
# of the page (trunk build --release, under the sub-path GitHub Pages uses) and of the bare
# Leptos page it is compared with (e2e/bare), a size report of dist/, the first-paint comparison,
# and the browser tests in headless Chromium. Installs what is missing first.
# Screenshots of the browser tests go to e2e/screenshots/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. scripts/setup.sh
log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo; echo "== lint gate: cargo fmt --check, cargo clippy -D warnings (native and wasm32)"
cargo fmt --all --check
cargo clippy --quiet --workspace --all-targets -- -D warnings
cargo clippy --quiet -p crosscheck-web --target wasm32-unknown-unknown --all-targets -- -D warnings
echo "   clean"

echo; echo "== native tests (cargo test --workspace)"
cargo test --workspace --quiet 2>&1 | tee -a "$log"

if [ "${FUZZ_SECONDS:-15}" != 0 ]; then
  echo; echo "== fuzzing: each target for ${FUZZ_SECONDS:-15} s on its seed corpus (scripts/fuzz.sh)"
  FUZZ_SECONDS="${FUZZ_SECONDS:-15}" scripts/fuzz.sh
fi

echo; echo "== crosscheck eval on the bundled articles"
cargo run --quiet -p crosscheck-cli -- eval crates/core/tests/fixtures/seeds.json articles/ | sed -n '1,11p'

dev="$root/../shared/dev"
if [ -f "$dev/gold.json" ]; then
  echo; echo "== crosscheck eval on the development corpus (../shared/dev: 50 real articles)"
  cargo run --quiet -p crosscheck-cli -- eval "$dev/gold.json" "$dev/articles" | awk 'NR<=8 {print; next} /attribution agrees/ {n=6} n-- > 0'
  echo; echo "== the same, half A and half B (odd and even files in name order), and B's halves B1 and B2 (B's odd and even files):"
  echo "   rules were written against A and B1; B2 (12 articles) is held out, no rule was written against it"
  files=$(ls "$dev"/articles/*.txt | sort)
  for half in A B B1 B2; do
    case $half in
      A) sel=$(echo "$files" | awk 'NR%2==1') ;;
      B) sel=$(echo "$files" | awk 'NR%2==0') ;;
      B1) sel=$(echo "$files" | awk 'NR%4==2') ;;
      B2) sel=$(echo "$files" | awk 'NR%4==0') ;;
    esac
    echo "-- half $half"
    # shellcheck disable=SC2086
    cargo run --quiet -p crosscheck-cli -- eval "$dev/gold.json" $sel | grep -E '^(casualties \(strict\)|truce mentions  |stances \(actor|traps|casualty attribution)'
  done
  echo; echo "== crosscheck eval-acled on ../shared/dev/acled/notes.csv"
  cargo run --quiet -p crosscheck-cli -- eval-acled "$dev/acled/notes.csv"
else
  echo; echo "== development corpus: skipped (../shared/dev not found)"
fi

echo; echo "== release build of the page (trunk build --release --public-url /crosscheck/)"
trunk build --release --public-url /crosscheck/ 2>&1 | grep -Ev '^\s*$' | tail -n 5

echo; echo "== release build of the bare Leptos page of the first-paint comparison (e2e/bare, trunk build --release)"
(cd e2e/bare && trunk build --release 2>&1 | grep -Ev '^\s*$' | tail -n 2)

echo; echo "== size of dist/ (gzip -9)"
node e2e/lib/size.mjs dist
echo "-- the bare Leptos page (e2e/bare/dist):"
node e2e/lib/size.mjs e2e/bare/dist | tail -n 1

echo; echo "== first paint of the dashboard against the bare Leptos page (e2e/tests/first-paint.test.mjs)"
(cd e2e && node --test --test-reporter=spec tests/first-paint.test.mjs) 2>&1 | tee -a "$log" | grep -E '^\s*# |^ℹ (pass|fail)|✖' || true

echo; echo "== the CLI Report the browser tests compare the page with"
cargo run --quiet -p crosscheck-cli -- --format json articles/ > e2e/expected-report.json

echo; echo "== browser tests (headless Chromium, served under /crosscheck/)"
# (first-paint ran above, beside the size report)
(cd e2e && node --test --test-concurrency=1 --test-reporter=spec $(ls tests/*.test.mjs | grep -v first-paint)) 2>&1 | tee -a "$log"

passed=$(grep -Eo '([0-9]+) passed' "$log" | awk '{s+=$1} END {print s+0}')
failed=$(grep -Eo '([0-9]+) failed' "$log" | awk '{s+=$1} END {print s+0}')
npass=$(grep -Eo '^ℹ pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
nfail=$(grep -Eo '^ℹ fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
echo
echo "tests: $((passed + npass)) passed, $((failed + nfail)) failed"
[ "$((failed + nfail))" = 0 ]
