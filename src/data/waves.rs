//! The tables of a repeated survey: the definitions its figures measure
//! (`measures`), the wave and measure of each figure (`figure_measures`),
//! and the design assumptions of each wave (`wave_assumptions`); read row
//! by row, then checked against each other and against the figures.
//!
//! The rules, each reported at the file, line and column that breaks it:
//!
//! - `measures`: `id` unique and not the id of a figure or derived
//!   quantity; `label` and `definition` required; `unit` a unit of the
//!   dataset; `kind` a [`MeasureKind`]; `part_of` empty or a measure id,
//!   and for a category or share a measure of kind `total`; source keys
//!   known.
//! - `figure_measures`: every figure of the dataset exactly once, and a
//!   derived quantity at most once (a sum that is a wave's figure of a
//!   measure, when no source prints it as a count); `wave` the figure id's
//!   prefix before its first `.`, and a wave of the wave
//!   assumptions when the dataset has them; `measure` a measure id whose
//!   unit is the figure's; no two figures of one wave measure the same
//!   measure.
//! - `wave_assumptions`: the rules of an assumptions table (unique id,
//!   `low <= value <= high`, a printed row names its figure, an assumed row
//!   has a value or a rule, a rationale, known source keys), with `wave` a
//!   wave id or [`ALL_WAVES`]; a wave's row ids start with `<wave>.`, and a
//!   row of all waves starts with no wave's prefix; every number of a
//!   wave's row is > 0 (a row of all waves may hold any finite number, a
//!   correlation say); `figure`, `represents` and a rule's part and whole
//!   are ids of the dataset, a rule's base is another row of this table;
//!   `applies_to` lists measure ids.

use std::collections::BTreeSet;

use crate::data::rows::{
    ALL_WAVES, AssumptionRule, Cell, Derived, Figure, FigureMeasure, Measure, MeasureKind,
    RawFigureMeasure, RawMeasure, RawWaveAssumption, Source, WaveAssumption, check_sources,
    read_assumption,
};
use crate::data::table::{Columns, Row, read_rows};
use crate::error::{Error, Location, Result};

/// Reads the rows of a measures table.
pub(crate) fn read_measures(
    bytes: &[u8],
    path: &str,
    columns: &Columns<'_>,
    sources: &[Source],
) -> Result<Vec<Measure>> {
    let rows = read_rows::<RawMeasure>(bytes, path, columns)?;
    let mut out = Vec::with_capacity(rows.len());
    for Row { line, record: raw } in &rows {
        let c = Cell::of_row(path, *line);
        let keys = c("source", &raw.source).list();
        check_sources(sources, &c("source", &raw.source), &keys)?;
        out.push(Measure {
            id: c("id", &raw.id).required()?,
            label: c("label", &raw.label).required()?,
            definition: c("definition", &raw.definition).required()?,
            unit: c("unit", &raw.unit).parse()?,
            kind: c("kind", &raw.kind).parse()?,
            part_of: c("part_of", &raw.part_of).optional(),
            sources: keys,
            note: c("note", &raw.note).optional(),
            line: *line,
        });
    }
    Ok(out)
}

/// Reads the rows of a figure-measures table.
pub(crate) fn read_figure_measures(
    bytes: &[u8],
    path: &str,
    columns: &Columns<'_>,
) -> Result<Vec<FigureMeasure>> {
    let rows = read_rows::<RawFigureMeasure>(bytes, path, columns)?;
    let mut out = Vec::with_capacity(rows.len());
    for Row { line, record: raw } in &rows {
        let c = Cell::of_row(path, *line);
        out.push(FigureMeasure {
            figure: c("figure", &raw.figure).required()?,
            wave: c("wave", &raw.wave).required()?,
            measure: c("measure", &raw.measure).required()?,
            line: *line,
        });
    }
    Ok(out)
}

