//! The Rao-Scott test of independence of two categorical columns, as R
//! `survey` 4.1's `svychisq(~a + b, design)` with its default `statistic =
//! "F"`, and the weighted two-way table behind it.
//!
//! With `K = r c` cells, `p` the design-based cell proportions (the means of
//! the cell indicators) and `V` their linearised covariance matrix, `N` the
//! number of rows and `nu` the design degrees of freedom (PSUs minus strata
//! among all rows, zero weights included, as R counts them here):
//!
//! * `X2` is Pearson's statistic on the weighted table scaled to total `N`;
//! * `C` is the `K x (r-1)(c-1)` matrix of the interaction contrasts of the
//!   saturated model on the `r x c` grid, with the additive (row + column)
//!   part projected out;
//! * `Delta = (C' D^-1 C / N)^-1 (C' D^-1 V D^-1 C)`, `D = diag(p)` (a zero
//!   cell contributes 0 to `D^-1`);
//! * `F = X2 / tr(Delta)` on `d0 = tr(Delta)^2 / tr(Delta^2)` and `d0 nu`
//!   degrees of freedom, `p_value = P(F(d0, d0 nu) > F)`.
//!
//! R projects with a QR decomposition; on the complete balanced grid the
//! projection is the two-way additive fit (row mean + column mean - grand
//! mean), computed here directly. The small `(r-1)(c-1)` system is solved by
//! Gaussian elimination with partial pivoting (written here: no linear
//! algebra crate is in the dependency tree for one small solve).
//!
//! Conventions: Stata and R count the denominator degrees of freedom
//! differently in corner cases (R's `nu` counts PSUs and strata among all
//! rows of the subset, zero weights included); this crate follows R, its
//! reference (Python's `svy`, which says it departs from R only towards
//! Stata, was not installed here).

use serde::Serialize;

use crate::error::{Error, Result};
use crate::interval::special::beta_reg;

use super::design::SurveyDesign;
use super::domain::Domain;

/// One cell of the weighted table: the weighted count, and the cell
/// proportion with its linearised SE (R's `svymean(~interaction(a, b))`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TableCell {
    /// The level of the first column.
    pub row: String,
    /// The level of the second column.
    pub col: String,
    /// The weighted count `sum w` (R's `svytable` without `Ntotal`).
    pub total: f64,
    /// The cell proportion.
    pub proportion: f64,
    /// Its standard error.
    pub se: f64,
}

/// The result of [`SurveyDesign::chisq`].
///
/// ```
/// use njov::survey::SurveyDesign;
/// let a = ["x", "x", "y", "y", "x", "y", "x", "y"];
/// let b = ["u", "v", "u", "v", "u", "v", "v", "u"];
/// let design = SurveyDesign::builder(8).weights(vec![1.0, 2.0, 1.0, 2.0, 3.0, 1.0, 1.0, 2.0]).build()?;
/// let test = design.chisq(&a, &b)?;
/// assert!(test.p_value > 0.0 && test.p_value <= 1.0);
/// assert_eq!(test.cells.len(), 4);
/// # Ok::<(), njov::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChisqTest {
    /// Rao-Scott's F, `X2 / tr(Delta)`.
    pub statistic: f64,
    /// Numerator degrees of freedom `d0`.
    pub df: f64,
    /// Denominator degrees of freedom `d0 nu`.
    pub ddf: f64,
    /// `P(F(d0, d0 nu) > statistic)`.
    pub p_value: f64,
    /// Pearson's `X2` on the table scaled to the number of rows.
    pub pearson: f64,
    /// The levels of the first column, in R's order.
    pub rows: Vec<String>,
    /// The levels of the second column.
    pub cols: Vec<String>,
    /// The cells, first column varying fastest (R's `interaction` order).
    pub cells: Vec<TableCell>,
}

