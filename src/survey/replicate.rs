//! Replicate-weight designs, as R `survey`'s `svrepdesign` (replicate
//! weights given as columns) and `as.svrepdesign` (replicate weights made
//! from a stratified cluster design: JK1, JKn, BRR and Fay's BRR).
//!
//! An estimator `theta` is computed with the full-sample weights and again
//! with each replicate's analysis weights (`theta_r`); its variance is
//! `scale * sum_r rscales_r (theta_r - c)^2` with `c` the mean of the
//! `theta_r` whose `rscales_r > 0` (or, with `mse`, `theta` itself), R's
//! `svrVar`. The degrees of freedom are R's: the rank of the matrix of
//! analysis weights (rows used) minus 1, the rank found as R's `qr(., tol =
//! 1e-5)` finds it (a column counts when its residual after the earlier
//! columns keeps more than `1e-5` of its norm).
//!
//! | type | replicate factor of a row | `scale` | `rscales` |
//! |---|---|---|---|
//! | JK1 (unstratified) | 0 in the dropped PSU, `n/(n-1)` elsewhere | `(1-f)(n-1)/n` | 1 |
//! | JKn (stratified) | 0 in the dropped PSU, `n_h/(n_h-1)` in its stratum, 1 elsewhere | 1 | `(1-f_h)(n_h-1)/n_h` |
//! | BRR | 2 in the half-sample, 0 in the other | `1/R` | 1 |
//! | Fay (`rho`) | `2 - rho` and `rho` | `1/(R (1-rho)^2)` | 1 |
//!
//! BRR and Fay need two PSUs in every stratum; the half-samples come from the
//! rows `2..=H+1` of R's Hadamard matrix of order above `H` (the number of
//! strata, sorted by code point as everywhere in this crate: R's order under
//! `LC_COLLATE=C`; in another locale R may give labels that mix cases or
//! carry accents other rows), whose columns are the replicates: the first PSU
//! of the `k`-th stratum (PSUs in order of first appearance) is in the
//! half-sample of replicate `r` where row `k + 1`, column `r` is 1. The
//! matrix is R's `hadamard(H)` itself, for every `H` ([`hadamard`](super::hadamard):
//! R's stored matrices, Paley's construction and their doublings, as R
//! chooses among them), so the replicates are R's replicates.
//!
//! Given columns ([`ReplicateDesign::from_columns`]) follow `svrepdesign`'s
//! defaults: the `scale` of BRR, Fay and bootstrap (`b/(R-1)` with `b = 1`)
//! is fixed by the type, JK1 takes `(R-1)/R` when no scale is given, JKn
//! needs its `rscales`, and `other` takes 1 and 1. Weights are combined
//! (the columns are analysis weights) or, as `combined.weights = FALSE`,
//! factors multiplied by the full-sample weights.
//!
//! Conventions: packages differ on where replicate variances are centred
//! (the replicates' mean or the full-sample estimate) and on the degrees of
//! freedom (replicates minus 1, PSUs minus strata, or R's rank). This crate
//! follows R's defaults (`mse = false`, R's rank-based `degf`) because R is
//! its reference, and offers `mse`. Python's `svy` says it departs from R
//! only towards Stata's conventions; it was not installed here, so which of
//! these it changes is not asserted.

use crate::error::{Error, Result};
use crate::interval::special::students_t_quantile;

use super::by::{ByLevel, by_levels};
use super::calibrate::{CalibrationOptions, CalibrationTerm, g_factors, model};
use super::chisq::{ChisqTest, rao_scott, table_cells};
use super::design::{LonelyPsu, SurveyDesign, design_error};
use super::estimate::{Estimate, Statistic, check_values};
use super::hadamard::hadamard;
use super::quantile::{QuantileEstimate, Sorted, check_probability};

/// The kind of replicate weights, as R's `type`.
///
/// ```
/// use njov::survey::ReplicateType;
/// assert_eq!("jk1".parse::<ReplicateType>().unwrap(), ReplicateType::Jk1);
/// assert_eq!("fay=0.5".parse::<ReplicateType>().unwrap(), ReplicateType::Fay(0.5));
/// assert_eq!(ReplicateType::Fay(0.5).to_string(), "fay=0.5");
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ReplicateType {
    /// Delete-one jackknife, unstratified.
    Jk1,
    /// Delete-one jackknife within strata.
    Jkn,
    /// Balanced repeated replication (half-samples, Hadamard).
    Brr,
    /// Fay's BRR with its `rho` in [0, 1).
    Fay(f64),
    /// Bootstrap (given columns only: `scale = 1/(R-1)`).
    Bootstrap,
    /// Another kind: `scale` and `rscales` as given (1 if not).
    Other,
}

/// The word the command line reads (`jk1`, `jkn`, `brr`, `fay=RHO`,
/// `bootstrap`, `other`).
impl std::fmt::Display for ReplicateType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReplicateType::Jk1 => f.write_str("jk1"),
            ReplicateType::Jkn => f.write_str("jkn"),
            ReplicateType::Brr => f.write_str("brr"),
            ReplicateType::Fay(rho) => write!(f, "fay={rho}"),
            ReplicateType::Bootstrap => f.write_str("bootstrap"),
            ReplicateType::Other => f.write_str("other"),
        }
    }
}

impl std::str::FromStr for ReplicateType {
    type Err = Error;

    /// Reads `jk1`, `jkn`, `brr`, `fay=RHO`, `bootstrap` or `other`.
    fn from_str(s: &str) -> Result<ReplicateType> {
        let t = s.trim().to_ascii_lowercase();
        let bad = || {
            Error::invalid_argument(
                "replicate type",
                s,
                "one of jk1, jkn, brr, fay=RHO (RHO in [0, 1)), bootstrap, other",
            )
        };
        Ok(match t.as_str() {
            "jk1" => ReplicateType::Jk1,
            "jkn" => ReplicateType::Jkn,
            "brr" => ReplicateType::Brr,
            "bootstrap" => ReplicateType::Bootstrap,
            "other" => ReplicateType::Other,
            _ => match t.strip_prefix("fay=") {
                Some(rho) => {
                    let rho: f64 = rho.trim().parse().map_err(|_| bad())?;
                    if !(0.0..1.0).contains(&rho) {
                        return Err(bad());
                    }
                    ReplicateType::Fay(rho)
                }
                None => return Err(bad()),
            },
        })
    }
}

