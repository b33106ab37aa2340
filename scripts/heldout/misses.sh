#!/bin/bash
# Usage: misses.sh OUT   -- every held-out batch and the corpus, one miss per line "batch<TAB>note"
# Also prints "batch all: ..." summary lines to OUT.sum
set -e
cd "$(dirname "$0")/../.."
OUT=${1:-/tmp/misses.txt}
BIN=$(cargo test -q --all-features --test documents_corpus --no-run --message-format=json 2>/dev/null | python3 -c '
import sys,json
for l in sys.stdin:
    try: m=json.loads(l)
    except: continue
    if m.get("reason")=="compiler-artifact" and m.get("executable") and m["target"]["name"]=="documents_corpus": print(m["executable"])' | tail -1)
: > "$OUT"; : > "$OUT.sum"
for d in tests/data/documents-heldout/*/ tests/data/documents/; do
  b=$(basename "$d"); [ "$b" = documents ] && b=corpus
  NJOV_DOCUMENTS=$d "$BIN" measure_another_directory --ignored --nocapture --test-threads 1 2>/dev/null > /tmp/ms_one.txt || true
  grep '^  ' /tmp/ms_one.txt | sed "s#^#$b\t#" >> "$OUT"
  grep '^all:' /tmp/ms_one.txt | sed "s#^#$b\t#" >> "$OUT.sum"
done
sort -o "$OUT" "$OUT"
echo "misses: $(wc -l < "$OUT")  FA: $(grep -c 'FALSE ALARM' "$OUT")  NA: $(grep -c 'is not an amount' "$OUT")"
python3 - "$OUT.sum" <<'PY'
import sys,re
tot=[0,0]
for l in open(sys.argv[1]):
    m=re.search(r'(\d+) checkable, \d+ found \([\d.]+%\), (\d+) judged right',l)
    if m: tot[0]+=int(m.group(2)); tot[1]+=int(m.group(1))
print("right %d of %d (%.1f%%)"%(tot[0],tot[1],100*tot[0]/tot[1]))
PY
