//! `njov survey`: one design-based estimate from a microdata CSV file, with
//! its standard error, degrees of freedom, design effect and interval, as R's
//! `survey` package gives them.

use std::path::PathBuf;
use std::time::Instant;

use serde::Serialize;

use njov::survey::{
    CalibrationFunction, CalibrationOptions, CalibrationTerm, ChisqTest, Chunk,
    DEFAULT_BATCH_BYTES, DesignColumns, Domain, Estimate, LonelyPsu, Missing, ReplicateDesign,
    ReplicateDomain, ReplicateOptions, ReplicateType, Statistic, StreamingEstimator, SurveyDesign,
    column_f64, column_text, mask_equals, read_csv, read_csv_batches,
};

use njov::report::document::{Block, Cell, Column, Document, Section, Table};
use njov::report::render_document;
use njov::{Format, ProportionMethod};

#[derive(clap::Args)]
pub(crate) struct SurveyArgs {
    /// The CSV file (header row), a Parquet file (`.parquet`, with the
    /// `parquet` feature) or an SPSS system file (`.sav`, `.zsav`, with the
    /// `spss` feature; value labels name `--by` levels and may be given to
    /// `--domain`).
    #[arg(long)]
    data: PathBuf,
    /// The variable to estimate (the numerator of a ratio).
    #[arg(long, required_unless_present = "chisq")]
    var: Option<String>,
    /// Column of sampling weights.
    #[arg(long)]
    weights: Option<String>,
    /// Column of inclusion probabilities (instead of weights).
    #[arg(long, conflicts_with = "weights")]
    probs: Option<String>,
    /// Column of strata.
    #[arg(long)]
    strata: Option<String>,
    /// Column of primary sampling units (clusters).
    #[arg(long)]
    psu: Option<String>,
    /// Column of second-stage units.
    #[arg(long)]
    ssu: Option<String>,
    /// Column of the first-stage finite population correction (population sizes or fractions).
    #[arg(long)]
    fpc: Option<String>,
    /// Column of the second-stage finite population correction.
    #[arg(long)]
    fpc2: Option<String>,
    /// PSU labels are unique only within strata.
    #[arg(long)]
    nest: bool,
    /// Strata with one PSU.
    #[arg(long, value_enum, default_value_t = LonelyPsu::Fail)]
    lonely_psu: LonelyPsu,
    /// A domain (subpopulation), COL=VALUE (in an SPSS file VALUE is a value
    /// label or a code).
    #[arg(long)]
    domain: Option<String>,
    /// Exclude rows whose variable is missing (an empty cell), as R's `na.rm = TRUE`:
    /// as a domain, so the design keeps every PSU and stratum. Without it a missing
    /// value is an error naming its row.
    #[arg(long)]
    na_rm: bool,
    /// What to estimate.
    #[arg(long, value_enum, required_unless_present = "chisq")]
    stat: Option<Statistic>,
    /// Ratios, quantiles, groups, tests, replicate weights and calibration.
    #[command(flatten)]
    more: Box<MoreArgs>,
    /// Interval method for a proportion (R's svyciprop; default logit); totals and means
    /// take the t interval (`mean`).
    #[arg(long, value_enum)]
    method: Option<SurveyMethod>,
    /// Confidence level, in (0, 1).
    #[arg(long, default_value_t = 0.95)]
    level: f64,
    /// Report which path ran (streaming or in-memory) and the time spent
    /// reading the file and estimating (on standard error).
    #[arg(long)]
    timings: bool,
    /// Read the whole file and build the design in memory even where one
    /// streaming pass would do (a total, mean, proportion or ratio without
    /// replicate weights or calibration): the same estimates, to rounding.
    #[arg(long)]
    in_memory: bool,
    /// Output format.
    #[arg(long, value_parser = crate::format::accepts(crate::format::ONE), default_value = "text")]
    pub(crate) format: Format,
}

/// The spellings `njov survey --method` accepts: R's `svyciprop` names,
/// with the crate's as aliases. What each reads as, the library's one
/// proportion-method enum, is [`njov::survey::svyciprop_method`]'s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum SurveyMethod {
    /// Wald interval on the proportion scale (`mean`; alias `wald`).
    #[value(alias = "wald")]
    Mean,
    /// Wald interval on the logit scale (R fits it by `svyglm`).
    Logit,
    /// Wald interval on the logit scale by the delta method.
    Xlogit,
    /// Korn-Graubard modified Clopper-Pearson (`beta`; alias `korn-graubard`).
    #[value(alias = "korn-graubard")]
    Beta,
    /// Wald interval on the arcsine-square-root scale (`asin`).
    Asin,
    /// Wilson score interval with effective sample size (`wilson`; alias
    /// `wilson-neff`).
    #[value(alias = "wilson-neff")]
    Wilson,
}

impl SurveyMethod {
    /// The name as written on the command line (R's).
    fn name(self) -> &'static str {
        match self {
            SurveyMethod::Mean => "mean",
            SurveyMethod::Logit => "logit",
            SurveyMethod::Xlogit => "xlogit",
            SurveyMethod::Beta => "beta",
            SurveyMethod::Asin => "asin",
            SurveyMethod::Wilson => "wilson",
        }
    }

    /// The library's method of that name.
    fn method(self) -> njov::Result<ProportionMethod> {
        njov::survey::svyciprop_method(self.name())
    }
}

