//! Two-phase designs with the variance of Sarndal, Swensson and Wretman (1992)
//! section 9.3, as R `survey`'s `twophase(method = "full")`.

use std::collections::HashMap;
use std::fmt::Display;
use std::hash::Hash;

use crate::error::{Error, Result};

use super::design::{Codes, Fpc, design_error, encode};
use super::estimate::{Estimate, Statistic, check_values};

/// Builds a [`TwoPhaseDesign`]. Every column has one value per phase-1 row.
///
/// ```
/// use njov::survey::{Fpc, TwoPhaseDesign};
/// // Phase 1: 2 of 10 clusters; phase 2: 2 of the 3 units of each.
/// let design = TwoPhaseDesign::builder(6)
///     .phase1_psu([1, 1, 1, 2, 2, 2])
///     .phase1_fpc(Fpc::PopulationSize(vec![10.0; 6]))
///     .phase2_strata([1, 1, 1, 2, 2, 2])
///     .subset([true, true, false, true, false, true])
///     .build()
///     .unwrap();
/// assert_eq!(design.n_phase2(), 4);
/// ```
#[derive(Debug, Clone)]
pub struct TwoPhaseDesignBuilder {
    n: usize,
    strata1: Option<Codes>,
    psu1: Option<Codes>,
    fpc1: Option<Fpc>,
    probs1: Option<Vec<f64>>,
    strata2: Option<Codes>,
    probs2: Option<Vec<f64>>,
    subset: Option<Vec<bool>>,
}

impl TwoPhaseDesignBuilder {
    /// Phase-1 strata (default: one stratum).
    ///
    /// ```
    /// use njov::survey::{Fpc, TwoPhaseDesign};
    /// let d = TwoPhaseDesign::builder(4)
    ///     .phase1_strata([1, 1, 2, 2])
    ///     .phase1_fpc(Fpc::PopulationSize(vec![4.0, 4.0, 6.0, 6.0]))
    ///     .subset([true, true, true, true])
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(d.weights(), vec![2.0, 2.0, 3.0, 3.0]);
    /// ```
    pub fn phase1_strata<K: Hash + Eq + Display>(
        mut self,
        labels: impl IntoIterator<Item = K>,
    ) -> Self {
        self.strata1 = Some(encode(labels));
        self
    }

    /// Phase-1 clusters (PSUs), unique across strata (default: every row).
    ///
    /// ```
    /// use njov::survey::{Fpc, TwoPhaseDesign};
    /// let d = TwoPhaseDesign::builder(3)
    ///     .phase1_psu(["x", "x", "y"])
    ///     .phase1_fpc(Fpc::PopulationSize(vec![8.0; 3]))
    ///     .subset([true, true, true])
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(d.weights(), vec![4.0; 3]);
    /// ```
    pub fn phase1_psu<K: Hash + Eq + Display>(
        mut self,
        labels: impl IntoIterator<Item = K>,
    ) -> Self {
        self.psu1 = Some(encode(labels));
        self
    }

    /// Phase-1 finite population correction (PSUs in the stratum's population, or
    /// the fraction sampled). With it phase 1 is sampling without replacement and,
    /// unless [`TwoPhaseDesignBuilder::phase1_probabilities`] is given, the
    /// phase-1 inclusion probability of a PSU is `n_h / N_h`.
    ///
    /// ```
    /// use njov::survey::{Fpc, TwoPhaseDesign};
    /// let d = TwoPhaseDesign::builder(2)
    ///     .phase1_fpc(Fpc::Fraction(vec![0.5; 2]))
    ///     .subset([true, false])
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(d.weights(), vec![4.0, 0.0]);
    /// ```
    pub fn phase1_fpc(mut self, fpc: Fpc) -> Self {
        self.fpc1 = Some(fpc);
        self
    }

