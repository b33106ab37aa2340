#!/usr/bin/env bash
# The peer harness: njov against R survey, samplics, scipy and statsmodels on the
# same inputs, one core, one run. Run by hand (never in CI), from anywhere:
#
#   bash benches/peers/run.sh
#
# It installs the peers (install.sh), builds njov in release mode, generates the
# inputs (once; kept under $PEERS_DIR), runs every workload, checks that the
# answers agree and prints one markdown table (report.py). It exits non-zero if
# any answer disagrees. Settings (environment):
#   PEERS_DIR      inputs, venv and results (default /work/peerdata; not in git)
#   PEERS_ROWS     microdata sizes (default "1000000 10000000")
#   PEERS_CPU      the one CPU everything is pinned to (default 0)
#   PEERS_REPS     passes per interval workload, best taken (default 3)
#   PEERS_MICRO_REPS  whole-process runs per microdata workload at <= 10^6 rows,
#                  best taken (default 3; larger files run once); the estimator
#                  workloads likewise
#   PEERS_EST_ROWS rows of the file of the estimator workloads (a JK1 replicate
#                  total and a linear calibration then a total; default 100000:
#                  200 PSUs, so 200 replicates)
#   PEERS_WORKLOADS  which workloads run (default "intervals micro reproduce
#                  estimators"; e.g. PEERS_WORKLOADS=estimators for those alone)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
export PEERS_DIR="${PEERS_DIR:-/work/peerdata}"
ROWS="${PEERS_ROWS:-1000000 10000000}"
CPU="${PEERS_CPU:-0}"
REPS="${PEERS_REPS:-3}"
MICRO_REPS="${PEERS_MICRO_REPS:-3}"
EST_ROWS="${PEERS_EST_ROWS:-100000}"
WORKLOADS=" ${PEERS_WORKLOADS:-intervals micro reproduce estimators} "
runs() { [[ "$WORKLOADS" == *" $1 "* ]]; }
data="$PEERS_DIR/inputs"
res="$PEERS_DIR/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$data" "$res"

# one thread everywhere, and one core: taskset pins each measured process
export RAYON_NUM_THREADS=1 POLARS_MAX_THREADS=1 OMP_NUM_THREADS=1 \
  OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 R_DATATABLE_NUM_THREADS=1
pin=(taskset -c "$CPU")

echo "== peers: installing (skipped where present)" >&2
bash "$here/install.sh"
py="$PEERS_DIR/venv/bin/python"

echo "== peers: building njov (release) and njov-peers (rust/)" >&2
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"
(cd "$repo" && cargo build --release --quiet --features cli --bin njov)
cargo build --release --quiet --manifest-path "$here/rust/Cargo.toml"
# The same interval workloads built for this machine's CPU (AVX2 and FMA where it
# has them): the portable build above targets baseline x86-64 (SSE2), and the
# crate forbids the unsafe code that run-time feature dispatch would need. A
# user gets this build with RUSTFLAGS="-C target-cpu=native".
native_dir="$CARGO_TARGET_DIR/peers-native"
if runs intervals; then
  RUSTFLAGS="-C target-cpu=native" CARGO_TARGET_DIR="$native_dir" \
    cargo build --release --quiet --manifest-path "$here/rust/Cargo.toml"
fi
njov="$CARGO_TARGET_DIR/release/njov"
peers_bin="$CARGO_TARGET_DIR/release/njov-peers"

echo "== peers: generating inputs in $data (once)" >&2
stamp="$data/.generator.sha256"
# every size once: the microdata sizes and the estimator workloads' file
# shellcheck disable=SC2086
ALL_ROWS="$(printf '%s\n' $ROWS $EST_ROWS | sort -n -u | tr '\n' ' ')"
want="$(sha256sum <"$here/rust/src/main.rs" | cut -d' ' -f1) $ALL_ROWS"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  rm -f "$stamp"
  # shellcheck disable=SC2086
  "$peers_bin" gen "$data" $ALL_ROWS
  echo "$want" >"$stamp"
fi
(cd "$data" && sha256sum intervals/successes.u64 intervals/trials.u64 micro_*.csv pop_*.csv) >"$res/inputs.sha256"

