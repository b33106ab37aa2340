//! Calibration of the weights to known population totals, as R `survey`
//! 4.1's `calibrate(design, formula, population, calfun, bounds)`.
//!
//! The calibration model has an intercept (when a categorical term is
//! given) with the population size as its total, one column per level but
//! the first (in sorted order) of each categorical term, and one column per
//! numeric term: R's `model.matrix(~a + b + x)`. The calibrated weights are
//! `w_i g_i`:
//!
//! * linear without bounds (R's `regcalibrate`): `g = 1 + x_i' T^-1 (t_x -
//!   t̂_x)`, `T = sum w x x'`;
//! * linear with bounds, and raking (R's `grake`): Newton steps on `eta`
//!   with `g = 1 + F(x' eta)` (`F(u) = u` clipped to `[L - 1, U - 1]`, or
//!   `exp(u) - 1` clipped to `[L - 1, U - 1]`), stopped as R stops them: when
//!   every `|misfit| / (1 + |total|) < epsilon` (default `1e-7`), an error
//!   after `maxit` (default 50) steps. Weights are rescaled first when every
//!   total is over 20 times its estimate, as R does.
//!
//! Standard errors are R's: every estimator's scores `z_i` are replaced by
//! `w_i g_i e_i`, with `e` the residuals of `z_i / (w_i g_i)` on the
//! calibration model fitted with the design weights `w`, and every row of
//! the design stays in a domain (R keeps the rows of a calibrated design in a
//! subset with weight 0).
//!
//! `postStratify` is calibration on one categorical term
//! ([`SurveyDesign::post_stratify`]): R 4.1's `postStratify` gives the same
//! weights and, since it centres each post-stratum's scores at their mean
//! weighted by the design weights, the same standard errors.
//!
//! Conventions: the calibration's standard errors are R's (residuals on the
//! calibration model, the design's own weights in the fit, every row kept in
//! a domain). Python's `svy`, which says it departs from R only towards
//! Stata, was not installed here, so no difference is asserted.

use crate::error::{Error, Result};

use super::calibration::Calibration;
use super::design::SurveyDesign;

/// The distance of a calibration (R's `calfun`).
///
/// ```
/// use njov::survey::CalibrationFunction;
/// assert_eq!("raking".parse::<CalibrationFunction>().unwrap(), CalibrationFunction::Raking);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum CalibrationFunction {
    /// Linear (GREG) calibration.
    #[default]
    Linear,
    /// Raking (multiplicative) calibration.
    Raking,
}

impl std::str::FromStr for CalibrationFunction {
    type Err = Error;

    /// Reads `linear` or `raking`.
    fn from_str(s: &str) -> Result<CalibrationFunction> {
        match s.trim().to_ascii_lowercase().as_str() {
            "linear" => Ok(CalibrationFunction::Linear),
            "raking" => Ok(CalibrationFunction::Raking),
            _ => Err(Error::invalid_argument("calfun", s, "linear or raking")),
        }
    }
}

/// One term of the calibration model with its population total(s).
///
/// ```
/// use njov::survey::CalibrationTerm;
/// let t = CalibrationTerm::Numeric { name: "x".into(), values: vec![1.0, 2.0], total: 30.0 };
/// assert_eq!(t.name(), "x");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum CalibrationTerm {
    /// A categorical column: one label per row, and the population count of
    /// every level.
    Categorical {
        /// The column's name (for messages).
        name: String,
        /// One label per row.
        labels: Vec<String>,
        /// `(level, population count)` for every level.
        totals: Vec<(String, f64)>,
    },
    /// A numeric column and its population total.
    Numeric {
        /// The column's name (for messages).
        name: String,
        /// One value per row.
        values: Vec<f64>,
        /// The population total.
        total: f64,
    },
}

impl CalibrationTerm {
    /// The column's name.
    ///
    /// ```
    /// use njov::survey::CalibrationTerm;
    /// let t = CalibrationTerm::Categorical { name: "g".into(), labels: vec![], totals: vec![] };
    /// assert_eq!(t.name(), "g");
    /// ```
    pub fn name(&self) -> &str {
        match self {
            CalibrationTerm::Categorical { name, .. } | CalibrationTerm::Numeric { name, .. } => {
                name
            }
        }
    }
}

