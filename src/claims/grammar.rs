//! The grammar of claim sentences.
//!
//! A sentence is read in stages, each a function of its own, linear in the
//! sentence's length and tested alone (the tests of this module):
//!
//! 1. **Tokens** ([`Sentence::lex`]): the text lexed; dates and periods
//!    (`July 1, 2000, through June 30, 2001`, `calendar year 2000`, `fiscal
//!    year 2001`, `the twelve months ending June 30, 2001`) found and their
//!    tokens set aside, for their numbers are never amounts.
//! 2. **Phrases** ([`find_phrases`]) of the quantifier table, longest first
//!    where they start: a slot `N` matches a numeral in digits or words
//!    (`2,577`, `two thousand five hundred`, `2.5 million`), so `three in
//!    four` is one fraction, not the count three; a part of every whole
//!    admits its noun after its number (`one arrest in every four`).
//!    Modifiers (`nearly`), amounts (`N%`, `a quarter`, `N fifths`, `N in
//!    N`, `doubled`), direction words (`rose`, `fell`) and vague words
//!    (`many`) are told apart by the table's `kind`.
//! 3. **Qualifiers** ([`find_qualifiers`]): numbers that qualify the
//!    subject are set aside, never claimed: years (`in 2000`), ages
//!    (`children under 3`, `aged 6 to 12`, `between the ages of 6 and 12`,
//!    `older than 25`), durations (`in two years`, `12 months`), ranges
//!    (`12-17`), ordinals (`21st`), identifiers (`Table 2`, `wave 1`,
//!    `COVID-19`), rate bases (`per 100,000`) and the pronoun `one` (`one
//!    of the cases`).
//! 4. **Statements** ([`assign_roles`]): the modifiers just before an
//!    amount hedge it (the outermost that is not a bare `an estimated`); an
//!    amount after `from` is the start level of a change and one after `to`
//!    its end level (`fell from more than 45% of cases to about 30%`; `7,010,
//!    up from 2,577`); a count after `of the` following a share is the
//!    share's base (`a quarter of the 2,577 arrests`); a count of a larger
//!    count (`644 of the 2,577 arrests`) is a part of a whole, read as the
//!    share it states, with the larger count as its base; every other
//!    amount is a claim. A direction word makes the next claimed amount in
//!    its clause a change, with any words between (`grew a comparatively
//!    modest 21 percent`, `rose by a striking 159 percent`), or the amount
//!    just before it (`a 21 percent increase`). A comma, semicolon, colon or
//!    `but` / `while` / `whereas` / `although` ends its reach.
//! 5. **What is vague or unread** ([`vague_statements`], [`comparisons`],
//!    [`unused_modifiers`]): vague words (`many`, `a significant share`,
//!    `grew sharply`, `more successful than`) are vague statements; a
//!    modifier with nothing to hedge is a problem, as are a misplaced
//!    separator, a day that does not exist and `nearly most`.
//! 6. **Amounts** ([`build_amounts`]): each with the interval its words and
//!    hedge accept, on its scale. A fall stated as a multiple (`fell
//!    fivefold`) divides by it: the ratio to / from is its reciprocal.

use crate::claims::accepted::AcceptedInterval;
use crate::claims::amount::{Numeral, read_numeral};
use crate::claims::period::{FoundPeriod, PeriodScan, is_month_word, scan_periods};
use crate::claims::quantifier::{
    Quantifier, QuantifierKind, QuantifierTable, ValueRule, first_key,
};
use crate::claims::reading::{AmountRole, ReadProblem, StatedAmount, VagueStatement};
use crate::claims::scale::Scale;
use crate::claims::token::{Spanned, Token, lex};
use crate::data::ClaimKind;
use crate::data::PrintedNumber;

/// A sentence as read by the grammar.
#[derive(Debug, Clone)]
pub(crate) struct Reading {
    pub amounts: Vec<StatedAmount>,
    pub vague: Vec<VagueStatement>,
    pub qualifiers: Vec<String>,
    pub problems: Vec<ReadProblem>,
    /// The rank of each problem (lower is reported first).
    pub problem_ranks: Vec<u8>,
    pub period: Option<FoundPeriod>,
    /// The byte range of the period, if any.
    pub period_span: Option<[usize; 2]>,
    /// The first direction word of the sentence, if any.
    pub direction: Option<QuantifierKind>,
}

/// A matched table phrase: row, token range and the numerals in its slots.
#[derive(Debug, Clone)]
struct Hit {
    row: usize,
    start: usize,
    end: usize,
    slots: Vec<Numeral>,
}

const YEAR_CUES: [&str; 31] = [
    "in", "since", "during", "until", "till", "from", "to", "between", "by", "year", "years",
    "fiscal", "calendar", "before", "after", "and", "through", "thru", "of", "over", "than",
    "early", "late", "mid", "spring", "summer", "fall", "autumn", "winter", "the", "or",
];
const YEAR_FOLLOWERS: [&str; 22] = [
    "and",
    "or",
    "to",
    "through",
    "levels",
    "level",
    "figure",
    "figures",
    "estimate",
    "estimates",
    "wave",
    "data",
    "survey",
    "study",
    "report",
    "rate",
    "rates",
    "total",
    "totals",
    "numbers",
    "count",
    "counts",
];
const NOT_TO_LEVEL: [&str; 17] = [
    "amounts",
    "amounted",
    "amount",
    "amounting",
    "equal",
    "equals",
    "equivalent",
    "close",
    "came",
    "come",
    "comes",
    "according",
    "compared",
    "relative",
    "due",
    "similar",
    "adds",
];
const TIME_UNITS: [&str; 16] = [
    "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "hour",
    "hours", "minute", "minutes", "decade", "decades",
];
const PERSONS: [&str; 34] = [
    "children",
    "child",
    "kids",
    "victims",
    "victim",
    "minors",
    "minor",
    "youth",
    "youths",
    "juveniles",
    "girls",
    "boys",
    "teens",
    "teenagers",
    "adolescents",
    "offenders",
    "offender",
    "adults",
    "men",
    "women",
    "people",
    "persons",
    "individuals",
    "infants",
    "toddlers",
    "students",
    "those",
    "anyone",
    "suspects",
    "perpetrators",
    "possessors",
    "youngsters",
    "users",
    "respondents",
];
const AGE_MODIFIERS: [&str; 9] = [
    "under",
    "over",
    "below",
    "above",
    "less than",
    "more than",
    "at least",
    "under the age of",
    "over the age of",
];
const ID_CUES: [&str; 22] = [
    "table", "tables", "figure", "fig", "page", "pages", "pp", "p", "section", "wave", "waves",
    "chapter", "title", "appendix", "volume", "vol", "phase", "grade", "no", "item", "question",
    "exhibit",
];
const PHRASAL_UP: [&str; 40] = [
    "made", "make", "makes", "making", "took", "take", "takes", "taking", "set", "sets", "setting",
    "end", "ended", "ends", "picked", "pick", "signed", "sign", "follow", "followed", "show",
    "showed", "shows", "catch", "caught", "came", "come", "comes", "brought", "bring", "turned",
    "turn", "built", "build", "back", "backed", "open", "opened", "call", "called",
];
const COMPARATIVES: [&str; 12] = [
    "more", "less", "fewer", "higher", "lower", "greater", "better", "worse", "larger", "smaller",
    "likelier", "bigger",
];

fn is_breaker(tokens: &[Spanned], k: usize) -> bool {
    match &tokens[k].token {
        Token::Punct(',') => !tokens.get(k + 1).is_some_and(|t| t.is_word("or")),
        Token::Punct(';' | ':' | '.' | '!' | '?' | '(' | ')' | '\u{2014}') => true,
        // `--`, the typewriter's dash, and a spaced en dash set off a
        // clause as the em dash does (`rose from 1,713 to 3,672 -- more
        // than double -- and ...`); `2000-2006` and `2000\u{2013}2006` do not.
        // A hyphen with a space on each side is a dash too (`7,010 - an
        // increase of 172 per cent - and`), unless it joins two numbers (a
        // range: `12 - 17`, `July 2000 - 30 June 2001`).
        Token::Punct('-') => {
            let number =
                |t: Option<&Spanned>| t.is_some_and(|t| matches!(t.token, Token::Number(..)));
            let spaced = !tokens[k].joined && tokens.get(k + 1).is_some_and(|t| !t.joined);
            tokens
                .get(k + 1)
                .is_some_and(|t| t.is_punct('-') && t.joined)
                || (spaced
                    && !(number(k.checked_sub(1).and_then(|p| tokens.get(p)))
                        && number(tokens.get(k + 1))))
        }
        Token::Punct('\u{2013}') => {
            !tokens[k].joined && !tokens.get(k + 1).is_some_and(|t| t.joined)
        }
        Token::Word(w) => matches!(
            w.as_str(),
            "but" | "while" | "whereas" | "although" | "though"
        ),
        _ => false,
    }
}

fn is_sentence_end(tokens: &[Spanned], k: usize) -> bool {
    matches!(&tokens[k].token, Token::Punct(';' | '!' | '?'))
        || (tokens[k].is_punct('.')
            && tokens
                .get(k + 1)
                .is_none_or(|t| !t.joined || !matches!(t.token, Token::Word(_))))
}

/// Whether `up` at `i` is the particle of a phrasal verb (`made up`), not
/// a change; `add up to` states a total, not the bound `up to`.
fn is_phrasal_up(tokens: &[Spanned], i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|p| tokens[p].word());
    // `write-up`, `follow-up`, `round-up`: the last part of a compound
    // noun, joined by a hyphen (which the lexer drops) to the word before.
    let compound = tokens[i].joined && before.is_some();
    tokens[i].is_word("up")
        && (compound
            || if tokens.get(i + 1).is_some_and(|t| t.is_word("to")) {
                before.is_some_and(|w| matches!(w, "add" | "adds" | "added" | "adding"))
            } else {
                before.is_some_and(|w| PHRASAL_UP.contains(&w))
            })
}

/// Whether the word at `i` is the first word of a place's name (`the final
/// against Lower Hatherley`, `Upper Norwood`, `Greater Manchester`): a
/// comparative written with a capital inside a sentence, before another
/// capitalised word, names a place and states no change.
fn is_place_name(text: &str, tokens: &[Spanned], i: usize) -> bool {
    let capital = |t: &Spanned| {
        text.get(t.start..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase)
    };
    // (Inside running text, after a word in lower case: not a headline in
    // title case, `Arrests Were Higher In 2006`.)
    let inside = i
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|t| (t.word().is_some() && !capital(t)) || t.is_punct(','));
    tokens[i].word().is_some_and(|w| {
        matches!(
            w,
            "lower" | "upper" | "greater" | "higher" | "nether" | "little" | "great"
        )
    }) && capital(&tokens[i])
        && inside
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.word().is_some() && capital(t))
}

/// Whether a verb of change at `i` is the first part of a compound noun
/// ending in `-in` (`drop-in sessions`, joined by a hyphen the lexer
/// drops): a place or a service, not a fall.
fn is_compound_in(tokens: &[Spanned], i: usize) -> bool {
    tokens[i]
        .word()
        .is_some_and(|w| matches!(w, "drop" | "fall" | "rise" | "jump" | "dip"))
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.joined && t.is_word("in"))
        && tokens.get(i + 2).is_none_or(|t| !t.joined)
}

/// Whether a bare `double`, `triple` or `quadruple` at `i` describes a
/// thing (`double counting`, `a triple check`) rather than stating a
/// multiple: it states one only after a hedge or a verb of being (`more
/// than double`, `roughly triple`, `was double`); `double the` is a phrase
/// of its own.
fn is_adjective_multiple(tokens: &[Spanned], i: usize) -> bool {
    let bare = tokens[i]
        .word()
        .is_some_and(|w| matches!(w, "double" | "triple" | "quadruple"))
        && !tokens.get(i + 1).is_some_and(|t| t.is_word("the"));
    if !bare {
        return false;
    }
    let stated = i
        .checked_sub(1)
        .and_then(|p| tokens[p].word())
        .is_some_and(|w| {
            matches!(
                w,
                "than"
                    | "nearly"
                    | "almost"
                    | "roughly"
                    | "about"
                    | "around"
                    | "approximately"
                    | "some"
                    | "over"
                    | "just"
                    | "well"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "been"
                    | "became"
            )
        })
        // `close to quadruple`.
        || (i >= 2 && tokens[i - 1].is_word("to") && tokens[i - 2].is_word("close"));
    !stated
}

/// Reads the numeral at `j` once.
fn numeral_at(
    tokens: &[Spanned],
    consumed: &[bool],
    memo: &mut [Option<Option<Numeral>>],
    j: usize,
) -> Option<Numeral> {
    if j >= tokens.len() || consumed[j] {
        return None;
    }
    if memo[j].is_none() {
        let n = read_numeral(tokens, j).filter(|n| !consumed[j..n.end].iter().any(|c| *c));
        memo[j] = Some(n);
    }
    memo[j].clone().flatten()
}

/// The most words a part's noun may have (`one arrest in every four`).
const MAX_GAP: usize = 3;

/// Where `row` matches at token `i`: the end and the numerals in its slots.
/// A row of a part of every whole (`gapped`) admits the part's noun after
/// its first number.
fn match_row(
    row: &Quantifier,
    gapped: bool,
    tokens: &[Spanned],
    consumed: &[bool],
    memo: &mut [Option<Option<Numeral>>],
    i: usize,
) -> Option<(usize, Vec<Numeral>)> {
    let mut j = i;
    let mut slots = Vec::new();
    for (w, want) in row.tokens.iter().enumerate() {
        if j >= tokens.len() || consumed[j] {
            return None;
        }
        match want {
            Token::Slot => {
                let n = numeral_at(tokens, consumed, memo, j)?;
                j = n.end;
                slots.push(n);
            }
            other => {
                // `one arrest in every four`: up to three words, the noun of
                // the part, between its number and the rest of the phrase.
                if gapped && w == 1 && *other != tokens[j].token {
                    j = (j..(j + MAX_GAP).min(tokens.len()))
                        .take_while(|&k| {
                            !consumed[k]
                                && tokens[k].word().is_some_and(|x| {
                                    !matches!(x, "in" | "out" | "of" | "every" | "and" | "or")
                                        // (Nor a number of its own: `L4 One
                                        // in four arrests`, a line's number
                                        // before the fraction.)
                                        && crate::claims::number_word(x).is_none()
                                        // (A noun, not a clause's verb:
                                        // `Years 1 to 6 will take part in
                                        // 8 events`.)
                                        && !matches!(
                                            x,
                                            "will"
                                                | "would"
                                                | "can"
                                                | "could"
                                                | "may"
                                                | "might"
                                                | "must"
                                                | "shall"
                                                | "should"
                                                | "is"
                                                | "are"
                                                | "was"
                                                | "were"
                                                | "be"
                                                | "been"
                                                | "has"
                                                | "have"
                                                | "had"
                                                | "take"
                                                | "took"
                                                | "takes"
                                        )
                                })
                        })
                        .last()
                        .map(|k| k + 1)
                        .filter(|&k| tokens.get(k).is_some_and(|t| t.token == *other))?;
                }
                if *other != tokens[j].token {
                    return None;
                }
                j += 1;
            }
        }
    }
    // Fractions read from numerals: whole numbers, a part no larger than
    // its whole, and no year as the whole (`508 in 2000` is no fraction).
    match row.value {
        ValueRule::SlotRatio => {
            let (a, b) = (&slots[0], &slots[1]);
            // `older than 25 in 76% of cases`: a percentage is no whole.
            let percent_after = tokens.get(j).is_some_and(|t| {
                t.token == Token::Percent || t.is_word("percent") || t.is_word("per")
            });
            // `two arrests in four years`: a count over a duration, no share.
            let duration_after = tokens.get(j).and_then(Spanned::word).is_some_and(|w| {
                matches!(
                    w,
                    "years"
                        | "year"
                        | "months"
                        | "month"
                        | "weeks"
                        | "week"
                        | "days"
                        | "day"
                        | "decades"
                )
            });
            if !(a.is_whole()
                && b.is_whole()
                && !b.year_like
                && b.value > 0.0
                && a.value <= b.value
                && !percent_after
                && !duration_after)
            {
                return None;
            }
        }
        ValueRule::SlotOver(d) => {
            let k = &slots[0];
            if !(k.is_whole() && k.value >= 1.0 && k.value <= d) {
                return None;
            }
        }
        _ => {}
    }
    Some((j, slots))
}

