"""svy (PyPI): the two estimator workloads of the harness, whole process from
the CSV file, each stage timed; the same work as peer_estimators.R.

Usage:
  python peer_svy.py jk1 FILE.csv
      Design(psu="psu", wgt="w"), weighting.create_jk_wgts() (delete-one-PSU
      jackknife, one replicate per PSU), estimation.total("y",
      method="replication")
  python peer_svy.py calibrate FILE.csv POP.csv
      Design(stratum="stratum", psu="psu", wgt="w"), weighting.calibrate to
      {Cat("stratum"): counts, "z": total} (GREG, linear), then
      estimation.total("y") (Taylor)
Prints JSON (total, se, stage times).
"""

import time

T0 = time.perf_counter()

import csv  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import warnings  # noqa: E402

warnings.filterwarnings("ignore")

import polars as pl  # noqa: E402
import svy  # noqa: E402

T_IMPORT = time.perf_counter()

workload, path = sys.argv[1], sys.argv[2]
df = pl.read_csv(path)
T_READ = time.perf_counter()

if workload == "jk1":
    sample = svy.Sample(df, svy.Design(psu="psu", wgt="w"))
    T_DESIGN = time.perf_counter()
    sample = sample.weighting.create_jk_wgts()
    prep = "create_jk_wgts"
    T_PREP = time.perf_counter()
    est = sample.estimation.total("y", method="replication")
elif workload == "calibrate":
    with open(sys.argv[3], newline="") as f:
        pop = list(csv.DictReader(f))
    strata = {int(r["level"]): float(r["total"]) for r in pop if r["variable"] == "stratum"}
    z_total = next(float(r["total"]) for r in pop if r["variable"] == "z")
    sample = svy.Sample(df, svy.Design(stratum="stratum", psu="psu", wgt="w"))
    T_DESIGN = time.perf_counter()
    sample = sample.weighting.calibrate(controls={svy.Cat("stratum"): strata, "z": z_total})
    prep = "calibrate"
    T_PREP = time.perf_counter()
    est = sample.estimation.total("y")
else:
    sys.exit("workload: jk1 or calibrate")
row = est.to_polars().row(0, named=True)
T_EST = time.perf_counter()

print(
    json.dumps(
        {
            "tool": f"svy {svy.__version__} (polars {pl.__version__} read_csv)",
            "total": float(row["est"]),
            "se": float(row["se"]),
            "stages": {
                "import": T_IMPORT - T0,
                "read_csv": T_READ - T_IMPORT,
                "design": T_DESIGN - T_READ,
                prep: T_PREP - T_DESIGN,
                "total": T_EST - T_PREP,
            },
        }
    )
)