/// How given replicate columns are read ([`ReplicateDesign::from_columns`]),
/// R's `svrepdesign` arguments.
///
/// ```
/// use njov::survey::ReplicateOptions;
/// let o = ReplicateOptions::default();
/// assert!(o.combined_weights && !o.mse && o.scale.is_none());
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ReplicateOptions {
    /// The overall multiplier (`scale`); `None` for the type's default.
    pub scale: Option<f64>,
    /// One multiplier per replicate (`rscales`); `None` for 1 each.
    pub rscales: Option<Vec<f64>>,
    /// The columns are analysis weights (`combined.weights = TRUE`, R's
    /// default) rather than factors of the full-sample weights.
    pub combined_weights: bool,
    /// Centre the variance at the full-sample estimate (`mse = TRUE`).
    pub mse: bool,
}

impl Default for ReplicateOptions {
    fn default() -> Self {
        ReplicateOptions {
            scale: None,
            rscales: None,
            combined_weights: true,
            mse: false,
        }
    }
}

/// A design with replicate weights (see the module documentation).
///
/// ```
/// use njov::survey::{ReplicateType, SurveyDesign};
/// let design = SurveyDesign::builder(4).psu([1, 2, 3, 4]).weights(vec![2.0; 4]).build()?;
/// let jk1 = design.replicate(ReplicateType::Jk1, false)?;
/// let total = jk1.total(&[1.0, 2.0, 3.0, 4.0])?;
/// // for a total, JK1 equals the linearisation variance
/// let lin = design.total(&[1.0, 2.0, 3.0, 4.0])?;
/// assert!((total.se - lin.se).abs() < 1e-12);
/// # Ok::<(), njov::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct ReplicateDesign {
    weights: Vec<f64>,
    /// the replicates' analysis weights
    replicates: Replicates,
    kind: ReplicateType,
    scale: f64,
    rscales: Vec<f64>,
    mse: bool,
    /// the degrees of freedom of the whole design, found once
    df: std::sync::OnceLock<f64>,
}

/// The replicates' analysis weights: one vector per replicate, or (for
/// replicates made from a design, as R's compressed weights) one factor per
/// PSU and replicate, the row's weight being its full-sample weight times
/// its PSU's factor, so that a design with many PSUs does not hold `n`
/// weights per replicate.
#[derive(Debug, Clone)]
enum Replicates {
    Dense(Vec<Vec<f64>>),
    ByPsu {
        factors: Vec<Vec<f64>>,
        row_psu: Vec<u32>,
    },
}

impl Replicates {
    fn len(&self) -> usize {
        match self {
            Replicates::Dense(v) => v.len(),
            Replicates::ByPsu { factors, .. } => factors.len(),
        }
    }

    /// The analysis weights of replicate `r`.
    fn analysis<'a>(&'a self, r: usize, weights: &[f64]) -> std::borrow::Cow<'a, [f64]> {
        match self {
            Replicates::Dense(v) => std::borrow::Cow::Borrowed(&v[r]),
            Replicates::ByPsu { factors, row_psu } => std::borrow::Cow::Owned(
                weights
                    .iter()
                    .zip(row_psu)
                    .map(|(w, &c)| w * factors[r][c as usize])
                    .collect(),
            ),
        }
    }

    /// Every replicate's analysis weights, one at a time.
    fn each<'a>(
        &'a self,
        weights: &'a [f64],
    ) -> impl Iterator<Item = std::borrow::Cow<'a, [f64]>> + 'a {
        (0..self.len()).map(move |r| self.analysis(r, weights))
    }
}

/// R's `qr(x, tol = 1e-5)$rank` of the columns `cols` restricted to the rows
/// in `mask`: in column order, a column counts when its residual after the
/// columns counted before keeps more than `1e-5` of its norm (LINPACK
/// `dqrdc2`'s limited pivoting). Computed from the Gram matrix by a Cholesky
/// factorisation that skips the dependent columns: the squared residual
/// norms carry an absolute error near `1e-16` of the squared norms, far
/// below the `1e-10` of the test.
///
/// Rows whose replicate factors (analysis weights over the full-sample
/// weight `w`) agree to `1e-12` are one row of weight `sum w^2` in the Gram
/// matrix, which is then the same matrix: the rows of a PSU (of a design
/// made here, or of most public-use files) cost one row.
#[allow(clippy::needless_range_loop)] // the Gram matrix's triangles, by index
fn rank(replicates: &Replicates, weights: &[f64], mask: Option<&[bool]>) -> usize {
    let r = replicates.len();
    let used = |i: usize| mask.is_none_or(|m| m[i]);
    let n = weights.len();
    // distinct factor rows and their summed squared weights
    let mut rows: Vec<(Vec<f64>, f64)> = Vec::new();
    let cols = match replicates {
        Replicates::Dense(cols) => cols,
        Replicates::ByPsu { factors, row_psu } => {
            // a PSU's rows share their factors
            let n_psu = factors.first().map_or(0, Vec::len);
            let mut acc = vec![0.0f64; n_psu];
            for i in (0..n).filter(|&i| used(i)) {
                acc[row_psu[i] as usize] += weights[i] * weights[i];
            }
            for (c, &a) in acc.iter().enumerate() {
                let f: Vec<f64> = factors.iter().map(|f| f[c]).collect();
                if a > 0.0 && f.iter().any(|&x| x != 0.0) {
                    rows.push((f, a));
                }
            }
            return rank_of_rows(&rows, r);
        }
    };
    let mut index: std::collections::HashMap<Vec<i64>, usize> = std::collections::HashMap::new();
    for i in (0..n).filter(|&i| used(i)) {
        let w = weights[i];
        let (f, acc): (Vec<f64>, f64) = if w > 0.0 {
            (cols.iter().map(|c| c[i] / w).collect(), w * w)
        } else {
            (cols.iter().map(|c| c[i]).collect(), 1.0)
        };
        if f.iter().all(|&x| x == 0.0) {
            continue;
        }
        let key: Vec<i64> = f.iter().map(|x| (x * 1e12).round() as i64).collect();
        match index.get(&key) {
            Some(&g) => rows[g].1 += acc,
            None => {
                index.insert(key, rows.len());
                rows.push((f, acc));
            }
        }
    }
    rank_of_rows(&rows, r)
}

