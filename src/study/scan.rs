//! Whole documents: every sentence that states an amount, matched to the
//! figure it is about through the dataset's [`AliasTable`], and judged
//! against the dataset's numbers.
//!
//! A document is split into sentences (at `.`, `!` or `?` followed by a
//! capital, a digit or the end, but not after an abbreviation such as
//! `U.S.` or `No.`); each is read by the grammar. Every amount it states
//! (claimed amounts, bases, and the levels of a change), its period and its
//! vague statements become [`Finding`]s: `matched` when an alias phrase in
//! its reach names a figure (judged like the ledger judges a statement of
//! that figure), `unmatched` when none does (unverifiable: the scanner never
//! guesses), `vague` when it states no amount.

use serde::Serialize;

use crate::claims::{
    Alias, AliasReads, AliasTable, Checker, ClaimKind, ErrorPattern, Judgement, ParsedClaim,
    QuantifierTable, Spanned, StatedAmount, Token, Verdict, lex, read_sentence, single_amount,
};
use crate::data::{Dataset, Provenance, Schema};
use crate::error::Result;
use crate::study::ledger::{evidence_for, period_evidence};
use crate::study::national::NationalEstimates;

/// How a finding was matched to the dataset.
///
/// ```
/// assert_eq!(serde_json::to_string(&njov::study::FindingStatus::Unmatched).unwrap(), "\"unmatched\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingStatus {
    /// An alias phrase in its reach names a figure; judged against it.
    Matched,
    /// No alias phrase names what it is about; unverifiable.
    Unmatched,
    /// It states no amount (`many`, `more successful than`); unverifiable.
    Vague,
}

/// One statement of a document, with the figure it was matched to and its
/// verdict. Serialised with the `njov check` keys (`verdict`, `computed`,
/// `accepted`, `kind`, `reason`) plus where it was found and what it
/// matched.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The index of its sentence in the document, from 0.
    pub sentence: usize,
    /// The sentence, whitespace collapsed.
    pub text: String,
    /// The byte range of its words in the document.
    pub span: [usize; 2],
    /// Its words.
    pub wording: String,
    /// What it measures.
    pub kind: ClaimKind,
    /// How it was matched.
    pub status: FindingStatus,
    /// The figure it was matched to.
    pub figure: Option<String>,
    /// The base of a share, when matched.
    pub base: Option<String>,
    /// The alias phrase that matched.
    pub alias: Option<String>,
    /// The verdict.
    pub verdict: Verdict,
    /// The value computed from the dataset.
    pub computed: Option<f64>,
    /// The values its wording accepts.
    pub accepted: Option<[f64; 2]>,
    /// Whether the model-based interval reaches across an end of `accepted`.
    pub crosses_boundary: Option<bool>,
    /// A named error pattern, when one is seen.
    pub pattern: Option<ErrorPattern>,
    /// Why, in words.
    pub reason: String,
}

/// A scanned document: the dataset it was judged against, the number of
/// sentences, and every finding in document order.
///
/// ```
/// let ds = njov::Dataset::latest().unwrap();
/// let scan = njov::study::scan_text(&ds, "A quarter of the arrests came from undercover operations.", &[], None).unwrap();
/// let f = &scan.findings[0];
/// assert_eq!(f.figure.as_deref(), Some("arrests.undercover_solicitation"));
/// assert_eq!(f.verdict, njov::Verdict::Reproduced);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentScan {
    /// The dataset the findings were judged against.
    pub dataset: Provenance,
    /// The number of sentences read.
    pub sentences: usize,
    /// Every finding, in document order.
    pub findings: Vec<Finding>,
}

impl DocumentScan {
    /// The findings no figure was matched to (unmatched or vague).
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// let scan = njov::study::scan_text(&ds, "Many offenders met 40% of their victims at school.", &[], None).unwrap();
    /// assert_eq!(scan.unmatched().count(), 2);
    /// ```
    pub fn unmatched(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.status != FindingStatus::Matched)
    }
}

const ABBREVIATIONS: [&str; 24] = [
    "mr", "mrs", "ms", "dr", "st", "no", "nos", "vs", "etc", "inc", "jr", "sr", "fig", "vol", "pp",
    "al", "jan", "feb", "mar", "apr", "aug", "sept", "oct", "nov",
];