/// R's order of factor levels (numeric if all labels are numbers).
fn sorted_levels<'a>(labels: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut v: Vec<&str> = labels.collect();
    let numeric = v.iter().all(|l| l.trim().parse::<f64>().is_ok());
    if numeric {
        v.sort_by(|a, b| {
            a.trim()
                .parse::<f64>()
                .unwrap_or(0.0)
                .total_cmp(&b.trim().parse::<f64>().unwrap_or(0.0))
        });
    } else {
        v.sort_unstable();
    }
    v.dedup();
    v.into_iter().map(str::to_string).collect()
}

// Matrix code indexes rows and columns together: index loops read as the
// formulas do.
#[allow(clippy::needless_range_loop)]
/// Solves `a x = b` (columns of `b`) in place by Gaussian elimination with
/// partial pivoting; `a` is `m x m`, `b` is `m x k`, row-major.
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<Vec<f64>>) -> Result<Vec<Vec<f64>>> {
    let m = a.len();
    for col in 0..m {
        let pivot = (col..m)
            .max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))
            .unwrap_or(col);
        if a[pivot][col] == 0.0 || !a[pivot][col].is_finite() {
            return Err(Error::unavailable(
                "Rao-Scott test",
                "the table has an empty row or column (a singular design matrix): \
                 drop the empty level or merge it",
            ));
        }
        a.swap(col, pivot);
        b.swap(col, pivot);
        for i in col + 1..m {
            let f = a[i][col] / a[col][col];
            if f != 0.0 {
                for j in col..m {
                    a[i][j] -= f * a[col][j];
                }
                for j in 0..b[i].len() {
                    b[i][j] -= f * b[col][j];
                }
            }
        }
    }
    for col in (0..m).rev() {
        for j in 0..b[col].len() {
            let mut s = b[col][j];
            for k in col + 1..m {
                s -= a[col][k] * b[k][j];
            }
            b[col][j] = s / a[col][col];
        }
    }
    Ok(b)
}

#[allow(clippy::needless_range_loop)]
pub(crate) fn chisq_in<A: AsRef<str>, B: AsRef<str>>(
    design: &SurveyDesign,
    mask: Option<&[bool]>,
    a: &[A],
    b: &[B],
) -> Result<ChisqTest> {
    let n = design.n_rows();
    let (rows, cols, cell) = table_cells(n, mask, a, b)?;
    let (nr, nc) = (rows.len(), cols.len());
    let used = |i: usize| mask.is_none_or(|m| m[i]);
    let k = nr * nc;
    let big_n = (0..n).filter(|&i| used(i)).count() as f64;
    // R's nu: distinct PSUs minus distinct strata over the rows of the
    // (subset) design, whatever their weight.
    let nu = {
        let mut psu = vec![false; design.n_psu()];
        let mut strata = vec![false; design.n_strata()];
        for i in (0..n).filter(|&i| used(i)) {
            psu[design.row_psu[i] as usize] = true;
            strata[design.row_stratum[i] as usize] = true;
        }
        psu.iter().filter(|&&x| x).count() as f64 - strata.iter().filter(|&&x| x).count() as f64
    };
    // weighted counts, proportions and the scores of the proportions
    let mut counts = vec![0.0f64; k];
    for i in 0..n {
        if let Some(c) = cell[i] {
            counts[c] += design.weights[i];
        }
    }
    let total: f64 = counts.iter().sum();
    if total <= 0.0 {
        return Err(Error::unavailable(
            "Rao-Scott test",
            "no row with positive weight",
        ));
    }
    let p: Vec<f64> = counts.iter().map(|c| c / total).collect();
    let scores: Vec<Vec<f64>> = (0..k)
        .map(|j| {
            (0..n)
                .map(|i| match cell[i] {
                    Some(c) => design.weights[i] * (f64::from(u8::from(c == j)) - p[j]) / total,
                    None => 0.0,
                })
                .collect()
        })
        .collect();
    let var: Vec<f64> = scores
        .iter()
        .map(|s| design.variance_of_scores(s, mask))
        .collect::<Result<_>>()?;
    let mut v = vec![vec![0.0f64; k]; k];
    for j in 0..k {
        v[j][j] = var[j];
        for l in 0..j {
            let sum: Vec<f64> = scores[j]
                .iter()
                .zip(&scores[l])
                .map(|(x, y)| x + y)
                .collect();
            let c = (design.variance_of_scores(&sum, mask)? - var[j] - var[l]) / 2.0;
            v[j][l] = c;
            v[l][j] = c;
        }
    }
    rao_scott(rows, cols, &counts, &v, big_n, nu)
}

