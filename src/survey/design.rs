//! A stratified multistage sample design, as R `survey`'s `svydesign`.

use std::collections::HashMap;
use std::fmt::Display;
use std::hash::Hash;
use std::str::FromStr;

use crate::error::{Error, Result};

/// What to do with a stratum that has a single primary sampling unit (PSU),
/// where the between-PSU variance cannot be estimated. The names and the
/// arithmetic are those of R `survey`'s `options(survey.lonely.psu = ...)`
/// (version 4.1):
///
/// | option | the stratum's contribution to the variance |
/// |---|---|
/// | `Fail` | an error ([`ErrorKind::Design`](crate::ErrorKind::Design)) |
/// | `Remove` | 0 |
/// | `Certainty` | 0 (the PSU is taken as sampled with certainty) |
/// | `Adjust` | `f_h * z_h^2`: the PSU total centred at 0, the population mean of the scores, rather than at the stratum mean |
/// | `Average` | the stratum is left out and the sum over the other strata is scaled by `#strata / #strata with two or more PSUs` |
///
/// A stratum whose sampling fraction is 1 (`f_h = (N_h - n_h) / N_h < 1e-7`)
/// contributes 0 under every option, before the option is consulted.
///
/// ```
/// use njov::survey::LonelyPsu;
/// let option: LonelyPsu = "adjust".parse().unwrap();
/// assert_eq!(option, LonelyPsu::Adjust);
/// assert_eq!(LonelyPsu::default(), LonelyPsu::Fail);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum LonelyPsu {
    /// A lonely PSU is an error (R's default).
    #[default]
    Fail,
    /// The stratum contributes nothing.
    Remove,
    /// The PSU is a certainty unit: it contributes nothing.
    Certainty,
    /// The PSU total is centred at zero instead of at its stratum mean.
    Adjust,
    /// The stratum gets the average variance of the other strata.
    Average,
}

impl std::fmt::Display for LonelyPsu {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            LonelyPsu::Fail => "fail",
            LonelyPsu::Remove => "remove",
            LonelyPsu::Certainty => "certainty",
            LonelyPsu::Adjust => "adjust",
            LonelyPsu::Average => "average",
        })
    }
}

impl FromStr for LonelyPsu {
    type Err = Error;

    /// Reads `fail`, `remove`, `certainty`, `adjust` or `average`.
    fn from_str(s: &str) -> Result<LonelyPsu> {
        match s.trim().to_ascii_lowercase().as_str() {
            "fail" => Ok(LonelyPsu::Fail),
            "remove" => Ok(LonelyPsu::Remove),
            "certainty" => Ok(LonelyPsu::Certainty),
            "adjust" => Ok(LonelyPsu::Adjust),
            "average" => Ok(LonelyPsu::Average),
            _ => Err(Error::invalid_argument(
                "lonely_psu",
                s,
                "one of fail, remove, certainty, adjust, average",
            )),
        }
    }
}

/// A finite population correction for one sampling stage, one value per row.
///
/// At stage 1 the value is the number of PSUs in the row's stratum's population
/// (`N_h`) or the sampling fraction `n_h / N_h`; at stage 2 it is the number of
/// second-stage units in the row's PSU (`M_i`) or `m_i / M_i`. The value must be the
/// same for every row of a stratum (of a PSU at stage 2). A fraction `g` gives the
/// population size `n / g`, with `n` the number of sampled units. The correction
/// factor in the variance is `f = (N - n) / N`.
///
/// ```
/// use njov::survey::Fpc;
/// let fpc = Fpc::infer(vec![755.0, 755.0, 1018.0]).unwrap();
/// assert!(matches!(fpc, Fpc::PopulationSize(_)));
/// let fpc = Fpc::infer(vec![0.1, 0.1, 0.25]).unwrap();
/// assert!(matches!(fpc, Fpc::Fraction(_)));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum Fpc {
    /// Population sizes, one per row.
    PopulationSize(Vec<f64>),
    /// Sampling fractions in (0, 1], one per row.
    Fraction(Vec<f64>),
}

impl Fpc {
    /// R's rule: if every value is at least 1 (and one exceeds 1) they are
    /// population sizes; if every value is at most 1 they are fractions; a mix is an
    /// error ([`ErrorKind::Design`](crate::ErrorKind::Design)).
    pub fn infer(values: Vec<f64>) -> Result<Fpc> {
        if values.iter().any(|v| v.is_nan()) {
            return Err(design_error("missing values in fpc"));
        }
        let any_big = values.iter().any(|&v| v > 1.0);
        let all_ge1 = values.iter().all(|&v| v >= 1.0);
        if any_big != all_ge1 {
            return Err(design_error(
                "fpc must be all >= 1 (population sizes) or all <= 1 (fractions)",
            ));
        }
        Ok(if any_big {
            Fpc::PopulationSize(values)
        } else {
            Fpc::Fraction(values)
        })
    }

