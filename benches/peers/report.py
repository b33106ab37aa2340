"""Checks that njov and its peers agree, and prints one markdown table.

Usage: python report.py RESULTS_DIR INPUTS_DIR ROWS...

Agreement (exit status 1, with the reason, if any check fails):
- intervals: every one of the 10^6 limits of each peer workload against njov's
  for the same method, |a - b| <= 1e-10 * max(|a|, |b|) + 1e-15 (the 1e-15
  absolute floor is for limits at 0, where a formula that subtracts, such as
  statsmodels' Wilson lower limit `center - dist`, leaves rounding residue);
  the named convention differences below are excluded, counted, and checked to
  be what they are said to be;
- microdata and the estimator workloads (a total on a JK1 replicate design,
  a linear calibration then a total): total and standard error of each peer
  against njov, relative difference <= 1e-9.

Each part of the table is printed when its results are there (run.sh's
PEERS_WORKLOADS chooses which run).
"""

import json
import re
import sys
from pathlib import Path

import numpy as np

REL_INTERVAL = 1e-10
ABS_FLOOR = 1e-15
REL_MICRO = 1e-9

failures = []


def fail(msg):
    failures.append(msg)


def load_f64(path):
    return np.fromfile(path, dtype="<f8")


def interval_agreement(res, data):
    njov = json.loads((res / "intervals_njov.json").read_text())
    py = json.loads((res / "intervals_python.json").read_text())
    idir = data / "intervals"
    k = np.fromfile(idir / "successes.u64", dtype="<u8")
    n = np.fromfile(idir / "trials.u64", dtype="<u8")
    rows = []
    notes = []
    for name, w in py["workloads"].items():
        stem = w["njov"]
        checked = {}
        for side in ("lower", "upper"):
            a = load_f64(idir / f"njov_{stem}_{side}.f64")
            b = load_f64(idir / f"{name}_{side}.f64")
            if a.shape != b.shape or a.shape != k.shape:
                fail(f"{name} {side}: {b.shape} limits against njov's {a.shape}")
                continue
            keep = np.ones(a.shape, dtype=bool)
            if stem == "jeffreys":
                # Convention: njov applies the Brown-Cai-DasGupta boundary rule
                # (lower 0 at x = 0, upper 1 at x = n, as SAS); statsmodels keeps
                # the pure Beta(x+1/2, n-x+1/2) quantiles there.
                edge = (k == 0) if side == "lower" else (k == n)
                want = 0.0 if side == "lower" else 1.0
                if not np.all(a[edge] == want):
                    fail(f"jeffreys {side}: njov is not {want} at every boundary count")
                if not np.all((b[edge] > 0) & (b[edge] < 1)):
                    fail(f"{name} {side}: statsmodels not strictly inside (0, 1) at the boundary")
                keep &= ~edge
                dist = b[edge] if side == "lower" else 1.0 - b[edge]
                notes.append(
                    f"{name} {side}: {int(edge.sum())} limits at x = {'0' if side == 'lower' else 'n'} "
                    f"excluded (njov {want:g} by the Brown-Cai-DasGupta rule; statsmodels the pure "
                    f"quantile, {'' if side == 'lower' else '1 - '}limit from {dist.min():.3g} to {dist.max():.3g})"
                )
            both_nan = np.isnan(a) & np.isnan(b)
            if np.any(np.isnan(a) | np.isnan(b)):
                fail(f"{name} {side}: NaN in {int(np.isnan(a).sum())} njov and {int(np.isnan(b).sum())} peer limits")
            keep &= ~both_nan
            diff = np.abs(a - b)[keep]
            scale = np.maximum(np.abs(a), np.abs(b))[keep]
            bad = diff > REL_INTERVAL * scale + ABS_FLOOR
            # the relative difference is reported for limits of at least 1e-12;
            # below, only the absolute floor is meaningful, and is reported apart
            big = scale >= 1e-12
            rel = (diff[big] / scale[big]).max() if big.any() else 0.0
            tiny = ~big & (diff > 0)
            if tiny.any():
                idx = np.flatnonzero(keep)[tiny]
                notes.append(
                    f"{name} {side}: {int(tiny.sum())} limits below 1e-12 differ, by at most "
                    f"{diff[tiny].max():.1e} (absolute), at counts x = {', '.join(map(str, sorted(set(k[idx].tolist()))[:5]))}"
                    f"{'...' if len(set(k[idx].tolist())) > 5 else ''}: rounding residue of a formula that subtracts"
                )
            checked[side] = (rel, int(bad.sum()), int(keep.sum()))
            if bad.any():
                i = np.flatnonzero(keep)[np.argmax(diff - REL_INTERVAL * scale)]
                fail(
                    f"{name} {side}: {int(bad.sum())} limits disagree beyond tolerance; worst at "
                    f"x={k[i]}, n={n[i]}: njov {float(a[i])!r}, peer {float(b[i])!r}"
                )
        rows.append((name, w["peer"], stem, checked))
    return njov, py, rows, notes


