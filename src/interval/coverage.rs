//! Exact coverage probability and expected width of a proportion interval
//! under binomial sampling (Brown, Cai and DasGupta 2001).

use crate::error::{Error, Result};
use crate::interval::limits::{Prepared, limits};
use crate::interval::method::ProportionMethod;
use crate::interval::spec::IntervalSpec;
use crate::interval::special::binomial_pmf;

/// The exact coverage probability and expected width at one `p`.
///
/// ```text
/// C(p) = sum_{x=0}^{n} P(X = x) 1[L(x) <= p <= U(x)],   X ~ Binomial(n, p)
/// W(p) = sum_{x=0}^{n} P(X = x) (U(x) - L(x))
/// ```
///
/// ```
/// use njov::{ProportionMethod, interval::exact_coverage};
/// let c = exact_coverage(ProportionMethod::ClopperPearson, 129, 0.95, 0.1).unwrap();
/// assert!(c.probability >= 0.95); // Clopper-Pearson is conservative
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Coverage {
    /// The true proportion.
    pub p: f64,
    /// The probability that the interval contains `p`.
    pub probability: f64,
    /// The expected width of the interval.
    pub expected_width: f64,
}

/// Coverage over a uniform grid of `p`: the average, the minimum and where
/// it occurs, and the average expected width.
///
/// ```text
/// grid p_i = i / (m + 1), i = 1..m
/// mean = (1/m) sum C(p_i),  min = min_i C(p_i),  mean_width = (1/m) sum W(p_i)
/// ```
///
/// ```
/// use njov::{ProportionMethod, interval::coverage_summary};
/// let s = coverage_summary(ProportionMethod::Wald, 129, 0.95, 99).unwrap();
/// assert!(s.min < 0.9); // Wald collapses near 0 and 1
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CoverageSummary {
    /// The average coverage over the grid.
    pub mean: f64,
    /// The smallest coverage over the grid.
    pub min: f64,
    /// The `p` at which the smallest coverage occurs.
    pub argmin: f64,
    /// The share of grid points with coverage below `level - 0.01`.
    pub share_below: f64,
    /// The average expected width.
    pub mean_width: f64,
}

/// The two-sided intervals for `x = 0..=n` successes out of `n` at `level`
/// (normal quantile, no degrees of freedom).
fn all_limits(method: ProportionMethod, n: u64, level: f64) -> Result<Vec<(f64, f64)>> {
    let spec = IntervalSpec::new(level)?;
    if n == 0 {
        return Err(Error::invalid_argument("n", 0, "at least 1 trial"));
    }
    if n > 1_000_000 {
        return Err(Error::invalid_argument(
            "n",
            n,
            "at most 1e6 trials (the sum has n + 1 terms per p)",
        ));
    }
    Ok((0..=n)
        .map(|x| {
            let (l, u, _, _) = limits(method, &Prepared::counts(x, n), &spec);
            (l, u)
        })
        .collect())
}

fn coverage_with(lims: &[(f64, f64)], n: u64, p: f64) -> Coverage {
    let mut prob = 0.0;
    let mut width = 0.0;
    for (x, &(l, u)) in lims.iter().enumerate() {
        let w = binomial_pmf(x as u64, n, p);
        if w == 0.0 {
            continue;
        }
        if l <= p && p <= u {
            prob += w;
        }
        width += w * (u - l);
    }
    Coverage {
        p,
        probability: prob,
        expected_width: width,
    }
}

fn check_p(p: f64) -> Result<()> {
    if (0.0..=1.0).contains(&p) {
        Ok(())
    } else {
        Err(Error::invalid_argument("p", p, "a proportion in [0, 1]"))
    }
}

/// The exact coverage probability and expected width of the two-sided
/// `method` interval (counts input, normal quantile) for `n` trials at `p`.
///
/// ```text
/// C(p) = sum_x C(n, x) p^x (1-p)^(n-x) 1[L(x) <= p <= U(x)]
/// W(p) = sum_x C(n, x) p^x (1-p)^(n-x) (U(x) - L(x))
/// ```
///
/// Binomial probabilities use Loader's saddle-point form (full precision for
/// any `n`).
///
/// # Errors
/// `n = 0` or `n > 1e6`, `level` outside (0, 1), `p` outside [0, 1].
///
/// ```
/// use njov::{ProportionMethod, interval::exact_coverage};
/// let c = exact_coverage(ProportionMethod::Wilson, 612, 0.95, 0.5).unwrap();
/// assert!((c.probability - 0.95).abs() < 0.01);
/// ```
pub fn exact_coverage(method: ProportionMethod, n: u64, level: f64, p: f64) -> Result<Coverage> {
    check_p(p)?;
    let lims = all_limits(method, n, level)?;
    Ok(coverage_with(&lims, n, p))
}

/// [`exact_coverage`] over a grid of `p`, computing the `n + 1` intervals
/// once.
///
/// ```text
/// [C(p_1), ..., C(p_m)],  [W(p_1), ..., W(p_m)]
/// ```
///
/// # Errors
/// As [`exact_coverage`], for any `p` in the grid.
///
/// ```
/// use njov::{ProportionMethod, interval::exact_coverage_grid};
/// let g = exact_coverage_grid(ProportionMethod::Jeffreys, 30, 0.95, &[0.1, 0.5]).unwrap();
/// assert_eq!(g.len(), 2);
/// ```
pub fn exact_coverage_grid(
    method: ProportionMethod,
    n: u64,
    level: f64,
    ps: &[f64],
) -> Result<Vec<Coverage>> {
    for &p in ps {
        check_p(p)?;
    }
    let lims = all_limits(method, n, level)?;
    Ok(ps.iter().map(|&p| coverage_with(&lims, n, p)).collect())
}

/// Coverage summary over the uniform grid `p_i = i / (points + 1)`.
///
/// ```text
/// mean = (1/m) sum_i C(p_i),  min = min_i C(p_i),  share_below = #{C(p_i) < level - 0.01} / m
/// ```
///
/// # Errors
/// As [`exact_coverage`], or `points = 0`.
///
/// ```
/// use njov::{ProportionMethod, interval::coverage_summary};
/// let s = coverage_summary(ProportionMethod::Wilson, 129, 0.95, 199).unwrap();
/// assert!((s.mean - 0.95).abs() < 0.01);
/// ```
pub fn coverage_summary(
    method: ProportionMethod,
    n: u64,
    level: f64,
    points: usize,
) -> Result<CoverageSummary> {
    if points == 0 {
        return Err(Error::invalid_argument(
            "points",
            0,
            "at least 1 grid point",
        ));
    }
    let lims = all_limits(method, n, level)?;
    let m = points as f64;
    let mut sum = 0.0;
    let mut sum_w = 0.0;
    let mut min = f64::INFINITY;
    let mut argmin = 0.0;
    let mut below = 0usize;
    for i in 1..=points {
        let p = i as f64 / (m + 1.0);
        let c = coverage_with(&lims, n, p);
        sum += c.probability;
        sum_w += c.expected_width;
        if c.probability < min {
            min = c.probability;
            argmin = p;
        }
        if c.probability < level - 0.01 {
            below += 1;
        }
    }
    Ok(CoverageSummary {
        mean: sum / m,
        min,
        argmin,
        share_below: below as f64 / m,
        mean_width: sum_w / m,
    })
}
