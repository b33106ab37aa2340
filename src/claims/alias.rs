//! The alias table: the phrases by which documents name a dataset's figures,
//! so that a scanned sentence's amount can be matched to the figure it is
//! about. Versioned data, one table per dataset version.
//!
//! # The table (`data/<dataset>/<version>/aliases.csv`)
//!
//! | column | meaning |
//! |---|---|
//! | `figure` | the id of a figure, a derived quantity or a measure of the dataset (`arrests.undercover_solicitation`; a measure such as `online_meeting` names its figure of every wave, and the statement's years pick one) |
//! | `reads` | what amount the phrase names: `level` (a count of the figure: "644 arrests came from undercover operations"), `share` (the figure as a share of `base`: "a quarter of the arrests came from undercover operations") or `period` (the figure is the reference period of what the phrase names: "arrests from July 1, 2000, through ...") |
//! | `base` | for `share`: the id of the whole; empty for the figure's own base |
//! | `phrase` | the words, lower case; hyphens and spaces are the same; numbers are matched as printed ("ages of 6 and 12"), and a small whole number also as its word ("under 3" matches "under three"); an age range also matches its other spellings ("aged 6 to 12" matches "aged 6-12", "6- to 12-year-olds", "between the ages of 6 and 12"), and an age bound its other spellings ("older than 25" matches "over the age of 25", "were over 25"); `*` stands for up to four words of the text ("met * online" matches "met an actual young person online") |
//! | `generic` | `yes` for a bare noun that names the figure only when nothing more specific does ("arrests" names the total, but "644 arrests came from undercover operations" names the undercover count); `no` otherwise |
//! | `note` | where the phrase comes from, or why it names the figure |
//!
//! A phrase is matched in the sentence of an amount: first in the words that
//! follow the amount (up to the next amount, and past no comma once a phrase
//! has been found), then in the words of its clause before it. A specific
//! phrase wins over a generic one; among equals, the nearest. One phrase may
//! name several figures (`undercover` names two definitions): the stated
//! amount then decides, or the statement stays unmatched. What no phrase
//! matches is reported unmatched: the scanner never guesses.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::claims::token::{Token, lex};
use crate::data::{Columns, Row, read_rows};
use crate::error::{Error, Location, Result};

/// What amounts an alias phrase names.
///
/// ```
/// use njov::claims::AliasReads;
/// assert_eq!("share".parse::<AliasReads>().unwrap(), AliasReads::Share);
/// assert!("ratio".parse::<AliasReads>().is_err());
/// assert_eq!(serde_json::to_string(&AliasReads::Level).unwrap(), "\"level\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AliasReads {
    /// A count or level of the figure.
    Level,
    /// The figure as a share of its base.
    Share,
    /// The figure is the reference period.
    Period,
}

impl std::fmt::Display for AliasReads {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            AliasReads::Level => "level",
            AliasReads::Share => "share",
            AliasReads::Period => "period",
        })
    }
}

impl std::str::FromStr for AliasReads {
    type Err = Error;
    /// Reads the name used in the `reads` column.
    fn from_str(name: &str) -> Result<AliasReads> {
        match name {
            "level" => Ok(AliasReads::Level),
            "share" => Ok(AliasReads::Share),
            "period" => Ok(AliasReads::Period),
            _ => Err(Error::parse(name, name, "expected level, share or period")),
        }
    }
}

/// One row of the alias table.
///
/// ```
/// let ds = njov::Dataset::latest().unwrap();
/// let t = njov::claims::AliasTable::from_dataset(&ds).unwrap();
/// let a = t.aliases().iter().find(|a| a.phrase == "undercover operations").unwrap();
/// assert_eq!(a.figure, "arrests.undercover_solicitation");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alias {
    /// The figure or derived quantity named.
    pub figure: String,
    /// What amounts the phrase names.
    pub reads: AliasReads,
    /// The whole of a share, when not the figure's own base.
    pub base: Option<String>,
    /// The words.
    pub phrase: String,
    /// Whether it is a bare noun that yields to a specific phrase.
    pub generic: bool,
    /// Where it comes from.
    pub note: String,
    /// The phrase's tokens.
    #[serde(skip)]
    pub(crate) tokens: Vec<Token>,
    /// The line of the table it was read from.
    #[serde(skip)]
    pub(crate) line: u64,
}