/// The arguments of `njov survey` past a plain total, mean or proportion
/// (boxed: they would make the command enum large).
#[derive(clap::Args)]
pub(crate) struct MoreArgs {
    /// The denominator of a ratio (`--stat ratio`), as R's `svyratio`.
    #[arg(long)]
    denominator: Option<String>,
    /// The probability of a quantile (`--stat quantile`), in (0, 1); R's
    /// `svyquantile` with its Woodruff interval.
    #[arg(long)]
    quantile: Option<f64>,
    /// Estimate for every level of this column (R's `svyby`): JSON `rows`, each with its `level`.
    #[arg(long)]
    by: Option<String>,
    /// Replicate weights made from the design, as R's `as.svrepdesign`:
    /// jk1, jkn, brr, fay=RHO or bootstrap=R (R replicates drawn with --seed;
    /// R's own bootstrap replicates are read as columns: --repweights).
    #[arg(long, conflicts_with = "repweights")]
    replicates: Option<String>,
    /// The seed of --replicates bootstrap=R.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Replicate-weight columns, every column whose name matches this regular
    /// expression, as R's `svrepdesign(repweights = "REGEX")`; the full-sample
    /// weights come from --weights.
    #[arg(long, requires = "rep_type")]
    repweights: Option<String>,
    /// The kind of the replicate columns: jk1, jkn, brr, fay=RHO, bootstrap or other.
    #[arg(long, requires = "repweights")]
    rep_type: Option<String>,
    /// The replicate variance's scale (R's `scale`; the type's default otherwise).
    #[arg(long, requires = "repweights")]
    rep_scale: Option<f64>,
    /// The replicate multipliers (R's `rscales`): one number for every
    /// replicate, or one per replicate column, comma-separated.
    #[arg(long, requires = "repweights")]
    rep_rscales: Option<String>,
    /// The replicate columns are factors of the full-sample weights (R's
    /// `combined.weights = FALSE`), not analysis weights.
    #[arg(long, requires = "repweights")]
    rep_factors: bool,
    /// Centre replicate variances at the full-sample estimate (R's `mse = TRUE`).
    #[arg(long)]
    mse: bool,
    /// Calibrate the weights to population totals (R's `calibrate`; with
    /// replicate weights, every replicate's too): a CSV
    /// file with columns variable,level,total, one row per level of a
    /// categorical variable and one row with an empty level for a numeric one.
    #[arg(long)]
    calibrate: Option<PathBuf>,
    /// The calibration's distance (R's `calfun`).
    #[arg(long, value_enum, default_value_t = CalibrationFunction::Linear, requires = "calibrate")]
    calfun: CalibrationFunction,
    /// Bounds on the calibration's weight ratios g, L,U (R's `bounds`).
    #[arg(long, requires = "calibrate")]
    cal_bounds: Option<String>,
    /// The Rao-Scott test of independence of two categorical columns, A,B (R's `svychisq`).
    #[arg(long, conflicts_with_all = ["stat", "by", "quantile", "denominator"])]
    chisq: Option<String>,
}

