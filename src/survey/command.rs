//! The `njov survey` command: one estimate from a CSV file.

use std::path::PathBuf;

use polars::prelude::DataFrame;
use polars_io::prelude::{CsvReadOptions, SerReader};
use serde::Serialize;

use crate::error::{Error, Result};

use super::ciprop::ProportionCiMethod;
use super::design::SurveyDesign;
use super::estimate::Statistic;
use super::frame::{DesignColumns, frame_column_f64, frame_mask_equals};

/// The options of `njov survey` (see DESIGN.md).
///
/// ```
/// use njov::{Statistic, SurveyOptions};
/// let options = SurveyOptions::new("apistrat.csv", "api00", Statistic::Mean);
/// assert_eq!(options.level, 0.95);
/// assert!(options.method.is_none());
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct SurveyOptions {
    /// The CSV file (header row, comma-separated).
    pub data: PathBuf,
    /// The variable (`--var`).
    pub var: String,
    /// The design's columns (`--weights`, `--strata`, `--psu`, `--fpc`).
    pub design: DesignColumns,
    /// A domain `COL=VALUE` (`--domain`).
    pub domain: Option<String>,
    /// `total`, `mean` or `proportion` (`--stat`).
    pub stat: Statistic,
    /// The interval method (`--method`): for a proportion one of
    /// [`ProportionCiMethod`] (default `logit`, R's default); for a total or mean
    /// only `mean`/`wald` (the t interval, the default).
    pub method: Option<String>,
    /// The confidence level (`--level`, default 0.95).
    pub level: f64,
}

impl SurveyOptions {
    /// Options with no design columns, no domain, the default method and level 0.95.
    ///
    /// ```
    /// use njov::{Statistic, SurveyOptions};
    /// let o = SurveyOptions::new("data.csv", "y", Statistic::Total);
    /// assert_eq!(o.var, "y");
    /// ```
    pub fn new(data: impl Into<PathBuf>, var: impl Into<String>, stat: Statistic) -> SurveyOptions {
        SurveyOptions {
            data: data.into(),
            var: var.into(),
            design: DesignColumns::default(),
            domain: None,
            stat,
            method: None,
            level: 0.95,
        }
    }
}

/// The result of `njov survey`; its JSON keys (`stat, estimate, se, lower, upper,
/// df, deff`) are part of the command-line contract.
///
/// ```
/// use njov::SurveyOutput;
/// let out = SurveyOutput {
///     stat: "mean".into(), estimate: 1.0, se: 0.1, lower: 0.8, upper: 1.2, df: 9.0,
///     deff: Some(1.5),
/// };
/// assert_eq!(out.stat, "mean");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SurveyOutput {
    /// `total`, `mean` or `proportion`.
    pub stat: String,
    /// The point estimate.
    pub estimate: f64,
    /// Its standard error.
    pub se: f64,
    /// The lower confidence limit.
    pub lower: f64,
    /// The upper confidence limit.
    pub upper: f64,
    /// Degrees of freedom (#PSU - #strata in the rows used).
    pub df: f64,
    /// The design effect.
    pub deff: Option<f64>,
}

/// Reads a CSV file into a DataFrame (header row, types inferred from the whole
/// file).
///
/// # Errors
///
/// [`ErrorKind::Io`](crate::ErrorKind::Io) or
/// [`ErrorKind::Polars`](crate::ErrorKind::Polars) if the file cannot be read.
///
/// ```no_run
/// let df = njov::read_csv_frame("tests/data/api/apistrat.csv").unwrap();
/// assert!(df.height() > 0);
/// ```
pub fn read_csv_frame(path: impl Into<PathBuf>) -> Result<DataFrame> {
    let path: PathBuf = path.into();
    if let Err(e) = std::fs::metadata(&path) {
        return Err(Error::io(path.display().to_string(), &e));
    }
    let df = CsvReadOptions::default()
        .with_has_header(true)
        .with_infer_schema_length(None)
        .try_into_reader_with_file_path(Some(path))?
        .finish()?;
    Ok(df)
}