/// The rank from the distinct rows and their summed squared weights.
#[allow(clippy::needless_range_loop)] // the Gram matrix's triangles, by index
fn rank_of_rows(rows: &[(Vec<f64>, f64)], r: usize) -> usize {
    let mut gram = vec![vec![0.0f64; r]; r];
    for (f, acc) in rows {
        for a in 0..r {
            let fa = acc * f[a];
            if fa == 0.0 {
                continue;
            }
            for b in 0..=a {
                gram[a][b] += fa * f[b];
            }
        }
    }
    for a in 0..r {
        for b in 0..a {
            gram[b][a] = gram[a][b];
        }
    }
    // l[k] holds column k of the factor for each accepted column k
    let mut accepted: Vec<usize> = Vec::new();
    let mut l: Vec<Vec<f64>> = vec![vec![0.0; r]; r];
    for j in 0..r {
        let norm2 = gram[j][j];
        if norm2 <= 0.0 {
            continue;
        }
        let mut residual = norm2;
        for (pos, &k) in accepted.iter().enumerate() {
            let mut v = gram[k][j];
            for &m in &accepted[..pos] {
                v -= l[m][k] * l[m][j];
            }
            let lkj = v / l[k][k];
            l[k][j] = lkj;
            residual -= lkj * lkj;
        }
        if residual > 1e-10 * norm2 {
            l[j][j] = residual.sqrt();
            accepted.push(j);
        }
    }
    accepted.len()
}

impl SurveyDesign {
    /// Replicate weights made from this design, as R's `as.svrepdesign(design,
    /// type)`: JK1 (unstratified), JKn (stratified), BRR or Fay (two PSUs per
    /// stratum). The first-stage fpc enters JK1 and JKn as R's does (`1 - f`
    /// in `scale` or `rscales`); BRR and Fay drop it (R warns). A stratum with
    /// one PSU follows the design's [`LonelyPsu`] rule as R's `jknweights`
    /// does. `mse` is R's `mse` option.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for
    /// JK1 on a stratified design, JKn, BRR or Fay on an unstratified one,
    /// or `Bootstrap`/`Other` (made here only from given columns);
    /// [`ErrorKind::Design`](crate::ErrorKind::Design) for a stratum without
    /// two PSUs under BRR or a lonely PSU under `LonelyPsu::Fail`.
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let design = SurveyDesign::builder(4).strata([1, 1, 2, 2]).psu([1, 2, 3, 4]).build()?;
    /// let brr = design.replicate(ReplicateType::Brr, false)?;
    /// assert_eq!(brr.n_replicates(), 4);
    /// assert!(design.replicate(ReplicateType::Jk1, false).is_err());
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn replicate(&self, kind: ReplicateType, mse: bool) -> Result<ReplicateDesign> {
        let n_psu = self.n_psu();
        let stratified = self.has_strata;
        let wrong = |what: &str| {
            Err(Error::invalid_argument(
                "replicate type",
                kind,
                what.to_string(),
            ))
        };
        // PSU factors: one vector of per-PSU factors per replicate
        let mut factors: Vec<Vec<f64>> = Vec::new();
        let mut rscales: Vec<f64> = Vec::new();
        let mut scale = 1.0;
        let frac = |h: usize| -> f64 {
            match &self.stratum_popsize {
                Some(pop) => (pop[h] - self.stratum_n_psu[h] as f64) / pop[h],
                None => 1.0,
            }
        };
        match kind {
            ReplicateType::Jk1 => {
                if stratified {
                    return wrong("JKn (or BRR, Fay) for a stratified design: JK1 is unstratified");
                }
                let m = n_psu as f64;
                for c in 0..n_psu {
                    let mut f = vec![m / (m - 1.0); n_psu];
                    f[c] = 0.0;
                    factors.push(f);
                }
                rscales = vec![1.0; n_psu];
                scale = frac(0) * (m - 1.0) / m;
            }
            ReplicateType::Jkn => {
                if !stratified {
                    return wrong("JK1 for an unstratified design");
                }
                let n_strata = self.n_strata();
                // strata in order of first appearance, PSUs likewise
                for h in 0..n_strata {
                    let psus: Vec<usize> = (0..n_psu)
                        .filter(|&c| self.psu_stratum[c] as usize == h)
                        .collect();
                    let f_h = frac(h);
                    if f_h == 0.0 {
                        continue; // self-representing: no replicate (R drops them)
                    }
                    let nh = psus.len() as f64;
                    if psus.len() == 1 {
                        match self.lonely {
                            LonelyPsu::Fail => {
                                return Err(design_error(format!(
                                    "stratum '{}' has only one PSU: choose a lonely-PSU rule",
                                    self.stratum_names[h]
                                )));
                            }
                            LonelyPsu::Adjust => {
                                let k = n_strata as f64;
                                let f = (0..n_psu)
                                    .map(|c| {
                                        if self.psu_stratum[c] as usize == h {
                                            0.0
                                        } else {
                                            k / (k - 1.0)
                                        }
                                    })
                                    .collect();
                                factors.push(f);
                                rscales.push((k - 1.0) / k);
                            }
                            _ => {}
                        }
                        continue;
                    }
                    for &c in &psus {
                        let f = (0..n_psu)
                            .map(|d| {
                                if d == c {
                                    0.0
                                } else if self.psu_stratum[d] as usize == h {
                                    nh / (nh - 1.0)
                                } else {
                                    1.0
                                }
                            })
                            .collect();
                        factors.push(f);
                        rscales.push(f_h * (nh - 1.0) / nh);
                    }
                }
                if factors.is_empty() {
                    return Err(design_error(
                        "every stratum was sampled whole: there is no sampling variance",
                    ));
                }
                if factors.len() < n_psu && self.lonely == LonelyPsu::Average {
                    scale = n_psu as f64 / factors.len() as f64;
                }
            }
            ReplicateType::Brr | ReplicateType::Fay(_) => {
                if !stratified {
                    return wrong("JK1 for an unstratified design: BRR needs strata");
                }
                let rho = match kind {
                    ReplicateType::Fay(r) => r,
                    _ => 0.0,
                };
                // strata in sorted order of their labels (R's order of as.character)
                let mut order: Vec<usize> = (0..self.n_strata()).collect();
                order.sort_by(|&a, &b| self.stratum_names[a].cmp(&self.stratum_names[b]));
                let mut index_of = vec![0usize; self.n_strata()];
                for (k, &h) in order.iter().enumerate() {
                    index_of[h] = k + 1;
                }
                // within a stratum, PSUs in order of first appearance: the
                // first is in the half-sample where H[k][r] = 1
                let mut seen = vec![false; self.n_strata()];
                let is_first: Vec<bool> = self
                    .psu_stratum
                    .iter()
                    .map(|&h| !std::mem::replace(&mut seen[h as usize], true))
                    .collect();
                for h in 0..self.n_strata() {
                    if self.stratum_n_psu[h] != 2 {
                        return Err(design_error(format!(
                            "stratum '{}' has {} PSUs: BRR and Fay need exactly two per stratum",
                            self.stratum_names[h], self.stratum_n_psu[h]
                        )));
                    }
                }
                let h = hadamard(self.n_strata());
                let order_h = h.order();
                for r in 0..order_h {
                    let f = (0..n_psu)
                        .map(|c| {
                            let k = index_of[self.psu_stratum[c] as usize];
                            let plus = h.get(k, r) == 1;
                            if plus == is_first[c] { 2.0 - rho } else { rho }
                        })
                        .collect();
                    factors.push(f);
                }
                rscales = vec![1.0; order_h];
                scale = 1.0 / (order_h as f64 * (1.0 - rho) * (1.0 - rho));
            }
            ReplicateType::Bootstrap | ReplicateType::Other => {
                return wrong(
                    "jk1, jkn, brr or fay: bootstrap replicates come from SurveyDesign::bootstrap \
                     (with a seed), other replicate weights from columns",
                );
            }
        }
        Ok(ReplicateDesign {
            weights: self.weights.clone(),
            replicates: Replicates::ByPsu {
                factors,
                row_psu: self.row_psu.clone(),
            },
            kind,
            scale,
            rscales,
            mse,
            df: std::sync::OnceLock::new(),
        })
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): a fixed, documented sequence
/// for a given seed, so a bootstrap design is the same on every platform
/// and every version of this crate (a general-purpose generator crate does
/// not promise that across its versions).
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (Lemire's multiply-shift with rejection).
    fn below(&mut self, n: usize) -> usize {
        let n = n as u64;
        let threshold = n.wrapping_neg() % n;
        loop {
            let m = u128::from(self.next()) * u128::from(n);
            if (m as u64) >= threshold {
                return (m >> 64) as usize;
            }
        }
    }
}

impl SurveyDesign {
    /// Bootstrap replicate weights made from this design as R's
    /// `as.svrepdesign(design, type = "bootstrap", replicates)` makes them
    /// (Canty and Davison's bootstrap, R's `bootweights`): in every
    /// replicate and stratum, `n_h` PSUs drawn with replacement from the
    /// stratum's `n_h` (with a first-stage fpc: drawn without replacement
    /// from a pseudo-population of the `n_h` PSUs repeated to `N_h`), each
    /// PSU's factor the number of times it was drawn; `scale = m / ((m - 1)
    /// (R - 1))` with `m` the harmonic mean of the PSUs per stratum. The
    /// draws come from SplitMix64 seeded with `seed`, not R's generator:
    /// the same seed gives the same replicates here, and R's own replicates
    /// are read as columns ([`ReplicateDesign::from_columns`]).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for
    /// fewer than 2 replicates or a design whose strata all have one PSU.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(6).strata([1, 1, 1, 2, 2, 2]).build()?;
    /// let a = design.bootstrap(100, 7, false)?;
    /// let b = design.bootstrap(100, 7, false)?;
    /// assert_eq!(a.replicate_weights(3), b.replicate_weights(3));
    /// // each stratum's three PSUs are drawn three times in all
    /// assert_eq!(a.replicate_weights(0)[..3].iter().sum::<f64>(), 3.0);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn bootstrap(&self, replicates: usize, seed: u64, mse: bool) -> Result<ReplicateDesign> {
        if replicates < 2 {
            return Err(Error::invalid_argument(
                "replicates",
                replicates,
                "at least 2 bootstrap replicates",
            ));
        }
        let n_psu = self.n_psu();
        let n_strata = self.n_strata();
        let stratum_psus: Vec<Vec<usize>> = (0..n_strata)
            .map(|h| {
                (0..n_psu)
                    .filter(|&c| self.psu_stratum[c] as usize == h)
                    .collect()
            })
            .collect();
        let harmonic = n_strata as f64
            / stratum_psus
                .iter()
                .map(|p| 1.0 / p.len() as f64)
                .sum::<f64>();
        if harmonic <= 1.0 {
            return Err(Error::invalid_argument(
                "replicates",
                "bootstrap",
                "a design with two or more PSUs in its strata (the bootstrap's scale divides by \
                 the mean PSUs per stratum minus 1)",
            ));
        }
        let mut rng = SplitMix64(seed);
        let mut factors = vec![vec![0.0f64; n_psu]; replicates];
        for f in factors.iter_mut() {
            for (h, psus) in stratum_psus.iter().enumerate() {
                let m = psus.len();
                match &self.stratum_popsize {
                    None => {
                        for _ in 0..m {
                            f[psus[rng.below(m)]] += 1.0;
                        }
                    }
                    Some(pop) => {
                        // m draws without replacement from the PSUs
                        // repeated to the population size
                        let big = (pop[h].floor() as usize).max(m);
                        let mut pseudo: Vec<usize> = (0..big).map(|k| psus[k % m]).collect();
                        for k in 0..m {
                            let j = k + rng.below(big - k);
                            pseudo.swap(k, j);
                            f[pseudo[k]] += 1.0;
                        }
                    }
                }
            }
        }
        Ok(ReplicateDesign {
            weights: self.weights.clone(),
            replicates: Replicates::ByPsu {
                factors,
                row_psu: self.row_psu.clone(),
            },
            kind: ReplicateType::Bootstrap,
            scale: harmonic / ((harmonic - 1.0) * (replicates as f64 - 1.0)),
            rscales: vec![1.0; replicates],
            mse,
            df: std::sync::OnceLock::new(),
        })
    }
}

