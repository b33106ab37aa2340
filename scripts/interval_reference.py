#!/usr/bin/env python3
"""Reference values for the interval engine, computed with mpmath at 60 digits.

Writes
  tests/data/interval_reference.csv  proportion and count intervals
  tests/data/special_reference.csv   quantiles of the normal, t, gamma, beta

Every method is re-implemented here from its formula (see the Rust docs of
`ProportionMethod` and `CountMethod`) in arbitrary precision, with the same
conventions (clipping, boundary rules, degrees of freedom). Floating inputs
(estimates, variances, weights, levels, tail probabilities) are used here at
the exact binary value of the double the Rust side receives (written with 17
significant digits), so the reference is the exact answer to the question
the Rust code is asked. scipy only supplies starting points for Newton iterations.

Grid (proportions, counts input, normal quantile):
  n in {1, 2, 5, 10, 30, 129, 612, 1000, 1e4, 1e5, 1e6}
  successes in {0, 1, 2, n/2, n-1, n} (deduplicated)
  levels 0.80, 0.90, 0.95, 0.99 two-sided; 0.95 also lower and upper
plus design-based rows (variance input with deff 0.8 or 2 and df none or 12,
and design-effect input), and count/total rows.

Also (audit_rows): ln-gamma, chi-square quantiles and further normal and
incomplete-gamma points, for tests/statrs_accuracy.rs.

Usage: /work/venv/bin/python scripts/interval_reference.py [--special-only]
"""
import csv
import math
import os
import sys

import mpmath as mp
from scipy import special as sc
from scipy import stats

sys.path.insert(0, os.path.dirname(__file__))
import mpspecial as S  # noqa: E402

mp.mp.dps = 60
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "data")

NS = [1, 2, 5, 10, 30, 129, 612, 1000, 10**4, 10**5, 10**6]
LEVELS = ["0.80", "0.90", "0.95", "0.99"]
METHODS = ["wald", "wilson", "agresti-coull", "clopper-pearson", "jeffreys",
           "logit", "asin", "korn-graubard", "korn-graubard-nchs", "wilson-neff",
           "psmall"]
COUNT_METHODS = ["exact", "score", "wald", "scaled-poisson"]


def f17(x):
    """Full 17 significant digits (or inf)."""
    x = mp.mpf(x)
    if x == mp.inf:
        return "inf"
    return "%.17g" % float(x)


