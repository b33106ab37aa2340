#!/usr/bin/env bash
# Audits the dependency tree: licences, duplicate versions, sources (deny.toml).
#
# Run from anywhere:  bash scripts/deny.sh
#
# Installs the pinned cargo-deny with --locked when it is missing or at another
# version. Measured on a 2-core machine shared with other builds: the install
# takes 4.5 min of CPU (8.6 min wall with the other core busy); the check itself
# takes about a second. Advisories are not checked: their database cannot be
# fetched on the project's machines (see deny.toml).
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_DENY_VERSION=0.20.2

installed=$(cargo deny --version 2>/dev/null | awk '{print $2}' || true)
if [ "$installed" != "$CARGO_DENY_VERSION" ]; then
  echo "installing cargo-deny $CARGO_DENY_VERSION (found: ${installed:-none})"
  # Without CARGO_TARGET_DIR cargo install builds in a temporary folder that it
  # deletes afterwards, instead of filling the crate's target dir.
  env -u CARGO_TARGET_DIR cargo install cargo-deny --version "$CARGO_DENY_VERSION" --locked
fi

cargo deny --all-features check licenses bans sources
