#!/usr/bin/env bash
# Runs every test: native tests of the workspace (core, CLI, page state), the release wasm build
# of the page (trunk build --release, under the sub-path GitHub Pages uses), a size report of
# dist/, and the browser tests in headless Chromium. Installs what is missing first.
# Screenshots of the browser tests go to e2e/screenshots/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
. scripts/setup.sh
log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo; echo "== native tests (cargo test --workspace)"
cargo test --workspace --quiet 2>&1 | tee -a "$log"

echo; echo "== crosscheck eval on the bundled articles"
cargo run --quiet -p crosscheck-cli -- eval crates/core/tests/fixtures/seeds.json articles/ | sed -n '1,11p'

echo; echo "== release build of the page (trunk build --release --public-url /crosscheck/)"
trunk build --release --public-url /crosscheck/ 2>&1 | grep -Ev '^\s*$' | tail -n 5

echo; echo "== size of dist/ (gzip -9)"
node e2e/lib/size.mjs dist

echo; echo "== the CLI Report the browser tests compare the page with"
cargo run --quiet -p crosscheck-cli -- --format json articles/ > e2e/expected-report.json

echo; echo "== browser tests (headless Chromium, served under /crosscheck/)"
(cd e2e && node --test --test-concurrency=1 --test-reporter=spec tests/) 2>&1 | tee -a "$log"

passed=$(grep -Eo '([0-9]+) passed' "$log" | awk '{s+=$1} END {print s+0}')
failed=$(grep -Eo '([0-9]+) failed' "$log" | awk '{s+=$1} END {print s+0}')
npass=$(grep -Eo '^ℹ pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
nfail=$(grep -Eo '^ℹ fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
echo
echo "tests: $((passed + npass)) passed, $((failed + nfail)) failed"
[ "$((failed + nfail))" = 0 ]
