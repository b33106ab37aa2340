//! The arguments several subcommands share: where the data comes from and
//! how the national estimates are computed.

use std::path::PathBuf;

use njov::{Dataset, EstimateOptions, ProportionMethod};

/// Where the data comes from: the embedded datasets, or a directory.
#[derive(clap::Args)]
pub(crate) struct DataArgs {
    /// Dataset id.
    #[arg(long, default_value = njov::study::DATASET)]
    pub(crate) dataset: String,
    /// Dataset version (default: the newest).
    #[arg(long)]
    pub(crate) data_version: Option<String>,
    /// Read the data from this directory (same layout as data/) instead of the embedded copy.
    #[arg(long)]
    pub(crate) data_dir: Option<PathBuf>,
}

impl DataArgs {
    pub(crate) fn load(&self) -> njov::Result<Dataset> {
        match &self.data_dir {
            Some(d) => Dataset::load_from_dir(d, &self.dataset, self.data_version.as_deref()),
            None => Dataset::load(&self.dataset, self.data_version.as_deref()),
        }
    }
}

/// Where a command that reads every dataset of the study by default reads
/// (`njov scan`, `njov claims`): all of them, or the one `--dataset` names.
#[derive(clap::Args)]
pub(crate) struct EveryDatasetArgs {
    /// Read this dataset only (default: every dataset of the study: wave 1, the later
    /// waves and the changes between them).
    #[arg(long)]
    dataset: Option<String>,
    /// Dataset version (with --dataset; default: the newest).
    #[arg(long, requires = "dataset")]
    data_version: Option<String>,
    /// Read the dataset from this directory (same layout as data/; with --dataset).
    #[arg(long, requires = "dataset")]
    data_dir: Option<PathBuf>,
}

impl EveryDatasetArgs {
    /// The one dataset asked for, or `None` for every dataset.
    pub(crate) fn one(&self) -> njov::Result<Option<Dataset>> {
        let Some(id) = &self.dataset else {
            return Ok(None);
        };
        DataArgs {
            dataset: id.clone(),
            data_version: self.data_version.clone(),
            data_dir: self.data_dir.clone(),
        }
        .load()
        .map(Some)
    }
}

/// How the national estimates are computed.
#[derive(clap::Args)]
pub(crate) struct EstimateArgs {
    /// Confidence level of the intervals, in (0, 1).
    #[arg(long, default_value_t = 0.95)]
    pub(crate) level: f64,
    /// Interval method for shares: wald, wilson, agresti-coull, clopper-pearson, jeffreys,
    /// logit, asin, korn-graubard, korn-graubard-nchs, wilson-neff, psmall[=T].
    #[arg(long, default_value_t = ProportionMethod::default())]
    pub(crate) method: ProportionMethod,
    /// Design effect of both phases, overriding the assumptions table.
    #[arg(long)]
    pub(crate) deff: Option<f64>,
}

impl EstimateArgs {
    pub(crate) fn options(&self) -> EstimateOptions {
        EstimateOptions {
            level: self.level,
            method: self.method,
            deff: self.deff,
        }
    }
}