/// A problem found while reading: its rank (lower is reported first), the
/// token where it starts, and the problem.
type Problem = (u8, usize, ReadProblem);

/// A sentence's tokens and what every stage reads of them (stage 1).
struct Sentence<'a> {
    text: &'a str,
    tokens: Vec<Spanned>,
    rows: &'a [Quantifier],
    /// The tokens of a date or period: never an amount.
    consumed: Vec<bool>,
    /// Clause breakers before each token, counted (`broken`).
    breaks: Vec<usize>,
    /// Sentence ends before each token, counted (`same_sentence`).
    sentence_ends: Vec<usize>,
}

impl<'a> Sentence<'a> {
    /// Stage 1, tokens: the text lexed, its dates and periods found and
    /// their tokens set aside, its clause and sentence ends counted.
    fn lex(text: &'a str, table: &'a QuantifierTable) -> (Sentence<'a>, PeriodScan) {
        let tokens = lex(text, false);
        let n = tokens.len();
        let periods = scan_periods(text, &tokens);
        let mut consumed = vec![false; n];
        for (a, b) in &periods.spans {
            for c in consumed.iter_mut().take(*b).skip(*a) {
                *c = true;
            }
        }
        let mut breaks = vec![0usize; n + 1];
        let mut sentence_ends = vec![0usize; n + 1];
        for k in 0..n {
            breaks[k + 1] = breaks[k] + usize::from(is_breaker(&tokens, k));
            sentence_ends[k + 1] = sentence_ends[k] + usize::from(is_sentence_end(&tokens, k));
        }
        let sentence = Sentence {
            text,
            tokens,
            rows: table.rows(),
            consumed,
            breaks,
            sentence_ends,
        };
        (sentence, periods)
    }

    fn len(&self) -> usize {
        self.tokens.len()
    }

    fn word(&self, k: usize) -> Option<&str> {
        self.tokens.get(k).and_then(|t| t.word())
    }

    fn prev_word(&self, k: usize) -> Option<&str> {
        k.checked_sub(1).and_then(|p| self.word(p))
    }

    fn is_number(&self, k: usize) -> bool {
        self.tokens
            .get(k)
            .is_some_and(|t| matches!(t.token, Token::Number(..)))
    }

    /// The words of tokens `a..b`, as written.
    fn part(&self, a: usize, b: usize) -> String {
        if a >= b || b > self.len() {
            return String::new();
        }
        self.text[self.tokens[a].start..self.tokens[b - 1].end].to_string()
    }

    fn row(&self, h: &Hit) -> &'a Quantifier {
        &self.rows[h.row]
    }

    fn kind_of(&self, h: &Hit) -> QuantifierKind {
        self.rows[h.row].kind()
    }

    /// Whether a hit is an amount: no modifier, vague or direction word.
    fn is_amount(&self, h: &Hit) -> bool {
        let q = self.row(h);
        !matches!(q.kind(), QuantifierKind::Modifier | QuantifierKind::Vague)
            && !q.is_direction_word()
    }

    /// Whether a clause breaker lies between tokens `a` and `b`.
    fn broken(&self, a: usize, b: usize) -> bool {
        a < b && self.breaks[b] > self.breaks[a]
    }

    /// Whether tokens `a` and `b` are in one sentence.
    fn same_sentence(&self, a: usize, b: usize) -> bool {
        a >= b || self.sentence_ends[b] == self.sentence_ends[a]
    }

    /// The sentence (its count of ends before it) of token `k`.
    fn sentence_of(&self, k: usize) -> usize {
        self.sentence_ends[k.min(self.len())]
    }

    /// Whether a percent sign or word is at `k` (`%`, `percent`, `per cent`).
    fn percent_at(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| {
            t.token == Token::Percent
                || t.is_word("percent")
                || (t.is_word("per") && self.tokens.get(k + 1).is_some_and(|u| u.is_word("cent")))
        })
    }

    /// Whether `k` joins two numbers of a range (`-`, `to`, `and`, ...).
    fn connector(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| {
            matches!(
                &t.token,
                Token::Punct('-' | '\u{2013}' | '/') | Token::Word(_)
            ) && (t
                .word()
                .is_none_or(|w| matches!(w, "to" | "and" | "through" | "or")))
        })
    }
}

/// Reads a sentence: tokens (stage 1), phrases (2), qualifiers (3),
/// statements, their roles and directions (4), what is vague or unread (5)
/// and the amounts (6).
pub(crate) fn read(text: &str, table: &QuantifierTable) -> Reading {
    let (s, periods) = Sentence::lex(text, table);
    let mut problems: Vec<Problem> = periods
        .problems
        .iter()
        .map(|(p, m)| {
            (
                1,
                0,
                ReadProblem {
                    part: p.clone(),
                    reason: m.clone(),
                },
            )
        })
        .collect();
    let (hits, unreadable) = find_phrases(&s, table);
    problems.extend(unreadable);
    let qualifiers = find_qualifiers(&s, &hits);
    let roles = assign_roles(&s, &hits, &qualifiers);
    problems.extend(unused_modifiers(&s, &hits, &roles, &qualifiers));
    let mut vague = vague_statements(&s, &hits, roles.direction);
    vague.extend(comparisons(&s, &hits));
    let (mut amounts, unbuilt) = build_amounts(&s, &hits, &roles.slots);
    problems.extend(unbuilt);
    for_every(&mut amounts, s.text);
    percent_start_levels(&mut amounts, s.text);
    // Before the differences: `outnumbered ... by nearly three to one` is
    // a ratio, not a count by which one passes the other.
    to_one_ratios(&mut amounts, s.text);
    count_differences(&mut amounts, s.text);
    counts_of_times(&mut amounts, s.text);
    percent_of_level(&mut amounts, s.text);
    decimal_shares(&mut amounts, s.text);
    signed_changes(&mut amounts, s.text, table);
    restated_changes(&mut amounts, s.text);
    gapped_changes(&mut amounts, s.text);
    noun_changes(&mut amounts, s.text);
    comparative_changes(&mut amounts, s.text);
    below_changes(&mut amounts, s.text);
    answered_changes(&mut amounts, s.text);

    problems.sort_by_key(|(rank, pos, _)| (*rank, *pos));
    let (problem_ranks, problems) = problems.into_iter().map(|(r, _, p)| (r, p)).unzip();
    let _ = is_month_word;
    let period_span = periods
        .first
        .as_ref()
        .filter(|f| f.start < f.end && f.end <= s.len())
        .map(|f| [s.tokens[f.start].start, s.tokens[f.end - 1].end]);
    Reading {
        period_span,
        amounts,
        vague,
        qualifiers: qualifiers
            .spans
            .iter()
            .map(|(a, b)| s.part(*a, *b))
            .collect(),
        problems,
        problem_ranks,
        period: periods.first,
        direction: roles.direction,
    }
}

/// `for every 100 arrests, 44 came from ...`, `out of every ten cases,
/// seven ...`: a count per a round whole is the share it states; the whole
/// is no amount of its own.
fn for_every(amounts: &mut Vec<StatedAmount>, text: &str) {
    let mut k = 0;
    while k + 1 < amounts.len() {
        let (whole, part) = (&amounts[k], &amounts[k + 1]);
        let before = preceding(text, whole.span[0]);
        let before = before.trim_end();
        let every = ["for every", "out of every", "in every", "of every"]
            .iter()
            .any(|p| before.ends_with(p));
        let gap = text.get(whole.span[1]..part.span[0]).unwrap_or("");
        let (words, comma) = gap.split_once(',').unwrap_or((gap, ""));
        let gap_ok = gap.contains(',')
            && comma.trim().is_empty()
            && words.split_whitespace().count() <= 4
            && words
                .split_whitespace()
                .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'));
        let counts = whole.unit == Scale::Count
            && part.unit == Scale::Count
            && part.role == AmountRole::Claim
            && part.kind == ClaimKind::Level
            && whole.stated.is_some_and(|m| m >= 2.0 && m.fract() == 0.0)
            && part.stated.zip(whole.stated).is_some_and(|(n, m)| n <= m);
        // The share's words run from the whole to the part; a bare
        // count's exact interval is its rounding interval.
        let span = [whole.span[0], part.span[1]];
        let with = |a: &StatedAmount| {
            let mut a = a.clone();
            a.exact = a.exact.or(Some(a.accepted));
            a.span = span;
            a
        };
        if every
            && gap_ok
            && counts
            && let Some(mut share) = part_of_whole(text, &with(part), &with(whole))
        {
            share.quantifier = Some("for every N, N".to_string());
            amounts[k + 1] = share;
            amounts.remove(k);
        }
        k += 1;
    }
}

/// `from 73 to 93 percent`: a bare start level takes the unit its end
/// level prints.
fn percent_start_levels(amounts: &mut [StatedAmount], text: &str) {
    for k in 1..amounts.len() {
        let (before, after) = amounts.split_at_mut(k);
        let (from, to) = (&mut before[k - 1], &after[0]);
        if from.role == AmountRole::From
            && to.role == AmountRole::To
            && from.unit == Scale::Count
            && from.quantifier.is_none()
            && to.unit == Scale::Percent
            && text
                .get(from.span[1]..to.span[0])
                .is_some_and(|gap| gap.trim() == "to")
        {
            from.unit = Scale::Percent;
            from.kind = ClaimKind::Share;
        }
    }
}

/// `116 percent of the 2006 level`: a ratio written as a percentage of an
/// earlier level, read as the change it states (an increase of 16 percent).
/// The few words after byte `at`, lower case: enough for the rules that
/// look past an amount, and short, so that a text of a million characters
/// with thousands of amounts is still read in one linear pass.
pub(crate) fn following(text: &str, at: usize) -> String {
    let rest = text.get(at..).unwrap_or("");
    let end = rest.char_indices().nth(80).map_or(rest.len(), |(k, _)| k);
    rest[..end].to_lowercase()
}

/// Up to `n` words after byte `at`, lower case, split at every character
/// that is not a letter or a digit (or a hyphen too, unless `hyphened`
/// keeps `first-wave` whole).
fn next_words(text: &str, at: usize, n: usize, hyphened: bool) -> Vec<String> {
    following(text, at)
        .split(|c: char| !(c.is_alphanumeric() || hyphened && c == '-'))
        .filter(|w| !w.is_empty())
        .take(n)
        .map(str::to_string)
        .collect()
}

/// The few words before byte `at`, lower case: the mirror of
/// [`following`], as short for the same reason.
pub(crate) fn preceding(text: &str, at: usize) -> String {
    let before = text.get(..at).unwrap_or("");
    let start = before.char_indices().rev().nth(80).map_or(0, |(k, _)| k);
    before[start..].to_lowercase()
}

/// The scale a stated level or share takes when it is read as a change
/// instead: a percentage a percent change, a count a difference (none for
/// another amount).
fn change_scale(a: &StatedAmount) -> Option<Scale> {
    if a.role != AmountRole::Claim || !matches!(a.kind, ClaimKind::Level | ClaimKind::Share) {
        return None;
    }
    match a.unit {
        Scale::Percent => Some(Scale::PercentChange),
        Scale::Count => Some(Scale::Difference),
        _ => None,
    }
}

/// `Q: Did online-meeting arrests really go up? A: Yes, by about a fifth
/// between 2000 and 2006`: an amount after `by` that answers `yes` (or
/// `no`), or that a span of years follows, is the change the question or
/// the span asks of, with its verb left out: a percentage a percent
/// change, a count a difference.
fn answered_changes(amounts: &mut [StatedAmount], text: &str) {
    for a in amounts.iter_mut() {
        let Some(to) = change_scale(a) else {
            continue;
        };
        let before = preceding(text, a.span[0]);
        let Some(head) = before.trim_end().strip_suffix("by") else {
            continue;
        };
        if !head.is_empty() && !head.ends_with(char::is_whitespace) {
            continue;
        }
        let last = head
            .split(|c: char| !c.is_alphabetic())
            .rfind(|w| !w.is_empty());
        // (Not `multiplied by 2.6 from 2000`, a multiple.)
        if matches!(last, Some("multiplied" | "divided" | "times"))
            || (a.unit == Scale::Count && a.printed.as_ref().is_some_and(|p| p.decimals() > 0))
        {
            continue;
        }
        let answers = matches!(last, Some("yes" | "no"));
        let after = next_words(text, a.span[1], 2, false);
        let spanned = matches!(after.first().map(String::as_str), Some("between" | "from"))
            && after.get(1).is_some_and(|w| is_year_word(w));
        if answers || spanned {
            a.kind = ClaimKind::Change;
            a.unit = to;
        }
    }
}

/// `made up 0.44 of all arrests`: a decimal below one before `of` is a
/// share written as a proportion, read as the percentage it is (44%, at
/// the printed precision moved two places), never a count of 0.44.
fn decimal_shares(amounts: &mut [StatedAmount], text: &str) {
    for a in amounts.iter_mut() {
        let proportion = a.unit == Scale::Count
            && a.role == AmountRole::Claim
            && a.quantifier.is_none()
            && a.stated.is_some_and(|v| v > 0.0 && v < 1.0)
            && a.printed.as_ref().is_some_and(|p| p.decimals() > 0);
        if !proportion || !following(text, a.span[1]).trim_start().starts_with("of ") {
            continue;
        }
        a.kind = ClaimKind::Share;
        a.unit = Scale::Percent;
        a.stated = a.stated.map(|v| v * 100.0);
        a.printed = a.printed.as_ref().and_then(|p| {
            PrintedNumber::new(p.value() * 100.0, p.decimals().saturating_sub(2)).ok()
        });
        a.decimals = a.decimals.map(|d| d.saturating_sub(2));
        a.exact = a.exact.map(|e| e.scaled(100.0));
        a.accepted = a.accepted.scaled(100.0);
    }
}