/// The byte ranges of the sentences of `text`.
///
/// ```
/// let s = njov::study::split_sentences("Arrests rose 20%. The U.S. Postal Service helped. 5 cases");
/// assert_eq!(s.len(), 3);
/// ```
pub fn split_sentences(text: &str) -> Vec<[usize; 2]> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            // Past closing quotes and brackets.
            let mut j = i + 1;
            while j < chars.len()
                && matches!(chars[j].1, '"' | '\'' | ')' | '\u{201D}' | '\u{2019}')
            {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |x| x.0);
            let mut k = j;
            let mut spaced = false;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
                spaced = true;
            }
            let next = chars.get(k).map(|x| x.1);
            let opens = next.is_none_or(|n| {
                n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '\u{201C}' | '(')
            });
            // The word before the mark: an abbreviation or a single letter
            // (`U.S.`) ends no sentence.
            let word_start = text[..at]
                .rfind(|ch: char| !ch.is_alphabetic())
                .map_or(0, |p| p + 1);
            let word = text[word_start..at].to_lowercase();
            let abbreviation =
                c == '.' && (word.chars().count() == 1 || ABBREVIATIONS.contains(&word.as_str()));
            if (spaced || next.is_none()) && opens && !abbreviation {
                if !text[start..end].trim().is_empty() {
                    out.push([start, end]);
                }
                start = end;
                i = k;
                continue;
            }
        }
        i += 1;
    }
    if !text[start..].trim().is_empty() {
        out.push([start, text.len()]);
    }
    out
}

/// The sources of the dataset document whose text is `text` (as shipped,
/// or with other line endings and surrounding space), or none: a document
/// is not evidence for itself, so its own sources are left out when its
/// statements are judged, as the ledger does.
///
/// ```
/// let ds = njov::Dataset::latest().unwrap();
/// let release = ds.text("ncmec2003").unwrap().to_string();
/// assert_eq!(njov::study::document_sources(&ds, &release), ["ncmec2003"]);
/// assert!(njov::study::document_sources(&ds, "another text").is_empty());
/// ```
pub fn document_sources(ds: &Dataset, text: &str) -> Vec<String> {
    let norm = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let wanted = norm(text);
    ds.manifest()
        .tables
        .iter()
        .filter(|t| t.schema == Schema::Document)
        .find(|t| ds.text(&t.name).is_ok_and(|d| norm(d) == wanted))
        .map(|t| t.sources.clone())
        .unwrap_or_default()
}

/// Scans a document table of the dataset (such as the press release
/// `ncmec2003`), leaving out its own sources as evidence.
///
/// # Errors
/// `ErrorKind::UnknownTable` when the dataset has no such table or no alias
/// table; the alias table's data errors.
///
/// ```
/// let ds = njov::Dataset::latest().unwrap();
/// let scan = njov::study::scan_document(&ds, "ncmec2003", None).unwrap();
/// assert!(scan.findings.iter().any(|f| f.wording == "A quarter"));
/// ```
pub fn scan_document(
    ds: &Dataset,
    table: &str,
    estimates: Option<&NationalEstimates>,
) -> Result<DocumentScan> {
    let text = ds.text(table)?;
    let sources = ds
        .manifest()
        .table(table)
        .map(|t| t.sources.clone())
        .unwrap_or_default();
    scan_text(ds, text, &sources, estimates)
}

/// Scans a text: every sentence that states an amount, matched to the
/// dataset's figures through its alias table and judged against them.
/// `own_sources` are the document's own source keys (a figure printed only
/// by them is no evidence); `estimates` give model-based intervals as for
/// [`judge_ledger`](crate::study::judge_ledger).
///
/// # Errors
/// `ErrorKind::UnknownTable` when the dataset has no alias table; the alias
/// table's data errors. Any text is read: a text with no statement gives no
/// findings.
///
/// ```
/// let ds = njov::Dataset::latest().unwrap();
/// let scan = njov::study::scan_text(&ds,
///     "Police made more than 2,500 arrests. Nearly 40% involved identified victims.",
///     &[], None).unwrap();
/// assert_eq!(scan.sentences, 2);
/// assert_eq!(scan.findings[0].figure.as_deref(), Some("arrests.total"));
/// assert_eq!(scan.findings[1].figure.as_deref(), Some("arrests.identified_victims"));
/// ```
pub fn scan_text(
    ds: &Dataset,
    text: &str,
    own_sources: &[String],
    estimates: Option<&NationalEstimates>,
) -> Result<DocumentScan> {
    let aliases = AliasTable::from_dataset(ds)?;
    let table = QuantifierTable::shared_default();
    let sentences = split_sentences(text);
    let mut findings = Vec::new();
    for (index, [a, b]) in sentences.iter().copied().enumerate() {
        let sentence = &text[a..b];
        let parsed = read_sentence(sentence, &table);
        if parsed.amounts.is_empty() && parsed.period.is_none() && parsed.vague.is_empty() {
            continue;
        }
        let context = SentenceContext {
            ds,
            aliases: &aliases,
            own_sources,
            estimates,
            sentence,
            offset: a,
            index,
            collapsed: sentence.split_whitespace().collect::<Vec<_>>().join(" "),
            tokens: lex(sentence, false),
            parsed: &parsed,
        };
        context.findings(&mut findings);
    }
    findings.sort_by_key(|f| (f.span[0], f.span[1]));
    Ok(DocumentScan {
        dataset: ds.provenance().clone(),
        sentences: sentences.len(),
        findings,
    })
}

