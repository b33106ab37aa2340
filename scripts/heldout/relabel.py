#!/usr/bin/env python3
"""relabel.py FILE AT key=value ... [note=...]   change fields of the [[statement]] whose at == AT (key=- removes)
   relabel.py FILE --add at=... amount=... kind=... [figure=...] verdict=... arithmetic=...   append a statement
   relabel.py FILE --ignore at=... amount=... why=...   append an ignore"""
import sys, re, tomllib, json
path = sys.argv[1]
src = open(path).read()
def q(v): return json.dumps(v, ensure_ascii=False)
if sys.argv[2] in ('--add', '--ignore'):
    kv = dict(a.split('=', 1) for a in sys.argv[3:])
    head = '[[statement]]' if sys.argv[2] == '--add' else '[[ignore]]'
    order = ['at','amount','kind','figure','verdict','pattern','arithmetic','why']
    block = '\n' + head + '\n' + ''.join(f'{k} = {q(kv[k])}\n' for k in order if k in kv)
    text = tomllib.loads(src)['text']
    assert text.count(kv['at']) == 1, ('at not unique', text.count(kv['at']))
    assert kv['amount'] in kv['at']
    src = src.rstrip('\n') + '\n' + block
else:
    at = sys.argv[2]
    kv = dict(a.split('=', 1) for a in sys.argv[3:])
    blocks = re.split(r'(?m)^(?=\[\[)', src)
    hit = [i for i, b in enumerate(blocks) if b.startswith('[[statement]]') and re.search(r'(?m)^at = ' + re.escape(q(at)) + r"[ \t]*$", b)]
    assert len(hit) == 1, hit
    b = blocks[hit[0]]
    note = kv.pop('note', None)
    for k, v in kv.items():
        if re.search(rf'(?m)^{k} = .*$', b):
            b = re.sub(rf'(?m)^{k} = .*\n', '' if v == '-' else f'{k} = {q(v)}\n'.replace('\\', '\\\\'), b)
        elif v != '-':
            b = b.replace(f'at = {q(at)}\n', f'at = {q(at)}\n{k} = {q(v)}\n')
    if note:
        m = re.search(r'(?m)^arithmetic = (".*")[ \t]*$', b)
        old = json.loads(m.group(1))
        b = b[:m.start()] + f'arithmetic = {q(old + " " + note)}' + b[m.end():]
    blocks[hit[0]] = b
    src = ''.join(blocks)
tomllib.loads(src)
open(path, 'w').write(src)