impl ReplicateDesign {
    /// A design from given replicate-weight columns, as R's
    /// `svrepdesign(weights = ~w, repweights = ..., type, scale, rscales,
    /// combined.weights, mse)` (defaults in the module documentation).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for
    /// no replicate, a column of the wrong length, a missing or negative
    /// weight, `rscales` of the wrong length, or JKn without `rscales`.
    ///
    /// ```
    /// use njov::survey::{ReplicateDesign, ReplicateOptions, ReplicateType};
    /// let w = vec![1.0, 1.0, 1.0];
    /// let reps = vec![vec![0.0, 1.5, 1.5], vec![1.5, 0.0, 1.5], vec![1.5, 1.5, 0.0]];
    /// let d = ReplicateDesign::from_columns(w, reps, ReplicateType::Jk1, ReplicateOptions::default())?;
    /// assert_eq!(d.scale(), 2.0 / 3.0);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn from_columns(
        weights: Vec<f64>,
        columns: Vec<Vec<f64>>,
        kind: ReplicateType,
        options: ReplicateOptions,
    ) -> Result<ReplicateDesign> {
        let n = weights.len();
        let r = columns.len();
        if r == 0 {
            return Err(Error::invalid_argument(
                "replicate weights",
                "no column",
                "at least one replicate-weight column",
            ));
        }
        for (k, c) in columns.iter().enumerate() {
            if c.len() != n {
                return Err(Error::invalid_argument(
                    "replicate weights",
                    format!("column {} has {} values", k + 1, c.len()),
                    format!("one value per row ({n})"),
                ));
            }
            if let Some(i) = c.iter().position(|x| !x.is_finite() || *x < 0.0) {
                return Err(Error::invalid_argument(
                    "replicate weights",
                    format!("{} in row {} of column {}", c[i], i + 1, k + 1),
                    "finite, non-negative replicate weights (R: no missing values)",
                ));
            }
        }
        if let Some(i) = weights.iter().position(|x| !x.is_finite() || *x < 0.0) {
            return Err(Error::invalid_argument(
                "weights",
                format!("{} in row {}", weights[i], i + 1),
                "finite, non-negative weights",
            ));
        }
        let rf = r as f64;
        let scale = match kind {
            ReplicateType::Brr => 1.0 / rf,
            ReplicateType::Fay(rho) => 1.0 / (rf * (1.0 - rho) * (1.0 - rho)),
            ReplicateType::Bootstrap => options.scale.unwrap_or(1.0 / (rf - 1.0)),
            ReplicateType::Jk1 => options.scale.unwrap_or(if options.combined_weights {
                (rf - 1.0) / rf
            } else {
                1.0 / columns[0].iter().fold(f64::MIN, |a, &b| a.max(b))
            }),
            ReplicateType::Jkn | ReplicateType::Other => options.scale.unwrap_or(1.0),
        };
        let rscales = match (&options.rscales, kind) {
            (Some(s), _) if s.len() == 1 => vec![s[0]; r],
            (Some(s), _) if s.len() == r => s.clone(),
            (Some(s), _) => {
                return Err(Error::invalid_argument(
                    "rscales",
                    format!("{} values", s.len()),
                    format!("one per replicate ({r}) or one for all"),
                ));
            }
            (None, ReplicateType::Jkn) if !options.combined_weights => columns
                .iter()
                .map(|c| 1.0 / c.iter().fold(f64::MIN, |a, &b| a.max(b)))
                .collect(),
            (None, ReplicateType::Jkn) => {
                return Err(Error::invalid_argument(
                    "rscales",
                    "none",
                    "rscales for combined JKn weights ((n_h - 1)/n_h of each replicate's stratum; \
                     --rep-rscales)",
                ));
            }
            (None, _) => vec![1.0; r],
        };
        let replicates = if options.combined_weights {
            columns
        } else {
            columns
                .into_iter()
                .map(|c| c.iter().zip(&weights).map(|(f, w)| f * w).collect())
                .collect()
        };
        Ok(ReplicateDesign {
            weights,
            replicates: Replicates::Dense(replicates),
            kind,
            scale,
            rscales,
            mse: options.mse,
            df: std::sync::OnceLock::new(),
        })
    }

    /// The number of rows.
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(3).build()?.replicate(ReplicateType::Jk1, false)?;
    /// assert_eq!(d.n_rows(), 3);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn n_rows(&self) -> usize {
        self.weights.len()
    }

    /// The number of replicates.
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(3).build()?.replicate(ReplicateType::Jk1, false)?;
    /// assert_eq!(d.n_replicates(), 3);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn n_replicates(&self) -> usize {
        self.replicates.len()
    }

    /// The full-sample weights.
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(2).weights(vec![3.0, 4.0]).build()?.replicate(ReplicateType::Jk1, false)?;
    /// assert_eq!(d.weights(), &[3.0, 4.0]);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn weights(&self) -> &[f64] {
        &self.weights
    }

    /// The analysis weights of replicate `r` (full-sample weights times the
    /// replicate's factors).
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(2).weights(vec![3.0, 4.0]).build()?.replicate(ReplicateType::Jk1, false)?;
    /// assert_eq!(&*d.replicate_weights(0), &[0.0, 8.0]);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn replicate_weights(&self, r: usize) -> std::borrow::Cow<'_, [f64]> {
        self.replicates.analysis(r, &self.weights)
    }

    /// The overall multiplier of the variance.
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(4).build()?.replicate(ReplicateType::Jk1, false)?;
    /// assert_eq!(d.scale(), 0.75);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn scale(&self) -> f64 {
        self.scale
    }

    /// One multiplier per replicate.
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(4).build()?.replicate(ReplicateType::Jk1, false)?;
    /// assert_eq!(d.rscales(), &[1.0; 4]);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn rscales(&self) -> &[f64] {
        &self.rscales
    }

    /// The kind of replicate weights.
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(4).build()?.replicate(ReplicateType::Jk1, false)?;
    /// assert_eq!(d.kind(), ReplicateType::Jk1);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn kind(&self) -> ReplicateType {
        self.kind
    }

    /// R's `degf`: the rank of the analysis weights minus 1.
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(5).build()?.replicate(ReplicateType::Jk1, false)?;
    /// assert_eq!(d.degrees_of_freedom(), 4.0);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn degrees_of_freedom(&self) -> f64 {
        self.df_in(None)
    }

    fn df_in(&self, mask: Option<&[bool]>) -> f64 {
        match mask {
            Some(m) if !m.iter().all(|&x| x) => {
                rank(&self.replicates, &self.weights, mask) as f64 - 1.0
            }
            _ => *self
                .df
                .get_or_init(|| rank(&self.replicates, &self.weights, None) as f64 - 1.0),
        }
    }

    /// R's `svrVar` of the replicate estimates.
    fn variance(&self, theta: f64, reps: &[f64]) -> f64 {
        let centre = if self.mse {
            theta
        } else {
            let (s, k) = reps
                .iter()
                .zip(&self.rscales)
                .filter(|(_, s)| **s > 0.0)
                .fold((0.0, 0usize), |(a, k), (t, _)| (a + t, k + 1));
            s / k as f64
        };
        self.scale
            * reps
                .iter()
                .zip(&self.rscales)
                .map(|(t, s)| (t - centre) * (t - centre) * s)
                .sum::<f64>()
    }

    /// `sum w y` and `sum w` over the rows used, for weights `w`.
    fn sums(w: &[f64], y: &[f64], mask: Option<&[bool]>) -> (f64, f64) {
        let (mut swy, mut sw) = (0.0, 0.0);
        for (i, (&wi, &yi)) in w.iter().zip(y).enumerate() {
            if mask.is_none_or(|m| m[i]) {
                swy += wi * yi;
                sw += wi;
            }
        }
        (swy, sw)
    }

    fn estimate_with(
        &self,
        statistic: Statistic,
        mask: Option<&[bool]>,
        f: impl Fn(&[f64]) -> Result<f64>,
    ) -> Result<Estimate> {
        let theta = f(&self.weights)?;
        let reps: Vec<f64> = self
            .replicates
            .each(&self.weights)
            .map(|w| f(&w))
            .collect::<Result<_>>()?;
        let v = self.variance(theta, &reps);
        Ok(Estimate {
            statistic,
            estimate: theta,
            se: v.sqrt(),
            df: self.df_in(mask),
            deff: None,
            n: mask.map_or(self.n_rows(), |m| m.iter().filter(|&&x| x).count()),
        })
    }

    pub(crate) fn total_in(&self, y: &[f64], mask: Option<&[bool]>) -> Result<Estimate> {
        check_values("y", y, self.n_rows(), mask)?;
        self.estimate_with(Statistic::Total, mask, |w| Ok(Self::sums(w, y, mask).0))
    }

    pub(crate) fn mean_in(
        &self,
        y: &[f64],
        mask: Option<&[bool]>,
        statistic: Statistic,
    ) -> Result<Estimate> {
        check_values("y", y, self.n_rows(), mask)?;
        if Self::sums(&self.weights, y, mask).1 <= 0.0 {
            return Err(Error::unavailable(
                "mean",
                "no rows with positive weight in the domain",
            ));
        }
        self.estimate_with(statistic, mask, |w| {
            let (swy, sw) = Self::sums(w, y, mask);
            Ok(swy / sw)
        })
    }

    pub(crate) fn ratio_in(&self, y: &[f64], x: &[f64], mask: Option<&[bool]>) -> Result<Estimate> {
        check_values("numerator", y, self.n_rows(), mask)?;
        check_values("denominator", x, self.n_rows(), mask)?;
        if Self::sums(&self.weights, x, mask).0 == 0.0 {
            return Err(Error::unavailable(
                "ratio",
                "the denominator's weighted total (in the domain) is 0: choose a denominator \
                 that is not 0 everywhere, or a domain where it is not",
            ));
        }
        self.estimate_with(Statistic::Ratio, mask, |w| {
            Ok(Self::sums(w, y, mask).0 / Self::sums(w, x, mask).0)
        })
    }

    pub(crate) fn quantile_in(
        &self,
        y: &[f64],
        p: f64,
        level: f64,
        mask: Option<&[bool]>,
    ) -> Result<QuantileEstimate> {
        check_probability(p)?;
        if !(level > 0.0 && level < 1.0) {
            return Err(Error::invalid_argument("level", level, "a level in (0, 1)"));
        }
        check_values("y", y, self.n_rows(), mask)?;
        let sorted = Sorted::new(y, &self.weights, |i| mask.is_none_or(|m| m[i]));
        if sorted.is_empty() {
            return Err(Error::unavailable(
                "quantile",
                "no row with positive weight (in the domain)",
            ));
        }
        let q = sorted.math(p);
        let below: Vec<f64> = y.iter().map(|&v| f64::from(u8::from(v <= q))).collect();
        let f = self.mean_in(&below, mask, Statistic::Mean)?;
        let t = students_t_quantile(1.0 - (1.0 - level) / 2.0, f.df)?;
        let (lower, upper) = sorted.woodruff(f.estimate - t * f.se, f.estimate + t * f.se);
        Ok(QuantileEstimate {
            statistic: Statistic::Quantile,
            probability: p,
            estimate: q,
            se: (upper - lower) / (2.0 * t),
            lower,
            upper,
            level,
            df: f.df,
            n: f.n,
        })
    }

    pub(crate) fn chisq_in<A: AsRef<str>, B: AsRef<str>>(
        &self,
        mask: Option<&[bool]>,
        a: &[A],
        b: &[B],
    ) -> Result<ChisqTest> {
        let n = self.n_rows();
        let (rows, cols, cell) = table_cells(n, mask, a, b)?;
        let k = rows.len() * cols.len();
        let cell_sums = |w: &[f64]| -> Vec<f64> {
            let mut s = vec![0.0f64; k];
            for (c, wi) in cell.iter().zip(w) {
                if let Some(c) = c {
                    s[*c] += wi;
                }
            }
            s
        };
        let proportions = |w: &[f64]| -> Vec<f64> {
            let s = cell_sums(w);
            let t: f64 = s.iter().sum();
            s.iter().map(|x| x / t).collect()
        };
        let counts = cell_sums(&self.weights);
        if counts.iter().sum::<f64>() <= 0.0 {
            return Err(Error::unavailable(
                "Rao-Scott test",
                "no row with positive weight",
            ));
        }
        let full = proportions(&self.weights);
        let reps: Vec<Vec<f64>> = self
            .replicates
            .each(&self.weights)
            .map(|w| proportions(&w))
            .collect();
        // R's svrVar of a vector of estimates: centred at the replicates'
        // mean (or the full-sample estimate with mse)
        let centre: Vec<f64> = if self.mse {
            full
        } else {
            let kept: Vec<&Vec<f64>> = reps
                .iter()
                .zip(&self.rscales)
                .filter(|(_, s)| **s > 0.0)
                .map(|(r, _)| r)
                .collect();
            (0..k)
                .map(|j| kept.iter().map(|r| r[j]).sum::<f64>() / kept.len() as f64)
                .collect()
        };
        let mut v = vec![vec![0.0f64; k]; k];
        for (r, s) in reps.iter().zip(&self.rscales) {
            let d: Vec<f64> = r.iter().zip(&centre).map(|(a, b)| a - b).collect();
            for (j, vj) in v.iter_mut().enumerate() {
                for (l, x) in vj.iter_mut().enumerate() {
                    *x += s * d[j] * d[l];
                }
            }
        }
        for x in v.iter_mut().flat_map(|r| r.iter_mut()) {
            *x *= self.scale;
        }
        let big_n = mask.map_or(n, |m| m.iter().filter(|&&x| x).count()) as f64;
        rao_scott(rows, cols, &counts, &v, big_n, self.df_in(mask))
    }

    /// The Rao-Scott test of independence of two categorical columns on the
    /// replicate design (R's `svychisq` on a `svyrep.design`): the cell
    /// proportions' covariance from the replicates, `nu` the design's
    /// degrees of freedom.
    ///
    /// # Errors
    ///
    /// As [`SurveyDesign::chisq`].
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(8).build()?.replicate(ReplicateType::Jk1, false)?;
    /// let a = ["x", "x", "y", "y", "x", "y", "x", "y"];
    /// let b = ["u", "v", "u", "v", "u", "v", "v", "u"];
    /// assert!(d.chisq(&a, &b)?.p_value <= 1.0);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn chisq<A: AsRef<str>, B: AsRef<str>>(&self, a: &[A], b: &[B]) -> Result<ChisqTest> {
        self.chisq_in(None, a, b)
    }

    /// The design with the full-sample weights and every replicate's
    /// calibrated to the same population totals, as R's `calibrate` on a
    /// `svyrep.design` (see [`SurveyDesign::calibrate`] for the terms and
    /// options); the replicates carry the calibration's variance.
    ///
    /// # Errors
    ///
    /// As [`SurveyDesign::calibrate`], for the full sample or any replicate.
    ///
    /// ```
    /// use njov::survey::{CalibrationOptions, CalibrationTerm, ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(4).weights(vec![10.0; 4]).build()?.replicate(ReplicateType::Jk1, false)?;
    /// let terms = [CalibrationTerm::Categorical {
    ///     name: "g".into(),
    ///     labels: ["a", "a", "b", "b"].map(String::from).to_vec(),
    ///     totals: vec![("a".into(), 30.0), ("b".into(), 50.0)],
    /// }];
    /// let cal = d.calibrate(&terms, &CalibrationOptions::default())?;
    /// assert!((cal.total(&[1.0; 4])?.estimate - 80.0).abs() < 1e-9);
    /// assert!(cal.total(&[1.0; 4])?.se < 1e-9); // a calibrated total is known
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn calibrate(
        &self,
        terms: &[CalibrationTerm],
        options: &CalibrationOptions,
    ) -> Result<ReplicateDesign> {
        let (x, p, population, _) = model(terms, self.n_rows())?;
        let scaled = |w: &[f64]| -> Result<Vec<f64>> {
            let g = g_factors(&x, p, &population, w, options)?;
            Ok(w.iter().zip(&g).map(|(a, b)| a * b).collect())
        };
        let weights = scaled(&self.weights)?;
        let replicates = self
            .replicates
            .each(&self.weights)
            .map(|w| scaled(&w))
            .collect::<Result<Vec<_>>>()?;
        Ok(ReplicateDesign {
            weights,
            replicates: Replicates::Dense(replicates),
            kind: self.kind,
            scale: self.scale,
            rscales: self.rscales.clone(),
            mse: self.mse,
            df: std::sync::OnceLock::new(),
        })
    }

    /// The total `sum w y` with its replicate SE.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) if
    /// `y` does not have one finite value per row.
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(3).build()?.replicate(ReplicateType::Jk1, false)?;
    /// assert_eq!(d.total(&[1.0, 2.0, 3.0])?.estimate, 6.0);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn total(&self, y: &[f64]) -> Result<Estimate> {
        self.total_in(y, None)
    }

    /// The mean `sum w y / sum w` with its replicate SE.
    ///
    /// # Errors
    ///
    /// As [`ReplicateDesign::total`].
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(3).build()?.replicate(ReplicateType::Jk1, false)?;
    /// assert_eq!(d.mean(&[1.0, 2.0, 3.0])?.estimate, 2.0);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn mean(&self, y: &[f64]) -> Result<Estimate> {
        self.mean_in(y, None, Statistic::Mean)
    }

    /// The proportion of a 0/1 variable (its mean).
    ///
    /// # Errors
    ///
    /// As [`ReplicateDesign::total`], and for a value other than 0 or 1.
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(4).build()?.replicate(ReplicateType::Jk1, false)?;
    /// assert_eq!(d.proportion(&[1.0, 0.0, 0.0, 1.0])?.estimate, 0.5);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn proportion(&self, y: &[f64]) -> Result<Estimate> {
        check_binary(y, None)?;
        self.mean_in(y, None, Statistic::Proportion)
    }

    /// The ratio `sum w y / sum w x` with its replicate SE.
    ///
    /// # Errors
    ///
    /// As [`ReplicateDesign::total`];
    /// [`ErrorKind::Unavailable`](crate::ErrorKind::Unavailable) if the
    /// denominator's total is 0.
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(3).build()?.replicate(ReplicateType::Jk1, false)?;
    /// assert_eq!(d.ratio(&[1.0, 2.0, 3.0], &[2.0, 4.0, 6.0])?.estimate, 0.5);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn ratio(&self, numerator: &[f64], denominator: &[f64]) -> Result<Estimate> {
        self.ratio_in(numerator, denominator, None)
    }

    /// The `p` quantile with its Woodruff interval, the SE of the proportion
    /// below it from the replicates (R's `svyquantile` on a replicate design).
    ///
    /// # Errors
    ///
    /// As [`SurveyDesign::quantile`].
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(4).build()?.replicate(ReplicateType::Jk1, false)?;
    /// assert_eq!(d.quantile(&[4.0, 1.0, 3.0, 2.0], 0.5, 0.95)?.estimate, 2.0);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn quantile(&self, y: &[f64], p: f64, level: f64) -> Result<QuantileEstimate> {
        self.quantile_in(y, p, level, None)
    }

    /// The domain of the rows where `mask` is true: R's subset of a
    /// replicate design (the rows kept, every replicate, the degrees of
    /// freedom recomputed on them).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) if
    /// the mask does not have one value per row or selects no row.
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(4).build()?.replicate(ReplicateType::Jk1, false)?;
    /// let dom = d.domain(&[true, true, false, true])?;
    /// assert_eq!(dom.total(&[1.0, 1.0, 9.0, 1.0])?.estimate, 3.0);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn domain<'a>(&'a self, mask: &'a [bool]) -> Result<ReplicateDomain<'a>> {
        if mask.len() != self.n_rows() {
            return Err(Error::invalid_argument(
                "domain",
                format!("{} values", mask.len()),
                format!("one value per row ({})", self.n_rows()),
            ));
        }
        if !mask.iter().any(|&m| m) {
            return Err(Error::invalid_argument(
                "domain",
                "no row",
                "a domain with at least one row",
            ));
        }
        Ok(ReplicateDomain { design: self, mask })
    }

    /// [`SurveyDesign::by`] on a replicate design: `estimate` on the domain
    /// of every level of `labels`, in R's order of the levels.
    ///
    /// # Errors
    ///
    /// As [`SurveyDesign::by`].
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(4).build()?.replicate(ReplicateType::Jk1, false)?;
    /// let rows = d.by(&["a", "b", "a", "b"], |g| g.total(&[1.0, 2.0, 3.0, 4.0]))?;
    /// assert_eq!(rows[1].value.estimate, 6.0);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn by<K, T>(
        &self,
        labels: &[K],
        mut estimate: impl FnMut(ReplicateDomain<'_>) -> Result<T>,
    ) -> Result<Vec<ByLevel<T>>>
    where
        K: AsRef<str>,
    {
        let levels = by_levels(labels, self.n_rows(), &self.weights, None)?;
        levels
            .into_iter()
            .map(|(level, mask)| {
                let value = estimate(self.domain(&mask)?)?;
                Ok(ByLevel { level, value })
            })
            .collect()
    }
}