/// The alias to take among those found: a specific one before a generic
/// one; the first (after the amount) or the last (before it).
fn pick<'t>(found: &[&'t Alias], last: bool) -> Option<&'t Alias> {
    let specific = found.iter().filter(|a| !a.generic);
    let chosen = if last {
        specific.clone().next_back()
    } else {
        specific.clone().next()
    };
    chosen.copied().or_else(|| {
        if last {
            found.last().copied()
        } else {
            found.first().copied()
        }
    })
}

struct SentenceContext<'a> {
    ds: &'a Dataset,
    aliases: &'a AliasTable,
    own_sources: &'a [String],
    estimates: Option<&'a NationalEstimates>,
    sentence: &'a str,
    offset: usize,
    index: usize,
    collapsed: String,
    tokens: Vec<Spanned>,
    parsed: &'a ParsedClaim,
}

fn clause_break(t: &Spanned) -> bool {
    matches!(t.token, Token::Punct(',' | ';' | ':' | '(' | ')'))
}

impl SentenceContext<'_> {
    /// The first token at or after byte `at`.
    fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.start < at)
    }

    /// The alias for the words at byte range `span`, reading `reads`: the
    /// first in the words after it (up to `stop`), else the last in its
    /// clause before it (back to `back`).
    fn alias_for(
        &self,
        span: [usize; 2],
        stop: usize,
        back: usize,
        reads: AliasReads,
    ) -> Option<&Alias> {
        let (first, end) = (
            self.token_at(span[1]),
            self.token_at(stop).min(self.tokens.len()),
        );
        let mut found: Vec<&Alias> = Vec::new();
        for k in first..end {
            if clause_break(&self.tokens[k]) && !found.is_empty() {
                break;
            }
            let mut here: Vec<(usize, usize)> = self
                .aliases
                .matches_at(&self.tokens, k)
                .into_iter()
                .filter(|(al, e)| *e <= end && self.aliases.aliases()[*al].reads == reads)
                .collect();
            // The longest phrase starting here.
            here.sort_by_key(|(_, e)| std::cmp::Reverse(*e));
            if let Some((al, _)) = here.first() {
                found.push(&self.aliases.aliases()[*al]);
            }
        }
        if let Some(a) = pick(&found, false) {
            return Some(a);
        }
        // Back through its clause.
        let start = self.token_at(span[0]);
        let mut from = start;
        let floor = self.token_at(back);
        while from > floor && !clause_break(&self.tokens[from - 1]) {
            from -= 1;
        }
        let mut found: Vec<&Alias> = Vec::new();
        for k in from..start {
            let mut here: Vec<(usize, usize)> = self
                .aliases
                .matches_at(&self.tokens, k)
                .into_iter()
                .filter(|(al, e)| *e <= start && self.aliases.aliases()[*al].reads == reads)
                .collect();
            here.sort_by_key(|(_, e)| std::cmp::Reverse(*e));
            if let Some((al, _)) = here.first() {
                found.push(&self.aliases.aliases()[*al]);
            }
        }
        pick(&found, true)
    }

    fn finding(&self, span: [usize; 2], kind: ClaimKind, status: FindingStatus) -> Finding {
        Finding {
            sentence: self.index,
            text: self.collapsed.clone(),
            span: [self.offset + span[0], self.offset + span[1]],
            wording: self.sentence[span[0]..span[1]].to_string(),
            kind,
            status,
            figure: None,
            base: None,
            alias: None,
            verdict: Verdict::Unverifiable,
            computed: None,
            accepted: None,
            crosses_boundary: None,
            pattern: None,
            reason: String::new(),
        }
    }

    fn judged(mut f: Finding, j: Judgement, note: Option<String>) -> Finding {
        f.verdict = j.verdict;
        f.computed = j.computed;
        f.accepted = j.accepted;
        f.crosses_boundary = j.crosses_boundary;
        f.pattern = j.pattern;
        f.reason = match note {
            Some(n) => format!("{}; {n}", j.reason),
            None => j.reason,
        };
        f
    }

    /// The base of a share of `figure`: the alias's, else the figure's own.
    fn base_of(&self, alias: &Alias) -> Option<String> {
        alias.base.clone().or_else(|| {
            self.ds
                .figure(&alias.figure)
                .and_then(|f| f.base.clone())
                .or_else(|| {
                    self.ds
                        .derived()
                        .iter()
                        .find(|d| d.id == alias.figure)
                        .and_then(|d| d.base.clone())
                })
        })
    }

    fn judge_amount(&self, amount: &StatedAmount, stop: usize, back: usize) -> Finding {
        let mut f = self.finding(amount.span, amount.kind, FindingStatus::Unmatched);
        f.accepted = Some(amount.accepted.ends());
        let reads = match amount.kind {
            ClaimKind::Share => Some(AliasReads::Share),
            ClaimKind::Level => Some(AliasReads::Level),
            _ => None,
        };
        let Some(alias) = reads.and_then(|r| self.alias_for(amount.span, stop, back, r)) else {
            f.reason = format!(
                "no phrase of the alias table of {} names what '{}' is about",
                self.ds.provenance().id,
                amount.wording
            );
            return f;
        };
        f.status = FindingStatus::Matched;
        f.figure = Some(alias.figure.clone());
        f.alias = Some(alias.phrase.clone());
        let base = (alias.reads == AliasReads::Share)
            .then(|| self.base_of(alias))
            .flatten();
        f.base.clone_from(&base);
        let (evidence, ci, note) = evidence_for(
            self.ds,
            Some(&alias.figure),
            base.as_deref(),
            self.own_sources,
            self.estimates,
        );
        let mut checker = Checker::new();
        if let Some((lo, hi)) = ci {
            checker = checker.ci(lo, hi);
        }
        let parsed = single_amount(&amount.wording, amount);
        match checker.judge(&parsed, &evidence) {
            Ok(j) => Self::judged(f, j, note.map(|n| n.to_string())),
            Err(e) => {
                f.reason = format!(
                    "'{}' could not be judged against {}: {e}",
                    amount.wording, alias.figure
                );
                f
            }
        }
    }

    fn findings(&self, out: &mut Vec<Finding>) {
        let amounts = &self.parsed.amounts;
        for (i, amount) in amounts.iter().enumerate() {
            let stop = amounts
                .get(i + 1)
                .map_or(self.sentence.len(), |n| n.span[0]);
            let back = i.checked_sub(1).map_or(0, |p| amounts[p].span[1]);
            out.push(self.judge_amount(amount, stop, back));
        }
        if let (Some(period), Some(span)) = (&self.parsed.period, self.parsed.period_span) {
            let mut f = self.finding(span, ClaimKind::Period, FindingStatus::Unmatched);
            let stop = amounts
                .iter()
                .map(|a| a.span[0])
                .find(|s| *s >= span[1])
                .unwrap_or(self.sentence.len());
            let back = amounts
                .iter()
                .map(|a| a.span[1])
                .rfind(|e| *e <= span[0])
                .unwrap_or(0);
            match self.alias_for(span, stop, back, AliasReads::Period) {
                Some(alias) => {
                    f.status = FindingStatus::Matched;
                    f.figure = Some(alias.figure.clone());
                    f.alias = Some(alias.phrase.clone());
                    let evidence = period_evidence(self.ds, Some(&alias.figure), self.own_sources);
                    let only_period = ParsedClaim {
                        text: f.wording.clone(),
                        kind: ClaimKind::Period,
                        statement: None,
                        amounts: Vec::new(),
                        period: Some(*period),
                        ..self.parsed.clone()
                    };
                    match Checker::new().judge(&only_period, &evidence) {
                        Ok(j) => f = Self::judged(f, j, None),
                        Err(e) => f.reason = format!("the period could not be judged: {e}"),
                    }
                }
                None => {
                    f.reason = format!(
                        "no phrase of the alias table of {} names what the period {period} is of",
                        self.ds.provenance().id
                    );
                }
            }
            out.push(f);
        }
        for v in &self.parsed.vague {
            let mut f = self.finding(v.span, v.kind, FindingStatus::Vague);
            f.reason = format!("'{}' states no amount: {}", v.phrase, v.reason);
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split_sentences(text)
            .into_iter()
            .map(|[a, b]| text[a..b].trim())
            .collect()
    }

    #[test]
    fn splits_at_sentence_ends_not_abbreviations() {
        assert_eq!(
            sentences(
                "Arrests rose 20%. The U.S. Postal Service helped! Did it? 5 cases were left"
            ),
            [
                "Arrests rose 20%.",
                "The U.S. Postal Service helped!",
                "Did it?",
                "5 cases were left"
            ]
        );
        assert_eq!(
            sentences("It was 38.7 percent (No. 2 in Fig. 3)."),
            ["It was 38.7 percent (No. 2 in Fig. 3)."]
        );
        assert_eq!(
            sentences("\"Quoted.\" Next one."),
            ["\"Quoted.\"", "Next one."]
        );
        assert!(sentences("  ").is_empty());
        assert_eq!(sentences("no end"), ["no end"]);
    }
}
