//! The format-neutral document every output is built as: sections,
//! paragraphs, tables of typed cells, verdict lines, figures and annotated
//! texts. A document is built once from the results; one renderer per format
//! (text, Markdown, CSV, HTML; each in its own file of `report/`) writes it
//! through [`render_document`](super::render_document), and knows nothing of
//! what the document is about.
//!
//! ```
//! use njov::report::document::{Block, Cell, Column, Document, Table};
//! let mut table = Table::new(vec![Column::new("figure"), Column::new("value")]);
//! table.push(vec![Cell::id("arrests.total"), Cell::number(2577.0, "2577")]);
//! let doc = Document::new("Example").with(Block::Table(table));
//! let md = njov::report::render_document(&doc, njov::Format::Markdown).unwrap();
//! assert!(md.contains("| `arrests.total` | 2577 |"));
//! let csv = njov::report::render_document(&doc, njov::Format::Csv).unwrap();
//! assert_eq!(csv, "figure,value\narrests.total,2577\n");
//! ```

use serde::Serialize;

/// How a verdict reads: it holds, it fails, it cannot be told, or none of
/// these. Renderers colour or mark a verdict by its tone alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    /// What holds.
    Holds,
    /// What does not hold.
    Fails,
    /// What cannot be checked.
    Open,
    /// A word with no verdict in it.
    Neutral,
}

/// A verdict: its word (as the JSON spells it) and its tone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerdictMark {
    /// The word (`reproduced`, `inconsistent`, ...).
    pub word: String,
    /// How it reads.
    pub tone: Tone,
}

impl VerdictMark {
    /// A verdict word with its tone.
    pub fn new(word: impl Into<String>, tone: Tone) -> VerdictMark {
        VerdictMark {
            word: word.into(),
            tone,
        }
    }
}

/// One cell of a table, typed so that each format shows it its own way: a
/// number as its reading (text, Markdown, HTML) or its full value (CSV); an
/// interval as one cell or as its two ends; an id as code.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Cell {
    /// Nothing: `-` for reading, an empty field in CSV.
    Empty,
    /// Words.
    Text {
        /// The words.
        text: String,
    },
    /// An identifier (shown as code).
    Id {
        /// The identifier.
        id: String,
    },
    /// A number: `shown` for reading, `value` in full in CSV.
    Number {
        /// The value.
        value: f64,
        /// How it reads.
        shown: String,
    },
    /// An interval: `shown` for reading, its two ends in CSV.
    Range {
        /// The lower end.
        lower: f64,
        /// The upper end.
        upper: f64,
        /// How it reads.
        shown: String,
    },
    /// A verdict.
    Verdict {
        /// The verdict.
        verdict: VerdictMark,
    },
    /// Words that a reader should not miss (an assumed number).
    Strong {
        /// The words.
        text: String,
    },
    /// Several short lines in one cell.
    Lines {
        /// The lines.
        lines: Vec<String>,
    },
}

