//! `njov`: the command line of the njov crate.
//!
//! Errors go to stderr with a non-zero exit code, never a panic.

#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use njov::{
    Checker, Dataset, Date, DesignColumns, EstimateOptions, Evidence, Format, Interval, Period,
    ProportionData, ProportionInterval, ProportionMethod, Report, Side, SurveyOptions,
};

#[derive(Parser)]
#[command(
    name = "njov",
    version,
    about = "Reproduce the published statistics of the National Juvenile Online Victimization Study (N-JOV)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// The full reproduction report, from the embedded data (or a data directory).
    Reproduce {
        /// Dataset id.
        #[arg(long, default_value = njov::DEFAULT_DATASET)]
        dataset: String,
        /// Dataset version (default: the newest).
        #[arg(long)]
        data_version: Option<String>,
        /// Read the data from this directory (same layout as data/) instead of the embedded copy.
        #[arg(long)]
        data_dir: Option<PathBuf>,
        /// Confidence level of the intervals, in (0, 1).
        #[arg(long, default_value_t = 0.95)]
        level: f64,
        /// Interval method for shares (wald, wilson, agresti-coull, clopper-pearson, jeffreys, logit, asin, korn-graubard, ...).
        #[arg(long)]
        method: Option<String>,
        /// Design effect of both phases, overriding the assumptions table.
        #[arg(long)]
        deff: Option<f64>,
        /// Output format: text, markdown, json or csv.
        #[arg(long, default_value = "text")]
        format: String,
        /// Write to this file instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Every published statement and wording of the dataset, judged.
    Claims {
        /// Dataset id.
        #[arg(long, default_value = njov::DEFAULT_DATASET)]
        dataset: String,
        /// Dataset version (default: the newest).
        #[arg(long)]
        data_version: Option<String>,
        /// Output format: text, markdown, json or csv.
        #[arg(long, default_value = "text")]
        format: String,
        /// Write to this file instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Judge a claim sentence against a share, a value, a change or a period.
    Check {
        /// The claim, in English ("Nearly 40% of arrested offenders ...").
        claim: String,
        /// The part of a share (with --whole).
        #[arg(long, requires = "whole", conflicts_with_all = ["value", "from", "reference"])]
        part: Option<f64>,
        /// The whole of a share (with --part).
        #[arg(long, requires = "part")]
        whole: Option<f64>,
        /// The value itself, on the claim's scale.
        #[arg(long, conflicts_with_all = ["from", "reference"])]
        value: Option<f64>,
        /// The earlier value of a change (with --to).
        #[arg(long, requires = "to", conflicts_with = "reference")]
        from: Option<f64>,
        /// The later value of a change (with --from).
        #[arg(long, requires = "from")]
        to: Option<f64>,
        /// For a period: the reference period it should name ("July 1, 2000, through June 30, 2001").
        #[arg(long)]
        reference: Option<String>,
        /// For a period: the date the claim was published.
        #[arg(long)]
        published: Option<String>,
        /// A model-based interval for the computed value, "LOWER,UPPER", to flag a decision across the boundary.
        #[arg(long)]
        ci: Option<String>,
        /// The unweighted base, for a check that a printed percentage is possible at all.
        #[arg(long)]
        n: Option<u64>,
        /// Output format: text or json.
        #[arg(long, default_value = "text")]
        format: String,
    },
    /// A confidence interval for a proportion, or one per row of a CSV file.
    Ci {
        /// Successes.
        #[arg(long, required_unless_present = "input", conflicts_with = "input")]
        successes: Option<u64>,
        /// Trials (the unweighted base).
        #[arg(long, required_unless_present = "input")]
        trials: Option<u64>,
        /// Method: wald, wilson, agresti-coull, clopper-pearson, jeffreys, logit, asin, korn-graubard, korn-graubard-nchs, wilson-neff, psmall[=T].
        #[arg(long)]
        method: Option<String>,
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
        /// two-sided, lower or upper.
        #[arg(long, default_value = "two-sided")]
        side: String,
        /// A CSV file with columns successes,trials and optional n_eff, df: one interval per row.
        #[arg(long)]
        input: Option<PathBuf>,
        /// With --input: write the intervals to this CSV file instead of standard output.
        #[arg(long, requires = "input")]
        output: Option<PathBuf>,
        /// Output format for a single interval: text or json.
        #[arg(long, default_value = "text")]
        format: String,
    },
    /// A forest plot (SVG) of the shares with their intervals across the design-effect grid.
    Plot {
        /// The SVG file to write.
        #[arg(long)]
        output: PathBuf,
        /// Dataset id.
        #[arg(long, default_value = njov::DEFAULT_DATASET)]
        dataset: String,
        /// Dataset version (default: the newest).
        #[arg(long)]
        data_version: Option<String>,
        /// Confidence level of the intervals, in (0, 1).
        #[arg(long, default_value_t = 0.95)]
        level: f64,
        /// Interval method for shares.
        #[arg(long)]
        method: Option<String>,
    },
    /// Design-based estimation from microdata in a CSV file, as R's survey package.
    Survey {
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
        /// Strata with one PSU: fail, remove, certainty, adjust or average.
        #[arg(long, default_value = "fail")]
        lonely_psu: String,
        /// A domain (subpopulation), COL=VALUE.
        #[arg(long)]
        domain: Option<String>,
        /// total, mean or proportion.
        #[arg(long)]
        stat: String,
        /// Interval method: for a proportion mean, logit, xlogit, beta, asin or wilson (R's svyciprop); for totals and means the t interval.
        #[arg(long)]
        method: Option<String>,
        /// Confidence level, in (0, 1).
        #[arg(long, default_value_t = 0.95)]
        level: f64,
        /// Output format: text or json.
        #[arg(long, default_value = "text")]
        format: String,
    },
    /// The versioned data: list, verify, show.
    Data {
        #[command(subcommand)]
        command: DataCommand,
    },
}

#[derive(Subcommand)]
enum DataCommand {
    /// List the embedded datasets, versions and tables.
    List,
    /// Verify checksums and rows: of a data directory, or of the embedded data.
    Verify {
        /// A directory laid out as data/ (<dataset>/<version>/...).
        path: Option<PathBuf>,
    },
    /// Print one table as CSV (or a document as text).
    Show {
        /// The table's name (see `njov data list`).
        table: String,
        /// Dataset id.
        #[arg(long, default_value = njov::DEFAULT_DATASET)]
        dataset: String,
        /// Dataset version (default: the newest).
        #[arg(long)]
        data_version: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("njov: {e}");
            ExitCode::FAILURE
        }
    }
}