    fn values(&self) -> &[f64] {
        match self {
            Fpc::PopulationSize(v) | Fpc::Fraction(v) => v,
        }
    }
}

pub(crate) fn unavailable(what: impl Into<String>, reason: impl Into<String>) -> Error {
    Error::unavailable(what, reason)
}

pub(crate) fn design_error(message: impl Into<String>) -> Error {
    Error::design(message)
}

/// Labels of a grouping column turned into dense codes `0..k`, in order of first
/// appearance, with the label of each code kept for messages.
#[derive(Debug, Clone, Default)]
pub(crate) struct Codes {
    pub(crate) codes: Vec<u32>,
    pub(crate) names: Vec<String>,
}

pub(crate) fn encode<K, I>(labels: I) -> Codes
where
    K: Hash + Eq + Display,
    I: IntoIterator<Item = K>,
{
    let iter = labels.into_iter();
    let mut map: HashMap<K, u32> = HashMap::new();
    let mut codes = Vec::with_capacity(iter.size_hint().0);
    let mut names = Vec::new();
    for label in iter {
        let next = map.len() as u32;
        let code = *map.entry(label).or_insert_with_key(|k| {
            names.push(k.to_string());
            next
        });
        codes.push(code);
    }
    Codes { codes, names }
}

/// Text labels to codes, as [`encode`]; a row with the label of the row
/// before it (the runs of a file sorted by stratum and PSU) costs one
/// comparison instead of a hash.
#[cfg_attr(not(feature = "polars"), allow(dead_code))]
pub(crate) fn encode_strs<'a>(labels: impl IntoIterator<Item = &'a str>) -> Codes {
    let iter = labels.into_iter();
    let mut map: HashMap<&str, u32> = HashMap::new();
    let mut codes = Vec::with_capacity(iter.size_hint().0);
    let mut names = Vec::new();
    let mut last: Option<(&str, u32)> = None;
    for label in iter {
        let code = match last {
            Some((l, c)) if l == label => c,
            _ => {
                let next = map.len() as u32;
                let c = *map.entry(label).or_insert_with(|| {
                    names.push(label.to_string());
                    next
                });
                last = Some((label, c));
                c
            }
        };
        codes.push(code);
    }
    Codes { codes, names }
}

/// Integer labels to codes, as [`encode`] (codes in order of first
/// appearance, the label's decimal text as its name), without hashing when
/// the values span a range of at most `4 n + 2^16`: a table indexed by
/// `value - min` then holds the codes. Runs of one label cost one comparison.
/// The labels come as consecutive chunks (a polars column's).
#[cfg_attr(not(feature = "polars"), allow(dead_code))]
pub(crate) fn encode_ints(chunks: &[&[i64]]) -> Codes {
    let n: usize = chunks.iter().map(|c| c.len()).sum();
    let (min, max) = chunks
        .iter()
        .flat_map(|c| c.iter())
        .fold((i64::MAX, i64::MIN), |(lo, hi), &v| (lo.min(v), hi.max(v)));
    let mut codes = Vec::with_capacity(n);
    let mut names = Vec::new();
    if n == 0 {
        return Codes { codes, names };
    }
    let span = (max as i128 - min as i128) as u128;
    // the label before and its code
    let mut last: (Option<i64>, u32) = (None, 0);
    if span < (4 * n as u128 + (1 << 16)) {
        let mut table = vec![u32::MAX; span as usize + 1];
        for &v in chunks.iter().flat_map(|c| c.iter()) {
            if last.0 != Some(v) {
                let slot = &mut table[(v - min) as usize];
                if *slot == u32::MAX {
                    *slot = names.len() as u32;
                    names.push(v.to_string());
                }
                last = (Some(v), *slot);
            }
            codes.push(last.1);
        }
    } else {
        let mut map: HashMap<i64, u32> = HashMap::new();
        for &v in chunks.iter().flat_map(|c| c.iter()) {
            if last.0 != Some(v) {
                let next = map.len() as u32;
                let c = *map.entry(v).or_insert_with(|| {
                    names.push(v.to_string());
                    next
                });
                last = (Some(v), c);
            }
            codes.push(last.1);
        }
    }
    Codes { codes, names }
}