    /// Phase-1 inclusion probabilities of each row's PSU. Without a phase-1 fpc,
    /// phase 1 is treated as sampling with replacement (R's convention).
    ///
    /// ```
    /// use njov::survey::TwoPhaseDesign;
    /// let d = TwoPhaseDesign::builder(2)
    ///     .phase1_probabilities(vec![0.25; 2])
    ///     .subset([true, true])
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(d.weights(), vec![4.0, 4.0]);
    /// ```
    pub fn phase1_probabilities(mut self, p: impl IntoIterator<Item = f64>) -> Self {
        self.probs1 = Some(p.into_iter().collect());
        self
    }

    /// Phase-2 strata: phase 2 is a stratified simple random sample of phase-1
    /// rows (default: one stratum).
    ///
    /// ```
    /// use njov::survey::TwoPhaseDesign;
    /// let d = TwoPhaseDesign::builder(4)
    ///     .phase1_probabilities(vec![1.0; 4])
    ///     .phase2_strata([1, 1, 1, 2])
    ///     .subset([true, false, false, true])
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(d.weights(), vec![3.0, 0.0, 0.0, 1.0]);
    /// ```
    pub fn phase2_strata<K: Hash + Eq + Display>(
        mut self,
        labels: impl IntoIterator<Item = K>,
    ) -> Self {
        self.strata2 = Some(encode(labels));
        self
    }

    /// Phase-2 conditional inclusion probabilities. By default they are
    /// `m_s / M_s`: phase-2 rows over phase-1 rows in the phase-2 stratum.
    ///
    /// ```
    /// use njov::survey::TwoPhaseDesign;
    /// let d = TwoPhaseDesign::builder(2)
    ///     .phase1_probabilities(vec![0.5; 2])
    ///     .phase2_probabilities(vec![0.5, 1.0])
    ///     .subset([true, true])
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(d.weights(), vec![4.0, 2.0]);
    /// ```
    pub fn phase2_probabilities(mut self, p: impl IntoIterator<Item = f64>) -> Self {
        self.probs2 = Some(p.into_iter().collect());
        self
    }

    /// Which phase-1 rows are in the phase-2 sample (required).
    ///
    /// ```
    /// use njov::survey::TwoPhaseDesign;
    /// let none = TwoPhaseDesign::builder(2)
    ///     .phase1_probabilities(vec![0.5; 2])
    ///     .subset([false, false])
    ///     .build();
    /// assert!(none.is_err());
    /// ```
    pub fn subset(mut self, in_phase2: impl IntoIterator<Item = bool>) -> Self {
        self.subset = Some(in_phase2.into_iter().collect());
        self
    }