/// `7,010 (+172%)`, `+4,433`: a number signed with a plus is a rise, a
/// percentage a percent change and a count a difference (a minus sign is
/// left alone: it is also a dash and a range's hyphen).
fn signed_changes(amounts: &mut [StatedAmount], text: &str, table: &QuantifierTable) {
    for a in amounts.iter_mut() {
        let signed = text
            .get(..a.span[0])
            .is_some_and(|before| before.ends_with('+'));
        // `another 300 cases by 2012`, `an additional 1,200`: a count added
        // to a level is a difference (a percentage so introduced, `another
        // 10 percent of cases`, is still a share).
        let before = preceding(text, a.span[0]);
        // (Past an opening bracket: `8,144 (a further 1,134)`.)
        let last: Vec<&str> = before
            .split_whitespace()
            .rev()
            .take(2)
            .map(|w| w.trim_start_matches(['(', '[']))
            .collect();
        // (Only where the text says when, or that it was added: `another
        // 120 involved relatives` is the next category of a list.)
        let after = next_words(text, a.span[1], 4, false);
        // (Not `in 2000` with the clause's verb after it: `A further 490
        // arrests in 2000 involved family members`, the list's next level.)
        let verb_after = |k: usize| {
            after.get(k).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "involved" | "were" | "was" | "had" | "concerned" | "included" | "came"
                )
            })
        };
        let when = after.windows(2).enumerate().any(|(k, w)| {
            (matches!(w[0].as_str(), "by" | "to") || w[0] == "in" && !verb_after(k + 2))
                && is_year_word(&w[1])
        }) || after
            .iter()
            .any(|w| matches!(w.as_str(), "between" | "since" | "later"));
        // (An increase word of the quantifier table, `climbed another 300`,
        // or `added`.)
        // (Not the `up` of `made up another 490`: a part of a whole.)
        let made_up = before
            .split_whitespace()
            .rev()
            .nth(2)
            .is_some_and(|w| matches!(w, "made" | "make" | "makes" | "making"))
            && before.split_whitespace().rev().nth(1) == Some("up");
        // (Or said after it in the passive: `a further 1,134 arrests were
        // added by 2009`.)
        let added_after = after
            .windows(2)
            .any(|w| matches!(w[0].as_str(), "were" | "was" | "had" | "been") && w[1] == "added");
        // (Nor after a copula: `Family members or acquaintances were
        // another 490 in 2000`, the list's next level.)
        let copula = before
            .split_whitespace()
            .rev()
            .nth(1)
            .is_some_and(|w| matches!(w, "were" | "was" | "are" | "is" | "numbered"));
        let verb = !made_up
            && (added_after
                || before.split_whitespace().rev().nth(1).is_some_and(|w| {
                    matches!(w, "added" | "adding")
                        || table
                            .get(w)
                            .is_some_and(|q| q.kind() == QuantifierKind::Increase)
                }));
        // (Or set off after a level: `the third 4,800, a further 600
        // cases`; `the total at about 8,100 in 2009, another 1,134`, with
        // nothing after it but its noun, not `in 2000, another 490 involved
        // relatives`.)
        // (Or in brackets after the level: `2009: 8,144 (a further
        // 1,134)`.)
        let after_comma_number = |opener: &str| {
            before.trim_end().strip_suffix(opener).is_some_and(|b| {
                b.trim_end()
                    .strip_suffix([',', '('])
                    .is_some_and(|b| b.trim_end().ends_with(|c: char| c.is_ascii_digit()))
            })
        };
        let following_text = following(text, a.span[1]);
        let ends_clause = {
            let rest = following_text.trim_start();
            let rest = ["arrests", "more"]
                .iter()
                .find_map(|w| rest.strip_prefix(w))
                .unwrap_or(rest)
                .trim_start();
            rest.is_empty() || rest.starts_with(['.', ',', ';', ')'])
        };
        let apposed = (last == ["further", "a"] && after_comma_number("a further"))
            || (last.first() == Some(&"another") && after_comma_number("another") && ends_clause);
        let added = a.unit == Scale::Count
            && !copula
            && (when || verb || apposed)
            && matches!(
                last.as_slice(),
                ["another", ..] | ["additional", "an"] | ["further", "a"]
            );
        // (Or a count right after `added`: `Family members or acquaintances
        // added 387 arrests`, the count a category grew by.)
        // (Of arrests, the category's own count: not `the second wave added
        // 1,051 interviews`, a level, nor `adds two forensic examiners`.)
        let of_arrests = matches!(after.first().map(String::as_str), Some("arrests" | "cases"))
            && !matches!(
                last.get(1).copied(),
                Some("wave" | "survey" | "study" | "round")
            );
        let added_count = a.unit == Scale::Count
            && a.quantifier.is_none()
            && of_arrests
            && matches!(last.first(), Some(&("added" | "adds" | "adding")));
        let signed = signed || added || added_count;
        if signed && let Some(to) = change_scale(a) {
            a.kind = ClaimKind::Change;
            a.unit = to;
        }
    }
}

/// `outnumbered those of 2000 by nearly three to one`, `a ratio of 2.72
/// to 1`: a number before `to one` is a ratio, not a count.
fn to_one_ratios(amounts: &mut [StatedAmount], text: &str) {
    for a in amounts.iter_mut() {
        if !matches!(a.unit, Scale::Count | Scale::Difference) || a.role != AmountRole::Claim {
            continue;
        }
        let rest = following(text, a.span[1]);
        let mut words = rest
            .split(|c: char| !c.is_alphanumeric() && c != '.')
            .filter(|w| !w.is_empty());
        let to_one = a.unit == Scale::Count
            && words.next() == Some("to")
            && matches!(
                words.next().map(|w| w.trim_end_matches('.')),
                Some("one" | "1")
            );
        // `a ratio of 3.16`, `grew by a factor of about three`.
        // The wording may hold its verb (`grew at a ratio of 3.16`).
        let before = format!(
            "{} {}",
            preceding(text, a.span[0]),
            a.wording.to_lowercase()
        );
        let mut back = before
            .split(|c: char| !c.is_alphanumeric() && c != '.')
            .filter(|w| !w.is_empty())
            .rev()
            .skip_while(|w| {
                w.starts_with(|c: char| c.is_ascii_digit())
                    || crate::claims::number_word(w).is_some()
            })
            .skip_while(|w| matches!(*w, "about" | "roughly" | "nearly" | "almost" | "some"));
        let ratio_of = back.next() == Some("of") && matches!(back.next(), Some("ratio" | "factor"));
        if to_one || ratio_of {
            a.kind = ClaimKind::Change;
            a.unit = Scale::Ratio;
        }
    }
}

/// `an increase of 20 percentage points, or 127 per cent`: a percentage
/// set right after a change, as `or N per cent`, in brackets, after a comma
/// or after a dash (`grew by 1,200 - about 15 per cent`), restates that
/// change in relative terms; it is a change, not a share. So is one set off
/// by a dash after the level a change reached, its start stated (`rose from
/// 2,000 to 6,000 - about 200 per cent`).
fn restated_changes(amounts: &mut [StatedAmount], text: &str) {
    for k in 1..amounts.len() {
        let (before, after) = amounts.split_at_mut(k);
        let (change, a) = (&before[k - 1], &mut after[0]);
        // `rose from 2,000 to 6,000 - about 200 per cent`: the level a
        // change reached, its start stated before it, stands for the change.
        let reached = change.role == AmountRole::To
            && before[..k - 1].iter().any(|x| x.role == AmountRole::From);
        let claimed = change.kind == ClaimKind::Change && change.role == AmountRole::Claim;
        let restates = (claimed || reached)
            && a.role == AmountRole::Claim
            && a.unit == Scale::Percent
            && matches!(a.kind, ClaimKind::Level | ClaimKind::Share)
            && text.get(change.span[1]..a.span[0]).is_some_and(|gap| {
                let gap: String = gap.split_whitespace().collect::<Vec<_>>().join(" ");
                // (Never one a whole follows: `up about 80%, or about one
                // in eight of that year's arrests` is a share.)
                let no_whole = following(text, a.span[1])
                    .split_whitespace()
                    .next()
                    .is_none_or(|w| w != "of");
                // `the rise was 1,134 arrests, roughly 16 percent`: after a
                // comma too, with the change's noun, when no whole follows.
                let comma = gap
                    .strip_suffix(',')
                    .is_some_and(|w| w.is_empty() || w.chars().all(char::is_alphabetic))
                    && no_whole;
                // `grew by 1,200 - about 15 per cent`: a dash too.
                let dash = matches!(gap.as_str(), "\u{2014}" | "\u{2013}" | "-" | "--") && no_whole;
                // (After a level reached, only a dash: `to 600 in 2006,
                // just 9 percent` is a share of that level.)
                let set_off = comma
                    || (no_whole
                        && matches!(
                            gap.as_str(),
                            ", or" | "(" | ", or by" | ", that is" | ", i.e."
                        ));
                // (`rose from 200 to 900, about 350 per cent`: past a
                // hundred a percentage is no share of the level reached.)
                let past_whole = reached && comma && a.stated.is_some_and(|x| x > 100.0);
                dash || (claimed && set_off) || past_whole
            });
        if restates {
            a.kind = ClaimKind::Change;
            a.unit = Scale::PercentChange;
        }
    }
}

/// `the total rose by 120 percent; between 2012 and 2015 by 30 percent`:
/// a later clause that leaves out the verb of an earlier change, keeping
/// its `by` and naming its own years, states a change of the same kind
/// (a percentage a percent change, a count a difference).
fn gapped_changes(amounts: &mut [StatedAmount], text: &str) {
    for k in 1..amounts.len() {
        let (before, after) = amounts.split_at_mut(k);
        let a = &mut after[0];
        let Some(to) = change_scale(a) else {
            continue;
        };
        // (The amount right before, and a short gap: one linear pass over
        // a long text.)
        let change = &before[k - 1];
        if change.kind != ClaimKind::Change || change.role != AmountRole::Claim || change.unit != to
        {
            continue;
        }
        let Some(gap) = text.get(change.span[1]..a.span[0]).filter(|g| g.len() < 80) else {
            continue;
        };
        // (The words of the earlier clause's end, `rose by 1,200 arrests;`,
        // before the break.)
        let Some(cut) = gap.rfind([';', ',']) else {
            continue;
        };
        let words: Vec<String> = gap[cut + 1..]
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        // After the break (`;` or `, and`) the gap names two years
        // (`between 2012 and 2015`, `from 2012 to 2015`) and nothing else
        // but them and their connectives, and ends with `by`.
        let years = words.iter().filter(|w| is_year_word(w)).count() == 2;
        let only = words.iter().all(|w| {
            is_year_word(w)
                || matches!(
                    w.as_str(),
                    "and" | "between" | "from" | "to" | "then" | "by"
                )
        });
        if years && only && words.last().is_some_and(|w| w == "by") {
            a.kind = ClaimKind::Change;
            a.unit = to;
        }
    }
}

/// `the increase from 2012 to 2015 was smaller, about 12 per cent`, `the
/// 2012-to-2015 change of roughly 12%`: a percentage whose clause is about
/// a change (its noun, then only years, a verb of being and words that
/// compare, before the amount; no whole after it) states that change. A
/// count there states the change's difference: `from 2012 to 2015 the rise
/// was more modest, roughly 1,100 cases`.
fn noun_changes(amounts: &mut [StatedAmount], text: &str) {
    const NOUNS: &[&str] = &[
        "increase", "rise", "growth", "change", "jump", "decline", "drop", "fall", "gain",
    ];
    const BETWEEN: &[&str] = &[
        "from",
        "to",
        "between",
        "and",
        "in",
        "of",
        "was",
        "is",
        "were",
        "then",
        "over",
        "smaller",
        "larger",
        "bigger",
        "slower",
        "faster",
        "modest",
        "more",
        "less",
        "rather",
        "somewhat",
        "comparatively",
        "relatively",
        "much",
        "far",
        "only",
        "just",
        "the",
        "a",
        "an",
        "next",
        "following",
        "years",
        "year",
        "later",
        "after",
        "since",
        "wave",
        "waves",
        "which",
        "that",
    ];
    for a in amounts.iter_mut() {
        if a.role != AmountRole::Claim
            || !matches!(a.kind, ClaimKind::Level | ClaimKind::Share)
            || !matches!(a.unit, Scale::Percent | Scale::Count)
            || following(text, a.span[1])
                .split(|c: char| !c.is_alphanumeric())
                .find(|w| !w.is_empty())
                .is_some_and(|w| matches!(w, "of" | "among" | "for"))
        {
            continue;
        }
        // The clause: back to a semicolon's or colon's break, in the few
        // words before (one linear pass over a long text).
        let before = preceding(text, a.span[0]);
        let clause = before.rsplit([';', ':', '.']).next().unwrap_or("");
        let mut words: Vec<String> = clause
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        // (A window cut inside a word, `...rprise`, starts at the next.)
        if clause.len() == before.len() && before.len() < a.span[0] && !words.is_empty() {
            words.remove(0);
        }
        let Some(noun) = words.iter().rposition(|w| NOUNS.contains(&w.as_str())) else {
            continue;
        };
        let years_only = |w: &str| w.split('-').all(|p| is_year_word(p) || p == "to");
        // (A count only where a verb of being, or `of`, joins it to the
        // noun, and no `and` stands between: not `a 72 per cent increase,
        // and more than 1,000 cases in the third wave`.)
        let rest = &words[noun + 1..];
        let joined = a.unit != Scale::Count
            || (rest
                .iter()
                .any(|w| matches!(w.as_str(), "was" | "is" | "were" | "of"))
                && !rest.iter().any(|w| w == "and"));
        if joined
            && rest
                .iter()
                // (`three years later`: any number of years, in words.)
                .all(|w| {
                    BETWEEN.contains(&w.as_str())
                        || years_only(w)
                        || crate::claims::number_word(w).is_some()
                })
        {
            a.kind = ClaimKind::Change;
            a.unit = if a.unit == Scale::Count {
                Scale::Difference
            } else {
                Scale::PercentChange
            };
        }
    }
}