/// Reads the rows of a wave-assumptions table.
pub(crate) fn read_wave_assumptions(
    bytes: &[u8],
    path: &str,
    columns: &Columns<'_>,
    sources: &[Source],
) -> Result<Vec<WaveAssumption>> {
    let rows = read_rows::<RawWaveAssumption>(bytes, path, columns)?;
    let mut out = Vec::with_capacity(rows.len());
    for Row { line, record } in rows {
        let (wave, raw) = record.assumption();
        let wave = Cell::of_row(path, line)("wave", &wave).required()?;
        let assumption = read_assumption(sources, path, line, &raw, wave != ALL_WAVES)?;
        out.push(WaveAssumption { wave, assumption });
    }
    Ok(out)
}

/// What the cross-checks need to know of the rest of the dataset.
pub(crate) struct Context<'a> {
    /// The figures.
    pub figures: &'a [Figure],
    /// The derived quantities (a figure-measures row may name one).
    pub derived: &'a [Derived],
    /// Whether an id is a figure or derived quantity.
    pub known: &'a dyn Fn(&str) -> bool,
    /// The file of the measures table (for errors), if any.
    pub measures_file: String,
    /// The file of the figure-measures table, if any.
    pub links_file: String,
    /// The file of the wave-assumptions table, if any.
    pub waves_file: String,
}

/// The waves the assumptions name, in order of first appearance.
pub(crate) fn waves_of(assumptions: &[WaveAssumption]) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for a in assumptions {
        if a.wave != ALL_WAVES && !out.contains(&a.wave.as_str()) {
            out.push(&a.wave);
        }
    }
    out
}

/// Checks the three tables against each other and against the figures.
pub(crate) fn check(
    cx: &Context<'_>,
    measures: &[Measure],
    links: &[FigureMeasure],
    waves: &[WaveAssumption],
) -> Result<()> {
    check_measures(cx, measures)?;
    check_links(cx, measures, links, waves)?;
    check_wave_assumptions(cx, measures, waves)
}

fn check_measures(cx: &Context<'_>, measures: &[Measure]) -> Result<()> {
    let at = |m: &Measure, column: &str| Location::at(&cx.measures_file, m.line, column);
    let mut ids = BTreeSet::new();
    for m in measures {
        if !ids.insert(m.id.as_str()) {
            return Err(Error::data(
                at(m, "id"),
                format!("duplicate measure '{}'", m.id),
            ));
        }
        if (cx.known)(&m.id) {
            return Err(Error::data(
                at(m, "id"),
                format!(
                    "'{}' is already the id of a figure or derived quantity",
                    m.id
                ),
            ));
        }
    }
    for m in measures {
        let whole = m
            .part_of
            .as_deref()
            .map(|p| (p, measures.iter().find(|w| w.id == p)));
        match (whole, m.kind.is_part_of_total()) {
            (Some((p, None)), _) => {
                return Err(Error::data(
                    at(m, "part_of"),
                    format!("unknown measure '{p}'"),
                ));
            }
            (None, true) => {
                return Err(Error::data(
                    at(m, "part_of"),
                    format!("a {} names the total it is part of", m.kind),
                ));
            }
            (Some((p, Some(w))), true) if w.kind != MeasureKind::Total => {
                return Err(Error::data(
                    at(m, "part_of"),
                    format!("a {} is part of a total, and '{p}' is a {}", m.kind, w.kind),
                ));
            }
            _ => {}
        }
    }
    Ok(())
}

