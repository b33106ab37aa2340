//! `njov`: the command line of the njov crate.
//!
//! Errors go to stderr with a non-zero exit code, never a panic.

#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use njov::{Dataset, Format, Report};

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
        /// Output format: text, markdown, json or csv.
        #[arg(long, default_value = "text")]
        format: String,
        /// Write to this file instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
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

fn run(cli: Cli) -> njov::Result<()> {
    match cli.command {
        Command::Reproduce {
            dataset,
            data_version,
            data_dir,
            format,
            output,
        } => {
            let format: Format = format.parse()?;
            let ds = load(&dataset, data_version.as_deref(), data_dir.as_ref())?;
            let text = Report::build(&ds).render(format)?;
            emit(&text, output.as_ref())
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