impl Cell {
    /// Words.
    pub fn text(text: impl Into<String>) -> Cell {
        Cell::Text { text: text.into() }
    }
    /// Words, or nothing when there are none.
    pub fn text_or_empty(text: Option<impl Into<String>>) -> Cell {
        text.map_or(Cell::Empty, Cell::text)
    }
    /// An identifier.
    pub fn id(id: impl Into<String>) -> Cell {
        Cell::Id { id: id.into() }
    }
    /// A number with its reading.
    pub fn number(value: f64, shown: impl Into<String>) -> Cell {
        Cell::Number {
            value,
            shown: shown.into(),
        }
    }
    /// A number, or nothing.
    pub fn number_or_empty(value: Option<f64>, shown: impl Fn(f64) -> String) -> Cell {
        value.map_or(Cell::Empty, |v| Cell::number(v, shown(v)))
    }
    /// An interval with its reading.
    pub fn range(lower: f64, upper: f64, shown: impl Into<String>) -> Cell {
        Cell::Range {
            lower,
            upper,
            shown: shown.into(),
        }
    }
    /// A verdict.
    pub fn verdict(word: impl Into<String>, tone: Tone) -> Cell {
        Cell::Verdict {
            verdict: VerdictMark::new(word, tone),
        }
    }
    /// Words a reader should not miss.
    pub fn strong(text: impl Into<String>) -> Cell {
        Cell::Strong { text: text.into() }
    }
    /// Several lines.
    pub fn lines(lines: Vec<String>) -> Cell {
        Cell::Lines { lines }
    }
    /// Whether the cell holds nothing.
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text { text } | Cell::Strong { text } => text.is_empty(),
            Cell::Lines { lines } => lines.is_empty(),
            _ => false,
        }
    }
    /// The cell as a reader sees it, on one line (`-` for nothing).
    pub fn reading(&self) -> String {
        match self {
            Cell::Empty => "-".into(),
            Cell::Text { text } | Cell::Strong { text } => text.clone(),
            Cell::Id { id } => id.clone(),
            Cell::Number { shown, .. } | Cell::Range { shown, .. } => shown.clone(),
            Cell::Verdict { verdict } => verdict.word.clone(),
            Cell::Lines { lines } => lines.join("; "),
        }
    }
}

/// Where a column's cells sit in a layout of lines (text): on the row's
/// first line, or each on a line of its own below it (long words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Place {
    /// On the row's line.
    Inline,
    /// On a line of its own below the row, after the column's name.
    Below,
    /// On a line of its own below the row, without the column's name.
    BelowUnnamed,
}

/// How a column's cells sit in their width in a layout of lines (text), and
/// in a Markdown table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Align {
    /// Against the left edge (words).
    Left,
    /// Against the right edge (numbers in a column).
    Right,
}

/// Who a column is for: every reader, or the data formats alone (CSV).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Every format.
    All,
    /// CSV only (a full value a reader does not need twice).
    Data,
}

/// A column of a table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Column {
    /// Its name (the header).
    pub name: String,
    /// Where its cells sit in a layout of lines.
    pub place: Place,
    /// Who it is for.
    pub audience: Audience,
    /// Whether its cells are intervals, written as two CSV fields
    /// `<name>_lower, <name>_upper`.
    pub range: bool,
    /// How its cells sit in their width.
    pub align: Align,
    /// Its width in a layout of lines: every cell padded to it (a longer
    /// one runs on); `None` for the widest cell's, up to a limit.
    pub width: Option<usize>,
    /// The spaces before its cells in a layout of lines (one unless set;
    /// the table's indent for the first column).
    pub gap: usize,
}

impl Column {
    /// A column on the row's line, for every format.
    pub fn new(name: impl Into<String>) -> Column {
        Column {
            name: name.into(),
            place: Place::Inline,
            audience: Audience::All,
            range: false,
            align: Align::Left,
            width: None,
            gap: 1,
        }
    }
    /// The same column, its cells against the right edge.
    pub fn right(mut self) -> Column {
        self.align = Align::Right;
        self
    }
    /// The same column, of a fixed width in a layout of lines.
    pub fn width(mut self, width: usize) -> Column {
        self.width = Some(width);
        self
    }
    /// The same column, with `gap` spaces before its cells in a layout of
    /// lines.
    pub fn gap(mut self, gap: usize) -> Column {
        self.gap = gap;
        self
    }
    /// The same column, holding intervals.
    pub fn range(mut self) -> Column {
        self.range = true;
        self
    }
    /// A column whose cells are long: below the row in a layout of lines.
    pub fn below(name: impl Into<String>) -> Column {
        Column {
            place: Place::Below,
            ..Column::new(name)
        }
    }
    /// A column below the row, shown without its name.
    pub fn below_unnamed(name: impl Into<String>) -> Column {
        Column {
            place: Place::BelowUnnamed,
            ..Column::new(name)
        }
    }
    /// A column for CSV alone.
    pub fn data(name: impl Into<String>) -> Column {
        Column {
            audience: Audience::Data,
            ..Column::new(name)
        }
    }
}