/// `4,800, roughly 12 per cent above 2012`, `12 per cent above the 2012
/// level`, `about 12 per cent more than 2012`: a percentage above a year
/// (or its level) is the change from that year.
fn comparative_changes(amounts: &mut [StatedAmount], text: &str) {
    for a in amounts.iter_mut() {
        if a.role != AmountRole::Claim
            || !matches!(a.kind, ClaimKind::Level | ClaimKind::Share)
            || a.unit != Scale::Percent
        {
            continue;
        }
        // (`rose to 615, about 21 per cent more.`: `more` ending the
        // clause, the level before it the one it ran to.)
        let tail = following(text, a.span[1]).trim_start().to_lowercase();
        let ends_more = ["more", "higher"].iter().any(|w| {
            tail.strip_prefix(w)
                .is_some_and(|r| r.is_empty() || r.starts_with(['.', ',', ';', ')']))
        });
        let after = next_words(text, a.span[1], 5, true);
        let w = |k: usize| after.get(k).map_or("", String::as_str);
        // (`had 72 per cent more interviews`, `16 per cent more again`,
        // `16 per cent more by 2009`: `more` right after it, then the
        // plural noun it counts more of, `again`, or the year it ran to.)
        let plural = |x: &str| {
            x.len() > 3
                && x.ends_with('s')
                && x.chars().all(char::is_alphabetic)
                && !matches!(x, "less" | "this" | "thus" | "was" | "has")
        };
        let more_of = tail.starts_with("more ")
            && (plural(w(1)) || w(1) == "again" || (w(1) == "by" && is_year_word(w(2))));
        if ends_more || more_of {
            a.kind = ClaimKind::Change;
            a.unit = Scale::PercentChange;
            continue;
        }
        let rest = match (w(0), w(1)) {
            ("above" | "over", _) => 1,
            ("more" | "higher" | "up", "than" | "on") => 2,
            _ => continue,
        };
        // (`16 per cent more than in 2006`.)
        let rest = if rest == 2 && w(rest) == "in" {
            rest + 1
        } else {
            rest
        };
        // `2012`, `the 2012 level`, `the 2012 figure`.
        let year = is_year_word(w(rest))
            || (w(rest) == "the"
                && is_year_word(w(rest + 1))
                && matches!(
                    w(rest + 2),
                    "level" | "figure" | "total" | "count" | "number" | "estimate"
                ));
        if year || (rest == 2 && than_the_count(&tail)) {
            a.kind = ClaimKind::Change;
            a.unit = Scale::PercentChange;
        }
    }
}

/// `more than the 612 of the first wave`, `higher than the first wave's
/// 612`: after a percentage, `more than the` and a count (a few words may
/// name it first) is the level the percentage is more than, so the
/// percentage is a change from it; not a share (`more than the 45 per
/// cent of 2000`) or a year (read as one above).
fn than_the_count(tail: &str) -> bool {
    let Some(rest) = ["more than the ", "higher than the "]
        .iter()
        .find_map(|p| tail.strip_prefix(p))
    else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().take(6).collect();
    for (k, w) in words.iter().enumerate().take(4) {
        let digits = w.trim_end_matches([',', '.', ';', ':', ')']);
        if digits.starts_with(|c: char| c.is_ascii_digit()) {
            let count = digits.chars().all(|c| c.is_ascii_digit() || c == ',');
            let year = digits.len() == 4 && ("1990".."2100").contains(&digits);
            let percent = words
                .get(k + 1)
                .is_some_and(|n| n.starts_with("per") || n.starts_with('%'));
            return count && !year && !percent;
        }
        // (Only words before it: `the first wave's 612`, not a clause
        // that has ended.)
        if !w
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '\u{2019}' | '-'))
        {
            return false;
        }
    }
    false
}

/// `fifteen points below its 2000 level`, `12 per cent lower than in
/// 2006`: a change stated as a size and then placed below its start is a
/// fall.
fn below_changes(amounts: &mut [StatedAmount], text: &str) {
    for a in amounts.iter_mut() {
        if a.role != AmountRole::Claim
            || a.kind != ClaimKind::Change
            || a.stated.is_none_or(|x| x <= 0.0)
            || a.unit == Scale::Ratio
        {
            continue;
        }
        let after = next_words(text, a.span[1], 2, false);
        let below = match after.first().map(String::as_str) {
            Some("below" | "under") => true,
            Some("lower" | "less" | "fewer") => after.get(1).is_some_and(|w| w == "than"),
            _ => false,
        };
        if below {
            a.stated = a.stated.map(|x| -x);
            a.exact = a.exact.map(|e| e.negated());
            a.accepted = a.accepted.negated();
            a.understated = a.understated.map(|t| -t);
        }
    }
}

/// A calendar year a survey could name (`2006`) or a wave (`first-wave`).
fn is_year_word(w: &str) -> bool {
    (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) && ("1990".."2100").contains(&w))
        || w.ends_with("-wave")
}

/// `were arrested 877 times in 2006`: a bare "N times" too large for a
/// multiple, with no term of comparison after it, counts events.
fn counts_of_times(amounts: &mut [StatedAmount], text: &str) {
    for a in amounts.iter_mut() {
        let bare =
            a.wording.strip_suffix(" times").is_some_and(|n| {
                !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == ',')
            }) && a.role == AmountRole::Claim
                && a.unit == Scale::Ratio;
        if !bare || a.stated.is_none_or(|x| x < 20.0) {
            continue;
        }
        let next = following(text, a.span[1]);
        let compares = next.split_whitespace().next().is_some_and(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphanumeric()),
                "the"
                    | "as"
                    | "more"
                    | "higher"
                    | "greater"
                    | "larger"
                    | "bigger"
                    | "that"
                    | "what"
                    | "over"
                    | "its"
                    | "their"
                    | "those"
                    | "this"
            )
        });
        if !compares {
            a.kind = ClaimKind::Level;
            a.unit = Scale::Count;
        }
    }
}

fn percent_of_level(amounts: &mut [StatedAmount], text: &str) {
    for a in amounts.iter_mut() {
        if a.unit != Scale::Percent || a.role != AmountRole::Claim {
            continue;
        }
        let rest = following(text, a.span[1]);
        let words: Vec<&str> = rest
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .take(4)
            .collect();
        let level = |w: &&str| matches!(*w, "level" | "figure" | "total" | "count" | "number");
        // `of the 2006 level`, `of the first-wave figure`; not `of the
        // total`, a share's whole.
        let of_level = words.first() == Some(&"of")
            && words.get(1) == Some(&"the")
            && words.get(2).is_some_and(|w| {
                (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())) || w.ends_with("-wave")
            })
            && words.get(3).is_some_and(level);
        // A share below the whole, in a sentence that names no other year,
        // is of that wave's figure, not a ratio between waves (`2,417, or
        // just over a third of the 2006 total`; but `arrests in 2009 were
        // 116 percent of the 2006 level`).
        if !of_level {
            continue;
        }
        let year = words.get(2).copied().unwrap_or_default();
        let other_year = || {
            text.split(|c: char| !c.is_alphanumeric() && c != '-')
                .any(|w| w != year && is_year_word(w))
        };
        // (Below the whole, `of the 2006 total` or `count` is a share of
        // it whatever else the sentence names: `made up only about 9
        // percent of the 2006 total`.)
        let ratio_noun = words
            .get(3)
            .is_some_and(|w| matches!(*w, "level" | "figure"));
        if a.stated.is_some_and(|v| v < 100.0) && !(ratio_noun && other_year()) {
            continue;
        }
        a.kind = ClaimKind::Change;
        a.unit = Scale::PercentChange;
        a.stated = a.stated.map(|v| v - 100.0);
        a.printed = a
            .printed
            .as_ref()
            .and_then(|p| PrintedNumber::new(p.value() - 100.0, p.decimals()).ok());
        a.exact = a.exact.map(|e| e.shifted(-100.0));
        a.accepted = a.accepted.shifted(-100.0);
    }
}

/// `5,000 arrests above the first-wave count`, `1,134 more than in
/// 2006`: a count compared with another is a difference, not a level.
fn count_differences(amounts: &mut [StatedAmount], text: &str) {
    for a in amounts.iter_mut() {
        if a.unit != Scale::Count || a.role != AmountRole::Claim {
            continue;
        }
        // Within the amount's clause: `7,010, more than twice as many` is a
        // level and a multiple, not `7,010 more than`.
        let rest = following(text, a.span[1]);
        // (Nor across a table's leader dots or cells: `2,417 ..... more than
        // 150 per cent`, `| 2,417 | more than doubled |` are a level and the
        // next column's change.)
        let rest = rest
            .split([',', ';', ':', '(', ')', '|'])
            .next()
            .unwrap_or("");
        let rest = rest.split("..").next().unwrap_or("");
        let mut words = rest
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty());
        let (w1, w2, w3) = (words.next(), words.next(), words.next());
        let compares = |w: Option<&str>, next: Option<&str>| match w {
            Some("above" | "below") => next != Some("all"),
            Some("higher" | "lower") => next == Some("than"),
            // `1,134 more than in 2006`, `or 1,959 more arrests`.
            // `about 1,051 in the second, 439 more.`: the clause ends.
            // (Or a time after it: `about 1,100 more by 2009`, `1,134 more
            // again`, `1,134 more since 2006`.)
            Some("more" | "fewer") => next.is_none_or(|n| {
                n == "than"
                    || (n.ends_with('s') && n.len() > 3)
                    || matches!(n, "by" | "again" | "since" | "between")
            }),
            _ => false,
        };
        // Right after the number, or after its noun (`arrests above`).
        let noun = w1.is_some_and(|w| {
            w.len() > 3
                && w.chars().all(|c| c.is_alphabetic())
                && !matches!(w, "were" | "have" | "been" | "with" | "from" | "than")
        });
        // `exceeds the 2000 total by 1,134 arrests`: by how much one level
        // passes another.
        let before = preceding(text, a.span[0]);
        let clause = before.rsplit(['.', ';', ',']).next().unwrap_or("");
        let passes = before.trim_end().ends_with(" by")
            && ["exceed", "outnumber", "surpass", "topped", "tops"]
                .iter()
                .any(|v| clause.contains(v));
        // `an extra 2,456 arrests`, `an additional 1,134`: an increase by.
        let extra = {
            let mut back = clause.split_whitespace().rev();
            matches!(back.next(), Some("extra" | "additional")) && back.next() == Some("an")
        };
        // (`2,456 more in 2006 than in 2000`: a year between.)
        let dated_more = matches!(w1, Some("more" | "fewer"))
            && w2 == Some("in")
            && w3.is_some_and(is_year_word)
            && rest.contains(" than ");
        if compares(w1, w2) || (noun && compares(w2, w3)) || passes || extra || dated_more {
            a.kind = ClaimKind::Change;
            a.unit = Scale::Difference;
        }
    }
}

/// Stage 2, phrases: the table's phrases, longest first where they start;
/// tokens that cannot be read (`2,50`) are problems.
fn find_phrases(s: &Sentence, table: &QuantifierTable) -> (Vec<Hit>, Vec<Problem>) {
    let n = s.len();
    let mut memo: Vec<Option<Option<Numeral>>> = vec![None; n];
    let mut hits: Vec<Hit> = Vec::new();
    let mut problems = Vec::new();
    let mut i = 0;
    while i < n {
        if s.consumed[i] {
            i += 1;
            continue;
        }
        if let Token::BadNumber(raw, message) = &s.tokens[i].token {
            let part = raw.clone();
            let reason = message.clone();
            problems.push((0, i, ReadProblem { part, reason }));
            i += 1;
            continue;
        }
        if is_phrasal_up(&s.tokens, i)
            || is_adjective_multiple(&s.tokens, i)
            || is_compound_in(&s.tokens, i)
            || is_place_name(s.text, &s.tokens, i)
        {
            i += 1;
            continue;
        }
        match longest_phrase_at(s, table, &mut memo, i) {
            Some(hit) => {
                i = hit.end;
                hits.push(hit);
            }
            None => i += 1,
        }
    }
    (hits, problems)
}

/// The longest phrase of the table that starts at token `i` (the earlier
/// row on a tie), looked up by its first token or, after a numeral, by the
/// token after it.
fn longest_phrase_at(
    s: &Sentence,
    table: &QuantifierTable,
    memo: &mut [Option<Option<Numeral>>],
    i: usize,
) -> Option<Hit> {
    let tokens = &s.tokens;
    let numeral = numeral_at(tokens, &s.consumed, memo, i);
    let mut candidates: Vec<usize> = Vec::new();
    if !matches!(tokens[i].token, Token::Number(..)) {
        candidates.extend_from_slice(table.starting_with(&first_key(&tokens[i].token)));
    }
    if let Some(num) = &numeral {
        candidates.extend_from_slice(table.after_slot("#"));
        if let Some(next) = tokens.get(num.end) {
            candidates.extend_from_slice(table.after_slot(&first_key(&next.token)));
        }
    }
    let gapped_from = candidates.len();
    if numeral.is_some() {
        candidates.extend_from_slice(table.gapped());
    }
    let mut best: Option<(usize, usize, Vec<Numeral>)> = None;
    for (c, r) in candidates.into_iter().enumerate() {
        let gapped = c >= gapped_from;
        if let Some((end, slots)) = match_row(&s.rows[r], gapped, tokens, &s.consumed, memo, i) {
            let better = match &best {
                None => true,
                Some((e, br, _)) => end > *e || (end == *e && r < *br),
            };
            if better {
                best = Some((end, r, slots));
            }
        }
    }
    best.map(|(end, row, slots)| Hit {
        row,
        start: i,
        end,
        slots,
    })
}

/// Stage 3's result: which hits are numbers that qualify the subject,
/// which modifiers such a number took with it (`children under 3`), and
/// the token spans of the qualifiers.
struct Qualifiers {
    qualifier: Vec<bool>,
    absorbed: Vec<bool>,
    spans: Vec<(usize, usize)>,
}

/// A qualifier found: where its words start, and whether it takes the
/// modifier before it (`under 3`, `more than one`).
struct QualifierAt {
    start: usize,
    absorbs: bool,
}

/// Stage 3, qualifiers: numbers that qualify the subject and are never
/// claimed (years, durations, ages, ranges, ordinals, identifiers, rate
/// bases, the pronoun `one`).
fn find_qualifiers(s: &Sentence, hits: &[Hit]) -> Qualifiers {
    let mut q = Qualifiers {
        qualifier: vec![false; hits.len()],
        absorbed: vec![false; hits.len()],
        spans: Vec::new(),
    };
    // The end of the last qualifier and whether it was a year: a year's
    // range continues only with years (`in 2000 to 7,010` is no range),
    // which the year rule reads on its own.
    let mut last: Option<(usize, bool)> = None;
    for (h, hit) in hits.iter().enumerate() {
        if s.kind_of(hit) != QuantifierKind::Number {
            continue;
        }
        let Some(found) = qualifier_at(s, hits, h, last) else {
            continue;
        };
        if found.absorbs {
            q.absorbed[h - 1] = true;
        }
        q.qualifier[h] = true;
        q.spans.push((found.start, hit.end));
        last = Some((hit.end, hit.slots[0].year_like));
    }
    q
}

/// Whether the number of hit `h` qualifies its subject, given the last
/// qualifier's end and whether it was a year.
fn qualifier_at(
    s: &Sentence,
    hits: &[Hit],
    h: usize,
    last: Option<(usize, bool)>,
) -> Option<QualifierAt> {
    let hit = &hits[h];
    let num = &hit.slots[0];
    let (start, e) = (hit.start, hit.end);
    let prev_hit = h
        .checked_sub(1)
        .map(|p| &hits[p])
        .filter(|p| p.end == start && s.kind_of(p) == QuantifierKind::Modifier);
    let before_modifier = prev_hit.map_or(start, |p| p.start);
    let pw = s.prev_word(before_modifier);
    // (d) `children under 3`, `offenders over 25`
    let person = prev_hit.is_some_and(|m| {
        AGE_MODIFIERS.contains(&s.row(m).phrase())
            && s.prev_word(m.start).is_some_and(|w| PERSONS.contains(&w))
    });
    // (j') `more than one agency`, `at least one arrest`: a description of
    // the subject, not a count claimed
    let just_one = num.words && num.value == 1.0 && num.end == start + 1;
    let described = just_one && prev_hit.is_some();
    if person || described {
        return Some(QualifierAt {
            start: before_modifier,
            absorbs: true,
        });
    }
    let plain = is_year_or_duration(s, num, prev_hit.is_some(), pw, e)
        || is_age_or_range(s, pw, before_modifier, e, last)
        || is_number_form(s, start, e, pw, prev_hit.is_some())
        || (just_one && is_pronoun_one(s, pw, e));
    plain.then_some(QualifierAt {
        start,
        absorbs: false,
    })
}

