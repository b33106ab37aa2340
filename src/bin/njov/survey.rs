//! `njov survey`: one design-based estimate from a microdata CSV file, with
//! its standard error, degrees of freedom, design effect and interval, as R's
//! `survey` package gives them.

use std::path::PathBuf;
use std::time::Instant;

use serde::Serialize;

use njov::survey::{
    DesignColumns, EstimateInterval, LonelyPsu, Missing, Statistic, SurveyDesign, SvycipropMethod,
    column_f64, mask_equals, read_csv,
};

use njov::Format;
use njov::report::document::{Block, Cell, Document};

#[derive(clap::Args)]
pub(crate) struct SurveyArgs {
    /// The CSV file (header row).
    #[arg(long)]
    data: PathBuf,
    /// The variable to estimate.
    #[arg(long)]
    var: String,
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
    /// A domain (subpopulation), COL=VALUE.
    #[arg(long)]
    domain: Option<String>,
    /// Exclude rows whose variable is missing (an empty cell), as R's `na.rm = TRUE`:
    /// as a domain, so the design keeps every PSU and stratum. Without it a missing
    /// value is an error naming its row.
    #[arg(long)]
    na_rm: bool,
    /// What to estimate.
    #[arg(long, value_enum)]
    stat: Statistic,
    /// Interval method for a proportion (R's svyciprop; default logit); totals and means
    /// take the t interval (`mean`).
    #[arg(long, value_enum)]
    method: Option<SvycipropMethod>,
    /// Confidence level, in (0, 1).
    #[arg(long, default_value_t = 0.95)]
    level: f64,
    /// Report the time spent reading the file and estimating, separately (on standard error).
    #[arg(long)]
    timings: bool,
    /// Output format: text or json.
    #[arg(long, value_parser = crate::format::accepts(crate::format::ONE), default_value = "text")]
    pub(crate) format: Format,
}

/// The result; its JSON keys (`stat, estimate, se, lower, upper, df, deff`)
/// are part of the command-line contract.
#[derive(Serialize)]
struct SurveyOutput {
    stat: Statistic,
    estimate: f64,
    se: f64,
    lower: f64,
    upper: f64,
    df: f64,
    deff: Option<f64>,
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
    if args.stat == Statistic::Ratio {
        return Err(njov::Error::invalid_argument(
            "stat",
            "ratio",
            "total, mean or proportion",
        ));
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
    let numeric: Vec<&str> = std::iter::once(args.var.as_str())
        .chain(
            [
                &columns.weights,
                &columns.probabilities,
                &columns.fpc,
                &columns.fpc2,
            ]
            .into_iter()
            .flatten()
            .map(String::as_str),
        )
        .collect();
    let labels: Vec<&str> = [&columns.strata, &columns.psu, &columns.ssu]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .chain(domain.iter().map(|(c, _)| c.as_str()))
        .collect();
    let df = read_csv(&args.data, &numeric, &labels)?;
    let read = started.elapsed();

    let design = SurveyDesign::from_frame(&df, &columns)?;
    let y = column_f64(&df, &args.var)?;
    let mask = match &domain {
        Some((col, value)) => Some(mask_equals(&df, col, value)?),
        None => None,
    };
    let domain = match &mask {
        Some(m) => Some(design.domain(m)?),
        None => None,
    };
    let missing = if args.na_rm {
        Missing::Exclude
    } else {
        Missing::Refuse
    };
    let estimate = match &domain {
        None => design.estimate(args.stat, &y, missing)?,
        Some(d) => d.estimate(args.stat, &y, missing)?,
    };
    let interval: EstimateInterval = match args.stat {
        Statistic::Proportion => estimate
            .proportion_interval(args.method.unwrap_or(SvycipropMethod::Logit), args.level)?,
        _ => {
            if let Some(m) = args.method
                && m != SvycipropMethod::Mean
            {
                return Err(njov::Error::invalid_argument(
                    "method",
                    m,
                    "mean (or wald) for a total or mean: the t interval",
                ));
            }
            estimate.t_interval(args.level)?
        }
    };
    let estimated = started.elapsed() - read;
    let out = SurveyOutput {
        stat: args.stat,
        estimate: estimate.estimate,
        se: estimate.se,
        lower: interval.lower,
        upper: interval.upper,
        df: estimate.df,
        deff: estimate.deff,
    };
    if args.timings {
        eprintln!(
            "timings: read {:.3} s ({} rows, {} columns), estimate {:.3} s",
            read.as_secs_f64(),
            df.height(),
            df.width(),
            estimated.as_secs_f64()
        );
    }
    let text = match args.format {
        Format::Json => {
            let mut json =
                serde_json::to_string_pretty(&out).map_err(|e| njov::Error::render("JSON", e))?;
            json.push('\n');
            json
        }
        // The JSON's keys and values, one a line.
        _ => {
            let fields = [
                ("stat", Cell::text(out.stat.to_string())),
                (
                    "estimate",
                    Cell::number(out.estimate, out.estimate.to_string()),
                ),
                ("se", Cell::number(out.se, out.se.to_string())),
                ("lower", Cell::number(out.lower, out.lower.to_string())),
                ("upper", Cell::number(out.upper, out.upper.to_string())),
                ("df", Cell::number(out.df, out.df.to_string())),
                ("deff", Cell::number_or_empty(out.deff, |d| d.to_string())),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
            njov::report::render_document(
                &Document::new("").with(Block::Fields { fields }),
                args.format,
            )?
        }
    };
    crate::output::emit(&text, None)
}
