#!/usr/bin/env bash
# Runs njov's fuzz targets (fuzz/, cargo fuzz with libFuzzer) on the stable toolchain.
#
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET] [--merge]
#
# With SECONDS_PER_TARGET, each target explores for that long (new inputs, a
# different path each run). Without it (CI's short run), each target runs a fixed
# number of inputs from a fixed seed (about a minute in all, after the builds;
# read_microdata's build compiles polars, several minutes the first time): the
# same inputs on every run, so CI's verdict on a commit does not depend on what a
# random run happened to try. A crash an exploring run finds is fixed and its
# input committed to the corpus, which this short run and `cargo test` replay;
# CI once failed on a polars panic a timed run found by chance (now in
# fuzz/corpus/read_microdata/unclosed-quote-numeric-field).
# Each target starts from the committed corpus fuzz/corpus/<target>/,
# which is only read; new inputs go to a temporary folder, so a run leaves the
# work tree clean. With --merge they are minimised into the committed corpus
# instead (cargo fuzz cmin), to be committed by hand after a long run.
#
# A crash, panic, timeout (10 s per input) or out-of-memory (2 GiB) stops the run
# with a non-zero exit; libFuzzer saves the input under fuzz/artifacts/<target>/.
# Rerun it with `cargo fuzz run --sanitizer none <target> <file>`, and once fixed
# add it to fuzz/corpus/<target>/ so tests/fuzz_corpus.rs replays it in every
# `cargo test`.
#
# Stable Rust: `--sanitizer none`, because AddressSanitizer needs the unstable
# -Zsanitizer flag (the crate forbids unsafe code, so ASan's target, memory
# errors, is the dependencies' unsafe code only). Installs the pinned cargo-fuzz
# with --locked if missing. Needs a C++ compiler (g++) for libFuzzer itself.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_FUZZ_VERSION=0.13.2
TARGETS=(parse_claim load_dataset quantifier_table scan_document read_microdata)

# The fuzz crate's features a target needs (read_microdata reads CSV through polars).
features() {
  case "$1" in
    read_microdata) echo "--features=polars" ;;
    *) echo "" ;;
  esac
}
# The short run's inputs per target: about 12 seconds' worth on this machine
# (the corpus replay included).
runs() {
  case "$1" in
    parse_claim) echo 50000 ;;
    load_dataset) echo 25000 ;;
    quantifier_table) echo 70000 ;;
    scan_document) echo 1000 ;;
    read_microdata) echo 40000 ;;
    *) echo "no run count for $1" >&2; exit 2 ;;
  esac
}
# polars would start a thread per core for each input; one is enough here.
export POLARS_MAX_THREADS=1

merge=false
seconds=""
for arg in "$@"; do
  case "$arg" in
    --merge) merge=true ;;
    *[!0-9]* | "") echo "usage: $0 [SECONDS_PER_TARGET] [--merge]" >&2; exit 2 ;;
    *) seconds=$arg ;;
  esac
done

installed=$(cargo fuzz --version 2>/dev/null | awk '{print $2}' || true)
if [ "$installed" != "$CARGO_FUZZ_VERSION" ]; then
  echo "installing cargo-fuzz $CARGO_FUZZ_VERSION (found: ${installed:-none})"
  env -u CARGO_TARGET_DIR cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi

# The fuzz crate's own target dir unless one is set: it is built with other flags
# (coverage instrumentation, release) than the crate's tests.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-fuzz/target}"

for target in "${TARGETS[@]}"; do
  if [ -n "$seconds" ]; then
    budget=(-max_total_time="$seconds")
    echo "== fuzz $target for ${seconds}s"
  else
    budget=(-runs="$(runs "$target")" -seed=1)
    echo "== fuzz $target: ${budget[*]}"
  fi
  # shellcheck disable=SC2046 # features() is one word or none
  cargo fuzz build --sanitizer none $(features "$target") "$target"
  if $merge; then
    corpora=("fuzz/corpus/$target")
  else
    scratch=$(mktemp -d)
    corpora=("$scratch" "fuzz/corpus/$target")
  fi
  # shellcheck disable=SC2046
  cargo fuzz run --sanitizer none $(features "$target") "$target" "${corpora[@]}" -- \
    "${budget[@]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
  if $merge; then
    # shellcheck disable=SC2046
    cargo fuzz cmin --sanitizer none $(features "$target") "$target"
  else
    rm -rf "$scratch"
  fi
done