    /// Checks the columns and builds the design.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for a
    /// column of the wrong length or a missing subset;
    /// [`ErrorKind::Design`](crate::ErrorKind::Design) for an empty phase 2, a PSU in
    /// two phase-1 strata, a probability outside (0, 1], neither a phase-1 fpc nor
    /// phase-1 probabilities, an fpc that varies within a stratum or is below the
    /// number of sampled PSUs, or a phase-2 stratum with no phase-2 row.
    ///
    /// ```
    /// use njov::survey::TwoPhaseDesign;
    /// // Neither an fpc nor probabilities for phase 1.
    /// assert!(TwoPhaseDesign::builder(2).subset([true, true]).build().is_err());
    /// ```
    pub fn build(self) -> Result<TwoPhaseDesign> {
        let n = self.n;
        let len = |name: &str, l: usize| -> Result<()> {
            if l == n {
                Ok(())
            } else {
                Err(Error::invalid_argument(
                    name,
                    l,
                    format!("one value per phase-1 row ({n})"),
                ))
            }
        };
        let subset = self
            .subset
            .ok_or_else(|| Error::invalid_argument("subset", "none", "the phase-2 subset"))?;
        len("subset", subset.len())?;
        if !subset.iter().any(|&s| s) {
            return Err(design_error("phase 2 has no rows"));
        }
        let strata1 = match self.strata1 {
            Some(c) => {
                len("phase1_strata", c.codes.len())?;
                c.codes
            }
            None => vec![0; n],
        };
        let row_psu: Vec<u32> = match self.psu1 {
            Some(c) => {
                len("phase1_psu", c.codes.len())?;
                c.codes
            }
            None => (0..n as u32).collect(),
        };
        let n_psu = row_psu.iter().map(|&c| c as usize + 1).max().unwrap_or(0);
        let n_strata1 = strata1.iter().map(|&c| c as usize + 1).max().unwrap_or(0);
        let mut psu_stratum = vec![u32::MAX; n_psu];
        for (i, &c) in row_psu.iter().enumerate() {
            let slot = &mut psu_stratum[c as usize];
            if *slot == u32::MAX {
                *slot = strata1[i];
            } else if *slot != strata1[i] {
                return Err(design_error(format!(
                    "phase-1 PSU in two strata (row {})",
                    i + 1
                )));
            }
        }
        let mut n_h = vec![0usize; n_strata1];
        for &h in &psu_stratum {
            n_h[h as usize] += 1;
        }
        // Phase-1 probabilities per PSU.
        let popsize = match &self.fpc1 {
            None => None,
            Some(fpc) => {
                let (values, fraction) = match fpc {
                    Fpc::PopulationSize(v) => (v, false),
                    Fpc::Fraction(v) => (v, true),
                };
                len("phase1_fpc", values.len())?;
                let mut pop = vec![f64::NAN; n_strata1];
                for (i, &v) in values.iter().enumerate() {
                    let h = strata1[i] as usize;
                    if v.is_nan() {
                        return Err(design_error(format!("missing fpc in row {}", i + 1)));
                    }
                    let size = if fraction { n_h[h] as f64 / v } else { v };
                    if pop[h].is_nan() {
                        pop[h] = size;
                    } else if pop[h] != size {
                        return Err(design_error("phase-1 fpc varies within a stratum"));
                    }
                }
                for (h, &p) in pop.iter().enumerate() {
                    if p < n_h[h] as f64 {
                        return Err(design_error(format!(
                            "phase-1 fpc below the sample size: population {p}, sampled {}",
                            n_h[h]
                        )));
                    }
                }
                Some(pop)
            }
        };
        let row_p1: Vec<f64> = match (&self.probs1, &popsize) {
            (Some(p), _) => {
                len("phase1_probabilities", p.len())?;
                check_probabilities(p)?;
                p.clone()
            }
            (None, Some(pop)) => strata1
                .iter()
                .map(|&h| n_h[h as usize] as f64 / pop[h as usize])
                .collect(),
            (None, None) => {
                return Err(design_error(
                    "phase 1 needs an fpc or inclusion probabilities",
                ));
            }
        };
        let with_replacement = popsize.is_none();
        // Phase 2.
        let strata2 = match self.strata2 {
            Some(c) => {
                len("phase2_strata", c.codes.len())?;
                c.codes
            }
            None => vec![0; n],
        };
        let n_strata2 = strata2.iter().map(|&c| c as usize + 1).max().unwrap_or(0);
        let mut big_m = vec![0usize; n_strata2];
        let mut small_m = vec![0usize; n_strata2];
        for (i, &s) in strata2.iter().enumerate() {
            big_m[s as usize] += 1;
            if subset[i] {
                small_m[s as usize] += 1;
            }
        }
        if small_m.contains(&0) {
            return Err(design_error("a phase-2 stratum has no phase-2 row"));
        }
        let row_p2: Vec<f64> = match &self.probs2 {
            Some(p) => {
                len("phase2_probabilities", p.len())?;
                let used: Vec<f64> = p
                    .iter()
                    .zip(&subset)
                    .filter(|(_, s)| **s)
                    .map(|(v, _)| *v)
                    .collect();
                check_probabilities(&used)?;
                p.clone()
            }
            None => strata2
                .iter()
                .map(|&s| small_m[s as usize] as f64 / big_m[s as usize] as f64)
                .collect(),
        };
        let n2: usize = small_m.iter().sum();
        Ok(TwoPhaseDesign {
            subset,
            strata1,
            row_psu,
            n_h,
            row_p1,
            with_replacement,
            strata2,
            small_m,
            row_p2,
            df: n2 as f64 - n_strata2 as f64,
        })
    }
}

