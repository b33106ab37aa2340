//! One-pass estimation in bounded memory: totals, means, proportions and
//! ratios from rows fed in chunks, keeping only sums per stratum, PSU (SSU
//! with a second-stage fpc) and group.

use std::collections::HashMap;

use crate::error::{Error, Result};

use super::by::{ByLevel, level_order};
use super::compensated::Dd;
use super::design::{LonelyPsu, design_error, unavailable};
use super::estimate::{Estimate, Statistic};
use super::missing::Missing;
use super::variance::{StratumScores, combine, stratum_variance};

/// One chunk of rows for a [`StreamingEstimator`]: columns of equal length,
/// the design's (as [`SurveyDesignBuilder`](crate::survey::SurveyDesignBuilder)
/// takes them, labels as text) and the variable's. Every chunk must give the
/// same columns as the first.
///
/// ```
/// use njov::survey::Chunk;
/// let y = [1.0, 2.0];
/// let chunk = Chunk { y: &y, strata: Some(&["a", "b"]), ..Chunk::default() };
/// assert_eq!(chunk.y.len(), 2);
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Chunk<'a> {
    /// The variable (the numerator of a ratio); NaN is a missing value.
    pub y: &'a [f64],
    /// The denominator of a ratio.
    pub denominator: Option<&'a [f64]>,
    /// Sampling weights.
    pub weights: Option<&'a [f64]>,
    /// Inclusion probabilities (instead of weights).
    pub probabilities: Option<&'a [f64]>,
    /// Strata labels.
    pub strata: Option<&'a [&'a str]>,
    /// PSU labels; without them every row is its own PSU.
    pub psu: Option<&'a [&'a str]>,
    /// Second-stage unit labels (used with a second-stage fpc).
    pub ssu: Option<&'a [&'a str]>,
    /// First-stage fpc: population sizes or fractions, R's rule
    /// ([`Fpc::infer`](crate::survey::Fpc::infer)) applied to all rows.
    pub fpc: Option<&'a [f64]>,
    /// Second-stage fpc.
    pub fpc2: Option<&'a [f64]>,
    /// Which rows are in the domain (all without it).
    pub domain: Option<&'a [bool]>,
    /// Group labels for estimates by group (R's `svyby`).
    pub by: Option<&'a [&'a str]>,
}

/// Which columns a chunk gives (the first chunk's, for all).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Shape([bool; 10]);

impl Shape {
    fn of(c: &Chunk<'_>) -> Shape {
        Shape([
            c.denominator.is_some(),
            c.weights.is_some(),
            c.probabilities.is_some(),
            c.strata.is_some(),
            c.psu.is_some(),
            c.ssu.is_some(),
            c.fpc.is_some(),
            c.fpc2.is_some(),
            c.domain.is_some(),
            c.by.is_some(),
        ])
    }
}

/// Labels to dense codes in order of first appearance; a run of one label
/// costs one comparison.
#[derive(Debug, Default)]
struct Interner {
    map: HashMap<Box<str>, u32>,
    names: Vec<Box<str>>,
    last: Option<u32>,
}

impl Interner {
    fn code(&mut self, label: &str) -> u32 {
        if let Some(c) = self.last
            && *self.names[c as usize] == *label
        {
            return c;
        }
        let c = match self.map.get(label) {
            Some(&c) => c,
            None => {
                let c = self.names.len() as u32;
                self.names.push(label.into());
                self.map.insert(label.into(), c);
                c
            }
        };
        self.last = Some(c);
        c
    }

    fn len(&self) -> usize {
        self.names.len()
    }
}

/// Pairs of codes to dense codes (PSUs nested in strata, SSUs in PSUs).
#[derive(Debug, Default)]
struct PairCodes {
    map: HashMap<(u32, u32), u32>,
    last: Option<((u32, u32), u32)>,
}

impl PairCodes {
    /// The code of the pair and whether it is new.
    fn code(&mut self, pair: (u32, u32)) -> (u32, bool) {
        if let Some((p, c)) = self.last
            && p == pair
        {
            return (c, false);
        }
        let next = self.map.len() as u32;
        let c = *self.map.entry(pair).or_insert(next);
        self.last = Some((pair, c));
        (c, c == next)
    }
}

/// The compensated sums of the rows counted in one unit (a PSU, an SSU, or
/// the rows of a stratum whose rows are their own PSUs), with the row's
/// weight `w` (1 when the weights follow from the fpc: the unit's
/// multiplier is applied at the end).
#[derive(Debug, Clone, Copy, Default)]
struct Cell {
    w: Dd,
    wy: Dd,
    wx: Dd,
    wyy: Dd,
    counted: u64,
    /// A row in the domain with non-zero weight (for the degrees of freedom).
    df_rows: u64,
}

/// Rows as their own PSUs: a stratum's sums of squares and products of the
/// row scores' parts `a = w y` and `b` (`w` for a mean, `w x` for a ratio).
#[derive(Debug, Clone, Copy, Default)]
struct Moments {
    aa: Dd,
    ab: Dd,
    bb: Dd,
}

