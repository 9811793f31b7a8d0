#!/usr/bin/env bash
# Installs what building, serving and testing Crosscheck need, skipping whatever is already
# present at the right version. Only package registries are used (crates.io, Debian, npm):
# nothing is downloaded from elsewhere, and Trunk's tools are pinned in Trunk.toml so it never
# tries. Source it (`. scripts/setup.sh`) so that PATH includes the npm wasm-opt.
#
#   SETUP_BROWSER=0  skip Chromium/chromedriver (serving only needs the build tools)
#   SETUP_FUZZ=0     skip the nightly toolchain and cargo-fuzz (only scripts/fuzz.sh needs them)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION=0.21.14
CARGO_FUZZ_VERSION=0.13.2
t0=$(date +%s)
step() { printf '\n== setup: %s\n' "$*"; }
took() { printf '   (%ss)\n' "$(( $(date +%s) - $1 ))"; }
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

step "wasm32 target"
s=$(date +%s)
if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  echo "   present"
else
  rustup target add wasm32-unknown-unknown
fi
took "$s"

step "trunk $TRUNK_VERSION"
s=$(date +%s)
if command -v trunk >/dev/null && trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  echo "   present"
else
  cargo install trunk --locked --version "$TRUNK_VERSION"
fi
took "$s"

step "wasm-bindgen-cli (the version Cargo.lock pins)"
s=$(date +%s)
wbg=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock")
if [ -z "$wbg" ]; then echo "cannot read wasm-bindgen's version from Cargo.lock" >&2; exit 1; fi
if ! grep -q "wasm_bindgen = \"$wbg\"" "$root/Trunk.toml"; then
  echo "Trunk.toml pins a wasm_bindgen other than Cargo.lock's $wbg: update [tools] in Trunk.toml" >&2
  exit 1
fi
if command -v wasm-bindgen >/dev/null && wasm-bindgen --version 2>/dev/null | grep -q " $wbg"; then
  echo "   present ($wbg)"
else
  # not --locked: one of its locked dependencies is no longer on the registry
  cargo install wasm-bindgen-cli --version "$wbg"
fi
took "$s"

step "npm packages of e2e/ (binaryen for wasm-opt, playwright-core)"
s=$(date +%s)
if [ -f "$root/e2e/node_modules/.package-lock.json" ] && cmp -s "$root/e2e/package-lock.json" "$root/e2e/node_modules/.crosscheck-lock"; then
  echo "   present"
else
  (cd "$root/e2e" && npm ci --no-audit --no-fund)
  cp "$root/e2e/package-lock.json" "$root/e2e/node_modules/.crosscheck-lock"
fi
export PATH="$root/e2e/node_modules/.bin:$PATH"
wasm-opt --version | grep -q "version 132" || { echo "wasm-opt is not version 132: $(wasm-opt --version)" >&2; exit 1; }
took "$s"

if [ "${SETUP_FUZZ:-1}" != 0 ]; then
  step "nightly toolchain (minimal) and cargo-fuzz $CARGO_FUZZ_VERSION, for scripts/fuzz.sh"
  s=$(date +%s)
  if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    echo "   nightly present ($(rustc +nightly --version 2>/dev/null))"
  else
    rustup toolchain install nightly --profile minimal
  fi
  if command -v cargo-fuzz >/dev/null && cargo fuzz --version 2>/dev/null | grep -q " $CARGO_FUZZ_VERSION"; then
    echo "   cargo-fuzz present"
  else
    # as installed and checked here (unlocked: the latest compatible dependencies)
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION"
  fi
  took "$s"
fi

if [ "${SETUP_BROWSER:-1}" != 0 ]; then
  step "Chromium and chromedriver (Debian)"
  s=$(date +%s)
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    echo "   present ($(chromium --version 2>/dev/null | head -1))"
  else
    sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  took "$s"
fi
printf '\n== setup done in %ss\n' "$(( $(date +%s) - t0 ))"