fn check_probabilities(p: &[f64]) -> Result<()> {
    for &x in p {
        if !(x > 0.0 && x <= 1.0) {
            return Err(design_error(format!(
                "probability {x}: probabilities must be in (0, 1]"
            )));
        }
    }
    Ok(())
}

/// A two-phase design: a phase-1 sample (stratified, clustered: for example
/// agencies in strata, with all their cases listed) and a phase-2 stratified
/// simple random sample of its rows (for example cases within agencies).
///
/// A row `k` of the phase-2 sample has weight `1 / (pi_1k pi_2k)`. The variance is
/// the Horvitz-Thompson form of Sarndal, Swensson and Wretman (1992, section 9.3),
/// as R's `twophase(method = "full")`:
///
/// `V = sum_k sum_l D_kl x_k x_l`, with `D_kl = 1 - (1 - D1_kl)(1 - D2_kl)`,
///
/// where `x_k = y_k / (pi_1k pi_2k)` (the scores), `D1`, `D2` are the phases'
/// `Delta-check` matrices `1 - pi_k pi_l / pi_kl`: for phase 1 `1 - pi_1` for rows in
/// the same PSU, `-(1 - pi_1)/(n_h - 1)` for different PSUs of one stratum (0 when
/// phase 1 has no fpc: sampling with replacement), 0 across strata; for phase 2
/// `1 - pi_2` on the diagonal and `-(1 - pi_2)/(m_s - 1)` within a phase-2 stratum.
/// The phase-2 part is `x' D2 x` and the phase-1 part `V - x' D2 x`. It is computed in
/// O(n) from group sums, without forming the matrices.
///
/// One difference from R `survey` 4.1-1: with a stratified phase 1, R reads `n_h`
/// from the wrong rows (its `Dcheck_multi_subset` indexes a per-row vector by PSU
/// position); here `n_h` is the number of phase-1 PSUs in the PSU's own stratum,
/// which makes a two-stage design written as two phases give the two-stage
/// standard errors, as it must.
///
/// Degrees of freedom are R's `degf(phase2)`: phase-2 rows minus phase-2 strata.
///
/// ```
/// use njov::survey::{Fpc, TwoPhaseDesign};
/// let design = TwoPhaseDesign::builder(6)
///     .phase1_psu([1, 1, 1, 2, 2, 2])
///     .phase1_fpc(Fpc::PopulationSize(vec![10.0; 6]))
///     .phase2_strata([1, 1, 1, 2, 2, 2])
///     .subset([true, true, false, true, false, true])
///     .build()
///     .unwrap();
/// let y = [1.0, 2.0, f64::NAN, 3.0, f64::NAN, 5.0];
/// let total = design.total(&y).unwrap();
/// // weights 5 * 3/2 = 7.5
/// assert!((total.estimate - 7.5 * 11.0).abs() < 1e-9);
/// ```
#[derive(Debug, Clone)]
pub struct TwoPhaseDesign {
    subset: Vec<bool>,
    strata1: Vec<u32>,
    row_psu: Vec<u32>,
    n_h: Vec<usize>,
    row_p1: Vec<f64>,
    with_replacement: bool,
    strata2: Vec<u32>,
    small_m: Vec<usize>,
    row_p2: Vec<f64>,
    df: f64,
}

