//! `njov`: the command line of the njov crate (the `cli` feature).
//!
//! One function per subcommand. Arguments are typed by clap (`ValueEnum` for
//! every closed set of words), so a wrong word is refused before anything
//! is computed. Errors go to standard error with a non-zero exit code (and,
//! with `--format json`, as a JSON object on standard output too), never a
//! panic.

#![forbid(unsafe_code)]

mod claims_cli;
mod format;
mod survey;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use njov::claims::{
    ALIAS_TABLE, AliasTable, Checker, Evidence, QUANTIFIER_DATASET, QuantifierTable, parse_date,
    parse_period,
};
use njov::data::{Columns, Row, embedded_catalog, read_rows_from_path, verify};
use njov::interval::{IntervalSpec, ProportionData, ProportionInterval, Side};
use njov::report::document::{Block, Cell, Column, Document, Table};
use njov::report::{PlotLayout, render_document, render_trend};
use njov::study::{WaveDesigns, trend_between};
use njov::{Dataset, EstimateOptions, Format, ProportionMethod, Report};

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

/// Where the data comes from: the embedded datasets, or a directory.
#[derive(clap::Args)]
pub(crate) struct DataArgs {
    /// Dataset id.
    #[arg(long, default_value = njov::study::DATASET)]
    dataset: String,
    /// Dataset version (default: the newest).
    #[arg(long)]
    data_version: Option<String>,
    /// Read the data from this directory (same layout as data/) instead of the embedded copy.
    #[arg(long)]
    data_dir: Option<PathBuf>,
}

impl DataArgs {
    pub(crate) fn load(&self) -> njov::Result<Dataset> {
        match &self.data_dir {
            Some(d) => Dataset::load_from_dir(d, &self.dataset, self.data_version.as_deref()),
            None => Dataset::load(&self.dataset, self.data_version.as_deref()),
        }
    }
}

/// How the national estimates are computed.
#[derive(clap::Args)]
struct EstimateArgs {
    /// Confidence level of the intervals, in (0, 1).
    #[arg(long, default_value_t = 0.95)]
    level: f64,
    /// Interval method for shares: wald, wilson, agresti-coull, clopper-pearson, jeffreys,
    /// logit, asin, korn-graubard, korn-graubard-nchs, wilson-neff, psmall[=T].
    #[arg(long, default_value_t = ProportionMethod::default())]
    method: ProportionMethod,
    /// Design effect of both phases, overriding the assumptions table.
    #[arg(long)]
    deff: Option<f64>,
}