def gnu_time(path):
    text = path.read_text()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    parts = [float(p) for p in wall.split(":")]
    seconds = 0.0
    for p in parts:
        seconds = seconds * 60 + p
    user = float(re.search(r"User time \(seconds\): (\S+)", text).group(1))
    system = float(re.search(r"System time \(seconds\): (\S+)", text).group(1))
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    status = int(re.search(r"Exit status: (\d+)", text).group(1))
    return {"wall": seconds, "cpu": user + system, "rss_mb": rss_kb / 1024, "status": status}


def micro_results(res, rows, tool):
    return process_results(res, f"micro_{rows}_{tool}", f"{tool} at {rows} rows")


def process_results(res, stem, what):
    """The best of the whole-process runs STEM_<rep>.time/.json: least wall
    clock (its output kept), least CPU, largest resident set."""
    runs = []
    for t in sorted(res.glob(f"{stem}_*.time")):
        m = gnu_time(t)
        if m["status"] != 0:
            fail(f"{what} exited with status {m['status']} ({t.name})")
            continue
        out = t.with_suffix(".json").read_text()
        m["out"] = json.loads(out)
        runs.append(m)
    if not runs:
        fail(f"{what}: no successful run")
        return None
    best = min(runs, key=lambda r: r["wall"])
    best["cpu"] = min(r["cpu"] for r in runs)
    best["runs"] = len(runs)
    best["rss_mb"] = max(r["rss_mb"] for r in runs)
    return best


def rel(a, b):
    return abs(a - b) / max(abs(a), abs(b))


def fmt_s(s):
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def native_cells(native, stem, w):
    """The native build's CPU time into buffers and its ratio, as two table cells."""
    if native is None or stem not in native["methods"]:
        return "- | - | "
    t = native["methods"][stem]["buffers_cpu_seconds"]
    return f"{fmt_s(t)} | {w['cpu_seconds'] / t:.2f} | "


def native_agreement(data, methods):
    """The largest relative difference between the native and the portable
    build's limits (limits of at least 1e-12), over every method; a failure
    beyond the interval tolerance."""
    idir = data / "intervals"
    worst = 0.0
    for stem in methods:
        for side in ("lower", "upper"):
            a = load_f64(idir / f"njov_{stem}_{side}.f64")
            b_path = idir / f"native_njov_{stem}_{side}.f64"
            if not b_path.exists():
                fail(f"native {stem} {side}: no limits written")
                continue
            b = load_f64(b_path)
            diff = np.abs(a - b)
            scale = np.maximum(np.abs(a), np.abs(b))
            if np.any(diff > REL_INTERVAL * scale + ABS_FLOOR):
                fail(f"native {stem} {side}: limits differ from the portable build's beyond tolerance")
            big = scale >= 1e-12
            if big.any():
                worst = max(worst, float((diff[big] / scale[big]).max()))
    return worst


ESTIMATORS = [
    ("jk1", "total + SE, JK1 replicate design made from the design",
     "`survey --psu psu --weights w --replicates jk1 --stat total`"),
    ("calibrate", "linear calibration, then total + SE",
     "`survey --strata stratum --psu psu --nest --calibrate POP --calfun linear --stat total`"),
]