/// One group's cells by unit code, only for the units where the group has a
/// row: a table of every unit for every group would take groups x PSUs.
/// A run of rows of one unit costs one comparison.
#[derive(Debug, Clone, Default)]
struct Cells {
    index: HashMap<u32, u32>,
    units: Vec<u32>,
    cells: Vec<Cell>,
    last: Option<(u32, u32)>,
}

impl Cells {
    fn get(&mut self, unit: u32) -> &mut Cell {
        let k = match self.last {
            Some((u, k)) if u == unit => k,
            _ => {
                let next = self.cells.len() as u32;
                let k = *self.index.entry(unit).or_insert(next);
                if k == next {
                    self.units.push(unit);
                    self.cells.push(Cell::default());
                }
                self.last = Some((unit, k));
                k
            }
        };
        &mut self.cells[k as usize]
    }

    /// `(unit code, cell)` in order of first appearance.
    fn iter(&self) -> impl Iterator<Item = (usize, &Cell)> {
        self.units.iter().map(|&u| u as usize).zip(&self.cells)
    }

    fn merge(&mut self, other: Cells) {
        for (u, y) in other.units.into_iter().zip(other.cells) {
            let x = self.get(u);
            x.w.add_dd(y.w);
            x.wy.add_dd(y.wy);
            x.wx.add_dd(y.wx);
            x.wyy.add_dd(y.wyy);
            x.counted += y.counted;
            x.df_rows += y.df_rows;
        }
    }
}

/// Everything kept for one group (the whole domain without `by`).
#[derive(Debug, Clone, Default)]
struct Group {
    /// By PSU code (explicit PSUs) or by stratum (rows as PSUs).
    cells: Cells,
    /// By stratum, rows as PSUs only.
    moments: Vec<Moments>,
    /// By SSU code, with a second stage only.
    ssu: Cells,
    domain_rows: u64,
    nonzero_counted: u64,
}

fn slot<T: Default + Clone>(v: &mut Vec<T>, i: u32) -> &mut T {
    let i = i as usize;
    if v.len() <= i {
        v.resize(i + 1, T::default());
    }
    &mut v[i]
}

#[derive(Debug, Clone, Copy)]
struct StratumInfo {
    fpc: f64,
    rows: u64,
    psus: u64,
}

#[derive(Debug, Clone, Copy)]
struct PsuInfo {
    stratum: u32,
    fpc2: f64,
    ssus: u64,
}

/// R's rule for an fpc column, over all its values: population sizes if
/// every value is at least 1 and one exceeds 1, else fractions.
#[derive(Debug, Clone, Copy)]
struct FpcKind {
    any_big: bool,
    all_ge1: bool,
}

impl Default for FpcKind {
    fn default() -> Self {
        FpcKind {
            any_big: false,
            all_ge1: true,
        }
    }
}

impl FpcKind {
    fn see(&mut self, v: f64) {
        self.any_big |= v > 1.0;
        self.all_ge1 &= v >= 1.0;
    }

    /// Whether the values are population sizes.
    fn sizes(self) -> Result<bool> {
        if self.any_big != self.all_ge1 {
            return Err(design_error(
                "fpc must be all >= 1 (population sizes) or all <= 1 (fractions)",
            ));
        }
        Ok(self.any_big)
    }
}

/// The population size from an fpc value: a size, or `n / fraction`.
fn popsize(sizes: bool, value: f64, n: u64, what: &str, name: &str) -> Result<f64> {
    let pop = if sizes {
        value
    } else {
        if !(value > 0.0 && value <= 1.0) {
            return Err(design_error(format!(
                "fpc fraction {value} in {what} '{name}': fractions must be in (0, 1]"
            )));
        }
        n as f64 / value
    };
    if pop < n as f64 {
        return Err(design_error(format!(
            "fpc below the sample size in {what} '{name}': population {pop}, sampled {n}"
        )));
    }
    Ok(pop)
}

