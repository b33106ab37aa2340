#!/usr/bin/env python3
"""Independent reference values for the trend intervals of src/estimate/trend.rs.

Reads the njov_trends data (waves.csv, measures.csv, figure_measures.csv,
wave_design.csv) and the quantifier table, and computes, with mpmath at 50
significant digits, for every measure that two waves both hold and every pair
of those waves:

- counts (measure kinds `total` and `category`): ratio, percentage change and
  difference with their intervals (log-ratio delta method; delta method on the
  difference), at levels 0.90, 0.95, 0.99 and design effects 1, 1.5, 2, 3 (both
  phases, both waves), with the assumed phase-1 counts of waves 2 and 3 at their
  value, and at 0.95 also at the low and high ends of their sensitivity range;
- shares (measure kind `share`): the change in percentage points, its range from
  the wordings alone and its interval with sampling error (Wald, union over the
  shares the wordings admit), at the same levels and design effects. The union's
  extremes are computed in closed form (the corners) and checked here by
  numerical minimisation over the box with scipy (L-BFGS-B from several starts),
  so the corner claim of the Rust module is tested, not assumed.

The wording ranges are computed from the quantifier table's bound expressions
(data/quantifiers/<newest>/quantifiers.csv), not from the Rust grammar.

Writes tests/data/trend_reference.csv. Inputs are written with 17 significant
digits and the outputs are computed from the inputs as written, so a reader of
the CSV can recompute every row from the row alone.

Usage: /work/venv/bin/python scripts/trend_reference.py
Needs mpmath, scipy, numpy.
"""
import csv
import io
import pathlib
import re

import mpmath as mp
import numpy as np
from scipy.optimize import minimize

mp.mp.dps = 50

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "njov_trends" / "1.1.0"
OUT = ROOT / "tests" / "data" / "trend_reference.csv"
LEVELS = ["0.9", "0.95", "0.99"]
DEFFS = ["1", "1.5", "2", "3"]


def table(name):
    return list(csv.DictReader(io.StringIO((DATA / name).read_text(encoding="utf-8"))))


def newest_quantifiers():
    versions = sorted(
        (p for p in (ROOT / "data" / "quantifiers").iterdir() if p.is_dir()),
        key=lambda p: tuple(int(x) for x in p.name.split(".")),
    )
    return table_at(versions[-1] / "quantifiers.csv")


def table_at(path):
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def s17(x):
    """17 significant digits, the input as written to the CSV."""
    return mp.nstr(mp.mpf(x), 17, min_fixed=-30, max_fixed=30, strip_zeros=True)


def out(x):
    return mp.nstr(x, 20, min_fixed=-30, max_fixed=30, strip_zeros=True)


# ---------------------------------------------------------------- wordings

QUANT = newest_quantifiers()


def neighbour(x, d, above):
    """The nearest fraction 100 a / b (0 <= a <= b <= d) strictly below or
    above x, in percent; x itself when there is none (the rule term
    below(d) / above(d) of quantifier table 1.2.0)."""
    best = None
    for b in range(1, int(d) + 1):
        for a in range(0, b + 1):
            v = 100 * mp.mpf(a) / b
            gap = v - x if above else x - v
            if gap > mp.mpf("1e-9") * max(abs(x), 1) and (best is None or gap < abs(best - x)):
                best = v
    return x if best is None else best


def ev(e, x, g):
    """Evaluate one rule expression: decimal literals as exact decimals, the
    terms x, g and inf, and min, max, below(d), above(d)."""
    e = re.sub(r"\d+(?:\.\d+)?", lambda m: f"M('{m.group(0)}')", e)
    e = re.sub(r"\b(x|g|inf)\b", lambda m: {"x": "(X)", "g": "(G)", "inf": "(INF)"}[m.group(1)], e)
    names = {
        "X": x, "G": g, "INF": mp.inf, "M": mp.mpf, "min": min, "max": max,
        "below": lambda d: neighbour(x, d, False), "above": lambda d: neighbour(x, d, True),
    }
    return eval(e, {"__builtins__": {}}, names)  # noqa: S307 (trusted table)