fn check_binary(y: &[f64], mask: Option<&[bool]>) -> Result<()> {
    for (i, &v) in y.iter().enumerate() {
        if mask.is_none_or(|m| m[i]) && v != 0.0 && v != 1.0 {
            return Err(Error::invalid_argument(
                "y",
                format!("{v} in row {}", i + 1),
                "0 or 1 for a proportion",
            ));
        }
    }
    Ok(())
}

/// A domain of a [`ReplicateDesign`] (see [`ReplicateDesign::domain`]).
///
/// ```
/// use njov::survey::{ReplicateType, SurveyDesign};
/// let d = SurveyDesign::builder(4).build()?.replicate(ReplicateType::Jk1, false)?;
/// let dom = d.domain(&[true, false, true, true])?;
/// assert_eq!(dom.mean(&[1.0, 9.0, 2.0, 3.0])?.estimate, 2.0);
/// # Ok::<(), njov::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ReplicateDomain<'a> {
    design: &'a ReplicateDesign,
    mask: &'a [bool],
}

impl ReplicateDomain<'_> {
    /// The domain total.
    ///
    /// # Errors
    ///
    /// As [`ReplicateDesign::total`].
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(3).build()?.replicate(ReplicateType::Jk1, false)?;
    /// assert_eq!(d.domain(&[true, false, true])?.total(&[1.0, 5.0, 2.0])?.estimate, 3.0);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn total(&self, y: &[f64]) -> Result<Estimate> {
        self.design.total_in(y, Some(self.mask))
    }

    /// The domain mean.
    ///
    /// # Errors
    ///
    /// As [`ReplicateDesign::mean`].
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(3).build()?.replicate(ReplicateType::Jk1, false)?;
    /// assert_eq!(d.domain(&[true, false, true])?.mean(&[1.0, 5.0, 3.0])?.estimate, 2.0);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn mean(&self, y: &[f64]) -> Result<Estimate> {
        self.design.mean_in(y, Some(self.mask), Statistic::Mean)
    }

    /// The domain proportion of a 0/1 variable.
    ///
    /// # Errors
    ///
    /// As [`ReplicateDesign::proportion`].
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(3).build()?.replicate(ReplicateType::Jk1, false)?;
    /// assert_eq!(d.domain(&[true, false, true])?.proportion(&[1.0, 1.0, 0.0])?.estimate, 0.5);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn proportion(&self, y: &[f64]) -> Result<Estimate> {
        check_binary(y, Some(self.mask))?;
        self.design
            .mean_in(y, Some(self.mask), Statistic::Proportion)
    }

    /// The domain ratio.
    ///
    /// # Errors
    ///
    /// As [`ReplicateDesign::ratio`].
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(3).build()?.replicate(ReplicateType::Jk1, false)?;
    /// let dom = d.domain(&[true, false, true])?;
    /// assert_eq!(dom.ratio(&[1.0, 5.0, 3.0], &[2.0, 1.0, 2.0])?.estimate, 1.0);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn ratio(&self, numerator: &[f64], denominator: &[f64]) -> Result<Estimate> {
        self.design
            .ratio_in(numerator, denominator, Some(self.mask))
    }

    /// The domain quantile.
    ///
    /// # Errors
    ///
    /// As [`ReplicateDesign::quantile`].
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(4).build()?.replicate(ReplicateType::Jk1, false)?;
    /// let dom = d.domain(&[true, true, true, false])?;
    /// assert_eq!(dom.quantile(&[1.0, 2.0, 3.0, 100.0], 0.5, 0.95)?.estimate, 2.0);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn quantile(&self, y: &[f64], p: f64, level: f64) -> Result<QuantileEstimate> {
        self.design.quantile_in(y, p, level, Some(self.mask))
    }

    /// [`ReplicateDesign::chisq`] on the domain (R's subset).
    ///
    /// # Errors
    ///
    /// As [`SurveyDesign::chisq`].
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(9).build()?.replicate(ReplicateType::Jk1, false)?;
    /// let dom = d.domain(&[true, true, true, true, true, true, true, true, false])?;
    /// let a = ["x", "x", "y", "y", "x", "y", "x", "y", "z"];
    /// let b = ["u", "v", "u", "v", "u", "v", "v", "u", "w"];
    /// assert_eq!(dom.chisq(&a, &b)?.cells.len(), 4);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn chisq<A: AsRef<str>, B: AsRef<str>>(&self, a: &[A], b: &[B]) -> Result<ChisqTest> {
        self.design.chisq_in(Some(self.mask), a, b)
    }

    /// [`ReplicateDesign::by`] within the domain.
    ///
    /// # Errors
    ///
    /// As [`SurveyDesign::by`].
    ///
    /// ```
    /// use njov::survey::{ReplicateType, SurveyDesign};
    /// let d = SurveyDesign::builder(4).build()?.replicate(ReplicateType::Jk1, false)?;
    /// let dom = d.domain(&[true, true, true, false])?;
    /// assert_eq!(dom.by(&["a", "a", "b", "c"], |g| g.total(&[1.0; 4]))?.len(), 2);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn by<K, T>(
        &self,
        labels: &[K],
        mut estimate: impl FnMut(ReplicateDomain<'_>) -> Result<T>,
    ) -> Result<Vec<ByLevel<T>>>
    where
        K: AsRef<str>,
    {
        let levels = by_levels(
            labels,
            self.design.n_rows(),
            &self.design.weights,
            Some(self.mask),
        )?;
        levels
            .into_iter()
            .map(|(level, mask)| {
                let value = estimate(self.design.domain(&mask)?)?;
                Ok(ByLevel { level, value })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rank_counts_independent_columns() {
        let a = vec![1.0, 0.0, 1.0];
        let b = vec![0.0, 1.0, 1.0];
        let c: Vec<f64> = a.iter().zip(&b).map(|(x, y)| x + 2.0 * y).collect();
        let w = [1.0, 2.0, 0.0];
        let dense = |cols: Vec<Vec<f64>>| Replicates::Dense(cols);
        assert_eq!(rank(&dense(vec![a.clone(), b.clone(), c]), &w, None), 2);
        assert_eq!(
            rank(
                &dense(vec![a.clone(), b.clone()]),
                &w,
                Some(&[true, false, false])
            ),
            1
        );
        // the same columns as PSU factors (three PSUs of one row each)
        let by_psu = Replicates::ByPsu {
            factors: vec![vec![1.0, 0.0, 0.5], vec![0.0, 0.5, 0.5]],
            row_psu: vec![0, 1, 2],
        };
        // analysis weights (1, 0, 0), (0, 1, 0): rank 2; the third row has weight 0
        assert_eq!(rank(&by_psu, &w, None), 2);
    }
}
