"""The Python side of the interval workloads: statsmodels and scipy on the same
10^6 (successes, trials) arrays that njov times (DIR/intervals/*.u64).

Usage: python peer_intervals.py DIR [REPS]

Each workload is one vectorised call over the whole arrays (the arrays are in
memory before the clock starts; reading them is not timed), best of REPS
passes, by the wall clock and by the thread's CPU time (time.thread_time). The limits of the last pass are written to
DIR/intervals/<workload>_{lower,upper}.f64 for compare.py. Prints JSON.
"""

import json
import sys
import time

import numpy as np
import scipy
import statsmodels
from scipy import stats
from statsmodels.stats.proportion import proportion_confint

ALPHA = 0.05


def scipy_clopper_pearson(k, n):
    """Clopper-Pearson with scipy.stats.beta.ppf, vectorised, 0 at k = 0 and
    1 at k = n (where the Beta parameters are 0 and ppf returns NaN)."""
    lower = stats.beta.ppf(ALPHA / 2, k, n - k + 1)
    upper = stats.beta.ppf(1 - ALPHA / 2, k + 1, n - k)
    lower = np.where(k == 0, 0.0, lower)
    upper = np.where(k == n, 1.0, upper)
    return lower, upper


WORKLOADS = {
    # name: (njov method stem it is compared with, peer label, function)
    "sm_wald": (
        "wald",
        f"statsmodels {statsmodels.__version__} proportion_confint(method='normal')",
        lambda k, n: proportion_confint(k, n, alpha=ALPHA, method="normal"),
    ),
    "sm_wilson": (
        "wilson",
        f"statsmodels {statsmodels.__version__} proportion_confint(method='wilson')",
        lambda k, n: proportion_confint(k, n, alpha=ALPHA, method="wilson"),
    ),
    "scipy_cp": (
        "clopper_pearson",
        f"scipy {scipy.__version__} stats.beta.ppf",
        scipy_clopper_pearson,
    ),
    "sm_cp": (
        "clopper_pearson",
        f"statsmodels {statsmodels.__version__} proportion_confint(method='beta')",
        lambda k, n: proportion_confint(k, n, alpha=ALPHA, method="beta"),
    ),
    "scipy_kg": (
        "korn_graubard",
        f"scipy {scipy.__version__} stats.beta.ppf (Korn-Graubard on counts without df is Clopper-Pearson)",
        scipy_clopper_pearson,
    ),
    "sm_jeffreys": (
        "jeffreys",
        f"statsmodels {statsmodels.__version__} proportion_confint(method='jeffreys')",
        lambda k, n: proportion_confint(k, n, alpha=ALPHA, method="jeffreys"),
    ),
}


def main():
    d = sys.argv[1]
    reps = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    k = np.fromfile(f"{d}/intervals/successes.u64", dtype="<u8").astype(np.int64)
    n = np.fromfile(f"{d}/intervals/trials.u64", dtype="<u8").astype(np.int64)
    out = {}
    for name, (stem, label, fn) in WORKLOADS.items():
        times = []
        cpu = []
        for _ in range(max(reps, 1)):
            c0 = time.thread_time()
            t0 = time.perf_counter()
            lower, upper = fn(k, n)
            times.append(time.perf_counter() - t0)
            cpu.append(time.thread_time() - c0)
        np.asarray(lower, dtype="<f8").tofile(f"{d}/intervals/{name}_lower.f64")
        np.asarray(upper, dtype="<f8").tofile(f"{d}/intervals/{name}_upper.f64")
        print(f"{name}: best {min(times):.4f} s of {times}", file=sys.stderr)
        out[name] = {
            "njov": stem,
            "peer": label,
            "seconds": min(times),
            "all_seconds": times,
            "cpu_seconds": min(cpu),
            "all_cpu_seconds": cpu,
            "n": int(k.size),
        }
    print(json.dumps({"tool": "python", "numpy": np.__version__, "workloads": out}, indent=1))


if __name__ == "__main__":
    main()
