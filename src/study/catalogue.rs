//! One catalogue of every figure the study's datasets hold, for reading
//! documents: each figure with its measure, its wave and whether it is the
//! study's own or context printed beside it, the phrases that name it, and
//! every change between two waves of one definition.
//!
//! The catalogue is built from datasets, never from code: the figures are
//! theirs, the phrases are their alias tables (`aliases`), and the wave-1
//! figures that `njov1` and `njov_trends` both hold are tied together by
//! `njov_trends`' `same_figures` table, so each is one figure here, named by
//! its trends id, with its `njov1` id beside it. A dataset without waves of
//! its own is the wave of the figures that table ties it to (`njov1` is
//! wave `w2000`); a year names a wave when it is the wave's label or lies in
//! the reference period a dataset of that one wave holds (2001 is in wave 1,
//! 1 July 2000 to 30 June 2001).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::claims::{AliasReads, AliasTable, Checker};
use crate::data::{Columns, Dataset, MeasureKind, Provenance, Row, Unit, read_rows};
use crate::error::{Error, Location, Result};
use crate::study::national::{EstimateOptions, NationalEstimates, national_estimates};
use crate::study::wave_design::wave_label;
use crate::study::wave_trends::{TrendEstimates, has_waves, trend_estimates};

/// The study's wave-1 dataset, loaded when none is named.
pub const DATASET: &str = "njov1";

/// The table of a wave dataset that ties another dataset's figures to its
/// own ids.
pub const SAME_FIGURES_TABLE: &str = "same_figures";

/// One figure of the catalogue.
///
/// ```
/// let c = njov::study::Catalogue::embedded().unwrap();
/// let f = c.figure("w2000.total").unwrap();
/// assert_eq!(f.wave.as_deref(), Some("w2000"));
/// assert_eq!(f.same_as.as_deref(), Some("arrests.total"));
/// assert!(c.figure("arrests.total").is_some()); // the same figure by its njov1 id
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CatalogueFigure {
    /// Its id in the dataset that holds it (a trends id where there is
    /// one).
    pub id: String,
    /// The dataset that holds it under `id`.
    pub dataset: String,
    /// Its id in the wave dataset it is also held in (`arrests.total` for
    /// `w2000.total`), if any.
    pub same_as: Option<String>,
    /// The dataset of `same_as`.
    pub same_dataset: Option<String>,
    /// The measure (definition) it is a figure of, when it has one.
    pub measure: Option<String>,
    /// Its wave, when known.
    pub wave: Option<String>,
    /// What it measures, in the dataset's words.
    pub label: String,
    /// Printed beside the study's figures for context, not estimated by the
    /// study (youth Internet use, a share of all sex-crime arrests).
    pub context: bool,
}

/// A wave: its id, its label and the years that name it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Wave {
    /// The id (`w2006`).
    pub id: String,
    /// A reader's name (`2006`).
    pub label: String,
    /// The calendar years a statement may name it by.
    pub years: Vec<i32>,
}

/// Every figure of the study's datasets, the phrases that name them, the
/// waves, and the trends between waves.
///
/// ```
/// let c = njov::study::Catalogue::embedded().unwrap();
/// assert_eq!(c.wave_of_year(2001), Some("w2000"));
/// assert_eq!(c.wave_of_year(2006), Some("w2006"));
/// assert_eq!(c.wave_of_year(2003), None);
/// let of = c.figures_of_measure("online_meeting");
/// assert_eq!(of.len(), 3); // 2000, 2006 and the unpublished 2009
/// ```
#[derive(Debug, Clone)]
pub struct Catalogue {
    datasets: Vec<Dataset>,
    estimates: Vec<Option<NationalEstimates>>,
    trends: Vec<Option<TrendEstimates>>,
    aliases: Vec<AliasTable>,
    figures: Vec<CatalogueFigure>,
    index: BTreeMap<String, usize>,
    waves: Vec<Wave>,
}

const SAME_COLUMNS: Columns<'static> = Columns {
    required: &["figure", "dataset", "same_as", "note"],
    optional: &[],
};

#[derive(Debug, serde::Deserialize)]
struct RawSame {
    figure: String,
    dataset: String,
    same_as: String,
    #[allow(dead_code)]
    note: String,
}

impl Catalogue {
    /// The catalogue of the newest version of every embedded dataset that
    /// holds figures and an alias table.
    ///
    /// # Errors
    /// As [`Catalogue::from_datasets`].
    pub fn embedded() -> Result<Catalogue> {
        let catalog = crate::data::embedded_catalog();
        let mut datasets = Vec::new();
        for id in catalog.datasets.keys() {
            let ds = Dataset::load(id, None)?;
            if ds.text(crate::claims::ALIAS_TABLE).is_ok() {
                datasets.push(ds);
            }
        }
        Catalogue::from_datasets(datasets)
    }