/// `njov survey` on a DataFrame: builds the design from the named columns, takes
/// the domain, estimates the statistic with its SE, df and deff, and the
/// interval (t interval for totals and means, `svyciprop` for proportions).
///
/// # Errors
///
/// Any error of [`SurveyDesign::from_frame`], of the estimators, or of the
/// interval; [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for
/// a malformed domain, a `ratio` statistic, or an interval method that does not fit
/// the statistic.
///
/// ```
/// use njov::{Statistic, SurveyOptions, survey_frame};
/// use polars::prelude::*;
/// let df = df!("y" => [1.0, 0.0, 1.0, 1.0], "w" => [2.0, 2.0, 2.0, 2.0]).unwrap();
/// let mut options = SurveyOptions::new("-", "y", Statistic::Proportion);
/// options.design.weights = Some("w".into());
/// let out = survey_frame(&df, &options).unwrap();
/// assert_eq!(out.estimate, 0.75);
/// assert_eq!(out.df, 3.0);
/// ```
pub fn survey_frame(df: &DataFrame, options: &SurveyOptions) -> Result<SurveyOutput> {
    let design = SurveyDesign::from_frame(df, &options.design)?;
    let y = frame_column_f64(df, &options.var)?;
    let mask = match &options.domain {
        None => None,
        Some(spec) => {
            let (col, value) = spec
                .split_once('=')
                .ok_or_else(|| Error::invalid_argument("domain", spec, "COL=VALUE"))?;
            Some(frame_mask_equals(df, col.trim(), value.trim())?)
        }
    };
    let domain = match &mask {
        Some(m) => Some(design.domain(m)?),
        None => None,
    };
    let estimate = match (options.stat, &domain) {
        (Statistic::Total, None) => design.total(&y)?,
        (Statistic::Total, Some(d)) => d.total(&y)?,
        (Statistic::Mean, None) => design.mean(&y)?,
        (Statistic::Mean, Some(d)) => d.mean(&y)?,
        (Statistic::Proportion, None) => design.proportion(&y)?,
        (Statistic::Proportion, Some(d)) => d.proportion(&y)?,
        (Statistic::Ratio, _) => {
            return Err(Error::invalid_argument(
                "stat",
                "ratio",
                "total, mean or proportion",
            ));
        }
    };
    let interval = match options.stat {
        Statistic::Proportion => {
            let method = match &options.method {
                Some(m) => m.parse()?,
                None => ProportionCiMethod::Logit,
            };
            estimate.proportion_interval(method, options.level)?
        }
        _ => {
            if let Some(m) = &options.method
                && m.parse::<ProportionCiMethod>().ok() != Some(ProportionCiMethod::Mean)
            {
                return Err(Error::invalid_argument(
                    "method",
                    m,
                    "mean (or wald) for a total or mean: the t interval",
                ));
            }
            estimate.t_interval(options.level)?
        }
    };
    Ok(SurveyOutput {
        stat: options.stat.name().to_string(),
        estimate: estimate.estimate,
        se: estimate.se,
        lower: interval.lower,
        upper: interval.upper,
        df: estimate.df,
        deff: estimate.deff,
    })
}

/// `njov survey`: [`read_csv_frame`] then [`survey_frame`].
///
/// # Errors
///
/// As [`read_csv_frame`] and [`survey_frame`].
///
/// ```no_run
/// use njov::{Statistic, SurveyOptions, survey_csv};
/// let mut options = SurveyOptions::new("tests/data/api/apistrat.csv", "api00", Statistic::Mean);
/// options.design.weights = Some("pw".into());
/// options.design.strata = Some("stype".into());
/// options.design.fpc = Some("fpc".into());
/// let out = survey_csv(&options).unwrap();
/// println!("{}", out.estimate);
/// ```
pub fn survey_csv(options: &SurveyOptions) -> Result<SurveyOutput> {
    let df = read_csv_frame(&options.data)?;
    survey_frame(&df, options)
}