/// The variance of a two-phase estimate split by phase.
///
/// ```
/// use njov::survey::{Fpc, TwoPhaseDesign};
/// let design = TwoPhaseDesign::builder(4)
///     .phase1_fpc(Fpc::PopulationSize(vec![8.0; 4]))
///     .subset([true, true, true, false])
///     .build()
///     .unwrap();
/// let v = design.total_variance_by_phase(&[1.0, 2.0, 4.0, f64::NAN]).unwrap();
/// assert!(v.phase1 >= 0.0 && v.phase2 >= 0.0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PhaseVariance {
    /// The phase-1 part, `x' D x - x' D2 x`.
    pub phase1: f64,
    /// The phase-2 part, `x' D2 x`.
    pub phase2: f64,
}

impl TwoPhaseDesign {
    /// Starts a two-phase design over `n_phase1_rows` phase-1 rows.
    ///
    /// ```
    /// use njov::survey::TwoPhaseDesign;
    /// let b = TwoPhaseDesign::builder(3).phase1_probabilities(vec![0.5; 3]);
    /// assert!(b.subset([true, true, false]).build().is_ok());
    /// ```
    pub fn builder(n_phase1_rows: usize) -> TwoPhaseDesignBuilder {
        TwoPhaseDesignBuilder {
            n: n_phase1_rows,
            strata1: None,
            psu1: None,
            fpc1: None,
            probs1: None,
            strata2: None,
            probs2: None,
            subset: None,
        }
    }

    /// The number of phase-2 rows.
    ///
    /// ```
    /// use njov::survey::TwoPhaseDesign;
    /// let d = TwoPhaseDesign::builder(3)
    ///     .phase1_probabilities(vec![0.5; 3])
    ///     .subset([true, true, false])
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(d.n_phase2(), 2);
    /// ```
    pub fn n_phase2(&self) -> usize {
        self.subset.iter().filter(|&&s| s).count()
    }

    /// The weights `1 / (pi_1 pi_2)` of the phase-1 rows (0 outside phase 2).
    ///
    /// ```
    /// use njov::survey::TwoPhaseDesign;
    /// let d = TwoPhaseDesign::builder(2)
    ///     .phase1_probabilities(vec![0.5; 2])
    ///     .subset([true, false])
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(d.weights(), vec![4.0, 0.0]);
    /// ```
    pub fn weights(&self) -> Vec<f64> {
        (0..self.subset.len())
            .map(|i| {
                if self.subset[i] {
                    1.0 / (self.row_p1[i] * self.row_p2[i])
                } else {
                    0.0
                }
            })
            .collect()
    }

    /// Degrees of freedom: phase-2 rows minus phase-2 strata (R's `degf`).
    ///
    /// ```
    /// use njov::survey::TwoPhaseDesign;
    /// let d = TwoPhaseDesign::builder(3)
    ///     .phase1_probabilities(vec![0.5; 3])
    ///     .subset([true, true, false])
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(d.degrees_of_freedom(), 1.0);
    /// ```
    pub fn degrees_of_freedom(&self) -> f64 {
        self.df
    }