/// Totals, means, proportions and ratios of a stratified one- or two-stage
/// cluster sample in one pass over its rows, fed in chunks
/// ([`StreamingEstimator::push`]), in memory that does not grow with the
/// number of rows: the estimator keeps, for each group (of `by`) and each
/// PSU, compensated sums of the weights and of the weighted variable (and
/// denominator), from which the linearised scores' PSU totals follow once
/// the estimate is known, since a mean's or ratio's score
/// `w (y - R x) / sum w x` is linear in them. A design without PSUs (every
/// row its own PSU) keeps per stratum the sums of squares and products of
/// the two parts of the row scores instead; an explicit PSU column keeps a
/// few sums per PSU (and per SSU with a second-stage fpc), so memory grows
/// with the number of PSUs, not rows.
///
/// [`StreamingEstimator::finish`] gives the same [`Estimate`] as
/// [`SurveyDesign`](crate::survey::SurveyDesign) (estimate, standard error,
/// degrees of freedom, design effect, row count, to rounding), with the same
/// conventions: a domain keeps every PSU and stratum of the design (PSUs
/// without a domain row count as zero totals), the lonely-PSU rules, an fpc
/// as population sizes or fractions (R's rule over all rows), weights from
/// the fpc when none are given, missing values refused or excluded as a
/// domain ([`Missing`]), and `by` groups as [`SurveyDesign::by`](crate::survey::SurveyDesign::by)
/// orders and keeps them. The variance rules within a stratum are the
/// in-memory estimator's own code. The sums are compensated
/// (Kahan-Babuska-Neumaier, with products added exactly), so the result
/// does not depend, beyond the last bit, on the order of the rows or their
/// split into chunks.
///
/// ```
/// use njov::survey::{Chunk, Statistic, StreamingEstimator, SurveyDesign};
/// let y = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0];
/// let w = [10.0, 10.0, 20.0, 20.0, 30.0, 30.0];
/// let psu = ["1", "1", "2", "2", "3", "3"];
/// let mut stream = StreamingEstimator::new(Statistic::Mean)?;
/// for (a, b) in [(0, 4), (4, 6)] {
///     stream.push(&Chunk {
///         y: &y[a..b],
///         weights: Some(&w[a..b]),
///         psu: Some(&psu[a..b]),
///         ..Chunk::default()
///     })?;
/// }
/// let streamed = stream.finish()?;
/// let design = SurveyDesign::builder(6).weights(w).psu(psu).build()?;
/// let in_memory = design.mean(&y)?;
/// assert!((streamed.estimate - in_memory.estimate).abs() < 1e-12);
/// assert!((streamed.se - in_memory.se).abs() < 1e-12);
/// assert_eq!(streamed.df, in_memory.df);
/// # Ok::<(), njov::Error>(())
/// ```
#[derive(Debug)]
pub struct StreamingEstimator {
    statistic: Statistic,
    lonely: LonelyPsu,
    nest: bool,
    missing: Missing,
    shape: Option<Shape>,
    rows: u64,
    strata: Interner,
    stratum_info: Vec<StratumInfo>,
    psu_labels: Interner,
    psu_pairs: PairCodes,
    psu_info: Vec<PsuInfo>,
    ssu_labels: Interner,
    ssu_pairs: PairCodes,
    ssu_psu: Vec<u32>,
    fpc_kind: FpcKind,
    fpc2_kind: FpcKind,
    by: Interner,
    groups: Vec<Group>,
    /// The first value that is not finite in a row used, of the variable
    /// and of the denominator, and the number of missing ones.
    bad: [Option<(f64, u64)>; 2],
    nan_count: [u64; 2],
    /// The first value of a proportion's variable other than 0 or 1.
    bad_proportion: Option<(f64, u64)>,
}

impl StreamingEstimator {
    /// An estimator of a total, mean, proportion or ratio (give the
    /// denominator in every [`Chunk`]), with the lonely-PSU rule
    /// [`LonelyPsu::Fail`], PSUs not nested and missing values refused.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for
    /// [`Statistic::Quantile`], which needs every row.
    ///
    /// ```
    /// use njov::survey::{Statistic, StreamingEstimator};
    /// assert!(StreamingEstimator::new(Statistic::Quantile).is_err());
    /// assert_eq!(StreamingEstimator::new(Statistic::Total).unwrap().rows(), 0);
    /// ```
    pub fn new(statistic: Statistic) -> Result<StreamingEstimator> {
        if statistic == Statistic::Quantile {
            return Err(Error::invalid_argument(
                "statistic",
                statistic.name(),
                "total, mean, proportion or ratio in one pass (a quantile needs every row: \
                 use SurveyDesign::quantile)",
            ));
        }
        Ok(StreamingEstimator {
            statistic,
            lonely: LonelyPsu::Fail,
            nest: false,
            missing: Missing::Refuse,
            shape: None,
            rows: 0,
            strata: Interner::default(),
            stratum_info: Vec::new(),
            psu_labels: Interner::default(),
            psu_pairs: PairCodes::default(),
            psu_info: Vec::new(),
            ssu_labels: Interner::default(),
            ssu_pairs: PairCodes::default(),
            ssu_psu: Vec::new(),
            fpc_kind: FpcKind::default(),
            fpc2_kind: FpcKind::default(),
            by: Interner::default(),
            groups: Vec::new(),
            bad: [None; 2],
            nan_count: [0; 2],
            bad_proportion: None,
        })
    }