/// `njov survey`.
pub(crate) fn run(args: &SurveyArgs) -> njov::Result<()> {
    let domain = match &args.domain {
        None => None,
        Some(spec) => {
            let (col, value) = spec
                .split_once('=')
                .ok_or_else(|| njov::Error::invalid_argument("domain", spec, "COL=VALUE"))?;
            Some((col.trim().to_string(), value.trim().to_string()))
        }
    };
    // an SPSS file's value labels: `--domain` by label or by code, `--by`
    // levels by their labels
    let value_labels = value_labels(&args.data)?;
    let domain = match domain {
        None => None,
        Some((col, value)) => {
            let values = domain_values(&value_labels, &col, &value)?;
            Some((col, values))
        }
    };
    let chisq = match &args.more.chisq {
        None => None,
        Some(spec) => match spec.split_once(',') {
            Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
                Some((a.trim().to_string(), b.trim().to_string()))
            }
            _ => {
                return Err(njov::Error::invalid_argument(
                    "chisq",
                    spec,
                    "two columns, A,B",
                ));
            }
        },
    };
    let stat = args.stat.unwrap_or(Statistic::Mean);
    match stat {
        Statistic::Ratio if args.more.denominator.is_none() => {
            return Err(njov::Error::invalid_argument(
                "denominator",
                "none",
                "--denominator COLUMN for --stat ratio",
            ));
        }
        Statistic::Quantile => match args.more.quantile {
            None => {
                return Err(njov::Error::invalid_argument(
                    "quantile",
                    "none",
                    "--quantile Q in (0, 1) for --stat quantile (0.5 for the median)",
                ));
            }
            Some(q) if !(q > 0.0 && q < 1.0) => {
                return Err(njov::Error::invalid_argument(
                    "quantile",
                    q,
                    "a probability strictly between 0 and 1 (0.5 for the median)",
                ));
            }
            _ => {}
        },
        _ => {}
    }
    if args.more.denominator.is_some() && stat != Statistic::Ratio {
        return Err(njov::Error::invalid_argument(
            "denominator",
            args.more.denominator.as_deref().unwrap_or_default(),
            "only with --stat ratio",
        ));
    }
    if args.more.quantile.is_some() && stat != Statistic::Quantile {
        return Err(njov::Error::invalid_argument(
            "quantile",
            args.more.quantile.unwrap_or_default(),
            "only with --stat quantile",
        ));
    }
    if !(args.level > 0.0 && args.level < 1.0) {
        return Err(njov::Error::invalid_argument(
            "level",
            args.level,
            "a level in (0, 1)",
        ));
    }
    if !args.in_memory && streams(args, stat) {
        return run_streaming(args, stat, domain.as_ref(), &value_labels);
    }
    let columns = DesignColumns {
        weights: args.weights.clone(),
        probabilities: args.probs.clone(),
        strata: args.strata.clone(),
        psu: args.psu.clone(),
        ssu: args.ssu.clone(),
        fpc: args.fpc.clone(),
        fpc2: args.fpc2.clone(),
        nest: args.nest,
        lonely_psu: args.lonely_psu,
    };
    let started = Instant::now();
    let population = match &args.more.calibrate {
        Some(path) => read_population(path)?,
        None => Vec::new(),
    };
    let cal_numeric: Vec<String> = population
        .iter()
        .filter(|(_, levels)| levels.iter().all(|(l, _)| l.is_empty()))
        .map(|(v, _)| v.clone())
        .collect();
    let cal_labels: Vec<String> = population
        .iter()
        .filter(|(_, levels)| !levels.iter().all(|(l, _)| l.is_empty()))
        .map(|(v, _)| v.clone())
        .collect();
    let rep_columns = match &args.more.repweights {
        Some(pattern) => replicate_columns(&args.data, pattern)?,
        None => Vec::new(),
    };
    let numeric: Vec<&str> = args
        .var
        .iter()
        .chain(&args.more.denominator)
        .chain(&rep_columns)
        .chain(&cal_numeric)
        .chain(
            [
                &columns.weights,
                &columns.probabilities,
                &columns.fpc,
                &columns.fpc2,
            ]
            .into_iter()
            .flatten(),
        )
        .map(String::as_str)
        .collect();
    let labels: Vec<&str> = [&columns.strata, &columns.psu, &columns.ssu, &args.more.by]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .chain(domain.iter().map(|(c, _)| c.as_str()))
        .chain(chisq.iter().flat_map(|(a, b)| [a.as_str(), b.as_str()]))
        .chain(cal_labels.iter().map(String::as_str))
        .collect();
    let df = read_table(&args.data, &numeric, &labels)?;
    let read = started.elapsed();

    let design = SurveyDesign::from_frame(&df, &columns)?;
    // replicate weights first (as.svrepdesign of the uncalibrated design,
    // or the given columns), then the calibration: of the linearisation
    // design, or of the full-sample and every replicate's weights (R's
    // calibrate on a svyrep.design)
    let mut replicated = replicate_design(&df, &design, args, &rep_columns)?;
    let design = if population.is_empty() {
        design
    } else {
        let terms = population
            .iter()
            .map(|(variable, levels)| {
                Ok(if cal_numeric.contains(variable) {
                    CalibrationTerm::Numeric {
                        name: variable.clone(),
                        values: column_f64(&df, variable)?,
                        total: levels[0].1,
                    }
                } else {
                    CalibrationTerm::Categorical {
                        name: variable.clone(),
                        labels: column_text(&df, variable)?,
                        totals: levels.clone(),
                    }
                })
            })
            .collect::<njov::Result<Vec<_>>>()?;
        let bounds = match &args.more.cal_bounds {
            None => (f64::NEG_INFINITY, f64::INFINITY),
            Some(spec) => {
                let parsed = spec.split_once(',').and_then(|(l, u)| {
                    Some((l.trim().parse::<f64>().ok()?, u.trim().parse::<f64>().ok()?))
                });
                parsed.ok_or_else(|| {
                    njov::Error::invalid_argument("cal-bounds", spec, "two numbers L,U")
                })?
            }
        };
        let options = CalibrationOptions {
            function: args.more.calfun,
            bounds,
            ..CalibrationOptions::default()
        };
        match replicated.take() {
            Some(r) => {
                replicated = Some(r.calibrate(&terms, &options)?);
                design
            }
            None => design.calibrate(&terms, &options)?,
        }
    };
    let mut mask = match &domain {
        Some((col, values)) => Some(domain_mask(&df, col, values)?),
        None => None,
    };
    let report_timings = |what: &str| {
        if args.timings {
            eprintln!(
                "timings: path: in-memory, read {:.3} s ({} rows, {} columns), {what} {:.3} s",
                read.as_secs_f64(),
                df.height(),
                df.width(),
                (started.elapsed() - read).as_secs_f64()
            );
        }
    };

    if let Some((a, b)) = &chisq {
        let (a_labels, b_labels) = (column_text(&df, a)?, column_text(&df, b)?);
        let test = match (&replicated, &mask) {
            (Some(r), Some(m)) => r.domain(m)?.chisq(&a_labels, &b_labels)?,
            (Some(r), None) => r.chisq(&a_labels, &b_labels)?,
            (None, Some(m)) => design.domain(m)?.chisq(&a_labels, &b_labels)?,
            (None, None) => design.chisq(&a_labels, &b_labels)?,
        };
        report_timings("test");
        return crate::output::emit(&print_chisq(&test, args.format)?, None);
    }

    let var = args.var.as_deref().unwrap_or_default();
    let y = column_f64(&df, var)?;
    let x = match &args.more.denominator {
        Some(d) => Some(column_f64(&df, d)?),
        None => None,
    };
    let missing = if args.na_rm {
        Missing::Exclude
    } else {
        Missing::Refuse
    };
    // A ratio or quantile with --na-rm, and any estimate on replicate
    // weights: R's svyratio, svyquantile and the svyrep.design methods take
    // the subset of the rows with every variable present.
    if args.na_rm
        && (matches!(stat, Statistic::Ratio | Statistic::Quantile) || replicated.is_some())
    {
        let present: Vec<bool> = (0..y.len())
            .map(|i| !y[i].is_nan() && x.as_ref().is_none_or(|x| !x[i].is_nan()))
            .collect();
        mask = Some(match mask {
            Some(m) => m.iter().zip(&present).map(|(a, b)| *a && *b).collect(),
            None => present,
        });
    }
    let one = |scope: Scope<'_>| -> njov::Result<SurveyRow> {
        row_of(scope, stat, &y, x.as_deref(), args, missing)
    };
    let top = match (&replicated, &mask) {
        (Some(r), Some(m)) => Scope::RepDomain(r.domain(m)?),
        (Some(r), None) => Scope::Rep(r),
        (None, Some(m)) => Scope::Domain(design.domain(m)?),
        (None, None) => Scope::Design(&design),
    };
    match &args.more.by {
        None => {
            let row = one(top)?;
            report_timings("estimate");
            crate::output::emit(
                &print_output(&SurveyOutput { stat, row }, args.format)?,
                None,
            )?;
        }
        Some(col) => {
            let groups = column_text(&df, col)?;
            let each = |d: Domain<'_>| one(Scope::Domain(d));
            let each_rep = |d: ReplicateDomain<'_>| one(Scope::RepDomain(d));
            let rows = match top {
                Scope::Design(des) => des.by(&groups, each)?,
                Scope::Domain(d) => d.by(&groups, each)?,
                Scope::Rep(r) => r.by(&groups, each_rep)?,
                Scope::RepDomain(d) => d.by(&groups, each_rep)?,
            }
            .into_iter()
            .map(|r| ByRow {
                level: level_name(&value_labels, col, r.level),
                row: r.value,
            })
            .collect();
            report_timings("estimates");
            emit_by(stat, col, rows, args.format)?;
        }
    }
    Ok(())
}