impl EstimateArgs {
    fn options(&self) -> EstimateOptions {
        EstimateOptions {
            level: self.level,
            method: self.method,
            deff: self.deff,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// The full reproduction report, from the embedded data (or a data directory).
    Reproduce {
        #[command(flatten)]
        data: DataArgs,
        #[command(flatten)]
        estimates: EstimateArgs,
        /// Output format: text, markdown, json, csv or html.
        #[arg(long, value_parser = format::accepts(format::REPORT), default_value = "text")]
        format: Format,
        /// Write to this file instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Every published statement and wording of the dataset, judged.
    Claims {
        #[command(flatten)]
        data: DataArgs,
        /// Output format: text, markdown, json, csv or html.
        #[arg(long, value_parser = format::accepts(format::REPORT), default_value = "text")]
        format: Format,
        /// Write to this file instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Judge a claim sentence against a share, a value, a change or a period
    /// (or every row of a CSV file with --input).
    Check(CheckArgs),
    /// Find every statement of a document that states an amount, match it to the
    /// dataset's figures and judge it.
    Scan {
        /// The document (plain text).
        file: PathBuf,
        #[command(flatten)]
        data: DataArgs,
        /// Output format: text, markdown, json, csv or html.
        #[arg(long, value_parser = format::accepts(format::SCAN), default_value = "text")]
        format: Format,
        /// Write to this file instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// A confidence interval for a proportion, or one per row of a CSV file.
    Ci(CiArgs),
    /// A figure (SVG): the forest plot of the shares, or the changes between waves, with their
    /// intervals across the design-effect grid.
    Plot {
        /// The SVG file to write.
        #[arg(long)]
        output: PathBuf,
        /// Which figure.
        #[arg(long, value_enum, default_value_t = Figure::Forest)]
        figure: Figure,
        /// Wide (labels to the left) or narrow (labels above the rows, for a phone).
        #[arg(long, value_enum, default_value_t = Layout::Wide)]
        layout: Layout,
        #[command(flatten)]
        data: DataArgs,
        #[command(flatten)]
        estimates: EstimateArgs,
    },
    /// The change between two figures of one definition in two waves: difference, ratio and
    /// percent change (or the change of a share in points) with intervals.
    Trend(TrendArgs),
    /// Design-based estimation from microdata in a CSV file, as R's survey package.
    Survey(survey::SurveyArgs),
    /// The versioned data: list, verify, show.
    Data {
        #[command(subcommand)]
        command: DataCommand,
    },
}

#[derive(clap::Args)]
struct CheckArgs {
    /// The claim, in English ("Nearly 40% of arrested offenders ...").
    #[arg(required_unless_present = "input")]
    claim: Option<String>,
    /// A CSV file with a `text` column and evidence columns (part, whole, value, from, to,
    /// reference, published, ci_lower, ci_upper, n): one judgement per row.
    #[arg(long, conflicts_with_all = ["claim", "part", "value", "from", "reference", "published", "ci", "n"])]
    input: Option<PathBuf>,
    /// With --input: the output format (csv, jsonl, text, markdown or html).
    #[arg(long, value_parser = format::accepts(format::BATCH), default_value = "csv", requires = "input")]
    batch_format: Format,
    /// With --input: write to this file instead of standard output.
    #[arg(long, requires = "input")]
    output: Option<PathBuf>,
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
    #[arg(long, value_parser = format::accepts(format::ONE), default_value = "text")]
    format: Format,
}

#[derive(clap::Args)]
struct CiArgs {
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
    format: Format,
}

/// The figures of `njov plot`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Figure {
    /// The shares with their intervals (a dataset with national estimates).
    Forest,
    /// The changes between waves with their intervals (a dataset with waves).
    Trends,
}

/// The layouts of `njov plot`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Layout {
    Wide,
    Narrow,
}

#[derive(clap::Args)]
struct TrendArgs {
    /// The figure the change starts from (`w2000.total`; see `njov data show figure_measures`).
    from: String,
    /// The figure the change goes to (`w2006.total`), of the same definition in another wave.
    to: String,
    /// Dataset id.
    #[arg(long, default_value = njov::study::TRENDS_DATASET)]
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
    /// Design effect of every phase of both waves, overriding each wave's design model.
    #[arg(long)]
    deff: Option<f64>,
    /// Output format: text, markdown, json or csv.
    #[arg(long, value_parser = format::accepts(format::TREND), default_value = "text")]
    format: Format,
    /// Write to this file instead of standard output.
    #[arg(long)]
    output: Option<PathBuf>,
}

#[derive(Subcommand)]
enum DataCommand {
    /// List the embedded datasets, versions and tables.
    List,
    /// Verify checksums and rows: of a data directory, or of the embedded data
    /// (with the quantifier and alias tables read by the claims layer).
    Verify {
        /// A directory laid out as data/ (<dataset>/<version>/...).
        path: Option<PathBuf>,
        /// Output format: text or json.
        #[arg(long, value_parser = format::accepts(format::ONE), default_value = "text")]
        format: Format,
    },
    /// Print one table as CSV (or a document as text).
    Show {
        /// The table's name (see `njov data list`).
        table: String,
        #[command(flatten)]
        data: DataArgs,
    },
}

fn main() -> ExitCode {
    // `--deff -1` is a negative number for the command to refuse with its
    // rule, not an unknown flag: every subcommand allows negative numbers.
    let parsed = Cli::command()
        .mut_subcommands(|c| c.allow_negative_numbers(true))
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => e.exit(), // --help, --version
        Err(e) => {
            // A wrong argument: clap's message, in the command's format.
            let message = clap_message(&e);
            eprintln!("njov: {message}");
            if asked_for_json() {
                let v = serde_json::json!({ "error": { "kind": "InvalidArgument", "message": message } });
                println!("{v}");
            }
            return ExitCode::from(2);
        }
    };
    let json = cli.command.wants_json();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("njov: {}", one_line(&e));
            if json {
                println!("{}", error_json(&e));
            }
            ExitCode::from(exit_code(&e))
        }
    }
}

/// clap's message on one line: its error and tips, without the usage block
/// and the pointer to --help.
fn clap_message(e: &clap::Error) -> String {
    let rendered = e.render().to_string();
    let lines: Vec<&str> = rendered
        .lines()
        .map(str::trim)
        .take_while(|l| !l.starts_with("Usage:"))
        .filter(|l| !l.is_empty() && !l.starts_with("For more information"))
        .collect();
    lines.join("; ").trim_start_matches("error: ").to_string()
}