fn load(dataset: &str, version: Option<&str>, dir: Option<&PathBuf>) -> njov::Result<Dataset> {
    match dir {
        Some(d) => Dataset::load_from_dir(d, dataset, version),
        None => Dataset::load(dataset, version),
    }
}

fn emit(text: &str, output: Option<&PathBuf>) -> njov::Result<()> {
    match output {
        Some(path) => std::fs::write(path, text).map_err(|e| {
            njov::Error::new(njov::ErrorKind::Io {
                path: path.display().to_string(),
                message: e.to_string(),
            })
        }),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

/// The estimation options of `reproduce` and `plot`.
fn estimate_options(
    level: f64,
    method: Option<&str>,
    deff: Option<f64>,
) -> njov::Result<EstimateOptions> {
    Ok(EstimateOptions {
        level,
        method: match method {
            Some(m) => m.parse()?,
            None => ProportionMethod::default(),
        },
        deff,
    })
}

/// One proportion interval from successes and trials, with an optional
/// design effect or effective sample size, and degrees of freedom.
#[allow(clippy::too_many_arguments)]
fn interval_for(
    method: ProportionMethod,
    successes: u64,
    trials: u64,
    deff: Option<f64>,
    n_eff: Option<f64>,
    df: Option<f64>,
    level: f64,
    side: Side,
) -> njov::Result<Interval> {
    if trials == 0 || successes > trials {
        return Err(njov::Error::new(njov::ErrorKind::InvalidArgument {
            name: "successes".into(),
            value: format!("{successes} of {trials}"),
            expected: "0 <= successes <= trials, trials >= 1".into(),
        }));
    }
    let estimate = successes as f64 / trials as f64;
    let data = match (deff, n_eff) {
        (Some(deff), _) => ProportionData::DesignEffect {
            estimate,
            deff,
            n: trials as f64,
        },
        (None, Some(n_eff)) => ProportionData::EffectiveSize { estimate, n_eff },
        (None, None) => ProportionData::Counts { successes, trials },
    };
    ProportionInterval::compute(method, &data, level, side, df)
}

/// The JSON of `njov ci`: `method, level, estimate, lower, upper`, and
/// `n_eff`, `df` where used.
fn ci_json(ci: &Interval) -> String {
    let mut v = serde_json::json!({
        "method": ci.method,
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
    serde_json::to_string_pretty(&v).expect("JSON of numbers serialises")
}

/// `njov ci --input`: one interval per row of a CSV file with columns
/// `successes,trials` and optional `n_eff`, `df`.
fn ci_batch(
    path: &PathBuf,
    method: ProportionMethod,
    level: f64,
    side: Side,
    deff: Option<f64>,
) -> njov::Result<String> {
    let file = path.display().to_string();
    let mut reader = csv::Reader::from_path(path).map_err(|e| {
        njov::Error::new(njov::ErrorKind::Io {
            path: file.clone(),
            message: e.to_string(),
        })
    })?;
    let at = |line: u64, column: &str, message: String| {
        njov::Error::new(njov::ErrorKind::Data {
            location: njov::Location {
                file: file.clone(),
                line: Some(line),
                column: Some(column.to_string()),
            },
            message,
        })
    };
    let headers = reader
        .headers()
        .map_err(|e| at(1, "", e.to_string()))?
        .clone();
    let index = |name: &str| headers.iter().position(|h| h == name);
    for required in ["successes", "trials"] {
        if index(required).is_none() {
            return Err(at(1, required, "missing column".into()));
        }
    }
    for h in headers.iter() {
        if !["successes", "trials", "n_eff", "df"].contains(&h) {
            return Err(at(
                1,
                h,
                "unknown column (expected successes, trials, n_eff, df)".into(),
            ));
        }
    }
    let mut out = csv::Writer::from_writer(Vec::new());
    let io = |e: csv::Error| {
        njov::Error::new(njov::ErrorKind::Io {
            path: "<csv>".into(),
            message: e.to_string(),
        })
    };
    out.write_record([
        "successes",
        "trials",
        "n_eff",
        "df",
        "method",
        "level",
        "estimate",
        "lower",
        "upper",
    ])
    .map_err(io)?;
    for record in reader.records() {
        let record =
            record.map_err(|e| at(e.position().map_or(0, |p| p.line()), "", e.to_string()))?;
        let line = record.position().map_or(0, |p| p.line());
        let cell = |name: &str| {
            index(name)
                .and_then(|i| record.get(i))
                .map(str::trim)
                .filter(|c| !c.is_empty())
        };
        let int = |name: &str| -> njov::Result<u64> {
            let c = cell(name).ok_or_else(|| at(line, name, "a value is required".into()))?;
            c.parse()
                .map_err(|_| at(line, name, format!("'{c}' is not a whole number >= 0")))
        };
        let real = |name: &str| -> njov::Result<Option<f64>> {
            cell(name)
                .map(|c| {
                    c.parse::<f64>()
                        .map_err(|_| at(line, name, format!("'{c}' is not a number")))
                })
                .transpose()
        };
        let (k, n, n_eff, df) = (
            int("successes")?,
            int("trials")?,
            real("n_eff")?,
            real("df")?,
        );
        let ci = interval_for(method, k, n, deff, n_eff, df, level, side)
            .map_err(|e| at(line, "", e.to_string()))?;
        let opt = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
        out.write_record([
            k.to_string(),
            n.to_string(),
            opt(ci.n_eff),
            opt(ci.df),
            ci.method.clone(),
            ci.level.to_string(),
            ci.estimate.to_string(),
            ci.lower.to_string(),
            ci.upper.to_string(),
        ])
        .map_err(io)?;
    }
    let bytes = out.into_inner().map_err(|e| {
        njov::Error::new(njov::ErrorKind::Io {
            path: "<csv>".into(),
            message: e.to_string(),
        })
    })?;
    Ok(String::from_utf8(bytes).expect("csv writes the UTF-8 it is given"))
}

/// The error for a format that a text-or-JSON command does not write.
fn text_or_json(format: &str) -> njov::Error {
    njov::Error::new(njov::ErrorKind::InvalidArgument {
        name: "format".into(),
        value: format.into(),
        expected: "text or json".into(),
    })
}

fn run(cli: Cli) -> njov::Result<()> {
    match cli.command {
        Command::Reproduce {
            dataset,
            data_version,
            data_dir,
            level,
            method,
            deff,
            format,
            output,
        } => {
            let format: Format = format.parse()?;
            let options = estimate_options(level, method.as_deref(), deff)?;
            let ds = load(&dataset, data_version.as_deref(), data_dir.as_ref())?;
            let text = Report::build_with(&ds, &options)?.render(format)?;
            emit(&text, output.as_ref())
        }
        Command::Claims {
            dataset,
            data_version,
            format,
            output,
        } => {
            let format: Format = format.parse()?;
            let ds = Dataset::load(&dataset, data_version.as_deref())?;
            let text = Report::build(&ds)?.render_claims(format)?;
            emit(&text, output.as_ref())
        }
        Command::Check {
            claim,
            part,
            whole,
            value,
            from,
            to,
            reference,
            published,
            ci,
            n,
            format,
        } => {
            let evidence = match (part.zip(whole), value, from.zip(to), &reference, &published) {
                (Some((part, whole)), _, _, _, _) => Evidence::Share { part, whole },
                (_, Some(v), _, _, _) => Evidence::Value(v),
                (_, _, Some((from, to)), _, _) => Evidence::Change { from, to },
                (_, _, _, r, p) if r.is_some() || p.is_some() => Evidence::Period {
                    reference: r.as_deref().map(Period::parse).transpose()?,
                    published: p.as_deref().map(Date::parse).transpose()?,
                },
                _ => {
                    return Err(njov::Error::new(njov::ErrorKind::InvalidArgument {
                        name: "evidence".into(),
                        value: "none".into(),
                        expected: "--part and --whole, --value, --from and --to, or --reference/--published"
                            .into(),
                    }));
                }
            };
            let mut checker = Checker::new();
            if let Some(ci) = ci {
                let bounds: Vec<f64> = ci
                    .split(',')
                    .map(|x| x.trim().parse::<f64>())
                    .collect::<Result<_, _>>()
                    .map_err(|_| {
                        njov::Error::new(njov::ErrorKind::InvalidArgument {
                            name: "ci".into(),
                            value: ci.clone(),
                            expected: "LOWER,UPPER".into(),
                        })
                    })?;
                match bounds[..] {
                    [lo, hi] if lo <= hi => checker = checker.ci(lo, hi),
                    _ => {
                        return Err(njov::Error::new(njov::ErrorKind::InvalidArgument {
                            name: "ci".into(),
                            value: ci,
                            expected: "LOWER,UPPER with LOWER <= UPPER".into(),
                        }));
                    }
                }
            }
            if let Some(n) = n {
                checker = checker.unweighted_n(n);
            }
            let judgement = checker.check(&claim, &evidence)?;
            match format.as_str() {
                "json" => println!(
                    "{}",
                    serde_json::to_string_pretty(&judgement).expect("a judgement serialises")
                ),
                "text" => {
                    println!("verdict:  {}", judgement.verdict);
                    if let Some(c) = judgement.computed {
                        println!("computed: {c}");
                    }
                    if let Some([a, b]) = judgement.accepted {
                        println!("accepted: [{a}, {b}]");
                    }
                    println!(
                        "kind:     {}",
                        serde_json::to_value(judgement.kind)
                            .expect("a kind serialises")
                            .as_str()
                            .unwrap_or("")
                    );
                    if let Some(x) = judgement.crosses_boundary {
                        println!("interval crosses the boundary: {x}");
                    }
                    if let Some(p) = &judgement.pattern {
                        println!("pattern:  {p}");
                    }
                    println!("reason:   {}", judgement.reason);
                }
                other => return Err(text_or_json(other)),
            }
            Ok(())
        }
        Command::Ci {
            successes,
            trials,
            method,
            level,
            deff,
            n_eff,
            df,
            side,
            input,
            output,
            format,
        } => {
            let method: ProportionMethod = match method {
                Some(m) => m.parse()?,
                None => ProportionMethod::default(),
            };
            let side: Side = side.parse()?;
            match input {
                Some(path) => {
                    let text = ci_batch(&path, method, level, side, deff)?;
                    emit(&text, output.as_ref())
                }
                None => {
                    let (k, n) = successes
                        .zip(trials)
                        .expect("clap requires both without --input");
                    let ci = interval_for(method, k, n, deff, n_eff, df, level, side)?;
                    match format.as_str() {
                        "json" => println!("{}", ci_json(&ci)),
                        "text" => {
                            println!(
                                "{} {:.0}%: {} [{}, {}]",
                                ci.method,
                                100.0 * ci.level,
                                ci.estimate,
                                ci.lower,
                                ci.upper
                            );
                            if let Some(n) = ci.n_eff {
                                println!("n_eff {n}");
                            }
                            if let Some(d) = ci.df {
                                println!("df {d}");
                            }
                        }
                        other => return Err(text_or_json(other)),
                    }
                    Ok(())
                }
            }
        }
        Command::Plot {
            output,
            dataset,
            data_version,
            level,
            method,
        } => {
            let options = estimate_options(level, method.as_deref(), None)?;
            let ds = Dataset::load(&dataset, data_version.as_deref())?;
            let svg = Report::build_with(&ds, &options)?.forest_plot_svg()?;
            emit(&svg, Some(&output))
        }
        Command::Survey {
            data,
            var,
            weights,
            probs,
            strata,
            psu,
            ssu,
            fpc,
            fpc2,
            nest,
            lonely_psu,
            domain,
            stat,
            method,
            level,
            format,
        } => {
            let mut options = SurveyOptions::new(data, var, stat.parse()?);
            options.design = DesignColumns {
                weights,
                probabilities: probs,
                strata,
                psu,
                ssu,
                fpc,
                fpc2,
                nest,
                lonely_psu: lonely_psu.parse()?,
            };
            options.domain = domain;
            options.method = method;
            options.level = level;
            let out = njov::survey_csv(&options)?;
            match format.as_str() {
                "json" => println!(
                    "{}",
                    serde_json::to_string_pretty(&out).expect("a survey result serialises")
                ),
                "text" => {
                    let v = serde_json::to_value(&out).expect("a survey result serialises");
                    for key in ["stat", "estimate", "se", "lower", "upper", "df", "deff"] {
                        println!("{key:<9} {}", v[key]);
                    }
                }
                other => return Err(text_or_json(other)),
            }
            Ok(())
        }
        Command::Data { command } => match command {
            DataCommand::List => {
                let catalog = njov::embedded_catalog();
                for (id, versions) in &catalog.datasets {
                    for v in versions {
                        let ds = Dataset::load(id, Some(v))?;
                        println!("{}", ds.provenance());
                        println!("  {}", ds.manifest().title);
                        for t in &ds.manifest().tables {
                            println!(
                                "  {:<20} {:<10} {:>4} rows  {}",
                                t.name,
                                t.schema.as_str(),
                                t.rows,
                                t.description
                            );
                        }
                    }
                }
                Ok(())
            }
            DataCommand::Verify { path } => {
                let verified = njov::verify(path.as_deref())?;
                for p in &verified.versions {
                    println!("ok  {p}");
                }
                println!(
                    "verified {} files in {} dataset versions",
                    verified.files,
                    verified.versions.len()
                );
                Ok(())
            }
            DataCommand::Show {
                table,
                dataset,
                data_version,
            } => {
                let ds = Dataset::load(&dataset, data_version.as_deref())?;
                print!("{}", ds.text(&table)?);
                Ok(())
            }
        },
    }
}