/// Codes of the pairs `(a[i], b[i])` of two coded columns (`a < na`,
/// `b < nb`), in order of first appearance, named by their code: a table of
/// `na * nb` entries when that is at most `4 n + 2^16`, else a hash map;
/// runs cost one comparison.
pub(crate) fn encode_pairs(a: &[u32], na: usize, b: &[u32], nb: usize) -> Codes {
    let n = a.len();
    let mut codes = Vec::with_capacity(n);
    let mut count = 0u32;
    let mut last = (u32::MAX, u32::MAX, 0u32);
    if (na as u128) * (nb as u128) <= 4 * n as u128 + (1 << 16) {
        let mut table = vec![u32::MAX; na * nb];
        for (&x, &y) in a.iter().zip(b) {
            if (x, y) != (last.0, last.1) {
                let slot = &mut table[x as usize * nb + y as usize];
                if *slot == u32::MAX {
                    *slot = count;
                    count += 1;
                }
                last = (x, y, *slot);
            }
            codes.push(last.2);
        }
    } else {
        let mut map: HashMap<(u32, u32), u32> = HashMap::new();
        for (&x, &y) in a.iter().zip(b) {
            if (x, y) != (last.0, last.1) {
                let c = *map.entry((x, y)).or_insert(count);
                if c == count {
                    count += 1;
                }
                last = (x, y, c);
            }
            codes.push(last.2);
        }
    }
    let names = (0..count).map(|i| i.to_string()).collect();
    Codes { codes, names }
}

/// How the sampling weights were given.
#[derive(Debug, Clone)]
enum WeightInput {
    None,
    Weights(Vec<f64>),
    Probabilities(Vec<f64>),
}

/// Builds a [`SurveyDesign`] row by row from columns; [`SurveyDesignBuilder::build`]
/// checks it. Every column must have one value per row.
///
/// ```
/// use njov::survey::{Fpc, SurveyDesign};
/// // Two strata; PSUs 1-2 in stratum "a" and 3-5 in "b"; 100 and 300 PSUs in the
/// // population.
/// let design = SurveyDesign::builder(5)
///     .weights(vec![50.0, 50.0, 100.0, 100.0, 100.0])
///     .strata(["a", "a", "b", "b", "b"])
///     .psu([1, 2, 3, 4, 5])
///     .fpc(Fpc::PopulationSize(vec![100.0, 100.0, 300.0, 300.0, 300.0]))
///     .build()
///     .unwrap();
/// assert_eq!(design.n_rows(), 5);
/// assert_eq!(design.degrees_of_freedom(), 3.0);
/// ```
#[derive(Debug, Clone)]
pub struct SurveyDesignBuilder {
    n: usize,
    weights: WeightInput,
    strata: Option<Codes>,
    strata_levels: Option<Vec<String>>,
    psu: Option<Codes>,
    ssu: Option<Codes>,
    fpc: Option<Fpc>,
    fpc2: Option<Fpc>,
    nest: bool,
    lonely: LonelyPsu,
}

impl SurveyDesignBuilder {
    /// Sampling weights `w_i = 1 / pi_i`, one per row; they must be finite and
    /// non-negative (a NaN counts as missing). Replaces probabilities given before.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(2).weights(vec![3.0, 5.0]).build().unwrap();
    /// assert_eq!(design.total(&[1.0, 1.0]).unwrap().estimate, 8.0);
    /// ```
    pub fn weights(mut self, weights: impl IntoIterator<Item = f64>) -> Self {
        self.weights = WeightInput::Weights(weights.into_iter().collect());
        self
    }

    /// Inclusion probabilities `pi_i` in (0, 1]; the weights are `1 / pi_i`.
    /// Replaces weights given before.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(2).probabilities(vec![0.5, 0.25]).build().unwrap();
    /// assert_eq!(design.weights(), &[2.0, 4.0]);
    /// ```
    pub fn probabilities(mut self, probabilities: impl IntoIterator<Item = f64>) -> Self {
        self.weights = WeightInput::Probabilities(probabilities.into_iter().collect());
        self
    }

    /// The stratum of each row. Without strata the design has one stratum.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(4).strata(["north", "north", "south", "south"]).build().unwrap();
    /// assert_eq!(design.n_strata(), 2);
    /// ```
    pub fn strata<K: Hash + Eq + Display>(mut self, labels: impl IntoIterator<Item = K>) -> Self {
        self.strata = Some(encode(labels));
        self
    }

    /// The strata as codes already made ([`encode_ints`], [`encode_strs`]).
    #[cfg_attr(not(feature = "polars"), allow(dead_code))]
    pub(crate) fn strata_codes(mut self, codes: Codes) -> Self {
        self.strata = Some(codes);
        self
    }