def bound_expr(q, x, g=mp.inf):
    """Evaluate a quantifier's bounds such as `[x*0.9` and `x*1.1]`, or `(x`
    and `inf)` (the table's `lower` and `upper` columns), at the stated
    value x and granularity g; a bound with an `understated` rule is cut
    there (the plausible reading of a printed figure: "over 45%" reads as
    (45, 56.25]), and a share stays within [0, 100]."""
    lo = ev(q["lower"].strip()[1:], x, g)
    hi = ev(q["upper"].strip()[:-1], x, g)
    t = (q.get("understated") or "").strip()
    if t:
        t = ev(t, x, g)
        if t > x:
            hi = min(hi, t)
        else:
            lo = max(lo, t)
    return max(lo, mp.mpf(0)), min(hi, mp.mpf(100))


def granularity(text):
    """The largest power of ten, or five times one, of which the printed
    number is a whole multiple, no finer than its printed precision."""
    d = len(text.split(".")[1]) if "." in text else 0
    v = abs(mp.mpf(text))
    best = step = mp.mpf(10) ** -d
    while step <= v:
        for c in (step, 5 * step):
            q = v / c
            if c <= v and abs(q - mp.nint(q)) < mp.mpf("1e-9") * max(q, 1):
                best = max(best, c)
        step *= 10
    return best


def printed_range(text):
    """The values that round to a printed number at its decimals."""
    x = mp.mpf(text)
    d = len(text.split(".")[1]) if "." in text else 0
    h = mp.mpf(5) / mp.mpf(10) ** (d + 1)
    return x - h, x + h


def wording_range(wording):
    """The percentages a wording admits, from the quantifier table's rules.

    Covers the forms the share measures use: a printed percentage ("45%"),
    a modifier with a percentage ("about 80%", "over 45%"), a fraction
    ("two-thirds", "half") and a modifier with a fraction ("about half").
    A fraction's granularity, for a modifier on it, is twice the distance
    from its value to the nearer end of its own range.
    """
    w = wording.strip().lower()
    modifiers = {q["phrase"]: q for q in QUANT if q["kind"] == "modifier"}
    fractions = {q["phrase"]: q for q in QUANT if q["kind"] == "fraction"}
    mod = None
    for phrase in sorted(modifiers, key=len, reverse=True):
        if w.startswith(phrase + " "):
            mod = modifiers[phrase]
            w = w[len(phrase) + 1 :]
            break
    m = re.fullmatch(r"(\d+(?:\.\d+)?)%", w)
    if m:
        x = mp.mpf(m.group(1))
        if mod is None:
            return printed_range(m.group(1))
        return bound_expr(mod, x, granularity(m.group(1)))
    if w in fractions:
        num, den = fractions[w]["value"].split("/")
        x = 100 * mp.mpf(num) / mp.mpf(den)
        own = bound_expr(fractions[w], x)
        if mod is None:
            return own
        return bound_expr(mod, x, 2 * min(x - own[0], own[1] - x))
    raise ValueError(f"wording not covered: {wording!r}")


# ---------------------------------------------------------------- design

FIG = {r["id"]: r for r in table("waves.csv")}
MEASURES = {r["id"]: r for r in table("measures.csv")}
FM = table("figure_measures.csv")
DESIGN = {r["id"]: r for r in table("wave_design.csv")}
WAVES = sorted({r["wave"] for r in DESIGN.values() if r["wave"] != "all"})


def fig_value(fid):
    v = FIG[fid]["value"].strip()
    return mp.mpf(v) if v else None


def assumption_value(aid):
    a = DESIGN[aid]
    if a["rule"]:
        kind, base, part, whole = a["rule"].split(":")
        assert kind == "proportional"
        return assumption_value(base) * fig_value(part) / fig_value(whole)
    if a["value"]:
        return mp.mpf(a["value"])
    return fig_value(a["figure"])


def n1_of(wave, case):
    a = DESIGN[f"{wave}.phase1.arrests_reported"]
    if case == "value" or a["status"] == "printed":
        return assumption_value(a["id"])
    return mp.mpf(a[case])


def base_all(wave):
    return assumption_value(f"{wave}.base.all")


def z_of(level):
    return mp.sqrt(2) * mp.erfinv(mp.mpf(level))


# ---------------------------------------------------------------- rows

