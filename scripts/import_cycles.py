#!/usr/bin/env python3
"""Lists import circles between the files of src/ (any length).

A file imports another when it names `crate::a::b` (in a `use` or a path in
code) and src/a/b.rs exists (or src/a/b/mod.rs, or src/a/mod.rs for a name
re-exported there: that counts as importing the module's mod.rs). A file
naming its own parent module (the mod.rs that declares it) is not counted:
that is the module it belongs to. Doc
comments and `#[cfg(test)]` modules are not imports. Exits 1 when a circle is
found. Usage: python3 scripts/import_cycles.py [--strict] [SRC_DIR]

--strict counts what the default leaves out, as a tool that sees every
`use` (cargo-modules) would: a file naming its own parent module, and a
mod.rs (or lib.rs) naming a module it declares by a relative path
(`pub use child::Item;`, `child::f()`). A child that needs an item of its
mod.rs then makes a circle; the cure is to put the item in a file of its
own.
"""
import os
import re
import sys

strict = "--strict" in sys.argv[1:]
args = [a for a in sys.argv[1:] if a != "--strict"]
src = args[0] if args else os.path.join(os.path.dirname(__file__), "..", "src")
src = os.path.normpath(src)

files = {}
for root, _, names in os.walk(src):
    if os.sep + "bin" in root:
        continue
    for n in names:
        if n.endswith(".rs"):
            path = os.path.join(root, n)
            rel = os.path.relpath(path, src)[:-3].split(os.sep)
            if rel[-1] == "mod":
                rel = rel[:-1]
            if rel == ["lib"]:
                rel = []
            files[tuple(rel)] = path


def target(parts, here):
    """The file a path `crate::parts...` or `super::...` names."""
    best = None
    for i in range(len(parts), 0, -1):
        if tuple(parts[:i]) in files:
            best = tuple(parts[:i])
            break
    return best


def code_of(text):
    text = re.sub(r"(?m)^\s*//.*$", "", text)
    # drop #[cfg(test)] mod tests { ... } at the end of a file
    i = text.find("#[cfg(test)]")
    if i >= 0 and re.match(r"#\[cfg\(test\)\]\s*mod\s+\w+\s*\{", text[i:]):
        text = text[:i]
    return text


edges = {k: set() for k in files}
for mod, path in files.items():
    text = code_of(open(path, encoding="utf-8").read())
    parent = mod[:-1]
    # crate::a::b::{c, d} and crate::a::b
    for m in re.finditer(r"crate((?:::\w+)+)(?:::\{([^}]*)\})?", text):
        parts = m.group(1).strip(":").split("::")
        heads = [parts]
        if m.group(2):
            for item in m.group(2).split(","):
                item = item.strip().split(" as ")[0].split("::")[0].strip()
                if item and item != "self":
                    heads.append(parts + [item])
        for h in heads:
            t = target(h, mod)
            if t is not None and t != mod and t != () and (strict or not (len(t) < len(mod) and mod[: len(t)] == t)):
                edges[mod].add(t)
    for m in re.finditer(r"\bsuper((?:::\w+)+)(?:::\{([^}]*)\})?", text):
        parts = list(parent[:-1] if mod and path.endswith("mod.rs") else parent) + m.group(1).strip(":").split("::")
        heads = [parts]
        if m.group(2):
            for item in m.group(2).split(","):
                item = item.strip().split(" as ")[0].split("::")[0].strip()
                if item and item != "self":
                    heads.append(parts + [item])
        for h in heads:
            t = target(h, mod)
            if t is not None and t != mod and t != () and (strict or not (len(t) < len(mod) and mod[: len(t)] == t)):
                edges[mod].add(t)

    # --strict: a mod.rs or lib.rs naming a module it declares
    if strict and (path.endswith("mod.rs") or path.endswith("lib.rs")):
        for m in re.finditer(r"(?<![\w:])(\w+)::", text):
            child = mod + (m.group(1),)
            if child in files:
                edges[mod].add(child)

# Tarjan's strongly connected components
index, low, on, stack, comps = {}, {}, set(), [], []
counter = [0]
sys.setrecursionlimit(10000)


def visit(v):
    index[v] = low[v] = counter[0]
    counter[0] += 1
    stack.append(v)
    on.add(v)
    for w in edges[v]:
        if w not in index:
            visit(w)
            low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop()
            on.discard(w)
            comp.append(w)
            if w == v:
                break
        if len(comp) > 1:
            comps.append(comp)


for v in files:
    if v not in index:
        visit(v)
for c in comps:
    print("circle:", " <-> ".join("/".join(x) for x in sorted(c)))
print(f"{len(files)} files, {sum(len(e) for e in edges.values())} imports, {len(comps)} circles")
sys.exit(1 if comps else 0)