    /// The PSUs as codes already made.
    #[cfg_attr(not(feature = "polars"), allow(dead_code))]
    pub(crate) fn psu_codes(mut self, codes: Codes) -> Self {
        self.psu = Some(codes);
        self
    }

    /// The second-stage units as codes already made.
    #[cfg_attr(not(feature = "polars"), allow(dead_code))]
    pub(crate) fn ssu_codes(mut self, codes: Codes) -> Self {
        self.ssu = Some(codes);
        self
    }

    /// Declares the strata the design has, so that a declared stratum without rows
    /// is an error rather than silently absent, and a row in an undeclared stratum is
    /// too. Labels are compared as text.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let missing = SurveyDesign::builder(2).strata([1, 1]).strata_levels([1, 2]).build();
    /// assert!(missing.is_err());
    /// ```
    pub fn strata_levels<K: Display>(mut self, levels: impl IntoIterator<Item = K>) -> Self {
        self.strata_levels = Some(levels.into_iter().map(|k| k.to_string()).collect());
        self
    }

    /// The primary sampling unit (cluster) of each row. Without it every row is
    /// its own PSU.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(4).psu([7, 7, 8, 9]).build().unwrap();
    /// assert_eq!(design.n_psu(), 3);
    /// ```
    pub fn psu<K: Hash + Eq + Display>(mut self, labels: impl IntoIterator<Item = K>) -> Self {
        self.psu = Some(encode(labels));
        self
    }

    /// The second-stage unit of each row (its label need only be unique within
    /// the PSU). It matters only with an fpc at both stages; otherwise the
    /// ultimate-cluster approximation applies and only PSUs count.
    ///
    /// ```
    /// use njov::survey::{Fpc, SurveyDesign};
    /// // Two districts of 10; in each, 2 of its 5 schools.
    /// let design = SurveyDesign::builder(4)
    ///     .psu([1, 1, 2, 2])
    ///     .ssu([1, 2, 1, 2])
    ///     .fpc(Fpc::PopulationSize(vec![10.0; 4]))
    ///     .fpc2(Fpc::PopulationSize(vec![5.0; 4]))
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(design.weights(), &[12.5; 4]);
    /// ```
    pub fn ssu<K: Hash + Eq + Display>(mut self, labels: impl IntoIterator<Item = K>) -> Self {
        self.ssu = Some(encode(labels));
        self
    }

    /// The first-stage finite population correction.
    ///
    /// ```
    /// use njov::survey::{Fpc, SurveyDesign};
    /// let design = SurveyDesign::builder(3).fpc(Fpc::Fraction(vec![0.1; 3])).build().unwrap();
    /// assert_eq!(design.weights(), &[10.0; 3]);
    /// ```
    pub fn fpc(mut self, fpc: Fpc) -> Self {
        self.fpc = Some(fpc);
        self
    }

    /// The second-stage finite population correction (requires
    /// [`SurveyDesignBuilder::ssu`] and a first-stage fpc).
    ///
    /// ```
    /// use njov::survey::{Fpc, SurveyDesign};
    /// let no_first_stage = SurveyDesign::builder(2)
    ///     .psu([1, 2])
    ///     .ssu([1, 1])
    ///     .fpc2(Fpc::PopulationSize(vec![4.0; 2]))
    ///     .build();
    /// assert!(no_first_stage.is_err());
    /// ```
    pub fn fpc2(mut self, fpc: Fpc) -> Self {
        self.fpc2 = Some(fpc);
        self
    }

    /// Whether PSU labels are only unique within strata (R's `nest = TRUE`).
    /// Without nesting (the default) a PSU label found in two strata is an error.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// // PSU "1" in stratum "a" and PSU "1" in stratum "b" are different PSUs.
    /// let design = SurveyDesign::builder(4)
    ///     .strata(["a", "a", "b", "b"])
    ///     .psu([1, 2, 1, 2])
    ///     .nest(true)
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(design.n_psu(), 4);
    /// ```
    pub fn nest(mut self, nest: bool) -> Self {
        self.nest = nest;
        self
    }

    /// The lonely-PSU rule (default [`LonelyPsu::Fail`]).
    ///
    /// ```
    /// use njov::survey::{LonelyPsu, SurveyDesign};
    /// let design = SurveyDesign::builder(3)
    ///     .strata([1, 1, 2])
    ///     .lonely_psu(LonelyPsu::Certainty)
    ///     .build()
    ///     .unwrap();
    /// assert!(design.total(&[1.0, 2.0, 3.0]).is_ok());
    /// ```
    pub fn lonely_psu(mut self, option: LonelyPsu) -> Self {
        self.lonely = option;
        self
    }