COLUMNS = [
    "kind", "measure", "from_figure", "to_figure", "level", "deff", "n1_case",
    # count inputs
    "from_value", "from_total", "from_n1", "from_n",
    "to_value", "to_total", "to_n1", "to_n",
    # count outputs
    "cv2_from", "cv2_to", "ratio", "ratio_lower", "ratio_upper",
    "percent_change", "percent_change_lower", "percent_change_upper",
    "difference", "difference_lower", "difference_upper",
    "se_log_ratio", "se_difference",
    # share inputs
    "from_wording", "from_share_lower", "from_share_upper",
    "to_wording", "to_share_lower", "to_share_upper",
    # share outputs
    "change_wording_lower", "change_wording_upper", "change_lower", "change_upper",
    "exact_union", "direction",
]


def figures_of(measure):
    by_wave = {r["wave"]: r["figure"] for r in FM if r["measure"] == measure}
    return [(w, by_wave[w]) for w in WAVES if w in by_wave]


def count_rows():
    rows = []
    for mid, m in MEASURES.items():
        if m["kind"] not in ("total", "category"):
            continue
        figs = [(w, f) for w, f in figures_of(mid) if fig_value(f) is not None]
        for i, (wa, fa) in enumerate(figs):
            for wb, fb in figs[i + 1 :]:
                cases = ["value"]
                if any(DESIGN[f"{w}.phase1.arrests_reported"]["status"] == "assumed" for w in (wa, wb)):
                    cases += ["low", "high"]
                for case in cases:
                    for level in LEVELS if case == "value" else ["0.95"]:
                        for deff in DEFFS:
                            rows.append(count_row(m, mid, wa, fa, wb, fb, level, deff, case))
    return rows


def count_row(m, mid, wa, fa, wb, fb, level, deff, case):
    # The inputs, as written (17 significant digits), then read back.
    inp = {}
    for side, w, f in (("from", wa, fa), ("to", wb, fb)):
        inp[f"{side}_value"] = s17(fig_value(f))
        inp[f"{side}_total"] = s17(fig_value(f"{w}.total"))
        inp[f"{side}_n1"] = s17(n1_of(w, case))
        inp[f"{side}_n"] = s17(base_all(w)) if m["kind"] == "category" else ""
    d = mp.mpf(deff)
    z = z_of(level)

    def cv2(side):
        x, t = mp.mpf(inp[f"{side}_value"]), mp.mpf(inp[f"{side}_total"])
        c = d / mp.mpf(inp[f"{side}_n1"])
        if inp[f"{side}_n"]:
            p = x / t
            c += d * (1 - p) / (p * mp.mpf(inp[f"{side}_n"]))
        return c

    ca, cb = cv2("from"), cv2("to")
    xa, xb = mp.mpf(inp["from_value"]), mp.mpf(inp["to_value"])
    s = mp.sqrt(ca + cb)
    r = xb / xa
    lo, hi = r * mp.exp(-z * s), r * mp.exp(z * s)
    sd = mp.sqrt(xa**2 * ca + xb**2 * cb)
    row = dict.fromkeys(COLUMNS, "")
    row.update(inp)
    row.update(
        kind="count", measure=mid, from_figure=fa, to_figure=fb, level=level, deff=deff,
        n1_case=case,
        cv2_from=out(ca), cv2_to=out(cb), ratio=out(r), ratio_lower=out(lo),
        ratio_upper=out(hi), percent_change=out(100 * (r - 1)),
        percent_change_lower=out(100 * (lo - 1)), percent_change_upper=out(100 * (hi - 1)),
        difference=out(xb - xa), difference_lower=out(xb - xa - z * sd),
        difference_upper=out(xb - xa + z * sd), se_log_ratio=out(s), se_difference=out(sd),
        direction="increase" if lo > 1 else "decrease" if hi < 1 else "undetermined",
    )
    return row


def share_range(fid):
    f = FIG[fid]
    if f["wording"]:
        lo, hi = wording_range(f["wording"])
        return f["wording"], lo, hi
    lo, hi = printed_range(f["value"].strip())
    return "", lo, hi