/// The alias table of a dataset version.
///
/// ```
/// let csv = "figure,reads,base,phrase,generic,note\n\
///            arrests.total,level,,arrests,yes,the bare noun\n";
/// let t = njov::claims::AliasTable::from_csv(csv, "aliases.csv").unwrap();
/// assert_eq!(t.aliases().len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct AliasTable {
    aliases: Vec<Alias>,
    /// Aliases by the key of their first token.
    index: BTreeMap<String, Vec<usize>>,
}

/// The name of the alias table in a dataset's manifest.
pub const ALIAS_TABLE: &str = "aliases";

const COLUMNS: Columns<'static> = Columns {
    required: &["figure", "reads", "base", "phrase", "generic", "note"],
    optional: &[],
};

/// A row of the table as read, every cell text until checked.
#[derive(Debug, serde::Deserialize)]
struct RawAlias {
    figure: String,
    reads: String,
    base: String,
    phrase: String,
    generic: String,
    note: String,
}

fn key(token: &Token) -> String {
    crate::claims::quantifier::first_key(&singular(token))
        + match token {
            Token::Number(_, raw) => raw.as_str(),
            _ => "",
        }
}

/// A word without a plural `s` (`officers` and `officer` are one word to a
/// phrase); any other token as it is.
fn singular(token: &Token) -> Token {
    match token {
        Token::Word(w) if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") => {
            Token::Word(w[..w.len() - 1].to_string())
        }
        other => other.clone(),
    }
}

/// Whether a phrase's token and a text's token are the same word (a plural
/// `s` aside) or the same token.
fn same(want: &Token, got: &Token) -> bool {
    // A small whole number is the same written in digits or as a word
    // (`children under three` for `children under 3`).
    let as_number = |t: &Token| match t {
        Token::Number(p, _) if p.decimals() == 0 => Some(p.value()),
        Token::Word(w) => crate::claims::token::number_word(w).filter(|v| *v < 100.0),
        _ => None,
    };
    want == got
        || (matches!(want, Token::Word(_)) && singular(want) == singular(got))
        || as_number(want).is_some_and(|v| as_number(got) == Some(v))
}

/// The token after the phrase `want` matched in `tokens` from `i`, if it
/// matches: word for word, or with one extra word of the text between two
/// of its words (`online child predators` for `online predators`, `met
/// their victims online` for `met victims online`).
fn match_phrase(
    want: &[Token],
    tokens: &[crate::claims::token::Spanned],
    i: usize,
) -> Option<usize> {
    let mut k = i;
    let mut gap_used = false;
    for (n, w) in want.iter().enumerate() {
        // `met * online`: up to four words of the text (`met an actual
        // young person online`), or an age range (`teenagers 12 to 17
        // used the internet`, `teens aged 12-17`), with a word after it
        // (`young people aged 12 to 17 who used the internet`).
        if matches!(w, Token::Punct('*')) {
            let skippable = |t: &crate::claims::token::Spanned| match &t.token {
                Token::Word(_) | Token::Punct('-') => true,
                Token::Number(p, _) => p.decimals() == 0 && p.value() < 100.0,
                _ => false,
            };
            let age_range = |from: usize| {
                (from..from + 5).any(|j| {
                    tokens
                        .get(j)
                        .is_some_and(|t| matches!(t.token, Token::Number(..)))
                })
            };
            let most = if age_range(k) { 5 } else { 4 };
            for skip in 0..=most {
                if skip > 0 && !tokens.get(k + skip - 1).is_some_and(skippable) {
                    return None;
                }
                if let Some(end) = match_phrase(&want[n + 1..], tokens, k + skip) {
                    return Some(end);
                }
            }
            return None;
        }
        let t = tokens.get(k)?;
        if same(w, &t.token) {
            k += 1;
            continue;
        }
        // One extra word, once, between two words of the phrase; not one
        // that narrows the phrase to the Internet (`all arrests for
        // internet sex crimes` is not `all arrests for sex crimes`).
        let next = tokens.get(k + 1)?;
        let narrows = t
            .word()
            .is_some_and(|x| matches!(x, "internet" | "technology-facilitated"));
        if n > 0
            && !gap_used
            && !narrows
            && matches!(t.token, Token::Word(_))
            && matches!(w, Token::Word(_))
            && same(w, &next.token)
        {
            gap_used = true;
            k += 2;
            continue;
        }
        return None;
    }
    Some(k)
}

