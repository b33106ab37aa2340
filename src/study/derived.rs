//! Derived figures: every share and sum recomputed from the published counts,
//! and every printed percentage checked against the interval of true values
//! its printed precision admits.
//!
//! Nothing here knows the study: it works on any dataset of the figures schema.
//!
//! ```text
//! share of a count in its base         s = 100 * x / base
//! derived sum                          x = sum of its terms
//! printed percentage with numerator    s = 100 * numerator / base, checked against [p - h, p + h]
//! printed percentage of a count base   implied count = p * base / 100, range [(p - h) base, (p + h) base] / 100
//! h = half a unit of the last printed digit
//! ```

use serde::Serialize;

use crate::data::{Dataset, FigureValue, PrintedNumber, Unit};

/// How a derived figure is obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DerivationKind {
    /// A count's share of the whole it is part of.
    Share,
    /// A sum of published counts (defined in the derived table).
    Sum,
    /// A printed percentage recomputed from its numerator and base.
    PrintedShare,
    /// The count that a printed percentage of a published base implies.
    ImpliedCount,
}

/// A printed percentage, the interval its printed precision admits, and
/// whether the recomputed value falls inside it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrecisionCheck {
    /// The printed value.
    pub printed: f64,
    /// Its printed decimals.
    pub decimals: u32,
    /// The true values its precision admits, ends included.
    pub admitted: [f64; 2],
    /// Whether the recomputed value lies in `admitted`.
    pub matches: bool,
}

/// One recomputed figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DerivedFigure {
    /// A stable id: the figure's id for a printed percentage, otherwise
    /// `share:<id>`, `sum:<id>` or `count:<id>`.
    pub id: String,
    /// What it is, in words.
    pub label: String,
    /// How it is obtained.
    pub kind: DerivationKind,
    /// The table of the figure it derives from (`derived` for sums).
    pub table: String,
    /// The id of the part (or of the percentage, for implied counts).
    pub of: String,
    /// The id of the whole, if any.
    pub base: Option<String>,
    /// The recomputed value: a percentage for shares, a count otherwise.
    pub value: f64,
    /// Percent for shares, the count's unit otherwise.
    pub unit: Unit,
    /// For an implied count: the counts that the printed precision admits.
    pub range: Option<[f64; 2]>,
    /// For a printed percentage: the precision check.
    pub check: Option<PrecisionCheck>,
    /// The source keys of the inputs.
    pub sources: Vec<String>,
}