def share_rows():
    rows = []
    for mid, m in MEASURES.items():
        if m["kind"] != "share":
            continue
        figs = figures_of(mid)
        for i, (wa, fa) in enumerate(figs):
            for wb, fb in figs[i + 1 :]:
                for level in LEVELS:
                    for deff in DEFFS:
                        rows.append(share_row(mid, wa, fa, wb, fb, level, deff))
    return rows


def box_extremes(la, ua, lb, ub, ca, cb, z):
    """min of the lower limit and max of the upper limit over the box, by
    numerical optimisation in float64 (a check of the corner formula)."""
    v = lambda c, p: c * p * (100 - p)  # noqa: E731
    f_lo = lambda x: (x[1] - x[0]) - z * np.sqrt(v(ca, x[0]) + v(cb, x[1]))  # noqa: E731
    f_hi = lambda x: -((x[1] - x[0]) + z * np.sqrt(v(ca, x[0]) + v(cb, x[1])))  # noqa: E731
    bounds = [(la, ua), (lb, ub)]
    starts = [(a, b) for a in np.linspace(la, ua, 5) for b in np.linspace(lb, ub, 5)]
    lo = min(minimize(f_lo, s, bounds=bounds, method="L-BFGS-B", options={"ftol": 1e-15, "gtol": 1e-12}).fun for s in starts)
    hi = -min(minimize(f_hi, s, bounds=bounds, method="L-BFGS-B", options={"ftol": 1e-15, "gtol": 1e-12}).fun for s in starts)
    return lo, hi


def share_row(mid, wa, fa, wb, fb, level, deff):
    wda, la, ua = share_range(fa)
    wdb, lb, ub = share_range(fb)
    inp = dict(
        from_share_lower=s17(la), from_share_upper=s17(ua), from_n=s17(base_all(wa)),
        to_share_lower=s17(lb), to_share_upper=s17(ub), to_n=s17(base_all(wb)),
    )
    la, ua, na = (mp.mpf(inp[k]) for k in ("from_share_lower", "from_share_upper", "from_n"))
    lb, ub, nb = (mp.mpf(inp[k]) for k in ("to_share_lower", "to_share_upper", "to_n"))
    d = mp.mpf(deff)
    z = z_of(level)
    ca, cb = d / na, d / nb
    v = lambda c, p: c * p * (100 - p)  # noqa: E731
    mono = lambda c, p: z**2 * c * (100 - 2 * p) ** 2 < 4 * p * (100 - p)  # noqa: E731
    exact = all(mono(c, p) for c, p in ((ca, la), (ca, ua), (cb, lb), (cb, ub)))
    assert exact, f"{mid} {level} {deff}: the corner formula does not apply"
    lower = (lb - ua) - z * mp.sqrt(v(ca, ua) + v(cb, lb))
    upper = (ub - la) + z * mp.sqrt(v(ca, la) + v(cb, ub))
    # The corners are the extremes over the admitted shares: checked numerically.
    nlo, nhi = box_extremes(float(la), float(ua), float(lb), float(ub), float(ca), float(cb), float(z))
    assert abs(nlo - float(lower)) <= 1e-9 * abs(float(lower)) and nlo >= float(lower) - 1e-9, (mid, nlo, lower)
    assert abs(nhi - float(upper)) <= 1e-9 * abs(float(upper)) and nhi <= float(upper) + 1e-9, (mid, nhi, upper)
    row = dict.fromkeys(COLUMNS, "")
    row.update(inp)
    row.update(
        kind="share", measure=mid, from_figure=fa, to_figure=fb, level=level, deff=deff,
        n1_case="", from_wording=wda, to_wording=wdb,
        change_wording_lower=out(lb - ua), change_wording_upper=out(ub - la),
        change_lower=out(lower), change_upper=out(upper), exact_union="true",
        direction="increase" if lower > 0 else "decrease" if upper < 0 else "undetermined",
    )
    return row


def main():
    rows = count_rows() + share_rows()
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    OUT.write_text(buf.getvalue(), encoding="utf-8")
    kinds = {}
    for r in rows:
        kinds[(r["kind"], r["measure"])] = kinds.get((r["kind"], r["measure"]), 0) + 1
    for k, n in sorted(kinds.items()):
        print(f"{k[0]:6} {k[1]:24} {n} rows")
    print(f"wrote {len(rows)} rows to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