    /// The catalogue of the given datasets (each must have an alias table).
    ///
    /// # Errors
    /// `ErrorKind::UnknownTable` for a dataset without an alias table; the
    /// alias tables' data errors; `ErrorKind::Data` naming the file, line and
    /// column for a `same_figures` row whose ids are not figures of their
    /// datasets, or that would give a dataset two waves.
    pub fn from_datasets(datasets: Vec<Dataset>) -> Result<Catalogue> {
        let mut aliases = Vec::new();
        for ds in &datasets {
            aliases.push(AliasTable::from_dataset(ds)?);
        }
        // same[(dataset, id)] = the id the wave dataset holds the same figure by
        let mut same: BTreeMap<(String, String), String> = BTreeMap::new();
        let mut dataset_wave: BTreeMap<String, String> = BTreeMap::new();
        for ds in &datasets {
            let Ok(text) = ds.text(SAME_FIGURES_TABLE) else {
                continue;
            };
            let p = ds.provenance();
            let file = format!("{}/{}/{SAME_FIGURES_TABLE}.csv", p.id, p.version);
            for Row { line, record } in read_rows::<RawSame>(text.as_bytes(), &file, &SAME_COLUMNS)?
            {
                let fail = |column: &str, message: String| {
                    Error::data(
                        Location {
                            file: file.clone(),
                            line: Some(line),
                            column: Some(column.into()),
                        },
                        message,
                    )
                };
                let Some(link) = ds.measure_of(record.figure.trim()) else {
                    return Err(fail(
                        "figure",
                        format!(
                            "'{}' is no figure of {} with a wave and a measure",
                            record.figure, p.id
                        ),
                    ));
                };
                let other = record.dataset.trim().to_string();
                let same_as = record.same_as.trim().to_string();
                if let Some(o) = datasets.iter().find(|d| d.provenance().id == other)
                    && o.figure(&same_as).is_none()
                    && !o.derived().iter().any(|d| d.id == same_as)
                {
                    return Err(fail(
                        "same_as",
                        format!("'{same_as}' is no figure or derived quantity of {other}"),
                    ));
                }
                match dataset_wave.get(&other) {
                    Some(w) if *w != link.wave => {
                        return Err(fail(
                            "figure",
                            format!(
                                "{other} would be of two waves, {w} and {}: a dataset without waves is one wave",
                                link.wave
                            ),
                        ));
                    }
                    _ => {
                        dataset_wave.insert(other.clone(), link.wave.clone());
                    }
                }
                same.insert((other, same_as), record.figure.trim().to_string());
            }
        }
        // A dataset of one wave that no other dataset ties to a wave is the
        // wave its own reference period begins in (`njov1` read alone is
        // wave `w2000`, 1 July 2000 to 30 June 2001), so that a statement of
        // another year is never judged against it.
        for (ds, table) in datasets.iter().zip(&aliases) {
            let id = ds.provenance().id.clone();
            if has_waves(ds) || dataset_wave.contains_key(&id) {
                continue;
            }
            if let Some(period) = reference_period(ds, table) {
                dataset_wave.insert(id, format!("w{}", period.start.year()));
            }
        }
        let mut figures: Vec<CatalogueFigure> = Vec::new();
        let mut index = BTreeMap::new();
        // Wave datasets first, so a tied figure is named by its trends id.
        let mut order: Vec<usize> = (0..datasets.len()).collect();
        order.sort_by_key(|&i| !has_waves(&datasets[i]));
        for &i in &order {
            let ds = &datasets[i];
            let id_of_ds = ds.provenance().id.clone();
            let ids = ds
                .figures()
                .iter()
                .map(|f| (f.id.clone(), f.quantity.clone()))
                .chain(
                    ds.derived()
                        .iter()
                        .map(|d| (d.id.clone(), d.quantity.clone())),
                );
            for (id, label) in ids {
                if let Some(wid) = same.get(&(id_of_ds.clone(), id.clone())) {
                    // Held already under its wave dataset's id.
                    if let Some(&k) = index.get(wid) {
                        let f: &mut CatalogueFigure = &mut figures[k];
                        f.same_as = Some(id.clone());
                        f.same_dataset = Some(id_of_ds.clone());
                        index.insert(id, k);
                        continue;
                    }
                }
                let link = ds.measure_of(&id);
                let measure = link.map(|l| l.measure.clone());
                let wave = link
                    .map(|l| l.wave.clone())
                    .or_else(|| derived_wave(ds, &id))
                    .or_else(|| dataset_wave.get(&id_of_ds).cloned());
                let context = measure
                    .as_deref()
                    .and_then(|m| ds.measure(m))
                    .is_some_and(|m| m.kind == MeasureKind::Context);
                index.insert(id.clone(), figures.len());
                figures.push(CatalogueFigure {
                    id,
                    dataset: id_of_ds.clone(),
                    same_as: None,
                    same_dataset: None,
                    measure,
                    wave,
                    label,
                    context,
                });
            }
        }
        let waves = waves_of(&datasets, &aliases, &dataset_wave);
        let estimates = datasets
            .iter()
            .map(|ds| {
                (!ds.assumptions().is_empty())
                    .then(|| national_estimates(ds, &EstimateOptions::default()).ok())
                    .flatten()
            })
            .collect();
        let trends = datasets
            .iter()
            .map(|ds| {
                has_waves(ds)
                    .then(|| trend_estimates(ds, &EstimateOptions::default()).ok())
                    .flatten()
            })
            .collect();
        Ok(Catalogue {
            datasets,
            estimates,
            trends,
            aliases,
            figures,
            index,
            waves,
        })
    }