/// (a) years, (b) durations and ages in years: `in 2000`, `12 months`,
/// `6- to 12-year-olds`, `6 to 12 years`.
fn is_year_or_duration(
    s: &Sentence,
    num: &Numeral,
    hedged_by_modifier: bool,
    pw: Option<&str>,
    e: usize,
) -> bool {
    if num.year_like {
        // `about 2000 arrests` is a count; `in 2000`, `above 2006.` and
        // `the 2000 survey` are years.
        let hedged = hedged_by_modifier
            && !pw.is_some_and(|w| YEAR_CUES.contains(&w))
            && s.word(e).is_some_and(|w| !YEAR_FOLLOWERS.contains(&w));
        if !hedged {
            return true;
        }
    }
    let time_unit = |k: usize| s.word(k).is_some_and(|w| TIME_UNITS.contains(&w));
    let to_or_and = |k: usize| s.word(k).is_some_and(|w| w == "to" || w == "and");
    time_unit(e)
        || (s.tokens.get(e).is_some_and(|t| t.is_punct('-'))
            && to_or_and(e + 1)
            && s.is_number(e + 2)
            && time_unit(e + 3))
        || (to_or_and(e) && s.is_number(e + 1) && time_unit(e + 2))
}

/// (c) ages after a cue (`aged 13`, `between the ages of 6 and 12`,
/// `older than 25`), (c2) the second number of a qualifying range (`6 and
/// 12`, `13-15`), (k) `between 6 and 12` with no percent after it.
fn is_age_or_range(
    s: &Sentence,
    pw: Option<&str>,
    before_modifier: usize,
    e: usize,
    last: Option<(usize, bool)>,
) -> bool {
    let age_cue = match pw {
        Some("aged" | "age" | "ages") => true,
        Some("of") => s
            .prev_word(before_modifier - 1)
            .is_some_and(|w| w == "age" || w == "ages"),
        Some("than") => s
            .prev_word(before_modifier - 1)
            .is_some_and(|w| w == "older" || w == "younger"),
        _ => false,
    };
    // (Not a large number after a wave's: `1,051 in wave 2 and more than
    // 1,000 in wave 3` is no range from 2 to 1,000; `pages 14 to 17` is.)
    let second_of_range = last.is_some_and(|(q_end, year)| {
        !year
            && before_modifier == q_end + 1
            && s.connector(q_end)
            && !s.percent_at(e)
            && !(q_end
                .checked_sub(1)
                .and_then(|k| s.prev_word(k))
                .is_some_and(|w| matches!(w, "wave" | "waves" | "phase" | "round"))
                && e.checked_sub(1)
                    .and_then(|k| s.tokens.get(k))
                    .is_some_and(|t| matches!(&t.token, Token::Number(p, _) if p.value() > 10.0)))
    });
    let between = pw == Some("between")
        && s.word(e) == Some("and")
        && s.is_number(e + 1)
        && !s.percent_at(e + 2);
    age_cue || second_of_range || between
}

/// (e) ordinals (`21st`), (f) identifiers (`Table 2`, `wave 1`), (g) ranges
/// glued with a hyphen (`12-17`, not `20-25%`), (h) a number glued to a
/// word (`COVID-19`), (i) rate bases (`per 100,000`).
fn is_number_form(
    s: &Sentence,
    start: usize,
    e: usize,
    pw: Option<&str>,
    hedged_by_modifier: bool,
) -> bool {
    let tokens = &s.tokens;
    let ordinal = tokens.get(e).is_some_and(|t| {
        t.joined
            && t.word()
                .is_some_and(|w| matches!(w, "st" | "nd" | "rd" | "th"))
    });
    // (`the third wave 4,200 in 2012`: a wave's or phase's number is small;
    // a large one after it is the wave's amount.)
    let large = matches!(&tokens[start].token, Token::Number(p, _) if p.value() > 10.0);
    let identifier = pw.is_some_and(|w| ID_CUES.contains(&w))
        && !hedged_by_modifier
        && !(large && matches!(pw, Some("wave" | "waves" | "phase")));
    let glued_after = tokens
        .get(e)
        .is_some_and(|t| t.joined && matches!(t.token, Token::Punct('-' | '\u{2013}')))
        && tokens
            .get(e + 1)
            .is_some_and(|t| t.joined && matches!(t.token, Token::Number(..)));
    let glued_before = start >= 2
        && tokens[start].joined
        && matches!(tokens[start - 1].token, Token::Punct('-' | '\u{2013}'))
        && tokens[start - 1].joined;
    let range_after = glued_after && !s.percent_at(e + 2);
    let range_before = glued_before && s.is_number(start - 2) && !s.percent_at(e);
    let glued_to_word = glued_before && matches!(tokens[start - 2].token, Token::Word(_));
    ordinal || identifier || range_after || range_before || glued_to_word || pw == Some("per")
}

/// (j) the pronoun `one`: `one of the`, `no one`, `each one`.
fn is_pronoun_one(s: &Sentence, pw: Option<&str>, e: usize) -> bool {
    s.word(e) == Some("of")
        || pw.is_some_and(|w| {
            matches!(
                w,
                "no" | "the" | "each" | "any" | "every" | "which" | "this" | "that" | "at"
            )
        })
}

/// An amount in its sentence, as stage 4 places it.
#[derive(Clone)]
struct Slot {
    hit: usize,
    modifiers: Vec<usize>,
    head: usize,
    role: AmountRole,
    direction: Option<(QuantifierKind, usize)>,
    /// `644 of the 2,577`: the slot of the whole this count is a part of.
    whole: Option<usize>,
}

/// Stage 4's result: the amounts placed, the modifiers they used, and the
/// sentence's first direction word.
struct Roles {
    slots: Vec<Slot>,
    used_modifier: Vec<bool>,
    direction: Option<QuantifierKind>,
}

/// The direction words seen so far: one pending in its clause, the last,
/// and the end of the last start level.
#[derive(Default)]
struct Directions {
    pending: Option<(QuantifierKind, usize)>,
    last: Option<(QuantifierKind, usize)>,
    last_from: Option<usize>,
    /// The hit of the last level a change ran to.
    last_to: Option<usize>,
}

/// Stage 4, statements: each amount's modifiers, role (claim, base, start
/// or end level) and direction.
fn assign_roles(s: &Sentence, hits: &[Hit], q: &Qualifiers) -> Roles {
    let mut slots: Vec<Slot> = Vec::new();
    let mut seen = Directions::default();
    let mut sentence_direction: Option<QuantifierKind> = None;
    let mut used_modifier = vec![false; hits.len()];
    for h in 0..hits.len() {
        let hit = &hits[h];
        let row = s.row(hit);
        if q.qualifier[h] || q.absorbed[h] {
            continue;
        }
        // `83 percent fall into this age bracket`: a verb of place, not a
        // direction. (Nor `their share fell below a tenth`, `rose above
        // 600`: a level crossed, stated of the level after, not the size of
        // the change, which takes `by`.)
        if row.is_direction_word() && place_after_direction(s, hit.end) {
            continue;
        }
        // `put 87% of online-solicitation arrests down to undercover
        // officers`: `down to` before a noun says what they are owed to,
        // not a fall (`fell down to about 600` keeps its direction).
        if row.is_direction_word()
            && hit.end == hit.start + 1
            && s.word(hit.start) == Some("down")
            && s.word(hit.end) == Some("to")
            && s.word(hit.end + 1).is_some_and(|w| {
                w.chars().all(char::is_alphabetic)
                    && crate::claims::number_word(w).is_none()
                    && !matches!(
                        w,
                        "about"
                            | "around"
                            | "roughly"
                            | "approximately"
                            | "just"
                            | "nearly"
                            | "almost"
                            | "under"
                            | "over"
                            | "some"
                            | "a"
                            | "an"
                            | "less"
                            | "fewer"
                    )
            })
        {
            continue;
        }
        // `did not break down the 8,144 arrests of 2009 by type`: `down` of
        // a verb that sorts or records (`break down`, `write down`, `pin
        // down`), not a fall.
        if row.is_direction_word()
            && hit.end == hit.start + 1
            && s.word(hit.start) == Some("down")
            && s.prev_word(hit.start).is_some_and(|w| {
                matches!(
                    w,
                    "break"
                        | "breaks"
                        | "breaking"
                        | "broke"
                        | "broken"
                        | "write"
                        | "writes"
                        | "wrote"
                        | "written"
                        | "writing"
                        | "jot"
                        | "jotted"
                        | "note"
                        | "noted"
                        | "pin"
                        | "pinned"
                        | "narrow"
                        | "narrowed"
                        | "track"
                        | "tracked"
                        | "hand"
                        | "handed"
                        | "set"
                        | "sets"
                )
            })
        {
            continue;
        }
        // `a third wave's category breakdown`, `a third party`: an ordinal
        // before its noun, not the fraction.
        if s.kind_of(hit) == QuantifierKind::Fraction
            && s.word(hit.end).is_some_and(|w| {
                matches!(
                    w,
                    "wave"
                        | "wave's"
                        | "waves"
                        | "round"
                        | "edition"
                        | "survey"
                        | "party"
                        | "person"
                )
            })
        {
            continue;
        }
        // (Nor a participle before its noun, `keep an online growing diary
        // and join 12 video sessions`: an adjective, not a change.)
        if row.is_direction_word()
            && hit.end == hit.start + 1
            && s.word(hit.start).is_some_and(|w| w.ends_with("ing"))
            && hit.start >= 1
            && matches!(
                s.word(hit.start - 1),
                Some("online" | "a" | "an" | "the" | "our" | "their" | "its")
            )
            && s.word(hit.end).is_some_and(|w| {
                w.chars().all(char::is_alphabetic)
                    && !matches!(
                        w,
                        "by" | "to"
                            | "from"
                            | "at"
                            | "over"
                            | "since"
                            | "in"
                            | "of"
                            | "and"
                    )
                    // (Nor an adverb, `growing steadily`.)
                    && !w.ends_with("ly")
            })
        {
            continue;
        }
        if row.is_direction_word() {
            // (Not one the claim just before already took as its own,
            // `about 21 per cent higher than the 508 of 2000`: the count
            // after `than` is what it is higher than, not a change.)
            let taken = slots.last().is_some_and(|p| {
                p.role == AmountRole::Claim && p.direction.is_some_and(|(_, d)| d == h)
            });
            if !taken {
                seen.pending = Some((row.kind(), h));
            }
            seen.last = Some((row.kind(), h));
            sentence_direction.get_or_insert(row.kind());
            continue;
        }
        if !s.is_amount(hit) {
            continue;
        }
        let (modifiers, head) = modifiers_before(s, hits, h, &q.absorbed);
        for &mi in &modifiers {
            used_modifier[mi] = true;
        }
        let direction_before = h.checked_sub(modifiers.len() + 1).filter(|&d| {
            s.row(&hits[d]).is_direction_word()
                && hits[d].end == head
                && !place_after_direction(s, head)
        });
        let role = role_of(
            s,
            hits,
            h,
            head,
            direction_before.is_some(),
            &seen,
            &mut slots,
        );
        let direction =
            direction_of(s, hits, h, head, role, direction_before, &seen).or_else(|| {
                // `an increase of 1,842, or 159 percent`: `or` restates the
                // change just claimed. (Not a share of a whole: `up about
                // 80%, or about one in eight of that year's arrests`.)
                (role == AmountRole::Claim
                    && s.prev_word(head) == Some("or")
                    && s.word(hits[h].end) != Some("of"))
                .then(|| slots.last())
                .flatten()
                .filter(|p| p.role == AmountRole::Claim)
                .and_then(|p| p.direction)
                .map(|(k, _)| (k, h))
            });
        if role == AmountRole::Claim && direction.is_some() {
            seen.pending = None;
        }
        if role == AmountRole::To {
            seen.last_to = Some(h);
        }
        let own_or_after = own_direction(s, hits, h).or_else(|| direction_after(s, hits, h));
        if let Some((k, _)) = own_or_after {
            sentence_direction.get_or_insert(k);
        }
        if role == AmountRole::From {
            seen.last_from = Some(hit.end);
        }
        slots.push(Slot {
            hit: h,
            modifiers,
            head,
            role,
            direction,
            whole: None,
        });
    }
    resolve_start_levels(s, hits, &mut slots, sentence_direction);
    Roles {
        slots,
        used_modifier,
        direction: sentence_direction,
    }
}

/// The modifiers just before hit `h` (an article may sit between), in
/// order, and the token where the amount's words start.
fn modifiers_before(
    s: &Sentence,
    hits: &[Hit],
    h: usize,
    absorbed: &[bool],
) -> (Vec<usize>, usize) {
    let mut modifiers = Vec::new();
    let mut head = hits[h].start;
    let mut m = h;
    while let Some(p) = m.checked_sub(1) {
        let ph = &hits[p];
        let gap_ok = ph.end == head
            || (ph.end + 1 == head && s.word(ph.end).is_some_and(|w| matches!(w, "a" | "an")));
        // (`interviewed investigators about more than 600 cases`: an
        // `about` before another modifier is the preposition, not a hedge
        // of a hedge.)
        let preposition =
            !modifiers.is_empty() && ph.end == ph.start + 1 && s.word(ph.start) == Some("about");
        if s.kind_of(ph) == QuantifierKind::Modifier && gap_ok && !absorbed[p] && !preposition {
            modifiers.push(p);
            head = ph.start;
            m = p;
        } else {
            break;
        }
    }
    modifiers.reverse();
    (modifiers, head)
}

