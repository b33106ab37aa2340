//! Whole documents: every sentence that states an amount, read into
//! statements, matched to the one figure of the [`Catalogue`] it is about,
//! and judged.
//!
//! A document is read in stages, each its own step: sentences
//! ([`split_sentences`]: at `.`, `!` or `?` followed by a capital, a digit
//! or the end, but not after an abbreviation such as `U.S.` or `No.`);
//! tokens and amounts (the claims grammar); statements (what each amount is
//! about, from the alias tables' phrases in its reach, and the waves it
//! names, from its years; numbers that are not amounts set aside: see
//! `statement.rs`); matches; judgements.
//!
//! Matching prefers silence to a false alarm. A statement is matched only
//! when what it is about and its wave single out one figure (or, for a
//! change, one pair of waves of one measure). A number equal at its printed
//! precision to one of the candidates is that candidate's figure, unless a
//! year attached to it names another wave (then it is a right number given
//! to the wrong wave). When the candidates disagree, or only a generic noun
//! ("arrests") ties the statement to a figure it does not fit, the finding
//! is `unmatched`, names its candidates, and is never `inconsistent`.

use serde::Serialize;

use crate::claims::{
    AliasReads, AmountRole, Checker, ClaimKind, ErrorPattern, Evidence, Judgement, LEVEL_CROSSED,
    ParsedClaim, QuantifierTable, Scale, Spanned, StatedAmount, Verdict, lex, read_sentence,
    single_amount,
};
use crate::data::{Dataset, MeasureKind, Provenance, Schema};
use crate::error::Result;
use crate::study::catalogue::{Catalogue, CatalogueFigure};
use crate::study::ledger::{evidence_for, period_evidence};
use crate::study::national::NationalEstimates;
use crate::study::statement::{
    AmountWaves, CONJUNCTIONS, PhraseHit, UNKNOWN_WAVE, amount_waves, clause_break, elliptical,
    in_match_result, not_an_amount, phrases_in, row_break, says_percent, significant_digits,
    subjects, table_cell, wave_mentions, year_token, years_later,
};

/// How a finding was matched to the dataset.
///
/// ```
/// assert_eq!(serde_json::to_string(&njov::study::FindingStatus::Unmatched).unwrap(), "\"unmatched\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingStatus {
    /// What it is about and its wave single out one figure; judged
    /// against it.
    Matched,
    /// No phrase names what it is about, or its candidates disagree;
    /// unverifiable, with the candidates named.
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
    /// The figure it was matched to (for a change, `FROM->TO`).
    pub figure: Option<String>,
    /// The dataset of the figure.
    pub dataset: Option<String>,
    /// The figure's id in the other dataset that holds it, if any.
    pub same_as: Option<String>,
    /// The wave or waves of the figure, as a reader names them (`2006`,
    /// `2000 -> 2006`).
    pub wave: Option<String>,
    /// Whether the figure is context printed beside the study's own.
    pub context: bool,
    /// The figures it could be about, when it was not matched to one (or
    /// was matched to one of several that agree).
    pub candidates: Vec<String>,
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

/// A scanned document: the datasets it was judged against, the number of
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
    /// The first dataset the findings were judged against (`njov1` when all
    /// are read).
    pub dataset: Provenance,
    /// Every dataset the findings were judged against.
    pub datasets: Vec<Provenance>,
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

const ABBREVIATIONS: [&str; 31] = [
    "mr", "mrs", "ms", "dr", "st", "no", "nos", "vs", "etc", "inc", "jr", "sr", "fig", "vol", "pp",
    "al", "jan", "feb", "mar", "apr", "aug", "sept", "oct", "nov", "ext", "sec", "id", "doc",
    "dkt", "para", "ep",
];

/// The byte ranges of the sentences of `text`.
///
/// ```
/// let s = njov::study::split_sentences("Arrests rose 20%. The U.S. Postal Service helped. 5 cases");
/// assert_eq!(s.len(), 3);
/// // Words left out of a quotation between two sentences.
/// let s = njov::study::split_sentences("Arrests rose 20%. [...] Violence was rare.");
/// assert_eq!(s.len(), 2);
/// ```
pub fn split_sentences(text: &str) -> Vec<[usize; 2]> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        // A line that starts a list item (`- 2000: 2,577`, `* ...`, `• ...`)
        // starts a sentence: a slide's or a list's lines are statements of
        // their own.
        if c == '\n' {
            let mut k = i + 1;
            while k < chars.len() && matches!(chars[k].1, ' ' | '\t') {
                k += 1;
            }
            // (`-- ` too, a dash typed as two hyphens.)
            // (And a lettered item, `d. Child-pornography-only arrests ...`,
            // `e) ...`.)
            // (Or one in brackets that opens with a word, `(c)
            // child-pornography possession figured in 1,713 of them`; not
            // one that opens with a number, `(b) 7,010 in 2006`, which
            // continues the line that leads the list.)
            let bracketed = chars.get(k).is_some_and(|x| x.1 == '(')
                && (k + 2..k + 5).any(|j| {
                    chars.get(j).is_some_and(|x| x.1 == ')')
                        && chars.get(j + 1).is_some_and(|x| x.1 == ' ')
                        && chars.get(j + 2).is_some_and(|x| x.1.is_alphabetic())
                        && chars[k + 1..j].iter().all(|x| x.1.is_ascii_alphanumeric())
                });
            let lettered = bracketed
                || (chars.get(k).is_some_and(|x| x.1.is_ascii_alphabetic())
                    && chars.get(k + 1).is_some_and(|x| matches!(x.1, '.' | ')'))
                    && chars.get(k + 2).is_some_and(|x| x.1 == ' '));
            let bullet = lettered
                || (chars
                    .get(k)
                    .is_some_and(|x| matches!(x.1, '-' | '*' | '\u{2022}' | '\u{2013}'))
                    && chars.get(k + 1).is_some_and(|x| x.1 == ' '))
                || (chars.get(k).is_some_and(|x| x.1 == '-')
                    && chars.get(k + 1).is_some_and(|x| x.1 == '-')
                    && chars.get(k + 2).is_some_and(|x| x.1 == ' '))
                // (Or a symbol of a post's list, `\u{27a1}\u{fe0f} 8,144 by 2006.`,
                // past its variation selector.)
                || (chars
                    .get(k)
                    .is_some_and(|x| !x.1.is_ascii() && !x.1.is_alphanumeric() && x.1 != '\u{fe0f}')
                    && {
                        let j = if chars.get(k + 1).is_some_and(|x| x.1 == '\u{fe0f}') {
                            k + 2
                        } else {
                            k + 1
                        };
                        chars.get(j).is_some_and(|x| x.1 == ' ')
                    });
            // `630 \u{2014} case interviews completed`: a labelled line of
            // a sidebar or an infographic is a statement of its own.
            let next_line = text[chars.get(k).map_or(text.len(), |x| x.0)..]
                .split('\n')
                .next()
                .unwrap_or("");
            // (Or a colon after a short label with a number: `73% and 93%:
            // US 12- to 17-year-olds online in 2000 and 2006`, a line of a
            // by-the-numbers box.)
            let short_label = |d: usize| {
                d <= 40
                    && next_line[..d].chars().any(|c| c.is_ascii_digit())
                    && next_line[..d].split_whitespace().count() <= 5
            };
            // (A colon's label opens with its number or a hedge on it, not
            // `Workshop 3 of 6:` or `CHYRON 5:`.)
            let amount_first = next_line.starts_with(|c: char| c.is_ascii_digit())
                || next_line.split_whitespace().next().is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "about"
                            | "nearly"
                            | "almost"
                            | "over"
                            | "under"
                            | "roughly"
                            | "around"
                            | "some"
                            | "just"
                            | "more"
                            | "fewer"
                            | "less"
                    )
                });
            // (Nor a year's row, `2009: 8,144 arrests`, which the lines
            // around it continue.)
            let year_label = next_line
                .split_once(": ")
                .is_some_and(|(l, _)| l.len() == 4 && l.chars().all(|c| c.is_ascii_digit()));
            let labelled = next_line.find(" \u{2014} ").is_some_and(short_label)
                || (amount_first && !year_label && next_line.find(": ").is_some_and(short_label));
            // `[Mon 19:10] Dev: ...`: a chat message, a timestamp in
            // brackets opening its line, is a statement of its own.
            // (And `00:08:30 and compared with ...`, a transcript's or a
            // caption's line opening with its time.)
            let stamped = (next_line.starts_with('[')
                && next_line.find(']').is_some_and(|e| {
                    e <= 24 && next_line[..e].chars().any(|c| c.is_ascii_digit())
                }))
                || time_stamp(next_line);
            // `Child pornography only ........ 2,417`: a row of a table
            // set with dot leaders is a statement of its own, and so is
            // the line after the last one.
            let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
            let leader = leader_line(next_line) || leader_line(&text[line_start..at]);
            let bullet = bullet || labelled || stamped || leader;
            // A blank line after a table's last row or a list item ends
            // that sentence. (Not any blank line: texts copied from the
            // web leave one after every wrapped line, mid-sentence.)
            let so_far = text[start..at].trim();
            let item = so_far
                .strip_prefix(['-', '*', '\u{2022}', '\u{2013}'])
                .is_some_and(|rest| rest.starts_with(' '));
            // (Nor a clause of a resolution or a statute ending in `;`,
            // `; and` or `; or`: `WHEREAS, ... in 2006; and`.)
            let clause =
                so_far.ends_with(';') || so_far.ends_with("; and") || so_far.ends_with("; or");
            // (Or a row of a table aligned by spaces: `All arrests
            // 2,577    7,010`.)
            // (A table's rows written without their outer bars, `2009 |
            // 8,144 | more than 1,000`, too: a last line with two bars.)
            let last_line = so_far.rsplit('\n').next().unwrap_or("");
            let bare_row = last_line.matches('|').count() >= 2;
            let blank = chars.get(k).is_some_and(|x| x.1 == '\n')
                && (so_far.ends_with('|')
                    || bare_row
                    || item
                    || clause
                    || ends_in_aligned_row(so_far));
            // (A line of a strings file or of code, a quoted string ended by
            // `;`, is a statement of its own, blank line or not:
            // `"tooltip.trend" = "... to 8,144.";`.)
            let blank = blank || so_far.ends_with("\";") || so_far.ends_with("';");
            // (The last item of a list, ending in its number, before a line
            // that opens a sentence: `- child pornography only: 935` and
            // then `By 2006 ...`.)
            let blank = blank
                || (item
                    && so_far.ends_with(|c: char| c.is_ascii_digit())
                    && chars.get(k).is_some_and(|x| x.1.is_uppercase()));
            // A heading on a line of its own (`=== Later waves (2006, 2009)
            // ===`, `## Findings`) is a sentence of its own.
            let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
            let line = text[line_start..at].trim();
            // (And a numbered heading before a blank line: `4.6 Young
            // people, phones and meeting up`.)
            let numbered = {
                let mut parts = line.splitn(2, ' ');
                let number = parts.next().unwrap_or("");
                let title = parts.next().unwrap_or("");
                !number.is_empty()
                    && number.starts_with(|c: char| c.is_ascii_digit())
                    && number.chars().all(|c| c.is_ascii_digit() || c == '.')
                    && title.starts_with(char::is_uppercase)
                    && title.split_whitespace().count() <= 12
                    && chars.get(k).is_some_and(|x| x.1 == '\n')
            };
            // (Or a numbered heading after a blank line with its text on
            // the next line: `\n\n4.1 Purpose\nOur instructors ...`; its
            // number has a dot, so a year opening a wrapped line is none.)
            let numbered_open = {
                let mut parts = line.splitn(2, ' ');
                let number = parts.next().unwrap_or("");
                let title = parts.next().unwrap_or("");
                number.starts_with(|c: char| c.is_ascii_digit())
                    && number.contains('.')
                    && number.chars().all(|c| c.is_ascii_digit() || c == '.')
                    && title.starts_with(char::is_uppercase)
                    && title.split_whitespace().count() <= 8
                    && !title.ends_with(['.', '!', '?', ',', ';', ':'])
                    && text[..line_start]
                        .trim_end_matches([' ', '\t'])
                        .ends_with("\n\n")
                    && chars.get(k).is_some_and(|x| x.1.is_uppercase())
            };
            let heading = line_start >= start
                && (line.starts_with('#')
                    || (line.starts_with("==") && line.ends_with("=="))
                    || numbered
                    || numbered_open);
            if bullet || blank || heading {
                let end = at + 1;
                if !text[start..end].trim().is_empty() {
                    out.push([start, end]);
                }
                start = end;
                i += 1;
                continue;
            }
        }
        // (A leader's dots end no sentence.)
        let in_leader = c == '.'
            && (chars.get(i + 1).is_some_and(|x| x.1 == '.')
                || i.checked_sub(1).is_some_and(|p| chars[p].1 == '.'))
            && {
                let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
                let line_end = text[at..].find('\n').map_or(text.len(), |n| at + n);
                leader_line(&text[line_start..line_end])
            };
        if matches!(c, '.' | '!' | '?') && !in_leader {
            // Past closing quotes and brackets, and reference markers
            // (`...to 3,137.[7] Child-pornography-only arrests ...`).
            let mut j = i + 1;
            loop {
                // (And Markdown's closing emphasis: `**Who were the
                // offenders?**`.)
                while j < chars.len()
                    && matches!(
                        chars[j].1,
                        '"' | '\'' | ')' | '\u{201D}' | '\u{2019}' | '*' | '_'
                    )
                {
                    j += 1;
                }
                let digits = chars
                    .iter()
                    .skip(j + 1)
                    .take_while(|x| x.1.is_ascii_digit())
                    .count();
                let marker = chars.get(j).is_some_and(|x| x.1 == '[')
                    && digits > 0
                    && chars.get(j + 1 + digits).is_some_and(|x| x.1 == ']');
                if !marker {
                    break;
                }
                j += digits + 2;
            }
            let end = chars.get(j).map_or(text.len(), |x| x.0);
            let mut k = j;
            let mut spaced = false;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
                spaced = true;
            }
            // (Past Markdown's opening emphasis: `**Who were the
            // offenders?**` after a sentence.)
            let next = chars[k.min(chars.len())..]
                .iter()
                .find(|x| !matches!(x.1, '*' | '_'))
                .map(|x| x.1);
            // (`[...]` marks words left out of a quotation between sentences.)
            let opens = next.is_none_or(|n| {
                n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '\u{201C}' | '(' | '[')
            });
            // The word before the mark: an abbreviation or a single letter
            // (`U.S.`) ends no sentence.
            let word_start = text[..at]
                .char_indices()
                .rev()
                .find(|(_, ch)| !ch.is_alphabetic())
                .map_or(0, |(p, ch)| p + ch.len_utf8());
            let word = text[word_start..at].to_lowercase();
            // (`No. 63/551,208`: `No.` before a number is one too.)
            let numbered = word == "no" && next.is_some_and(|n| n.is_ascii_digit());
            let abbreviation = c == '.'
                && (word.chars().count() == 1
                    || ABBREVIATIONS.contains(&word.as_str())
                    || numbered);
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

/// Whether a line opens with a clock time as its stamp (`00:08:30 and
/// ...`, `12:04 ...`, `00:01:08,500 --> ...`): digits, a colon, two digits,
/// perhaps again, then a space.
fn time_stamp(line: &str) -> bool {
    let stamp = line.split(' ').next().unwrap_or("");
    let parts: Vec<&str> = stamp
        .split([',', '.'])
        .next()
        .unwrap_or("")
        .split(':')
        .collect();
    line.len() > stamp.len()
        && (2..=3).contains(&parts.len())
        && parts[0].len() <= 2
        && parts[1..].iter().all(|p| p.len() == 2)
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// `Total ........ 7,010`: a line of a label, a run of three or more dots
/// (or an ellipsis character) and a number.
fn leader_line(line: &str) -> bool {
    let line = line.trim();
    // (Two dots too, `Child pornography only .. 2000: 935 | 2006: 2,417`,
    // when year-labelled cells follow.)
    let Some(dots) = line
        .find("...")
        .or_else(|| line.find('\u{2026}'))
        .or_else(|| line.find(" .. "))
    else {
        return false;
    };
    let rest = line[dots..].trim_start_matches(['.', '\u{2026}', ' ', '\t']);
    // (The rest: a number and a word or two, or a row of cells of numbers:
    // `508    19.7        615     8.8`, `2,577     (X)      7,010     (X)`.)
    let cell = |w: &str| {
        w.chars().all(|c| {
            c.is_ascii_digit()
                || matches!(c, ',' | '.' | '%' | '(' | ')' | 'X' | '-' | '+' | ':' | '|')
        })
    };
    // (Or cells of numbers and a last one in words, a change column:
    // `508 ....... 615 ....... up about 80%`.)
    let words: Vec<&str> = rest.split_whitespace().collect();
    let numbers = words.iter().take_while(|w| cell(w)).count();
    let change_column = numbers >= 3 && words.len() - numbers <= 5;
    // (The label may be a year alone: `2000 ..... 2,577 arrests`.)
    let label = line[..dots].trim();
    let year = label.len() == 4 && label.bytes().all(|c| c.is_ascii_digit());
    (label.chars().any(char::is_alphabetic) || year)
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && (words.len() <= 3 || words.iter().all(|w| cell(w)) || change_column)
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

/// Scans a text against one dataset: every sentence that states an amount,
/// matched to the dataset's figures through its alias table and judged
/// against them. `own_sources` are the document's own source keys (a
/// figure printed only by them is no evidence). `estimates` are accepted
/// for compatibility; the catalogue computes each dataset's national
/// estimates itself (at the default options), for the model-based
/// intervals.
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
    let _ = estimates;
    let catalogue = Catalogue::from_datasets(vec![ds.clone()])?;
    Ok(scan_with(&catalogue, text, own_sources))
}

/// Scans a text against every dataset of the study (the embedded
/// [`Catalogue`]): wave-1 figures, the later waves, the changes between
/// waves and the context printed beside them.
///
/// # Errors
/// As [`Catalogue::embedded`].
///
/// ```
/// let scan = njov::study::scan_all(
///     "Arrests of online predators grew 21 percent, from 508 in 2000 to 615 in 2006.",
///     &[]).unwrap();
/// let figures: Vec<_> = scan.findings.iter().map(|f| f.figure.clone().unwrap()).collect();
/// // The percent, the first level, the change the pair of levels states,
/// // the second level.
/// assert_eq!(figures, ["w2000.online_meeting->w2006.online_meeting",
///                      "w2000.online_meeting",
///                      "w2000.online_meeting->w2006.online_meeting",
///                      "w2006.online_meeting"]);
/// assert!(scan.findings.iter().all(|f| f.verdict == njov::Verdict::Reproduced));
/// ```
pub fn scan_all(text: &str, own_sources: &[String]) -> Result<DocumentScan> {
    let catalogue = Catalogue::embedded()?;
    Ok(scan_with(&catalogue, text, own_sources))
}

/// `Case type    2000    2006` over `Online meeting    508    615`: a
/// number in a table whose columns are aligned by spaces takes the year
/// of the header line above it whose column ends where the number ends
/// (within two characters).
fn aligned_column_wave(sentence: &str, span: [usize; 2], catalogue: &Catalogue) -> Option<String> {
    let line_start = sentence[..span[0]].rfind('\n').map_or(0, |n| n + 1);
    let column = |start: usize, end: usize| sentence[start..end].chars().count();
    let end_col = column(line_start, span[1]);
    // The number stands after a run of two spaces or more (a column).
    if !sentence[line_start..span[0]].ends_with("  ") {
        return None;
    }
    // The nearest header line above, within ten lines.
    let mut end = line_start.checked_sub(1)?;
    for _ in 0..10 {
        let start = sentence[..end].rfind('\n').map_or(0, |n| n + 1);
        let line = &sentence[start..end];
        let years: Vec<(usize, i32)> = line
            .match_indices(|c: char| c.is_ascii_digit())
            .filter_map(|(k, _)| {
                // (A year in brackets dates a number of a row, `508
                // (2000)`: a row of data, not a header.)
                let word_start = k == 0
                    || !(line.as_bytes()[k - 1].is_ascii_digit() || line.as_bytes()[k - 1] == b'(');
                let digits: String = line[k..].chars().take_while(char::is_ascii_digit).collect();
                (word_start && digits.len() == 4)
                    .then(|| {
                        digits
                            .parse::<i32>()
                            .ok()
                            .map(|y| (column(start, start + k + 4), y))
                    })
                    .flatten()
            })
            .collect();
        if years.len() >= 2 {
            return years
                .iter()
                .find(|(c, _)| c.abs_diff(end_col) <= 2)
                .and_then(|(_, y)| catalogue.wave_of_year(*y))
                .map(str::to_string);
        }
        if start == 0 {
            return None;
        }
        end = start - 1;
    }
    None
}

/// The verbs of a question that asks how something changed.
const CHANGE_VERBS: [&str; 12] = [
    "grow",
    "rise",
    "increase",
    "change",
    "fall",
    "drop",
    "climb",
    "decline",
    "grew",
    "rose",
    "increased",
    "changed",
];

/// `How fast did arrests grow? Between the first two waves, by 172
/// percent.`: after a question of change, `by N percent` is a change.
/// (After `By how much in per cent?`, the answer's bare percentage too,
/// `Answer: about 12 per cent.`, when no `of` follows it.)
fn answer_changes(parsed: &mut crate::claims::ParsedClaim, sentence: &str, how_much: bool) {
    for a in &mut parsed.amounts {
        let bare = how_much
            && !crate::claims::following_words(sentence, a.span[1])
                .trim_start()
                .starts_with("of ");
        let by = bare
            || crate::claims::preceding_words(sentence, a.span[0])
                .trim_end()
                .ends_with(" by");
        if by
            && a.unit == Scale::Percent
            && a.role == AmountRole::Claim
            && matches!(a.kind, ClaimKind::Level | ClaimKind::Share)
        {
            a.kind = ClaimKind::Change;
            a.unit = Scale::PercentChange;
        }
    }
}

/// `> 3,100 were people who ...` on a line after the first: a quoted
/// message's marks in a forum post or an e-mail, not `more than`; each
/// becomes a space, so that every span still points into the text as
/// given. (A sentence checked alone, `> 40% of cases`, keeps its sign.)
fn unquoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (k, line) in text.split_inclusive('\n').enumerate() {
        let marks = line.len() - line.trim_start_matches('>').len();
        if k > 0 && marks > 0 && line[marks..].starts_with(' ') {
            out.push_str(&" ".repeat(marks));
            out.push_str(&line[marks..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Scans a text against a catalogue.
pub fn scan_with(catalogue: &Catalogue, text: &str, own_sources: &[String]) -> DocumentScan {
    // `508 -> 615`, `508 → 615`: an arrow is `to`, in as many bytes, so
    // every span still points into the text as given.
    let given = text;
    let arrows = unquoted(&text.replace("->", "to").replace('\u{2192}', "to "));
    let text = arrows.as_str();
    let table = QuantifierTable::shared_default();
    let sentences = split_sentences(text);
    let mut findings = Vec::new();
    let mut previous: Option<(PhraseHit, usize)> = None;
    let mut previous_all: Vec<(PhraseHit, Vec<String>)> = Vec::new();
    let DocumentWaves {
        named,
        latest,
        most_named,
        document_wave,
        names_any,
    } = document_waves(catalogue, text, &sentences, own_sources);
    let vocabulary = vocabulary(catalogue);
    let separates_thousands = separates_thousands(text);
    // (`named` leaves out `the last two waves`, which cannot tell.)
    // (Or `across the three waves`: a text that counts all the waves
    // names the last.)
    let all_counted = {
        let lower = text.to_lowercase();
        let n = catalogue.waves().len();
        ["one", "two", "three", "four", "five", "six"]
            .get(n.wrapping_sub(1))
            .is_some_and(|w| {
                ["waves", "surveys", "rounds"]
                    .iter()
                    .any(|noun| lower.contains(&format!("{w} {noun}")))
            })
    };
    let names_last_wave = all_counted
        || catalogue
            .waves()
            .last()
            .is_some_and(|w| named.iter().flatten().any(|n| *n == w.id));
    // Whether `previous` is from an earlier paragraph.
    let mut previous_stale = false;
    // Whether the sentence before was a supposition (see `supposition`).
    let mut supposed = false;
    // The last specific phrase of the sentence before, for `that group`.
    let mut previous_last: Option<PhraseHit> = None;
    let mut answers_question = false;
    // The one wave the question just asked names.
    let mut asked_wave: Option<String> = None;
    // What each numbered question of a quiz asked (`Q3.`), for the answer
    // key that numbers its answers the same way (`A3.`).
    // (With the waves it names: `6. In 2006, how many cases ...?`.)
    let mut asked_by_number: Vec<(String, Option<PhraseHit>, Vec<String>)> = Vec::new();
    // Past an `ANSWER KEY` heading, a line numbered `3.` answers question 3
    // (until a heading of questions).
    let mut answer_key = false;
    // The two waves the question an answer key's answer answers asked of.
    let mut asked_span: Option<(String, String)> = None;
    // A quiz label split off as a sentence of its own (`A1.`), for the
    // sentence after it.
    let mut pending_label: Option<(char, String)> = None;
    // The number of the question the sentence before asked, if it was one.
    let mut just_asked: Option<String> = None;
    // The last question asked how something changed.
    let mut asked_change = false;
    // The last question asked `by how much`.
    let mut asked_how_much = false;
    let mut paragraph_wave: Option<String> = None;
    // The wave the last paragraph that named one ended in.
    let mut wave_before_break: Option<String> = None;
    let mut listed_wave: Option<String> = None;
    for (index, [a, b]) in sentences.iter().copied().enumerate() {
        let sentence = &text[a..b];
        // A paragraph break ends what a sentence can refer back to.
        // A sentence's span starts where the one before ended, so the
        // blank line between them is its leading space.
        let gap_end = a + (sentence.len() - sentence.trim_start().len());
        let new_paragraph = index > 0 && text[sentences[index - 1][1]..gap_end].contains("\n\n");
        // A new paragraph starts its own years; what the last one was
        // about may still be what a sentence refers back to (`The 2009
        // figure is ...`), as weakly as ever.
        if new_paragraph {
            if paragraph_wave.is_some() {
                wave_before_break = paragraph_wave.take();
            }
            previous_stale = true;
            listed_wave = None;
        }
        // `A1.` on its own, a quiz's label split off before its answer
        // (`A1. 2,577.`): no sentence, and no break between the question
        // and its answer (a paragraph it opens is still a new one).
        if let Some(key) = quiz_heading(sentence) {
            answer_key = key;
        }
        let label = sentence.trim();
        if let Some(alone) = label_alone(label) {
            pending_label = Some(alone);
            continue;
        }
        // (A label ending a heading's sentence, `Questions\n\nQ2.`, is the
        // next sentence's.)
        let last_line = label.rsplit_once('\n').map_or(label, |(_, l)| l).trim();
        let quiz = if let Some(alone) = label_alone(last_line) {
            pending_label = Some(alone);
            None
        } else {
            quiz_label(sentence)
                .or(pending_label.take())
                .or_else(|| numbered_label(sentence))
        };
        // A quiz numbered without letters: past an answer key's heading, a
        // line opening `3.` is answer 3; before it, one that asks (`3. How
        // did ... change from 2000 to 2006?`) is question 3. Any other
        // numbered line is no quiz's.
        let quiz = quiz.and_then(|(letter, n)| match letter {
            'N' if answer_key => Some(('A', n)),
            'N' if sentence.trim_end().ends_with('?') => Some(('Q', n)),
            'N' => None,
            _ => Some((letter, n)),
        });
        // (`2.10 In 2000, a federal agency took part in ...`: a section
        // number heading the line is no part of the sentence, which opens
        // after it.)
        let a = a + section_number_len(sentence);
        let sentence = &text[a..b];
        let here_wave = paragraph_wave.clone();
        // (The last wave it names that is not only compared with: `up 14%
        // on the 2006 count` leaves the paragraph in 2009.)
        if let Some(w) = latest[index].as_ref().or(named[index].last()) {
            paragraph_wave = Some(w.clone());
        }
        // (Only the sentence right before: one without amounts ends it.)
        let listed = listed_wave.take();
        let mut parsed = read_sentence(sentence, &table);
        if new_paragraph {
            asked_change = false;
            asked_how_much = false;
            asked_wave = None;
        }
        if asked_change {
            answer_changes(&mut parsed, sentence, asked_how_much);
        }
        let tokens = lex(sentence, false);
        // (`Slide 3 - How big? In that first year, police made roughly
        // 2,600 arrests`: `that year` past a paragraph break is the year the
        // text named last.)
        // (Or anywhere in a sentence that names no year of its own: `Q3. How
        // many arrests were there? About 2,600 in that first year.`)
        let that_year_anywhere =
            named[index].is_empty() && (0..tokens.len()).any(|k| that_year_at(&tokens, k));
        let here_wave = here_wave.or_else(|| {
            (opens_that_year(&tokens) || that_year_anywhere)
                .then(|| wave_before_break.clone())
                .flatten()
        });
        let asked_here = std::mem::take(&mut just_asked);
        if let Some(('Q', n)) = &quiz {
            let asked = asked_phrase(catalogue, &tokens, sentence)
                .or_else(|| last_specific_named(catalogue, &tokens, sentence));
            asked_by_number.push((n.clone(), asked, named[index].clone()));
            just_asked = Some(n.clone());
        }
        // The last specific phrase of the sentence before, whatever it held.
        let prev_last = std::mem::replace(
            &mut previous_last,
            phrases_in(catalogue, &tokens, 0, tokens.len(), AliasReads::Level)
                .into_iter()
                .filter(|h| !h.generic)
                .max_by_key(|h| h.token),
        );
        // Every specific phrase of the sentence before: `those
        // solicitations` refers back to the one that names solicitations.
        // (Each with the words just before it and its own: `offenders who
        // solicited undercover officers`.)
        let prev_all = std::mem::replace(
            &mut previous_all,
            phrases_in(catalogue, &tokens, 0, tokens.len(), AliasReads::Level)
                .into_iter()
                .filter(|h| !h.generic)
                .map(|h| {
                    let len = h.words();
                    let words = tokens
                        [h.token.saturating_sub(3)..(h.token + len + 1).min(tokens.len())]
                        .iter()
                        .filter_map(Spanned::word)
                        .map(str::to_string)
                        .collect();
                    (h, words)
                })
                .collect(),
        );
        // A question without an amount states nothing (its `many` is no
        // claim), but says what the answer is about.
        // `Are most arrests of people who met a child online?` asks; a
        // question's vague word claims nothing either.
        // (Nor does a yes-or-no question's amount: `Was that more than a
        // fourfold increase?`; not `Did you know that ...?` or `Is it true
        // that arrests nearly tripled ...?`, which put a claim to judge.)
        // (Past a section's number: `4.3 Were most of them strangers?`.)
        // (Past a speaker's label too: `Q2 (Jo): Were most of them
        // strangers met online?`.)
        let after_label = tokens
            .iter()
            .take(6)
            .position(|t| t.is_punct(':'))
            .map_or(0, |k| k + 1);
        let opening = tokens[after_label..]
            .iter()
            .find(|t| !matches!(t.token, crate::claims::Token::Number(..)) && !t.is_punct('.'));
        // (Past a closing quote: `family day: "Were most victims met
        // online?"` is a question.)
        let asks = sentence
            .trim_end()
            .trim_end_matches(['"', '\u{201D}', '\'', '\u{2019}', ')'])
            .ends_with('?');
        let yes_or_no =
            asks && opening.and_then(Spanned::word).is_some_and(|w| {
                matches!(
                    w,
                    "was" | "were" | "is" | "are" | "did" | "does" | "do" | "has" | "have" | "had"
                )
            }) && !tokens.iter().filter_map(Spanned::word).any(|w| {
                matches!(
                    w,
                    "know" | "knew" | "realise" | "realize" | "true" | "correct"
                )
            }) && parsed.period.is_none();
        let question =
            (asks && parsed.amounts.iter().all(|a| a.stated.is_none()) && parsed.period.is_none())
                || yes_or_no;
        if question
            || (parsed.amounts.is_empty()
                && parsed.period.is_none()
                && parsed.vague.is_empty()
                // (A period with an end the calendar lacks is read by
                // `impossible_period`.)
                && !parsed.unread.iter().any(|p| p.reason == crate::claims::period::NO_SUCH_DAY))
        {
            // `How many arrests were there? Roughly 2,600 ...`: the answer
            // is about what the question asks, firmly; a question naming
            // only a generic noun replaces what came before.
            if question {
                // A question that names nothing (`How was this measured?`)
                // leaves the answer as weakly tied as ever.
                // (`Who were the offenders who met victims online? Mostly
                // older men: 76.3% ...`: a question of who asks what a
                // group is made of; the answer's shares are of that group,
                // not its share of anything, so its phrase is passed on to
                // nothing.)
                // (Not `Who was arrested?`: a generic noun asks of arrests.)
                let who = tokens
                    .iter()
                    .find_map(Spanned::word)
                    .is_some_and(|w| matches!(w, "who" | "whom"));
                let asked = asked_phrase(catalogue, &tokens, sentence);
                let question_names = asked.is_some();
                if who && asked.as_ref().is_some_and(|h| !h.generic) {
                    previous = None;
                } else if let Some(h) = asked {
                    answers_question = true;
                    previous = Some((h, b));
                }
                // (`Q8. What share of 2000 arrests involved ...? Answer:
                // about 49 per cent.`: the one wave the question names is
                // the answer's, as firmly.)
                asked_wave = match named[index].as_slice() {
                    [w] if answers_question => Some(w.clone()),
                    _ => None,
                };
                asked_span = span_of_waves(catalogue, &named[index]).filter(|_| answers_question);
                // (`Online-meeting arrests rose from 508 to 615. By how
                // much in per cent? Answer: about 12 per cent.`: `by how
                // much` asks the change of what the sentence before was
                // about.)
                let by_how_much = tokens.windows(3).any(|w| {
                    w[0].word() == Some("by")
                        && w[1].word() == Some("how")
                        && w[2].word() == Some("much")
                });
                if by_how_much && previous.is_some() && !question_names {
                    answers_question = true;
                }
                asked_how_much = by_how_much;
                asked_change = by_how_much
                    || tokens
                        .iter()
                        .filter_map(Spanned::word)
                        .any(|w| CHANGE_VERBS.contains(&w));
                continue;
            }
            // (A question's wave is only its answer's right after it.)
            asked_wave = None;
            asked_span = None;
            // No amount, but what it is about may be what the next
            // sentence's amounts are about.
            // (A share's phrase too: `An article on Oct. 5 overstated the
            // share of 2006 online-solicitation arrests that involved real
            // teenagers. It was 13 percent.`)
            // A sentence naming only a share's phrase (`Violence was
            // rare. It occurred in 5 percent of the cases`) is about it.
            if let Some(h) = last_specific_named(catalogue, &tokens, sentence) {
                previous = Some((h, b));
            } else if last_generic_of_a_category(catalogue, &tokens, sentence).is_some() {
                // (`Police stings are a big part of arrests.` then `They
                // made up a quarter of arrests in 2000`: a generic noun of
                // a category moves the text on from what came before, so
                // `they` is no longer that; too generic to be what `they`
                // is, it leaves nothing to refer back to.)
                previous = None;
            }
            continue;
        }
        let (mentions, later) = sentence_mentions(
            catalogue,
            &tokens,
            parsed.period_span,
            names_last_wave,
            here_wave.as_deref(),
        );
        if later.is_some() {
            paragraph_wave = later;
        }
        // `Ask the class: "If a county's farm-stand sales go from 100 to
        // 300, did they rise 300 percent?" Answer: no; they tripled, ...`:
        // a supposition that names nothing of the study and no wave, and
        // the sentence after it that names nothing either, state no
        // amounts of the study.
        let names_study = [AliasReads::Level, AliasReads::Share].iter().any(|&r| {
            phrases_in(catalogue, &tokens, 0, tokens.len(), r)
                .iter()
                .any(|h| !h.generic)
        });
        let unnamed = !names_study && mentions.is_empty();
        let supposes = unnamed && supposition(&tokens);
        let after_supposition = unnamed && std::mem::take(&mut supposed) && !new_paragraph;
        supposed = supposes;
        if supposes || after_supposition {
            continue;
        }
        // `A3. 62.5%.` in an answer key set after the questions: the answer
        // is about what its question (`Q3. ... What is the completion
        // rate?`) asked, as an answer right after its question is.
        // (Not an answer right after its question, which is read as any
        // answer is; nor one to a question that names nothing, `Q2. And for
        // 2009?`, which leaves it as tied as ever.)
        if let Some(('A', n)) = &quiz
            && asked_here.as_ref() != Some(n)
            && let Some((_, Some(h), waves)) = asked_by_number.iter().rev().find(|(m, ..)| m == n)
        {
            previous = Some((h.clone(), b));
            previous_stale = false;
            answers_question = true;
            // (`6. In 2006, how many cases involved a federal agency?` ...
            // `6. About 45 per cent`: the one wave it asked of is the
            // answer's, as a question's right before its answer is; `4. How
            // did total arrests change from 2000 to 2006?` ... `4. They more
            // than quadrupled`: the two it asked of are the change's.)
            asked_wave = match waves.as_slice() {
                [w] => Some(w.clone()),
                _ => None,
            };
            asked_span = span_of_waves(catalogue, waves);
        }
        let latter = names_the_latter(&tokens);
        let sums = sums_those_before(&tokens);
        let demonstrated_hit = demonstrated(catalogue, &tokens, &prev_all);
        let answers = std::mem::take(&mut answers_question);
        let answer_wave = std::mem::take(&mut asked_wave).filter(|_| answers);
        let anaphoric = answers || refers_back(catalogue, &tokens, &parsed, sentence);
        let context = SentenceContext {
            catalogue,
            own_sources,
            sentence,
            offset: a,
            index,
            collapsed: sentence.split_whitespace().collect::<Vec<_>>().join(" "),
            mentions,
            tokens,
            parsed: &parsed,
            // (`..., while arrests of family members or acquaintances rose
            // ... from 490 to 877. That group was about one in eight of all
            // arrests in 2006.`: `that group` is the last named.)
            // (`Those two groups together were nearly 1,000 arrests`: a sum
            // of what came before is none of its parts.)
            previous: prev_last
                .filter(|_| !sums)
                .filter(|_| latter)
                .or_else(|| {
                    demonstrated_hit
                        .filter(|h| previous.as_ref().is_some_and(|(p, _)| p.phrase != h.phrase))
                })
                .or_else(|| previous.as_ref().map(|(h, _)| h.clone()))
                .filter(|_| !sums),
            anaphoric,
            answers,
            previous_stale,
            paragraph_wave: here_wave,
            answer_wave,
            previous_span: index
                .checked_sub(1)
                .filter(|_| !new_paragraph)
                .and_then(|j| span_of_waves(catalogue, &named[j])),
            answer_span: asked_span.take().filter(|_| answers),
            // (The last of the three sentences before to name exactly two
            // waves.)
            two_named: (index.saturating_sub(3)..index).rev().find_map(|j| {
                let mut distinct = named[j].clone();
                distinct.sort();
                distinct.dedup();
                (distinct.len() == 2)
                    .then(|| span_of_waves(catalogue, &distinct))
                    .flatten()
            }),
            after_arrests: index
                .checked_sub(1)
                .filter(|_| !new_paragraph)
                .is_some_and(|j| {
                    let before = &text[sentences[j][0]..sentences[j][1]].to_lowercase();
                    before.contains("arrests") && !before.contains("interview")
                }),
            after_own: index
                .checked_sub(1)
                .filter(|_| !new_paragraph)
                .is_some_and(|j| {
                    let before = &text[sentences[j][0]..sentences[j][1]];
                    let words: Vec<String> = before
                        .split(|c: char| !c.is_alphanumeric())
                        .map(str::to_lowercase)
                        .collect();
                    // (With a number of the writer's own: `Our drop-in
                    // sessions reach about 260 skaters a week`; and no
                    // phrase of the data, not even a generic one.)
                    words
                        .iter()
                        .any(|w| matches!(w.as_str(), "our" | "we" | "us"))
                        && before.chars().any(|c| c.is_ascii_digit())
                        && named[j].is_empty()
                        && {
                            let t = lex(before, false);
                            [AliasReads::Level, AliasReads::Share]
                                .into_iter()
                                .all(|r| phrases_in(catalogue, &t, 0, t.len(), r).is_empty())
                        }
                }),
            document_wave: document_wave.clone(),
            most_named_wave: most_named.clone(),
            document_names_wave: names_any,
            separates_thousands,
            vocabulary: &vocabulary,
            sibling: std::cell::Cell::new(None),
            previous_level: std::cell::Cell::new(None),
            measures_before: if !new_paragraph && index > 0 {
                measures_of(catalogue, &findings, index - 1)
            } else {
                Vec::new()
            },
            counts: std::cell::RefCell::new(Vec::new()),
            shares: std::cell::RefCell::new(Vec::new()),
            changes: std::cell::RefCell::new(Vec::new()),
            changes_judged: std::cell::RefCell::new(Vec::new()),
            own_subject: std::cell::OnceCell::new(),
            later_periods: later_periods(sentence, &parsed, &table),
            listed_wave: listed,
        };
        let before = findings.len();
        let found = context.findings(&mut findings);
        listed_wave = one_reproduced_wave(catalogue, &findings[before..]);
        let used = context.about(found, &findings[before..], previous_stale);
        // A table is about each of its rows: no one of them is what the
        // next sentence refers back to.
        let table = sentence.matches('|').count() >= 4 || leader_line(sentence);
        if table {
            previous = None;
        } else if let Some(hit) = used {
            previous_stale = false;
            previous = Some((hit, b));
        } else if let Some(h) = (findings.len() == before)
            .then(|| last_specific_named(catalogue, &context.tokens, sentence))
            .flatten()
        {
            // (No amount of it gave a finding, `An article on Oct. 5 overstated
            // the share of 2006 online-solicitation arrests`: the specific
            // phrase it names is what the next sentence is about, as for a
            // sentence with no amount.)
            previous_stale = false;
            previous = Some((h, b));
        } else if qualified_unknown_subject(catalogue, &context.tokens) {
            // (`Arrests for the material alone went up >200%`: a subject of
            // its own that no phrase names moves the text on; `those
            // arrests` after it is not what came before.)
            previous = None;
        } else if let Some(p) = previous.as_mut() {
            p.1 = b;
        }
    }
    findings.sort_by_key(|f| (f.span[0], f.span[1]));
    // Quoted as given, arrows and all.
    if given != text {
        for f in &mut findings {
            if let Some(w) = given.get(f.span[0]..f.span[1]) {
                f.wording = w.to_string();
            }
            if let Some(&[a, b]) = sentences.get(f.sentence)
                && let Some(t) = given.get(a..b)
            {
                f.text = t.split_whitespace().collect::<Vec<_>>().join(" ");
            }
        }
    }
    let datasets = catalogue.provenances();
    DocumentScan {
        dataset: datasets
            .iter()
            .find(|p| p.id == crate::study::catalogue::DATASET)
            .or(datasets.first())
            .cloned()
            .unwrap_or_else(|| Provenance {
                id: String::new(),
                version: String::new(),
                checksum: String::new(),
            }),
        datasets,
        sentences: sentences.len(),
        findings,
    }
}

/// The measures of sentence `index`'s findings (a level, or a change
/// between two waves) that their figures bear out.
fn measures_of(catalogue: &Catalogue, findings: &[Finding], index: usize) -> Vec<String> {
    findings
        .iter()
        .rev()
        .take_while(|f| f.sentence >= index)
        .filter(|f| {
            f.sentence == index && matches!(f.verdict, Verdict::Reproduced | Verdict::Consistent)
        })
        .filter_map(|f| {
            let id = f.figure.as_deref()?;
            let last = id.rsplit("->").next().unwrap_or(id);
            catalogue.figure(last)?.measure.clone()
        })
        .collect()
}

struct SentenceContext<'a> {
    catalogue: &'a Catalogue,
    own_sources: &'a [String],
    sentence: &'a str,
    offset: usize,
    index: usize,
    collapsed: String,
    tokens: Vec<Spanned>,
    mentions: Vec<crate::study::statement::WaveMention>,
    parsed: &'a ParsedClaim,
    /// What the previous sentence of the paragraph was about.
    previous: Option<PhraseHit>,
    /// The sentence opens with a word that refers back (`That is a 381
    /// percent increase`).
    anaphoric: bool,
    /// Whether the sentence answers the question asked right before it
    /// (or the one of its number, past an answer key's heading).
    answers: bool,
    /// What the sentence before was about comes from an earlier paragraph.
    previous_stale: bool,
    /// The last wave the paragraph named before this sentence.
    paragraph_wave: Option<String>,
    /// The one wave named by the question this sentence answers.
    answer_wave: Option<String>,
    /// The first and the last wave the sentence before named, when two.
    previous_span: Option<(String, String)>,
    /// The first and last wave the question an answer key's answer answers
    /// named (`4. How did total arrests change from 2000 to 2006?`).
    answer_span: Option<(String, String)>,
    /// The two waves the last sentence before that named exactly two named
    /// (`| Measure | 2000 | 2006 |`), for `the two years`.
    two_named: Option<(String, String)>,
    /// Whether the sentence before, in the paragraph, counts arrests (and
    /// no interviews).
    after_arrests: bool,
    /// Whether the sentence before, in the paragraph, is the writer's own
    /// (`our`, `we`) and names nothing of the study: no phrase, no wave.
    after_own: bool,
    /// The one wave the whole document names, if it names only one.
    document_wave: Option<String>,
    /// The wave the document names most often, to break ties.
    most_named_wave: Option<String>,
    /// Whether the document names any wave.
    document_names_wave: bool,
    /// Whether the document's prose writes thousands with a separator
    /// (`2,417`); see [`separates_thousands`].
    separates_thousands: bool,
    /// Every word of the data's count units and alias phrases.
    vocabulary: &'a std::collections::HashSet<String>,
    /// The figure of a level of this sentence already matched exactly. Its
    /// wave is the sentence's (`Family or acquaintance offenders, at 490
    /// arrests, made up nearly half`: 490 is the 2000 figure, so the
    /// sentence is of 2000); a change stated after it in the same sentence
    /// is of its measure (`8,144 arrests, up 26 per cent on 2006`), even
    /// when only a generic noun names it.
    sibling: std::cell::Cell<Option<&'a CatalogueFigure>>,
    /// The last level of this sentence that reproduced a figure: its
    /// amount's index and the figure (`612 in the first wave and 1,015 in
    /// the second`: the 612).
    previous_level: std::cell::Cell<Option<(usize, &'a CatalogueFigure)>>,
    /// The measures of the levels and changes the sentence before, in the
    /// same paragraph, stated and its figures bear out (`total`: the text
    /// is speaking of all arrests).
    measures_before: Vec<String>,
    /// The counts of this sentence judged `reproduced` so far: (amount
    /// index, catalogue figure), for a share in apposition to one.
    counts: std::cell::RefCell<Vec<(usize, usize)>>,
    /// The shares of this sentence judged `reproduced` so far: (amount
    /// index, catalogue figure), for a share that restates one.
    shares: std::cell::RefCell<Vec<(usize, usize)>>,
    /// The changes of this sentence matched and borne out so far, by their
    /// pair's id (`a 172 per cent rise, which the author calls "nearly
    /// tripled"`: the second change is of the first's pair).
    changes: std::cell::RefCell<Vec<String>>,
    /// The figures of the sentence's changes judged so far, right or wrong,
    /// with the amount's index: what a change restated after `, or` is of.
    changes_judged: std::cell::RefCell<Vec<(usize, String)>>,
    /// Whether the sentence names a specific phrase anywhere.
    own_subject: std::cell::OnceCell<bool>,
    /// The periods the sentence states after its first (`parsed.period`),
    /// with their byte ranges in it.
    later_periods: Vec<(crate::data::Period, [usize; 2])>,
    /// The one wave of the levels the sentence before (in the paragraph)
    /// reproduced, if they were all of one wave (`Child pornography only:
    /// 2,417.` before `Family or acquaintance offenders: 787.`).
    listed_wave: Option<String>,
}

/// The words that set a rise off after the level it reached (`the third
/// 8,144, a further 1,134`), in the order they are trimmed.
/// Conjunctions that open a clause contrasting with the one before it.
const CONTRAST_WORDS: [&str; 5] = ["while", "whereas", "but", "although", "though"];

const FURTHER_WORDS: [&str; 4] = ["a further", "another", "an additional", "an extra"];

/// Text with an article it ends in taken off (`in 2009, a` -> `in 2009,`).
fn without_article(text: &str) -> &str {
    [" a", " an"]
        .iter()
        .find_map(|w| text.strip_suffix(w))
        .unwrap_or(text)
        .trim()
}

/// The one candidate among `found` (by id, however often it was found),
/// if there is exactly one.
fn only_one(found: impl IntoIterator<Item = Candidate>) -> Option<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    for c in found {
        if !out.iter().any(|x| x.id == c.id) {
            out.push(c);
        }
    }
    let [one] = <[Candidate; 1]>::try_from(out).ok()?;
    Some(one)
}

/// The one wave of the levels a sentence's findings reproduce, when there
/// are some and all are of one wave.
fn one_reproduced_wave(catalogue: &Catalogue, findings: &[Finding]) -> Option<String> {
    let mut waves = findings
        .iter()
        .filter(|f| f.verdict == Verdict::Reproduced && f.kind == ClaimKind::Level)
        .map(|f| {
            f.figure
                .as_deref()
                .and_then(|id| catalogue.figure(id))
                .and_then(|x| x.wave.clone())
        });
    let first = waves.next()??;
    waves.all(|w| w.as_ref() == Some(&first)).then_some(first)
}

/// The periods a sentence states after the one `parsed` holds, each read
/// from the rest of the sentence after the one before it (at most three).
fn later_periods(
    sentence: &str,
    parsed: &ParsedClaim,
    table: &crate::claims::QuantifierTable,
) -> Vec<(crate::data::Period, [usize; 2])> {
    let mut out = Vec::new();
    let Some(mut from) = parsed.period_span.map(|s| s[1]) else {
        return out;
    };
    while out.len() < 3 {
        let Some(rest) = sentence.get(from..) else {
            break;
        };
        let p = read_sentence(rest, table);
        let (Some(period), Some(span)) = (p.period, p.period_span) else {
            break;
        };
        out.push((period, [span[0] + from, span[1] + from]));
        from += span[1].max(1);
    }
    out
}

/// The measure a sentence's stated levels are figures of: each level's
/// figure, and the first and last of them, for the change.
struct LevelMeasure {
    /// (amount position, catalogue figure) of each level.
    levels: Vec<(usize, usize)>,
    /// The earliest wave's figure.
    from: usize,
    /// The latest wave's figure.
    to: usize,
    /// When the sentence names another measure instead (see
    /// `SentenceContext::measure_named_instead`), the figures the levels equal,
    /// for the reason; `levels`, `from` and `to` are then the measure
    /// named's figures of the same waves.
    equal_of_another: Option<String>,
}

/// How many years after its last wave a study's own periods may still
/// run (fieldwork and reports follow the arrests they count); a period
/// starting later is a document's own.
const REPORTING_LAG_YEARS: i32 = 5;

/// The fewest years apart two waves may be and still be spoken of as a
/// decade (`over the decade` for 2000 to 2009).
const DECADE_AT_LEAST: i32 = 8;

/// Words that only say a figure is approximate.
const APPROXIMATORS: [&str; 6] = ["about", "approximately", "around", "roughly", "some", "an"];

/// Words that open a sentence about what the one before it was about.
const ANAPHORS: [&str; 7] = ["that", "this", "it", "these", "those", "such", "they"];

/// Words after `that` or `this` that make it point at a time (`That same
/// year`), not back at what was counted.
const TIME_NOUNS: [&str; 6] = ["same", "year", "time", "period", "wave", "decade"];

/// The referring nouns that name a change.
const CHANGE_NOUNS: [&str; 3] = ["increase", "rise", "growth"];

/// Nouns that, after `the`, refer back to the figure just named.
const REFERRING_NOUNS: [&str; 11] = [
    "number",
    "numbers",
    "figure",
    "figures",
    "total",
    "count",
    "increase",
    "rise",
    "growth",
    "estimate",
    "estimates",
];

/// One figure (or pair of waves) a statement could be about, judged.
struct Candidate {
    /// The figure's id (`FROM->TO` for a change).
    id: String,
    /// The catalogue figure (the later one of a change).
    figure: usize,
    /// The wave(s), for a reader.
    wave: Option<String>,
    /// The wave of a level, or the waves of a change.
    waves: (Option<String>, Option<String>),
    /// The whole of a share.
    base: Option<String>,
    judgement: Judgement,
    note: Option<String>,
}

impl Candidate {
    fn reproduced(&self) -> bool {
        self.judgement.verdict == Verdict::Reproduced
    }

    /// Whether the amount fits the figure: reproduced or consistent.
    fn fits(&self) -> bool {
        matches!(
            self.judgement.verdict,
            Verdict::Reproduced | Verdict::Consistent
        )
    }

    /// Adds a note to the reason the finding will give.
    fn add_note(&mut self, note: String) {
        self.note = Some(match self.note.take() {
            Some(n) => format!("{n}; {note}"),
            None => note,
        });
    }

    /// How far its computed value is from `stated` (infinite with none).
    fn distance(&self, stated: f64) -> f64 {
        self.judgement
            .computed
            .map_or(f64::INFINITY, |v| (v - stated).abs())
    }
}

impl SentenceContext<'_> {
    /// The wave of the level of this sentence already matched exactly.
    fn sibling_wave(&self) -> Option<String> {
        self.sibling.get().and_then(|f| f.wave.clone())
    }

    /// A span of the sentence as a span of the whole text, as findings
    /// hold it.
    fn in_text(&self, span: [usize; 2]) -> [usize; 2] {
        [self.offset + span[0], self.offset + span[1]]
    }

    fn finding(&self, span: [usize; 2], kind: ClaimKind, status: FindingStatus) -> Finding {
        Finding {
            sentence: self.index,
            text: self.collapsed.clone(),
            span: self.in_text(span),
            wording: self.sentence[span[0]..span[1]].to_string(),
            kind,
            status,
            figure: None,
            dataset: None,
            same_as: None,
            wave: None,
            context: false,
            candidates: Vec::new(),
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

    fn judged(mut f: Finding, j: &Judgement, note: Option<&str>) -> Finding {
        f.verdict = j.verdict;
        f.computed = j.computed;
        f.accepted = j.accepted;
        f.crosses_boundary = j.crosses_boundary;
        f.pattern.clone_from(&j.pattern);
        f.reason = match note {
            Some(n) => format!("{}; {n}", j.reason),
            None => j.reason.clone(),
        };
        f
    }

    fn wave_name(&self, wave: Option<&str>) -> Option<String> {
        let w = wave?;
        if let Some(year) = w.strip_prefix(crate::study::statement::UNKNOWN_WAVE) {
            return Some(year.to_string());
        }
        Some(
            self.catalogue
                .waves()
                .iter()
                .find(|x| x.id == w)
                .map_or_else(|| w.to_string(), |x| x.label.clone()),
        )
    }

    /// The base of a share of a figure: the alias's, else the figure's own.
    fn base_of(ds: &Dataset, id: &str, alias_base: Option<&str>) -> Option<String> {
        alias_base.map(str::to_string).or_else(|| {
            ds.figure(id).and_then(|f| f.base.clone()).or_else(|| {
                ds.derived()
                    .iter()
                    .find(|d| d.id == id)
                    .and_then(|d| d.base.clone())
            })
        })
    }

    /// A level or a share of one figure, judged; `None` when the amount's
    /// kind does not fit the figure (a percentage of a count with no base).
    fn judge_level(
        &self,
        amount: &StatedAmount,
        k: usize,
        alias_base: Option<&str>,
    ) -> Option<Candidate> {
        let c = self.catalogue;
        let f = &c.figures()[k];
        let (i, id) = c.evidence_source(f);
        let ds = &c.datasets()[i];
        let unit = ds.unit(&id)?;
        let share = amount.unit == Scale::Percent;
        let base = if share && unit.is_count() {
            Some(Self::base_of(ds, &id, alias_base)?)
        } else {
            None
        };
        if !share && !unit.is_count() {
            return None;
        }
        let (evidence, ci, note) = evidence_for(
            ds,
            Some(&id),
            base.as_deref(),
            self.own_sources,
            c.estimates(i),
        );
        let parsed = single_amount(&amount.wording, amount);
        let mut judgement = match &evidence {
            Evidence::Unpublished { reason } => {
                Judgement::unverifiable(amount.kind, reason.clone())
            }
            _ => {
                // A printed figure is itself rounded: a wording that reaches
                // into its rounding interval cannot be told wrong.
                let mut checker = c.checker(ci);
                if let (Evidence::Value(_), Some(crate::data::FigureValue::Number(p))) =
                    (&evidence, ds.figure(&id).map(|x| &x.value))
                {
                    checker = checker.evidence_decimals(i32::try_from(p.decimals()).unwrap_or(0));
                }
                // A share of a count may have been taken of another whole
                // of the dataset: the error pattern is named when it fits one.
                if let Evidence::Share { part, whole } = evidence {
                    for (label, other) in other_wholes(ds, base.as_deref(), part, whole) {
                        checker = checker.alternative_base(label, other);
                    }
                    if let Some(n) = sample_count(ds, base.as_deref()) {
                        checker = checker.unweighted_n(n);
                    }
                } else if let Some(n) =
                    sample_count(ds, ds.figure(&id).and_then(|x| x.base.as_deref()))
                {
                    checker = checker.unweighted_n(n);
                }
                checker.judge(&parsed, &evidence).ok()?
            }
        };
        // A figure the source printed as a wording ("over 45%", "about
        // half"): the same wording reproduces it; a wording whose range
        // overlaps the printed one's is consistent with it.
        let others_print = ds
            .figure(&id)
            .is_some_and(|x| x.sources.iter().any(|k| !self.own_sources.contains(k)));
        if let Some(printed) = ds.figure(&id).and_then(|x| x.wording.as_deref())
            && others_print
            && judgement.verdict != Verdict::Reproduced
            && let Some((lo, hi)) = crate::claims::accepted_range(printed)
        {
            // The same words, an approximator aside ("half" restates
            // "about half" at its precision).
            let [a, b] = amount.accepted.ends();
            // (A number printed with a hedge on both sides, or none, states
            // its value: `about 35 per cent` for a printed `about 30%`
            // names another number than the study's, whatever its hedge
            // reaches. A one-sided bound, `over 55%`, states only a bound.)
            let names_another = amount.printed.is_some()
                && amount.stated.is_some_and(|x| {
                    // (The wording's ends are products such as 0.9 *
                    // 30, a hair off the number they name.)
                    let tol = 1e-9 * lo.abs().max(hi.abs()).max(1.0);
                    a < x && x < b && (x < lo - tol || x > hi + tol)
                });
            let verdict = if wording_key(printed) == wording_key(&amount.wording) {
                Verdict::Reproduced
            } else if names_another {
                Verdict::Inconsistent
            } else if judgement.verdict == Verdict::Consistent || (a < hi && lo < b) {
                // (Ranges that only touch share nothing: `three-quarters`
                // [70.83, 77.5] is not consistent with a printed
                // `two-thirds` [63.33, 70.83], nor `fewer than 1,000` with
                // `more than 1000`. The printed wordings of the data are
                // open bounds or fractions, whose ends no other range
                // shares; a closed `no more than half` would need its end.)
                Verdict::Consistent
            } else {
                Verdict::Inconsistent
            };
            if verdict != judgement.verdict {
                judgement = Judgement {
                    verdict,
                    accepted: Some([a, b]),
                    crosses_boundary: None,
                    pattern: None,
                    reason: format!(
                        "the figure is printed as the wording \"{printed}\", which admits [{}, {}]; '{}' accepts [{}, {}]{}",
                        short_value(Some(lo)),
                        short_value(Some(hi)),
                        amount.wording,
                        short_value(Some(a)),
                        short_value(Some(b)),
                        if names_another {
                            ", and the value it states lies outside the printed wording's"
                        } else if verdict == Verdict::Inconsistent && (a == hi || b == lo) {
                            ", which only meet at an end"
                        } else {
                            ""
                        }
                    ),
                    ..judgement
                };
            }
        }
        // `Slightly more than one-third of the arrests` where the release
        // prints those words of the same share: a printed wording restated,
        // and true, reproduces it, as a change's does (`judge_change`).
        if judgement.verdict == Verdict::Consistent
            && let Some(st) = printed_wording(
                ds,
                &id,
                base.as_deref()
                    .or_else(|| ds.figure(&id).and_then(|x| x.base.as_deref())),
                false,
                &amount.wording,
            )
            && !st.sources.iter().all(|k| self.own_sources.contains(k))
        {
            restates_printed(&mut judgement, st);
        }
        Some(Candidate {
            id: f.id.clone(),
            figure: k,
            wave: self.wave_name(f.wave.as_deref()),
            waves: (f.wave.clone(), None),
            base,
            judgement,
            note: note.map(|n| n.to_string()),
        })
    }

    /// A change between two figures of one measure, judged.
    fn judge_change(&self, amount: &StatedAmount, a: usize, b: usize) -> Option<Candidate> {
        let c = self.catalogue;
        let (fa, fb) = (&c.figures()[a], &c.figures()[b]);
        let (i, _) = c.dataset(&fb.dataset)?;
        let ds = &c.datasets()[i];
        let (Some(from), Some(to)) = (ds.value(&fa.id), ds.value(&fb.id)) else {
            return self.judge_worded_change(amount, a, b);
        };
        // A change of a percentage is judged only in percentage points
        // (`a gain of 20 percentage points`, 73% to 93%): `rose by 20%`
        // may mean points or percent, and is left unjudged.
        let points =
            amount.unit == Scale::Difference && amount.wording.to_lowercase().contains("point");
        let unit = ds.unit(&fb.id)?;
        if !(unit.is_count() || (points && *unit == crate::data::Unit::Percent)) {
            return None;
        }
        // `a drop of about 11 percentage points`, `rose by 19.2 percentage
        // points`: a change in points of a count is the change of its share
        // of its base (508 of 2,577 to 615 of 7,010: 19.71% to 8.77%),
        // never of the count itself.
        if points && unit.is_count() {
            return self.judge_share_change(amount, a, b);
        }
        let ci = c
            .trends(i)
            .and_then(|t| t.get(&fa.id, &fb.id))
            .and_then(|t| {
                let t = t.change.count()?;
                let l = match amount.unit {
                    Scale::PercentChange => t.percent_change,
                    Scale::Ratio => t.ratio,
                    Scale::Difference => t.difference,
                    _ => return None,
                };
                Some((l.lower, l.upper))
            });
        let parsed = single_amount(&amount.wording, amount);
        let mut judgement = c
            .checker(ci)
            .judge(&parsed, &Evidence::Change { from, to })
            .ok()?;
        // A level printed only as a wording (`over 45%`, `about 30%`) is a
        // range, not a value: a change of it can fit, never equal.
        let worded: Vec<&str> = [&fa.id, &fb.id]
            .iter()
            .filter_map(|id| ds.figure(id).and_then(|x| x.wording.as_deref()))
            .collect();
        if judgement.verdict == Verdict::Reproduced && !worded.is_empty() {
            judgement.verdict = Verdict::Consistent;
            judgement.reason = format!(
                "{}; the levels are printed as wordings ({}), so the change fits them but cannot be said to equal them",
                judgement.reason,
                worded.join(", ")
            );
        }
        // `up about 80 per cent` where the source prints `up about 80%` for
        // the same two figures: a printed wording restated, and true,
        // reproduces it (a wrong printed one, `up >200%` for 158.5%, stays
        // wrong). Not in the source that prints it: a text never
        // reproduces itself.
        if judgement.verdict == Verdict::Consistent
            && let Some(st) = printed_wording(ds, &fb.id, Some(&fa.id), true, &amount.wording)
            && !st.sources.iter().all(|k| self.own_sources.contains(k))
        {
            restates_printed(&mut judgement, st);
        }
        Some(self.change_candidate(a, b, judgement))
    }

    /// A change in percentage points of two counts' shares of their bases
    /// (each figure's own base in its wave), when the data give both
    /// bases; no interval, as the trends layer gives none for shares.
    fn judge_share_change(&self, amount: &StatedAmount, a: usize, b: usize) -> Option<Candidate> {
        let c = self.catalogue;
        let (fa, fb) = (&c.figures()[a], &c.figures()[b]);
        let (i, _) = c.dataset(&fb.dataset)?;
        let ds = &c.datasets()[i];
        let share = |id: &str| {
            let part = ds.value(id)?;
            let base = ds.figure(id)?.base.clone()?;
            let whole = ds.value(&base)?;
            (whole > 0.0).then(|| 100.0 * part / whole)
        };
        let (from, to) = (share(&fa.id)?, share(&fb.id)?);
        let parsed = single_amount(&amount.wording, amount);
        let mut judgement = c
            .checker(None)
            .judge(&parsed, &Evidence::Change { from, to })
            .ok()?;
        judgement.reason = format!(
            "{}; the shares of their bases: {} to {}",
            judgement.reason,
            short_value(Some(from)),
            short_value(Some(to))
        );
        Some(self.change_candidate(a, b, judgement))
    }

    /// The candidate for the change from catalogue figure `a` to `b`.
    fn change_candidate(&self, a: usize, b: usize, judgement: Judgement) -> Candidate {
        let (fa, fb) = (&self.catalogue.figures()[a], &self.catalogue.figures()[b]);
        let (wa, wb) = (
            self.wave_name(fa.wave.as_deref()),
            self.wave_name(fb.wave.as_deref()),
        );
        Candidate {
            id: format!("{}->{}", fa.id, fb.id),
            figure: b,
            wave: Some(format!(
                "{} -> {}",
                wa.unwrap_or_default(),
                wb.unwrap_or_default()
            )),
            waves: (fa.wave.clone(), fb.wave.clone()),
            base: None,
            judgement,
            note: None,
        }
    }

    /// A change between two levels one of which is printed only as a
    /// wording (`two-thirds`, `about half`): the wordings' ranges bound
    /// the change, so a stated change that meets those bounds fits
    /// (`consistent`) and one that misses them is `inconsistent`; it is
    /// never `reproduced`. Differences only in percentage points, as in
    /// [`Self::judge_change`].
    fn judge_worded_change(&self, amount: &StatedAmount, a: usize, b: usize) -> Option<Candidate> {
        let c = self.catalogue;
        let (fa, fb) = (&c.figures()[a], &c.figures()[b]);
        let (i, _) = c.dataset(&fb.dataset)?;
        let ds = &c.datasets()[i];
        let range = |id: &str| -> Option<(f64, f64, String)> {
            // A printed wording (`about 80%`) is its range, its number or not.
            let worded = ds
                .figure(id)
                .and_then(|x| x.wording.as_deref())
                .and_then(|w| crate::claims::accepted_range(w).map(|r| (w, r)));
            match (worded, ds.value(id)) {
                (Some((w, (lo, hi))), _) => Some((
                    lo,
                    hi,
                    format!(
                        "\"{w}\" [{}, {}]",
                        short_value(Some(lo)),
                        short_value(Some(hi))
                    ),
                )),
                (None, Some(v)) => Some((v, v, short_value(Some(v)))),
                (None, None) => None,
            }
        };
        let ((lo_a, hi_a, wa), (lo_b, hi_b, wb)) = (range(&fa.id)?, range(&fb.id)?);
        let unit = ds.unit(&fb.id)?;
        let points =
            amount.unit == Scale::Difference && amount.wording.to_lowercase().contains("point");
        let (lo, hi) = match amount.unit {
            Scale::Difference if points && *unit == crate::data::Unit::Percent => {
                (lo_b - hi_a, hi_b - lo_a)
            }
            Scale::Difference if unit.is_count() => (lo_b - hi_a, hi_b - lo_a),
            Scale::Ratio if unit.is_count() && lo_a > 0.0 => (lo_b / hi_a, hi_b / lo_a),
            Scale::PercentChange if unit.is_count() && lo_a > 0.0 => {
                (100.0 * (lo_b / hi_a - 1.0), 100.0 * (hi_b / lo_a - 1.0))
            }
            _ => return None,
        };
        let [sa, sb] = amount.accepted.ends();
        let fits = sa <= hi && lo <= sb;
        let judgement = Judgement {
            verdict: if fits {
                Verdict::Consistent
            } else {
                Verdict::Inconsistent
            },
            computed: None,
            accepted: Some([sa, sb]),
            kind: ClaimKind::Change,
            unit: Some(amount.unit),
            crosses_boundary: None,
            pattern: None,
            reason: format!(
                "from {wa} to {wb} the change lies in [{}, {}], which '{}' ([{}, {}]) {}; a level printed as a wording is a range, so the change can fit but not equal it",
                short_value(Some(lo)),
                short_value(Some(hi)),
                amount.wording,
                short_value(Some(sa)),
                short_value(Some(sb)),
                if fits { "meets" } else { "misses" }
            ),
            wording: Some(amount.wording.clone()),
            amounts: Vec::new(),
        };
        Some(self.change_candidate(a, b, judgement))
    }

    /// The catalogue figures a phrase names.
    fn named(&self, hit: &PhraseHit) -> (Vec<usize>, Option<String>) {
        let mut out: Vec<usize> = Vec::new();
        let mut base = None;
        for &(d, a) in &hit.aliases {
            let alias = &self.catalogue.alias_tables()[d].aliases()[a];
            if alias.base.is_some() {
                base.clone_from(&alias.base);
            }
            for k in self.catalogue.named_by(d, &alias.figure) {
                if !out.contains(&k) {
                    out.push(k);
                }
            }
        }
        (out, base)
    }

    /// The one figure counted in the same unit of the sample as figure `id`
    /// (interviews, agencies, cases; not arrests) that a count equals at its
    /// printed precision, if exactly one does.
    fn equal_in_sample_unit(&self, amount: &StatedAmount, id: Option<&str>) -> Option<Candidate> {
        let c = self.catalogue;
        let unit = |f: &CatalogueFigure| {
            let (d, id) = c.evidence_source(f);
            match c.datasets()[d].unit(&id) {
                Some(crate::data::Unit::Count(noun)) => Some(noun.clone()),
                _ => None,
            }
        };
        let wanted = id.and_then(|id| c.figure(id)).and_then(unit)?;
        // Counts of the sample only: an estimate (arrests) equal to another
        // is no evidence of which it is.
        if !SAMPLE_UNITS.contains(&wanted.as_str())
            || amount.unit != Scale::Count
            || amount.kind != ClaimKind::Level
        {
            return None;
        }
        // (Of the wave a sentence of this one amount names, when it names
        // one: `1,051 interviews were completed in the first wave` is a
        // wrong count of the first wave's, not the second wave's 1,051.)
        let one_amount = self.parsed.amounts.len() == 1;
        let named: Vec<&str> = self
            .mentions
            .iter()
            .filter(|m| one_amount && !m.since)
            .map(|m| m.wave.as_str())
            .collect();
        let of_unit: Vec<usize> = c
            .figures()
            .iter()
            .enumerate()
            .filter(|(_, f)| unit(f).as_ref() == Some(&wanted))
            .filter(|(_, f)| {
                named.is_empty() || f.wave.as_deref().is_none_or(|w| named.contains(&w))
            })
            .map(|(k, _)| k)
            .collect();
        let mut one = self.the_one_reproduced(amount, of_unit)?;
        one.add_note(format!(
            "'{}' is the one count of {wanted} that '{}' equals",
            one.id, amount.wording
        ));
        Some(one)
    }

    /// The interview base of the category figure `id` counts, when a count
    /// of cases (not arrests) misses `id` and equals that base at its
    /// printed precision: `the 129 first-wave online-meeting cases` are the
    /// 129 interviews the online-meeting shares rest on, not 129 of the 508
    /// online-meeting arrests. The design model's assumptions say which
    /// base represents which category.
    fn interview_base_of(&self, amount: &StatedAmount, id: Option<&str>) -> Option<Candidate> {
        if amount.unit != Scale::Count || amount.kind != ClaimKind::Level {
            return None;
        }
        // (What it counts, in the few words after it: cases or interviews,
        // never arrests.)
        let words: Vec<String> = crate::claims::following_words(self.sentence, amount.span[1])
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(5)
            .map(str::to_lowercase)
            .collect();
        let counts = |w: &&String| matches!(w.as_str(), "cases" | "interviews");
        let noun = words.iter().position(|w| counts(&w))?;
        if words[..noun].iter().any(|w| w.starts_with("arrest")) {
            return None;
        }
        let c = self.catalogue;
        let (d, own) = c.evidence_source(c.figure(id?)?);
        let bases: Vec<usize> = c.datasets()[d]
            .assumptions()
            .iter()
            .filter(|a| a.represents.as_deref() == Some(own.as_str()))
            .filter_map(|a| c.position(a.figure.as_deref()?))
            .collect();
        let mut one = self.the_one_reproduced(amount, bases)?;
        one.add_note(format!(
            "'{}' counts cases, and equals the interviews that stand for {own}, not {own} itself",
            amount.wording
        ));
        Some(one)
    }

    /// The one figure of `positions` that `amount` reproduces, if exactly
    /// one does.
    fn the_one_reproduced(
        &self,
        amount: &StatedAmount,
        positions: Vec<usize>,
    ) -> Option<Candidate> {
        let fits: Vec<Candidate> = positions
            .into_iter()
            .filter_map(|k| self.judge_level(amount, k, None))
            .filter(Candidate::reproduced)
            .collect();
        let [one] = <[Candidate; 1]>::try_from(fits).ok()?;
        Some(one)
    }

    /// The derived sum that has figure `id` among its terms and that the
    /// count equals at its printed precision, if one does.
    fn sum_with_term(&self, amount: &StatedAmount, id: Option<&str>) -> Option<Candidate> {
        if amount.unit != Scale::Count || amount.kind != ClaimKind::Level {
            return None;
        }
        let id = id?;
        let c = self.catalogue;
        let (d, own) = c.evidence_source(c.figure(id)?);
        let ds = &c.datasets()[d];
        let sums: Vec<usize> = ds
            .derived()
            .iter()
            .filter(|s| s.terms.contains(&own))
            .filter_map(|s| c.position(&s.id))
            .collect();
        let mut one = self.the_one_reproduced(amount, sums)?;
        one.add_note(format!(
            "'{}' misses {id} but equals the sum it is a term of",
            amount.wording
        ));
        Some(one)
    }

    /// Whether the words of a phrase name its own figure and not figure
    /// `other`: words of the chosen figure's label that the other's label
    /// lacks (`eligible`, `sampled` for the 1,077 eligible and sampled
    /// cases against the 796 cases that met all criteria; `telephone
    /// interviews` tells the 612 kept from the 630 completed by no word).
    fn phrase_tells_apart(&self, hit: &PhraseHit, chosen: Option<&str>, other: usize) -> bool {
        let c = self.catalogue;
        let Some(own) = chosen.and_then(|id| c.figure(id)) else {
            return false;
        };
        let words = |s: &str| -> Vec<String> {
            s.to_lowercase()
                .split(|ch: char| !ch.is_alphanumeric())
                .filter(|w| w.len() > 3)
                .map(str::to_string)
                .collect()
        };
        let (own_label, other_label) = (words(&own.label), words(&c.figures()[other].label));
        words(&hit.phrase)
            .iter()
            .any(|w| own_label.contains(w) && !other_label.contains(w))
    }

    /// Whether two phrases name figures counted in one unit (arrests and
    /// arrests, not arrests and interviews), or either names no count.
    fn counts_alike(&self, a: &PhraseHit, b: &PhraseHit) -> bool {
        let units = |h: &PhraseHit| -> Vec<String> {
            self.named(h)
                .0
                .into_iter()
                .filter_map(|k| {
                    self.catalogue
                        .counted_unit(&self.catalogue.figures()[k])
                        .map(str::to_string)
                })
                .collect()
        };
        let (ua, ub) = (units(a), units(b));
        ua.is_empty() || ub.is_empty() || ua.iter().any(|u| ub.contains(u))
    }

    /// The candidates of a level or share statement.
    fn level_candidates(&self, amount: &StatedAmount, hit: &PhraseHit) -> Vec<Candidate> {
        let (figures, base) = self.named(hit);
        figures
            .into_iter()
            .filter_map(|k| self.judge_level(amount, k, base.as_deref()))
            .collect()
    }

    /// The candidates of a change statement: each pair of waves of each
    /// measure the phrase names, within the waves the sentence names.
    fn change_candidates(
        &self,
        amount: &StatedAmount,
        hit: &PhraseHit,
        waves: &AmountWaves,
    ) -> Vec<Candidate> {
        let c = self.catalogue;
        if waves.span_fits_no_pair.is_some() {
            return Vec::new();
        }
        let (figures, _) = self.named(hit);
        let mut measures: Vec<String> = Vec::new();
        for k in figures {
            if let Some(m) = &c.figures()[k].measure
                && !measures.contains(m)
            {
                measures.push(m.clone());
            }
        }
        self.changes_of_measures(amount, &measures, waves)
    }

    /// Each measure's change between each pair of its waves (earlier to
    /// later) within the waves a change names, judged.
    fn changes_of_measures<M: AsRef<str>>(
        &self,
        amount: &StatedAmount,
        measures: &[M],
        waves: &AmountWaves,
    ) -> Vec<Candidate> {
        let c = self.catalogue;
        let rank = |w: &Option<String>| c.wave_rank(w.as_deref());
        let mut out = Vec::new();
        for m in measures {
            let of = c.figures_of_measure(m.as_ref());
            for (x, fa) in of.iter().enumerate() {
                for fb in &of[x + 1..] {
                    if waves
                        .from
                        .as_ref()
                        .is_some_and(|w| fa.wave.as_ref() != Some(w))
                        || waves
                            .to
                            .as_ref()
                            .is_some_and(|w| fb.wave.as_ref() != Some(w))
                        || rank(&fa.wave) >= rank(&fb.wave)
                    {
                        continue;
                    }
                    let (Some(a), Some(b)) = (c.position(&fa.id), c.position(&fb.id)) else {
                        continue;
                    };
                    if let Some(cand) = self.judge_change(amount, a, b) {
                        out.push(cand);
                    }
                }
            }
        }
        out
    }

    /// A statement's finding; a count of something the data never count
    /// (`196 countries`, `14 topics`) gives one only when it equals a
    /// figure.
    fn judge_amount(
        &self,
        i: usize,
        change_hit: Option<&PhraseHit>,
        by_levels: Option<&LevelMeasure>,
        used: &mut Option<PhraseHit>,
    ) -> Option<Finding> {
        let amount = &self.parsed.amounts[i];
        if self.change_since_later_year(amount) {
            return None;
        }
        let f = self.judge_amount_words(i, change_hit, by_levels, used)?;
        // (`2417 (VALE) SQUADRON`, `text SKY to 70070`: a bare number that
        // no phrase ties to a figure is a name or a code.)
        if f.status == FindingStatus::Unmatched && self.bare_thousands(amount) {
            return None;
        }

        let f = self.elliptical_sibling(f, i);
        let f = self.elided_predicate(f, i);
        let f = self.count_more(f, amount);
        let f = self.denied(f, amount);
        let f = self.posed(f);
        let f = self.own_clause_fit(f, i);
        let f = self.crossed_level(f, i);
        let f = self.own_phrase_without_figure(f);
        let f = self.whole_of_another_wave(f, amount);
        let f = self.further_change(f, amount);
        let f = self.unstated_start(f, amount);
        let f = self.same_as_start(f, i);
        let f = self.share_of_its_subject(f, amount);
        let f = self.share_of_the_whole_before(f, i);
        let f = self.printed_share_of_another_base(f, amount);
        let f = self.printed_wording_of_another(f, amount);
        let f = self.passed_bound(f, amount);
        let f = self.context_of_arrests(f, amount);
        let f = self.sibling_predicate(f, amount);
        let f = if matches!(f.verdict, Verdict::Reproduced | Verdict::Consistent) {
            self.of_another_whole(f, amount)
        } else {
            let f = self.restated_in_brackets(f, amount);
            let f = self.count_of_share_in_brackets(f, i);
            self.impossible_of_stated_whole(f, amount)
        };
        let known = |w: &str| self.knows(w);
        // `196 countries` is foreign; `2,500 yearly arrests` is not.
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let second = self.tokens.get(after + 1).and_then(Spanned::word);
        // (`1,900 more homes`, a difference in digits alone, too; not `15
        // percentage points`.)
        // (And `won 14 of 17 grievance hearings`: a part of a whole of
        // something foreign.)
        let n_of_m = amount.kind == ClaimKind::Share
            && matches!(
                amount.wording.split_whitespace().collect::<Vec<_>>().as_slice(),
                [a, "of", b] if a.chars().all(|c| c.is_ascii_digit() || c == ',')
                    && b.chars().all(|c| c.is_ascii_digit() || c == ',')
            );
        let counted = amount.unit == Scale::Count
            || n_of_m
            || (amount.unit == Scale::Difference
                && !amount.wording.chars().any(char::is_alphabetic));
        // (`214 paying members`, `36 club officers`: the data know
        // `members` and `officers` only after a word of their own, `family
        // members`, `undercover officers`; after another word they are the
        // writer's.)
        let first_word = self.tokens.get(after).and_then(Spanned::word);
        let of_people = matches!(
            second,
            Some("members" | "officers" | "staff" | "volunteers")
        );
        // (A word of the prose after it, `29 drivers under 16`, says
        // nothing of what is counted.)
        let second_known = second.is_some_and(|w| {
            noun_word(w)
                && !matches!(
                    w,
                    "under"
                        | "over"
                        | "aged"
                        | "above"
                        | "below"
                        | "from"
                        | "with"
                        | "between"
                        | "across"
                        | "during"
                        | "per"
                        | "each"
                )
                && known(w)
        }) && (!of_people || first_word.is_some_and(known));
        let foreign = counted
            && (n_of_m || matches!(amount.kind, ClaimKind::Level | ClaimKind::Change))
            && self.counted_noun(amount).is_some_and(|w| !known(&w))
            && !second_known;
        // `made 512 contacts with young people, 64 of them new`: a part of
        // a count of something foreign is foreign too.
        // (Or set before it: `1,184 registered players, of whom 41 are
        // under 18`.)
        let start = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let word_at = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        let of_whom_before = start >= 2
            && word_at(start - 2) == Some("of")
            && matches!(word_at(start - 1), Some("whom" | "which" | "them"));
        let of_them = (self.tokens.get(after).and_then(Spanned::word) == Some("of")
            && matches!(second, Some("them" | "these" | "those" | "which" | "whom")))
            || of_whom_before;
        let part_of_foreign = counted
            && of_them
            // (Not one that names a noun the data count: `in three waves,
            // the latest of them about 8,100 arrests in 2009`.)
            && self.counted_noun(amount).is_none_or(|w| !known(&w))
            && i.checked_sub(1).is_some_and(|j| {
                let previous = &self.parsed.amounts[j];
                previous.unit == Scale::Count
                    && self.counted_noun(previous).is_some_and(|w| !known(&w))
            });
        // (And a share set in brackets after such a part: `41 of 44 staff
        // (93%) have completed ...`.)
        let before_bracket = self.sentence[..amount.span[0]].trim_end();
        let restates_foreign_part = amount.unit == Scale::Percent
            && before_bracket.ends_with('(')
            && matches!(
                before_bracket
                    .trim_end_matches('(')
                    .split_whitespace()
                    .rev()
                    .take(4)
                    .collect::<Vec<_>>()
                    .as_slice(),
                [noun, b, "of", a] if a.chars().all(|c| c.is_ascii_digit())
                    && b.chars().all(|c| c.is_ascii_digit())
                    && noun.chars().all(char::is_alphabetic)
                    && !known(&noun.to_lowercase())
            );
        // (Or a bare count after such counts, in a sentence that names
        // nothing of the study: `1,146 new birds and 212 retraps, with
        // Reed Warbler the top species at 318`.)
        let after_foreign = counted
            && amount.kind == ClaimKind::Level
            && amount.quantifier.is_none()
            && self.counted_noun(amount).is_none()
            && i.checked_sub(1).is_some_and(|j| {
                let previous = &self.parsed.amounts[j];
                previous.unit == Scale::Count
                    && self.counted_noun(previous).is_some_and(|w| !known(&w))
            })
            && phrases_in(
                self.catalogue,
                &self.tokens,
                0,
                self.tokens.len(),
                AliasReads::Level,
            )
            .is_empty();
        // (Or a side's score in a result: `Harbour City All-Stars 187,
        // Northgate Nightshades 142`.)
        let score = in_match_result(amount, &self.tokens, self.sentence, known);
        // (A count of a noun the data do not know that only equals a
        // figure, with no phrase naming it, is the writer's own: `the
        // helpline took 612 calls in the quarter` is no count of the 612
        // interviews.)
        // (A plural noun: not `7,009 because of rounding`, `2,577 then`.)
        let equal_only = foreign
            && f.alias.is_none()
            && self.counted_noun(amount).is_some_and(|w| {
                w.len() > 3
                    && w.ends_with('s')
                    && w.chars().all(char::is_alphabetic)
                    && !matches!(
                        w.as_str(),
                        "was" | "has" | "this" | "thus" | "less" | "plus"
                    )
            });
        let foreign = foreign || part_of_foreign || restates_foreign_part || after_foreign || score;
        (!foreign || (f.verdict == Verdict::Reproduced && !equal_only)).then_some(f)
    }

    /// `Arrests of offenders who met a young person online went from 508 to
    /// 615`: a change stated by its two levels (`from A to B`, two counts
    /// or two shares), each reproduced as its wave's figure of one
    /// measure, is that measure's change, and a finding of its own,
    /// reproduced by construction; also beside a change the sentence states
    /// in other words (`rose 21 percent, from 508 to 615`), unless a change
    /// finding already spans the two levels.
    fn change_by_its_levels(
        &self,
        by_levels: &[LevelMeasure],
        first: usize,
        out: &mut Vec<Finding>,
    ) {
        let c = self.catalogue;
        for lm in by_levels {
            let [(a, ka), (b, kb)] = lm.levels.as_slice() else {
                continue;
            };
            let (x, y) = (&self.parsed.amounts[*a], &self.parsed.amounts[*b]);
            // (Two counts or two shares: whether a change between shares is
            // in points or a ratio, both levels right make it right.)
            if x.role != AmountRole::From
                || y.role != AmountRole::To
                || x.span[1] > y.span[0]
                || x.unit != y.unit
                || !matches!(x.unit, Scale::Count | Scale::Percent)
            {
                continue;
            }
            let reproduced = |k: usize, span: [usize; 2]| {
                out[first..].iter().any(|f| {
                    f.span == self.in_text(span)
                        && f.verdict == Verdict::Reproduced
                        && f.figure.as_deref() == Some(c.figures()[k].id.as_str())
                })
            };
            let id = format!("{}->{}", c.figures()[*ka].id, c.figures()[*kb].id);
            // (Unless a change finding already spans the two levels.)
            // (A wrong one does not speak for them: `rose from 1,713 to
            // 3,672, or 214 per cent`, read as one change, is wrong in its
            // percentage, and the levels are a right change of their own.)
            let stated_here = |from: [usize; 2], to: [usize; 2]| {
                out[first..].iter().any(|f| {
                    f.kind == ClaimKind::Change
                        && f.verdict != Verdict::Inconsistent
                        && f.figure.as_deref() == Some(id.as_str())
                        && f.span[0] <= self.offset + from[0]
                        && f.span[1] >= self.offset + to[1]
                })
            };
            // (Also beside a change the sentence states in other words,
            // `quadrupled, from 644 to 3,100`, `went from 508 to 615, a rise
            // of roughly 21 per cent`: a reader takes `from A to B` as a
            // statement of the change of its own, right or wrong whatever
            // the words beside it say, and so does every second reading of
            // the held-out texts.)
            if stated_here(x.span, y.span) || !reproduced(*ka, x.span) || !reproduced(*kb, y.span) {
                continue;
            }
            let mut f = self.change_of_levels([x.span[0], y.span[1]], *ka, *kb);
            f.verdict = Verdict::Reproduced;
            f.reason = format!(
                "the change from {} to {} is stated by its two levels, each its wave's figure of one measure ({}, {}): it is that measure's change",
                x.wording,
                y.wording,
                c.figures()[*ka].id,
                c.figures()[*kb].id
            );
            out.push(f);
        }
    }

    /// `Of the 612 interviews, 24.95% were cases in which ...`, `24.9 per
    /// cent of the 612`: a bare percentage with decimals of a whole the
    /// sentence states as a count, that no whole count of that size gives
    /// (the GRIM test), is wrong whatever it is about; judged against the
    /// figure its phrase names (of the whole's wave, nearest first), when
    /// it fits none of them. A percentage that fits a figure is left as it
    /// is: the study's shares are weighted, and no GRIM test holds for them.
    fn impossible_of_stated_whole(&self, f: Finding, amount: &StatedAmount) -> Finding {
        if matches!(f.verdict, Verdict::Reproduced | Verdict::Consistent)
            || f.pattern.is_some()
            || amount.unit != Scale::Percent
            || amount.quantifier.is_some()
        {
            return f;
        }
        let Some(printed) = amount.printed.as_ref().filter(|p| p.decimals() >= 1) else {
            return f;
        };
        let Some(n) = self.stated_whole_count(amount) else {
            return f;
        };
        if crate::claims::grim_percent_possible(printed, n) {
            return f;
        }
        let c = self.catalogue;
        // The figures it may be about: the one it was judged against, or
        // the candidates named; of the whole's wave when the whole is a
        // figure's count.
        // (First the figures of the sentence's phrases whose sample is that
        // whole: `76.5 per cent of the 129 online-meeting interviews
        // involved offenders older than 25` is of the 129 interviews'
        // offenders older than 25, not of the online meetings' arrests.)
        let of_sample: Vec<String> = crate::study::statement::phrases_in(
            c,
            &self.tokens,
            0,
            self.tokens.len(),
            AliasReads::Share,
        )
        .iter()
        .flat_map(|h| {
            h.aliases
                .iter()
                .map(|&(d, a)| c.alias_tables()[d].aliases()[a].figure.clone())
        })
        .filter(|id| {
            c.position(id).is_some_and(|k| {
                let (d, local) = c.evidence_source(&c.figures()[k]);
                let ds = &c.datasets()[d];
                sample_count(ds, Self::base_of(ds, &local, None).as_deref()) == Some(n)
            })
        })
        .collect();
        let ids: Vec<String> = if of_sample.is_empty() {
            f.figure
                .iter()
                .cloned()
                .chain(f.candidates.iter().cloned())
                .collect()
        } else {
            of_sample
        };
        #[allow(clippy::cast_precision_loss)]
        let whole = n as f64;
        let whole_wave = self
            .count_figures(|x, v| x.wave.is_some() && v == whole)
            .next()
            .and_then(|k| c.figures()[k].wave.clone());
        let mut judged: Vec<Candidate> = ids
            .iter()
            .filter(|id| !id.contains("->"))
            .filter_map(|id| c.position(id))
            .filter(|&k| whole_wave.is_none() || c.figures()[k].wave == whole_wave)
            .filter_map(|k| self.judge_level(amount, k, None))
            .collect();
        if judged.is_empty()
            || judged
                .iter()
                .any(|x| x.judgement.verdict != Verdict::Inconsistent)
        {
            return f;
        }
        let stated = amount.stated.unwrap_or(f64::NAN);
        judged.sort_by(|a, b| a.distance(stated).total_cmp(&b.distance(stated)));
        let pattern = ErrorPattern::ImpossiblePercentage {
            printed: printed.value(),
            decimals: printed.decimals(),
            n,
        };
        let mut best = judged.swap_remove(0);
        // (The judge names the pattern itself when the figure's sample is
        // that whole.)
        let note = best.judgement.pattern.is_none().then(|| {
            let note = format!("the sentence states its whole as {n}: {pattern}");
            best.judgement.pattern = Some(pattern);
            note
        });
        let others = judged.iter().map(|x| x.id.clone()).collect();
        let mut base = self.finding(
            [f.span[0] - self.offset, f.span[1] - self.offset],
            f.kind,
            FindingStatus::Unmatched,
        );
        base.accepted = f.accepted;
        self.matched(base, &best, note, others)
    }

    /// The count a percentage is stated of: `24.9 per cent of the 612`
    /// right after it, or `Of the 612 interviews, 24.95% ...` opening its
    /// sentence.
    fn stated_whole_count(&self, amount: &StatedAmount) -> Option<u64> {
        let count = |k: usize| match self.tokens.get(k).map(|t| &t.token) {
            Some(crate::claims::Token::Number(x, raw))
                if !raw.contains('.') && x.value() >= 10.0 && x.value() <= 100_000.0 =>
            {
                Some(x.value() as u64)
            }
            _ => None,
        };
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        let k = self.tokens.partition_point(|t| t.start < amount.span[1]);
        if word(k) == Some("of") {
            let j = if word(k + 1) == Some("the") {
                k + 2
            } else {
                k + 1
            };
            if let Some(n) = count(j) {
                return Some(n);
            }
        }
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        if word(0) == Some("of") {
            let j = if word(1) == Some("the") { 2 } else { 1 };
            let comma = (j + 1..first).find(|&m| self.tokens[m].is_punct(','));
            if comma.is_some()
                && !(j + 1..first)
                    .any(|m| matches!(self.tokens[m].token, crate::claims::Token::Number(..)))
            {
                return count(j);
            }
        }
        None
    }

    /// Whether a change finding among `found` (the sentence's) already
    /// spans the levels at `from` and `to` (sentence spans).
    fn change_spans(&self, found: &[Finding], from: [usize; 2], to: [usize; 2]) -> bool {
        found.iter().any(|f| {
            f.kind == ClaimKind::Change
                && f.span[0] <= self.offset + from[0]
                && f.span[1] >= self.offset + to[1]
        })
    }

    /// The finding of a change stated by its two levels (`from A to B`),
    /// spanning both, matched to the change between figures `ka` and `kb`
    /// of one measure; its verdict and reason are the caller's.
    fn change_of_levels(&self, span: [usize; 2], ka: usize, kb: usize) -> Finding {
        let figures = self.catalogue.figures();
        let mut f = self.finding(span, ClaimKind::Change, FindingStatus::Matched);
        f.figure = Some(format!("{}->{}", figures[ka].id, figures[kb].id));
        f.dataset = Some(figures[kb].dataset.clone());
        f.wave = Some(format!(
            "{} -> {}",
            self.wave_name(figures[ka].wave.as_deref())
                .unwrap_or_default(),
            self.wave_name(figures[kb].wave.as_deref())
                .unwrap_or_default()
        ));
        f
    }

    /// `Offenders who were family members or acquaintances rose from 490 to
    /// 787`: a change stated by its two levels, one its wave's figure of a
    /// measure and the other judged wrong against the same measure's figure
    /// of a later wave, is that measure's change, and wrong: a finding of
    /// its own, as `change_by_its_levels` gives one when both are right
    /// (unless a change finding already spans the two levels).
    fn change_by_a_wrong_level(&self, first: usize, out: &mut Vec<Finding>) {
        let c = self.catalogue;
        let figures = c.figures();
        let amounts = &self.parsed.amounts;
        for i in 1..amounts.len() {
            let (x, y) = (&amounts[i - 1], &amounts[i]);
            if x.role != AmountRole::From
                || y.role != AmountRole::To
                || x.kind != y.kind
                || x.unit != y.unit
                || !matches!(x.unit, Scale::Count | Scale::Percent)
            {
                continue;
            }
            let at = |span: [usize; 2]| {
                out[first..].iter().find(|f| {
                    f.span == self.in_text(span)
                        && f.status == FindingStatus::Matched
                        && f.kind != ClaimKind::Change
                })
            };
            let (Some(fx), Some(fy)) = (at(x.span), at(y.span)) else {
                continue;
            };
            let figure = |f: &Finding| f.figure.as_deref().and_then(|id| c.position(id));
            let (Some(ka), Some(kb)) = (figure(fx), figure(fy)) else {
                continue;
            };
            let one_wrong = matches!(
                (fx.verdict, fy.verdict),
                (Verdict::Reproduced, Verdict::Inconsistent)
                    | (Verdict::Inconsistent, Verdict::Reproduced)
            );
            let (ra, rb) = (
                c.wave_rank(figures[ka].wave.as_deref()),
                c.wave_rank(figures[kb].wave.as_deref()),
            );
            if !one_wrong
                || figures[ka].measure.is_none()
                || figures[ka].measure != figures[kb].measure
                || ra >= rb
                || rb == usize::MAX
            {
                continue;
            }
            let spanned = self.change_spans(&out[first..], x.span, y.span);
            if spanned {
                continue;
            }
            let (wrong, right) = if fx.verdict == Verdict::Inconsistent {
                (fx, fy)
            } else {
                (fy, fx)
            };
            let missed = short_value(wrong.computed);
            let mut f = self.change_of_levels([x.span[0], y.span[1]], ka, kb);
            f.verdict = Verdict::Inconsistent;
            f.reason = format!(
                "the change from {} to {} is stated by its two levels of one measure: '{}' is {}, but '{}' misses {} ({}), so the change it states is not that measure's",
                x.wording,
                y.wording,
                right.wording,
                right.figure.as_deref().unwrap_or_default(),
                wrong.wording,
                wrong.figure.as_deref().unwrap_or_default(),
                missed
            );
            out.push(f);
        }
    }

    /// `In 2006, 13 per cent of online-solicitation arrests involved
    /// undercover investigators, and 87 per cent solicited actual youth`: a
    /// share matched to one share of a whole other than all arrests (the
    /// 87% undercover of the online solicitations), whose own predicate,
    /// right after it, names another share of the same whole in the same
    /// wave (`solicited actual youth`, the 13%), is that other share's.
    fn sibling_predicate(&self, f: Finding, amount: &StatedAmount) -> Finding {
        if f.status != FindingStatus::Matched || amount.unit != Scale::Percent {
            return f;
        }
        let c = self.catalogue;
        let Some(k) = f.figure.as_deref().and_then(|id| c.position(id)) else {
            return f;
        };
        let Some(base) = self.figure_base_id(k) else {
            return f;
        };
        // (Not the categories of all arrests: `online meeting: 615, about 9
        // per cent\nChild pornography only ...` runs on to the next line's
        // category, not a sibling share's predicate.)
        let of_all = c
            .figure(&base)
            .is_some_and(|x| x.measure.as_deref() == Some("total"))
            || base.ends_with(".total");
        if of_all {
            return f;
        }
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let hits = phrases_in(c, &self.tokens, after, self.tokens.len(), AliasReads::Share);
        let Some(h) = hits.iter().find(|h| h.token == after && !h.generic) else {
            return f;
        };
        let named = self.named(h).0;
        if named.contains(&k) {
            return f;
        }
        let siblings: Vec<usize> = named
            .into_iter()
            .filter(|&g| {
                c.figures()[g].wave == c.figures()[k].wave
                    && self.figure_base_id(g).as_deref() == Some(base.as_str())
            })
            .collect();
        let [g] = siblings.as_slice() else {
            return f;
        };
        let Some(cand) = self.judge_level(amount, *g, None) else {
            return f;
        };
        let note = format!(
            "its own predicate '{}' names {}, another share of the same whole ({base}) than {}",
            h.phrase,
            c.figures()[*g].id,
            c.figures()[k].id
        );
        let fresh = self.finding(amount.span, amount.kind, FindingStatus::Matched);
        self.matched(fresh, &cand, Some(note), Vec::new())
    }

    /// `Arrests for online meeting went from 490 to 877`: levels that
    /// equal another measure's figures than the one their sentence names
    /// (see [`Self::measure_named_instead`]) are judged against the
    /// measure named; wrong, and stated `from A to B`, they state that
    /// measure's change, wrong too: a finding of its own (unless a change
    /// finding already spans the two levels).
    fn change_of_measure_named(
        &self,
        by_levels: &[LevelMeasure],
        first: usize,
        out: &mut Vec<Finding>,
    ) {
        let c = self.catalogue;
        let figures = c.figures();
        for lm in by_levels {
            let Some(equal) = &lm.equal_of_another else {
                continue;
            };
            // (Each level judged wrong against another wave's figure of the
            // measure named, `490` against 2006's 615 in a paragraph on
            // 2006, is judged against the figure of the wave of the figure
            // it equals.)
            for &(i, k) in &lm.levels {
                let amount = &self.parsed.amounts[i];
                let span = self.in_text(amount.span);
                let Some(at) = out[first..].iter().position(|f| {
                    f.span == span
                        && f.verdict == Verdict::Inconsistent
                        && f.kind != ClaimKind::Change
                        && f.figure
                            .as_deref()
                            .and_then(|id| c.figure(id))
                            .is_some_and(|x| {
                                x.id != figures[k].id && x.measure == figures[k].measure
                            })
                }) else {
                    continue;
                };
                if let Some(cand) = self.judge_level(amount, k, None)
                    && cand.judgement.verdict == Verdict::Inconsistent
                {
                    let f = self.finding(amount.span, amount.kind, FindingStatus::Matched);
                    out[first + at] =
                        self.matched(f, &cand, Some(levels_of_another(equal)), Vec::new());
                }
            }
            let [(a, ka), (b, kb)] = lm.levels.as_slice() else {
                continue;
            };
            let (x, y) = (&self.parsed.amounts[*a], &self.parsed.amounts[*b]);
            let judged_wrong = |span: [usize; 2]| {
                out[first..]
                    .iter()
                    .any(|f| f.span == self.in_text(span) && f.verdict == Verdict::Inconsistent)
            };
            let spanned = self.change_spans(&out[first..], x.span, y.span);
            if x.role != AmountRole::From
                || y.role != AmountRole::To
                || x.span[1] > y.span[0]
                || spanned
                || !judged_wrong(x.span)
                || !judged_wrong(y.span)
            {
                continue;
            }
            let mut f = self.change_of_levels([x.span[0], y.span[1]], *ka, *kb);
            f.verdict = Verdict::Inconsistent;
            f.reason = format!(
                "the change from {} to {} is stated by its two levels, which are {equal}, not {} and {}: so the change it states is not that measure's",
                x.wording, y.wording, figures[*ka].id, figures[*kb].id
            );
            out.push(f);
        }
    }

    /// `by 2006 roughly one in twelve arrests in the study involved a youth
    /// met online`: a share whose whole is the study's arrests (or cases,
    /// or offenders) is no share of the context printed beside the study
    /// (US youth online), which a phrase of it may name; it is not judged
    /// against that figure.
    fn context_of_arrests(&self, f: Finding, amount: &StatedAmount) -> Finding {
        if !f.context || f.verdict != Verdict::Inconsistent || amount.unit != Scale::Percent {
            return f;
        }
        // (Not a context figure that is itself a share of arrests: `about 1%
        // of all arrests for sex crimes against minors`.)
        if f.figure
            .as_deref()
            .and_then(|id| self.catalogue.figure(id))
            .is_some_and(|x| x.label.to_lowercase().contains("arrest"))
        {
            return f;
        }
        let k = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let word = |j: usize| self.tokens.get(j).and_then(Spanned::word);
        // (`of the total` too: the study's total, in a sentence on its
        // arrests.)
        let of_arrests = (k..k + 3)
            .take_while(|&j| {
                matches!(
                    word(j),
                    Some("of" | "the" | "all" | "arrests" | "cases" | "offenders" | "total")
                )
            })
            .any(|j| matches!(word(j), Some("arrests" | "cases" | "offenders" | "total")));
        // (Or `their share of all arrests fell to under a tenth`: the share
        // named before it in its clause.)
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let clause_start = (0..first)
            .rev()
            .find(|&j| {
                self.tokens[j].is_punct(',')
                    || self.tokens[j].is_punct(';')
                    || self.tokens[j].is_punct(':')
            })
            .map_or(0, |j| j + 1);
        let share_of_arrests = (clause_start..first).any(|j| {
            word(j) == Some("share")
                && word(j + 1) == Some("of")
                && (j + 2..(j + 4).min(first))
                    .any(|m| matches!(word(m), Some("arrests" | "cases" | "offenders")))
        });
        // (Or `In 2006 arrests for meeting a youth online were only 8.8 per
        // cent`: arrests the subject of its clause, before it.)
        let arrests_before = (clause_start..first).any(|j| word(j) == Some("arrests"));
        if !of_arrests && !share_of_arrests && !arrests_before {
            return f;
        }
        let why = format!(
            "'{}' is a share of the study's arrests; {} is context printed beside the study, a share of something else: not judged against it",
            amount.wording,
            f.figure.as_deref().unwrap_or("the figure")
        );
        let mut u = matched_undone(f);
        u.reason = why;
        u
    }

    /// Whether the sentence names nothing of the study and something else:
    /// no phrase of the alias tables (generic ones included), no wave, no
    /// period and no word the data count (`offenders`, `victims`), but a
    /// noun of its own (`Membership stands at 187`; not a bare `Nearly
    /// 40%`, which is left to say it names nothing).
    fn names_nothing(&self) -> bool {
        // (Outside every amount's words: `nearly` is a hedge.)
        let in_amount = |t: &Spanned| {
            self.parsed
                .amounts
                .iter()
                .any(|a| (a.span[0]..a.span[1]).contains(&t.start))
        };
        let nouns: Vec<&str> = self
            .tokens
            .iter()
            .filter(|t| !in_amount(t))
            .filter_map(Spanned::word)
            .filter(|w| noun_word(w))
            .collect();
        // (Words of the study too common to tie a sentence to it alone:
        // `junior race for ages 11-17 (cap 150)`, `Hypothermia ... online
        // entry`.)
        // (`members` too, which the data know only in `family members`, a
        // phrase of the alias tables when it is meant.)
        // (And spans of time: `62% spent with five months of the year
        // remaining`, a budget's.)
        let weak = |w: &str| {
            matches!(
                w,
                "ages"
                    | "age"
                    | "aged"
                    | "online"
                    | "used"
                    | "people"
                    | "young"
                    | "members"
                    | "year"
                    | "years"
                    | "month"
                    | "months"
                    // (`The secretary reported that 31% of fittings ...`.)
                    | "reported"
                    // (`unclaimed umbrellas alone numbered 2,130`; `referred
                    // under the protocol adopted at the board meeting of 3
                    // June`: the study's `online meeting` and `images alone`
                    // are phrases of the alias tables, looked for below.)
                    | "alone"
                    | "meeting"
                    | "meetings"
            )
        };
        // (`Answer: about 12 per cent.`: the answer to the question before,
        // which says what it is of.)
        // (Or any answer to a question that asks of the study: `Q3. How
        // many arrests were there? About 2,600 in that first year.`)
        let answer = self.tokens.first().and_then(Spanned::word) == Some("answer")
            || (self.answers
                && self.previous.is_some()
                && self.parsed.amounts.iter().any(|a| a.stated.is_some()));
        self.mentions.is_empty()
            && self.parsed.period.is_none()
            && !answer
            && !nouns.is_empty()
            && nouns.iter().all(|w| weak(w) || !self.knows(w))
            && [AliasReads::Level, AliasReads::Share].iter().all(|&r| {
                phrases_in(self.catalogue, &self.tokens, 0, self.tokens.len(), r).is_empty()
            })
    }

    /// Whether a count of thousands is written bare (`2417`) in a text
    /// that writes its thousands with a separator, with no year in brackets
    /// after it (`2417 (2006)` in a table is dated): a name or a code.
    fn bare_thousands(&self, amount: &StatedAmount) -> bool {
        let dated = self
            .sentence
            .get(amount.span[1]..)
            .and_then(|r| r.trim_start().strip_prefix('('))
            .is_some_and(|r| r.len() >= 4 && r.as_bytes()[..4].iter().all(u8::is_ascii_digit));
        self.separates_thousands
            && amount.stated.is_some_and(|v| v >= 1000.0)
            && amount.wording.chars().all(|c| c.is_ascii_digit())
            && !dated
    }

    /// `the total almost tripled over six years and then grew by a further
    /// 16 per cent`: a change its words set after another (`a further`,
    /// `then`, `more by 2009`) that misses the interval it was given is of
    /// the next interval of the same measure, when it fits that one.
    fn further_change(&self, f: Finding, amount: &StatedAmount) -> Finding {
        if f.verdict != Verdict::Inconsistent || amount.kind != ClaimKind::Change {
            return f;
        }
        let before = crate::claims::preceding_words(self.sentence, amount.span[0]).to_lowercase();
        let after = crate::claims::following_words(self.sentence, amount.span[1]).to_lowercase();
        let words_before: Vec<&str> = before.split_whitespace().rev().take(4).collect();
        let further = amount.wording.to_lowercase().contains("further")
            || words_before
                .iter()
                .any(|w| matches!(*w, "further" | "then" | "again"))
            || after.trim_start().starts_with("more")
            || after.trim_start().starts_with("again");
        let c = self.catalogue;
        let Some((from, to)) = f.figure.as_deref().and_then(|id| id.split_once("->")) else {
            return f;
        };
        let (Some(to_figure), Some(measure)) =
            (c.figure(to), c.figure(from).and_then(|x| x.measure.clone()))
        else {
            return f;
        };
        if !further {
            return f;
        }
        let all = c.figures_of_measure(&measure);
        let Some(at) = all.iter().position(|x| x.id == to_figure.id) else {
            return f;
        };
        let Some(next) = all.get(at + 1) else {
            return f;
        };
        let (Some(a), Some(b)) = (c.position(&to_figure.id), c.position(&next.id)) else {
            return f;
        };
        match self.judge_change(amount, a, b) {
            Some(mut j)
                if matches!(
                    j.judgement.verdict,
                    Verdict::Reproduced | Verdict::Consistent
                ) =>
            {
                j.add_note(format!(
                    "'{}' follows another change ('further', 'then', 'more'), so it runs on from {}",
                    amount.wording, to_figure.id
                ));
                self.matched(f, &j, None, Vec::new())
            }
            _ => f,
        }
    }

    /// `3,100 of the 8,144 arrests in 2009`: a part of a whole stated as
    /// two counts, whose whole is all arrests of one wave, is of that wave;
    /// judged wrong against a figure of another wave (the 2006 count its
    /// part equals), it is left unjudged, since that wave's part may not be
    /// published.
    fn whole_of_another_wave(&self, f: Finding, amount: &StatedAmount) -> Finding {
        if f.verdict != Verdict::Inconsistent || amount.kind != ClaimKind::Share {
            return f;
        }
        let Some((_, whole, words)) = self.part_and_whole(amount) else {
            return f;
        };
        if !matches!(
            words.as_slice(),
            ["of"] | ["of", "the"] | ["out", "of"] | ["out", "of", "the"]
        ) {
            return f;
        }
        let c = self.catalogue;
        let totals: Vec<&CatalogueFigure> = c
            .figures_of_measure("total")
            .into_iter()
            .filter(|t| {
                let (d, id) = c.evidence_source(t);
                c.datasets()[d].value(&id) == Some(whole)
            })
            .collect();
        let [total] = totals.as_slice() else {
            return f;
        };
        let figure_wave = f
            .figure
            .as_deref()
            .and_then(|id| c.figure(id))
            .and_then(|x| x.wave.clone());
        if total.wave.is_none() || figure_wave.is_none() || figure_wave == total.wave {
            return f;
        }
        let why = format!(
            "is a part of {} ({}), all arrests of another wave than the figure's",
            amount.wording.split_once(" of").map_or("", |x| x.1).trim(),
            total.id
        );
        not_judged_against(&f, &amount.wording, &why)
    }

    /// `half of all online predators are never caught`: a share whose
    /// whole is the group the figure counts is a share of that group, not
    /// the group's share of arrests: left unjudged.
    fn share_of_its_subject(&self, f: Finding, amount: &StatedAmount) -> Finding {
        // (Of a whole after `of`, or a vague share right before its
        // figure's own phrase: `Most online-meeting victims in the first
        // wave were young teenagers`.)
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let of = self.tokens.get(after).and_then(Spanned::word) == Some("of");
        let rest = self
            .sentence
            .get(amount.span[1]..)
            .unwrap_or("")
            .trim_start()
            .to_lowercase()
            .replace('-', " ");
        // (Or past a generic noun and its preposition: `Most arrests for
        // online meeting in 2006 involved teenagers`.)
        let rest_of_group = ["arrests", "cases", "offenders"]
            .iter()
            .flat_map(|n| ["for", "of", "involving", "in"].map(move |p| format!("{n} {p} ")))
            .find_map(|lead| rest.strip_prefix(lead.as_str()).map(str::to_string));
        let direct = amount.stated.is_none()
            && f.alias.as_deref().is_some_and(|a| {
                let a = a.replace('-', " ");
                !a.contains('*')
                    && (rest.starts_with(&a)
                        || rest_of_group.as_deref().is_some_and(|r| r.starts_with(&a)))
            });
        if f.verdict != Verdict::Inconsistent || amount.unit != Scale::Percent || !(of || direct) {
            return f;
        }
        let Some(id) = f.figure.clone() else {
            return f;
        };
        if direct {
            let why = format!("is a share of the group {id} counts, not that group's share");
            return not_judged_against(&f, &amount.wording, &why);
        }
        let named = self.named_whole(amount);
        let own = self.names_group_of(&named, &id);
        // (Not when the whole named is the figure's own whole too: the
        // bare `agencies` names both the agencies with an arrest and the
        // responding ones they are a share of.)
        let base = self
            .catalogue
            .position(&id)
            .and_then(|k| self.figure_base_id(k))
            .or_else(|| f.base.clone());
        if own && !base.is_some_and(|b| self.base_among(&named, &b)) {
            let why = format!("is a share of the group {id} counts, not that group's share");
            return not_judged_against(&f, &amount.wording, &why);
        }
        f
    }

    /// Whether the wholes a share names (`named_whole`) include the group
    /// figure `id` counts: the figure, its measure, or another figure of
    /// that measure.
    fn names_group_of(&self, named: &[String], id: &str) -> bool {
        let measure = self.catalogue.figure(id).and_then(|x| x.measure.clone());
        named.iter().any(|n| {
            n == id
                || measure.as_deref() == Some(n.as_str())
                || self
                    .catalogue
                    .figure(n)
                    .is_some_and(|x| x.measure.is_some() && x.measure == measure)
        })
    }

    /// `made up about 44 per cent of online-meeting arrests in 2006, against
    /// a quarter in 2000`: a share with no whole of its own, in the next
    /// clause after a share of a group, is of that group too; judged wrong
    /// as the group's own share, it is left unjudged, as the first share is
    /// (`share_of_its_subject`).
    fn share_of_the_whole_before(&self, f: Finding, i: usize) -> Finding {
        let amounts = &self.parsed.amounts;
        let amount = &amounts[i];
        let token_at = |at: usize| self.tokens.partition_point(|t| t.start < at);
        let after = token_at(amount.span[1]);
        let own_whole = self.tokens.get(after).and_then(Spanned::word) == Some("of");
        let Some(prev) = i.checked_sub(1).map(|p| &amounts[p]) else {
            return f;
        };
        if f.verdict != Verdict::Inconsistent
            || amount.unit != Scale::Percent
            || prev.unit != Scale::Percent
            || own_whole
        {
            return f;
        }
        // (Only the next clause: a break between them, no verb of its own
        // before the share.)
        let between = &self.tokens[token_at(prev.span[1])..token_at(amount.span[0])];
        if !between.iter().any(clause_break) {
            return f;
        }
        let Some(id) = f.figure.clone() else {
            return f;
        };
        if !self.names_group_of(&self.named_whole(prev), &id) {
            return f;
        }
        let why = format!(
            "is, as the share before it, a share of the group {id} counts, not that group's share"
        );
        not_judged_against(&f, &amount.wording, &why)
    }

    /// `fell from 39 per cent of arrests to about 21 per cent`: the level a
    /// change runs to, judged wrong against the very figure its start
    /// reproduced, is of a later wave than the start (one the data may not
    /// hold): left unjudged.
    fn same_as_start(&self, f: Finding, i: usize) -> Finding {
        let amounts = &self.parsed.amounts;
        if f.verdict != Verdict::Inconsistent || amounts[i].role != AmountRole::To {
            return f;
        }
        let Some(k) = f
            .figure
            .as_deref()
            .and_then(|id| self.catalogue.position(id))
        else {
            return f;
        };
        // (The start: a level it runs from, or one stated before it in the
        // sentence, `490 in 2000, climbed to 877`; of its own unit: `went
        // from 935 to 2,417; as a share of all arrests they fell from 36 to
        // 24 per cent` runs from the 36, not the count 2,417.)
        let start = self
            .counts
            .borrow()
            .iter()
            .chain(self.shares.borrow().iter())
            .any(|&(j, x)| {
                x == k
                    && amounts.get(j).is_some_and(|a| {
                        (a.role == AmountRole::From || j < i) && a.unit == amounts[i].unit
                    })
            });
        if !start {
            return f;
        }
        // The same measure's later figure it reproduces, if one.
        let c = self.catalogue;
        let fig = &c.figures()[k];
        let later = fig.measure.as_ref().and_then(|m| {
            c.figures_of_measure(m)
                .into_iter()
                .filter(|x| x.wave > fig.wave)
                .filter_map(|x| c.position(&x.id))
                .filter_map(|x| self.judge_level(&amounts[i], x, None))
                .find(Candidate::reproduced)
        });
        if let Some(x) = later {
            let mut base = self.finding(amounts[i].span, amounts[i].kind, FindingStatus::Unmatched);
            base.accepted = f.accepted;
            let mut m = self.matched(base, &x, None, vec![fig.id.clone()]);
            m.reason = format!(
                "{}; it is where the change runs to from {}, so it is of a later wave",
                m.reason, fig.id
            );
            return m;
        }
        let why = "is where the change runs to, and the figure is the one its start reproduced: it is of a later wave";
        not_judged_against(&f, &amounts[i].wording, why)
    }

    /// `The count grew to 7,010 in 2006 and to 8,144 in 2009, so the number
    /// more than tripled in under a decade`: a change whose sentence states
    /// no start (no level it ran from, no `from`, `since`, `between` or
    /// `across`, no year it is measured from) may run from an earlier wave
    /// than the levels beside it; judged wrong against their pair, it is
    /// left unjudged where the same measure's change from an earlier wave
    /// to the same end fits.
    fn unstated_start(&self, f: Finding, amount: &StatedAmount) -> Finding {
        if f.verdict != Verdict::Inconsistent || amount.kind != ClaimKind::Change {
            return f;
        }
        let Some((from, to)) = f.figure.as_deref().and_then(|id| id.split_once("->")) else {
            return f;
        };
        // (`three times the 2006 level`: a year right after a multiple is
        // its start.)
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let starts = self
            .parsed
            .amounts
            .iter()
            .any(|a| a.role == AmountRole::From)
            || self
                .mentions
                .iter()
                .any(|m| m.since || (after..after + 3).contains(&m.token))
            || self
                .tokens
                .iter()
                .filter_map(Spanned::word)
                .any(|w| matches!(w, "from" | "since" | "between" | "across"));
        let c = self.catalogue;
        let (Some(a), Some(b)) = (c.position(from), c.position(to)) else {
            return f;
        };
        if starts {
            return f;
        }
        let (fa, fb) = (&c.figures()[a], &c.figures()[b]);
        let earlier = c.figures().iter().enumerate().find_map(|(k, x)| {
            (k != a
                && x.measure.is_some()
                && x.measure == fb.measure
                && x.wave.is_some()
                && x.wave < fa.wave)
                .then(|| self.judge_change(amount, k, b))
                .flatten()
                .filter(|j| j.judgement.verdict != Verdict::Inconsistent)
        });
        match earlier {
            Some(e) => {
                let why = format!(
                    "has no start stated in its sentence, and from an earlier wave it fits ({})",
                    e.id
                );
                not_judged_against(&f, &amount.wording, &why)
            }
            None => f,
        }
    }

    /// `a rise of just over 20 per cent, not a tripling`: an amount the
    /// sentence denies. The denial holds when the figure lies outside what
    /// the amount accepts (`consistent`: the writer says only what the
    /// figure is not); a denial of an amount the figure fits is left
    /// unjudged rather than called wrong on a reading of the negation's
    /// reach. (`not only tripled`, `not just`, `not merely` affirm.)
    fn denied(&self, mut f: Finding, amount: &StatedAmount) -> Finding {
        let before = crate::claims::preceding_words(self.sentence, amount.span[0]).to_lowercase();
        let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
        let first = amount
            .wording
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        let negated = match words.as_slice() {
            ["not", ..] | ["never", ..] => !matches!(first.as_str(), "only" | "just" | "merely"),
            ["from", "far", ..] | ["than", "rather", ..] | ["of", "instead", ..] => true,
            _ => false,
        };
        if f.status != FindingStatus::Matched {
            return f;
        }
        // `Most of those arrests did not involve a stranger met online`: a
        // share of what its clause's verb denies is the share of the rest,
        // which no figure is.
        if !negated && f.kind == ClaimKind::Share && self.denies_its_predicate(amount) {
            f.status = FindingStatus::Unmatched;
            f.verdict = Verdict::Unverifiable;
            f.pattern = None;
            f.candidates = f.figure.take().into_iter().collect();
            f.reason = format!(
                "'{}' is a share of what the sentence's verb denies, the rest of the figure's group, which no figure of the data is",
                amount.wording
            );
            return f;
        }
        if !negated {
            return f;
        }
        if f.verdict == Verdict::Inconsistent {
            f.verdict = Verdict::Consistent;
            f.pattern = None;
            f.reason = format!(
                "the sentence denies '{}', and the figure lies outside it, so the denial holds: {}",
                amount.wording, f.reason
            );
        } else {
            f.status = FindingStatus::Unmatched;
            f.verdict = Verdict::Unverifiable;
            f.candidates = f.figure.take().into_iter().collect();
            f.reason = format!(
                "the sentence denies '{}', which the figure fits ({}); how far the denial reaches is not judged",
                amount.wording, f.reason
            );
        }
        f
    }

    /// Whether the verb of the clause after a share denies what the share
    /// is of: `did not`, `were not`, `never` within the nine words after it
    /// (`Most of the arrests the study counted did not involve ...`).
    fn denies_its_predicate(&self, amount: &StatedAmount) -> bool {
        let rest = self.sentence.get(amount.span[1]..).unwrap_or("");
        let rest = without_reporting_aside(rest);
        let clause = rest.split([',', ';', '.', ':', '(']).next().unwrap_or("");
        // (Not a relative clause's: `were of offenders who had not
        // solicited victims`; nor another clause's past a conjunction:
        // `Most offenders (76%) were over 25 and many did not hide their
        // age`.)
        let words: Vec<String> = clause
            .split_whitespace()
            .take(9)
            .map(|w| w.to_lowercase().replace('\u{2019}', "'"))
            .take_while(|w| {
                !matches!(
                    w.as_str(),
                    "who"
                        | "whom"
                        | "that"
                        | "which"
                        | "whose"
                        | "and"
                        | "but"
                        | "while"
                        | "whereas"
                        | "yet"
                )
            })
            .collect();
        words.iter().enumerate().any(|(k, w)| {
            matches!(
                w.as_str(),
                "didn't"
                    | "weren't"
                    | "wasn't"
                    | "don't"
                    | "doesn't"
                    | "aren't"
                    | "isn't"
                    | "never"
            ) || (w == "not"
                && k > 0
                && matches!(
                    words[k - 1].as_str(),
                    "did" | "do" | "does" | "were" | "was" | "are" | "is" | "had" | "have" | "has"
                ))
        })
    }

    /// `Most online solicitations in 2006 were of undercover investigators
    /// posing as minors (87%)`: a word share (no number of its own) whose
    /// clause restates it as a bracketed percentage is what the bracket is;
    /// its own reading, which the bracket contradicts, is not judged wrong.
    fn restated_in_brackets(&self, f: Finding, amount: &StatedAmount) -> Finding {
        // (A share in words, `most` or `just over half`, not one in digits
        // nor a multiple.)
        let in_words = amount.stated.is_none()
            || (amount.unit == Scale::Percent
                && !amount.wording.chars().any(|c| c.is_ascii_digit()));
        if f.verdict != Verdict::Inconsistent || !in_words {
            return f;
        }
        let rest = self.sentence.get(amount.span[1]..).unwrap_or("");
        let clause = rest.split([';', '.']).next().unwrap_or("");
        // (The bracket right after it, not one after another amount: `more
        // than two-thirds of all arrests in 2000 and in just over half (52
        // per cent) in 2006` restates the half.)
        let between = |k: usize| {
            self.parsed
                .amounts
                .iter()
                .any(|a| a.span[0] >= amount.span[1] && a.span[0] < amount.span[1] + k)
        };
        let bracketed = clause.find('(').is_some_and(|k| {
            if between(k) {
                return false;
            }
            let inner = clause[k + 1..].split(')').next().unwrap_or("");
            // (`most (roughly 4 in 5)`: a share as N in M too.)
            let in_m = inner
                .split_whitespace()
                .collect::<Vec<_>>()
                .windows(3)
                .any(|w| {
                    w[1] == "in" && w[0].parse::<f64>().is_ok() && w[2].parse::<f64>().is_ok()
                });
            inner.chars().any(|c| c.is_ascii_digit()) && (says_percent(inner) || in_m)
        });
        if !bracketed {
            return f;
        }
        not_judged_against(
            &f,
            &amount.wording,
            "is restated by the percentage in brackets after it, which says what it is a share of",
        )
    }

    /// `2,574 agencies ... and 88 per cent of them answered`, `88 in 100
    /// sent it back`: a share whose own verb is a reply to the mail survey,
    /// in a sentence about agencies or the survey (or after one about
    /// agencies), is the response rate: agencies that responded of those
    /// sampled.
    fn response_share(&self, amount: &StatedAmount) -> Option<Candidate> {
        if amount.unit != Scale::Percent || amount.kind == ClaimKind::Change {
            return None;
        }
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        let mut k = self.tokens.partition_point(|t| t.start < amount.span[1]);
        // Past its whole: `of them`, `of those`, `of the agencies`.
        if word(k) == Some("of") {
            k += 1;
            while matches!(word(k), Some("the" | "them" | "those" | "these" | "all")) {
                k += 1;
            }
            // (Past the whole's count: `of the 2,574 agencies sampled`.)
            if self
                .tokens
                .get(k)
                .is_some_and(|t| matches!(t.token, crate::claims::Token::Number(..)))
            {
                k += 1;
            }
            if word(k).is_some_and(|w| matches!(w, "agencies" | "offices" | "departments")) {
                k += 1;
                // (And the sample's participle: `the agencies sampled
                // replied`.)
                if matches!(
                    word(k),
                    Some("sampled" | "surveyed" | "contacted" | "polled")
                ) {
                    k += 1;
                }
            }
        }
        let replied = match word(k) {
            Some("replied" | "responded" | "answered") => true,
            Some("returned" | "sent") => {
                matches!((word(k + 1), word(k + 2)), (Some("it" | "them" | "the"), _))
            }
            Some("came" | "wrote") => word(k + 1) == Some("back"),
            _ => false,
        };
        if !replied {
            return None;
        }
        // The response rate is the figure the alias tables give the share
        // phrase `responded` (the reply verbs above say the same).
        let c = self.catalogue;
        // Its whole (the agencies sampled, the alias's base) is what the
        // sentence, or the one before, must be about: agencies or their
        // survey.
        let (response, whole) = c.alias_tables().iter().find_map(|t| {
            t.aliases()
                .iter()
                .find(|a| a.reads == AliasReads::Share && a.phrase == "responded")
                .map(|a| (a.figure.clone(), a.base.clone()))
        })?;
        let lower = self.sentence.to_lowercase();
        let about_agencies = [
            "agenc",
            "survey",
            "questionnaire",
            "form",
            "offices",
            "departments",
        ]
        .iter()
        .any(|w| lower.contains(w))
            || self.previous.as_ref().is_some_and(|h| {
                h.aliases.iter().any(|&(d, a)| {
                    // (A phrase of a measure names its figures.)
                    let id = &c.alias_tables()[d].aliases()[a].figure;
                    let mut named = vec![id.clone()];
                    named.extend(c.figures_of_measure(id).iter().map(|f| f.id.clone()));
                    [Some(&response), whole.as_ref()]
                        .into_iter()
                        .flatten()
                        .any(|w| self.base_among(&named, w))
                })
            });
        if !about_agencies {
            return None;
        }
        let k = c.position(&response)?;
        let mut cand = self.judge_level(amount, k, None)?;
        cand.add_note(format!(
            "the share's own verb is a reply to the mail survey, so it is the response rate ({response})"
        ));
        Some(cand)
    }

    /// `the base charge rises by 3.5 per cent, the first change since
    /// 2023`: a change measured since a year more than
    /// `REPORTING_LAG_YEARS` after the catalogue's last wave is the
    /// writer's own, no change between the study's waves.
    fn change_since_later_year(&self, amount: &StatedAmount) -> bool {
        if amount.kind != ClaimKind::Change {
            return false;
        }
        let Some(last_wave) = self
            .catalogue
            .waves()
            .iter()
            .flat_map(|w| w.years.iter().copied())
            .max()
        else {
            return false;
        };
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let end = crate::study::statement::next_clause(&self.tokens, after)
            .unwrap_or(self.tokens.len())
            .min(after + 10);
        (after..end).any(|k| {
            self.tokens[k].word() == Some("since")
                && self
                    .tokens
                    .get(k + 1)
                    .and_then(year_token)
                    .is_some_and(|y| y > last_wave + REPORTING_LAG_YEARS)
        })
    }

    /// `True or false: most people arrested ... were strangers`: a statement
    /// put to the reader, which the text may answer either way, is judged
    /// only where it holds; one the figure contradicts is left unjudged.
    fn posed(&self, f: Finding) -> Finding {
        // (A question too: `By 2006, had the estimate doubled, tripled or
        // quadrupled?` asserts none of them.)
        // (Or a yes-or-no question, whose answer may deny it: `Were most
        // offenders strangers met online?`.)
        // (Past a label: `Q6.4 Were most ...`.)
        let yes_no = self
            .tokens
            .iter()
            .filter_map(Spanned::word)
            .find(|w| !matches!(*w, "q" | "question") && w.chars().count() > 1)
            .is_some_and(|w| {
                matches!(
                    w,
                    "were" | "was" | "did" | "do" | "does" | "is" | "are" | "has" | "have" | "had"
                )
            });
        // (Only of a vague word: a number put in a question, `Is it true
        // ... were about 55 per cent of all arrests?`, is a claim set out to
        // be checked.)
        let vague = vague_share_word(&f.wording);
        let question = self.sentence.trim_end().ends_with('?')
            && (yes_no && vague || self.among_alternatives(&f));
        // (And a puzzle's clue, with a blank to fill: `in most online-meeting
        // cases, twenty-___ (4)`.)
        let clue = self.sentence.contains("___");
        if f.verdict != Verdict::Inconsistent
            || !(question
                || clue
                || posed_statement(self.sentence)
                || self.in_quoted_question(&f)
                || self.in_reported_question(&f))
        {
            return f;
        }
        not_judged_against(
            &f,
            &f.wording,
            "is put to the reader to judge (a question, or true or false), and the sentence asserts it no more than a question does",
        )
    }

    /// Whether a finding lies inside a reported question (`J. asked
    /// whether arrests in 2006 for online meeting were 13 per cent of all
    /// arrests`): asked, not stated.
    fn in_reported_question(&self, f: &Finding) -> bool {
        let start = f.span[0] - self.offset;
        let before = self.sentence[..start].to_lowercase();
        let Some(at) = before.rfind(" whether ").or_else(|| before.rfind(" if ")) else {
            return false;
        };
        let asked = before[..at]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| {
                matches!(
                    w,
                    "asked" | "ask" | "asks" | "asking" | "wondered" | "queried" | "questioned"
                )
            });
        // (Unless the sentence answers it yes: `A member asked whether that
        // meant 87% of all arrests in 2006 were ...; the Secretary said
        // yes` asserts it.)
        let rest = self.sentence[f.span[1] - self.offset..].to_lowercase();
        let affirmed = [
            "said yes",
            "answered yes",
            "replied yes",
            "confirmed",
            "agreed",
        ]
        .iter()
        .any(|w| rest.contains(w));
        asked && !affirmed && !before[at..].contains([';', ':', '.'])
    }

    /// Whether a finding lies inside a quoted question (`- "Were most cases
    /// online strangers?" - No: ...`): asked, not stated.
    fn in_quoted_question(&self, f: &Finding) -> bool {
        let (start, end) = (f.span[0] - self.offset, f.span[1] - self.offset);
        let quote = |c: char| matches!(c, '"' | '\u{201C}' | '\u{201D}');
        let Some(open) = self.sentence[..start].rfind(quote) else {
            return false;
        };
        // (An opening quote: an even number of quotes before it.)
        if self.sentence[..open].matches(quote).count() % 2 != 0 {
            return false;
        }
        self.sentence[end..]
            .find(quote)
            .is_some_and(|close| self.sentence[end..end + close].trim_end().ends_with('?'))
    }

    /// `rose from 508 to 615, ... while their share of all arrests fell
    /// below a tenth`: a level crossed (a direction word, then `below`,
    /// `above`, `beneath` or `past`) after a change of its measure in its
    /// sentence is the level that change ran to, of the wave it ended at.
    fn crossed_level(&self, f: Finding, i: usize) -> Finding {
        let amount = &self.parsed.amounts[i];
        let c = self.catalogue;
        if amount.kind == ClaimKind::Change {
            return f;
        }
        let Some(chosen) = f.figure.as_deref().and_then(|id| c.figure(id)) else {
            return f;
        };
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        let crossing = |k: usize| word(k).is_some_and(|w| LEVEL_CROSSED.contains(&w));
        let direction = |k: Option<usize>| {
            k.and_then(word).is_some_and(|w| {
                QuantifierTable::shared_default()
                    .get(w)
                    .is_some_and(|q| q.is_direction_word())
            })
        };
        let crossed = (crossing(first) && direction(first.checked_sub(1)))
            || (first >= 1 && crossing(first - 1) && direction(first.checked_sub(2)));
        if !crossed || chosen.measure.is_none() {
            return f;
        }
        let before = self.changes_judged.borrow();
        let Some(end) = before
            .iter()
            .rev()
            .filter(|(j, _)| *j < i)
            .filter_map(|(_, id)| id.split_once("->").map(|(_, b)| b))
            .find(|b| c.figure(b).is_some_and(|x| x.measure == chosen.measure))
        else {
            return f;
        };
        if f.figure.as_deref() == Some(end) {
            return f;
        }
        let base = self.finding(amount.span, amount.kind, FindingStatus::Unmatched);
        match c
            .position(end)
            .and_then(|k| self.judge_level(amount, k, None))
        {
            Some(mut x) => {
                x.add_note(format!(
                    "a level crossed after the change to {end} in its sentence is that change's end"
                ));
                self.matched(base, &x, None, Vec::new())
            }
            None => base,
        }
    }

    /// `The study counts arrests for ... sex crimes against minors. Most of
    /// the rise came from police stings; one summary put 2009 stings at
    /// about 3,500`: a level judged wrong against a figure its own sentence
    /// does not name, where what the sentence does name (`stings`) has no
    /// figure of that wave, is left unjudged: it is about what its sentence
    /// names, which the study did not publish for that wave.
    fn own_phrase_without_figure(&self, f: Finding) -> Finding {
        let c = self.catalogue;
        if f.verdict != Verdict::Inconsistent || f.kind == ClaimKind::Change {
            return f;
        }
        let Some(fig) = f.figure.as_deref().and_then(|id| c.figure(id)) else {
            return f;
        };
        let (Some(measure), Some(wave)) = (fig.measure.as_deref(), fig.wave.as_deref()) else {
            return f;
        };
        let mut named: Vec<String> = Vec::new();
        for reads in [AliasReads::Level, AliasReads::Share] {
            for h in phrases_in(c, &self.tokens, 0, self.tokens.len(), reads) {
                for &(d, a) in &h.aliases {
                    if let Some(m) = c.measure_named_by(d, &c.alias_tables()[d].aliases()[a].figure)
                        && !named.contains(&m)
                    {
                        named.push(m);
                    }
                }
            }
        }
        // (Only where every measure it names lacks a figure of that wave,
        // and none is the figure's own or all arrests.)
        let dead_end = !named.is_empty()
            && named.iter().all(|m| {
                m != measure
                    && m != "total"
                    && c.figures_of_measure(m).iter().all(|x| {
                        // (A row of the wave with no value, `w2009`'s
                        // categories, is no figure of it.)
                        let (d, id) = c.evidence_source(x);
                        x.wave.as_deref() != Some(wave) || c.datasets()[d].value(&id).is_none()
                    })
            });
        if !dead_end {
            return f;
        }
        let why = format!(
            "stands in a sentence that names only {}, which the study did not publish for {wave}; {} is named outside it",
            named.join(", "),
            fig.id
        );
        let wording = self
            .sentence
            .get(f.span[0] - self.offset..f.span[1] - self.offset)
            .unwrap_or_default()
            .to_string();
        not_judged_against(&f, &wording, &why)
    }

    /// The wave a change's own words say it is measured on, right after it:
    /// `on the 2006 level`, `over 2006`, `since 2006`, `from 2000`.
    fn base_wave_after(&self, amount: &StatedAmount) -> Option<&str> {
        let rest = self.sentence.get(amount.span[1]..)?;
        let words: Vec<&str> = rest
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(4)
            .collect();
        let k = words
            .iter()
            .position(|w| matches!(*w, "on" | "over" | "since" | "from" | "against"))?;
        let year = match words.get(k + 1..) {
            Some(["the", y, ..] | [y, ..]) => y.parse::<i32>().ok()?,
            _ => return None,
        };
        self.catalogue.wave_of_year(year)
    }

    /// A change judged wrong against a measure its own clause does not name
    /// is judged again against what the clause itself states, and never
    /// wrong where that fits: the level it ran to (`barely moved: up 21 per
    /// cent, to 615`), the specific phrase of its clause (`and all arrests
    /// involving possession doubled`), the span it names (`rose by 1,134
    /// between 2006 and 2009`). A count whose subject is borrowed and that
    /// equals one figure exactly is that figure (`7,010 is about 2.7 times
    /// 2,577`).
    fn own_clause_fit(&self, f: Finding, i: usize) -> Finding {
        if f.verdict != Verdict::Inconsistent {
            return f;
        }
        let amount = &self.parsed.amounts[i];
        let c = self.catalogue;
        let waves = amount_waves(self.parsed, i, &self.tokens, &self.mentions, c);
        let base = || self.finding(amount.span, amount.kind, FindingStatus::Unmatched);
        if amount.kind == ClaimKind::Level && amount.unit == Scale::Count {
            let borrowed = f.alias.as_deref().is_some_and(|a| {
                a.split_whitespace()
                    .next()
                    .is_some_and(|w| !self.sentence.to_lowercase().contains(w))
            });
            // (Whatever wave the borrowed reading gave it; a figure of
            // another measure only: another wave's figure of the same
            // measure is a wrong wave. Three or more significant digits,
            // equal to one figure exactly.)
            let measure_of = |id: Option<&str>| {
                id.and_then(|id| c.figure(id))
                    .and_then(|x| x.measure.clone())
            };
            let chosen = measure_of(f.figure.as_deref());
            let precise = amount.quantifier.is_none()
                && amount
                    .printed
                    .as_ref()
                    .is_some_and(|p| p.decimals() == 0 && significant_digits(p) >= 3);
            if borrowed
                && precise
                && let Some(stated) = amount.stated
            {
                let mut equal = self.counts_equal_to(amount, stated, |fig| {
                    fig.measure.is_some() && fig.measure != chosen
                });
                // (One per measure: a wave-1 figure and its twin of the
                // other dataset are one.)
                let mut seen: Vec<Option<String>> = Vec::new();
                equal.retain(|x| {
                    let m = c.figures()[x.figure].measure.clone();
                    let new = !seen.contains(&m);
                    seen.push(m);
                    new
                });
                if let Ok([one]) = <[Candidate; 1]>::try_from(equal) {
                    return self.matched(base(), &one, None, Vec::new());
                }
            }
            return f;
        }
        if amount.kind != ClaimKind::Change || amount.role != AmountRole::Claim {
            return f;
        }
        let chosen = f
            .figure
            .as_deref()
            .and_then(|id| c.figure(id.rsplit("->").next().unwrap_or(id)))
            .and_then(|x| x.measure.clone());
        let fits = |x: &Candidate| x.judgement.verdict != Verdict::Inconsistent;
        // The level it ran to.
        if let Some(x) = self.change_to_level(amount, i, &waves, true)
            && fits(&x)
        {
            return self.matched(base(), &x, None, Vec::new());
        }
        // The pair of a change before it in the sentence, borne out (`a 172
        // per cent rise, which the author calls "nearly tripled"`); not in
        // a table's row, whose change before is another row's.
        let before: Vec<String> = if self.table_row_start(amount).is_some() {
            Vec::new()
        } else {
            self.changes.borrow().clone()
        };
        // (Not where its own words name the wave it is measured on, `8,144
        // in 2009, an increase of 172 per cent on the 2006 level`, and the
        // change before starts at another.)
        let own_base = self.base_wave_after(amount);
        for id in before.iter().rev() {
            let Some((a, b)) = id.split_once("->") else {
                continue;
            };
            if let Some(w) = own_base
                && c.figure(a).and_then(|x| x.wave.as_deref()) != Some(w)
            {
                continue;
            }
            if let (Some(a), Some(b)) = (c.position(a), c.position(b))
                && let Some(mut x) = self.judge_change(amount, a, b)
                && fits(&x)
            {
                x.add_note(format!(
                    "the sentence's change before it is {id}, which it restates"
                ));
                return self.matched(base(), &x, None, Vec::new());
            }
        }
        // The specific phrases of its own clause, of other measures.
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let start = self.clause_token(first);
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let end =
            crate::study::statement::next_clause(&self.tokens, after).unwrap_or(self.tokens.len());
        let mut found: Vec<Candidate> = Vec::new();
        // (Not a phrase that names the chosen measure too: `undercover
        // operations quintupled` is wrong of operations whatever it says of
        // solicitations.)
        let names_chosen = |h: &PhraseHit| {
            self.named(h)
                .0
                .iter()
                .any(|&k| c.figures()[k].measure == chosen)
        };
        // (Only when the chosen subject is not the clause's own.)
        let clause_hits = phrases_in(c, &self.tokens, start, end, AliasReads::Level);
        let own_subject = clause_hits
            .iter()
            .any(|h| f.alias.as_deref() == Some(h.phrase.as_str()));
        for h in clause_hits
            .iter()
            .filter(|h| !own_subject && !h.generic && !names_chosen(h))
        {
            for x in self.change_candidates(amount, h, &waves) {
                let m = c.figures()[x.figure].measure.clone();
                if fits(&x) && m != chosen && !found.iter().any(|y| y.id == x.id) {
                    found.push(x);
                }
            }
        }
        if let Ok([one]) = <[Candidate; 1]>::try_from(found) {
            return self.matched(base(), &one, None, Vec::new());
        }
        // (Before `whereas` and another measure's levels: `That category
        // nearly quintupled, whereas the total number of arrests rose from
        // 2,577 to 7,010`.)
        let rest = self
            .sentence
            .get(amount.span[1]..)
            .unwrap_or("")
            .to_lowercase();
        let named_here = clause_hits.iter().any(|h| !h.generic && h.token < first);
        if !named_here
            && let Some(w) = rest.find("whereas ")
            && self
                .parsed
                .amounts
                .iter()
                .any(|a| a.span[0] >= amount.span[1] + w && a.kind == ClaimKind::Level)
        {
            let why = format!(
                "'{}' comes before `whereas` and the levels of another clause; {} is not judged against them",
                f.wording,
                f.figure.as_deref().unwrap_or("-")
            );
            return unjudged(&f, why);
        }
        // The span it names, of the chosen measure.
        if let (Some(from), Some(to), Some(m)) = (&waves.from, &waves.to, &chosen) {
            let of = c.figures_of_measure(m);
            let at = |w: &String| {
                of.iter()
                    .find(|x| x.wave.as_ref() == Some(w))
                    .and_then(|x| c.position(&x.id))
            };
            if let (Some(a), Some(b)) = (at(from), at(to))
                && f.figure.as_deref()
                    != Some(format!("{}->{}", c.figures()[a].id, c.figures()[b].id).as_str())
                && let Some(x) = self.judge_change(amount, a, b)
                && fits(&x)
            {
                return self.matched(base(), &x, None, Vec::new());
            }
        }
        f
    }

    /// Whether a finding's words are one of a list of alternatives (`doubled,
    /// tripled or quadrupled`): a word of `or` or a comma right beside it.
    fn among_alternatives(&self, f: &Finding) -> bool {
        // (A finding's span is the document's; the tokens are the sentence's.)
        let [a, b] = f.span.map(|x| x.saturating_sub(self.offset));
        let first = self.tokens.partition_point(|t| t.start < a);
        let after = self.tokens.partition_point(|t| t.start < b);
        let or_or_comma = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.is_punct(',') || t.word() == Some("or"))
        };
        or_or_comma(after) || first.checked_sub(1).is_some_and(or_or_comma)
    }

    /// `about one in six of the responding agencies (383) reported an
    /// arrest`: a count in brackets right after a share and its whole
    /// counts the share's part, whatever phrase the sentence borrows; it is
    /// not judged wrong against another figure.
    fn count_of_share_in_brackets(&self, f: Finding, i: usize) -> Finding {
        let amounts = &self.parsed.amounts;
        let amount = &amounts[i];
        if f.verdict != Verdict::Inconsistent || amount.unit != Scale::Count || i == 0 {
            return f;
        }
        let share = &amounts[i - 1];
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let from = self.tokens.partition_point(|t| t.start < share.span[1]);
        let bracketed = first >= 1
            && self.tokens[first - 1].is_punct('(')
            && self.tokens.get(after).is_some_and(|t| t.is_punct(')'));
        // (The share's whole between: words only, a few of them.)
        let whole_between = bracketed
            && first > from
            && first - 1 - from <= 8
            && (from..first - 1).all(|k| self.tokens[k].word().is_some());
        if share.unit != Scale::Percent || !bracketed || !whole_between {
            return f;
        }
        not_judged_against(
            &f,
            &amount.wording,
            &format!(
                "in brackets after '{}' counts that share's part",
                share.wording
            ),
        )
    }

    /// `Family members or acquaintances outnumbered online meetings in 2006
    /// by 262 arrests`: the gap between two groups of one wave, which no
    /// figure measures (it is no change between waves); why, if so.
    fn gap_between_groups(&self, amount: &StatedAmount) -> Option<String> {
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        // (`by` right before it, or as its first word; the verb of
        // outnumbering earlier in its clause.)
        let by = word(first.checked_sub(1)?) == Some("by")
            || amount.wording.trim().to_lowercase().starts_with("by ");
        let outnumbered = (first.saturating_sub(12)..first)
            .rev()
            .take_while(|&k| !clause_break(&self.tokens[k]))
            .any(|k| {
                word(k).is_some_and(|w| {
                    matches!(
                        w,
                        "outnumbered" | "outnumber" | "outnumbers" | "outnumbering"
                    )
                })
            });
        // (Not one wave's arrests outnumbering another's, `Arrests in the
        // 2006 wave outnumbered those of the 2000 wave by nearly three to
        // one`: a change between waves.)
        let mut waves: Vec<&str> = self
            .mentions
            .iter()
            .filter(|m| m.token < first)
            .map(|m| m.wave.as_str())
            .collect();
        waves.sort_unstable();
        waves.dedup();
        (by && outnumbered && waves.len() < 2 && amount.unit != Scale::Percent).then(|| {
            format!(
                "'{}' is the gap between two groups, which no figure of {} measures",
                amount.wording,
                self.dataset_names()
            )
        })
    }

    /// `Most of the growth came from stings`: a share of a change, which no
    /// figure measures; why, if so.
    fn share_of_a_change(&self, amount: &StatedAmount) -> Option<String> {
        let after = crate::claims::following_words(self.sentence, amount.span[1]).to_lowercase();
        let after = after.trim_start();
        let of_change = [
            "growth", "increase", "rise", "decline", "drop", "gain", "jump",
        ]
        .iter()
        .any(|w| {
            after.starts_with(&format!("of the {w}")) || after.starts_with(&format!("of this {w}"))
        });
        // `The jump to 2006 was 4,343 arrests, and it was mostly police
        // going undercover`: a vague share said of `it`, in a sentence
        // about a change, is a share of that change.
        let before = crate::claims::preceding_words(self.sentence, amount.span[0]).to_lowercase();
        let words: Vec<&str> = before.split_whitespace().rev().take(2).collect();
        let of_it = matches!(words.as_slice(), ["was" | "is", "it" | "this" | "that"])
            && amount.stated.is_none()
            && before.split(|c: char| !c.is_alphanumeric()).any(|w| {
                matches!(
                    w,
                    "growth" | "increase" | "rise" | "jump" | "gain" | "decline" | "drop"
                )
            });
        // (Or `of it` after the change it names: `Asked whether the growth
        // came from strangers, she said nearly all of it came from
        // proactive police work`.)
        let names_change = before.split(|c: char| !c.is_alphanumeric()).any(|w| {
            matches!(
                w,
                "growth" | "increase" | "rise" | "jump" | "gain" | "decline" | "drop"
            )
        });
        let of_it = of_it
            || (amount.stated.is_none()
                && names_change
                && (after.starts_with("of it ") || after == "of it"));
        (amount.unit == Scale::Percent && (of_change || of_it)).then(|| {
            format!(
                "'{}' is a share of a change, which no figure of {} measures",
                amount.wording,
                self.dataset_names()
            )
        })
    }

    /// Whether the data count what `w` names (it, or its singular, is a
    /// word of the alias tables' vocabulary).
    fn knows(&self, w: &str) -> bool {
        let stem = w.strip_suffix('s').unwrap_or(w);
        self.vocabulary.contains(w) || self.vocabulary.contains(stem)
    }

    /// The head noun after an amount past `of`, articles and possessives,
    /// of up to two words (`Half the crew`, `half of the older heads`:
    /// `crew`, `heads`).
    fn noun_after_determiners(&self, amount: &StatedAmount) -> Option<String> {
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        // (The head of up to two words: `the older heads` is of heads.)
        let words: Vec<&str> = self.tokens[after.min(self.tokens.len())..]
            .iter()
            .map_while(Spanned::word)
            .skip_while(|w| {
                matches!(
                    *w,
                    "of" | "the" | "a" | "an" | "our" | "their" | "its" | "his" | "her" | "my"
                )
            })
            .take(2)
            .filter(|w| noun_word(w))
            .collect();
        let w = *words.last()?;
        Some(w.to_string())
    }

    /// The noun right after a count (`196 countries`), if a word follows.
    fn counted_noun(&self, amount: &StatedAmount) -> Option<String> {
        let mut after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        // (`1,900 more homes`: past a word of more or fewer.)
        if self
            .tokens
            .get(after)
            .and_then(Spanned::word)
            .is_some_and(|w| matches!(w, "more" | "fewer" | "additional" | "extra" | "new"))
        {
            after += 1;
        }
        // (`Nearly 1,000 first-wave arrests`: past the wave's name.)
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        if word(after).is_some_and(|w| matches!(w, "first" | "second" | "third" | "later"))
            && word(after + 1) == Some("wave")
        {
            after += 2;
        }
        let w = self.tokens.get(after)?.word()?;
        noun_word(w).then(|| w.to_string())
    }

    fn judge_amount_words(
        &self,
        i: usize,
        change_hit: Option<&PhraseHit>,
        by_levels: Option<&LevelMeasure>,
        used: &mut Option<PhraseHit>,
    ) -> Option<Finding> {
        let amounts = &self.parsed.amounts;
        let amount = &amounts[i];
        if not_an_amount(amount, &self.tokens, self.sentence) {
            return None;
        }
        let mut f = self.finding(amount.span, amount.kind, FindingStatus::Unmatched);
        f.accepted = Some(amount.accepted.ends());
        if let Some(why) = self.share_of_a_change(amount) {
            f.reason = why;
            return Some(f);
        }
        if let Some(why) = self.gap_between_groups(amount) {
            f.reason = why;
            return Some(f);
        }
        if let Some(why) = self.states_precision(amount) {
            f.reason = why;
            return Some(f);
        }
        if let Some(c) = self.response_share(amount) {
            return Some(self.matched(f, &c, None, Vec::new()));
        }
        if let Some(c) = self.percent_after_levels(amount, i, by_levels) {
            return Some(self.matched(f, &c, None, Vec::new()));
        }
        // `rose from 2,577 to 7,010 and then 8,144` read as one difference:
        // a difference whose words hold two other amounts is the levels'
        // statement, not a difference of its own.
        let inside = amounts
            .iter()
            .filter(|o| {
                o.span != amount.span && o.span[0] >= amount.span[0] && o.span[1] <= amount.span[1]
            })
            .count();
        // (`had grown to 3,100, or roughly 44% of all arrests`: a change's
        // words that hold the level it reached and end in a share of a
        // whole restate that level's share; they are no change.)
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        if amount.kind == ClaimKind::Change
            && matches!(amount.unit, Scale::Percent | Scale::PercentChange)
            && inside >= 1
            && self.tokens.get(after).and_then(Spanned::word) == Some("of")
        {
            f.reason = format!(
                "'{}' holds the level it reached and a share of its whole: it restates a share, not a change",
                amount.wording
            );
            return Some(f);
        }
        // (Nor one read across a comma into the share of a whole set off
        // after it: `a 259 per cent rise, about a third of every arrest in
        // 2006`.)
        if amount.kind == ClaimKind::Change
            && amount.wording.contains(',')
            && self.tokens.get(after).and_then(Spanned::word) == Some("of")
        {
            f.reason = format!(
                "'{}' runs a change into a share of a whole set off after it: neither is judged",
                amount.wording
            );
            return Some(f);
        }
        if amount.unit == Scale::Difference && inside >= 2 {
            f.reason = format!(
                "'{}' holds the levels it runs between: they are judged, not it",
                amount.wording
            );
            return Some(f);
        }
        let stop = next_stop(amounts, i, self.sentence.len(), self.sentence, &self.tokens);
        let back = i.checked_sub(1).map_or(0, |p| amounts[p].span[1]);
        let hits = self.amount_subjects(i, stop, back);
        let subject = self.subject_of(&hits, amount, change_hit);
        if self.writers_own(amount, subject.as_ref()) {
            return None;
        }
        if let Some(c) = self.printed_share_restated(amount, subject.as_ref()) {
            return Some(self.matched(f, &c, None, Vec::new()));
        }
        // `It is a reminder that most risk comes through ordinary-looking
        // contact`: a vague word of a noun the data do not count takes no
        // subject from another sentence, nor from another clause (`Online
        // predators were about 1% of all arrests: most harm comes from
        // people a young person already knows`).
        // (Not an adverb, which says how much of a subject named elsewhere
        // the predicate is: `were mostly adults`.)
        if let Some(h) = &subject
            && amount.stated.is_none()
            && amount.printed.is_none()
            && !amount.wording.trim().to_lowercase().ends_with("ly")
            && (!self.hit_in_sentence(h)
                || h.remote
                || h.token < self.clause_token(self.token_at(amount.span[0]))
                // (Or after it, past a clause that opens with a
                // conjunction: `most risk comes from people known to the
                // child, yet online-meeting arrests still grew`.)
                || (self.token_at(amount.span[1])..h.token).any(|k| {
                    crate::study::statement::clause_break(&self.tokens[k])
                        && self.tokens.get(k + 1).and_then(Spanned::word).is_some_and(|w| {
                            CONJUNCTIONS.contains(&w) || matches!(w, "yet" | "although" | "though")
                        })
                }))
            && self
                .noun_after_determiners(amount)
                .is_some_and(|w| !self.knows(&w))
        {
            return None;
        }
        let Some(hit) = subject else {
            let f = self.without_subject(f, i, by_levels);
            // `Almost all team communication now happens on phones`: a
            // vague word with no number, of nothing any phrase of the data
            // names, and no figure it fits, is no statement of the study's.
            // (A word the data count after it keeps it: `Mostly older
            // men`, a vague word of the offenders, is a finding.)
            // (Or a fraction in words: `Half the crew at the park is under
            // 15`.)
            let vague = (amount.stated.is_none() && amount.printed.is_none())
                || (amount.unit == Scale::Percent
                    && !amount.wording.chars().any(|c| c.is_ascii_digit()));
            let foreign_noun = self
                .noun_after_determiners(amount)
                .is_some_and(|w| !self.knows(&w));
            // (Nor an adverb, which says how much of a subject named
            // elsewhere the predicate is: `were mostly adults`.)
            let adverb = amount.wording.trim().to_lowercase().ends_with("ly");
            // (Nor in a sentence that names a wave: `More than a third of
            // first-wave arrests were for images alone`; a year of no wave,
            // `Since 2024 most procession notices ...`, is the writer's.)
            let dropped = vague
                && foreign_noun
                && !adverb
                && self
                    .mentions
                    .iter()
                    .all(|m| m.wave.starts_with(UNKNOWN_WAVE))
                && f.status == FindingStatus::Unmatched;
            return (!dropped).then_some(f);
        };
        // `The estimate went from 2,577 to 8,144, just over three times as
        // many`: a change whose subject is borrowed from a sentence before
        // is about the measure its own stated levels are figures of.
        // (Or of the level it reached: `so the estimate is 8,144, that's up
        // about 16 percent from 2006`.)
        if amount.kind == ClaimKind::Change
            && amount.role == AmountRole::Claim
            && !self.hit_in_sentence(&hit)
        {
            let stated = by_levels
                .and_then(|lm| self.by_levels(amount, i, lm))
                .or_else(|| {
                    let waves =
                        amount_waves(self.parsed, i, &self.tokens, &self.mentions, self.catalogue);
                    self.change_to_stated_level(amount, i, &waves)
                });
            if let Some(c) = stated
                && c.judgement.verdict != Verdict::Inconsistent
            {
                return Some(self.matched(f, &c, None, Vec::new()));
            }
        }
        f.alias = Some(hit.phrase.clone());
        // What the sentence was about, for the next: its specific phrase,
        // else its generic noun (`police made ... arrests`: the next
        // sentence's `the 2009 total` is of arrests, not of an older
        // phrase).
        if !hit.remote && used.as_ref().is_none_or(|u| u.generic && !hit.generic) {
            *used = Some(hit.clone());
        }
        let mut waves = amount_waves(self.parsed, i, &self.tokens, &self.mentions, self.catalogue);
        if let Some(w) = aligned_column_wave(self.sentence, amount.span, self.catalogue) {
            waves.attached = Some(w);
        }
        if let Some(w) = self.respective_wave(i) {
            waves.attached = Some(w);
        }
        // (`615 in 2000 and 615 in 2006, roughly one in five arrests at
        // first`: a share that says `at first` is of the earliest wave its
        // sentence names, not of the year set just before it.)
        if amount.unit == Scale::Percent
            && amount.kind != ClaimKind::Change
            && waves.sentence.len() >= 2
            && self.share_says_when(amount)
        {
            waves.attached = waves
                .sentence
                .iter()
                .min_by_key(|w| self.catalogue.wave_rank(Some(w)))
                .cloned();
        }
        // `... rose from 2,577 to 7,010 ... and reached 8,144 in 2009. Over
        // the same period solicitations of undercover investigators
        // tripled.`: a change of `the same period` runs over the span of
        // the sentence before, first wave to last.
        // (`between the two years`: the two waves the last sentence to name
        // two named, within three sentences, a table's columns above.)
        let same_period = self.tokens.windows(3).any(|w| {
            matches!(w[0].word(), Some("same" | "that" | "this"))
                && matches!(w[1].word(), Some("period" | "span" | "years"))
                || (w[0].word() == Some("the")
                    && w[1].word() == Some("same")
                    && matches!(w[2].word(), Some("period" | "span" | "years")))
        });
        // (Years only: `between the two waves` of a text of three waves
        // is read as it always was, the first two.)
        let the_two = self.tokens.windows(3).any(|w| {
            w[0].word() == Some("the") && w[1].word() == Some("two") && w[2].word() == Some("years")
        });
        // (Or a sentence that opens by pointing back at the one before:
        // `... went from 935 in 2000 to 2,417 in 2009. That means the
        // category rose by 58 per cent.`, over 2000 to 2009.)
        // (Or `That is 5,433 more arrests`, not `That is to say, in about
        // nine years ...`, whose span of years is its own.)
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        let own_span = self
            .tokens
            .iter()
            .any(|t| t.word().is_some_and(|w| matches!(w, "years" | "decade")));
        let points_back = matches!(word(0), Some("that" | "this"))
            && (matches!(word(1), Some("means" | "meant"))
                || (matches!(word(1), Some("is" | "was")) && word(2) != Some("to") && !own_span));
        let span = if same_period || points_back {
            self.previous_span.as_ref()
        } else if the_two {
            self.two_named.as_ref()
        } else {
            None
        };
        if amount.kind == ClaimKind::Change
            && waves.from.is_none()
            && waves.to.is_none()
            && waves.sentence.is_empty()
            && let Some((a, b)) = span
        {
            waves.from = Some(a.clone());
            waves.to = Some(b.clone());
        }
        // (`4. How did total arrests change from 2000 to 2006?` ... `4. They
        // more than quadrupled.`: an answer's change that names no wave is
        // over the waves its question asked of.)
        if amount.kind == ClaimKind::Change
            && waves.from.is_none()
            && waves.to.is_none()
            && waves.sentence.is_empty()
            && let Some((a, b)) = &self.answer_span
        {
            waves.from = Some(a.clone());
            waves.to = Some(b.clone());
        }
        // `2,417 ÷ 7,010 = 0.3448`: a term of the writer's own arithmetic
        // is judged only where it equals one figure; a subject borrowed
        // from the question before says nothing of which it is.
        if self.arithmetic_term(amount) {
            if let Some(c) = self.equal_count(amount, i, &waves, Some(&hit.phrase)) {
                return Some(self.matched(f, &c, None, Vec::new()));
            }
            f.reason = format!(
                "'{}' is a term of the writer's own arithmetic and equals no one figure: it is not judged against '{}'",
                amount.wording, hit.phrase
            );
            return Some(f);
        }
        let is_change = amount.kind == ClaimKind::Change && amount.role == AmountRole::Claim;
        // `the third 8,144, a further 1,134 arrests`: a rise set off right
        // after the level it reached is that level's measure's change from
        // the wave before, or nothing (never a change a generic noun picks).
        if is_change && self.further_after_level(amount) {
            // (From the wave right before the level, whatever start the
            // sentence names for its other numbers.)
            let mut from_before = waves.clone();
            from_before.from = None;
            if let Some(c) = self.change_to_stated_level(amount, i, &from_before) {
                return Some(self.matched(f, &c, None, Vec::new()));
            }
            // (Or of the measure the sentence's two stated levels are
            // figures of: `went from 644 in 2000 to 3,100 in 2006, an extra
            // 2,456 arrests`, where 3,100 alone is too round to name one.)
            if let Some(c) = by_levels.and_then(|lm| self.by_levels(amount, i, lm)) {
                return Some(self.matched(f, &c, None, Vec::new()));
            }
            f.reason = format!(
                "'{}' is a rise set off after a level, which equals no one figure: it is not judged against '{}'",
                amount.wording, hit.phrase
            );
            return Some(f);
        }
        // `Arrests reached 8,144 in 2009. That is 1,134 more than in 2006`:
        // a change from a named wave whose own sentence names no end ends
        // in the wave the paragraph was last about, when that is later.
        if is_change
            && waves.to.is_none()
            && let Some(p) = &self.paragraph_wave
        {
            let rank = |w: &str| self.catalogue.wave_rank(Some(w));
            let later = waves.from.as_ref().is_some_and(|f| rank(f) < rank(p));
            // (Not when the sentence names a later wave of its own: `Did
            // arrests keep rising after 2006? They reached 8,144 in 2009,
            // an increase of roughly 1,100 in three years, and more than
            // triple the 2000 figure` ends in 2009.)
            let own_end = waves
                .from
                .as_ref()
                .is_some_and(|f| waves.sentence.iter().any(|w| rank(w) > rank(f)));
            // (Nor when it states two levels of one measure, which date its
            // change: `Undercover solicitations: up from 644 to 3,100,
            // nearly five times the 2000 number`, after a line on 2006 to
            // 2009.)
            let own_levels = by_levels.is_some();
            if later && !own_end && !own_levels && !p.starts_with(UNKNOWN_WAVE) {
                waves.to = Some(p.clone());
            }
        }
        let candidates_of = |h: &PhraseHit| {
            if is_change {
                self.change_candidates(amount, h, &waves)
            } else {
                self.level_candidates(amount, h)
            }
        };
        let mut chosen = self.choose(f.clone(), amount, &hit, &waves, candidates_of(&hit));
        // `Among online-solicitation arrests in 2006, more than eight in ten
        // involved undercover investigators`: a share set after a whole
        // fronted by `Among` (a specific phrase, not all arrests) is of that
        // whole; judged wrong against another figure, it is left unjudged.
        if amount.unit == Scale::Percent
            && chosen.verdict == Verdict::Inconsistent
            && let Some(whole) = self.among_whole(amount)
            && whole.phrase != hit.phrase
            // (A share of all arrests, from the counts: not a printed share
            // of a sample, `Among the online-meeting cases, 76.4% of
            // offenders were older than 25`.)
            && chosen.figure.as_deref().and_then(|id| self.figure_unit(id)).is_some_and(
                |u| matches!(u, crate::data::Unit::Count(ref n) if n.eq_ignore_ascii_case("arrests")),
            )
        {
            // (Judged against that whole's own share when it fits one, of
            // the sentence's wave: `Among online-solicitation arrests in
            // 2006, 87 per cent involved undercover investigators`.)
            let c = self.catalogue;
            let named: Vec<usize> = self
                .named(&whole)
                .0
                .into_iter()
                .filter(|&k| {
                    waves.sentence.is_empty()
                        || c.figures()[k]
                            .wave
                            .as_ref()
                            .is_none_or(|w| waves.sentence.contains(w))
                })
                .collect();
            let fits: Vec<Candidate> = named
                .iter()
                .filter_map(|&k| self.judge_level(amount, k, None))
                .filter(|x| {
                    matches!(
                        x.judgement.verdict,
                        Verdict::Reproduced | Verdict::Consistent
                    )
                })
                .collect();
            if let Some(best) = fits
                .iter()
                .find(|x| x.reproduced())
                .or_else(|| fits.first())
            {
                return Some(self.matched(f, best, None, chosen.figure.into_iter().collect()));
            }
            let why = format!(
                "'{}' is a share of '{}', the whole its sentence opens with ('Among ...'), which {} is not of",
                amount.wording,
                whole.phrase,
                chosen.figure.as_deref().unwrap_or("the figure")
            );
            return Some(left_unjudged(&f, &chosen, false, why));
        }
        // `online-meeting arrests were 41 per cent of identified-victim
        // arrests`: a phrase right after a share's `of` is its whole, not
        // its part; a share judged wrong as that whole's own share is left
        // unjudged (615 / 1,492 = 41.2% is true).
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        // (A share judged wrong, with `of` after it, in its own clause,
        // whose figure the data do not hold as a percentage of that very
        // whole: `online predators accounted for about 10% of all arrests
        // for sex crimes against minors` is that printed share.)
        let wrong_share_of = amount.unit == Scale::Percent
            && chosen.verdict == Verdict::Inconsistent
            && self.tokens.get(after).and_then(Spanned::word) == Some("of")
            && !hit.remote
            && !chosen
                .figure
                .as_deref()
                .and_then(|id| self.figure_unit(id))
                .is_some_and(|u| u == crate::data::Unit::Percent);
        // (`508 of 998`: a share stated as two counts that are a figure
        // and a sum the data define with it as a term.)
        if amount.unit == Scale::Percent
            && chosen.verdict == Verdict::Inconsistent
            && let Some((p, w, words)) = self.part_and_whole(amount)
            && (words == ["of"] || words == ["of", "the"])
            && let Some(c) = self.counts_of_a_sum(amount, p, w)
        {
            return Some(self.matched(f, &c, None, chosen.figure.into_iter().collect()));
        }
        let first_tok = self.tokens.partition_point(|t| t.start < amount.span[0]);
        // (The part named before it in its clause, or by a pronoun that
        // refers back: `In 2006 they made up about 41 per cent of
        // identified-victim arrests`.)
        let named_part = hits
            .iter()
            .find(|h| !h.generic && !h.remote && h.token < first_tok)
            .cloned();
        let pronoun = (self.clause_token(first_tok)..first_tok)
            .any(|k| matches!(self.tokens[k].word(), Some("they" | "these" | "those")));
        if wrong_share_of
            && self.hit_in_sentence(&hit)
            && (after + 1..=after + 2).contains(&hit.token)
            // (Only with a part named before it in its clause; alone, the
            // phrase after `of` names the share: `93 per cent of state
            // prosecutions`.)
            && (named_part.is_some() || pronoun)
        {
            // (Judged as the part's share of that whole where the data
            // define the whole as a sum the part is a term of: 615 / 1,492
            // = 41.2%. A pronoun's part is the subject before, unless that
            // was the whole itself: then the one term of the sum the share
            // fits, if one does.)
            // (Its own sentence's last specific phrase before it first:
            // `rose from 490 to 877; in 2006 they were 12.5 per cent of
            // identified-victim arrests`.)
            let part = named_part
                .or_else(|| {
                    phrases_in(
                        self.catalogue,
                        &self.tokens,
                        0,
                        first_tok,
                        AliasReads::Level,
                    )
                    .into_iter()
                    .filter(|h| !h.generic && h.phrase != hit.phrase)
                    .max_by_key(|h| h.token)
                })
                .or_else(|| {
                    self.previous
                        .clone()
                        .filter(|p| !p.generic && p.phrase != hit.phrase)
                });
            if let Some(c) = self.share_of_named_sum(amount, part.as_ref(), &hit, &chosen) {
                return Some(self.matched(f, &c, None, chosen.figure.into_iter().collect()));
            }
            let why = format!(
                "'{}' is the whole '{}' is taken of, not its part: no figure here is that part's share of it",
                hit.phrase, amount.wording
            );
            return Some(left_unjudged(&f, &chosen, false, why));
        }
        // (Or a predicate after that whole that no phrase names: `most of
        // the 2006 arrests with an identified victim involved someone the
        // child already knew`: the share is of the identified-victim
        // arrests, and its part is unnamed.)
        let end = hit.end();
        if wrong_share_of
            && hit.token > after
            && hit.token <= after + 6
            && (after + 1..hit.token).all(|k| {
                self.tokens.get(k).is_some_and(|t| {
                    t.word().is_some() || matches!(t.token, crate::claims::Token::Number(..))
                })
            })
            && (end..end + 2).any(|k| {
                self.tokens
                    .get(k)
                    .and_then(Spanned::word)
                    .is_some_and(|w| matches!(w, "involved" | "involve" | "involves"))
            })
            && !hits.iter().any(|h| h.token >= end)
        {
            let why = format!(
                "'{}' is the whole '{}' is taken of, and what it says of them no phrase names: no figure here is that share",
                hit.phrase, amount.wording
            );
            return Some(left_unjudged(&f, &chosen, false, why));
        }
        if let Some(left) = self.other_subject(&f, &chosen, amount, &hit) {
            return Some(left);
        }
        // A phrase that names no change, in a sentence stating the level
        // the change reached (`By 2006 the number had more than doubled, to
        // 3,672`, after a sentence on possessors).
        if chosen.status == FindingStatus::Unmatched
            && chosen.candidates.is_empty()
            && let Some(c) = self.change_to_stated_level(amount, i, &waves)
        {
            return Some(self.matched(f, &c, None, Vec::new()));
        }
        // A subject borrowed from the sentence before that the amount
        // misses: a share set right after a count of this sentence is
        // that count's (`3,672 arrests in 2006, just over half`); `the
        // count` or `the total` may be of all arrests, not of the phrase
        // before (`By the second wave the count had almost tripled`).
        let borrowed = !hits
            .iter()
            .any(|h| h.phrase == hit.phrase && h.token == hit.token);
        // (And a share the sentence says restates the count before it:
        // `2,270 agencies ... returned the mail survey; 383 of them, or 17
        // per cent, reported an arrest`.)
        let restates_count = i.checked_sub(1).is_some_and(|j| {
            let previous = &self.parsed.amounts[j];
            previous.unit == Scale::Count
                && self
                    .sentence
                    .get(previous.span[1]..amount.span[0])
                    .is_some_and(|gap| gap.trim_end().ends_with(", or"))
        });
        if (borrowed || restates_count)
            && chosen.verdict == Verdict::Inconsistent
            && let Some(c) = self.share_after_count(amount, i, &waves)
        {
            return Some(self.matched(f, &c, None, chosen.figure.into_iter().collect()));
        }
        // (And a share set right after a count of a wave the sentence
        // names, which equals another wave's share: `In 2006 arrests of
        // offenders who met their victims online numbered 615, about one
        // in five of all arrests` is the 2006 share, 8.77%, not the 2000
        // one it equals.)
        // (Not a share that says when of its own, `615 in 2000 and 615 in
        // 2006, roughly one in five arrests at first`.)
        if chosen.verdict == Verdict::Reproduced
            && amount.unit == Scale::Percent
            && !self.share_says_when(amount)
            && let Some(c) = self.share_after_count(amount, i, &waves)
            && c.judgement.verdict == Verdict::Inconsistent
            && c.waves
                .0
                .as_ref()
                .is_some_and(|w| waves.sentence.contains(w))
            && let Some(other) = chosen
                .figure
                .as_deref()
                .and_then(|id| self.catalogue.figure(id))
            && other.wave.is_some()
            && other.wave != c.waves.0
            && other.measure == self.catalogue.figures()[c.figure].measure
        {
            let note = format!(
                "'{}' is the {} figure ({}), not the {} one",
                amount.wording,
                chosen.wave.clone().unwrap_or_default(),
                other.id,
                c.wave.clone().unwrap_or_default()
            );
            return Some(self.matched(f, &c, Some(note), vec![other.id.clone()]));
        }
        // (Nor a change set off after a level of its own sentence, which a
        // borrowed subject misses: `The estimate reached 7,010, roughly 2.7
        // times the first count`, after a paragraph on possession.)
        // (From the first wave when it says so: `the first count`, `the
        // starting level`; not when it names a year of its own.)
        let start_words: Vec<String> =
            crate::claims::following_words(self.sentence, amount.span[1])
                .split_whitespace()
                .take(3)
                .map(str::to_lowercase)
                .collect();
        let first_start = start_words.iter().any(|w| {
            matches!(
                w.as_str(),
                "first" | "starting" | "original" | "initial" | "earliest"
            )
        });
        let year_start = start_words
            .iter()
            .any(|w| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
        let mut start_waves = waves.clone();
        if first_start {
            start_waves.from = self.catalogue.waves().first().map(|w| w.id.clone());
        }
        if borrowed
            && is_change
            && !year_start
            && chosen.verdict == Verdict::Inconsistent
            && let Some(c) = self.change_to_stated_level(amount, i, &start_waves)
        {
            return Some(self.matched(f, &c, None, chosen.figure.into_iter().collect()));
        }
        // (Nor a change set off after a level of its sentence that the
        // phrase misses and one figure of another measure equals: `the
        // third found 8,144 in 2009, a rise of about 16 per cent on 2006`,
        // in a sentence whose phrase is the second wave's `1,051 case
        // interviews`, runs to 8,144 from the year it names.)
        if is_change
            && chosen.verdict == Verdict::Inconsistent
            && self.level_before_of_another(i, &hit)
            && let Some(c) = self.change_to_stated_level(amount, i, &waves)
        {
            return Some(self.matched(f, &c, None, chosen.figure.into_iter().collect()));
        }
        // (Nor a count of interviews a phrase of another count of them
        // misses, when it equals one: `612 interviews were completed` is
        // the final data set's 612, not the 630 completed; the stated
        // number decides.)
        let unit_of = |id: &str| self.figure_unit(id).map(|u| u.as_str().to_string());
        let chosen_unit = chosen.figure.as_deref().and_then(unit_of);
        if chosen.verdict == Verdict::Inconsistent
            && chosen_unit.as_deref().is_some_and(|u| {
                u == "interviews"
                        // (Agencies only with their share set off after them:
                        // `2,270 (88 per cent) replied`.)
                        || (u == "agencies"
                            && self
                                .sentence
                                .get(amount.span[1]..)
                                .is_some_and(|r| r.starts_with(" (")))
            })
            && let Some(c) = self.equal_count(amount, i, &waves, Some(&hit.phrase))
            && unit_of(&c.id) == chosen_unit
        {
            return Some(self.matched(f, &c, None, chosen.figure.into_iter().collect()));
        }
        // (Nor a precise count a borrowed subject misses that one figure
        // of the data equals: `By the second wave ... the estimate stood at
        // 7,010`, after a paragraph on undercover operations, is the total.)
        if borrowed
            && chosen.verdict == Verdict::Inconsistent
            && let Some(c) = self.equal_count(amount, i, &waves, Some(&hit.phrase))
        {
            return Some(self.matched(f, &c, None, chosen.figure.into_iter().collect()));
        }
        // `interviewed investigators in 129 of the first-wave
        // online-meeting cases`: a count of part of what the phrase after
        // it counts is not that count.
        if chosen.verdict == Verdict::Inconsistent
            && amount.unit == Scale::Count
            && self.part_of_phrase(amount, &hit)
        {
            let why = format!(
                "'{}' counts a part of '{}' (N of the ...), not the whole it names",
                amount.wording, hit.phrase
            );
            return Some(left_unjudged(&f, &chosen, false, why));
        }
        // `most offenders in the family or acquaintance group were known
        // to the young person offline`: a share of the people or cases
        // within what the phrase names is not that category's share.
        if chosen.verdict == Verdict::Inconsistent
            && amount.unit != Scale::Count
            && self.share_within_phrase(amount, &hit)
            // (Not when a phrase after it names what the share is of the
            // group: `three in four victims in online-meeting cases were
            // girls aged 13 to 15`.)
            && !hits.iter().any(|h| h.token > hit.token)
        {
            let why = format!(
                "'{}' is a share within '{}' (most offenders in the ... group), not its share of a whole",
                amount.wording, hit.phrase
            );
            return Some(left_unjudged(&f, &chosen, false, why));
        }
        // `about one in five arrests involved an identified young person,
        // either met online or known to the offender`: a phrase that is
        // one side of `either ... or` names a part of what is counted, not
        // all of it.
        if chosen.verdict == Verdict::Inconsistent && self.one_of_either_or(&hit) {
            let why = format!(
                "'{}' is one side of 'either ... or': '{}' counts both, not '{}' alone",
                hit.phrase, amount.wording, hit.phrase
            );
            return Some(left_unjudged(&f, &chosen, false, why));
        }
        // `Arrests involving possession went from 1,713 in 2000 to 3,672 in
        // 2006, more than doubling`: the levels the sentence states are one
        // measure's figures, so its change is theirs, over what a generic
        // noun (`arrests`) would make it.
        // (Over a specific phrase too, when the change misses the phrase's
        // figure and fits the change of the levels the sentence states:
        // `73% and 93%: US 12- to 17-year-olds online in 2000 and 2006, a
        // rise of 20 percentage points`, after a line on online predators.)
        if is_change
            && let Some(lm) = by_levels
            && let Some(c) = self.by_levels(amount, i, lm)
            && chosen.figure.as_deref() != Some(c.id.as_str())
            && (hit.generic
                || hit.remote
                || (chosen.verdict == Verdict::Inconsistent
                    && matches!(
                        c.judgement.verdict,
                        Verdict::Reproduced | Verdict::Consistent
                    )))
        {
            return Some(self.matched(f, &c, None, chosen.figure.into_iter().collect()));
        }
        // `These arrests grew nearly fivefold, starting from 644`: the
        // start level the sentence states names the measure, over a
        // subject carried from before or a generic noun, when what they
        // give is not borne out.
        if is_change
            && (hit.generic
                || hit.remote
                || !matches!(chosen.verdict, Verdict::Reproduced | Verdict::Consistent))
            && let Some(c) = self.start_level_change(amount, i)
            && chosen.figure.as_deref() != Some(c.id.as_str())
        {
            return Some(self.matched(f, &c, None, chosen.figure.into_iter().collect()));
        }
        // (Not when the sentence itself states a count of the figure's
        // measure, of its wave: `grown ... to 877, which was still only
        // about one in eight of the 2006 arrests`.)
        let counted_here = chosen.figure.as_deref().is_some_and(|id| {
            self.counts
                .borrow()
                .iter()
                .any(|&(_, k)| self.catalogue.figures()[k].id == id)
        });
        if is_change
            && let Some(c) = self.levels_decide(amount, i, &hit, &chosen, by_levels, &waves)
        {
            return Some(self.matched(f, &c, None, chosen.figure.into_iter().collect()));
        }
        if chosen.verdict == Verdict::Reproduced
            && !counted_here
            && self.equal_by_chance(amount, &hit)
        {
            // `Only 5% of cases involved violence. ... 5% of offenders
            // concealed the fact they were adults`: a number of one or two
            // digits equals a figure of the sentence before by chance, when
            // its own clause says what it counts.
            let why = format!(
                "'{}' equals {} of the sentence before, but its own clause names something else and a number of so few digits may equal it by chance",
                amount.wording,
                chosen.figure.as_deref().unwrap_or("-")
            );
            return Some(left_unjudged(&f, &chosen, true, why));
        }
        if chosen.verdict == Verdict::Reproduced {
            return Some(chosen);
        }
        // A phrase of the sentence outside the amount's clause ties it to a
        // figure it equals, or one its hedged number holds and lies near
        // (`Offenders who met their victims online were fewer in 2006:
        // under a tenth of all arrests`); never to one it would call wrong.
        if hit.remote && chosen.status == FindingStatus::Matched {
            match self.remote_tie(&f, chosen, i, &hit, &hits, &waves, is_change) {
                Ok(c) => chosen = c,
                Err(done) => return Some(*done),
            }
        }
        let f_unjudged = f.clone();
        let judged = self.other_readings(f, chosen, i, &hit, &hits, &waves, by_levels);
        if let Some(done) = self.second_look(i, &f_unjudged, &judged, &hit, &hits, &waves) {
            return Some(done);
        }
        if borrowed && judged.verdict == Verdict::Inconsistent && judged.pattern.is_none() {
            let chosen = &judged;
            let f = &f_unjudged;
            let names_total = self.names_the_total();
            // (Unless the subject borrowed is itself the total.)
            let of_total = chosen
                .figure
                .as_deref()
                .and_then(|id| self.catalogue.figure(id.rsplit("->").next().unwrap_or(id)))
                .is_some_and(|x| x.measure.as_deref() == Some("total"));
            // (The total of the same wave or waves, when it holds the
            // amount: `The number of arrests rose to about 7,000 in 2006
            // ..., so the total nearly tripled`, after a sentence on
            // offenders who met victims online; never a verdict against it.)
            // (Only when the amount's own clause names arrests, with no
            // phrase of its own: not `the count had almost tripled`, after a
            // sentence on child pornography alone.)
            let own_generic = hits.iter().any(|h| h.generic && !h.remote);
            if names_total
                && !of_total
                && own_generic
                && let Some(c) = self.total_that_fits(amount, Some(chosen), &waves)
            {
                return Some(self.matched(f.clone(), &c, None, Vec::new()));
            }
            // (Not when `the total` is the share's own whole: `Yet they were
            // about 25 per cent of the 2006 total` is a share of all
            // arrests, so its subject is still the one before.)
            if names_total && !of_total && !self.total_is_whole(amount) {
                let why = format!(
                    "'{}' misses {}, the sentence before's subject, and 'the count' or 'the total' may be of all arrests",
                    amount.wording,
                    chosen.figure.as_deref().unwrap_or("-")
                );
                return Some(left_unjudged(f, chosen, false, why));
            }
        }

        // Matched through another phrase of the sentence that its figure
        // equals: that phrase is what the sentence was about, for the next
        // (`Arrests from undercover operations, a broader category than
        // solicitations of undercover investigators, went from 826 to
        // 3,137. They rose ...`).
        if judged.verdict == Verdict::Reproduced
            && let Some(other) = hits.iter().find(|h| {
                !h.generic && Some(&h.phrase) == judged.alias.as_ref() && h.phrase != hit.phrase
            })
        {
            *used = Some(PhraseHit {
                remote: false,
                ..other.clone()
            });
        }
        Some(judged)
    }
    /// A second look at a judged finding, before the sentence-before checks:
    /// a figure of a wave the sentence does not name, a count of another
    /// unit, a change restated after `, or`, a share's predicate after its
    /// whole, and the far side of a comparison. The finding to give
    /// instead, if one of them applies.
    fn second_look(
        &self,
        i: usize,
        unjudged: &Finding,
        judged: &Finding,
        hit: &PhraseHit,
        hits: &[PhraseHit],
        waves: &AmountWaves,
    ) -> Option<Finding> {
        let amount = &self.parsed.amounts[i];
        if let Some(why) = self
            .unnamed_wave(judged, waves)
            .or_else(|| self.other_unit(amount, judged))
        {
            return Some(left_unjudged(unjudged, judged, false, why));
        }
        if let Some(x) = self.row_change(i)
            && judged.figure.as_deref() != Some(x.id.as_str())
        {
            return Some(self.matched(unjudged.clone(), &x, None, Vec::new()));
        }
        if judged.verdict != Verdict::Inconsistent {
            return None;
        }
        if let Some(x) = self
            .restated_change(i)
            .or_else(|| self.predicate_after_whole(i, hit, hits, judged))
            .or_else(|| self.set_off_change(i, judged, waves))
        {
            return Some(self.matched(unjudged.clone(), &x, None, Vec::new()));
        }
        if let Some(why) = self.denied_or_between_categories(amount) {
            return Some(left_unjudged(unjudged, judged, false, why));
        }
        if judged.pattern.is_none() && self.compared_against(i, hit) {
            let why = format!(
                "'{}' is what the count before it is compared against, which may be another figure than {}",
                amount.wording,
                judged.figure.as_deref().unwrap_or("-")
            );
            return Some(left_unjudged(unjudged, judged, false, why));
        }
        None
    }

    /// `on more than 1,000 in 2009, when arrests stood at about 8,100, more
    /// than three times the first-wave figure`: a change set off right
    /// after a level is that level's change, whatever a phrase earlier in
    /// the sentence names. Judged wrong against that phrase, it is the
    /// level's measure's change, if it fits.
    fn set_off_change(&self, i: usize, judged: &Finding, waves: &AmountWaves) -> Option<Candidate> {
        let amount = &self.parsed.amounts[i];
        let x = self.change_to_stated_level(amount, i, waves)?;
        (judged.figure.as_deref() != Some(x.id.as_str())
            && matches!(
                x.judgement.verdict,
                Verdict::Reproduced | Verdict::Consistent
            ))
        .then_some(x)
    }

    /// Why an amount judged wrong is left unjudged, if: a share whose
    /// predicate its clause denies (`most offenders in the identified-victim
    /// categories were not strangers met online`: a share of the rest, which
    /// no figure is), or the difference between two things named around
    /// `outnumbered` or `exceeded` (`family members and acquaintances
    /// outnumbered online meetings by some 262 arrests`: two categories of
    /// one wave, no change between waves).
    fn denied_or_between_categories(&self, amount: &StatedAmount) -> Option<String> {
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        let clause_end = (after..self.tokens.len())
            .find(|&k| clause_break(&self.tokens[k]) || self.tokens[k].is_punct('.'))
            .unwrap_or(self.tokens.len());
        let denied = amount.unit == Scale::Percent
            && (after..clause_end).any(|k| {
                word(k) == Some("not")
                    && k.checked_sub(1)
                        .and_then(word)
                        .is_some_and(|w| matches!(w, "were" | "was" | "are" | "is"))
            });
        if denied {
            return Some(format!(
                "'{}' is a share of what its clause denies, the rest of the figure's group, which no figure of the data is",
                amount.wording
            ));
        }
        let clause_start = (0..first)
            .rev()
            .find(|&k| clause_break(&self.tokens[k]) || self.tokens[k].is_punct('.'))
            .map_or(0, |k| k + 1);
        // (Not one whose other side is dated: `exceeds the 2000 total by
        // 1,134 arrests` is a change between waves.)
        let verb = (clause_start..first).find(|&k| {
            word(k).is_some_and(|w| w.starts_with("outnumber") || w.starts_with("exceed"))
        });
        let dated =
            verb.is_some_and(|v| self.mentions.iter().any(|m| m.token > v && m.token < first));
        let between = amount.kind == ClaimKind::Change
            && word(first.wrapping_sub(1)) == Some("by")
            && verb.is_some()
            && !dated;
        between.then(|| {
            format!(
                "'{}' is by how much one thing named in its clause passes another, which may be two categories of one wave, not a change between waves",
                amount.wording
            )
        })
    }

    /// Where the line of a table row that holds `amount` starts, when it
    /// stands in one (at least three pipes before it on its line:
    /// `| Child pornography only | 935 | 2,417 | up >200% |`).
    fn table_row_start(&self, amount: &StatedAmount) -> Option<usize> {
        let row_start = self.sentence[..amount.span[0]]
            .rfind('\n')
            .map_or(0, |n| n + 1);
        (self.sentence[row_start..amount.span[0]]
            .matches('|')
            .count()
            >= 3)
            .then_some(row_start)
    }

    /// `| Online-meeting arrests | 508 | 615 |` and under it `| Share of all
    /// arrests | about 51% | about 9% |`: a row of shares whose label names
    /// only the whole (all arrests, the total) is of the one measure the
    /// row above names, in the wave of its column: the candidate of that
    /// measure's figure of the wave, a share of all arrests.
    fn share_row_of_row_above(
        &self,
        amount: &StatedAmount,
        waves: &AmountWaves,
    ) -> Option<Candidate> {
        if amount.unit != Scale::Percent || amount.kind != ClaimKind::Share {
            return None;
        }
        let c = self.catalogue;
        // (A row of pipes: its first cell the label, the amount in a cell
        // after it.)
        let row_start = self.sentence[..amount.span[0]]
            .rfind('\n')
            .map_or(0, |n| n + 1);
        let before = &self.sentence[row_start..amount.span[0]];
        if !before.trim_start().starts_with('|') || before.matches('|').count() < 2 {
            return None;
        }
        let label_of = |start: usize| -> Option<(usize, usize)> {
            let open = start + self.sentence[start..].find('|')? + 1;
            let close = open + self.sentence[open..].find('|')?;
            Some((open, close))
        };
        let (open, close) = label_of(row_start)?;
        let label = self.sentence[open..close].to_lowercase();
        let of_all = ["share", "%", "per cent", "percent"]
            .iter()
            .any(|w| label.contains(w))
            && ["all arrests", "total"].iter().any(|w| label.contains(w));
        if !of_all {
            return None;
        }
        // The row above, a row of the table too.
        let above_end = row_start.checked_sub(1)?;
        let above_start = self.sentence[..above_end].rfind('\n').map_or(0, |n| n + 1);
        if self.sentence[above_start..above_end].matches('|').count() < 3 {
            return None;
        }
        let (open, close) = label_of(above_start)?;
        let mut measures: Vec<String> = Vec::new();
        for h in phrases_in(
            c,
            &self.tokens,
            self.token_at(open),
            self.token_at(close),
            AliasReads::Level,
        ) {
            for &(d, a) in &h.aliases {
                if let Some(m) = c.measure_named_by(d, &c.alias_tables()[d].aliases()[a].figure)
                    && !measures.contains(&m)
                {
                    measures.push(m);
                }
            }
        }
        let [measure] = measures.as_slice() else {
            return None;
        };
        let wave = waves.attached.as_deref()?;
        let of_total = |k: usize| {
            self.figure_base_id(k)
                .and_then(|b| c.figure(&b))
                .is_some_and(|b| b.measure.as_deref() == Some("total"))
        };
        let mut shares: Vec<Candidate> = (0..c.figures().len())
            .filter(|&k| {
                let x = &c.figures()[k];
                x.measure.as_deref() == Some(measure.as_str())
                    && x.wave.as_deref() == Some(wave)
                    && of_total(k)
            })
            .filter_map(|k| self.judge_level(amount, k, None))
            .collect();
        self.one_per_figure(&mut shares);
        let [mut one] = <[Candidate; 1]>::try_from(shares).ok()?;
        one.add_note(format!(
            "the row's label names only the whole, and the row above names {measure}: '{}' is read as its share of all arrests in {wave}",
            amount.wording
        ));
        Some(one)
    }

    /// `| Identified-victim arrests (total) | 998 | 1,492 | +49% |`: a change
    /// in a table's row whose two counts before it are one measure's
    /// figures of two waves is that measure's change between them, over
    /// whatever a word of the row's label names.
    fn row_change(&self, i: usize) -> Option<Candidate> {
        let amounts = &self.parsed.amounts;
        let amount = &amounts[i];
        if amount.kind != ClaimKind::Change || amount.role != AmountRole::Claim {
            return None;
        }
        let row_start = self.table_row_start(amount)?;
        let level =
            |j: usize| amounts[j].unit == Scale::Count && amounts[j].kind == ClaimKind::Level;
        let mut levels: Vec<usize> = (0..i)
            .filter(|&j| amounts[j].span[0] >= row_start && level(j))
            .collect();
        // (Or a table whose rows are waves: `| 2006 | 7,010 | up 172% |`
        // under `| 2000 | 2,577 | - |` runs from the row above's count to
        // this row's.)
        if let [own] = levels.as_slice()
            && let Some(above) = own.checked_sub(1).filter(|&j| level(j))
            && self
                .sentence
                .get(amounts[above].span[1]..amounts[*own].span[0])
                .is_some_and(|gap| gap.contains('\n') && gap.contains('|'))
        {
            levels.insert(0, above);
        }
        let [_, _] = levels.as_slice() else {
            return None;
        };
        let lm = self.level_measure(&levels)?;
        let x = self.judge_change(amount, lm.from, lm.to)?;
        let c = self.catalogue;
        x.id.split_once("->")
            .is_some_and(|(a, b)| a == c.figures()[lm.from].id && b == c.figures()[lm.to].id)
            .then_some(x)
    }

    /// `One in 6 investigations of possession turned up an offender who had
    /// molested children in 2000, and close to 10% in 2009`: a finding
    /// judged wrong against a figure of a wave the sentence does not name,
    /// when it names others and no year is the amount's own, may be about
    /// one of those waves, for which the data hold no such figure: why it
    /// is left unjudged.
    fn unnamed_wave(&self, judged: &Finding, waves: &AmountWaves) -> Option<String> {
        if judged.verdict != Verdict::Inconsistent
            || judged.pattern.is_some()
            || waves.attached.is_some()
            || waves.sentence.is_empty()
        {
            return None;
        }
        let id = judged.figure.as_deref().filter(|id| !id.contains("->"))?;
        let c = self.catalogue;
        let fig = c.figure(id)?;
        let wave = fig.wave.as_deref()?;
        // (Only a measure the data hold in none of the waves named: a
        // figure of a named wave would be the one judged.)
        let in_named = c
            .figures_of_measure(fig.measure.as_deref()?)
            .iter()
            .any(|x| x.wave.as_ref().is_some_and(|w| waves.sentence.contains(w)));
        (!waves.sentence.iter().any(|s| s == wave) && !in_named).then(|| {
            format!(
                "{id} is of a wave the sentence does not name ({wave}), and the data hold its measure in none of those it names ({})",
                waves.sentence.join(", ")
            )
        })
    }

    /// `It then rose to 8,144 in 2009, an increase of 1,234 on 2006, or 16
    /// per cent`: a change right after `, or` restates the change before
    /// it, whose pair is its own, right or wrong; judged there, when it
    /// fits.
    fn restated_change(&self, i: usize) -> Option<Candidate> {
        let amount = &self.parsed.amounts[i];
        if amount.kind != ClaimKind::Change || amount.role != AmountRole::Claim {
            return None;
        }
        let j = i.checked_sub(1)?;
        let gap = self
            .sentence
            .get(self.parsed.amounts[j].span[1]..amount.span[0])?;
        // (Past the year it is measured from: `1,234 on 2006, or`.)
        if !(gap.trim_end().ends_with(", or") && gap.len() <= 24 && !gap.contains([';', '('])) {
            return None;
        }
        let id = self
            .changes_judged
            .borrow()
            .iter()
            .find(|(k, _)| *k == j)
            .map(|(_, id)| id.clone())?;
        let (a, b) = id.split_once("->")?;
        let c = self.catalogue;
        let mut x = self.judge_change(amount, c.position(a)?, c.position(b)?)?;
        if x.judgement.verdict == Verdict::Inconsistent {
            return None;
        }
        x.add_note(format!(
            "it restates the change before it, of {id}, after ', or'"
        ));
        Some(x)
    }

    /// `one in six investigations of possession found offenders who had
    /// also molested children`: the phrase right after a share of the form
    /// X in Y is its whole (as `arrests` is in `one in five arrests`), and
    /// a specific phrase after it in the clause says what the share is.
    /// Judged wrong against the whole's figure, the share is the one
    /// figure of that later phrase it fits, if one.
    fn predicate_after_whole(
        &self,
        i: usize,
        hit: &PhraseHit,
        hits: &[PhraseHit],
        judged: &Finding,
    ) -> Option<Candidate> {
        let amount = &self.parsed.amounts[i];
        // (Of the wave the whole's figure is of: `That year, one in six`.)
        let c = self.catalogue;
        let wave_of = |id: &str| c.figure(id).and_then(|x| x.wave.clone());
        let wave = judged.figure.as_deref().and_then(wave_of);
        let x_in_y = x_in_y(amount);
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        if amount.unit != Scale::Percent || !x_in_y || hit.token != after {
            return None;
        }
        let fitting: Vec<Candidate> = hits
            .iter()
            .filter(|h| !h.remote && !h.generic && h.token > hit.token)
            .flat_map(|h| self.level_candidates(amount, h))
            .filter(|x| {
                matches!(
                    x.judgement.verdict,
                    Verdict::Reproduced | Verdict::Consistent
                )
            })
            .filter(|x| wave.is_none() || wave_of(&x.id) == wave)
            .collect();
        let [one] = <[Candidate; 1]>::try_from(fitting).ok()?;
        Some(one)
    }

    /// `mail surveys to more than 2,500 agencies`: a count whose noun is a
    /// unit the data count (`agencies`, `interviews`, `arrests`), judged
    /// against a figure that counts another, is not that figure's: why.
    fn other_unit(&self, amount: &StatedAmount, judged: &Finding) -> Option<String> {
        if amount.unit != Scale::Count || judged.kind == ClaimKind::Change {
            return None;
        }
        let c = self.catalogue;
        let id = judged.figure.as_deref()?;
        let unit = c.counted_unit(c.figure(id)?)?;
        let noun = self.counted_noun(amount)?;
        (noun != unit && c.counts_unit(&noun))
            .then(|| format!("'{}' counts {noun}, and {id} counts {unit}", amount.wording))
    }

    /// `family members or acquaintances: 490, against 508`: the amount at
    /// `i` follows `against`, `versus` or `compared with`, after another
    /// amount of its unit in its sentence (or `than`, after the phrase and
    /// its amount), and the phrase that ties it comes before (not `against
    /// 615 involving family members`): it is the other side of a
    /// comparison, whose subject may be another.
    fn compared_against(&self, i: usize, hit: &PhraseHit) -> bool {
        let amounts = &self.parsed.amounts;
        let first = self
            .tokens
            .partition_point(|t| t.start < amounts[i].span[0]);
        if hit.token > first && self.hit_in_sentence(hit) {
            return false;
        }
        let word = |k: Option<usize>| k.and_then(|k| self.tokens.get(k)).and_then(Spanned::word);
        let before = |n: usize| word(first.checked_sub(n));
        let compares = matches!(before(1), Some("against" | "versus" | "vs"))
            || (matches!(before(1), Some("with" | "to")) && before(2) == Some("compared"))
            || (first >= 2 && self.tokens[first - 1].is_punct('.') && before(2) == Some("vs"));
        // (Not one with a year of its own: `against 621 in the first`,
        // `compared with one in four in 2000` are the same measure's other
        // wave.)
        let dated = amount_waves(self.parsed, i, &self.tokens, &self.mentions, self.catalogue)
            .attached
            .is_some();
        // (Or the far side of `than`, after the phrase and another amount:
        // `grew by about a fifth over the same six years, far less than the
        // overall rise of about 4,400 arrests`.)
        // (`than the ...` right before it: not `387 more than in the first
        // wave; their number rose by about half`.)
        let than = hit.token < first
            && (first.saturating_sub(7).max(hit.token)..first).any(|k| {
                word(Some(k)) == Some("than")
                    && word(Some(k + 1)) == Some("the")
                    && (k + 2..first)
                        .all(|j| !matches!(self.tokens[j].token, crate::claims::Token::Number(..)))
            })
            && amounts[..i].iter().any(|a| {
                a.role == AmountRole::Claim
                    && self.tokens.partition_point(|t| t.start < a.span[0]) > hit.token
            });
        !dated
            && ((compares
                && amounts[..i]
                    .iter()
                    .any(|a| a.unit == amounts[i].unit && a.role == AmountRole::Claim))
                || than)
    }

    /// Whether the phrase is one side of `either ... or` (`either met
    /// online or known to the offender`): `either` just before it, `or`
    /// after it in the same clause.
    fn one_of_either_or(&self, hit: &PhraseHit) -> bool {
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        let either = (hit.token.saturating_sub(2)..hit.token).any(|k| word(k) == Some("either"));
        either
            && (hit.token + 1..self.tokens.len())
                .take_while(|&k| !self.tokens[k].is_punct(';') && !self.tokens[k].is_punct('.'))
                .any(|k| word(k) == Some("or"))
    }

    /// Whether `hit` follows the amount as the whole of `N of the ...`.
    fn part_of_phrase(&self, amount: &StatedAmount, hit: &PhraseHit) -> bool {
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        // (With a word between, `the`, `all`: `508 of family members or
        // acquaintances` after `490 arrests of offenders who ...` is
        // `508 arrests of`, elliptical, not a part.)
        word(after) == Some("of")
            && hit.token > after + 1
            && hit.token <= after + 6
            && (after + 1..hit.token).all(|k| {
                word(k).is_some_and(|w| {
                    matches!(
                        w,
                        "the" | "all" | "these" | "those" | "first" | "second" | "third" | "wave"
                    ) || w.ends_with("-wave")
                }) || self.tokens[k].is_punct('-')
            })
    }

    /// `most offenders in the family or acquaintance group`: the amount, a
    /// noun of the people or cases counted, then `in`, `within` or `among`
    /// (and `the`) right before the phrase.
    fn share_within_phrase(&self, amount: &StatedAmount, hit: &PhraseHit) -> bool {
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        let counted = word(after).is_some_and(|w| {
            matches!(
                w,
                "offenders" | "victims" | "cases" | "arrests" | "suspects" | "youths"
            )
        });
        let within = word(after + 1).is_some_and(|w| matches!(w, "in" | "within" | "among"));
        let the = usize::from(word(after + 2) == Some("the"));
        counted && within && hit.token == after + 2 + the
    }

    /// The phrases an amount's words name, each marked remote or not: a
    /// change, its levels and an elliptical clause take their sentence's
    /// phrases wherever they stand; an amount in apposition to the phrase
    /// the sentence opens with is about it.
    /// Whether tokens `from..=to` open with a subject of their own (words
    /// only, one of them a plural noun or `other`, none a pronoun or a
    /// word that points back) and then a verb of change.
    fn contrast_subject_then_verb(&self, from: usize, to: usize) -> bool {
        // (The verb may open the amount's own words: `grew by roughly 20
        // per cent`.)
        let Some(verb) = (from..=to.min(self.tokens.len().saturating_sub(1))).find(|&k| {
            self.tokens[k].word().is_some_and(|w| {
                matches!(
                    w,
                    "grew"
                        | "rose"
                        | "fell"
                        | "increased"
                        | "decreased"
                        | "climbed"
                        | "went"
                        | "doubled"
                        | "tripled"
                        | "dropped"
                        | "declined"
                )
            })
        }) else {
            return false;
        };
        let subject: Vec<&str> = (from..verb).filter_map(|k| self.tokens[k].word()).collect();
        subject.len() == verb - from
            && !subject.is_empty()
            && !subject.iter().any(|w| {
                matches!(
                    *w,
                    "they"
                        | "it"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "such"
                        | "number"
                        | "count"
                        | "total"
                        | "its"
                        | "their"
                        | "figure"
                )
            })
            && subject
                .iter()
                .any(|w| *w == "other" || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")))
    }

    fn amount_subjects(&self, i: usize, stop: usize, back: usize) -> Vec<PhraseHit> {
        let amount = &self.parsed.amounts[i];
        let reads = if amount.unit == Scale::Percent {
            AliasReads::Share
        } else {
            AliasReads::Level
        };
        let hits = subjects(self.catalogue, &self.tokens, amount.span, stop, back, reads);
        // `Online-meeting offenders were mostly adults`: a share adverb
        // after a verb of being says how much of the subject the predicate
        // after it is; the subject is the whole, not the part.
        let first_token = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let adverb = matches!(
            amount.wording.trim().to_lowercase().as_str(),
            "mostly" | "mainly" | "largely" | "predominantly" | "overwhelmingly" | "chiefly"
        ) && first_token
            .checked_sub(1)
            .and_then(|k| self.tokens[k].word())
            .is_some_and(|w| matches!(w, "were" | "are" | "was" | "is"));
        let hits: Vec<PhraseHit> = if adverb {
            hits.into_iter().filter(|h| h.token > first_token).collect()
        } else {
            hits
        };
        // `30 per cent with a suspicion that someone had molested a child`:
        // a phrase inside what a suspicion or an allegation says is not
        // what was found.
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        let suspected = |h: &PhraseHit| {
            (h.token.saturating_sub(5)..h.token).any(|k| {
                matches!(
                    word(k),
                    Some("suspicion" | "suspicions" | "allegation" | "allegations")
                ) && word(k + 1) == Some("that")
            })
        };
        let hits: Vec<PhraseHit> = hits.into_iter().filter(|h| !suspected(h)).collect();
        // A change and its levels are about what their sentence names,
        // wherever in it (`There were 615 arrests for online predation,
        // against 508 in 2000, up 20%`).
        // (Not an ellipsis when its own clause names its subject after a
        // restated share: `and 935, or 36 percent, were for child
        // pornography only`.)
        // (Computed only for an ellipsis: it scans the rest of the clause.)
        let own_after = || {
            let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
            let end = crate::study::statement::next_clause(&self.tokens, after)
                .unwrap_or(self.tokens.len());
            // (A whole after `of` is not its subject: `few (5%) of
            // online-predation crimes`.)
            // (A generic noun too, when a verb names it as the category:
            // `while 644, roughly a quarter, came from stings`.)
            let before_hit =
                |h: &PhraseHit| h.token.checked_sub(1).and_then(|k| self.tokens[k].word());
            phrases_in(self.catalogue, &self.tokens, after, end, reads)
                .iter()
                .any(|h| {
                    (!h.generic
                        || before_hit(h)
                            .is_some_and(|w| matches!(w, "from" | "involved" | "involving")))
                        && before_hit(h).is_none_or(|w| w != "of")
                })
        };
        // (Not past a clause that opens with a subject of its own, `...
        // tripled, to 3,672, and stings where the 'teenager' was really a
        // detective went up nearly five times`: the phrases before it are
        // another statement's.)
        let own_subject_from = (0..first_token)
            .rev()
            .find(|&k| {
                crate::study::statement::clause_break(&self.tokens[k])
                    && matches!(
                        self.tokens.get(k + 1).and_then(Spanned::word),
                        Some("and" | "but" | "while" | "whereas")
                    )
                    && (hits.iter().any(|h| h.token == k + 2 && h.token < first_token)
                        // (Or a word the data know as its subject, before a
                        // verb of a share: `, and possession featured in
                        // 52% of arrests`.)
                        || (k + 3 < first_token
                            && self.tokens[k + 2]
                                .word()
                                .is_some_and(|w| noun_word(w) && self.knows(w))
                            && self.tokens[k + 3].word().is_some_and(|w| {
                                matches!(
                                    w,
                                    "featured" | "figured" | "accounted" | "appeared" | "made"
                                )
                            }))
                        // (Or, after `while` or `whereas`, a subject of
                        // plural nouns the data may not know, then a verb
                        // of change: `, while meetings with real victims
                        // grew by roughly 20 per cent`, `, while other
                        // arrests grew`.)
                        || (matches!(
                            self.tokens.get(k + 1).and_then(Spanned::word),
                            Some("while" | "whereas")
                        ) && self.contrast_subject_then_verb(k + 2, first_token)))
                    // (Not one that refers back: `, and such arrests more
                    // than doubled`.)
                    && !matches!(
                        self.tokens.get(k + 2).and_then(Spanned::word),
                        Some("such" | "these" | "those" | "this" | "that" | "the" | "they")
                    )
            })
            // (Nor when that clause states a level of its own before the
            // change, which then says what the change is of: `while sting
            // arrests numbered 3,100, up roughly 380 per cent`.)
            .filter(|&k| {
                !self.parsed.amounts.iter().any(|a| {
                    let at = self.tokens.partition_point(|t| t.start < a.span[0]);
                    at > k && at < first_token
                })
            })
            .unwrap_or(0);
        let hits: Vec<PhraseHit> = if amount.kind == ClaimKind::Change
            || matches!(amount.role, AmountRole::From | AmountRole::To)
            || (elliptical(&self.tokens, amount.span) && !own_after())
        {
            let mut hits: Vec<PhraseHit> = hits
                .into_iter()
                .map(|mut h| {
                    h.remote = h.remote && h.token < own_subject_from;
                    h
                })
                .collect();
            // (The own clause's phrases first, generic or not.)
            hits.sort_by_key(|h| h.token < own_subject_from);
            hits
        } else {
            hits
        };
        // `| Child pornography only | 935 | 2,471 |`: a number alone in a
        // table's cell is about its row's label.
        let first_token = self.tokens.partition_point(|t| t.start < amount.span[0]);
        // (The pipe first: finding the row walks back through the tokens.)
        // (Past a sign: `| +172% |`.)
        let signed = self
            .tokens
            .get(first_token.wrapping_sub(1))
            .is_some_and(|t| {
                matches!(t.token, crate::claims::Token::Punct('+' | '-' | '\u{2212}'))
            });
        let cell_token = if signed { first_token - 1 } else { first_token };
        let in_cell = self
            .tokens
            .get(cell_token.wrapping_sub(1))
            .is_some_and(|t| t.is_punct('|'));
        let row = in_cell
            .then(|| table_cell(self.sentence, &self.tokens, cell_token))
            .flatten();
        // (And not about the next row's label: the row ends where its
        // closing pipe meets the next row's opening one.)
        let row_end = (first_token..self.tokens.len())
            .find(|&j| row_break(self.sentence, &self.tokens, j))
            .unwrap_or(self.tokens.len());
        // (A row with a label of words, `| Total | 2,577 | 7,010 | +172%
        // |`, is about that label alone: the rows above are other things,
        // whatever a change's clause would borrow.)
        let hits: Vec<PhraseHit> = match row {
            Some((row, _)) => {
                let labelled = (row..cell_token).any(|k| self.tokens[k].word().is_some());
                let table_start = self
                    .tokens
                    .iter()
                    .position(|t| t.is_punct('|'))
                    .unwrap_or(row);
                // (A label of words the data do not know, `| Possession |
                // 1,713 | 3,672 |` under a caption on all arrests, leaves the
                // cell untied to the caption too: it is no count of the
                // caption's whole.)
                let label_unknown = labelled
                    && amount.unit == Scale::Count
                    && amount.kind == ClaimKind::Level
                    && !hits.iter().any(|h| h.token >= row && h.token < cell_token);
                hits.into_iter()
                    .filter(|h| !(label_unknown && h.token < table_start))
                    // (Another row's label is no tie at all: not even as
                    // the sentence's sibling measure.)
                    // (Nor a later row's: `| All arrests | 2,577 | 8,144 |`
                    // above `| Undercover solicitations | 644 | 3,100 |`.)
                    .filter(|h| {
                        !(labelled
                            && ((h.token >= table_start && h.token < row) || h.token > row_end))
                    })
                    .map(|mut h| {
                        h.remote = (h.remote || labelled) && h.token < row || h.token > row_end;
                        h
                    })
                    .collect()
            }
            _ => hits,
        };
        // `Identified-victim arrests (online meeting plus family or
        // acquaintance offenders) were about 21 per cent`: phrases in
        // brackets right after a phrase gloss it; the amount is about the
        // phrase glossed, and the brackets are an aside.
        let gloss = self.glosses(&hits, first_token);
        let hits: Vec<PhraseHit> = hits
            .into_iter()
            .filter(|h| !gloss.iter().any(|&(p, q)| h.token > p && h.token < q))
            .collect();
        // `Online-meeting arrests, a sixth of all arrests in 2006, numbered
        // 615`: an amount in apposition to the phrase the sentence opens
        // with is about it.
        let starts: Vec<usize> = hits.iter().map(|h| h.token).collect();
        let hits: Vec<PhraseHit> = hits
            .into_iter()
            .map(|mut h| {
                let breaks: Vec<usize> = (h.token..first_token)
                    .filter(|&k| {
                        matches!(
                            self.tokens[k].token,
                            crate::claims::Token::Punct(',' | ';' | ':' | '(' | ')')
                        )
                    })
                    .collect();
                let opens = self.tokens[..h.token]
                    .iter()
                    .all(|t| t.word().is_some_and(|w| matches!(w, "the" | "a" | "an")));
                // Or, past a short aside, the sentence's own verb: `Family
                // or acquaintance offenders, at 490 arrests, made up nearly
                // half`.
                // (Not past another phrase: `Girls aged 13 to 15 were 57 per
                // cent of victims, and violence was rare (5 per cent of
                // cases)`.)
                let other_between = starts.iter().any(|&t| t > h.token && t < first_token);
                let aside = (matches!(breaks.as_slice(), [a, b] if b - a <= 6)
                    || matches!(breaks.as_slice(), [a, b] if gloss.contains(&(*a, *b))))
                    && !other_between;
                if h.remote && opens && (breaks == [first_token.saturating_sub(1)] || aside) {
                    h.remote = false;
                }
                h
            })
            .collect();
        hits
    }

    /// A count of the writer's own, given no finding: a sample size (`n =
    /// 1,186`) or a quiz's option (`(a) 500`) that equals no count of the
    /// data, or a count in a sentence
    /// of the writer's own doings (`our project ran 22 workshops with 146
    /// young people`) that names no phrase of the data and no wave, its
    /// subject (if any) borrowed from another sentence.
    fn writers_own(&self, amount: &StatedAmount, hit: Option<&PhraseHit>) -> bool {
        if amount.kind == ClaimKind::Share && self.share_of_own_count(amount, hit) {
            return true;
        }
        // (`Our colleagues vote ... and in 2026 more than 3,000 of them
        // chose child safety`: a hedged count of the writer's own people,
        // `N of them`, is the writer's too.)
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let of_them = self.tokens.get(after).and_then(Spanned::word) == Some("of")
            && self.tokens.get(after + 1).and_then(Spanned::word) == Some("them");
        if amount.unit != Scale::Count || (amount.quantifier.is_some() && !of_them) {
            return false;
        }
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        let sample_size =
            first >= 2 && self.tokens[first - 1].is_punct('=') && word(first - 2) == Some("n");
        // (`(a) 500`: a quiz's answer option that equals no count; `(c)
        // 7,010`, the right one, is judged.)
        let option = first >= 3
            && self.tokens[first - 1].is_punct(')')
            && word(first - 2).is_some_and(|w| w.len() == 1)
            && self.tokens[first - 3].is_punct('(');
        let equals_a_count = || {
            amount
                .stated
                .is_some_and(|x| !self.counts_equal_to(amount, x, |_| true).is_empty())
        };
        // (Or a project's: `the project worked with 143 young people`.)
        let own = self
            .tokens
            .iter()
            .filter_map(Spanned::word)
            .any(|w| matches!(w, "our" | "we" | "us"))
            || self.tokens.windows(3).any(|w| {
                w[0].word() == Some("project")
                    && matches!(
                        w[1].word(),
                        Some("worked" | "reached" | "trained" | "engaged" | "supported")
                    )
                    && matches!(w[2].word(), Some("with") | None)
            })
            || self.tokens.windows(2).any(|w| {
                w[0].word() == Some("project")
                    && matches!(
                        w[1].word(),
                        Some("reached" | "trained" | "engaged" | "supported")
                    )
            });
        let borrowed = hit.is_none_or(|h| !self.hit_in_sentence(h) || h.remote);
        let named = !phrases_in(
            self.catalogue,
            &self.tokens,
            0,
            self.tokens.len(),
            AliasReads::Level,
        )
        .iter()
        .all(|h| h.generic);
        // (`- Club meetings visited: 11`: a tally after its label, on a
        // line that names nothing of the study and no wave.)
        let labelled =
            first >= 2 && self.tokens[first - 1].is_punct(':') && word(first - 2).is_some();
        ((sample_size || option) && amount.quantifier.is_none() && !equals_a_count())
            || ((own || (labelled && amount.quantifier.is_none()))
                && borrowed
                && !named
                // (A year of no wave, `in 2026`, is the writer's own.)
                && self.mentions.iter().all(|m| m.wave.starts_with(UNKNOWN_WAVE))
                && !equals_a_count())
    }

    /// `Of the 412 families, 57 claim hash-matching methods; 3 assignees
    /// hold more than half of them`: a share `of them` in a sentence that
    /// names nothing of the study and no wave, after a count of its own
    /// that equals no count of the data, is a share of the writer's
    /// things.
    fn share_of_own_count(&self, amount: &StatedAmount, hit: Option<&PhraseHit>) -> bool {
        if !self.of_pronoun(amount) || !self.mentions.is_empty() {
            return false;
        }
        let borrowed = hit.is_none_or(|h| !self.hit_in_sentence(h) || h.remote);
        let named = phrases_in(
            self.catalogue,
            &self.tokens,
            0,
            self.tokens.len(),
            AliasReads::Level,
        )
        .iter()
        .any(|h| !h.generic);
        let own_count = self.parsed.amounts.iter().any(|a| {
            a.span[1] <= amount.span[0]
                && a.unit == Scale::Count
                && a.stated
                    .is_some_and(|x| self.counts_equal_to(a, x, |_| true).is_empty())
        });
        // (Or the writer's people of the sentence before, with only a
        // predicate of a share after them: `Our drop-in sessions reach about
        // 260 skaters a week. Nearly all of them arrange meet-ups through
        // group chats and video apps.`)
        let own_before = self.after_own && hit.is_none_or(|h| self.share_only(h));
        !named && ((borrowed && own_count) || own_before)
    }

    /// The brackets before token `before` that open right after a phrase
    /// of `hits` (only its words between): `(open, close)` token pairs.
    fn glosses(&self, hits: &[PhraseHit], before: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for p in (0..before).filter(|&k| self.tokens[k].is_punct('(')) {
            let Some(q) = (p + 1..before).find(|&k| self.tokens[k].is_punct(')')) else {
                continue;
            };
            let glossed = hits.iter().any(|h| {
                h.token < p
                    && p - h.token <= 4
                    && self.tokens[h.token..p]
                        .iter()
                        .all(|t| t.word().is_some() || t.is_punct('-'))
            });
            let inside = hits.iter().any(|h| h.token > p && h.token < q);
            if glossed && inside {
                out.push((p, q));
            }
        }
        out
    }

    /// What the amount is about: its own phrase, the change's for its
    /// levels, what the sentence before was about when this one refers
    /// back or names nothing.
    /// `The number of arrests those agencies reported ... was 4,687`: the
    /// sentence names what it counts after `the number of` (or `count`,
    /// `total`), in another unit than phrase `p` (a phrase of the sentence
    /// before): the sentence is not about `p`.
    fn number_of_other(&self, p: &PhraseHit) -> bool {
        let word = |h: &PhraseHit, n: usize| {
            h.token
                .checked_sub(n)
                .and_then(|k| self.tokens.get(k))
                .and_then(Spanned::word)
        };
        phrases_in(
            self.catalogue,
            &self.tokens,
            0,
            self.tokens.len(),
            AliasReads::Level,
        )
        .iter()
        .any(|h| {
            word(h, 1) == Some("of")
                && matches!(word(h, 2), Some("number" | "count" | "total" | "tally"))
                && word(h, 3) == Some("the")
                && !self.same_unit(h, p)
        })
    }

    fn subject_of(
        &self,
        hits: &[PhraseHit],
        amount: &StatedAmount,
        change_hit: Option<&PhraseHit>,
    ) -> Option<PhraseHit> {
        if let Some(h) = self.bracketed_pair_subject(hits, amount) {
            return Some(h);
        }
        // A generic noun yields to a specific phrase of the amount's own
        // clause (`1,077 cases met all criteria`: not every count of
        // cases).
        // Not for the whole of a share (`877 of the 7,010 arrests were
        // online meetings`: 7,010 counts arrests).
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        let whole_of_part = first >= 2
            && (word(first - 1) == Some("of")
                || (word(first - 1) == Some("the") && word(first - 2) == Some("of")));
        // `of all the arrests for online solicitation, about four in five
        // involved ...`: the whole set before the share, right before its
        // comma, says what the share is of.
        // (Only for a share, with no other amount between: `Of the 2,574
        // agencies sampled, 2,270 responded` counts a part.)
        let fronted = (amount.unit == Scale::Percent
            && first >= 2
            && self.tokens[first - 1].is_punct(','))
        .then(|| {
            let of = (first.saturating_sub(10)..first - 1)
                .rev()
                .find(|&k| word(k) == Some("of"))?;
            // (Not another share's predicate: `40 per cent were of dual
            // offenders, just under a third had ...`; a count's is this
            // share's whole, `508 of the arrests were of offenders who met
            // a young person online, about half of all arrests`.)
            let clause_start = (0..of)
                .rev()
                .find(|&k| crate::study::statement::clause_break(&self.tokens[k]))
                .map_or(0, |k| k + 1);
            let other_share = self.parsed.amounts.iter().any(|a| {
                let at = self.tokens.partition_point(|t| t.start < a.span[0]);
                a.unit == Scale::Percent && at >= clause_start && at < of
            });
            if other_share {
                return None;
            }
            // (Nor across another clause: `27 per cent of offenders used
            // video and few, about 5%, involved violence`.)
            let between = (of..first).any(|k| {
                matches!(self.tokens[k].token, crate::claims::Token::Number(..))
                    || word(k).is_some_and(|w| crate::study::statement::CONJUNCTIONS.contains(&w))
            });
            if between {
                return None;
            }
            hits.iter()
                .find(|h| !h.generic && h.token > of && h.token <= of + 3 && h.token < first - 1)
        })
        .flatten();
        let own = fronted
            .or_else(|| {
                // (Not a relative clause's phrase, when a phrase after it
                // says what the amount is of: `Most offenders who met
                // victims online were older than 25`.)
                let predicate = hits.first().is_some_and(|p| {
                    hits.iter()
                        .any(|h| h.token < p.token && self.in_relative_clause(amount, h))
                });
                hits.iter().find(|h| {
                    let relative = (predicate && self.in_relative_clause(amount, h))
                        || self.in_whole_relative(amount, h)
                        || self.in_fronted_whole(amount, h);
                    !(h.generic
                        || h.remote
                        || relative
                        || amount.role == AmountRole::Base
                        || whole_of_part)
                })
            })
            // `In 74.8% of them the victim was a girl aged 13 to 15; more
            // than three in four offenders were older than 25`: a share's
            // generic phrase of its own clause (one that reads only as a
            // share) over a specific one outside it.
            .or_else(|| {
                hits.iter().find(|h| {
                    h.generic
                        && !h.remote
                        && amount.unit == Scale::Percent
                        && amount.role != AmountRole::Base
                        && !whole_of_part
                        && self.share_only(h)
                })
            })
            .or_else(|| {
                hits.iter().find(|h| {
                    !self.in_whole_relative(amount, h) && !self.in_fronted_whole(amount, h)
                })
            })
            .cloned()
            .map(|mut h| {
                if fronted.is_some() {
                    h.remote = false;
                }
                h
            });
        // `mailed a survey to more than 2,500 police agencies and asked
        // about arrests for ...`: the noun a count counts, right after it,
        // over a specific phrase of another unit past a conjunction (not
        // one that qualifies the noun: `the 129 interviews about
        // online-meeting cases`).
        let own = match (own, self.counted_hit(hits, amount)) {
            (Some(o), Some(n))
                if !o.generic
                    && o.token > n.token
                    && (n.token..o.token).any(|k| {
                        self.tokens[k]
                            .word()
                            .is_some_and(|w| CONJUNCTIONS.contains(&w))
                    })
                    && !self.same_unit(&o, n) =>
            {
                Some(n.clone())
            }
            (own, _) => own,
        };
        // The levels of a change are about what the change is about.
        let hit = match (own, amount.role) {
            (Some(h), _) if !h.generic && !h.remote => Some(h),
            // (Not a change's past a clause with a subject of its own,
            // when the level's clause names one: `By 2006 arrests had
            // risen to about 7,000, and the number involving a family
            // member or acquaintance was up about 80%`.)
            (Some(o), AmountRole::From | AmountRole::To)
                if !o.remote
                    && change_hit.is_some_and(|c| {
                        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
                        (after..c.token.min(self.tokens.len()))
                            .any(|k| crate::study::statement::opens_own_subject(&self.tokens, k))
                    }) =>
            {
                Some(o)
            }
            (own, AmountRole::From | AmountRole::To) => change_hit.cloned().or(own),
            (own, _) => own,
        };
        // A sentence that refers back (`these arrests`) is about what the
        // one before it was, over any generic noun of its own.
        let hit = match (&hit, &self.previous) {
            // Not across a paragraph: `Nor did the growth stop in 2006:
            // the third wave found 7,010 arrests` is of arrests, not of the
            // last paragraph's possessors.
            (Some(h), Some(p))
                if self.anaphoric
                    && !self.previous_stale
                    && h.generic
                    && !p.generic
                    // (Nor, for a share, a phrase of its own that reads only
                    // as a share, unless `such` or `these` puts it for the
                    // subject before: `such stings`.)
                    && (h.remote
                        || !self.share_only(h)
                        || amount.unit != Scale::Percent
                        || self.demonstrative_of(h, p))
                    // (Nor a count of the sample design when the sentence
                    // says `the estimate`: the study estimates arrests, it
                    // counts its agencies and interviews.)
                    && !(self.says_the_estimate() && self.names_design(p))
                    // (Nor when the sentence says `the total` in a wave
                    // of which the subject before names no figure: `By 2009
                    // the total had reached about 8,100 arrests`, after
                    // possession arrests, which no 2009 figure counts.)
                    && !self.total_beyond(h, p)
                    // (Nor the noun of a question the sentence puts: `Asked
                    // how many arrests that meant nationally, she said the
                    // estimate was more than 2,500`.)
                    && !(self.hit_in_sentence(h)
                        && h.token >= 2
                        && self.tokens[h.token - 2].word() == Some("how")
                        && matches!(self.tokens[h.token - 1].word(), Some("many" | "much")))
                    // (Not a noun of another unit that the sentence counts
                    // with another number: `The estimates: 2,577
                    // arrests in 2000, roughly 7,000 in 2006` after a
                    // sentence on interviews.)
                    && !(self.hit_in_sentence(h)
                        && !self.same_unit(h, p)
                        && (self.number_of_other(p) || self.parsed.amounts.iter().any(|a| {
                            // (Its very token, or the same noun: `Those 508
                            // arrests were roughly one in five of all 2000
                            // arrests`.)
                            let counted = self.tokens.partition_point(|t| t.start < a.span[1]);
                            a.span != amount.span
                                && a.unit == Scale::Count
                                && (counted == h.token
                                    || self.tokens.get(counted).and_then(Spanned::word)
                                        == Some(h.phrase.as_str()))
                        }))) =>
            {
                let mut p = p.clone();
                p.remote = false;
                Some(p)
            }
            _ => hit,
        };
        // Nothing in the sentence: what the sentence before it was about,
        // as firmly as the sentence refers back to it.
        // Not firmly when the sentence names a subject of its own in
        // another clause (`the 2000 figure was also 1 in 6, and ... one in
        // six such investigations uncovered an offender who had molested a
        // child`): `the figure` may be that one's.
        // (Nor a share whose sentence names a whole that no figure of the
        // subject before is a share of: `Those 508 arrests were roughly
        // one in five of all 2000 arrests`, after a sentence on the
        // online-meeting victims, is no share of the victims.)
        // (Of another unit: the victims' shares are of interviews, the
        // whole named counts arrests. `In 45% of cases in 2000` may be of
        // any whole `cases` names.)
        let named = self.named_whole(amount);
        let unit_of = |id: &str| self.figure_unit(id);
        // (Only a whole of arrests: `of cases` may be any whole.)
        let named_units: Vec<crate::data::Unit> = named.iter().filter_map(|n| unit_of(n)).collect();
        let arrests = |u: &crate::data::Unit| matches!(u, crate::data::Unit::Count(n) if n.eq_ignore_ascii_case("arrests"));
        let named_units: Vec<crate::data::Unit> = if named_units.iter().all(arrests) {
            named_units
        } else {
            Vec::new()
        };
        let foreign_whole = |p: &PhraseHit| {
            let figures = self.named(p).0;
            amount.unit == Scale::Percent
                && !named_units.is_empty()
                && !figures.is_empty()
                && !figures.into_iter().any(|k| {
                    self.figure_base_id(k)
                        .is_none_or(|b| unit_of(&b).is_none_or(|u| named_units.contains(&u)))
                })
        };
        // (And only weakly a whole the sentence's part was drawn from: `A:
        // 612, drawn from the 630 completed`.)
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let word = |n: usize| first.checked_sub(n).and_then(|k| self.tokens[k].word());
        let drawn_from = word(1) == Some("the")
            && word(2) == Some("from")
            && matches!(
                word(3),
                Some("drawn" | "taken" | "selected" | "chosen" | "sampled")
            );
        hit.or_else(|| {
            self.previous
                .clone()
                .filter(|p| !foreign_whole(p))
                .filter(|p| !(self.says_the_estimate() && self.names_design(p)))
                .map(|mut h| {
                    // (From an earlier paragraph, only weakly a phrase of
                    // what the study counts in units other than arrests,
                    // however the sentence refers back: `The study drew on
                    // a national sample of 2,574 agencies.` then, after a
                    // heading, `By 2006 the estimate stood at roughly
                    // 7,000` is no count of agencies.)
                    let other_unit = self.previous_stale && {
                        let figures = self.named(&h).0;
                        !figures.is_empty()
                            && figures.iter().all(|&k| {
                                matches!(
                                    self.figure_unit(&self.catalogue.figures()[k].id),
                                    Some(crate::data::Unit::Count(n)) if !n.eq_ignore_ascii_case("arrests")
                                )
                            })
                    };
                    h.remote |= !self.anaphoric
                        || other_unit
                        || self.names_own_subject()
                        || drawn_from;
                    h
                })
        })
    }

    /// `rose from 508 in 2000 to 615 in 2006, about 21 per cent, which
    /// ...`: a percentage set off by a comma right after the level a change
    /// reached, with no whole after it, is that change's percentage, judged
    /// against the measure the stated levels are figures of.
    fn percent_after_levels(
        &self,
        amount: &StatedAmount,
        i: usize,
        by_levels: Option<&LevelMeasure>,
    ) -> Option<Candidate> {
        let lm = by_levels?;
        let previous = i.checked_sub(1).map(|j| &self.parsed.amounts[j])?;
        if amount.unit != Scale::Percent
            || amount.kind != ClaimKind::Share
            || previous.role != AmountRole::To
        {
            return None;
        }
        let gap = self.sentence.get(previous.span[1]..amount.span[0])?;
        // (The level's year may stand between them: `to 615 in 2006, about
        // 21 per cent`.)
        let gap = gap.trim();
        let gap = gap
            .strip_prefix("in ")
            .map_or(gap, |g| g.trim_start_matches(|c: char| c.is_ascii_digit()));
        // (Or `, or`: `rose far less, from 508 to 615, or about 21 per
        // cent`.)
        if !matches!(
            gap.split_whitespace().collect::<Vec<_>>().as_slice(),
            [","] | [",", "or"]
        ) {
            return None;
        }
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let next = self.tokens.get(after);
        let closes = next.is_none_or(|t| {
            t.is_punct(',') || t.is_punct('.') || t.is_punct(';') || t.is_punct(')')
        });
        // (Or a span of time after it, no whole: `from 508 to 615, about 21
        // per cent over six years`.)
        let over_time = next
            .and_then(Spanned::word)
            .is_some_and(|w| matches!(w, "over" | "in" | "across" | "during"))
            && self.tokens[after + 1..]
                .iter()
                .take(4)
                .take_while(|t| !t.is_punct(',') && !t.is_punct('.') && !t.is_punct(';'))
                .filter_map(Spanned::word)
                .any(|w| matches!(w, "years" | "period" | "decade" | "waves"));
        if !closes && !over_time {
            return None;
        }
        let mut as_change = amount.clone();
        as_change.kind = ClaimKind::Change;
        as_change.unit = Scale::PercentChange;
        let mut c = self.by_levels(&as_change, i, lm)?;
        c.add_note(format!(
            "'{}' is set off right after the level the change reached, with no whole of its own: it is the change's percentage",
            amount.wording
        ));
        Some(c)
    }

    /// `by 2009 it had passed 8,000`: a level a verb of passing puts its
    /// number under is a lower bound. Judged as exact and missed by a
    /// value above it, it holds (consistent); a value at or under it stays
    /// wrong.
    fn passed_bound(&self, mut f: Finding, amount: &StatedAmount) -> Finding {
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let verb = first.checked_sub(1).and_then(|k| self.tokens[k].word());
        let passing = verb.is_some_and(|w| {
            matches!(
                w,
                "passed" | "exceeded" | "topped" | "surpassed" | "crossed" | "broke"
            )
        });
        if !passing
            || amount.quantifier.is_some()
            || amount.kind != ClaimKind::Level
            || f.verdict != Verdict::Inconsistent
            || f.pattern.is_some()
        {
            return f;
        }
        let (Some(value), Some(stated)) = (f.computed, amount.stated) else {
            return f;
        };
        if value > stated {
            f.verdict = Verdict::Consistent;
            f.accepted = Some([stated, f64::INFINITY]);
            f.reason = format!(
                "{} lies above {}: '{} {}' is a lower bound, which it holds",
                short_value(Some(value)),
                amount.wording,
                verb.unwrap_or_default(),
                amount.wording
            );
        }
        f
    }

    /// `87 per cent of all arrests in 2006`, judged wrong against the
    /// share of all arrests (44.2%), is the share a source printed of
    /// another whole (87% of online-solicitation arrests, trends2009),
    /// which the data's counts do not give (3,100 of a derived 3,715 is
    /// 83.4%): the wrong-base pattern is named with the printed share. It
    /// only explains a finding already wrong; it never makes one.
    fn printed_share_of_another_base(&self, mut f: Finding, amount: &StatedAmount) -> Finding {
        if f.verdict != Verdict::Inconsistent
            || f.pattern.is_some()
            || amount.unit != Scale::Percent
            || amount.kind != ClaimKind::Share
        {
            return f;
        }
        let (Some(id), Some(stated)) = (f.figure.clone(), amount.stated) else {
            return f;
        };
        let c = self.catalogue;
        let Some(figure) = c.figure(&id) else {
            return f;
        };
        let (d, source_id) = c.evidence_source(figure);
        let ds = &c.datasets()[d];
        let base = ds.figure(&source_id).and_then(|x| x.base.clone());
        let part = ds
            .figure(&source_id)
            .and_then(|x| x.numerator.clone())
            .unwrap_or_else(|| source_id.clone());
        if let Some((label, whole, printed)) = printed_shares_of(ds, &part, base.as_deref())
            .into_iter()
            .find(|(_, _, p)| (p - stated).abs() < 1e-9)
        {
            let pattern = ErrorPattern::WrongBase {
                base: label,
                whole,
                computed: printed,
            };
            f.reason = format!("{}; {pattern}", f.reason);
            f.pattern = Some(pattern);
        }
        f
    }

    /// The figures (their measure ids) a source printed a share of in the
    /// amount's very words: a hedge with a number (`nearly 40%`) or three
    /// words or more (`slightly more than one-third`); never a bare `80%`,
    /// which a writer may state of anything.
    fn printed_share_wordings(&self, amount: &StatedAmount) -> Vec<&str> {
        let key = wording_key(&amount.wording);
        let distinctive = |w: &str| {
            let words = wording_key(w).split_whitespace().count();
            (w.chars().any(|c| c.is_ascii_digit()) && words >= 2) || words >= 3
        };
        let mut measured: Vec<&str> = Vec::new();
        for ds in self.catalogue.datasets() {
            for st in ds.statements() {
                let Some(w) = st.wording.as_deref() else {
                    continue;
                };
                if st.kind == ClaimKind::Share
                    && distinctive(w)
                    && wording_key(w) == key
                    && let Some(m) = st.measures.as_deref()
                    && !measured.contains(&m)
                {
                    measured.push(m);
                }
            }
        }
        measured
    }

    /// `Nearly 40 per cent of arrests that year involved a real child,
    /// known to the offender or met online`: a share judged wrong against
    /// the figure its phrase names, stated in the very words a source
    /// printed for another figure of the same wave, which it restates, may
    /// be about that figure (here the identified victims, of whom those met
    /// online are a part): the candidates disagree, and it is left
    /// unjudged.
    fn printed_wording_of_another(&self, f: Finding, amount: &StatedAmount) -> Finding {
        if f.verdict != Verdict::Inconsistent
            || f.pattern.is_some()
            || amount.unit != Scale::Percent
            || amount.kind != ClaimKind::Share
        {
            return f;
        }
        let c = self.catalogue;
        let Some(own) = f.figure.as_deref().and_then(|id| c.figure(id)) else {
            return f;
        };
        let measured = self.printed_share_wordings(amount);
        let [m] = measured.as_slice() else {
            return f;
        };
        let Some(other) = c.figure(m) else {
            return f;
        };
        if other.id == own.id || other.measure == own.measure || other.wave != own.wave {
            return f;
        }
        let Some(k) = c.position(m) else {
            return f;
        };
        if !self
            .judge_level(amount, k, None)
            .is_some_and(|x| x.reproduced())
        {
            return f;
        }
        let why = format!(
            "'{}' is the wording a source printed for {}, which it restates; '{}' names {}, which it does not fit: the candidates disagree",
            amount.wording,
            other.id,
            f.alias.as_deref().unwrap_or("its phrase"),
            own.id
        );
        let mut u = matched_undone(f);
        u.candidates.push(other.id.clone());
        u.reason = why;
        u
    }

    /// `Nearly 40% of the people arrested`, after a sentence on all
    /// arrests: a share with a subject (a generic noun or a borrowed
    /// phrase) stated in the very words a source printed for one
    /// figure (a hedge with a number, `nearly 40%`, or a longer wording,
    /// `slightly more than one-third`), which no specific phrase of its own
    /// sentence ties elsewhere, restates that printed figure. Vague words
    /// alone (`most`, `a quarter`) are too common to tell.
    fn printed_share_restated(
        &self,
        amount: &StatedAmount,
        hit: Option<&PhraseHit>,
    ) -> Option<Candidate> {
        if amount.unit != Scale::Percent || amount.kind != ClaimKind::Share {
            return None;
        }
        // (A generic noun, or a subject the sentence before gives, ties it
        // to the text about the study; a wording alone, with nothing else,
        // is not read as the study's.)
        let hit = hit?;
        if !hit.generic && !hit.remote && self.hit_in_sentence(hit) {
            return None;
        }
        let measured = self.printed_share_wordings(amount);
        let [m] = measured.as_slice() else {
            return None;
        };
        let k = self.catalogue.position(m)?;
        // (Not of a whole the sentence names that is not the figure's.)
        let named = self.named_whole(amount);
        let c = self.judge_level(amount, k, None)?;
        if !named.is_empty() && !self.whole_among(&named, &c) {
            return None;
        }
        // (Nor in a sentence that names only another wave: `In 2006 it was
        // nearly 40 per cent again`, after the 2000 figure's printed words.)
        let named_waves = self.named_waves();
        if !named_waves.is_empty()
            && c.waves
                .0
                .as_deref()
                .is_some_and(|w| !named_waves.contains(&w))
        {
            return None;
        }
        // (Nor a share set off right after a count of its sentence:
        // `Arrests involving possession ... numbered 3,672 in 2006, nearly
        // 40 per cent of all arrests` is that count's share, not the
        // identified victims' printed `Nearly 40%`.)
        let after_count = self
            .parsed
            .amounts
            .iter()
            .position(|a| a.span == amount.span)
            .and_then(|i| i.checked_sub(1))
            .map(|j| &self.parsed.amounts[j])
            .is_some_and(|prev| {
                prev.unit == Scale::Count
                    && prev.kind == ClaimKind::Level
                    && self
                        .sentence
                        .get(prev.span[1]..amount.span[0])
                        .is_some_and(|gap| {
                            gap.trim().ends_with(',') && gap.split_whitespace().count() <= 4
                        })
            });
        if after_count {
            return None;
        }
        let mut c = c;
        c.add_note(format!(
            "'{}' is the wording a source printed for {}, and no phrase of its sentence names another figure",
            amount.wording, c.id
        ));
        c.reproduced().then_some(c)
    }

    /// `508 involved family members or acquaintances`: a count stated
    /// exactly, not a part of another count (`129 of those`) nor a share's
    /// whole, with a specific phrase of its own clause in its sentence.
    /// Every wave's figure of that phrase it misses makes it wrong,
    /// whichever wave it is about.
    fn exact_count_of_own_phrase(&self, amount: &StatedAmount, hit: &PhraseHit) -> bool {
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let before = |n: usize| first.checked_sub(n).and_then(|k| self.tokens[k].word());
        // (Nor a part of a set named before it, `Of these, 129 concerned
        // ...`, nor a set it refers to, `In the 129 that began ...`.)
        let of_these = (2..=3).any(|n| {
            before(n) == Some("of")
                && matches!(
                    before(n - 1),
                    Some("these" | "those" | "them" | "which" | "whom")
                )
        });
        let part = self.tokens.get(after).and_then(Spanned::word) == Some("of")
            || of_these
            || before(1) == Some("the");
        amount.unit == Scale::Count
            && amount.kind == ClaimKind::Level
            && amount.quantifier.is_none()
            && amount.role != AmountRole::Base
            && !part
            && !hit.generic
            && !hit.remote
            && self.hit_in_sentence(hit)
    }

    /// `8,144, a further 1,134`, `7,010, another 4,433`: a count added
    /// right after a number and a comma.
    fn further_after_level(&self, amount: &StatedAmount) -> bool {
        // (After a level the sentence states, not a year: `went up 272%
        // between 2000 and 2006, an extra 4,343 arrests` is that change's
        // difference.)
        // (Past the level's noun and year: `reached 8,144 in 2009, a
        // further 1,134`.)
        let amounts = &self.parsed.amounts;
        let Some(i) = amounts.iter().position(|a| a.span == amount.span) else {
            return false;
        };
        i.checked_sub(1)
            .map(|j| &amounts[j])
            .filter(|a| a.kind == ClaimKind::Level)
            .and_then(|a| self.sentence.get(a.span[1]..amount.span[0]))
            .and_then(|gap| gap.rsplit_once(','))
            // (Only its noun and year between: not `reached 3,100 that
            // year, an extra 2,546 on 2000`, whose own words give its
            // start.)
            .is_some_and(|(pre, w)| {
                // (Or said after it: `counted 8,144, some 26 per cent more
                // again`.)
                let again = w.trim().is_empty() && {
                    let after = crate::claims::following_words(self.sentence, amount.span[1])
                        .trim_start()
                        .to_lowercase();
                    ["more again", "higher again", "more still", "up again"]
                        .iter()
                        .any(|p| after.starts_with(p))
                };
                pre.split_whitespace().all(|x| {
                    matches!(x, "in" | "by" | "arrests" | "cases")
                        || (x.len() == 4 && x.bytes().all(|b| b.is_ascii_digit()))
                }) && (again || FURTHER_WORDS.contains(&w.trim().to_lowercase().as_str()))
            })
    }

    /// Whether the amount stands beside an operator of written arithmetic
    /// (`÷`, `×`, `=`, `−`, `*`, `+`) with a number on its other side:
    /// `2,417 ÷ 7,010 = 0.3448`, `(8,144 − 7,010) ÷ 7,010`. (Not `/` or a
    /// hyphen, which also separate lists and ranges.)
    fn arithmetic_term(&self, amount: &StatedAmount) -> bool {
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        // (`+172%`, `−4%`: a sign glued to its number is no operator.)
        let operator = |k: usize| {
            self.tokens.get(k).is_some_and(|t| match t.token {
                crate::claims::Token::Punct('÷' | '×' | '=' | '*') => true,
                crate::claims::Token::Punct('\u{2212}' | '+') => {
                    !self.tokens.get(k + 1).is_some_and(|n| n.joined)
                }
                _ => false,
            })
        };
        let number = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| matches!(t.token, crate::claims::Token::Number(..)))
        };
        // (Over a bracket: `(8,144 − 7,010) ÷ 7,010`.)
        let bracket = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.is_punct('(') || t.is_punct(')'))
        };
        let before = |k: usize| {
            if bracket(k) {
                k.checked_sub(1)
            } else {
                Some(k)
            }
        };
        let next = |k: usize| if bracket(k) { k + 1 } else { k };
        let left = first
            .checked_sub(1)
            .and_then(before)
            .is_some_and(|k| operator(k) && k.checked_sub(1).and_then(before).is_some_and(number));
        let right = {
            let k = next(after);
            operator(k) && number(next(k + 1))
        };
        left || right
    }

    /// The generic noun a count counts: a phrase hit of its own clause that
    /// starts at most two words after it (`2,500 police agencies`).
    fn counted_hit<'h>(
        &self,
        hits: &'h [PhraseHit],
        amount: &StatedAmount,
    ) -> Option<&'h PhraseHit> {
        if amount.unit != Scale::Count || amount.kind != ClaimKind::Level {
            return None;
        }
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        hits.iter().find(|h| {
            h.generic
                && !h.remote
                && h.token >= after
                && h.token <= after + 2
                && (after..h.token).all(|k| self.tokens[k].word().is_some())
        })
    }

    /// Whether two phrases name figures of one unit (arrests, agencies,
    /// interviews) in some reading of each.
    /// The unit of a catalogue figure, from the dataset that holds its
    /// evidence.
    fn figure_unit(&self, id: &str) -> Option<crate::data::Unit> {
        let c = self.catalogue;
        let (d, e) = c.evidence_source(c.figure(id)?);
        c.datasets()[d].unit(&e).cloned()
    }

    fn same_unit(&self, a: &PhraseHit, b: &PhraseHit) -> bool {
        let c = self.catalogue;
        let units = |h: &PhraseHit| -> Vec<crate::data::Unit> {
            h.aliases
                .iter()
                .flat_map(|&(d, k)| c.named_by(d, &c.alias_tables()[d].aliases()[k].figure))
                .filter_map(|k| self.figure_unit(&c.figures()[k].id))
                .collect()
        };
        let ub = units(b);
        units(a).iter().any(|u| ub.contains(u))
    }

    /// Whether every other amount of the sentence equals a figure of wave
    /// `w` (and there is one).
    fn others_of_wave(&self, amount: &StatedAmount, w: &str) -> bool {
        let c = self.catalogue;
        let others: Vec<&StatedAmount> = self
            .parsed
            .amounts
            .iter()
            // (Shares too: `In 2000, about 80% of cases involved more than
            // one agency and about 30% involved a federal agency`.)
            .filter(|x| {
                x.span != amount.span
                    && matches!(x.kind, ClaimKind::Level | ClaimKind::Share)
                    && x.stated.is_some()
            })
            .collect();
        !others.is_empty()
            && others.iter().all(|x| {
                // (A share in words fits: `under a tenth`.)
                (0..c.figures().len()).any(|k| {
                    c.figures()[k].wave.as_deref() == Some(w)
                        && self.judge_level(x, k, None).is_some_and(|j| {
                            j.reproduced()
                                || (x.kind == ClaimKind::Share
                                    && j.judgement.verdict == Verdict::Consistent)
                        })
                })
            })
    }

    /// What the sentence was about, for the next to refer back to: the
    /// phrase its findings used, if specific (or a share's phrase, `older
    /// than 25`, though generic); else the one measure its numbers equal
    /// (`put the figure at 7,010`; `Arrests from undercover operations, a
    /// broader category than solicitations of undercover investigators,
    /// went from 826 to 3,137`), over the last phrase it happens to name;
    /// else its last specific phrase; else a generic noun (`police made
    /// ... arrests`), which replaces only what an earlier paragraph was
    /// about.
    fn about(
        &self,
        found: Option<PhraseHit>,
        findings: &[Finding],
        previous_stale: bool,
    ) -> Option<PhraseHit> {
        // (A count of the sample design beside the estimates is not what
        // the sentence is about when its other numbers equal one measure:
        // `surveyed a national sample of 2,574 agencies and estimated 2,577
        // arrests in 2000 and 8,144 in 2009`.)
        let of_design = found.as_ref().is_some_and(|h| self.names_design(h));
        if of_design && let Some(h) = equal_figure_hit(self.catalogue, findings) {
            return Some(h);
        }
        // (Nor a phrase carried from another sentence when the numbers
        // this one states equal the figures of one measure: `the rise in
        // arrests from 2,577 to 7,010 partly reflects more police work.
        // That is a rise of roughly 172 per cent`, after a sentence about
        // online meetings, is about all arrests.)
        let carried = found.as_ref().is_some_and(|h| {
            h.remote
                || !phrases_in(
                    self.catalogue,
                    &self.tokens,
                    0,
                    self.tokens.len(),
                    AliasReads::Level,
                )
                .iter()
                .chain(
                    phrases_in(
                        self.catalogue,
                        &self.tokens,
                        0,
                        self.tokens.len(),
                        AliasReads::Share,
                    )
                    .iter(),
                )
                .any(|x| x.phrase == h.phrase)
        });
        // (Only for an estimate's measure, not a count of the sample design,
        // which a sentence states beside what it is about: `these come from
        // only 129 interviews`.)
        if carried
            && let Some(h) = equal_figure_hit(self.catalogue, findings)
            && self.names_estimate(&h)
        {
            return Some(h);
        }
        let pick = found
            .clone()
            .filter(|h| !h.generic || self.share_only(h))
            .or_else(|| {
                found
                    .as_ref()
                    .is_none_or(|h| h.generic)
                    .then(|| equal_figure_hit(self.catalogue, findings))
                    .flatten()
            })
            .or_else(|| last_specific_phrase(self.catalogue, &self.tokens, self.sentence))
            .or_else(|| found.filter(|_| previous_stale));
        // (Not the whole a share is of, when it is the only specific phrase
        // the sentence names: `Arrests in which police posed online as
        // young people made up about 44 per cent of online-meeting arrests
        // in 2006. They rose nearly fivefold`: `they` are the part, which no
        // phrase here names.)
        pick.filter(|h| {
            !self.whole_of_a_share(h)
                || subjects(
                    self.catalogue,
                    &self.tokens,
                    [0, 0],
                    self.sentence.len(),
                    0,
                    AliasReads::Level,
                )
                .iter()
                .any(|x| !x.generic && !x.remote && x.token != h.token)
        })
    }

    /// Whether a phrase is the whole a share of the sentence is of: right
    /// after the share and `of` (`44 per cent of online-meeting arrests`,
    /// `a quarter of all the arrests`), the share being what a subject
    /// before it `made up` or `accounted for` (not `73 percent of teenagers
    /// used the Internet`, whose phrase is its subject).
    fn whole_of_a_share(&self, h: &PhraseHit) -> bool {
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        let mut k = h.token;
        while k > 0 && matches!(word(k - 1), Some("all" | "the")) {
            k -= 1;
        }
        let Some(of) = k.checked_sub(1).filter(|&o| word(o) == Some("of")) else {
            return false;
        };
        self.parsed.amounts.iter().any(|a| {
            let first = self.tokens.partition_point(|t| t.start < a.span[0]);
            let predicate = first.checked_sub(1).and_then(&word).is_some_and(|w| {
                matches!(
                    w,
                    "up" | "for"
                        | "were"
                        | "was"
                        | "represented"
                        | "comprised"
                        | "constituted"
                        | "formed"
                )
            });
            a.unit == Scale::Percent
                && predicate
                && self.tokens.partition_point(|t| t.start < a.span[1]) == of
        })
    }

    /// Whether a phrase names a figure of an estimate's measure (one with a
    /// measure that is not of the sample design).
    fn names_estimate(&self, h: &PhraseHit) -> bool {
        let c = self.catalogue;
        h.aliases.iter().any(|&(d, a)| {
            let figure = &c.alias_tables()[d].aliases()[a].figure;
            c.named_by(d, figure).into_iter().any(|k| {
                let f = &c.figures()[k];
                f.measure.is_some() && c.measure_kind(f) != Some(MeasureKind::Design)
            })
        })
    }

    /// Whether every figure a phrase names is a count of the sample design
    /// (agencies sampled, interviews).
    fn names_design(&self, h: &PhraseHit) -> bool {
        let c = self.catalogue;
        let mut named = h.aliases.iter().flat_map(|&(d, a)| {
            let figure = &c.alias_tables()[d].aliases()[a].figure;
            c.named_by(d, figure)
        });
        named.next().is_some_and(|k| {
            std::iter::once(k)
                .chain(named)
                .all(|k| c.measure_kind(&c.figures()[k]) == Some(MeasureKind::Design))
        })
    }

    /// `In 2006 such stings made up nearly 45 per cent of all arrests`,
    /// after a sentence on solicitations of undercover officers: a generic
    /// noun right after `such`, `these` or `those` is the subject before,
    /// when that names a measure the noun names too.
    fn demonstrative_of(&self, h: &PhraseHit, p: &PhraseHit) -> bool {
        h.generic
            && h.token >= 1
            && matches!(
                self.tokens[h.token - 1].word(),
                Some("such" | "these" | "those")
            )
            && self.shares_measure(h, p)
    }

    /// Whether phrase `h`, of the same sentence as the specific phrase
    /// `hit`, is a broader, shorter name of it: right before it in one noun
    /// phrase, or a generic noun; fewer words, a measure in common and one
    /// it does not name (`undercover`, which names the undercover
    /// operations too, of `Undercover officers posing as teens`; `stings`
    /// of `offenders solicited investigators posing as minors`).
    fn part_of_noun_phrase(&self, h: &PhraseHit, hit: &PhraseHit) -> bool {
        // (Right before it in one noun phrase, words only between, or a
        // generic noun anywhere in the sentence.)
        let adjacent = h.token < hit.token
            && hit.token <= h.matched_end + 2
            && (h.matched_end..hit.token)
                .all(|k| self.tokens.get(k).is_some_and(|t| t.word().is_some()));
        self.hit_in_sentence(h)
            && self.hit_in_sentence(hit)
            && !hit.generic
            && (adjacent || h.generic)
            && h.phrase.split_whitespace().count() < hit.phrase.split_whitespace().count()
            && self.shares_measure(h, hit)
            && !self.measures_within(h, hit)
    }

    /// Whether a share is followed by `of those`, `of them` or `of these`.
    fn of_pronoun(&self, amount: &StatedAmount) -> bool {
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        word(after) == Some("of") && matches!(word(after + 1), Some("those" | "them" | "these"))
    }

    /// The measures a phrase names.
    fn measures_of(&self, x: &PhraseHit) -> Vec<String> {
        let c = self.catalogue;
        self.named(x)
            .0
            .iter()
            .filter_map(|&k| c.figures()[k].measure.clone())
            .collect()
    }

    /// Whether two phrases name a measure in common.
    fn shares_measure(&self, a: &PhraseHit, b: &PhraseHit) -> bool {
        let own = self.measures_of(a);
        self.measures_of(b).iter().any(|m| own.contains(m))
    }

    /// Whether phrase `a` names measures, all of which `b` names too.
    fn measures_within(&self, a: &PhraseHit, b: &PhraseHit) -> bool {
        let (x, y) = (self.measures_of(a), self.measures_of(b));
        !x.is_empty() && x.iter().all(|m| y.contains(m))
    }

    /// Whether every alias of a phrase reads it as a share (`older than
    /// 25`, `molested children`), not as a count.
    fn share_only(&self, h: &PhraseHit) -> bool {
        h.aliases
            .iter()
            .all(|&(d, a)| self.catalogue.alias_tables()[d].aliases()[a].reads == AliasReads::Share)
    }

    /// Whether any clause of the sentence names a specific phrase (read
    /// once per sentence).
    fn names_own_subject(&self) -> bool {
        *self.own_subject.get_or_init(|| {
            [AliasReads::Level, AliasReads::Share]
                .into_iter()
                .any(|reads| {
                    phrases_in(self.catalogue, &self.tokens, 0, self.tokens.len(), reads)
                        .iter()
                        .any(|h| !h.generic)
                })
        })
    }

    /// An amount no phrase ties to a figure: the levels the sentence
    /// states, a stated part of a share, or a count equal to one figure may
    /// still name it.
    fn without_subject(
        &self,
        mut f: Finding,
        i: usize,
        by_levels: Option<&LevelMeasure>,
    ) -> Finding {
        let amount = &self.parsed.amounts[i];
        // No phrase: a table row's own counts may name it, or the levels
        // the sentence states.
        if let Some(c) = self.row_change(i) {
            return self.matched(f, &c, None, Vec::new());
        }
        if let Some(lm) = by_levels
            && let Some(c) = self.by_levels(amount, i, lm)
        {
            return self.matched(f, &c, None, Vec::new());
        }
        let waves = amount_waves(self.parsed, i, &self.tokens, &self.mentions, self.catalogue);
        if let Some(c) = self
            .share_after_count(amount, i, &waves)
            .or_else(|| self.share_of_stated_part(amount, i, &waves))
            .or_else(|| self.share_of_stated_counts(amount))
            .or_else(|| self.share_after_part_and_whole(amount, i))
            .or_else(|| self.restated_share(amount, i))
            .or_else(|| self.share_restated_in_brackets(amount, i))
            .or_else(|| self.share_row_of_row_above(amount, &waves))
        {
            return self.matched(f, &c, None, Vec::new());
        }
        if let Some(c) = self
            .equal_count(amount, i, &waves, None)
            .or_else(|| self.equal_share(amount, i, &waves, ""))
            .or_else(|| self.change_to_stated_level(amount, i, &waves))
            .or_else(|| self.equal_change(amount, &waves))
        {
            return self.matched(f, &c, None, Vec::new());
        }
        f.reason = format!(
            "no phrase of the alias tables of {} names what '{}' is about",
            self.dataset_names(),
            amount.wording
        );
        f
    }

    /// When the phrase's own reading does not reproduce the amount: another
    /// phrase (or the sentence before's) whose figure it equals, the levels
    /// the sentence states, a stated part, a count equal to one figure;
    /// else the phrase's reading, with its stated base.
    #[allow(clippy::too_many_arguments)]
    fn other_readings(
        &self,
        f: Finding,
        chosen: Finding,
        i: usize,
        hit: &PhraseHit,
        hits: &[PhraseHit],
        waves: &AmountWaves,
        by_levels: Option<&LevelMeasure>,
    ) -> Finding {
        let amount = &self.parsed.amounts[i];
        let is_change = amount.kind == ClaimKind::Change && amount.role == AmountRole::Claim;
        let candidates_of = |h: &PhraseHit| {
            if is_change {
                self.change_candidates(amount, h, waves)
            } else {
                self.level_candidates(amount, h)
            }
        };
        // Another phrase of the sentence (or what the sentence before was
        // about) may name a figure the amount equals at its printed
        // precision: then it is that figure's.
        // Not a generic noun's, when the levels the sentence states are the
        // chosen measure's (`Arrests of offenders who met a victim online
        // went from 508 to 615, and nearly tripled`: the total's 2.72 is
        // not meant).
        let c = self.catalogue;
        let measure_of = |id: &str| {
            c.figure(id.rsplit("->").next().unwrap_or(id))
                .and_then(|x| x.measure.clone())
        };
        let chosen_measure = chosen.figure.as_deref().and_then(measure_of);
        let levels_confirm = is_change
            && !hit.generic
            && chosen_measure.as_deref().is_some_and(|m| {
                by_levels.is_some_and(|lm| c.figures()[lm.to].measure.as_deref() == Some(m))
                    || self.states_level_of(i, m)
            });
        // Nor when the amount fits the figure of a share's phrase of its
        // own clause (`three in four offenders were older than 25`: 76%,
        // not the 75% of the victims who were girls aged 13 to 15 named
        // before it): the phrase is generic across populations, not across
        // what is counted.
        let own_share_fits = hit.generic
            && !hit.remote
            && self.share_only(hit)
            && matches!(chosen.verdict, Verdict::Consistent | Verdict::Reproduced);
        // Nor another clause's phrase, when the amount's own clause names a
        // specific one (`490 arrests involved offenders who had met a victim
        // online, while 508 involved family members or acquaintances`: the
        // 508 is stated of the family or acquaintance offenders, and is
        // wrong for them, whatever the other clause's figure is).
        // (A count only, its phrase right after it, as its predicate: a
        // share's phrase there may name its part, its whole named
        // elsewhere.)
        let after_amount = self.tokens.partition_point(|t| t.start < amount.span[1]);
        // The amount's own specific phrase, in this sentence, `from` to
        // `to` tokens after it with words only between.
        let own_phrase_after = |from: usize, to: usize| {
            !hit.generic
                && !hit.remote
                && self.hit_in_sentence(hit)
                && !is_change
                && amount.role != AmountRole::Base
                && hit.token >= after_amount + from
                && hit.token <= after_amount + to
                && (after_amount..hit.token)
                    .all(|k| self.tokens.get(k).is_some_and(|t| t.word().is_some()))
        };
        let own_specific = amount.unit == Scale::Count
            // (Stated exactly, and not a share's whole: `17% of the 2,574
            // reported ...`, `more than 1000 technology-facilitated
            // crimes`.)
            && amount.quantifier.is_none()
            && !self.sentence[..amount.span[0]].trim_end().ends_with(" of the")
            // (Words only between them, on one line: not `acquaintances
            // (490), solicitation of ...`, nor a table's next row.)
            && own_phrase_after(0, 2)
            && self
                .tokens
                .get(hit.token)
                .and_then(|t| self.sentence.get(amount.span[1]..t.start))
                .is_some_and(|gap| !gap.contains('\n') && !gap.contains("  "));
        // (Or a count right after its own clause's specific subject and
        // verb, `; arrests of family members or acquaintances numbered
        // 615`: not another clause's phrase across a semicolon, whose figure
        // the writer swapped in.)
        let first_tok = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let own_subject_before = amount.unit == Scale::Count
            && amount.quantifier.is_none()
            && !hit.generic
            && !hit.remote
            && self.hit_in_sentence(hit)
            && !is_change
            && amount.role != AmountRole::Base
            && hit.end() < first_tok
            && first_tok - hit.end() <= 3
            && (hit.end()..first_tok)
                .all(|k| self.tokens.get(k).is_some_and(|t| t.word().is_some()));
        let across_semicolon = |h: &PhraseHit| {
            let (a, b) = (h.token.min(first_tok), h.token.max(first_tok));
            (a..b).any(|k| self.tokens[k].is_punct(';'))
        };
        let own_share_predicate = amount.unit == Scale::Percent
            // (A percentage, not a part stated with its whole: `998 of
            // 2,577`.)
            && !amount.wording.contains(" of ")
            && own_phrase_after(1, 4);
        let mut alternates: Vec<PhraseHit> = hits
            .iter()
            .filter(|h| h.phrase != hit.phrase && !(levels_confirm && h.generic) && !own_share_fits)
            .filter(|h| !(own_specific && h.remote))
            .filter(|h| !(own_subject_before && across_semicolon(h)))
            // (Nor the noun `such stings` that led to the subject before.)
            .filter(|h| !self.demonstrative_of(h, hit))
            // (Nor a shorter phrase of the chosen one's own noun phrase,
            // naming a measure in common with it: `Undercover officers
            // posing as teens accounted for ... about 45% in 2006` is of the
            // solicitations `posing as teens` names, not of the undercover
            // operations the bare `undercover` names too.)
            .filter(|h| !self.part_of_noun_phrase(h, hit))
            // (Nor, for a change, the generic noun that heads the specific
            // phrase chosen: `Arrests involving possession of child
            // pornography tripled` is not the total's 2.72.)
            .filter(|h| {
                !(is_change
                    && h.generic
                    && !hit.generic
                    && !hit.remote
                    && self.hit_in_sentence(hit)
                    && h.end() == hit.token)
            })
            .cloned()
            .collect();
        // What the sentence before was about only when this one's own
        // phrase is weak: `Solicitations of undercover investigators
        // reached 3,137` is about them even after a sentence on the
        // undercover operations whose figure 3,137 is.
        // Not when the sentence's own generic noun counts other things
        // (`Roughly 1,000 \u{2014} arrests with identified victims` after a
        // line on case interviews: 1,000 interviews of 2009 is not meant).
        // (Nor when the sentence's own specific subject, set outside the
        // amount's clause, holds a share in words that the figure before
        // would only reproduce: `Family or acquaintance arrests were 490 in
        // 2000, nearly a fifth of the total`, after a sentence on the 508
        // online meetings, is the family share, 19.01, in [18, 20].)
        let own_subject_fits = in_words(amount)
            && !hit.generic
            && self.hit_in_sentence(hit)
            && chosen.verdict == Verdict::Consistent;
        if let Some(p) = &self.previous
            && !own_share_fits
            && !own_subject_fits
            && p.phrase != hit.phrase
            && (hit.generic || hit.remote)
            && (hit.remote || self.counts_alike(hit, p))
            // (Nor over a specific subject of its own sentence that a
            // pronoun after the share refers to: `Solicitations of officers
            // posing as minors were a quarter of 2000 arrests and nearly 45
            // per cent of those in 2006`, after a line on undercover
            // operations, is of the solicitations.)
            && !(self.of_pronoun(amount)
                && !self.anaphoric
                && !hit.generic
                && self.hit_in_sentence(hit)
                && !self.measures_within(p, hit))
        {
            alternates.push(p.clone());
        }
        let mut equal: Vec<(Candidate, PhraseHit)> = Vec::new();
        for h in alternates {
            for c in candidates_of(&h) {
                let attached_elsewhere = !is_change
                    && waves
                        .attached
                        .as_ref()
                        .is_some_and(|w| c.waves.0.as_ref().is_some_and(|x| x != w));
                // (Nor a sibling of the chosen share, another part of the
                // same whole, named in another clause, over the specific
                // phrase right after the share in its own: `80% of
                // possessors had images of children aged 6 to 12, and 83%
                // had images depicting sexual penetration` swaps the two.)
                // (Of one whole: the same base, or, where the data leave
                // it unsaid, the same table of the interviews' shares.)
                let table = |id: &str| id.split_once('.').map(|(t, _)| t.to_string());
                let same_whole = if c.base.is_some() {
                    c.base == chosen.base
                } else {
                    chosen.base.is_none()
                        && chosen.figure.as_deref().and_then(table) == table(&c.id)
                };
                let sibling = own_share_predicate && h.remote && same_whole;
                if c.reproduced()
                    && !attached_elsewhere
                    && !sibling
                    && !equal.iter().any(|(e, _)| e.id == c.id)
                {
                    equal.push((c, h.clone()));
                }
            }
        }
        if let [(c, h)] = equal.as_slice() {
            let mut f = f;
            f.alias = Some(h.phrase.clone());
            return self.matched(f, c, None, chosen.figure.into_iter().collect());
        }
        // `..., while teenagers' Internet use went from 73% to 93%`: a start
        // or end level whose pair of levels the data hold, each equal, as
        // one measure's is that measure's, whatever phrase of another clause
        // would call it wrong.
        if chosen.verdict == Verdict::Inconsistent
            && matches!(amount.role, AmountRole::From | AmountRole::To)
            && let Some(lm) = by_levels
            && let Some(c) = self.by_levels(amount, i, lm)
            && c.reproduced()
        {
            // (The phrase was not its subject: not what the next sentence
            // refers back to either.)
            let mut f = f;
            f.alias = None;
            return self.matched(f, &c, None, chosen.figure.into_iter().collect());
        }
        // `the online-meeting group by about 21 per cent and the family
        // group to 877`: an end level of a conjunct after `and` whose
        // phrase is the conjunct before's, that one figure of the data
        // equals, is that figure's.
        let start = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let conjunct = (hit.token..start).rev().find(|&k| {
            self.tokens[k]
                .word()
                .is_some_and(|w| matches!(w, "and" | "but" | "while" | "whereas"))
        });
        if chosen.verdict == Verdict::Inconsistent
            && matches!(amount.role, AmountRole::From | AmountRole::To)
            && conjunct.is_some_and(|k| hit.token < k)
            && let Some(c) = self.equal_count(amount, i, waves, Some(&hit.phrase))
        {
            let mut f = f;
            f.alias = None;
            return self.matched(f, &c, None, chosen.figure.into_iter().collect());
        }
        if chosen.status != FindingStatus::Matched
            && let Some(lm) = by_levels
            && let Some(c) = self.by_levels(amount, i, lm)
        {
            return self.matched(f, &c, None, chosen.candidates);
        }
        if chosen.status != FindingStatus::Matched
            && let Some(c) = self
                .share_after_count(amount, i, waves)
                .or_else(|| self.share_of_stated_part(amount, i, waves))
                .or_else(|| self.share_of_stated_counts(amount))
                .or_else(|| self.share_after_part_and_whole(amount, i))
                .or_else(|| self.restated_share(amount, i))
                .or_else(|| self.share_restated_in_brackets(amount, i))
        {
            return self.matched(f, &c, None, chosen.candidates);
        }
        // `... 2,270 responded, a response rate of 88.21%; the researchers
        // then interviewed investigators on 630 of 1,077 eligible cases, or
        // 58.5%`: a percentage that restates the share stated right before
        // it, which it equals, is that share, whatever subject the sentence
        // gave it and called it wrong against.
        if chosen.verdict == Verdict::Inconsistent
            && let Some(c) = self
                .share_after_part_and_whole(amount, i)
                .or_else(|| self.restated_share(amount, i))
                .filter(|c| c.judgement.verdict == Verdict::Reproduced)
        {
            return self.matched(f, &c, None, chosen.figure.into_iter().collect());
        }
        if chosen.status != FindingStatus::Matched
            && !is_change
            && let Some(c) = self.equal_count(amount, i, waves, Some(&hit.phrase))
        {
            return self.matched(f, &c, None, chosen.candidates);
        }
        // `The four categories -- ..., child pornography only -- sum to
        // 7,009`: a count that misses the phrase's figure but equals, at
        // its printed precision, a sum of which that figure is a term is
        // that sum.
        if chosen.verdict == Verdict::Inconsistent
            && !is_change
            && let Some(c) = self.sum_with_term(amount, chosen.figure.as_deref())
        {
            return self.matched(f, &c, None, chosen.figure.into_iter().collect());
        }
        if chosen.verdict == Verdict::Inconsistent
            && !is_change
            && let Some(c) = self.interview_base_of(amount, chosen.figure.as_deref())
        {
            return self.matched(f, &c, None, chosen.figure.into_iter().collect());
        }
        // `completed 630 telephone interviews`: a count of the sample that
        // one figure of the same kind equals exactly is that figure, not a
        // wrong reading of another (the 612 interviews kept), unless the
        // phrase tells the two apart (`796 eligible and sampled cases`:
        // the count of another, a swap).
        if chosen.verdict == Verdict::Inconsistent
            && !is_change
            && let Some(c) = self.equal_in_sample_unit(amount, chosen.figure.as_deref())
            && !self.phrase_tells_apart(hit, chosen.figure.as_deref(), c.figure)
        {
            return self.matched(f, &c, None, chosen.figure.into_iter().collect());
        }
        self.base_stated(chosen, amount)
    }

    /// Whether another count of the sentence than amount `i` equals, at its
    /// printed precision, a figure of `measure` (`nearly tripled, to 877`:
    /// 877 is the 2006 family-or-acquaintance count).
    fn states_level_of(&self, i: usize, measure: &str) -> bool {
        let c = self.catalogue;
        self.parsed.amounts.iter().enumerate().any(|(j, a)| {
            j != i
                && a.kind == ClaimKind::Level
                && a.unit == Scale::Count
                && c.figures_of_measure(measure).iter().any(|f| {
                    c.position(&f.id)
                        .and_then(|k| self.judge_level(a, k, None))
                        .is_some_and(|x| x.reproduced())
                })
        })
    }

    /// The id of the whole a catalogue figure is a share of, if the data
    /// give one.
    fn figure_base_id(&self, k: usize) -> Option<String> {
        let (d, id) = self.catalogue.evidence_source(&self.catalogue.figures()[k]);
        self.catalogue.datasets()[d].figure(&id)?.base.clone()
    }

    /// The value of the whole a catalogue figure is a share of, if the data
    /// give one.
    fn figure_base(&self, k: usize) -> Option<f64> {
        let (d, id) = self.catalogue.evidence_source(&self.catalogue.figures()[k]);
        let ds = &self.catalogue.datasets()[d];
        let base = ds.figure(&id)?.base.clone()?;
        ds.value(&base)
    }

    /// The levels of a change the sentence states (`from 644 in 2000 to
    /// 3,100 in 2006`; `1,713 in 2000 and 3,672 in 2006, an increase of
    /// 1,959`): their positions among the amounts, in wave order, when they
    /// are two or more.
    fn change_levels(&self) -> Vec<Vec<usize>> {
        let amounts = &self.parsed.amounts;
        let roles: Vec<usize> = (0..amounts.len())
            .filter(|&k| matches!(amounts[k].role, AmountRole::From | AmountRole::To))
            .collect();
        if roles.len() >= 2 {
            // `from 508 in 2000 to 615 in 2006, while ... went from 73% to
            // 93%`: a start level after an end level starts another change,
            // when that one has its start (`3,672 in 2006, up from 1,713`
            // is one change, its end first).
            let mut groups: Vec<Vec<usize>> = vec![Vec::new()];
            for k in roles {
                let last_is_end = groups.last().is_some_and(|g| {
                    g.last().is_some_and(|&j| amounts[j].role == AmountRole::To)
                        && g.iter().any(|&j| amounts[j].role == AmountRole::From)
                });
                if last_is_end && amounts[k].role == AmountRole::From {
                    groups.push(Vec::new());
                }
                if let Some(g) = groups.last_mut() {
                    g.push(k);
                }
            }
            // A change needs where it starts: end levels alone (`tripled,
            // to 7,010, and increased to 8,144`) are two changes' ends.
            groups
                .retain(|g| g.len() >= 2 && g.iter().any(|&j| amounts[j].role == AmountRole::From));
            return groups;
        }
        let change = amounts
            .iter()
            .position(|a| a.kind == ClaimKind::Change && a.role == AmountRole::Claim);
        let has_change = change.is_some();
        // `7,010 -- close to 2.7 times the earlier count -- and the 2009
        // survey found 8,144`: a level in a clause opened after the change
        // by a break and a conjunction is another statement's.
        let token_at = |at: usize| self.tokens.partition_point(|t| t.start < at);
        let next_clause = change.and_then(|c| {
            crate::study::statement::next_clause(&self.tokens, token_at(amounts[c].span[1]))
        });
        let levels: Vec<usize> = (0..amounts.len())
            .filter(|&k| {
                amounts[k].role == AmountRole::Claim
                    && matches!(amounts[k].kind, ClaimKind::Level | ClaimKind::Share)
                    && next_clause.is_none_or(|n| token_at(amounts[k].span[0]) < n)
            })
            .collect();
        // `3,672 ..., more than twice the first wave's 1,713 - about half
        // of all 2006 arrests`: two counts are the change's levels; a share
        // beside them is of another whole.
        let counts: Vec<usize> = levels
            .iter()
            .copied()
            .filter(|&k| amounts[k].unit == Scale::Count)
            .collect();
        if has_change && counts.len() >= 2 && counts.len() < levels.len() {
            vec![counts]
        } else if has_change && levels.len() >= 2 {
            vec![levels]
        } else {
            Vec::new()
        }
    }

    /// The one measure whose figures every stated level of the sentence's
    /// change equals, each in its own wave, the waves all different (`from
    /// 612 to 1,051`: the interviews of 2000 and 2006). Two numbers that
    /// each equal a figure of one measure, in two waves, name it better
    /// than any word around them.
    fn level_measures(&self) -> Vec<LevelMeasure> {
        self.change_levels()
            .iter()
            .filter_map(|g| self.level_measure(g))
            .map(|lm| self.measure_named_instead(&lm).unwrap_or(lm))
            .collect()
    }

    /// `Arrests for online meeting went from 490 to 877 between 2000 and
    /// 2006`: levels that equal one measure's figures (the family or
    /// acquaintance arrests) do not make the sentence about that measure
    /// when its own words name another instead, before the levels: the one
    /// measure its specific phrases name, with a figure in each of the
    /// levels' waves, and no phrase of the levels' measure. The levels are
    /// then judged against the measure named, each against its figure of
    /// the wave of the figure it equals (and the change they state, by
    /// [`Self::change_of_measure_named`]): the levels' measure returned
    /// is the measure named's.
    fn measure_named_instead(&self, lm: &LevelMeasure) -> Option<LevelMeasure> {
        let c = self.catalogue;
        let figures = c.figures();
        let own = figures[lm.from].measure.as_deref()?;
        let first = lm.levels.iter().map(|&(i, _)| i).min()?;
        let start = self
            .tokens
            .partition_point(|t| t.start < self.parsed.amounts[first].span[0]);
        let mut hits = sentence_subjects(c, &self.tokens, self.sentence, AliasReads::Level);
        hits.extend(sentence_subjects(
            c,
            &self.tokens,
            self.sentence,
            AliasReads::Share,
        ));
        let measures = |h: &PhraseHit| -> Vec<Option<String>> {
            self.named(h)
                .0
                .into_iter()
                .map(|k| figures[k].measure.clone())
                .collect()
        };
        // (A phrase of the levels' own measure anywhere in the sentence
        // keeps them that measure's.)
        if hits
            .iter()
            .any(|h| measures(h).iter().any(|m| m.as_deref() == Some(own)))
        {
            return None;
        }
        // The phrase right before the levels, with only a verb of change
        // between (`Arrests for online meeting went from`): not one a word
        // of its own narrows (`Cases involving child pornography alone
        // went from 935 to 2,417`, the child-pornography-only arrests).
        let phrase = hits
            .iter()
            .filter(|h| !h.generic && h.matched_end <= start)
            .max_by_key(|h| (h.matched_end, h.words()))?;
        // (Past a relative clause set off by commas: `Arrests for online
        // predation, where the offender met a young person online, went
        // from 490 to 877`.)
        let mut between = &self.tokens[phrase.matched_end..start];
        let comma = |t: &Spanned| matches!(t.token, crate::claims::Token::Punct(','));
        if between.first().is_some_and(comma)
            && between
                .get(1)
                .and_then(Spanned::word)
                .is_some_and(|w| matches!(w, "where" | "who" | "which" | "whose" | "in"))
            && let Some(close) = between.iter().skip(1).position(comma)
        {
            between = &between[close + 2..];
        }
        let between_verbs = between.iter().all(|t| {
            t.word().is_some_and(|w| {
                matches!(
                    w,
                    "went"
                        | "rose"
                        | "grew"
                        | "climbed"
                        | "increased"
                        | "jumped"
                        | "fell"
                        | "dropped"
                        | "declined"
                        | "from"
                        | "have"
                        | "has"
                        | "had"
                )
            })
        });
        let named = measures(phrase);
        let Some(Some(other)) = named.first() else {
            return None;
        };
        if !between_verbs || named.iter().any(|m| m.as_ref() != Some(other)) {
            return None;
        }
        let other = other.as_str();
        let of_wave = |k: usize| {
            c.figures_of_measure(other)
                .iter()
                .find(|f| f.wave.is_some() && f.wave == figures[k].wave)
                .and_then(|f| c.position(&f.id))
        };
        let levels: Vec<(usize, usize)> = lm
            .levels
            .iter()
            .map(|&(i, k)| Some((i, of_wave(k)?)))
            .collect::<Option<_>>()?;
        Some(LevelMeasure {
            from: of_wave(lm.from)?,
            to: of_wave(lm.to)?,
            levels,
            equal_of_another: Some(
                lm.levels
                    .iter()
                    .map(|&(_, k)| figures[k].id.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        })
    }

    fn level_measure(&self, levels: &[usize]) -> Option<LevelMeasure> {
        let c = self.catalogue;
        let measures = c.measures();
        let mut found: Vec<LevelMeasure> = Vec::new();
        for m in measures {
            let mut figures = Vec::new();
            for &i in levels {
                let amount = &self.parsed.amounts[i];
                let waves = amount_waves(self.parsed, i, &self.tokens, &self.mentions, c);
                let equal: Vec<(usize, Option<String>)> = c
                    .figures_of_measure(m)
                    .iter()
                    .filter(|f| {
                        waves.attached.is_none() || f.wave.is_none() || f.wave == waves.attached
                    })
                    .filter_map(|f| {
                        let k = c.position(&f.id)?;
                        self.judge_level(amount, k, None)
                            .filter(Candidate::reproduced)
                            .map(|_| (k, f.wave.clone()))
                    })
                    .collect();
                match equal.as_slice() {
                    [one] => figures.push((i, one.0, one.1.clone())),
                    _ => break,
                }
            }
            if figures.len() != levels.len() {
                continue;
            }
            let mut ranks: Vec<usize> = figures
                .iter()
                .map(|(_, _, w)| c.wave_rank(w.as_deref()))
                .collect();
            ranks.sort_unstable();
            ranks.dedup();
            if ranks.len() != figures.len() || ranks.contains(&usize::MAX) {
                continue;
            }
            figures.sort_by_key(|(_, _, w)| c.wave_rank(w.as_deref()));
            found.push(LevelMeasure {
                levels: figures.iter().map(|&(i, k, _)| (i, k)).collect(),
                from: figures.first().map(|x| x.1)?,
                to: figures.last().map(|x| x.1)?,
                equal_of_another: None,
            });
        }
        match found.len() {
            1 => found.pop(),
            _ => None,
        }
    }

    /// `These arrests grew nearly fivefold, starting from 644`: a change
    /// whose sentence states only its start level, a count that equals one
    /// figure, is that figure's measure's change to the one later wave
    /// that measure has a value in (644, the 2000 undercover
    /// solicitations, to 3,100 in 2006).
    fn start_level_change(&self, amount: &StatedAmount, i: usize) -> Option<Candidate> {
        if amount.kind != ClaimKind::Change || amount.role != AmountRole::Claim {
            return None;
        }
        let amounts = &self.parsed.amounts;
        if amounts.iter().any(|a| a.role == AmountRole::To) {
            return None;
        }
        let from = |a: &StatedAmount| {
            a.role == AmountRole::From
                || self.sentence[..a.span[0]]
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| w.eq_ignore_ascii_case("from"))
        };
        let starts: Vec<usize> = (0..amounts.len())
            .filter(|&j| {
                j != i
                    && amounts[j].unit == Scale::Count
                    && amounts[j].kind == ClaimKind::Level
                    && from(&amounts[j])
            })
            .collect();
        let [j] = starts.as_slice() else {
            return None;
        };
        let c = self.catalogue;
        let w = amount_waves(self.parsed, *j, &self.tokens, &self.mentions, c);
        let k = self.equal_count(&amounts[*j], *j, &w, None)?.figure;
        let start = &c.figures()[k];
        let measure = start.measure.as_deref()?;
        let rank = c.wave_rank(start.wave.as_deref());
        let (d, _) = c.dataset(&start.dataset)?;
        let later: Vec<usize> = c
            .figures_of_measure(measure)
            .iter()
            .filter(|f| {
                c.wave_rank(f.wave.as_deref()) > rank && c.datasets()[d].value(&f.id).is_some()
            })
            .filter_map(|f| c.position(&f.id))
            .collect();
        let [end] = later.as_slice() else {
            return None;
        };
        let mut cand = self.judge_change(amount, k, *end)?;
        cand.add_note(format!(
            "the sentence states the level it started from, '{}' ({}), so it is that measure's change",
            amounts[*j].wording, start.id
        ));
        Some(cand)
    }

    /// A level or change of the sentence judged against the measure its
    /// levels equal.
    fn by_levels(&self, amount: &StatedAmount, i: usize, lm: &LevelMeasure) -> Option<Candidate> {
        // (Not a contrasting clause's: it names its own subject.)
        if self.contrasting_subject(amount) || self.levels_across_contrast(amount, lm) {
            return None;
        }
        // (A change in a table's row runs between that row's own counts,
        // or from the row above's to its own: never between other rows'.
        // `| 2006 | 7,010 | up 172% |` is not the change from 7,010 to the
        // 8,144 of the row below.)
        if amount.kind == ClaimKind::Change && self.table_row_start(amount).is_some() {
            return self.row_change(i);
        }
        let note = match &lm.equal_of_another {
            None => "the levels the sentence states are this measure's figures".to_string(),
            Some(equal) => levels_of_another(equal),
        };
        let token_at = |at: usize| self.tokens.partition_point(|t| t.start < at);
        // (Nor a change measured from a year named right after it: `then
        // to 8,144 in 2009, which is 16 per cent above the 2006 level`.)
        let end = token_at(amount.span[1]);
        // (Or a multiple of a start it names after it: `and 8,144 in 2009,
        // more than three times the first-wave estimate`.)
        let after = crate::claims::following_words(self.sentence, amount.span[1]);
        let named_start = after
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .take(4)
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| {
                (w[0].ends_with("-wave")
                    || w[0].len() == 4 && w[0].bytes().all(|b| b.is_ascii_digit()))
                    && matches!(
                        w[1],
                        "estimate" | "figure" | "level" | "count" | "total" | "number"
                    )
            });
        // (Nor a change `over the decade` when the levels span less: `7,010
        // arrests in 2006 and 8,144 in 2009, so the total more than tripled
        // over the decade`.)
        let decade = after.to_lowercase().contains("decade") && {
            let year = |k: usize| {
                self.catalogue.figures()[k]
                    .wave
                    .as_deref()
                    .and_then(|w| self.catalogue.waves().iter().find(|x| x.id == w))
                    .and_then(|w| w.years.first().copied())
            };
            // (Levels less than `DECADE_AT_LEAST` years apart span no
            // decade.)
            matches!((year(lm.from), year(lm.to)), (Some(a), Some(b)) if b - a < DECADE_AT_LEAST)
        };
        if amount.kind == ClaimKind::Change && decade {
            return None;
        }
        // (Nor a change in a table's row written without its outer bars,
        // `2006 | 7,010 | +172%` over `2009 | 8,144 | +16%`: its row dates
        // it, not the levels of the whole table.)
        let row_start = self.sentence[..amount.span[0]]
            .rfind('\n')
            .map_or(0, |n| n + 1);
        if amount.kind == ClaimKind::Change
            && self.sentence[row_start..amount.span[0]]
                .matches('|')
                .count()
                >= 2
            && !self.sentence[row_start..amount.span[0]]
                .trim_start()
                .starts_with('|')
        {
            return None;
        }
        // (Nor a change whose own words name another pair of waves: `far
        // less than the 172 per cent rise between the first two waves`,
        // after a table of all three.)
        if amount.kind == ClaimKind::Change {
            let c = self.catalogue;
            let own = amount_waves(self.parsed, i, &self.tokens, &self.mentions, c);
            let wave = |k: usize| c.figures()[k].wave.clone();
            if let (Some(a), Some(b)) = (&own.from, &own.to)
                && (Some(a.clone()), Some(b.clone())) != (wave(lm.from), wave(lm.to))
            {
                return None;
            }
            // (Nor one whose own words end it in a later wave than the
            // levels: `from 2,577 to 7,010, and rose by just over 16 per
            // cent again by 2009`.)
            if own.from.is_none()
                && own.to.is_none()
                && let Some(b) = &own.attached
                && c.wave_rank(Some(b)) > c.wave_rank(wave(lm.to).as_deref())
            {
                return None;
            }
        }
        if amount.kind == ClaimKind::Change
            && (named_start && amount.unit == Scale::Ratio
                || self
                    .mentions
                    .iter()
                    .any(|m| m.since && m.token >= end && m.token <= end + 4))
        {
            return None;
        }
        // (Nor a change set off right after a level of another group:
        // `... from 2,577 in 2000 to 7,010 in 2006, and reached 8,144 in
        // 2009, roughly 5,600 more than in the first wave`.)
        if amount.kind == ClaimKind::Change
            && let Some(j) = i.checked_sub(1)
            && !lm.levels.iter().any(|&(k, _)| k == j)
            && self.parsed.amounts[j].kind == ClaimKind::Level
            && self
                .sentence
                .get(self.parsed.amounts[j].span[1]..amount.span[0])
                .is_some_and(|gap| {
                    let gap = gap.trim();
                    gap.ends_with(',') && gap.split_whitespace().count() <= 3
                })
        {
            return None;
        }
        // (A change set off right after the last step of a sequence the
        // sentence walks through, `rose from 2,577 (2000) to 7,010 (2006),
        // ..., and then to 8,144 in 2009, about 1,500 more`: that step's
        // change, from the level before it.)
        if amount.kind == ClaimKind::Change
            && amount.role == AmountRole::Claim
            && let Some(j) = i.checked_sub(1)
            && let Some(&(_, to)) = lm.levels.iter().find(|(x, _)| *x == j)
            && let Some(&(p, from)) = lm
                .levels
                .iter()
                .filter(|(x, _)| *x < j)
                .max_by_key(|(x, _)| *x)
            && let Some(gap) = self
                .sentence
                .get(self.parsed.amounts[j].span[1]..amount.span[0])
            && gap.trim().ends_with(',')
            && gap.split_whitespace().count() <= 3
            && self
                .sentence
                .get(self.parsed.amounts[p].span[1]..self.parsed.amounts[j].span[0])
                .is_some_and(|between| {
                    between
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w.eq_ignore_ascii_case("then"))
                })
        {
            let mut c = self.judge_change(amount, from, to)?;
            c.add_note(format!(
                "it is set off right after '{}', the step the sentence takes `then`, so it is the change from {} to {}",
                self.parsed.amounts[j].wording,
                self.catalogue.figures()[from].id,
                self.catalogue.figures()[to].id
            ));
            return Some(c);
        }
        let mut c = if let Some(&(_, k)) = lm.levels.iter().find(|(j, _)| *j == i) {
            self.judge_level(amount, k, None)?
        } else if amount.kind == ClaimKind::Change && amount.role == AmountRole::Claim {
            // Not a change in a clause opened after the levels (`rose from
            // 2,577 in 2000 to 8,144 in 2009, and the 2009 total was 1,134
            // higher than the 2006 figure`).
            let last = lm.levels.iter().map(|&(j, _)| j).max()?;
            let opened = crate::study::statement::next_clause(
                &self.tokens,
                token_at(self.parsed.amounts[last].span[1]),
            );
            // (A clause naming its own subject, `the 2009 total`; `; in
            // plain words, they tripled` restates.)
            let at = token_at(amount.span[0]);
            let own_subject = opened.is_some_and(|k| {
                k < at
                    && (!phrases_in(self.catalogue, &self.tokens, k, at, AliasReads::Level)
                        .is_empty()
                        || self.tokens[k..at].iter().any(|t| {
                            matches!(
                                t.word(),
                                Some(
                                    "total" | "figure" | "count" | "estimate" | "level" | "number"
                                )
                            )
                        }))
            });
            if last < i && own_subject {
                return None;
            }
            // `by 2009 it was 8,144 - more than three times the starting
            // level`: a start named after it is the measure's first wave.
            let c = self.catalogue;
            let first = self
                .tokens
                .get(token_at(amount.span[1]))
                .and_then(Spanned::word)
                .filter(|w| {
                    matches!(
                        *w,
                        "starting" | "first" | "original" | "initial" | "earliest"
                    )
                })
                .and_then(|_| c.figures()[lm.to].measure.as_deref())
                .and_then(|m| c.figures_of_measure(m).first().map(|f| f.id.clone()))
                .and_then(|id| c.position(&id));
            // `went from 2,577 in 2000 to 7,010 in 2006 ... and rose again,
            // by about 16 per cent, to 8,144 in 2009`: a change between two
            // of three or more levels is the leg from the level before it
            // to the level after it.
            // (The level after it only in its own clause: `7,010 in 2006,
            // about 3,400 more arrests, and rose again ... to 8,144` gives
            // the 3,400 the leg that ends at 7,010.)
            let mut before: Vec<(usize, usize)> =
                lm.levels.iter().copied().filter(|(j, _)| *j < i).collect();
            before.sort_unstable();
            let after = lm
                .levels
                .iter()
                .filter(|(j, _)| *j > i)
                .min_by_key(|(j, _)| *j);
            let same_clause = after.is_some_and(|&(j, _)| {
                let next = crate::study::statement::next_clause(&self.tokens, end);
                next.is_none_or(|k| k >= token_at(self.parsed.amounts[j].span[0]))
            });
            let leg = match (before.last(), after) {
                _ if lm.levels.len() < 3 || first.is_some() => None,
                (Some(&(_, a)), Some(&(_, b))) if same_clause => Some((a, b)),
                (Some(&(_, b)), Some(_)) if before.len() >= 2 => {
                    Some((before[before.len() - 2].1, b))
                }
                _ => None,
            };
            // (A multiple of the first figure is of the level right before
            // it, when that is the measure's, as `the third wave put them at
            // 8,144 in 2009: more than three times the first figure`.)
            let just_before = first.and_then(|_| {
                let prev = self.parsed.amounts.get(i.checked_sub(1)?)?;
                let m = c.figures()[lm.to].measure.as_deref()?;
                c.figures_of_measure(m).iter().find_map(|f| {
                    let k = c.position(&f.id)?;
                    self.judge_level(prev, k, None)
                        .is_some_and(|x| x.reproduced())
                        .then_some(k)
                })
            });
            let (a, b) = leg.unwrap_or((first.unwrap_or(lm.from), just_before.unwrap_or(lm.to)));
            self.judge_change(amount, a, b)?
        } else {
            return None;
        };
        c.add_note(note);
        Some(c)
    }

    /// `Seventeen percent of the agencies (n=383)`, `Nearly four in ten of
    /// those arrests (998)`: a percentage with its part stated in brackets
    /// right after it, that part the one figure it equals, is that
    /// figure's share of its whole.
    fn share_of_stated_part(
        &self,
        amount: &StatedAmount,
        i: usize,
        waves: &AmountWaves,
    ) -> Option<Candidate> {
        if amount.unit != Scale::Percent {
            return None;
        }
        let next = self.parsed.amounts.get(i + 1)?;
        let gap = self.sentence.get(amount.span[1]..next.span[0])?;
        // `... of the agencies (n=383)`: the size in brackets right after;
        // or the count itself (`Nearly four in ten of those arrests (998)
        // involved identified victims`).
        let squeezed: String = gap.to_lowercase().split_whitespace().collect();
        // (Right after: a few words, no clause between.)
        let words = gap
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        if words > 5 || gap.contains([';', ',']) {
            return None;
        }
        let sized = next.role == AmountRole::Base && squeezed.ends_with("(n=");
        let counted =
            squeezed.ends_with('(') && next.unit == Scale::Count && self.bracket_closes(next);
        if !sized && !counted {
            return None;
        }
        let part = self.equal_count(next, i + 1, waves, None)?;
        let c = self.judge_level(amount, part.figure, None)?;
        c.base.is_some().then_some(c)
    }

    /// Whether a closing bracket comes right after an amount (`(998)`).
    fn bracket_closes(&self, a: &StatedAmount) -> bool {
        self.sentence
            .get(a.span[1]..)
            .is_some_and(|r| r.trim_start().starts_with(')'))
    }

    /// `Nearly a third of possessors (31%) had also ...`, `About one in
    /// three arrests (644 of 2,577) were ...`: a share followed, within a
    /// few words, by a bracket holding a share that reproduces a figure is
    /// a wording of that figure's share, right or wrong.
    fn share_restated_in_brackets(&self, amount: &StatedAmount, i: usize) -> Option<Candidate> {
        if amount.unit != Scale::Percent {
            return None;
        }
        let next = self.parsed.amounts.get(i + 1)?;
        let gap = self.sentence.get(amount.span[1]..next.span[0])?;
        let words = gap
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        if !gap.trim_end().ends_with('(')
            || words > 4
            || !self.bracket_closes(next)
            || next.unit != Scale::Percent
        {
            return None;
        }
        let judged = self.judge_amount_words(i + 1, None, None, &mut None)?;
        if judged.status != FindingStatus::Matched || judged.verdict != Verdict::Reproduced {
            return None;
        }
        let k = self.catalogue.position(judged.figure.as_deref()?)?;
        let mut c = self.judge_level(amount, k, None)?;
        c.add_note(format!(
            "the bracket after it, '{}', states that figure's share",
            next.wording
        ));
        Some(c)
    }

    /// `630 of the 1,077 eligible cases - about two-thirds -`: a share set
    /// right after a share the sentence states exactly (nothing but a dash,
    /// a bracket, a comma or `or` between) restates it, right or wrong.
    fn restated_share(&self, amount: &StatedAmount, i: usize) -> Option<Candidate> {
        if amount.unit != Scale::Percent {
            return None;
        }
        // The last share before it; an amount between them lies inside
        // that share's words (`630 of the 1,077` holds `1,077`).
        let &(j, k) = self.shares.borrow().iter().rev().find(|(j, _)| *j < i)?;
        let previous = self.parsed.amounts.get(j)?;
        let inside = self.parsed.amounts[j + 1..i]
            .iter()
            .all(|a| a.span[0] >= previous.span[0] && a.span[1] <= previous.span[1]);
        if !inside {
            return None;
        }
        // The share's noun may come first (`630 of the 1,077 eligible cases
        // - about two-thirds`): at most four words, then the set-off mark,
        // then nothing but `or`.
        let gap = self.sentence.get(previous.span[1]..amount.span[0])?;
        let mark = gap.rfind(['-', '\u{2013}', '\u{2014}', '(', ','])?;
        let words = |t: &str| -> Vec<String> {
            t.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let (noun, after) = (words(&gap[..mark]), words(&gap[mark..]));
        // (`eligible and sampled cases`: an `and` inside the noun joins
        // its words, not clauses.)
        // (Not across a semicolon or a new whole: `88 per cent responded;
        // of those responding, 17 per cent`.)
        let set_off = noun.len() <= 4
            && !gap[..mark].contains([';', ':'])
            && !noun.iter().any(|w| w == "of")
            && !noun.iter().enumerate().any(|(x, w)| {
                CONJUNCTIONS_OF_CLAUSES.contains(&w.as_str()) && (x == 0 || w != "and")
            })
            && after.iter().all(|w| matches!(w.as_str(), "or" | "i" | "e"))
            && after.len() <= 2;
        // (Nor the second of a list of parts, each with its own noun after
        // it: `87 PER CENT UNDERCOVER, 13 PER CENT YOUTH`.)
        let after_amount = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let own_noun = !noun.is_empty()
            && self
                .tokens
                .get(after_amount)
                .and_then(Spanned::word)
                .is_some_and(|w| {
                    w.chars().all(char::is_alphabetic)
                        && !matches!(w, "of" | "in" | "or" | "and" | "to" | "for" | "is" | "was")
                });
        // (Nor a share with a year of its own after it, other than one
        // between them: `involved in 1,713 arrests (about 66 per cent) in
        // 2000, over half in 2006` is the 2006 share, not the 2000 one
        // restated.)
        let year = |w: &&String| w.len() == 4 && w.chars().all(|c| c.is_ascii_digit());
        let own_year = words(&crate::claims::following_words(
            self.sentence,
            amount.span[1],
        ))
        .iter()
        .take(2)
        .find(year)
        .is_some_and(|y| !noun.iter().filter(year).any(|g| g == y));
        if !set_off || own_noun || own_year {
            return None;
        }
        let mut c = self.judge_level(amount, k, None)?;
        // (A number that misses the figure a share in words before it only
        // fits says that figure was not its: `Of offenders who possessed
        // child pornography, just over half (53%) had no other offence
        // found` is no share of all arrests, which 52.38% only fits.)
        if c.judgement.verdict == Verdict::Inconsistent
            && !previous.wording.chars().any(|x| x.is_ascii_digit())
        {
            return None;
        }
        c.add_note(format!(
            "'{}' restates the share '{}' set right before it",
            amount.wording, previous.wording
        ));
        Some(c)
    }

    /// `completed in 630 of the 1,077 eligible cases`: a share stated as
    /// its part and its whole, both whole numbers, is the one figure of the
    /// data that equals the part and whose base equals the whole.
    /// The two whole numbers of an amount stated as a part and its whole
    /// (`3,100 of the 8,144`), with the words between them.
    fn part_and_whole(&self, amount: &StatedAmount) -> Option<(f64, f64, Vec<&str>)> {
        let (first, after) = (
            self.tokens.partition_point(|t| t.start < amount.span[0]),
            self.tokens.partition_point(|t| t.start < amount.span[1]),
        );
        let numbers: Vec<f64> = self.tokens[first..after]
            .iter()
            .filter_map(|t| match &t.token {
                crate::claims::Token::Number(p, _) if p.decimals() == 0 => Some(p.value()),
                _ => None,
            })
            .collect();
        let words: Vec<&str> = self.tokens[first..after]
            .iter()
            .filter_map(Spanned::word)
            .collect();
        let [part, whole] = numbers.as_slice() else {
            return None;
        };
        Some((*part, *whole, words))
    }

    fn share_of_stated_counts(&self, amount: &StatedAmount) -> Option<Candidate> {
        if amount.unit != Scale::Percent {
            return None;
        }
        let (part, whole, words) = self.part_and_whole(amount)?;
        if !(words == ["of"] || words == ["of", "the"]) {
            return None;
        }
        let Some(k) = self.figure_of_part_and_whole(part, whole) else {
            return self.counts_of_a_sum(amount, part, whole);
        };
        let mut cand = self.judge_level(amount, k, None)?;
        cand.add_note(format!(
            "'{}' and '{}' are the part and the whole of this figure, which no other figure's are",
            short_value(Some(part)),
            short_value(Some(whole))
        ));
        Some(cand)
    }

    /// `Online-meeting arrests were about 41 per cent of identified-victim
    /// arrests in 2006`: the share of part figure `part` in figure `whole`
    /// of its wave, where the data define that whole as a sum of which the
    /// part is a term (identified-victim arrests: online meeting plus family
    /// or acquaintance), judged as the part over that whole.
    fn share_in_sum(&self, amount: &StatedAmount, part: usize, whole: usize) -> Option<Candidate> {
        let c = self.catalogue;
        let (pf, wf) = (&c.figures()[part], &c.figures()[whole]);
        if pf.wave.is_none() || pf.wave != wf.wave {
            return None;
        }
        // (In the dataset that holds both, by its own ids.)
        let ((dp, idp), (dw, idw)) = (c.evidence_source(pf), c.evidence_source(wf));
        let ds = &c.datasets()[dp];
        if dp != dw
            || !ds
                .derived()
                .iter()
                .any(|x| x.id == idw && x.terms.contains(&idp))
        {
            return None;
        }
        let (p, w) = (ds.value(&idp)?, ds.value(&idw)?);
        let mut cand = self.judge_level(amount, part, Some(&idw))?;
        cand.add_note(format!(
            "a share of {} ({}), a sum the data define with {} as one of its terms: {} / {}",
            wf.id,
            short_value(Some(w)),
            pf.id,
            short_value(Some(p)),
            short_value(Some(w))
        ));
        Some(cand)
    }

    /// `508 of 998`: a part and a whole stated as counts, of one wave, that
    /// equal a figure and a sum the data define with it as a term.
    fn counts_of_a_sum(&self, amount: &StatedAmount, part: f64, whole: f64) -> Option<Candidate> {
        let c = self.catalogue;
        let equal = |x: f64| -> Vec<usize> {
            (0..c.figures().len())
                .filter(|&k| {
                    let (d, id) = c.evidence_source(&c.figures()[k]);
                    c.datasets()[d].value(&id) == Some(x)
                })
                .collect()
        };
        let wholes = equal(whole);
        let mut found: Vec<Candidate> = Vec::new();
        for kp in equal(part) {
            for &kw in &wholes {
                if let Some(x) = self.share_in_sum(amount, kp, kw)
                    && !found.iter().any(|y| {
                        let same = |id: &str| c.figure(id).and_then(|f| f.same_as.clone());
                        y.id == x.id || same(&y.id).is_some() && same(&y.id) == same(&x.id)
                    })
                {
                    found.push(x);
                }
            }
        }
        let [one] = <[Candidate; 1]>::try_from(found).ok()?;
        Some(one)
    }

    /// The one share of a sum that a share stated of the whole phrase
    /// `whole` names, with its part named by `part`, in the wave of the
    /// figure first chosen for it. With no part named (`they made up about
    /// 41 per cent of identified-victim arrests`, after a sentence whose
    /// subject was that whole): the one term of the sum whose share of it
    /// the amount fits.
    fn share_of_named_sum(
        &self,
        amount: &StatedAmount,
        part: Option<&PhraseHit>,
        whole: &PhraseHit,
        chosen: &Finding,
    ) -> Option<Candidate> {
        let c = self.catalogue;
        let wave = chosen
            .figure
            .as_deref()
            .and_then(|id| c.figure(id))?
            .wave
            .clone();
        let parts: Vec<usize> = match part {
            Some(p) => self.named(p).0,
            None => (0..c.figures().len()).collect(),
        };
        let mut found: Vec<Candidate> = Vec::new();
        for kw in self.named(whole).0 {
            if c.figures()[kw].wave != wave {
                continue;
            }
            found.extend(
                parts
                    .iter()
                    .filter_map(|&kp| self.share_in_sum(amount, kp, kw))
                    .filter(|x| part.is_some() || x.fits()),
            );
        }
        only_one(found)
    }

    /// The one figure (by any of its ids) whose value is `part` and whose
    /// base's value is `whole`, if exactly one.
    fn figure_of_part_and_whole(&self, part: f64, whole: f64) -> Option<usize> {
        let c = self.catalogue;
        let equal: Vec<usize> = (0..c.figures().len())
            .filter(|&k| {
                let (d, id) = c.evidence_source(&c.figures()[k]);
                let ds = &c.datasets()[d];
                ds.value(&id) == Some(part)
                    && ds
                        .figure(&id)
                        .and_then(|f| f.base.as_deref())
                        .and_then(|b| ds.value(b))
                        == Some(whole)
            })
            .collect();
        let mut ids: Vec<String> = equal
            .iter()
            .map(|&k| {
                let f = &c.figures()[k];
                f.same_as.clone().unwrap_or_else(|| f.id.clone())
            })
            .collect();
        ids.sort();
        ids.dedup();
        (ids.len() == 1).then(|| equal.first().copied()).flatten()
    }

    /// `They completed 630 interviews out of 1,077 eligible and sampled
    /// cases, or 58.5 percent`: a percentage set off right after a part and
    /// its whole stated as counts (`N ... of M`) that are one figure's
    /// restates that figure's share.
    fn share_after_part_and_whole(&self, amount: &StatedAmount, i: usize) -> Option<Candidate> {
        if amount.unit != Scale::Percent || i < 2 {
            return None;
        }
        let (a, b) = (&self.parsed.amounts[i - 2], &self.parsed.amounts[i - 1]);
        let whole_count = |x: &StatedAmount| {
            x.unit == Scale::Count
                && x.printed.as_ref().is_some_and(|p| p.decimals() == 0)
                && x.stated.is_some()
        };
        if !whole_count(a) || !whole_count(b) {
            return None;
        }
        let between = self.sentence.get(a.span[1]..b.span[0])?.to_lowercase();
        // (`630 interviews were completed from 1,077 eligible and sampled
        // cases, roughly 58.5 percent`: `from` too.)
        let of = between.split_whitespace().count() <= 4
            && between.split_whitespace().any(|w| w == "of" || w == "from");
        let gap = self.sentence.get(b.span[1]..amount.span[0])?;
        let set_off = gap.contains([',', '(', '\u{2014}', '\u{2013}']) || gap.contains(" - ");
        let words = gap
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        if !of || !set_off || words > 6 || gap.contains(['.', ';']) {
            return None;
        }
        let k = self.figure_of_part_and_whole(a.stated?, b.stated?)?;
        let mut c = self.judge_level(amount, k, None)?;
        c.add_note(format!(
            "'{}' and '{}' before it are the part and the whole of this figure",
            a.wording, b.wording
        ));
        Some(c)
    }

    /// `2,270 replied, just over 88 per cent of the sample`; `completed for
    /// 630 (58.5 per cent)`: a percentage in apposition right after a count
    /// that equals one figure restates that count as its share of its
    /// whole. Taken only when it fits: a percentage there may also be a
    /// part of the part (`615 arrests, 87% of them ...`), so one that does
    /// not fit is left unmatched, never judged wrong.
    /// The waves the sentence names (not those a change runs `since`).
    fn named_waves(&self) -> Vec<&str> {
        self.mentions
            .iter()
            .filter(|m| !m.since)
            .map(|m| m.wave.as_str())
            .collect()
    }

    /// Whether the sentence's own `h` comes with `the total` in a wave of
    /// which the subject before, `p`, names no figure.
    fn total_beyond(&self, h: &PhraseHit, p: &PhraseHit) -> bool {
        let waves = self.named_waves();
        self.hit_in_sentence(h)
            && self.names_the_total()
            && !waves.is_empty()
            && !self.named(p).0.iter().any(|&k| {
                self.catalogue.figures()[k]
                    .wave
                    .as_deref()
                    .is_some_and(|w| waves.contains(&w))
            })
    }

    /// `Offenders known to the family were a larger group than strangers
    /// met online in 2006 (877 against 615)`: a bracketed pair of numbers,
    /// `(A against B)`, after a sentence comparing two subjects, gives
    /// each its subject in order: A the first named, B the second.
    fn bracketed_pair_subject(
        &self,
        hits: &[PhraseHit],
        amount: &StatedAmount,
    ) -> Option<PhraseHit> {
        let k = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let end = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let word = |j: usize| self.tokens.get(j).and_then(Spanned::word);
        let is_number = |j: usize| {
            self.tokens
                .get(j)
                .is_some_and(|t| matches!(t.token, crate::claims::Token::Number(..)))
        };
        let paired = |w: Option<&str>| matches!(w, Some("against" | "versus" | "vs"));
        let (open, second) = if k >= 1
            && self.tokens[k - 1].is_punct('(')
            && paired(word(end))
            && is_number(end + 1)
        {
            (k - 1, false)
        } else if k >= 3
            && paired(word(k - 1))
            && is_number(k - 2)
            && self.tokens[k - 3].is_punct('(')
        {
            (k - 3, true)
        } else {
            // (Or two changes after a colon: `Offenders known to the
            // family grew faster than strangers met online: up 79% against
            // up about 21%`.)
            self.colon_pair(amount)?
        };
        if amount.unit != Scale::Count && self.colon_pair(amount).is_none() {
            return None;
        }
        // (`X were a larger group than Y (A against B)`: A is X's, B is
        // Y's; a side no phrase names ties its number to nothing but a
        // figure it equals.)
        let than = (0..open).rev().find(|&j| word(j) == Some("than"));
        let specific = |from: usize, to: usize| {
            hits.iter()
                .filter(|h| !h.generic && h.token >= from && h.token < to)
                .max_by_key(|h| h.token)
        };
        if let Some(t) = than {
            let (mine, other) = if second {
                (specific(t, open), specific(0, t))
            } else {
                (specific(0, t), specific(t, open))
            };
            return match (mine, other) {
                (Some(h), _) => Some(PhraseHit {
                    remote: false,
                    ..h.clone()
                }),
                (None, Some(h)) => Some(PhraseHit {
                    remote: true,
                    ..h.clone()
                }),
                (None, None) => None,
            };
        }
        let mut named: Vec<&PhraseHit> = Vec::new();
        for h in hits.iter().filter(|h| !h.generic && h.token < open) {
            if !named.iter().any(|n| n.phrase == h.phrase) {
                named.push(h);
            }
        }
        named.sort_by_key(|h| h.token);
        let [a, b] = named.as_slice() else {
            return None;
        };
        let mut h = if second { (*b).clone() } else { (*a).clone() };
        h.remote = false;
        Some(h)
    }

    /// `...: up 79% against up about 21%`: an amount of a pair of changes
    /// or shares set after a colon and joined by `against` (or `versus`),
    /// as (the colon's token, whether it is the second).
    fn colon_pair(&self, amount: &StatedAmount) -> Option<(usize, bool)> {
        if amount.unit == Scale::Count {
            return None;
        }
        let amounts = &self.parsed.amounts;
        let i = amounts.iter().position(|a| a.span == amount.span)?;
        let token_at = |at: usize| self.tokens.partition_point(|t| t.start < at);
        let joined = |a: &StatedAmount, b: &StatedAmount| {
            let (end, start) = (token_at(a.span[1]), token_at(b.span[0]));
            start == end + 1
                && matches!(self.tokens[end].word(), Some("against" | "versus" | "vs"))
                && a.unit == b.unit
        };
        let colon_before = |a: &StatedAmount| {
            token_at(a.span[0])
                .checked_sub(1)
                .filter(|&c| self.tokens[c].is_punct(':'))
        };
        if let Some(b) = amounts.get(i + 1)
            && joined(amount, b)
        {
            return colon_before(amount).map(|c| (c, false));
        }
        let a = amounts.get(i.checked_sub(1)?)?;
        if joined(a, amount) {
            return colon_before(a).map(|c| (c, true));
        }
        None
    }

    /// Whether the sentence says `the estimate` (`the national estimate`,
    /// `the 2006 estimate`): of arrests, never of the sample design.
    fn says_the_estimate(&self) -> bool {
        self.tokens.iter().enumerate().any(|(k, t)| {
            matches!(t.word(), Some("estimate" | "estimates"))
                && (1..=3).any(|n| {
                    k.checked_sub(n)
                        .is_some_and(|j| self.tokens[j].word() == Some("the"))
                })
        })
    }

    /// Whether the sentence says `the count` or `the total` (`the 2006
    /// total`), which may be of all arrests.
    fn names_the_total(&self) -> bool {
        self.tokens
            .windows(2)
            .any(|w| w[0].word() == Some("the") && matches!(w[1].word(), Some("count" | "total")))
            || self.tokens.windows(3).any(|w| {
                w[0].word() == Some("the")
                    && matches!(w[1].token, crate::claims::Token::Number(..))
                    && matches!(w[2].word(), Some("count" | "total"))
            })
    }

    /// Whether a share's whole, right after it, is `of those arrested` (or
    /// `of the people arrested`), then a time or the clause's verb: not
    /// `of those arrested for possession`, a part of the arrests.
    fn of_those_arrested(&self, amount: &StatedAmount) -> bool {
        let k = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let word = |j: usize| self.tokens.get(j).and_then(Spanned::word);
        if amount.unit != Scale::Percent || word(k) != Some("of") {
            return false;
        }
        let mut j = k + 1;
        if word(j) == Some("the") {
            j += 1;
        }
        if !matches!(word(j), Some("those" | "people" | "offenders" | "men"))
            || word(j + 1) != Some("arrested")
        {
            return false;
        }
        match self.tokens.get(j + 2) {
            None => true,
            Some(t) if year_token(t).is_some() => true,
            Some(t) => t.word().is_none_or(|w| {
                matches!(
                    w,
                    "in" | "that"
                        | "during"
                        | "by"
                        | "had"
                        | "have"
                        | "were"
                        | "was"
                        | "nationally"
                )
            }),
        }
    }

    /// Whether a share's whole, right after it, is `of the total` or `of the
    /// 2006 total` (or count): all arrests, not what the share is of.
    fn total_is_whole(&self, amount: &StatedAmount) -> bool {
        // (Not a share set after a count of its sentence, `3,100 arrests
        // in 2006, or 44 per cent of the total`: that count's subject
        // decides.)
        let after_count = self
            .parsed
            .amounts
            .iter()
            .any(|a| a.span[1] <= amount.span[0] && a.unit == Scale::Count);
        amount.unit == Scale::Percent && !after_count && self.of_the_total(amount).is_some()
    }

    /// Whether the words right after an amount are `of the total` (or
    /// count): `Some(false)`, or `Some(true)` when a year dates it (`of the
    /// 2006 total`).
    fn of_the_total(&self, amount: &StatedAmount) -> Option<bool> {
        let k = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let word = |j: usize| self.tokens.get(j).and_then(Spanned::word);
        let total = |j: usize| matches!(word(j), Some("count" | "total"));
        let year = |j: usize| self.tokens.get(j).is_some_and(|t| year_token(t).is_some());
        if word(k) != Some("of") || word(k + 1) != Some("the") {
            return None;
        }
        if total(k + 2) {
            Some(false)
        } else if year(k + 2) && total(k + 3) {
            Some(true)
        } else {
            None
        }
    }

    /// The catalogue position of the figure of all arrests in a wave.
    fn total_of_wave(&self, wave: Option<&str>) -> Option<usize> {
        let c = self.catalogue;
        let wave = wave?;
        c.figures_of_measure("total")
            .into_iter()
            .find(|t| t.wave.as_deref() == Some(wave))
            .and_then(|t| c.position(&t.id))
    }

    /// The figure of all arrests in the wave or waves of a finding's
    /// figure (or of the waves a change names, when the finding has none),
    /// judged, when the amount fits it (`reproduced` or `consistent`).
    fn total_that_fits(
        &self,
        amount: &StatedAmount,
        judged: Option<&Finding>,
        waves: &AmountWaves,
    ) -> Option<Candidate> {
        let c = self.catalogue;
        let wave_of = |id: &str| c.figure(id).and_then(|f| f.wave.clone());
        let (from, to) = match judged.and_then(|f| f.figure.as_deref()) {
            Some(id) => match id.split_once("->") {
                Some((a, b)) => (wave_of(a), wave_of(b)),
                None => (None, wave_of(id)),
            },
            None => (Some(waves.from.clone()?), waves.to.clone()),
        };
        let to = self.total_of_wave(to.as_deref())?;
        let candidate = match from {
            Some(from) => self.judge_change(amount, self.total_of_wave(Some(&from))?, to),
            None => self.judge_level(amount, to, None),
        }?;
        matches!(
            candidate.judgement.verdict,
            Verdict::Reproduced | Verdict::Consistent
        )
        .then_some(candidate)
    }

    fn share_after_count(
        &self,
        amount: &StatedAmount,
        i: usize,
        waves: &AmountWaves,
    ) -> Option<Candidate> {
        if amount.unit != Scale::Percent {
            return None;
        }
        let previous = self.parsed.amounts.get(i.checked_sub(1)?)?;
        let gap = self.sentence.get(previous.span[1]..amount.span[0])?.trim();
        // `2,270 replied, ...`: a verb may stand before the comma; `383
        // agencies reported an arrest: 17% of responders`, a colon right
        // before the share.
        let colon = gap.ends_with(':') && gap.matches(':').count() == 1;
        // `508 arrests in 2000 (about one in five)`: a bracket after the
        // count's noun too.
        // `1,713 first-wave arrests - two-thirds of them -`: a dash too.
        // (`2,417 in 2006 - in 2006 well over a third`: a dash before the
        // share's own words too.)
        let dash_at_end =
            gap.ends_with(" -") || gap.ends_with('\u{2014}') || gap.ends_with('\u{2013}');
        let dash =
            dash_at_end || gap.starts_with(['-', '\u{2014}', '\u{2013}']) || gap.contains(" - ");
        let opens =
            gap.contains(',') || gap.starts_with('(') || gap.ends_with('(') || colon || dash;
        let words = gap
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic));
        let stops = gap.contains([';', '.']) || (gap.contains(':') && !colon);
        // (A dash sets off a share after a longer clause of the count's:
        // `1,713 arrests involved possession of child pornography -
        // roughly three out of five of all arrests that year`.)
        let most = if dash && gap.ends_with(['-', '\u{2014}', '\u{2013}']) {
            8
        } else {
            4
        };
        // `(508 and 490), and together made up 39% of arrests`: a share of
        // the counts together is the share of their sum, where the data
        // hold that sum; never of the last count alone. (`490 arrests of
        // family members or acquaintances, together 39%`: the word right
        // before the share sets it off after a longer clause.)
        let joint_word = |w: &str| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphabetic()),
                "together" | "combined" | "jointly"
            )
        };
        let joint = gap.split_whitespace().any(joint_word) || gap.contains("between them");
        let set_off = gap.split_whitespace().last().is_some_and(joint_word);
        if !opens || (words.count() > most && !(set_off && gap.contains(','))) || stops {
            return None;
        }
        if joint {
            return self.share_of_sum(amount, i);
        }
        // `87% of them`, `of those`: a part of the part.
        let after = crate::claims::following_words(self.sentence, amount.span[1]);
        let after = after.trim_start();
        let sub_part = [
            "of them",
            "of those",
            "of these",
            "of which",
            "of whom",
            "of the latter",
        ]
        .iter()
        .any(|p| after.starts_with(p));
        // (`two-thirds of them`, set off by a dash right after the count,
        // is of that count's whole.)
        if sub_part && !dash_at_end {
            return None;
        }
        // (Nor a share that says when of its own: `615 in 2000 and 615 in
        // 2006, roughly one in five arrests at first` is of the first wave,
        // not of the count before it.)
        if self.share_says_when(amount) {
            return None;
        }
        let recorded = self
            .counts
            .borrow()
            .iter()
            .find(|(j, _)| *j + 1 == i)
            .map(|&(_, k)| k);
        let part = match recorded {
            Some(k) => k,
            None => self.equal_count(previous, i - 1, waves, None)?.figure,
        };
        // (Not a count of another wave than the share's own, its words
        // after it first: `1,713 in 2000 and 3,672 in 2006: roughly
        // two-thirds of all arrests in the first year and just over half
        // in 2006`.)
        let first_wave = {
            let next: Vec<String> = after
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .take(8)
                .map(str::to_lowercase)
                .collect();
            next.windows(2)
                .any(|p| p[0] == "first" && matches!(p[1].as_str(), "year" | "wave"))
                .then(|| self.catalogue.waves().first().map(|w| w.id.clone()))
                .flatten()
        };
        if let Some(w) = first_wave.as_ref().or(waves.attached.as_ref())
            && self.catalogue.figures()[part].wave.as_ref() != Some(w)
        {
            return None;
        }
        let mut c = self.judge_level(amount, part, None)?;
        c.add_note(format!(
            "'{}' stands in apposition to '{}', so it is that count's share of its whole",
            amount.wording, previous.wording
        ));
        let fits = matches!(
            c.judgement.verdict,
            Verdict::Reproduced | Verdict::Consistent
        );
        // One that misses is the count's share still when it names the
        // count's whole (`rose from 935 to 2,417, about a quarter of the
        // 2006 total`), or the count is itself stated as a part (`630 of
        // them, or 58.45%`).
        let part = gap.starts_with("of ") && (gap.contains(", or") || gap.contains('('));
        (c.base.is_some() && (fits || part || self.names_whole_of(amount, &c))).then_some(c)
    }

    /// The share `amount` states of the sum of the counts of its sentence
    /// judged before it, when the data hold that sum as one derived figure
    /// (`508 and 490 ... together made up 39%`: 998, the identified-victim
    /// arrests).
    fn share_of_sum(&self, amount: &StatedAmount, i: usize) -> Option<Candidate> {
        let c = self.catalogue;
        // Each count by both its names: its own id and its evidence's.
        let names: Vec<[String; 2]> = self
            .counts
            .borrow()
            .iter()
            .filter(|(j, _)| *j < i)
            .map(|&(_, k)| {
                let f = &c.figures()[k];
                [f.id.clone(), c.evidence_source(f).1]
            })
            .collect();
        if names.len() < 2 {
            return None;
        }
        let mut sums: Vec<usize> = c
            .datasets()
            .iter()
            .flat_map(|ds| ds.derived())
            .filter(|s| {
                s.terms.len() == names.len()
                    && names
                        .iter()
                        .all(|n| n.iter().any(|id| s.terms.contains(id)))
            })
            .filter_map(|s| c.position(&s.id))
            .collect();
        // (njov1 and njov_trends may both hold the sum, as one figure.)
        sums.sort_unstable();
        sums.dedup();
        let [k] = <[usize; 1]>::try_from(sums).ok()?;
        let mut one = self.judge_level(amount, k, None)?;
        one.add_note(format!(
            "'{}' is of the counts before it together, their sum {}",
            amount.wording, one.id
        ));
        Some(one)
    }

    /// Whether the whole a share names after `of` (`of the 2006 total`) is
    /// the base of candidate `c`, by any of the base's ids.
    fn names_whole_of(&self, amount: &StatedAmount, c: &Candidate) -> bool {
        self.whole_among(&self.named_whole(amount), c)
    }

    /// Whether the base of candidate `c` is among the ids `named`, by any
    /// of its ids.
    fn whole_among(&self, named: &[String], c: &Candidate) -> bool {
        c.base
            .clone()
            .or_else(|| self.figure_base_id(c.figure))
            .is_some_and(|b| self.base_among(named, &b))
    }

    /// Whether a base id is among the named wholes, by any of its ids (or
    /// theirs: `arrests.total` is `w2000.total`).
    fn base_among(&self, named: &[String], base: &str) -> bool {
        let c = self.catalogue;
        named.iter().any(|n| n == base)
            || c.figure(base).is_some_and(|f| {
                named.contains(&f.id) || f.same_as.as_ref().is_some_and(|s| named.contains(s))
            })
            || named.iter().any(|n| {
                c.figure(n)
                    .is_some_and(|x| x.same_as.as_deref() == Some(base))
            })
    }

    /// Whether `hit` lies in a relative clause of a share's whole (`17 per
    /// cent of the agencies that responded reported an arrest`): it says
    /// which whole, so it names the whole, not the part.
    /// Whether `hit` lies in a relative clause of a whole set before the
    /// amount (`Of the 2,270 agencies that responded, 383 (about 17 per
    /// cent) had made at least one`): it names that whole, not the part.
    fn in_fronted_whole(&self, amount: &StatedAmount, hit: &PhraseHit) -> bool {
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        if hit.token >= first || hit.remote && !self.hit_in_sentence(hit) {
            return false;
        }
        let comma = (hit.token..first).any(|k| self.tokens[k].is_punct(','));
        let of = (hit.token.saturating_sub(7)..hit.token)
            .rev()
            .find(|&k| word(k) == Some("of"));
        // (`Of` opening its clause, a noun before the relative word: not `of
        // which 2,270 responded`, nor `10% of possession investigations
        // found offenders who had molested`.)
        comma
            && of.is_some_and(|o| {
                let opens = o == 0
                    || self.tokens[o - 1]
                        .word()
                        .is_some_and(|w| matches!(w, "and" | "but"))
                    || matches!(
                        self.tokens[o - 1].token,
                        crate::claims::Token::Punct(',' | ';' | ':' | '(')
                    );
                opens
                    && (o + 2..hit.token)
                        .any(|k| word(k).is_some_and(crate::study::statement::is_relative_word))
            })
    }

    fn in_whole_relative(&self, amount: &StatedAmount, hit: &PhraseHit) -> bool {
        let after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        // (`383 of the 2,270 agencies that responded`: the whole inside the
        // amount's words, its noun after them.)
        let after = if word(after) != Some("of") && amount.wording.contains(" of ") {
            after.saturating_sub(1)
        } else {
            after
        };
        amount.unit == Scale::Percent
            && !hit.remote
            && (word(after) == Some("of") || amount.wording.contains(" of "))
            && hit.token > after + 1
            && hit.token <= after + 8
            && (after + 1..hit.token)
                .all(|k| self.tokens[k].word().is_some() || self.tokens[k].is_punct('-'))
            // The phrase opens the relative clause (`that responded`, `that
            // had responded`); one further on is the part's predicate (`of
            // those that replied reported at least one`).
            // (Right after the whole's noun: `of them found offenders who
            // had molested` is the predicate's object.)
            && word(after + 1) != Some("them")
            && (after + 2..hit.token.min(after + 5)).any(|k| {
                word(k).is_some_and(crate::study::statement::is_relative_word)
                    && (hit.token == k + 1
                        || (hit.token == k + 2
                            && word(k + 1).is_some_and(|w| {
                                matches!(w, "had" | "have" | "has" | "were" | "was" | "did")
                            })))
            })
    }

    /// Whether a relative word (`who`, `that`, `which`) stands between an
    /// amount and the phrase after it (`Most offenders who met victims
    /// online were older than 25`): the phrase describes the whole, the
    /// amount is of something else.
    fn in_relative_clause(&self, amount: &StatedAmount, hit: &PhraseHit) -> bool {
        let first = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let relative = crate::study::statement::is_relative_word;
        !hit.remote
            && (self
                .tokens
                .get(first..hit.token)
                .is_some_and(|between| between.iter().filter_map(Spanned::word).any(relative))
                || (hit.token >= first && hit.phrase.split_whitespace().skip(1).any(relative)))
    }

    /// `undercover operations ..., the numbers were 826 and 3,137: a
    /// fivefold increase`: a phrase naming two measures (`undercover`)
    /// leaves a change to the stated amount, but the levels the sentence
    /// states decide between them first; for the same waves only (`rose a
    /// further 16 percent` is not moved to other waves by them).
    fn levels_decide(
        &self,
        amount: &StatedAmount,
        i: usize,
        hit: &PhraseHit,
        chosen: &Finding,
        by_levels: Option<&LevelMeasure>,
        waves: &AmountWaves,
    ) -> Option<Candidate> {
        if hit.generic || hit.remote {
            return None;
        }
        let c = self.by_levels(amount, i, by_levels?)?;
        let id = chosen.figure.as_deref()?;
        let other_measure = id != c.id && chosen.wave.is_some() && chosen.wave == c.wave;
        (other_measure
            && self
                .change_candidates(amount, hit, waves)
                .iter()
                .any(|x| x.id == c.id))
        .then_some(c)
    }

    /// `a standard error of about 300`, `a margin of error of plus or minus
    /// 310`: a figure's precision, which no wave published, is not the
    /// figure; the reason, when the amount states one.
    fn states_precision(&self, amount: &StatedAmount) -> Option<String> {
        let before = crate::claims::preceding_words(self.sentence, amount.span[0]);
        let words: Vec<&str> = before.split_whitespace().rev().take(6).collect();
        let precision = words.windows(2).any(|w| {
            matches!(
                (w[1], w[0]),
                ("standard", "error" | "errors")
                    | ("of", "error")
                    | ("confidence", "interval" | "intervals")
                    | ("plus", "or")
            )
        }) || before.trim_end().ends_with('\u{b1}');
        precision.then(|| {
            format!(
                "'{}' states a standard error or a margin of error, which no wave published",
                amount.wording
            )
        })
    }

    /// A contrasting clause with a subject of its own (`while arrests for
    /// meeting a real victim online rose only 21 per cent`) is not about a
    /// phrase before it: the finding that says so, when a wrong verdict
    /// would rest on that phrase.
    fn other_subject(
        &self,
        f: &Finding,
        chosen: &Finding,
        amount: &StatedAmount,
        hit: &PhraseHit,
    ) -> Option<Finding> {
        let before_clause = self
            .tokens
            .get(hit.token)
            .is_some_and(|t| t.start < self.clause_start(amount));
        // (`Most possessors had no identified victim`: the phrase negated
        // names the complement of its figure; a word share's, whose
        // subject the sentence gives.)
        let negated = amount.stated.is_none()
            && hit
                .token
                .checked_sub(1)
                .and_then(|k| self.tokens.get(k))
                .and_then(Spanned::word)
                .is_some_and(|w| matches!(w, "no" | "not" | "without" | "never" | "non"));
        // (`"online_meeting": 508, "family_acquaintance": 490`: a value after
        // its quoted key is the key's, never the next key's.)
        let key = self
            .sentence
            .get(..amount.span[0])
            .map(str::trim_end)
            .filter(|b| b.ends_with("\":"))
            .and_then(|b| {
                let close = b.len() - 2;
                b[..close].rfind('"').map(|open| [open, close])
            });
        let keyed = key.is_some_and(|[open, close]| {
            self.tokens
                .get(hit.token)
                .is_none_or(|t| t.start < open || t.start > close)
        });
        (chosen.verdict == Verdict::Inconsistent
            && (self.contrasting_subject(amount) && before_clause || negated || keyed))
            .then(|| {
                let why = if keyed {
                    format!(
                        "'{}' is the value of the quoted key before it, not of '{}'",
                        amount.wording, hit.phrase
                    )
                } else if negated {
                    format!(
                        "'{}' is negated in the clause of '{}': the share is of its complement, which no figure measures",
                        hit.phrase, amount.wording
                    )
                } else {
                    format!(
                        "the clause of '{}' names a subject of its own, which is not '{}'",
                        amount.wording, hit.phrase
                    )
                };
                left_unjudged(f, chosen, true, why)
            })
    }

    /// The index of the first token starting at or after byte `at`.
    fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.start < at)
    }

    /// The first token of the clause holding token `first`.
    fn clause_token(&self, first: usize) -> usize {
        self.tokens[..first]
            .iter()
            .rposition(|t| clause_break(t) || t.is_punct('.'))
            .map_or(0, |k| k + 1)
    }

    /// The byte where the amount's clause starts.
    fn clause_start(&self, amount: &StatedAmount) -> usize {
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        self.tokens
            .get(self.clause_token(first))
            .map_or(0, |t| t.start)
    }

    /// The words of the amount's clause before it (from the last break
    /// before the amount, [`Self::clause_token`]).
    fn clause_words(&self, amount: &StatedAmount) -> Vec<&str> {
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let start = self.clause_token(first);
        self.tokens[start..first]
            .iter()
            .filter_map(Spanned::word)
            .collect()
    }

    /// `..., a 381 per cent increase, while arrests for meeting a real
    /// victim online rose only 21 per cent`: the amount's clause contrasts
    /// (`while`, `whereas`, `but`, `although`) and names a subject of its
    /// own, so what the sentence's other clause is about is not its.
    fn contrasting_subject(&self, amount: &StatedAmount) -> bool {
        let clause = self.clause_words(amount);
        // (Its noun qualified, `arrests for ...`: a bare `arrests overall`
        // is the total, which the generic noun's rules judge.)
        clause.iter().any(|w| CONTRAST_WORDS.contains(w))
            && clause.windows(2).any(|w| {
                matches!(w[0], "arrests" | "arrest" | "cases" | "offenders")
                    && matches!(
                        w[1],
                        "for" | "of" | "involving" | "in" | "with" | "where" | "that" | "who"
                    )
            })
    }

    /// `Online-meeting arrests doubled between 2000 and 2006, while arrests
    /// of family members or acquaintances went from 490 to 877`: levels on
    /// the other side of a contrasting conjunction, with a phrase of their
    /// own clause after it, are that clause's subject's, not the amount's.
    fn levels_across_contrast(&self, amount: &StatedAmount, lm: &LevelMeasure) -> bool {
        let token_at = |at: usize| self.tokens.partition_point(|t| t.start < at);
        let a = token_at(amount.span[0]);
        lm.levels.iter().any(|&(j, _)| {
            let l = token_at(self.parsed.amounts[j].span[0]);
            let (lo, hi) = (a.min(l), a.max(l));
            (lo..hi).any(|k| {
                self.tokens[k]
                    .word()
                    .is_some_and(|w| CONTRAST_WORDS.contains(&w))
                    && phrases_in(self.catalogue, &self.tokens, k + 1, hi, AliasReads::Level)
                        .iter()
                        .any(|h| !h.generic)
            })
        })
    }

    /// Whether a phrase outside an amount's clause holds the figure chosen
    /// for it that it does not equal: a hedge near its figure on a phrase
    /// of this sentence, or of the sentence before when this one refers
    /// back to it (`Police made 615 such arrests. Of 7,010 arrests in all,
    /// that is fewer than one in ten.`); or a change of the measure of a
    /// level the sentence already matched (`2009: 8,144, more than three
    /// times the 2000 count`).
    fn remote_tie_holds(
        &self,
        amount: &StatedAmount,
        chosen: &Finding,
        hit: &PhraseHit,
        hits: &[PhraseHit],
        is_change: bool,
    ) -> bool {
        let referred = self.anaphoric && !self.previous_stale && !self.hit_in_sentence(hit);
        let near_hedge = chosen.verdict == Verdict::Consistent
            && (referred
                || hits
                    .iter()
                    .any(|h| h.token == hit.token && h.phrase == hit.phrase)
                || (!self.previous_stale || self.hit_in_sentence(hit))
                    && !self.fits_any_other(amount, chosen.figure.as_deref(), is_change, true))
            && near_stated(amount, chosen.computed);
        let c = self.catalogue;
        let own_subject = self.contrasting_subject(amount);
        let sibling_measure = is_change
            && !own_subject
            && self
                .sibling
                .get()
                .and_then(|x| x.measure.as_deref())
                .is_some_and(|m| {
                    chosen
                        .figure
                        .as_deref()
                        .and_then(|id| c.figure(id.rsplit("->").next().unwrap_or(id)))
                        .and_then(|x| x.measure.as_deref())
                        == Some(m)
                });
        // `They more than doubled`, `it was just over seven thousand`: a
        // clause that refers back by a pronoun (or a sentence that does)
        // to a specific phrase takes its figure when the amount fits it;
        // a fit is never a false alarm, and a pronoun is what ties it.
        let pronoun = self
            .clause_words(amount)
            .iter()
            .any(|w| matches!(*w, "they" | "them" | "it"));
        let fits_referred = chosen.verdict == Verdict::Consistent
            && !hit.generic
            && (referred || pronoun && hits.iter().all(|h| h.remote || h.generic));
        near_hedge
            || fits_referred
            || sibling_measure
            || self.firm_reference(amount, chosen, hit, is_change)
    }

    /// Whether the clause after a share says when of its own (`roughly one
    /// in five arrests at first`, `initially`).
    fn share_says_when(&self, amount: &StatedAmount) -> bool {
        let after = crate::claims::following_words(self.sentence, amount.span[1]);
        after.split(['.', ';', ',']).next().is_some_and(|clause| {
            let clause = format!(" {} ", clause.to_lowercase());
            [
                " at first ",
                " at the start ",
                " initially ",
                " at the outset ",
                " to begin with ",
            ]
            .iter()
            .any(|t| clause.contains(t))
        })
    }

    /// The count a share is set off right after, by one comma, in its
    /// sentence, when that count reproduced a figure: (its amount's index,
    /// the figure).
    fn apposed_count(&self, amount: &StatedAmount) -> Option<(usize, usize)> {
        if amount.unit != Scale::Percent || amount.kind == ClaimKind::Change {
            return None;
        }
        let i = self
            .parsed
            .amounts
            .iter()
            .position(|a| a.span == amount.span)?;
        let j = i.checked_sub(1)?;
        let previous = &self.parsed.amounts[j];
        let gap = self
            .sentence
            .get(previous.span[1]..amount.span[0])
            .unwrap_or("");
        if previous.unit != Scale::Count
            || !gap.trim_end().ends_with(',')
            || gap.contains([';', '.', ':', '(', ')'])
            || gap.matches(',').count() > 1
        {
            return None;
        }
        if self.share_says_when(amount) {
            return None;
        }
        // (Not a count that is the share's whole: `Of the 1,713 arrests for
        // possession of child pornography in the first wave, 31 per cent
        // also involved ...` is a part of the 1,713.)
        let before = self.sentence[..previous.span[0]].trim_end().to_lowercase();
        if ["of the", "of", "among the", "among", "of these", "of those"]
            .iter()
            .any(|w| before == *w || before.ends_with(&format!(" {w}")))
        {
            return None;
        }
        // (Not the first of a list of shares that answers a list of counts:
        // `1,713 arrests in 2000 and 3,672 in 2006, roughly two-thirds and
        // just over half of arrests`, each share its own count's.)
        if let Some(next) = self.parsed.amounts.get(i + 1)
            && next.unit == Scale::Percent
            && self
                .sentence
                .get(amount.span[1]..next.span[0])
                .is_some_and(|g| matches!(g.trim(), "and" | ", and" | "or"))
        {
            return None;
        }
        // (Not `of the total` with no year: `reached 2,417 in 2006, about a
        // quarter of the total` may be of another total than the count's.)
        if self.of_the_total(amount) == Some(false) {
            return None;
        }
        let k = self
            .counts
            .borrow()
            .iter()
            .find(|&&(x, _)| x == j)
            .map(|&(_, k)| k)?;
        Some((j, k))
    }

    /// `In 2006, 877 arrests involved family members or acquaintances, 59
    /// per cent of all arrests that year`, `offenders who met their victims
    /// online accounted for 508 arrests, close to one in four of the
    /// total`: a share set off by a comma right after a count of its
    /// sentence that reproduced the very figure the phrase outside its
    /// clause names is that count's share, wrong or not.
    fn apposed_to_own_count(&self, amount: &StatedAmount, chosen: &Finding) -> Option<Candidate> {
        let (j, k) = self.apposed_count(amount)?;
        let previous = &self.parsed.amounts[j];
        let c = self.catalogue;
        // (The phrase's measure; the count's wave.)
        let measure = c.figures()[k].measure.as_ref()?;
        let named = chosen
            .figure
            .as_deref()
            .and_then(|id| c.figure(id))
            .and_then(|x| x.measure.as_ref());
        if named != Some(measure) {
            return None;
        }
        let mut cand = self.judge_level(amount, k, None)?;
        cand.add_note(format!(
            "'{}' is set off right after '{}', {}'s count, so it is that count's share",
            amount.wording,
            previous.wording,
            c.figures()[k].id
        ));
        Some(cand)
    }

    /// `Arrests of offenders who met their victims online went from 508 to
    /// 615. In 2006 they made up fewer than one in fifteen of all arrests`:
    /// the amount's own clause refers back (`they`, `their`, `the share`,
    /// `that is`, `two-thirds did`) to a specific phrase, and the amount
    /// fits no other figure of its kind in any wave, so it can be about
    /// nothing else the data hold: the phrase's figure, judged, wrong or
    /// not.
    fn firm_reference(
        &self,
        amount: &StatedAmount,
        chosen: &Finding,
        hit: &PhraseHit,
        is_change: bool,
    ) -> bool {
        if hit.generic || self.previous_stale && !self.hit_in_sentence(hit) {
            return false;
        }
        let last = self.tokens.partition_point(|t| t.start < amount.span[1]);
        // The clause: from the last break before the amount.
        let words = self.clause_words(amount);
        let next = self.tokens.get(last).and_then(Spanned::word);
        let after_next = self.tokens.get(last + 1);
        let pointer = |k: usize| {
            words[k + 1..].iter().take(2).any(|n| {
                matches!(
                    *n,
                    "is" | "was"
                        | "made"
                        | "share"
                        | "figure"
                        | "number"
                        | "count"
                        | "proportion"
                        | "rate"
                        | "percentage"
                ) || (is_change
                    // `the increase from 2006 to 2009 was ...`, `the
                    // 2006-to-2009 change of roughly 16%`: a definite
                    // change is the change of what was spoken of.
                    && matches!(
                        *n,
                        "increase" | "rise" | "growth" | "change" | "jump" | "decline" | "drop" | "fall"
                    ))
            })
        };
        let refers = words.iter().enumerate().any(|(k, w)| {
            matches!(*w, "they" | "them")
                // `their share`, `its number`, not `their victims`.
                || (matches!(*w, "their" | "its") && pointer(k))
                // `such investigations`, not `such as`.
                || (*w == "such"
                    && words
                        .get(k + 1)
                        .is_some_and(|n| !matches!(*n, "as" | "a" | "an" | "that")))
                || (matches!(*w, "that" | "this" | "it" | "the")
                    && pointer(k)
                    // (Not `the share of US youth aged 12-17 online`: a
                    // noun with its own `of` names its whole, not the
                    // sentence before's.)
                    && !(*w == "the" && words.get(k + 2) == Some(&"of")))
                // `In 2006 it featured in just over half`: `it` as the
                // subject of a verb of the figure's kind (not `it is
                // estimated that`).
                || (*w == "it"
                    && words.get(k + 1).is_some_and(|n| {
                        matches!(
                            *n,
                            "featured" | "figured" | "accounted" | "appeared" | "involved"
                                | "represented" | "reached" | "rose" | "fell" | "grew"
                                | "climbed" | "made" | "covered" | "comprised"
                        )
                    }))
        }) || (matches!(next, Some("did" | "were" | "was" | "had" | "do"))
            && after_next.is_none_or(|t| clause_break(t) || t.is_punct('.')))
            // `over 45% of cases in 2000 and ... over 45 per cent again in
            // 2006`: `again` repeats the subject before.
            || next == Some("again")
            || words.last() == Some(&"again")
            // `Online-meeting arrests: 615. Up 107%.`: the sentence refers
            // back to the one before, whose phrase this is.
            || (self.anaphoric && !self.hit_in_sentence(hit))
            // `possession figured in two in five of the 2006 arrests`: the
            // clause repeats a content word of the phrase (not one many
            // phrases share: `online`, `undercover`).
            || words.iter().any(|w| {
                w.len() > 5
                    && !matches!(
                        *w,
                        "arrests" | "offenders" | "investigations" | "victims" | "online"
                            | "undercover" | "internet" | "children" | "investigators"
                    )
                    && hit.phrase.split_whitespace().any(|p| p == *w)
            })
            // `Under a tenth of the 2006 arrests were of this kind`.
            || self.tokens[last..]
                .iter()
                .take(12)
                .take_while(|t| !t.is_punct('.') && !t.is_punct(';'))
                .filter_map(Spanned::word)
                .collect::<Vec<_>>()
                .windows(3)
                .any(|w| w[0] == "of" && matches!(w[1], "this" | "that") && matches!(w[2], "kind" | "type" | "sort" | "category"));
        // (A count of something else after it, `about 300 convictions`,
        // `their victims numbered about 700`, is not the figure's count.)
        let counted = (amount.unit == Scale::Count)
            .then(|| self.counted_noun(amount))
            .flatten();
        let own_unit = counted.as_deref().is_none_or(|n| {
            matches!(
                n,
                "arrests" | "arrest" | "cases" | "case" | "offenders" | "interviews"
            )
        }) && !words
            .iter()
            .any(|w| matches!(*w, "victims" | "convictions" | "agencies"));
        // `In 2000, roughly one in four arrests came from solicitations of
        // undercover investigators; in 2006 the share was roughly 35 per
        // cent`: a clause that points back explicitly (`the share`, `they`,
        // `of this kind`) in a sentence whose every specific phrase names
        // the figure's measure is about that measure, whatever other figure
        // the amount happens to fit.
        let explicit = words.iter().enumerate().any(|(k, w)| {
            matches!(*w, "they" | "them")
                || (matches!(*w, "the" | "that" | "this" | "its" | "their")
                    && words[k + 1..]
                        .iter()
                        .take(2)
                        .any(|n| matches!(*n, "share" | "proportion" | "percentage")))
        });
        let measure = chosen
            .figure
            .as_deref()
            .and_then(|id| self.catalogue.figure(id.rsplit("->").next().unwrap_or(id)))
            .and_then(|x| x.measure.clone());
        let sole_subject = explicit
            && measure.is_some()
            && self.hit_in_sentence(hit)
            && [AliasReads::Level, AliasReads::Share].iter().all(|&r| {
                sentence_subjects(self.catalogue, &self.tokens, self.sentence, r)
                    .iter()
                    .filter(|h| !h.generic)
                    .all(|h| {
                        let named = self.named(h).0;
                        !named.is_empty()
                            && named
                                .iter()
                                .all(|&k| self.catalogue.figures()[k].measure == measure)
                    })
            });
        refers
            && own_unit
            && !self.names_a_place()
            && matches!(chosen.verdict, Verdict::Inconsistent | Verdict::Consistent)
            && (sole_subject
                || !self.fits_any_other(
                    amount,
                    chosen.figure.as_deref(),
                    is_change,
                    chosen.verdict == Verdict::Consistent,
                ))
    }

    /// A subject named only outside the amount's clause: kept when the tie
    /// holds (`remote_tie_holds`, noted when the clause refers back), else
    /// the one figure a precise number equals (`Interviews were sought on
    /// 1,077 eligible and sampled cases, and 630 were completed`: a number
    /// of three or more significant digits that the borrowed subject's
    /// figure does not equal, but exactly one figure of the data does, is
    /// that figure's, as the `Err` finding), else left unjudged.
    #[allow(clippy::too_many_arguments)]
    fn remote_tie(
        &self,
        f: &Finding,
        mut chosen: Finding,
        i: usize,
        hit: &PhraseHit,
        hits: &[PhraseHit],
        waves: &AmountWaves,
        is_change: bool,
    ) -> std::result::Result<Finding, Box<Finding>> {
        let amount = &self.parsed.amounts[i];
        if self.remote_tie_holds(amount, &chosen, hit, hits, is_change)
            || self.remote_fit(amount, &chosen, hit, waves)
        {
            if self.firm_reference(amount, &chosen, hit, is_change) {
                let fits_other = self.fits_any_other(
                    amount,
                    chosen.figure.as_deref(),
                    is_change,
                    chosen.verdict == Verdict::Consistent,
                );
                chosen.reason = if fits_other {
                    format!(
                        "{}; its clause refers back to '{}', the one subject its sentence names",
                        chosen.reason, hit.phrase
                    )
                } else {
                    format!(
                        "{}; its clause refers back to '{}', and '{}' fits no other figure of its kind",
                        chosen.reason, hit.phrase, amount.wording
                    )
                };
            }
            return Ok(chosen);
        }
        // (A change too, of three or more significant digits, between the
        // waves its sentence names: `Alvarez asked whether the arrest growth
        // reflected more crime. The director answered that it rose by about
        // 172% from 2000 to 2006`, the one change of the data 172 equals,
        // not the online meetings of a sentence further back.)
        let precise_change = || {
            amount
                .printed
                .as_ref()
                .is_some_and(|p| significant_digits(p) >= 3)
                .then(|| self.equal_change(amount, waves))
                .flatten()
        };
        // `Child pornography only cases rose from 935 to 2,417; in 2006 they
        // were about 52 per cent of all arrests`: `they` (or `it`) opening
        // the clause, past its time, in the sentence that names the one
        // phrase, is that phrase, whatever other figure the amount equals.
        if self.pronoun_of_the_sentence(amount, hit, hits) {
            chosen.reason = format!(
                "{}; the clause's '{}' is '{}', the one subject its sentence names",
                chosen.reason,
                self.clause_words(amount)
                    .into_iter()
                    .find(|w| matches!(*w, "they" | "it"))
                    .unwrap_or_default(),
                hit.phrase
            );
            return Ok(chosen);
        }
        // (`The second wave, for 2006, counted 8,144`: a count the clause's
        // subject dates, equal to the figure of the subject's own measure in
        // another wave, is that measure's, wrong for its wave.)
        let measure_of = |id: &str| self.catalogue.figure(id).and_then(|x| x.measure.clone());
        if !is_change
            && chosen.verdict == Verdict::Inconsistent
            && let (Some(w), Some(id), Some(stated)) = (
                self.subject_wave(amount),
                chosen.figure.clone(),
                amount.stated,
            )
            && self.catalogue.figure(&id).and_then(|x| x.wave.as_deref()) == Some(w.as_str())
            && amount
                .printed
                .as_ref()
                .is_some_and(|p| significant_digits(p) >= 3)
            && let Some(other) = self
                .counts_equal_to(amount, stated, |x| x.wave.as_deref() != Some(w.as_str()))
                .into_iter()
                .find(|x| measure_of(&x.id).is_some() && measure_of(&x.id) == measure_of(&id))
        {
            // (The wave's wrong figure is named once: `choose` may have.)
            if !chosen.reason.contains(&format!("({})", other.id)) {
                chosen.reason = format!(
                    "{}; '{}' is the {} figure ({}), not the {} one",
                    chosen.reason,
                    amount.wording,
                    other.wave.clone().unwrap_or_default(),
                    other.id,
                    chosen.wave.clone().unwrap_or_default()
                );
            }
            return Ok(chosen);
        }
        if let Some(c) = self
            .equal_count(amount, i, waves, Some(&hit.phrase))
            .or_else(|| self.equal_share(amount, i, waves, &hit.phrase))
            .or_else(|| is_change.then(precise_change).flatten())
        {
            let others = chosen.figure.clone().into_iter().collect();
            return Err(Box::new(self.matched(f.clone(), &c, None, others)));
        }
        if let Some(c) = self.apposed_to_own_count(amount, &chosen) {
            return Err(Box::new(self.matched(f.clone(), &c, None, Vec::new())));
        }
        let why = format!(
            "'{}' is named only outside the clause of '{}', which does not equal {}: it may be about another figure",
            hit.phrase,
            amount.wording,
            chosen.figure.as_deref().unwrap_or("-")
        );
        Ok(left_unjudged(f, &chosen, true, why))
    }

    /// The specific phrase a sentence opens with after `Among`, set off by
    /// a comma before the amount, its first (`Among online-solicitation
    /// arrests in 2006, more than eight in ten ...`).
    fn among_whole(&self, amount: &StatedAmount) -> Option<PhraseHit> {
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let opens = self.tokens.first().and_then(Spanned::word) == Some("among")
            && first
                .checked_sub(1)
                .is_some_and(|j| self.tokens[j].is_punct(','))
            && self
                .parsed
                .amounts
                .first()
                .is_some_and(|a| a.span == amount.span);
        if !opens {
            return None;
        }
        [AliasReads::Level, AliasReads::Share]
            .iter()
            .find_map(|&r| {
                phrases_in(self.catalogue, &self.tokens, 1, first, r)
                    .into_iter()
                    .find(|h| !h.generic && h.token <= 3)
            })
    }

    /// The wave of a year attached to amount `j` of the sentence (`615 in
    /// 2006`), if any.
    fn attached_wave(&self, j: usize) -> Option<String> {
        amount_waves(self.parsed, j, &self.tokens, &self.mentions, self.catalogue).attached
    }

    /// `featured in 1,713 arrests in 2000 and 3,672 in 2006, roughly
    /// two-thirds and just over half of arrests`: a list of shares joined by
    /// `and`, set off right after as many counts each dated by a year of
    /// its own, answers them in order; the share takes its count's year.
    fn respective_wave(&self, i: usize) -> Option<String> {
        let amounts = &self.parsed.amounts;
        let share = |k: usize| {
            amounts
                .get(k)
                .is_some_and(|a| a.unit == Scale::Percent && a.kind == ClaimKind::Share)
        };
        let joined = |a: usize, b: usize| {
            self.sentence
                .get(amounts[a].span[1]..amounts[b].span[0])
                .is_some_and(|g| matches!(g.trim(), "and" | ", and"))
        };
        if !share(i) {
            return None;
        }
        // The run of shares holding `i`.
        let mut first = i;
        while first > 0 && share(first - 1) && joined(first - 1, first) {
            first -= 1;
        }
        let mut last = i;
        while share(last + 1) && joined(last, last + 1) {
            last += 1;
        }
        let n = last - first + 1;
        if n < 2 || first < n {
            return None;
        }
        // As many counts right before it, the last set off by a comma
        // (past its year: `3,672 in 2006, roughly ...`).
        let counts = first - n..first;
        let set_off = self
            .sentence
            .get(amounts[first - 1].span[1]..amounts[first].span[0])
            .is_some_and(|g| {
                let g = g.trim();
                g.ends_with(',') && g.matches(',').count() == 1 && g.split_whitespace().count() <= 3
            });
        if !set_off || counts.clone().any(|k| amounts[k].unit != Scale::Count) {
            return None;
        }
        let waves: Vec<Option<String>> = counts.map(|k| self.attached_wave(k)).collect();
        let mut distinct: Vec<&String> = waves.iter().flatten().collect();
        distinct.sort();
        distinct.dedup();
        if distinct.len() != n {
            return None;
        }
        waves[i - first].clone()
    }

    /// `The second wave, for 2006, counted 8,144, and the third, for 2009,
    /// counted 7,010`: a wave that is the subject of the amount's clause,
    /// the one wave the clause names before a verb of counting right
    /// before the amount, dates the amount as a year attached to it does.
    fn subject_wave(&self, amount: &StatedAmount) -> Option<String> {
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let verb = first.checked_sub(1).and_then(|k| self.tokens[k].word())?;
        if !matches!(
            verb,
            "counted" | "found" | "estimated" | "recorded" | "reported" | "put"
        ) {
            return None;
        }
        // The clause: from the last semicolon or `and` (or the sentence's
        // start).
        let start = self.tokens[..first]
            .iter()
            .rposition(|t| t.is_punct(';') || t.word().is_some_and(|w| w == "and"))
            .map_or(0, |k| k + 1);
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        let ordinal = (start..(start + 3).min(first))
            .any(|k| word(k).is_some_and(|w| crate::study::statement::ORDINALS.contains(&w)));
        let mut waves: Vec<&String> = self
            .mentions
            .iter()
            .filter(|m| !m.since && !m.range && m.token >= start && m.token < first)
            .map(|m| &m.wave)
            .collect();
        waves.dedup();
        match waves.as_slice() {
            [w] if ordinal => Some((*w).clone()),
            _ => None,
        }
    }

    /// Whether the amount's clause opens (past a time, `in 2006`, `by
    /// then`) with `they` or `it` and a verb, after a semicolon or `and`
    /// in a sentence whose one specific phrase, before the clause, is `hit`.
    fn pronoun_of_the_sentence(
        &self,
        amount: &StatedAmount,
        hit: &PhraseHit,
        hits: &[PhraseHit],
    ) -> bool {
        if hit.generic || !self.hit_in_sentence(hit) {
            return false;
        }
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        // The clause: from the last semicolon before the amount.
        let Some(start) = self.tokens[..first].iter().rposition(|t| t.is_punct(';')) else {
            return false;
        };
        if hit.token > start
            || hits
                .iter()
                .any(|h| !h.generic && h.phrase != hit.phrase && h.token < first)
        {
            return false;
        }
        let words: Vec<&str> = self.tokens[start + 1..first]
            .iter()
            .filter_map(Spanned::word)
            .collect();
        // (A year is a number, no word: past it as it stands.)
        let time = |w: &str| {
            matches!(
                w,
                "in" | "by" | "then" | "that" | "year" | "the" | "wave" | "and"
            )
        };
        let mut rest = words.iter().skip_while(|w| time(w));
        matches!(rest.next(), Some(&("they" | "it")))
            && rest.next().is_some_and(|v| {
                matches!(
                    *v,
                    "were" | "was" | "made" | "accounted" | "represented" | "formed" | "comprised"
                )
            })
    }

    /// `The estimate stood at roughly 7,000` a sentence after the 2006
    /// arrests are named: a hedged amount whose range holds the figure of
    /// a specific phrase named outside its clause is consistent with it. A
    /// fit is never a false alarm, and a writer who carries a subject on
    /// rarely lands within a hedge of it by chance. Not taken: a vague word
    /// with no number (`most`, `the majority`), a bound the figure lies far
    /// past (`more than half` for 66%, an understatement, where a writer
    /// about it would have named more), a figure held only as a printed
    /// wording (its range is the source's, not a value), a context figure,
    /// and a figure of a wave the sentence does not name when it names one
    /// (`In 2006 that category numbered 2,417, about a third of all
    /// arrests`: not the 2000 share of the sentence before).
    fn remote_fit(
        &self,
        amount: &StatedAmount,
        chosen: &Finding,
        hit: &PhraseHit,
        waves: &AmountWaves,
    ) -> bool {
        let c = self.catalogue;
        let wording = chosen
            .figure
            .as_deref()
            .filter(|id| !id.contains("->"))
            .and_then(|id| c.figure(id))
            .is_some_and(|x| {
                c.dataset(&x.dataset)
                    .and_then(|(_, ds)| ds.figure(&x.id))
                    .is_some_and(|f| f.wording.is_some())
            });
        // (Nor a guess, `My own guess is about 40 percent`, nor `much more
        // than 21%`, which says the figure lies well past 21, not just past
        // it.)
        let guess = self
            .clause_words(amount)
            .iter()
            .any(|w| matches!(*w, "guess" | "perhaps" | "maybe" | "possibly"));
        // (Nor `In nearly 70 percent of cases the images were mostly of
        // girls`: what the cases share is said after them, with a subject
        // of its own.)
        let last = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        let own_predicate = word(last) == Some("of")
            && matches!(word(last + 1), Some("cases" | "arrests"))
            && matches!(word(last + 2), Some("the" | "their" | "these" | "those"));
        let emphatic = ["much ", "far "]
            .iter()
            .any(|w| amount.wording.to_lowercase().contains(w));
        chosen.verdict == Verdict::Consistent
            && !hit.generic
            && !guess
            && !emphatic
            && !own_predicate
            && amount.stated.is_some()
            && chosen
                .computed
                .is_none_or(|x| amount.understatement(x).is_none())
            && !wording
            && !chosen.context
            && (waves.sentence.is_empty()
                || chosen.figure.as_deref().is_some_and(|id| {
                    id.split("->").all(|x| {
                        c.figure(x)
                            .and_then(|f| f.wave.as_ref())
                            .is_none_or(|w| waves.sentence.contains(w))
                    })
                }))
    }

    /// Whether a phrase hit lies in this sentence (not borrowed from the
    /// one before).
    fn hit_in_sentence(&self, hit: &PhraseHit) -> bool {
        !self
            .previous
            .as_ref()
            .is_some_and(|p| p.phrase == hit.phrase && p.token == hit.token)
    }

    /// Whether the amount fits (reproduces, or a hedge holds) any figure of
    /// its kind but `id`, in any wave: a change between any two waves of
    /// any measure, or a level or share of any figure.
    ///
    /// With `own_fits` (the amount fits `id` too), a sum the data derive of
    /// `id`'s parts is `id` itself, not another figure; without it, an
    /// amount that fits only that sum (`7,009`) may be about the sum.
    fn fits_any_other(
        &self,
        amount: &StatedAmount,
        id: Option<&str>,
        is_change: bool,
        own_fits: bool,
    ) -> bool {
        let c = self.catalogue;
        let figures = c.figures();
        // (Another wave's figure of the same measure counts only when the
        // sentence names no wave: `in 2006 they again made up a quarter`
        // gives 2000's quarter to 2006.)
        let own = id.and_then(|id| c.figure(id.rsplit("->").next().unwrap_or(id)));
        let dated = self.mentions.iter().any(|m| !m.since);
        let same_measure = |x: &Candidate| {
            dated
                && own
                    .is_some_and(|o| o.measure.is_some() && figures[x.figure].measure == o.measure)
        };
        // Nor a figure of a wave the sentence does not name, when it names
        // one (`in 2006 they made up just under a third` is no reading of
        // 2000's 32% from undercover operations).
        // (For a change, a wave it runs from counts as named too: `From
        // 2000 to 2006 that is up 172%`.)
        let named: Vec<&str> = if is_change {
            self.mentions.iter().map(|m| m.wave.as_str()).collect()
        } else {
            self.named_waves()
        };
        let of_named_wave = |x: &Candidate| {
            named.is_empty()
                || [&x.waves.0, &x.waves.1]
                    .iter()
                    .all(|w| w.as_deref().is_none_or(|w| named.contains(&w)))
        };
        let keep = |x: &Candidate| {
            x.id.as_str() != id.unwrap_or_default()
                && !same_measure(x)
                && of_named_wave(x)
                && !(own_fits && own.is_some_and(|o| self.sum_of_parts_of(&figures[x.figure], o)))
        };
        // (A change between any two waves, earlier to later.)
        let forward = |a: usize, b: usize| {
            c.wave_rank(figures[a].wave.as_deref()) < c.wave_rank(figures[b].wave.as_deref())
        };
        // A share whose whole is named (`of all arrests`) is of a figure of
        // that whole only (not the violence of the online-meeting cases).
        let named = self.named_whole(amount);
        let of_named = |x: &Candidate| named.is_empty() || self.whole_among(&named, x);
        self.fits_some(
            amount,
            is_change,
            |x| keep(x) && (is_change || of_named(x)),
            forward,
        )
    }

    /// Whether `x` is a sum the data derive of the parts of `whole` (the
    /// four categories' sum of 2006, 7,009, of the printed total 7,010):
    /// the same quantity, not another figure an amount could be about.
    fn sum_of_parts_of(&self, x: &CatalogueFigure, whole: &CatalogueFigure) -> bool {
        let c = self.catalogue;
        c.datasets().iter().any(|d| {
            d.derived().iter().any(|s| {
                s.id == x.id
                    && s.base
                        .as_deref()
                        .is_some_and(|b| b == whole.id || whole.same_as.as_deref() == Some(b))
            })
        })
    }

    /// Whether the amount fits (reproduces, or a hedge holds) a figure that
    /// `keep` keeps: for a change, the change between two figures of one
    /// measure that `pair` allows; else the level or share of any figure.
    /// The one search that [`Self::fits_any_other`] and
    /// [`Self::fits_another`] narrow each their own way.
    fn fits_some(
        &self,
        amount: &StatedAmount,
        is_change: bool,
        keep: impl Fn(&Candidate) -> bool,
        pair: impl Fn(usize, usize) -> bool,
    ) -> bool {
        let figures = self.catalogue.figures();
        let fits = |x: Option<Candidate>| {
            x.is_some_and(|x| {
                matches!(
                    x.judgement.verdict,
                    Verdict::Reproduced | Verdict::Consistent
                ) && keep(&x)
            })
        };
        if is_change {
            return (0..figures.len()).any(|a| {
                figures[a].measure.is_some()
                    && (0..figures.len()).any(|b| {
                        b != a
                            && figures[b].measure == figures[a].measure
                            && pair(a, b)
                            && fits(self.judge_change(amount, a, b))
                    })
            });
        }
        (0..figures.len()).any(|k| fits(self.judge_level(amount, k, None)))
    }

    /// `By 2006 the number had more than doubled, to 3,672 (a rise of
    /// 1,959)`: a change whose words name no figure, in a sentence stating
    /// the level it reached, which one count figure equals exactly (three
    /// or more significant digits), is that figure's measure's change: from
    /// the wave the sentence names as its start, else the wave before.
    /// `From 2006 to 2009 the rise was about 16 per cent`, `The total then
    /// rose to 8,144 in 2009, a further 16 per cent`: a change no phrase
    /// names is the one change of the data it reproduces, between the
    /// waves its sentence gives it (at least one named), when exactly one
    /// does; never a verdict against another.
    fn equal_change(&self, amount: &StatedAmount, waves: &AmountWaves) -> Option<Candidate> {
        // (`a further 16 per cent`, read as a share, is a change.)
        let before = crate::claims::preceding_words(self.sentence, amount.span[0]).to_lowercase();
        let further = amount.kind == ClaimKind::Share
            && amount.unit == Scale::Percent
            && before
                .split_whitespace()
                .rev()
                .take(2)
                .any(|w| w == "further");
        let as_change;
        let further_waves;
        let (amount, waves) = if further {
            let mut changed = amount.clone();
            changed.kind = ClaimKind::Change;
            changed.unit = Scale::PercentChange;
            as_change = changed;
            // (The interval after the last one: from the wave before the
            // latest the sentence names, to it.)
            let all = self.catalogue.waves();
            let latest = waves
                .sentence
                .iter()
                .filter_map(|w| all.iter().position(|x| &x.id == w))
                .max()
                .filter(|&k| k >= 1)?;
            let mut w = waves.clone();
            w.from = Some(all[latest - 1].id.clone());
            w.to = Some(all[latest].id.clone());
            further_waves = w;
            (&as_change, &further_waves)
        } else {
            (amount, waves)
        };
        if amount.kind != ClaimKind::Change
            || amount.role != AmountRole::Claim
            || (waves.from.is_none() && waves.to.is_none())
            || waves.span_fits_no_pair.is_some()
        {
            return None;
        }
        // (Each measure's pair of waves once: an id is never repeated.)
        let reproduced: Vec<Candidate> = self
            .changes_of_measures(amount, &self.catalogue.measures(), waves)
            .into_iter()
            .filter(Candidate::reproduced)
            .collect();
        let [mut one] = <[Candidate; 1]>::try_from(reproduced).ok()?;
        one.add_note(format!(
            "no phrase names what '{}' is about; {} is the one change of the data between the waves the sentence gives it that it reproduces",
            amount.wording, one.id
        ));
        Some(one)
    }

    fn change_to_stated_level(
        &self,
        amount: &StatedAmount,
        i: usize,
        waves: &AmountWaves,
    ) -> Option<Candidate> {
        self.change_to_level(amount, i, waves, false)
    }

    /// Whether the amount before amount `i` is a count that one figure
    /// equals, of a measure phrase `hit` does not name.
    fn level_before_of_another(&self, i: usize, hit: &PhraseHit) -> bool {
        let Some(j) = i.checked_sub(1) else {
            return false;
        };
        let level = &self.parsed.amounts[j];
        let amount = &self.parsed.amounts[i];
        // (Set off right before the change in one clause: `8,144 in 2009, a
        // rise of ...`; not `to 615, while child-pornography-only cases
        // rose 258 per cent`.)
        let gap = self
            .sentence
            .get(level.span[1]..amount.span[0])
            .unwrap_or(";")
            .trim();
        let gap = without_article(gap);
        if !gap.ends_with([',', '\u{2014}', '\u{2013}'])
            || gap.split_whitespace().count() > 4
            || gap.contains([';', '.', '('])
            || gap.split_whitespace().any(|w| {
                matches!(
                    w.trim_matches(',').to_lowercase().as_str(),
                    "while" | "whereas" | "but" | "and" | "although" | "though"
                )
            })
        {
            return false;
        }
        let c = self.catalogue;
        let waves = amount_waves(self.parsed, j, &self.tokens, &self.mentions, c);
        let Some(equal) = self.equal_count(level, j, &waves, Some(&hit.phrase)) else {
            return false;
        };
        let measure = c.figures()[equal.figure].measure.as_deref();
        measure.is_some()
            && !self
                .named(hit)
                .0
                .iter()
                .any(|&k| c.figures()[k].measure.as_deref() == measure)
    }

    /// As `change_to_stated_level`; with `any_wave`, the level reached is
    /// the one count it equals whatever year the sentence gives it (`8,144
    /// arrests in 2006, up 16 per cent on the second`: the level's year is
    /// wrong, which the level's own finding says, but the change runs to
    /// 8,144 all the same). Only for a change judged again where its clause
    /// supports it, never to make it wrong.
    fn change_to_level(
        &self,
        amount: &StatedAmount,
        i: usize,
        waves: &AmountWaves,
        any_wave: bool,
    ) -> Option<Candidate> {
        if amount.kind != ClaimKind::Change || amount.role != AmountRole::Claim {
            return None;
        }
        let c = self.catalogue;
        let mut reached = self.parsed.amounts.iter().enumerate().filter_map(|(j, a)| {
            // `to 3,672`: the grammar may read it as a level of its own.
            let to = a.role == AmountRole::To
                || (a.kind == ClaimKind::Level
                    && self
                        .sentence
                        .get(..a.span[0])
                        .is_some_and(|b| b.trim_end().to_lowercase().ends_with(" to")));
            // Next to the change, with no other clause between (`doubled,
            // to 3,672 (a rise of 1,959)`; not `reports more than doubled,
            // and arrests rose to 3,672`).
            let (x, y) = if j < i { (j, i) } else { (i, j) };
            let between = self
                .sentence
                .get(self.parsed.amounts[x].span[1]..self.parsed.amounts[y].span[0])
                .unwrap_or(";");
            // (A few words at most: not `to 2,417, while arrests for
            // meeting a real victim online barely moved: up 21 per cent`.)
            let adjacent = x + 1 == y
                && !between.contains([';', '.'])
                && !between.contains(" and ")
                && between.split_whitespace().count() <= 4;
            // `By 2006 the figure was 7,010 \u{2014} close to quadruple`: a
            // level set off right before the change by a dash, a comma or a
            // bracket (`7,010 (up 172 per cent)`).
            // (`the third 8,144, a further 1,134`: with the word that adds.)
            let mark = FURTHER_WORDS
                .iter()
                .fold(between.trim(), |m, w| m.trim_end_matches(w))
                .trim();
            // (Or an article before the change's noun, when the change
            // names the wave it runs from: `8,144 in 2009, a rise of about
            // 16 per cent on 2006`; not `By 2009 the figure was 8,144, a
            // rise of 316 per cent`, which may run from any wave.)
            let mark = if waves.from.is_some() {
                without_article(mark)
            } else {
                mark
            };
            // (Past the level's noun and year: `estimated 8,144 arrests in
            // 2009, up 16 per cent`.)
            let set_off = j + 1 == i
                && a.kind == ClaimKind::Level
                && (matches!(mark, "\u{2014}" | "\u{2013}" | "-" | "--" | ",")
                    || (mark == "("
                        && self
                            .sentence
                            .get(amount.span[1]..)
                            .is_some_and(|r| r.trim_start().starts_with(')')))
                    || (mark.ends_with([',', '\u{2014}', '\u{2013}'])
                        && mark.split_whitespace().count() <= 4)
                    || matches!(
                        mark.trim_start_matches(',').trim(),
                        "that's" | "that is" | "which is" | "that was" | "which was"
                    ));
            let to = to || set_off;
            // (Not the whole of a part stated before it: `reached 3,100 of
            // the 8,144 arrests in 2009, nearly four times ...` runs to
            // 3,100.)
            let whole_of_part = self.sentence.get(..a.span[0]).is_some_and(|b| {
                let b = b.trim_end().to_lowercase();
                b.ends_with(" of the") || b.ends_with(" out of") || b.ends_with(" out of the")
            });
            if j == i || !to || !adjacent || whole_of_part {
                return None;
            }
            let w = amount_waves(self.parsed, j, &self.tokens, &self.mentions, c);
            self.equal_count(a, j, &w, None)
                .or_else(|| self.hedged_count_of_wave(a, j, &w))
                .or_else(|| {
                    any_wave
                        .then(|| {
                            a.stated.and_then(|x| {
                                <[Candidate; 1]>::try_from(
                                    self.counts_equal_to(a, x, |f| f.measure.is_some()),
                                )
                                .ok()
                                .map(|[one]| one)
                            })
                        })
                        .flatten()
                })
        });
        let to = reached.next()?;
        if reached.next().is_some() {
            return None;
        }
        let f = &c.figures()[to.figure];
        // (Not when the change's own words end it in another wave: `by 2009
        // it had reached 8,144, an increase of 4,433 in the first six
        // years alone`.)
        // (Only a change that ends before the level reached.)
        if waves.from.is_some()
            && waves
                .to
                .as_ref()
                .is_some_and(|w| c.wave_rank(Some(w)) < c.wave_rank(f.wave.as_deref()))
        {
            return None;
        }
        let measure = f.measure.as_deref()?;
        let all = c.figures_of_measure(measure);
        let at = all.iter().position(|x| x.id == f.id)?;
        // (A start no earlier than the level's wave, `By 2006 ... had
        // doubled to 3,672`, is that level's date, not the start.)
        let named = waves
            .from
            .as_ref()
            .and_then(|w| all.iter().position(|x| x.wave.as_ref() == Some(w)))
            .filter(|&k| k < at);
        let from = all.get(named.or(at.checked_sub(1))?)?;
        let mut j = self.judge_change(amount, c.position(&from.id)?, to.figure)?;
        // (With no start named, a change the wave before misses but an
        // earlier start fits, `8,144 in 2009, more than triple` of 2000,
        // may be that one: left unjudged.)
        let earlier_fits = named.is_none()
            && j.judgement.verdict == Verdict::Inconsistent
            && all[..at.saturating_sub(1)].iter().any(|x| {
                c.position(&x.id)
                    .and_then(|a| self.judge_change(amount, a, to.figure))
                    .is_some_and(|e| {
                        matches!(
                            e.judgement.verdict,
                            Verdict::Reproduced | Verdict::Consistent
                        )
                    })
            });
        if earlier_fits {
            return None;
        }
        j.add_note(format!(
            "the sentence states the level it reached, {} ({})",
            short_value(c.datasets().iter().find_map(|d| d.value(&f.id))),
            f.id
        ));
        Some(j)
    }

    /// The one count figure of the catalogue that a count of three or more
    /// significant digits equals at its printed precision (`644`, `1,713`),
    /// within the wave the sentence gives it, if there is exactly one.
    /// Such a number is not equal to a figure by chance, so it names its
    /// figure where the words around it (`arrests`, `cases`) do not.
    /// Whether the amount takes its phrase only from the sentence before,
    /// has a clause of its own words (not elliptical, not referring back)
    /// and so few significant digits (or a word: `1 in 5`) that its
    /// equality with that phrase's figure may be chance.
    fn equal_by_chance(&self, amount: &StatedAmount, hit: &PhraseHit) -> bool {
        let from_before = !self.hit_in_sentence(hit);
        if !hit.remote || self.anaphoric || !from_before || elliptical(&self.tokens, amount.span) {
            return false;
        }
        let digits = amount.printed.as_ref().map_or(0, significant_digits);
        // The amount's own clause holds content words of its own.
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        // From the last clause break or relative word (`the statistic that
        // 1 in 5 students are solicited`) before it.
        // Within sixty tokens: a long sentence is still read in one pass.
        let window = first.saturating_sub(60);
        // (Not `that` of `that category`, which points back.)
        let pointing = |k: usize| {
            self.tokens
                .get(k + 1)
                .and_then(Spanned::word)
                .is_some_and(|n| {
                    matches!(
                        n,
                        "group" | "category" | "kind" | "type" | "class" | "population"
                    )
                })
        };
        let start = self.tokens[window..first]
            .iter()
            .enumerate()
            .rposition(|(j, t)| {
                clause_break(t)
                    // (A label's colon: `Stress: that category fell to
                    // about 9 per cent`.)
                    || t.is_punct(':')
                    || t.word().is_some_and(|w| {
                        matches!(w, "which" | "who") || (w == "that" && !pointing(window + j))
                    })
            })
            .map_or(window, |k| window + k + 1);
        // The amount's own words (`roughly 16% more`, `nearly tripled`)
        // are no content of the clause.
        let clause: Vec<&str> = self.tokens[start..]
            .iter()
            .take(80)
            .take_while(|t| !matches!(t.token, crate::claims::Token::Punct(',' | ';' | ':' | '.')))
            .filter(|t| t.start < amount.span[0] || t.start >= amount.span[1])
            .filter_map(Spanned::word)
            .collect();
        // A word that refers back, or a word of the phrase itself (`Internet
        // usage among youth grew from 73 percent` after `youth Internet
        // use`), ties the clause to it.
        let stem = |w: &str| w.chars().take(5).collect::<String>();
        let phrase_stems: Vec<String> = hit.phrase.split_whitespace().map(stem).collect();
        // `fell into that group`, `that category`: `that` pointing back
        // (`the same group`).
        let that_noun = clause.windows(2).any(|p| {
            matches!(p[0], "that" | "same")
                && matches!(
                    p[1],
                    "group" | "category" | "kind" | "type" | "class" | "population"
                )
        });
        // `it` or `they` opening the clause, past a discourse word (`So it
        // nearly tripled?`).
        let opener = clause
            .iter()
            .find(|w| !matches!(**w, "so" | "and" | "but" | "then" | "yes" | "well" | "now"));
        // (`they` anywhere before a verb of a level or a change: `As a
        // share of all arrests they fell from about 20% to about 9%`; not
        // `5% of offenders concealed the fact they were adults`.)
        let they_moved = clause.windows(2).any(|p| {
            p[0] == "they"
                && matches!(
                    p[1],
                    "fell"
                        | "rose"
                        | "grew"
                        | "made"
                        | "accounted"
                        | "climbed"
                        | "dropped"
                        | "declined"
                        | "increased"
                        | "decreased"
                        | "represented"
                        | "reached"
                        | "numbered"
                        | "went"
                        | "shrank"
                        | "jumped"
                )
        });
        // (Or a possessive of theirs: `Their share went from a quarter to
        // 44 per cent`.)
        let ties = opener.is_some_and(|w| matches!(*w, "it" | "they" | "their" | "its"))
            || they_moved
            || that_noun
            || clause.iter().any(|w| {
                matches!(*w, "this" | "these" | "those" | "such") || phrase_stems.contains(&stem(w))
            });
        let own_words = clause
            .iter()
            .filter(|w| w.len() > 3 && crate::claims::number_word(w).is_none())
            .count();
        digits < 3 && own_words >= 3 && !ties
    }

    /// `interviewed about 544 undercover cases`: a count of the sample's
    /// cases or interviews is not an amount of arrests, whatever phrase
    /// beside it names arrests. Judged against an arrest figure, it becomes
    /// the sample figure it equals, else unmatched; never `inconsistent`.
    fn sample_count_guard(&self, i: usize, f: Finding) -> Finding {
        let amount = &self.parsed.amounts[i];
        if amount.unit != Scale::Count
            || f.kind != ClaimKind::Level
            || f.verdict != Verdict::Inconsistent
        {
            return f;
        }
        let mut after = self.tokens.partition_point(|t| t.start < amount.span[1]);
        // (Past `of them`: `612 cases, 129 of them online-meeting cases`.)
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        let of_them = word(after) == Some("of")
            && matches!(word(after + 1), Some("them" | "these" | "those"));
        if of_them {
            after += 2;
        }
        // The noun within three tokens (`online-meeting cases`).
        let noun = self.tokens[after.min(self.tokens.len())..]
            .iter()
            .take(4)
            .take_while(|t| t.word().is_some() || t.is_punct('-'))
            .filter_map(Spanned::word)
            .find(|w| SAMPLE_COUNT_NOUNS.contains(w));
        let of_sample = |id: &str| {
            self.catalogue.figure(id).is_some_and(|x| {
                x.id.starts_with("design.") || x.measure.as_deref() == Some("interviews")
            })
        };
        // (`612 interviews with investigators, 129 of them about online
        // meetings`: `of them` after a count of the sample is a part of
        // the sample.)
        // (Whether amount `j` equals one count of the sample.)
        let sample_count_at = |j: usize| {
            let w = amount_waves(self.parsed, j, &self.tokens, &self.mentions, self.catalogue);
            self.equal_count(&self.parsed.amounts[j], j, &w, None)
                .is_some_and(|c| of_sample(&c.id))
        };
        let of_sample_before = of_them && i.checked_sub(1).is_some_and(sample_count_at);
        // (`Of the 612 case interviews in the first wave, 129 concerned
        // offenders who met victims online`: a part of a count of the
        // sample fronted before it is a count of the sample too.)
        let fronted_sample = i.checked_sub(1).is_some_and(|j| {
            let prev = &self.parsed.amounts[j];
            let at = self.tokens.partition_point(|t| t.start < prev.span[0]);
            let end = self.tokens.partition_point(|t| t.start < prev.span[1]);
            let of = at >= 1 && word(at - 1) == Some("of")
                || at >= 2 && word(at - 1) == Some("the") && word(at - 2) == Some("of");
            let sample_noun = self.tokens[end.min(self.tokens.len())..]
                .iter()
                .take(3)
                .filter_map(Spanned::word)
                .any(|w| SAMPLE_COUNT_NOUNS.contains(&w));
            of && sample_noun && sample_count_at(j)
        });
        let noun = noun
            .or(of_sample_before.then_some("cases"))
            .or(fronted_sample.then_some("cases"));
        if noun.is_none() || f.figure.as_deref().is_some_and(of_sample) {
            return f;
        }
        let waves = amount_waves(self.parsed, i, &self.tokens, &self.mentions, self.catalogue);
        if let Some(c) = self.equal_count(amount, i, &waves, None)
            && of_sample(&c.id)
        {
            let others = f.figure.clone().into_iter().collect();
            return self.matched(f, &c, None, others);
        }
        let mut u = matched_undone(f);
        u.reason = format!(
            "'{}' counts the sample's {}, not arrests: no figure of {} is a count of them that it equals",
            amount.wording,
            noun.unwrap_or("cases"),
            self.dataset_names()
        );
        u
    }

    fn equal_count(
        &self,
        amount: &StatedAmount,
        i: usize,
        waves: &AmountWaves,
        phrase: Option<&str>,
    ) -> Option<Candidate> {
        if amount.unit == Scale::Percent || amount.kind != ClaimKind::Level {
            return None;
        }
        let printed = amount.printed.as_ref()?;
        if printed.decimals() != 0 {
            return None;
        }
        let stated = amount.stated?;
        if !(100.0..1e9).contains(&stated) || stated.fract() != 0.0 {
            return None;
        }
        if significant_digits(printed) < 3 {
            return None;
        }
        let (wave, strong) = self.level_wave(amount, i, waves);
        // (`2417 (VALE) SQUADRON` in a text that writes `2,417`; not
        // `2417 (2006)`, which its year dates.)
        if !strong && self.bare_thousands(amount) {
            return None;
        }
        // (Unless its wave is named only before it, across a comma, and
        // the sentence names the figure's wave too: `wave-2 interviews
        // minus wave-1 interviews, 1,051 less 612`. A wave named right
        // after the number, `615 in 2000`, holds it.)
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        // (Not a wave that is its clause's subject: `The second wave, for
        // 2006, counted 8,144`.)
        let only_before = self.subject_wave(amount).is_none()
            && wave.as_ref().is_some_and(|w| {
                let of_wave: Vec<usize> = self
                    .mentions
                    .iter()
                    .filter(|m| m.wave == *w)
                    .map(|m| m.token)
                    .collect();
                of_wave.iter().all(|&k| k < first)
                    && of_wave
                        .iter()
                        .max()
                        .is_some_and(|&k| (k..first).any(|j| self.tokens[j].is_punct(',')))
            });
        let named_too = |w: &Option<String>| {
            w.as_ref()
                .is_some_and(|w| self.mentions.iter().any(|m| m.wave == *w))
        };
        let mut equal = self.counts_equal_to(amount, stated, |f| {
            !(strong && wave.is_some() && f.wave.is_some() && f.wave != wave)
                || (only_before && named_too(&f.wave))
        });
        // A sum the data derive (the four categories' sum, 2,577) equals
        // the printed figure it checks: the printed one is meant.
        let printed = |x: &Candidate| self.printed(x);
        if equal.iter().any(printed) {
            equal.retain(printed);
        }
        let [mut c] = <[Candidate; 1]>::try_from(equal).ok()?;
        c.add_note(format!(
            "'{}' is the one figure of the data that '{}' equals, and a count of three or more significant digits is not equal by chance; {}",
            c.id,
            amount.wording,
            phrase.map_or_else(
                || "no phrase of the sentence names it".to_string(),
                |p| format!("'{p}' alone does not name it")
            )
        ));
        Some(c)
    }

    /// `The interviews behind these figures numbered 612 in the first wave
    /// and 1,015 in the second`: a count set after `and` with nothing after
    /// it but its wave, in a sentence whose earlier level reproduced a
    /// figure, is of that figure's measure in its own wave; not of a phrase
    /// another sentence names (`these figures` pointed at the categories
    /// before).
    fn elliptical_sibling(&self, f: Finding, i: usize) -> Finding {
        let amount = &self.parsed.amounts[i];
        // (The level right before it, `612 in the first wave`, not the
        // sentence's first: `2,574 agencies were sampled, and interviews
        // numbered 612 in the first wave and 1,051 in the second`.)
        // (Or the share right before it: `Possession cases were about
        // two-thirds of arrests in 2000 and more than half in 2006`.)
        let share = amount.kind == ClaimKind::Share && amount.unit == Scale::Percent;
        let before = if share {
            let c = self.catalogue;
            self.shares
                .borrow()
                .last()
                .map(|&(j, k)| (j, &c.figures()[k]))
        } else {
            self.previous_level.get()
        };
        let Some((j, sib)) = before else {
            return f;
        };
        if j + 1 != i {
            return f;
        }
        let prev = &self.parsed.amounts[j];
        let prev_last = self.tokens.partition_point(|t| t.start < prev.span[1]);
        let Some(measure) = sib.measure.as_deref() else {
            return f;
        };
        if !share && (amount.kind != ClaimKind::Level || amount.unit != Scale::Count) {
            return f;
        }
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let last = self.tokens.partition_point(|t| t.start < amount.span[1]);
        if first == 0 || self.tokens[first - 1].word() != Some("and") {
            return f;
        }
        // The level before is dated the same way: `612 in the first wave
        // and`.
        // (A share's whole between them: `two-thirds of arrests in 2000
        // and`.)
        let whole = |w: &str| share && matches!(w, "of" | "all" | "arrests" | "cases" | "total");
        let dated_before = prev_last < first - 1
            && (prev_last..first - 1).all(|k| {
                self.mentions.iter().any(|m| m.token == k)
                    || self.tokens[k].word().is_some_and(|w| {
                        matches!(w, "in" | "the" | "wave" | "survey" | "one" | "round") || whole(w)
                    })
            })
            && self
                .mentions
                .iter()
                .any(|m| (prev_last..first - 1).contains(&m.token));
        if !dated_before {
            return f;
        }
        // Nothing after it but its wave, to the end of the clause (and a
        // share's whole: `just under a quarter of arrests in 2000 and
        // nearly 55 per cent of arrests in 2006`).
        let end = (last..self.tokens.len())
            .find(|&k| {
                self.tokens[k].is_punct('.')
                    || self.tokens[k].is_punct(';')
                    || self.tokens[k].is_punct(',')
            })
            .unwrap_or(self.tokens.len());
        let wave_words = (last..end).all(|k| {
            self.mentions.iter().any(|m| m.token == k)
                || self.tokens[k].word().is_some_and(|w| {
                    matches!(w, "in" | "the" | "wave" | "survey" | "one" | "round") || whole(w)
                })
        });
        if end == last
            || !wave_words
            || !self.mentions.iter().any(|m| (last..end).contains(&m.token))
        {
            return f;
        }
        let waves = amount_waves(self.parsed, i, &self.tokens, &self.mentions, self.catalogue);
        let (Some(wave), true) = self.level_wave(amount, i, &waves) else {
            return f;
        };
        if sib.wave.as_deref() == Some(wave.as_str()) {
            return f;
        }
        let Some(k) = self.figure_in_wave(measure, &wave) else {
            return f;
        };
        let Some(mut cand) = self.judge_level(amount, k, None) else {
            return f;
        };
        if f.figure.as_deref() == Some(cand.id.as_str()) {
            return f;
        }
        // (Wrong, it is left unjudged when the sentence's subject names a
        // second measure whose figure of that wave it fits: `Family members
        // and acquaintances who met victims online accounted for about one
        // in five arrests in 2000 and one in eight in 2006` names family or
        // acquaintance offenders and online meetings, and one in eight is
        // the first's 2006 share.)
        if cand.judgement.verdict == Verdict::Inconsistent {
            let c = self.catalogue;
            let prev_first = self.tokens.partition_point(|t| t.start < prev.span[0]);
            let reads = if share {
                AliasReads::Share
            } else {
                AliasReads::Level
            };
            let other = phrases_in(c, &self.tokens, 0, prev_first, reads)
                .iter()
                .filter(|h| !h.generic)
                .flat_map(|h| h.aliases.iter())
                .filter_map(|&(d, a)| {
                    c.measure_named_by(d, &c.alias_tables()[d].aliases()[a].figure)
                })
                .filter(|m| m != measure)
                .find_map(|m| {
                    let k = self.figure_in_wave(&m, &wave)?;
                    self.judge_level(amount, k, None)
                        .filter(|x| x.judgement.verdict != Verdict::Inconsistent)
                });
            if let Some(x) = other {
                // (Its own reading already that fitting figure stands.)
                if f.figure.as_deref() == Some(x.id.as_str()) && f.verdict != Verdict::Inconsistent
                {
                    return f;
                }
                return not_judged_against(
                    &f,
                    &amount.wording,
                    &format!(
                        "may be the {wave} figure of either measure its sentence names: {} misses it and {} fits",
                        cand.id, x.id
                    ),
                );
            }
        }
        cand.add_note(format!(
            "the sentence's earlier {} is {} ({}); '{}' set after 'and' with only its wave is the same measure's {} of that wave",
            if share { "share" } else { "level" },
            sib.id,
            sib.wave.as_deref().unwrap_or("-"),
            amount.wording,
            if share { "share" } else { "count" }
        ));
        self.matched(f, &cand, None, Vec::new())
    }

    /// `Between 2006 and 2009 the rise slowed to about 1,100 more arrests`:
    /// a count set before `more` or `fewer` (and no `than`) is a difference,
    /// never a level; judged wrong as a level, it is left unjudged.
    fn count_more(&self, f: Finding, amount: &StatedAmount) -> Finding {
        if f.verdict != Verdict::Inconsistent
            || f.kind != ClaimKind::Level
            || amount.unit != Scale::Count
        {
            return f;
        }
        let rest = self.sentence.get(amount.span[1]..).unwrap_or("");
        let clause = rest
            .split([';', '.', ','])
            .next()
            .unwrap_or("")
            .to_lowercase();
        let more = clause
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w, "more" | "fewer" | "extra" | "additional"));
        if !more || clause.split_whitespace().any(|w| w == "than") {
            return f;
        }
        not_judged_against(
            &f,
            &amount.wording,
            "is a difference (a count of more), not a level",
        )
    }

    /// The catalogue position of a measure's figure in a wave.
    fn figure_in_wave(&self, measure: &str, wave: &str) -> Option<usize> {
        self.catalogue
            .figures()
            .iter()
            .position(|x| x.measure.as_deref() == Some(measure) && x.wave.as_deref() == Some(wave))
    }

    /// `In 2000, 45 per cent of cases were proactive. In 2006 about 45 per
    /// cent were.`, `about two-thirds of arrests involved possession; in
    /// 2006 about 60 per cent did`: a share whose predicate is left out
    /// (only `were` or `did` after it, to the end of its clause) says the
    /// predicate of the share before it, in its sentence or the one
    /// before: that share's measure, in its own wave.
    fn elided_predicate(&self, f: Finding, i: usize) -> Finding {
        let amount = &self.parsed.amounts[i];
        if f.status == FindingStatus::Matched
            || amount.unit != Scale::Percent
            || amount.kind != ClaimKind::Share
        {
            return f;
        }
        let k = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let elided = matches!(
            self.tokens.get(k).and_then(Spanned::word),
            Some("were" | "did" | "was" | "had" | "do" | "does")
        ) && self
            .tokens
            .get(k + 1)
            .is_none_or(|t| t.is_punct('.') || t.is_punct(';'));
        if !elided {
            return f;
        }
        let c = self.catalogue;
        // (The sentence's own share before it, when it has one, right or
        // wrong: `fewer than two in five cases began with police action; by
        // 2006, two-thirds did` is of that share, never of the sentence
        // before's.)
        let own_before = self.parsed.amounts[..i]
            .iter()
            .any(|a| a.unit == Scale::Percent);
        let measure = match self.shares.borrow().iter().rev().find(|&&(j, _)| j < i) {
            Some(&(_, x)) => c.figures()[x].measure.clone(),
            None if own_before => None,
            None => {
                let mut before = self.measures_before.clone();
                before.sort();
                before.dedup();
                match before.as_slice() {
                    [one] => Some(one.clone()),
                    _ => None,
                }
            }
        };
        let Some(measure) = measure else {
            return f;
        };
        let waves = amount_waves(self.parsed, i, &self.tokens, &self.mentions, c);
        let (Some(wave), true) = self.level_wave(amount, i, &waves) else {
            return f;
        };
        let Some(k) = self.figure_in_wave(&measure, &wave) else {
            return f;
        };
        let Some(mut cand) = self.judge_level(amount, k, None) else {
            return f;
        };
        cand.add_note(format!(
            "'{}' leaves out its predicate, which is the share's before it ({measure})",
            amount.wording
        ));
        self.matched(f, &cand, None, Vec::new())
    }

    /// `when arrests stood at about 8,100`: a hedged count whose sentence
    /// dates it firmly, which the one count figure of that wave fits (of
    /// every measure's figures of the wave), is that figure: for the
    /// level a change set off after it runs to, never to judge the level.
    fn hedged_count_of_wave(
        &self,
        amount: &StatedAmount,
        i: usize,
        waves: &AmountWaves,
    ) -> Option<Candidate> {
        if amount.quantifier.is_none()
            || amount.unit != Scale::Count
            || amount.kind != ClaimKind::Level
        {
            return None;
        }
        let (wave, strong) = self.level_wave(amount, i, waves);
        let wave = wave.filter(|_| strong)?;
        let fitting: Vec<Candidate> = self
            .count_figures(|f, v| {
                f.measure.is_some() && f.wave.as_ref() == Some(&wave) && amount.accepted.contains(v)
            })
            .filter_map(|k| self.judge_level(amount, k, None))
            .filter(|x| {
                matches!(
                    x.judgement.verdict,
                    Verdict::Reproduced | Verdict::Consistent
                )
            })
            .collect();
        let [one] = <[Candidate; 1]>::try_from(fitting).ok()?;
        Some(one)
    }

    /// The count figures `keep` admits whose value `stated` equals (within
    /// half a unit) and that the amount reproduces.
    fn counts_equal_to(
        &self,
        amount: &StatedAmount,
        stated: f64,
        keep: impl Fn(&CatalogueFigure) -> bool,
    ) -> Vec<Candidate> {
        self.count_figures(|f, v| (v - stated).abs() <= 0.5 && keep(f))
            .filter_map(|k| self.judge_level(amount, k, None))
            .filter(Candidate::reproduced)
            .collect()
    }

    /// The catalogue positions of the count figures whose value (from
    /// their evidence source) `keep` admits.
    fn count_figures(
        &self,
        keep: impl Fn(&CatalogueFigure, f64) -> bool,
    ) -> impl Iterator<Item = usize> {
        let c = self.catalogue;
        c.figures().iter().enumerate().filter_map(move |(k, f)| {
            let (d, id) = c.evidence_source(f);
            let ds = &c.datasets()[d];
            (ds.unit(&id).is_some_and(crate::data::Unit::is_count)
                && ds.value(&id).is_some_and(|v| keep(f, v)))
            .then_some(k)
        })
    }

    /// `Only about one in six of the responding agencies had made a
    /// qualifying arrest`, its phrase naming no figure it can be judged
    /// against: a share of a whole it names of which the data hold one
    /// share only, which it fits, is that share (never judged wrong by it:
    /// a share of the same whole may be of something the data do not
    /// hold).
    fn share_of_named_whole(&self, amount: &StatedAmount) -> Option<Candidate> {
        let named = self.named_whole(amount);
        if named.is_empty() {
            return None;
        }
        let c = self.catalogue;
        // The shares of that whole: figures whose base it is, and figures
        // a share phrase of the alias tables takes of it.
        let mut ks: Vec<(usize, Option<String>)> = (0..c.figures().len())
            .filter(|&k| {
                self.figure_base_id(k)
                    .is_some_and(|b| self.base_among(&named, &b))
            })
            .map(|k| (k, None))
            .collect();
        for t in c.alias_tables() {
            for a in t.aliases() {
                if a.reads == AliasReads::Share
                    && a.base
                        .as_deref()
                        .is_some_and(|b| self.base_among(&named, b))
                    && let Some(k) = c.position(&a.figure)
                    && !ks.iter().any(|(x, _)| *x == k)
                {
                    ks.push((k, a.base.clone()));
                }
            }
        }
        let mut shares: Vec<Candidate> = ks
            .into_iter()
            .filter_map(|(k, base)| self.judge_level(amount, k, base.as_deref()))
            .collect();
        self.one_per_figure(&mut shares);
        let shares = self.without_printed_shares_of_parts(shares);
        let [one] = <[Candidate; 1]>::try_from(shares).ok()?;
        (one.judgement.verdict != Verdict::Inconsistent).then_some(one)
    }

    /// Candidates with one figure held by two datasets (`same_as`) kept
    /// once: it is one figure, not two that disagree.
    fn one_per_figure(&self, candidates: &mut Vec<Candidate>) {
        let c = self.catalogue;
        candidates.dedup_by(|a, b| {
            let (fa, fb) = (&c.figures()[a.figure], &c.figures()[b.figure]);
            fa.same_as.as_deref() == Some(fb.id.as_str())
                || fb.same_as.as_deref() == Some(fa.id.as_str())
        });
    }

    /// Candidates without a printed share whose numerator is another of
    /// them: `17%` of the 383 (`design.agencies_with_arrests_share`) is
    /// that part's share, one figure.
    fn without_printed_shares_of_parts(&self, mut shares: Vec<Candidate>) -> Vec<Candidate> {
        let c = self.catalogue;
        let numerator = |x: &Candidate| {
            let (d, id) = c.evidence_source(&c.figures()[x.figure]);
            c.datasets()[d]
                .figure(&id)
                .and_then(|r| r.numerator.clone())
        };
        let ids: Vec<String> = shares.iter().map(|x| x.id.clone()).collect();
        shares.retain(|x| numerator(x).is_none_or(|n| !ids.contains(&n)));
        shares
    }

    /// A percentage of three or more significant digits (`16.9 percent`,
    /// `58.5%`) that exactly one share of the data equals, in the wave the
    /// sentence names and of the whole it names, if it names one.
    fn equal_share(
        &self,
        amount: &StatedAmount,
        i: usize,
        waves: &AmountWaves,
        phrase: &str,
    ) -> Option<Candidate> {
        if amount.unit != Scale::Percent || amount.kind == ClaimKind::Change {
            return None;
        }
        let (wave, strong) = self.level_wave(amount, i, waves);
        let named = self.named_whole(amount);
        // Three significant digits alone, or two with the whole named
        // (`66 per cent of arrests in 2000`, `31 per cent of possessors`),
        // or a share in words with it (`two-thirds of the 2000 arrests`,
        // `about one in six responding agencies`: the shares of one whole,
        // of the wave named or of every wave, lie far enough apart that a
        // fraction word's range holds at most one by chance; checked
        // below, where any other share of the whole that equals it too
        // leaves it unjudged).
        let digits = amount.printed.as_ref().map_or(0, significant_digits);
        let precise = digits >= 3 && amount.quantifier.is_none();
        let worded = in_words(amount);
        let pinned = (digits == 2 || worded) && !named.is_empty();
        if !(precise || pinned) {
            return None;
        }
        // (Nor a share in words, with no phrase, whose clause names a
        // subject the data know in words of another measure: `Possession
        // featured in roughly two-thirds of 2006 arrests` is not the 2006
        // proactive cases' printed `two-thirds` because no phrase names
        // possession.)
        let subject_words: Vec<&str> = if worded && !precise && phrase.is_empty() {
            let first = self.token_at(amount.span[0]);
            let from = self.clause_token(first);
            self.tokens[from..first]
                .iter()
                .filter_map(Spanned::word)
                .filter(|w| {
                    noun_word(w)
                        && self.knows(w)
                        && !matches!(
                            *w,
                            "arrests"
                                | "arrest"
                                | "cases"
                                | "case"
                                | "offenders"
                                | "crimes"
                                | "investigations"
                                | "agencies"
                                | "police"
                                | "study"
                                | "survey"
                                | "wave"
                                | "year"
                                | "figure"
                                | "share"
                                | "total"
                        )
                })
                .collect()
        } else {
            Vec::new()
        };
        let c = self.catalogue;
        let equal: Vec<Candidate> = (0..c.figures().len())
            .filter(|&k| {
                let f = &c.figures()[k];
                !(strong && wave.is_some() && f.wave.is_some() && f.wave != wave)
            })
            .filter_map(|k| self.judge_level(amount, k, None))
            .filter(|x| named.is_empty() || self.whole_among(&named, x))
            .filter(|x| {
                // (A share in words is one share's only when it fits no
                // other: `about half` holds 52.4 as well as the printed
                // `about half` of another measure.)
                // (Another figure competes when its value lies in what the
                // words accept; one printed only as words, `most` or `about
                // 80%`, overlaps many and tells none apart. A figure of no
                // wave is of its whole's.)
                if worded {
                    x.reproduced()
                        || (x.judgement.computed.is_some_and(|v| {
                            let [lo, hi] = amount.accepted.ends();
                            (lo..=hi).contains(&v)
                        }) && self.of_wave(x.figure, wave.as_deref()))
                } else {
                    x.reproduced()
                }
            })
            .collect();
        // (A figure the data only derive, a sum, is equal by construction,
        // not by what a writer read: `53 percent` of all arrests is no
        // reading of the online-solicitation arrests summed.)
        let equal = self.without_printed_shares_of_parts(equal);
        let [mut one] = <[Candidate; 1]>::try_from(equal).ok()?;
        if !subject_words.is_empty() && !self.measure_words(one.figure, &subject_words) {
            return None;
        }
        // (Not a share set off right after a count of another measure:
        // `Cases of child pornography only went from 935 to 2,417, about 45
        // per cent of 2006 arrests` is the 2,417's share, whatever other
        // share it equals.)
        if let Some((_, k)) = self.apposed_count(amount)
            && c.figures()[k].measure != c.figures()[one.figure].measure
        {
            return None;
        }
        if !self.printed(&one)
            || (worded
                && (!one.reproduced() || self.names_other_share(&named, wave.as_deref(), &one)))
        {
            return None;
        }
        let alone = if phrase.is_empty() {
            "no phrase names it".to_string()
        } else {
            format!("'{phrase}' alone does not name it")
        };
        one.add_note(format!(
            "'{}' is the one share of the data that '{}' equals, of the whole (and wave) it names, and a percentage of three or more significant digits (or two, or a share in words that no other share of that whole fits, with its whole named) is not equal by chance; {alone}",
            one.id, amount.wording
        ));
        Some(one)
    }

    /// Whether any of `words` is a word of a phrase the alias tables give
    /// figure `k`'s measure (or `k` itself, when it has none).
    fn measure_words(&self, k: usize, words: &[&str]) -> bool {
        let c = self.catalogue;
        let measure = c.figures()[k].measure.clone();
        let own = |id: &str| {
            id == c.figures()[k].id
                || measure.as_deref().is_some_and(|m| {
                    id == m
                        || c.position(id)
                            .is_some_and(|j| c.figures()[j].measure.as_deref() == Some(m))
                })
        };
        c.alias_tables().iter().any(|t| {
            t.aliases().iter().any(|a| {
                own(&a.figure)
                    && a.phrase
                        .split(|ch: char| !ch.is_alphanumeric())
                        .any(|p| words.iter().any(|w| p.eq_ignore_ascii_case(w)))
            })
        })
    }

    /// Whether figure `k` is of `wave`: its own wave, else its whole's (a
    /// wave-1 share of `arrests.total` is of 2000).
    fn of_wave(&self, k: usize, wave: Option<&str>) -> bool {
        let c = self.catalogue;
        let wave_of = |id: &str| {
            c.figure(id).and_then(|f| {
                f.wave.clone().or_else(|| {
                    f.same_as
                        .as_deref()
                        .and_then(|s| c.figure(s))
                        .and_then(|s| s.wave.clone())
                })
            })
        };
        let own = c.figures()[k]
            .wave
            .clone()
            .or_else(|| self.figure_base_id(k).and_then(|b| wave_of(&b)));
        wave.is_none() || own.is_none() || own.as_deref() == wave
    }

    /// Whether a phrase of the sentence names a share of the whole `named`
    /// in `wave` other than `one`'s (`arrests involving possession made up
    /// about two-thirds of all arrests in 2006`: the share is possession's,
    /// stated wrong, however well it fits another share of the year).
    fn names_other_share(&self, named: &[String], wave: Option<&str>, one: &Candidate) -> bool {
        let c = self.catalogue;
        let hits = phrases_in(c, &self.tokens, 0, self.tokens.len(), AliasReads::Share);
        hits.iter().filter(|h| !h.generic).any(|h| {
            h.aliases.iter().any(|&(d, a)| {
                let id = &c.alias_tables()[d].aliases()[a].figure;
                c.figures().iter().enumerate().any(|(k, f)| {
                    k != one.figure
                        && (f.id == *id || f.measure.as_deref() == Some(id.as_str()))
                        && f.wave.as_deref() == wave
                        && self
                            .figure_base_id(k)
                            .is_some_and(|b| self.base_among(named, &b))
                })
            })
        })
    }

    /// Whether a candidate's figure is a row of its dataset (printed, or a
    /// share of printed counts), not one the data only derive (a sum).
    fn printed(&self, x: &Candidate) -> bool {
        let c = self.catalogue;
        let (d, id) = c.evidence_source(&c.figures()[x.figure]);
        c.datasets()[d].figure(&id).is_some()
    }

    /// `of 2006 online-solicitation arrests, roughly nine in ten involved
    /// undercover investigators`: the whole a fronted `of` phrase names,
    /// right before the amount, shares a word (its first five letters)
    /// with the label of `base`, the other whole the share fits, that the
    /// label of `own`, the figure's own base, lacks.
    fn whole_named_before(&self, amount: &StatedAmount, base: &str, own: Option<&str>) -> bool {
        let before = self.sentence[..amount.span[0]].to_lowercase();
        // Fronted, right before the amount: `of X, AMOUNT`.
        let Some(head) = before.trim_end().strip_suffix(',') else {
            return false;
        };
        let Some(of) = head.rfind("of ") else {
            return false;
        };
        // (Opening its clause: `Stings: of 2006 ...`, not `508 of the
        // arrests were of offenders who met a young person online, about
        // half`.)
        let lead = head[..of].trim_end();
        if !(lead.is_empty() || lead.ends_with([':', ';', '.', ',', '(']) || of == 0) {
            return false;
        }
        let whole = &head[of + 3..];
        if whole.contains([',', ';', '.', ':']) {
            return false;
        }
        self.names_other_whole(whole, base, own)
    }

    /// `an identified victim, and most of those were people met online`:
    /// a share of `those` (`them`, `these`) after a sentence that names the
    /// other whole `base` before it.
    /// (Named in a clause before the share's own: not `meeting` of `I had
    /// said at the meeting that most of these cases were strangers`.)
    fn whole_referred_back(&self, amount: &StatedAmount, base: &str, own: Option<&str>) -> bool {
        let after = crate::claims::following_words(self.sentence, amount.span[1]);
        let after = after.trim_start().to_lowercase();
        let before = &self.sentence[..amount.span[0]];
        let earlier = before
            .rfind([',', ';', ':', '\u{2014}'])
            .map(|k| &before[..k]);
        ["of those", "of them", "of these"]
            .iter()
            .any(|p| after.starts_with(p))
            && earlier.is_some_and(|e| self.names_other_whole(e, base, own))
    }

    /// Whether `whole` holds a word of the label of `base` that the label
    /// of the figure `own` lacks (`identified` against the online-meeting
    /// figure's own words).
    fn names_other_whole(&self, whole: &str, base: &str, own: Option<&str>) -> bool {
        let stem = |w: &str| w.chars().take(5).collect::<String>();
        let stems = |text: &str| -> Vec<String> {
            text.to_lowercase()
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| w.len() >= 5)
                .map(stem)
                .collect()
        };
        // (Only the words that tell the other whole from the figure's own:
        // not `arrests` when both are of arrests.)
        let own_label = own
            .and_then(|id| {
                let c = self.catalogue;
                let k = c.position(id).or_else(|| {
                    c.figures()
                        .iter()
                        .position(|x| x.same_as.as_deref() == Some(id))
                })?;
                Some(c.figures()[k].label.clone())
            })
            .unwrap_or_default();
        let own_stems = stems(&own_label);
        let label = stems(base);
        stems(whole)
            .iter()
            .filter(|w| !own_stems.contains(w))
            .any(|w| label.contains(w))
    }

    /// Whether the whole a share names after `of` (`of the agencies in the
    /// sample`) holds a word of the sample design that the label of `base`
    /// (`agencies sampled`) holds too: the text names that whole.
    fn whole_words_name(&self, amount: &StatedAmount, base: &str) -> bool {
        let after = crate::claims::following_words(self.sentence, amount.span[1]).to_lowercase();
        let mut words = after
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty());
        if words.next() != Some("of") {
            return false;
        }
        // Only the sample design's wholes are told apart by such a word
        // (`of the agencies in the sample`, `of those that responded`).
        let said: Vec<&str> = words
            .take(6)
            .filter(|w| {
                matches!(
                    *w,
                    "sample" | "sampled" | "surveyed" | "responded" | "responding" | "eligible"
                )
            })
            .collect();
        let label: Vec<String> = base
            .split(|c: char| !c.is_alphabetic())
            .take(3)
            .filter(|w| w.len() >= 5)
            .map(str::to_lowercase)
            .collect();
        let stem = |w: &str| w.chars().take(5).collect::<String>();
        // (The agencies surveyed are the sample: `about 15 per cent of the
        // agencies surveyed`.)
        let said: Vec<&str> = said
            .into_iter()
            .map(|w| if w == "surveyed" { "sampled" } else { w })
            .collect();
        said.iter()
            .any(|w| label.iter().any(|l| stem(l) == stem(w)))
    }

    /// Whether the amount states `the share of PHRASE was N`: a specific
    /// phrase right after `share of` (or `proportion of`, `percentage
    /// of`), and right after the phrase the verb before the amount.
    fn share_of_phrase(&self, amount: &StatedAmount) -> bool {
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let word = |k: usize| self.tokens.get(k).and_then(Spanned::word);
        if first < 2 || !matches!(word(first - 1), Some("was" | "is" | "were")) {
            return false;
        }
        (1..first).any(|k| {
            word(k) == Some("of")
                && matches!(word(k - 1), Some("share" | "proportion" | "percentage"))
                && [AliasReads::Level, AliasReads::Share].iter().any(|&r| {
                    phrases_in(self.catalogue, &self.tokens, k + 1, first - 1, r)
                        .iter()
                        .any(|h| !h.generic && h.token == k + 1 && h.end() + 1 == first)
                })
        })
    }

    /// `Most offenders known to a young person ...`: a vague share word
    /// right before a plural noun that words after it qualify (a participle
    /// or a relative), the group the share is of.
    fn vague_share_of_qualified_group(&self, amount: &StatedAmount) -> bool {
        let vague = vague_share_word(&amount.wording);
        let k = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let word = |j: usize| self.tokens.get(j).and_then(Spanned::word);
        vague
            && word(k).is_some_and(|w| w.len() > 3 && w.ends_with('s'))
            && matches!(
                word(k + 1),
                Some("known" | "who" | "that" | "whose" | "aged" | "living" | "working")
            )
    }

    /// An inconsistent share of a count is judged only when the sentence
    /// names its base (`of the arrests`): a share whose whole is left
    /// unsaid may be of another whole.
    fn base_stated(&self, f: Finding, amount: &StatedAmount) -> Finding {
        // `383 agencies, about 15 percent of the agencies in the sample`: a
        // share that fits the other whole its words name is true of that
        // whole; the figure is of another, so nothing is wrong.
        if f.verdict == Verdict::Inconsistent
            && let Some(ErrorPattern::WrongBase { base, computed, .. }) = &f.pattern
            && (self.whole_words_name(amount, base)
                || self.whole_named_before(amount, base, f.base.as_deref())
                || self.whole_referred_back(amount, base, f.base.as_deref()))
        {
            let why = format!(
                "'{}' is {} of the whole it names ({base}); the data's figure is a share of another whole, so nothing here is wrong",
                amount.wording,
                short_value(Some(*computed))
            );
            return unjudged(&f, why);
        }
        // (A vague share of a group its own words qualify, `Most offenders
        // known to a young person were family members or acquaintances`,
        // which fits the figure of another whole (58.8% of identified-victim
        // arrests), is of that group, not of all arrests.)
        if f.verdict == Verdict::Inconsistent
            && let Some(ErrorPattern::WrongBase { base, computed, .. }) = &f.pattern
            && self.vague_share_of_qualified_group(amount)
        {
            let why = format!(
                "'{}' is of the group its words name, and it fits the figure as {}% of {base}; the sentence names no whole of the data's, so nothing here is wrong",
                amount.wording,
                short_value(Some(*computed))
            );
            return unjudged(&f, why);
        }
        if f.verdict != Verdict::Inconsistent
            || amount.unit != Scale::Percent
            || f.pattern.is_some()
        {
            return f;
        }
        let Some(fig) = f.figure.as_deref().and_then(|id| self.catalogue.figure(id)) else {
            return f;
        };
        let (i, id) = self.catalogue.evidence_source(fig);
        let ds = &self.catalogue.datasets()[i];
        if !ds.unit(&id).is_some_and(crate::data::Unit::is_count) {
            return f;
        }
        let Some(base) = f.base.clone() else {
            return f;
        };
        let base_at = self.catalogue.position(&base).or_else(|| {
            self.catalogue
                .figures()
                .iter()
                .position(|x| x.same_as.as_deref() == Some(base.as_str()))
        });
        let named = [AliasReads::Level, AliasReads::Share].iter().any(|&r| {
            subjects(
                self.catalogue,
                &self.tokens,
                [0, 0],
                self.sentence.len(),
                0,
                r,
            )
            .iter()
            .any(|h| {
                h.aliases.iter().any(|&(d, a)| {
                    let alias = &self.catalogue.alias_tables()[d].aliases()[a];
                    let named = self.catalogue.named_by(d, &alias.figure);
                    // (A rate's phrase carries its whole: `the completion
                    // rate` is of the eligible and sampled cases.)
                    base_at.is_some_and(|b| named.contains(&b))
                        || alias.figure == base
                        || alias.base.as_deref() == Some(base.as_str())
                })
            })
        });
        // (Or the whole after `of`: `about a quarter of all arrests`.)
        let after_of = self.base_among(&self.named_whole(amount), &base);
        // (Or `of those arrested in 2006`: the people arrested, all of
        // them, when nothing after it says arrested for what.)
        let of_all_arrested = self
            .catalogue
            .figure(&base)
            .is_some_and(|b| b.measure.as_deref() == Some("total"))
            && self.of_those_arrested(amount);
        // (Or `the 2000 share of child pornography only was 34 per cent`:
        // the phrase after `share of`, then the verb and the amount, is the
        // part, and its share is of all arrests.)
        let share_of_part = self
            .catalogue
            .figure(&base)
            .is_some_and(|b| b.measure.as_deref() == Some("total"))
            && self.share_of_phrase(amount);
        if named || after_of || of_all_arrested || share_of_part {
            return f;
        }
        let mut u = self.finding(
            [f.span[0] - self.offset, f.span[1] - self.offset],
            f.kind,
            FindingStatus::Unmatched,
        );
        u.accepted = f.accepted;
        u.alias = f.alias.clone();
        u.candidates = f.figure.clone().into_iter().collect();
        u.reason = format!(
            "'{}' does not fit {} as a share of {} ({}), and the sentence does not name its whole: it may be a share of another",
            amount.wording,
            f.figure.as_deref().unwrap_or("-"),
            base,
            short_value(f.computed)
        );
        u
    }

    /// `just 13% of all arrests that year involved offenders soliciting
    /// actual youth`, `83% of all offenders arrested had images ...`: a
    /// share whose number is a figure's share of its own whole, stated of
    /// another whole the sentence names after `of`, is wrong of that whole
    /// (the wrong-base pattern), unless it holds there too.
    fn of_another_whole(&self, f: Finding, amount: &StatedAmount) -> Finding {
        let c = self.catalogue;
        if amount.unit != Scale::Percent || f.kind != ClaimKind::Share {
            return f;
        }
        let (named, specific) = self.named_whole_hit(amount);
        let Some(k) = f.figure.as_deref().and_then(|id| c.position(id)) else {
            return f;
        };
        let fig = &c.figures()[k];
        let (d, id) = c.evidence_source(fig);
        let ds = &c.datasets()[d];
        let Some(row) = ds.figure(&id) else {
            return f;
        };
        let Some(base) = f.base.clone().or_else(|| row.base.clone()) else {
            return f;
        };
        // (Only a whole of all arrests, or one a specific phrase names
        // (`of the agencies sampled`, `of the identified-victim arrests`):
        // `of cases`, `of offenders` may be any whole.)
        let all_arrests = |n: &String| {
            c.figure(n).is_some_and(|x| {
                x.measure.as_deref() == Some("total")
                    || c.figure(x.same_as.as_deref().unwrap_or_default())
                        .is_some_and(|y| y.measure.as_deref() == Some("total"))
            }) || n == "total"
        };
        if named.is_empty()
            || self.base_among(&named, &base)
            || !(specific || named.iter().any(all_arrests))
        {
            return f;
        }
        // The named whole of the figure's wave, with a count.
        let whole = named.iter().find_map(|n| {
            let x = c.figure(n)?;
            if x.wave.is_some() && fig.wave.is_some() && x.wave != fig.wave {
                return None;
            }
            let (dw, idw) = c.evidence_source(x);
            let w = &c.datasets()[dw];
            let unit = w.unit(&idw).filter(|u| u.is_count())?;
            let v = w.value(&idw)?;
            Some((v, w.label(&idw).unwrap_or(&idw).to_string(), unit))
        });
        let Some((whole, whole_label, whole_unit)) = whole else {
            return f;
        };
        let Some(base_value) = ds.value(&base) else {
            return f;
        };
        // (Nor a share stated with its whole as a count that is this very
        // whole: `490 of the 998 such arrests`.)
        if self
            .part_and_whole(amount)
            .is_some_and(|(_, w, _)| w == base_value)
        {
            return f;
        }
        // (A share of the sample, the online-meeting interviews, is of no
        // count in the named whole's unit, arrests: left alone.)
        if ds.unit(&base) != Some(whole_unit) {
            return f;
        }
        // (`13 percent of all arrests for online solicitation`: a whole
        // qualified after its noun is not all arrests.)
        // (A whole a specific phrase names is what that phrase says.)
        let of_all = named.iter().any(all_arrests);
        if (of_all || !specific) && self.qualified_whole(amount) {
            return f;
        }
        let share = ds.unit(&id).is_some_and(|u| !u.is_count());
        let part = match (&row.numerator, share) {
            (Some(n), true) => ds.value(n),
            (None, true) => ds.value(&id).map(|v| v * base_value / 100.0),
            (_, false) => ds.value(&id),
        };
        let Some(part) = part else {
            return f;
        };
        let computed = 100.0 * part / whole;
        if whole <= part || amount.accepted.contains(computed) {
            return f;
        }
        let mut u = f;
        // (A share with a count of its own, `solicited youth` of the
        // online-solicitation arrests, 615: that count's share of the named
        // whole is the figure the sentence states.)
        if share
            && let Some(n) = row.numerator.as_deref()
            && ds
                .figure(n)
                .and_then(|x| x.base.as_deref())
                .is_some_and(|b| {
                    named.iter().any(|m| {
                        m == b || c.figure(m).is_some_and(|x| x.same_as.as_deref() == Some(b))
                    })
                })
            && let Some(x) = c.figure(n)
        {
            u.figure = Some(x.id.clone());
            u.wave = self.wave_name(x.wave.as_deref());
        }
        u.verdict = Verdict::Inconsistent;
        u.pattern = Some(ErrorPattern::WrongBase {
            base: ds.label(&base).unwrap_or(&base).to_string(),
            whole: base_value,
            computed: 100.0 * part / base_value,
        });
        u.computed = Some(computed);
        u.reason = format!(
            "'{}' is the share of {} ({}), but the sentence states it of {} ({}): {} / {} = {}%",
            amount.wording,
            ds.label(&base).unwrap_or(&base),
            short_value(Some(base_value)),
            whole_label,
            short_value(Some(whole)),
            short_value(Some(part)),
            short_value(Some(whole)),
            short_value(Some(computed))
        );
        u
    }

    /// Whether the whole after a share's `of` is qualified after its noun
    /// (`of all arrests for online solicitation`, `in online solicitation
    /// cases`, `of online predators`), not plain all arrests (`of all
    /// arrests that year`, `of all 2006 arrests`).
    fn qualified_whole(&self, amount: &StatedAmount) -> bool {
        let k = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let word = |j: usize| self.tokens.get(j).and_then(Spanned::word);
        let Some(noun) = (k..(k + 6).min(self.tokens.len()))
            .find(|&j| matches!(word(j), Some("arrests" | "arrest" | "cases" | "total")))
        else {
            return true;
        };
        let year = |j: usize| self.tokens.get(j).and_then(year_token).is_some();
        match word(noun + 1) {
            Some("in" | "during") => !(year(noun + 2) || word(noun + 2) == Some("that")),
            Some(w) => matches!(
                w,
                "for"
                    | "of"
                    | "involving"
                    | "with"
                    | "among"
                    | "who"
                    | "which"
                    | "where"
                    | "from"
                    | "by"
                    | "related"
                    | "linked"
                    | "against"
                    | "on"
                    | "whose"
            ),
            None => false,
        }
    }

    fn dataset_names(&self) -> String {
        self.catalogue
            .datasets()
            .iter()
            .map(|d| d.provenance().id.clone())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The wave a level's candidates are narrowed to: its attached year,
    /// else the wave its role in a change names, else the sentence's one
    /// wave.
    fn level_wave(
        &self,
        amount: &StatedAmount,
        i: usize,
        waves: &AmountWaves,
    ) -> (Option<String>, bool) {
        if waves.attached.is_some() {
            return (waves.attached.clone(), true);
        }
        if let Some(w) = self.subject_wave(amount) {
            return (Some(w), true);
        }
        // (The change of the level's own clause: `Arrests nearly tripled
        // between 2000 and 2006, then rose from 7,010 to 8,144 by 2009, up
        // 116 per cent`: the levels are the second change's.)
        let token_at = |at: usize| self.tokens.partition_point(|t| t.start < at);
        let same_clause = |c: &StatedAmount| {
            let (a, b) = if c.span[0] < amount.span[0] {
                (c, amount)
            } else {
                (amount, c)
            };
            crate::study::statement::next_clause(&self.tokens, token_at(a.span[1]))
                .is_none_or(|n| n >= token_at(b.span[0]))
        };
        // (Else the sentence's first: `reached 2,417, about 2.6 times the
        // earlier count, and arrests involving possession went from 1,713
        // to 3,627 in 2006` runs from the same earlier wave.)
        let is_change =
            |a: &StatedAmount| a.kind == ClaimKind::Change && a.role == AmountRole::Claim;
        let amounts = &self.parsed.amounts;
        let change = amounts
            .iter()
            .position(|a| is_change(a) && same_clause(a))
            .or_else(|| amounts.iter().position(is_change))
            .map(|c| amount_waves(self.parsed, c, &self.tokens, &self.mentions, self.catalogue));
        let ordered = || {
            let mut w = waves.sentence.clone();
            w.sort_by_key(|x| self.catalogue.wave_rank(Some(x)));
            w
        };
        match amount.role {
            AmountRole::From => (
                change
                    .and_then(|c| c.from)
                    .or_else(|| (waves.sentence.len() >= 2).then(|| ordered()[0].clone())),
                true,
            ),
            AmountRole::To => (
                change.and_then(|c| c.to).or_else(|| {
                    self.reached_by(amount)
                        .or_else(|| {
                            (waves.sentence.len() >= 2)
                                .then(|| ordered().pop())
                                .flatten()
                        })
                        .or_else(|| self.only_wave_reached(i, waves))
                }),
                true,
            ),
            _ => {
                // The sentence's one wave, unless a year attached to another
                // amount names it; else, weakly, the document's one wave.
                // (A number that is no amount, `B.5`, takes no year.)
                let attached_elsewhere = |w: &String| {
                    (0..self.parsed.amounts.len()).filter(|&j| j != i).any(|j| {
                        !not_an_amount(&self.parsed.amounts[j], &self.tokens, self.sentence)
                            && self.attached_wave(j).as_ref() == Some(w)
                    })
                };
                // `That same year`, `that year`: the year the sentence
                // before named, as firmly as if this one named it.
                // (`... estimated 2,577 arrests nationally in 2000. Of these,
                // 490 involved ...`: a part of what the sentence before
                // counted is of its year.)
                // (Not of interviews: `Researchers completed 612 case
                // interviews about the first wave. Of these, 129 ...`.)
                // (Counts only, after `Of these,` alone: `Of those arrests,
                // 87 per cent involved undercover investigators` is a share
                // of a whole the sentence before named, not of all arrests
                // of its year.)
                let of_these = self.tokens.first().and_then(Spanned::word) == Some("of")
                    && matches!(
                        self.tokens.get(1).and_then(Spanned::word),
                        Some("these" | "those" | "them")
                    )
                    && self.tokens.get(2).is_some_and(|t| t.is_punct(','))
                    && amount.unit == Scale::Count
                    && self.after_arrests;
                let same_year = (0..self.tokens.len()).any(|k| that_year_at(&self.tokens, k))
                    || of_these
                    || self
                        .tokens
                        .windows(2)
                        .any(|w| w[0].word() == Some("by") && w[1].word() == Some("then"));
                // A period the sentence states (`which ran from July 1,
                // 2000, to June 30, 2001`) names the wave it falls in.
                let period_wave = self
                    .parsed
                    .period
                    .and_then(|p| self.catalogue.wave_of_year(p.start.year()))
                    .map(str::to_string);
                // A year a change is measured from (`up only 107 arrests
                // since 2000`) is no level's year.
                let dated: Vec<String> = waves
                    .sentence
                    .iter()
                    .filter(|w| self.mentions.iter().any(|m| &m.wave == *w && !m.since))
                    .cloned()
                    .collect();
                let dated = if dated.is_empty() && !waves.sentence.is_empty() {
                    // Only years compared with: no wave of its own.
                    Vec::new()
                } else {
                    dated
                };
                // `In 2000, 490 arrests involved ..., while 508 involved
                // ...`: a year the sentence opens with, set off by a comma,
                // dates every clause of it, whatever amount it stands
                // beside.
                let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
                let fronted = |w: &String| {
                    self.mentions.iter().any(|m| {
                        &m.wave == w
                            && !m.since
                            && !m.range
                            // (`In 2000,`, `In the first wave,`, `By
                            // the 2006 survey,`.)
                            && m.token <= 2
                            && self.tokens[..m.token].iter().enumerate().all(|(k, t)| {
                                t.word().is_some_and(|x| {
                                    matches!(x, "in" | "by" | "for" | "during")
                                        || (k > 0 && x == "the")
                                })
                            })
                            && (m.token + 1..=m.token + 2)
                                .find(|&k| self.tokens.get(k).is_some_and(|t| t.is_punct(',')))
                                .is_some_and(|comma| {
                                    (m.token + 1..comma).all(|k| {
                                        self.tokens[k].word().is_some_and(|x| {
                                            matches!(x, "wave" | "survey" | "round" | "year")
                                        })
                                    })
                                })
                            // (For a later clause: not a share set off in
                            // the same one, `In 2006, 615 of the arrests, 13
                            // percent, involved ...`.)
                            && (m.token..first).any(|k| {
                                self.tokens[k].is_punct(';')
                                    || self.tokens[k]
                                        .word()
                                        .is_some_and(|x| {
                                            CONJUNCTIONS_OF_CLAUSES.contains(&x)
                                                || matches!(x, "though" | "although" | "yet")
                                        })
                            })
                    })
                    // (Not when the sentence names another time: `the 2006
                    // study counted 615`, `compared with 508 six years
                    // earlier`.)
                    && !self.tokens.iter().enumerate().any(|(k, t)| {
                        let year = matches!(&t.token, crate::claims::Token::Number(_, raw)
                            if raw.len() == 4 && (raw.starts_with("19") || raw.starts_with("20")));
                        (year && !self.mentions.iter().any(|m| m.token == k && &m.wave == w))
                            || t.word().is_some_and(|x| {
                                matches!(x, "earlier" | "later" | "before" | "previously" | "then")
                            })
                    })
                };
                // (`That year police made about 2,600 such arrests; by 2006
                // the figure was 7,010`: a sentence that opens with `that
                // year` dates its first clause by it, when every year it
                // names is another amount's.)
                let opens_same_year = (0..2).any(|k| that_year_at(&self.tokens, k))
                    && !self.tokens[..first].iter().any(|t| t.is_punct(';'));
                // (`In 2006 the count was 3,672, more than half of all
                // arrests`: a share set off right after a count is of that
                // count's year.)
                let apposed_to = |w: &String| {
                    amount.unit == Scale::Percent
                        && i.checked_sub(1).is_some_and(|j| {
                            let c = &self.parsed.amounts[j];
                            c.unit == Scale::Count
                                && self
                                    .sentence
                                    .get(c.span[1]..amount.span[0])
                                    .is_some_and(|gap| gap.trim() == ",")
                                && self.attached_wave(j).as_ref() == Some(w)
                        })
                };
                match dated.as_slice() {
                    [w] if !attached_elsewhere(w) || fronted(w) || apposed_to(w) => {
                        (Some(w.clone()), true)
                    }
                    [] if period_wave.is_some() => (period_wave, true),
                    [] if self.sibling_wave().is_some() => (self.sibling_wave(), true),
                    [] if same_year && self.paragraph_wave.is_some() => {
                        (self.paragraph_wave.clone(), true)
                    }
                    [] if self.answer_wave.is_some() => (self.answer_wave.clone(), true),
                    // (`6. In 2006, how many cases involved a federal
                    // agency?` ... `6. About 45 per cent; in 2000 it was
                    // over 45%`: an answer's clause that names no year of
                    // its own is of the year asked, when every year the
                    // sentence names is another amount's.)
                    [_, ..]
                        if self.answer_wave.is_some()
                            && dated.iter().all(attached_elsewhere)
                            && !dated
                                .contains(self.answer_wave.as_ref().unwrap_or(&String::new())) =>
                    {
                        (self.answer_wave.clone(), true)
                    }
                    [_, ..]
                        if opens_same_year
                            && self.paragraph_wave.is_some()
                            && dated.iter().all(attached_elsewhere) =>
                    {
                        (self.paragraph_wave.clone(), true)
                    }
                    [] => (
                        self.paragraph_wave
                            .clone()
                            .or_else(|| self.document_wave.clone()),
                        false,
                    ),
                    _ => (None, false),
                }
            }
        }
    }

    /// `By the second wave the count had risen to about 7,000, and the
    /// third wave (2009) recorded 8,144`: the wave named after `by` in the
    /// level's own clause, before it, with no other wave between, is the
    /// wave the level was reached in.
    fn reached_by(&self, amount: &StatedAmount) -> Option<String> {
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let m = self
            .mentions
            .iter()
            .filter(|m| m.token < first && !m.since && !m.range)
            .max_by_key(|m| m.token)?;
        let word = |j: usize| self.tokens.get(j).and_then(Spanned::word);
        let by = word(m.token.checked_sub(1)?) == Some("by")
            || (word(m.token.checked_sub(1)?) == Some("the")
                && word(m.token.checked_sub(2)?) == Some("by"));
        let one_clause =
            crate::study::statement::next_clause(&self.tokens, m.token).is_none_or(|n| n >= first);
        (by && one_clause).then(|| m.wave.clone())
    }

    /// `By the second wave, in 2006, the estimate had climbed to 8,144`:
    /// the level a change reached is of the sentence's one wave, when no
    /// year there is a start (`since 2000`) or another number's.
    fn only_wave_reached(&self, i: usize, waves: &AmountWaves) -> Option<String> {
        let [w] = waves.sentence.as_slice() else {
            return None;
        };
        let since = self.mentions.iter().any(|m| m.since || m.range);
        let elsewhere = (0..self.parsed.amounts.len()).filter(|&j| j != i).any(|j| {
            amount_waves(self.parsed, j, &self.tokens, &self.mentions, self.catalogue)
                .attached
                .is_some()
        });
        (!since && !elsewhere).then(|| w.clone())
    }

    /// Chooses among the judged candidates, preferring silence to a false
    /// alarm.
    fn choose(
        &self,
        f: Finding,
        amount: &StatedAmount,
        hit: &PhraseHit,
        waves: &AmountWaves,
        mut candidates: Vec<Candidate>,
    ) -> Finding {
        let i = self
            .parsed
            .amounts
            .iter()
            .position(|a| a.span == amount.span)
            .unwrap_or(0);
        let is_change = amount.kind == ClaimKind::Change && amount.role == AmountRole::Claim;
        // `The third wave counted 8,144 arrests in 2009. Around two in
        // three of those cases began with an undercover officer.`: a
        // sentence that refers back to a wave whose figure of the phrase
        // was never published is about that unpublished figure, not
        // another wave's.
        let refers_back = self.anaphoric
            || self
                .tokens
                .iter()
                .any(|t| matches!(t.word(), Some("those" | "these" | "such")));
        if !is_change
            && refers_back
            && waves.sentence.is_empty()
            && let Some(w) = self.paragraph_wave.as_ref()
            && let Some(unpublished) = candidates.iter().find(|x| {
                x.waves.0.as_ref() == Some(w) && x.judgement.verdict == Verdict::Unverifiable
            })
            && !candidates.iter().any(|x| {
                x.waves.0.as_ref() == Some(w) && x.judgement.verdict != Verdict::Unverifiable
            })
        {
            let mut f = f;
            f.candidates = vec![unpublished.id.clone()];
            f.reason = format!(
                "'{}' refers back to {}, whose figure of '{}' was not published",
                amount.wording,
                self.wave_name(Some(w)).unwrap_or_default(),
                hit.phrase
            );
            return f;
        }
        // Figures with no number to judge against take no part in the
        // choice, unless there is nothing else.
        if candidates
            .iter()
            .any(|x| x.judgement.verdict != Verdict::Unverifiable)
        {
            candidates.retain(|x| x.judgement.verdict != Verdict::Unverifiable);
        }
        // Whether the sentence itself names the wave (or both waves of a
        // change) the candidates are of.
        let strong = is_change && waves.from.is_some() && waves.to.is_some();
        let (candidates, f, strong) = if is_change {
            (candidates, f, strong)
        } else {
            match self.narrow_levels(f, amount, i, hit, waves, candidates) {
                Ok(narrowed) => narrowed,
                Err(done) => return *done,
            }
        };
        let names: Vec<String> = candidates.iter().map(|x| x.id.clone()).collect();
        match candidates.as_slice() {
            [] => match self.percent_as_change(amount, hit, waves, is_change) {
                Some(c) => self.matched(f, &c, None, Vec::new()),
                None => self.no_candidate(f, amount, hit, waves, is_change),
            },
            [only] => {
                // Both of the change's waves named in its own sentence.
                let dated = strong
                    && [&only.waves.0, &only.waves.1]
                        .iter()
                        .all(|w| w.as_ref().is_some_and(|w| waves.sentence.contains(w)));
                // (The change to a level set off right before it, for a
                // generic noun's change it does not fit.)
                let stated = is_change
                    .then(|| self.change_to_stated_level(amount, i, waves))
                    .flatten();
                self.one_candidate(f, amount, hit, only, names, dated, stated)
            }
            several => self.several_candidates(f, amount, hit, waves, several, strong),
        }
    }

    /// The figures a percentage's `of <phrase>` names as its whole
    /// (`19% of possessors`, `of all the arrests`): the level figures of
    /// the phrase right after `of`, and each wave's figure of a measure.
    /// None for a whole that refers back (`87% of those arrests`): it is
    /// the part the text spoke of before, not the phrase's own figure.
    fn named_whole(&self, amount: &StatedAmount) -> Vec<String> {
        self.named_whole_hit(amount).0
    }

    /// The ids `named_whole` gives, and whether a specific phrase (not a
    /// generic noun, `of cases`) names them.
    fn named_whole_hit(&self, amount: &StatedAmount) -> (Vec<String>, bool) {
        if amount.unit != Scale::Percent {
            return (Vec::new(), false);
        }
        let k = self.tokens.partition_point(|t| t.start < amount.span[1]);
        // `16% \u{2014} possessors who also solicited ...`: a label's first
        // noun after the dash is the whole too.
        let after_of = self.tokens.get(k).and_then(Spanned::word) == Some("of");
        let labelled = self.tokens.get(k).is_some_and(|t| t.is_punct('\u{2014}'));
        // `one in five arrests`, `4 of 5 cases`: the noun right after a
        // share of the form X in Y is its whole.
        let x_in_y = !after_of && !labelled && x_in_y(amount);
        if !after_of && !labelled && !x_in_y {
            return (Vec::new(), false);
        }
        let from = if x_in_y { k } else { k + 1 };
        let Some((hit, _)) = self.whole_phrase(from, true) else {
            return (self.share_phrase_bases(from), true);
        };
        if x_in_y && hit.token != from {
            return (Vec::new(), false);
        }
        let c = self.catalogue;
        // `of the 2000 total`: the year between dates the whole to its wave.
        let dated = self.tokens[from..hit.token.max(from)]
            .iter()
            .find_map(year_token)
            .and_then(|y| c.wave_of_year(y))
            .map(str::to_string);
        let of_wave = |id: &str| {
            dated.is_none()
                || c.figure(id)
                    .is_none_or(|f| f.wave.is_none() || f.wave == dated)
        };
        let mut ids: Vec<String> = Vec::new();
        for &(d, a) in &hit.aliases {
            let id = &c.alias_tables()[d].aliases()[a].figure;
            ids.push(id.clone());
            ids.extend(
                c.figures()
                    .iter()
                    .filter(|f| f.measure.as_deref() == Some(id.as_str()))
                    .map(|f| f.id.clone()),
            );
        }
        ids.retain(|id| of_wave(id));
        (ids, !hit.generic)
    }

    /// `44.2 per cent of online-solicitation arrests`: a whole that no
    /// level phrase names but that a specific share phrase names as its
    /// base (`online-solicitation arrests`, the base of the printed 87%
    /// undercover share) is that base, of every wave that has one.
    fn share_phrase_bases(&self, mut k: usize) -> Vec<String> {
        while self
            .tokens
            .get(k)
            .and_then(Spanned::word)
            .is_some_and(|w| matches!(w, "the" | "all"))
        {
            k += 1;
        }
        let c = self.catalogue;
        let end = (k + 8).min(self.tokens.len());
        let Some(hit) = phrases_in(c, &self.tokens, k, end, AliasReads::Share)
            .into_iter()
            .next()
            .filter(|h| h.token == k && !h.generic)
        else {
            return Vec::new();
        };
        // (Only a phrase that names the whole, its last word a noun of
        // what the study counts: not `solicited youth`.)
        if !hit
            .phrase
            .split_whitespace()
            .last()
            .is_some_and(|w| matches!(w, "arrests" | "cases"))
        {
            return Vec::new();
        }
        let mut ids: Vec<String> = Vec::new();
        for &(d, a) in &hit.aliases {
            for k in c.bases_of(d, &c.alias_tables()[d].aliases()[a].figure) {
                let id = &c.figures()[k].id;
                if !ids.contains(id) {
                    ids.push(id.clone());
                }
            }
        }
        ids
    }

    /// The level phrase a share's whole opens with at token `k`, past `the`
    /// and `all` (`of all the arrests`), and the end of the eight tokens
    /// searched.
    fn whole_phrase(&self, mut k: usize, years: bool) -> Option<(PhraseHit, usize)> {
        // `the 2006 total`, `the year's total`: a year before the noun
        // dates the whole; it is not part of its phrase.
        let year = |t: &Spanned| year_token(t).is_some();
        let mut dated = false;
        loop {
            let t = self.tokens.get(k);
            if t.and_then(Spanned::word)
                .is_some_and(|w| matches!(w, "the" | "all"))
            {
                k += 1;
            } else if years && t.is_some_and(year) {
                dated = true;
                k += 1;
            } else if t.is_some_and(|t| matches!(t.token, crate::claims::Token::Number(..)))
                && k >= 1
                && self.tokens[k - 1].word() == Some("the")
                && self.tokens.get(k + 1).and_then(Spanned::word).is_some()
            {
                // (`of the 2,574 agencies sampled`: the whole's count
                // between, its phrase after.)
                k += 1;
            } else {
                break;
            }
        }
        let end = (k + 8).min(self.tokens.len());
        let hits = phrases_in(self.catalogue, &self.tokens, k, end, AliasReads::Level);
        if let Some(hit) = hits.into_iter().next().filter(|h| h.token == k) {
            return Some((hit, end));
        }
        // `of the 2006 total`: `the total`, its year between.
        if dated && self.tokens.get(k).and_then(Spanned::word) == Some("total") {
            let made = crate::claims::lex("the total", true);
            let mut hit = phrases_in(self.catalogue, &made, 0, made.len(), AliasReads::Level)
                .into_iter()
                .next()?;
            hit.token = k;
            return Some((hit, end));
        }
        None
    }

    /// `7% of arrests for statutory rape`: a share whose whole is a generic
    /// noun narrowed by what follows it (`for`, `involving`, `among`,
    /// `against` and words no alias holds) is of a part of that whole the
    /// data do not count. The whole's words, if so.
    fn foreign_whole(&self, amount: &StatedAmount) -> Option<String> {
        if amount.unit != Scale::Percent {
            return None;
        }
        let k = self.tokens.partition_point(|t| t.start < amount.span[1]);
        if self.tokens.get(k).and_then(Spanned::word) != Some("of") {
            return None;
        }
        let of_end = k + 1;
        let (hit, end) = self.whole_phrase(of_end, false)?;
        let hit = &hit;
        let k = hit.token;
        if !hit.generic {
            return None;
        }
        if hit.phrase.contains('*') {
            return None;
        }
        // A whole a figure names as its base (`of all arrests for sex
        // crimes against minors`, the context figure's) is no part.
        let named_base = phrases_in(self.catalogue, &self.tokens, of_end, end, AliasReads::Share)
            .iter()
            .any(|h| !h.generic && h.token <= k && h.words() > hit.words());
        if named_base {
            return None;
        }
        let after = hit.end();
        let word = |j: usize| self.tokens.get(j).and_then(Spanned::word);
        let narrows = word(after)
            .is_some_and(|w| matches!(w, "for" | "involving" | "among" | "against"))
            && word(after + 1).is_some_and(|w| {
                !matches!(
                    w,
                    "these" | "such" | "this" | "that" | "those" | "them" | "it"
                )
            });
        narrows.then(|| {
            let last = (after + 3).min(self.tokens.len());
            let from = self.tokens[k].start;
            let to = self.tokens[last - 1].end;
            self.sentence.get(from..to).unwrap_or_default().to_string()
        })
    }

    /// The catalogue figures the specific level phrases after a share name,
    /// up to the sentence's next amount or a comma (`13% of ...
    /// arrests involved undercover investigators and 87% ...`), but the one
    /// at token `skip`.
    fn parts_named_after(&self, amount: &StatedAmount, i: usize, skip: usize) -> Vec<usize> {
        let from = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let next = self
            .parsed
            .amounts
            .get(i + 1)
            .map_or(self.tokens.len(), |a| {
                self.tokens.partition_point(|t| t.start < a.span[0])
            });
        let to = (from..next)
            .find(|&k| {
                self.tokens[k].is_punct(';')
                    || self.tokens[k].is_punct('.')
                    || self.tokens[k].is_punct(',')
            })
            .unwrap_or(next);
        phrases_in(self.catalogue, &self.tokens, from, to, AliasReads::Level)
            .iter()
            .filter(|h| !h.generic && h.token != skip)
            .flat_map(|h| {
                h.aliases.iter().flat_map(|&(d, a)| {
                    let alias = &self.catalogue.alias_tables()[d].aliases()[a];
                    self.catalogue.named_by(d, &alias.figure)
                })
            })
            .collect()
    }

    /// The one figure of wave `w` that a generic noun of the amount's own
    /// sentence names and the amount holds (reproduced or consistent), for
    /// a level.
    fn own_generic_of_wave(&self, amount: &StatedAmount, w: &str) -> Option<Candidate> {
        if amount.kind != ClaimKind::Level || amount.unit != Scale::Count {
            return None;
        }
        let mut fits: Vec<Candidate> = Vec::new();
        for h in phrases_in(
            self.catalogue,
            &self.tokens,
            0,
            self.tokens.len(),
            AliasReads::Level,
        ) {
            if !h.generic {
                return None;
            }
            fits.extend(
                self.level_candidates(amount, &h)
                    .into_iter()
                    .filter(|c| c.waves.0.as_deref() == Some(w) && c.fits()),
            );
        }
        only_one(fits)
    }

    /// The candidates of a level or share narrowed by what the sentence
    /// says of them: the whole it states, the wave it names, a right number
    /// of another wave. `Err` holds the finding when that alone decides;
    /// `Ok` the candidates left, the finding and whether the sentence names
    /// their wave.
    fn narrow_levels(
        &self,
        mut f: Finding,
        amount: &StatedAmount,
        i: usize,
        hit: &PhraseHit,
        waves: &AmountWaves,
        mut candidates: Vec<Candidate>,
    ) -> std::result::Result<(Vec<Candidate>, Finding, bool), Box<Finding>> {
        // A right number of another wave: given to the wave a year
        // attached to it names, it is wrong; otherwise it is that wave's.
        // `Interviews on 129 online-meeting cases found violence in 5.0%
        // of them`: the sentence states the whole of one candidate.
        // (For a count, only in its own part of the sentence, between
        // semicolons: `were 935, ..., and reached 2,417 in 2006; by then they
        // made up roughly a third of the 7,010 arrests`.)
        // (Nor another row of a table: `| All arrests | 2,577 | 9,999 |`
        // above `| Undercover solicitations | 644 | 3,100 |`.)
        let same_part = |a: &StatedAmount| {
            amount.unit == Scale::Percent || {
                let (lo, hi) = if a.span[0] < amount.span[0] {
                    (a.span[1], amount.span[0])
                } else {
                    (amount.span[1], a.span[0])
                };
                self.sentence.get(lo..hi).is_none_or(|gap| {
                    let other_row = gap.contains('|') && gap.contains('\n');
                    !gap.contains(';') && !other_row
                })
            }
        };
        let counts: Vec<f64> = self
            .parsed
            .amounts
            .iter()
            .filter(|a| a.unit == Scale::Count && a.span != amount.span && same_part(a))
            .filter_map(|a| a.stated)
            .collect();
        let whole_stated = |x: &Candidate| {
            self.figure_base(x.figure)
                .is_some_and(|b| counts.iter().any(|c| (c - b).abs() < 0.5))
        };
        if candidates.iter().any(whole_stated) && !candidates.iter().all(whole_stated) {
            candidates.retain(whole_stated);
        }
        if let Some(whole) = self.foreign_whole(amount) {
            f.candidates = candidates.iter().map(|x| x.id.clone()).collect();
            f.reason = format!(
                "'{}' is a share of '{whole}', a part of the whole that no figure of {} counts",
                amount.wording,
                self.dataset_names()
            );
            return Err(Box::new(f));
        }
        // `Nineteen per cent of possessors had also solicited ...`: the
        // whole named right after `of` picks the candidates of that whole.
        // (By any of the base's ids: `arrests.total` is `w2000.total`.)
        let named = self.named_whole(amount);
        let of_named = |x: &Candidate| self.whole_among(&named, x);
        if candidates.iter().any(of_named) && !candidates.iter().all(of_named) {
            candidates.retain(of_named);
        }
        // `13% of online-solicitation arrests involved undercover
        // investigators and 87% involved young people`: shares of one whole
        // the phrase names, told apart by the part the amount's own clause
        // names after it (up to the next amount), whatever number it states.
        // (Not when the phrase that named them is itself such a part:
        // `16% had solicited undercover investigators`, of possessors.)
        // (Only when that phrase is the whole after the share's `of`.)
        let amount_end = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let whole_after_of = !hit.remote
            && self.hit_in_sentence(hit)
            && hit.token >= 1
            && hit.token <= amount_end + 2
            && self.tokens.get(hit.token - 1).and_then(Spanned::word) == Some("of");
        if amount.unit == Scale::Percent && candidates.len() > 1 && whole_after_of {
            let parts_named = self.parts_named_after(amount, i, hit.token);
            let part_of = |x: &Candidate| {
                let (d, id) = self
                    .catalogue
                    .evidence_source(&self.catalogue.figures()[x.figure]);
                self.catalogue.datasets()[d]
                    .figure(&id)
                    .and_then(|r| r.numerator.clone())
                    .and_then(|n| self.catalogue.position(&n))
                    .is_some_and(|k| parts_named.contains(&k))
            };
            if candidates.iter().filter(|x| part_of(x)).count() == 1 {
                candidates.retain(part_of);
            }
        }
        let (wave, strong_wave) = self.level_wave(amount, i, waves);
        let strong = strong_wave && wave.is_some();
        // The sentence names the wave (`In 2006, few online-predation
        // crimes, 5%, ...`): a figure of that wave the amount fits is
        // the one, over an equal figure of another wave.
        if let (Some(w), true) = (&wave, strong)
            && candidates.iter().any(|x| {
                x.waves.0.as_ref() == Some(w)
                    && matches!(
                        x.judgement.verdict,
                        Verdict::Reproduced | Verdict::Consistent
                    )
            })
        {
            candidates.retain(|x| x.waves.0.is_none() || x.waves.0.as_ref() == Some(w));
        }
        let reproduced: Vec<usize> = (0..candidates.len())
            .filter(|&k| candidates[k].reproduced())
            .collect();
        // Every figure it equals is of another wave (`In 2009, one in
        // six ...`, the 2000 and 2006 figure). The year attached to it
        // says so, or the one wave a sentence of one amount names (`In
        // 2006, a federal agency was involved in about 45% of cases`).
        // (Or the one wave of a sentence whose other amounts are that
        // wave's figures: `In 2006, arrests of offenders who met their
        // victims online numbered 508, while family and acquaintance
        // offenders accounted for 877`.)
        // (Of a sentence of several amounts, only a year named before the
        // amount: `... were 935, about 36 per cent, and reached 2,417 in
        // 2006` dates the 2,417, not the 935 before it.)
        let first = self.tokens.partition_point(|t| t.start < amount.span[0]);
        let named_before = |w: &String| {
            self.mentions
                .iter()
                .any(|m| &m.wave == w && m.token < first)
        };
        // (Not in a sentence that speaks of other waves too: `close to 10%
        // in 2009, compared with one in six in the earlier waves`, `about
        // 95% of cases in both waves`.)
        let other_waves = self.tokens.windows(2).any(|p| {
            matches!(
                p[0].word(),
                Some("earlier" | "previous" | "prior" | "both" | "other")
            ) && matches!(p[1].word(), Some("wave" | "waves" | "years" | "surveys"))
        });
        let only_amount_wave = match waves.sentence.as_slice() {
            [w] if strong
                && !other_waves
                && (self.parsed.amounts.len() == 1
                    || (self.others_of_wave(amount, w) && named_before(w))) =>
            {
                Some(w.clone())
            }
            _ => None,
        }
        // (Or the one wave a question asked of, as firmly: `Q6. In 2006, how
        // many cases involved a federal agency? A6. About 45 per cent`.)
        // (Not past a time the sentence counts back from: `Answer: about 44
        // per cent, against a quarter six years earlier`.)
        .or_else(|| {
            let counts_back = self.tokens.iter().filter_map(Spanned::word).any(|x| {
                matches!(
                    x,
                    "earlier" | "later" | "before" | "previously" | "ago" | "then"
                )
            });
            wave.clone()
                .filter(|w| strong && !counts_back && self.answer_wave.as_ref() == Some(w))
        });
        if let (Some(w), Some(&k)) = (
            waves.attached.as_ref().or(only_amount_wave.as_ref()),
            reproduced.first(),
        ) && reproduced
            .iter()
            .all(|&r| candidates[r].waves.0.as_ref() != Some(w) && candidates[r].waves.0.is_some())
        {
            let other = candidates[k].id.clone();
            let other_wave = candidates[k].wave.clone().unwrap_or_default();
            let of_measure = self.catalogue.figures()[candidates[k].figure]
                .measure
                .clone();
            // (The measures of every figure of another wave it equals.)
            let equal_measures: Vec<String> = reproduced
                .iter()
                .filter_map(|&r| {
                    self.catalogue.figures()[candidates[r].figure]
                        .measure
                        .clone()
                })
                .collect();
            candidates.retain(|x| x.waves.0.as_ref() == Some(w));
            // (Of several of the wave, the one of the same measure as the
            // figure it equals, when the others are counts of that wave's
            // design, of no measure: `went from 615 in 2000 to 508 in 2006`
            // is the 2000 online-meeting count, not the 129 interviews on
            // those cases. Two measures stay two: `In 2000 the survey began
            // and police later made 7,010 arrests` may be the 2006 total,
            // not a wrong 2000 count of all arrests or of those reported.)
            let measure = |x: &Candidate| self.catalogue.figures()[x.figure].measure.clone();
            if of_measure.is_some()
                && candidates
                    .iter()
                    .filter(|x| measure(x) == of_measure)
                    .count()
                    == 1
                && candidates
                    .iter()
                    .filter(|x| measure(x) != of_measure)
                    .all(|x| measure(x).is_none())
            {
                candidates.retain(|x| measure(x) == of_measure);
            }
            // A generic noun too: the number is that measure's, in
            // another wave.
            if let [only] = candidates.as_slice()
                && only.judgement.verdict == Verdict::Inconsistent
            {
                let note = format!(
                    "'{}' is the {other_wave} figure ({other}), not the {} one",
                    amount.wording,
                    only.wave.clone().unwrap_or_default()
                );
                return Err(Box::new(self.matched(f, only, Some(note), Vec::new())));
            }
            // (Or several of the wave, each the twin of a figure of another
            // wave it equals, and it misses every one: `close to 44 per
            // cent of arrests in 2000`, the 2006 share of undercover
            // solicitations (44.22%) and of undercover operations (44.75%),
            // misses both 2000 shares, 24.99% and 32.05%. Wrong whichever
            // it is about; judged against the twin of the figure it equals
            // first.)
            let twins: Vec<&Candidate> = candidates
                .iter()
                .filter(|x| measure(x).is_some_and(|m| equal_measures.contains(&m)))
                .collect();
            // (A share, after no change of its sentence: `quadrupled on the
            // first wave, to 8,144` names the first wave as the change's
            // start, not the 8,144's.)
            let no_change = self
                .parsed
                .amounts
                .iter()
                .all(|a| a.kind != ClaimKind::Change || a.span[0] > amount.span[1]);
            if !twins.is_empty()
                && amount.unit == Scale::Percent
                && no_change
                && twins
                    .iter()
                    .all(|x| x.judgement.verdict == Verdict::Inconsistent)
            {
                let best = twins
                    .iter()
                    .find(|x| measure(x) == of_measure)
                    .unwrap_or(&twins[0]);
                let note = format!(
                    "'{}' is the {other_wave} figure ({other}), not the {} one",
                    amount.wording,
                    best.wave.clone().unwrap_or_default()
                );
                let others = twins
                    .iter()
                    .filter(|x| x.id != best.id)
                    .map(|x| x.id.clone())
                    .collect();
                return Err(Box::new(self.matched(f, best, Some(note), others)));
            }
            f.candidates = vec![other];
            f.reason = format!(
                "'{}' equals the {other_wave} figure but is given to another wave",
                amount.wording
            );
            return Err(Box::new(f));
        }
        let reproduced = self.of_named_sample(reproduced, &candidates);
        let reproduced = if reproduced.len() > 1 {
            let of_paragraph: Vec<usize> = reproduced
                .iter()
                .copied()
                .filter(|&k| {
                    let hint = self
                        .paragraph_wave
                        .as_ref()
                        .or(self.most_named_wave.as_ref());
                    hint.is_some() && candidates[k].waves.0.as_ref() == hint
                })
                .collect();
            if of_paragraph.len() == 1 {
                of_paragraph
            } else {
                reproduced
            }
        } else {
            reproduced
        };
        if reproduced.len() == 1 {
            let k = reproduced[0];
            let others = candidates
                .iter()
                .filter(|x| x.id != candidates[k].id)
                .map(|x| x.id.clone())
                .collect();
            return Err(Box::new(self.matched(f, &candidates[k], None, others)));
        }
        if let Some(w) = &wave {
            let narrowed: Vec<Candidate> = candidates
                .iter()
                .filter(|x| x.waves.0.is_none() || x.waves.0.as_ref() == Some(w))
                .map(|x| Candidate {
                    id: x.id.clone(),
                    figure: x.figure,
                    wave: x.wave.clone(),
                    waves: x.waves.clone(),
                    base: x.base.clone(),
                    judgement: x.judgement.clone(),
                    note: x.note.clone(),
                })
                .collect();
            if narrowed.is_empty() && strong_wave && !candidates.is_empty() {
                if let Some(c) = self.equal_share(amount, i, waves, &hit.phrase) {
                    let others = candidates.iter().map(|x| x.id.clone()).collect();
                    return Err(Box::new(self.matched(f, &c, None, others)));
                }
                // (A subject carried from the sentence before that has no
                // figure of the wave this sentence names gives way to this
                // sentence's own noun, when that names one figure of the
                // wave the amount holds: `By 2009 the total had reached
                // roughly 8,100`, after a sentence on undercover
                // solicitations.)
                if (hit.remote || !self.hit_in_sentence(hit))
                    && let Some(mut c) = self.own_generic_of_wave(amount, w)
                {
                    c.add_note(format!(
                        "'{}', the subject before, has no figure of {}; its own sentence's noun has",
                        hit.phrase,
                        self.wave_name(Some(w)).unwrap_or_default()
                    ));
                    let others = candidates.iter().map(|x| x.id.clone()).collect();
                    return Err(Box::new(self.matched(f, &c, None, others)));
                }
                f.candidates = candidates.iter().map(|x| x.id.clone()).collect();
                f.reason = format!(
                    "'{}' names no figure of {} that '{}' can be about; it names {}",
                    hit.phrase,
                    self.wave_name(Some(w)).unwrap_or_default(),
                    amount.wording,
                    f.candidates.join(", ")
                );
                return Err(Box::new(f));
            }
            if !narrowed.is_empty() {
                // The document's one wave only picks a figure the
                // amount fits; it never makes the amount wrong.
                // (Unless every wave has the same value, which the amount
                // then misses whichever it is about.)
                let one_value = self.first_of_one_value(&candidates).is_some()
                    && candidates
                        .iter()
                        .all(|x| x.judgement.verdict == Verdict::Inconsistent);
                if one_value && !strong_wave {
                    return Ok((candidates, f, strong));
                }
                // (Unless the sentence before listed levels of that wave,
                // and the amount's phrase is its subject, not a relative
                // clause's, and a count does not equal another figure.)
                let listed = self.listed_wave.as_ref() == Some(w)
                    && !self.in_relative_clause(amount, hit)
                    && self.equal_count(amount, i, waves, None).is_none();
                // (Nor when it fits no other wave's figure either: it is
                // wrong whichever wave it is about.)
                let fits_another = candidates.iter().any(|x| {
                    x.judgement.verdict != Verdict::Inconsistent
                        && !narrowed.iter().any(|n| n.id == x.id)
                });
                if !strong_wave
                    && !listed
                    && narrowed.len() < candidates.len()
                    && (fits_another || !self.exact_count_of_own_phrase(amount, hit))
                    && narrowed
                        .iter()
                        .all(|x| x.judgement.verdict == Verdict::Inconsistent)
                {
                    f.candidates = narrowed.iter().map(|x| x.id.clone()).collect();
                    f.reason = format!(
                        "'{}' does not fit {} of the document's wave, and the sentence names no wave: it may be about another",
                        amount.wording,
                        f.candidates.join(", ")
                    );
                    return Err(Box::new(f));
                }
                candidates = narrowed;
            }
        }
        Ok((candidates, f, strong))
    }

    /// `Answer: 216 percent.`, `the second is about 16%`: a percentage of a
    /// count that has no whole to be a share of reads as the count's
    /// change, when exactly one pair of its waves equals it at its printed
    /// precision (and no other pair fits it).
    fn percent_as_change(
        &self,
        amount: &StatedAmount,
        hit: &PhraseHit,
        waves: &AmountWaves,
        is_change: bool,
    ) -> Option<Candidate> {
        if is_change || amount.unit != Scale::Percent || amount.kind != ClaimKind::Share {
            return None;
        }
        // (Not one that names its whole after it: `about one in six of the
        // agencies that replied` is a share of the agencies.)
        let after = self.token_at(amount.span[1]);
        if self.tokens.get(after).and_then(Spanned::word) == Some("of") {
            return None;
        }
        let mut as_change = amount.clone();
        as_change.kind = ClaimKind::Change;
        as_change.unit = Scale::PercentChange;
        let fitting: Vec<Candidate> = self
            .change_candidates(&as_change, hit, waves)
            .into_iter()
            .filter(|x| {
                matches!(
                    x.judgement.verdict,
                    Verdict::Reproduced | Verdict::Consistent
                )
            })
            .collect();
        let [mut c] = <[Candidate; 1]>::try_from(fitting).ok()?;
        if c.judgement.verdict != Verdict::Reproduced {
            return None;
        }
        c.add_note(format!(
            "'{}' names a count with no whole to take '{}' of; the percentage equals one change of it, {}",
            hit.phrase, amount.wording, c.id
        ));
        Some(c)
    }

    /// No candidate: the phrase names no figure the amount can be judged
    /// against (in the waves the sentence names).
    fn no_candidate(
        &self,
        mut f: Finding,
        amount: &StatedAmount,
        hit: &PhraseHit,
        waves: &AmountWaves,
        is_change: bool,
    ) -> Finding {
        if !is_change && let Some(c) = self.share_of_named_whole(amount) {
            return self.matched(f, &c, None, Vec::new());
        }
        if !is_change && let Some(c) = self.share_row_of_row_above(amount, waves) {
            return self.matched(f, &c, None, Vec::new());
        }
        // A change of a phrase from outside its clause, in a sentence that
        // says `the total`: the change of all arrests between the waves it
        // names, when the amount holds it (`The number of arrests rose to
        // about 7,000 in 2006 and to 8,144 in 2009, so the total nearly
        // tripled`, after a sentence on offenders who met victims online).
        if is_change
            && (hit.remote || !self.hit_in_sentence(hit))
            && self.names_the_total()
            && let Some(c) = self.total_that_fits(amount, None, waves)
        {
            return self.matched(f, &c, None, Vec::new());
        }
        f.reason = format!(
            "'{}' names no figure of {} that '{}' can be judged against{}",
            hit.phrase,
            self.dataset_names(),
            amount.wording,
            match (&waves.from, &waves.to, &waves.attached) {
                _ if is_change && waves.span_fits_no_pair.is_some() => {
                    let span = waves.span_fits_no_pair.clone().unwrap_or(0..=0);
                    let years = if span.start() == span.end() {
                        format!("{}", span.start())
                    } else {
                        format!("{} to {}", span.start(), span.end())
                    };
                    format!(
                        ": the sentence gives it a span of {years} years, and no two waves are that far apart"
                    )
                }
                (Some(a), Some(b), _) if is_change => format!(
                    " between {} and {}",
                    self.wave_name(Some(a)).unwrap_or_default(),
                    self.wave_name(Some(b)).unwrap_or_default()
                ),
                (_, _, Some(w)) => {
                    format!(" in {}", self.wave_name(Some(w)).unwrap_or_default())
                }
                _ => String::new(),
            }
        );
        f
    }

    /// One candidate: it, unless only a generic noun ties the amount to a
    /// figure it does not fit.
    #[allow(clippy::too_many_arguments)]
    fn one_candidate(
        &self,
        mut f: Finding,
        amount: &StatedAmount,
        hit: &PhraseHit,
        only: &Candidate,
        names: Vec<String>,
        dated: bool,
        stated: Option<Candidate>,
    ) -> Finding {
        let is_change = only.id.contains("->");
        // `Arrests rose by 5,567 between 2000 and 2006`: a change the
        // sentence dates to two waves that equals the same measure's change
        // between two other waves is that measure's, given the wrong waves.
        let other = (dated && only.judgement.verdict == Verdict::Inconsistent)
            .then(|| self.other_pair_reproduced(amount, only))
            .flatten();
        if let Some(other) = other {
            // `climbed by 172 per cent between the two waves and reached
            // 8,144 in 2009`: `the two waves` names no years; the pair
            // whose change it equals is the one meant, not the years the
            // rest of the sentence names.
            if self.between_the_two_waves(amount) {
                let note = format!(
                    "'the two waves' names no years: '{}' is the change {} ({}) that it equals",
                    amount.wording,
                    other.wave.as_deref().unwrap_or("of other waves"),
                    other.id
                );
                let mut m = self.matched(f, &other, None, vec![only.id.clone()]);
                m.reason = format!("{}; {note}", m.reason);
                return m;
            }
            // Unless another change of the sentence is the one of its
            // waves (`From 2006 to 2009 the rise was 1,134 arrests, against
            // the first interval, when the count went up 172 per cent`;
            // `more than doubled between the first two waves and rose by
            // roughly 16 per cent after that`, a hedged one that fits):
            // then this one is the other pair's.
            let (c, from) = (
                self.catalogue,
                only.id.split("->").next().unwrap_or_default(),
            );
            // (Not one already judged as another pair's: `By 2006 the
            // estimate was 7,010, close to three times as many, and in 2009
            // it was 8,144, roughly 16 per cent more than in 2000`.)
            let judged_other = |j: usize| {
                self.changes_judged
                    .borrow()
                    .iter()
                    .any(|(k, id)| *k == j && *id != only.id)
            };
            let taken = c.position(from).is_some_and(|a| {
                self.parsed.amounts.iter().enumerate().any(|(j, x)| {
                    x.span != amount.span
                        && !judged_other(j)
                        && x.kind == ClaimKind::Change
                        && self.judge_change(x, a, only.figure).is_some_and(|j| {
                            matches!(
                                j.judgement.verdict,
                                Verdict::Reproduced | Verdict::Consistent
                            )
                        })
                })
            });
            if taken {
                let note = format!(
                    "the sentence's other change is {}, so '{}' is of another interval",
                    only.wave.as_deref().unwrap_or("of its waves"),
                    amount.wording
                );
                let mut m = self.matched(f, &other, None, vec![only.id.clone()]);
                m.reason = format!("{}; {note}", m.reason);
                return m;
            }
            if hit.generic {
                let note = format!(
                    "'{}' is the change {} ({}), not {}",
                    amount.wording,
                    other.wave.as_deref().unwrap_or("of other waves"),
                    other.id,
                    only.wave.as_deref().unwrap_or("the one named")
                );
                return self.matched(f, only, Some(note), vec![other.id]);
            }
        }
        let of_sibling = is_change
            && self
                .sibling
                .get()
                .and_then(|f| f.measure.as_ref())
                .is_some_and(|m| self.catalogue.figures()[only.figure].measure.as_ref() == Some(m));
        let loose = hit.generic
            && !of_sibling
            && only.judgement.verdict == Verdict::Inconsistent
            && only.judgement.pattern.is_none()
            && !self.sibling_share_named(only.figure);
        if loose && self.firm_total(amount, hit, only, dated) {
            let note = format!(
                "the bare '{}' is {} here: the text around it speaks of them, and '{}' fits no other figure of its kind",
                hit.phrase,
                if hit.phrase == "interviews" {
                    "the wave's case interviews"
                } else {
                    "all arrests"
                },
                amount.wording
            );
            return self.matched(f, only, Some(note), Vec::new());
        }
        // (A change set off right after a level it fits, of a measure the
        // generic noun does not name: `Offenders who met a young person
        // they first contacted online: 615 arrests in 2006, an increase of
        // about 21 per cent` is the 615's change, which it fits.)
        if loose
            && is_change
            && let Some(c) = stated.filter(|c| {
                matches!(
                    c.judgement.verdict,
                    Verdict::Reproduced | Verdict::Consistent
                )
            })
        {
            return self.matched(f, &c, None, vec![only.id.clone()]);
        }
        if loose {
            f.candidates = names;
            f.reason = format!(
                "only the generic '{}' ties '{}' to {} ({}), which it does not fit; it may be about another figure",
                hit.phrase,
                amount.wording,
                only.id,
                short_value(only.judgement.computed)
            );
            return f;
        }
        self.matched(f, only, None, Vec::new())
    }

    /// Whether a change's words are followed by `between the two waves`
    /// (or surveys, rounds, studies), which names no years.
    fn between_the_two_waves(&self, amount: &StatedAmount) -> bool {
        let k = self.tokens.partition_point(|t| t.start < amount.span[1]);
        let words: Vec<&str> = self.tokens[k..]
            .iter()
            .take(5)
            .map_while(Spanned::word)
            .collect();
        matches!(
            words.as_slice(),
            ["between" | "across" | "over", "the", "two", noun, ..]
                if matches!(*noun, "waves" | "surveys" | "rounds" | "studies")
        )
    }

    /// `Arrests rose 63 percent between 2000 and 2006`, `more than 8,500
    /// arrests in 2009`: the bare noun `arrests`, in the amount's own
    /// clause, neither qualified (`arrests for meeting a child online`,
    /// `such arrests`, `federal arrests`) nor anything but the subject or the
    /// counted noun, in a sentence that names the wave (both waves of a
    /// change), names the total as firmly as `total arrests` does; unless
    /// the amount fits another figure of its kind and waves (`615 arrests in
    /// 2006` is the online-meeting count), which would make it that one's.
    fn firm_total(
        &self,
        amount: &StatedAmount,
        hit: &PhraseHit,
        only: &Candidate,
        dated: bool,
    ) -> bool {
        let c = self.catalogue;
        let is_change = only.id.contains("->");
        // (`more than 1,100 interviews` in a sentence on the second wave:
        // the bare `interviews` of a wave that has one count of them.)
        let measure = c.figures()[only.figure].measure.as_deref();
        // (`So the total more than tripled between 2000 and 2006`, after
        // sentences on all arrests: the bare `the total` is theirs too.)
        let arrests = matches!(
            hit.phrase.as_str(),
            "arrests" | "estimated arrests" | "the total" | "such arrests"
        ) && measure == Some("total");
        let interviews = hit.phrase == "interviews" && measure == Some("interviews");
        if hit.remote || !(arrests || interviews) || (!is_change && amount.unit != Scale::Count) {
            return false;
        }
        let named = |w: &Option<String>| {
            w.as_ref()
                .is_some_and(|w| self.mentions.iter().any(|m| &m.wave == w && !m.since))
        };
        if !(if is_change {
            dated
        } else {
            named(&only.waves.0)
        }) {
            return false;
        }
        let k = hit.token;
        let len = hit.words();
        let word = |j: usize| self.tokens.get(j).and_then(Spanned::word);
        let number = |j: usize| {
            self.tokens
                .get(j)
                .is_some_and(|t| matches!(t.token, crate::claims::Token::Number(..)))
        };
        // Before it: the sentence's start, a number (the amount, a year),
        // punctuation or a word that qualifies nothing.
        let plain_before = k == 0
            || number(k - 1)
            || word(k - 1).is_none_or(|w| {
                matches!(
                    w,
                    "the"
                        | "all"
                        | "total"
                        | "overall"
                        | "national"
                        | "nationwide"
                        | "more"
                        | "and"
                        | "so"
                        | "then"
                        | "but"
                        | "of"
                        | "annual"
                        | "yearly"
                )
            });
        // After it: no phrase that says which arrests (`for`, `of`,
        // `involving`, `in which`, `from undercover operations`); `in
        // 2009`, `from 2006 to 2009` say when.
        let mut j = k + len;
        while matches!(
            word(j),
            Some("made" | "nationwide" | "nationally" | "overall")
        ) {
            j += 1;
        }
        let plain_after = match word(j) {
            Some("in" | "from" | "between" | "during" | "by") => number(j + 1),
            Some(w) => !matches!(
                w,
                "for"
                    | "of"
                    | "involving"
                    | "involved"
                    | "that"
                    | "which"
                    | "who"
                    | "where"
                    | "with"
                    | "against"
                    | "among"
                    | "on"
                    | "under"
                    | "related"
                    | "linked"
                    | "tied"
                    | "whose"
                    | "like"
                    | "such"
            ),
            None => true,
        };
        // (`another 1,134 arrests were added by 2009` is a difference.)
        let added = self.sentence[..amount.span[0]]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "another" | "additional" | "further" | "extra"
                )
            });
        plain_before
            && plain_after
            && !added
            && !self.names_a_place()
            && self.plain_clause(amount, hit)
            && self.speaks_of(amount, measure.unwrap_or_default())
            && !self.fits_another(amount, only)
    }

    /// Whether every word of the clause that holds the amount and the bare
    /// noun is one that says nothing of which arrests or interviews these
    /// are (`federal agents alone made 2,000 arrests`, `arrests numbered
    /// 3,000 among offenders who used peer-to-peer networks`, `the pilot
    /// phase included 40 interviews` are not the study's count): a list of
    /// the words that only date, count or compare.
    fn plain_clause(&self, amount: &StatedAmount, hit: &PhraseHit) -> bool {
        const PLAIN: &[&str] = &[
            "the",
            "a",
            "an",
            "all",
            "total",
            "overall",
            "national",
            "nationwide",
            "nationally",
            "in",
            "by",
            "from",
            "to",
            "between",
            "and",
            "of",
            "that",
            "this",
            "year",
            "years",
            "wave",
            "waves",
            "first",
            "second",
            "third",
            "last",
            "latest",
            "survey",
            "surveys",
            "study",
            "n-jov",
            "njov",
            "police",
            "agencies",
            "law",
            "enforcement",
            "made",
            "counted",
            "estimated",
            "estimate",
            "estimates",
            "found",
            "reported",
            "recorded",
            "there",
            "were",
            "was",
            "is",
            "are",
            "had",
            "has",
            "have",
            "been",
            "arrests",
            "arrest",
            "interviews",
            "case",
            "rose",
            "grew",
            "climbed",
            "fell",
            "increased",
            "jumped",
            "went",
            "up",
            "down",
            "more",
            "than",
            "it",
            "its",
            "they",
            "stood",
            "at",
            "reached",
            "put",
            "figure",
            "count",
            "number",
            "then",
            "so",
            "but",
            "also",
            "again",
            "later",
            "earlier",
            "completed",
            "conducted",
            "rested",
            "on",
            "based",
            "built",
            "your",
            "claim",
            "not",
            "supported",
            "percent",
            "per",
            "cent",
            "times",
            "fold",
            "as",
            "many",
            "over",
            "period",
            "same",
            "span",
            "whole",
            "those",
            "these",
            "when",
            "while",
            "only",
            "across",
            // The study's name and the population it counts.
            "juvenile",
            "online",
            "victimization",
            "for",
            "internet",
            "sex",
            "crimes",
            "against",
            "minors",
            "children",
            "technology-facilitated",
        ];
        let first = self
            .tokens
            .partition_point(|t| t.start < amount.span[0])
            .min(hit.token);
        let last = self
            .tokens
            .partition_point(|t| t.start < amount.span[1])
            .max(hit.end())
            // (A phrase borrowed from the sentence before counts its tokens
            // there.)
            .min(self.tokens.len());
        let first = first.min(last);
        let stop = |t: &Spanned| clause_break(t) || t.is_punct('.') || t.is_punct(';');
        let start = self.tokens[..first]
            .iter()
            .rposition(stop)
            .map_or(0, |k| k + 1);
        // (To the sentence's end: `Arrests also rose, by about 200 percent,
        // between 2000 and 2006 among offenders who ...` is qualified
        // after the commas.)
        let end = self.tokens[last..]
            .iter()
            .position(|t| t.is_punct('.') || t.is_punct(';'))
            .map_or(self.tokens.len(), |k| last + k);
        self.tokens[start..end]
            .iter()
            .filter(|t| t.start < amount.span[0] || t.start >= amount.span[1])
            .filter_map(Spanned::word)
            .all(|w| PLAIN.contains(&w) || crate::claims::number_word(w).is_some())
    }

    /// `In Ohio, arrests rose 63 percent`, `our county's arrests`: a
    /// sentence that names a place of its own (a capitalised word past its
    /// first, after `in`, `across`, `for`, `of`, `from` or `at`, that is
    /// none of the study's or the nation's; a word of a local area; a name
    /// that labels the sentence) may count other arrests than the nation's.
    /// (Not any capitalised word: `J. Hale remarked that they had nearly
    /// doubled`, `The Board noted ...` name people and bodies, not places.)
    fn names_a_place(&self) -> bool {
        const NATIONAL: &[&str] = &[
            "US",
            "U.S",
            "U.S.",
            "USA",
            "United",
            "States",
            "America",
            "American",
            "National",
            "Juvenile",
            "Online",
            "Victimization",
            "Study",
            "NJOV",
            "N-JOV",
            "Internet",
            "I",
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
            "Wave",
            "Arrests",
        ];
        const LOCAL: &[&str] = &[
            "county",
            "city",
            "state",
            "statewide",
            "local",
            "locally",
            "region",
            "regional",
            "our",
            "district",
            "town",
            "department",
            "province",
        ];
        let words: Vec<&str> = self
            .sentence
            .split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
            .filter(|w| !w.is_empty())
            .collect();
        let first = words.first().copied();
        // (A person's name is no place: `Mr Hale said`, `J. Hale remarked`,
        // a capitalised word after a title or an initial, or before a verb
        // of saying.)
        let title_or_initial = |w: &str| {
            matches!(
                w,
                "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Cllr" | "Rev" | "Prof"
            ) || (w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase()))
        };
        let person = |k: usize| {
            let title = k
                .checked_sub(1)
                .is_some_and(|j| title_or_initial(words[j].trim_end_matches('.')));
            let says = words.get(k + 1).is_some_and(|n| {
                matches!(
                    *n,
                    "said"
                        | "says"
                        | "remarked"
                        | "noted"
                        | "asked"
                        | "added"
                        | "replied"
                        | "explained"
                        | "reported"
                        | "told"
                )
            });
            title || says
        };
        let place_word = |k: usize| {
            k.checked_sub(1).is_some_and(|j| {
                matches!(
                    words[j].to_lowercase().as_str(),
                    "in" | "across" | "throughout" | "for" | "of" | "from" | "at"
                )
            })
        };
        words.iter().enumerate().skip(1).any(|(k, w)| {
            let w = w.trim_end_matches('.');
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            (capital
                && !NATIONAL.contains(&w)
                && !person(k)
                && !title_or_initial(w)
                && place_word(k))
                || LOCAL.contains(&w.to_lowercase().as_str())
        }) || first.is_some_and(|w| {
            // (`Texas: arrests rose ...`, `Ohio's arrests`: a name opening
            // the sentence as its label or owner.)
            // (The word's own place: a bullet or a quote mark may open
            // the sentence before it.)
            let end = self.sentence.find(w).map_or(0, |k| k + w.len());
            let label = self.sentence[end..]
                .trim_start()
                .starts_with([':', '\'', '\u{2019}']);
            LOCAL.contains(&w.to_lowercase().as_str())
                || (label
                    && !NATIONAL.contains(&w)
                    && w.chars().next().is_some_and(char::is_uppercase))
        })
    }

    /// Whether the text around the amount speaks of `measure` (all arrests,
    /// the case interviews): the sentence before stated a true figure of
    /// it, or another amount of this sentence equals one or its change
    /// (`That wave found more than 8,500 arrests in 2009, up from 7,010
    /// three years earlier`).
    fn speaks_of(&self, amount: &StatedAmount, measure: &str) -> bool {
        if self.measures_before.iter().any(|m| m == measure) {
            return true;
        }
        let c = self.catalogue;
        let figures = c.figures();
        let totals: Vec<usize> = (0..figures.len())
            .filter(|&k| figures[k].measure.as_deref() == Some(measure))
            .collect();
        let reproduced =
            |x: Option<Candidate>| x.is_some_and(|x| x.judgement.verdict == Verdict::Reproduced);
        self.parsed.amounts.iter().any(|other| {
            other.span != amount.span
                && other.stated.is_some()
                && totals.iter().any(|&a| {
                    (other.kind == ClaimKind::Level && reproduced(self.judge_level(other, a, None)))
                        || totals.iter().any(|&b| {
                            c.wave_rank(figures[a].wave.as_deref())
                                < c.wave_rank(figures[b].wave.as_deref())
                                && other.kind == ClaimKind::Change
                                && reproduced(self.judge_change(other, a, b))
                        })
                })
        })
    }

    /// Whether the amount fits (reproduces, or a hedge holds) a figure of
    /// its kind other than `only`: a level of any figure, or a change
    /// between the same two waves of any measure.
    fn fits_another(&self, amount: &StatedAmount, only: &Candidate) -> bool {
        let c = self.catalogue;
        let figures = c.figures();
        let change = only.id.contains("->");
        // (Of its own unit: `more than 1,100 interviews` is no count of
        // arrests.)
        let unit = |k: usize| {
            let (d, id) = c.evidence_source(&figures[k]);
            c.datasets()[d].unit(&id)
        };
        let own = unit(only.figure);
        // (Another wave's figure only when the amount equals it: a bound
        // such as `more than 1,100` holds any larger count.)
        let same_wave = |x: &Candidate| x.waves.0.is_none() || x.waves.0 == only.waves.0;
        let keep = |x: &Candidate| {
            x.figure != only.figure
                && (change
                    || (unit(x.figure) == own
                        && (same_wave(x) || x.judgement.verdict == Verdict::Reproduced)))
        };
        // (A change between the same two waves.)
        let same_waves =
            |a: usize, b: usize| figures[a].wave == only.waves.0 && figures[b].wave == only.waves.1;
        self.fits_some(amount, change, keep, same_waves)
    }

    /// `Three in four of their victims were girls aged 13 to 15, and
    /// violence was used in one case in twenty`: of several equal figures
    /// (indices into `candidates`), the one share of the sample another
    /// share of the sentence (or the one before) is of, if exactly one is.
    fn of_named_sample(&self, reproduced: Vec<usize>, candidates: &[Candidate]) -> Vec<usize> {
        let of_sample: Vec<usize> = reproduced
            .iter()
            .copied()
            .filter(|&k| self.sibling_share_named(candidates[k].figure))
            .collect();
        if reproduced.len() > 1 && of_sample.len() == 1 {
            of_sample
        } else {
            reproduced
        }
    }

    /// Whether this sentence, or the one before it in its paragraph, names by a specific
    /// phrase another share of the sample a share `figure` is of, when that
    /// whole is a count of the sample (interviews, cases): `three in four
    /// victims were girls aged 13 to 15, and two-thirds of the offenders
    /// were older than 25` is of the online-meeting interviews, whose
    /// generic `older than 25` then names their share as firmly as `girls
    /// aged 13 to 15` names its own. The whole of all arrests never does:
    /// most shares are of it.
    fn sibling_share_named(&self, figure: usize) -> bool {
        let c = self.catalogue;
        let f = &c.figures()[figure];
        let Some((d, ds)) = c.dataset(&f.dataset) else {
            return false;
        };
        let bases: Vec<usize> = c
            .bases_of(d, &f.id)
            .into_iter()
            .filter(|&b| {
                let (j, id) = c.evidence_source(&c.figures()[b]);
                let unit = c.datasets()[j].unit(&id).or_else(|| ds.unit(&id));
                unit.is_some_and(|u| SAMPLE_UNITS.contains(&u.as_str()))
            })
            .collect();
        if bases.is_empty() {
            return false;
        }
        let measure = |k: usize| c.figures()[k].measure.clone();
        let names_sibling = |h: &PhraseHit| {
            (!h.generic || self.share_only(h))
                && h.aliases.iter().any(|&(i, a)| {
                    let alias = &c.alias_tables()[i].aliases()[a];
                    let named = c.named_by(i, &alias.figure);
                    !named
                        .iter()
                        .any(|&k| k == figure || (measure(k).is_some() && measure(k) == f.measure))
                        && c.bases_of(i, &alias.figure)
                            .iter()
                            .any(|b| bases.contains(b))
                })
        };
        (!self.previous_stale && self.previous.as_ref().is_some_and(names_sibling))
            || phrases_in(c, &self.tokens, 0, self.tokens.len(), AliasReads::Share)
                .iter()
                .any(names_sibling)
    }

    /// The same measure's change between another pair of waves that an
    /// amount reproduces, if any.
    fn other_pair_reproduced(
        &self,
        amount: &StatedAmount,
        change: &Candidate,
    ) -> Option<Candidate> {
        let c = self.catalogue;
        let measure = c.figures()[change.figure].measure.as_deref()?;
        let figures = c.figures_of_measure(measure);
        let at = |f: &CatalogueFigure| c.position(&f.id);
        figures.iter().enumerate().find_map(|(k, a)| {
            figures[k + 1..].iter().find_map(|b| {
                let other = self.judge_change(amount, at(a)?, at(b)?)?;
                (other.id != change.id && other.judgement.verdict == Verdict::Reproduced)
                    .then_some(other)
            })
        })
    }

    /// When every candidate has the same value (`violence`: 5% in 2000 and
    /// in 2006), the one first published, which the later waves repeat.
    fn first_of_one_value<'c>(&self, several: &'c [Candidate]) -> Option<&'c Candidate> {
        let first = several.first()?.judgement.computed?;
        several
            .iter()
            .all(|x| x.judgement.computed == Some(first))
            .then(|| {
                several
                    .iter()
                    .min_by_key(|x| self.catalogue.wave_rank(x.waves.0.as_deref()))
            })
            .flatten()
    }

    /// The candidate that stands for several that give one verdict: the
    /// one of the paragraph's wave, else (in a document that names no
    /// wave) of the first wave, nearest the stated amount.
    fn stand_in<'c>(&self, several: &[&'c Candidate], amount: &StatedAmount) -> &'c Candidate {
        let stated = amount.stated.unwrap_or(f64::NAN);
        let of_paragraph: Vec<&Candidate> = several
            .iter()
            .copied()
            .filter(|x| {
                let hint = self
                    .paragraph_wave
                    .as_ref()
                    .or(self.most_named_wave.as_ref());
                hint.is_some() && x.waves.0.as_ref() == hint
            })
            .collect();
        // A document that names no wave at all restates, as
        // such texts do, the first report.
        let first_rank = several
            .iter()
            .map(|x| self.catalogue.wave_rank(x.waves.0.as_deref()))
            .min();
        let pool: Vec<&Candidate> = if !of_paragraph.is_empty() {
            of_paragraph
        } else if !self.document_names_wave {
            several
                .iter()
                .copied()
                .filter(|x| Some(self.catalogue.wave_rank(x.waves.0.as_deref())) == first_rank)
                .collect()
        } else {
            several.to_vec()
        };
        pool.iter()
            .copied()
            .min_by(|a, b| a.distance(stated).total_cmp(&b.distance(stated)))
            .unwrap_or(several[0])
    }

    /// The end of `from A to B` (`they fell from 36 to 24 per cent`), when
    /// the sentence's start `A` is reproduced as one wave's figure of a
    /// measure and exactly one reading of `B` is that measure's figure of a
    /// later wave: that reading, with the start's figure.
    fn end_of_a_dated_start<'c>(
        &self,
        amount: &StatedAmount,
        several: &'c [Candidate],
    ) -> Option<(&'c Candidate, usize)> {
        let amounts = &self.parsed.amounts;
        let i = amounts.iter().position(|a| a.span == amount.span)?;
        let start = amounts.get(i.checked_sub(1)?)?;
        if amount.role != AmountRole::To
            || start.role != AmountRole::From
            || start.kind != amount.kind
            || !matches!(amount.unit, Scale::Count | Scale::Percent)
        {
            return None;
        }
        let c = self.catalogue;
        let figures = c.figures();
        let k = self
            .shares
            .borrow()
            .iter()
            .chain(self.counts.borrow().iter())
            .find(|&&(j, _)| j == i - 1)
            .map(|&(_, k)| k)?;
        let measure = figures[k].measure.as_ref()?;
        let rank = c.wave_rank(figures[k].wave.as_deref());
        let later: Vec<&Candidate> = several
            .iter()
            .filter(|x| {
                x.waves.1.is_none()
                    && figures[x.figure].measure.as_ref() == Some(measure)
                    && c.wave_rank(x.waves.0.as_deref()) > rank
                    && c.wave_rank(x.waves.0.as_deref()) != usize::MAX
            })
            .collect();
        match later.as_slice() {
            [one] if self.names_no_wave_after(one.waves.0.as_deref()) => Some((*one, k)),
            _ => None,
        }
    }

    /// Whether the sentence names no wave later than `wave`.
    fn names_no_wave_after(&self, wave: Option<&str>) -> bool {
        let c = self.catalogue;
        let rank = c.wave_rank(wave);
        self.mentions
            .iter()
            .all(|m| c.wave_rank(Some(m.wave.as_str())) <= rank)
    }

    /// When a true bound (`more than N`) holds for two or more readings and
    /// every other reading misses, it holds whichever it is about: the one
    /// nearest its number stands for them.
    fn held_by_a_bound<'c>(
        &self,
        amount: &StatedAmount,
        several: &'c [Candidate],
    ) -> Option<&'c Candidate> {
        let held: Vec<&Candidate> = several
            .iter()
            .filter(|x| x.judgement.verdict == Verdict::Consistent)
            .collect();
        let rest_missed = several.iter().all(|x| {
            matches!(
                x.judgement.verdict,
                Verdict::Consistent | Verdict::Inconsistent
            )
        });
        (held.len() >= 2 && rest_missed && amount.understated.is_some())
            .then(|| self.stand_in(&held, amount))
    }

    /// The pair of waves a change of one measure is about, when its
    /// sentence names none.
    fn pair_of_one_measure<'c>(
        &self,
        amount: &StatedAmount,
        several: &'c [Candidate],
    ) -> Option<&'c Candidate> {
        // A change of one measure whose sentence names no waves: the one
        // pair of waves it equals at its printed precision is its pair,
        // as a level equal to another wave's figure is that wave's
        // (`arrests rose 172 percent`: 2000 to 2006, not 2000 to 2009
        // at 216%), even when only a generic noun names the measure.
        let measure = |x: &Candidate| self.catalogue.figures()[x.figure].measure.as_ref();
        let one_measure = several.iter().all(|x| {
            x.id.contains("->") && measure(x).is_some() && measure(x) == measure(&several[0])
        });
        // (Or the one pair a hedged amount holds near its number: `some
        // 4,400 arrests` for 4,433.)
        let fits = |x: &&Candidate| {
            x.judgement.verdict == Verdict::Reproduced
                || (x.judgement.verdict == Verdict::Consistent
                    && amount.quantifier.is_some()
                    && near_stated(amount, x.judgement.computed))
        };
        let fitting: Vec<&Candidate> = several.iter().filter(fits).collect();
        if !one_measure {
            return None;
        }
        // Several pairs a true bound holds and none it equals (`by any
        // reading they more than doubled`: 2.72 and 3.16, not 1.16).
        if let Some(best) = self.held_by_a_bound(amount, several) {
            return Some(best);
        }
        if let [one] = fitting.as_slice()
            && several
                .iter()
                .filter(|x| x.judgement.verdict == Verdict::Inconsistent)
                .count()
                + 1
                == several.len()
        {
            return Some(one);
        }
        None
    }

    /// Several candidates: the one they agree on, the one the amount fits,
    /// the nearest when every reading is wrong, else none.
    fn several_candidates(
        &self,
        mut f: Finding,
        amount: &StatedAmount,
        hit: &PhraseHit,
        waves: &AmountWaves,
        several: &[Candidate],
        strong: bool,
    ) -> Finding {
        let names: Vec<String> = several.iter().map(|x| x.id.clone()).collect();
        let first = several[0].judgement.verdict;
        if several.iter().all(|x| x.judgement.verdict == first)
            && first != Verdict::Inconsistent
            && !hit.generic
        {
            // They agree: the one of the paragraph's wave, else the
            // nearest, stands for them.
            let best = self.stand_in(&several.iter().collect::<Vec<_>>(), amount);
            let others = names.iter().filter(|n| **n != best.id).cloned().collect();
            return self.matched(f, best, None, others);
        }
        // Exactly one fits (or one shows a named error pattern that
        // explains the number) while the others do not: a specific
        // phrase's amount is that one's, and so is a generic noun's
        // when all its figures are of one wave (`arrests`: the
        // total, or the arrests the responding agencies reported).
        let one_wave = several.iter().all(|x| x.waves == several[0].waves);
        if let Some(one) = self.pair_of_one_measure(amount, several) {
            let others = names.iter().filter(|n| **n != one.id).cloned().collect();
            return self.matched(f, one, None, others);
        }
        if !hit.generic || one_wave {
            let fits: Vec<&Candidate> = several
                .iter()
                .filter(|x| {
                    matches!(
                        x.judgement.verdict,
                        Verdict::Reproduced | Verdict::Consistent
                    )
                })
                .collect();
            let explained: Vec<&Candidate> = several
                .iter()
                .filter(|x| x.judgement.pattern.is_some())
                .collect();
            let unfit = several
                .iter()
                .filter(|x| x.judgement.verdict == Verdict::Inconsistent)
                .count();
            let pick = match (fits.as_slice(), explained.as_slice()) {
                ([one], _) if unfit + 1 == several.len() => Some(*one),
                // (Not a share of another whole, which two-digit shares fit
                // by chance, when the phrase is outside the amount's clause
                // or borrowed from the sentence before and the amount's own
                // sentence names no wave: `... undercover work (n=191). ...
                // trying to identify hands-on abuse (38%)`, 644 of 1,713.)
                ([], [one])
                    if unfit == several.len()
                        && ((self.hit_in_sentence(hit) && !hit.remote)
                            || !waves.sentence.is_empty()
                            || !matches!(
                                one.judgement.pattern,
                                Some(ErrorPattern::WrongBase { .. })
                            )) =>
                {
                    Some(*one)
                }
                _ => None,
            };
            if let Some(one) = pick {
                let others = names.iter().filter(|n| **n != one.id).cloned().collect();
                return self.matched(f, one, None, others);
            }
            // Several fit, all as a true bound does (`more than 600
            // interviews`: 612 and 630, not the 129 online-meeting ones).
            if let Some(best) = self.held_by_a_bound(amount, several) {
                let others = names.iter().filter(|n| **n != best.id).cloned().collect();
                return self.matched(f, best, None, others);
            }
        }
        // Wrong in every reading: a specific phrase whose every
        // figure, of the wave the sentence names, the amount misses.
        let all_wrong = several
            .iter()
            .all(|x| x.judgement.verdict == Verdict::Inconsistent);
        // Every reading the same value (`one in ten cases involved
        // violence`: 5% in 2000 and in 2006): wrong whichever wave it is.
        if all_wrong
            && !hit.generic
            && !hit.remote
            && !strong
            && !one_wave
            && let Some(best) = self.first_of_one_value(several)
        {
            let others = names.iter().filter(|n| **n != best.id).cloned().collect();
            let note = format!("'{}' names the same value in each of its waves", hit.phrase);
            return self.matched(f, best, Some(note), others);
        }
        // `as a share of all arrests they fell from 36 to 24 per cent`: the
        // end of a change whose start the sentence states as one wave's
        // figure of a measure is that measure's figure of its one later
        // wave, wrong as it is.
        if all_wrong
            && !hit.remote
            && let Some((later, start)) = self.end_of_a_dated_start(amount, several)
        {
            let others = names.iter().filter(|n| **n != later.id).cloned().collect();
            let note = format!(
                "'{}' ends a change whose start is {}'s figure, and {} is the one later wave of that measure",
                amount.wording,
                self.catalogue.figures()[start].id,
                later.wave.as_deref().unwrap_or("its wave")
            );
            return self.matched(f, later, Some(note), others);
        }
        // (Or, its sentence naming no wave, a specific phrase of the
        // amount's own clause whose every wave's figure it misses: wrong
        // whichever wave it is about, judged against the paragraph's or
        // the document's wave when the text names one.)
        let hint = self
            .paragraph_wave
            .as_ref()
            .or(self.most_named_wave.as_ref())
            .or(self.document_wave.as_ref())
            .filter(|w| !w.starts_with(UNKNOWN_WAVE));
        let of_hint = hint.and_then(|w| several.iter().find(|x| x.waves.0.as_ref() == Some(w)));
        let own_phrase = waves.sentence.is_empty() && self.exact_count_of_own_phrase(amount, hit);
        // (A generic phrase too, for a share whose whole the sentence names
        // as all arrests: `stings ... 87 per cent of all arrests` in 2006
        // misses both sting measures' shares of all arrests, 44.22% and
        // 44.75%.)
        let c = self.catalogue;
        let of_all_arrests = amount.unit == Scale::Percent
            && self.named_whole(amount).iter().any(|id| {
                c.figure(id)
                    .is_some_and(|x| x.measure.as_deref() == Some("total"))
                    || id == "arrests.total"
            });
        if all_wrong
            && (!hit.generic || of_all_arrests)
            && !hit.remote
            && (strong || one_wave || (own_phrase && of_hint.is_some()))
        {
            // Judged against the reading nearest the amount.
            let stated = amount.stated.unwrap_or(f64::NAN);
            let mut several: Vec<&Candidate> = several.iter().collect();
            several.sort_by(|a, b| a.distance(stated).total_cmp(&b.distance(stated)));
            if !(strong || one_wave)
                && let Some(h) = of_hint
            {
                several.sort_by_key(|x| x.id != h.id);
            }
            let names: Vec<String> = several.iter().map(|x| x.id.clone()).collect();
            let each: Vec<String> = several
                .iter()
                .skip(1)
                .map(|x| format!("{} ({})", x.id, short_value(x.judgement.computed)))
                .collect();
            let note = format!(
                "'{}' also names {}, which '{}' misses as well",
                hit.phrase,
                each.join(", "),
                amount.wording
            );
            return self.matched(f, several[0], Some(note), names[1..].to_vec());
        }
        // `One in six possession investigations, in both 2000 and 2006,
        // found ...`: the figures of the waves the sentence names agree,
        // and fit, where another wave's does not.
        let named = |x: &&Candidate| {
            x.waves.1.is_none()
                && x.waves
                    .0
                    .as_ref()
                    .is_some_and(|w| self.mentions.iter().any(|m| &m.wave == w && !m.since))
        };
        let of_named: Vec<&Candidate> = several.iter().filter(named).collect();
        if !hit.generic
            && !of_named.is_empty()
            && of_named.len() < several.len()
            && of_named
                .iter()
                .all(|x| x.judgement.verdict == of_named[0].judgement.verdict)
            && matches!(
                of_named[0].judgement.verdict,
                Verdict::Reproduced | Verdict::Consistent
            )
        {
            // The nearest the amount, the earlier wave on a tie.
            let stated = amount.stated.unwrap_or(f64::NAN);
            let rank = |x: &Candidate| self.catalogue.wave_rank(x.waves.0.as_deref());
            let best = of_named
                .iter()
                .copied()
                .min_by(|a, b| {
                    a.distance(stated)
                        .total_cmp(&b.distance(stated))
                        .then(rank(a).cmp(&rank(b)))
                })
                .unwrap_or(of_named[0]);
            let others = names.iter().filter(|n| **n != best.id).cloned().collect();
            return self.matched(f, best, None, others);
        }
        f.candidates = names.to_vec();
        let each: Vec<String> = several
            .iter()
            .map(|x| {
                format!(
                    "{} ({}{}: {})",
                    x.id,
                    x.wave.clone().map(|w| format!("{w}, ")).unwrap_or_default(),
                    short_value(x.judgement.computed),
                    x.judgement.verdict
                )
            })
            .collect();
        f.reason = format!(
            "'{}' could be about {} figures that disagree: {}",
            hit.phrase,
            several.len(),
            each.join("; ")
        );
        f
    }

    fn matched(
        &self,
        mut f: Finding,
        cand: &Candidate,
        extra: Option<String>,
        others: Vec<String>,
    ) -> Finding {
        let fig: &CatalogueFigure = &self.catalogue.figures()[cand.figure];
        f.status = FindingStatus::Matched;
        f.figure = Some(cand.id.clone());
        f.dataset = Some(fig.dataset.clone());
        if !cand.id.contains("->") {
            f.same_as.clone_from(&fig.same_as);
        }
        f.wave.clone_from(&cand.wave);
        f.context = fig.context;
        f.candidates = others;
        f.base.clone_from(&cand.base);
        let note = match (cand.note.as_deref(), extra.as_deref()) {
            (Some(a), Some(b)) => Some(format!("{a}; {b}")),
            (a, b) => a.or(b).map(str::to_string),
        };
        let mut f = Self::judged(f, &cand.judgement, note.as_deref());
        if fig.context {
            f.reason = format!(
                "{} (context printed beside the study, not its own figure)",
                f.reason
            );
        }
        if extra.is_some() {
            f.verdict = Verdict::Inconsistent;
        }
        f
    }

    /// Every finding of the sentence; returns the last specific phrase a
    /// statement was about.
    fn findings(&self, out: &mut Vec<Finding>) -> Option<PhraseHit> {
        let amounts = &self.parsed.amounts;
        // What the sentence's change is about, for its levels.
        let change_hit = amounts
            .iter()
            .enumerate()
            .find(|(_, a)| a.kind == ClaimKind::Change && a.role == AmountRole::Claim)
            .and_then(|(i, a)| {
                let stop = next_stop(amounts, i, self.sentence.len(), self.sentence, &self.tokens);
                let back = i.checked_sub(1).map_or(0, |p| amounts[p].span[1]);
                subjects(
                    self.catalogue,
                    &self.tokens,
                    a.span,
                    stop,
                    back,
                    AliasReads::Level,
                )
                .into_iter()
                .next()
            })
            .or_else(|| {
                // `from 508 in 2000 to 615 in 2006` with no change word: the
                // phrase of either level.
                amounts
                    .iter()
                    .filter(|a| matches!(a.role, AmountRole::From | AmountRole::To))
                    .find_map(|a| {
                        subjects(
                            self.catalogue,
                            &self.tokens,
                            a.span,
                            self.sentence.len(),
                            0,
                            if a.unit == Scale::Percent {
                                AliasReads::Share
                            } else {
                                AliasReads::Level
                            },
                        )
                        .into_iter()
                        .next()
                    })
            });
        let by_levels = self.level_measures();
        let mut used = None;
        let first_finding = out.len();
        for i in 0..amounts.len() {
            // The levels' measure of this amount: its own group's, or for
            // a change the nearest group's.
            let distance = |lm: &LevelMeasure| {
                lm.levels
                    .iter()
                    .map(|&(j, _)| j.abs_diff(i))
                    .min()
                    .unwrap_or(usize::MAX)
            };
            let nearest = by_levels.iter().map(distance).min();
            let mine: Vec<&LevelMeasure> = by_levels
                .iter()
                .filter(|lm| Some(distance(lm)) == nearest)
                .collect();
            let lm = match mine.as_slice() {
                [one] => Some(*one),
                _ => None,
            };
            if let Some(f) = self.judge_amount(i, change_hit.as_ref(), lm, &mut used) {
                let f = self.sample_count_guard(i, f);
                if f.verdict == Verdict::Reproduced
                    && f.kind == ClaimKind::Level
                    && amounts.get(i).is_some_and(|a| a.unit == Scale::Count)
                    && let Some(k) = f
                        .figure
                        .as_deref()
                        .and_then(|id| self.catalogue.position(id))
                {
                    self.counts.borrow_mut().push((i, k));
                }
                if f.kind == ClaimKind::Change
                    && let Some(id) = f.figure.as_deref().filter(|id| id.contains("->"))
                {
                    if matches!(f.verdict, Verdict::Reproduced | Verdict::Consistent) {
                        self.changes.borrow_mut().push(id.to_string());
                    }
                    self.changes_judged.borrow_mut().push((i, id.to_string()));
                }
                // (A hedged share that holds its figure ties its measure as
                // well: `just under a quarter of arrests in 2000 and nearly
                // 55 per cent of arrests in 2006`.)
                if matches!(f.verdict, Verdict::Reproduced | Verdict::Consistent)
                    && f.kind == ClaimKind::Share
                    && let Some(k) = f
                        .figure
                        .as_deref()
                        .and_then(|id| self.catalogue.position(id))
                {
                    self.shares.borrow_mut().push((i, k));
                }
                if f.verdict == Verdict::Reproduced
                    && f.kind == ClaimKind::Level
                    && let Some(x) = f.figure.as_deref().and_then(|id| self.catalogue.figure(id))
                {
                    self.previous_level.set(Some((i, x)));
                }
                if f.verdict == Verdict::Reproduced
                    && f.kind == ClaimKind::Level
                    && self.sibling_wave().is_none()
                {
                    self.sibling
                        .set(f.figure.as_deref().and_then(|id| self.catalogue.figure(id)));
                }
                out.push(f);
            }
        }
        // `Membership stands at 187, of whom 121 are juniors`: numbers no
        // phrase, question or sentence before ties to a figure, in a
        // sentence that names nothing of the study, no wave and no period,
        // and none of whose numbers is a figure's, are the writer's own;
        // they state no amount of the study. (A phrase borrowed from the
        // sentence before, whose figures a number fits none of, ties it no
        // better: `100% of leaders certificated by 31 March` after a line
        // on possession.)
        if self.names_nothing()
            && !out[first_finding..]
                .iter()
                .any(|f| f.status == FindingStatus::Matched)
        {
            let mut k = first_finding;
            while k < out.len() {
                if out[k].status == FindingStatus::Unmatched && out[k].figure.is_none() {
                    out.remove(k);
                } else {
                    k += 1;
                }
            }
        }
        self.change_by_its_levels(&by_levels, first_finding, out);
        self.change_by_a_wrong_level(first_finding, out);
        self.change_of_measure_named(&by_levels, first_finding, out);
        self.swapped_pair(first_finding, out);
        if let (Some(period), Some(span)) = (&self.parsed.period, self.parsed.period_span) {
            // And the periods after it (`The interviews ran from October
            // 2001 to July 2002, and the arrests they describe were made
            // between July 1, 2000 and June 30, 2001`).
            let periods =
                std::iter::once((*period, span)).chain(self.later_periods.iter().copied());
            for (period, span) in periods {
                let f = self.period_finding(&period, span, false);
                // `which covered calendar 2006`: a whole calendar year that
                // no phrase ties to a figure's period only names a year.
                // (And a federal fiscal year: `the unit's records for
                // FY2025`.)
                let calendar_year = (period.start.year() == period.end.year()
                    && (period.start.month(), period.start.day()) == (1, 1)
                    && (period.end.month(), period.end.day()) == (12, 31))
                    || (period.start.year() + 1 == period.end.year()
                        && (period.start.month(), period.start.day()) == (10, 1)
                        && (period.end.month(), period.end.day()) == (9, 30));
                // (Nor an unmatched period that starts more than
                // `REPORTING_LAG_YEARS` after the catalogue's last wave:
                // `the reporting period, 1 April 2026 to 30 September
                // 2026`, is the writer's own.)
                let last_wave = self
                    .catalogue
                    .waves()
                    .iter()
                    .flat_map(|w| w.years.iter().copied())
                    .max();
                let later =
                    last_wave.is_some_and(|y| period.start.year() > y + REPORTING_LAG_YEARS);
                if f.status == FindingStatus::Matched || !(calendar_year || later) {
                    out.push(f);
                }
            }
        } else if let Some(f) = self.impossible_period() {
            out.push(f);
        } else if let Some((period, span)) = self.year_span() {
            // Years alone are a period only when they are of a figure's
            // period (`arrested between 2000 and 2001`); otherwise they are
            // just years (`cases handled during 2008 and 2009`).
            let f = self.period_finding(&period, span, true);
            if f.status == FindingStatus::Matched {
                out.push(f);
            }
        }
        for v in &self.parsed.vague {
            let mut f = self.finding(v.span, v.kind, FindingStatus::Vague);
            f.reason = format!("'{}' states no amount: {}", v.phrase, v.reason);
            out.push(f);
        }
        used
    }

    /// `between 2000 and 2001`, `from 2000 to 2001`, `in 2001 and 2002`:
    /// two consecutive years, a period stated to the year (the waves are
    /// years apart, so two consecutive years are never two waves). Its
    /// span in the sentence.
    fn year_span(&self) -> Option<(crate::data::Period, [usize; 2])> {
        let t = &self.tokens;
        let year = |k: usize| t.get(k).and_then(year_token);
        (0..t.len()).find_map(|k| {
            let opens = t[k]
                .word()
                .is_some_and(|w| matches!(w, "between" | "from" | "in" | "during"));
            let joins = t.get(k + 2).is_some_and(|x| {
                x.word()
                    .is_some_and(|w| matches!(w, "and" | "to" | "through"))
                    || x.is_punct('-')
            });
            let (a, b) = (year(k + 1)?, year(k + 3)?);
            if !opens || !joins || b != a + 1 {
                return None;
            }
            let period = crate::data::Period::new(
                crate::data::Date::new(a, 1, 1).ok()?,
                crate::data::Date::new(b, 12, 31).ok()?,
            );
            Some((period, [t[k + 1].start, t[k + 3].end]))
        })
    }

    fn period_finding(
        &self,
        period: &crate::data::Period,
        span: [usize; 2],
        coarse: bool,
    ) -> Finding {
        let later = Some(span) != self.parsed.period_span;
        let mut f = self.finding(span, ClaimKind::Period, FindingStatus::Unmatched);
        let mut hits = subjects(
            self.catalogue,
            &self.tokens,
            span,
            self.sentence.len(),
            0,
            AliasReads::Period,
        );
        hits.retain(|h| !self.time_marker(h));
        // `The first wave, covering 1 July 2000 to 30 June 2001, was based on
        // 612 case interviews`: what a period after `covering` is the span
        // of stands before it; a phrase after it (the interviews') is the
        // sentence's next statement.
        let start = self.tokens.partition_point(|t| t.start < span[0]);
        // (Over a `the` the period's words leave out: `covered the twelve
        // months to 30 June 2000`.)
        // (Or over what it covered: `covered arrests from 1 July 2000 to
        // 30 June 2000`, `covered arrests made between ...`.)
        let verb = start.checked_sub(1).map(|k| {
            let mut k = k;
            if self.tokens[k].word() == Some("the") {
                k = k.saturating_sub(1);
            }
            let word = |j: usize| self.tokens.get(j).and_then(Spanned::word);
            let mut j = k;
            if matches!(word(j), Some("from" | "between")) {
                j = j.saturating_sub(1);
            }
            if word(j) == Some("made") {
                j = j.saturating_sub(1);
            }
            if word(j) == Some("arrests") && j >= 1 {
                j - 1
            } else {
                k
            }
        });
        let covering = verb
            .and_then(|k| self.tokens[k].word())
            .is_some_and(|w| matches!(w, "covering" | "covered" | "covers" | "spanning"));
        // (When no phrase before it names anything and the period is not
        // the data's own to the day, the phrases after it still judge it:
        // `covering 1 January to 31 December 2000` is no period of the
        // study's, whatever it covers.)
        if covering {
            let before: Vec<PhraseHit> = hits.iter().filter(|h| h.token < start).cloned().collect();
            // (`Its first wave covered arrests from ...`: the wave named
            // before the verb, over the generic `arrests` it covered.)
            if before.iter().all(|h| h.generic)
                && let Some(found) =
                    verb.and_then(|v| self.first_wave_covered(f.clone(), period, v, coarse, later))
            {
                return found;
            }
            // (A period the data hold to the day, said to be covered by
            // what only generic nouns before the verb name: `That wave
            // rested on 612 interviews and covered the 12 months from 1 July
            // 2000 to 30 June 2001` is the reference period, not the
            // interviews' fieldwork.)
            if before.iter().all(|h| h.generic)
                && let Some(found) = self.equal_period(f.clone(), period, coarse, later)
                && found.verdict == Verdict::Reproduced
            {
                return found;
            }
            if !before.is_empty() {
                hits = before;
            } else if let Some(found) = self.equal_period(f.clone(), period, coarse, later)
                && found.verdict == Verdict::Reproduced
            {
                return found;
            }
        }
        if hits.is_empty() {
            if let Some(found) = self.equal_period(f.clone(), period, coarse, later) {
                return found;
            }
            if covering
                && let Some(found) =
                    verb.and_then(|v| self.first_wave_covered(f.clone(), period, v, coarse, later))
            {
                return found;
            }
            f.reason = format!(
                "no phrase of the alias tables of {} names what the period {period} is of",
                self.dataset_names()
            );
            return f;
        }
        // Each period the phrases name, judged; the first that the stated
        // period fits is its figure.
        let mut judged: Vec<(&PhraseHit, &crate::claims::Alias, usize, Judgement)> = Vec::new();
        for hit in &hits {
            for &(d, a) in &hit.aliases {
                let alias = &self.catalogue.alias_tables()[d].aliases()[a];
                if let Some(j) = self.judge_period(period, d, &alias.figure, coarse, later) {
                    judged.push((hit, alias, d, j));
                }
            }
        }
        let fits = judged
            .iter()
            .position(|(.., j)| matches!(j.verdict, Verdict::Reproduced | Verdict::Consistent));
        let Some(k) = fits.or(if judged.is_empty() { None } else { Some(0) }) else {
            f.candidates = hits.iter().map(|h| h.phrase.clone()).collect();
            f.reason =
                format!("the period {period} is of no wave whose reference period the data hold");
            return f;
        };
        let (hit, alias, d, j) = &judged[k];
        // A period that differs from the reference period, and is wrong in
        // nothing else, is named by a generic phrase ("arrests", "the
        // study") only as a period of something else may be.
        let intrinsic = period.problems(None, None);
        // A specific phrase ("counted arrests") ties a period wherever in
        // the sentence it stands: a sentence states one period. A generic
        // noun that a word before or after picks some of (`Pilot interviews
        // ran from October 2001 to November 2001`) does not, whatever wave
        // the sentence dates it to; an unqualified one does when the
        // sentence dates it to the figure's wave, or the period shares an
        // end with the figure's.
        let plain = self.plain_noun(hit);
        // (A period equal to the data's own, tied elsewhere only by a
        // generic noun after it, is that one: `Wave 1: 1 July 2000 - 30
        // June 2001, based on 612 interviews with investigators`, not the
        // interviews' fieldwork.)
        // (Nor by a phrase of another clause before it: `The first wave
        // drew on 612 case interviews and the second on 1,051; the study's
        // year ran from 1 July 2000 to 30 June 2001`.)
        if j.verdict == Verdict::Inconsistent
            && ((hit.generic && hit.token > start) || hit.token < self.clause_token(start))
            && let Some(found) = self.equal_period(f.clone(), period, coarse, later)
            && found.verdict == Verdict::Reproduced
        {
            return found;
        }
        if j.verdict == Verdict::Inconsistent
            && hit.generic
            && (!plain
                || !(self.dates_to_wave_of(&alias.figure, span)
                    || self.shares_an_end(period, *d, &alias.figure)))
            && intrinsic.is_empty()
            && !matches!(&j.pattern, Some(ErrorPattern::CorruptedPeriod { problems })
                if problems.iter().any(|p| !matches!(p, crate::data::PeriodProblem::DiffersFromReference { .. })))
        {
            f.candidates = vec![alias.figure.clone()];
            f.reason = format!(
                "{period} differs from {} ({}), and only the generic '{}' ties it there: it may be the period of something else",
                alias.figure, j.reason, hit.phrase
            );
            return f;
        }
        let ds = &self.catalogue.datasets()[*d];
        f.status = FindingStatus::Matched;
        f.figure = Some(alias.figure.clone());
        f.dataset = Some(ds.provenance().id.clone());
        f.alias = Some(alias.phrase.clone());
        if let Some(fig) = self.catalogue.figure(&alias.figure) {
            f.wave = self.wave_name(fig.wave.as_deref());
        }
        Self::judged(f, j, None)
    }

    /// `In 2006, 877 arrests involved offenders who met victims online and
    /// 615 involved family members or acquaintances`: two counts of one
    /// sentence stated each for the other's phrase. The first is judged
    /// against its own phrase's figure (615) and misses; the second, whose
    /// phrase's figure (877) it misses, equals that same figure, and a
    /// precise count that equals one figure is taken for it. When the
    /// first count equals the second's phrase's figure, the two are a
    /// swapped pair, and the second is judged against its own phrase's
    /// figure too.
    fn swapped_pair(&self, first: usize, out: &mut [Finding]) {
        let amount_of = |f: &Finding| {
            self.parsed
                .amounts
                .iter()
                .find(|a| [a.span[0] + self.offset, a.span[1] + self.offset] == f.span)
        };
        for y in first..out.len() {
            let fy = &out[y];
            if fy.kind != ClaimKind::Level
                || fy.status != FindingStatus::Matched
                || fy.verdict != Verdict::Reproduced
            {
                continue;
            }
            let Some(b) = fy.figure.clone() else { continue };
            let Some(ay) = amount_of(fy) else { continue };
            // The figure its own phrase names (set aside for the one it
            // equals) that the other count equals.
            let swapped = |own: usize| {
                (first..out.len()).any(|x| {
                    let fx = &out[x];
                    x != y
                        && fx.kind == ClaimKind::Level
                        && fx.verdict == Verdict::Inconsistent
                        && fx.figure.as_deref() == Some(b.as_str())
                        && amount_of(fx)
                            .and_then(|ax| self.judge_level(ax, own, None))
                            .is_some_and(|c| c.judgement.verdict == Verdict::Reproduced)
                })
            };
            // (Of another measure in the same wave: two waves' counts of
            // one measure stated for each other's years, `7,010 arrests in
            // 2009, and 8,144 in the most recent wave`, are one wrong year,
            // not a swap.)
            let figures = self.catalogue.figures();
            let Some(kb) = self.catalogue.position(&b) else {
                continue;
            };
            let Some(own) = fy
                .candidates
                .iter()
                .filter(|c| **c != b && !c.contains("->"))
                .filter_map(|c| self.catalogue.position(c))
                .filter(|&k| {
                    figures[k].wave == figures[kb].wave && figures[k].measure != figures[kb].measure
                })
                .find(|&k| swapped(k))
            else {
                continue;
            };
            let Some(judged) = self
                .judge_level(ay, own, None)
                .filter(|c| c.judgement.verdict == Verdict::Inconsistent)
            else {
                continue;
            };
            let note = format!(
                "a swapped pair: '{}' is {b}'s figure, stated for the phrase of {}, and the sentence's other count is {}'s, stated for {b}'s",
                ay.wording, judged.id, judged.id
            );
            let fresh = self.finding(ay.span, ClaimKind::Level, FindingStatus::Unmatched);
            out[y] = self.matched(fresh, &judged, Some(note), vec![b]);
        }
    }

    /// `arrests made from 1 July 2000 to 31 June 2001`: a period with an
    /// end the calendar does not have is corrupted, whatever it was meant
    /// to be, when a phrase names the period figure it is of (or the first
    /// wave is said to cover it). The sentence reader leaves such a date
    /// unread (`no such day`); the finding spans the date and the date
    /// before it that a `to`, `through`, `until` or `and` joins to it.
    fn impossible_period(&self) -> Option<Finding> {
        let problem = self
            .parsed
            .unread
            .iter()
            .find(|p| p.reason == crate::claims::period::NO_SUCH_DAY)?;
        let at = self.sentence.find(problem.part.as_str())?;
        let mut span = [at, at + problem.part.len()];
        let k = self.tokens.partition_point(|t| t.start < at);
        let word = |j: usize| self.tokens.get(j).and_then(Spanned::word);
        let joined = k
            .checked_sub(1)
            .and_then(word)
            .is_some_and(|w| matches!(w, "to" | "through" | "until" | "and" | "till"));
        if joined {
            // The date before: its tokens back to a word that is neither a
            // number nor a month (at most four: `July 1, 2000`).
            let mut j = k - 1;
            while j > 0
                && k - 1 - j < 4
                && self.tokens.get(j - 1).is_some_and(|t| {
                    matches!(t.token, crate::claims::Token::Number(..))
                        || t.token == crate::claims::Token::Punct(',')
                        || t.word().is_some_and(crate::claims::period::is_month_word)
                })
            {
                j -= 1;
            }
            if j < k - 1 {
                span[0] = self.tokens[j].start;
            }
        }
        let mut f = self.finding(span, ClaimKind::Period, FindingStatus::Unmatched);
        let hits = subjects(
            self.catalogue,
            &self.tokens,
            span,
            self.sentence.len(),
            0,
            AliasReads::Period,
        );
        let named = hits.iter().filter(|h| !self.time_marker(h)).find_map(|h| {
            h.aliases.iter().find_map(|&(d, a)| {
                let alias = &self.catalogue.alias_tables()[d].aliases()[a];
                (!h.generic || self.plain_noun(h))
                    .then(|| (d, alias.figure.clone(), h.phrase.clone()))
            })
        });
        let Some((d, figure, phrase)) = named else {
            f.reason = format!(
                "'{}' is no day of the calendar, and no phrase names what the period is of",
                problem.part
            );
            return Some(f);
        };
        f.status = FindingStatus::Matched;
        f.dataset = Some(self.catalogue.datasets()[d].provenance().id.clone());
        if let Some(fig) = self.catalogue.figure(&figure) {
            f.wave = self.wave_name(fig.wave.as_deref());
        }
        f.figure = Some(figure.clone());
        f.alias = Some(phrase.clone());
        let pattern = ErrorPattern::CorruptedPeriod {
            problems: vec![crate::data::PeriodProblem::NoSuchDay {
                date: problem.part.clone(),
            }],
        };
        let j = Judgement {
            verdict: Verdict::Inconsistent,
            reason: format!("{pattern}: '{phrase}' names {figure}, whose period has no such end"),
            pattern: Some(pattern),
            ..Judgement::unverifiable(ClaimKind::Period, "")
        };
        Some(Self::judged(f, &j, None))
    }

    /// `Its first wave covered the twelve months from 1 July 2000 to 30
    /// June 2002`, `That first count covered the year from ...`, `... in
    /// three waves. The first covered ...`: a period the first wave
    /// (`first` and at most a wave noun) is said to cover is that wave's
    /// reference period: the period figure of the first wave that the
    /// alias tables call the `reference period` (the fieldwork is never
    /// called so). `verb` is the token of the verb (`covered`).
    fn first_wave_covered(
        &self,
        f: Finding,
        period: &crate::data::Period,
        verb: usize,
        coarse: bool,
        later: bool,
    ) -> Option<Finding> {
        let word = |j: usize| self.tokens.get(j).and_then(Spanned::word);
        // Back from the verb: wave nouns, then `first`, then a determiner
        // or the sentence's start (not `the first two waves`, not `our
        // first meeting`).
        let mut k = verb;
        while k > 0
            && word(k - 1).is_some_and(|w| {
                matches!(
                    w,
                    "wave" | "survey" | "round" | "count" | "study" | "one" | "wave's"
                )
            })
            && verb - k < 2
        {
            k -= 1;
        }
        let first = k.checked_sub(1)?;
        if word(first) != Some("first") {
            return None;
        }
        let opens = first == 0
            || word(first - 1).is_some_and(|w| {
                matches!(w, "the" | "its" | "that" | "this")
                    || ((w.ends_with("'s") || w.ends_with("\u{2019}s"))
                        && self
                            .vocabulary
                            .contains(w.trim_end_matches("'s").trim_end_matches("\u{2019}s")))
            });
        // A bare `the first` is the first wave only in a text that names
        // waves.
        if !opens || (k == verb && !self.document_names_wave) {
            return None;
        }
        let first_wave = self.catalogue.waves().first()?.id.clone();
        let (d, figure) = self
            .catalogue
            .alias_tables()
            .iter()
            .enumerate()
            .flat_map(|(d, t)| t.aliases().iter().map(move |a| (d, a)))
            .find(|(_, a)| {
                a.reads == AliasReads::Period
                    && a.phrase == "reference period"
                    && self
                        .catalogue
                        .figure(&a.figure)
                        .is_some_and(|x| x.wave.as_deref() == Some(first_wave.as_str()))
            })
            .map(|(d, a)| (d, a.figure.clone()))?;
        let j = self.judge_period(period, d, &figure, coarse, later)?;
        let mut f = f;
        f.status = FindingStatus::Matched;
        f.figure = Some(figure.clone());
        f.dataset = Some(self.catalogue.datasets()[d].provenance().id.clone());
        f.wave = self.wave_name(Some(&first_wave));
        let note = format!(
            "the first wave is said to cover it: it is that wave's reference period, {figure}"
        );
        Some(Self::judged(f, &j, Some(&note)))
    }

    /// `... from October 2001 to November 2001, before the full fieldwork
    /// began`: a phrase after `before`, `after` or `until` (over a few words
    /// that only point at it) marks a time the period is set against, not
    /// what the period is of.
    fn time_marker(&self, hit: &PhraseHit) -> bool {
        (0..hit.token)
            .rev()
            .map(|k| self.tokens[k].word())
            .take_while(|w| {
                w.is_some_and(|w| matches!(w, "the" | "its" | "their" | "full" | "main" | "actual"))
                    || w.is_some_and(|w| matches!(w, "before" | "after" | "until"))
            })
            .take(4)
            .any(|w| w.is_some_and(|w| matches!(w, "before" | "after" | "until")))
    }

    /// Whether a generic noun stands unqualified: no word before it that
    /// picks some of them (`the pilot interviews`) and none after it that
    /// says which (`interviews about the online-meeting cases`).
    fn plain_noun(&self, hit: &PhraseHit) -> bool {
        let word = |j: usize| self.tokens.get(j).and_then(Spanned::word);
        let before = hit.token.checked_sub(1).and_then(word);
        let after = word(hit.end());
        !before.is_some_and(|w| {
            matches!(
                w,
                "pilot"
                    | "follow-up"
                    | "followup"
                    | "additional"
                    | "extra"
                    | "further"
                    | "preliminary"
                    | "trial"
                    | "test"
                    | "separate"
                    | "other"
                    | "some"
                    | "later"
                    | "earlier"
                    | "qualitative"
                    | "local"
                    | "federal"
                    | "state"
            )
        }) && !after.is_some_and(|w| matches!(w, "about" | "on" | "of" | "among"))
    }

    /// `arrests made from July 1, 2000 to March 31, 2001`, `interviews ran
    /// from October 2001 to July 2003`: a period that starts or ends in the
    /// month the figure's own period does is that period, corrupted, not
    /// the period of something else. (A year shifted whole, `the year July
    /// 1, 2001 to June 30, 2002`, may be another year's arrests.)
    fn shares_an_end(&self, period: &crate::data::Period, d: usize, figure: &str) -> bool {
        let ds = &self.catalogue.datasets()[d];
        let Evidence::Period {
            reference: Some(r), ..
        } = period_evidence(ds, Some(figure), self.own_sources)
        else {
            return false;
        };
        let month = |x: crate::data::Date| (x.year(), x.month());
        month(period.start) == month(r.start) || month(period.end) == month(r.end)
    }

    /// Whether the sentence ties a period to the wave of the period figure
    /// `id`: the wave it names nearest the period (`For its first wave,
    /// investigators were interviewed between October 2001 and July 2003`),
    /// or the wave of a level it reproduces (`estimated 2,577 such arrests
    /// in the twelve months ending June 30, 2002`). A generic noun
    /// (`arrests`, `interviews`) then names the study's own period, not
    /// another's.
    fn dates_to_wave_of(&self, id: &str, span: [usize; 2]) -> bool {
        let Some(wave) = self.catalogue.figure(id).and_then(|f| f.wave.clone()) else {
            return false;
        };
        if self.sibling_wave().as_ref() == Some(&wave) {
            return true;
        }
        // (Not a year compared with, `Compared with 2000, ...`, nor one far
        // from the period.)
        let at = self.tokens.partition_point(|t| t.start < span[0]);
        self.mentions
            .iter()
            .filter(|m| !m.since && m.token.abs_diff(at) <= 12)
            .min_by_key(|m| m.token.abs_diff(at))
            .is_some_and(|m| m.wave == wave)
    }

    /// `1 July 2000 - 30 June 2001. The first wave's reference year.`: a
    /// period no phrase names that equals, to the day, exactly one period
    /// figure of the data is that figure's, as a count of three or more
    /// significant digits equal to one figure is; a period equal to none is
    /// left unmatched, never judged wrong.
    fn equal_period(
        &self,
        mut f: Finding,
        period: &crate::data::Period,
        coarse: bool,
        later: bool,
    ) -> Option<Finding> {
        let mut equal: Vec<(usize, String, Judgement)> = Vec::new();
        for (d, table) in self.catalogue.alias_tables().iter().enumerate() {
            for alias in table.aliases() {
                if alias.reads != AliasReads::Period
                    || equal.iter().any(|(_, id, _)| *id == alias.figure)
                {
                    continue;
                }
                if let Some(j) = self.judge_period(period, d, &alias.figure, coarse, later)
                    && j.verdict == Verdict::Reproduced
                {
                    equal.push((d, alias.figure.clone(), j));
                }
            }
        }
        let [(d, id, j)] = <[(usize, String, Judgement); 1]>::try_from(equal).ok()?;
        f.status = FindingStatus::Matched;
        f.figure = Some(id.clone());
        f.dataset = Some(self.catalogue.datasets()[d].provenance().id.clone());
        if let Some(fig) = self.catalogue.figure(&id) {
            f.wave = self.wave_name(fig.wave.as_deref());
        }
        let note = format!(
            "no phrase names it, but it is to the day the one period of the data it equals, {id}"
        );
        Some(Self::judged(f, &j, Some(&note)))
    }

    /// A stated period judged against the period figure `figure` of the
    /// dataset at `d`; `None` when the period is in the years of another
    /// wave, whose reference period the data do not hold.
    /// `later`: a period the sentence states after its first, to which
    /// another reading of the first's wording does not apply.
    fn judge_period(
        &self,
        period: &crate::data::Period,
        d: usize,
        figure: &str,
        coarse: bool,
        later: bool,
    ) -> Option<Judgement> {
        let ds = &self.catalogue.datasets()[d];
        let own_wave = self.catalogue.figure(figure).and_then(|x| x.wave.clone());
        let named = self.catalogue.wave_of_year(period.start.year());
        if let (Some(own), Some(other)) = (&own_wave, named)
            && own != other
        {
            return None;
        }
        // A period in years that name no wave, with nothing wrong in
        // itself, may be another wave's, whose period the data do not hold.
        let evidence = period_evidence(ds, Some(figure), self.own_sources);
        // Unless it is the figure's own period shifted by a year or two
        // (`the twelve months ending June 30, 2000` for the year from July
        // 1, 2000): the same months and length, a wrong year.
        let shifted = match &evidence {
            Evidence::Period {
                reference: Some(r), ..
            } => {
                let (a, b) = (period.start, r.start);
                let (c, d) = (period.end, r.end);
                (a.month(), a.day()) == (b.month(), b.day())
                    && (c.month(), c.day()) == (d.month(), d.day())
                    && c.year() - a.year() == d.year() - b.year()
                    && a.year() != b.year()
                    && (a.year() - b.year()).abs() <= 2
            }
            _ => false,
        };
        if named.is_none()
            && own_wave.is_some()
            && period.problems(None, None).is_empty()
            && !shifted
        {
            return None;
        }
        if coarse {
            // Stated to the year: it holds when its years are the ones the
            // period spans.
            let Evidence::Period {
                reference: Some(r), ..
            } = &evidence
            else {
                return None;
            };
            let fits = r.start.year() == period.start.year() && r.end.year() == period.end.year();
            let reason = format!(
                "the years {} to {} {} those of {r}",
                period.start.year(),
                period.end.year(),
                if fits { "are" } else { "are not" }
            );
            return Some(Judgement {
                verdict: if fits {
                    Verdict::Consistent
                } else {
                    Verdict::Inconsistent
                },
                ..Judgement::unverifiable(ClaimKind::Period, reason)
            });
        }
        let mut only_period = ParsedClaim {
            text: self.sentence.to_string(),
            kind: ClaimKind::Period,
            statement: None,
            amounts: Vec::new(),
            period: Some(*period),
            ..self.parsed.clone()
        };
        // Another reading of the wording is the first period's alone
        // (`fiscal year 2001`), never a later one's (`(October 2000
        // through September 2001)`).
        if later {
            only_period.period_alternative = None;
            only_period.period_convention = None;
        }
        let mut j = Checker::new().judge(&only_period, &evidence).ok()?;
        // `between July 1, 2000, and July 1, 2001`: the same year with its
        // end read as exclusive, not a corrupted period.
        if let Evidence::Period {
            reference: Some(r), ..
        } = &evidence
            && j.verdict == Verdict::Inconsistent
            && period.start == r.start
            && period.days() == r.days() + 1
        {
            j.verdict = Verdict::Consistent;
            j.pattern = None;
            j.reason = format!(
                "{period} ends the day after the reference period {r}: the same period with its end read as exclusive"
            );
        }
        Some(j)
    }
}

/// Words of the prose that name nothing counted: never the noun of a
/// count (`2,500 such arrests`), never a content word of an alias phrase.
const PROSE_WORDS: [&str; 39] = [
    "and",
    "the",
    "for",
    "from",
    "with",
    "was",
    "were",
    "are",
    "had",
    "have",
    "has",
    "that",
    "this",
    "than",
    "more",
    "such",
    "per",
    "each",
    "out",
    "over",
    // (`referred under the protocol`: the alias `children under 3` holds
    // it, but it is a preposition, as `over` is.)
    "under",
    "nationally",
    "total",
    "against",
    "all",
    "who",
    "which",
    "while",
    "into",
    "only",
    "also",
    "both",
    "other",
    "their",
    "they",
    "them",
    "those",
    "these",
    "least",
];

/// Whether a word can be a counted noun: three letters or more, letters
/// only, and no word of the prose ([`PROSE_WORDS`]).
fn noun_word(w: &str) -> bool {
    w.len() > 2 && w.chars().all(char::is_alphabetic) && !PROSE_WORDS.contains(&w)
}

/// Words that open another clause: a share after them is its own.
const CONJUNCTIONS_OF_CLAUSES: [&str; 6] = ["and", "but", "while", "whereas", "than", "against"];

/// Every word of the catalogue's count units (`arrests`, `agencies`) and
/// alias phrases, lower case: the nouns a count of the study can be of.
/// Words of waves and order (`first`, `wave`, `year`) are no such noun,
/// whatever phrase holds them: an alias `young person first contacted
/// online` must not make `first` in `the 129 first-wave cases` a noun the
/// data count.
fn vocabulary(catalogue: &Catalogue) -> std::collections::HashSet<String> {
    let mut words = std::collections::HashSet::new();
    for f in catalogue.figures() {
        let (d, id) = catalogue.evidence_source(f);
        if let Some(crate::data::Unit::Count(noun)) = catalogue.datasets()[d].unit(&id) {
            words.insert(noun.to_lowercase());
        }
    }
    for table in catalogue.alias_tables() {
        alias_words(table, &mut words);
    }
    words
}

/// Verbs some alias phrases hold (`found an offender`, `turned up an
/// offender`) that any prose uses after a count of its own (`a test
/// mailing of 2,000 pieces found ...`): no noun the data count.
const ALIAS_VERBS: [&str; 2] = ["found", "turned"];

/// The content words of an alias table's phrases, into `words`: not `and`,
/// `or`, `more`, nor words of waves and order, nor `ALIAS_VERBS`.
fn alias_words(table: &crate::claims::AliasTable, words: &mut std::collections::HashSet<String>) {
    for a in table.aliases() {
        for w in a.phrase.split(|c: char| !c.is_alphanumeric()) {
            let w = w.to_lowercase();
            if w.len() > 3
                && !PROSE_WORDS.contains(&w.as_str())
                && !ALIAS_VERBS.contains(&w.as_str())
                && !names_a_wave(&w)
            {
                words.insert(w);
            }
        }
    }
}

/// Whether the text writes a number of thousands with a separator
/// (`2,417`): then a bare `2417` that no phrase ties to the data
/// is a name or a code (`2417 (VALE) SQUADRON`, `text SKY to 70070`), not
/// a count that equals a figure by its digits alone.
fn separates_thousands(text: &str) -> bool {
    let b = text.as_bytes();
    (1..b.len().saturating_sub(3)).any(|k| {
        b[k] == b','
            && b[k - 1].is_ascii_digit()
            && b[k + 1..k + 4].iter().all(u8::is_ascii_digit)
            && b.get(k + 4).is_none_or(|c| !c.is_ascii_digit())
    })
}

/// Whether a text's last line is a row of a table aligned by spaces, its
/// numbers set off by two spaces or more (`All arrests   2,577   7,010`).
fn ends_in_aligned_row(text: &str) -> bool {
    let line = text.trim_end().rsplit('\n').next().unwrap_or("");
    line.ends_with(|c: char| c.is_ascii_digit())
        && line.match_indices("  ").any(|(n, _)| {
            line[n..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
        })
}

/// Whether a word places a count in time or order rather than naming what
/// it counts.
fn names_a_wave(w: &str) -> bool {
    crate::study::statement::ORDINALS.contains(&w)
        || matches!(w, "last" | "latest" | "wave" | "waves")
}

/// Where the words after amount `i` that can say what it is about end: at
/// the next amount of its own (not the whole inside `3,100 of the 7,010`,
/// nor the base `(n=383)`), else at the sentence's end.
fn next_stop(
    amounts: &[StatedAmount],
    i: usize,
    end: usize,
    sentence: &str,
    tokens: &[Spanned],
) -> usize {
    let after = amounts[i].span[1];
    // An age (`teenagers 12 to 17 used the Internet`) qualifies the
    // subject and ends nothing (another number of the prose, `50 or more
    // videos`, does); within the next eight, so that a long run of ages is
    // still read in one pass.
    let mut rest = amounts[i + 1..]
        .iter()
        .take(8)
        .filter(|n| {
            n.span[0] >= after
                && n.role != AmountRole::Base
                && !crate::study::statement::is_in_an_age_range(n, tokens, sentence)
        })
        .peekable();
    // `Just over half, 53%, were arrested ...`, `nearly a third (31%) had
    // ...`: the same share restated in apposition; the words after it say
    // what both are.
    if let Some(n) = rest.peek()
        && n.unit == amounts[i].unit
        && sentence
            .get(after..n.span[0])
            .is_some_and(|gap| matches!(gap.trim(), "," | "("))
    {
        rest.next();
    }
    // `over two in five of all arrests (3,100) were stings`: a count alone
    // in brackets after a share restates the share's part and ends nothing.
    let bracketed = |n: &StatedAmount| {
        n.unit == Scale::Count
            && amounts[i].unit == Scale::Percent
            && sentence
                .get(..n.span[0])
                .is_some_and(|b| b.trim_end().ends_with('('))
            && sentence
                .get(n.span[1]..)
                .is_some_and(|a| a.trim_start().starts_with(')'))
    };
    if rest.peek().is_some_and(|n| bracketed(n)) {
        rest.next();
    }
    rest.next().map_or(end, |n| n.span[0])
}

/// The units of counts of the sample itself, never weighted: a percentage
/// of one of them is some whole `k` of it, which the GRIM test can check.
/// Nouns after a count that make it a count of the sample, not of arrests.
const SAMPLE_COUNT_NOUNS: [&str; 4] = ["cases", "interviews", "case", "interview"];

const SAMPLE_UNITS: [&str; 3] = ["interviews", "agencies", "cases"];

/// Whether an amount is written in words, with no printed number (`nearly
/// a fifth`, `about one in six`).
fn in_words(amount: &StatedAmount) -> bool {
    amount.printed.is_none() && amount.wording.chars().any(char::is_alphabetic)
}

/// Whether a value lies within 15% of the number an amount states (`under
/// a tenth` and 8.77): what a hedge on a borrowed subject may reach. A
/// wording with no number (`most`) or a loose bound (`more than doubled`
/// for 2.72) is not near.
fn near_stated(amount: &StatedAmount, value: Option<f64>) -> bool {
    match (amount.stated, value) {
        (Some(s), Some(v)) if s != 0.0 => ((v - s) / s).abs() <= 0.15,
        _ => false,
    }
}

/// The size of a share's whole when that whole is a count of the sample
/// (interviews, agencies, cases) rather than a weighted estimate.
fn sample_count(ds: &Dataset, base: Option<&str>) -> Option<u64> {
    let b = base?;
    let unit = ds.unit(b)?;
    if !SAMPLE_UNITS.contains(&unit.as_str()) {
        return None;
    }
    let n = ds.value(b)?;
    // A whole count, as a sample size is.
    (n >= 1.0 && n.fract() == 0.0 && n < 1e9).then_some(n as u64)
}

/// The other wholes of a dataset a share of `part` might have been taken
/// of: every figure or derived sum that is some figure's base (or a derived
/// sum), other than `base`, larger than `part`, with its label.
/// The shares of `part` a source printed of another whole than `base`
/// (`w2006.solicitation_undercover_share`, 87% of online-solicitation
/// arrests): each whole's label, marked as printed, its value and the
/// printed percentage.
fn printed_shares_of(ds: &Dataset, part: &str, base: Option<&str>) -> Vec<(String, f64, f64)> {
    ds.figures()
        .iter()
        .filter(|f| {
            f.numerator.as_deref() == Some(part) && f.base.is_some() && f.base.as_deref() != base
        })
        .filter(|f| f.unit == crate::data::Unit::Percent)
        .filter_map(|f| {
            let crate::data::FigureValue::Number(p) = &f.value else {
                return None;
            };
            let b = f.base.as_deref()?;
            let whole = ds.value(b)?;
            let label = format!(
                "{}, as printed by {}",
                ds.label(b).unwrap_or(b),
                f.sources.join("; ")
            );
            Some((label, whole, p.value()))
        })
        .collect()
}

fn other_wholes(ds: &Dataset, base: Option<&str>, part: f64, whole: f64) -> Vec<(String, f64)> {
    let mut ids: Vec<&str> = ds
        .figures()
        .iter()
        .filter_map(|f| f.base.as_deref())
        .chain(ds.derived().iter().map(|d| d.id.as_str()))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    // A whole of the base's own unit: interviews are no share of arrests.
    let unit = base.and_then(|b| ds.unit(b));
    // And of its wave, or the base's own measure in another wave (3,100
    // of 2006 taken of the 8,144 arrests of 2009, the wrong year's total):
    // 615 arrests of 2006 are no share of the 998 identified-victim
    // arrests of 2000.
    let wave = base.and_then(|b| wave_of_id(ds, b));
    let measure = |id: &str| ds.measure_of(id).map(|l| l.measure.as_str());
    let base_measure = base.and_then(measure);
    ids.into_iter()
        .filter(|id| Some(*id) != base)
        .filter(|id| {
            wave.as_deref()
                .is_none_or(|w| wave_of_id(ds, id).is_none_or(|x| x == w))
                || (base_measure.is_some() && measure(id) == base_measure)
        })
        .filter_map(|id| {
            let v = ds.value(id)?;
            let u = ds.unit(id)?;
            (v > part
                && (v - whole).abs() > f64::EPSILON
                && u.is_count()
                && unit.is_none_or(|b| b == u))
            .then(|| (ds.label(id).unwrap_or(id).to_string(), v))
        })
        .collect()
}

/// The wave of a figure or derived quantity of a dataset with waves: its
/// figure-measures row's, else (a sum) that of its terms when they share
/// one.
fn wave_of_id(ds: &Dataset, id: &str) -> Option<String> {
    ds.measure_of(id)
        .map(|l| l.wave.clone())
        .or_else(|| crate::study::catalogue::derived_wave(ds, id))
}

/// The last specific phrase of a sentence: what the next sentence may be
/// about when it refers back.
/// The waves a document names: per sentence, the most named, the one it
/// can only be about, and whether it names any.
/// What a question asks about: its last specific phrase, else its last
/// phrase of a level in its own clause.
fn asked_phrase(catalogue: &Catalogue, tokens: &[Spanned], sentence: &str) -> Option<PhraseHit> {
    let level = last_specific_phrase(catalogue, tokens, sentence);
    // `online predators are a tiny slice of all sex-crime arrests against
    // minors?`: a whole the question names after `of`, later than what it
    // asks about, that reads as a share of its own, is what the answer's
    // share is.
    let word = |k: usize| tokens.get(k).and_then(Spanned::word);
    let whole = last_specific_of(catalogue, tokens, sentence, AliasReads::Share).filter(|h| {
        (h.token.saturating_sub(2)..h.token).any(|k| word(k) == Some("of"))
            && level.as_ref().is_some_and(|l| l.token < h.token)
    });
    // `What share of possessors had images depicting sexual penetration?`:
    // a question of a share asks about the last phrase that reads as a
    // share, after the group it is of.
    let share_question = tokens.iter().filter_map(Spanned::word).any(|w| {
        matches!(
            w,
            "share" | "percentage" | "proportion" | "fraction" | "percent"
        )
    });
    let share = share_question
        .then(|| last_specific_of(catalogue, tokens, sentence, AliasReads::Share))
        .flatten()
        .filter(|h| level.as_ref().is_none_or(|l| l.token < h.token));
    whole.or(share).or(level).or_else(|| {
        sentence_subjects(catalogue, tokens, sentence, AliasReads::Level)
            .into_iter()
            .filter(|h| !h.remote)
            .max_by_key(|h| h.token)
    })
}

/// Whether a sentence opens by naming the last of what the one before
/// named: `That group ...`, `This category ...`, `The latter ...`.
/// The phrase of the sentence before that a demonstrative names by its
/// noun (`By 2006 those solicitations numbered 3,100`, after a sentence on
/// the online-meeting arrests and the offenders who solicited undercover
/// officers): the one phrase whose words, or the three before it, share
/// the noun's stem (its first six letters).
fn demonstrated(
    catalogue: &Catalogue,
    tokens: &[Spanned],
    before: &[(PhraseHit, Vec<String>)],
) -> Option<PhraseHit> {
    let stem = |w: &str| w.chars().take(6).collect::<String>();
    let nouns: Vec<String> = tokens
        .windows(2)
        .filter(|w| matches!(w[0].word(), Some("those" | "these" | "such")))
        .filter_map(|w| w[1].word())
        .filter(|w| w.len() >= 6)
        .map(stem)
        .collect();
    if nouns.is_empty() {
        return None;
    }
    let named: Vec<&PhraseHit> = before
        .iter()
        .filter(|(_, words)| {
            words
                .iter()
                .any(|w| w.len() >= 6 && nouns.contains(&stem(w)))
        })
        .map(|(h, _)| h)
        .collect();
    // (Several phrases of one figure are one: `offenders who solicited
    // undercover officers posing as minors`.)
    // (By the measures they name: one dataset's alias of a measure and
    // another's of its wave-1 figure are one, `solicited undercover` and
    // `posing as minors`.)
    let figures = |h: &PhraseHit| {
        let mut ids: Vec<String> = h
            .aliases
            .iter()
            .flat_map(|&(d, a)| {
                catalogue.named_by(d, &catalogue.alias_tables()[d].aliases()[a].figure)
            })
            .map(|k| {
                let f = &catalogue.figures()[k];
                f.measure.clone().unwrap_or_else(|| f.id.clone())
            })
            .collect();
        ids.sort();
        ids.dedup();
        ids
    };
    let first = named.first()?;
    named
        .iter()
        .all(|h| figures(h) == figures(first))
        .then(|| (*first).clone())
}

/// The length of a section number that heads a sentence (`2.10 `, `4.2.1
/// `, with the space after it) before a capitalised word, else 0.
fn section_number_len(sentence: &str) -> usize {
    let lead = sentence.len() - sentence.trim_start().len();
    let rest = &sentence[lead..];
    let label = rest.split(char::is_whitespace).next().unwrap_or("");
    let label = label.strip_suffix('.').unwrap_or(label);
    let parts: Vec<&str> = label.split('.').collect();
    let numbered = parts.len() >= 2
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    let after = rest[label.len()..].trim_start_matches('.');
    let gap = after.len() - after.trim_start().len();
    let titled = gap > 0
        && !after[..gap].contains('\n')
        && after
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
    if numbered && titled {
        sentence.len() - after.trim_start().len()
    } else {
        0
    }
}

/// Whether the words at `k` are `that year` or `same year` (`that wave`,
/// `that first year`, `that reference year`): a year named before.
fn that_year_at(tokens: &[Spanned], k: usize) -> bool {
    let word = |j: usize| tokens.get(j).and_then(Spanned::word);
    if !matches!(word(k), Some("same" | "that")) {
        return false;
    }
    let j = if matches!(
        word(k + 1),
        Some("first" | "reference" | "survey" | "study")
    ) {
        k + 2
    } else {
        k + 1
    };
    matches!(word(j), Some("year" | "wave"))
}

/// Whether a sentence opens with `that year` (`In that first year, ...`):
/// it refers back to the year named last, even past a heading.
fn opens_that_year(tokens: &[Spanned]) -> bool {
    let k = usize::from(tokens.first().and_then(Spanned::word) == Some("in"));
    that_year_at(tokens, k)
}

/// Whether a sentence opens on what came before taken together (`Those
/// two groups together were ...`, `Both combined ...`, `The two between
/// them ...`): its amounts are of a sum, not of the one subject carried.
fn sums_those_before(tokens: &[Spanned]) -> bool {
    let words: Vec<&str> = tokens.iter().filter_map(Spanned::word).take(6).collect();
    let opens = match words.first() {
        Some(&("those" | "these" | "both" | "they")) => true,
        Some(&"the") => words
            .get(1)
            .is_some_and(|w| matches!(*w, "two" | "three" | "four")),
        _ => false,
    };
    opens
        && (words
            .iter()
            .any(|w| matches!(*w, "together" | "combined" | "jointly"))
            || words.windows(2).any(|w| w == ["between", "them"]))
}

fn names_the_latter(tokens: &[Spanned]) -> bool {
    let word = |k: usize| tokens.get(k).and_then(Spanned::word);
    // `By 2006 it was about 30%.`: a short sentence whose subject is `it`,
    // after a year that opens it, is about the last thing named.
    let year = |k: usize| {
        tokens.get(k).is_some_and(
            |t| matches!(&t.token, crate::claims::Token::Number(_, raw) if raw.len() == 4),
        )
    };
    let subject = if tokens.get(2).is_some_and(|t| t.is_punct(',')) {
        3
    } else {
        2
    };
    let it_was = matches!(word(0), Some("by" | "in"))
        && year(1)
        && word(subject) == Some("it")
        && matches!(word(subject + 1), Some("was" | "had" | "stood"))
        && tokens.len() <= 10;
    (matches!(word(0), Some("that" | "this")) && matches!(word(1), Some("group" | "category")))
        || (word(0) == Some("the") && word(1) == Some("latter"))
        || it_was
}

/// Whether a sentence supposes: `if`, `suppose` or `imagine` opening it or
/// a quotation or a clause after a colon (`Ask the class: "If a county's
/// sales go from 100 to 300, ..."`).
fn supposition(tokens: &[Spanned]) -> bool {
    tokens.iter().enumerate().any(|(k, t)| {
        t.word()
            .is_some_and(|w| matches!(w, "if" | "suppose" | "imagine"))
            && (k == 0
                || tokens[k - 1].word() == Some("say")
                || matches!(
                    tokens[k - 1].token,
                    crate::claims::Token::Punct('"' | ':' | '\u{201c}' | '(')
                ))
    })
}

/// Whether a mention is one of `the last two waves` (at `last`, or at
/// `two` after it).
fn of_last_two(tokens: &[Spanned], m: &crate::study::statement::WaveMention) -> bool {
    let word = |k: usize| tokens.get(k).and_then(Spanned::word);
    let last = |k: usize| word(k).is_some_and(|w| matches!(w, "last" | "latest"));
    last(m.token) || (word(m.token) == Some("two") && m.token.checked_sub(1).is_some_and(last))
}

/// The waves a sentence names: its mentions, less `the last two waves`
/// in a text that does not name the last wave (a text of 2000 and 2006
/// means those); and, when it names none, `N years later` than the
/// paragraph's wave (returned too, as the paragraph's wave from now on).
fn sentence_mentions(
    catalogue: &Catalogue,
    tokens: &[Spanned],
    period_span: Option<[usize; 2]>,
    names_last_wave: bool,
    paragraph_wave: Option<&str>,
) -> (Vec<crate::study::statement::WaveMention>, Option<String>) {
    let mut mentions = wave_mentions(tokens, period_span, catalogue);
    if !names_last_wave {
        mentions.retain(|m| !of_last_two(tokens, m));
    }
    if mentions.is_empty()
        && let Some(m) = years_later(catalogue, tokens, paragraph_wave)
    {
        let later = m.wave.clone();
        mentions.push(m);
        return (mentions, Some(later));
    }
    (mentions, None)
}

struct DocumentWaves {
    named: Vec<Vec<String>>,
    /// Per sentence, the last wave it names that is not a start compared
    /// with.
    latest: Vec<Option<String>>,
    most_named: Option<String>,
    document_wave: Option<String>,
    names_any: bool,
}

fn document_waves(
    catalogue: &Catalogue,
    text: &str,
    sentences: &[[usize; 2]],
    own_sources: &[String],
) -> DocumentWaves {
    // Per sentence, the waves it names (its years, periods included; not
    // `the last two waves`, which are the last two the text names), and the
    // last it names that is not a start compared with.
    let known = |m: &crate::study::statement::WaveMention| {
        !m.wave.starts_with(crate::study::statement::UNKNOWN_WAVE)
    };
    let (named, latest): (Vec<Vec<String>>, Vec<Option<String>>) = sentences
        .iter()
        .map(|&[a, b]| {
            let tokens = lex(&text[a..b], false);
            let mentions = wave_mentions(&tokens, None, catalogue);
            // (Nor a start level's year: `8,144 arrests in 2009, up from
            // 7,010 in 2006` is about 2009.)
            let start_level = |m: &crate::study::statement::WaveMention| {
                !m.range
                    && (m.token.saturating_sub(4)..m.token).any(|k| {
                        tokens[k].word() == Some("from")
                            && (k + 1..m.token).all(|j| {
                                tokens[j].word() == Some("in")
                                    || matches!(tokens[j].token, crate::claims::Token::Number(..))
                            })
                    })
            };
            let latest = mentions
                .iter()
                .filter(|m| !m.since && known(m) && !start_level(m))
                .map(|m| m.wave.clone())
                .next_back();
            let named = mentions
                .into_iter()
                .filter(|m| known(m) && !of_last_two(&tokens, m))
                .map(|m| m.wave)
                .collect();
            (named, latest)
        })
        .unzip();
    let mut all: Vec<&String> = named.iter().flatten().collect();
    all.sort();
    let most_named = all
        .chunk_by(|a, b| a == b)
        .max_by_key(|c| c.len())
        .and_then(|c| c.first())
        .map(|w| (*w).clone());
    all.dedup();
    // A document's own publication date bounds the waves it can be about:
    // the 2003 press release can only speak of wave 1.
    let published = own_sources
        .iter()
        .filter_map(|k| {
            catalogue
                .datasets()
                .iter()
                .find_map(|d| d.source(k).and_then(|s| s.published))
        })
        .max();
    let possible: Vec<&String> = match published {
        Some(p) => catalogue
            .waves()
            .iter()
            .filter(|w| w.years.first().is_some_and(|y| *y < p.year()))
            .map(|w| &w.id)
            .collect(),
        None => Vec::new(),
    };
    let document_wave = match (all.as_slice(), possible.as_slice()) {
        ([one], _) | ([], [one]) => Some((*one).clone()),
        _ => None,
    };
    DocumentWaves {
        names_any: !all.is_empty(),
        named,
        latest,
        most_named,
        document_wave,
    }
}

/// Whether a sentence refers back to what the one before was about: `That
/// is ...`, `The numbers ...`, `The 2009 figure ...`, `these arrests`,
/// `called this a 272 per cent increase; the rise was ...`. `That same
/// year` refers to a time, not to what was counted.
fn refers_back(
    catalogue: &Catalogue,
    tokens: &[Spanned],
    parsed: &crate::claims::ParsedClaim,
    sentence: &str,
) -> bool {
    // `That is ...`, `The numbers ...`, `The 2009 figure ...`, `By 2009
    // the count was ...`: the sentence refers back. `That same year`
    // refers to a time, not to what was counted.
    let first_amount = parsed.amounts.first().map_or(sentence.len(), |x| x.span[0]);
    let words: Vec<(usize, &str)> = tokens
        .iter()
        .filter(|t| t.start < first_amount)
        .enumerate()
        .filter_map(|(k, t)| t.word().map(|w| (k, w)))
        .collect();
    // `called this a 272 per cent increase; the rise was in fact
    // roughly 170 per cent`: a referring noun before the last amount.
    let last_amount = parsed.amounts.last().map_or(sentence.len(), |x| x.span[0]);
    let referring_noun = tokens
        .iter()
        .take_while(|t| t.start < last_amount)
        .enumerate()
        .any(|(k, t)| {
            // `called this a 272 per cent increase`.
            let this_a = t.word() == Some("this")
                && tokens
                    .get(k + 1)
                    .and_then(Spanned::word)
                    .is_some_and(|w| matches!(w, "a" | "an"))
                && last_specific_phrase(catalogue, &tokens[..k], sentence).is_none();
            // `In plain terms, these arrests quadrupled`.
            let demonstrative = t
                .word()
                .is_some_and(|w| matches!(w, "these" | "those" | "such"))
                && tokens
                    .get(k + 1)
                    .and_then(Spanned::word)
                    // (`such as the claim` introduces an example.)
                    .is_some_and(|w| !TIME_NOUNS.contains(&w) && w != "as")
                // (Not a pronoun standing for a phrase its own sentence
                // named before it: `Solicitations of officers posing as
                // minors were a quarter of 2000 arrests and nearly 45 per
                // cent of those in 2006`.)
                && !(tokens
                    .get(k + 1)
                    .and_then(Spanned::word)
                    .is_some_and(|w| matches!(w, "in" | "of" | "from" | "for" | "at" | "by"))
                    && last_specific_phrase(catalogue, &tokens[..k], sentence).is_some());
            // (Not `The number of arrests those agencies reported`: a
            // noun with its own `of` and what it counts names that, not
            // what came before.)
            let names_own = |j: usize| {
                tokens.get(j + 1).and_then(Spanned::word) == Some("of")
                    && tokens.get(j + 2).and_then(Spanned::word).is_some_and(|w| {
                        !matches!(
                            w,
                            "about"
                                | "around"
                                | "roughly"
                                | "nearly"
                                | "almost"
                                | "some"
                                | "just"
                                | "over"
                                | "more"
                                | "approximately"
                        ) && crate::claims::number_word(w).is_none()
                    })
            };
            let the_noun = t.word() == Some("the")
                && !tokens
                    .get(k + 1)
                    .is_some_and(|n| n.word().is_some() && names_own(k + 1))
                && tokens[k + 1..]
                    .iter()
                    .take(2)
                    .find_map(Spanned::word)
                    .is_some_and(|w| {
                        REFERRING_NOUNS.contains(&w)
                            // Past the first amount, only a change's
                            // noun refers back to a change.
                            && (t.start < first_amount || CHANGE_NOUNS.contains(&w))
                    });
            // (`The adviser said that category quadrupled`: `that group`
            // or `this category` right after a verb of saying, as at the
            // start; not after a time, `In 2006 that category numbered
            // 2,417`, whose wave is its own.)
            let that_group = t.word().is_some_and(|w| matches!(w, "that" | "this"))
                && k.checked_sub(1)
                    .and_then(|j| tokens[j].word())
                    .is_some_and(|w| {
                        matches!(
                            w,
                            "said" | "says" | "noted" | "added" | "explained" | "stressed"
                        )
                    })
                && tokens
                    .get(k + 1)
                    .and_then(Spanned::word)
                    .is_some_and(|w| matches!(w, "group" | "category"));
            this_a
                || ((demonstrative || that_group)
                    && t.start < first_amount
                    && last_specific_phrase(catalogue, &tokens[..k], sentence).is_none())
                || the_noun && last_specific_phrase(catalogue, &tokens[..k], sentence).is_none()
        });
    // `That's under 20%`, `It's up 481%`: the contraction too.
    let opening = words.first().map(|(_, w)| {
        w.strip_suffix("'s")
            .or_else(|| w.strip_suffix("\u{2019}s"))
            .unwrap_or(w)
    });
    // `Up 107%.`, `Down a fifth.`: a change with no subject continues the
    // sentence before.
    let fragment = opening.is_some_and(|w| matches!(w, "up" | "down"))
        && parsed
            .amounts
            .first()
            .is_some_and(|a| a.kind == crate::data::ClaimKind::Change);
    // `For 2006 it was just over seven thousand`: a pronoun after an
    // opening of time only.
    let time_opening = |w: &str| {
        matches!(
            w,
            "for"
                | "in"
                | "by"
                | "during"
                | "then"
                | "and"
                | "so"
                | "but"
                | "the"
                | "first"
                | "second"
                | "third"
                | "wave"
                | "survey"
                | "year"
                | "later"
        )
    };
    let pronoun = words
        .iter()
        .position(|(_, w)| !time_opening(w))
        .filter(|&k| k > 0)
        .and_then(|k| words.get(k))
        .is_some_and(|(k, w)| {
            // `By 2006 that had grown to 7,010`.
            // (Or `that group`: `By 2006 that group was just 8.8 per cent
            // of arrests`.)
            let k = if matches!(*w, "that" | "this")
                && tokens
                    .get(k + 1)
                    .and_then(Spanned::word)
                    .is_some_and(|n| matches!(n, "group" | "category"))
            {
                k + 1
            } else {
                *k
            };
            matches!(*w, "it" | "they" | "that" | "this")
                && tokens.get(k + 1).and_then(Spanned::word).is_some_and(|n| {
                    matches!(
                        n,
                        "was"
                            | "were"
                            | "is"
                            | "are"
                            | "stood"
                            | "reached"
                            | "rose"
                            | "fell"
                            | "had"
                            | "has"
                            | "grew"
                            | "climbed"
                    )
                })
        });
    referring_noun
        || fragment
        || pronoun
        || match opening {
            Some(w) if ANAPHORS.contains(&w) => {
                // (`Such as ...` gives an example.)
                // (Nor `It also claims that ...`: a document reporting what
                // another says, not the figure spoken of.)
                let reporting = |k: usize| {
                    words
                        .get(k)
                        .is_some_and(|(_, n)| REPORTING_VERBS.contains(n))
                };
                !words
                    .get(1)
                    .is_some_and(|(_, n)| TIME_NOUNS.contains(n) || (w == "such" && *n == "as"))
                    && !(matches!(w, "it" | "this" | "that")
                        && (reporting(1)
                            || (words.get(1).is_some_and(|(_, n)| *n == "also") && reporting(2))))
            }
            _ => false,
        }
}

/// Verbs by which a text reports what another says (`It also claims
/// that ...`, `Most risk, the study suggests, ...`).
const REPORTING_VERBS: &[&str] = &[
    "claims",
    "claimed",
    "says",
    "said",
    "states",
    "stated",
    "notes",
    "noted",
    "argues",
    "argued",
    "suggests",
    "suggested",
    "asserts",
    "asserted",
    "reports",
    "adds",
    "added",
];

/// `Most risk, the study suggests, does not come from strangers alone`: a
/// reporting aside set off by commas (at most five words ending in a
/// reporting verb) does not end the clause around it; the text after the
/// amount with the aside left out.
fn without_reporting_aside(rest: &str) -> std::borrow::Cow<'_, str> {
    let aside = rest.split_once(',').and_then(|(head, tail)| {
        let (aside, after) = tail.split_once(',')?;
        let words: Vec<String> = aside.split_whitespace().map(|w| w.to_lowercase()).collect();
        (!head.contains([';', '.', ':', '('])
            && (2..=5).contains(&words.len())
            && words
                .last()
                .is_some_and(|w| REPORTING_VERBS.contains(&w.as_str())))
        .then(|| format!("{head}{after}"))
    });
    aside.map_or(std::borrow::Cow::Borrowed(rest), std::borrow::Cow::Owned)
}

/// A phrase for the one figure a sentence's findings match exactly
/// (reproduced levels or changes of one measure), to carry what the sentence was about
/// to the next: the figure's own alias, or its measure's, the specific one
/// first.
fn equal_figure_hit(catalogue: &Catalogue, findings: &[Finding]) -> Option<PhraseHit> {
    let mut measures = findings
        .iter()
        .filter(|f| {
            f.status == FindingStatus::Matched
                && f.verdict == Verdict::Reproduced
                && matches!(f.kind, ClaimKind::Level | ClaimKind::Change)
        })
        // A change (`FROM->TO`) is of its later figure's measure.
        .filter_map(|f| {
            let id = f.figure.as_deref()?;
            catalogue.figure(id.rsplit("->").next().unwrap_or(id))
        })
        .collect::<Vec<_>>();
    // A count of the sample design beside the estimates (`surveyed a
    // national sample of 2,574 agencies and estimated 2,577 arrests ... in
    // 2000 and 8,144 in 2009`) is not what the sentence is about.
    let design = |f: &&CatalogueFigure| catalogue.measure_kind(f) == Some(MeasureKind::Design);
    // (Only figures of a measure known not to be one: njov1's design counts
    // carry no measure.)
    let estimate = |f: &&CatalogueFigure| f.measure.is_some() && !design(f);
    if measures.iter().any(design) && measures.iter().any(estimate) {
        measures.retain(estimate);
    }
    let mut measures = measures.into_iter();
    let first = measures.next()?;
    let key = |f: &CatalogueFigure| f.measure.clone().unwrap_or_else(|| f.id.clone());
    let measure = key(first);
    if measures.any(|f| key(f) != measure) {
        return None;
    }
    let mut best: Option<PhraseHit> = None;
    for (i, table) in catalogue.alias_tables().iter().enumerate() {
        for (a, alias) in table.aliases().iter().enumerate() {
            let names = alias.figure == measure || alias.figure == first.id;
            if !names || alias.reads != AliasReads::Level {
                continue;
            }
            let better = best.as_ref().is_none_or(|b| b.generic && !alias.generic);
            if better {
                best = Some(PhraseHit {
                    phrase: alias.phrase.to_lowercase(),
                    aliases: vec![(i, a)],
                    generic: alias.generic,
                    remote: false,
                    token: 0,
                    matched_end: 0,
                });
            }
        }
    }
    best
}

fn last_specific_phrase(
    catalogue: &Catalogue,
    tokens: &[Spanned],
    sentence: &str,
) -> Option<PhraseHit> {
    last_specific_of(catalogue, tokens, sentence, AliasReads::Level)
}

/// The last specific phrase of a sentence, of a level, else of a share.
fn last_specific_named(
    catalogue: &Catalogue,
    tokens: &[Spanned],
    sentence: &str,
) -> Option<PhraseHit> {
    last_specific_phrase(catalogue, tokens, sentence)
        .or_else(|| last_specific_of(catalogue, tokens, sentence, AliasReads::Share))
}

/// The last generic phrase of a sentence that names a category of
/// arrests (`stings`), not all of them (`arrests`, `the total`, `such
/// arrests`: a phrase whose figures include the total) nor the design's
/// `cases`.
fn last_generic_of_a_category(
    catalogue: &Catalogue,
    tokens: &[Spanned],
    sentence: &str,
) -> Option<PhraseHit> {
    sentence_subjects(catalogue, tokens, sentence, AliasReads::Level)
        .into_iter()
        .filter(|h| {
            h.generic
                && !h.remote
                && h.phrase != "cases"
                && !h.aliases.iter().any(|&(d, a)| {
                    let figure = &catalogue.alias_tables()[d].aliases()[a].figure;
                    catalogue
                        .named_by(d, figure)
                        .into_iter()
                        .any(|k| catalogue.figures()[k].measure.as_deref() == Some("total"))
                })
        })
        .max_by_key(|h| h.token)
}

/// The last specific phrase of a sentence among the aliases reading
/// `reads`.
fn last_specific_of(
    catalogue: &Catalogue,
    tokens: &[Spanned],
    sentence: &str,
    reads: AliasReads,
) -> Option<PhraseHit> {
    sentence_subjects(catalogue, tokens, sentence, reads)
        .into_iter()
        .filter(|h| !h.generic && !h.remote)
        .max_by_key(|h| h.token)
}

/// Every phrase of a whole sentence among the aliases reading `reads`.
fn sentence_subjects(
    catalogue: &Catalogue,
    tokens: &[Spanned],
    sentence: &str,
    reads: AliasReads,
) -> Vec<PhraseHit> {
    subjects(catalogue, tokens, [0, 0], sentence.len(), 0, reads)
}

/// A vague word of share (`most`, `a minority`) stated with no number.
fn vague_share_word(wording: &str) -> bool {
    matches!(
        wording.trim().to_lowercase().as_str(),
        "most" | "many" | "few" | "a few" | "the majority" | "a majority" | "a minority"
    )
}

/// The unjudged finding `f` for an amount its `chosen` reading would have
/// tied to a figure: that figure a candidate, `why` the reason (and the
/// chosen alias kept, when `alias`).
/// A matched finding taken back: unmatched, its figure now a candidate,
/// for the reason given.
/// `Q1. True or false: most people arrested ... were strangers`: a
/// statement put to the reader to judge, which the text asserts no more than
/// a question.
fn posed_statement(sentence: &str) -> bool {
    let head: String = sentence.chars().take(40).collect::<String>().to_lowercase();
    // (A card's front, a myth put to be busted: `Front: Most arrests in
    // 2006 involved ...`, `Myth: ...`.)
    if head.lines().any(|line| {
        ["front:", "myth:", "claim:", "statement:"]
            .iter()
            .any(|l| line.trim_start().starts_with(l))
    }) {
        return true;
    }
    // (Or a quoted claim put as a quiz's question: `Q: "Most people
    // arrested met the child online." A: Myth.`)
    if head.lines().any(|line| {
        line.trim_start()
            .strip_prefix("q:")
            .is_some_and(|r| r.trim_start().starts_with(['"', '\u{201C}']))
    }) {
        return true;
    }
    [
        "true or false",
        "true/false",
        "fact or myth",
        "myth or fact",
        "fact or fiction",
    ]
    .iter()
    .any(|p| {
        head.find(p).is_some_and(|k| {
            head[k + p.len()..]
                .trim_start()
                .starts_with([':', '?', '-', '\u{2013}', '\u{2014}'])
        })
    })
}

/// `f` left unjudged: `'{what}' {why}; {figure} is not judged against it`.
/// The note on a level judged against the measure its sentence names,
/// which equals `equal`, another measure's figures (see
/// `SentenceContext::measure_named_instead`).
fn levels_of_another(equal: &str) -> String {
    format!(
        "the levels the sentence states are {equal}, figures of another measure than the one it names"
    )
}

fn not_judged_against(f: &Finding, what: &str, why: &str) -> Finding {
    let reason = format!(
        "'{what}' {why}; {} is not judged against it",
        f.figure.as_deref().unwrap_or("-")
    );
    unjudged(f, reason)
}

/// A matched finding undone: unmatched and unverifiable, its figure a
/// candidate, and nothing of the figure's left on it (its judgement,
/// dataset, wave, context); the caller gives the reason.
fn matched_undone(mut f: Finding) -> Finding {
    f.candidates = f.figure.take().into_iter().collect();
    f.status = FindingStatus::Unmatched;
    f.verdict = Verdict::Unverifiable;
    f.computed = None;
    f.pattern = None;
    f.crosses_boundary = None;
    f.dataset = None;
    f.same_as = None;
    f.wave = None;
    f.context = false;
    f
}

fn unjudged(f: &Finding, why: String) -> Finding {
    let mut u = f.clone();
    u.status = FindingStatus::Unmatched;
    u.verdict = Verdict::Unverifiable;
    u.pattern = None;
    u.candidates = f.figure.clone().into_iter().collect();
    u.figure = None;
    u.computed = None;
    u.reason = why;
    u
}

/// Whether an amount is a share of the form X in Y (`one in five`, `4 of
/// 5`, `three out of four`, `one in every six`), whose noun right after it
/// is its whole.
fn x_in_y(amount: &StatedAmount) -> bool {
    amount
        .wording
        .split_whitespace()
        .any(|w| matches!(w, "in" | "of"))
}

fn left_unjudged(f: &Finding, chosen: &Finding, alias: bool, why: String) -> Finding {
    let mut u = f.clone();
    if alias {
        u.alias = chosen.alias.clone();
    }
    u.candidates = chosen.figure.clone().into_iter().collect();
    u.reason = why;
    u
}

/// A true judgement raised to `reproduced` because its words restate the
/// printed wording of `st`.
fn restates_printed(judgement: &mut Judgement, st: &crate::data::Statement) {
    judgement.verdict = Verdict::Reproduced;
    judgement.reason = format!(
        "{}; it restates the printed \"{}\" ({})",
        judgement.reason,
        st.wording.as_deref().unwrap_or_default(),
        st.sources.join("; ")
    );
}

/// The statement of `ds` that prints figure `measures` (of the whole
/// `base`: the earlier figure of a change, the whole of a share, none for
/// a level) in the words `wording` (ignoring case, spacing and how `per
/// cent` is spelled), if any; `change` tells a change from a level or
/// share.
fn printed_wording<'d>(
    ds: &'d Dataset,
    measures: &str,
    base: Option<&str>,
    change: bool,
    wording: &str,
) -> Option<&'d crate::data::Statement> {
    let said = wording_key(wording);
    // (A hedge the printed words lack is no restatement of them: `grew by
    // roughly 20 percent` is true of +21.1%, the printed bare `up 20%` is
    // not.)
    let hedged = |w: &str| {
        w.to_lowercase()
            .split_whitespace()
            .any(|x| x != "an" && APPROXIMATORS.contains(&x))
    };
    ds.statements().iter().find(|st| {
        (st.kind == crate::data::ClaimKind::Change) == change
            && st.measures.as_deref() == Some(measures)
            && st.base.as_deref() == base
            && st
                .wording
                .as_deref()
                .is_some_and(|w| wording_key(w) == said && (hedged(w) || !hedged(wording)))
    })
}

/// A wording reduced to what it says, so that a printed wording and its
/// restatement compare equal: case, `per cent` / `percent` / `%`,
/// thousands commas, signs for `over` and `under`, `more than` for `over`
/// and `fewer than` or `less than` for `under` (one bound in the quantifier
/// table, so `more than 45%` restates a printed `over 45%`), `of every` for
/// `in`, an approximator at its precision (`half` restates `about half`)
/// and numbers in words (`one in six` restates `1 in 6`).
fn wording_key(w: &str) -> String {
    w.to_lowercase()
        .replace("more than ", "over ")
        .replace("fewer than ", "under ")
        .replace("less than ", "under ")
        .replace(" per cent", "%")
        .replace(" percent", "%")
        .replace(" pct", "%")
        .replace(',', "")
        .replace('>', "over ")
        .replace('<', "under ")
        .replace(" of every ", " in ")
        .replace(" in every ", " in ")
        .replace(" out of every ", " in ")
        .replace('-', " ")
        .split_whitespace()
        .filter(|x| !APPROXIMATORS.contains(x) && !matches!(*x, "estimated" | "an"))
        .map(|x| {
            // (A verb of rising says what `up` says: `went up about 80%`,
            // `had gone up about 80%`, `rose by about 80%`, `grew by
            // roughly 80 per cent` restate
            // `up about 80%`.)
            if matches!(
                x,
                "rose" | "risen" | "rising" | "grew" | "grown" | "climbed" | "increased" | "jumped"
            ) {
                return "up".to_string();
            }
            if matches!(x, "hundred" | "thousand") {
                return x.to_string();
            }
            crate::claims::number_word(x).map_or_else(|| x.to_string(), |v| v.to_string())
        })
        // (`six hundred` restates `600`, `two thousand` `2000`.)
        .fold(Vec::<String>::new(), |mut out, x| {
            let scale = match x.as_str() {
                "hundred" => Some(100.0),
                "thousand" => Some(1000.0),
                _ => None,
            };
            match (scale, out.last().and_then(|p| p.parse::<f64>().ok())) {
                (Some(s), Some(n)) if n < 100.0 => {
                    out.pop();
                    out.push((n * s).to_string());
                }
                (Some(s), _) => out.push(s.to_string()),
                _ => out.push(x),
            }
            out
        })
        .join(" ")
        // (`a rise of about 80 per cent`, `an increase of about 80%`.)
        .replace("a rise of", "up")
        .replace("rise of", "up")
        .replace("increase of", "up")
        .replace("went up", "up")
        .replace("gone up", "up")
        .replace("goes up", "up")
        .replace("up by", "up")
}

/// A line of the sentence that heads a quiz's part alone: `ANSWER KEY`
/// or `Answers:` (`Some(true)`), `QUESTIONS` or `Bonus question`
/// (`Some(false)`); `None` if it has no such line.
fn quiz_heading(sentence: &str) -> Option<bool> {
    sentence.lines().rev().find_map(|line| {
        let line = line.trim().trim_end_matches(':').to_lowercase();
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.is_empty() || words.len() > 4 || line.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        // (Not `Key findings`.)
        if words.contains(&"answers")
            || (words.contains(&"answer") && words.iter().any(|w| matches!(*w, "key" | "sheet")))
            || words == ["key"]
        {
            Some(true)
        } else if words
            .iter()
            .any(|w| matches!(*w, "question" | "questions" | "quiz"))
        {
            Some(false)
        } else {
            None
        }
    })
}

/// Whether a sentence opens on a subject of its own, a noun of what the
/// study counts qualified (`Arrests for the material alone`, `Cases
/// involving ...`), and names no specific phrase of the alias tables.
fn qualified_unknown_subject(catalogue: &Catalogue, tokens: &[Spanned]) -> bool {
    let word = |k: usize| tokens.get(k).and_then(Spanned::word);
    let opens = matches!(word(0), Some("arrests" | "cases"))
        && matches!(word(1), Some("for" | "of" | "involving" | "with"));
    opens
        && [AliasReads::Level, AliasReads::Share].iter().all(|&r| {
            phrases_in(catalogue, tokens, 0, tokens.len(), r)
                .iter()
                .all(|h| h.generic)
        })
}

/// The earliest and the latest of `waves`, if they are two.
fn span_of_waves(catalogue: &Catalogue, waves: &[String]) -> Option<(String, String)> {
    let first = waves.iter().min_by_key(|w| catalogue.wave_rank(Some(w)))?;
    let last = waves.iter().max_by_key(|w| catalogue.wave_rank(Some(w)))?;
    (first != last).then(|| (first.clone(), last.clone()))
}

/// A line number opening the sentence's last line, `3.` or `3)` (as
/// `('N', "3")`): a quiz's label if the quiz numbers without letters.
fn numbered_label(sentence: &str) -> Option<(char, String)> {
    label_number(last_line(sentence), &['.', ')']).map(|n| ('N', n))
}

/// A sentence's last line, trimmed: a heading before it (`Questions`) may
/// share the sentence of the label that opens it.
fn last_line(sentence: &str) -> &str {
    let t = sentence.trim();
    t.rsplit_once('\n').map_or(t, |(_, last)| last).trim_start()
}

/// The number of one or two digits that opens `text`, when one of `ends`
/// follows it (`3.`, `3)`).
fn label_number(text: &str, ends: &[char]) -> Option<String> {
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    let after = text[digits.len()..].chars().next();
    (!digits.is_empty() && digits.len() <= 2 && after.is_some_and(|c| ends.contains(&c)))
        .then_some(digits)
}

/// A quiz's label standing alone, `A1.` with nothing after it.
fn label_alone(line: &str) -> Option<(char, String)> {
    (line.len() <= 4 && line.ends_with('.'))
        .then(|| quiz_label(line).or_else(|| numbered_label(line)))
        .flatten()
}

/// A quiz's label opening a sentence, `Q3.` or `A3:` (its letter and
/// number), if it has one.
fn quiz_label(sentence: &str) -> Option<(char, String)> {
    // (On its last line: a heading before it, `Questions`, may share its
    // sentence.)
    let mut chars = last_line(sentence).chars();
    let letter = chars.next().filter(|c| matches!(c, 'Q' | 'A'))?;
    label_number(chars.as_str(), &['.', ':', ')']).map(|n| (letter, n))
}

fn short_value(v: Option<f64>) -> String {
    v.map_or_else(
        || "no value".into(),
        |x| format!("{}", (x * 100.0).round() / 100.0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    // Cases of one amount and the figure and verdict of its one finding are
    // a table: tests/data/scan/*.toml, run by tests/scan_cases.rs. What stays
    // here checks something else: how many findings a text gives, how it
    // splits into sentences, or less than one finding's figure and verdict
    // where the verdict the code gives today is not the one a careful
    // reader would give.

    /// The figure and verdict of the finding whose wording holds `amount`.
    fn judged(text: &str, amount: &str) -> (Option<String>, Verdict) {
        let c = Catalogue::embedded().unwrap();
        let scan = scan_with(&c, text, &[]);
        let f = scan
            .findings
            .iter()
            .find(|f| f.wording.contains(amount))
            .unwrap_or_else(|| panic!("no finding for {amount} in {text}"));
        (f.figure.clone(), f.verdict)
    }

    #[test]
    fn a_share_printed_of_another_whole_names_the_wrong_base() {
        // 87% is printed of online-solicitation arrests (trends2009); the
        // data's counts give 3,100 / 3,715 = 83.4%, so only the printed
        // share tells the wrong base.
        let c = Catalogue::embedded().unwrap();
        let finding = |share: &str| {
            let text = format!(
                "In 2006, arrests of offenders who solicited undercover investigators made up {share} of all arrests."
            );
            let scan = scan_with(&c, &text, &[]);
            scan.findings
                .into_iter()
                .find(|f| f.wording.contains(share))
                .unwrap()
        };
        let f = finding("87 per cent");
        assert_eq!(f.verdict, Verdict::Inconsistent);
        assert!(
            matches!(&f.pattern, Some(ErrorPattern::WrongBase { computed, base, .. })
                if *computed == 87.0 && base.contains("as printed by trends2009")),
            "{:?}",
            f.pattern
        );
        // (Another number names nothing.)
        let f = finding("88 per cent");
        assert_eq!(f.verdict, Verdict::Inconsistent);
        assert!(f.pattern.is_none(), "{:?}", f.pattern);
    }

    #[test]
    fn an_alias_s_words_of_order_are_not_nouns_the_data_count() {
        // An alias once added as `young person first contacted online` made
        // `first` a noun of the data, and `the 129 first-wave online-meeting
        // cases` a count of first-wave arrests.
        let csv = "figure,reads,base,phrase,generic,note\n\
                   online_meeting,level,,young person first contacted online,no,test\n\
                   cp_found_molesters,share,,turned up an offender,no,test\n";
        let table = crate::claims::AliasTable::from_csv(csv, "aliases.csv").unwrap();
        let mut words = std::collections::HashSet::new();
        alias_words(&table, &mut words);
        let mut got: Vec<&str> = words.iter().map(String::as_str).collect();
        got.sort_unstable();
        assert_eq!(got, ["contacted", "offender", "online", "person", "young"]);
    }

    #[test]
    fn a_question_s_vague_word_claims_nothing() {
        let asks = scan_with(
            &Catalogue::embedded().unwrap(),
            "Q4. Are most arrests of people who met a child online?",
            &[],
        );
        assert!(asks.findings.is_empty(), "{:?}", asks.findings);
    }

    #[test]
    fn a_one_digit_number_equal_to_the_sentence_before_s_figure_is_not_that_figure() {
        // In a clause that counts something else, a 5% equal to the
        // sentence before's figure (violence) is not that figure.
        let chance = "Only 5% of cases involved violence. Deception is rare: 5% of offenders concealed the fact they were adults from their victims.";
        let c = Catalogue::embedded().unwrap();
        let verdicts: Vec<Verdict> = scan_with(&c, chance, &[])
            .findings
            .iter()
            .filter(|f| f.wording == "5%")
            .map(|f| f.verdict)
            .collect();
        assert_eq!(verdicts, [Verdict::Reproduced, Verdict::Unverifiable]);
    }

    #[test]
    fn a_count_of_what_the_study_counts_gives_a_finding() {
        // The same count of countries gives none (tests/data/scan/counts.toml).
        // 196 agencies equals none of the study's agency counts (2,574
        // sampled, 2,270 responding, 383 with an arrest); today it is left
        // unmatched with those three as candidates, where a careful reader
        // of 'Agencies responded' would hold it against the 2,270, so only
        // the finding itself is asserted.
        let c = Catalogue::embedded().unwrap();
        let scan = scan_with(&c, "Agencies responded: 196 agencies in 2000.", &[]);
        assert!(scan.findings.iter().any(|f| f.wording.contains("196")));
    }

    #[test]
    fn a_heading_line_and_a_reference_marker_end_sentences() {
        // The heading's years are not the next sentence's (its 935 is the
        // 2000 figure: tests/data/scan/layouts.toml).
        let wiki = "=== Later waves (2006, 2009) ===\nBy 2006, arrests from undercover operations had doubled, from 826 to 3,137.[7] Child-pornography-only arrests rose from 935 to 2,417.[8]";
        assert_eq!(split_sentences(wiki).len(), 3);
    }

    #[test]
    fn where_the_reader_falls_short_it_raises_no_false_alarm() {
        // The line before is about interviews: a round number of this
        // line's arrests is not an interview count it happens to equal.
        // Today it is left unmatched between the total and the arrests
        // reported, though identified victims in 2000 were 508 + 490 = 998,
        // roughly 1,000.
        let other = "BY THE NUMBERS\n630 \u{2014} case interviews completed\nRoughly 1,000 \u{2014} arrests with identified victims in 2000";
        assert_ne!(
            judged(other, "1,000").0.as_deref(),
            Some("w2009.interviews")
        );
    }

    fn sentences(text: &str) -> Vec<&str> {
        split_sentences(text)
            .into_iter()
            .map(|[a, b]| text[a..b].trim())
            .collect()
    }

    #[test]
    fn splits_list_items() {
        let text = "Slide 3\n- 2000: 2,577\n- 2006: 7,010\n";
        let parts: Vec<&str> = split_sentences(text)
            .iter()
            .map(|&[a, b]| text[a..b].trim())
            .collect();
        assert_eq!(parts, ["Slide 3", "- 2000: 2,577", "- 2006: 7,010"]);
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