/// How to calibrate: the distance, bounds on `g` (R's `bounds`, only with
/// a bounded linear or a raking calibration), and R's `maxit` and `epsilon`.
///
/// ```
/// use njov::survey::CalibrationOptions;
/// let o = CalibrationOptions::default();
/// assert_eq!((o.maxit, o.epsilon), (50, 1e-7));
/// assert_eq!(o.bounds, (f64::NEG_INFINITY, f64::INFINITY));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CalibrationOptions {
    /// Linear or raking.
    pub function: CalibrationFunction,
    /// Lower and upper bounds on `g` (R: `bounds = c(L, U)`).
    pub bounds: (f64, f64),
    /// The most Newton steps.
    pub maxit: usize,
    /// The relative misfit at which to stop.
    pub epsilon: f64,
}

impl Default for CalibrationOptions {
    fn default() -> Self {
        CalibrationOptions {
            function: CalibrationFunction::Linear,
            bounds: (f64::NEG_INFINITY, f64::INFINITY),
            maxit: 50,
            epsilon: 1e-7,
        }
    }
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting; `None`
/// when `a` is singular.
fn solve(a: &[Vec<f64>], b: &[f64]) -> Option<Vec<f64>> {
    let m = a.len();
    let mut a: Vec<Vec<f64>> = a.to_vec();
    let mut b = b.to_vec();
    let scale = a
        .iter()
        .flat_map(|r| r.iter())
        .fold(0.0f64, |s, v| s.max(v.abs()));
    for col in 0..m {
        let pivot = (col..m).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[pivot][col].abs() <= 1e-13 * scale || !a[pivot][col].is_finite() {
            return None;
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        for i in col + 1..m {
            let f = a[i][col] / a[col][col];
            if f != 0.0 {
                let (top, rest) = a.split_at_mut(i);
                for (x, y) in rest[0][col..].iter_mut().zip(&top[col][col..]) {
                    *x -= f * y;
                }
                b[i] -= f * b[col];
            }
        }
    }
    let mut x = vec![0.0; m];
    for col in (0..m).rev() {
        let s: f64 = (col + 1..m).map(|k| a[col][k] * x[k]).sum();
        x[col] = (b[col] - s) / a[col][col];
    }
    Some(x)
}

fn inverse(a: &[Vec<f64>]) -> Option<Vec<Vec<f64>>> {
    let m = a.len();
    let cols: Option<Vec<Vec<f64>>> = (0..m)
        .map(|j| {
            let e: Vec<f64> = (0..m).map(|i| f64::from(u8::from(i == j))).collect();
            solve(a, &e)
        })
        .collect();
    let cols = cols?;
    Some(
        (0..m)
            .map(|i| (0..m).map(|j| cols[j][i]).collect())
            .collect(),
    )
}

fn collinear() -> Error {
    Error::invalid_argument(
        "calibration terms",
        "collinear columns",
        "terms whose columns are not linearly dependent in the sample (drop a redundant term or \
         merge levels)",
    )
}

/// R's model matrix (row-major), its number of columns, the population
/// vector and the columns' names.
pub(crate) type Model = (Vec<f64>, usize, Vec<f64>, Vec<String>);

/// R's model matrix and population vector for the terms.
pub(crate) fn model(terms: &[CalibrationTerm], n: usize) -> Result<Model> {
    let mut columns: Vec<Vec<f64>> = Vec::new();
    let mut population = Vec::new();
    let mut names = Vec::new();
    let mut size: Option<(String, f64)> = None;
    for term in terms {
        match term {
            CalibrationTerm::Categorical {
                name,
                labels,
                totals,
            } => {
                if labels.len() != n {
                    return Err(Error::invalid_argument(
                        name.clone(),
                        format!("{} labels", labels.len()),
                        format!("one label per row ({n})"),
                    ));
                }
                let mut levels: Vec<&str> = labels.iter().map(String::as_str).collect();
                levels.sort_unstable();
                levels.dedup();
                for l in &levels {
                    if !totals.iter().any(|(t, _)| t == l) {
                        return Err(Error::invalid_argument(
                            "population",
                            format!("no total for level '{l}' of '{name}'"),
                            "a population total for every level of the column in the data",
                        ));
                    }
                }
                for (t, v) in totals {
                    if !levels.contains(&t.as_str()) && *v != 0.0 {
                        return Err(Error::invalid_argument(
                            "population",
                            format!("level '{t}' of '{name}' (total {v}), not in the data"),
                            "levels that the data have (a level absent from the sample can only \
                             have total 0: merge it with another)",
                        ));
                    }
                }
                let sum: f64 = totals.iter().map(|(_, v)| v).sum();
                match &size {
                    None => {
                        size = Some((name.clone(), sum));
                        columns.push(vec![1.0; n]);
                        population.push(sum);
                        names.push("(Intercept)".to_string());
                    }
                    Some((first, s)) if (s - sum).abs() > 1e-9 * s.abs().max(1.0) => {
                        return Err(Error::invalid_argument(
                            "population",
                            format!(
                                "the counts of '{name}' sum to {sum}, those of '{first}' to {s}"
                            ),
                            "counts of every categorical term that sum to the same population size",
                        ));
                    }
                    Some(_) => {}
                }
                // each row's level, found once (the levels are sorted)
                let codes: Vec<usize> = labels
                    .iter()
                    .map(|x| levels.binary_search(&x.as_str()).unwrap_or(usize::MAX))
                    .collect();
                for (k, l) in levels.iter().enumerate().skip(1) {
                    columns.push(codes.iter().map(|&c| f64::from(u8::from(c == k))).collect());
                    let total = totals.iter().find(|(t, _)| t == l).map_or(0.0, |(_, v)| *v);
                    population.push(total);
                    names.push(format!("{name}{l}"));
                }
            }
            CalibrationTerm::Numeric {
                name,
                values,
                total,
            } => {
                if values.len() != n {
                    return Err(Error::invalid_argument(
                        name.clone(),
                        format!("{} values", values.len()),
                        format!("one value per row ({n})"),
                    ));
                }
                if let Some(i) = values.iter().position(|v| !v.is_finite()) {
                    return Err(Error::invalid_argument(
                        name.clone(),
                        format!("{} in row {}", values[i], i + 1),
                        "a finite value in every row of a calibration variable",
                    ));
                }
                columns.push(values.clone());
                population.push(*total);
                names.push(name.clone());
            }
        }
    }
    if columns.is_empty() {
        return Err(Error::invalid_argument(
            "calibration terms",
            "none",
            "at least one term with its population total",
        ));
    }
    let p = columns.len();
    let mut x = vec![0.0; n * p];
    for (k, c) in columns.iter().enumerate() {
        for (i, v) in c.iter().enumerate() {
            x[i * p + k] = *v;
        }
    }
    Ok((x, p, population, names))
}

impl SurveyDesign {
    /// The design with its weights calibrated to population totals, as R's
    /// `calibrate` (see the module documentation); every estimator on it
    /// gives R's calibrated estimate and standard error.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for
    /// no term, a level of the data without a population total (or one of
    /// the population not in the data), categorical counts with different
    /// sums, collinear terms, or bounds that do not contain 1;
    /// [`ErrorKind::Unavailable`](crate::ErrorKind::Unavailable) when the
    /// calibration does not converge in `maxit` steps (name the achieved
    /// misfit: loosen the bounds or check the totals).
    ///
    /// ```
    /// use njov::survey::{CalibrationOptions, CalibrationTerm, SurveyDesign};
    /// let design = SurveyDesign::builder(4).weights(vec![10.0; 4]).build()?;
    /// let terms = [CalibrationTerm::Categorical {
    ///     name: "g".into(),
    ///     labels: ["a", "a", "b", "b"].map(String::from).to_vec(),
    ///     totals: vec![("a".into(), 30.0), ("b".into(), 50.0)],
    /// }];
    /// let cal = design.calibrate(&terms, &CalibrationOptions::default())?;
    /// assert!((cal.weights()[0] - 15.0).abs() < 1e-12);
    /// assert!((cal.weights()[3] - 25.0).abs() < 1e-12);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn calibrate(
        &self,
        terms: &[CalibrationTerm],
        options: &CalibrationOptions,
    ) -> Result<SurveyDesign> {
        if self.calibration.is_some() {
            return Err(Error::invalid_argument(
                "design",
                "a calibrated design",
                "an uncalibrated design: give every term to one calibration",
            ));
        }
        let n = self.n_rows();
        let (x, p, population, _names) = model(terms, n)?;
        let (lower, upper) = options.bounds;
        if !(lower <= 1.0 && upper >= 1.0) {
            return Err(Error::invalid_argument(
                "bounds",
                format!("[{lower}, {upper}]"),
                "bounds on g that contain 1",
            ));
        }
        let w0 = &self.weights;
        let t0 = weighted_cross(&x, p, |i| w0[i]);
        let inv = inverse(&t0).ok_or_else(collinear)?;
        let g = g_factors(&x, p, &population, w0, options)?;
        let mut out = self.clone();
        out.weights = w0.iter().zip(&g).map(|(w, g)| w * g).collect();
        if out.weights.iter().any(|w| !w.is_finite()) {
            return Err(not_converged(0, f64::NAN));
        }
        out.calibration = Some(Box::new(Calibration {
            x,
            p,
            w0: w0.clone(),
            g,
            inverse: inv,
        }));
        Ok(out)
    }
}

impl SurveyDesign {
    /// Post-stratification, R's `postStratify(design, ~g, population)`: the
    /// weights scaled within each level of `labels` to its population count,
    /// with R's standard errors (linear calibration on one categorical
    /// term).
    ///
    /// # Errors
    ///
    /// As [`SurveyDesign::calibrate`].
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(3).weights(vec![2.0, 2.0, 4.0]).build()?;
    /// let labels = ["a", "a", "b"].map(String::from).to_vec();
    /// let ps = design.post_stratify(&labels, &[("a".into(), 10.0), ("b".into(), 6.0)])?;
    /// assert!((ps.weights()[0] - 5.0).abs() < 1e-12);
    /// assert!((ps.weights()[2] - 6.0).abs() < 1e-12);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn post_stratify(
        &self,
        labels: &[String],
        totals: &[(String, f64)],
    ) -> Result<SurveyDesign> {
        self.calibrate(
            &[CalibrationTerm::Categorical {
                name: "post-strata".to_string(),
                labels: labels.to_vec(),
                totals: totals.to_vec(),
            }],
            &CalibrationOptions::default(),
        )
    }
}