/// Whether the raw arguments ask for JSON (for errors found before they
/// could be parsed).
fn asked_for_json() -> bool {
    let args: Vec<String> = std::env::args().collect();
    args.windows(2)
        .any(|w| w[0] == "--format" && w[1] == "json")
        || args.iter().any(|a| a == "--format=json")
}

/// 2 for a wrong argument (as clap uses), 1 for anything else (bad data, a
/// file that cannot be read or written).
fn exit_code(e: &njov::Error) -> u8 {
    match e.kind() {
        njov::ErrorKind::InvalidArgument { .. } | njov::ErrorKind::Parse { .. } => 2,
        _ => 1,
    }
}

impl Command {
    /// Whether the command was asked for JSON, so that an error is JSON too.
    fn wants_json(&self) -> bool {
        match self {
            Command::Reproduce { format, .. } | Command::Claims { format, .. } => {
                *format == Format::Json
            }
            Command::Check(a) => a.format == Format::Json,
            Command::Scan { format, .. } => *format == Format::Json,
            Command::Ci(a) => a.format == Format::Json,
            Command::Survey(a) => a.format == Format::Json,
            Command::Trend(a) => a.format == Format::Json,
            Command::Data {
                command: DataCommand::Verify { format, .. },
            } => *format == Format::Json,
            Command::Plot { .. } | Command::Data { .. } => false,
        }
    }
}

/// An error as a JSON object: `{"error": {"kind", "message"}}`, with
/// `file`, `line` and `column` where the error has them.
fn error_json(e: &njov::Error) -> String {
    let kind = format!("{:?}", e.kind());
    let kind = kind
        .split([' ', '{', '('])
        .next()
        .unwrap_or_default()
        .to_string();
    let mut error = serde_json::json!({ "kind": kind, "message": one_line(e) });
    if let Some(at) = e.location() {
        error["file"] = at.file.into();
        if let Some(line) = at.line {
            error["line"] = line.into();
        }
        if let Some(column) = at.column {
            error["column"] = column.into();
        }
    }
    serde_json::json!({ "error": error }).to_string()
}

/// The message of an error on one line, with what to do about it where the
/// message alone does not say.
fn one_line(e: &njov::Error) -> String {
    let message = e.to_string().replace(['\n', '\r'], " ");
    match fix(e) {
        Some(fix) => format!("{message}; {fix}"),
        None => message,
    }
}

/// What to do about an error whose message names the problem but not the
/// remedy. Messages of bad arguments and bad data cells say what is
/// expected already ("expected a number in (0, 1)", "unknown column
/// (expected ...)").
fn fix(e: &njov::Error) -> Option<&'static str> {
    use std::io::ErrorKind as Io;
    match e.kind() {
        njov::ErrorKind::Io { source, .. } => match source.kind() {
            Io::NotFound => Some("check the path"),
            Io::PermissionDenied => Some("check the file's permissions"),
            Io::IsADirectory => Some("give a file, not a folder"),
            Io::NotADirectory => Some("give a folder"),
            _ => None,
        },
        njov::ErrorKind::Checksum { .. } => Some(
            "a released file is never edited: restore its bytes, or release a new version (scripts/update_manifest.py)",
        ),
        njov::ErrorKind::Csv { source, .. } => match source.kind() {
            csv::ErrorKind::UnequalLengths { .. } => Some(
                "give every row as many fields as the header (quote a field that holds a comma)",
            ),
            csv::ErrorKind::Utf8 { .. } => Some("save the file as UTF-8"),
            _ => None,
        },
        _ => None,
    }
}

fn run(command: Command) -> njov::Result<()> {
    match command {
        Command::Reproduce {
            data,
            estimates,
            format,
            output,
        } => reproduce(&data, &estimates, format, output.as_deref()),
        Command::Claims {
            data,
            format,
            output,
        } => claims(&data, format, output.as_deref()),
        Command::Check(args) => match &args.input {
            Some(input) => {
                claims_cli::check_batch(input, args.batch_format, args.output.as_deref())
            }
            None => check(&args),
        },
        Command::Scan {
            file,
            data,
            format,
            output,
        } => claims_cli::scan(&file, &data, format, output.as_deref()),
        Command::Ci(args) => ci(&args),
        Command::Plot {
            output,
            figure,
            layout,
            data,
            estimates,
        } => plot(&data, &estimates, figure, layout, &output),
        Command::Trend(args) => trend(&args),
        Command::Survey(args) => survey::run(&args),
        Command::Data { command } => match command {
            DataCommand::List => data_list(),
            DataCommand::Verify { path, format } => data_verify(path.as_deref(), format),
            DataCommand::Show { table, data } => data_show(&data, &table),
        },
    }
}