/// An age range as a phrase writes it (`aged 6 to 12`, `ages of 6 and
/// 12`, `aged 13-15`): the byte range of those words and the two ages.
fn age_range(phrase: &str) -> Option<(usize, usize, u32, u32)> {
    const OPENERS: [&str; 5] = ["between the ages of ", "ages of ", "aged ", "ages ", "age "];
    for opener in OPENERS {
        let Some(start) = phrase.find(opener) else {
            continue;
        };
        let rest = &phrase[start + opener.len()..];
        let first: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let after = &rest[first.len()..];
        let joiner = [" to ", " and ", "-", " - ", "–"]
            .into_iter()
            .find(|j| after.starts_with(j))?;
        let tail = &after[joiner.len()..];
        let second: String = tail.chars().take_while(char::is_ascii_digit).collect();
        let (Ok(a), Ok(b)) = (first.parse::<u32>(), second.parse::<u32>()) else {
            continue;
        };
        if a < b && b < 100 {
            let end = start + opener.len() + first.len() + joiner.len() + second.len();
            return Some((start, end, a, b));
        }
    }
    None
}

/// The same age range written the other ways people write it: a phrase
/// of the table that names an age range (`images of children aged 6 to
/// 12`) also matches `aged 6-12`, `6- to 12-year-olds`, `6 to 12 years
/// old` and the like, so that the table need not list every spelling. Each
/// variant names what its table row names; a variant that a row already
/// has is not added twice.
fn age_range_wordings(aliases: &mut Vec<Alias>) {
    other_spellings(aliases, "age range", |phrase| {
        let (start, end, a, b) = age_range(phrase)?;
        let forms = vec![
            format!("aged {a} to {b}"),
            format!("aged {a}-{b}"),
            format!("ages {a} to {b}"),
            format!("ages {a}-{b}"),
            format!("ages {a} and {b}"),
            format!("ages of {a} and {b}"),
            format!("between the ages of {a} and {b}"),
            format!("{a}- to {b}-year-olds"),
            format!("{a}- to {b}-year-old"),
            format!("{a} to {b}-year-olds"),
            format!("{a}-{b}-year-olds"),
            format!("{a}-{b} year olds"),
            format!("{a} to {b} year olds"),
            format!("{a} to {b} years old"),
            format!("{a}-{b} years old"),
            format!("{a} and {b} years old"),
        ];
        Some((start, end, forms))
    });
}

/// The same lower age bound written the other ways people write it: a
/// phrase of the table that reads `older than 25` also matches `over the
/// age of 25`, `aged over 25`, `were over 25` and the like. The bare `over
/// 25` is not one of them: it begins `over 25 per cent`, an amount.
fn age_bound_wordings(aliases: &mut Vec<Alias>) {
    other_spellings(aliases, "age bound", |phrase| {
        let start = phrase.find("older than ")?;
        let rest = &phrase[start + "older than ".len()..];
        let age: String = rest.chars().take_while(char::is_ascii_digit).collect();
        if age.is_empty() || !(rest.len() == age.len() || rest[age.len()..].starts_with(' ')) {
            return None;
        }
        let end = start + "older than ".len() + age.len();
        let forms = vec![
            format!("over the age of {age}"),
            format!("aged over {age}"),
            format!("aged more than {age}"),
            format!("were over {age}"),
            format!("was over {age}"),
            format!("over {age} years old"),
            format!("over {age} years of age"),
            format!("older than {age} years"),
        ];
        Some((start, end, forms))
    });
}