/// The role of the amount of hit `h` whose words start at `head`: a start
/// level after `from`, an end level after `to` in a change, a base, or a
/// claim.
fn role_of(
    s: &Sentence,
    hits: &[Hit],
    h: usize,
    head: usize,
    direction_just_before: bool,
    seen: &Directions,
    slots: &mut [Slot],
) -> AmountRole {
    let kind = s.kind_of(&hits[h]);
    let level = matches!(
        kind,
        QuantifierKind::Percent
            | QuantifierKind::Number
            | QuantifierKind::Fraction
            | QuantifierKind::Share
    );
    let pw = s.prev_word(head);
    // (Past a softener between `to` and the level: `had fallen to a
    // little more than half`, `rose to just over 7,000`.)
    let mut to_at = head;
    if to_at >= 2 && s.prev_word(to_at) == Some("little") && s.prev_word(to_at - 1) == Some("a") {
        to_at -= 2;
    } else if matches!(pw, Some("slightly" | "barely")) {
        to_at -= 1;
    }
    let to_of_change = s.prev_word(to_at) == Some("to")
        && !s
            .prev_word(to_at - 1)
            .is_some_and(|w| NOT_TO_LEVEL.contains(&w));
    // `up from 7,010 in 2006 and 2,577 in 2000`: a second start level;
    // `rising to 7,010 in 2006 and 8,144 in 2009`: a second end level, not
    // a rise of 8,144. After `and`, with only years between.
    let second = |role: AmountRole| {
        level
            && pw == Some("and")
            && slots.last().is_some_and(|b| {
                b.role == role
                    && (hits[b.hit].end..head - 1).all(|k| {
                        s.word(k) == Some("in")
                            || s.tokens[k].is_punct(',')
                            || matches!(s.tokens[k].token, Token::Number(..))
                    })
            })
    };
    let (second_from, second_to) = (second(AmountRole::From), second(AmountRole::To));
    if level && (pw == Some("from") || second_from) {
        AmountRole::From
    } else if second_to
        || (level
            && to_of_change
            && (direction_just_before
                || seen
                    .pending
                    .is_some_and(|(_, p)| !s.broken(hits[p].end, head))
                || seen
                    .last
                    .is_some_and(|(_, d)| s.same_sentence(hits[d].end, head))
                || seen.last_from.is_some_and(|f| s.same_sentence(f, head))))
    {
        AmountRole::To
    } else if kind == QuantifierKind::Number {
        count_role(s, hits, h, head, slots)
    } else {
        AmountRole::Claim
    }
}

/// The role of a count: the base of the share before it (`a quarter of the
/// 2,577 arrests`), of a clause (`Of the 612 interviews,`), `(n = 129)`, or
/// the whole of the count before it (`644 of the 2,577`, which marks that
/// count as its part); else a claim.
fn count_role(s: &Sentence, hits: &[Hit], h: usize, head: usize, slots: &mut [Slot]) -> AmountRole {
    let mut k = head;
    if k > 0 && s.word(k - 1) == Some("the") {
        k -= 1;
    }
    let of_at = k.checked_sub(1).filter(|&o| {
        s.word(o)
            .is_some_and(|w| matches!(w, "of" | "among" | "amongst"))
    });
    let before = slots.last().filter(|b| of_at == Some(hits[b.hit].end));
    let after_share = before.is_some_and(|b| {
        matches!(
            s.kind_of(&hits[b.hit]),
            QuantifierKind::Percent | QuantifierKind::Fraction | QuantifierKind::Share
        )
    });
    let clause_start = of_at.is_some_and(|o| o == 0 || is_breaker(&s.tokens, o - 1));
    let n_equals =
        head >= 2 && s.tokens[head - 1].is_punct('=') && s.word(head - 2).is_some_and(|w| w == "n");
    // `644 of the 2,577 arrests`: a count of a larger count is a part of a
    // whole, a share.
    let part = of_at.filter(|&o| s.word(o) == Some("of")).and_then(|_| {
        let b = before?;
        let (n, m) = (hits[b.hit].slots.first()?, hits[h].slots.first()?);
        (s.kind_of(&hits[b.hit]) == QuantifierKind::Number
            && b.role == AmountRole::Claim
            && b.direction.is_none()
            && b.whole.is_none()
            && m.value > 0.0
            && n.value <= m.value)
            .then_some(slots.len() - 1)
    });
    if let Some(p) = part {
        slots[p].whole = Some(slots.len());
    }
    if part.is_some() || after_share || clause_start || n_equals {
        AmountRole::Base
    } else {
        AmountRole::Claim
    }
}

/// The direction a hit carries itself (`up N%`, `N% decrease`).
fn own_direction(s: &Sentence, hits: &[Hit], h: usize) -> Option<(QuantifierKind, usize)> {
    match s.kind_of(&hits[h]) {
        k @ (QuantifierKind::Increase | QuantifierKind::Decrease) => Some((k, h)),
        _ => None,
    }
}

/// The words that, right after a direction word, make it a level crossed
/// rather than a change: `their share fell below a tenth`, `rose above 600`
/// (the level after; the size of a change takes `by`).
pub(crate) const LEVEL_CROSSED: [&str; 4] = ["below", "above", "beneath", "past"];

/// Whether the word at `at`, right after a direction word, makes the verb
/// one of place or of a level crossed rather than of a change: `83 percent
/// fall into this age bracket`, `their share fell below a tenth` (see
/// [`LEVEL_CROSSED`]).
fn place_after_direction(s: &Sentence, at: usize) -> bool {
    s.word(at)
        .is_some_and(|w| matches!(w, "into" | "within" | "under") || LEVEL_CROSSED.contains(&w))
}

/// A direction word just after hit `h` (`a 21 percent increase`).
fn direction_after(s: &Sentence, hits: &[Hit], h: usize) -> Option<(QuantifierKind, usize)> {
    hits.get(h + 1)
        .filter(|d| {
            s.row(d).is_direction_word()
                && d.start == hits[h].end
                && !s
                    .word(d.end)
                    .is_some_and(|w| matches!(w, "into" | "within" | "under"))
                // (`490 rising to 877`: the number is where the change
                // starts, not its size.)
                && !(s.word(d.end) == Some("to") && s.is_number(d.end + 1))
        })
        .map(|d| (s.kind_of(d), h + 1))
}

/// The direction of a claimed amount: its own, one just after, one just
/// before, one pending in its clause, or, after `by`, the sentence's last
/// (`rose, according to the paper, by 280 percent`).
fn direction_of(
    s: &Sentence,
    hits: &[Hit],
    h: usize,
    head: usize,
    role: AmountRole,
    direction_before: Option<usize>,
    seen: &Directions,
) -> Option<(QuantifierKind, usize)> {
    if role != AmountRole::Claim {
        return None;
    }
    let before = direction_before.map(|d| (s.kind_of(&hits[d]), d));
    // `a modest increase, 21%, in arrests`: the amount in apposition.
    // (Not a count after the count the direction ran to: in `rose to 7,010
    // in 2006 and reached 8,144 in 2009` the 8,144 is a level, not a rise
    // of 8,144; `rose from 826 to 3,137, or 280 per cent` restates it.)
    let after_its_level = |p: usize| {
        seen.last_to.is_some_and(|t| {
            t > p
                && s.kind_of(&hits[t]) == QuantifierKind::Number
                && s.kind_of(&hits[h]) == QuantifierKind::Number
        })
    };
    let gap = seen.pending.filter(|(_, p)| {
        (!s.broken(hits[*p].end, head)
            || (hits[*p].end + 1 == head && s.tokens[hits[*p].end].is_punct(',')))
            && !after_its_level(*p)
    });
    let by = (s.prev_word(head) == Some("by"))
        .then_some(seen.last)
        .flatten()
        .filter(|(_, d)| s.same_sentence(hits[*d].end, head));
    own_direction(s, hits, h)
        .or_else(|| direction_after(s, hits, h))
        .or(before)
        .or(gap)
        .or(by)
}

/// `7,010 in 2006, up from 2,577`: a start level with no end level after it
/// in its sentence takes the last claimed level of its unit before it as
/// its end level, when a direction lies between; with no direction in the
/// text it is a claim. One pass each way, so a long text stays linear.
fn resolve_start_levels(
    s: &Sentence,
    hits: &[Hit],
    slots: &mut [Slot],
    sentence_direction: Option<QuantifierKind>,
) {
    let mut to_after = vec![false; slots.len()];
    let mut to_sentence: Option<usize> = None;
    for f in (0..slots.len()).rev() {
        let here = s.sentence_of(hits[slots[f].hit].start);
        to_after[f] = to_sentence == Some(here);
        if slots[f].role == AmountRole::To {
            to_sentence = Some(here);
        }
    }
    let direction_at = direction_marks(s, hits, slots);
    // The last claimed level of each unit (counts, shares) in the sentence.
    let mut last_level: [Option<usize>; 2] = [None, None];
    let mut current_sentence = usize::MAX;
    for f in 0..slots.len() {
        let here = s.sentence_of(hits[slots[f].hit].start);
        if here != current_sentence {
            current_sentence = here;
            last_level = [None, None];
        }
        let unit_index = match level_unit(s.kind_of(&hits[slots[f].hit])) {
            Some(Scale::Count) => Some(0),
            Some(_) => Some(1),
            None => None,
        };
        if slots[f].role == AmountRole::From && !to_after[f] {
            let candidate = unit_index.and_then(|u| last_level[u]);
            let direction_between = candidate.is_some_and(|c| {
                let (a, b) = (hits[slots[c].hit].end, slots[f].head);
                a <= b && direction_at[b] > direction_at[a]
            });
            match candidate {
                Some(c) if direction_between => slots[c].role = AmountRole::To,
                _ => {
                    if sentence_direction.is_none() {
                        slots[f].role = AmountRole::Claim;
                    }
                }
            }
        }
        if slots[f].role == AmountRole::Claim
            && slots[f].direction.is_none()
            && let Some(u) = unit_index
        {
            last_level[u] = Some(f);
        }
    }
}

/// The count, before each token, of the tokens where a direction starts:
/// direction words and amounts that carry one.
fn direction_marks(s: &Sentence, hits: &[Hit], slots: &[Slot]) -> Vec<usize> {
    let n = s.len();
    let mut marks = vec![false; n];
    for d in hits {
        if s.row(d).is_direction_word() {
            marks[d.start] = true;
        }
    }
    for sl in slots {
        if sl.direction.is_some() {
            marks[hits[sl.hit].start] = true;
        }
    }
    let mut direction_at = vec![0usize; n + 1];
    for k in 0..n {
        direction_at[k + 1] = direction_at[k] + usize::from(marks[k]);
    }
    direction_at
}

/// Stage 5, what is unread: modifiers with nothing to hedge (a hedge on an
/// absolute share is reported with the share).
fn unused_modifiers(s: &Sentence, hits: &[Hit], roles: &Roles, q: &Qualifiers) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (h, hit) in hits.iter().enumerate() {
        if s.kind_of(hit) != QuantifierKind::Modifier || roles.used_modifier[h] || q.absorbed[h] {
            continue;
        }
        let next_is_share = hits
            .get(h + 1)
            .is_some_and(|x| x.start == hit.end && s.kind_of(x) == QuantifierKind::Share);
        if next_is_share {
            continue;
        }
        let end = (hit.end + 1).min(s.len());
        problems.push((
            3,
            hit.start,
            ReadProblem {
                part: s.part(hit.start, end),
                reason: format!(
                    "'{}' is not followed by a number, a fraction in words or a quantifier",
                    s.row(hit).phrase()
                ),
            },
        ));
    }
    problems
}

/// Adverbs that size a change without an amount (`grew sharply`).
const CHANGE_ADVERBS: [&str; 14] = [
    "sharply",
    "dramatically",
    "significantly",
    "substantially",
    "considerably",
    "markedly",
    "steadily",
    "rapidly",
    "slightly",
    "modestly",
    "somewhat",
    "greatly",
    "enormously",
    "exponentially",
];

/// Stage 5, what is vague: vague words of the table (`many`, `a
/// significant share`, `grew sharply`). A change adverb that qualifies no
/// change (`significantly more than`) is read with what follows it.
fn vague_statements(
    s: &Sentence,
    hits: &[Hit],
    sentence_direction: Option<QuantifierKind>,
) -> Vec<VagueStatement> {
    let mut vague = Vec::new();
    for (h, hit) in hits.iter().enumerate() {
        if s.kind_of(hit) != QuantifierKind::Vague {
            continue;
        }
        let dir = h
            .checked_sub(1)
            .map(|d| &hits[d])
            .filter(|d| s.row(d).is_direction_word() && d.end == hit.start);
        let start = dir.map_or(hit.start, |d| d.start);
        let change_adverb = CHANGE_ADVERBS.contains(&s.row(hit).phrase());
        let before_amount = hits.get(h + 1).is_some_and(|x| x.start == hit.end);
        if change_adverb && dir.is_none() && (before_amount || sentence_direction.is_none()) {
            continue;
        }
        vague.push(VagueStatement {
            span: [s.tokens[start].start, s.tokens[hit.end - 1].end],
            wording: s.part(start, hit.end),
            phrase: s.row(hit).phrase().to_string(),
            kind: if dir.is_some() || change_adverb {
                ClaimKind::Change
            } else {
                ClaimKind::Share
            },
            reason: s.row(hit).rationale().to_string(),
        });
    }
    vague
}

/// Stage 5, comparisons without an amount: `more successful than`.
fn comparisons(s: &Sentence, hits: &[Hit]) -> Vec<VagueStatement> {
    let n = s.len();
    let mut hit_at = vec![false; n];
    for hit in hits {
        for x in hit_at.iter_mut().take(hit.end).skip(hit.start) {
            *x = true;
        }
    }
    let mut vague = Vec::new();
    for k in 0..n {
        if !s.word(k).is_some_and(|w| COMPARATIVES.contains(&w)) || hit_at[k] || s.consumed[k] {
            continue;
        }
        let than = (k + 2..=(k + 3).min(n.saturating_sub(1))).find(|&t| s.word(t) == Some("than"));
        let Some(t) = than else { continue };
        if (k + 1..t).any(|x| s.word(x).is_none() || hit_at[x]) {
            continue;
        }
        if s.tokens
            .get(t + 1)
            .is_some_and(|x| hit_at[t + 1] && !x.is_word("the"))
        {
            continue;
        }
        vague.push(VagueStatement {
            span: [s.tokens[k].start, s.tokens[t - 1].end],
            wording: s.part(k, t),
            phrase: format!("{} ... than", s.word(k).unwrap_or("")),
            kind: ClaimKind::Change,
            reason: "a comparison that states no amount: it says which is larger, not by how much, so no number can be judged against it".into(),
        });
    }
    vague
}

/// Stage 6, the amounts: each slot built with its interval; a part of a
/// whole becomes the share it states; a range of percentages is merged.
fn build_amounts(s: &Sentence, hits: &[Hit], slots: &[Slot]) -> (Vec<StatedAmount>, Vec<Problem>) {
    let mut amounts = Vec::new();
    let mut problems = Vec::new();
    let mut amount_of_slot: Vec<Option<usize>> = Vec::with_capacity(slots.len());
    for slot in slots {
        match build_amount(s, hits, slot) {
            Ok(a) => {
                amount_of_slot.push(Some(amounts.len()));
                amounts.push(a);
            }
            Err((rank, p)) => {
                amount_of_slot.push(None);
                problems.push((rank, hits[slot.hit].start, p));
            }
        }
    }
    // `644 of the 2,577 arrests`: the part becomes the share it states.
    for (f, slot) in slots.iter().enumerate() {
        let pair = slot.whole.and_then(|w| {
            Some((
                amount_of_slot[f]?,
                amount_of_slot.get(w).copied().flatten()?,
            ))
        });
        if let Some((a, b)) = pair
            && let Some(share) = part_of_whole(s.text, &amounts[a], &amounts[b])
        {
            amounts[a] = share;
        }
    }
    // `20-25%`, `between 20 and 25 percent`: a range of percentages.
    (merge_ranges(s.text, amounts), problems)
}

