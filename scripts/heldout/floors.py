#!/usr/bin/env python3
"""floors.py SUMFILE : raise right_floor in floors.csv to the right count in SUMFILE (never lower)."""
import csv, re, sys, io
import os
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../tests/data/documents-heldout/floors.csv')
right = {}
for l in open(sys.argv[1]):
    b, rest = l.split('\t', 1)
    m = re.search(r'(\d+) checkable, \d+ found \([\d.]+%\), (\d+) judged right', rest)
    right[b] = (int(m.group(2)), int(m.group(1)))
rows = list(csv.DictReader(open(path)))
raised = 0
for r in rows:
    b = r['batch']
    if b in right:
        got, chk = right[b]
        assert chk == int(r['checkable']), (b, chk, r['checkable'])
        if got > int(r['right_floor']):
            r['right_floor'] = str(got); raised += 1
        elif got < int(r['right_floor']):
            print('BELOW FLOOR', b, got, r['right_floor'])
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=rows[0].keys(), lineterminator='\n')
w.writeheader(); w.writerows(rows)
open(path, 'w').write(out.getvalue())
print('raised', raised)
