//! The reproduction report: a summary first (each published statement with
//! its verdict in one line, then the headline estimates with their
//! intervals), then each published figure with its source and status, each
//! recomputed figure and whether it matches, the national estimates, the
//! trends between waves when the dataset has waves, every published
//! statement judged, and the dataset it was computed from. Rendered as
//! text, Markdown, JSON, CSV or one self-contained HTML page.

mod atomic;
mod csv;
pub mod document;
mod format;
mod html;
#[cfg(feature = "plot")]
mod layout;
mod markdown;
mod model;
#[cfg(feature = "plot")]
mod plot;
mod render;
mod scan;
mod sections;
mod summary;
mod text;
mod trend;

pub use atomic::{remove_stale_temp_files, write_atomic};
pub use format::Format;
#[cfg(feature = "plot")]
pub use layout::PlotLayout;
pub use model::{FigureLine, Report, ReportTable};
pub use render::render_document;
pub use scan::{annotate_scan, scan_document, scan_page};
pub use summary::{Headline, Summary, SummaryLine};
pub use trend::render_trend;