/// `sum_i w_i x_i x_i'` over the rows `x_i` of the row-major `x` (`p`
/// columns), as `t[a][b] += (w_i x_ia) x_ib` row by row, but only over the
/// rows with `w_i != 0` and the entries `x_ia != 0`: the terms left out are
/// exact zeros (the model's values and the weights are finite), so the sums
/// are those of the full `n p^2` loop, bit for bit, in `n k^2` steps with
/// `k` the entries of a row that are not 0 (a categorical term puts one 1
/// in its columns, so `k` is the number of terms, not of levels).
fn weighted_cross(x: &[f64], p: usize, w: impl Fn(usize) -> f64) -> Vec<Vec<f64>> {
    let mut t = vec![vec![0.0; p]; p];
    let mut nonzero: Vec<(usize, f64)> = Vec::with_capacity(p);
    for (i, r) in x.chunks_exact(p).enumerate() {
        let wi = w(i);
        if wi == 0.0 {
            continue;
        }
        nonzero.clear();
        nonzero.extend(
            r.iter()
                .enumerate()
                .filter(|&(_, &v)| v != 0.0)
                .map(|(a, &v)| (a, v)),
        );
        for &(a, va) in &nonzero {
            let wa = wi * va;
            let ta = &mut t[a];
            for &(b, vb) in &nonzero {
                ta[b] += wa * vb;
            }
        }
    }
    t
}

