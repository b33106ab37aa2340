//! The shapes of the report's figures.

/// The shape of a figure: wide (row labels to the left of the intervals,
/// for a screen) or narrow (each row's label above its intervals, for a
/// phone held upright).
///
/// ```
/// let ds = njov::Dataset::latest().unwrap();
/// let r = njov::Report::build(&ds).unwrap();
/// let narrow = r.forest_plot_svg_with(njov::report::PlotLayout::Narrow).unwrap();
/// assert!(narrow.contains("width=\"420\""));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PlotLayout {
    /// 900 pixels wide, labels to the left.
    #[default]
    Wide,
    /// 420 pixels wide, labels above the rows.
    Narrow,
}

/// The sizes of a layout.
pub(crate) struct Geometry {
    pub width: u32,
    pub label_area: u32,
    pub label_chars: usize,
    pub row: u32,
    pub labels_above: bool,
    pub title_font: u32,
    pub footer: u32,
}

impl PlotLayout {
    pub(crate) fn geometry(self) -> Geometry {
        match self {
            PlotLayout::Wide => Geometry {
                width: 900,
                label_area: 380,
                label_chars: 56,
                row: 30,
                labels_above: false,
                title_font: 24,
                footer: 58,
            },
            PlotLayout::Narrow => Geometry {
                width: 420,
                label_area: 0,
                label_chars: 56,
                row: 50,
                labels_above: true,
                title_font: 20,
                footer: 92,
            },
        }
    }
}