    /// The datasets, in the order given.
    pub fn datasets(&self) -> &[Dataset] {
        &self.datasets
    }

    /// Their provenances.
    pub fn provenances(&self) -> Vec<Provenance> {
        self.datasets
            .iter()
            .map(|d| d.provenance().clone())
            .collect()
    }

    /// Every figure.
    pub fn figures(&self) -> &[CatalogueFigure] {
        &self.figures
    }

    /// A figure by any of its ids.
    pub fn figure(&self, id: &str) -> Option<&CatalogueFigure> {
        self.index.get(id).map(|&k| &self.figures[k])
    }

    /// The figures of a measure, in wave order.
    pub fn figures_of_measure(&self, measure: &str) -> Vec<&CatalogueFigure> {
        let mut out: Vec<&CatalogueFigure> = self
            .figures
            .iter()
            .filter(|f| f.measure.as_deref() == Some(measure))
            .collect();
        out.sort_by_key(|f| self.wave_rank(f.wave.as_deref()));
        out
    }

    /// Every measure the figures are of, once each, in order.
    pub(crate) fn measures(&self) -> Vec<&str> {
        let mut measures: Vec<&str> = self
            .figures
            .iter()
            .filter_map(|f| f.measure.as_deref())
            .collect();
        measures.sort_unstable();
        measures.dedup();
        measures
    }

    /// The waves, in order.
    pub fn waves(&self) -> &[Wave] {
        &self.waves
    }

    /// The position of a wave (unknown waves last).
    pub fn wave_rank(&self, wave: Option<&str>) -> usize {
        wave.and_then(|w| self.waves.iter().position(|x| x.id == w))
            .unwrap_or(usize::MAX)
    }

    /// The wave a calendar year names, if any.
    pub fn wave_of_year(&self, year: i32) -> Option<&str> {
        self.waves
            .iter()
            .find(|w| w.years.first() == Some(&year))
            .or_else(|| self.waves.iter().find(|w| w.years.contains(&year)))
            .map(|w| w.id.as_str())
    }

    /// The alias tables, one per dataset, in the datasets' order.
    pub(crate) fn alias_tables(&self) -> &[AliasTable] {
        &self.aliases
    }

    /// The dataset with this id.
    pub(crate) fn dataset(&self, id: &str) -> Option<(usize, &Dataset)> {
        self.datasets
            .iter()
            .enumerate()
            .find(|(_, d)| d.provenance().id == id)
    }

    /// The national estimates of the dataset at `i`, when it has a design
    /// model.
    pub(crate) fn estimates(&self, i: usize) -> Option<&NationalEstimates> {
        self.estimates.get(i).and_then(Option::as_ref)
    }

    /// The trend estimates of the dataset at `i`, when it has waves.
    pub(crate) fn trends(&self, i: usize) -> Option<&TrendEstimates> {
        self.trends.get(i).and_then(Option::as_ref)
    }

    /// The catalogue figures an alias of the dataset at `i` names: the
    /// figure (or the derived quantity) itself, or, for a figure of a
    /// measure and for a measure id, every wave's figure of that measure.
    pub(crate) fn named_by(&self, i: usize, id: &str) -> Vec<usize> {
        match self.measure_named_by(i, id) {
            Some(m) => self
                .figures
                .iter()
                .enumerate()
                .filter(|(_, f)| f.measure.as_deref() == Some(m.as_str()))
                .map(|(k, _)| k)
                .collect(),
            None => self.index.get(id).copied().into_iter().collect(),
        }
    }

