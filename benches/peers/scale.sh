#!/usr/bin/env bash
# How njov's survey total grows with the file: the harness's microdata files
# (njov-peers gen: 50 strata, 500 rows a PSU, columns stratum,psu,fpc,w,y,z) at
# each size, `njov survey --stat total` on the streaming path (and on the
# in-memory path up to SCALE_IN_MEMORY_MAX rows), each run once under GNU
# `time -v`: wall clock, CPU, peak resident memory. Run by hand, never in CI:
#
#   nice -n 10 bash benches/peers/scale.sh [ROWS...]   # default 1000000 10000000 100000000
#
# Settings (environment):
#   SCALE_DIR            where the files go (default /work/tmp-scale; never in git:
#                        the 10^8-row file is about 3 GB)
#   SCALE_IN_MEMORY_MAX  largest size also run with --in-memory (default 10000000)
#   SCALE_KEEP           1 keeps the files larger than 10^7 rows (default: each is
#                        deleted once measured)
#   PEERS_CPU            the one CPU the runs are pinned to (default 0)
# Appends one line per run to benches/peers/scale.csv (committed) and redraws
# benches/peers/scale.svg (time and peak memory against rows, log-log, with the
# peers' runs of the harness recorded in benches/peers/scale_peers.csv).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
dir="${SCALE_DIR:-/work/tmp-scale}"
in_memory_max="${SCALE_IN_MEMORY_MAX:-10000000}"
cpu="${PEERS_CPU:-0}"
rows_list="${*:-1000000 10000000 100000000}"
mkdir -p "$dir"
export RAYON_NUM_THREADS=1 POLARS_MAX_THREADS=1
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$repo/target}"
(cd "$repo" && cargo build --release --quiet --features cli --bin njov)
cargo build --release --quiet --manifest-path "$here/rust/Cargo.toml"
njov="$CARGO_TARGET_DIR/release/njov"
gen="$CARGO_TARGET_DIR/release/njov-peers"
out="$here/scale.csv"
[ -f "$out" ] || echo "date,commit,rows,path,file_bytes,wall_s,cpu_s,max_rss_kb,load_before,estimate,se" >"$out"
commit="$(cd "$repo" && git rev-parse --short HEAD)"

for rows in $rows_list; do
  file="$dir/micro_${rows}.csv"
  if [ ! -f "$file" ]; then
    echo "== scale: generating $rows rows" >&2
    "$gen" gen "$dir" "$rows" >&2
  fi
  bytes=$(stat -c %s "$file")
  paths="streaming"
  [ "$rows" -le "$in_memory_max" ] && paths="streaming in-memory"
  for path in $paths; do
    extra=()
    [ "$path" = "in-memory" ] && extra=(--in-memory)
    echo "== scale: $rows rows, $path" >&2
    cat "$file" >/dev/null # warm page cache where it fits, as the harness does
    load="$(cut -d' ' -f1 /proc/loadavg)"
    t="$dir/run_${rows}_${path}.time"
    /usr/bin/time -v -o "$t" taskset -c "$cpu" "$njov" survey --data "$file" --var y \
      --weights w --strata stratum --psu psu --fpc fpc --nest --stat total \
      --format json --timings "${extra[@]}" >"$dir/run_${rows}_${path}.json"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$t")
    cpu_s=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$t")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$t")
    est=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(repr(d["estimate"]), repr(d["se"]), sep=",")' "$dir/run_${rows}_${path}.json")
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'),$commit,$rows,$path,$bytes,$wall,$cpu_s,$rss,$load,$est" | tee -a "$out" >&2
  done
  if [ "$rows" -gt 10000000 ] && [ "${SCALE_KEEP:-0}" != 1 ]; then
    rm -f "$file"
  fi
done
python3 "$here/scale_plot.py" "$out" "$here/scale_peers.csv" "$here/scale.svg"