/// The Rao-Scott F from the weighted counts of the cells, the covariance
/// matrix of the cell proportions, the number of rows and the design's df.
#[allow(clippy::needless_range_loop)]
pub(crate) fn rao_scott(
    rows: Vec<String>,
    cols: Vec<String>,
    counts: &[f64],
    v: &[Vec<f64>],
    big_n: f64,
    nu: f64,
) -> Result<ChisqTest> {
    let (nr, nc) = (rows.len(), cols.len());
    let k = nr * nc;
    let total: f64 = counts.iter().sum();
    let p: Vec<f64> = counts.iter().map(|c| c / total).collect();
    // Pearson's X2 on the table scaled to N
    let scaled: Vec<f64> = counts.iter().map(|c| c * big_n / total).collect();
    let row_sum: Vec<f64> = (0..nr)
        .map(|r| (0..nc).map(|c| scaled[r + nr * c]).sum())
        .collect();
    let col_sum: Vec<f64> = (0..nc)
        .map(|c| (0..nr).map(|r| scaled[r + nr * c]).sum())
        .collect();
    let grand: f64 = scaled.iter().sum();
    let mut pearson = 0.0;
    for c in 0..nc {
        for r in 0..nr {
            let e = row_sum[r] * col_sum[c] / grand;
            let d = scaled[r + nr * c] - e;
            pearson += d * d / e;
        }
    }
    // interaction contrasts, additive part projected out
    let m = (nr - 1) * (nc - 1);
    let mut cmat = vec![vec![0.0f64; m]; k];
    for j in 0..m {
        let (ri, ci) = (1 + j % (nr - 1), 1 + j / (nr - 1));
        let x: Vec<f64> = (0..k)
            .map(|cell| f64::from(u8::from(cell % nr == ri && cell / nr == ci)))
            .collect();
        let rmean: Vec<f64> = (0..nr)
            .map(|r| (0..nc).map(|c| x[r + nr * c]).sum::<f64>() / nc as f64)
            .collect();
        let cmean: Vec<f64> = (0..nc)
            .map(|c| (0..nr).map(|r| x[r + nr * c]).sum::<f64>() / nr as f64)
            .collect();
        let gmean = x.iter().sum::<f64>() / k as f64;
        for cell in 0..k {
            let (r, c) = (cell % nr, cell / nr);
            cmat[cell][j] = x[cell] - rmean[r] - cmean[c] + gmean;
        }
    }
    let inv_p: Vec<f64> = p
        .iter()
        .map(|&x| if x == 0.0 { 0.0 } else { 1.0 / x })
        .collect();
    // denom = C' (D^-1 / N) C ; numr = C' D^-1 V D^-1 C
    let mut denom = vec![vec![0.0f64; m]; m];
    for i in 0..m {
        for j in 0..m {
            denom[i][j] = (0..k)
                .map(|c| cmat[c][i] * inv_p[c] / big_n * cmat[c][j])
                .sum();
        }
    }
    // u = D^-1 C (k x m)
    let u: Vec<Vec<f64>> = (0..k)
        .map(|c| cmat[c].iter().map(|x| x * inv_p[c]).collect())
        .collect();
    let mut numr = vec![vec![0.0f64; m]; m];
    for i in 0..m {
        for j in 0..m {
            let mut s = 0.0;
            for c in 0..k {
                if u[c][i] == 0.0 {
                    continue;
                }
                let vu: f64 = (0..k).map(|d| v[c][d] * u[d][j]).sum();
                s += u[c][i] * vu;
            }
            numr[i][j] = s;
        }
    }
    let delta = solve(denom, numr)?;
    let tr: f64 = (0..m).map(|i| delta[i][i]).sum();
    let tr2: f64 = (0..m)
        .map(|i| (0..m).map(|j| delta[i][j] * delta[j][i]).sum::<f64>())
        .sum();
    let d0 = tr * tr / tr2;
    let statistic = pearson / tr;
    let ddf = d0 * nu;
    // P(F(d0, ddf) > f) = I_{ddf / (ddf + d0 f)}(ddf / 2, d0 / 2)
    let p_value = beta_reg(ddf / 2.0, d0 / 2.0, ddf / (ddf + d0 * statistic))?;
    let cells = (0..k)
        .map(|c| TableCell {
            row: rows[c % nr].clone(),
            col: cols[c / nr].clone(),
            total: counts[c],
            proportion: p[c],
            se: v[c][c].sqrt(),
        })
        .collect();
    Ok(ChisqTest {
        statistic,
        df: d0,
        ddf,
        p_value,
        pearson,
        rows,
        cols,
        cells,
    })
}