    /// The measure an alias of the dataset at `i` names: the id itself when
    /// it is a measure (a trends alias), else its figure's measure (a wave-1
    /// alias names a figure).
    pub(crate) fn measure_named_by(&self, i: usize, id: &str) -> Option<String> {
        if self.datasets[i].measure(id).is_some() {
            Some(id.to_string())
        } else {
            self.figure(id).and_then(|f| f.measure.clone())
        }
    }

    /// The catalogue figures that are bases of the figures an alias of the
    /// dataset at `i` names (the whole a share of them is taken of).
    pub(crate) fn bases_of(&self, i: usize, id: &str) -> Vec<usize> {
        let mut out = Vec::new();
        for k in self.named_by(i, id) {
            let f = &self.figures[k];
            let (j, fid) = self.evidence_source(f);
            let ds = &self.datasets[j];
            let base = ds.figure(&fid).and_then(|x| x.base.clone()).or_else(|| {
                ds.derived()
                    .iter()
                    .find(|d| d.id == fid)
                    .and_then(|d| d.base.clone())
            });
            if let Some(b) = base
                && let Some(p) = self.position(&b)
                && !out.contains(&p)
            {
                out.push(p);
            }
        }
        out
    }

    /// The bases of [`Catalogue::bases_of`] and, for an interview base,
    /// the national count it represents (its `represents` in the
    /// assumptions): the girls aged 13 to 15 are a share of the 129
    /// online-meeting interviews, which stand for the 508 online-meeting
    /// arrests, so `online-meeting victims` names their population.
    pub(crate) fn populations_of(&self, i: usize, id: &str) -> Vec<usize> {
        let mut out = self.bases_of(i, id);
        for k in out.clone() {
            let f = &self.figures[k];
            let (j, fid) = self.evidence_source(f);
            let represented = self.datasets[j]
                .assumptions()
                .iter()
                .filter(|a| a.figure.as_deref() == Some(fid.as_str()))
                .filter_map(|a| a.represents.as_deref())
                .flat_map(|r| self.named_by(j, r))
                .collect::<Vec<usize>>();
            for p in represented {
                if !out.contains(&p) {
                    out.push(p);
                }
            }
        }
        out
    }

    /// The kind of the measure a figure is of, when it has one (a
    /// design count of the sample, a category, a context figure, ...).
    pub(crate) fn measure_kind(&self, f: &CatalogueFigure) -> Option<MeasureKind> {
        let m = f.measure.as_deref()?;
        self.dataset(&f.dataset)
            .and_then(|(_, ds)| ds.measure(m))
            .map(|x| x.kind)
    }

    /// The noun a count figure counts (`arrests`, `interviews`), from the
    /// dataset its evidence is taken from.
    pub(crate) fn counted_unit(&self, f: &CatalogueFigure) -> Option<&str> {
        let (d, id) = self.evidence_source(f);
        match self.datasets.get(d)?.unit(&id)? {
            Unit::Count(noun) => Some(noun),
            _ => None,
        }
    }

    /// Whether some measure of the data counts `noun` (`arrests`,
    /// `agencies`): a unit a count can be told apart by.
    pub(crate) fn counts_unit(&self, noun: &str) -> bool {
        self.datasets().iter().any(|ds| {
            ds.measures()
                .iter()
                .any(|m| matches!(&m.unit, Unit::Count(n) if n == noun))
        })
    }

    /// The index of a figure.
    pub(crate) fn position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// The dataset and id to take a figure's evidence from: the dataset of
    /// one wave when the figure is held there too (its design model gives
    /// the interval), else its own.
    pub(crate) fn evidence_source(&self, f: &CatalogueFigure) -> (usize, String) {
        if let (Some(d), Some(id)) = (&f.same_dataset, &f.same_as)
            && let Some((i, _)) = self.dataset(d)
        {
            return (i, id.clone());
        }
        let i = self.dataset(&f.dataset).map_or(0, |(i, _)| i);
        (i, f.id.clone())
    }

    /// A checker for one dataset's figure with its model interval, if any.
    pub(crate) fn checker(&self, ci: Option<(f64, f64)>) -> Checker {
        match ci {
            Some((lo, hi)) => Checker::new().ci(lo, hi),
            None => Checker::new(),
        }
    }
}