/// The whole design or a domain of it, with linearisation or replicate weights.
#[derive(Clone, Copy)]
enum Scope<'a> {
    Design(&'a SurveyDesign),
    Domain(Domain<'a>),
    Rep(&'a ReplicateDesign),
    RepDomain(ReplicateDomain<'a>),
}

/// A variable of the population file and its `(level, total)` rows (one
/// row with an empty level for a numeric variable).
type PopulationTotals = (String, Vec<(String, f64)>);

/// The population file of `--calibrate`: `variable,level,total` rows,
/// grouped by variable in file order.
fn read_population(path: &std::path::Path) -> njov::Result<Vec<PopulationTotals>> {
    let bad = |what: String| njov::Error::invalid_argument("calibrate", path.display(), what);
    let unreadable = |what: &str, e: csv::Error| {
        njov::Error::invalid_argument_because("calibrate", path.display(), what, e)
    };
    let mut reader = csv::Reader::from_path(path)
        .map_err(|e| unreadable("a readable CSV file variable,level,total", e))?;
    let header = reader
        .headers()
        .map_err(|e| unreadable("a CSV header", e))?
        .clone();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h.trim() == name)
            .ok_or_else(|| bad(format!("a column '{name}' (columns variable,level,total)")))
    };
    let (cv, cl, ct) = (col("variable")?, col("level")?, col("total")?);
    let mut out: Vec<(String, Vec<(String, f64)>)> = Vec::new();
    for (k, record) in reader.records().enumerate() {
        let record = record.map_err(|e| unreadable("CSV rows", e))?;
        let field = |c: usize| record.get(c).unwrap_or("").trim().to_string();
        let variable = field(cv);
        let total: f64 = field(ct).parse().map_err(|_| {
            bad(format!(
                "a number in the total column (row {}: '{}')",
                k + 2,
                field(ct)
            ))
        })?;
        if variable.is_empty() || !total.is_finite() {
            return Err(bad(format!(
                "a variable and a finite total in row {}",
                k + 2
            )));
        }
        match out.iter_mut().find(|(v, _)| *v == variable) {
            Some((_, levels)) => levels.push((field(cl), total)),
            None => out.push((variable, vec![(field(cl), total)])),
        }
    }
    if out.is_empty() {
        return Err(bad("at least one population total".to_string()));
    }
    Ok(out)
}

/// The names of the header's columns that match `pattern`, in file order.
fn replicate_columns(path: &std::path::Path, pattern: &str) -> njov::Result<Vec<String>> {
    let re = regex::Regex::new(pattern).map_err(|e| {
        njov::Error::invalid_argument_because("repweights", pattern, "a regular expression", e)
    })?;
    let unreadable = |what: &str, e: csv::Error| {
        njov::Error::invalid_argument_because("data", path.display(), what, e)
    };
    let mut reader =
        csv::Reader::from_path(path).map_err(|e| unreadable("a readable CSV file", e))?;
    let header = reader
        .headers()
        .map_err(|e| unreadable("a CSV header", e))?;
    let names: Vec<String> = header
        .iter()
        .filter(|h| re.is_match(h))
        .map(str::to_string)
        .collect();
    if names.is_empty() {
        return Err(njov::Error::invalid_argument(
            "repweights",
            pattern,
            "a pattern that matches the replicate-weight columns of the header",
        ));
    }
    Ok(names)
}

/// The replicate design asked for, if any.
fn replicate_design(
    df: &polars::prelude::DataFrame,
    design: &SurveyDesign,
    args: &SurveyArgs,
    rep_columns: &[String],
) -> njov::Result<Option<ReplicateDesign>> {
    if let Some(kind) = &args.more.replicates {
        if let Some(count) = kind.trim().to_ascii_lowercase().strip_prefix("bootstrap") {
            let count = count.trim_start_matches('=').trim();
            let replicates: usize = if count.is_empty() {
                50
            } else {
                count.parse().map_err(|_| {
                    njov::Error::invalid_argument(
                        "replicates",
                        kind,
                        "bootstrap=R with R a whole number of replicates (50 if omitted)",
                    )
                })?
            };
            return Ok(Some(design.bootstrap(
                replicates,
                args.more.seed,
                args.more.mse,
            )?));
        }
        let kind: ReplicateType = kind.parse()?;
        return Ok(Some(design.replicate(kind, args.more.mse)?));
    }
    let Some(kind) = &args.more.rep_type else {
        return Ok(None);
    };
    let kind: ReplicateType = kind.parse()?;
    let columns = rep_columns
        .iter()
        .map(|c| column_f64(df, c))
        .collect::<njov::Result<Vec<_>>>()?;
    let rscales = match &args.more.rep_rscales {
        None => None,
        Some(list) => Some(
            list.split(',')
                .map(|v| v.trim().parse::<f64>())
                .collect::<std::result::Result<Vec<f64>, _>>()
                .map_err(|_| {
                    njov::Error::invalid_argument(
                        "rep-rscales",
                        list,
                        "numbers separated by commas (one, or one per replicate column)",
                    )
                })?,
        ),
    };
    let options = ReplicateOptions {
        scale: args.more.rep_scale,
        rscales,
        combined_weights: !args.more.rep_factors,
        mse: args.more.mse,
    };
    Ok(Some(ReplicateDesign::from_columns(
        design.weights().to_vec(),
        columns,
        kind,
        options,
    )?))
}

/// One estimate with its interval.
#[derive(Serialize)]
struct SurveyRow {
    estimate: f64,
    se: f64,
    lower: f64,
    upper: f64,
    df: f64,
    deff: Option<f64>,
}

/// The result; its JSON keys (`stat, estimate, se, lower, upper, df, deff`)
/// are part of the command-line contract.
#[derive(Serialize)]
struct SurveyOutput {
    stat: Statistic,
    #[serde(flatten)]
    row: SurveyRow,
}

#[derive(Serialize)]
struct ByRow {
    level: String,
    #[serde(flatten)]
    row: SurveyRow,
}

/// `--by`: the JSON keys `stat, by, rows` (each `level, estimate, se,
/// lower, upper, df, deff`).
#[derive(Serialize)]
struct ByOutput {
    stat: Statistic,
    by: String,
    rows: Vec<ByRow>,
}

fn row_of(
    scope: Scope<'_>,
    stat: Statistic,
    y: &[f64],
    x: Option<&[f64]>,
    args: &SurveyArgs,
    missing: Missing,
) -> njov::Result<SurveyRow> {
    if stat == Statistic::Quantile {
        let p = args.more.quantile.unwrap_or(0.5);
        let q = match scope {
            Scope::Design(des) => des.quantile(y, p, args.level)?,
            Scope::Domain(d) => d.quantile(y, p, args.level)?,
            Scope::Rep(r) => r.quantile(y, p, args.level)?,
            Scope::RepDomain(d) => d.quantile(y, p, args.level)?,
        };
        return Ok(SurveyRow {
            estimate: q.estimate,
            se: q.se,
            lower: q.lower,
            upper: q.upper,
            df: q.df,
            deff: None,
        });
    }
    let estimate: Estimate = match (scope, stat, x) {
        (Scope::Design(des), Statistic::Ratio, Some(x)) => des.ratio(y, x)?,
        (Scope::Domain(d), Statistic::Ratio, Some(x)) => d.ratio(y, x)?,
        (Scope::Design(des), _, _) => des.estimate(stat, y, missing)?,
        (Scope::Domain(d), _, _) => d.estimate(stat, y, missing)?,
        (Scope::Rep(r), Statistic::Ratio, Some(x)) => r.ratio(y, x)?,
        (Scope::RepDomain(d), Statistic::Ratio, Some(x)) => d.ratio(y, x)?,
        (Scope::Rep(r), Statistic::Total, _) => r.total(y)?,
        (Scope::RepDomain(d), Statistic::Total, _) => d.total(y)?,
        (Scope::Rep(r), Statistic::Proportion, _) => r.proportion(y)?,
        (Scope::RepDomain(d), Statistic::Proportion, _) => d.proportion(y)?,
        (Scope::Rep(r), _, _) => r.mean(y)?,
        (Scope::RepDomain(d), _, _) => d.mean(y)?,
    };
    row_from(estimate, stat, args)
}

/// The output row of an estimate: its interval (svyciprop's for a
/// proportion, the t interval otherwise).
fn row_from(estimate: Estimate, stat: Statistic, args: &SurveyArgs) -> njov::Result<SurveyRow> {
    let interval = match stat {
        Statistic::Proportion => estimate.proportion_interval(
            args.method.unwrap_or(SurveyMethod::Logit).method()?,
            args.level,
        )?,
        _ => {
            if let Some(m) = args.method
                && m != SurveyMethod::Mean
            {
                return Err(njov::Error::invalid_argument(
                    "method",
                    m.name(),
                    "mean (or wald) for a total, mean or ratio: the t interval",
                ));
            }
            estimate.t_interval(args.level)?
        }
    };
    Ok(SurveyRow {
        estimate: estimate.estimate,
        se: estimate.se,
        lower: interval.lower,
        upper: interval.upper,
        df: estimate.df,
        deff: estimate.deff,
    })
}

/// A result as pretty JSON, with a final line end.
fn json<T: Serialize>(value: &T) -> njov::Result<String> {
    let mut json =
        serde_json::to_string_pretty(value).map_err(|e| njov::Error::render("JSON", e))?;
    json.push('\n');
    Ok(json)
}

/// One estimate: JSON, or the JSON's keys and values one a line.
fn print_output(out: &SurveyOutput, format: Format) -> njov::Result<String> {
    if format == Format::Json {
        return json(out);
    }
    let r = &out.row;
    let fields = [
        ("stat", Cell::text(out.stat.to_string())),
        ("estimate", Cell::number(r.estimate, r.estimate.to_string())),
        ("se", Cell::number(r.se, r.se.to_string())),
        ("lower", Cell::number(r.lower, r.lower.to_string())),
        ("upper", Cell::number(r.upper, r.upper.to_string())),
        ("df", Cell::number(r.df, r.df.to_string())),
        ("deff", Cell::number_or_empty(r.deff, |d| d.to_string())),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    render_document(&Document::new("").with(Block::Fields { fields }), format)
}

/// One estimate per level of a column.
/// Writes the rows of `--by` to standard output, in either path.
fn emit_by(stat: Statistic, by: &str, rows: Vec<ByRow>, format: Format) -> njov::Result<()> {
    let out = ByOutput {
        stat,
        by: by.to_string(),
        rows,
    };
    crate::output::emit(&print_by(&out, format)?, None)
}

/// The rows of `--by`: JSON, or a table of the JSON's numbers under a
/// caption (`mean by stype`).
fn print_by(out: &ByOutput, format: Format) -> njov::Result<String> {
    if format == Format::Json {
        return json(out);
    }
    let number = |x: f64| Cell::number(x, format!("{x:.6}"));
    let mut table = Table::new(vec![
        Column::new("level").width(12),
        Column::new("estimate").right().width(14),
        Column::new("se").right().width(14),
        Column::new("lower").right().width(14),
        Column::new("upper").right().width(14),
        Column::new("df").right().width(6),
    ])
    .captioned(format!("{} by {}", out.stat, out.by))
    .with_header()
    .indented(0);
    for r in &out.rows {
        table.push(vec![
            Cell::text(&r.level),
            number(r.row.estimate),
            number(r.row.se),
            number(r.row.lower),
            number(r.row.upper),
            Cell::number(r.row.df, r.row.df.to_string()),
        ]);
    }
    render_document(&Document::new("").with(Block::Table(table)), format)
}

/// The Rao-Scott test and its weighted table: JSON, or a listing of the
/// test's numbers and the table's cells.
fn print_chisq(test: &ChisqTest, format: Format) -> njov::Result<String> {
    if format == Format::Json {
        return json(test);
    }
    let mut stats =
        Table::new(vec![Column::new("name").width(9), Column::new("value")]).indented(0);
    for (name, value) in [
        ("statistic", test.statistic),
        ("df", test.df),
        ("ddf", test.ddf),
        ("p_value", test.p_value),
    ] {
        stats.push(vec![
            Cell::text(name),
            Cell::number(value, value.to_string()),
        ]);
    }
    let mut cells = Table::new(vec![
        Column::new("row").width(12),
        Column::new("col").width(12),
        Column::new("total").right().width(14),
        Column::new("proportion").right().width(12),
        Column::new("se").right().width(12),
    ])
    .with_header()
    .indented(0);
    for c in &test.cells {
        cells.push(vec![
            Cell::text(&c.row),
            Cell::text(&c.col),
            Cell::number(c.total, format!("{:.4}", c.total)),
            Cell::number(c.proportion, format!("{:.6}", c.proportion)),
            Cell::number(c.se, format!("{:.6}", c.se)),
        ]);
    }
    let mut section = Section::new("Rao-Scott test of independence (second-order, F)").listing();
    section.push(Block::Table(stats));
    section.push(Block::Table(cells));
    render_document(&Document::new("").with(Block::Section(section)), format)
}

/// Whether the one-pass estimator applies: a total, mean, proportion or
/// ratio of the design (a domain, groups and --na-rm included), without
/// replicate weights, calibration or a test, which need every row.
fn streams(args: &SurveyArgs, stat: Statistic) -> bool {
    matches!(
        stat,
        Statistic::Total | Statistic::Mean | Statistic::Proportion | Statistic::Ratio
    ) && args.more.replicates.is_none()
        && args.more.repweights.is_none()
        && args.more.calibrate.is_none()
        && args.more.chisq.is_none()
        && args.more.quantile.is_none()
}

/// A label column of a batch as text, refusing missing labels as the
/// in-memory design does.
fn labels_of<'a>(
    col: &'a polars::prelude::Column,
    name: &str,
    what: &str,
) -> njov::Result<Vec<&'a str>> {
    let ca = col
        .str()
        .map_err(|e| njov::Error::invalid_argument(name, e, "a label column"))?;
    ca.iter()
        .map(|v| {
            v.ok_or_else(|| {
                njov::Error::new(njov::ErrorKind::Design {
                    message: format!("missing values in {what} ('{name}')"),
                })
            })
        })
        .collect()
}