/// The levels of the two columns among the rows used (R's order) and the
/// cell of every row used (first column fastest).
pub(crate) type Cells = (Vec<String>, Vec<String>, Vec<Option<usize>>);

pub(crate) fn table_cells<A: AsRef<str>, B: AsRef<str>>(
    n: usize,
    mask: Option<&[bool]>,
    a: &[A],
    b: &[B],
) -> Result<Cells> {
    for (name, len) in [("first column", a.len()), ("second column", b.len())] {
        if len != n {
            return Err(Error::invalid_argument(
                name,
                format!("{len} labels"),
                format!("one label per row ({n})"),
            ));
        }
    }
    let used = |i: usize| mask.is_none_or(|m| m[i]);
    let rows = sorted_levels((0..n).filter(|&i| used(i)).map(|i| a[i].as_ref()));
    let cols = sorted_levels((0..n).filter(|&i| used(i)).map(|i| b[i].as_ref()));
    let (nr, nc) = (rows.len(), cols.len());
    if nr < 2 || nc < 2 {
        return Err(Error::invalid_argument(
            "chisq",
            format!("{nr} x {nc} levels"),
            "two columns with at least two levels each (in the rows used)",
        ));
    }
    let index = |levels: &[String], l: &str| levels.iter().position(|x| x == l);
    let cell: Vec<Option<usize>> = (0..n)
        .map(|i| {
            if !used(i) {
                return None;
            }
            let r = index(&rows, a[i].as_ref())?;
            let c = index(&cols, b[i].as_ref())?;
            Some(r + nr * c)
        })
        .collect();
    Ok((rows, cols, cell))
}

impl SurveyDesign {
    /// The Rao-Scott second-order test of independence of two categorical
    /// columns (one label per row each), as `svychisq(~a + b, design)`, with
    /// the weighted table (see the module documentation).
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) if a
    /// column does not have one label per row or fewer than two levels;
    /// [`ErrorKind::Unavailable`](crate::ErrorKind::Unavailable) for a table
    /// with an empty row or column; as [`SurveyDesign::total`] for the design.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(4).build()?;
    /// assert!(design.chisq(&["a", "a", "a", "a"], &["u", "v", "u", "v"]).is_err());
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn chisq<A: AsRef<str>, B: AsRef<str>>(&self, a: &[A], b: &[B]) -> Result<ChisqTest> {
        chisq_in(self, None, a, b)
    }
}

impl Domain<'_> {
    /// [`SurveyDesign::chisq`] on the domain (R's subset of the design).
    ///
    /// # Errors
    ///
    /// As [`SurveyDesign::chisq`].
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(6).build()?;
    /// let d = design.domain(&[true, true, true, true, true, false])?;
    /// let a = ["x", "x", "y", "y", "x", "z"];
    /// let b = ["u", "v", "u", "v", "v", "w"];
    /// assert_eq!(d.chisq(&a, &b)?.cells.len(), 4);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn chisq<A: AsRef<str>, B: AsRef<str>>(&self, a: &[A], b: &[B]) -> Result<ChisqTest> {
        chisq_in(self.design(), Some(self.mask()), a, b)
    }
}