    /// `x' D x` and `x' D2 x` for scores `x` on phase-2 rows (0 elsewhere).
    fn quadratic_forms(&self, x: &[f64]) -> (f64, f64) {
        let mut s_c: HashMap<u32, f64> = HashMap::new();
        let mut s_h: HashMap<u32, f64> = HashMap::new();
        let mut s_s: HashMap<u32, f64> = HashMap::new();
        let mut s_cs: HashMap<(u32, u32), f64> = HashMap::new();
        let mut s_hs: HashMap<(u32, u32), f64> = HashMap::new();
        for (k, &xk) in x.iter().enumerate() {
            if !self.subset[k] {
                continue;
            }
            let (c, h, s) = (self.row_psu[k], self.strata1[k], self.strata2[k]);
            *s_c.entry(c).or_default() += xk;
            *s_h.entry(h).or_default() += xk;
            *s_s.entry(s).or_default() += xk;
            *s_cs.entry((c, s)).or_default() += xk;
            *s_hs.entry((h, s)).or_default() += xk;
        }
        let (mut full, mut phase2) = (0.0, 0.0);
        for (k, &xk) in x.iter().enumerate() {
            if !self.subset[k] {
                continue;
            }
            let (c, h, s) = (self.row_psu[k], self.strata1[k], self.strata2[k]);
            let (p1, p2) = (self.row_p1[k], self.row_p2[k]);
            let nh = self.n_h[h as usize] as f64;
            let ms = self.small_m[s as usize] as f64;
            let a = p1;
            let alpha = if self.with_replacement || nh < 2.0 {
                1.0
            } else {
                1.0 + (1.0 - p1) / (nh - 1.0)
            };
            let beta = if ms < 2.0 {
                1.0
            } else {
                1.0 + (1.0 - p2) / (ms - 1.0)
            };
            let (sc, sh, ss) = (s_c[&c], s_h[&h], s_s[&s]);
            let (scs, shs) = (s_cs[&(c, s)], s_hs[&(h, s)]);
            let diag = (1.0 - p1 * p2) * xk;
            let off = (1.0 - a * beta) * (scs - xk)
                + (1.0 - a) * (sc - scs)
                + (1.0 - alpha * beta) * (shs - scs)
                + (1.0 - alpha) * (sh - sc - shs + scs)
                + (1.0 - beta) * (ss - shs);
            full += xk * (diag + off);
            let off2 = if ms < 2.0 {
                0.0
            } else {
                -(1.0 - p2) / (ms - 1.0) * (ss - xk)
            };
            phase2 += xk * ((1.0 - p2) * xk + off2);
        }
        (full, phase2)
    }

    fn scores_check(&self, y: &[f64], mask: Option<&[bool]>) -> Result<()> {
        let used: Vec<bool> = (0..self.subset.len()).map(|k| self.used(mask, k)).collect();
        check_values("y", y, self.subset.len(), Some(&used))
    }

    /// The estimated total `sum_{k in s2} y_k / (pi_1k pi_2k)`; `y` has one value
    /// per phase-1 row (values outside phase 2 are ignored, even NaN). The design
    /// effect is not computed (`None`).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) if `y` does
    /// not have one value per phase-1 row or a phase-2 value is not finite.
    ///
    /// ```
    /// use njov::survey::TwoPhaseDesign;
    /// let d = TwoPhaseDesign::builder(2)
    ///     .phase1_probabilities(vec![0.5; 2])
    ///     .subset([true, false])
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(d.total(&[3.0, f64::NAN]).unwrap().estimate, 12.0);
    /// ```
    pub fn total(&self, y: &[f64]) -> Result<Estimate> {
        self.total_in(y, None)
    }

    fn total_in(&self, y: &[f64], mask: Option<&[bool]>) -> Result<Estimate> {
        let x = self.total_scores(y, mask)?;
        let (v, _) = self.quadratic_forms(&x);
        Ok(Estimate {
            statistic: Statistic::Total,
            estimate: x.iter().sum(),
            se: v.max(0.0).sqrt(),
            df: self.df_in(mask),
            deff: None,
            n: self.n_used(mask),
        })
    }

    fn used(&self, mask: Option<&[bool]>, k: usize) -> bool {
        self.subset[k] && mask.is_none_or(|m| m[k])
    }

    fn n_used(&self, mask: Option<&[bool]>) -> usize {
        (0..self.subset.len())
            .filter(|&k| self.used(mask, k))
            .count()
    }

    /// Phase-2 rows minus phase-2 strata among the rows used (R's `degf` of the
    /// subset design).
    fn df_in(&self, mask: Option<&[bool]>) -> f64 {
        if mask.is_none() {
            return self.df;
        }
        let mut seen = vec![false; self.small_m.len()];
        let (mut rows, mut strata) = (0usize, 0usize);
        for k in 0..self.subset.len() {
            if self.used(mask, k) {
                rows += 1;
                let s = self.strata2[k] as usize;
                if !seen[s] {
                    seen[s] = true;
                    strata += 1;
                }
            }
        }
        rows as f64 - strata as f64
    }