/// `njov survey` on the one-pass path: the file read in batches through
/// polars, each batch fed to a [`StreamingEstimator`]; the output is the
/// in-memory path's.
fn run_streaming(
    args: &SurveyArgs,
    stat: Statistic,
    domain: Option<&(String, Vec<String>)>,
    value_labels: &Labels,
) -> njov::Result<()> {
    use polars::prelude::DataType;
    let started = Instant::now();
    let var = args.var.as_deref().unwrap_or_default();
    let numeric: Vec<&str> = [
        Some(var),
        args.more.denominator.as_deref(),
        args.weights.as_deref(),
        args.probs.as_deref(),
        args.fpc.as_deref(),
        args.fpc2.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect();
    let design_labels = [
        (args.strata.as_deref(), "strata"),
        (args.psu.as_deref(), "PSUs"),
        (args.ssu.as_deref(), "second-stage units"),
    ];
    let labels: Vec<&str> = design_labels
        .iter()
        .filter_map(|(c, _)| *c)
        .chain(args.more.by.as_deref())
        .chain(domain.map(|(c, _)| c.as_str()))
        .collect();
    let missing = if args.na_rm && stat != Statistic::Ratio {
        Missing::Exclude
    } else {
        Missing::Refuse
    };
    let mut estimator = StreamingEstimator::new(stat)?
        .lonely_psu(args.lonely_psu)
        .nest(args.nest)
        .missing(missing);
    let mut missing_by: Option<u64> = None;
    let rows = for_each_batch(&args.data, &numeric, &labels, |df| {
        let num = |c: Option<&str>| c.map(|c| column_f64(df, c)).transpose();
        let y = column_f64(df, var)?;
        let x = num(args.more.denominator.as_deref())?;
        let (w, p) = (num(args.weights.as_deref())?, num(args.probs.as_deref())?);
        let (fpc, fpc2) = (num(args.fpc.as_deref())?, num(args.fpc2.as_deref())?);
        // label columns as text (a column also read as a number is cast)
        let text = |c: &str| -> njov::Result<polars::prelude::Column> {
            Ok(df.column(c)?.cast(&DataType::String)?)
        };
        let strata_col = args.strata.as_deref().map(text).transpose()?;
        let psu_col = args.psu.as_deref().map(text).transpose()?;
        let ssu_col = args.ssu.as_deref().map(text).transpose()?;
        let by_col = args.more.by.as_deref().map(text).transpose()?;
        let strata = match (&strata_col, args.strata.as_deref()) {
            (Some(c), Some(n)) => Some(labels_of(c, n, "strata")?),
            _ => None,
        };
        let psu = match (&psu_col, args.psu.as_deref()) {
            (Some(c), Some(n)) => Some(labels_of(c, n, "PSUs")?),
            _ => None,
        };
        let ssu = match (&ssu_col, args.ssu.as_deref()) {
            (Some(c), Some(n)) => Some(labels_of(c, n, "second-stage units")?),
            _ => None,
        };
        // a missing group label is refused after the pass, as the
        // in-memory path refuses it after building the design
        let by = match &by_col {
            Some(c) => Some(
                c.str()?
                    .iter()
                    .enumerate()
                    .map(|(i, v)| {
                        v.unwrap_or_else(|| {
                            missing_by.get_or_insert(estimator.rows() + i as u64 + 1);
                            ""
                        })
                    })
                    .collect::<Vec<&str>>(),
            ),
            None => None,
        };
        let mut mask = match domain {
            Some((col, values)) => Some(domain_mask(df, col, values)?),
            None => None,
        };
        // a ratio with --na-rm: the rows with both variables present, as a domain
        if args.na_rm && stat == Statistic::Ratio {
            let present =
                (0..y.len()).map(|i| !y[i].is_nan() && x.as_ref().is_none_or(|x| !x[i].is_nan()));
            mask = Some(match mask {
                Some(m) => m.iter().zip(present).map(|(a, b)| *a && b).collect(),
                None => present.collect(),
            });
        }
        estimator.push(&Chunk {
            y: &y,
            denominator: x.as_deref(),
            weights: w.as_deref(),
            probabilities: p.as_deref(),
            strata: strata.as_deref(),
            psu: psu.as_deref(),
            ssu: ssu.as_deref(),
            fpc: fpc.as_deref(),
            fpc2: fpc2.as_deref(),
            domain: mask.as_deref(),
            by: by.as_deref(),
        })
    })?;
    if let (Some(row), Some(col)) = (missing_by, &args.more.by) {
        return Err(njov::Error::invalid_argument(
            col,
            format!("a missing label in row {row}"),
            "a label in every row of a grouping column",
        ));
    }
    let report = || {
        if args.timings {
            eprintln!(
                "timings: path: streaming, read and estimate in one pass {:.3} s ({rows} rows, {} columns)",
                started.elapsed().as_secs_f64(),
                numeric
                    .iter()
                    .chain(&labels)
                    .collect::<std::collections::BTreeSet<_>>()
                    .len()
            );
        }
    };
    match &args.more.by {
        None => {
            let row = row_from(estimator.finish()?, stat, args)?;
            report();
            crate::output::emit(
                &print_output(&SurveyOutput { stat, row }, args.format)?,
                None,
            )
        }
        Some(col) => {
            let rows = estimator
                .finish_by()?
                .into_iter()
                .map(|l| {
                    Ok(ByRow {
                        level: level_name(value_labels, col, l.level),
                        row: row_from(l.value, stat, args)?,
                    })
                })
                .collect::<njov::Result<Vec<_>>>()?;
            report();
            emit_by(stat, col, rows, args.format)
        }
    }
}

/// Whether `--data` names a Parquet file (by its extension).
fn is_parquet(path: &std::path::Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("parquet"))
}