def successes_for(n):
    xs = [0, 1, 2, n // 2, n - 1, n]
    return sorted({x for x in xs if 0 <= x <= n})


# ---------------------------------------------------------------------------
# quantiles with caches and scipy starting points
# ---------------------------------------------------------------------------
_bq = {}


def beta_q(a, b, p):
    """Beta(a,b) quantile at lower-tail probability p (mpf)."""
    key = (mp.nstr(a, 40), mp.nstr(b, 40), mp.nstr(p, 40))
    if key in _bq:
        return _bq[key]
    fa, fb, fp = float(a), float(b), float(p)
    if fp > 0.5:
        g = sc.betainccinv(fa, fb, float(1 - p))
    else:
        g = sc.betaincinv(fa, fb, fp)
    if not (0 < g < 1) or math.isnan(g):
        g = fa / (fa + fb)
    v = S.beta_quantile(a, b, p, g)
    _bq[key] = v
    return v


_gq = {}


def gamma_q(a, p):
    key = (mp.nstr(a, 40), mp.nstr(p, 40))
    if key in _gq:
        return _gq[key]
    fa, fp = float(a), float(p)
    g = sc.gammainccinv(fa, float(1 - p)) if fp > 0.5 else sc.gammaincinv(fa, fp)
    if not (g > 0) or math.isnan(g) or math.isinf(g):
        g = fa
    v = S.gamma_quantile(a, p, g)
    _gq[key] = v
    return v


_tq = {}


def crit(tail, df):
    """Upper-tail quantile: z or t_df."""
    key = (mp.nstr(tail, 40), df)
    if key in _tq:
        return _tq[key]
    if df is None:
        v = S.normal_upper(tail)
    else:
        g = stats.t.isf(float(tail), float(df))
        v = S.t_upper(mp.mpf(df), tail, g)
    _tq[key] = v
    return v


# ---------------------------------------------------------------------------
# proportion methods
# ---------------------------------------------------------------------------
def wilson(p, q, n, c):
    c2 = c * c
    a = p + c2 / (2 * n)
    b = c * mp.sqrt(p * q / n + c2 / (4 * n * n))
    # (a - b) / (1 + c2/n) = p^2 / (a + b): the same number, exactly 0 at p = 0
    return p * p / (a + b), (a + b) / (1 + c2 / n)


def clopper_pearson(p, q, n, tail):
    x, y = n * p, n * q
    lo = mp.mpf(0) if p == 0 else beta_q(x, y + 1, tail)
    hi = mp.mpf(1) if q == 0 else beta_q(x + 1, y, 1 - tail)
    return lo, hi


def kg_factor(tail, nominal, df):
    if df is None or nominal <= 1:
        return mp.mpf(1)
    return (crit(tail, nominal - 1) / crit(tail, df)) ** 2


def prop_limits(method, p, q, n, nominal, df, tail):
    """(lower, upper) for effective size n, nominal size, df (None or number)."""
    if method == "wald":
        c = crit(tail, df)
        h = c * mp.sqrt(p * q / n)
        return max(p - h, mp.mpf(0)), min(p + h, mp.mpf(1))
    if method == "wilson":
        return wilson(p, q, n, crit(tail, None))
    if method == "wilson-neff":
        return wilson(p, q, n, crit(tail, df))
    if method == "agresti-coull":
        c = crit(tail, df)
        c2 = c * c
        nt = n + c2
        pt = (n * p + c2 / 2) / nt
        h = c * mp.sqrt(pt * (1 - pt) / nt)
        return max(pt - h, mp.mpf(0)), min(pt + h, mp.mpf(1))
    if method == "clopper-pearson":
        return clopper_pearson(p, q, n, tail)
    if method == "jeffreys":
        a, b = n * p + mp.mpf("0.5"), n * q + mp.mpf("0.5")
        lo = mp.mpf(0) if p == 0 else beta_q(a, b, tail)
        hi = mp.mpf(1) if q == 0 else beta_q(a, b, 1 - tail)
        return lo, hi
    if method == "logit":
        c = crit(tail, df)
        if p == 0:
            return mp.mpf(0), 1 - tail ** (1 / n)
        if q == 0:
            return tail ** (1 / n), mp.mpf(1)
        lam = mp.log(p / q)
        h = c / mp.sqrt(n * p * q)
        return 1 / (1 + mp.exp(-(lam - h))), 1 / (1 + mp.exp(-(lam + h)))
    if method == "asin":
        c = crit(tail, df)
        th = mp.asin(mp.sqrt(p))
        h = c / (2 * mp.sqrt(n))
        lo = max(th - h, mp.mpf(0))
        hi = min(th + h, mp.pi / 2)
        return mp.sin(lo) ** 2, mp.sin(hi) ** 2
    if method == "korn-graubard":
        return clopper_pearson(p, q, n * kg_factor(tail, nominal, df), tail)
    if method == "korn-graubard-nchs":
        if p == 0 or q == 0:
            ns = nominal
        else:
            ns = min(nominal, n * kg_factor(tail, nominal, df))
        return clopper_pearson(p, q, ns, tail)
    if method == "psmall":
        t = mp.mpf("0.25")
        if p < t or p > 1 - t:
            return prop_limits("korn-graubard", p, q, n, nominal, df, tail)
        return prop_limits("wald", p, q, n, nominal, df, tail)
    raise ValueError(method)


def sided(lo, hi, side, top):
    if side == "lower":
        return lo, top
    if side == "upper":
        return mp.mpf(0), hi
    return lo, hi


def tail_of(level, side):
    # the exact binary value of the double the Rust side receives; the tail
    # (1 - level)/2 is then computed exactly on both sides
    lv = mp.mpf(float(level))
    return (1 - lv) / 2 if side == "two-sided" else 1 - lv


HEADER = ["family", "method", "input", "successes", "trials", "estimate",
          "variance", "deff", "n", "df", "count", "total", "mean_weight",
          "level", "side", "lower", "upper"]


def row(**kw):
    r = {h: "" for h in HEADER}
    r.update(kw)
    return r


def proportion_rows():
    rows = []
    # counts input
    for n in NS:
        for x in successes_for(n):
            p = mp.mpf(x) / n
            q = mp.mpf(n - x) / n
            for level in LEVELS:
                sides = ["two-sided"] + (["lower", "upper"] if level == "0.95" else [])
                for side in sides:
                    tail = tail_of(level, side)
                    for m in METHODS:
                        lo, hi = prop_limits(m, p, q, mp.mpf(n), mp.mpf(n), None, tail)
                        lo, hi = sided(lo, hi, side, mp.mpf(1))
                        rows.append(row(family="proportion", method=m, input="counts",
                                        successes=x, trials=n, level=level, side=side,
                                        lower=f17(lo), upper=f17(hi)))
        print("counts n =", n, file=sys.stderr)
    # variance input: estimate x/n, variance deff p q / n, df none or 12
    for n in [30, 129, 612, 1000, 10**4, 10**6]:
        for x in successes_for(n):
            est = x / n  # the float both sides use
            p = mp.mpf(est)
            q = 1 - p
            for deff in [0.8, 2.0]:
                var = deff * est * (1 - est) / n  # float
                v = mp.mpf(var)
                neff = mp.mpf(n) if (p == 0 or q == 0) else p * q / v
                for df in [None, 12]:
                    for level in ["0.80", "0.95"]:
                        tail = tail_of(level, "two-sided")
                        for m in METHODS:
                            lo, hi = prop_limits(m, p, q, neff, mp.mpf(n), df, tail)
                            rows.append(row(family="proportion", method=m, input="variance",
                                            estimate=repr(est), variance=repr(var), n=n,
                                            df="" if df is None else df, level=level,
                                            side="two-sided", lower=f17(lo), upper=f17(hi)))
        print("variance n =", n, file=sys.stderr)
    # design-effect input
    for n in [129, 612]:
        for x in successes_for(n):
            est = x / n
            p = mp.mpf(est)
            q = 1 - p
            for deff in [0.8, 2.0]:
                neff = mp.mpf(n) / mp.mpf(deff)
                for m in METHODS:
                    tail = tail_of("0.95", "two-sided")
                    lo, hi = prop_limits(m, p, q, neff, mp.mpf(n), None, tail)
                    rows.append(row(family="proportion", method=m, input="deff",
                                    estimate=repr(est), deff=repr(deff), n=n, level="0.95",
                                    side="two-sided", lower=f17(lo), upper=f17(hi)))
    return rows


def count_limits(method, x, tail, df):
    x = mp.mpf(x)
    if method == "exact":
        lo = mp.mpf(0) if x == 0 else gamma_q(x, tail)
        return lo, gamma_q(x + 1, 1 - tail)
    c = crit(tail, df)
    if method == "score":
        s = x + c * c / 2 + c * mp.sqrt(x + c * c / 4)
        return x * x / s, s
    if method == "wald":
        h = c * mp.sqrt(x)
        return max(x - h, mp.mpf(0)), x + h
    if method == "scaled-poisson":
        if x == 0:
            return mp.mpf(0), gamma_q(x + 1, 1 - tail)
        h = c / mp.sqrt(x)
        return x * mp.exp(-h), x * mp.exp(h)
    raise ValueError(method)


def count_rows():
    rows = []
    for k in [0, 1, 2, 5, 10, 30, 129, 612, 1000, 10**4, 10**5, 10**6]:
        for level in LEVELS:
            sides = ["two-sided"] + (["lower", "upper"] if level == "0.95" else [])
            for side in sides:
                tail = tail_of(level, side)
                for m in COUNT_METHODS:
                    lo, hi = count_limits(m, k, tail, None)
                    lo, hi = sided(lo, hi, side, mp.inf)
                    rows.append(row(family="count", method=m, input="count", count=k,
                                    level=level, side=side, lower=f17(lo), upper=f17(hi)))
    w = 2577 / 1723
    for total in [0.0, 2577.0, 129.0 * w, 3.5]:
        for deff in [1.0, 1.5, 2.0, 3.0]:
            for df in [None, 30]:
                s = mp.mpf(w) * mp.mpf(deff)
                xe = mp.mpf(total) / s
                tail = tail_of("0.95", "two-sided")
                for m in COUNT_METHODS:
                    dfm = None if m == "exact" else df
                    lo, hi = count_limits(m, xe, tail, dfm)
                    rows.append(row(family="count", method=m, input="total",
                                    total=repr(total), mean_weight=repr(w), deff=repr(deff),
                                    df="" if df is None else df, level="0.95",
                                    side="two-sided", lower=f17(lo * s), upper=f17(hi * s)))
    return rows


def special_rows():
    rows = []
    qs = ["0.1", "0.05", "0.025", "0.005", "1e-4", "1e-8"]
    for q in qs + ["1e-15", "1e-100", "0.3", "0.4999"]:
        rows.append(["normal_upper", "", "", q, f17(S.normal_upper(mp.mpf(float(q))))])
    for df in [1, 2, 3, 4, 5, 7, 10, 12, 29, 30, 100, 128, 611, 999, 10**4, 19999,
               20000, 10**5, 999999, 10**7]:
        for q in qs:
            v = crit(mp.mpf(float(q)), df)
            rows.append(["t_upper", str(df), "", q, f17(v)])
    for a in ["0.5", "1", "2.5", "10", "1000", "1000001"]:
        for p in ["1e-10", "0.025", "0.5", "0.975"]:
            rows.append(["gamma_quantile", a, "", p, f17(gamma_q(mp.mpf(a), mp.mpf(float(p))))])
    for (a, b) in [("0.5", "1000000.5"), ("1", "1000000"), ("2", "999999"), ("3", "999998"),
                   ("1000000.5", "0.5"), ("500000", "500001"), ("2.5", "100000.5"),
                   ("0.5", "0.5"), ("7", "3")]:
        for p in ["1e-10", "0.005", "0.025", "0.5", "0.975", "0.995"]:
            rows.append(["beta_quantile", a, b, p,
                         f17(beta_q(mp.mpf(a), mp.mpf(b), mp.mpf(p)))])
    # distribution functions at the binary value of each argument
    for (a, b) in [("0.5", "1000000.5"), ("2", "999999"), ("1.5", "500000"),
                   ("500000", "500001"), ("7", "3"), ("1000000.5", "0.5")]:
        for x in [1e-9, 1e-7, 3.1e-6, 1e-5, 0.1, 0.499, 0.5, 0.501, 0.9, 1 - 3e-6]:
            lo, up = S.beta_tails(mp.mpf(a), mp.mpf(b), mp.mpf(x))
            rows.append(["beta_lower", a, b, repr(x), f17(lo)])
            rows.append(["beta_upper", a, b, repr(x), f17(up)])
    for a, xs in [("0.5", [1e-10, 0.5, 3.0, 50.0]), ("3", [0.01, 1.0, 10.0, 40.0]),
                  ("1000001", [999000.0, 1000001.0, 1003000.0])]:
        for x in xs:
            lo, up = S.gamma_tails(mp.mpf(a), mp.mpf(x))
            rows.append(["gamma_lower", a, "", repr(x), f17(lo)])
            rows.append(["gamma_upper", a, "", repr(x), f17(up)])
    for df in [1, 3, 12, 30, 1000, 10**6]:
        for t in [-40.0, -3.0, -1.0, 0.5, 2.5]:
            # 0.5 minus a hypergeometric term: 500 extra digits cover tails
            # down to 1e-400
            up = S.t_cdf_upper(mp.mpf(abs(t)), df, extra_digits=500)
            rows.append(["t_cdf", str(df), "", repr(t), f17(up if t < 0 else 1 - up)])
    for z in [-30.0, -8.0, -2.0, -0.1, 0.5, 3.0]:
        rows.append(["normal_cdf", "", "", repr(z), f17(mp.ncdf(mp.mpf(z)))])
    return rows


def audit_rows():
    """Rows added for the statrs audit (tests/statrs_accuracy.rs): ln-gamma,
    chi-square quantiles, and more points of the normal distribution
    function and quantile and of the incomplete gamma. Appended after
    special_rows(), whose rows stay as they were. Arguments are used at the
    exact binary value of the double the Rust side receives."""
    rows = []
    for x in [1e-10, 0.1, 0.5, 1.5, 2.5, 3.0, 3.5, 5.0, 7.25, 10.0, 10.5, 29.5, 100.0,
              128.5, 611.5, 1000.0, 10000.5, 1e5, 1000000.5, 1e7, 1e10, 1e15]:
        rows.append(["ln_gamma", "", "", repr(x), f17(mp.loggamma(mp.mpf(x)))])
    for df in [1, 2, 3, 5, 10, 29, 100, 611, 1000, 10**4, 10**5, 10**6]:
        for p in ["1e-10", "0.005", "0.025", "0.5", "0.975", "0.995"]:
            fp = float(p)
            g = stats.chi2.ppf(fp, df)
            v = S.chisq_quantile(df, mp.mpf(fp), mp.mpf(g))
            rows.append(["chisq_quantile", str(df), "", p, f17(v)])
    for z in [-37.0, -20.0, -12.0, -5.0, -3.5, -1.5, -1.0, -0.5, 0.0, 1.0, 2.0, 5.0, 8.0]:
        rows.append(["normal_cdf", "", "", repr(z), f17(mp.ncdf(mp.mpf(z)))])
    for q in ["0.2", "0.01", "1e-3", "1e-6", "1e-12", "1e-30", "1e-200"]:
        rows.append(["normal_upper", "", "", q, f17(S.normal_upper(mp.mpf(float(q))))])
    for a in [1.0, 10.5, 100.0, 10000.0]:
        sd = math.sqrt(a)
        for k in [-6.0, -2.0, 0.0, 2.0, 6.0]:
            x = a + k * sd
            if x <= 0:
                x = a / 100.0
            lo, up = S.gamma_tails(mp.mpf(a), mp.mpf(x))
            rows.append(["gamma_lower", repr(a), "", repr(x), f17(lo)])
            rows.append(["gamma_upper", repr(a), "", repr(x), f17(up)])
    return rows


def main():
    S.check_overlap()
    os.makedirs(OUT, exist_ok=True)
    # --special-only: rewrite special_reference.csv only (the interval grid
    # takes much longer and does not depend on the special-function rows)
    if "--special-only" not in sys.argv[1:]:
        rows = proportion_rows() + count_rows()
        with open(os.path.join(OUT, "interval_reference.csv"), "w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=HEADER, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
        print(len(rows), "interval rows", file=sys.stderr)
    with open(os.path.join(OUT, "special_reference.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["function", "a", "b", "p", "value"])
        w.writerows(special_rows())
        w.writerows(audit_rows())


if __name__ == "__main__":
    main()