/// The calibration's `g` for weights `w0` (R's `regcalibrate` or `grake`).
#[allow(clippy::needless_range_loop)]
pub(crate) fn g_factors(
    x: &[f64],
    p: usize,
    population: &[f64],
    w0: &[f64],
    options: &CalibrationOptions,
) -> Result<Vec<f64>> {
    let n = w0.len();
    let (lower, upper) = options.bounds;
    if !(lower <= 1.0 && upper >= 1.0) {
        return Err(Error::invalid_argument(
            "bounds",
            format!("[{lower}, {upper}]"),
            "bounds on g that contain 1",
        ));
    }
    let row = |i: usize| &x[i * p..(i + 1) * p];
    let colsum = |w: &dyn Fn(usize) -> f64| -> Vec<f64> {
        let mut s = vec![0.0; p];
        for i in 0..n {
            let wi = w(i);
            for (a, v) in s.iter_mut().zip(row(i)) {
                *a += wi * v;
            }
        }
        s
    };
    let t0 = weighted_cross(x, p, |i| w0[i]);
    let mut sample_total = colsum(&|i| w0[i]);
    let unbounded = lower == f64::NEG_INFINITY && upper == f64::INFINITY;
    let g: Vec<f64> = if options.function == CalibrationFunction::Linear && unbounded {
        let d: Vec<f64> = population
            .iter()
            .zip(&sample_total)
            .map(|(a, b)| a - b)
            .collect();
        let eta = solve(&t0, &d).ok_or_else(collinear)?;
        (0..n)
            .map(|i| 1.0 + row(i).iter().zip(&eta).map(|(a, b)| a * b).sum::<f64>())
            .collect()
    } else {
        let raking = options.function == CalibrationFunction::Raking;
        let fm1 = |u: f64| -> f64 {
            let v = if raking { u.exp() } else { u + 1.0 };
            v.max(lower).min(upper) - 1.0
        };
        let df = |u: f64| -> f64 {
            if u < upper - 1.0 && u > lower - 1.0 {
                if raking { u.exp() } else { 1.0 }
            } else {
                0.0
            }
        };
        // R rescales the weights when every total is far above its estimate
        let scales: Vec<f64> = population
            .iter()
            .zip(&sample_total)
            .map(|(a, b)| a / b)
            .collect();
        let rescale = if scales.iter().all(|&s| s > 20.0) {
            let s = scales.iter().sum::<f64>() / scales.len() as f64;
            for t in sample_total.iter_mut() {
                *t *= s;
            }
            Some(s)
        } else {
            None
        };
        let ww: Vec<f64> = w0.iter().map(|w| w * rescale.unwrap_or(1.0)).collect();
        let mut eta = vec![0.0; p];
        let xeta = |eta: &[f64]| -> Vec<f64> {
            (0..n)
                .map(|i| row(i).iter().zip(eta).map(|(a, b)| a * b).sum())
                .collect()
        };
        let mut u = xeta(&eta);
        let mut deriv: Vec<f64> = u.iter().map(|&v| df(v)).collect();
        let misfit_of = |u: &[f64]| -> Vec<f64> {
            let adj = colsum(&|i| ww[i] * fm1(u[i]));
            (0..p)
                .map(|a| population[a] - sample_total[a] - adj[a])
                .collect()
        };
        let mut iter = 1usize;
        loop {
            let tmat = weighted_cross(x, p, |i| ww[i] * deriv[i]);
            let misfit = misfit_of(&u);
            // R takes a generalised inverse; a singular step matrix
            // (every g at a bound) cannot move
            let deta = solve(&tmat, &misfit)
                .ok_or_else(|| not_converged(iter, max_misfit(&misfit, population)))?;
            for (e, d) in eta.iter_mut().zip(&deta) {
                *e += d;
            }
            u = xeta(&eta);
            deriv = u.iter().map(|&v| df(v)).collect();
            let mut step = deta;
            while iter < options.maxit
                && u.iter()
                    .zip(&deriv)
                    .any(|(&v, d)| !fm1(v).is_finite() || !d.is_finite())
            {
                iter += 1;
                for (e, d) in eta.iter_mut().zip(step.iter_mut()) {
                    *d /= 2.0;
                    *e -= *d;
                }
                u = xeta(&eta);
                deriv = u.iter().map(|&v| df(v)).collect();
            }
            let misfit = misfit_of(&u);
            if misfit
                .iter()
                .zip(population)
                .all(|(m, t)| m.abs() / (1.0 + t.abs()) < options.epsilon)
            {
                break;
            }
            iter += 1;
            if iter > options.maxit {
                return Err(not_converged(iter, max_misfit(&misfit, population)));
            }
        }
        u.iter()
            .map(|&v| (1.0 + fm1(v)) * rescale.unwrap_or(1.0))
            .collect()
    };
    Ok(g)
}