    /// Checks the columns and builds the design.
    ///
    /// # Errors
    ///
    /// [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) if a column's length is not the number of
    /// rows; [`ErrorKind::Design`](crate::ErrorKind::Design) if there are no rows, a weight is missing,
    /// negative or infinite, a probability is outside (0, 1], a declared stratum has
    /// no rows, a PSU is in two strata (without nesting), the design has one PSU,
    /// an fpc is missing, varies within a stratum or is below the number of sampled
    /// units, or a second-stage fpc lacks its first stage or its units.
    ///
    /// ```
    /// use njov::{ErrorKind, survey::SurveyDesign};
    /// let err = SurveyDesign::builder(2).weights(vec![1.0, -1.0]).build().unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::Design { .. }));
    /// ```
    pub fn build(self) -> Result<SurveyDesign> {
        let n = self.n;
        if n == 0 {
            return Err(design_error("the design has no rows"));
        }
        let check_len = |name: &str, len: usize| -> Result<()> {
            if len != n {
                Err(Error::invalid_argument(
                    name,
                    len,
                    format!("one value per row ({n})"),
                ))
            } else {
                Ok(())
            }
        };
        // Strata.
        let strata = match self.strata {
            Some(c) => {
                check_len("strata", c.codes.len())?;
                c
            }
            None => Codes {
                codes: vec![0; n],
                names: vec!["1".to_string()],
            },
        };
        let has_strata = strata.names.len() > 1 || self.strata_levels.is_some();
        if let Some(levels) = &self.strata_levels {
            for level in levels {
                if !strata.names.contains(level) {
                    return Err(design_error(format!("stratum '{level}' has no rows")));
                }
            }
            for name in &strata.names {
                if !levels.contains(name) {
                    return Err(design_error(format!(
                        "rows in stratum '{name}', which is not among the declared strata"
                    )));
                }
            }
        }
        let n_strata = strata.names.len();
        // PSUs: global codes, each in one stratum.
        let (row_psu, psu_names) = match &self.psu {
            Some(c) => {
                check_len("psu", c.codes.len())?;
                if self.nest {
                    let pairs = encode_pairs(&strata.codes, n_strata, &c.codes, c.names.len());
                    (pairs.codes, pairs.names)
                } else {
                    (c.codes.clone(), c.names.clone())
                }
            }
            None => ((0..n as u32).collect(), Vec::new()),
        };
        let n_psu = row_psu.iter().map(|&c| c as usize + 1).max().unwrap_or(0);
        let mut psu_stratum = vec![u32::MAX; n_psu];
        for (i, &c) in row_psu.iter().enumerate() {
            let h = strata.codes[i];
            let slot = &mut psu_stratum[c as usize];
            if *slot == u32::MAX {
                *slot = h;
            } else if *slot != h {
                let psu = psu_names
                    .get(c as usize)
                    .cloned()
                    .unwrap_or_else(|| c.to_string());
                return Err(design_error(format!(
                    "PSU '{psu}' is in two strata ('{}' and '{}'); PSU labels must be unique across strata, or set nest(true)",
                    strata.names[*slot as usize], strata.names[h as usize]
                )));
            }
        }
        if n_psu < 2 && !(self.nest && n_strata > 1) {
            return Err(design_error(
                "the design has only one primary sampling unit",
            ));
        }
        let mut stratum_n_psu = vec![0usize; n_strata];
        for &h in &psu_stratum {
            stratum_n_psu[h as usize] += 1;
        }
        // Stage-1 fpc: a population size per stratum.
        let stratum_popsize = match &self.fpc {
            None => None,
            Some(fpc) => {
                check_len("fpc", fpc.values().len())?;
                Some(per_group_popsize(
                    fpc,
                    &strata.codes,
                    &stratum_n_psu,
                    "stratum",
                    &strata.names,
                )?)
            }
        };
        // Stage 2.
        let stage2 = match (&self.ssu, &self.fpc2) {
            (_, None) => None,
            (None, Some(_)) => {
                return Err(design_error(
                    "a second-stage fpc needs second-stage units (ssu)",
                ));
            }
            (Some(ssu), Some(fpc2)) => {
                check_len("ssu", ssu.codes.len())?;
                check_len("fpc2", fpc2.values().len())?;
                if self.fpc.is_none() {
                    return Err(design_error("a second-stage fpc needs a first-stage fpc"));
                }
                if self.psu.is_none() {
                    return Err(design_error(
                        "second-stage units need first-stage units (psu)",
                    ));
                }
                let pairs = encode_pairs(&row_psu, n_psu, &ssu.codes, ssu.names.len());
                let n_ssu = pairs.names.len();
                let mut ssu_psu = vec![0u32; n_ssu];
                for (i, &s) in pairs.codes.iter().enumerate() {
                    ssu_psu[s as usize] = row_psu[i];
                }
                let mut psu_n_ssu = vec![0usize; n_psu];
                for &c in &ssu_psu {
                    psu_n_ssu[c as usize] += 1;
                }
                let psu_labels: Vec<String> = (0..n_psu)
                    .map(|c| psu_names.get(c).cloned().unwrap_or_else(|| c.to_string()))
                    .collect();
                let psu_popsize =
                    per_group_popsize(fpc2, &row_psu, &psu_n_ssu, "PSU", &psu_labels)?;
                Some(Stage2 {
                    row_ssu: pairs.codes,
                    ssu_psu,
                    psu_n_ssu,
                    psu_popsize,
                })
            }
        };
        if self.ssu.is_some() && self.fpc.is_some() && self.fpc2.is_none() {
            return Err(design_error(
                "with a first-stage fpc and second-stage units, give the second-stage fpc too",
            ));
        }
        // Weights.
        let weights = match self.weights {
            WeightInput::Weights(w) => {
                check_len("weights", w.len())?;
                for (i, &x) in w.iter().enumerate() {
                    if x.is_nan() {
                        return Err(design_error(format!("missing weight in row {}", i + 1)));
                    }
                    if x < 0.0 || x.is_infinite() {
                        return Err(design_error(format!(
                            "weight {x} in row {}: weights must be finite and non-negative",
                            i + 1
                        )));
                    }
                }
                w
            }
            WeightInput::Probabilities(p) => {
                check_len("probabilities", p.len())?;
                let mut w = Vec::with_capacity(n);
                for (i, &x) in p.iter().enumerate() {
                    if x.is_nan() {
                        return Err(design_error(format!(
                            "missing probability in row {}",
                            i + 1
                        )));
                    }
                    if !(x > 0.0 && x <= 1.0) {
                        return Err(design_error(format!(
                            "probability {x} in row {}: probabilities must be in (0, 1]",
                            i + 1
                        )));
                    }
                    w.push(1.0 / x);
                }
                w
            }
            WeightInput::None => match &stratum_popsize {
                // R: without weights, the weights follow from the fpc.
                Some(pop) => (0..n)
                    .map(|i| {
                        let h = strata.codes[i] as usize;
                        let mut w = pop[h] / stratum_n_psu[h] as f64;
                        if let Some(s2) = &stage2 {
                            let c = row_psu[i] as usize;
                            w *= s2.psu_popsize[c] / s2.psu_n_ssu[c] as f64;
                        }
                        w
                    })
                    .collect(),
                None => vec![1.0; n],
            },
        };
        Ok(SurveyDesign {
            weights,
            row_stratum: strata.codes,
            stratum_names: strata.names,
            has_strata,
            row_psu,
            psu_stratum,
            stratum_n_psu,
            stratum_popsize,
            stage2,
            lonely: self.lonely,
            calibration: None,
        })
    }
}

