//! The grammar of claim sentences.
//!
//! A sentence is read in passes over its tokens, each linear in its length:
//!
//! 1. **Dates and periods** (`July 1, 2000, through June 30, 2001`,
//!    `calendar year 2000`, `fiscal year 2001`, `the twelve months ending
//!    June 30, 2001`): their numbers are never amounts.
//! 2. **Phrases of the quantifier table**, longest first where they start:
//!    a slot `N` matches a numeral in digits or words (`2,577`, `two thousand
//!    five hundred`, `2.5 million`), so `three in four` is one fraction, not
//!    the count three. Modifiers (`nearly`), amounts (`N%`, `a quarter`, `N
//!    fifths`, `N in N`, `doubled`), direction words (`rose`, `fell`) and
//!    vague words (`many`) are told apart by the table's `kind`.
//! 3. **Qualifiers**: numbers that qualify the subject are set aside, never
//!    claimed: years (`in 2000`), ages (`children under 3`, `aged 6 to 12`,
//!    `between the ages of 6 and 12`, `older than 25`), durations (`in two
//!    years`, `12 months`), ranges (`12-17`), ordinals (`21st`), identifiers
//!    (`Table 2`, `wave 1`, `COVID-19`), rate bases (`per 100,000`) and the
//!    pronoun `one` (`one of the cases`).
//! 4. **Roles and directions**: an amount after `from` is the start level
//!    of a change and one after `to` its end level (`fell from more than 45%
//!    of cases to about 30%`; `7,010, up from 2,577`); a count after `of
//!    the` following a share is the share's base (`a quarter of the 2,577
//!    arrests`); every other amount is a claim. A direction word makes the
//!    next claimed amount in its clause a change, with any words between
//!    (`grew a comparatively modest 21 percent`, `rose by a striking 159
//!    percent`), or the amount just before it (`a 21 percent increase`). A
//!    comma, semicolon, colon or `but` / `while` / `whereas` / `although`
//!    ends its reach.
//! 5. **Hedges**: the modifiers just before an amount hedge it (the
//!    outermost that is not a bare `an estimated`).
//!
//! What cannot be read is kept as a problem (a misplaced separator, a day
//! that does not exist, a modifier with nothing to hedge, a fall stated as a
//! multiple, `nearly most`), and vague words (`many`, `a significant share`,
//! `grew sharply`, `more successful than`) as vague statements.