    fn total_scores(&self, y: &[f64], mask: Option<&[bool]>) -> Result<Vec<f64>> {
        self.scores_check(y, mask)?;
        let w = self.weights();
        Ok((0..y.len())
            .map(|k| if self.used(mask, k) { w[k] * y[k] } else { 0.0 })
            .collect())
    }

    /// The phase-1 and phase-2 parts of the variance of the total.
    ///
    /// # Errors
    ///
    /// As [`TwoPhaseDesign::total`].
    ///
    /// ```
    /// use njov::survey::TwoPhaseDesign;
    /// let d = TwoPhaseDesign::builder(3)
    ///     .phase1_probabilities(vec![0.5; 3])
    ///     .subset([true, true, false])
    ///     .build()
    ///     .unwrap();
    /// let parts = d.total_variance_by_phase(&[1.0, 3.0, 0.0]).unwrap();
    /// let se = d.total(&[1.0, 3.0, 0.0]).unwrap().se;
    /// assert!((parts.phase1 + parts.phase2 - se * se).abs() < 1e-9);
    /// ```
    pub fn total_variance_by_phase(&self, y: &[f64]) -> Result<PhaseVariance> {
        let x = self.total_scores(y, None)?;
        let (v, v2) = self.quadratic_forms(&x);
        Ok(PhaseVariance {
            phase1: v - v2,
            phase2: v2,
        })
    }

    /// The estimated mean `sum y_k w_k / sum w_k` over phase 2, with scores
    /// `w_k (y_k - ybar) / sum w`.
    ///
    /// # Errors
    ///
    /// As [`TwoPhaseDesign::total`].
    ///
    /// ```
    /// use njov::survey::TwoPhaseDesign;
    /// let d = TwoPhaseDesign::builder(3)
    ///     .phase1_probabilities(vec![0.5; 3])
    ///     .subset([true, true, false])
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(d.mean(&[1.0, 3.0, f64::NAN]).unwrap().estimate, 2.0);
    /// ```
    pub fn mean(&self, y: &[f64]) -> Result<Estimate> {
        self.mean_in(y, None)
    }

    fn mean_in(&self, y: &[f64], mask: Option<&[bool]>) -> Result<Estimate> {
        self.scores_check(y, mask)?;
        let w = self.weights();
        let used: Vec<bool> = (0..y.len()).map(|k| self.used(mask, k)).collect();
        let sw: f64 = (0..y.len()).filter(|&k| used[k]).map(|k| w[k]).sum();
        let swy: f64 = (0..y.len()).filter(|&k| used[k]).map(|k| w[k] * y[k]).sum();
        let mean = swy / sw;
        let x: Vec<f64> = (0..y.len())
            .map(|k| {
                if used[k] {
                    w[k] * (y[k] - mean) / sw
                } else {
                    0.0
                }
            })
            .collect();
        let (v, _) = self.quadratic_forms(&x);
        Ok(Estimate {
            statistic: Statistic::Mean,
            estimate: mean,
            se: v.max(0.0).sqrt(),
            df: self.df_in(mask),
            deff: None,
            n: self.n_used(mask),
        })
    }