/// `644 of the 2,577`: the share a part of a whole states, with the values
/// the two printed counts admit (`100 * 643.5 / 2577.5` to `100 * 644.5 /
/// 2576.5`) and, for a hedged part (`nearly 700 of the 2,577`), the hedge's
/// interval over the whole's. `None` when a count has no printed interval
/// or the whole admits zero.
fn part_of_whole(text: &str, part: &StatedAmount, whole: &StatedAmount) -> Option<StatedAmount> {
    // (`998 of more than 2,500 arrests`: a hedged whole states a level of
    // its own and pins no share; each count is read alone.)
    if whole.quantifier.is_some() {
        return None;
    }
    let (m_lo, m_hi) = (whole.exact?.lower(), whole.exact?.upper());
    let (n, m) = (part.stated?, whole.stated?);
    if m_lo <= 0.0 || m <= 0.0 {
        return None;
    }
    let over = |i: &AcceptedInterval| {
        AcceptedInterval::new(
            100.0 * i.lower() / m_hi,
            100.0 * i.upper() / m_lo,
            i.lower_closed(),
            i.upper_closed(),
        )
        .ok()
    };
    let exact = over(&part.exact?)?;
    let accepted = within_scale(over(&part.accepted)?, Scale::Percent, None);
    let span = [part.span[0], whole.span[1]];
    Some(StatedAmount {
        wording: text.get(span[0]..span[1])?.to_string(),
        kind: ClaimKind::Share,
        unit: Scale::Percent,
        stated: Some(100.0 * n / m),
        printed: None,
        decimals: None,
        exact: Some(exact),
        accepted,
        quantifier: Some(
            part.quantifier
                .clone()
                .map_or_else(|| "N of the N".to_string(), |q| format!("{q} N of the N")),
        ),
        understated: part.understated.map(|t| 100.0 * t / m),
        role: AmountRole::Claim,
        span,
    })
}

/// The unit of a level of this kind: counts or shares.
fn level_unit(kind: QuantifierKind) -> Option<Scale> {
    match kind {
        QuantifierKind::Number => Some(Scale::Count),
        QuantifierKind::Percent | QuantifierKind::Fraction | QuantifierKind::Share => {
            Some(Scale::Percent)
        }
        _ => None,
    }
}

/// A range of percentages (`20-25%`, `between 20 and 25 percent`): the
/// percentage amount accepts from the first number's lower end to its own
/// upper end, and the first number (read as a count) is dropped.
fn merge_ranges(text: &str, amounts: Vec<StatedAmount>) -> Vec<StatedAmount> {
    let mut out: Vec<StatedAmount> = Vec::with_capacity(amounts.len());
    for b in amounts {
        let merged = out.last().and_then(|a| {
            let between = text.get(a.span[1]..b.span[0])?.trim();
            let joined = a.unit == Scale::Count
                && b.unit == Scale::Percent
                && b.quantifier.is_none()
                && a.role == AmountRole::Claim
                && b.role == AmountRole::Claim
                && matches!(between, "-" | "\u{2013}" | "to" | "and");
            if !joined {
                return None;
            }
            let (lower, upper) = (a.exact?.lower(), b.exact?.upper());
            let range = AcceptedInterval::closed(lower, upper).ok()?;
            let before = text[..a.span[0]].trim_end();
            let start = before
                .strip_suffix("between")
                .map_or(a.span[0], |rest| rest.len());
            let mut m = b.clone();
            m.span = [start, b.span[1]];
            m.wording = text[start..b.span[1]].to_string();
            m.accepted = range;
            m.exact = None;
            m.stated = None;
            m.printed = None;
            m.quantifier = Some("range".into());
            m.understated = None;
            Some(m)
        });
        match merged {
            Some(m) => {
                out.pop();
                out.push(m);
            }
            None => out.push(b),
        }
    }
    out
}

type BuildError = (u8, ReadProblem);

/// What the words of an amount state before any hedge: its scale, value,
/// printed interval, granularity, decimals and printed number.
struct Read {
    unit: Scale,
    x: Option<f64>,
    exact: Option<(f64, f64)>,
    g: f64,
    decimals: Option<u32>,
    printed: Option<PrintedNumber>,
}

impl Read {
    /// A printed numeral on a scale.
    fn numeral(n: &Numeral, unit: Scale) -> Read {
        Read {
            unit,
            x: Some(n.value),
            exact: Some(n.admitted()),
            g: n.granularity(),
            decimals: n.printed_decimals(),
            printed: n.printed.clone().or_else(|| {
                n.words
                    .then(|| PrintedNumber::new(n.value, 0).ok())
                    .flatten()
            }),
        }
    }

    /// A word's value (a fraction in percent, a multiple) at its implied
    /// decimals.
    fn word(v: f64, decimals: u32, unit: Scale) -> Read {
        let half = 0.5 * 10f64.powi(-(decimals as i32));
        Read {
            unit,
            x: Some(v),
            exact: Some((v - half, v + half)),
            g: f64::INFINITY,
            decimals: Some(decimals),
            printed: None,
        }
    }
}

/// The words of an amount and where they are: the slot, the span of its
/// words (from a direction word that comes first or its first modifier to
/// the amount or a direction word just after it), and its hedge.
struct AmountWords<'s> {
    slot: &'s Slot,
    first: usize,
    last: usize,
    /// The hedge: the outermost modifier that is not a bare `an estimated`.
    modifier: Option<usize>,
}

impl AmountWords<'_> {
    fn of<'s>(s: &Sentence, hits: &[Hit], slot: &'s Slot) -> AmountWords<'s> {
        let hit = &hits[slot.hit];
        let (mut first, mut last) = (slot.head, hit.end);
        if let Some((_, d)) = slot.direction
            && d != slot.hit
        {
            first = first.min(hits[d].start);
            last = last.max(hits[d].end);
        }
        // A modifier that adds no hedge (`estimated`) gives back the
        // printed rounding interval; probed at a number whose tenth is far
        // wider than its rounding, so that `about` (a tenth, or two steps)
        // is not mistaken for one (`estimated about 2,600` is `about`).
        let identity = |m: usize| {
            s.row(&hits[m])
                .interval_with(1000.0, 999.5, 1000.5, 1.0)
                .is_some_and(|i| i.ends() == [999.5, 1000.5])
        };
        let modifier = slot
            .modifiers
            .iter()
            .copied()
            .find(|&m| !identity(m))
            .or_else(|| slot.modifiers.first().copied());
        AmountWords {
            slot,
            first,
            last,
            modifier,
        }
    }

    /// Whether the amount is a claimed change (it has a direction).
    fn changed(&self) -> bool {
        self.slot.direction.is_some() && self.slot.role == AmountRole::Claim
    }

    fn direction(&self) -> Option<QuantifierKind> {
        self.slot.direction.map(|(k, _)| k)
    }

    fn problem(&self, s: &Sentence, rank: u8, reason: impl Into<String>) -> BuildError {
        problem_at(s, rank, self.first, self.last, reason)
    }
}

fn problem_at(s: &Sentence, rank: u8, a: usize, b: usize, reason: impl Into<String>) -> BuildError {
    let part = s.part(a, b);
    (
        rank,
        ReadProblem {
            part,
            reason: reason.into(),
        },
    )
}

/// Stage 6, one amount: what its words state, the interval its hedge
/// accepts, turned to the sentence's direction and kept within its scale.
fn build_amount(s: &Sentence, hits: &[Hit], slot: &Slot) -> Result<StatedAmount, BuildError> {
    let words = AmountWords::of(s, hits, slot);
    let row = s.row(&hits[slot.hit]);
    let read = read_amount(s, hits, &words)?;
    let (accepted, understated) = hedged_interval(s, hits, &words, &read)?;
    let exact = read
        .exact
        .and_then(|(lo, hi)| AcceptedInterval::closed(lo, hi).ok());
    let decrease = (words.changed() && words.direction() == Some(QuantifierKind::Decrease))
        || row.kind() == QuantifierKind::Decrease;
    let (stated, exact, accepted, understated) =
        oriented(s, &words, &read, decrease, (exact, accepted, understated))?;
    let quantifier = match (words.modifier, row.kind()) {
        (Some(m), _) => Some(s.row(&hits[m]).phrase().to_string()),
        (None, QuantifierKind::Fraction | QuantifierKind::Share) => Some(row.phrase().to_string()),
        (None, QuantifierKind::Ratio) if row.value != ValueRule::Slot => {
            Some(row.phrase().to_string())
        }
        _ => None,
    };
    let printed = read.printed.map(|p| {
        if decrease {
            PrintedNumber::new(-p.value(), p.decimals()).unwrap_or(p)
        } else {
            p
        }
    });
    let kind = match read.unit {
        Scale::Percent => ClaimKind::Share,
        Scale::Count => ClaimKind::Level,
        _ => ClaimKind::Change,
    };
    Ok(StatedAmount {
        wording: s.part(words.first, words.last),
        kind,
        unit: read.unit,
        stated,
        printed,
        decimals: read.decimals,
        exact,
        accepted: within_scale(accepted, read.unit, stated),
        quantifier,
        understated,
        role: slot.role,
        span: [s.tokens[words.first].start, s.tokens[words.last - 1].end],
    })
}

/// What the words of an amount state, by the kind of its table row: a
/// printed numeral on the scale its role and direction give, a word's
/// fixed value, an absolute share (which takes no hedge and is no change).
fn read_amount(s: &Sentence, hits: &[Hit], words: &AmountWords) -> Result<Read, BuildError> {
    let hit = &hits[words.slot.hit];
    let row = s.row(hit);
    let changed = words.changed();
    let on = |change: Scale, level: Scale| if changed { change } else { level };
    Ok(match row.kind() {
        QuantifierKind::Percent => {
            Read::numeral(&hit.slots[0], on(Scale::PercentChange, Scale::Percent))
        }
        QuantifierKind::Number => Read::numeral(&hit.slots[0], on(Scale::Difference, Scale::Count)),
        QuantifierKind::Points => Read::numeral(&hit.slots[0], Scale::Difference),
        QuantifierKind::Increase | QuantifierKind::Decrease => {
            Read::numeral(&hit.slots[0], Scale::PercentChange)
        }
        QuantifierKind::Fraction => {
            let v = match row.value {
                ValueRule::Fixed(v) => v,
                ValueRule::SlotOver(d) => hit.slots[0].value / d,
                ValueRule::SlotRatio => hit.slots[0].value / hit.slots[1].value,
                _ => 0.0,
            } * 100.0;
            Read::word(
                v,
                row.decimals().unwrap_or(0),
                on(Scale::PercentChange, Scale::Percent),
            )
        }
        QuantifierKind::Ratio => match row.value {
            ValueRule::Slot => Read::numeral(&hit.slots[0], Scale::Ratio),
            _ => Read::word(
                row.value().unwrap_or(1.0),
                row.decimals().unwrap_or(0),
                Scale::Ratio,
            ),
        },
        QuantifierKind::Share => {
            if let Some(m) = words.slot.modifiers.first() {
                let reason = format!(
                    "'{}' cannot hedge the absolute share '{}'",
                    s.row(&hits[*m]).phrase(),
                    row.phrase()
                );
                return Err(problem_at(s, 2, hits[*m].start, hit.end, reason));
            }
            if changed {
                return Err(words.problem(s, 2, "an absolute share cannot be a change"));
            }
            Read {
                unit: Scale::Percent,
                x: None,
                exact: None,
                g: f64::INFINITY,
                decimals: None,
                printed: None,
            }
        }
        QuantifierKind::Modifier | QuantifierKind::Vague => {
            return Err(words.problem(s, 3, "not an amount"));
        }
    })
}

/// The interval the words accept, and where a bound that holds starts to
/// understate: the row's own interval, or its hedge's. A word with a fixed
/// value (a fraction, a multiple) has no printed granularity; its rounding
/// step is twice the distance from its value to the nearer end of the range
/// it accepts, which is what a hedge on it reads as `g` ('nearly
/// two-thirds' stops where two-thirds does). A hedge on a ratio below one
/// (`more than halved`) is on the reduction, so it applies to the inverse
/// ratio (from / to above 2).
fn hedged_interval(
    s: &Sentence,
    hits: &[Hit],
    words: &AmountWords,
    read: &Read,
) -> Result<(AcceptedInterval, Option<f64>), BuildError> {
    let row = s.row(&hits[words.slot.hit]);
    let (lo, hi) = read.exact.unwrap_or((f64::NAN, f64::NAN));
    let x = read.x.unwrap_or(f64::NAN);
    let own = if row.kind() == QuantifierKind::Share {
        row.interval(0.0, 0.0, 0.0).map(|i| i.scaled(100.0))
    } else {
        row.interval_with(x, lo, hi, read.g)
    };
    let g = match (&own, read.g.is_finite()) {
        (Some(o), false) if x.is_finite() => {
            let step = 2.0 * (x - o.lower()).min(o.upper() - x);
            if step.is_finite() && step > 0.0 {
                step
            } else {
                read.g
            }
        }
        _ => read.g,
    };
    let inverse = read.unit == Scale::Ratio && x < 1.0 && x > 0.0;
    let hedge = words.modifier.map(|m| s.row(&hits[m]));
    let accepted = match hedge {
        Some(q) if inverse => q
            .interval_with(1.0 / x, 1.0 / hi, 1.0 / lo, g)
            .and_then(|i| i.reciprocal()),
        Some(q) => q.interval_with(x, lo, hi, g),
        None => own,
    }
    .ok_or_else(|| {
        words.problem(
            s,
            2,
            "the quantifier table gives no interval for this wording",
        )
    })?;
    let understated = hedge.and_then(|q| {
        if inverse {
            q.understated_with(1.0 / x, 1.0 / hi, 1.0 / lo, g)
                .filter(|t| *t > 0.0)
                .map(|t| 1.0 / t)
        } else {
            q.understated_with(x, lo, hi, g)
        }
    });
    Ok((accepted, understated))
}

/// The value, intervals and understatement point turned to the sentence's
/// direction: `fell fivefold` divides by five (to / from is the reciprocal
/// of what the words accept); a fall stated as a percentage or a
/// difference is negative.
#[allow(clippy::type_complexity)]
fn oriented(
    s: &Sentence,
    words: &AmountWords,
    read: &Read,
    decrease: bool,
    (exact, accepted, understated): (Option<AcceptedInterval>, AcceptedInterval, Option<f64>),
) -> Result<
    (
        Option<f64>,
        Option<AcceptedInterval>,
        AcceptedInterval,
        Option<f64>,
    ),
    BuildError,