use crate::claims::accepted::AcceptedInterval;
use crate::claims::amount::{Numeral, read_numeral};
use crate::claims::period::{FoundPeriod, is_month_word, scan_periods};
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
/// a change.
fn is_phrasal_up(tokens: &[Spanned], i: usize) -> bool {
    tokens[i].is_word("up")
        && !tokens.get(i + 1).is_some_and(|t| t.is_word("to"))
        && i.checked_sub(1)
            .and_then(|p| tokens[p].word())
            .is_some_and(|w| PHRASAL_UP.contains(&w))
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

/// Where `row` matches at token `i`: the end and the numerals in its slots.
fn match_row(
    row: &Quantifier,
    tokens: &[Spanned],
    consumed: &[bool],
    memo: &mut [Option<Option<Numeral>>],
    i: usize,
) -> Option<(usize, Vec<Numeral>)> {
    let mut j = i;
    let mut slots = Vec::new();
    for want in &row.tokens {
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
            if !(a.is_whole()
                && b.is_whole()
                && !b.year_like
                && b.value > 0.0
                && a.value <= b.value
                && !percent_after)
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

/// Reads a sentence.
pub(crate) fn read(text: &str, table: &QuantifierTable) -> Reading {
    let tokens = lex(text, false);
    let n = tokens.len();
    let periods = scan_periods(text, &tokens);
    let mut consumed = vec![false; n];
    for (a, b) in &periods.spans {
        for c in consumed.iter_mut().take(*b).skip(*a) {
            *c = true;
        }
    }
    let part = |a: usize, b: usize| -> String {
        if a >= b || b > n {
            return String::new();
        }
        text[tokens[a].start..tokens[b - 1].end].to_string()
    };
    let rows = table.rows();
    let mut problems: Vec<(u8, usize, ReadProblem)> = periods
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

    // Pass 2: phrases of the table.
    let mut memo: Vec<Option<Option<Numeral>>> = vec![None; n];
    let mut hits: Vec<Hit> = Vec::new();
    let mut i = 0;
    while i < n {
        if consumed[i] {
            i += 1;
            continue;
        }
        if let Token::BadNumber(raw, message) = &tokens[i].token {
            problems.push((
                0,
                i,
                ReadProblem {
                    part: raw.clone(),
                    reason: message.clone(),
                },
            ));
            i += 1;
            continue;
        }
        if is_phrasal_up(&tokens, i) {
            i += 1;
            continue;
        }
        let mut best: Option<(usize, usize, Vec<Numeral>)> = None;
        let key = first_key(&tokens[i].token);
        let numeral = numeral_at(&tokens, &consumed, &mut memo, i);
        let mut candidates: Vec<usize> = Vec::new();
        if !matches!(tokens[i].token, Token::Number(..)) {
            candidates.extend_from_slice(table.starting_with(&key));
        }
        if let Some(num) = &numeral {
            candidates.extend_from_slice(table.after_slot("#"));
            if let Some(next) = tokens.get(num.end) {
                candidates.extend_from_slice(table.after_slot(&first_key(&next.token)));
            }
        }
        for r in candidates {
            if let Some((end, slots)) = match_row(&rows[r], &tokens, &consumed, &mut memo, i) {
                let better = match &best {
                    None => true,
                    Some((e, br, _)) => end > *e || (end == *e && r < *br),
                };
                if better {
                    best = Some((end, r, slots));
                }
            }
        }
        match best {
            Some((end, row, slots)) => {
                hits.push(Hit {
                    row,
                    start: i,
                    end,
                    slots,
                });
                i = end;
            }
            None => i += 1,
        }
    }

    let kind_of = |h: &Hit| rows[h.row].kind();
    let is_amount = |h: &Hit| {
        let q = &rows[h.row];
        !matches!(q.kind(), QuantifierKind::Modifier | QuantifierKind::Vague)
            && !q.is_direction_word()
    };
    let word = |k: usize| tokens.get(k).and_then(|t| t.word());
    let prev_word = |k: usize| k.checked_sub(1).and_then(word);

    // Pass 3: qualifiers.
    let mut qualifier = vec![false; hits.len()];
    let mut absorbed = vec![false; hits.len()];
    let mut qualifier_spans: Vec<(usize, usize)> = Vec::new();
    let mut last_qualifier_end: Option<usize> = None;
    // A year's range continues only with years (`in 2000 to 7,010` is no
    // range), which the year rule reads on its own.
    let mut last_qualifier_year = false;
    for (h, hit) in hits.iter().enumerate() {
        if kind_of(hit) != QuantifierKind::Number {
            continue;
        }
        let num = &hit.slots[0];
        let (s, e) = (hit.start, hit.end);
        let prev_hit = h
            .checked_sub(1)
            .map(|p| &hits[p])
            .filter(|p| p.end == s && kind_of(p) == QuantifierKind::Modifier);
        let before_modifier = prev_hit.map_or(s, |p| p.start);
        let pw = prev_word(before_modifier);
        let connector = |k: usize| {
            tokens.get(k).is_some_and(|t| {
                matches!(
                    &t.token,
                    Token::Punct('-' | '\u{2013}' | '/') | Token::Word(_)
                ) && (t
                    .word()
                    .is_none_or(|w| matches!(w, "to" | "and" | "through" | "or")))
            })
        };
        let followed_by_percent = |k: usize| {
            tokens.get(k).is_some_and(|t| {
                t.token == Token::Percent
                    || t.is_word("percent")
                    || (t.is_word("per") && tokens.get(k + 1).is_some_and(|u| u.is_word("cent")))
            })
        };
        let mut is_q = false;
        let mut span_start = s;
        // (a) years
        if num.year_like {
            // `about 2000 arrests` is a count; `in 2000`, `above 2006.` and
            // `the 2000 survey` are years.
            let hedged = prev_hit.is_some()
                && !pw.is_some_and(|w| YEAR_CUES.contains(&w))
                && word(e).is_some_and(|w| !YEAR_FOLLOWERS.contains(&w));
            if !hedged {
                is_q = true;
            }
        }
        // (b) durations and ages in years: `12 months`, `3-year-olds`
        if word(e).is_some_and(|w| TIME_UNITS.contains(&w)) {
            is_q = true;
        }
        // `6- to 12-year-olds`, `6 to 12 years`
        if tokens.get(e).is_some_and(|t| t.is_punct('-'))
            && word(e + 1).is_some_and(|w| w == "to" || w == "and")
            && tokens
                .get(e + 2)
                .is_some_and(|t| matches!(t.token, Token::Number(..)))
            && word(e + 3).is_some_and(|w| TIME_UNITS.contains(&w))
        {
            is_q = true;
        }
        if word(e).is_some_and(|w| w == "to" || w == "and")
            && tokens
                .get(e + 1)
                .is_some_and(|t| matches!(t.token, Token::Number(..)))
            && word(e + 2).is_some_and(|w| TIME_UNITS.contains(&w))
        {
            is_q = true;
        }
        // (c) ages after a cue
        let age_cue = match pw {
            Some("aged" | "age" | "ages") => true,
            Some("of") => prev_word(before_modifier - 1).is_some_and(|w| w == "age" || w == "ages"),
            Some("than") => {
                prev_word(before_modifier - 1).is_some_and(|w| w == "older" || w == "younger")
            }
            _ => false,
        };
        if age_cue {
            is_q = true;
        }
        // (c2) the second number of a qualifying range: `6 and 12`, `13-15`
        if let Some(q_end) = last_qualifier_end.filter(|_| !last_qualifier_year)
            && before_modifier == q_end + 1
            && connector(q_end)
            && !followed_by_percent(e)
        {
            is_q = true;
        }
        // (d) `children under 3`, `offenders over 25`
        if let Some(m) = prev_hit
            && AGE_MODIFIERS.contains(&rows[m.row].phrase())
            && prev_word(m.start).is_some_and(|w| PERSONS.contains(&w))
        {
            is_q = true;
            absorbed[h - 1] = true;
            span_start = m.start;
        }
        // (e) ordinals: `21st`
        if tokens.get(e).is_some_and(|t| {
            t.joined
                && t.word()
                    .is_some_and(|w| matches!(w, "st" | "nd" | "rd" | "th"))
        }) {
            is_q = true;
        }
        // (f) identifiers: `Table 2`, `wave 1`
        if pw.is_some_and(|w| ID_CUES.contains(&w)) && prev_hit.is_none() {
            is_q = true;
        }
        // (g) ranges glued with a hyphen: `12-17` (not `20-25%`)
        let glued_after = tokens
            .get(e)
            .is_some_and(|t| t.joined && matches!(t.token, Token::Punct('-' | '\u{2013}')))
            && tokens
                .get(e + 1)
                .is_some_and(|t| t.joined && matches!(t.token, Token::Number(..)));
        let glued_before = s >= 2
            && tokens[s].joined
            && matches!(tokens[s - 1].token, Token::Punct('-' | '\u{2013}'))
            && tokens[s - 1].joined;
        if glued_after && !followed_by_percent(e + 2) {
            is_q = true;
        }
        if glued_before
            && matches!(tokens[s - 2].token, Token::Number(..))
            && !followed_by_percent(e)
        {
            is_q = true;
        }
        // (h) glued to a word: `COVID-19`
        if glued_before && matches!(tokens[s - 2].token, Token::Word(_)) {
            is_q = true;
        }
        // (i) rate bases: `per 100,000`
        if pw == Some("per") {
            is_q = true;
        }
        // (j') `more than one agency`, `at least one arrest`: a description
        // of the subject, not a count claimed
        if num.words && num.value == 1.0 && num.end == s + 1 && prev_hit.is_some() {
            is_q = true;
            absorbed[h - 1] = true;
            span_start = before_modifier;
        }
        // (j) the pronoun `one`: `one of the`, `no one`
        if num.words
            && num.value == 1.0
            && num.end == s + 1
            && (word(e) == Some("of")
                || pw.is_some_and(|w| {
                    matches!(
                        w,
                        "no" | "the" | "each" | "any" | "every" | "which" | "this" | "that" | "at"
                    )
                }))
        {
            is_q = true;
        }
        // (k) `between 6 and 12` with no percent after the second number
        if pw == Some("between")
            && word(e) == Some("and")
            && tokens
                .get(e + 1)
                .is_some_and(|t| matches!(t.token, Token::Number(..)))
            && !followed_by_percent(e + 2)
        {
            is_q = true;
        }
        if is_q {
            qualifier[h] = true;
            qualifier_spans.push((span_start, e));
            last_qualifier_end = Some(e);
            last_qualifier_year = num.year_like;
        }
    }

    // Pass 4: roles, directions and hedges.
    let mut breaks = vec![0usize; n + 1];
    let mut sentence_ends = vec![0usize; n + 1];
    for k in 0..n {
        breaks[k + 1] = breaks[k] + usize::from(is_breaker(&tokens, k));
        sentence_ends[k + 1] = sentence_ends[k] + usize::from(is_sentence_end(&tokens, k));
    }
    let broken = |a: usize, b: usize| a < b && breaks[b] > breaks[a];
    let same_sentence = |a: usize, b: usize| a >= b || sentence_ends[b] == sentence_ends[a];

    #[derive(Clone)]
    struct Slot {
        hit: usize,
        modifiers: Vec<usize>,
        head: usize,
        role: AmountRole,
        direction: Option<(QuantifierKind, usize)>,
    }
    let mut slots: Vec<Slot> = Vec::new();
    let mut pending: Option<(QuantifierKind, usize)> = None;
    let mut last_direction: Option<(QuantifierKind, usize)> = None;
    let mut last_from: Option<usize> = None;
    let mut sentence_direction: Option<QuantifierKind> = None;
    let mut used_modifier = vec![false; hits.len()];
    for h in 0..hits.len() {
        let hit = &hits[h];
        let q = &rows[hit.row];
        if qualifier[h] || absorbed[h] {
            continue;
        }
        if q.is_direction_word() {
            pending = Some((q.kind(), h));
            last_direction = Some((q.kind(), h));
            sentence_direction.get_or_insert(q.kind());
            continue;
        }
        if !is_amount(hit) {
            continue;
        }
        // Modifiers just before (an article may sit between).
        let mut modifiers = Vec::new();
        let mut head = hit.start;
        let mut m = h;
        while let Some(p) = m.checked_sub(1) {
            let ph = &hits[p];
            let gap_ok = ph.end == head
                || (ph.end + 1 == head && word(ph.end).is_some_and(|w| matches!(w, "a" | "an")));
            if kind_of(ph) == QuantifierKind::Modifier && gap_ok && !absorbed[p] {
                modifiers.push(p);
                head = ph.start;
                m = p;
            } else {
                break;
            }
        }
        modifiers.reverse();
        for &mi in &modifiers {
            used_modifier[mi] = true;
        }
        let level = matches!(
            q.kind(),
            QuantifierKind::Percent
                | QuantifierKind::Number
                | QuantifierKind::Fraction
                | QuantifierKind::Share
        );
        let pw = prev_word(head);
        let direction_before = h
            .checked_sub(modifiers.len() + 1)
            .map(|d| &hits[d])
            .filter(|d| rows[d.row].is_direction_word() && d.end == head);
        let mut role = AmountRole::Claim;
        let to_of_change =
            pw == Some("to") && !prev_word(head - 1).is_some_and(|w| NOT_TO_LEVEL.contains(&w));
        if level && pw == Some("from") {
            role = AmountRole::From;
        } else if level
            && to_of_change
            && (direction_before.is_some()
                || pending.is_some_and(|(_, p)| !broken(hits[p].end, head))
                || last_direction.is_some_and(|(_, d)| same_sentence(hits[d].end, head))
                || last_from.is_some_and(|f| same_sentence(f, head)))
        {
            role = AmountRole::To;
        } else if q.kind() == QuantifierKind::Number {
            // `a quarter of the 2,577 arrests`, `Of the 612 interviews,`, `(n = 129)`
            let mut k = head;
            if k > 0 && word(k - 1) == Some("the") {
                k -= 1;
            }
            let of_at = k
                .checked_sub(1)
                .filter(|&o| word(o).is_some_and(|w| matches!(w, "of" | "among" | "amongst")));
            let after_share = of_at.is_some_and(|o| {
                slots.last().is_some_and(|s| {
                    hits[s.hit].end == o
                        && matches!(
                            kind_of(&hits[s.hit]),
                            QuantifierKind::Percent
                                | QuantifierKind::Fraction
                                | QuantifierKind::Share
                        )
                })
            });
            let clause_start = of_at.is_some_and(|o| o == 0 || is_breaker(&tokens, o - 1));
            let n_equals = head >= 2
                && tokens[head - 1].is_punct('=')
                && word(head - 2).is_some_and(|w| w == "n");
            if after_share || clause_start || n_equals {
                role = AmountRole::Base;
            }
        }
        // Direction: the row's own, one just after, one just before, or one
        // pending in the clause.
        let own = match q.kind() {
            k @ (QuantifierKind::Increase | QuantifierKind::Decrease) => Some((k, h)),
            _ => None,
        };
        let after = hits
            .get(h + 1)
            .filter(|d| rows[d.row].is_direction_word() && d.start == hit.end)
            .map(|d| (rows[d.row].kind(), h + 1));
        let before = direction_before.map(|d| (rows[d.row].kind(), h - modifiers.len() - 1));
        let gap = pending.filter(|(_, p)| !broken(hits[*p].end, head));
        // `rose, according to the paper, by 280 percent`: `by` reaches back
        // to the sentence's last direction word across commas.
        let by = (pw == Some("by"))
            .then_some(last_direction)
            .flatten()
            .filter(|(_, d)| same_sentence(hits[*d].end, head));
        let direction = match role {
            AmountRole::Claim => own.or(after).or(before).or(gap).or(by),
            _ => None,
        };
        if role == AmountRole::Claim && direction.is_some() {
            pending = None;
        }
        if let Some((k, _)) = own.or(after) {
            sentence_direction.get_or_insert(k);
        }
        if role == AmountRole::From {
            last_from = Some(hit.end);
        }
        slots.push(Slot {
            hit: h,
            modifiers,
            head,
            role,
            direction,
        });
    }
    // `7,010 in 2006, up from 2,577`: a start level with no end level takes
    // the last claimed level before it, when a direction lies between. One
    // pass each way, so that a long text stays linear.
    let sentence_of = |k: usize| sentence_ends[k.min(n)];
    let mut to_after = vec![false; slots.len()];
    let mut to_sentence: Option<usize> = None;
    for f in (0..slots.len()).rev() {
        let here = sentence_of(hits[slots[f].hit].start);
        to_after[f] = to_sentence == Some(here);
        if slots[f].role == AmountRole::To {
            to_sentence = Some(here);
        }
    }
    // Tokens where a direction starts: direction words and amounts that
    // carry one.
    let mut direction_at = vec![0usize; n + 1];
    {
        let mut marks = vec![false; n];
        for d in &hits {
            if rows[d.row].is_direction_word() {
                marks[d.start] = true;
            }
        }
        for sl in &slots {
            if sl.direction.is_some() {
                marks[hits[sl.hit].start] = true;
            }
        }
        for k in 0..n {
            direction_at[k + 1] = direction_at[k] + usize::from(marks[k]);
        }
    }
    // The last claimed level of each unit in the current sentence.
    let mut last_level: [Option<usize>; 2] = [None, None];
    let mut current_sentence = usize::MAX;
    for f in 0..slots.len() {
        let here = sentence_of(hits[slots[f].hit].start);
        if here != current_sentence {
            current_sentence = here;
            last_level = [None, None];
        }
        let unit = level_unit(kind_of(&hits[slots[f].hit]));
        let unit_index = match unit {
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

    // Problems: modifiers with nothing to hedge.
    for (h, hit) in hits.iter().enumerate() {
        if kind_of(hit) == QuantifierKind::Modifier && !used_modifier[h] && !absorbed[h] {
            let next_is_amount = hits
                .get(h + 1)
                .is_some_and(|x| x.start == hit.end && kind_of(x) == QuantifierKind::Share);
            if next_is_amount {
                continue; // reported with the share below
            }
            let end = (hit.end + 1).min(n);
            problems.push((
                3,
                hit.start,
                ReadProblem {
                    part: part(hit.start, end),
                    reason: format!(
                        "'{}' is not followed by a number, a fraction in words or a quantifier",
                        rows[hit.row].phrase()
                    ),
                },
            ));
        }
    }

    // Vague statements.
    let mut vague = Vec::new();
    for (h, hit) in hits.iter().enumerate() {
        if kind_of(hit) != QuantifierKind::Vague {
            continue;
        }
        let dir = h
            .checked_sub(1)
            .map(|d| &hits[d])
            .filter(|d| rows[d.row].is_direction_word() && d.end == hit.start);
        let start = dir.map_or(hit.start, |d| d.start);
        let change_adverb = matches!(
            rows[hit.row].phrase(),
            "sharply"
                | "dramatically"
                | "significantly"
                | "substantially"
                | "considerably"
                | "markedly"
                | "steadily"
                | "rapidly"
                | "slightly"
                | "modestly"
                | "somewhat"
                | "greatly"
                | "enormously"
                | "exponentially"
        );
        // A change adverb that qualifies no change (`significantly more
        // than`) is read with what follows it.
        let before_amount = hits.get(h + 1).is_some_and(|x| x.start == hit.end);
        if change_adverb && dir.is_none() && (before_amount || sentence_direction.is_none()) {
            continue;
        }
        vague.push(VagueStatement {
            span: [tokens[start].start, tokens[hit.end - 1].end],
            wording: part(start, hit.end),
            phrase: rows[hit.row].phrase().to_string(),
            kind: if dir.is_some() || change_adverb {
                ClaimKind::Change
            } else {
                ClaimKind::Share
            },
            reason: rows[hit.row].rationale().to_string(),
        });
    }
    // Comparisons without an amount: `more successful than`.
    let hit_at: Vec<bool> = {
        let mut v = vec![false; n];
        for hit in &hits {
            for x in v.iter_mut().take(hit.end).skip(hit.start) {
                *x = true;
            }
        }
        v
    };
    for k in 0..n {
        if !word(k).is_some_and(|w| COMPARATIVES.contains(&w)) || hit_at[k] || consumed[k] {
            continue;
        }
        let than = (k + 2..=(k + 3).min(n.saturating_sub(1))).find(|&t| word(t) == Some("than"));
        let Some(t) = than else { continue };
        if (k + 1..t).any(|x| word(x).is_none() || hit_at[x]) {
            continue;
        }
        if tokens
            .get(t + 1)
            .is_some_and(|x| hit_at[t + 1] && !x.is_word("the"))
        {
            continue;
        }
        vague.push(VagueStatement {
            span: [tokens[k].start, tokens[t - 1].end],
            wording: part(k, t),
            phrase: format!("{} ... than", word(k).unwrap_or("")),
            kind: ClaimKind::Change,
            reason: "a comparison that states no amount: it says which is larger, not by how much, so no number can be judged against it".into(),
        });
    }

    // Build the amounts.
    let mut amounts = Vec::new();
    for slot in &slots {
        match build_amount(
            text,
            &tokens,
            rows,
            &hits,
            slot.hit,
            &slot.modifiers,
            slot.head,
            slot.role,
            slot.direction,
        ) {
            Ok(a) => amounts.push(a),
            Err((rank, p)) => problems.push((rank, hits[slot.hit].start, p)),
        }
    }
    // `20-25%`, `between 20 and 25 percent`: a range of percentages.
    let amounts = merge_ranges(text, amounts);

    problems.sort_by_key(|(rank, pos, _)| (*rank, *pos));
    let (problem_ranks, problems) = problems.into_iter().map(|(r, _, p)| (r, p)).unzip();
    let _ = is_month_word;
    let period_span = periods
        .first
        .as_ref()
        .filter(|f| f.start < f.end && f.end <= n)
        .map(|f| [tokens[f.start].start, tokens[f.end - 1].end]);
    Reading {
        period_span,
        amounts,
        vague,
        qualifiers: qualifier_spans.iter().map(|(a, b)| part(*a, *b)).collect(),
        problems,
        problem_ranks,
        period: periods.first,
        direction: sentence_direction,
    }
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

#[allow(clippy::too_many_arguments)]
fn build_amount(
    text: &str,
    tokens: &[Spanned],
    rows: &[Quantifier],
    hits: &[Hit],
    h: usize,
    modifiers: &[usize],
    head: usize,
    role: AmountRole,
    direction: Option<(QuantifierKind, usize)>,
) -> Result<StatedAmount, BuildError> {
    let hit = &hits[h];
    let row = &rows[hit.row];
    let part =
        |a: usize, b: usize| -> String { text[tokens[a].start..tokens[b - 1].end].to_string() };
    let dir_kind = direction.map(|(k, _)| k);
    // The wording: from the direction word (when it comes first) or the
    // first modifier, to the amount or a direction word just after it.
    let (mut first, mut last) = (head, hit.end);
    if let Some((_, d)) = direction
        && d != h
    {
        first = first.min(hits[d].start);
        last = last.max(hits[d].end);
    }
    let wording = part(first, last);
    let problem = |rank: u8, a: usize, b: usize, reason: String| {
        (
            rank,
            ReadProblem {
                part: part(a, b),
                reason,
            },
        )
    };
    // The hedge: the outermost modifier that is not a bare `an estimated`.
    let identity = |m: usize| {
        rows[hits[m].row]
            .interval_with(1.0, 0.9, 1.1, 1.0)
            .is_some_and(|i| i.ends() == [0.9, 1.1])
    };
    let modifier = modifiers
        .iter()
        .copied()
        .find(|&m| !identity(m))
        .or_else(|| modifiers.first().copied());

    let inf = f64::INFINITY;
    // (unit, stated x, exact (lo, hi), granularity, decimals, printed)
    struct Read {
        unit: Scale,
        x: Option<f64>,
        exact: Option<(f64, f64)>,
        g: f64,
        decimals: Option<u32>,
        printed: Option<PrintedNumber>,
    }
    let from_numeral = |n: &Numeral, unit: Scale| Read {
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
    };
    let changed = dir_kind.is_some() && role == AmountRole::Claim;
    let read = match row.kind() {
        QuantifierKind::Percent => from_numeral(
            &hit.slots[0],
            if changed {
                Scale::PercentChange
            } else {
                Scale::Percent
            },
        ),
        QuantifierKind::Number => from_numeral(
            &hit.slots[0],
            if changed {
                Scale::Difference
            } else {
                Scale::Count
            },
        ),
        QuantifierKind::Points => from_numeral(&hit.slots[0], Scale::Difference),
        QuantifierKind::Increase | QuantifierKind::Decrease => {
            from_numeral(&hit.slots[0], Scale::PercentChange)
        }
        QuantifierKind::Fraction => {
            let v = match row.value {
                ValueRule::Fixed(v) => v,
                ValueRule::SlotOver(d) => hit.slots[0].value / d,
                ValueRule::SlotRatio => hit.slots[0].value / hit.slots[1].value,
                _ => 0.0,
            } * 100.0;
            let d = row.decimals().unwrap_or(0);
            let half = 0.5 * 10f64.powi(-(d as i32));
            Read {
                unit: if changed {
                    Scale::PercentChange
                } else {
                    Scale::Percent
                },
                x: Some(v),
                exact: Some((v - half, v + half)),
                g: inf,
                decimals: Some(d),
                printed: None,
            }
        }
        QuantifierKind::Ratio => {
            if dir_kind == Some(QuantifierKind::Decrease) && row.value().is_none_or(|v| v >= 1.0) {
                return Err(problem(
                    2,
                    first,
                    last,
                    "a fall stated as a multiple is ambiguous (to / from or from / to)".into(),
                ));
            }
            match row.value {
                ValueRule::Slot => from_numeral(&hit.slots[0], Scale::Ratio),
                _ => {
                    let v = row.value().unwrap_or(1.0);
                    let d = row.decimals().unwrap_or(0);
                    let half = 0.5 * 10f64.powi(-(d as i32));
                    Read {
                        unit: Scale::Ratio,
                        x: Some(v),
                        exact: Some((v - half, v + half)),
                        g: inf,
                        decimals: Some(d),
                        printed: None,
                    }
                }
            }
        }
        QuantifierKind::Share => {
            if let Some(m) = modifiers.first() {
                return Err(problem(
                    2,
                    hits[*m].start,
                    hit.end,
                    format!(
                        "'{}' cannot hedge the absolute share '{}'",
                        rows[hits[*m].row].phrase(),
                        row.phrase()
                    ),
                ));
            }
            if changed {
                return Err(problem(
                    2,
                    first,
                    last,
                    "an absolute share cannot be a change".into(),
                ));
            }
            Read {
                unit: Scale::Percent,
                x: None,
                exact: None,
                g: inf,
                decimals: None,
                printed: None,
            }
        }
        QuantifierKind::Modifier | QuantifierKind::Vague => {
            return Err(problem(3, first, last, "not an amount".into()));
        }
    };
    let (lo, hi) = read.exact.unwrap_or((f64::NAN, f64::NAN));
    let x = read.x.unwrap_or(f64::NAN);
    let own = if row.kind() == QuantifierKind::Share {
        row.interval(0.0, 0.0, 0.0).map(|i| i.scaled(100.0))
    } else {
        row.interval_with(x, lo, hi, read.g)
    };
    let accepted = match modifier {
        // `more than halved`: the hedge is on the reduction, so it applies
        // to the inverse ratio (more than halved: from / to above 2).
        Some(m) if read.unit == Scale::Ratio && x < 1.0 && x > 0.0 => rows[hits[m].row]
            .interval_with(1.0 / x, 1.0 / hi, 1.0 / lo, read.g)
            .and_then(|i| i.reciprocal()),
        Some(m) => rows[hits[m].row].interval_with(x, lo, hi, read.g),
        None => own,
    }
    .ok_or_else(|| {
        problem(
            2,
            first,
            last,
            "the quantifier table gives no interval for this wording".into(),
        )
    })?;
    let exact = read
        .exact
        .and_then(|(lo, hi)| AcceptedInterval::closed(lo, hi).ok());
    let quantifier = match (modifier, row.kind()) {
        (Some(m), _) => Some(rows[hits[m].row].phrase().to_string()),
        (None, QuantifierKind::Fraction | QuantifierKind::Share) => Some(row.phrase().to_string()),
        (None, QuantifierKind::Ratio) if row.value != ValueRule::Slot => {
            Some(row.phrase().to_string())
        }
        _ => None,
    };
    let decrease = (changed && dir_kind == Some(QuantifierKind::Decrease))
        || row.kind() == QuantifierKind::Decrease;
    let (stated, exact, accepted) = if decrease && read.unit != Scale::Ratio {
        (
            read.x.map(|v| -v),
            exact.map(|e| e.negated()),
            accepted.negated(),
        )
    } else {
        (read.x, exact, accepted)
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
        wording,
        kind,
        unit: read.unit,
        stated,
        printed,
        decimals: read.decimals,
        exact,
        accepted,
        quantifier,
        role,
        span: [tokens[first].start, tokens[last - 1].end],
    })
}