/// Adds, for every alias whose phrase `spell` finds words in (their byte
/// range and the other ways to write them), the alias with those words
/// written each other way; a variant that a row already has is not added
/// twice. `what` names the words in the new aliases' notes.
fn other_spellings(
    aliases: &mut Vec<Alias>,
    what: &str,
    spell: impl Fn(&str) -> Option<(usize, usize, Vec<String>)>,
) {
    let mut added: Vec<Alias> = Vec::new();
    for alias in aliases.iter() {
        let Some((start, end, forms)) = spell(&alias.phrase) else {
            continue;
        };
        let (before, after) = (&alias.phrase[..start], &alias.phrase[end..]);
        for form in forms {
            let phrase = format!("{before}{form}{after}").trim().to_string();
            let tokens: Vec<Token> = lex(&phrase, false).into_iter().map(|s| s.token).collect();
            let known = |x: &Alias| {
                x.tokens == tokens && x.reads == alias.reads && x.figure == alias.figure
            };
            if aliases.iter().any(known) || added.iter().any(known) {
                continue;
            }
            added.push(Alias {
                phrase,
                note: format!("the {what} of line {} written another way", alias.line),
                tokens,
                ..alias.clone()
            });
        }
    }
    aliases.extend(added);
}

impl AliasTable {
    /// Reads and checks a table in the schema of the module docs.
    ///
    /// # Errors
    /// `ErrorKind::Data` naming `file`, the 1-based line and the column when
    /// the header is not `figure, reads, base, phrase, generic, note`; a
    /// figure or phrase is empty; `reads` is not level, share or period;
    /// `generic` is not yes or no; a base is given for a non-share; a
    /// phrase repeats with the same `reads`.
    ///
    /// ```
    /// use njov::{ErrorKind, claims::AliasTable};
    /// let bad = "figure,reads,base,phrase,generic,note\nx,ratio,,words,no,n\n";
    /// match AliasTable::from_csv(bad, "a.csv").unwrap_err().kind() {
    ///     ErrorKind::Data { location, .. } => {
    ///         assert_eq!((location.line, location.column.as_deref()), (Some(2), Some("reads")));
    ///     }
    ///     other => panic!("{other:?}"),
    /// }
    /// ```
    pub fn from_csv(text: &str, file: &str) -> Result<AliasTable> {
        let at = |line: Option<u64>, column: Option<&str>| Location {
            file: file.to_string(),
            line,
            column: column.map(str::to_string),
        };
        let mut aliases: Vec<Alias> = Vec::new();
        for Row {
            line: line_number,
            record,
        } in read_rows::<RawAlias>(text.as_bytes(), file, &COLUMNS)?
        {
            let line = Some(line_number);
            let cell = |i: usize| {
                match i {
                    0 => &record.figure,
                    1 => &record.reads,
                    2 => &record.base,
                    3 => &record.phrase,
                    4 => &record.generic,
                    _ => &record.note,
                }
                .trim()
            };
            let fail = |column: &str, message: String| Error::data(at(line, Some(column)), message);
            let figure = cell(0).to_string();
            if figure.is_empty() {
                return Err(fail("figure", "empty figure id".into()));
            }
            let reads: AliasReads = cell(1).parse().map_err(|_| {
                fail(
                    "reads",
                    format!("'{}' is not level, share or period", cell(1)),
                )
            })?;
            let base = Some(cell(2).to_string()).filter(|b| !b.is_empty());
            if base.is_some() && reads != AliasReads::Share {
                return Err(fail("base", "only a share has a base".into()));
            }
            let phrase = cell(3).to_lowercase();
            let tokens: Vec<Token> = lex(&phrase, false).into_iter().map(|s| s.token).collect();
            if tokens.is_empty() {
                return Err(fail("phrase", "empty phrase".into()));
            }
            if tokens.iter().any(|t| matches!(t, Token::BadNumber(..))) {
                return Err(fail(
                    "phrase",
                    format!("'{phrase}': a number is misprinted"),
                ));
            }
            let generic = match cell(4) {
                "yes" => true,
                "no" => false,
                other => return Err(fail("generic", format!("'{other}' is not yes or no"))),
            };
            // One phrase may name several figures (an ambiguous phrase: the
            // scanner lets the stated amount decide, or stays silent), but
            // not the same figure twice.
            if aliases
                .iter()
                .any(|a| a.tokens == tokens && a.reads == reads && a.figure == figure)
            {
                return Err(fail(
                    "phrase",
                    format!("'{phrase}' ({}) already names '{figure}'", cell(1)),
                ));
            }
            aliases.push(Alias {
                figure,
                reads,
                base,
                phrase,
                generic,
                note: cell(5).to_string(),
                tokens,
                line: line_number,
            });
        }
        age_range_wordings(&mut aliases);
        age_bound_wordings(&mut aliases);
        let mut index: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, a) in aliases.iter().enumerate() {
            index.entry(key(&a.tokens[0])).or_default().push(i);
        }
        Ok(AliasTable { aliases, index })
    }

    /// The alias table of a dataset (its table [`ALIAS_TABLE`]), with every
    /// figure and base checked against the dataset.
    ///
    /// # Errors
    /// `ErrorKind::UnknownTable` when the dataset has no alias table; the
    /// errors of [`AliasTable::from_csv`]; `ErrorKind::Data` naming the line
    /// and column of a figure or base the dataset does not have.
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// assert!(njov::claims::AliasTable::from_dataset(&ds).unwrap().aliases().len() > 10);
    /// let old = njov::Dataset::load("njov1", Some("1.0.0")).unwrap();
    /// assert!(njov::claims::AliasTable::from_dataset(&old).is_err());
    /// ```
    pub fn from_dataset(ds: &crate::data::Dataset) -> Result<AliasTable> {
        let text = ds.text(ALIAS_TABLE)?;
        let p = ds.provenance();
        let file = format!("{}/{}/{ALIAS_TABLE}.csv", p.id, p.version);
        let table = AliasTable::from_csv(text, &file)?;
        let known = |id: &str| {
            ds.figure(id).is_some()
                || ds.derived().iter().any(|d| d.id == id)
                || ds.measure(id).is_some()
        };
        for a in &table.aliases {
            let line = Some(a.line);
            for (column, id) in [("figure", Some(&a.figure)), ("base", a.base.as_ref())] {
                if let Some(id) = id
                    && !known(id)
                {
                    return Err(Error::data(
                        Location {
                            file: file.clone(),
                            line,
                            column: Some(column.into()),
                        },
                        format!(
                            "'{id}' is no figure, derived quantity or measure of {}",
                            p.id
                        ),
                    ));
                }
            }
        }
        Ok(table)
    }

    /// The rows, in table order.
    ///
    /// ```
    /// let ds = njov::Dataset::latest().unwrap();
    /// let t = njov::claims::AliasTable::from_dataset(&ds).unwrap();
    /// assert!(t.aliases().iter().any(|a| a.generic));
    /// ```
    pub fn aliases(&self) -> &[Alias] {
        &self.aliases
    }

    /// The aliases whose phrase starts at token `i` of `tokens`: (alias
    /// index, token index after the phrase).
    pub(crate) fn matches_at(
        &self,
        tokens: &[crate::claims::token::Spanned],
        i: usize,
    ) -> Vec<(usize, usize)> {
        let Some(candidates) = self.index.get(&key(&tokens[i].token)) else {
            return Vec::new();
        };
        candidates
            .iter()
            .filter_map(|&a| match_phrase(&self.aliases[a].tokens, tokens, i).map(|end| (a, end)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    const HEAD: &str = "figure,reads,base,phrase,generic,note\n";

    fn where_(text: &str) -> (Option<u64>, Option<String>) {
        match AliasTable::from_csv(&format!("{HEAD}{text}"), "a.csv")
            .unwrap_err()
            .into_kind()
        {
            ErrorKind::Data { location, .. } => {
                assert_eq!(location.file, "a.csv");
                (location.line, location.column)
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_age_range_matches_its_other_spellings() {
        let csv = format!("{HEAD}x,share,,girls aged 13 to 15,no,n\ny,share,,images,no,n\n");
        let table = AliasTable::from_csv(&csv, "a.csv").unwrap();
        for text in [
            "girls aged 13-15",
            "girls 13- to 15-year-olds",
            "girls between the ages of 13 and 15",
            "girls 13 to 15 years old",
        ] {
            let tokens = lex(text, false);
            let hits = table.matches_at(&tokens, 0);
            assert!(
                hits.iter()
                    .any(|&(a, end)| table.aliases()[a].figure == "x" && end == tokens.len()),
                "{text}"
            );
        }
        // `*` stands for up to four words.
        let csv = format!("{HEAD}m,level,,met * online,no,n\n");
        let wild = AliasTable::from_csv(&csv, "a.csv").unwrap();
        for (text, hit) in [
            ("met an actual young person online", true),
            ("met online", true),
            ("met with one of the five agencies online", false),
        ] {
            assert_eq!(matches_whole(&wild, text), hit, "{text}");
        }
        // A small number in words is the number.
        let tokens = lex("girls aged thirteen to fifteen", false);
        assert!(!table.matches_at(&tokens, 0).is_empty());
        // Not another range, and the written row keeps its line.
        let tokens = lex("girls aged 12-15", false);
        assert!(table.matches_at(&tokens, 0).is_empty());
        assert_eq!(table.aliases()[0].phrase, "girls aged 13 to 15");
        assert!(age_range("aged 15 to 13").is_none());
    }

    #[test]
    fn one_extra_word_but_not_one_that_narrows_to_the_internet() {
        let csv = format!(
            "{HEAD}c,share,,all arrests for sex crimes against minors,no,n\np,level,,posing as minors,no,n\n"
        );
        let table = AliasTable::from_csv(&csv, "a.csv").unwrap();
        for (text, hit) in [
            ("all arrests for sex crimes against minors", true),
            ("all arrests for reported sex crimes against minors", true),
            ("all arrests for internet sex crimes against minors", false),
            (
                "all arrests for technology-facilitated sex crimes against minors",
                false,
            ),
            ("posing online as minors", true),
        ] {
            assert_eq!(matches_whole(&table, text), hit, "{text}");
        }
    }

    /// Whether a phrase of `table` matches the whole of `text`.
    fn matches_whole(table: &AliasTable, text: &str) -> bool {
        let tokens = lex(text, false);
        table
            .matches_at(&tokens, 0)
            .iter()
            .any(|&(_, end)| end == tokens.len())
    }

    #[test]
    fn rejects_bad_rows_naming_line_and_column() {
        for (row, column) in [
            (",level,,arrests,yes,n\n", "figure"),
            ("x,count,,arrests,yes,n\n", "reads"),
            ("x,level,y,arrests,yes,n\n", "base"),
            ("x,level,,,yes,n\n", "phrase"),
            ("x,level,,\"2,50 cases\",yes,n\n", "phrase"),
            ("x,level,,arrests,maybe,n\n", "generic"),
        ] {
            let (line, col) = where_(row);
            assert_eq!((line, col.as_deref()), (Some(2), Some(column)), "{row}");
        }
        // A repeat of phrase and figure on its own line; the same phrase may
        // name a level and a period, or two figures (an ambiguous phrase).
        assert_eq!(
            where_("x,level,,arrests,yes,n\nx,level,,Arrests,no,n\n"),
            (Some(3), Some("phrase".into()))
        );
        assert_eq!(
            AliasTable::from_csv(
                &format!("{HEAD}x,level,,undercover,no,n\ny,level,,undercover,no,n\n"),
                "a.csv"
            )
            .unwrap()
            .aliases()
            .len(),
            2
        );
        assert!(
            AliasTable::from_csv(
                &format!("{HEAD}x,level,,arrests,yes,n\ny,period,,arrests,yes,n\n"),
                "a.csv"
            )
            .is_ok()
        );
        assert!(AliasTable::from_csv("figure,phrase\nx,y\n", "a.csv").is_err());
    }

    #[test]
    fn figures_are_checked_against_the_dataset() {
        let ds = crate::data::Dataset::latest().unwrap();
        let t = AliasTable::from_dataset(&ds).unwrap();
        for a in t.aliases() {
            assert!(
                ds.figure(&a.figure).is_some() || ds.derived().iter().any(|d| d.id == a.figure),
                "{}",
                a.figure
            );
            assert!(!a.note.is_empty(), "{}", a.phrase);
        }
        // The released 1.0.0 has no alias table.
        let old = crate::data::Dataset::load("njov1", Some("1.0.0")).unwrap();
        assert!(matches!(
            AliasTable::from_dataset(&old).unwrap_err().kind(),
            ErrorKind::UnknownTable { .. }
        ));
    }
}