/// One population size per group (stratum or PSU) from a per-row fpc.
fn per_group_popsize(
    fpc: &Fpc,
    row_group: &[u32],
    group_n: &[usize],
    what: &str,
    names: &[String],
) -> Result<Vec<f64>> {
    let mut pop = vec![f64::NAN; group_n.len()];
    for (i, &g) in row_group.iter().enumerate() {
        let g = g as usize;
        let value = fpc.values()[i];
        if value.is_nan() {
            return Err(design_error(format!("missing fpc in row {}", i + 1)));
        }
        let size = match fpc {
            Fpc::PopulationSize(_) => value,
            Fpc::Fraction(_) => {
                if !(value > 0.0 && value <= 1.0) {
                    return Err(design_error(format!(
                        "fpc fraction {value} in row {}: fractions must be in (0, 1]",
                        i + 1
                    )));
                }
                group_n[g] as f64 / value
            }
        };
        if pop[g].is_nan() {
            pop[g] = size;
        } else if pop[g] != size {
            return Err(design_error(format!(
                "fpc varies within {what} '{}' ({} and {size})",
                names.get(g).map(String::as_str).unwrap_or("?"),
                pop[g]
            )));
        }
    }
    for (g, (&p, &m)) in pop.iter().zip(group_n).enumerate() {
        if p < m as f64 {
            return Err(design_error(format!(
                "fpc below the sample size in {what} '{}': population {p}, sampled {m}",
                names.get(g).map(String::as_str).unwrap_or("?")
            )));
        }
    }
    Ok(pop)
}