def estimator_rows(res, machine):
    """The estimator workloads' table: each tool's best whole-process run, its
    ratio to njov's, and the agreement of the total and its SE."""
    if not any(res.glob("est_*_njov_*.time")):
        return []
    rows = machine.get("est_rows", "?")
    lines = [
        f"Estimator workloads, on `micro_{rows}.csv` ({int(rows) // 500 if rows.isdigit() else '?'} PSUs of 500 rows "
        "in 50 strata) and its population totals `pop_{rows}.csv`: R's and svy's scripts do the same work "
        "(`peer_estimators.R`, `peer_svy.py`).".replace("{rows}", rows),
        "",
        "| workload | tool | wall | CPU (user+sys) | max RSS | ratio wall | ratio CPU | total, SE rel. diff to njov | stages (tool's own clock) |",
        "|---|---|---:|---:|---:|---:|---:|---|---|",
    ]
    for key, label, command in ESTIMATORS:
        nj = process_results(res, f"est_{key}_njov", f"njov {key}")
        if nj is None:
            continue
        lines.append(
            f"| {label} | njov {command} (release) | {fmt_s(nj['wall'])} | {fmt_s(nj['cpu'])} | "
            f"{nj['rss_mb']:.0f} MB | 1 | 1 | total {nj['out']['estimate']:.10g}, SE {nj['out']['se']:.10g} | "
            f"best of {nj['runs']} |"
        )
        for tool in ("r", "svy"):
            p = process_results(res, f"est_{key}_{tool}", f"{tool} {key}")
            if p is None:
                continue
            dt, ds = rel(p["out"]["total"], nj["out"]["estimate"]), rel(p["out"]["se"], nj["out"]["se"])
            if dt > REL_MICRO or ds > REL_MICRO:
                fail(f"{tool} {key}: total {p['out']['total']!r} / SE {p['out']['se']!r} against njov "
                     f"{nj['out']['estimate']!r} / {nj['out']['se']!r}")
            stages = ", ".join(f"{k} {fmt_s(v)}" for k, v in p["out"]["stages"].items())
            lines.append(
                f"| {label} | {p['out']['tool']} | {fmt_s(p['wall'])} | {fmt_s(p['cpu'])} | {p['rss_mb']:.0f} MB | "
                f"{p['wall'] / nj['wall']:.1f} | {p['cpu'] / nj['cpu']:.1f} | {dt:.1e}, {ds:.1e} | {stages}; best of {p['runs']} |"
            )
    return lines