    /// The lonely-PSU rule (as [`SurveyDesignBuilder::lonely_psu`](crate::survey::SurveyDesignBuilder::lonely_psu)).
    ///
    /// ```
    /// use njov::survey::{LonelyPsu, Statistic, StreamingEstimator};
    /// let s = StreamingEstimator::new(Statistic::Total)?.lonely_psu(LonelyPsu::Adjust);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn lonely_psu(mut self, option: LonelyPsu) -> Self {
        self.lonely = option;
        self
    }

    /// Whether PSU labels are unique only within strata (as
    /// [`SurveyDesignBuilder::nest`](crate::survey::SurveyDesignBuilder::nest)).
    ///
    /// ```
    /// use njov::survey::{Statistic, StreamingEstimator};
    /// let s = StreamingEstimator::new(Statistic::Total)?.nest(true);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn nest(mut self, nest: bool) -> Self {
        self.nest = nest;
        self
    }

    /// Missing values of the variable refused or excluded as a domain (as
    /// [`SurveyDesign::estimate`](crate::survey::SurveyDesign::estimate));
    /// a ratio always refuses them.
    ///
    /// ```
    /// use njov::survey::{Chunk, Missing, Statistic, StreamingEstimator};
    /// let mut s = StreamingEstimator::new(Statistic::Total)?.missing(Missing::Exclude);
    /// s.push(&Chunk { y: &[1.0, f64::NAN, 3.0], ..Chunk::default() })?;
    /// assert_eq!(s.finish()?.estimate, 4.0);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn missing(mut self, missing: Missing) -> Self {
        self.missing = missing;
        self
    }

    /// The number of rows pushed so far.
    ///
    /// ```
    /// use njov::survey::{Chunk, Statistic, StreamingEstimator};
    /// let mut s = StreamingEstimator::new(Statistic::Total)?;
    /// s.push(&Chunk { y: &[1.0, 2.0], ..Chunk::default() })?;
    /// assert_eq!(s.rows(), 2);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn rows(&self) -> u64 {
        self.rows
    }

    fn check_shape(&mut self, chunk: &Chunk<'_>) -> Result<()> {
        let shape = Shape::of(chunk);
        match self.shape {
            Some(s) if s != shape => {
                return Err(Error::invalid_argument(
                    "chunk",
                    "different columns from the first chunk",
                    "the same columns in every chunk",
                ));
            }
            Some(_) => return Ok(()),
            None => {}
        }
        if self.statistic == Statistic::Ratio && chunk.denominator.is_none() {
            return Err(Error::invalid_argument(
                "denominator",
                "none",
                "a denominator column for a ratio",
            ));
        }
        if chunk.weights.is_some() && chunk.probabilities.is_some() {
            return Err(Error::invalid_argument(
                "probabilities",
                "given with weights",
                "weights or probabilities, not both",
            ));
        }
        match (
            chunk.ssu.is_some(),
            chunk.fpc.is_some(),
            chunk.fpc2.is_some(),
        ) {
            (false, _, true) => {
                return Err(design_error(
                    "a second-stage fpc needs second-stage units (ssu)",
                ));
            }
            (true, false, true) => {
                return Err(design_error("a second-stage fpc needs a first-stage fpc"));
            }
            (true, true, false) => {
                return Err(design_error(
                    "with a first-stage fpc and second-stage units, give the second-stage fpc too",
                ));
            }
            _ => {}
        }
        if chunk.fpc2.is_some() && chunk.psu.is_none() {
            return Err(design_error(
                "second-stage units need first-stage units (psu)",
            ));
        }
        self.shape = Some(shape);
        Ok(())
    }

    /// Feeds a chunk of rows.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for
    /// columns of unequal length or other than the first chunk's;
    /// [`ErrorKind::Design`](crate::ErrorKind::Design) for a weight or
    /// probability out of range or missing, a missing fpc or one that varies
    /// within its stratum (PSU), or a PSU in two strata without nesting, each
    /// naming its row (counted from 1 over all chunks).
    ///
    /// ```
    /// use njov::survey::{Chunk, Statistic, StreamingEstimator};
    /// let mut s = StreamingEstimator::new(Statistic::Mean)?;
    /// let err = s.push(&Chunk { y: &[1.0], weights: Some(&[-1.0]), ..Chunk::default() });
    /// assert!(err.unwrap_err().to_string().contains("row 1"));
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn push(&mut self, chunk: &Chunk<'_>) -> Result<()> {
        self.check_shape(chunk)?;
        let n = chunk.y.len();
        let lengths = [
            ("denominator", chunk.denominator.map(<[f64]>::len)),
            ("weights", chunk.weights.map(<[f64]>::len)),
            ("probabilities", chunk.probabilities.map(<[f64]>::len)),
            ("strata", chunk.strata.map(<[&str]>::len)),
            ("psu", chunk.psu.map(<[&str]>::len)),
            ("ssu", chunk.ssu.map(<[&str]>::len)),
            ("fpc", chunk.fpc.map(<[f64]>::len)),
            ("fpc2", chunk.fpc2.map(<[f64]>::len)),
            ("domain", chunk.domain.map(<[bool]>::len)),
            ("by", chunk.by.map(<[&str]>::len)),
        ];
        for (name, len) in lengths {
            if let Some(len) = len
                && len != n
            {
                return Err(Error::invalid_argument(
                    name,
                    format!("{len} values"),
                    format!("one value per row of the chunk ({n})"),
                ));
            }
        }
        if self.strata.len() == 0 && chunk.strata.is_none() {
            self.strata.code("1");
        }
        let explicit_psu = chunk.psu.is_some();
        let stat = self.statistic;
        for i in 0..n {
            let row = self.rows + i as u64 + 1;
            // the design: stratum, PSU, SSU, fpc
            let h = match chunk.strata {
                Some(s) => self.strata.code(s[i]),
                None => 0,
            };
            if h as usize == self.stratum_info.len() {
                self.stratum_info.push(StratumInfo {
                    fpc: f64::NAN,
                    rows: 0,
                    psus: 0,
                });
            }
            let info = &mut self.stratum_info[h as usize];
            info.rows += 1;
            if let Some(fpc) = chunk.fpc {
                let v = fpc[i];
                if v.is_nan() {
                    return Err(design_error(format!("missing fpc in row {row}")));
                }
                self.fpc_kind.see(v);
                if info.fpc.is_nan() {
                    info.fpc = v;
                } else if info.fpc != v {
                    return Err(design_error(format!(
                        "fpc varies within stratum '{}' ({} and {v}, row {row})",
                        self.strata.names[h as usize], info.fpc
                    )));
                }
            }
            let c = match chunk.psu {
                None => {
                    info.psus += 1;
                    h
                }
                Some(p) => {
                    let label = self.psu_labels.code(p[i]);
                    let (c, new) = if self.nest {
                        self.psu_pairs.code((h, label))
                    } else {
                        (label, label as usize == self.psu_info.len())
                    };
                    if new {
                        self.psu_info.push(PsuInfo {
                            stratum: h,
                            fpc2: f64::NAN,
                            ssus: 0,
                        });
                        info.psus += 1;
                    } else if self.psu_info[c as usize].stratum != h {
                        return Err(design_error(format!(
                            "PSU '{}' is in two strata ('{}' and '{}'); PSU labels must be unique \
                             across strata, or set nest(true)",
                            p[i],
                            self.strata.names[self.psu_info[c as usize].stratum as usize],
                            self.strata.names[h as usize]
                        )));
                    }
                    c
                }
            };
            let s = match (chunk.ssu, chunk.fpc2) {
                (Some(labels), Some(fpc2)) => {
                    let label = self.ssu_labels.code(labels[i]);
                    let (s, new) = self.ssu_pairs.code((c, label));
                    let psu = &mut self.psu_info[c as usize];
                    if new {
                        self.ssu_psu.push(c);
                        psu.ssus += 1;
                    }
                    let v = fpc2[i];
                    if v.is_nan() {
                        return Err(design_error(format!("missing fpc2 in row {row}")));
                    }
                    self.fpc2_kind.see(v);
                    if psu.fpc2.is_nan() {
                        psu.fpc2 = v;
                    } else if psu.fpc2 != v {
                        return Err(design_error(format!(
                            "fpc2 varies within PSU '{}' ({} and {v}, row {row})",
                            chunk.psu.map(|p| p[i]).unwrap_or_default(),
                            psu.fpc2
                        )));
                    }
                    Some(s)
                }
                _ => None,
            };
            // the weight
            let w = match (chunk.weights, chunk.probabilities) {
                (Some(w), _) => {
                    let x = w[i];
                    if x.is_nan() {
                        return Err(design_error(format!("missing weight in row {row}")));
                    }
                    if x < 0.0 || x.is_infinite() {
                        return Err(design_error(format!(
                            "weight {x} in row {row}: weights must be finite and non-negative"
                        )));
                    }
                    x
                }
                (None, Some(p)) => {
                    let x = p[i];
                    if x.is_nan() {
                        return Err(design_error(format!("missing probability in row {row}")));
                    }
                    if !(x > 0.0 && x <= 1.0) {
                        return Err(design_error(format!(
                            "probability {x} in row {row}: probabilities must be in (0, 1]"
                        )));
                    }
                    1.0 / x
                }
                (None, None) => 1.0,
            };
            // the rows used
            if chunk.domain.is_some_and(|d| !d[i]) {
                continue;
            }
            let y = chunk.y[i];
            let x = chunk.denominator.map_or(0.0, |d| d[i]);
            let counted =
                if self.missing == Missing::Exclude && stat != Statistic::Ratio && y.is_nan() {
                    false
                } else {
                    // refusals wait for the end, to count the missing values
                    // as the in-memory check does
                    let mut ok = true;
                    for (k, v) in [y, x].into_iter().enumerate() {
                        if !v.is_finite() {
                            self.bad[k].get_or_insert((v, row));
                            self.nan_count[k] += u64::from(v.is_nan());
                            ok = false;
                        }
                    }
                    if ok && stat == Statistic::Proportion && y != 0.0 && y != 1.0 {
                        self.bad_proportion.get_or_insert((y, row));
                        ok = false;
                    }
                    ok
                };
            let g = match chunk.by {
                Some(b) => self.by.code(b[i]),
                None => 0,
            };
            let group = slot(&mut self.groups, g);
            group.domain_rows += 1;
            let cell = group.cells.get(c);
            if w != 0.0 {
                cell.df_rows += 1;
            }
            if !counted {
                continue;
            }
            let add = |cell: &mut Cell| {
                cell.w.add(w);
                cell.wy.add_product(w, y);
                if stat == Statistic::Ratio {
                    cell.wx.add_product(w, x);
                } else {
                    cell.wyy.add_product3(w, y, y);
                }
                cell.counted += 1;
            };
            add(cell);
            group.nonzero_counted += u64::from(w != 0.0);
            if !explicit_psu {
                let a = w * y;
                let b = match stat {
                    Statistic::Total => 0.0,
                    Statistic::Ratio => w * x,
                    _ => w,
                };
                let m = slot(&mut group.moments, h);
                m.aa.add_product(a, a);
                m.ab.add_product(a, b);
                m.bb.add_product(b, b);
            }
            if let Some(s) = s {
                add(group.ssu.get(s));
            }
        }
        self.rows += n as u64;
        Ok(())
    }

    /// The estimate over all rows pushed (in the domain).
    ///
    /// # Errors
    ///
    /// As [`StreamingEstimator::finish_by`]; [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument)
    /// if the chunks had `by` labels, or a domain with no row.
    ///
    /// ```
    /// use njov::survey::{Chunk, Statistic, StreamingEstimator};
    /// let mut s = StreamingEstimator::new(Statistic::Total)?;
    /// s.push(&Chunk { y: &[1.0, 2.0, 6.0], ..Chunk::default() })?;
    /// let total = s.finish()?;
    /// assert_eq!(total.estimate, 9.0);
    /// assert!((total.variance() - 21.0).abs() < 1e-12);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn finish(self) -> Result<Estimate> {
        if self.shape.is_some_and(|s| s.0[9]) {
            return Err(Error::invalid_argument(
                "by",
                "by labels",
                "finish_by for estimates by group",
            ));
        }
        if self.rows > 0 && self.groups.first().is_none_or(|g| g.domain_rows == 0) {
            return Err(Error::invalid_argument(
                "domain",
                "no row",
                "a domain with at least one row",
            ));
        }
        let mut out = self.finish_groups()?;
        Ok(out.remove(0).value)
    }

    /// The estimate in every group of the `by` labels, in R `svyby`'s order
    /// of the levels (numeric when every level is a number), leaving out
    /// groups whose rows (in the domain) all have zero weight, as
    /// [`SurveyDesign::by`](crate::survey::SurveyDesign::by) does.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument)
    /// for a value of the variable that is not finite in a row used (a
    /// missing one unless excluded: the first, with the number missing),
    /// or a proportion's value other than 0 or 1;
    /// [`ErrorKind::Design`](crate::ErrorKind::Design) for a design with no
    /// rows or one PSU, an fpc that mixes sizes and fractions or is below
    /// the number of sampled units, a lonely PSU under
    /// [`LonelyPsu::Fail`]; [`ErrorKind::Unavailable`](crate::ErrorKind::Unavailable)
    /// for a mean with no weight, a ratio whose denominator total is 0, a
    /// group where no row has a value (missing values excluded), or no
    /// group with positive weight.
    ///
    /// ```
    /// use njov::survey::{Chunk, Statistic, StreamingEstimator};
    /// let mut s = StreamingEstimator::new(Statistic::Total)?;
    /// s.push(&Chunk { y: &[1.0, 2.0, 3.0, 4.0], by: Some(&["b", "a", "b", "a"]), ..Chunk::default() })?;
    /// let rows = s.finish_by()?;
    /// assert_eq!(rows[0].level, "a");
    /// assert_eq!(rows[0].value.estimate, 6.0);
    /// # Ok::<(), njov::Error>(())
    /// ```
    pub fn finish_by(self) -> Result<Vec<ByLevel<Estimate>>> {
        self.finish_groups()
    }

    fn finish_groups(mut self) -> Result<Vec<ByLevel<Estimate>>> {
        let Some(shape) = self.shape else {
            return Err(design_error("the design has no rows"));
        };
        if self.rows == 0 {
            return Err(design_error("the design has no rows"));
        }
        let [
            _,
            has_weights,
            has_probs,
            _,
            explicit_psu,
            _,
            has_fpc,
            stage2,
            _,
            has_by,
        ] = shape.0;
        let n_strata = self.strata.len();
        let n_psu: u64 = self.stratum_info.iter().map(|s| s.psus).sum();
        if n_psu < 2 && !(self.nest && n_strata > 1) {
            return Err(design_error(
                "the design has only one primary sampling unit",
            ));
        }
        // population sizes
        let stratum_pop: Option<Vec<f64>> = if has_fpc {
            let sizes = self.fpc_kind.sizes()?;
            Some(
                self.stratum_info
                    .iter()
                    .zip(&self.strata.names)
                    .map(|(s, name)| popsize(sizes, s.fpc, s.psus, "stratum", name))
                    .collect::<Result<_>>()?,
            )
        } else {
            None
        };
        let psu_pop: Option<Vec<f64>> = if stage2 {
            let sizes = self.fpc2_kind.sizes()?;
            Some(
                self.psu_info
                    .iter()
                    .enumerate()
                    .map(|(c, p)| popsize(sizes, p.fpc2, p.ssus, "PSU", &(c + 1).to_string()))
                    .collect::<Result<_>>()?,
            )
        } else {
            None
        };
        self.refuse_values()?;
        // the weights' multiplier per unit when they follow from the fpc
        let derived = !has_weights && !has_probs;
        let unit_multiplier = |c: usize| -> f64 {
            let (Some(pop), true) = (&stratum_pop, derived) else {
                return 1.0;
            };
            let h = if explicit_psu {
                self.psu_info[c].stratum as usize
            } else {
                c
            };
            let mut m = pop[h] / self.stratum_info[h].psus as f64;
            if let Some(pop2) = &psu_pop {
                m *= pop2[c] / self.psu_info[c].ssus as f64;
            }
            m
        };
        let cell_multipliers: Vec<f64> = if explicit_psu {
            (0..self.psu_info.len()).map(unit_multiplier).collect()
        } else {
            (0..n_strata).map(unit_multiplier).collect()
        };
        // the groups kept, in svyby's order
        let groups = std::mem::take(&mut self.groups);
        let mut kept: Vec<(String, Group)> = groups
            .into_iter()
            .enumerate()
            .filter(|(_, g)| !has_by || g.cells.iter().any(|(_, c)| c.df_rows > 0))
            .map(|(k, g)| {
                let name = if has_by {
                    self.by.names[k].to_string()
                } else {
                    String::new()
                };
                (name, g)
            })
            .collect();
        if has_by {
            if kept.is_empty() {
                return Err(Error::unavailable(
                    "by",
                    "no row with positive weight (in the domain)",
                ));
            }
            kept = order_levels(kept);
        }
        let mut out = Vec::with_capacity(kept.len());
        for (level, group) in kept {
            let value = self.estimate(
                &group,
                explicit_psu,
                &cell_multipliers,
                stratum_pop.as_deref(),
                psu_pop.as_deref(),
            )?;
            out.push(ByLevel { level, value });
        }
        Ok(out)
    }

    /// The in-memory estimators' refusals of the variable's values: the
    /// first that is not finite, with the number missing, then a
    /// proportion's value other than 0 or 1.
    fn refuse_values(&self) -> Result<()> {
        let names = if self.statistic == Statistic::Ratio {
            ["numerator", "denominator"]
        } else {
            ["y", "denominator"]
        };
        for ((name, bad), missing) in names.iter().zip(self.bad).zip(self.nan_count) {
            if let Some((v, row)) = bad {
                return Err(Error::invalid_argument(
                    *name,
                    format!(
                        "{v} in row {row} ({missing} missing value{} in the rows used)",
                        if missing == 1 { "" } else { "s" }
                    ),
                    "finite values in every row used (or exclude missing values as R's \
                     na.rm = TRUE does: Missing::Exclude, --na-rm)",
                ));
            }
        }
        if let Some((v, row)) = self.bad_proportion {
            return Err(Error::invalid_argument(
                "y",
                format!("{v} in row {row}"),
                "0 or 1 for a proportion",
            ));
        }
        Ok(())
    }

    fn estimate(
        &self,
        group: &Group,
        explicit_psu: bool,
        multipliers: &[f64],
        stratum_pop: Option<&[f64]>,
        psu_pop: Option<&[f64]>,
    ) -> Result<Estimate> {
        let stat = self.statistic;
        let counted: u64 = group.cells.iter().map(|(_, c)| c.counted).sum();
        if self.missing == Missing::Exclude && stat != Statistic::Ratio && counted == 0 {
            return Err(Error::unavailable(
                stat.name(),
                "no row (of the domain) has a value of the variable",
            ));
        }
        let (mut sw, mut swy, mut swx, mut swyy) =
            (Dd::default(), Dd::default(), Dd::default(), Dd::default());
        for (c, cell) in group.cells.iter() {
            if cell.counted == 0 {
                continue;
            }
            let m = multipliers[c];
            sw.add_dd(cell.w.times(m));
            swy.add_dd(cell.wy.times(m));
            swx.add_dd(cell.wx.times(m));
            swyy.add_dd(cell.wyy.times(m));
        }
        let (sw_v, swy_v, swx_v) = (sw.value(), swy.value(), swx.value());
        // the scores are k (a - theta b): a = w y, b = w (mean) or w x (ratio)
        let (estimate, theta, k) = match stat {
            Statistic::Total => (swy_v, 0.0, 1.0),
            Statistic::Ratio => {
                if swx_v == 0.0 {
                    return Err(unavailable(
                        "ratio",
                        "the denominator's weighted total (in the domain) is 0: choose a \
                         denominator that is not 0 everywhere, or a domain where it is not",
                    ));
                }
                let r = swy_v / swx_v;
                (r, r, 1.0 / swx_v)
            }
            _ => {
                if counted == 0 || sw_v == 0.0 {
                    return Err(unavailable(
                        "mean",
                        "no rows with positive weight in the domain",
                    ));
                }
                let mean = swy_v / sw_v;
                (mean, mean, 1.0 / sw_v)
            }
        };
        let b_of = |cell: &Cell| match stat {
            Statistic::Total => Dd::default(),
            Statistic::Ratio => cell.wx,
            _ => cell.w,
        };
        let score = |cell: &Cell, m: f64| -> f64 {
            cell.wy.times(m).plus(b_of(cell).times(-theta * m)).value() * k
        };
        let n_strata = self.strata.len();
        let mut parts = Vec::with_capacity(n_strata);
        let mut v;
        if explicit_psu {
            let mut by_stratum: Vec<Vec<f64>> = vec![Vec::new(); n_strata];
            for (c, cell) in group.cells.iter() {
                if cell.counted > 0 {
                    let h = self.psu_info[c].stratum as usize;
                    by_stratum[h].push(score(cell, multipliers[c]));
                }
            }
            for (h, totals) in by_stratum.iter().enumerate() {
                if totals.is_empty() {
                    continue;
                }
                let n_units = self.stratum_info[h].psus as usize;
                parts.push(stratum_variance(
                    StratumScores::from_totals(totals, n_units),
                    n_units,
                    stratum_pop.map(|p| p[h]),
                    self.lonely,
                    &self.strata.names[h],
                    1,
                )?);
            }
            v = combine(parts.into_iter());
            if let (Some(pop2), Some(pop1)) = (psu_pop, stratum_pop) {
                let mut by_psu: Vec<Vec<f64>> = vec![Vec::new(); self.psu_info.len()];
                for (s, cell) in group.ssu.iter() {
                    if cell.counted > 0 {
                        let c = self.ssu_psu[s] as usize;
                        by_psu[c].push(score(cell, multipliers[c]));
                    }
                }
                for (c, totals) in by_psu.iter().enumerate() {
                    if totals.is_empty() {
                        continue;
                    }
                    let h = self.psu_info[c].stratum as usize;
                    let n_units = self.psu_info[c].ssus as usize;
                    let part = stratum_variance(
                        StratumScores::from_totals(totals, n_units),
                        n_units,
                        Some(pop2[c]),
                        self.lonely,
                        &format!("{}", c + 1),
                        2,
                    )?;
                    let within = combine(std::iter::once(part));
                    v += within * self.stratum_info[h].psus as f64 / pop1[h];
                }
            }
        } else {
            // every row its own PSU: per stratum, sum z and sum z^2 of the
            // present rows from the sums of a, b and their products
            for (h, cell) in group.cells.iter() {
                if cell.counted == 0 {
                    continue;
                }
                let m = multipliers[h];
                let mo = group.moments[h];
                let n_units = self.stratum_info[h].psus;
                let s1 = cell.wy.times(m).plus(b_of(cell).times(-theta * m));
                let m2 = m * m;
                let s2 = mo
                    .aa
                    .times(m2)
                    .plus(mo.ab.times(-2.0 * theta * m2))
                    .plus(mo.bb.times(theta * theta * m2));
                let centred = s2.plus(s1.square().over(n_units as f64).times(-1.0));
                let scores = StratumScores {
                    centred_ss: centred.value() * k * k,
                    plain_ss: s2.value() * k * k,
                };
                parts.push(stratum_variance(
                    scores,
                    n_units as usize,
                    stratum_pop.map(|p| p[h]),
                    self.lonely,
                    &self.strata.names[h],
                    1,
                )?);
            }
            v = combine(parts.into_iter());
        }
        // degrees of freedom: PSUs minus strata with a domain row of
        // non-zero weight
        let df = if explicit_psu {
            let mut strata = vec![false; n_strata];
            let mut psus = 0u64;
            for (c, cell) in group.cells.iter() {
                if cell.df_rows > 0 {
                    psus += 1;
                    strata[self.psu_info[c].stratum as usize] = true;
                }
            }
            psus as f64 - strata.iter().filter(|&&s| s).count() as f64
        } else {
            let psus: u64 = group.cells.iter().map(|(_, c)| c.df_rows).sum();
            let strata = group.cells.iter().filter(|(_, c)| c.df_rows > 0).count();
            psus as f64 - strata as f64
        };
        // design effect: R's svyvar of the rows counted
        let deff = if stat == Statistic::Ratio {
            None
        } else {
            let mean = swy_v / sw_v;
            let nz = group.nonzero_counted as f64;
            let ss = swyy
                .plus(swy.times(-2.0 * mean))
                .plus(sw.times(mean * mean))
                .value();
            let s2 = ss / sw_v * nz / (nz - 1.0);
            Some(if stat == Statistic::Total {
                v / (s2 * sw_v * sw_v * (sw_v - nz) / (sw_v * nz))
            } else if sw_v < nz {
                f64::NAN
            } else {
                v / (s2 * (sw_v - nz) / (sw_v * nz))
            })
        };
        Ok(Estimate {
            statistic: stat,
            estimate,
            se: v.sqrt(),
            df,
            deff,
            n: group.domain_rows as usize,
        })
    }
}