/// Writes `text` to `output`, or to standard output.
pub(crate) fn emit(text: &str, output: Option<&Path>) -> njov::Result<()> {
    match output {
        // Written atomically: an interrupted write leaves the earlier file.
        Some(path) => njov::report::write_atomic(path, text.as_bytes()),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

/// `njov reproduce`.
fn reproduce(
    data: &DataArgs,
    estimates: &EstimateArgs,
    format: Format,
    output: Option<&Path>,
) -> njov::Result<()> {
    let ds = data.load()?;
    let text = Report::build_with(&ds, &estimates.options())?.render(format)?;
    emit(&text, output)
}

/// `njov claims`.
fn claims(data: &DataArgs, format: Format, output: Option<&Path>) -> njov::Result<()> {
    let ds = data.load()?;
    let text = Report::build(&ds)?.render_claims(format)?;
    emit(&text, output)
}

/// `njov trend`: the change between two figures, refused (exit 2) when they
/// measure different definitions.
fn trend(args: &TrendArgs) -> njov::Result<()> {
    let ds = match &args.data_dir {
        Some(d) => Dataset::load_from_dir(d, &args.dataset, args.data_version.as_deref())?,
        None => Dataset::load(&args.dataset, args.data_version.as_deref())?,
    };
    let options = EstimateOptions {
        level: args.level,
        deff: args.deff,
        ..EstimateOptions::default()
    };
    let t = trend_between(&ds, &args.from, &args.to, &options)?;
    let designs = WaveDesigns::from_dataset(&ds)?;
    let text = render_trend(&t, &designs, args.format)?;
    emit(&text, args.output.as_deref())
}

/// `njov plot`.
fn plot(
    data: &DataArgs,
    estimates: &EstimateArgs,
    figure: Figure,
    layout: Layout,
    output: &Path,
) -> njov::Result<()> {
    let ds = data.load()?;
    let report = Report::build_with(&ds, &estimates.options())?;
    let layout = match layout {
        Layout::Wide => PlotLayout::Wide,
        Layout::Narrow => PlotLayout::Narrow,
    };
    let svg = match figure {
        Figure::Forest => report.forest_plot_svg_with(layout)?,
        Figure::Trends => report.trends_plot_svg_with(layout)?.ok_or_else(|| {
            njov::Error::invalid_argument(
                "figure",
                "trends",
                format!(
                    "a dataset with waves ({} has none; try --dataset {})",
                    ds.provenance().id,
                    njov::study::TRENDS_DATASET
                ),
            )
        })?,
    };
    emit(&svg, Some(output))
}

/// The evidence `njov check` was given.
fn evidence(args: &CheckArgs) -> njov::Result<Evidence> {
    Ok(
        match (
            args.part.zip(args.whole),
            args.value,
            args.from.zip(args.to),
            &args.reference,
            &args.published,
        ) {
            (Some((part, whole)), _, _, _, _) => Evidence::Share { part, whole },
            (_, Some(v), _, _, _) => Evidence::Value(v),
            (_, _, Some((from, to)), _, _) => Evidence::Change { from, to },
            (_, _, _, r, p) if r.is_some() || p.is_some() => Evidence::Period {
                reference: r.as_deref().map(parse_period).transpose()?,
                published: p.as_deref().map(parse_date).transpose()?,
            },
            _ => {
                return Err(njov::Error::invalid_argument(
                    "evidence",
                    "none",
                    "--part and --whole, --value, --from and --to, or --reference/--published",
                ));
            }
        },
    )
}

/// `njov check`.
fn check(args: &CheckArgs) -> njov::Result<()> {
    let evidence = evidence(args)?;
    let mut checker = Checker::new();
    if let Some(ci) = &args.ci {
        let bounds: Vec<f64> = ci
            .split(',')
            .map(|x| x.trim().parse::<f64>())
            .collect::<Result<_, _>>()
            .map_err(|_| njov::Error::invalid_argument("ci", ci, "LOWER,UPPER"))?;
        match bounds[..] {
            [lo, hi] if lo <= hi => checker = checker.ci(lo, hi),
            _ => {
                return Err(njov::Error::invalid_argument(
                    "ci",
                    ci,
                    "LOWER,UPPER with LOWER <= UPPER",
                ));
            }
        }
    }
    if let Some(n) = args.n {
        checker = checker.unweighted_n(n);
    }
    let claim = args.claim.as_deref().unwrap_or_default();
    let judgement = checker.check(claim, &evidence)?;
    let text = match args.format {
        Format::Json => {
            let mut json = serde_json::to_string_pretty(&judgement)
                .map_err(|e| njov::Error::render("JSON", e))?;
            json.push('\n');
            json
        }
        _ => render_document(&judgement_document(&judgement), args.format)?,
    };
    emit(&text, None)
}

/// One judgement as a document: its verdict, numbers, kind, flags and
/// reason, then each amount of a sentence that states several.
fn judgement_document(j: &njov::claims::Judgement) -> Document {
    let mut fields = vec![("verdict".to_string(), Cell::text(j.verdict.to_string()))];
    if let Some(c) = j.computed {
        fields.push(("computed".into(), Cell::number(c, c.to_string())));
    }
    if let Some([a, b]) = j.accepted {
        fields.push(("accepted".into(), Cell::range(a, b, format!("[{a}, {b}]"))));
    }
    fields.push(("kind".into(), Cell::text(j.kind.to_string())));
    if let Some(x) = j.crosses_boundary {
        fields.push((
            "interval crosses the boundary".into(),
            Cell::text(x.to_string()),
        ));
    }
    if let Some(p) = &j.pattern {
        fields.push(("pattern".into(), Cell::text(p.to_string())));
    }
    fields.push(("reason".into(), Cell::text(&j.reason)));
    let mut doc = Document::new("").with(Block::Fields { fields });
    if j.amounts.len() > 1 {
        let mut amounts = Table::new(vec![
            Column::new("role"),
            Column::new("wording"),
            Column::new("verdict"),
            Column::below_unnamed("reason"),
        ]);
        for a in &j.amounts {
            amounts.push(vec![
                Cell::text(format!("{:?}", a.role)),
                Cell::text(format!("\"{}\"", a.wording)),
                Cell::text(a.verdict.to_string()),
                Cell::text(&a.reason),
            ]);
        }
        let mut section = njov::report::document::Section::new("amounts");
        section.push(Block::Table(amounts));
        doc.push(Block::Section(section));
    }
    doc
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
    let estimate = successes as f64 / trials as f64;
    Ok(match (deff, n_eff) {
        (Some(deff), _) => ProportionData::DesignEffect {
            estimate,
            deff,
            n: trials as f64,
        },
        (None, Some(n_eff)) => ProportionData::EffectiveSize { estimate, n_eff },
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
fn ci(args: &CiArgs) -> njov::Result<()> {
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
fn ci_batch(path: &Path, args: &CiArgs, spec: &IntervalSpec) -> njov::Result<String> {
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
            njov::Error::data(location, e.to_string())
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

/// The error for a batch input with a header and no rows: most likely the
/// wrong file, and an empty output would pass for a result.
pub(crate) fn no_rows(path: &Path, expected: &str) -> njov::Error {
    njov::Error::data(
        njov::Location {
            file: path.display().to_string(),
            line: Some(2),
            column: None,
        },
        format!("no rows below the header: expected {expected}"),
    )
}

/// `njov data list`.
fn data_list() -> njov::Result<()> {
    for (id, versions) in &embedded_catalog().datasets {
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

/// `njov data verify`: every checksum and row of the data layer, then the
/// tables the claims layer reads (a dataset's alias table, the quantifier
/// table), so that a table `njov scan` or `njov check` would refuse is
/// refused here first.
fn data_verify(path: Option<&Path>, format: Format) -> njov::Result<()> {
    let verified = verify(path)?;
    for p in &verified.versions {
        let ds = match path {
            Some(root) => Dataset::load_from_dir(root, &p.id, Some(&p.version))?,
            None => Dataset::load(&p.id, Some(&p.version))?,
        };
        if ds.manifest().table(ALIAS_TABLE).is_some() {
            AliasTable::from_dataset(&ds)?;
        }
        if p.id == QUANTIFIER_DATASET {
            let file = format!("{}/{}/quantifiers.csv", p.id, p.version);
            QuantifierTable::from_csv(ds.text("quantifiers")?, &file)?;
        }
    }
    let text = match format {
        Format::Json => {
            let mut json = serde_json::to_string_pretty(&verified)
                .map_err(|e| njov::Error::render("JSON", e))?;
            json.push('\n');
            json
        }
        _ => {
            let doc = Document::new("")
                .with(Block::List {
                    items: verified
                        .versions
                        .iter()
                        .map(|p| format!("ok  {p}"))
                        .collect(),
                })
                .with(Block::paragraph(format!(
                    "verified {} files in {} dataset versions",
                    verified.files,
                    verified.versions.len()
                )));
            render_document(&doc, format)?
        }
    };
    emit(&text, None)
}

/// `njov data show`.
fn data_show(data: &DataArgs, table: &str) -> njov::Result<()> {
    let ds = data.load()?;
    print!("{}", ds.text(table)?);
    Ok(())
}