fn check_links(
    cx: &Context<'_>,
    measures: &[Measure],
    links: &[FigureMeasure],
    waves: &[WaveAssumption],
) -> Result<()> {
    if links.is_empty() && measures.is_empty() {
        return Ok(());
    }
    let known_waves = waves_of(waves);
    let at = |l: &FigureMeasure, column: &str| Location::at(&cx.links_file, l.line, column);
    let mut named = BTreeSet::new();
    let mut wave_measure = BTreeSet::new();
    for l in links {
        let unit = cx
            .figures
            .iter()
            .find(|f| f.id == l.figure)
            .map(|f| &f.unit)
            .or_else(|| {
                cx.derived
                    .iter()
                    .find(|d| d.id == l.figure)
                    .map(|d| &d.unit)
            });
        let Some(unit) = unit else {
            return Err(Error::data(
                at(l, "figure"),
                format!("unknown figure or derived quantity '{}'", l.figure),
            ));
        };
        if !named.insert(l.figure.as_str()) {
            return Err(Error::data(
                at(l, "figure"),
                format!("figure '{}' is given twice", l.figure),
            ));
        }
        let prefix = l.figure.split('.').next().unwrap_or_default();
        if l.wave != prefix {
            return Err(Error::data(
                at(l, "wave"),
                format!(
                    "'{}' is not the wave of '{}' (the id's prefix '{prefix}')",
                    l.wave, l.figure
                ),
            ));
        }
        if !known_waves.is_empty() && !known_waves.contains(&l.wave.as_str()) {
            return Err(Error::data(
                at(l, "wave"),
                format!(
                    "unknown wave '{}' (the wave assumptions have {})",
                    l.wave,
                    known_waves.join(", ")
                ),
            ));
        }
        let Some(m) = measures.iter().find(|m| m.id == l.measure) else {
            return Err(Error::data(
                at(l, "measure"),
                format!("unknown measure '{}'", l.measure),
            ));
        };
        if m.unit != *unit {
            return Err(Error::data(
                at(l, "measure"),
                format!(
                    "'{}' counts {} and its measure '{}' {}",
                    l.figure, unit, m.id, m.unit
                ),
            ));
        }
        if !wave_measure.insert((l.wave.as_str(), l.measure.as_str())) {
            return Err(Error::data(
                at(l, "measure"),
                format!(
                    "a second figure of measure '{}' in wave '{}'",
                    l.measure, l.wave
                ),
            ));
        }
    }
    if let Some(f) = cx.figures.iter().find(|f| !named.contains(f.id.as_str())) {
        return Err(Error::data(
            Location::file(&cx.links_file),
            format!("figure '{}' names no measure", f.id),
        ));
    }
    Ok(())
}

fn check_wave_assumptions(
    cx: &Context<'_>,
    measures: &[Measure],
    waves: &[WaveAssumption],
) -> Result<()> {
    let known_waves = waves_of(waves);
    let at =
        |a: &WaveAssumption, column: &str| Location::at(&cx.waves_file, a.assumption.line, column);
    let mut ids = BTreeSet::new();
    for w in waves {
        let a = &w.assumption;
        if !ids.insert(a.id.as_str()) {
            return Err(Error::data(at(w, "id"), format!("duplicate id '{}'", a.id)));
        }
        if w.wave == ALL_WAVES {
            if let Some(v) = known_waves
                .iter()
                .find(|v| a.id.starts_with(&format!("{v}.")))
            {
                return Err(Error::data(
                    at(w, "wave"),
                    format!("'{}' is a row of wave '{v}', not of all waves", a.id),
                ));
            }
        } else if !a.id.starts_with(&format!("{}.", w.wave)) {
            return Err(Error::data(
                at(w, "id"),
                format!(
                    "a row of wave '{}' has an id that starts '{}.'",
                    w.wave, w.wave
                ),
            ));
        }
        let mut refs: Vec<(&str, &str)> = Vec::new();
        refs.extend(a.figure.as_deref().map(|r| ("figure", r)));
        refs.extend(a.represents.as_deref().map(|r| ("represents", r)));
        if let Some(AssumptionRule::Proportional { base, part, whole }) = &a.rule {
            refs.push(("rule", part));
            refs.push(("rule", whole));
            if base == &a.id || !waves.iter().any(|b| &b.assumption.id == base) {
                return Err(Error::data(
                    at(w, "rule"),
                    format!("unknown assumption '{base}'"),
                ));
            }
        }
        for (column, r) in refs {
            if !(cx.known)(r) {
                return Err(Error::data(at(w, column), format!("unknown id '{r}'")));
            }
        }
        for m in &a.applies_to {
            if !measures.iter().any(|x| &x.id == m) {
                return Err(Error::data(
                    at(w, "applies_to"),
                    format!("unknown measure '{m}'"),
                ));
            }
        }
    }
    Ok(())
}