/// A table: columns and rows of typed cells, who it is for, and how it sits
/// in a layout of lines.
///
/// ```
/// use njov::report::document::{Block, Cell, Column, Document, Table};
/// let mut t = Table::new(vec![Column::new("level").width(6), Column::new("n").right().width(4)])
///     .captioned("by level")
///     .with_header()
///     .indented(0);
/// t.push(vec![Cell::text("E"), Cell::number(12.0, "12")]);
/// let doc = Document::new("").with(Block::Table(t));
/// let text = njov::report::render_document(&doc, njov::Format::Text).unwrap();
/// assert_eq!(text, "by level\nlevel     n\nE        12\n");
/// let md = njov::report::render_document(&doc, njov::Format::Markdown).unwrap();
/// assert_eq!(md, "by level\n\n| level | n |\n|---|---:|\n| E | 12 |\n");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    /// The columns.
    pub columns: Vec<Column>,
    /// The rows, each as long as `columns`.
    pub rows: Vec<Vec<Cell>>,
    /// Who the table is for.
    pub audience: TableAudience,
    /// A line that says what the table holds, above it.
    pub caption: Option<String>,
    /// Whether a layout of lines (text) writes a line of the column names
    /// above the rows (Markdown, HTML and CSV always have one).
    pub header: bool,
    /// The spaces before each line of the table in a layout of lines.
    pub indent: usize,
}

/// Who a table is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TableAudience {
    /// Every format.
    All,
    /// The formats for reading (text, Markdown, HTML): a view that CSV
    /// has in another table.
    Reading,
    /// CSV alone: the full values behind the reading tables.
    Data,
}

impl TableAudience {
    /// Whether a renderer for reading shows the table.
    pub fn for_reading(self) -> bool {
        self != TableAudience::Data
    }
    /// Whether the CSV renderer writes the table.
    pub fn for_data(self) -> bool {
        self != TableAudience::Reading
    }
}

impl Table {
    /// An empty table with its columns.
    pub fn new(columns: Vec<Column>) -> Table {
        Table {
            columns,
            rows: Vec::new(),
            audience: TableAudience::All,
            caption: None,
            header: false,
            indent: 2,
        }
    }
    /// The same table, with a caption.
    pub fn captioned(mut self, caption: impl Into<String>) -> Table {
        self.caption = Some(caption.into());
        self
    }
    /// The same table, with a line of column names in a layout of lines.
    pub fn with_header(mut self) -> Table {
        self.header = true;
        self
    }
    /// The same table, each line `indent` spaces in.
    pub fn indented(mut self, indent: usize) -> Table {
        self.indent = indent;
        self
    }
    /// The same table, for some formats only.
    pub fn for_audience(mut self, audience: TableAudience) -> Table {
        self.audience = audience;
        self
    }
    /// Adds a row.
    ///
    /// # Panics
    /// If the row's length is not the number of columns (a bug of the
    /// document's builder, not of its data).
    pub fn push(&mut self, row: Vec<Cell>) {
        assert_eq!(row.len(), self.columns.len(), "a row as long as the header");
        self.rows.push(row);
    }
    /// Adds the rows of a table of the same columns (a table built in
    /// parts, one per dataset).
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` when the columns differ.
    ///
    /// ```
    /// use njov::report::document::{Cell, Column, Table};
    /// let mut a = Table::new(vec![Column::new("id")]);
    /// a.push(vec![Cell::id("x")]);
    /// let b = a.clone();
    /// a.append(b).unwrap();
    /// assert_eq!(a.rows.len(), 2);
    /// assert!(a.append(Table::new(vec![Column::new("other")])).is_err());
    /// ```
    pub fn append(&mut self, other: Table) -> crate::error::Result<()> {
        if other.columns != self.columns {
            let names = |t: &Table| {
                t.columns
                    .iter()
                    .map(|c| c.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            return Err(crate::error::Error::invalid_argument(
                "table",
                names(&other),
                format!("the columns of the table it joins ({})", names(self)),
            ));
        }
        self.rows.extend(other.rows);
        Ok(())
    }
}

/// A statement's verdict in one line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VerdictLine {
    /// The verdict.
    pub verdict: VerdictMark,
    /// The statement's id.
    pub id: String,
    /// The line.
    pub text: String,
    /// Where the statement was published.
    pub source: String,
}

/// A figure: an SVG drawn wide (for a screen) and narrow (for a phone),
/// with its caption. Formats that cannot show one leave it out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// An anchor.
    pub id: String,
    /// The caption.
    pub caption: String,
    /// The wide SVG.
    pub wide: String,
    /// The narrow SVG.
    pub narrow: String,
}