{
  echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)"
  echo "cores=$(nproc --all)" # plain nproc obeys OMP_NUM_THREADS
  echo "kernel=$(uname -r)"
  echo "rustc=$(rustc --version)"
  echo "python=$("$py" --version 2>&1)"
  echo "pinned_cpu=$CPU"
  echo "workloads=$WORKLOADS"
  echo "est_rows=$EST_ROWS"
  echo "load_before=$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "commit=$(cd "$repo" && git rev-parse --short HEAD)$(cd "$repo" && git diff --quiet HEAD -- src Cargo.toml || echo '+dirty')"
} >"$res/machine.txt"

if runs intervals; then
  echo "== peers: intervals (in process, best of $REPS)" >&2
  "${pin[@]}" "$native_dir/release/njov-peers" intervals "$data" "$REPS" >"$res/intervals_njov_native.json"
  # keep the native build's limits apart (report.py compares them with the portable build's)
  for f in "$data"/intervals/njov_*.f64; do mv "$f" "$data/intervals/native_$(basename "$f")"; done
  "${pin[@]}" "$peers_bin" intervals "$data" "$REPS" >"$res/intervals_njov.json"
  "${pin[@]}" "$py" "$here/peer_intervals.py" "$data" "$REPS" >"$res/intervals_python.json"
fi

# measure NAME REP COMMAND...: stdout to NAME_REP.json, GNU time -v to NAME_REP.time
measure() {
  local name="$1" rep="$2"
  shift 2
  /usr/bin/time -v -o "$res/${name}_${rep}.time" "${pin[@]}" "$@" >"$res/${name}_${rep}.json"
}

# warm the interpreters' caches (byte-compiled imports, shared libraries) untimed,
# so that no tool's one measured run pays a first-start cost
"$py" -W ignore -c 'import samplics, polars, svy' >/dev/null 2>&1
Rscript -e 'suppressPackageStartupMessages({library(data.table); library(survey)})' >/dev/null 2>&1
"$njov" --help >/dev/null

runs micro || ROWS=""
for rows in $ROWS; do
  file="$data/micro_${rows}.csv"
  reps=1
  [ "$rows" -le 1000000 ] && reps="$MICRO_REPS"
  cat "$file" >/dev/null # into the page cache: every tool reads it warm
  for rep in $(seq 1 "$reps"); do
    echo "== peers: microdata $rows rows, pass $rep of $reps" >&2
    measure "micro_${rows}_njov" "$rep" "$njov" survey --data "$file" --var y --weights w \
      --strata stratum --psu psu --fpc fpc --nest --stat total --format json
    measure "micro_${rows}_r" "$rep" Rscript "$here/peer_survey.R" "$file"
    measure "micro_${rows}_samplics" "$rep" "$py" "$here/peer_samplics.py" "$file"
  done
done
if runs reproduce; then
  echo "== peers: njov reproduce (whole process, hyperfine)" >&2
  "${pin[@]}" hyperfine -N --warmup 3 --runs 30 --export-json "$res/reproduce.json" "$njov reproduce" >&2
fi

# The estimator workloads, on one file of EST_ROWS rows and its population
# totals: (a) a total on a JK1 replicate design made from a one-stage cluster
# design (R's as.svrepdesign), (b) a linear calibration of the stratified
# cluster design to the strata's population counts and z's total, then a total.
if runs estimators; then
  file="$data/micro_${EST_ROWS}.csv"
  pop="$data/pop_${EST_ROWS}.csv"
  cat "$file" >/dev/null
  for rep in $(seq 1 "$MICRO_REPS"); do
    echo "== peers: estimators on $EST_ROWS rows, pass $rep of $MICRO_REPS" >&2
    measure "est_jk1_njov" "$rep" "$njov" survey --data "$file" --var y --weights w --psu psu \
      --replicates jk1 --stat total --format json
    measure "est_jk1_r" "$rep" Rscript "$here/peer_estimators.R" jk1 "$file"
    measure "est_jk1_svy" "$rep" "$py" "$here/peer_svy.py" jk1 "$file"
    measure "est_calibrate_njov" "$rep" "$njov" survey --data "$file" --var y --weights w \
      --strata stratum --psu psu --nest --calibrate "$pop" --calfun linear --stat total --format json
    measure "est_calibrate_r" "$rep" Rscript "$here/peer_estimators.R" calibrate "$file" "$pop"
    measure "est_calibrate_svy" "$rep" "$py" "$here/peer_svy.py" calibrate "$file" "$pop"
  done
fi

echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$res/machine.txt"

echo "== peers: results in $res" >&2
"$py" "$here/report.py" "$res" "$data" $ROWS | tee "$res/table.md"