/// The wave of a derived quantity of a wave dataset: the one wave of its
/// terms, if they share one.
pub(crate) fn derived_wave(ds: &Dataset, id: &str) -> Option<String> {
    let d = ds.derived().iter().find(|d| d.id == id)?;
    let mut waves = d
        .terms
        .iter()
        .map(|t| ds.measure_of(t).map(|l| l.wave.clone()));
    let first = waves.next()??;
    waves
        .all(|w| w.as_deref() == Some(first.as_str()))
        .then_some(first)
}

/// The waves of the wave datasets, with the years that name them: the
/// label's year, and the years of the reference period a dataset of that
/// one wave holds.
fn waves_of(
    datasets: &[Dataset],
    aliases: &[AliasTable],
    dataset_wave: &BTreeMap<String, String>,
) -> Vec<Wave> {
    let mut waves: Vec<Wave> = Vec::new();
    for ds in datasets {
        for w in ds.waves() {
            if waves.iter().any(|x| x.id == w) {
                continue;
            }
            let label = wave_label(w);
            let years = label.parse::<i32>().into_iter().collect();
            waves.push(Wave {
                id: w.to_string(),
                label,
                years,
            });
        }
    }
    for (ds, table) in datasets.iter().zip(aliases) {
        let Some(w) = dataset_wave.get(&ds.provenance().id) else {
            continue;
        };
        if !waves.iter().any(|x| &x.id == w) {
            waves.push(Wave {
                id: w.clone(),
                label: wave_label(w),
                years: Vec::new(),
            });
        }
        let Some(wave) = waves.iter_mut().find(|x| &x.id == w) else {
            continue;
        };
        if let Some(period) = reference_period(ds, table) {
            for y in period.start.year()..=period.end.year() {
                if !wave.years.contains(&y) {
                    wave.years.push(y);
                }
            }
        }
    }
    waves
}

/// The reference period of a dataset: the figure its alias table reads
/// periods as.
fn reference_period(ds: &Dataset, table: &AliasTable) -> Option<crate::data::Period> {
    table
        .aliases()
        .iter()
        .filter(|a| a.reads == AliasReads::Period)
        .find_map(|a| ds.figure(&a.figure).and_then(|f| f.value.period().copied()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wave_one_figure_held_twice_is_one_figure() {
        let c = Catalogue::embedded().unwrap();
        let by_trends = c.figure("w2000.undercover_solicitation").unwrap();
        let by_njov1 = c.figure("arrests.undercover_solicitation").unwrap();
        assert_eq!(by_trends, by_njov1);
        assert_eq!(by_trends.dataset, "njov_trends");
        assert_eq!(by_trends.same_dataset.as_deref(), Some("njov1"));
        // Its evidence comes from njov1, whose design model gives intervals.
        let (i, id) = c.evidence_source(by_trends);
        assert_eq!(
            (c.datasets()[i].provenance().id.as_str(), id.as_str()),
            ("njov1", "arrests.undercover_solicitation")
        );
        // A njov1 figure of no measure is of wave 1 too.
        assert_eq!(
            c.figure("meeting.violence").unwrap().wave.as_deref(),
            Some("w2000")
        );
        assert!(c.figure("w2000.youth_internet_users").unwrap().context);
        assert!(!c.figure("w2000.total").unwrap().context);
    }

    #[test]
    fn njov1_alone_is_the_wave_its_reference_period_begins_in() {
        let c = Catalogue::from_datasets(vec![Dataset::latest().unwrap()]).unwrap();
        assert_eq!(c.waves().len(), 1);
        assert_eq!(c.wave_of_year(2000), Some("w2000"));
        assert_eq!(c.wave_of_year(2001), Some("w2000"));
        assert_eq!(c.wave_of_year(2006), None);
        assert_eq!(
            c.figure("arrests.total").unwrap().wave.as_deref(),
            Some("w2000")
        );
    }

    #[test]
    fn a_same_figures_row_must_name_real_figures() {
        let trends = Dataset::load("njov_trends", None).unwrap();
        let njov1 = Dataset::latest().unwrap();
        // Every row of the shipped table ties two real figures together:
        // as many tied figures as the manifest counts rows.
        let rows = trends.manifest().table(SAME_FIGURES_TABLE).unwrap().rows;
        let c = Catalogue::from_datasets(vec![njov1, trends]).unwrap();
        for f in c.figures().iter().filter(|f| f.same_as.is_some()) {
            assert_eq!(f.wave.as_deref(), Some("w2000"), "{}", f.id);
        }
        let tied = c.figures().iter().filter(|f| f.same_as.is_some()).count();
        assert_eq!(u64::try_from(tied).unwrap(), rows);
    }
}