#[derive(Debug, Clone)]
pub(crate) struct Stage2 {
    pub(crate) row_ssu: Vec<u32>,
    pub(crate) ssu_psu: Vec<u32>,
    pub(crate) psu_n_ssu: Vec<usize>,
    pub(crate) psu_popsize: Vec<f64>,
}

/// A stratified (one- or two-stage) cluster sample with sampling weights, the
/// equivalent of R `survey`'s `svydesign(ids = ~psu + ssu, strata = ~stratum,
/// weights = ~w, fpc = ~N1 + N2)`.
///
/// Estimators ([`SurveyDesign::total`], [`SurveyDesign::mean`],
/// [`SurveyDesign::proportion`], [`SurveyDesign::ratio`], and the same on a
/// [`Domain`](crate::survey::Domain)) use Taylor linearisation: an estimator's variance is
/// the variance of the weighted total of its linearised scores `x_i`,
///
/// `V = sum_h f_h n_h/(n_h - 1) sum_{i in h} (z_hi - zbar_h)^2 + sum_i pi_1i V_2i`,
///
/// with `z_hi` the total of `x` over PSU `i` of stratum `h`, `zbar_h` their mean over
/// the `n_h` sampled PSUs, `f_h = (N_h - n_h)/N_h` (1 without an fpc), and the
/// second-stage term `V_2i` (the same formula one stage down, within PSU `i`, times
/// the first-stage fraction `pi_1i = n_h / N_h`) present only when both stages have an
/// fpc; without one the ultimate-cluster approximation applies.
///
/// ```
/// use njov::survey::SurveyDesign;
/// let design = SurveyDesign::builder(4)
///     .weights(vec![2.0, 2.0, 4.0, 4.0])
///     .psu([1, 1, 2, 3])
///     .build()
///     .unwrap();
/// let total = design.total(&[1.0, 2.0, 3.0, 4.0]).unwrap();
/// assert_eq!(total.estimate, 34.0);
/// ```
#[derive(Debug, Clone)]
pub struct SurveyDesign {
    pub(crate) weights: Vec<f64>,
    pub(crate) row_stratum: Vec<u32>,
    pub(crate) stratum_names: Vec<String>,
    pub(crate) has_strata: bool,
    pub(crate) row_psu: Vec<u32>,
    pub(crate) psu_stratum: Vec<u32>,
    pub(crate) stratum_n_psu: Vec<usize>,
    pub(crate) stratum_popsize: Option<Vec<f64>>,
    pub(crate) stage2: Option<Stage2>,
    pub(crate) lonely: LonelyPsu,
    /// Set by [`SurveyDesign::calibrate`](crate::survey::SurveyDesign::calibrate):
    /// the scores of every estimator are replaced by their calibration
    /// residuals before the variance.
    pub(crate) calibration: Option<Box<super::calibration::Calibration>>,
}

impl SurveyDesign {
    /// Starts a design of `n_rows` rows (sampled units).
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(3).weights(vec![1.0, 2.0, 3.0]).build().unwrap();
    /// assert_eq!(design.weights(), &[1.0, 2.0, 3.0]);
    /// ```
    pub fn builder(n_rows: usize) -> SurveyDesignBuilder {
        SurveyDesignBuilder {
            n: n_rows,
            weights: WeightInput::None,
            strata: None,
            strata_levels: None,
            psu: None,
            ssu: None,
            fpc: None,
            fpc2: None,
            nest: false,
            lonely: LonelyPsu::Fail,
        }
    }

    /// The number of rows.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(2).build().unwrap();
    /// assert_eq!(design.n_rows(), 2);
    /// ```
    pub fn n_rows(&self) -> usize {
        self.weights.len()
    }

    /// The sampling weights `w_i = 1 / pi_i`.
    ///
    /// ```
    /// use njov::survey::{Fpc, SurveyDesign};
    /// // Without weights they follow from the fpc: N_h / n_h.
    /// let design = SurveyDesign::builder(2)
    ///     .fpc(Fpc::PopulationSize(vec![10.0, 10.0]))
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(design.weights(), &[5.0, 5.0]);
    /// ```
    pub fn weights(&self) -> &[f64] {
        &self.weights
    }