/// The groups in R's order of the levels, those whose labels are the same
/// number (`1` and `1.0`) merged when every label is a number.
fn order_levels(mut kept: Vec<(String, Group)>) -> Vec<(String, Group)> {
    let all_numeric = kept.iter().all(|(l, _)| l.trim().parse::<f64>().is_ok());
    if !all_numeric {
        kept.sort_by(|a, b| a.0.cmp(&b.0));
        return kept;
    }
    // stable: among equal numbers the label seen first comes first
    kept.sort_by(|a, b| level_order(&a.0, &b.0));
    let mut out: Vec<(String, Group)> = Vec::with_capacity(kept.len());
    for (label, group) in kept {
        match out.last_mut() {
            Some((l, g)) if level_order(l, &label).is_eq() => merge(g, group),
            _ => out.push((label, group)),
        }
    }
    out
}

fn merge(into: &mut Group, from: Group) {
    into.cells.merge(from.cells);
    into.ssu.merge(from.ssu);
    if into.moments.len() < from.moments.len() {
        into.moments.resize(from.moments.len(), Moments::default());
    }
    for (x, y) in into.moments.iter_mut().zip(from.moments) {
        x.aa.add_dd(y.aa);
        x.ab.add_dd(y.ab);
        x.bb.add_dd(y.bb);
    }
    into.domain_rows += from.domain_rows;
    into.nonzero_counted += from.nonzero_counted;
}
