//! Versioned datasets: loading them (embedded in the library or from a
//! directory of the same layout) with every checksum verified and every row
//! checked, their typed rows, the one date type, printed numbers, the one
//! CSV row reader, and (with the `polars` feature) tables as DataFrames.
//!
//! Layout: `<root>/<dataset>/<version>/<table>.csv` plus
//! `<root>/<dataset>/<version>/MANIFEST.toml` and `<root>/<dataset>/CHANGELOG.md`.
//! The changelog records the sha256 of each released version's manifest, so a
//! manifest edited after release is caught as surely as an edited table.
//!
//! Nothing here knows a particular study: dataset ids, table names, units
//! and figures all come from the data. A new dataset is a new directory; a
//! new kind of table is a new [`Schema`].
//!
//! ```
//! use njov::data::{Dataset, embedded_catalog};
//! let catalog = embedded_catalog();
//! for (id, versions) in &catalog.datasets {
//!     let newest = Dataset::load(id, None)?;
//!     assert_eq!(&newest.provenance().version, versions.last().unwrap());
//! }
//! # Ok::<(), njov::Error>(())
//! ```

mod dataset;
mod date;
#[cfg(feature = "polars")]
mod frame;
mod manifest;
mod printed;
mod rows;
mod table;
mod template;
mod waves;

pub use dataset::{Catalog, Dataset, Provenance, Verified, embedded_catalog, verify};
pub use date::{Date, Period, PeriodProblem, days_in_month};
#[cfg(feature = "polars")]
pub use frame::TableFrame;
pub use manifest::{Manifest, Schema, TableEntry};
pub use printed::{PrintedNumber, round_to};
pub use rows::{
    ALL_WAVES, Assumption, AssumptionRule, AssumptionStatus, ClaimKind, Derived, Figure,
    FigureMeasure, FigureValue, Measure, MeasureKind, Source, Statement, Status, Unit,
    WaveAssumption,
};
pub use table::{Columns, Row, read_rows, read_rows_from_path, utf8_text};
pub use template::{TEMPLATE_VERSION, write_template};