def main():
    res, data = Path(sys.argv[1]), Path(sys.argv[2])
    sizes = [int(r) for r in sys.argv[3:]]
    machine = dict(
        line.split("=", 1) for line in (res / "machine.txt").read_text().splitlines() if "=" in line
    )
    has_intervals = (res / "intervals_njov.json").exists()
    njov, py, irows, notes = interval_agreement(res, data) if has_intervals else (None, None, [], [])

    out = []
    out.append(f"Measured {machine['date']} on {machine['cpu']}, {machine['cores']} cores "
               f"(everything pinned to CPU {machine['pinned_cpu']}, one thread), "
               f"kernel {machine['kernel']}, {machine['rustc']}, {machine['python']}, njov {machine['commit']}. "
               f"Load average before/after: {machine['load_before']} / {machine.get('load_after', '?')}.")
    out.append("")
    native_path = res / "intervals_njov_native.json"
    native = json.loads(native_path.read_text()) if native_path.exists() else None
    if irows:
        out.append("| workload | peer | peer wall | njov wall | ratio wall | peer CPU | njov CPU | ratio CPU | njov CPU, into buffers | ratio CPU, buffers | njov CPU, buffers, native build | ratio CPU, native | max rel. diff, limits >= 1e-12 (lower, upper) |")
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    n_int = None
    for name, label, stem, checked in irows:
        w = py["workloads"][name]
        nj = njov["methods"][stem]
        n_int = nj["n"]
        diffs = ", ".join(f"{checked[s][0]:.1e}" for s in ("lower", "upper") if s in checked)
        out.append(
            f"| 10^6 intervals, {stem.replace('_', '-')} | {label} | "
            f"{fmt_s(w['seconds'])} | {fmt_s(nj['seconds'])} | {w['seconds'] / nj['seconds']:.2f} | "
            f"{fmt_s(w['cpu_seconds'])} | {fmt_s(nj['cpu_seconds'])} | {w['cpu_seconds'] / nj['cpu_seconds']:.2f} | "
            f"{fmt_s(nj['buffers_cpu_seconds'])} | {w['cpu_seconds'] / nj['buffers_cpu_seconds']:.2f} | "
            f"{native_cells(native, stem, w)}"
            f"{diffs} |"
        )
    out.append("")
    if sizes:
        out.append("| workload | tool | wall | CPU (user+sys) | max RSS | ratio wall | ratio CPU | total, SE rel. diff to njov | stages (tool's own clock) |")
        out.append("|---|---|---:|---:|---:|---:|---:|---|---|")
    for rows in sizes:
        nj = micro_results(res, rows, "njov")
        peers = {t: micro_results(res, rows, t) for t in ("r", "samplics")}
        label = f"total + SE from CSV, 10^{len(str(rows)) - 1} rows"
        if nj is not None:
            out.append(
                f"| {label} | njov `survey` (release) | {fmt_s(nj['wall'])} | {fmt_s(nj['cpu'])} | "
                f"{nj['rss_mb']:.0f} MB | 1 | 1 | total {nj['out']['estimate']:.10g}, SE {nj['out']['se']:.10g} | best of {nj['runs']} |"
            )
        for tool, p in peers.items():
            if p is None or nj is None:
                continue
            dt, ds = rel(p["out"]["total"], nj["out"]["estimate"]), rel(p["out"]["se"], nj["out"]["se"])
            if dt > REL_MICRO or ds > REL_MICRO:
                fail(f"{tool} at {rows} rows: total {p['out']['total']!r} / SE {p['out']['se']!r} against njov "
                     f"{nj['out']['estimate']!r} / {nj['out']['se']!r}")
            stages = ", ".join(f"{k} {fmt_s(v)}" for k, v in p["out"]["stages"].items())
            out.append(
                f"| {label} | {p['out']['tool']} | {fmt_s(p['wall'])} | {fmt_s(p['cpu'])} | {p['rss_mb']:.0f} MB | "
                f"{p['wall'] / nj['wall']:.1f} | {p['cpu'] / nj['cpu']:.1f} | {dt:.1e}, {ds:.1e} | {stages}; best of {p['runs']} |"
            )
    out.append("")
    est = estimator_rows(res, machine)
    if est:
        out.extend(est)
        out.append("")
    rep = res / "reproduce.json"
    if rep.exists():
        r = json.loads(rep.read_text())["results"][0]
        out.append(f"`njov reproduce` (the whole wave-1 report from the embedded data, whole process, "
                   f"hyperfine, {len(r['times'])} runs): mean {fmt_s(r['mean'])} +/- {fmt_s(r['stddev'])}, "
                   f"min {fmt_s(r['min'])}; CPU user {fmt_s(r['user'])}, system {fmt_s(r['system'])}.")
        out.append("")
    if irows:
        out.append("Interval rows: njov is the batch API over slices of the same u64 counts, "
               "`ProportionInterval::counts_columns` (two new vectors, allocated in the timed region as the peers' "
               "arrays are) and `counts_into_columns` into two buffers allocated once (the buffers columns); best of "
               "the passes, wall clock and thread CPU time (CLOCK_THREAD_CPUTIME_ID on both sides) measured "
               "separately.")
    if sizes:
        out.append("Microdata rows: whole processes under GNU time; njov is "
                   "`njov survey ... --nest --stat total --format json` (release build). Ratios are peer / njov.")
    out.append("")
    if native is not None:
        worst = native_agreement(data, njov["methods"])
        out.append("Native build: njov-peers built with `RUSTFLAGS=\"-C target-cpu=native\"` (this machine's AVX2 "
                   "and FMA; the portable build targets baseline x86-64, SSE2), into buffers, best of the passes. "
                   f"Its limits against the portable build's: max relative difference {worst:.1e}.")
        out.append("")
    if notes or sizes:
        out.append("Conventions named, not hidden:")
    for note in notes:
        out.append(f"- {note}")
    if sizes:
        out.append("- samplics takes the fpc as the factor 1 - n_h/N_h per stratum; its script derives it "
                   "from the file's N_h column inside the timed process (R and njov take N_h).")
    out.append("")
    if failures:
        out.append("**AGREEMENT FAILED:**")
        for f in failures:
            out.append(f"- {f}")
    else:
        parts = []
        if n_int is not None:
            parts.append(f"all {n_int} limits of every interval workload within {REL_INTERVAL:g} relative "
                         f"(+{ABS_FLOOR:g} absolute) outside the named conventions")
        parts.append(f"totals and SEs within {REL_MICRO:g}")
        out.append("Agreement: " + "; ".join(parts) + ".")
    print("\n".join(out))
    if failures:
        print("\npeers: AGREEMENT FAILED (see above)", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
