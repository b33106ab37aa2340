//! `njov ci`: a confidence interval for a proportion, or one per row of a
//! CSV file.

use std::path::{Path, PathBuf};

use njov::data::{Columns, Row, read_rows_from_path};
use njov::interval::{IntervalSpec, ProportionData, ProportionInterval, Side};
use njov::report::document::{Block, Cell, Column, Document, Table};
use njov::report::render_document;
use njov::{Format, ProportionMethod};

use crate::format;
use crate::output::{emit, no_rows};

#[derive(clap::Args)]
pub(crate) struct Args {
    /// Successes.
    #[arg(long, required_unless_present = "input", conflicts_with = "input")]
    successes: Option<u64>,
    /// Trials (the unweighted base).
    #[arg(long, required_unless_present = "input")]
    trials: Option<u64>,
    /// Method: wald, wilson, agresti-coull, clopper-pearson, jeffreys, logit, asin,
    /// korn-graubard, korn-graubard-nchs, wilson-neff, psmall[=T].
    #[arg(long, default_value_t = ProportionMethod::default())]
    method: ProportionMethod,
    /// Confidence level, in (0, 1).
    #[arg(long, default_value_t = 0.95)]
    level: f64,
    /// Design effect: the effective sample size is trials / deff.
    #[arg(long, conflicts_with = "n_eff")]
    deff: Option<f64>,
    /// Effective sample size.
    #[arg(long)]
    n_eff: Option<f64>,
    /// Degrees of freedom of the t quantile (default: the normal quantile).
    #[arg(long)]
    df: Option<f64>,
    /// Which limits.
    #[arg(long, value_enum, default_value_t = Side::TwoSided)]
    side: Side,
    /// A CSV file with columns successes,trials and optional n_eff, df: one interval per row.
    #[arg(long)]
    input: Option<PathBuf>,
    /// With --input: write the intervals to this CSV file instead of standard output.
    #[arg(long, requires = "input")]
    output: Option<PathBuf>,
    /// Output format for a single interval: text or json.
    #[arg(long, value_parser = format::accepts(format::ONE), default_value = "text")]
    pub(crate) format: Format,
}

/// The data of one proportion from successes and trials, with an optional
/// design effect or effective sample size.
fn proportion_data(
    successes: u64,
    trials: u64,
    deff: Option<f64>,
    n_eff: Option<f64>,
) -> njov::Result<ProportionData> {
    if trials == 0 || successes > trials {
        return Err(njov::Error::invalid_argument(
            "successes",
            format!("{successes} of {trials}"),
            "0 <= successes <= trials, trials >= 1",
        ));
    }
    Ok(match (deff, n_eff) {
        (Some(deff), _) => ProportionData::CountsDesignEffect {
            successes,
            trials,
            deff,
        },
        (None, Some(n_eff)) => ProportionData::EffectiveSize {
            estimate: successes as f64 / trials as f64,
            n_eff,
        },
        (None, None) => ProportionData::Counts { successes, trials },
    })
}

/// A row of `njov ci --input`.
#[derive(serde::Deserialize)]
struct CiRow {
    successes: u64,
    trials: u64,
    n_eff: Option<f64>,
    df: Option<f64>,
}

/// `njov ci`.
pub(crate) fn run(args: &Args) -> njov::Result<()> {
    let spec = IntervalSpec::new(args.level)?.with_side(args.side);
    match &args.input {
        Some(path) => {
            let text = ci_batch(path, args, &spec)?;
            emit(&text, args.output.as_deref())
        }
        None => {
            let (k, n) = args
                .successes
                .zip(args.trials)
                .expect("clap requires both without --input");
            let method = ProportionInterval::new(args.method, spec.with_df_opt(args.df)?)?;
            let ci = method.compute(&proportion_data(k, n, args.deff, args.n_eff)?)?;
            let mut v = serde_json::json!({
                "method": ci.method.name(),
                "level": ci.level,
                "estimate": ci.estimate,
                "lower": ci.lower,
                "upper": ci.upper,
            });
            if let Some(n) = ci.n_eff {
                v["n_eff"] = n.into();
            }
            if let Some(d) = ci.df {
                v["df"] = d.into();
            }
            let text = match args.format {
                Format::Json => {
                    let mut json = serde_json::to_string_pretty(&v)
                        .map_err(|e| njov::Error::render("JSON", e))?;
                    json.push('\n');
                    json
                }
                // The words of the JSON, one a line.
                _ => {
                    let fields = [
                        "method", "level", "estimate", "lower", "upper", "n_eff", "df",
                    ]
                    .into_iter()
                    .filter_map(|key| {
                        let value = &v[key];
                        let cell = match value.as_f64() {
                            Some(x) => Cell::number(x, x.to_string()),
                            None => Cell::text(value.as_str()?),
                        };
                        Some((key.to_string(), cell))
                    })
                    .collect();
                    render_document(
                        &Document::new("").with(Block::Fields { fields }),
                        args.format,
                    )?
                }
            };
            emit(&text, None)
        }
    }
}

/// `njov ci --input`: one interval per row of a CSV file with columns
/// `successes,trials` and optional `n_eff`, `df`, read by the data layer's
/// one row reader.
fn ci_batch(path: &Path, args: &Args, spec: &IntervalSpec) -> njov::Result<String> {
    let file = path.display().to_string();
    let columns = Columns {
        required: &["successes", "trials"],
        optional: &["n_eff", "df"],
    };
    let rows = read_rows_from_path::<CiRow>(path, &columns)?;
    if rows.is_empty() {
        return Err(no_rows(path, "one row per interval"));
    }
    let mut table = Table::new(
        [
            "successes",
            "trials",
            "n_eff",
            "df",
            "method",
            "level",
            "estimate",
            "lower",
            "upper",
        ]
        .into_iter()
        .map(Column::new)
        .collect(),
    );
    let number = |x: f64| Cell::number(x, x.to_string());
    for Row { line, record } in rows {
        let at = |e: njov::Error| {
            let location = njov::Location {
                file: file.clone(),
                line: Some(line),
                column: None,
            };
            e.at(location)
        };
        let data = proportion_data(record.successes, record.trials, args.deff, record.n_eff)
            .map_err(at)?;
        let ci = ProportionInterval::new(args.method, spec.with_df_opt(record.df).map_err(at)?)
            .and_then(|m| m.compute(&data))
            .map_err(at)?;
        table.push(vec![
            Cell::text(record.successes.to_string()),
            Cell::text(record.trials.to_string()),
            ci.n_eff.map_or(Cell::Empty, number),
            ci.df.map_or(Cell::Empty, number),
            Cell::text(ci.method.to_string()),
            number(ci.level),
            number(ci.estimate),
            number(ci.lower),
            number(ci.upper),
        ]);
    }
    render_document(&Document::new("").with(Block::Table(table)), Format::Csv)
}