    /// The domain of the phase-1 rows where `mask` is true (only its phase-2 rows
    /// enter the estimates). As R's `subset` of a `twophase` design, rows outside
    /// the domain keep their place in the design with scores 0.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) if the mask
    /// does not have one value per phase-1 row or selects no phase-2 row.
    ///
    /// ```
    /// use njov::survey::TwoPhaseDesign;
    /// let d = TwoPhaseDesign::builder(3)
    ///     .phase1_probabilities(vec![0.5; 3])
    ///     .subset([true, true, false])
    ///     .build()
    ///     .unwrap();
    /// let domain = d.domain(&[true, false, true]).unwrap();
    /// // weight 1 / (0.5 * 2/3) = 3
    /// assert_eq!(domain.total(&[1.0, 5.0, f64::NAN]).unwrap().estimate, 3.0);
    /// ```
    pub fn domain<'a>(&'a self, mask: &'a [bool]) -> Result<TwoPhaseDomain<'a>> {
        if mask.len() != self.subset.len() {
            return Err(Error::invalid_argument(
                "domain",
                format!("{} values", mask.len()),
                format!("one value per phase-1 row ({})", self.subset.len()),
            ));
        }
        if self.n_used(Some(mask)) == 0 {
            return Err(Error::invalid_argument(
                "domain",
                "no phase-2 row",
                "a domain with at least one phase-2 row",
            ));
        }
        Ok(TwoPhaseDomain { design: self, mask })
    }
}

/// A domain of a [`TwoPhaseDesign`] (see [`TwoPhaseDesign::domain`]).
///
/// ```
/// use njov::survey::TwoPhaseDesign;
/// let d = TwoPhaseDesign::builder(4)
///     .phase1_probabilities(vec![0.5; 4])
///     .subset([true, true, true, false])
///     .build()
///     .unwrap();
/// let domain = d.domain(&[true, true, false, true]).unwrap();
/// assert_eq!(domain.mean(&[1.0, 3.0, 9.0, f64::NAN]).unwrap().estimate, 2.0);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct TwoPhaseDomain<'a> {
    design: &'a TwoPhaseDesign,
    mask: &'a [bool],
}

impl TwoPhaseDomain<'_> {
    /// The domain total (see [`TwoPhaseDesign::total`]).
    ///
    /// # Errors
    ///
    /// As [`TwoPhaseDesign::total`].
    ///
    /// ```
    /// use njov::survey::TwoPhaseDesign;
    /// let d = TwoPhaseDesign::builder(2)
    ///     .phase1_probabilities(vec![0.5; 2])
    ///     .subset([true, true])
    ///     .build()
    ///     .unwrap();
    /// let domain = d.domain(&[false, true]).unwrap();
    /// assert_eq!(domain.total(&[f64::NAN, 1.5]).unwrap().estimate, 3.0);
    /// ```
    pub fn total(&self, y: &[f64]) -> Result<Estimate> {
        self.design.total_in(y, Some(self.mask))
    }

    /// The domain mean (see [`TwoPhaseDesign::mean`]).
    ///
    /// # Errors
    ///
    /// As [`TwoPhaseDesign::mean`].
    ///
    /// ```
    /// use njov::survey::TwoPhaseDesign;
    /// let d = TwoPhaseDesign::builder(3)
    ///     .phase1_probabilities(vec![0.5; 3])
    ///     .subset([true, true, true])
    ///     .build()
    ///     .unwrap();
    /// let domain = d.domain(&[false, true, true]).unwrap();
    /// assert_eq!(domain.mean(&[f64::NAN, 2.0, 4.0]).unwrap().estimate, 3.0);
    /// ```
    pub fn mean(&self, y: &[f64]) -> Result<Estimate> {
        self.design.mean_in(y, Some(self.mask))
    }

    /// Degrees of freedom: the domain's phase-2 rows minus their phase-2 strata.
    ///
    /// ```
    /// use njov::survey::TwoPhaseDesign;
    /// let d = TwoPhaseDesign::builder(3)
    ///     .phase1_probabilities(vec![0.5; 3])
    ///     .subset([true, true, true])
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(d.domain(&[true, true, false]).unwrap().degrees_of_freedom(), 1.0);
    /// ```
    pub fn degrees_of_freedom(&self) -> f64 {
        self.design.df_in(Some(self.mask))
    }
}
