#!/bin/bash
# mkeys.sh A B : miss keys (batch, file, amount, at; not what was got) new in B
k() { sed -E 's/, got \[.*$//; s/: FALSE ALARM .*$/: FALSE ALARM/' "$1" | sort -u; }
echo "== new keys in $2"; comm -13 <(k "$1") <(k "$2")
echo "== keys gone: $(comm -23 <(k "$1") <(k "$2") | wc -l)"