/// Whether `--data` names an SPSS system file (`.sav` or `.zsav`).
fn is_sav(path: &std::path::Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("sav") || e.eq_ignore_ascii_case("zsav"))
}

#[cfg(not(feature = "parquet"))]
fn parquet_unavailable(path: &std::path::Path) -> njov::Error {
    njov::Error::invalid_argument(
        "data",
        path.display(),
        "a CSV file: this build reads Parquet only with the `parquet` feature \
         (cargo build --features cli,parquet)",
    )
}

#[cfg(not(feature = "spss"))]
fn sav_unavailable(path: &std::path::Path) -> njov::Error {
    njov::Error::invalid_argument(
        "data",
        path.display(),
        "a CSV file: this build reads SPSS files only with the `spss` feature \
         (cargo build --features cli,spss)",
    )
}

/// The value labels of `--data` where it is an SPSS file (none otherwise).
fn value_labels(path: &std::path::Path) -> njov::Result<Labels> {
    if is_sav(path) {
        #[cfg(feature = "spss")]
        return Ok(Some(njov::survey::read_sav_value_labels(path)?));
        #[cfg(not(feature = "spss"))]
        return Err(sav_unavailable(path));
    }
    Ok(None)
}

/// An SPSS file's value labels, where `--data` is one.
#[cfg(feature = "spss")]
type Labels = Option<njov::survey::SavValueLabels>;
#[cfg(not(feature = "spss"))]
type Labels = Option<std::convert::Infallible>;