> {
    let x = read.x.unwrap_or(f64::NAN);
    let fall_multiple = read.unit == Scale::Ratio
        && words.direction() == Some(QuantifierKind::Decrease)
        && x >= 1.0;
    if fall_multiple {
        let accepted = accepted.reciprocal().ok_or_else(|| {
            words.problem(s, 2, "a fall by a multiple needs a multiple above zero")
        })?;
        return Ok((
            read.x.map(|v| 1.0 / v),
            exact.and_then(|e| e.reciprocal()),
            accepted,
            understated.filter(|t| *t > 0.0).map(|t| 1.0 / t),
        ));
    }
    if decrease && read.unit != Scale::Ratio {
        return Ok((
            read.x.map(|v| -v),
            exact.map(|e| e.negated()),
            accepted.negated(),
            understated.map(|t| -t),
        ));
    }
    Ok((read.x, exact, accepted, understated))
}

/// The accepted interval within the values its scale can take: a share
/// lies in [0, 100], a count and a ratio are not negative, a percentage
/// fall is at most 100%. A bound with no end on one side ('more than
/// half', 'less than 400') ends there; an interval wholly outside is kept
/// as it is (the statement is impossible, and judged so).
fn within_scale(accepted: AcceptedInterval, unit: Scale, stated: Option<f64>) -> AcceptedInterval {
    let (floor, ceiling) = match unit {
        Scale::Percent => (0.0, 100.0),
        Scale::Count | Scale::Ratio => (0.0, f64::INFINITY),
        Scale::PercentChange => (-100.0, f64::INFINITY),
        Scale::Difference => return accepted,
    };
    let (mut lower, mut lower_closed) = (accepted.lower(), accepted.lower_closed());
    let (mut upper, mut upper_closed) = (accepted.upper(), accepted.upper_closed());
    if lower < floor && floor <= upper {
        (lower, lower_closed) = (floor, true);
    }
    if upper > ceiling && ceiling >= lower {
        (upper, upper_closed) = (ceiling, true);
    }
    // A stress that demands a distance above the stated value (`well over
    // 90 percent`: a tenth more, 99) asks at most half the room the scale
    // has left above it (95): near the top of a bounded scale a tenth
    // more is no longer there to be had, and `well over 90 percent` for
    // about 95% is not a false statement.
    if let Some(x) = stated
        && ceiling.is_finite()
        && upper >= ceiling
        && lower > x
        && x < ceiling
    {
        let half = x + (ceiling - x) / 2.0;
        if lower > half {
            (lower, lower_closed) = (half, true);
        }
    }
    AcceptedInterval::new(lower, upper, lower_closed, upper_closed).unwrap_or(accepted)
}

#[cfg(test)]
mod tests {
    //! Each stage of the reader, alone.
    use super::*;

    fn table() -> std::sync::Arc<QuantifierTable> {
        QuantifierTable::shared_default()
    }

    fn phrases(s: &Sentence, hits: &[Hit]) -> Vec<String> {
        hits.iter().map(|h| s.row(h).phrase().to_string()).collect()
    }

    #[test]
    fn stage_1_tokens_set_periods_aside() {
        let t = table();
        let (s, periods) = Sentence::lex("In fiscal year 2001, 2,577 arrests; then more.", &t);
        assert!(periods.first.is_some());
        // `fiscal year 2001` is taken; `2,577` is not.
        let taken: Vec<&str> = (0..s.len())
            .filter(|&k| s.consumed[k])
            .map(|k| &s.text[s.tokens[k].start..s.tokens[k].end])
            .collect();
        assert_eq!(taken, ["fiscal", "year", "2001"]);
        let semicolon = s.tokens.iter().position(|t| t.is_punct(';')).unwrap();
        assert!(s.broken(0, semicolon + 1) && !s.same_sentence(0, semicolon + 1));
    }

    #[test]
    fn stage_2_phrases_take_the_longest_match() {
        let t = table();
        let (s, _) = Sentence::lex("nearly a quarter of the 2,577 arrests, up 2,50", &t);
        let (hits, problems) = find_phrases(&s, &t);
        assert_eq!(phrases(&s, &hits), ["nearly", "a quarter", "N", "up"]);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].2.part, "2,50");
        // A part of every whole admits its noun: one phrase, not a count.
        let (s, _) = Sentence::lex("one arrest in every four", &t);
        let (hits, _) = find_phrases(&s, &t);
        assert_eq!(phrases(&s, &hits), ["N in every N"]);
        let (s, _) = Sentence::lex("one arrest in four", &t);
        let (hits, _) = find_phrases(&s, &t);
        assert_eq!(phrases(&s, &hits), ["N in N"]);
        // A year is no whole.
        let (s, _) = Sentence::lex("508 arrests in 2000", &t);
        let (hits, _) = find_phrases(&s, &t);
        assert!(!phrases(&s, &hits).contains(&"N in N".to_string()));
    }

    #[test]
    fn stage_3_qualifiers_are_set_aside() {
        let t = table();
        let (s, _) = Sentence::lex(
            "In 2006, 25% of children under 3 aged 12-17 in Table 2 were in more than one agency",
            &t,
        );
        let (hits, _) = find_phrases(&s, &t);
        let q = find_qualifiers(&s, &hits);
        let spans: Vec<String> = q.spans.iter().map(|(a, b)| s.part(*a, *b)).collect();
        assert_eq!(spans, ["2006", "under 3", "12", "17", "2", "more than one"]);
        // `under` and `more than` went with their numbers.
        assert_eq!(q.absorbed.iter().filter(|a| **a).count(), 2);
    }

    #[test]
    fn stage_4_roles_and_directions() {
        let t = table();
        let roles_of = |text: &str| {
            let (s, _) = Sentence::lex(text, &t);
            let (hits, _) = find_phrases(&s, &t);
            let q = find_qualifiers(&s, &hits);
            let r = assign_roles(&s, &hits, &q);
            let roles: Vec<AmountRole> = r.slots.iter().map(|x| x.role).collect();
            (roles, r.slots, r.direction)
        };
        let (roles, slots, direction) = roles_of("Arrests rose by 4,433, from 2,577 to 7,010");
        assert_eq!(roles, [AmountRole::Claim, AmountRole::From, AmountRole::To]);
        assert!(slots[0].direction.is_some());
        assert_eq!(direction, Some(QuantifierKind::Increase));
        // `7,010 in 2006, up from 2,577`: the earlier level is the end.
        let (roles, ..) = roles_of("7,010 arrests in 2006, up from 2,577");
        assert_eq!(roles, [AmountRole::To, AmountRole::From]);
        // A count of a larger count: a part of a whole.
        let (roles, slots, _) = roles_of("644 of the 2,577 arrests");
        assert_eq!(roles, [AmountRole::Claim, AmountRole::Base]);
        assert_eq!(slots[0].whole, Some(1));
        let (_, slots, _) = roles_of("nearly a quarter");
        assert_eq!(slots[0].modifiers.len(), 1);
        // `and` after a start level and its year: a second start level.
        let (roles, ..) =
            roles_of("8,144 arrests in 2009, up from 7,010 in 2006 and 2,577 in 2000");
        assert_eq!(roles, [AmountRole::To, AmountRole::From, AmountRole::From]);
        // `or` restates the change just claimed, on its own scale.
        let (roles, slots, _) = roles_of("an increase of 1,842, or 159 percent");
        assert_eq!(roles, [AmountRole::Claim, AmountRole::Claim]);
        assert!(slots[1].direction.is_some());
        // A count compared with another is a difference.
        let t2 = table();
        let diff = read(
            "That is more than 5,000 arrests above the first-wave count",
            &t2,
        );
        assert_eq!(diff.amounts[0].unit, Scale::Difference);
        let level = read("Police made 5,000 arrests above all in big cities", &t2);
        assert_eq!(level.amounts[0].unit, Scale::Count);
        // Not across a comma: a level, then a multiple of the one before.
        let apart = read("In the second, 7,010, more than twice as many", &t2);
        assert_eq!(apart.amounts[0].unit, Scale::Count);
        assert_eq!(apart.amounts[1].unit, Scale::Ratio);
        let half = read("more than two and a half times as many", &t2);
        assert_eq!(half.amounts[0].stated, Some(2.5));
        // `from 73 to 93 percent`: the start level is a percentage too.
        let from_to = read("Youth use rose from 73 to 93 percent", &t2);
        assert_eq!(from_to.amounts[0].unit, Scale::Percent);
        // A change in apposition to its direction word.
        let appositive = read("only a modest increase, 21%, in arrests", &t2);
        assert_eq!(appositive.amounts[0].unit, Scale::PercentChange);
        // A percentage of an earlier level is the change it states.
        let of_level = read("Arrests in 2009 were 116 percent of the 2006 level", &t2);
        assert_eq!(of_level.amounts[0].unit, Scale::PercentChange);
        assert_eq!(of_level.amounts[0].stated, Some(16.0));
        let of_total = read("Solicitations were 44 percent of the total", &t2);
        assert_eq!(of_total.amounts[0].unit, Scale::Percent);
        // `fall into` is a verb of place, not a fall.
        // A plus sign makes a rise.
        let plus = read("2006: 7,010 (+172%)", &t2);
        assert_eq!(plus.amounts[1].unit, Scale::PercentChange);
        assert_eq!(plus.amounts[1].stated, Some(172.0));
        // A decimal before `of` is a proportion.
        let share = read("Solicitations made up 0.44 of all arrests in 2006", &t2);
        assert_eq!(share.amounts[0].unit, Scale::Percent);
        assert_eq!(share.amounts[0].stated, Some(44.0));
        assert_eq!(share.amounts[0].accepted.ends(), [43.5, 44.5]);
        let count = read("Police made 0.5 million arrests", &t2);
        assert_eq!(count.amounts[0].unit, Scale::Count);
        let place = read("While 83 percent fall into this age bracket", &t2);
        assert_eq!(place.amounts[0].unit, Scale::Percent);
        let fell = read("Arrests fell 10 percent", &t2);
        assert_eq!(fell.amounts[0].unit, Scale::PercentChange);
        // Without a change before it, `or` restates a level.
        let (_, slots, _) = roles_of("935 arrests, or 36 percent");
        assert!(slots[1].direction.is_none());
    }

    #[test]
    fn stage_5_what_is_vague_or_unread() {
        let t = table();
        let (s, _) = Sentence::lex("Many arrests grew sharply, more often than not; nearly", &t);
        let (hits, _) = find_phrases(&s, &t);
        let q = find_qualifiers(&s, &hits);
        let r = assign_roles(&s, &hits, &q);
        let vague: Vec<String> = vague_statements(&s, &hits, r.direction)
            .into_iter()
            .map(|v| v.phrase)
            .collect();
        assert_eq!(vague, ["many", "sharply"]);
        let compared: Vec<String> = comparisons(&s, &hits)
            .into_iter()
            .map(|v| v.wording)
            .collect();
        assert_eq!(compared, ["more often"]);
        let unused = unused_modifiers(&s, &hits, &r, &q);
        assert_eq!(unused[0].2.part, "nearly");
    }

    #[test]
    fn stage_6_amounts() {
        let t = table();
        let (s, _) = Sentence::lex("644 of the 2,577 arrests fell fivefold; 20-25%", &t);
        let (hits, _) = find_phrases(&s, &t);
        let q = find_qualifiers(&s, &hits);
        let r = assign_roles(&s, &hits, &q);
        let (amounts, problems) = build_amounts(&s, &hits, &r.slots);
        assert!(problems.is_empty());
        let units: Vec<Scale> = amounts.iter().map(|a| a.unit).collect();
        assert_eq!(
            units,
            [Scale::Percent, Scale::Count, Scale::Ratio, Scale::Percent]
        );
        assert_eq!(amounts[0].wording, "644 of the 2,577");
        assert_eq!(amounts[2].stated, Some(0.2));
        assert_eq!(amounts[3].accepted.ends(), [19.5, 25.5]);
    }

    #[test]
    fn a_hedge_after_a_word_that_adds_none_is_kept() {
        let t = table();
        let ends = |text: &str| read(text, &t).amounts[0].accepted.ends();
        assert_eq!(ends("they estimated about 2,600 arrests"), [2400.0, 2800.0]);
        assert_eq!(ends("an estimated 2,577 arrests"), [2576.5, 2577.5]);
        assert_eq!(ends("about 2,600 arrests"), [2400.0, 2800.0]);
    }

    #[test]
    fn post_passes_read_restated_changes_and_trailing_differences() {
        let t = table();
        let units = |text: &str| -> Vec<(ClaimKind, Scale)> {
            read(text, &t)
                .amounts
                .iter()
                .map(|a| (a.kind, a.unit))
                .collect()
        };
        // `, or 127 per cent` restates the change before it.
        let restated = units("an increase of 20 percentage points, or 127 per cent");
        assert_eq!(
            restated.last(),
            Some(&(ClaimKind::Change, Scale::PercentChange))
        );
        // Not a share set after a level.
        let level = units("7,010 arrests, or 41 per cent");
        assert_eq!(level.last().map(|u| u.0), Some(ClaimKind::Share));
        // `439 more.` at its clause's end is a difference; `439 more
        // cases` too; `439 more or less` is not a clause's end.
        for text in ["1,051 in the second, 439 more.", "1,051, or 439 more cases"] {
            assert_eq!(
                units(text).last(),
                Some(&(ClaimKind::Change, Scale::Difference)),
                "{text}"
            );
        }
        assert_ne!(
            units("1,051 in the second, 439 more or less.")
                .last()
                .map(|u| u.1),
            Some(Scale::Difference)
        );
        // `exceeds the 2000 total by 1,134 arrests` is a difference.
        assert_eq!(
            units("The 2009 figure exceeds the 2000 total by 1,134 arrests.").last(),
            Some(&(ClaimKind::Change, Scale::Difference))
        );
        // `by nearly three to one` is a ratio.
        let three = read(
            "outnumbered those of the 2000 wave by nearly three to one.",
            &t,
        );
        let three = three.amounts.iter().find(|a| a.wording.contains("three"));
        assert_eq!(
            three.map(|a| (a.kind, a.unit)),
            Some((ClaimKind::Change, Scale::Ratio))
        );
        // `a ratio of 3.16`, `a ratio of about three`: a ratio, whatever
        // the verb before it.
        for text in [
            "Arrests in 2009 stood at a ratio of 3.16 to 2000.",
            "Arrests grew at a ratio of about three.",
        ] {
            assert_eq!(
                units(text).last(),
                Some(&(ClaimKind::Change, Scale::Ratio)),
                "{text}"
            );
        }
        // A bare `double` states a multiple only after a hedge or a verb
        // of being; `double counting` states nothing.
        assert_eq!(
            units("To avoid double counting, the arrests were weighted.").len(),
            0
        );
        assert_eq!(
            units("Possession arrests rose -- more than double -- by 2006.").last(),
            Some(&(ClaimKind::Change, Scale::Ratio))
        );
        // A count after `ratio` that is not `ratio of N` stays a count.
        assert_eq!(
            units("The ratio fell; 3,100 arrests followed.").last(),
            Some(&(ClaimKind::Level, Scale::Count))
        );
        // `for every 100 arrests, 44 came from ...` is a share of 44%.
        let every = read("In 2006, for every 100 arrests, 44 came from stings.", &t);
        let shares: Vec<(Scale, Option<f64>)> =
            every.amounts.iter().map(|a| (a.unit, a.stated)).collect();
        assert_eq!(shares, [(Scale::Percent, Some(44.0))]);
    }
}
