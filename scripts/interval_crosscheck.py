#!/usr/bin/env python3
"""Cross-check values from statsmodels and scipy (double precision).

Writes tests/data/interval_crosscheck.csv with the limits that statsmodels
`proportion_confint`, `confint_poisson` and scipy `binomtest(...).proportion_ci`
give on the reference grid, each row naming the njov method it corresponds to.

Conventions that differ (and how the rows handle them):
  * statsmodels `jeffreys` keeps the pure Beta quantiles at x = 0 and x = n;
    njov sets the lower limit to 0 at x = 0 and the upper to 1 at x = n
    (Brown-Cai-DasGupta 2001, SAS). Those limits are written with
    `convention = "differs"` and not compared.
  * statsmodels `wilson` at x = 0 returns a rounding residue (~1e-18)
    instead of the exact lower limit 0 (njov computes p^2 / (A + B)):
    marked `differs`.
  * statsmodels `confint_poisson(method="wald")` does not clip at 0; njov
    does. Negative statsmodels limits are marked `differs`.
  * scipy `binomtest(...).proportion_ci(method="exact")` solves with brentq
    (xtol about 2e-12), so it is a weak oracle: compare at 1e-11 absolute.
  * statsmodels `beta` uses scipy.stats.beta.ppf (Boost ibeta_inv), a
    double-precision oracle: relative 1e-11 is expected, not 1e-13; the
    1e-13 check is against mpmath in interval_reference.csv.

Usage: /work/venv/bin/python scripts/interval_crosscheck.py
"""
import csv
import os
import warnings

import numpy as np
import scipy
import statsmodels
from scipy import stats
from statsmodels.stats.proportion import proportion_confint
from statsmodels.stats.rates import confint_poisson

warnings.simplefilter("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "data", "interval_crosscheck.csv")

NS = [1, 2, 5, 10, 30, 129, 612, 1000, 10**4, 10**5, 10**6]
LEVELS = [0.80, 0.90, 0.95, 0.99]
SM_METHODS = {"normal": "wald", "agresti_coull": "agresti-coull", "beta": "clopper-pearson",
              "wilson": "wilson", "jeffreys": "jeffreys"}


def f17(x):
    return "%.17g" % float(x)


def main():
    rows = []
    for n in NS:
        xs = sorted({x for x in [0, 1, 2, n // 2, n - 1, n] if 0 <= x <= n})
        for x in xs:
            for level in LEVELS:
                alpha = 1 - level
                for sm, ours in SM_METHODS.items():
                    lo, hi = proportion_confint(x, n, alpha=alpha, method=sm)
                    conv_lo = conv_hi = "same"
                    if sm == "jeffreys" and x == 0:
                        conv_lo = "differs"
                    if sm == "jeffreys" and x == n:
                        conv_hi = "differs"
                    # statsmodels' closed form leaves a rounding residue
                    # (~1e-18) where the exact Wilson lower limit is 0
                    if sm == "wilson" and x == 0:
                        conv_lo = "differs"
                    rows.append(["statsmodels-" + statsmodels.__version__, "proportion_confint:" + sm,
                                 ours, x, n, "", level, f17(lo), f17(hi), conv_lo, conv_hi])
                if n <= 1000:
                    bt = stats.binomtest(x, n)
                    for sm, ours in [("exact", "clopper-pearson"), ("wilson", "wilson")]:
                        ci = bt.proportion_ci(confidence_level=level, method=sm)
                        rows.append(["scipy-" + scipy.__version__, "binomtest.proportion_ci:" + sm, ours,
                                     x, n, "", level, f17(ci.low), f17(ci.high), "same", "same"])
    for k in [0, 1, 2, 5, 10, 30, 129, 612, 1000, 10**4, 10**5, 10**6]:
        for level in LEVELS:
            alpha = 1 - level
            for sm, ours in [("exact-c", "exact"), ("score", "score"), ("wald", "wald")]:
                lo, hi = confint_poisson(k, 1, method=sm, alpha=alpha)
                lo, hi = float(np.squeeze(lo)), float(np.squeeze(hi))
                conv_lo = "differs" if lo < 0 else "same"
                rows.append(["statsmodels-" + statsmodels.__version__, "confint_poisson:" + sm, ours,
                             "", "", k, level, f17(lo), f17(hi), conv_lo, "same"])
    with open(OUT, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "function", "method", "successes", "trials", "count", "level",
                    "lower", "upper", "lower_convention", "upper_convention"])
        w.writerows(rows)
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