/// The text values a domain's column must hold for `--domain COL=VALUE`:
/// VALUE itself, or for an SPSS file the codes VALUE names (by label or by
/// code).
#[cfg_attr(not(feature = "spss"), allow(unused_variables))]
fn domain_values(labels: &Labels, column: &str, value: &str) -> njov::Result<Vec<String>> {
    match labels {
        #[cfg(feature = "spss")]
        Some(l) => l.codes(column, value),
        #[cfg(not(feature = "spss"))]
        Some(never) => match *never {},
        None => Ok(vec![value.to_string()]),
    }
}

/// The name a `--by` level is printed with: its value label in an SPSS file
/// (when it has one), else itself.
#[cfg_attr(not(feature = "spss"), allow(unused_variables))]
fn level_name(labels: &Labels, column: &str, level: String) -> String {
    match labels {
        #[cfg(feature = "spss")]
        Some(l) => l.label(column, &level).map_or(level, str::to_string),
        #[cfg(not(feature = "spss"))]
        Some(never) => match *never {},
        None => level,
    }
}

/// The rows of a domain: where the column holds one of `values`.
fn domain_mask(
    df: &polars::prelude::DataFrame,
    column: &str,
    values: &[String],
) -> njov::Result<Vec<bool>> {
    let mut mask = vec![false; df.height()];
    for v in values {
        for (m, hit) in mask.iter_mut().zip(mask_equals(df, column, v)?) {
            *m |= hit;
        }
    }
    Ok(mask)
}

