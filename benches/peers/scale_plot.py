"""Draws benches/peers/scale.svg: CPU time (user + system) and peak resident
memory of the survey total against the file's rows, log-log, for njov's
streaming and in-memory paths (benches/peers/scale.csv, written by scale.sh)
and the peers where they ran (benches/peers/scale_peers.csv, from the harness's
run.sh). Plain SVG, no plotting library:

    python3 benches/peers/scale_plot.py scale.csv scale_peers.csv scale.svg
"""

import csv
import math
import sys

W, H = 420, 320  # one panel
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 36, 48
COLOURS = ["#1b6ca8", "#7fb3d5", "#c0392b", "#27ae60", "#8e44ad"]
MARKERS = ["circle", "square", "diamond", "triangle", "circle"]


def series(scale_csv, peers_csv):
    """{name: [(rows, cpu_s, rss_mb)]}, the newest njov run of each size and path."""
    latest = {}
    with open(scale_csv) as f:
        for r in csv.DictReader(f):
            latest[(r["path"], int(r["rows"]))] = (
                float(r["cpu_s"]),
                float(r["max_rss_kb"]) / 1000.0,
            )
    out = {}
    for (path, rows), (t, m) in sorted(latest.items(), key=lambda kv: (kv[0][0] != "streaming", kv[0][1])):
        out.setdefault(f"njov, {path}", []).append((rows, t, m))
    with open(peers_csv) as f:
        for r in csv.DictReader(f):
            out.setdefault(r["tool"], []).append(
                (int(r["rows"]), float(r["cpu_s"]), float(r["max_rss_mb"]))
            )
    for v in out.values():
        v.sort()
    return out


def decades(lo, hi):
    a, b = math.floor(math.log10(lo)), math.ceil(math.log10(hi))
    if a == b:
        b += 1
    return a, b


def label(e, unit=""):
    v = 10.0**e
    if unit == "rows":
        return f"10^{e}"
    if v >= 1:
        return f"{v:,.0f}{unit}"
    return f"{v:g}{unit}"


def panel(x0, data, which, title, unit):
    parts = []
    xs = [p[0] for s in data.values() for p in s]
    ys = [p[which] for s in data.values() for p in s]
    xa, xb = decades(min(xs), max(xs))
    ya, yb = decades(min(ys), max(ys))
    pw, ph = W - LEFT - RIGHT, H - TOP - BOTTOM

    def px(x):
        return x0 + LEFT + (math.log10(x) - xa) / (xb - xa) * pw

    def py(y):
        return TOP + ph - (math.log10(y) - ya) / (yb - ya) * ph

    parts.append(f'<text x="{x0 + W / 2}" y="20" text-anchor="middle" font-weight="bold">{title}</text>')
    parts.append(f'<rect x="{x0 + LEFT}" y="{TOP}" width="{pw}" height="{ph}" fill="none" stroke="#444"/>')
    for e in range(xa, xb + 1):
        x = px(10.0**e)
        parts.append(f'<line x1="{x}" y1="{TOP}" x2="{x}" y2="{TOP + ph}" stroke="#ddd"/>')
        parts.append(f'<text x="{x}" y="{TOP + ph + 16}" text-anchor="middle">{label(e, "rows")}</text>')
    for e in range(ya, yb + 1):
        y = py(10.0**e)
        parts.append(f'<line x1="{x0 + LEFT}" y1="{y}" x2="{x0 + LEFT + pw}" y2="{y}" stroke="#ddd"/>')
        parts.append(f'<text x="{x0 + LEFT - 6}" y="{y + 4}" text-anchor="end">{label(e, unit)}</text>')
    parts.append(f'<text x="{x0 + LEFT + pw / 2}" y="{H - 10}" text-anchor="middle">rows of the file</text>')
    for k, (name, pts) in enumerate(data.items()):
        c = COLOURS[k % len(COLOURS)]
        path = " ".join(f"{'M' if i == 0 else 'L'}{px(p[0]):.1f},{py(p[which]):.1f}" for i, p in enumerate(pts))
        parts.append(f'<path d="{path}" fill="none" stroke="{c}" stroke-width="2"/>')
        for p in pts:
            x, y = px(p[0]), py(p[which])
            m = MARKERS[k % len(MARKERS)]
            if m == "square":
                parts.append(f'<rect x="{x - 4}" y="{y - 4}" width="8" height="8" fill="{c}"/>')
            elif m == "diamond":
                parts.append(f'<path d="M{x},{y - 5} L{x + 5},{y} L{x},{y + 5} L{x - 5},{y} Z" fill="{c}"/>')
            elif m == "triangle":
                parts.append(f'<path d="M{x},{y - 5} L{x + 5},{y + 4} L{x - 5},{y + 4} Z" fill="{c}"/>')
            else:
                parts.append(f'<circle cx="{x}" cy="{y}" r="4" fill="{c}"/>')
    return parts


def summary(data):
    """Prints njov's rows as a markdown table: time per row and its ratio to
    the smallest file's on the same path, peak memory."""
    print("| rows | path | CPU time | per row | ratio to the smallest file | peak memory |")
    print("|---:|---|---:|---:|---:|---:|")
    for name, pts in data.items():
        if not name.startswith("njov"):
            continue
        base = pts[0][1] / pts[0][0]
        for rows, t, m in pts:
            per = t / rows
            print(f"| {rows:,} | {name[6:]} | {t:.2f} s | {per * 1e9:.0f} ns | {per / base:.2f} | {m:,.0f} MB |")


def main():
    scale_csv, peers_csv, out = sys.argv[1:4]
    data = series(scale_csv, peers_csv)
    summary(data)
    legend_h = 18 * len(data) + 12
    total_h = H + legend_h
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{2 * W}" height="{total_h}" '
        f'font-family="sans-serif" font-size="12">',
        f'<rect width="{2 * W}" height="{total_h}" fill="white"/>',
    ]
    parts += panel(0, data, 1, "CPU time (user + system), survey total", " s")
    parts += panel(W, data, 2, "peak resident memory", " MB")
    for k, name in enumerate(data):
        y = H + 12 + 18 * k
        c = COLOURS[k % len(COLOURS)]
        parts.append(f'<line x1="{LEFT}" y1="{y}" x2="{LEFT + 24}" y2="{y}" stroke="{c}" stroke-width="2"/>')
        parts.append(f'<text x="{LEFT + 30}" y="{y + 4}">{name}</text>')
    parts.append("</svg>")
    with open(out, "w") as f:
        f.write("\n".join(parts) + "\n")


if __name__ == "__main__":
    main()
