#!/usr/bin/env bash
# Builds the page (release) and serves it on http://127.0.0.1:${PORT:-8080}/ , installing any
# missing tool first (scripts/setup.sh). Ctrl-C stops it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
SETUP_BROWSER=0 SETUP_FUZZ=0 . scripts/setup.sh
echo
echo "Serving Crosscheck on http://127.0.0.1:${PORT:-8080}/"
exec trunk serve --release --address 127.0.0.1 --port "${PORT:-8080}"