/// Recomputes every derived figure of a dataset, in table order.
///
/// ```
/// let ds = njov::Dataset::latest().unwrap();
/// let all = njov::derive_all(&ds);
/// let iv = all.iter().find(|d| d.id == "share:arrests.identified_victims").unwrap();
/// assert!((iv.value - 100.0 * 998.0 / 2577.0).abs() < 1e-12);
/// let rr = all.iter().find(|d| d.id == "design.response_rate").unwrap();
/// assert!(rr.check.as_ref().unwrap().matches); // 2270 / 2574 = 88.2% prints as 88
/// ```
pub fn derive_all(ds: &Dataset) -> Vec<DerivedFigure> {
    let mut out = Vec::new();
    let sources_of = |ids: &[&str]| -> Vec<String> {
        let mut keys: Vec<String> = Vec::new();
        for id in ids {
            let figs: Vec<&str> = match ds.figure(id) {
                Some(_) => vec![*id],
                None => ds
                    .derived()
                    .iter()
                    .find(|d| d.id == *id)
                    .map(|d| d.terms.iter().map(String::as_str).collect())
                    .unwrap_or_default(),
            };
            for f in figs.iter().filter_map(|f| ds.figure(f)) {
                for k in &f.sources {
                    if !keys.contains(k) {
                        keys.push(k.clone());
                    }
                }
            }
        }
        keys
    };
    let label = |id: &str| ds.label(id).unwrap_or(id).to_string();

    for f in ds.figures() {
        match (&f.value, &f.unit) {
            (FigureValue::Number(_), u) if u.is_count() => {
                if let (Some(base), Some(x)) = (&f.base, f.value.number())
                    && let Some(b) = ds.value(base).filter(|b| *b > 0.0)
                {
                    out.push(DerivedFigure {
                        id: format!("share:{}", f.id),
                        label: format!("{} as a share of {}", f.quantity, label(base)),
                        kind: DerivationKind::Share,
                        table: f.table.clone(),
                        of: f.id.clone(),
                        base: Some(base.clone()),
                        value: 100.0 * x / b,
                        unit: Unit::Percent,
                        range: None,
                        check: None,
                        sources: sources_of(&[&f.id, base]),
                    });
                }
            }
            (FigureValue::Number(p), Unit::Percent) => {
                let Some(base) = &f.base else { continue };
                let Some(b) = ds.value(base) else { continue };
                match f
                    .numerator
                    .as_deref()
                    .and_then(|n| ds.value(n).map(|v| (n, v)))
                {
                    Some((n, x)) if b > 0.0 => {
                        let value = 100.0 * x / b;
                        out.push(DerivedFigure {
                            id: f.id.clone(),
                            label: format!("{} ({} of {})", f.quantity, label(n), label(base)),
                            kind: DerivationKind::PrintedShare,
                            table: f.table.clone(),
                            of: n.to_string(),
                            base: Some(base.clone()),
                            value,
                            unit: Unit::Percent,
                            range: None,
                            check: Some(check(p, value)),
                            sources: sources_of(&[&f.id, n, base]),
                        });
                    }
                    Some(_) => {}
                    // A figure printed in words ("about 80%") admits more than
                    // its number's rounding; its range is the wording's, which
                    // the claims layer reads.
                    None if f.wording.is_some() => {}
                    None => {
                        let (lo, hi) = p.admitted();
                        let Some(base_unit) = ds.unit(base).cloned() else {
                            continue;
                        };
                        out.push(DerivedFigure {
                            id: format!("count:{}", f.id),
                            label: if base_unit == Unit::Count("interviews".into()) {
                                // A weighted share of interviews is not k/n.
                                format!(
                                    "{} (approximate count of {}: the share is weighted)",
                                    f.quantity,
                                    label(base)
                                )
                            } else {
                                format!("{} (implied count of {})", f.quantity, label(base))
                            },
                            kind: DerivationKind::ImpliedCount,
                            table: f.table.clone(),
                            of: f.id.clone(),
                            base: Some(base.clone()),
                            value: p.value() * b / 100.0,
                            unit: base_unit,
                            range: Some([lo.max(0.0) * b / 100.0, hi.min(100.0) * b / 100.0]),
                            check: None,
                            sources: sources_of(&[&f.id, base]),
                        });
                    }
                }
            }
            _ => {}
        }
    }
    for d in ds.derived() {
        let terms: Vec<&str> = d.terms.iter().map(String::as_str).collect();
        let Some(sum) = ds.value(&d.id) else { continue };
        out.push(DerivedFigure {
            id: format!("sum:{}", d.id),
            label: d.quantity.clone(),
            kind: DerivationKind::Sum,
            table: "derived".into(),
            of: d.id.clone(),
            base: d.base.clone(),
            value: sum,
            unit: d.unit.clone(),
            range: None,
            check: None,
            sources: sources_of(&terms),
        });
        if let Some(base) = &d.base
            && let Some(b) = ds.value(base).filter(|b| *b > 0.0)
        {
            let mut ids = terms.clone();
            ids.push(base);
            out.push(DerivedFigure {
                id: format!("share:{}", d.id),
                label: format!("{} as a share of {}", d.quantity, label(base)),
                kind: DerivationKind::Share,
                table: "derived".into(),
                of: d.id.clone(),
                base: Some(base.clone()),
                value: 100.0 * sum / b,
                unit: Unit::Percent,
                range: None,
                check: None,
                sources: sources_of(&ids),
            });
        }
    }
    out
}

fn check(printed: &PrintedNumber, value: f64) -> PrecisionCheck {
    let (lo, hi) = printed.admitted();
    PrecisionCheck {
        printed: printed.value(),
        decimals: printed.decimals(),
        admitted: [lo, hi],
        matches: printed.admits(value),
    }
}