/// The whole file (the in-memory path): CSV through `read_csv`, Parquet
/// through polars' reader, SPSS through `ambers`.
fn read_table(
    path: &std::path::Path,
    numeric: &[&str],
    labels: &[&str],
) -> njov::Result<polars::prelude::DataFrame> {
    if is_parquet(path) {
        #[cfg(feature = "parquet")]
        {
            let columns: Vec<&str> = numeric.iter().chain(labels).copied().collect();
            return njov::survey::read_parquet(path, &columns);
        }
        #[cfg(not(feature = "parquet"))]
        return Err(parquet_unavailable(path));
    }
    if is_sav(path) {
        #[cfg(feature = "spss")]
        return njov::survey::read_sav(path, numeric, labels);
        #[cfg(not(feature = "spss"))]
        return Err(sav_unavailable(path));
    }
    read_csv(path, numeric, labels)
}

/// The file in batches (the streaming path): CSV in batches of about 8 MiB,
/// Parquet a row group at a time, SPSS 65,536 rows at a time.
fn for_each_batch(
    path: &std::path::Path,
    numeric: &[&str],
    labels: &[&str],
    each: impl FnMut(&polars::prelude::DataFrame) -> njov::Result<()>,
) -> njov::Result<u64> {
    if is_parquet(path) {
        #[cfg(feature = "parquet")]
        {
            let columns: Vec<&str> = numeric.iter().chain(labels).copied().collect();
            return njov::survey::read_parquet_batches(path, &columns, each);
        }
        #[cfg(not(feature = "parquet"))]
        return Err(parquet_unavailable(path));
    }
    if is_sav(path) {
        #[cfg(feature = "spss")]
        return njov::survey::read_sav_batches(
            path,
            numeric,
            labels,
            njov::survey::DEFAULT_BATCH_ROWS,
            each,
        );
        #[cfg(not(feature = "spss"))]
        return Err(sav_unavailable(path));
    }
    read_csv_batches(path, numeric, labels, DEFAULT_BATCH_BYTES, each)
}