/// A span of an annotated text: byte offsets into the text, the verdict it
/// carries (if any) and the notes attached to it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Span {
    /// Byte offset of the span's start.
    pub start: usize,
    /// Byte offset of its end (exclusive).
    pub end: usize,
    /// Its verdict, if it has one.
    pub verdict: Option<VerdictMark>,
    /// Notes attached to it.
    pub notes: Vec<String>,
}

/// A text (a document that was read) with spans marked by a verdict and
/// notes attached to each span. Spans are in order and do not overlap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnnotatedText {
    /// The text.
    pub text: String,
    /// The spans.
    pub spans: Vec<Span>,
}

impl AnnotatedText {
    /// A text with its spans, checked: in order, not overlapping, inside
    /// the text and on character boundaries.
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` naming the first span that breaks a rule.
    ///
    /// ```
    /// use njov::report::document::{AnnotatedText, Span};
    /// let span = Span { start: 0, end: 3, verdict: None, notes: vec![] };
    /// assert!(AnnotatedText::new("40% of", vec![span.clone()]).is_ok());
    /// let bad = Span { start: 4, end: 2, ..span };
    /// assert!(AnnotatedText::new("40% of", vec![bad]).is_err());
    /// ```
    pub fn new(text: impl Into<String>, spans: Vec<Span>) -> crate::error::Result<AnnotatedText> {
        let text = text.into();
        let mut at = 0;
        for (i, s) in spans.iter().enumerate() {
            let ok = s.start >= at
                && s.start <= s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end);
            if !ok {
                return Err(crate::error::Error::invalid_argument(
                    "span",
                    format!("{i} ({}..{})", s.start, s.end),
                    "spans in order, not overlapping, on character boundaries of the text",
                ));
            }
            at = s.end;
        }
        Ok(AnnotatedText { text, spans })
    }

    /// The pieces of the text in order: each with the span it belongs to
    /// (its index), if any.
    pub fn pieces(&self) -> Vec<(&str, Option<usize>)> {
        let mut out = Vec::new();
        let mut at = 0;
        for (i, s) in self.spans.iter().enumerate() {
            if s.start > at {
                out.push((&self.text[at..s.start], None));
            }
            out.push((&self.text[s.start..s.end], Some(i)));
            at = s.end;
        }
        if at < self.text.len() {
            out.push((&self.text[at..], None));
        }
        out
    }
}

/// A block of a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// A section: a heading and what it holds (sections nest).
    Section(Section),
    /// A paragraph.
    Paragraph {
        /// Its words.
        text: String,
    },
    /// Short named values, one a line (`verdict: reproduced`).
    Fields {
        /// Names and values.
        fields: Vec<(String, Cell)>,
    },
    /// A list of items, one a line.
    List {
        /// The items.
        items: Vec<String>,
    },
    /// A table.
    Table(Table),
    /// Statements with their verdicts, one a line.
    Verdicts {
        /// The lines.
        lines: Vec<VerdictLine>,
    },
    /// A figure.
    Figure(Figure),
    /// A text with marked spans.
    Annotated(AnnotatedText),
}

