//! `njov`: the command line of the njov crate (the `cli` feature).
//!
//! One module per subcommand, each with its arguments beside the code that
//! uses them; `options` holds the arguments several share, `format` the
//! formats each accepts, `output` where output goes and `errors` how an
//! error is shown. Arguments are typed by clap, so a wrong word is refused
//! before anything is computed. Errors go to standard error with a non-zero
//! exit code (and, with `--format json`, as a JSON object on standard output
//! too), never a panic.

#![forbid(unsafe_code)]

mod check;
mod ci;
mod claims;
mod data;
mod errors;
mod format;
mod options;
mod output;
mod plot;
mod reproduce;
mod scan;
mod survey;
mod trend;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use njov::Format;

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
    Reproduce(reproduce::Args),
    /// Every published statement and wording of the dataset, judged.
    Claims(claims::Args),
    /// Judge a claim sentence against a share, a value, a change or a period
    /// (or every row of a CSV file with --input).
    Check(check::Args),
    /// Find every statement of a document that states an amount, match it to the
    /// figures of every dataset (or of --dataset) and judge it.
    Scan(scan::Args),
    /// A confidence interval for a proportion, or one per row of a CSV file.
    Ci(ci::Args),
    /// A figure (SVG): the forest plot of the shares, or the changes between waves, with their
    /// intervals across the design-effect grid.
    Plot(plot::Args),
    /// The change between two figures of one definition in two waves: difference, ratio and
    /// percent change (or the change of a share in points) with intervals.
    Trend(trend::Args),
    /// Design-based estimation from microdata in a CSV file, as R's survey package.
    Survey(survey::SurveyArgs),
    /// The versioned data: list, verify, show.
    Data {
        #[command(subcommand)]
        command: data::Command,
    },
}

impl Command {
    /// The format the command was asked for, so that an error is JSON when
    /// JSON was asked for.
    fn format(&self) -> Option<Format> {
        match self {
            Command::Reproduce(a) => Some(a.format),
            Command::Claims(a) => Some(a.format),
            Command::Check(a) => Some(a.format),
            Command::Scan(a) => Some(a.format),
            Command::Ci(a) => Some(a.format),
            Command::Survey(a) => Some(a.format),
            Command::Trend(a) => Some(a.format),
            Command::Data { command } => command.format(),
            Command::Plot(_) => None,
        }
    }

    fn run(&self) -> njov::Result<()> {
        match self {
            Command::Reproduce(a) => reproduce::run(a),
            Command::Claims(a) => claims::run(a),
            Command::Check(a) => check::run(a),
            Command::Scan(a) => scan::run(a),
            Command::Ci(a) => ci::run(a),
            Command::Plot(a) => plot::run(a),
            Command::Trend(a) => trend::run(a),
            Command::Survey(a) => survey::run(a),
            Command::Data { command } => data::run(command),
        }
    }
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
            let message = errors::clap_message(&e);
            eprintln!("njov: {message}");
            if errors::asked_for_json() {
                let v = serde_json::json!({ "error": { "kind": "InvalidArgument", "message": message } });
                println!("{v}");
            }
            return ExitCode::from(2);
        }
    };
    let json = cli.command.format() == Some(Format::Json);
    match cli.command.run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("njov: {}", errors::one_line(&e));
            if json {
                println!("{}", errors::error_json(&e));
            }
            ExitCode::from(errors::exit_code(&e))
        }
    }
}
