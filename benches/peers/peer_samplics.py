"""samplics: a stratified cluster total of y with its standard error, whole
process from the CSV file (polars.read_csv, then TaylorEstimator).

Usage: python peer_samplics.py FILE.csv     prints JSON (total, se, stage times)

Convention: samplics takes the finite population correction as the factor
1 - n_h/N_h per stratum (its `fpc` multiplies the between-PSU variance), whereas
R survey and njov take the population size N_h (the file's `fpc` column). So the
factor is computed here, per stratum, from the file (n_h = distinct PSUs in the
stratum), inside the timed process.
"""

import time

T0 = time.perf_counter()

import json  # noqa: E402
import sys  # noqa: E402
import warnings  # noqa: E402

warnings.filterwarnings("ignore", category=FutureWarning)  # "samplics is archived"

import numpy as np  # noqa: E402
import polars as pl  # noqa: E402
import samplics  # noqa: E402
from samplics.estimation import TaylorEstimator  # noqa: E402
from samplics.utils.types import PopParam  # noqa: E402

T_IMPORT = time.perf_counter()

df = pl.read_csv(sys.argv[1])
T_READ = time.perf_counter()

per_stratum = (
    df.group_by("stratum")
    .agg(pl.col("psu").n_unique().alias("n_h"), pl.col("fpc").first().alias("N_h"))
    .sort("stratum")
)
fpc = {
    s: 1.0 - n_h / big_n
    for s, n_h, big_n in zip(
        per_stratum["stratum"].to_list(), per_stratum["n_h"].to_list(), per_stratum["N_h"].to_list()
    )
}
est = TaylorEstimator(PopParam.total)
est.estimate(
    y=df["y"].to_numpy(),
    samp_weight=df["w"].to_numpy(),
    stratum=df["stratum"].to_numpy(),
    psu=df["psu"].to_numpy(),
    fpc=fpc,
)
T_EST = time.perf_counter()

total = est.point_est
se = est.stderror
total = float(np.asarray(total).ravel()[0]) if not isinstance(total, dict) else float(next(iter(total.values())))
se = float(np.asarray(se).ravel()[0]) if not isinstance(se, dict) else float(next(iter(se.values())))
print(
    json.dumps(
        {
            "tool": f"samplics {samplics.__version__} (polars {pl.__version__} read_csv)",
            "total": total,
            "se": se,
            "stages": {
                "import": T_IMPORT - T0,
                "read_csv": T_READ - T_IMPORT,
                "estimate": T_EST - T_READ,
            },
        }
    )
)