fn max_misfit(misfit: &[f64], population: &[f64]) -> f64 {
    misfit
        .iter()
        .zip(population)
        .map(|(m, t)| m.abs() / (1.0 + t.abs()))
        .fold(0.0, f64::max)
}

fn not_converged(iterations: usize, misfit: f64) -> Error {
    Error::unavailable(
        "calibration",
        format!(
            "did not converge ({iterations} steps, relative misfit {misfit:e}): loosen the \
             bounds, raise maxit, or check that the population totals can be met"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weighted_cross_equals_the_full_loop_bit_for_bit() {
        // rows of an intercept, a 0/1 dummy of three levels and a numeric
        // column with zeros; weights with a zero
        let p = 5;
        let n = 40;
        let mut x = vec![0.0; n * p];
        let mut w = vec![0.0; n];
        for i in 0..n {
            x[i * p] = 1.0;
            if i % 4 != 0 {
                x[i * p + i % 4] = 1.0;
            }
            x[i * p + 4] = if i % 7 == 0 {
                0.0
            } else {
                (i as f64).sqrt() / 3.0
            };
            w[i] = if i == 5 { 0.0 } else { 1.0 + (i as f64) * 0.37 };
        }
        let mut full = vec![vec![0.0; p]; p];
        for i in 0..n {
            let r = &x[i * p..(i + 1) * p];
            for a in 0..p {
                for b in 0..p {
                    full[a][b] += w[i] * r[a] * r[b];
                }
            }
        }
        let sparse = weighted_cross(&x, p, |i| w[i]);
        for a in 0..p {
            for b in 0..p {
                assert_eq!(sparse[a][b].to_bits(), full[a][b].to_bits(), "({a}, {b})");
            }
        }
    }
}