impl Block {
    /// A paragraph.
    pub fn paragraph(text: impl Into<String>) -> Block {
        Block::Paragraph { text: text.into() }
    }
}

/// A section: its heading, an anchor, a short name for a page's navigation,
/// and its blocks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    /// The heading.
    pub heading: String,
    /// An anchor (for a page's navigation), if the section has one.
    pub anchor: Option<String>,
    /// A short name for the navigation (the heading when `None`).
    pub nav: Option<String>,
    /// A tone for the heading (a group of verdicts).
    pub tone: Option<Tone>,
    /// Whether the section is a listing: in a layout of lines (text), its
    /// heading a plain line with its blocks right below it, no blank line
    /// between them.
    pub compact: bool,
    /// What it holds.
    pub blocks: Vec<Block>,
}

impl Section {
    /// A section with a heading and no anchor.
    pub fn new(heading: impl Into<String>) -> Section {
        Section {
            heading: heading.into(),
            anchor: None,
            nav: None,
            tone: None,
            compact: false,
            blocks: Vec::new(),
        }
    }
    /// The same section as a listing (see [`Section::compact`]).
    ///
    /// ```
    /// use njov::report::document::{Block, Document, Section};
    /// let mut a = Section::new("njov1 1.0.0").listing();
    /// a.push(Block::paragraph("first"));
    /// a.push(Block::paragraph("second"));
    /// let doc = Document::new("").listing().with(Block::Section(a.clone())).with(Block::Section(a));
    /// let text = njov::report::render_document(&doc, njov::Format::Text).unwrap();
    /// assert_eq!(text, "njov1 1.0.0\nfirst\nsecond\nnjov1 1.0.0\nfirst\nsecond\n");
    /// ```
    pub fn listing(mut self) -> Section {
        self.compact = true;
        self
    }
    /// With an anchor and its short name for navigation.
    pub fn anchored(mut self, anchor: impl Into<String>, nav: impl Into<String>) -> Section {
        self.anchor = Some(anchor.into());
        self.nav = Some(nav.into());
        self
    }
    /// With a tone.
    pub fn toned(mut self, tone: Tone) -> Section {
        self.tone = Some(tone);
        self
    }
    /// Adds a block.
    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }
}

/// A document: its title, what a page says under its title and at its
/// foot, and its blocks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    /// The title.
    pub title: String,
    /// A line under the title.
    pub subtitle: Option<String>,
    /// A line at the foot.
    pub footer: Option<String>,
    /// Whether its blocks follow one another with no blank line between
    /// them in a layout of lines (text): a listing.
    pub compact: bool,
    /// The blocks.
    pub blocks: Vec<Block>,
}

impl Document {
    /// An empty document with a title.
    pub fn new(title: impl Into<String>) -> Document {
        Document {
            title: title.into(),
            subtitle: None,
            footer: None,
            compact: false,
            blocks: Vec::new(),
        }
    }
    /// The same document as a listing (see [`Document::compact`]).
    pub fn listing(mut self) -> Document {
        self.compact = true;
        self
    }
    /// With a block added.
    pub fn with(mut self, block: Block) -> Document {
        self.blocks.push(block);
        self
    }
    /// Adds a block.
    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }
    /// Every table of the document, in order, with the headings of the
    /// sections it sits in (for the data formats: those for every format
    /// and those for data alone).
    pub fn tables(&self) -> Vec<(Vec<&str>, &Table)> {
        fn walk<'a>(
            blocks: &'a [Block],
            path: &mut Vec<&'a str>,
            out: &mut Vec<(Vec<&'a str>, &'a Table)>,
        ) {
            for b in blocks {
                match b {
                    Block::Section(s) => {
                        path.push(&s.heading);
                        walk(&s.blocks, path, out);
                        path.pop();
                    }
                    Block::Table(t) if t.audience.for_data() => out.push((path.clone(), t)),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.blocks, &mut Vec::new(), &mut out);
        out
    }
}