    /// The number of strata (1 for an unstratified design).
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(4).strata([1, 1, 2, 2]).build().unwrap();
    /// assert_eq!(design.n_strata(), 2);
    /// ```
    pub fn n_strata(&self) -> usize {
        self.stratum_names.len()
    }

    /// The number of primary sampling units.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(4).psu(["a", "a", "b", "c"]).build().unwrap();
    /// assert_eq!(design.n_psu(), 3);
    /// ```
    pub fn n_psu(&self) -> usize {
        self.psu_stratum.len()
    }

    /// Whether strata were given.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// assert!(!SurveyDesign::builder(2).build().unwrap().has_strata());
    /// ```
    pub fn has_strata(&self) -> bool {
        self.has_strata
    }

    /// The design degrees of freedom, R's `degf`: the number of PSUs minus the
    /// number of strata, counting only rows with a non-zero weight.
    ///
    /// ```
    /// use njov::survey::SurveyDesign;
    /// let design = SurveyDesign::builder(6)
    ///     .strata([1, 1, 1, 2, 2, 2])
    ///     .psu([1, 2, 3, 4, 5, 6])
    ///     .build()
    ///     .unwrap();
    /// assert_eq!(design.degrees_of_freedom(), 4.0);
    /// ```
    pub fn degrees_of_freedom(&self) -> f64 {
        self.df_in(None)
    }

    /// Degrees of freedom over the rows in `mask` with non-zero weight.
    pub(crate) fn df_in(&self, mask: Option<&[bool]>) -> f64 {
        let mut psu_seen = vec![false; self.n_psu()];
        let mut stratum_seen = vec![false; self.n_strata()];
        let (mut n_psu, mut n_strata) = (0usize, 0usize);
        for i in 0..self.n_rows() {
            if mask.is_some_and(|m| !m[i]) || self.weights[i] == 0.0 {
                continue;
            }
            let c = self.row_psu[i] as usize;
            if !psu_seen[c] {
                psu_seen[c] = true;
                n_psu += 1;
            }
            let h = self.row_stratum[i] as usize;
            if !stratum_seen[h] {
                stratum_seen[h] = true;
                n_strata += 1;
            }
        }
        n_psu as f64 - n_strata as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic sequence of labels: runs of random length, values
    /// drawn from `values` (a linear congruential generator).
    fn labels(n: usize, values: &[i64], seed: u64) -> Vec<i64> {
        let mut state = seed;
        let mut next = move || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as usize
        };
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            let v = values[next() % values.len()];
            let run = 1 + next() % 5;
            out.extend(std::iter::repeat_n(v, run.min(n - out.len())));
        }
        out
    }

    #[test]
    fn integer_codes_match_the_hashed_codes() {
        // a narrow span (the table) and a wide one (the hash map), with
        // negative values and the extremes of i64
        for values in [
            vec![3i64, -2, 7, 0, 5, 11],
            vec![i64::MIN, -1, 0, 1 << 40, i64::MAX],
        ] {
            let v = labels(2000, &values, 7);
            let want = encode(v.iter().copied());
            for split in [0, 1, 999, 2000] {
                let got = encode_ints(&[&v[..split], &v[split..]]);
                assert_eq!(got.codes, want.codes, "split {split}");
                assert_eq!(got.names, want.names, "split {split}");
            }
        }
        assert!(encode_ints(&[]).codes.is_empty());
    }

    #[test]
    fn text_codes_match_the_hashed_codes() {
        let v = labels(500, &[1, 2, 3, 4], 11);
        let text: Vec<String> = v.iter().map(|x| format!("s{x}")).collect();
        let want = encode(text.iter().map(String::as_str));
        let got = encode_strs(text.iter().map(String::as_str));
        assert_eq!(got.codes, want.codes);
        assert_eq!(got.names, want.names);
    }

    #[test]
    fn pair_codes_match_the_hashed_codes() {
        let a: Vec<u32> = labels(3000, &[0, 1, 2], 3)
            .iter()
            .map(|&x| x as u32)
            .collect();
        let b: Vec<u32> = labels(3000, &[0, 1, 2, 3, 4], 5)
            .iter()
            .map(|&x| x as u32)
            .collect();
        let want = encode(a.iter().zip(&b).map(|(&x, &y)| format!("{x}.{y}")));
        // the table (3 x 5 pairs) and, with a pretended 2^40 codes in the
        // first column, the hash map
        for na in [3usize, 1 << 40] {
            let got = encode_pairs(&a, na, &b, 5);
            assert_eq!(got.codes, want.codes, "{na}");
            assert_eq!(got.names.len(), want.names.len(), "{na}");
        }
    }
}
