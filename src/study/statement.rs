//! The statement stage of reading a document: a sentence's amounts (read by
//! the claims grammar) become statements, each with what it is about (the
//! phrases of the catalogue's alias tables in its reach) and the waves it
//! names (the years and ordinal waves in its reach). Numbers that are not
//! amounts (counts in the prose, ages, durations, page numbers) are set
//! aside here. Matching and judging come after ([`scan`](super::scan)).

use crate::claims::{AliasReads, AmountRole, ParsedClaim, Scale, Spanned, StatedAmount, Token};
use crate::study::catalogue::Catalogue;

/// A wave named in a sentence: by a year (`in 2006`) or an ordinal (`the
/// first wave`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct WaveMention {
    /// The wave's id.
    pub wave: String,
    /// Its first token.
    pub token: usize,
    /// The change is measured from it (`since 2000`, `over 2000`,
    /// `compared with 2000`).
    pub since: bool,
    /// An end of a span of years (`between 2000 and 2006`, `from 2000 to
    /// 2006`): it dates the change, not a number beside it.
    pub range: bool,
}

/// Whether the year at `k` is one a change is measured from: `over 2000`,
/// `higher than in 2006`, `up 26 per cent on 2006`, `1,134 above the 2006
/// one`, `up 14% on the 2006 count`.
fn compared_with(tokens: &[Spanned], k: usize) -> bool {
    let word = |j: usize| tokens.get(j).and_then(Spanned::word);
    let before = |n: usize| k.checked_sub(n).and_then(word);
    // `on` after a change's unit (`%`, `per cent`, `times`).
    // (Or after `up` or `down` after it: `just over 16% up on 2006`.)
    let unit_at = |j: Option<usize>| {
        j.and_then(|j| tokens.get(j)).is_some_and(|t| {
            matches!(t.token, Token::Punct('%') | Token::Percent)
                || t.word().is_some_and(|w| CHANGE_UNITS.contains(&w))
        })
    };
    let on_after_unit = |n: usize| {
        before(n) == Some("on")
            && (unit_at(k.checked_sub(n + 1))
                || (matches!(before(n + 1), Some("up" | "down")) && unit_at(k.checked_sub(n + 2))))
    };
    // (Or `on` after a change's number: `a rise of 1,134 on 2006`.)
    // (Or its count's noun between: `an increase of 1,234 arrests on
    // 2006`.)
    let noun = usize::from(matches!(before(2), Some("arrests" | "cases")));
    let on_after_change = before(1) == Some("on")
        && k.checked_sub(2 + noun)
            .and_then(|j| tokens.get(j))
            .is_some_and(|t| matches!(t.token, Token::Number(..)))
        && (3 + noun..=6 + noun).any(|n| {
            before(n).is_some_and(|w| {
                matches!(
                    w,
                    "rise"
                        | "increase"
                        | "up"
                        | "fall"
                        | "drop"
                        | "decrease"
                        | "growth"
                        | "more"
                        | "fewer"
                )
            })
        });
    before(1).is_some_and(|w| SINCE_WORDS.contains(&w))
        || on_after_unit(1)
        || on_after_change
        || (before(1) == Some("in") && before(2).is_some_and(|w| matches!(w, "than" | "with")))
        // `roughly 1,100 higher than that of 2006`, `than that in 2006`.
        || (matches!(before(1), Some("of" | "in" | "for"))
            && matches!(before(2), Some("that" | "those"))
            && before(3) == Some("than"))
        || (before(1) == Some("the")
            && (before(2).is_some_and(|w| SINCE_WORDS.contains(&w)) || on_after_unit(2))
            // (`with` only after `compared`: `, with the 2006 estimate at
            // about 7,000` dates a level of its own.)
            && (before(2) != Some("with") || before(3) == Some("compared"))
            && word(k + 1).is_some_and(|w| LEVEL_NOUNS.contains(&w)))
        // `16 per cent more than the 7,010 of 2006`, `three times the 2,577
        // of 2000`: the year of a level compared with.
        || (matches!(before(1), Some("of" | "in"))
            && k.checked_sub(2)
                .and_then(|j| tokens.get(j))
                .is_some_and(|t| matches!(t.token, Token::Number(..)))
            && before(3) == Some("the")
            && before(4).is_some_and(|w| matches!(w, "than" | "times" | "twice" | "above" | "below")))
}

/// `between the last two waves`: `last` (or `latest`) at `k` before `two
/// waves`; `between the first two waves` with `first` (or `earliest`).
fn last_two(tokens: &[Spanned], k: usize, w: &str) -> bool {
    ends_two(tokens, k, w, &["last", "latest"])
}

/// `between the first two waves`: `first` (or `earliest`) at `k` before
/// `two waves`.
fn first_two(tokens: &[Spanned], k: usize, w: &str) -> bool {
    ends_two(tokens, k, w, &["first", "earliest"])
}

fn ends_two(tokens: &[Spanned], k: usize, w: &str, ends: &[&str]) -> bool {
    let word = |j: usize| tokens.get(j).and_then(Spanned::word);
    // (`grew by 16 per cent between the last two.`: the noun left out at
    // the clause's end, after `between the`.)
    let back = |j: usize| k.checked_sub(j).and_then(word);
    let elided = tokens.get(k + 2).is_none_or(|t| t.word().is_none())
        && back(1) == Some("the")
        && back(2).is_some_and(|b| matches!(b, "between" | "over" | "across"));
    ends.contains(&w)
        && word(k + 1) == Some("two")
        && (word(k + 2).is_some_and(|n| matches!(n, "waves" | "surveys" | "rounds")) || elided)
}

/// The catalogue's last two waves, as the ends of a span named at `k`.
fn last_two_waves(catalogue: &Catalogue, k: usize) -> Vec<WaveMention> {
    let waves = catalogue.waves();
    two_waves(catalogue, k, waves.len().saturating_sub(2))
}

/// The catalogue's two waves from the one at `from`, as the ends of a span
/// named at `k` (`last`, `first`) and `k + 1` (`two`).
fn two_waves(catalogue: &Catalogue, k: usize, from: usize) -> Vec<WaveMention> {
    catalogue
        .waves()
        .iter()
        .skip(from)
        .take(2)
        .enumerate()
        .map(|(j, wave)| WaveMention {
            wave: wave.id.clone(),
            token: k + j,
            since: false,
            range: true,
        })
        .collect()
}

/// A count of years a text adds to a year: a whole number of 1 to 20, else
/// none (a huge number would overflow the year it is added to).
fn whole_years(n: f64) -> Option<i32> {
    #[allow(clippy::cast_possible_truncation)]
    (n.fract() == 0.0 && (1.0..=20.0).contains(&n)).then_some(n as i32)
}

/// `Six years later, those who met victims online accounted for ...`, after
/// a sentence of 2000: the wave `N years later` (or `on`; not `after`: `six
/// years after their first offense`) than the paragraph's wave names, when
/// it is one of the catalogue's.
pub(crate) fn years_later(
    catalogue: &Catalogue,
    tokens: &[Spanned],
    paragraph_wave: Option<&str>,
) -> Option<WaveMention> {
    let from = catalogue
        .waves()
        .iter()
        .find(|w| Some(w.id.as_str()) == paragraph_wave)?
        .years
        .first()
        .copied()?;
    (0..tokens.len().saturating_sub(2)).find_map(|k| {
        let n = match &tokens[k].token {
            Token::Number(p, _) => Some(p.value()),
            Token::Word(w) => crate::claims::number_word(w),
            _ => None,
        }?;
        let later = tokens[k + 1].word() == Some("years")
            && matches!(tokens[k + 2].word(), Some("later" | "on" | "afterwards"));
        later
            .then(|| whole_years(n))
            .flatten()
            .and_then(|n| catalogue.wave_of_year(from + n))
            .map(|w| WaveMention {
                wave: w.to_string(),
                token: k,
                since: false,
                range: false,
            })
    })
}

/// Words after a year that make it the date of a publication, not a wave.
const PUBLICATION_NOUNS: [&str; 12] = [
    "report",
    "reports",
    "study",
    "paper",
    "article",
    "release",
    "bulletin",
    "publication",
    "analysis",
    "book",
    "fact",
    "press",
];

/// Words before a year that make it a publication date.
const PUBLICATION_VERBS: [&str; 5] = ["published", "released", "issued", "dated", "updated"];

/// Words before a year that measure a change from it.
const SINCE_WORDS: [&str; 7] = ["since", "after", "over", "from", "with", "than", "above"];

/// Words that end a change's amount, before `on YEAR` names where it
/// starts (`up 26 per cent on 2006`).
const CHANGE_UNITS: [&str; 6] = ["percent", "cent", "pct", "times", "fold", "points"];

/// Nouns after `the YEAR` that make the year where a change starts (`three
/// times the 2000 level`).
const LEVEL_NOUNS: [&str; 9] = [
    "level",
    "levels",
    "figure",
    "count",
    "total",
    "number",
    "estimate",
    "estimates",
    "one",
];

/// Words after a bare number that make it a count in the prose, an age or a
/// duration rather than an amount of a figure.
const NOT_AMOUNT_NOUNS: &[&str] = &[
    // `a youth growing scheme for 8 schools`: a writer's schools.
    "schools",
    // `41 quadrat surveys done at 3 sites`: a recording group's survey
    // plots.
    "quadrat",
    "quadrats",
    // `about 140 child-performance licences issued per officer`.
    "licences",
    "licenses",
    // `1st Hendry (52 VP)`: a bridge match's victory points.
    "vp",
    "vps",
    // `18 rounds between now and September`: a league's fixtures.
    "rounds",
    // `23 youth subscriptions outstanding`: a treasurer's count.
    "subscriptions",
    // `completed 61 youth trips`: a boat trust's own outings.
    "trips",
    // `Draft two sentences for your own policy`: a writing exercise.
    "sentences",
    "paragraphs",
    // `cells down 6 steps`, `Fourteen coaches completed ...`, `the 42
    // operational members`.
    "steps",
    "coaches",
    // `212 instructors completed the online-safety e-learning`.
    "instructors",
    "members",
    // `2 of 14 chart labels`, `the two counts`, `two A1 sheets`.
    "labels",
    "counts",
    "sheets",
    "tickets",
    "participants",
    "riders",
    "runners",
    "things",
    "observers",
    "test",
    "clients",
    "attendees",
    "volunteers",
    "learners",
    "trainees",
    "delegates",
    "residents",
    "shares",
    "counties",
    "sessions",
    "evaluations",
    "commitments",
    "members",
    "staff",
    "items",
    "sections",
    "squares",
    "units",
    "campers",
    // `11 cadets completed the Level 2 award`: a unit's own members.
    "cadets",
    // `places about 120 au pairs`: an agency's own placements.
    "au",
    // `64 medical staff from 11 clubs`, `drew 27 responses`.
    "clubs",
    "responses",
    "gifts",
    "donors",
    "states",
    "countries",
    "rates",
    "time",
    "times",
    "periods",
    "period",
    "waves",
    "wave",
    "years",
    "year",
    "months",
    "month",
    "weeks",
    "days",
    "decades",
    "studies",
    "surveys",
    "reports",
    "categories",
    "types",
    "kinds",
    "groups",
    "phases",
    "decade",
    "tables",
    "references",
    "figures",
    "pages",
    "appendices",
    "notes",
    "images",
    "videos",
    "pictures",
    "photos",
    "still",
    "questions",
    "commissioners",
    "min",
    "minutes",
    "seconds",
    "hours",
    "s",
    "sec",
    "backers",
    "supporters",
    "donors",
    "subscribers",
    "followers",
    "sworn",
    "h",
    "hr",
    "hrs",
    "pt",
    "px",
    "candidates",
    "students",
    "pupils",
    // `train 24 older teens`, `the 40 or so trail stewards`, `19 youth
    // associates`, `of whom 21 are juniors`.
    "teens",
    "juniors",
    "stewards",
    "mentors",
    "associates",
    "centres",
    "centers",
    "positions",
    "marks",
    "users",
    "items",
    "files",
    "gb",
    "mb",
    "kb",
    "tb",
    "mo",
    "mos",
    "teams",
    "players",
    "bulbs",
    // `painted walls in 14 cities`, `17 miles, 6,500 ft`: places and
    // lengths, which the study never counts.
    "cities",
    "towns",
    "ft",
    "feet",
    // `hosted 230 young builders`: visitors of an event.
    "builders",
    "visitors",
    "guests",
    // `planted 412 trees`.
    "trees",
    // `(283 forms returned)`: the writer's own feedback forms.
    "forms",
    // `the 9 wardens on the morning rota`, `12 coastal rangers`.
    "wardens",
    "rangers",
];

/// Words before a bare number that make it a reference (a page, a table).
const REFERENCE_WORDS: [&str; 13] = [
    "page",
    "pages",
    "pp",
    "p",
    "vol",
    "volume",
    "issue",
    "no",
    "table",
    "figure",
    "chapter",
    "wave",
    // `Resolution 3.2`: a motion's number.
    "resolution",
];

pub(crate) const ORDINALS: [&str; 3] = ["first", "second", "third"];

/// The prefix of a year that names no wave (`?2014`).
pub(crate) const UNKNOWN_WAVE: char = '?';

/// Words that, after a comma, open a clause about something else.
const CLAUSE_WORDS: [&str; 8] = [
    "while", "whereas", "but", "although", "though", "which", "who", "so",
];

/// Words that join two statements of one sentence.
pub(crate) const CONJUNCTIONS: [&str; 4] = ["and", "but", "while", "whereas"];

/// The waves named in a sentence, in order.
/// `more than tripled between 2000 and 2006, from 2,577 to 7,010, and
/// reached 8,144 in 2009`: a span of two waves right beside the change at
/// tokens `first..last` names its pair, whatever other waves the sentence
/// names; the span after it first (`grew by 16 percent between 2006 and
/// 2009, after a 2.7-fold rise between 2000 and 2006`).
fn span_beside(
    tokens: &[Spanned],
    mentions: &[WaveMention],
    first: usize,
    last: usize,
    catalogue: &Catalogue,
) -> Option<(String, String)> {
    let rank = |w: &str| catalogue.wave_rank(Some(w));
    let pairs = || {
        mentions.windows(2).filter(|p| {
            p[0].range
                && p[1].range
                && p[1].token > p[0].token
                && p[1].token - p[0].token <= 4
                && rank(&p[0].wave) < rank(&p[1].wave)
        })
    };
    pairs()
        .find(|p| p[0].token >= last && p[0].token <= last + 3)
        .or_else(|| {
            // (Not across a clause a conjunction opens: `a slower rise than
            // between the first two waves, and more than three times the
            // 2000 level`.)
            pairs().find(|p| {
                p[1].token < first
                    && first - p[1].token <= 4
                    && next_clause(tokens, p[1].token).is_none_or(|c| c >= first)
            })
        })
        .map(|p| (p[0].wave.clone(), p[1].wave.clone()))
}

/// The wave of a year, or `?YEAR` for a year of no wave the data hold.
fn wave_of(catalogue: &Catalogue, year: i32) -> String {
    catalogue
        .wave_of_year(year)
        .map_or_else(|| format!("{UNKNOWN_WAVE}{year}"), str::to_string)
}

/// `in two thousand six` at token `k` (`two`): the year, after a word of
/// time; not `two thousand five hundred and seventy-four`.
fn spoken_year(tokens: &[Spanned], k: usize) -> Option<i32> {
    let word = |j: usize| tokens.get(j).and_then(Spanned::word);
    let after_time = k
        .checked_sub(1)
        .and_then(word)
        .is_some_and(|p| YEAR_PREPOSITIONS.contains(&p));
    let goes_on = |j: usize| word(j).is_some_and(|w| matches!(w, "hundred" | "thousand" | "and"));
    if word(k + 1) != Some("thousand") || !after_time || goes_on(k + 2) || goes_on(k + 3) {
        return None;
    }
    let units = word(k + 2)
        .and_then(crate::claims::number_word)
        .filter(|n| *n < 20.0 && n.fract() == 0.0);
    #[allow(clippy::cast_possible_truncation)]
    Some(2000 + units.map_or(0, |n| n as i32))
}

/// Whether the year at token `k` is an end of a span of years: `between
/// 2000 and 2006`, `from 2000 to 2006`, and spans written as one word,
/// `2006-to-2009` (lexed `2006`, `to`, `-`, `2009`) or `2006-2009`.
fn ends_a_span(tokens: &[Spanned], k: usize) -> bool {
    let word = |k: usize| tokens.get(k).and_then(Spanned::word);
    let year_at = |j: Option<usize>| {
        j.and_then(|j| tokens.get(j)).is_some_and(|t| {
            matches!(&t.token, Token::Number(_, r) if r.len() == 4 && r.bytes().all(|b| b.is_ascii_digit()))
        })
    };
    let dash = |j: Option<usize>| {
        j.and_then(|j| tokens.get(j))
            .is_some_and(|t| t.is_punct('-'))
    };
    let prev = k.checked_sub(1).and_then(word);
    let opens = prev.is_some_and(|w| w == "between" || w == "from")
        && word(k + 1).is_some_and(|w| ["and", "to", "through"].contains(&w));
    let closes =
        prev.is_some_and(|w| ["and", "to", "through"].contains(&w)) && year_at(k.checked_sub(2));
    let hyphen_to = |a: usize| dash(Some(a)) && word(a + 1) == Some("to") && dash(Some(a + 2));
    let to_dash = |a: usize| word(a) == Some("to") && dash(Some(a + 1));
    let opens_hyphen = (dash(Some(k + 1)) && year_at(Some(k + 2)))
        || (to_dash(k + 1) && year_at(Some(k + 3)))
        || (hyphen_to(k + 1) && year_at(Some(k + 4)));
    let closes_hyphen = (dash(k.checked_sub(1)) && year_at(k.checked_sub(2)))
        || (k >= 3 && to_dash(k - 2) && year_at(Some(k - 3)))
        || (k >= 4 && hyphen_to(k - 3) && year_at(Some(k - 4)));
    opens || closes || opens_hyphen || closes_hyphen
}

/// `(Wolak et al., 2004)`, `(Mitchell, Wolak, & Finkelhor, 2005)`,
/// `Wolak, Finkelhor and Mitchell (2009) reported`: the year of an
/// author-year citation dates a publication, not a wave.
fn cited_year(tokens: &[Spanned], k: usize) -> bool {
    let punct =
        |j: Option<usize>, c: char| j.and_then(|j| tokens.get(j)).is_some_and(|t| t.is_punct(c));
    let word = |j: Option<usize>| j.and_then(|j| tokens.get(j)).and_then(Spanned::word);
    let back = |n: usize| k.checked_sub(n);
    let closes = punct(Some(k + 1), ')') || punct(Some(k + 1), ';');
    // `Name, YEAR)` after `(`, `&`, `and` or `et al.`.
    let after_name = punct(back(1), ',')
        && (word(back(2)).is_some_and(|w| w.len() > 1)
            || (punct(back(2), '.') && word(back(3)) == Some("al")))
        && (punct(back(3), '(')
            || punct(back(3), '&')
            || word(back(3)) == Some("and")
            || word(back(3)) == Some("al")
            || punct(back(3), ','));
    // `Name (YEAR) reported`.
    let reported = punct(back(1), '(')
        && punct(Some(k + 1), ')')
        && word(back(2)).is_some()
        && word(Some(k + 2)).is_some_and(|w| {
            matches!(
                w,
                "reported"
                    | "found"
                    | "noted"
                    | "estimated"
                    | "showed"
                    | "observed"
                    | "described"
                    | "concluded"
                    | "wrote"
                    | "argued"
                    | "documented"
                    | "report"
                    | "find"
                    | "note"
            )
        });
    (closes && after_name) || reported
}

pub(crate) fn wave_mentions(
    tokens: &[Spanned],
    period_span: Option<[usize; 2]>,
    catalogue: &Catalogue,
) -> Vec<WaveMention> {
    let word = |k: usize| tokens.get(k).and_then(Spanned::word);
    let mut out = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        if period_span.is_some_and(|[a, b]| t.start >= a && t.end <= b) {
            continue;
        }
        let since = compared_with(tokens, k);
        match &t.token {
            Token::Number(p, raw) if raw.len() == 4 && raw.bytes().all(|b| b.is_ascii_digit()) => {
                let year = p.value();
                if !(1900.0..2100.0).contains(&year) {
                    continue;
                }
                let next = word(k + 1);
                let prev = k.checked_sub(1).and_then(word);
                let prev2 = k.checked_sub(2).and_then(word);
                // `As in 2000, one in six ...`: a year compared with, not
                // the statement's; inside the sentence (`3 times as many in
                // 2006 as in 2000`) it is what a change is measured from.
                let as_in = prev == Some("in") && prev2 == Some("as");
                if (as_in && k <= 2) || (next == Some("as") && word(k + 2) == Some("well")) {
                    continue;
                }
                let since = since || as_in;
                if next.is_some_and(|w| PUBLICATION_NOUNS.contains(&w))
                    || named_publication(tokens, k)
                    || prev.is_some_and(|w| PUBLICATION_VERBS.contains(&w))
                    || cited_year(tokens, k)
                    || (prev == Some("in") && prev2.is_some_and(|w| PUBLICATION_VERBS.contains(&w)))
                {
                    continue;
                }
                // `year` is a whole number below 2100 here. A year that
                // names no wave is kept as `?YEAR`: what is said of it is
                // of no wave the data hold.
                #[allow(clippy::cast_possible_truncation)]
                let year = year as i32;
                out.push(WaveMention {
                    wave: wave_of(catalogue, year),
                    token: k,
                    since,
                    range: ends_a_span(tokens, k),
                });
            }
            // `In two thousand six`: a year spoken in words.
            Token::Word(w) if w == "two" => {
                if let Some(year) = spoken_year(tokens, k) {
                    out.push(WaveMention {
                        wave: wave_of(catalogue, year),
                        token: k,
                        since,
                        range: false,
                    });
                }
            }
            Token::Word(w) if last_two(tokens, k, w) => {
                out.extend(last_two_waves(catalogue, k));
            }
            Token::Word(w) if first_two(tokens, k, w) => {
                out.extend(two_waves(catalogue, k, 0));
            }
            Token::Word(w) if ORDINALS.contains(&w.as_str()) => {
                // `first wave`, `first-wave`, `the first N-JOV`.
                let mut j = k + 1;
                if matches!(tokens.get(j).map(|t| &t.token), Some(Token::Punct('-'))) {
                    j += 1;
                }
                // `the first wave rests on 612, the second on 1,015`: a bare
                // ordinal after `the`, in a sentence that names a wave by
                // ordinal.
                // Also `some 7,000 in the second and just over 8,100 in the
                // third.`, and `Between the second and third, ...` after a
                // sentence of waves.
                let wave_noun = |n: &str| matches!(n, "wave" | "waves" | "survey" | "surveys");
                let bare = k
                    .checked_sub(1)
                    .and_then(word)
                    .is_some_and(|p| p == "the" || p == "and")
                    && tokens.get(j).is_none_or(|t| {
                        t.word()
                            .is_none_or(|n| matches!(n, "on" | "in" | "at" | "with" | "and" | "or"))
                    })
                    && tokens.iter().enumerate().any(|(x, t)| {
                        x != k
                            && t.word().is_some_and(|o| ORDINALS.contains(&o))
                            && (word(x + 1).is_some_and(wave_noun)
                                || word(x + 2).is_some_and(wave_noun))
                    });
                // `more ... in the second wave than the first`: compared
                // with, not the statement's.
                let bare = bare
                    && !(k.checked_sub(1).and_then(word) == Some("the")
                        && k.checked_sub(2).and_then(word) == Some("than"));
                let after_between = |x: usize| {
                    x.checked_sub(1).and_then(word) == Some("between")
                        || (x.checked_sub(1).and_then(word) == Some("the")
                            && x.checked_sub(2).and_then(word) == Some("between"))
                };
                let bare = bare
                    || (after_between(k)
                        && word(j) == Some("and")
                        && word(j + 1).is_some_and(|o| ORDINALS.contains(&o)))
                    || (k.checked_sub(1).and_then(word) == Some("and")
                        && k.checked_sub(2)
                            .and_then(word)
                            .is_some_and(|o| ORDINALS.contains(&o))
                        && after_between(k - 2));
                // `the first survey`, `the first national survey`, `the
                // first and second waves`.
                // `the first survey's 129 interviews`: a possessive too.
                let noun = |n: &str| {
                    let n = n
                        .strip_suffix("'s")
                        .or_else(|| n.strip_suffix("\u{2019}s"))
                        .unwrap_or(n);
                    matches!(
                        n,
                        "wave" | "n" | "survey" | "round" | "waves" | "surveys" | "rounds"
                    )
                };
                // `more than three times the first count`: the first wave's
                // level, compared with.
                let level = k.checked_sub(1).and_then(word) == Some("the")
                    && word(j).is_some_and(|n| LEVEL_NOUNS.contains(&n) || n == "estimate");
                // (`About 2,600 in the first year`, `in its first year`:
                // the study's first year is its first wave; not `our first
                // year`, nor `the first year of the scheme`; `that first
                // year` is the year named before, read as `that year` is.)
                let first_year = w == "first"
                    && word(j) == Some("year")
                    && k.checked_sub(1)
                        .and_then(word)
                        .is_some_and(|x| matches!(x, "the" | "its"))
                    && word(j + 1) != Some("of");
                let named = word(j).is_some_and(noun)
                    || first_year
                    || level
                    || (word(j) == Some("national") && word(j + 1).is_some_and(noun))
                    || (word(j) == Some("and")
                        && word(j + 1).is_some_and(|o| ORDINALS.contains(&o))
                        && word(j + 2)
                            .is_some_and(|n| matches!(n, "waves" | "surveys" | "rounds")));
                // `the first two waves`: both.
                if w == "first"
                    && word(j) == Some("two")
                    && word(j + 1).is_some_and(|n| matches!(n, "waves" | "surveys" | "rounds"))
                {
                    for wave in catalogue.waves().iter().take(2) {
                        out.push(WaveMention {
                            wave: wave.id.clone(),
                            token: k,
                            since: false,
                            range: true,
                        });
                    }
                    continue;
                }
                if bare || named {
                    let rank = ORDINALS.iter().position(|o| o == w).unwrap_or(0);
                    // `up 16 per cent on the second`: a bare ordinal after a
                    // change's `on the` is what it is measured from.
                    let since = since
                        || (k.checked_sub(1).and_then(word) == Some("the")
                            && k.checked_sub(2).and_then(word) == Some("on")
                            && k.checked_sub(3)
                                .and_then(|x| tokens.get(x))
                                .is_some_and(|t| {
                                    matches!(t.token, Token::Punct('%') | Token::Percent)
                                        || t.word().is_some_and(|w| CHANGE_UNITS.contains(&w))
                                }));
                    // `between the first and second surveys`: the two ends
                    // of a range, as `between 2000 and 2006`.
                    let range = after_between(k)
                        || (k.checked_sub(1).and_then(word) == Some("and")
                            && k.checked_sub(2)
                                .and_then(word)
                                .is_some_and(|o| ORDINALS.contains(&o))
                            && after_between(k - 2));
                    if let Some(wave) = catalogue.waves().get(rank) {
                        out.push(WaveMention {
                            wave: wave.id.clone(),
                            token: k,
                            since,
                            range,
                        });
                    }
                }
            }
            // `in wave 2`, `wave two`: a wave by its number.
            Token::Word(w) if w == "wave" => {
                out.extend(numbered_wave(tokens, k, catalogue).map(|wave| WaveMention {
                    wave,
                    token: k,
                    since,
                    range: ends_a_span(tokens, k + 1),
                }))
            }
            _ => {}
        }
    }
    out
}

/// `The 2003 NCMEC release`: a year at token `k` followed by a short name
/// and a publication noun dates the publication (not `the 2006 wave
/// report` or `the 2006 NJOV study`, whose year is the wave's).
fn named_publication(tokens: &[Spanned], k: usize) -> bool {
    let word = |j: usize| tokens.get(j).and_then(Spanned::word);
    let short_name = word(k + 1).is_some_and(|w| {
        w.len() <= 5
            && w.chars().all(char::is_alphabetic)
            && !matches!(
                w,
                "the"
                    | "a"
                    | "an"
                    | "this"
                    | "that"
                    | "its"
                    | "their"
                    | "our"
                    | "his"
                    | "her"
                    | "wave"
                    | "njov"
                    | "n"
            )
    });
    short_name && word(k + 2).is_some_and(|w| PUBLICATION_NOUNS.contains(&w))
}

/// The year a token writes (four digits, 1900-2099), if it is one.
pub(crate) fn year_token(t: &Spanned) -> Option<i32> {
    match &t.token {
        Token::Number(p, raw) if raw.len() == 4 && raw.bytes().all(|b| b.is_ascii_digit()) => {
            let y = p.value();
            #[allow(clippy::cast_possible_truncation)]
            (1900.0..2100.0).contains(&y).then_some(y as i32)
        }
        _ => None,
    }
}

/// Words that open a relative clause (`offenders who met ...`).
pub(crate) fn is_relative_word(w: &str) -> bool {
    matches!(w, "that" | "who" | "which" | "whose")
}

/// The wave `wave N` names at token `k` (`wave 2`, `wave two`), if it names
/// one of the catalogue's.
fn numbered_wave(tokens: &[Spanned], k: usize, catalogue: &Catalogue) -> Option<String> {
    // (`the wave-1 total`: past a hyphen glued to both.)
    let k = if tokens
        .get(k + 1)
        .is_some_and(|t| t.joined && t.is_punct('-'))
        && tokens
            .get(k + 2)
            .is_some_and(|t| t.joined && matches!(t.token, Token::Number(..)))
    {
        k + 1
    } else {
        k
    };
    // (Not the first word of a hyphened fraction or multiple: `In the first
    // wave two-thirds of all arrests`.)
    if tokens
        .get(k + 2)
        .is_some_and(|t| t.joined && t.word().is_some())
    {
        return None;
    }
    let n = match tokens.get(k + 1).map(|t| &t.token) {
        Some(Token::Number(p, raw)) if raw.len() == 1 => Some(p.value()),
        Some(Token::Word(n)) if matches!(n.as_str(), "one" | "two" | "three") => {
            crate::claims::number_word(n)
        }
        _ => None,
    }?;
    // (`wave 4` names none: the catalogue's waves bound it.)
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let rank = (n >= 1.0 && n.fract() == 0.0).then(|| n as usize - 1)?;
    catalogue.waves().get(rank).map(|w| w.id.clone())
}

/// Whether an amount is a number that is not an amount of any figure: a
/// small count written in words (`the two time periods`), a number followed
/// by a noun of time or of the prose (`12 months`, `three studies`), an
/// age, or a reference (`page 4`, `wave 2`).
pub(crate) fn not_an_amount(amount: &StatedAmount, tokens: &[Spanned], sentence: &str) -> bool {
    let place = Place::new(amount, tokens, sentence);
    NOT_AMOUNT_RULES.iter().any(|(_, rule)| rule(&place))
}

/// Whether a number is one end of an age range (`teenagers 12 to 17`,
/// `aged 6-12`) or an age limit (`offenders were over 25`): a qualifier
/// of the subject that names no other thing.
pub(crate) fn is_in_an_age_range(
    amount: &StatedAmount,
    tokens: &[Spanned],
    sentence: &str,
) -> bool {
    let place = Place::new(amount, tokens, sentence);
    NOT_AMOUNT_RULES.iter().any(|(name, rule)| {
        (name.starts_with("an age range") || *name == "an age limit") && rule(&place)
    })
}

/// An amount where it stands in its sentence, for the rules that tell a
/// number of the prose from an amount.
struct Place<'a> {
    amount: &'a StatedAmount,
    tokens: &'a [Spanned],
    sentence: &'a str,
    /// The amount's first token.
    first: usize,
    /// The token after the amount.
    after: usize,
}

impl<'a> Place<'a> {
    fn new(amount: &'a StatedAmount, tokens: &'a [Spanned], sentence: &'a str) -> Self {
        Place {
            amount,
            tokens,
            sentence,
            first: tokens.partition_point(|t| t.start < amount.span[0]),
            after: tokens.partition_point(|t| t.start < amount.span[1]),
        }
    }

    fn word(&self, k: usize) -> Option<&'a str> {
        self.tokens.get(k).and_then(Spanned::word)
    }

    /// The first token of `N <joiner> M` when the amount is its `M` read
    /// alone (`4 of 5`, `13 to 15`), else the amount's own first token.
    fn pair_start(&self, joiner: &str) -> usize {
        let paired = self.before(1) == Some(joiner)
            && self
                .prev_token(2)
                .is_some_and(|t| matches!(t.token, Token::Number(..)));
        if paired {
            self.first.saturating_sub(2)
        } else {
            self.first
        }
    }

    /// Whether token `k` is a slash glued to the token before it.
    fn glued_slash(&self, k: usize) -> bool {
        self.tokens
            .get(k)
            .is_some_and(|t| t.is_punct('/') && t.joined)
    }

    /// The number glued after a glued slash right after the amount (`40`
    /// of `60/40` read as `60`), if there is one.
    fn slash_pair_after(&self) -> Option<f64> {
        if !self.glued_slash(self.after) {
            return None;
        }
        match self.tokens.get(self.after + 1) {
            Some(t) if t.joined => match &t.token {
                Token::Number(n, _) => Some(n.value()),
                _ => None,
            },
            _ => None,
        }
    }

    /// The number a glued slash joins to the amount from before it (`60`
    /// of `60/40` read as `40`), if there is one.
    fn slash_pair_before(&self) -> Option<f64> {
        let glued_here = self.tokens.get(self.first).is_some_and(|t| t.joined);
        if self.first < 2 || !self.glued_slash(self.first - 1) || !glued_here {
            return None;
        }
        match &self.tokens[self.first - 2].token {
            Token::Number(n, _) => Some(n.value()),
            _ => None,
        }
    }

    /// The word `n` tokens before the amount.
    fn before(&self, n: usize) -> Option<&'a str> {
        self.first.checked_sub(n).and_then(|k| self.word(k))
    }

    fn prev_token(&self, n: usize) -> Option<&'a Spanned> {
        self.first.checked_sub(n).and_then(|k| self.tokens.get(k))
    }

    /// Whether token `k` is written with a capital (`March`, a title).
    fn capitalised(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| {
            self.sentence
                .get(t.start..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_uppercase)
        })
    }

    /// The number of digits of token `k`, when it is a whole number
    /// written in digits alone (`318`, not `2,577` or `5.5`).
    fn digits(&self, k: usize) -> Option<usize> {
        self.tokens.get(k).and_then(|t| match &t.token {
            Token::Number(_, raw) if raw.bytes().all(|c| c.is_ascii_digit()) => Some(raw.len()),
            _ => None,
        })
    }

    /// Token `k` as written, when it is a word (`Enforcement`, `SOC`).
    fn written(&self, k: usize) -> Option<&'a str> {
        let t = self.tokens.get(k)?;
        t.word()?;
        self.sentence.get(t.start..t.end)
    }

    /// The part and the whole of a share written as two counts in digits,
    /// `22 of 31`.
    fn part_and_whole(&self) -> Option<(u64, u64)> {
        if self.amount.unit != Scale::Percent {
            return None;
        }
        let (a, b) = self.amount.wording.trim().split_once(" of ")?;
        Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
    }

    /// A count with no hedge (`615`, `two`).
    fn bare_count(&self) -> bool {
        self.amount.unit == Scale::Count && self.amount.quantifier.is_none()
    }

    /// The token after the amount, past hyphens (`12-` in `12- to
    /// 17-year-olds`).
    fn next(&self) -> usize {
        let mut next = self.after;
        while matches!(
            self.tokens.get(next).map(|t| &t.token),
            Some(Token::Punct('-'))
        ) {
            next += 1;
        }
        next
    }
}

/// A rule that makes a number not an amount.
type NotAmountRule = fn(&Place) -> bool;

/// The rules that make a number not an amount, each named for tests and
/// reasons; any one suffices.
const NOT_AMOUNT_RULES: [(&str, NotAmountRule); 328] = [
    (
        "a group's size limit (`the largest group a guide may take is 25`)",
        group_limit,
    ),
    ("counts a noun of the prose", counts_a_prose_noun),
    ("a place in a series (`Guide 7 of 12`)", place_in_series),
    (
        "a small count before an adjective and a noun of the prose",
        small_count_of_prose,
    ),
    ("an age limit", age_limit),
    ("how often", how_often),
    ("a small number after a determiner", determined_small_number),
    ("a significance level", significance_level),
    ("a target of the writer's own", own_target),
    ("an expectation of the writer's own", own_expectation),
    ("a rate of the writer's own service", own_service_rate),
    (
        "a share of the writer's own feedback survey",
        own_feedback_survey,
    ),
    ("an age from birth", age_from_birth),
    ("the size of a group of the writer's", size_of_own_group),
    ("a share of marks", share_of_marks),
    ("a present count of the writer's own", own_current_count),
    (
        "what the writer provides, by those it is for",
        own_provision,
    ),
    ("the writer's own people", own_people_count),
    (
        "a share of the writer's own budget (`7.8 per cent of the project total`)",
        own_budget_share,
    ),
    (
        "a difference of a small number in words (`the row jumps two colours`)",
        small_word_difference,
    ),
    ("the writer's own attendance rate", own_attendance_rate),
    ("a share of the writer's own survey", own_survey_share),
    ("an ordinal before a year", ordinal_before_year),
    ("a running time in minutes and seconds", minutes_and_seconds),
    ("a count the writer plans", own_plan),
    ("a small tally in brackets", bracketed_tally),
    ("a count the writer works with", works_with),
    ("a superlative", superlative),
    ("a confidence level", confidence_level),
    ("an identifier", identifier),
    ("a footnote mark", footnote_mark),
    ("a number in a compound adjective", compound_adjective),
    ("a count of a noun of the prose", bare_count_of_prose_noun),
    ("a list's numbering", list_numbering),
    ("an age bound", age_bound),
    ("a number glued to a name", glued_to_name),
    ("an age range", age_range),
    ("a reference", reference),
    ("a small count in words", small_count_in_words),
    ("a number glued to a word", glued_to_word),
    ("a reference marker", reference_marker),
    ("a post's number in a thread", post_number),
    ("a post's number with no total", bare_post_number),
    ("a time of day or a running time", clock_time),
    ("a legal citation", legal_citation),
    ("an item of a list in brackets", bracketed_item),
    ("a label with a letter", lettered_label),
    ("the value of a label", labelled_value),
    ("the third of three", third_of_three),
    ("a broadcast frequency", frequency),
    ("how often in a span of time", times_per_span),
    ("time allowed of a budget named before", time_allowed),
    ("an age among ages", listed_age),
    ("a volume of a cited journal", cited_volume),
    ("a day of a month", day_of_month),
    ("a telephone number", telephone_number),
    ("a section number heading a line", section_heading),
    ("an age range of people", ages_of_people),
    ("an amount of money", money),
    ("a distance, an area or a weight", distance),
    ("a duration whose unit is said once", elided_duration),
    ("a temperature", temperature),
    ("a game's points or score", game_score),
    ("the length of a list", list_length),
    ("a year after a month", month_and_year),
    ("a quotation in a question or a title", quoted),
    ("the sides of a size", dimensions),
    ("a year in words", year_in_words),
    ("the bounds of a class", class_bounds),
    ("a course or catalogue code", course_code),
    ("marks for the parts of an exercise", marks_for_parts),
    ("a page of a cited work", cited_page),
    ("a count of the speakers", count_of_speakers),
    ("a small number owned by a name", owned_by_name),
    ("the writer's own count of the year", own_count_of_the_year),
    ("a numbered round", numbered_round),
    ("a score on a line of scores", score_line),
    (
        "the writer's own count in brackets, `(currently 14)`",
        current_count,
    ),
    ("points a text is about to make", points_to_make),
    ("how many the writer's own work reaches", outreach_count),
    (
        "how many of a meeting's members were there",
        members_present,
    ),
    (
        "the whole of a small part-of-a-whole pair",
        whole_of_small_pair,
    ),
    ("a sum after its payment's noun", payment_after_its_noun),
    ("a count of a named unit's own staff", staff_of_named_unit),
    ("a sum of a grant or a budget", grant_or_budget_sum),
    ("the ages of a competition's classes", age_classes),
    (
        "the children and adults of the writer's own group",
        own_group,
    ),
    ("a count of data points", data_points),
    ("how often something was said", times_said),
    ("round the clock", round_the_clock),
    ("days of a month", days_of_a_month),
    ("an identifier in brackets", bracketed_identifier),
    ("an hour after till or until", hour_until),
    ("a citation's subdivision", citation_subdivision),
    ("a burden estimate", burden_estimate),
    ("a scale from zero", scale_from_zero),
    ("a template's variable", template_variable),
    ("a capacity on site", on_site),
    ("a version number", version_number),
    ("a date written with slashes", slashed_date),
    ("a percentage of a product", product_percentage),
    ("a bracketed range", bracketed_range),
    ("a price's terms", price_terms),
    ("a model's number", model_number),
    ("a status code of a table", status_code),
    ("money or a rating in a table's column", own_column),
    ("a change of the writer's own year", change_this_year),
    ("the result of the writer's own arithmetic", own_arithmetic),
    ("a share of people or things of the prose", share_of_prose),
    ("a share of the writer's own cases", share_of_our_own),
    ("a pass mark or a score", mark_or_score),
    ("a row's number before its year", row_number),
    ("a tolerance set", tolerance_set),
    (
        "a small count of the writer's or the audience's own",
        own_small_count,
    ),
    ("a chart's axis or step", axis_scale),
    ("a yearly rate", per_annum),
    ("a quarter of a year", quarter_of_year),
    ("a score of a risk matrix", risk_score),
    ("twice as an adverb of how often", twice_as_adverb),
    ("the size of a team or group", group_size),
    (
        "what something costs or earns in a game's scoring",
        scoring_rule,
    ),
    ("a product's version", product_version),
    ("an ordinal before a noun", ordinal_before_noun),
    ("a journal's volume", journal_volume),
    ("how many times something was done", times_done),
    ("a number used as a noun", number_as_noun),
    ("a count of the writer's own cases", own_caseload),
    ("a proposal's count", proposed_count),
    ("a family's size", family_size),
    ("a bill's number", bill_number),
    ("a child's age", childs_age),
    ("a setting of a screen", screen_setting),
    ("a list item's number", list_item_number),
    ("an age limit of a rule", age_rule),
    ("a count of comments", comment_count),
    ("a comparison asked", more_or_less_than),
    ("a band score", band_score),
    ("the category 'more than one agency'", more_than_one_agency),
    ("a wave's label", wave_label),
    ("years written with two digits", two_digit_years),
    ("a queue's count", queue_count),
    ("an age range naming a group", ages_of_group),
    ("a kind of meeting", one_to_one),
    ("a quiz's option", quiz_option),
    ("a meeting's number", meeting_number),
    ("a radio station's dial position", station_dial),
    ("a statute's citation", statute_citation),
    ("a fraction of a span of time", fraction_of_time),
    ("a code joined by slashes", slashed_code),
    ("the emergency number", emergency_number),
    ("an age after a name", age_after_name),
    ("a counter in square brackets", bracketed_counter),
    ("a date with a slash", short_date),
    ("a forecast's temperature", forecast_temperature),
    ("an hour of an event", hour_of_event),
    ("days of a month named after them", days_of_month),
    ("a target set", target_share),
    ("school year groups", school_years),
    ("a yes-or-no question", yes_no_question),
    (
        "a day of a month a change's words ran up to",
        ends_in_a_date,
    ),
    ("a pilot's size", pilot_size),
    ("most as an adverb", most_as_adverb),
    (
        "a share adverb of a singular subject",
        share_adverb_of_singular,
    ),
    ("a part of the writer's own members", part_of_own_members),
    ("a count of drops or climbs", count_of_drops),
    ("a room's capacity", capacity),
    ("a page count", page_count),
    ("a time of day with a full stop", dotted_time),
    ("a count of the people addressed", of_the_readers),
    ("a grade's boundary", grade_boundary),
    ("a limit on what is read", first_n_only),
    ("the writer's own age", own_age),
    ("where the evidence comes from", source_of_evidence),
    ("a forum or social account's tally", account_tally),
    ("a discount", discount),
    (
        "a clock time or a headcount of the writer's own",
        hour_or_headcount,
    ),
    ("a tolerance given by within", within_tolerance),
    ("a number in a name", number_in_a_name),
    ("numbers of paragraphs side by side", paragraph_pair),
    ("a count of another body's own", own_count),
    ("a rate by the week or day", rate_per_short_period),
    (
        "a measure in a unit of power, storage or speed",
        unit_of_measure,
    ),
    ("a small limit in words", small_limit_in_words),
    (
        "a change ending in a count of the prose",
        change_ending_in_prose_count,
    ),
    ("a start too small to be a count of the study", small_start),
    ("a firm's own staff", employs),
    ("opening hours", hours_range),
    (
        "a paragraph's number opening its line",
        line_paragraph_number,
    ),
    ("a number labelled as an identifier", labelled_identifier),
    ("a test's scoring", scoring),
    ("a quoted range of young ages", quoted_age_range),
    ("how often in a stretch of time", times_in_a_period),
    ("a tally of days or a log's reading", tally),
    ("a count too small to be any figure's", tiny_count),
    ("a fraction that sets a rule", fraction_of_a_rule),
    ("a counter of tasks done", tasks_done),
    ("a change on last year", change_on_last_year),
    ("a share of a budget or of the year", share_of_budget),
    ("a service's telephone code", service_code),
    ("a service's own count", service_count),
    ("a staffing ratio", staffing_ratio),
    ("a sum budgeted", budgeted_sum),
    ("the most a party or session takes", party_size),
    (
        "a share of the writer's own population",
        share_of_own_population,
    ),
    ("a pack size", pack_size),
    ("a fee that holds", fee_holds),
    ("an ordinal read as a fraction", ordinal_fraction),
    ("a mark stated after its noun and verb", mark_was),
    ("an age band as a plural noun", age_band_plural),
    (
        "a numbered rule or section after `in`",
        numbered_section_after_in,
    ),
    ("a table row's number", table_row_number),
    ("degrees", degrees),
    ("the age of people just named", both_aged),
    ("a split of the writer's own whole", split_list),
    ("a drink's strength", drink_strength),
    ("a print run or an edition's size", print_run),
    ("a day and month", day_and_month),
    ("a number after a code's letters", after_code_letters),
    ("a tally of sign-offs", signed_off_tally),
    ("a count of readers' feedback", feedback_count),
    ("a form's number before its edition", form_edition),
    ("a number with a blank to fill", blank_to_fill),
    ("a clue's number at a line's start", clue_number),
    ("a rating", star_rating),
    ("a version that is new", new_in_version),
    ("a list of limits", limits_list),
    ("durations to choose from", duration_list),
    ("an age after a person", age_of_person),
    ("an age to start something", age_to_start),
    ("an age set off after a person", age_in_apposition),
    ("a share the writer will reach", future_share),
    ("a count of the writer's own last year", own_last_year),
    ("the end of a range of numbered things", numbered_range),
    ("a table's whole as 100 per cent", table_whole),
    ("a range of the writer's own people", range_of_own_people),
    ("a rate of completion the writer sets", own_completion),
    ("a count of the writer's own membership", membership_count),
    ("a sampling rate of the writer's own", own_sampling_rate),
    ("a bare range of small numbers", bare_small_range),
    ("a fraction of a unit", fraction_of_a_unit),
    ("a crossword's clue", crossword_clue),
    ("a threshold put as a choice", threshold_choice),
    ("a countdown", countdown),
    ("an edit's size in a page history", edit_size),
    ("a gift match", gift_match),
    ("a multiple of a noun of the prose", multiple_of_prose),
    ("a device's level", device_level),
    ("a use of funds", use_of_funds),
    ("a part of a whole of the prose", part_of_prose_whole),
    ("a counter after a label", labelled_counter),
    ("a name before a comma", name_before_comma),
    ("a union local's number", union_local),
    ("a weighting or a match score", weighting_or_match),
    ("a latency", latency),
    ("a rating, a tally or a reading", rating_or_tally),
    (
        "words across a quotation mark, or a note on writing numbers",
        across_quote_or_format,
    ),
    ("an age in brackets after a name", age_in_brackets),
    ("a sum set as an exercise", exercise_sum),
    ("a tally after its label", tally_after_label),
    ("a few people", few_people),
    ("points of a score", score_points),
    ("a day of the month after its weekday", weekday_date),
    ("a reference after a year and a slash", slash_reference),
    ("a share of a whole the study never counts", foreign_whole),
    ("a threshold or an enrolment", threshold_or_enrolment),
    ("a part of a few things of the prose", part_of_a_few),
    ("a year of another calendar", other_calendar_year),
    ("a reference after a code in capitals", coded_reference),
    ("a section or a class after a code", code_section),
    ("a young age or its limit", young_age_limit),
    ("a rate of the writer's trade", trade_rate),
    ("a price with its cents", price),
    ("a vote's tally or a clock time", tally_or_time),
    ("a split of a hundred", split_of_a_hundred),
    ("a share of the writer's own things", share_of_own_things),
    ("an assay's precision", assay_precision),
    ("an aside in brackets", aside_in_brackets),
    ("a roster", roster),
    ("a cap per session", per_session),
    ("the size of a group", size_of_a_group),
    ("none of the text's own figures", none_of_these_figures),
    ("the pronoun one", pronoun_one),
    ("a counter of a plan's terms", plan_counter),
    ("an age band or a clause of the writer's own", own_band),
    ("a book index's page locator", index_locator),
    ("a tolerance", tolerance),
    ("prices of admission", admission_prices),
    ("a size", size),
    ("a share of a payment", share_of_a_payment),
    ("a map reference", grid_reference),
    ("a sum of money", sum_of_money),
    ("a coordinate", coordinate),
    ("a pass mark", pass_mark),
    ("an age limit 'or over'", age_or_over),
    ("a vague word of an embedded question", embedded_question),
    ("how often a post was seen", times_a_post),
    ("a drawn number or a duration", drawn_number_or_duration),
    ("an age limit after people", age_after_people),
    ("the whole of a count of the writer's own", all_of_own_count),
    (
        "a small count written with a point zero",
        whole_with_point_zero,
    ),
    (
        "a count of a noun of the prose past a word",
        count_past_adjective,
    ),
    ("a count of a month with no year", count_of_a_month),
    ("a number before a foreign 'de'", before_foreign_de),
    ("a rate per a thing of the prose", rate_per_thing),
    (
        "a percentage set before a noun of pay or price",
        attributive_percentage,
    ),
    (
        "a paragraph a document's changes are at",
        changes_at_paragraph,
    ),
    ("the same few people seen every day", same_people_every),
    ("a share of the writer's own people", share_of_us),
    ("the name of a rule", name_of_a_rule),
    ("a roll the writer keeps", roll_stands_at),
    ("a count priced", count_at_a_price),
    ("a count the writer sees each week", count_each_week),
    ("a fraction of an hour or a day", fraction_of_a_time),
    ("an age a person turns", age_turned),
    ("a count of states or countries", count_of_states),
    ("a caseload of open cases", open_caseload),
    ("a small count of the writer's own officers", own_officers),
    ("a share of a body's own data", share_of_own_data),
    ("a share of a sum of money", share_of_money),
    (
        "the people a target is to train or recruit",
        people_to_train,
    ),
    (
        "the end of a range of identifiers (`issues 1 to 22`)",
        identifier_range_end,
    ),
    (
        "a child's age bound (`the children ... are under 8`)",
        children_are_under,
    ),
    (
        "the writer's own group of people (`Of 24 children, 19`)",
        of_own_group,
    ),
    ("the people the writer serves", people_we_serve),
    ("a measure with its unit", measure_with_unit),
    ("a share of the writer's own count", share_of_own_count),
    ("the attendance of an event over days", attendance_over_days),
    (
        "a count of the prose's things past a compound",
        count_past_compound,
    ),
];

/// `about 140 child-performance licences issued per officer`: a count of
/// something the study never counts, past a hyphened compound.
fn count_past_compound(p: &Place) -> bool {
    p.amount.unit == Scale::Count
        && p.word(p.after).is_some()
        && p.tokens
            .get(p.after + 1)
            .is_some_and(|t| t.joined && t.word().is_some())
        && p.word(p.after + 2)
            .is_some_and(|w| NOT_AMOUNT_NOUNS.contains(&w))
}

/// `16-year-olds on 50cc mopeds`, `a 125cc bike`, `Beds must not exceed 3
/// m by 2 m`: a number with a unit of measure (engine size, speed, length,
/// weight), glued to it or not.
fn measure_with_unit(p: &Place) -> bool {
    // (Read as a difference too: `exceed 3 m by 2 m`.)
    matches!(p.amount.unit, Scale::Count | Scale::Difference)
        && matches!(
            p.word(p.after),
            Some(
                "cc" | "mph"
                    | "kph"
                    | "km"
                    | "kg"
                    | "mm"
                    | "cm"
                    | "ml"
                    | "kw"
                    | "hp"
                    | "bhp"
                    | "m"
                    | "metres"
                    | "meters"
                    | "ft"
                    | "feet"
                    | "inches"
                    | "miles"
            )
        )
}

/// `we carried 9,300 passenger trips, 31% of them by people under 21`: a
/// share `of them` after a count of things the study never counts.
fn share_of_own_count(p: &Place) -> bool {
    if p.amount.unit != Scale::Percent
        || p.word(p.after) != Some("of")
        || !matches!(p.word(p.after + 1), Some("them" | "those" | "these"))
    {
        return false;
    }
    // The count before it, in its sentence: its noun past one word at most.
    let Some(k) = (0..p.first)
        .rev()
        .find(|&k| matches!(p.tokens[k].token, Token::Number(..)))
    else {
        return false;
    };
    (1..=2).any(|n| p.word(k + n).is_some_and(|w| NOT_AMOUNT_NOUNS.contains(&w)))
        && !names_study_count(p)
}

/// `the summer 3D-printing camp (42 children over 5 days)`: how many came
/// to an event over its days or weeks.
fn attendance_over_days(p: &Place) -> bool {
    let people = matches!(
        p.word(p.after),
        Some("children" | "pupils" | "kids" | "students" | "teenagers" | "young" | "participants")
    );
    let over = (p.after + 1..p.after + 3).find(|&k| matches!(p.word(k), Some("over" | "across")));
    p.bare_count()
        && people
        && over.is_some_and(|k| {
            p.tokens
                .get(k + 1)
                .is_some_and(|t| matches!(t.token, Token::Number(..)))
                && matches!(
                    p.word(k + 2),
                    Some("days" | "weeks" | "sessions" | "evenings" | "mornings" | "weekends")
                )
        })
}

/// `Every spring we dress roughly 900 young people for proms`: a count of
/// the people the writer's own `we` serves, in a sentence that names
/// nothing the study counts.
fn people_we_serve(p: &Place) -> bool {
    let people = matches!(
        p.word(p.after),
        Some(
            "young"
                | "children"
                | "pupils"
                | "kids"
                | "students"
                | "teenagers"
                | "teens"
                | "families"
                | "customers"
                | "learners"
                | "visitors"
        )
    );
    // (`we dress`, `we also see`: the verb right before the number.)
    let we = p.before(2) == Some("we")
        || (p.before(3) == Some("we")
            && p.before(2)
                .is_some_and(|w| w.ends_with("ly") || w == "also"));
    // (Or a verb of hosting, whoever its subject: `The university hosts
    // about 1,900 minors a year`.)
    let hosts = matches!(
        p.before(1),
        Some(
            "hosts"
                | "hosted"
                | "welcomes"
                | "welcomed"
                | "serves"
                | "enrols"
                | "enrolls"
                // (`Bramble the spaniel has now heard 96 children read`.)
                | "heard"
                | "hears"
                // (`the summer camp took 23 young Friends for 5 nights`.)
                | "took"
                | "takes"
        )
    );
    // (Or the mean of a group of the writer's: `First-day school ran on
    // 41 Sundays with an average of 12 children`.)
    let hosts = hosts || (p.before(1) == Some("of") && p.before(2) == Some("average"));
    let people = people || (hosts && p.word(p.after) == Some("minors"));
    // (Or a part of the people so hosted, after `including`: `the Trust
    // welcomed 412,000 visitors to the reserve, including 19,800
    // children`.)
    let hosts = hosts
        || (p.before(1) == Some("including")
            && (0..p.first).any(|k| {
                matches!(
                    p.word(k),
                    Some("hosted" | "welcomed" | "served" | "enrolled" | "received")
                )
            }));
    // (Or a group of the writer's own: `There are 24 children in the
    // troupe`.)
    let in_group = p.word(p.after + 1) == Some("in")
        && matches!(p.word(p.after + 2), Some("the" | "our" | "this" | "each"))
        && matches!(
            p.word(p.after + 3),
            Some(
                "troupe"
                    | "club"
                    | "group"
                    | "class"
                    | "team"
                    | "choir"
                    | "squad"
                    | "cast"
                    | "section"
                    | "unit"
                    | "band"
                    | "company"
            )
        );
    p.amount.unit == Scale::Count
        && people
        && (we || hosts || in_group)
        && !names_study_count(p)
        && !names_a_study_year(p)
}

/// `Caseload. 412 open cases across 14 schools`: a team's own open cases;
/// the study counts arrests and closed cases, never open ones.
/// (Also `a regional community service with a caseload of 340 children`.)
fn open_caseload(p: &Place) -> bool {
    let caseload_of =
        p.before(1) == Some("of") && matches!(p.before(2), Some("caseload" | "caseloads"));
    p.bare_count()
        && (caseload_of
            || p.word(p.after) == Some("open")
                && matches!(
                    p.word(p.after + 1),
                    Some("cases" | "files" | "referrals" | "investigations" | "tickets")
                ))
}

/// `the 23 civil enforcement officers who patrol the 11 school street
/// zones`: a small count of the writer's own officers, a title of two
/// words before the noun (never the study's law-enforcement officers).
fn own_officers(p: &Place) -> bool {
    let officers = (p.after + 1..=p.after + 2).find(|&k| p.word(k) == Some("officers"));
    p.bare_count()
        && p.amount.stated.is_some_and(below_any_study_count)
        && officers.is_some_and(|k| {
            (p.after..k).all(|j| {
                p.word(j).is_some_and(|w| {
                    !matches!(w, "law" | "police" | "enforcement" | "investigating")
                        || (w == "enforcement" && j > p.after && p.word(j - 1) == Some("civil"))
                })
            })
        })
        && !names_a_study_year(p)
}

/// `Back issues: issues 1 to 22 are on the intranet`: the end of a range of
/// numbers that identify things (issues, pages, items).
fn identifier_range_end(p: &Place) -> bool {
    let identifier = p.before(3).is_some_and(|w| {
        IDENTIFIER_WORDS.contains(&w)
            || w.strip_suffix('s')
                .is_some_and(|one| IDENTIFIER_WORDS.contains(&one))
    });
    p.bare_count()
        && p.before(1) == Some("to")
        && p.prev_token(2).is_some_and(
            |t| matches!(&t.token, Token::Number(n, raw) if !raw.contains('.') && n.value() < 1000.0),
        )
        && identifier
}

/// `Income was GBP 186,400, of which 62% came from the police and crime
/// commissioner`: a share of a sum of money the sentence states just
/// before it.
fn share_of_money(p: &Place) -> bool {
    let currency = |k: usize| {
        p.tokens.get(k).is_some_and(|t| {
            currency_sign(t)
                || t.word().is_some_and(|w| {
                    currency_code(w) || matches!(w, "pounds" | "dollars" | "euros")
                })
        })
    };
    p.amount.unit == Scale::Percent
        && p.before(1) == Some("which")
        && p.before(2) == Some("of")
        && (p.first.saturating_sub(8)..p.first).any(currency)
        && !names_a_study_year(p)
}

/// `Train 120 officers; cut referral time to 3 hours`: the people a
/// writer's own target is to train, recruit or hire.
fn people_to_train(p: &Place) -> bool {
    p.bare_count()
        && matches!(
            p.before(1),
            Some("train" | "recruit" | "hire" | "employ" | "appoint")
        )
        && matches!(
            p.word(p.after),
            Some(
                "officers"
                    | "staff"
                    | "volunteers"
                    | "people"
                    | "wardens"
                    | "stewards"
                    | "mentors"
                    | "coaches"
                    | "leaders"
                    | "instructors"
            )
        )
        && !names_a_study_year(p)
}

/// `the operator's own data show 3 per cent of riders are aged 18-20`: a
/// share the sentence gives to its writer's (or a body's) own data.
fn share_of_own_data(p: &Place) -> bool {
    p.amount.unit == Scale::Percent
        && (2..=4).any(|k| {
            matches!(
                p.before(k),
                Some("data" | "figures" | "records" | "statistics")
            ) && p.before(k + 1) == Some("own")
        })
        && !names_a_study_year(p)
}

/// `Of 24 children, 19 completed all sessions`: a sentence that opens on
/// a small group of people, and the part of it after the comma, in a
/// sentence with no year of the study: the writer's own group.
fn of_own_group(p: &Place) -> bool {
    let opens = |k: usize| {
        p.word(k) == Some("of")
            && p.capitalised(k)
            && p.tokens.get(k + 1).is_some_and(|t| {
                matches!(&t.token, Token::Number(n, raw) if !raw.contains('.') && n.value() <= 200.0)
            })
            && matches!(
                p.word(k + 2),
                Some(
                    "children"
                        | "pupils"
                        | "participants"
                        | "families"
                        | "parents"
                        | "students"
                        | "learners"
                        | "members"
                        | "volunteers"
                )
            )
            && p.tokens
                .get(k + 3)
                .is_some_and(|t| t.token == Token::Punct(','))
    };
    let whole = p.first.checked_sub(1).is_some_and(opens);
    let part = p.bare_count() && p.first.checked_sub(4).is_some_and(opens);
    (whole || part) && !names_a_study_year(p)
}

/// `until the client turns 25`: an age, the number after `turns` or
/// `turned` (a person's birthday, not a change).
fn age_turned(p: &Place) -> bool {
    p.bare_count()
        && matches!(p.before(1), Some("turns" | "turned" | "turning"))
        && p.amount.stated.is_some_and(|x| (1.0..=120.0).contains(&x))
}

/// `a shared reporting template for all 193 member states`: a count of
/// states or countries, which the study never counts.
fn count_of_states(p: &Place) -> bool {
    p.amount.unit == Scale::Count
        && (matches!(p.word(p.after), Some("countries" | "nations" | "states"))
            || (p.word(p.after) == Some("member")
                && matches!(
                    p.word(p.after + 1),
                    Some("states" | "countries" | "nations")
                )))
}

/// `Our 38 volunteer teachers see about 120 children aged 4 to 11 each
/// week`, `races gravity cars with 34 youth aged 8 to 17 each season`: a
/// count of the writer's own, so many a week, a day or a season.
fn count_each_week(p: &Place) -> bool {
    // (Or `this term`: `1,184 children screened this term against a target
    // of 1,250`; not `this year`, which a wave may be.)
    let this_term = |k: usize| {
        p.word(k) == Some("this")
            && matches!(
                p.word(k + 1),
                Some("term" | "semester" | "season" | "week" | "weekend" | "month" | "quarter")
            )
    };
    p.amount.unit == Scale::Count
        && (p.after..p.after + 7).any(|k| {
            this_term(k)
                || matches!(p.word(k), Some("each" | "every" | "per"))
                    && matches!(
                        p.word(k + 1),
                        Some(
                            "week"
                                | "day"
                                | "weekend"
                                | "term"
                                | "session"
                                | "month"
                                | "evening"
                                | "season"
                        )
                    )
        })
}

/// `tractor rides run every half hour`, `half a day`, `spends half of each
/// session on family contact`: a fraction of a unit of time, not a share.
fn fraction_of_a_time(p: &Place) -> bool {
    let of_each = p.word(p.after) == Some("of")
        && matches!(p.word(p.after + 1), Some("each" | "every"))
        && matches!(
            p.word(p.after + 2),
            Some(
                "session"
                    | "meeting"
                    | "lesson"
                    | "class"
                    | "visit"
                    | "shift"
                    | "workshop"
                    | "day"
                    | "week"
                    | "evening"
                    | "term"
            )
        );
    p.amount.unit == Scale::Percent
        && (of_each
            || matches!(p.word(p.after), Some("hour" | "day" | "minute" | "year"))
            || (matches!(p.word(p.after), Some("an" | "a"))
                && matches!(
                    p.word(p.after + 1),
                    Some("hour" | "day" | "minute" | "year")
                )))
}

/// `DBS checks, 23 at GBP 38`: a count of things bought at a price.
fn count_at_a_price(p: &Place) -> bool {
    let currency_sign = p
        .tokens
        .get(p.after + 1)
        .is_some_and(|t| matches!(t.token, Token::Punct('$' | '\u{20ac}' | '\u{a3}')));
    p.bare_count()
        && p.word(p.after) == Some("at")
        && (currency_sign
            || p.word(p.after + 1)
                .is_some_and(|w| matches!(w, "gbp" | "usd" | "eur" | "each")))
}

/// `Section numbers stand at 412 young people across 9 groups`: the level a
/// roll of the writer's own stands at.
fn roll_stands_at(p: &Place) -> bool {
    p.amount.unit == Scale::Count
        && p.before(1) == Some("at")
        && matches!(p.before(2), Some("stand" | "stands" | "stood" | "standing"))
        && matches!(
            p.before(3),
            Some("numbers" | "membership" | "roll" | "attendance" | "enrolment" | "enrollment")
        )
}

/// `We follow the 1 in 2 rule: two adults at every online session`: a
/// ratio that names a rule of the writer's own, not a share.
fn name_of_a_rule(p: &Place) -> bool {
    p.amount.unit == Scale::Percent
        && p.before(1) == Some("the")
        && matches!(
            p.word(p.after),
            Some("rule" | "policy" | "principle" | "system")
        )
}

/// `adopt paper SG/26/4 with the amendments at 3.1`: the paragraph a
/// paper's amendments are at, not an amount.
fn changes_at_paragraph(p: &Place) -> bool {
    p.amount.quantifier.is_none()
        && p.amount.printed.as_ref().is_some_and(|n| n.decimals() > 0)
        && p.before(1) == Some("at")
        && matches!(
            p.before(2),
            Some("amendments" | "amendment" | "changes" | "comments" | "corrections" | "edits")
        )
}

/// `Patrol officers see the same 140 children every school day`: the
/// writer's own people, seen again and again, not a count of the study.
fn same_people_every(p: &Place) -> bool {
    p.bare_count()
        && p.before(1) == Some("same")
        && p.before(2) == Some("the")
        && matches!(p.word(p.after + 1), Some("every" | "each"))
}

/// `Most of us run a two-person crew`: a share of the writer's own people
/// (`of us`, `of our members`; not `of US`), which the study never counts.
fn share_of_us(p: &Place) -> bool {
    p.amount.unit == Scale::Percent
        && p.word(p.after) == Some("of")
        && matches!(p.word(p.after + 1), Some("us" | "our" | "ourselves"))
        // (Not the country: `73% of US 12-to-17-year-olds`.)
        && !p.capitalised(p.after + 1)
}

/// `Counselling sessions to rise from 6 to 12 per moderator per year`: a
/// count per thing of the prose is a rate of the writer's own (the study
/// counts arrests, not rates per person).
fn rate_per_thing(p: &Place) -> bool {
    p.amount.unit == Scale::Count
        && p.word(p.after) == Some("per")
        && p.word(p.after + 1)
            .is_some_and(|w| !matches!(w, "cent" | "centum" | "annum"))
}

/// `a 10% retention allowance`, `a 5 per cent discount`: a percentage set
/// before a noun of pay or price is a rate of the writer's own, not a share
/// the study counts (`a 172% increase` is a change, and stays one).
fn attributive_percentage(p: &Place) -> bool {
    p.amount.unit == Scale::Percent
        && p.amount.kind != crate::data::ClaimKind::Change
        && p.amount.quantifier.is_none()
        && matches!(p.before(1), Some("a" | "an"))
        && p.word(p.after).is_some_and(|w| {
            matches!(
                w,
                "retention"
                    | "allowance"
                    | "discount"
                    | "pay"
                    | "salary"
                    | "wage"
                    | "bonus"
                    | "commission"
                    | "deposit"
                    | "surcharge"
                    | "levy"
                    | "fee"
                    | "tax"
                    | "vat"
                    | "tip"
                    | "markup"
                    | "rebate"
                    | "premium"
            )
        })
}

/// `164 jobs in September ..., against 151 in August`: a count of a month
/// the text gives no year is the writer's own tally; the study counts
/// arrests of a year (`in July 2000` has its year).
fn count_of_a_month(p: &Place) -> bool {
    use crate::claims::period::MONTHS;
    p.bare_count()
        && matches!(p.word(p.after), Some("in" | "during"))
        && p.word(p.after + 1).is_some_and(|w| MONTHS.contains(&w))
        && !p
            .tokens
            .get(p.after + 2)
            .is_some_and(|t| matches!(t.token, Token::Number(..)))
}

/// `73 de the editor, KC3QZA`: a number before the foreign `de` (a radio
/// operator's sign-off, a Spanish or French phrase) is no count of English
/// prose.
fn before_foreign_de(p: &Place) -> bool {
    p.bare_count() && p.word(p.after) == Some("de")
}

/// `our 3-to-1 match`: a matching gift's ratio.
fn gift_match(p: &Place) -> bool {
    let match_word = |w: &str| matches!(w, "match" | "matching" | "matched");
    // (`3-to-1` read as `3` alone: past `-to-1` to the word.)
    let rest = p.sentence.get(p.amount.span[1]..).unwrap_or("");
    let ratio_then_match = rest
        .strip_prefix("-to-")
        .or_else(|| rest.strip_prefix(':'))
        .is_some_and(|r| {
            let r = r.trim_start_matches(|c: char| c.is_ascii_digit());
            r.split_whitespace()
                .next()
                .is_some_and(|w| match_word(w.trim_end_matches(|c: char| !c.is_alphabetic())))
        });
    p.word(p.after).is_some_and(match_word) || ratio_then_match
}

/// `returned 1.4 times as many gifts`: a multiple of something the study
/// never counts.
fn multiple_of_prose(p: &Place) -> bool {
    let w = p.amount.wording.trim().to_lowercase();
    (w.ends_with("as many") || w.ends_with("as much"))
        && p.word(p.after)
            .is_some_and(|n| NOT_AMOUNT_NOUNS.contains(&n))
}

/// `house lights down to 40%`, `Lights to 100%`, `volume at 60%`: the
/// level of a light, a sound or a battery.
fn device_level(p: &Place) -> bool {
    p.amount.unit == Scale::Percent
        && (1..=4).any(|n| {
            p.before(n).is_some_and(|w| {
                matches!(
                    w,
                    "lights"
                        | "light"
                        | "lighting"
                        | "volume"
                        | "brightness"
                        | "battery"
                        | "dimmer"
                )
            })
        })
}

/// `100% goes to equipment`, `90% of every gift`: how donations are spent.
fn use_of_funds(p: &Place) -> bool {
    let spends = matches!(p.word(p.after), Some("goes" | "go" | "went"))
        && p.word(p.after + 1) == Some("to");
    let of_gift = p.word(p.after) == Some("of")
        && matches!(p.word(p.after + 1), Some("every" | "each" | "your" | "all"))
        && matches!(
            p.word(p.after + 2),
            Some("gift" | "gifts" | "donation" | "donations" | "dollar" | "pound")
        );
    p.amount.unit == Scale::Percent && (spends || of_gift)
}

/// `in 11 of the 64 units`: a part of a whole the study never counts.
fn part_of_prose_whole(p: &Place) -> bool {
    let w = p.amount.wording.to_lowercase();
    let prose = |k: usize| p.word(k).is_some_and(|n| NOT_AMOUNT_NOUNS.contains(&n));
    // (Past one word: `18 of 150 scored items`.)
    // (Or past a noun that qualifies it: `2 of 14 chart labels`.)
    // (Not past a verb, `four out of five had images`, nor into a
    // compound, `644 of the 2,577 first-wave arrests`.)
    let qualifier = p.word(p.next()).is_some_and(|q| {
        !matches!(
            q,
            "had" | "have" | "has" | "were" | "was" | "are" | "is" | "involved" | "used" | "did"
        )
    }) && p.tokens.get(p.next() + 1).is_some_and(|t| !t.joined);
    w.contains(" of ")
        && ((p.amount.quantifier.is_none() && prose(p.next()))
            || (qualifier && prose(p.next() + 1)))
}

/// `Pass mark for the check: 4 out of 5`, `Hours this year to date: 14 of
/// 30`: a small counter after a label's colon.
fn labelled_counter(p: &Place) -> bool {
    let parts: Vec<&str> = p.amount.wording.split_whitespace().collect();
    let whole = |x: &str| x.parse::<u32>().is_ok_and(|n| n <= 200);
    let counter =
        matches!(parts.as_slice(), [a, "of", b] | [a, "out", "of", b] if whole(a) && whole(b));
    let number = |n: usize| {
        p.prev_token(n)
            .is_some_and(|t| matches!(t.token, Token::Number(..)))
    };
    // (Or its `M` read alone: `to date: 14 of 30`.)
    let tail = p.bare_count()
        && p.amount.stated.is_some_and(|m| m <= 200.0)
        && p.before(1) == Some("of")
        && number(2)
        && p.prev_token(3).is_some_and(|t| t.is_punct(':'));
    (counter && p.prev_token(1).is_some_and(|t| t.is_punct(':'))) || tail
}

/// `PEBBLETAB KIDS 8`: a small number after two words in capitals is a
/// model's name; so is `the club's Cessna 172`, `a Boeing 737`, a number
/// right after a name with a capital (not an acronym in capitals alone)
/// that follows a determiner or a possessive, or one of capitalised parts
/// joined by hyphens.
fn model_number(p: &Place) -> bool {
    let caps = |k: usize| {
        p.written(k)
            .is_some_and(|w| w.len() >= 3 && w.bytes().all(|c| c.is_ascii_uppercase()))
    };
    let in_caps = p.digits(p.first).is_some_and(|n| n <= 2)
        && p.first >= 2
        && caps(p.first - 1)
        && caps(p.first - 2);
    let name = p.first.checked_sub(1).is_some_and(|k| {
        p.capitalised(k)
            && p.written(k)
                .is_some_and(|w| w.chars().skip(1).any(char::is_lowercase))
    });
    let determiner = p.before(2).is_some_and(|w| {
        matches!(
            w,
            "a" | "an" | "the" | "his" | "her" | "their" | "our" | "my" | "s"
        ) || w.ends_with("'s")
            || w.ends_with("\u{2019}s")
    });
    // (Or after a name of capitalised parts joined by hyphens: `Seeburg
    // Select-O-Matic 100, 1948`.)
    let hyphenated = p.sentence[..p.amount.span[0]]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| {
            w.contains('-')
                && w.split('-')
                    .all(|part| part.chars().next().is_some_and(char::is_uppercase))
                && w.chars().any(char::is_lowercase)
        });
    p.bare_count()
        && (in_caps
            || (p.amount.wording.trim().bytes().all(|c| c.is_ascii_digit())
                && (hyphenated || (name && determiner))))
}

/// `Upvotes: 42`, `(audience 210)`: a tally of a post's votes or an
/// event's audience, after the word that labels it.
fn tally_after_label(p: &Place) -> bool {
    let label = |w: Option<&str>| {
        w.is_some_and(|w| {
            matches!(
                w,
                "upvotes"
                    | "downvotes"
                    | "likes"
                    | "views"
                    | "audience"
                    | "attendance"
                    | "turnout"
                    | "capacity"
                    | "downloads"
                    | "followers"
                    | "subscribers"
                    | "population"
                    | "unit"
                    | "quorum"
                    | "awarded"
                    | "workshops"
                    | "cities"
                    | "hours"
            )
        })
    };
    // (`Word count of letter: 312`, `quorum (25)`: after a colon or in
    // brackets.)
    let colon = p
        .prev_token(1)
        .is_some_and(|t| t.is_punct(':') || t.is_punct('('));
    // (`Word count of letter: 312`, a few words after the label.)
    let label_before_colon = (2..=4).any(|n| {
        label(p.before(n)) || (p.before(n) == Some("count") && p.before(n + 1) == Some("word"))
    }) && p.prev_token(1).is_some_and(|t| t.is_punct(':'));
    p.bare_count() && (label(p.before(1)) || (colon && label(p.before(2))) || label_before_colon)
}

/// The smallest count of the study: the 129 online-meeting case interviews
/// (njov1 `design.interviews_online_meeting`). A test checks it against the
/// data.
pub(crate) const SMALLEST_STUDY_COUNT: f64 = 129.0;

/// The smallest number of five digits: above every count of the study
/// (the largest is the 8,144 arrests of 2009), so a number this long
/// after a slash is a serial, not a part of a study count. A test checks
/// that no count of the data reaches it.
const SERIAL_AT_LEAST: f64 = 10_000.0;

/// The digits of [`SERIAL_AT_LEAST`] (a leading zero counts too:
/// `26/01873`).
const SERIAL_DIGITS: usize = 5;

/// `carries 31 people`, `released 14 people`, `includes 23 affiliated
/// agencies`: a count of people, members, participants or agencies smaller
/// than any count of the study is the writer's own (the study counts
/// arrests, cases, agencies and interviews, never fewer than 129).
fn few_people(p: &Place) -> bool {
    // (Nouns the study never counts at any size are NOT_AMOUNT_NOUNS; these
    // it might, `2,577 people arrested`.)
    // (`54 adults completed vetting`, `costume subsidy for 52 children`: a
    // club's own adults and children, which the study never counts.)
    let people = |w: Option<&str>| {
        w.is_some_and(|w| {
            matches!(
                w,
                "people" | "persons" | "families" | "adults" | "children" | "kids" | "juniors"
            )
        })
    };
    let noun = people(p.word(p.after))
        || (p
            .word(p.after)
            .is_some_and(|w| matches!(w, "young" | "more" | "new" | "local"))
            && people(p.word(p.after + 1)))
        || (p.after..p.after + 3).any(|k| matches!(p.word(k), Some("agencies" | "agency")));
    p.bare_count() && noun && p.amount.stated.is_some_and(|x| x < SMALLEST_STUDY_COUNT)
}

/// `worth 25 of the 100 review points`: points of a score, marked by a
/// word before `points` (not `percentage`) or by `worth`.
fn score_points(p: &Place) -> bool {
    let points = |k: usize| p.word(k).is_some_and(|w| matches!(w, "points" | "marks"));
    let qualified = points(p.after + 1)
        && p.word(p.after)
            .is_some_and(|w| !matches!(w, "percentage" | "percent" | "per" | "more" | "fewer"));
    qualified || (p.before(1) == Some("worth") && points(p.after))
}

/// `Thursday 21 and Tuesday 26 November`: a day of the month after its
/// weekday.
fn weekday_date(p: &Place) -> bool {
    p.bare_count()
        && p.amount.stated.is_some_and(|x| (1.0..=31.0).contains(&x))
        && p.before(1).is_some_and(weekday)
}

/// A day of the week, in full or cut short (`Thursday`, `thurs`, `sat`).
fn weekday(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "mon"
            | "tue"
            | "tues"
            | "wed"
            | "thu"
            | "thur"
            | "thurs"
            | "fri"
            | "sat"
            | "sun"
    )
}

/// `loan ref. 2027/114`, `Request 26/0412`: a number after a year and a
/// slash, glued, is a reference (not `12/ 40`, a rate set apart).
fn slash_reference(p: &Place) -> bool {
    let year = p.prev_token(2).is_some_and(|t| {
        matches!(&t.token, Token::Number(n, raw) if raw.len() == 4 && (1900.0..=2100.0).contains(&n.value()))
    });
    p.bare_count()
        && p.tokens.get(p.first).is_some_and(|t| t.joined)
        && p.prev_token(1).is_some_and(|t| t.is_punct('/') && t.joined)
        && year
}

/// The ages a number of a young person or of an age limit reads as
/// (`under 16`, `16 or 17`, `21+`): the study's minors are under 18, and
/// age limits of services run to 21.
const YOUNG_AGES: std::ops::RangeInclusive<f64> = 10.0..=21.0;

/// The first year after the study's last wave (2009) and its last report
/// (the trends articles of 2011 and 2012, which the data cite undated): a
/// survey dated in it or later is no survey of the study's. A test checks
/// it against the data's wave years and dated sources.
const FIRST_YEAR_AFTER_THE_STUDY: f64 = 2013.0;

/// Whether a count is smaller than any count of the study.
fn below_any_study_count(n: f64) -> bool {
    n < SMALLEST_STUDY_COUNT
}

/// `in 2 of the 3 partner counties`, `11 of the 12 summer weekends`: a
/// part of a definite set of things the prose names, smaller than any
/// count of the study; no share of the study has so small a whole.
fn part_of_a_few(p: &Place) -> bool {
    let parts: Vec<&str> = p.amount.wording.split_whitespace().collect();
    // (In digits or in words: `two of the three secure suites`.)
    let small = |x: &str| {
        x.parse::<f64>()
            .ok()
            .or_else(|| crate::claims::number_word(&x.to_lowercase()))
            .is_some_and(below_any_study_count)
    };
    matches!(parts.as_slice(), [a, "of", "the", b] if small(a) && small(b))
}

/// `Year 2 of 3`, `the remaining sessions (3 of 8)`: a counter of a
/// plan's years or sessions; `Spend to date: 64% of the module budget`:
/// a budget's share.
fn plan_counter(p: &Place) -> bool {
    let parts: Vec<&str> = p.amount.wording.split_whitespace().collect();
    let small = |x: &str| x.parse::<f64>().is_ok_and(below_any_study_count);
    let counter = matches!(parts.as_slice(), [a, "of", b] if small(a) && small(b));
    let term = |w: Option<&str>| {
        w.is_some_and(|w| {
            matches!(
                w,
                "year"
                    | "week"
                    | "day"
                    | "month"
                    | "session"
                    | "sessions"
                    | "phase"
                    | "round"
                    | "term"
                    | "quarter"
                    | "remaining"
            )
        })
    };
    let spend = (1..=4).any(|n| {
        matches!(
            p.before(n),
            Some("spend" | "spent" | "expenditure" | "budget" | "score" | "passing" | "pass")
        )
    });
    (counter && (term(p.before(1)) || term(p.before(2)) || term(p.before(3))))
        || (p.amount.unit == Scale::Percent && spend)
}

/// `two age classes, 8 to 11 and 12 to 16`: bands of ages; `some of them
/// under 25`: an age bound of the writer's own guests; a part of the
/// writer's tally; the numbers of things named just before in brackets;
/// a vote's tally; a count of young people by an age band (`1,200
/// under-18s`).
fn own_band(p: &Place) -> bool {
    let words: Vec<&str> = p.tokens.iter().filter_map(Spanned::word).collect();
    let ages = words.windows(2).any(|w| {
        w[0] == "age"
            && matches!(
                w[1],
                "classes" | "groups" | "bands" | "bracket" | "brackets"
            )
    });
    let number_at = |k: usize| {
        p.tokens
            .get(k)
            .is_some_and(|t| matches!(t.token, Token::Number(..)))
    };
    // (Either end of `8 to 11`.)
    let in_range = (p.before(1) == Some("to") && p.first >= 2 && number_at(p.first - 2))
        || (p.word(p.after) == Some("to") && number_at(p.after + 1));
    let small = p.amount.stated.is_some_and(|x| x <= 21.0);
    let wording = p.amount.wording.to_lowercase();
    let under = (p.before(1) == Some("under") || wording.starts_with("under "))
        && p.amount.stated.is_some_and(|x| x <= 30.0)
        && (1..=2).any(|n| {
            matches!(
                p.before(n),
                Some("them" | "guests" | "people" | "residents")
            )
        });
    // `Contacts recorded: 212, of which 37 were first contacts`: a part of
    // the writer's own tally, smaller than any count of the study.
    let of_which = p.bare_count()
        && p.before(1) == Some("which")
        && p.before(2) == Some("of")
        && p.amount.stated.is_some_and(|x| x < SMALLEST_STUDY_COUNT);
    // `four slides (14 to 17)`: numbers of the things just named.
    let bracketed = p.bare_count()
        && in_range
        && (1..=4).any(|n| {
            p.prev_token(n).is_some_and(|t| t.is_punct('('))
                && p.before(n + 1)
                    .is_some_and(|w| IDENTIFIER_WORDS.contains(&w))
        });
    // `(carried, 31 for, 2 against)`: a vote's tally.
    // (Or `for 38, against 1, abstentions 2`.)
    // (Or `approved the policy, 39 in favour and 2 abstentions`.)
    let tally = p.bare_count()
        && ((p.word(p.after) == Some("for")
            && (p.after + 1..p.after + 5).any(|k| p.word(k) == Some("against")))
            || (p.before(1) == Some("for")
                && (p.after..p.after + 3).any(|k| p.word(k) == Some("against")))
            || (p.word(p.after) == Some("in")
                && matches!(p.word(p.after + 1), Some("favour" | "favor"))));
    // `about 1,200 under-18s`: a count of young people by an age band.
    let age_band_noun = p.amount.unit == Scale::Count
        && p.word(p.after) == Some("under")
        && p.tokens.get(p.after + 1).is_some_and(|t| t.is_punct('-'));
    (ages && in_range && small && p.bare_count())
        || under
        || of_which
        || bracketed
        || tally
        || age_band_noun
}

/// `first-wave total (2,577 arrests), 216; later totals ...`: a page
/// locator of a book index, after a comma that follows a bracket, before a
/// semicolon, the line's end or a letter for a table or note (`218t`).
fn index_locator(p: &Place) -> bool {
    let after_bracket = p.prev_token(1).is_some_and(|t| t.is_punct(','))
        && p.prev_token(2).is_some_and(|t| t.is_punct(')'));
    let ends = p.tokens.get(p.after).is_none_or(|t| {
        t.is_punct(';') || (t.joined && t.word().is_some_and(|w| matches!(w, "t" | "n" | "f")))
    }) || p
        .sentence
        .get(p.amount.span[1]..)
        .is_some_and(|r| r.starts_with('\n'));
    p.bare_count() && p.digits(p.first).is_some_and(|n| n <= 4) && after_bracket && ends
}

/// `316 per cent higher than the 2000 one`: `one` standing for a noun
/// said before (after `the`, a year or an ordinal), not a count.
fn pronoun_one(p: &Place) -> bool {
    let Some(last) = p.after.checked_sub(1) else {
        return false;
    };
    let before = last.checked_sub(1).and_then(|k| p.tokens.get(k));
    let determiner = before.is_some_and(|t| {
        year_token(t).is_some()
            || t.word().is_some_and(|w| {
                matches!(
                    w,
                    "the"
                        | "this"
                        | "that"
                        | "earlier"
                        | "later"
                        | "first"
                        | "second"
                        | "third"
                        | "last"
                        | "previous"
                        | "new"
                        | "old"
                        | "next"
                )
            })
    });
    let no_noun = p.tokens.get(p.after).is_none_or(|t| {
        t.word()
            .is_none_or(|w| matches!(w, "and" | "or" | "but" | "was" | "is" | "had" | "did"))
    });
    p.word(last) == Some("one") && determiner && no_noun
}

/// `Kislev 5787`, `Ramadan 1447`: a year of another calendar after its
/// month.
fn other_calendar_year(p: &Place) -> bool {
    p.bare_count()
        && p.before(1).is_some_and(|w| {
            matches!(
                w,
                "tishrei"
                    | "cheshvan"
                    | "heshvan"
                    | "kislev"
                    | "tevet"
                    | "shevat"
                    | "adar"
                    | "nisan"
                    | "iyar"
                    | "sivan"
                    | "tammuz"
                    | "elul"
                    | "muharram"
                    | "safar"
                    | "rajab"
                    | "shaban"
                    | "ramadan"
                    | "shawwal"
                    | "ah"
            )
        })
}

/// `Most of the children in our party rooms are under 8`: a child's age
/// bound after a verb of being, the children named before it.
fn children_are_under(p: &Place) -> bool {
    let w = p.amount.wording.trim().to_lowercase();
    let under = w.starts_with("under ") || p.before(1) == Some("under");
    let verb = |k: usize| matches!(p.before(k), Some("are" | "is" | "were" | "was"));
    let verb = if w.starts_with("under ") {
        verb(1)
    } else {
        verb(2)
    };
    let children = (1..=10).any(|k| {
        matches!(
            p.before(k),
            Some("children" | "kids" | "pupils" | "toddlers" | "babies" | "guests")
        )
    });
    under
        && verb
        && children
        && p.amount.unit == Scale::Count
        && p.amount
            .stated
            .is_some_and(|x| (1.0..=18.0).contains(&x) && x.fract() == 0.0)
}

/// `as young as 17`, `clients under 16 are booked`, `21+ at the bar`: an
/// age, a limit of one, or an age group's bound.
fn young_age_limit(p: &Place) -> bool {
    let n = p
        .amount
        .stated
        .filter(|x| YOUNG_AGES.contains(x) && x.fract() == 0.0);
    if n.is_none() || p.amount.unit != Scale::Count {
        return false;
    }
    let w = p.amount.wording.trim().to_lowercase();
    let as_young = p.before(1) == Some("as")
        && p.before(2).is_some_and(|x| matches!(x, "young" | "old"))
        && p.before(3) == Some("as");
    let people = |x: Option<&str>| {
        x.is_some_and(|x| {
            matches!(
                x,
                "clients"
                    | "children"
                    | "users"
                    | "members"
                    | "workers"
                    | "players"
                    | "campers"
                    | "those"
                    | "anyone"
                    | "people"
                    | "youth"
                    | "kids"
                    | "patients"
                    | "pupils"
                    | "students"
                    | "staff"
                    | "client"
                    | "creator"
                    | "creators"
                    | "person"
                    | "child"
                    | "minor"
                    | "minors"
                    | "user"
                    | "guest"
                    | "guests"
                    | "customer"
                    | "customers"
                    | "visitor"
                    | "visitors"
                    | "participant"
                    | "participants"
                    | "player"
                    | "camper"
                    | "student"
                    | "pupil"
                    | "runners"
                    | "riders"
                    | "crew"
                    | "pacers"
            )
        })
    };
    let bound = (w.starts_with("under ") || w.starts_with("over ")) && people(p.before(1));
    let bound_alone = matches!(p.before(1), Some("under" | "over")) && people(p.before(2));
    let plus = p
        .tokens
        .get(p.after)
        .is_some_and(|t| t.is_punct('+') && t.joined);
    // (`workers who may be 16 or 17`: two ages after a verb of being.)
    let parts: Vec<&str> = w.split_whitespace().collect();
    let young = |x: &str| x.parse::<f64>().is_ok_and(|n| YOUNG_AGES.contains(&n));
    let being = |x: Option<&str>| {
        x.is_some_and(|x| matches!(x, "be" | "aged" | "is" | "are" | "were" | "was"))
    };
    let pair = matches!(parts.as_slice(), [a, "or" | "to", b] if young(a) && young(b))
        && being(p.before(1));
    // (Each read alone: `16`, then `or 17`.)
    let number_at = |k: usize| match p.tokens.get(k).map(|t| &t.token) {
        Some(Token::Number(n, _)) => YOUNG_AGES.contains(&n.value()),
        _ => false,
    };
    // (Or in brackets: `Class 63 ... (12 to 16)`, an age band.)
    let bracket = p.prev_token(1).is_some_and(|t| t.is_punct('('));
    let first_of_two = (being(p.before(1)) || bracket)
        && matches!(p.word(p.after), Some("or" | "to"))
        && number_at(p.after + 1);
    let closes = |k: usize| p.tokens.get(k).is_some_and(|t| t.is_punct(')'));
    let pair = pair
        || (bracket
            && matches!(parts.as_slice(), [a, "to", b] if young(a) && young(b))
            && closes(p.after));
    let second_of_two = matches!(p.before(1), Some("or" | "to"))
        && p.first >= 2
        && number_at(p.first - 2)
        && (being(p.before(3)) || p.prev_token(3).is_some_and(|t| t.is_punct('(')));
    as_young || bound || bound_alone || plus || pair || first_of_two || second_of_two
}

/// `voted 41 to 6`, `carried 27 to 2`: a vote's tally; `meet 9.30`: a
/// clock time written with a point.
fn tally_or_time(p: &Place) -> bool {
    let voted = p.before(1).is_some_and(|w| {
        matches!(
            w,
            "voted" | "carried" | "passed" | "defeated" | "lost" | "vote" | "votes"
        )
    }) && (p.word(p.after) == Some("to")
        || p.amount.wording.contains(" to ")
        // (`carried 21 for, 2 abstentions`.)
        || matches!(p.word(p.after), Some("for" | "against")));
    let clock = p.amount.printed.as_ref().is_some_and(|n| {
        let v = n.value();
        n.decimals() == 2 && v < 24.0 && ((v.fract() * 100.0).round() as u32) < 60
    }) && (p.before(1).is_some_and(|w| {
        matches!(
            w,
            "meet" | "at" | "from" | "until" | "by" | "starts" | "begins" | "after" | "before"
        )
    }) || (p.prev_token(1).is_some_and(|t| t.is_punct(','))
        // (`3 May, 10.00`: the hour after a date.)
        && p.before(2).is_some_and(crate::claims::period::is_month_word))
        || (p.before(1) == Some("to")
        // (`9.00 to 17.30`: the end of hours.)
        && p.prev_token(2).is_some_and(|t| {
            matches!(&t.token, Token::Number(n, _) if n.decimals() == 2 && n.value() < 24.0)
        })));
    voted || clock
}

/// `Wholesale price 12.50`, `retail 28.00`: a price written with its
/// cents, after a word of price.
fn price(p: &Place) -> bool {
    let cents = p.amount.printed.as_ref().is_some_and(|n| n.decimals() == 2)
        && p.amount.unit == Scale::Count;
    let word = p.before(1).is_some_and(|w| {
        matches!(
            w,
            "price" | "retail" | "wholesale" | "rrp" | "msrp" | "cost" | "costs" | "fee" | "each"
        )
    });
    cents && word
}

/// `Tickets 12 / 8 concessions`: prices of admission, full and reduced,
/// split by a slash.
fn admission_prices(p: &Place) -> bool {
    let slash =
        p.amount.wording.contains('/') || p.tokens.get(p.after).is_some_and(|t| t.is_punct('/'));
    slash
        && p.before(1).is_some_and(|w| {
            matches!(
                w,
                "tickets" | "ticket" | "entry" | "admission" | "adults" | "adult" | "prices"
            )
        })
}

/// `Fare: members 18.50, juniors 6.00`, `The fee of 60.00`: a count printed
/// with two decimals is money; the study counts whole things.
fn sum_of_money(p: &Place) -> bool {
    p.amount.unit == Scale::Count
        && p.amount.kind == crate::data::ClaimKind::Level
        && p.amount.quantifier.is_none()
        && p.amount.printed.as_ref().is_some_and(|n| n.decimals() == 2)
}

/// `N 52 14.310 W 001 41.905`: a coordinate after its compass letter, its
/// degrees or its minutes.
fn coordinate(p: &Place) -> bool {
    let compass = |t: Option<&Spanned>| {
        t.and_then(Spanned::word)
            .is_some_and(|w| matches!(w, "n" | "s" | "e" | "w"))
            && t.is_some_and(|t| {
                p.sentence
                    .get(t.start..t.end)
                    .is_some_and(|raw| raw.chars().all(|c| c.is_ascii_uppercase()))
            })
    };
    // (Its minutes too, after the degrees: `N 52 14.310`.)
    let degrees = p
        .prev_token(1)
        .is_some_and(|t| matches!(t.token, Token::Number(..)));
    compass(p.prev_token(1)) || (degrees && compass(p.prev_token(2)))
}

/// `Asked whether this was mostly about strangers, she said no`: a vague
/// word in an embedded question claims nothing.
fn embedded_question(p: &Place) -> bool {
    !p.amount.wording.chars().any(|c| c.is_ascii_digit())
        && p.amount.stated.is_none()
        && (1..=4).any(|n| p.before(n) == Some("whether"))
}

/// `Riders must be 18 or over`: an age limit.
fn age_or_over(p: &Place) -> bool {
    p.bare_count()
        && p.digits(p.first) == Some(2)
        && p.word(p.after) == Some("or")
        && matches!(
            p.word(p.after + 1),
            Some("over" | "older" | "under" | "younger" | "above")
        )
}

/// `Shared 34 times`, `viewed 1,200 times`: how often a post was seen or
/// passed on, not a multiple.
fn times_a_post(p: &Place) -> bool {
    (p.word(p.after) == Some("times") || p.amount.wording.to_lowercase().ends_with(" times"))
        && p.before(1).is_some_and(|w| {
            matches!(
                w,
                "shared"
                    | "viewed"
                    | "liked"
                    | "retweeted"
                    | "reposted"
                    | "played"
                    | "watched"
                    | "downloaded"
                    | "opened"
                    | "clicked"
            )
        })
}

/// `lotto numbers were 3, 11, 19 and 27`, `keep to 40 minutes, then 15
/// for the floor`: a number in a list of drawn numbers, or a duration
/// whose unit its clause gave a number before.
fn drawn_number_or_duration(p: &Place) -> bool {
    let small = p.bare_count() && p.amount.stated.is_some_and(|v| v <= 90.0);
    let words_before: Vec<&str> = (1..=6).filter_map(|n| p.before(n)).collect();
    let drawn = words_before.contains(&"numbers")
        && words_before
            .iter()
            .any(|w| matches!(*w, "lotto" | "lottery" | "draw" | "bingo" | "raffle"));
    let duration = p.before(1) == Some("then")
        && (2..=6).any(|n| {
            matches!(p.before(n), Some("minutes" | "mins" | "hours" | "seconds"))
                && p.prev_token(n + 1)
                    .is_some_and(|t| matches!(t.token, Token::Number(..)))
        });
    small && (drawn || duration)
}

/// `Annual fee 120, kit deposit 25`: a sum right after the noun of the
/// payment it is (or after that noun and `of`, `is` or `was`), with no
/// currency written; the study counts no payment.
fn payment_after_its_noun(p: &Place) -> bool {
    let payment = |w: Option<&str>| w.is_some_and(|w| PAYMENT_NOUNS.contains(&w));
    p.bare_count()
        && (payment(p.before(1))
            || (matches!(p.before(1), Some("of" | "is" | "was")) && payment(p.before(2))))
}

/// `All 38 Family Zone marshals carry DBS checks`: a count of the
/// writer's own staff of a unit named in capitals between the number and
/// its noun.
fn staff_of_named_unit(p: &Place) -> bool {
    let staff = |w: Option<&str>| {
        matches!(
            w,
            Some(
                "marshals"
                    | "stewards"
                    | "volunteers"
                    | "coaches"
                    | "leaders"
                    | "staff"
                    | "helpers"
                    | "members"
                    | "players"
                    | "instructors"
            )
        )
    };
    p.bare_count()
        && p.capitalised(p.after)
        && ((p.capitalised(p.after + 1) && staff(p.word(p.after + 2)))
            || staff(p.word(p.after + 1)))
}

/// `SMALL GRANTS APPLICATION (up to 5,000)`, `Tools and consumables 2,100;
/// ... Total 4,750.`: a sum of a grant or a fund named within a few words
/// before it, or a total standing alone as the last line of a list, which
/// the study never counts.
fn grant_or_budget_sum(p: &Place) -> bool {
    let grant = (p.first.saturating_sub(4)..p.first).any(|k| {
        matches!(
            p.word(k),
            Some("grant" | "grants" | "fund" | "funding" | "award" | "bursary")
        )
    });
    let bracketed = p.prev_token(1).is_some_and(|t| t.is_punct('('))
        || (p.prev_token(1).is_some_and(|t| t.word().is_some())
            && p.prev_token(2).is_some_and(|t| t.is_punct('(')));
    // (The last line of a list of sums, a sentence of its own with no noun
    // and no year: `... travel 600. Total 4,750.`; a total of the study's
    // comes with what it counts, `a total of 2,577 arrests in 2000`.)
    let bare_total_line = p.first == 1
        && p.before(1) == Some("total")
        && p.capitalised(0)
        && p.tokens.get(p.after).is_none_or(|t| t.is_punct('.'))
        && p.tokens.len() <= p.after + 1;
    p.amount.unit == Scale::Count && ((grant && bracketed) || (p.bare_count() && bare_total_line))
}

/// `minimum 3 of 3 correct`: a pass mark.
fn pass_mark(p: &Place) -> bool {
    p.amount.wording.contains(" of ")
        && matches!(p.before(1), Some("minimum" | "maximum" | "min" | "max"))
}

/// Nouns of a payment, which the study never counts: `a deposit of 25%`,
/// `Annual fee 120`, `a surplus of 2,115`.
const PAYMENT_NOUNS: &[&str] = &[
    "fee",
    "fees",
    "deposit",
    "price",
    "cost",
    "charge",
    "subscription",
    "levy",
    "surcharge",
    "commission",
    "discount",
    "fare",
    "rent",
    "refund",
    "surplus",
    "deficit",
    "profit",
    "balance",
    "donation",
];

/// `a deposit of 25% of the accommodation charge`: a share of a payment.
fn share_of_a_payment(p: &Place) -> bool {
    let payment = |w: &str| PAYMENT_NOUNS.contains(&w);
    // (Or right after its word: `match funding 20%`.)
    p.amount.unit == Scale::Percent
        && ((p.before(1) == Some("of") && p.before(2).is_some_and(payment))
            || p.before(1).is_some_and(|w| payment(w) || w == "funding"))
}

/// `use actors over 16 for any adult role`: an age limit after the people
/// it is of.
fn age_after_people(p: &Place) -> bool {
    let people = |w: Option<&str>| {
        w.is_some_and(|w| {
            matches!(
                w,
                "actors"
                    | "players"
                    | "members"
                    | "riders"
                    | "volunteers"
                    | "helpers"
                    | "performers"
                    // (`coaches under 25 are the heaviest users of
                    // messaging apps`.)
                    | "coaches"
                    | "people"
                    | "adults"
                    | "staff"
                    | "leaders"
                    | "drivers"
                    | "users"
                    | "offenders"
                    | "men"
                    | "women"
            )
        })
    };
    let w = p.amount.wording.to_lowercase();
    let limit = w.starts_with("over ") || w.starts_with("under ") || w.starts_with("aged ");
    let number = w
        .rsplit(' ')
        .next()
        .is_some_and(|n| n.len() == 2 && n.bytes().all(|b| b.is_ascii_digit()));
    // (`over 16` read as a bound, or `aged 16` with its word before it.)
    (limit && number && people(p.before(1)))
        || (p.bare_count()
            && p.digits(p.first) == Some(2)
            && matches!(p.before(1), Some("over" | "under" | "aged"))
            && people(p.before(2)))
}

/// `All 17 site leaders completed the training (100%)`: the whole of a
/// count of the writer's own, in brackets; no figure of the study is all.
fn all_of_own_count(p: &Place) -> bool {
    p.amount.unit == Scale::Percent
        && p.amount.stated == Some(100.0)
        && p.prev_token(1).is_some_and(|t| t.is_punct('('))
}

/// `grid ref SK 281 842`: a map reference.
fn grid_reference(p: &Place) -> bool {
    let before = p.sentence[..p.amount.span[0]].to_lowercase();
    let before = before.trim_end();
    // (Past the grid square's two letters and the easting before it: `SK
    // 281 842`.)
    let mut before = before;
    for _ in 0..2 {
        before = before
            .rsplit_once(' ')
            .filter(|(_, last)| {
                (last.len() == 2 && last.chars().all(|c| c.is_ascii_alphabetic()))
                    || last.chars().all(|c| c.is_ascii_digit())
            })
            .map_or(before, |(rest, _)| rest.trim_end());
    }
    before.ends_with("grid ref") || before.ends_with("grid reference")
}

/// `60 by 80 inches`: a size, one side of it.
fn size(p: &Place) -> bool {
    let number = |k: usize| {
        p.tokens
            .get(k)
            .is_some_and(|t| matches!(t.token, Token::Number(..)))
    };
    matches!(p.word(p.after), Some("by" | "x"))
        && number(p.after + 1)
        && p.word(p.after + 2).is_some_and(|w| {
            matches!(
                w,
                "inches" | "inch" | "in" | "cm" | "mm" | "metres" | "meters" | "m" | "feet" | "ft"
            )
        })
}

/// `occupancy 96.2% (204 of 212 units)`: a share whose count in brackets
/// is of things the study never counts.
fn share_of_own_things(p: &Place) -> bool {
    if p.amount.unit != Scale::Percent || !p.tokens.get(p.after).is_some_and(|t| t.is_punct('(')) {
        return false;
    }
    let number = |k: usize| {
        p.tokens
            .get(k)
            .is_some_and(|t| matches!(t.token, Token::Number(..)))
    };
    number(p.after + 1)
        && p.word(p.after + 2) == Some("of")
        && number(p.after + 3)
        && p.word(p.after + 4)
            .is_some_and(|w| NOT_AMOUNT_NOUNS.contains(&w) || FOREIGN_WHOLES.contains(&w))
}

/// `Marks are split 60/40`: a split of a whole in two parts.
fn split_of_a_hundred(p: &Place) -> bool {
    let w = p.amount.wording.trim();
    let whole = |a: f64, b: f64| (a + b - 100.0).abs() < 1e-9 && a > 0.0 && b > 0.0;
    let pair = w.split_once('/').is_some_and(
        |(a, b)| matches!((a.parse::<f64>(), b.parse::<f64>()), (Ok(x), Ok(y)) if whole(x, y)),
    );
    // (Or one of its numbers read alone, glued to the slash.)
    let first = p
        .slash_pair_after()
        .zip(p.amount.stated)
        .is_some_and(|(b, a)| whole(a, b));
    let second = p
        .slash_pair_before()
        .zip(p.amount.stated)
        .is_some_and(|(a, b)| whole(a, b));
    pair || first || second
}

/// `(5.4% ABV)`, `Buyer's premium 18%`: a rate of the writer's own
/// trade: alcohol by volume, a premium, a commission, a tax.
fn trade_rate(p: &Place) -> bool {
    let percent = p.amount.unit == Scale::Percent;
    let after = p
        .word(p.after)
        .is_some_and(|w| matches!(w, "abv" | "alc" | "vol"));
    // (Or the last word of the row label's cell: `| Commission | 15% |`.)
    let label = if p.prev_token(1).is_some_and(|t| t.is_punct('|')) {
        p.before(2)
    } else {
        p.before(1)
    };
    let before = label.is_some_and(|w| {
        matches!(
            w,
            "premium"
                | "commission"
                | "vat"
                | "tax"
                | "discount"
                | "fee"
                | "markup"
                | "gratuity"
                | "baseline"
        )
    });
    percent && (after || before)
}

/// `RSD below 4.5%`, `CV under 10%`: a measure of an assay's precision.
fn assay_precision(p: &Place) -> bool {
    let word = |n: usize| p.before(n);
    let code =
        |w: Option<&str>| w.is_some_and(|w| matches!(w, "rsd" | "cv" | "lod" | "loq" | "rse"));
    let w = p.amount.wording.trim().to_lowercase();
    let hedged = w.starts_with("below") || w.starts_with("under") || w.starts_with("within");
    code(word(1))
        || (hedged && code(word(1)))
        || (matches!(word(1), Some("below" | "under" | "within")) && code(word(2)))
}

/// `(see 11.6)`, `(20 points)`, `(2 x A3)`: a cross-reference, an item's
/// marks, a count of prints of a size.
fn aside_in_brackets(p: &Place) -> bool {
    let see = (p.before(1) == Some("see")
        || (p.before(1) == Some("to") && p.before(2) == Some("refer")))
        && p.amount.printed.as_ref().is_some_and(|n| n.decimals() > 0)
        && !p.amount.wording.contains('%');
    let opened = p.prev_token(1).is_some_and(|t| t.is_punct('('));
    let closes = |k: usize| p.tokens.get(k).is_some_and(|t| t.is_punct(')'));
    // (Or a header's cell: `Due Friday, 5 pm | 20 points`.)
    let cell = |k: usize| p.tokens.get(k).is_none_or(|t| t.is_punct('|'));
    let points = p
        .word(p.after)
        .is_some_and(|w| matches!(w, "points" | "marks"))
        && ((opened && closes(p.after + 1))
            || (p.prev_token(1).is_some_and(|t| t.is_punct('|')) && cell(p.after + 1)));
    // (The grammar may take `points` into the amount.)
    let points = points
        || (p.amount.wording.trim().ends_with(" points")
            && p.amount.wording.split_whitespace().count() == 2
            && p.prev_token(1).is_some_and(|t| t.is_punct('|'))
            && cell(p.after));
    let times = p.word(p.after).is_some_and(|w| w == "x")
        || p.tokens.get(p.after).is_some_and(|t| t.is_punct('\u{d7}'));
    // (The grammar may take the `x` into the amount: `2 x` before `A3`.)
    let w = p.amount.wording.trim();
    let sized =
        opened && (w.ends_with(" x") || w.ends_with('\u{d7}')) && w.split_whitespace().count() == 2;
    see || (points && p.amount.quantifier.is_none()) || (times && p.bare_count()) || sized
}

/// `the whole 14/7 roster`: a rota of days on and off.
fn roster(p: &Place) -> bool {
    let rota = |k: usize| {
        p.word(k).is_some_and(|w| {
            matches!(
                w,
                "roster" | "rota" | "rotation" | "schedule" | "swing" | "shift"
            )
        })
    };
    // (`14` read alone: `/`, the days off, then the word.)
    let first_of_pair = p.slash_pair_after().is_some() && rota(p.after + 2);
    (p.amount.wording.contains('/') && rota(p.after)) || first_of_pair
}

/// `MPEP 716.04`, `G06F 21/62`: a section or a class after a code in
/// capitals (letters, or letters and digits), a number with decimals or a
/// slash.
fn code_section(p: &Place) -> bool {
    // The word before it as written (`G06F` may lex as more than one
    // token).
    let before = p.sentence[..p.amount.span[0]]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
        .trim_start_matches(['(', '[']);
    let code = before.len() >= 3
        && before.bytes().any(|c| c.is_ascii_uppercase())
        && before
            .bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let w = p.amount.wording.trim();
    let dotted = p.amount.printed.as_ref().is_some_and(|n| n.decimals() > 0) && !w.contains('%');
    let slashed = w.contains('/')
        || p.tokens
            .get(p.after)
            .is_some_and(|t| t.is_punct('/') && t.joined);
    code && (dotted || slashed)
}

/// `at most 24 per session`: a cap or a rate of the writer's own, per
/// session, class or visit.
fn per_session(p: &Place) -> bool {
    p.amount.unit == Scale::Count
        && p.word(p.after) == Some("per")
        && p.word(p.after + 1).is_some_and(|w| {
            matches!(
                w,
                "session"
                    | "class"
                    | "group"
                    | "visit"
                    | "room"
                    | "team"
                    | "table"
                    | "shift"
                    | "booking"
            )
        })
}

/// `a members' chat group of about 140 people`: the size of a group of the
/// prose.
fn size_of_a_group(p: &Place) -> bool {
    p.amount.unit == Scale::Count
        && p.first >= 2
        && p.word(p.first - 1) == Some("of")
        && p.word(p.first - 2).is_some_and(|w| {
            matches!(
                w,
                "group" | "club" | "team" | "class" | "crowd" | "audience" | "cohort" | "choir"
            )
        })
        // (Not a group of what the study counts: `a group of 508
        // arrests`.)
        && !p.word(p.after).is_some_and(|w| {
            STUDY_COUNT_NOUNS.contains(&w)
        })
}

/// `None of these figures measures abduction`: the text's own figures, not
/// a share of anything.
fn none_of_these_figures(p: &Place) -> bool {
    let w = p.amount.wording.trim().to_lowercase();
    // (The grammar may take `of` into the amount: `None of`.)
    let at = if w.ends_with(" of") {
        p.after
    } else {
        p.after + 1
    };
    let of = w.ends_with(" of") || p.word(p.after) == Some("of");
    let none = w == "none" || w == "no" || w == "none of" || w == "no one of";
    none && of
        && p.word(at)
            .is_some_and(|x| matches!(x, "these" | "those" | "the"))
        && p.word(at + 1)
            .is_some_and(|x| matches!(x, "figures" | "numbers" | "statistics" | "counts" | "data"))
}

/// `Staff Safety Bulletin SSB 26/41`: numbers joined by a slash after a
/// code in capitals are a reference.
fn coded_reference(p: &Place) -> bool {
    let code = p.first.checked_sub(1).is_some_and(|k| {
        p.written(k)
            .is_some_and(|w| w.len() >= 2 && w.bytes().all(|c| c.is_ascii_uppercase()))
    });
    let w = p.amount.wording.trim();
    let slashed = w.split_once('/').is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && a.bytes().all(|c| c.is_ascii_digit())
            && b.bytes().all(|c| c.is_ascii_digit())
    });
    // (Or the number before the slash: `26` of `26/41`.)
    let before_slash = p
        .tokens
        .get(p.after)
        .is_some_and(|t| t.is_punct('/') && t.joined)
        && p.tokens
            .get(p.after + 1)
            .is_some_and(|t| t.joined && matches!(t.token, Token::Number(..)));
    // (`FC 11:`, a code's numbered item; `item: 11.B`, a number with a
    // letter after its point.)
    let labelled = p.bare_count() && p.tokens.get(p.after).is_some_and(|t| t.is_punct(':'));
    let lettered = p
        .tokens
        .get(p.after)
        .is_some_and(|t| t.is_punct('.') && t.joined)
        && p.tokens
            .get(p.after + 1)
            .is_some_and(|t| t.joined && t.word().is_some_and(|w| w.len() == 1));
    (code && (slashed || before_slash || labelled)) || (p.bare_count() && lettered)
}

/// `conversion at or above 0.62`: a threshold a rule sets; `more than 250
/// enrolled minors`: a count of those enrolled (or registered, insured)
/// somewhere, the writer's own.
fn threshold_or_enrolment(p: &Place) -> bool {
    // (`above 0.62` read as a bound, `at or` before it.)
    let w = p.amount.wording.to_lowercase();
    let at_or = w.starts_with("at or ")
        || ((w.starts_with("above ") || w.starts_with("below "))
            && p.before(1) == Some("or")
            && p.before(2) == Some("at"));
    let enrolled = p.amount.unit == Scale::Count
        && matches!(
            p.word(p.after),
            Some("enrolled" | "registered" | "insured" | "employed")
        );
    // (`a national caseload cap of 30`, `a limit of 12`.)
    let cap = p.bare_count()
        && p.before(1) == Some("of")
        && matches!(
            p.before(2),
            Some("cap" | "limit" | "maximum" | "ceiling" | "threshold" | "minimum")
        );
    at_or || enrolled || cap
}

/// `63 per cent of assigned personnel`: a share of a whole the study never
/// counts (staff, soldiers, pupils), whatever the words between.
fn foreign_whole(p: &Place) -> bool {
    if p.amount.unit != Scale::Percent || p.word(p.after) != Some("of") {
        return false;
    }
    // (The noun after `of`, past two words at most: `of assigned
    // personnel`, `of post-course evaluations`.)
    (p.after + 1..p.after + 4).any(|k| p.word(k).is_some_and(|w| FOREIGN_WHOLES.contains(&w)))
        // (A budget or a fee further on: `one per cent of the year's
        // gift-with-purchase budget`.)
        || (p.after + 1..p.after + 7).any(|k| matches!(p.word(k), Some("budget" | "fee")))
}

/// Wholes the study never takes a share of: people of the writer's own
/// organisation and the writer's own records.
const FOREIGN_WHOLES: &[&str] = &[
    // `96% of messages were read within 24 hours`: a messaging app's own.
    "messages",
    "notifications",
    "personnel",
    "staff",
    "employees",
    "soldiers",
    "troops",
    "sailors",
    "airmen",
    "marines",
    "pupils",
    "students",
    "households",
    "residents",
    "customers",
    "patients",
    "members",
    "employers",
    "workforce",
    "commitments",
    "evaluations",
    "participants",
    "award",
    "grant",
    "funding",
    "managers",
    "budget",
    "fee",
    "units",
    // `100% of coaches trained`, `100% of leaders certificated`: a club's
    // own people.
    "coaches",
    "leaders",
    // `roughly half of the 60 delegates`: an audience.
    "delegates",
    // `At least 90% of families`: a project's own.
    "families",
    "attendees",
    "volunteers",
    "trainees",
    "marshals",
    "players",
];

/// `Try dividing 97 by 129`: a sum set as an exercise.
fn exercise_sum(p: &Place) -> bool {
    let verb = |w: Option<&str>| {
        matches!(
            w,
            Some("dividing" | "divide" | "multiply" | "multiplying" | "subtract" | "subtracting")
        )
    };
    // (And its second term: `97 by 129`; and `multiply by a hundred`.)
    verb(p.before(1))
        || (p.before(1) == Some("by") && verb(p.before(2)))
        || (matches!(p.before(1), Some("by" | "from" | "into"))
            && p.prev_token(2)
                .is_some_and(|t| matches!(t.token, Token::Number(..)))
            && verb(p.before(3)))
}

/// `Local 2217, Vol. 14`: a union local's number.
fn union_local(p: &Place) -> bool {
    p.bare_count() && p.before(1) == Some("local") && p.first >= 1 && p.capitalised(p.first - 1)
}

/// `Question 4.3 (weighting 5%)`, `Match 78% (fuzzy)`: a scoring weight
/// or a translation memory's match score.
fn weighting_or_match(p: &Place) -> bool {
    p.amount.unit == Scale::Percent
        && matches!(
            p.before(1),
            Some("weighting" | "weight" | "match" | "weighted")
        )
}

/// `[Patron rated this chat 5 of 5]`, `12 of 14 people said yes`,
/// `multiply by a hundred`, `0.4% at peak`, `100% of front-line agents`:
/// a rating, a show of hands, a step of a sum, a peak reading, a staff
/// commitment.
fn rating_or_tally(p: &Place) -> bool {
    let parts: Vec<&str> = p.amount.wording.split_whitespace().collect();
    let small = |x: &str, max: u32| x.parse::<u32>().is_ok_and(|n| n <= max);
    let of_m =
        |max: u32| matches!(parts.as_slice(), [a, "of", b] if small(a, max) && small(b, max));
    let rated = of_m(10) && matches!(p.before(1), Some("rated" | "rating" | "scored" | "chat"));
    // (Or its `M` read alone: `12 of 14 people said yes`.)
    let alone = p.bare_count()
        && p.amount.stated.is_some_and(|m| m <= 50.0)
        && p.before(1) == Some("of")
        && p.prev_token(2)
            .is_some_and(|t| matches!(t.token, Token::Number(..)));
    let hands = (of_m(50) || alone)
        && matches!(
            p.word(p.after),
            Some("people" | "respondents" | "participants" | "attendees" | "users" | "staff")
        );
    let step = p.before(1) == Some("by")
        && matches!(
            p.before(2),
            Some("multiply" | "multiplying" | "divide" | "dividing")
        );
    let peak = p.amount.unit == Scale::Percent
        && p.word(p.after) == Some("at")
        && p.word(p.after + 1) == Some("peak");
    let staff_word = |k: usize| {
        matches!(
            p.word(k),
            Some("agents" | "staff" | "employees" | "volunteers" | "members")
        )
    };
    // (Past a word or two: `front-line agents`; not past a count noun of
    // the study, `59 per cent of arrests involved family members`.)
    let staff = p.amount.unit == Scale::Percent
        && p.word(p.after) == Some("of")
        && (p.after + 1..=p.after + 4)
            .take_while(|&k| !p.word(k).is_some_and(|w| STUDY_COUNT_NOUNS.contains(&w)))
            .any(staff_word);
    rated || hands || step || peak || staff
}

/// `When a story says "up X per cent", ... multiply by a hundred`: words
/// read as one amount across a quotation mark, or a note on how numbers
/// are written (`thousands separator (3.100 / 3 100)`, `Numbers above
/// 999`), are no amount.
fn across_quote_or_format(p: &Place) -> bool {
    let w = &p.amount.wording;
    let lower = p.sentence.to_lowercase();
    // (A long run of words, quotation mark inside.)
    (w.len() > 40 && w.contains(['"', '\u{201C}', '\u{201D}']))
        || lower.contains("thousands separator")
        || lower.contains("decimal separator")
        || (p.before(1) == Some("numbers")
            && ["above ", "below ", "over ", "under "]
                .iter()
                .any(|b| w.trim_start().starts_with(b)))
}

/// `flat at 11 ms`: a latency.
fn latency(p: &Place) -> bool {
    matches!(
        p.word(p.after),
        Some("ms" | "milliseconds" | "mbps" | "gbps" | "kbps")
    )
}

/// `Lukas (23)`: an age in brackets after a name.
fn age_in_brackets(p: &Place) -> bool {
    p.bare_count()
        && p.digits(p.first) == Some(2)
        && p.prev_token(1).is_some_and(|t| t.is_punct('('))
        && p.tokens.get(p.after).is_some_and(|t| t.is_punct(')'))
        && p.first >= 2
        && p.capitalised(p.first - 2)
        && p.tokens[p.first - 2].word().is_some()
}

/// `- Fed Up, 15`: a signature read as a rise; a change word cut off from
/// its number by a comma is a name's.
fn name_before_comma(p: &Place) -> bool {
    let w = p.amount.wording.trim().to_lowercase();
    ["up,", "down,"].iter().any(|c| w.starts_with(c))
}

/// `a difference of less than 2 percentage points between an
/// implementer's proportions and ...`: a tolerance set, not an amount.
fn tolerance_set(p: &Place) -> bool {
    p.before(1) == Some("of")
        && matches!(p.before(2), Some("difference" | "tolerance" | "margin"))
        && p.word(p.after) == Some("between")
}

/// `Hours requested: 4.0`: a count of ten or less written with `.0`.
fn whole_with_point_zero(p: &Place) -> bool {
    let w = p.amount.wording.trim();
    p.bare_count()
        && p.amount.kind == crate::data::ClaimKind::Level
        && w.strip_suffix(".0")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()))
        && p.amount.stated.is_some_and(|x| x <= 10.0)
}

/// `129 small squares`: a count of a noun of the prose, past one word.
fn count_past_adjective(p: &Place) -> bool {
    // (Only nouns of things drawn or counted in a handout: time words after
    // one word, `1,051 in wave 2`, `615 that year`, are the study's.)
    p.bare_count()
        && p.word(p.after).is_some()
        && matches!(
            p.word(p.after + 1),
            Some("squares" | "items" | "sections" | "campers" | "gifts" | "donors")
        )
}

/// `(cur | prev)  09:12, 2 December 2026  M. Ortiz  . . (+214)`: the
/// bytes an edit changed, on a wiki page's history line.
fn edit_size(p: &Place) -> bool {
    // (The sign read as a token of its own, or inside the wording.)
    let sign_token = p
        .prev_token(1)
        .is_some_and(|t| matches!(t.token, Token::Punct('+' | '-' | '\u{2212}')));
    let signed = sign_token || p.amount.wording.trim().starts_with(['+', '-', '\u{2212}']);
    let open = if sign_token { 2 } else { 1 };
    let line_start = p.sentence[..p.amount.span[0]]
        .rfind('\n')
        .map_or(0, |k| k + 1);
    let line = &p.sentence[line_start..];
    let dot = |t: Option<&Spanned>| t.is_some_and(|t| t.is_punct('.'));
    signed
        && p.prev_token(open).is_some_and(|t| t.is_punct('('))
        && p.tokens.get(p.after).is_some_and(|t| t.is_punct(')'))
        && (line.contains("cur |")
            || line.contains("(cur")
            || line.contains("prev)")
            // (The history's `. .` separators beside it, when the line was
            // cut into sentences at its dots.)
            || dot(p.prev_token(open + 1))
            || (dot(p.tokens.get(p.after + 1)) && dot(p.tokens.get(p.after + 2))))
}

/// `4.7 (21K ratings)`, `rated 4.5 stars`: a rating out of five.
fn star_rating(p: &Place) -> bool {
    let rated = (p.after..p.after + 5).any(|k| {
        p.word(k)
            .is_some_and(|w| matches!(w, "ratings" | "reviews" | "stars" | "star"))
    });
    p.bare_count() && p.amount.stated.is_some_and(|x| x <= 5.0) && rated
}

/// `WHAT'S NEW IN 4.12`: the version a change log opens with.
fn new_in_version(p: &Place) -> bool {
    p.bare_count() && p.before(1) == Some("in") && p.before(2) == Some("new")
}

/// `Char limits: title 40, body 160, CTA 18`, `Max length: tooltip 180
/// characters, empty state 120`: a line of length limits.
fn limits_list(p: &Place) -> bool {
    let head = p.sentence[..p.amount.span[0]].to_lowercase();
    let label = head.rsplit('\n').next().unwrap_or("");
    p.bare_count()
        && label.split(':').count() >= 2
        && ["limit", "length", "max", "maximum"]
            .iter()
            .any(|w| label.split(':').next().is_some_and(|l| l.contains(w)))
}

/// `Pick a review window: 12, 24 or 72 hours`: durations to choose from.
fn duration_list(p: &Place) -> bool {
    let units = ["hours", "days", "minutes", "weeks", "months", "seconds"];
    let w = p.amount.wording.trim().to_lowercase();
    // (Or read one by one: past the list's other numbers to its unit.)
    let mut k = p.after;
    let mut listed = false;
    while p.tokens.get(k).is_some_and(|t| {
        t.is_punct(',')
            || matches!(t.word(), Some("or" | "and"))
            || matches!(t.token, Token::Number(..))
    }) {
        listed = true;
        k += 1;
    }
    ((w.contains(',') || w.contains(" or ")) && units.iter().any(|u| w.ends_with(u)))
        || (p.bare_count() && listed && p.word(k).is_some_and(|u| units.contains(&u)))
}

/// `the cautions I wish someone had given me at 26`: an age, after a
/// person and `at`.
fn age_of_person(p: &Place) -> bool {
    p.bare_count()
        && p.digits(p.first) == Some(2)
        && p.before(1) == Some("at")
        && matches!(
            p.before(2),
            Some("me" | "him" | "her" | "them" | "us" | "you")
        )
}

/// `Pupils start lessons at 17`, `can learn to drive at 17`: the age at
/// which people start something, after `at`.
fn age_to_start(p: &Place) -> bool {
    p.bare_count()
        && p.digits(p.first).is_some_and(|n| n <= 2)
        && p.amount.stated.is_some_and(|x| (5.0..=25.0).contains(&x))
        && p.before(1) == Some("at")
        && (2..=5).any(|n| {
            p.before(n).is_some_and(|w| {
                matches!(
                    w,
                    "start"
                        | "starts"
                        | "started"
                        | "begin"
                        | "begins"
                        | "began"
                        | "leave"
                        | "leaves"
                        | "join"
                        | "joins"
                        | "learn"
                        | "learns"
                        | "drive"
                        | "qualify"
                )
            })
        })
}

/// `A birth sibling, 17, contacts a child`: a number of one or two digits
/// set off by commas right after a noun of a person is the person's age.
fn age_in_apposition(p: &Place) -> bool {
    let punct = |k: Option<usize>, c: char| {
        k.and_then(|k| p.tokens.get(k))
            .is_some_and(|t| t.is_punct(c))
    };
    p.bare_count()
        && p.digits(p.first).is_some_and(|n| n <= 2)
        && punct(p.first.checked_sub(1), ',')
        && punct(Some(p.after), ',')
        && p.before(2).is_some_and(|w| {
            matches!(
                w,
                "sibling"
                    | "brother"
                    | "sister"
                    | "son"
                    | "daughter"
                    | "boy"
                    | "girl"
                    | "teenager"
                    | "cousin"
                    | "pupil"
                    | "student"
                    | "nephew"
                    | "niece"
                    | "stepson"
                    | "stepdaughter"
            )
        })
}

/// `teams get half a point`, `a tenth of a point`: a fraction of one unit
/// of a game, a recipe or a precision, not a share.
fn fraction_of_a_unit(p: &Place) -> bool {
    let unit = |k: usize| {
        matches!(
            p.word(k),
            Some(
                "point"
                    | "mark"
                    | "star"
                    | "hour"
                    | "day"
                    | "minute"
                    | "page"
                    | "cup"
                    | "mile"
                    | "percentage"
                    | "second"
            )
        )
    };
    let a = |k: usize| matches!(p.word(k), Some("a" | "an" | "one"));
    let of_a = p.word(p.after) == Some("of") && a(p.after + 1) && unit(p.after + 2);
    p.amount.unit == Scale::Percent && ((a(p.after) && unit(p.after + 1)) || of_a)
}

/// `A note on 11 Down`: a crossword's clue.
fn crossword_clue(p: &Place) -> bool {
    // (`11 Down` may be read as a fall of 11: the word is then the
    // amount's own last.)
    let last = p.after.saturating_sub(1);
    let clue_word = |k: usize| p.capitalised(k) && matches!(p.word(k), Some("down" | "across"));
    p.digits(p.first).is_some_and(|n| n <= 3)
        && (clue_word(p.after) || (last > p.first && clue_word(last)))
}

/// `Was that up more or less than 300 per cent on 2000?`: a threshold
/// put to the reader as a choice, not a claim.
fn threshold_choice(p: &Place) -> bool {
    let w = p.amount.wording.trim().to_lowercase();
    let lower = ["less than", "fewer than", "lower than", "below", "under"]
        .iter()
        .any(|l| w.starts_with(l));
    (lower
        && p.before(1) == Some("or")
        && matches!(p.before(2), Some("more" | "higher" | "above" | "over")))
        || [
            "more or less than",
            "more or fewer than",
            "higher or lower than",
            "above or below",
            "over or under",
        ]
        .iter()
        .any(|c| w.contains(c))
}

/// `count down from five`: a countdown.
fn countdown(p: &Place) -> bool {
    p.before(1) == Some("from")
        && p.before(2) == Some("down")
        && matches!(p.before(3), Some("count" | "counting" | "counts"))
}

/// `twenty-___ (4)`, `forty-___ per cent`: a number a blank completes, a
/// puzzle's, not an amount.
fn blank_to_fill(p: &Place) -> bool {
    p.sentence
        .get(p.amount.span[1]..)
        .is_some_and(|rest| rest.trim_start_matches(['-', ' ']).starts_with("__"))
}

/// `14 Grew roughly this many times over`: a puzzle's or a list's number,
/// two digits at most, opening a line before a capitalised word.
fn clue_number(p: &Place) -> bool {
    let line_start = p.sentence[..p.amount.span[0]]
        .rsplit('\n')
        .next()
        .is_some_and(|s| s.trim().is_empty());
    line_start
        && p.digits(p.first).is_some_and(|n| n <= 2)
        && p.capitalised(p.first + 1)
        && p.tokens.get(p.first + 1).and_then(Spanned::word).is_some()
}

/// `Form YS-A&M 27 (10/26)`: a form's number, before its edition's month
/// and year in brackets.
fn form_edition(p: &Place) -> bool {
    let small = |k: usize| p.digits(k).is_some_and(|n| n <= 2);
    p.bare_count()
        && p.tokens.get(p.after).is_some_and(|t| t.is_punct('('))
        && small(p.after + 1)
        && p.tokens.get(p.after + 2).is_some_and(|t| t.is_punct('/'))
        && small(p.after + 3)
        && p.tokens.get(p.after + 4).is_some_and(|t| t.is_punct(')'))
}

/// `in 3 jurisdictions`, `(priority 2)`, `studio mic 2`: a whole number of
/// ten or less in digits, with no hedge. No count of the study is that
/// small (its smallest is the 129 online-meeting interviews), so it is no
/// amount of the study, whatever it counts.
/// (And a limit of as few: `up to six family members`, `at least 1 linked
/// account`.)
fn tiny_count(p: &Place) -> bool {
    let w = p.amount.wording.trim().to_lowercase();
    let digits = !w.is_empty() && w.bytes().all(|c| c.is_ascii_digit());
    // (Or a lower bound: `carrying more than 35 cases`.)
    let limit = [
        "up to ",
        "at least ",
        "at most ",
        "no more than ",
        "more than ",
        "over ",
    ]
    .iter()
    .any(|b| w.starts_with(b));
    // (A limit below any count of the study, `Up to 12 children`, too.)
    let stated = |below: fn(f64) -> bool| p.amount.stated.is_some_and(below);
    // (Or about a count whose reach, a tenth above it, stays below any
    // count of the study: `around 25 young people`.)
    let about = ["about ", "around ", "roughly ", "approximately ", "some "]
        .iter()
        .any(|b| w.starts_with(b));
    p.amount.unit == Scale::Count
        && p.amount.kind == crate::data::ClaimKind::Level
        && ((digits && p.amount.quantifier.is_none() && stated(|x| x <= 10.0))
            || (limit && stated(|x| x < SMALLEST_STUDY_COUNT))
            || (about && stated(|x| x * 1.1 < SMALLEST_STUDY_COUNT)))
}

/// `A two-thirds vote`, `a two-thirds majority`: a fraction that sets a
/// rule of a vote, not a share of anything counted; and `the Town's
/// one-quarter share of a ... position`: a party's stake in a cost.
fn fraction_of_a_rule(p: &Place) -> bool {
    let possessive = p.before(1).is_some_and(|w| {
        w.ends_with("'s") || w.ends_with("\u{2019}s") || matches!(w, "s" | "its" | "our" | "their")
    });
    p.amount.unit == Scale::Percent
        && p.word(p.after).is_some_and(|w| {
            matches!(w, "vote" | "majority" | "quorum" | "supermajority")
                || (w == "share" && possessive)
        })
}

/// `4 of 5 complete`: a counter of a few tasks, not a share.
fn tasks_done(p: &Place) -> bool {
    let parts: Vec<&str> = p.amount.wording.split_whitespace().collect();
    let small = |x: &str| x.parse::<u32>().is_ok_and(|n| n <= 20);
    matches!(parts.as_slice(), [a, "of", b] if small(a) && small(b))
        && p.word(p.after).is_some_and(|w| {
            matches!(
                w,
                "complete"
                    | "completed"
                    | "done"
                    | "implemented"
                    | "closed"
                    | "open"
                    | "outstanding"
                    | "remaining"
                    | "finished"
                    | "resolved"
                    | "delivered"
                    | "pass"
                    | "passed"
                    | "passing"
                    | "fail"
                    | "failed"
                    | "failing"
            )
        })
}

/// `circulation up 9 per cent on last year`: a change measured against
/// the writer's own last year, not between the study's waves.
fn change_on_last_year(p: &Place) -> bool {
    let k = p.after;
    let period = |w: Option<&str>| {
        matches!(
            w,
            Some("year" | "month" | "quarter" | "week" | "season" | "term" | "year's")
        )
    };
    (p.word(k)
        .is_some_and(|w| matches!(w, "on" | "over" | "from" | "since" | "than" | "vs"))
        && matches!(p.word(k + 1), Some("last" | "the"))
        && (period(p.word(k + 2))
            || (p.word(k + 1) == Some("the")
                && p.word(k + 2) == Some("previous")
                && period(p.word(k + 3)))))
        || (p.word(k) == Some("year")
            && p.word(k + 1) == Some("on")
            && p.word(k + 2) == Some("year"))
}

/// `spending stood at 41 per cent of appropriation`, `42 per cent of the
/// year`: a share of a budget, or of the time elapsed.
fn share_of_budget(p: &Place) -> bool {
    if p.amount.unit != Scale::Percent || p.word(p.after) != Some("of") {
        return false;
    }
    let mut k = p.after + 1;
    if matches!(p.word(k), Some("the" | "its" | "our" | "this")) {
        k += 1;
    }
    // (`0.6% of total expenditure`: the sum spent or taken in.)
    if matches!(p.word(k), Some("total" | "annual" | "overall")) {
        k += 1;
    }
    match p.word(k) {
        Some(
            "appropriation" | "budget" | "allocation" | "appropriations" | "expenditure"
            | "spending" | "spend" | "income" | "turnover" | "revenue",
        ) => true,
        // (Not `of the year's arrests`.)
        Some("year") => p.word(k + 1).is_none_or(|w| {
            matches!(
                w,
                "and"
                    | "but"
                    | "so"
                    | "with"
                    | "to"
                    | "as"
                    | "at"
                    | "elapsed"
                    | "gone"
                    | "passed"
                    | "remaining"
                    | "complete"
            )
        }),
        _ => false,
    }
}

/// `call 311, option 2`: a three-digit service number (211, 311, 411 ...),
/// after a verb of calling or before a menu option.
fn service_code(p: &Place) -> bool {
    let n11 = p.amount.stated.is_some_and(|x| {
        x.fract() == 0.0 && (200.0..=900.0).contains(&x) && (x as u32) % 100 == 11
    });
    p.bare_count()
        && n11
        && p.digits(p.first) == Some(3)
        && (matches!(
            p.before(1),
            Some("call" | "dial" | "ring" | "text" | "phone")
        ) || (p.tokens.get(p.after).is_some_and(|t| t.is_punct(','))
            && p.word(p.after + 1) == Some("option")))
}

/// `circulation 14,212`, `attendance 340`: a service's own count after the
/// word that names it, or after that word and its verb (`Junior membership
/// rose to 146`, `attendance stood at 340`, `membership was 212`).
fn service_count(p: &Place) -> bool {
    let verb = match (p.before(2), p.before(1)) {
        (_, Some("was" | "is" | "reached" | "hit" | "totalled" | "totaled")) => 1,
        (
            Some(
                "rose" | "grew" | "fell" | "climbed" | "increased" | "dropped" | "stood" | "went"
                | "came" | "reached" | "stay" | "stays" | "remain" | "remains",
            ),
            Some("to" | "at"),
        ) => 2,
        _ => 0,
    };
    // (And the count it moved from, set off after it: `Membership stands
    // at 164, up from 151 last year`.)
    let moved_from = p.before(1) == Some("from")
        && matches!(p.before(2), Some("up" | "down"))
        && p.prev_token(3).is_some_and(|t| t.is_punct(','))
        && (5..=7).any(|n| p.before(n).is_some_and(service_word));
    p.bare_count() && (p.before(1 + verb).is_some_and(service_word) || moved_from)
}

/// A word naming a service's or a club's own count (`membership`,
/// `attendance`) or the writer's own goal (`target`).
fn service_word(w: &str) -> bool {
    matches!(
        w,
        "circulation"
            | "attendance"
            | "visits"
            | "footfall"
            | "ridership"
            | "boardings"
            | "subscribers"
            | "membership"
            | "enrolment"
            | "enrollment"
            | "turnout"
            | "downloads"
            | "pageviews"
            | "followers"
            | "subs"
            | "dues"
            | "subscription"
            | "subscriptions"
            | "target"
            | "targets"
            | "goal"
            | "kpi"
            | "quota"
    )
}

/// `a ratio of 1 adult to 4`, `one leader for every 6`, `a ratio of 1 to
/// 6`: the writer's own staffing, either of its numbers.
fn staffing_ratio(p: &Place) -> bool {
    let staff = |w: Option<&str>| {
        w.is_some_and(|w| {
            matches!(
                w,
                "adult"
                    | "adults"
                    | "leader"
                    | "leaders"
                    | "staff"
                    | "instructor"
                    | "instructors"
                    | "coach"
                    | "coaches"
                    | "teacher"
                    | "teachers"
                    | "helper"
                    | "helpers"
                    | "supervisor"
                    | "supervisors"
                    // (`1 guide to 25 guests` on a walk.)
                    | "guide"
                    | "guides"
                    | "steward"
                    | "stewards"
                    | "marshal"
                    | "marshals"
                    | "chaperone"
                    | "chaperones"
            )
        })
    };
    let joins = |w: Option<&str>| matches!(w, Some("to" | "for" | "per"));
    let number_at = |k: usize| {
        p.tokens
            .get(k)
            .is_some_and(|t| matches!(t.token, Token::Number(..)))
            || p.word(k)
                .is_some_and(|w| crate::claims::number_word(w).is_some())
    };
    // Its first number: `1 adult to 4`.
    let first = number_at(p.first) && staff(p.word(p.first + 1)) && joins(p.word(p.first + 2));
    // Its second, read alone: `to 4` or `for every 6` after `1 adult`.
    let every = usize::from(p.before(1) == Some("every"));
    let second = joins(p.before(1 + every))
        && staff(p.before(2 + every))
        && p.first >= 3 + every
        && number_at(p.first - 3 - every);
    // (Or read as one amount, `one adult per 4` in `with one adult per 4
    // children`; or a ratio named as one, `a ratio of 1 to 6`.)
    let inside = (p.first..p.after).any(|k| staff(p.word(k)))
        && (p.first..p.after).any(|k| joins(p.word(k)));
    // (`1 to N`, not a multiple: `a ratio of 2.72 to 1`.)
    let w = p.amount.wording.to_lowercase();
    let one = |x: Option<&str>| matches!(x, Some("1" | "one"));
    let ratio_of = (p.before(1) == Some("of")
        && p.before(2) == Some("ratio")
        && (w.starts_with("1 to ")
            || w.starts_with("one to ")
            || (one(Some(w.as_str())) && p.word(p.after) == Some("to"))))
        || (p.before(1) == Some("to")
            && one(p.before(2))
            && p.before(3) == Some("of")
            && p.before(4) == Some("ratio"));
    // (Or its number read into a change, `up only with one` before `adult
    // per 4 children`.)
    let ends_before_staff = p.after >= 1
        && number_at(p.after - 1)
        && staff(p.word(p.after))
        && joins(p.word(p.after + 1));
    (p.amount.quantifier.is_none() && (first || second)) || inside || ratio_of || ends_before_staff
}

/// `each for as many as 20 children`, `for up to 30 guests`: how many a
/// room, a party or a session takes.
fn party_size(p: &Place) -> bool {
    let w = p.amount.wording.to_lowercase();
    let most =
        w.starts_with("as many as") || w.starts_with("up to") || w.starts_with("a maximum of");
    most && p.before(1) == Some("for")
        && p.amount.stated.is_some_and(|x| x <= 100.0)
        && matches!(
            p.word(p.after),
            Some(
                "children"
                    | "kids"
                    | "guests"
                    | "people"
                    | "players"
                    | "participants"
                    | "pupils"
                    | "students"
                    | "visitors"
                    | "cadets"
                    | "riders"
            )
        )
}

/// `About 31% of registered accounts belong to users aged 13 to 17`: a
/// share of a population the writer counts (its accounts, customers,
/// members), which the study never takes a share of.
fn share_of_own_population(p: &Place) -> bool {
    if p.amount.unit != Scale::Percent || p.word(p.after) != Some("of") {
        return false;
    }
    let mut k = p.after + 1;
    while matches!(
        p.word(k),
        Some(
            "our"
                | "its"
                | "the"
                | "all"
                | "registered"
                | "active"
                | "current"
                | "new"
                | "existing"
                | "annual"
                | "site"
                | "quality"
        )
    ) {
        k += 1;
    }
    matches!(
        p.word(k),
        Some(
            "accounts"
                | "customers"
                | "members"
                | "subscribers"
                | "visitors"
                | "pupils"
                | "students"
                | "staff"
                | "employees"
                | "guests"
                | "patients"
                | "passengers"
                | "drivers"
                | "players"
                // `2 per cent of its annual profit`, `10% of the quality
                // score`, `100% of site operatives`.
                | "profit"
                | "profits"
                | "income"
                | "revenue"
                | "turnover"
                | "budget"
                | "surplus"
                | "takings"
                | "proceeds"
                | "score"
                | "tickets"
                | "endpoints"
                | "requests"
                | "orders"
                | "operatives"
                | "workforce"
                | "volunteers"
        )
    )
}

/// `Pass 24/40, Merit 30/40`: a mark out of a total after a grade's name.
fn grade_boundary(p: &Place) -> bool {
    (p.amount.wording.contains('/') || p.tokens.get(p.after).is_some_and(|t| t.is_punct('/')))
        && matches!(
            p.before(1),
            Some("pass" | "merit" | "distinction" | "credit" | "fail" | "score" | "marks" | "mark")
        )
}

/// `mark the first 250 only`, `the first 100 words`: a limit on what is
/// read.
fn first_n_only(p: &Place) -> bool {
    p.bare_count()
        && p.before(1) == Some("first")
        && matches!(
            p.word(p.after),
            Some("only" | "words" | "characters" | "pages" | "entries" | "responses" | "lines")
        )
}

/// `I'm 17.`, `I am 15`: the writer's own age.
fn own_age(p: &Place) -> bool {
    let im = matches!(p.before(1), Some("i'm" | "im" | "m"))
        && (p.before(1) != Some("m") || p.before(2) == Some("i"))
        || (p.before(1) == Some("am") && p.before(2) == Some("i"));
    im && p.bare_count() && p.amount.stated.is_some_and(|x| x < 100.0)
}

/// `ThermoTom (posts: 2,977)`: a tally of a forum or social account.
fn account_tally(p: &Place) -> bool {
    let tally = |w: Option<&str>| {
        matches!(
            w,
            Some(
                "posts"
                    | "replies"
                    | "views"
                    | "likes"
                    | "followers"
                    | "reactions"
                    | "karma"
                    | "reputation"
                    | "subscribers"
            )
        )
    };
    p.bare_count()
        && (tally(p.before(1))
            || (p.prev_token(1).is_some_and(|t| t.is_punct(':')) && tally(p.before(2))))
}

/// `a 10% counter voucher`, `15% off`: a discount.
/// (Or `at the publisher's price less 25%`.)
fn discount(p: &Place) -> bool {
    let less = matches!(p.before(1), Some("less" | "minus"))
        && p.before(2).is_some_and(|w| {
            matches!(
                w,
                "price" | "prices" | "cost" | "costs" | "rrp" | "fee" | "fees"
            )
        });
    p.amount.unit == Scale::Percent
        && (less
            || (1..=2).any(|n| {
                p.word(p.after + n - 1).is_some_and(|w| {
                    matches!(
                        w,
                        "off"
                            | "discount"
                            | "voucher"
                            | "coupon"
                            | "rebate"
                            | "cashback"
                            | "surcharge"
                    )
                })
            }))
}

/// `moves to 09.30`, `Hot drinks at 11.`, `Meerkat mob counted at 14`:
/// clock times (a leading zero, or an hour alone after `at` ending its
/// sentence) and a small count of the writer's own after `counted at`.
fn hour_or_headcount(p: &Place) -> bool {
    let raw = p.tokens.get(p.first).and_then(|t| match &t.token {
        Token::Number(_, raw) => Some(raw.as_str()),
        _ => None,
    });
    let leading_zero = raw
        .is_some_and(|r| r.len() == 5 && r.starts_with('0') && r.as_bytes()[2] == b'.')
        && p.amount.quantifier.is_none();
    let hour = p.bare_count()
        && p.before(1) == Some("at")
        && p.amount
            .stated
            .is_some_and(|x| (1.0..=12.0).contains(&x) && x.fract() == 0.0)
        && p.tokens.get(p.after).is_none_or(|t| t.is_punct('.'))
        && !matches!(
            p.before(2),
            Some(
                "stood"
                    | "stands"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "remained"
                    | "put"
                    | "estimated"
                    | "peaked"
                    | "counted"
                    | "totalled"
                    | "totaled"
                    | "fixed"
                    | "set"
            )
        );
    let headcount = p.bare_count()
        && p.before(1) == Some("at")
        && p.before(2) == Some("counted")
        && p.amount.stated.is_some_and(|x| x < SMALLEST_STUDY_COUNT);
    leading_zero || hour || headcount
}

/// `accept answers within one percentage point`: a tolerance, no amount.
fn within_tolerance(p: &Place) -> bool {
    // (A bare count with no noun after it too: `About 2,577 (accept any
    // answer within 100)`.)
    let bare = p.bare_count() && p.word(p.after).is_none();
    p.before(1) == Some("within")
        && (matches!(p.amount.unit, Scale::Difference | Scale::Percent) || bare)
        && !p.amount.wording.to_lowercase().contains("of")
}

/// `correct the figures at 8.3 and 8.4`: numbers of paragraphs, two
/// decimals of one place with the same whole part, side by side.
fn paragraph_pair(p: &Place) -> bool {
    // (Or a list read as one amount: `corrections are required at 6.2, 6.3
    // and 6.4`.)
    let listed: Vec<&str> = p
        .amount
        .wording
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty() && *w != "and" && *w != "or")
        .collect();
    let paragraphs = listed.len() >= 2
        && listed.iter().all(|w| {
            w.split_once('.').is_some_and(|(a, b)| {
                b.len() == 1
                    && a.chars().all(|c| c.is_ascii_digit())
                    && b.chars().all(|c| c.is_ascii_digit())
            })
        })
        && listed
            .iter()
            .map(|w| w.split('.').next().unwrap_or(""))
            .collect::<std::collections::HashSet<_>>()
            .len()
            == 1;
    if paragraphs {
        return true;
    }
    let one_place = |k: usize| {
        p.tokens.get(k).and_then(|t| match &t.token {
            Token::Number(n, raw)
                if raw.matches('.').count() == 1
                    && raw.split('.').nth(1).is_some_and(|d| d.len() == 1) =>
            {
                Some(n.value().trunc())
            }
            _ => None,
        })
    };
    let joins = |w: Option<&str>| matches!(w, Some("and" | "to" | "or"));
    let Some(whole) = one_place(p.first) else {
        return false;
    };
    let comma = |k: usize| p.tokens.get(k).is_some_and(|t| t.is_punct(','));
    p.bare_count()
        && (((joins(p.word(p.after)) || comma(p.after)) && one_place(p.after + 1) == Some(whole))
            || ((joins(p.before(1)) || comma(p.first.wrapping_sub(1)))
                && p.first >= 2
                && one_place(p.first - 2) == Some(whole)))
}

/// The nouns of what the study counts (`arrests`, `interviews`, ...): a
/// count or a clause naming one is of the study, whoever gives it.
const STUDY_COUNT_NOUNS: [&str; 8] = [
    "arrests",
    "arrest",
    "cases",
    "interviews",
    "offenders",
    "victims",
    "agencies",
    "investigations",
];

/// `the club's own cadet numbers had risen to 64`: a count the sentence
/// says is its writer's (or another body's) own, not the study's.
fn own_count(p: &Place) -> bool {
    // (Not a count of what the study counts, whoever's summary gives it:
    // `The County's own summary gives 3,672 possession arrests in 2000`.)
    let study_noun = (0..2).any(|n| {
        p.word(p.after + n)
            .is_some_and(|w| STUDY_COUNT_NOUNS.contains(&w) || w == "possession")
    });
    p.bare_count()
        && !study_noun
        && (1..=8).any(|n| {
            p.before(n) == Some("own")
                && p.before(n + 1).is_some_and(|w| {
                    let owner = w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s"));
                    matches!(w, "our" | "my")
                        || owner.is_some_and(|o| {
                            !matches!(
                                o,
                                "study" | "survey" | "report" | "njov" | "researchers" | "authors"
                            )
                        })
                })
        })
}

/// `about 200 young people a week`, `travel to 14 meetings a season`: a
/// rate of the writer's own by the week, day or season, which no figure of
/// the study's years is.
fn rate_per_short_period(p: &Place) -> bool {
    // (Or read as a change: `drop-in sessions for about 200 young people a
    // week`.)
    matches!(p.amount.unit, Scale::Count | Scale::Difference)
        && (p.after..p.after + 4).any(|k| {
            matches!(p.word(k), Some("a" | "per" | "each" | "every"))
                && matches!(
                    p.word(k + 1),
                    Some(
                        "week"
                            | "day"
                            | "night"
                            | "month"
                            | "fortnight"
                            | "session"
                            | "shift"
                            | "season"
                            | "term"
                            | "weekend"
                            | "evening"
                    )
                )
        })
}

/// `3.2 kW of 5 kW`, `40 GB`: a measure in a unit of power, storage or
/// speed.
fn unit_of_measure(p: &Place) -> bool {
    p.word(p.after).is_some_and(|w| {
        matches!(
            w,
            "kw" | "kwh"
                | "mw"
                | "mwh"
                | "gb"
                | "tb"
                | "mb"
                | "mbps"
                | "gbps"
                | "ghz"
                | "mhz"
                | "kva"
                | "volts"
                | "watts"
                | "amps"
        )
    })
}

/// `at most five`, `no more than two A1 sheets`: a small limit in words,
/// below any count of the study.
fn small_limit_in_words(p: &Place) -> bool {
    let w = p.amount.wording.trim().to_lowercase();
    let limit = ["at most ", "no more than ", "up to ", "not more than "]
        .iter()
        .any(|l| w.starts_with(l));
    limit
        && p.amount.unit == Scale::Count
        && p.amount.stated.is_some_and(|x| x <= 10.0)
        && w.split_whitespace()
            .last()
            .is_some_and(|n| n.chars().all(char::is_alphabetic))
}

/// `check the increase against the two counts`: a small number in words
/// of things in the prose, read as the end of a change.
fn change_ending_in_prose_count(p: &Place) -> bool {
    let w = p.amount.wording.trim().to_lowercase();
    p.amount.kind == crate::data::ClaimKind::Change
        && w.split_whitespace().last().is_some_and(|n| {
            matches!(
                n,
                "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
            )
        })
        && p.word(p.after)
            .is_some_and(|n| NOT_AMOUNT_NOUNS.contains(&n))
}

/// `Code: 7010.`: a number labelled as a code or a reference by a colon.
fn labelled_identifier(p: &Place) -> bool {
    p.bare_count()
        && p.prev_token(1).is_some_and(|t| t.is_punct(':'))
        && matches!(
            p.before(2),
            Some("code" | "pin" | "ref" | "reference" | "id")
        )
}

/// `2.5 Growth by category.`: a paragraph's number opening its line.
fn line_paragraph_number(p: &Place) -> bool {
    // (Its number, whatever the amount's words: `2.5 Growth` reads as a
    // change.)
    let w = match p.tokens.get(p.first).map(|t| &t.token) {
        Some(Token::Number(_, raw)) => raw.as_str(),
        _ => return false,
    };
    let dotted = w.split_once('.').is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && a.chars().all(|c| c.is_ascii_digit())
            && b.chars().all(|c| c.is_ascii_digit())
    });
    let line_start = p.sentence[..p.amount.span[0]]
        .rfind('\n')
        .map_or(0, |n| n + 1);
    dotted
        && p.sentence[line_start..p.amount.span[0]].trim().is_empty()
        && p.tokens
            .get(p.first + 1)
            .is_some_and(|t| t.word().is_some() && p.capitalised(p.first + 1))
}

/// `numbers are scored separately (10 points)`, `Deduct 1 point per
/// dropped figure; 0.5 for a hedge`: the marks of a test's scoring.
fn scoring(p: &Place) -> bool {
    let text = p.sentence.to_lowercase();
    let scored = ["scored", "score", "deduct", "marks", "marking", "pass mark"]
        .iter()
        .any(|w| text.contains(w));
    let per_item = p.word(p.after) == Some("for")
        && matches!(p.word(p.after + 1), Some("a" | "an" | "each" | "every"));
    let bracketed_points = p.prev_token(1).is_some_and(|t| t.is_punct('('))
        && p.amount.wording.to_lowercase().ends_with("points");
    scored && p.amount.stated.is_some_and(|x| x <= 20.0) && (per_item || bracketed_points)
}

/// `Ages are figures too: "13 to 15" must not become "13 or 15"`: a range
/// of young ages quoted, no amount.
fn quoted_age_range(p: &Place) -> bool {
    let quote = |k: usize| {
        p.tokens
            .get(k)
            .is_some_and(|t| matches!(t.token, Token::Punct('"' | '\u{201c}' | '\u{201d}')))
    };
    let young = |k: usize| {
        p.tokens.get(k).is_some_and(|t| match &t.token {
            Token::Number(n, raw) => !raw.contains('.') && YOUNG_AGES.contains(&n.value()),
            _ => false,
        })
    };
    let joins = |k: usize| matches!(p.word(k), Some("to" | "or" | "and"));
    let f = p.first;
    // `"13 to 15"`, read as one amount or as its two ends.
    young(f)
        && ((joins(f + 1) && young(f + 2) && quote(f.wrapping_sub(1)) && quote(f + 3))
            || (f >= 3 && joins(f - 1) && young(f - 2) && quote(f - 3) && quote(f + 1)))
}

/// `Hartwell's ... employs 640 people`: the writer's (or a firm's) own
/// staff.
fn employs(p: &Place) -> bool {
    p.amount.unit == Scale::Count
        && matches!(
            p.before(1),
            Some("employs" | "employ" | "employed" | "employing")
        )
}

/// `Monday to Saturday, 9 to 5.30`: opening hours, a range that ends at a
/// time of day written with a full stop.
fn hours_range(p: &Place) -> bool {
    let w = p.amount.wording.trim();
    w.split_once(" to ").is_some_and(|(a, b)| {
        let hour = |x: &str| x.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h));
        let dotted = |x: &str| {
            x.split_once('.').is_some_and(|(h, m)| {
                hour(h) && m.len() == 2 && m.parse::<u32>().is_ok_and(|m| m < 60)
            })
        };
        (hour(a) || dotted(a)) && dotted(b)
    }) || {
        // (Its end read alone.)
        let dotted = w.split_once('.').is_some_and(|(h, m)| {
            h.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h))
                && m.len() == 2
                && m.parse::<u32>().is_ok_and(|m| m < 60)
        });
        dotted
            && p.before(1) == Some("to")
            && p.prev_token(2).is_some_and(|t| match &t.token {
                Token::Number(n, _) => (1.0..=12.0).contains(&n.value()),
                _ => false,
            })
    }
}

/// `146 did so in FY2026 (up from 97)`: a start too small to be any
/// count of the study, in a clause that names nothing the study counts.
fn small_start(p: &Place) -> bool {
    p.bare_count()
        && p.before(1) == Some("from")
        && matches!(p.before(2), Some("up" | "down"))
        && p.amount.stated.is_some_and(|x| x < SMALLEST_STUDY_COUNT)
        && !(3..=14).any(|n| p.before(n).is_some_and(|w| STUDY_COUNT_NOUNS.contains(&w)))
}

/// `ILCA 4 and 29er`: a number that a word fragment joined to it makes a
/// name.
fn number_in_a_name(p: &Place) -> bool {
    p.tokens.get(p.after).is_some_and(|t| {
        t.joined
            && t.word()
                .is_some_and(|w| matches!(w, "er" | "ers" | "ner" | "ners"))
    })
}

/// `most of it comes from one American study`: where the writer's
/// evidence comes from, no share of a figure.
fn source_of_evidence(p: &Place) -> bool {
    p.amount.wording.trim().eq_ignore_ascii_case("most")
        && p.word(p.after) == Some("of")
        && p.word(p.after + 1) == Some("it")
        && matches!(p.word(p.after + 2), Some("comes" | "come" | "came"))
        && p.word(p.after + 3) == Some("from")
}

/// `2 of the 5 largest markets ask, and a third is expected to follow`: an
/// ordinal (a third one), which a share would not take a singular verb
/// after.
fn ordinal_fraction(p: &Place) -> bool {
    let w = p.amount.wording.trim().to_lowercase();
    matches!(w.as_str(), "a third" | "a fourth" | "a fifth")
        && p.before(1) == Some("and")
        && matches!(
            p.word(p.after),
            Some("is" | "will" | "would" | "has" | "was")
        )
}

/// `73% of American 12-to-17s`: the first number of an age band written
/// as a plural noun.
fn age_band_plural(p: &Place) -> bool {
    let rest = p.sentence.get(p.amount.span[1]..).unwrap_or("");
    let band = rest.strip_prefix("-to-").is_some_and(|r| {
        let digits = r.bytes().take_while(u8::is_ascii_digit).count();
        (1..=2).contains(&digits) && r[digits..].starts_with('s')
    });
    p.bare_count() && p.amount.stated.is_some_and(|x| x <= *YOUNG_AGES.end()) && band
}

/// `(two start today, both 16)`, `(all 17)`: the age of the people just
/// named, closing a bracket.
fn both_aged(p: &Place) -> bool {
    p.bare_count()
        && p.amount.stated.is_some_and(|x| x <= *YOUNG_AGES.end())
        && matches!(p.before(1), Some("both" | "all" | "each"))
        && p.tokens.get(p.after).is_some_and(|t| t.is_punct(')'))
}

/// `360° street photos`, `a 45 degree angle`: degrees.
fn degrees(p: &Place) -> bool {
    p.amount.unit == Scale::Count
        && (p
            .sentence
            .get(p.amount.span[1]..)
            .is_some_and(|r| r.starts_with('\u{b0}'))
            || matches!(p.word(p.after), Some("degrees" | "degree")))
}

/// `Digital video 45%, social 30%, radio 15%, out-of-home 10%`: three or
/// more percentages that add up to a hundred, in a sentence that names
/// nothing the study counts, split the writer's own whole (a budget). The
/// study's own splits (the four categories, the possessors' charges) name
/// what they split.
fn split_list(p: &Place) -> bool {
    let lower = p.sentence.to_lowercase();
    let study_words = [
        "arrest",
        "possess",
        "offend",
        "case",
        "victim",
        "categor",
        "solicit",
        "meeting",
        "pornograph",
        "agenc",
        "undercover",
        "family",
        "acquaint",
        "interview",
        "image",
        "online",
        "wave",
        "20",
    ];
    if p.amount.unit != Scale::Percent || study_words.iter().any(|w| lower.contains(w)) {
        return false;
    }
    let values: Vec<f64> = p
        .sentence
        .match_indices('%')
        .filter_map(|(k, _)| {
            let before = p.sentence[..k].trim_end();
            let start = before
                .char_indices()
                .rev()
                .find(|(_, c)| !(c.is_ascii_digit() || *c == '.'))
                .map_or(0, |(j, c)| j + c.len_utf8());
            before[start..].parse::<f64>().ok()
        })
        .collect();
    values.len() >= 3 && (values.iter().sum::<f64>() - 100.0).abs() <= 0.5
}

/// `| 9.1 | Photos only with written consent | Publicity |`: a dotted
/// number alone in a table row's first cell, before a cell of words, numbers
/// the row.
fn table_row_number(p: &Place) -> bool {
    let [start, end] = p.amount.span;
    let line_start = p.sentence[..start].rfind('\n').map_or(0, |k| k + 1);
    let first_cell = p.sentence[line_start..start].trim() == "|";
    let next_cell_words = p
        .sentence
        .get(end..)
        .and_then(|r| r.trim_start().strip_prefix('|'))
        .is_some_and(|r| r.trim_start().starts_with(char::is_alphabetic));
    p.amount.unit == Scale::Count
        && p.amount.printed.as_ref().is_some_and(|n| n.decimals() >= 1)
        && first_cell
        && next_cell_words
}

/// `the rules in 14.3`, `see section 4.2`: a numbered rule or section.
fn numbered_section_after_in(p: &Place) -> bool {
    p.amount.printed.as_ref().is_some_and(|n| n.decimals() >= 1)
        && p.amount.unit == Scale::Count
        && matches!(p.before(1), Some("in" | "under" | "see"))
        && matches!(
            p.before(2),
            Some("rules" | "rule" | "section" | "sections" | "clause" | "clauses" | "paragraph")
        )
}

/// `the average mark on this question was 5.4`: a mark or a score of the
/// writer's own, a few words after its noun.
fn mark_was(p: &Place) -> bool {
    p.amount.quantifier.is_none()
        && matches!(p.before(1), Some("was" | "is" | "of"))
        && (2..=6).any(|n| {
            matches!(
                p.before(n),
                Some("mark" | "marks" | "score" | "scores" | "grade" | "rating")
            )
        })
}

/// `Subs for next year stay at 25`: a fee or price kept where it was.
fn fee_holds(p: &Place) -> bool {
    p.bare_count()
        && p.before(1) == Some("at")
        && matches!(p.before(2), Some("stay" | "stays" | "remain" | "remains"))
        && (3..=6).any(|n| {
            matches!(
                p.before(n),
                Some(
                    "subs"
                        | "dues"
                        | "fees"
                        | "fee"
                        | "subscription"
                        | "subscriptions"
                        | "price"
                        | "prices"
                )
            )
        })
}

/// `15% off cases of 12`: the size of a pack.
fn pack_size(p: &Place) -> bool {
    // (Or one box: `leaflets (box of 200 at the back)`.)
    p.bare_count()
        && p.before(1) == Some("of")
        && matches!(
            p.before(2),
            Some(
                "cases"
                    | "packs"
                    | "boxes"
                    | "crates"
                    | "trays"
                    | "box"
                    | "pack"
                    | "crate"
                    | "tray"
            )
        )
        && p.word(p.after)
            .is_none_or(|w| matches!(w, "at" | "in" | "on" | "from"))
}

/// `a 4.2% bitter`: the strength of a drink, before its style.
fn drink_strength(p: &Place) -> bool {
    p.amount.unit == Scale::Percent
        && matches!(
            p.word(p.after),
            Some(
                "bitter"
                    | "ale"
                    | "lager"
                    | "stout"
                    | "porter"
                    | "ipa"
                    | "cider"
                    | "perry"
                    | "mild"
                    | "saison"
                    | "dubbel"
                    | "tripel"
                    | "pilsner"
                    | "wine"
                    | "beer"
            )
        )
}

/// `You've budgeted 2.4 million for filtering`: the writer's own money.
fn budgeted_sum(p: &Place) -> bool {
    p.amount.unit == Scale::Count
        && matches!(
            p.before(1),
            Some(
                "budgeted"
                    | "budgetted"
                    | "allocated"
                    | "invested"
                    | "earmarked"
                    | "pledged"
                    | "raised"
                    | "spent"
            )
        )
}

/// `2 panels, run of 1,500`, `print run 5,000`: copies printed; also a
/// job ticket's `Quantity: 150` and a print's `Edition of 25`.
fn print_run(p: &Place) -> bool {
    let labelled = p.prev_token(1).is_some_and(|t| t.is_punct(':'))
        && matches!(p.before(2), Some("quantity" | "qty"));
    p.bare_count()
        && ((p.before(1) == Some("of") && matches!(p.before(2), Some("run" | "runs" | "edition")))
            || (p.before(1) == Some("run") && p.before(2) == Some("print"))
            || labelled)
}

/// `Senior Tech, 14/11`: a day and a month (or a month and a day) joined by
/// a slash, which no share of the study reads as (14/11 is more than one).
fn day_and_month(p: &Place) -> bool {
    let date = |a: f64, b: f64| {
        let whole = |x: f64| x.fract() == 0.0;
        let (day, month) = (13.0..=31.0, 1.0..=12.0);
        whole(a)
            && whole(b)
            && ((day.contains(&a) && month.contains(&b))
                || (month.contains(&a) && day.contains(&b)))
    };
    let pair = p.amount.wording.trim().split_once('/').is_some_and(
        |(a, b)| matches!((a.parse::<f64>(), b.parse::<f64>()), (Ok(x), Ok(y)) if date(x, y)),
    );
    // (Or one of its numbers read alone, glued to the slash.)
    let first = p
        .slash_pair_after()
        .zip(p.amount.stated)
        .is_some_and(|(b, a)| date(a, b));
    let second = p
        .slash_pair_before()
        .zip(p.amount.stated)
        .is_some_and(|(a, b)| date(a, b));
    p.amount.quantifier.is_none() && (pair || first || second)
}

/// `your portfolio (KSB 12)`, `ISAE 3000`: a number right after a code of
/// capital letters (not a word of the study: `CP`, `US`).
fn after_code_letters(p: &Place) -> bool {
    let code = p.prev_token(1).is_some_and(|t| {
        let raw = p.sentence.get(t.start..t.end).unwrap_or("");
        (2..=5).contains(&raw.len())
            && raw.bytes().all(|c| c.is_ascii_uppercase())
            && !matches!(
                raw,
                "CP" | "US" | "USA" | "UK" | "FBI" | "ICAC" | "NJOV" | "JOV"
            )
    });
    p.bare_count() && code
}

/// `Signed off 2 of 3`: a tally of the writer's own checks.
fn signed_off_tally(p: &Place) -> bool {
    p.before(1) == Some("off") && matches!(p.before(2), Some("signed" | "ticked" | "checked"))
}

/// `318 people found this helpful`: a web page's count of its readers'
/// votes.
fn feedback_count(p: &Place) -> bool {
    p.bare_count()
        && matches!(
            p.word(p.after),
            Some("people" | "users" | "readers" | "visitors")
        )
        && p.word(p.after + 1) == Some("found")
        && matches!(p.word(p.after + 2), Some("this" | "it" | "the"))
}

/// `opens at 6.30`: an hour and its minutes joined by a full stop.
fn dotted_time(p: &Place) -> bool {
    let hm = p.amount.printed.as_ref().is_some_and(|x| {
        // (Signed when read as a fall: `Cleaning down starts at 4.45`.)
        let v = x.value().abs();
        x.decimals() == 2 && (1.0..13.0).contains(&v) && v.fract() < 0.595
    });
    // (Or a range of hours: `Tuesday to Saturday, 9.30 to 4`.)
    let range = matches!(p.word(p.after), Some("to" | "until" | "till"))
        && p.tokens.get(p.after + 1).is_some_and(|t| match &t.token {
            Token::Number(n, _) => n.value() < 24.0,
            _ => false,
        })
        && p.amount
            .wording
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.');
    // (The word before the number itself: `Cleaning down starts at 4.45`,
    // read as a fall.)
    let number = (p.first..p.after)
        .rev()
        .find(|&k| {
            p.tokens
                .get(k)
                .is_some_and(|t| matches!(t.token, Token::Number(..)))
        })
        .unwrap_or(p.first);
    let before = number.checked_sub(1).and_then(|k| p.word(k));
    // (`doors 6.30`, `Last orders 11.30`: after what happens then.)
    hm && (p.amount.quantifier.is_none() || number > p.first)
        && (range
            || matches!(
                before,
                Some(
                    "at" | "from"
                        | "until"
                        | "till"
                        | "by"
                        | "doors"
                        | "orders"
                        | "opens"
                        | "closes"
                        | "kickoff"
                        | "curtain"
                        | "starts"
                )
            ))
}

/// `thank you to the 214 of you who came`: a count of the people the
/// writer addresses.
fn of_the_readers(p: &Place) -> bool {
    p.bare_count()
        && p.word(p.after) == Some("of")
        && matches!(p.word(p.after + 1), Some("you" | "us"))
}

/// `the insurer's premium for youth courses rose by 6 per cent this
/// year`: a change of the writer's own year, not between the study's
/// waves.
fn change_this_year(p: &Place) -> bool {
    p.amount.kind == crate::data::ClaimKind::Change
        && matches!(p.word(p.after), Some("this" | "last"))
        && matches!(
            p.word(p.after + 1),
            Some("year" | "season" | "term" | "month")
        )
}

/// `The national game paid out twice that week`: how often something
/// happened in a stretch of time, no multiple of a figure.
fn times_in_a_period(p: &Place) -> bool {
    let word = p.amount.wording.trim().to_lowercase();
    let times = word == "twice" || word == "once" || word.ends_with(" times");
    times
        && matches!(
            p.word(p.after),
            Some("that" | "this" | "last" | "a" | "per" | "each" | "every" | "in")
        )
        && p.word(p.after + 1).is_some_and(|w| {
            matches!(
                w,
                "week"
                    | "day"
                    | "month"
                    | "year"
                    | "night"
                    | "evening"
                    | "morning"
                    | "session"
                    | "season"
                    | "weekend"
                    | "fortnight"
                    | "term"
            )
        })
}

/// `logged on 26 of 28 days`, `the gadwall peak (41)`: a count of days, or
/// a reading of a log in brackets after its label.
fn tally(p: &Place) -> bool {
    let days = |k: usize| {
        p.word(k)
            .is_some_and(|w| matches!(w, "days" | "weeks" | "months" | "nights" | "sessions"))
    };
    let number = |k: usize| {
        p.tokens
            .get(k)
            .is_some_and(|t| matches!(t.token, Token::Number(..)))
    };
    // (`26 of 28 days`: read as one amount, or as a part and its whole.)
    let of_days = (p.amount.wording.contains(" of ") && days(p.after))
        || (p.word(p.after) == Some("of") && number(p.after + 1) && days(p.after + 2))
        || (p.before(1) == Some("of") && p.first >= 2 && number(p.first - 2) && days(p.after));
    let reading = p.prev_token(1).is_some_and(|t| t.is_punct('('))
        && p.tokens.get(p.after).is_some_and(|t| t.is_punct(')'))
        && matches!(
            p.before(2),
            Some("peak" | "high" | "low" | "maximum" | "minimum" | "max")
        );
    of_days || reading
}

/// `288 pp.`: a book's page count (not `12 pp`, percentage points); also
/// `48 pp, 14 x 21 cm` in a catalogue's line that states no percentage.
fn page_count(p: &Place) -> bool {
    let no_share = !says_percent(&p.sentence.to_lowercase());
    p.word(p.after) == Some("pp")
        && p.tokens
            .get(p.after + 1)
            .is_some_and(|t| t.is_punct('.') || (t.is_punct(',') && no_share && p.bare_count()))
}

/// Whether lower-case `text` writes a percentage (`%`, `percent`, `per
/// cent`).
pub(crate) fn says_percent(text: &str) -> bool {
    text.contains('%') || text.contains("percent") || text.contains("per cent")
}

/// `seating for 40`, `room for 25 people`, `capacity 120`, `places are
/// limited to 40`: how many a room or a course holds.
fn capacity(p: &Place) -> bool {
    let for_room = p.before(1) == Some("for")
        && p.before(2)
            .is_some_and(|w| matches!(w, "seating" | "room" | "space" | "places" | "seats"));
    let capacity = matches!(p.before(1), Some("capacity" | "seats" | "seating"))
        || (p.before(1) == Some("of") && p.before(2) == Some("capacity"))
        // `Places are limited to 40`.
        || (p.before(1) == Some("to")
            && p.before(2) == Some("limited")
            && p.sentence.to_lowercase().split_whitespace().any(|w| {
                matches!(
                    w.trim_matches(|c: char| !c.is_alphabetic()),
                    "places" | "seats" | "spaces" | "participants" | "attendees" | "registration"
                        | "enrollment" | "enrolment" | "tickets"
                )
            }));
    p.bare_count() && (for_room || capacity)
}

/// `Next issue (89)`: a number in brackets right after a word that
/// names things by number.
fn bracketed_identifier(p: &Place) -> bool {
    p.prev_token(1).is_some_and(|t| t.is_punct('('))
        && p.before(2).is_some_and(|w| IDENTIFIER_WORDS.contains(&w))
        && p.tokens.get(p.after).is_some_and(|t| t.is_punct(')'))
        && p.bare_count()
}

/// `I'm in court till 2, then free`: an hour of the clock after `till` or
/// `until`.
fn hour_until(p: &Place) -> bool {
    matches!(p.before(1), Some("till" | "until" | "til"))
        && p.digits(p.first).is_some_and(|n| n <= 2)
        && p.amount.stated.is_some_and(|h| (1.0..=12.0).contains(&h))
        && p.after == p.first + 1
        && p.tokens.get(p.after).is_none_or(|t| {
            t.word()
                .is_none_or(|w| matches!(w, "then" | "pm" | "am" | "o"))
        })
}

/// `41 U.S.C. 3304(a)(1)`: a number glued to a bracketed letter or digit
/// is a section of a code and its subdivision.
fn citation_subdivision(p: &Place) -> bool {
    let t = |k: usize| p.tokens.get(k);
    t(p.after).is_some_and(|x| x.is_punct('(') && x.joined)
        && t(p.after + 1).is_some_and(|x| {
            x.word().is_some_and(|w| w.len() == 1)
                || matches!(&x.token, Token::Number(_, raw) if raw.len() == 1)
        })
        && t(p.after + 2).is_some_and(|x| x.is_punct(')'))
        && p.bare_count()
}

/// `Burden: 2,600 agency respondents at 20 minutes each`: respondents and
/// the minutes each takes are a form's burden, not a figure.
fn burden_estimate(p: &Place) -> bool {
    (p.after..p.after + 4).any(|k| {
        p.word(k) == Some("at")
            && matches!(
                p.tokens.get(k + 1).map(|t| &t.token),
                Some(Token::Number(..))
            )
            && matches!(p.word(k + 2), Some("minutes" | "minute" | "hours" | "hour"))
    })
}

/// `the y-axis runs from 0 to 8,000`: a range from zero is a scale.
/// (And its end: the `8,000` read alone.)
fn scale_from_zero(p: &Place) -> bool {
    let zero = |k: usize| matches!(&p.tokens.get(k).map(|t| &t.token), Some(Token::Number(n, raw)) if raw == "0" && n.value() == 0.0);
    (zero(p.first) && p.word(p.first + 1) == Some("to") && p.before(1) == Some("from"))
        || (p.first >= 3
            && zero(p.first - 2)
            && p.before(1) == Some("to")
            && p.before(3) == Some("from"))
}

/// `say "x of 129"`: a count after a letter standing for any number.
fn template_variable(p: &Place) -> bool {
    p.before(1) == Some("of") && matches!(p.before(2), Some("x" | "n" | "k" | "y"))
}

/// `Version 6.2.1`, `[2.3.1]`, `removed in 3.0.0`: numbers joined by two
/// or more dots are a version.
fn version_number(p: &Place) -> bool {
    let joined_dot_number = |k: usize| {
        p.tokens.get(k).is_some_and(|t| {
            t.joined
                && match &t.token {
                    Token::Number(_, raw) => raw.starts_with('.'),
                    Token::Punct('.') => p
                        .tokens
                        .get(k + 1)
                        .is_some_and(|n| n.joined && matches!(n.token, Token::Number(..))),
                    _ => false,
                }
        })
    };
    // (`6.2.1` read as `6.2` and `.1`: the tail glued to a decimal.)
    let tail = matches!(p.tokens.get(p.first).map(|t| &t.token), Some(Token::Number(_, raw)) if raw.starts_with('.'))
        && p.tokens.get(p.first).is_some_and(|t| t.joined)
        && p.first >= 1
        && matches!(&p.tokens[p.first - 1].token, Token::Number(_, raw) if raw.contains('.'));
    let w = p.amount.wording.trim();
    tail || w.matches('.').count() >= 2 && w.chars().all(|c| c.is_ascii_digit() || c == '.')
        || (matches!(p.tokens.get(p.first).map(|t| &t.token), Some(Token::Number(_, raw)) if raw.contains('.'))
            && joined_dot_number(p.after))
}

/// `Filed 11/20/26`, `(10/27/2026)`: a date written with slashes (plain
/// digits, the slashes glued: `2,577 / 7,010 / 8,144` is a list).
fn slashed_date(p: &Place) -> bool {
    let slash = |k: usize| p.tokens.get(k).is_some_and(|t| t.is_punct('/') && t.joined);
    let part = |k: usize| p.digits(k).is_some_and(|n| n <= 4) && p.tokens[k].joined;
    let first = |k: usize| p.digits(k).is_some_and(|n| n <= 2);
    p.after == p.first + 1
        && ((first(p.first)
            && slash(p.after)
            && part(p.after + 1)
            && slash(p.after + 2)
            && part(p.after + 3))
            || (p.first >= 2
                && slash(p.first - 1)
                && p.digits(p.first).is_some_and(|n| n <= 4)
                && p.tokens[p.first].joined
                && p.digits(p.first - 2).is_some_and(|n| n <= 2)))
}

/// `20% off`, `100% recycled paper`, `a stacked 100% bar`: a percentage
/// that describes a product or a chart, not a share of anything counted.
fn product_percentage(p: &Place) -> bool {
    p.amount.unit == Scale::Percent
        && (p.word(p.after).is_some_and(|w| {
            matches!(
                w,
                "off" | "recycled" | "bar" | "discount" | "cotton" | "guarantee" | "organic"
            )
        }) || p.before(1) == Some("stacked"))
}

/// `shares in [0, 100]`: a range written in square brackets is an
/// interval of values, not a statement of one.
///
/// (Two ends: `[8,144]` alone after a quiz's question is its answer.)
fn bracketed_range(p: &Place) -> bool {
    let first_end = p.prev_token(1).is_some_and(|t| t.is_punct('['))
        && p.tokens.get(p.after).is_some_and(|t| t.is_punct(','))
        && p.tokens.get(p.after + 2).is_some_and(|t| t.is_punct(']'));
    let second_end = p.prev_token(3).is_some_and(|t| t.is_punct('['))
        && p.prev_token(1).is_some_and(|t| t.is_punct(','))
        && p.tokens.get(p.after).is_some_and(|t| t.is_punct(']'));
    first_end || second_end
}

/// `Free for 1 child`: a price's terms.
fn price_terms(p: &Place) -> bool {
    p.bare_count() && p.before(1) == Some("for") && p.before(2) == Some("free")
}

/// `| 404 | no such wave |`: an HTTP status code in a table's cell.
fn status_code(p: &Place) -> bool {
    let cell = p.prev_token(1).is_some_and(|t| t.is_punct('|'))
        && p.tokens.get(p.after).is_some_and(|t| t.is_punct('|'));
    cell && p.digits(p.first) == Some(3)
        && p.amount
            .stated
            .is_some_and(|n| (400.0..600.0).contains(&n) || (200.0..210.0).contains(&n))
        && ["code", "status", "error"]
            .iter()
            .any(|w| p.sentence.to_lowercase().contains(w))
}

/// `53% of 1,713 is about 908`: the product a writer works out from a
/// share and its base states no figure of its own.
fn own_arithmetic(p: &Place) -> bool {
    let before = crate::claims::preceding_words(p.sentence, p.amount.span[0]);
    let words: Vec<&str> = before.split_whitespace().rev().take(5).collect();
    // (`... of 1,713 is`, `... of 1,713 =`.)
    matches!(words.first(), Some(&("is" | "=" | "gives" | "makes")))
        && words
            .get(1)
            .is_some_and(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
        && words.get(2) == Some(&"of")
        && words.get(3).is_some_and(|w| w.ends_with('%'))
}

/// The word after an amount, past `of` and a determiner (`6% of
/// candidates`, `one in ten of the students`), or right after it (`3 of
/// 10 centres`).
fn noun_after<'a>(p: &Place<'a>) -> Option<&'a str> {
    p.word(noun_after_at(p))
}

/// The token of [`noun_after`]'s word.
fn noun_after_at(p: &Place) -> usize {
    let mut k = p.after;
    if p.word(k) == Some("of") {
        k += 1;
        while p
            .word(k)
            .is_some_and(|w| matches!(w, "the" | "all" | "these" | "those" | "its" | "their"))
        {
            k += 1;
        }
    }
    k
}

/// `6% of candidates scored 17 or above`, `fewer than one in ten
/// candidates`, `3 of 10 centres`: a share of people or things the prose
/// counts, not of the study's arrests.
fn share_of_prose(p: &Place) -> bool {
    // (Wholes of the prose only, people, places and a writer's own rates
    // and targets: `19% images of children` and `25.0 per cent of wave-1
    // arrests` are the study's.)
    const PROSE_WHOLES: &[&str] = &[
        "candidates",
        "students",
        "pupils",
        "centres",
        "centers",
        "schools",
        "teachers",
        "parents",
        "members",
        "employees",
        "staff",
        "volunteers",
        "calls",
        "customers",
        "clients",
        "meetings",
        "sessions",
        "weight",
        "target",
        "return",
        "indicated",
        "selected",
        "discount",
        "interest",
        "commission",
        "states",
        "partners",
        "players",
        "training",
        "course",
        "courses",
        "programme",
        "program",
        "curriculum",
        "lessons",
        "classes",
        "budget",
    ];
    // (Past one word: `9 of 12 discovery calls`.)
    let second = p
        .word(p.after + 1)
        .filter(|_| p.word(p.after) != Some("of"));
    // (Past a word that sorts the people: `90% of junior parents`.)
    let k = noun_after_at(p);
    let sorted = p
        .word(k)
        .is_some_and(|w| {
            matches!(
                w,
                "junior" | "senior" | "new" | "local" | "older" | "younger" | "participating"
            )
        })
        .then(|| p.word(k + 1))
        .flatten();
    p.amount.unit == Scale::Percent
        && [noun_after(p), second, sorted]
            .iter()
            .any(|w| w.is_some_and(|w| PROSE_WHOLES.contains(&w)))
}

/// `Nine in ten of our 31 technology cases`: a share of the writer's own.
fn share_of_our_own(p: &Place) -> bool {
    // (Or fronted: `Of our 14 million monthly users, about 9% are aged`.)
    let fronted = (p.first.saturating_sub(10)..p.first)
        .any(|k| p.word(k) == Some("of") && matches!(p.word(k + 1), Some("our" | "my")));
    // (Or of a whole of the prose named before `of whom`: `14 million
    // monthly users, of whom about 9% are aged 13 to 17`.)
    let of_whom = matches!(p.before(1), Some("whom" | "which"))
        && p.before(2) == Some("of")
        && p.prev_token(3).is_some_and(|t| t.is_punct(','))
        && p.before(4).is_some_and(|w| NOT_AMOUNT_NOUNS.contains(&w));
    // (Or inside it, or of any unit: `22 of our 24 players`.)
    let inside = p.amount.wording.to_lowercase().contains(" of our ")
        || (p.word(p.after) == Some("of") && matches!(p.word(p.after + 1), Some("our" | "my")));
    inside
        || p.amount.unit == Scale::Percent
            && ((p.word(p.after) == Some("of")
            // (Not `us`, which is also the country: `73 per cent of US
            // youth`.)
            && matches!(p.word(p.after + 1), Some("our" | "my" | "you")))
                || fronted
                || of_whom)
}

/// `Pass mark: 8 of 10`, `mean 11.4 out of 20`, `scored 17 or above`:
/// marks of a test (and the number they are out of).
fn mark_or_score(p: &Place) -> bool {
    let number = |k: usize| {
        p.tokens
            .get(k)
            .is_some_and(|t| matches!(t.token, Token::Number(..)))
    };
    let mark_word = |w: Option<&str>| {
        matches!(
            w,
            Some("mark" | "marks" | "score" | "scores" | "mean" | "median" | "average" | "scored")
        )
    };
    let colon = |k: usize| p.tokens.get(k).is_some_and(|t| t.is_punct(':'));
    // The mark itself, after its label (`mark:`, `mean`, `scored`, `the
    // average score was`).
    let mark = |first: usize| {
        first >= 1
            && ((colon(first - 1) && first >= 2 && mark_word(p.word(first - 2)))
                || mark_word(p.word(first - 1))
                || (matches!(p.word(first - 1), Some("was" | "is"))
                    && first >= 2
                    && mark_word(p.word(first - 2))))
    };
    // Or what it is out of: `8 of 10`, `11.4 out of 20`.
    let out_of = p.before(1) == Some("of")
        && p.first.checked_sub(2).is_some_and(|k| {
            let k = if p.word(k) == Some("out") {
                k.wrapping_sub(1)
            } else {
                k
            };
            number(k) && mark(k)
        });
    mark(p.first) || out_of
}

/// `  1      2000   2,577`: a small number opening a line of a table,
/// right before a year, numbers the row.
fn row_number(p: &Place) -> bool {
    let line_start = p.sentence[..p.amount.span[0]]
        .rfind('\n')
        .map_or(0, |n| n + 1);
    let opens_line = p.sentence[line_start..p.amount.span[0]].trim().is_empty();
    opens_line
        && p.bare_count()
        && p.amount.stated.is_some_and(|x| x <= 20.0)
        && p.tokens.get(p.after).and_then(year_token).is_some()
}

/// `any answer you got wrong by more than 0.5`: how far off an answer may
/// be.
fn tolerance(p: &Place) -> bool {
    let before = crate::claims::preceding_words(p.sentence, p.amount.span[0]).to_lowercase();
    let words: Vec<&str> = before.split_whitespace().rev().take(2).collect();
    words.first() == Some(&"by")
        && words
            .get(1)
            .is_some_and(|w| matches!(*w, "wrong" | "off" | "out" | "differ" | "differs"))
}

/// `we had 4 investigators`, `there are 40 of you in this room, from 12
/// agencies`: a small count of the writer's or the audience's own.
fn own_small_count(p: &Place) -> bool {
    let small = p.bare_count() && p.amount.stated.is_some_and(|x| x <= 100.0);
    let had =
        matches!(p.before(1), Some("had" | "have")) && matches!(p.before(2), Some("we" | "i"));
    // (`us`, not the country `US`: `73 per cent of US youth`.)
    let of_you = p.word(p.after) == Some("of")
        && (p.word(p.after + 1) == Some("you")
            || (p.word(p.after + 1) == Some("us") && !p.capitalised(p.after + 1)));
    let room = p.sentence.to_lowercase().contains("in this room");
    // (Those present with a hedge too: `more than forty of us`.)
    let few = p.amount.stated.is_some_and(|x| x <= 100.0);
    (small && (had || room)) || (few && of_you)
}

/// `an axis from 0 to 3,500 in steps of 500`: a chart's scale.
fn axis_scale(p: &Place) -> bool {
    let before = crate::claims::preceding_words(p.sentence, p.amount.span[0]).to_lowercase();
    let near: Vec<&str> = before.split_whitespace().rev().take(6).collect();
    p.amount.unit == Scale::Count
        && near.iter().any(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphanumeric()),
                "axis" | "steps" | "gridlines" | "ticks"
            )
        })
}

/// `pilot it with 40 agencies`: the size of a pilot the writer plans.
/// (Not `the pilot phase included 40 interviews`, which may be the
/// study's own.)
fn pilot_size(p: &Place) -> bool {
    p.before(1) == Some("with")
        && (2..=5).any(|n| {
            p.before(n)
                .is_some_and(|w| matches!(w, "pilot" | "piloting" | "piloted"))
        })
}

/// `The cases parents picture most, where ...`: `most` after a verb, at
/// its clause's end, says how much, of no share.
fn most_as_adverb(p: &Place) -> bool {
    // `the cases our centre sees most often`, `the most common`, `most
    // likely`: a superlative of the word after it.
    let superlative = p.amount.wording.trim().eq_ignore_ascii_case("most")
        && p.word(p.after).is_some_and(|w| {
            matches!(
                w,
                "often"
                    | "common"
                    | "commonly"
                    | "frequent"
                    | "frequently"
                    | "likely"
                    | "important"
                    | "serious"
                    | "recent"
                    | "recently"
                    | "striking"
                    | "notable"
                    | "telling"
                    | "useful"
                    | "popular"
                    | "vulnerable"
                    | "widely"
                    | "relevant"
                    | "urgent"
                    | "visible"
                    | "typical"
                    | "difficult"
                    | "affected"
                    | "at-risk"
                    | "exposed"
                    // `the ones most like the risk in a cinema`.
                    | "like"
                    | "alike"
                    | "similar"
                    | "closely"
                    | "clearly"
                    | "directly"
                    | "heavily"
                    | "strongly"
                    | "easily"
                    | "dangerous"
                    | "harmful"
                    | "effective"
                    // (`the ones most feared`.)
                    | "feared"
                    | "dreaded"
                    | "publicised"
                    | "publicized"
            )
        });
    // (After a verb it qualifies: `The cases that matter most for us`.)
    // (Or past its object: `The group that worries parents most`.)
    let verb = |w: &str| {
        matches!(
            w,
            "matter"
                | "matters"
                | "mattered"
                | "worry"
                | "worries"
                | "concern"
                | "concerns"
                | "fear"
                | "fears"
                | "need"
                | "needs"
                | "want"
                | "wants"
                | "like"
                | "value"
        )
    };
    let after_verb = p.amount.wording.trim().eq_ignore_ascii_case("most")
        && (p.before(1).is_some_and(verb)
            || (p.before(2).is_some_and(verb)
                && p.before(1).is_some_and(|o| {
                    matches!(
                        o,
                        "parents" | "us" | "them" | "people" | "families" | "teachers"
                    )
                })));
    superlative
        || after_verb
        || p.amount.wording.trim().eq_ignore_ascii_case("most")
            && p.tokens
                .get(p.after)
                .is_some_and(|t| matches!(t.token, Token::Punct(',' | '.' | ';' | ':' | ')')))
            && p.before(1).is_some_and(|w| {
                !matches!(
                    w,
                    "the" | "at" | "for" | "of" | "and" | "or" | "but" | "that" | "which"
                )
            })
}

/// `the risk the report describes is real but is mostly met online`: a
/// share adverb after `is` or `was` says how much of one thing (a risk, a
/// problem) is so; what the study counts, arrests and offenders, takes
/// `are` and `were`.
fn share_adverb_of_singular(p: &Place) -> bool {
    matches!(
        p.amount.wording.trim().to_lowercase().as_str(),
        "mostly" | "mainly" | "largely" | "chiefly" | "predominantly" | "primarily"
    ) && matches!(p.before(1), Some("is" | "was"))
        // (Not a pronoun that may stand for a count or a change: `The jump
        // to 2006 was 4,433 arrests, and it was mostly police going
        // undercover`.)
        && !matches!(p.before(2), Some("it" | "this" | "that" | "which"))
}

/// `4 drops on the east elevation`: a small count of a noun that is also a
/// direction word (a rope-access drop, a climb), with a place after it.
fn count_of_drops(p: &Place) -> bool {
    let lower = p.amount.wording.trim().to_lowercase();
    let Some((n, noun)) = lower.split_once(' ') else {
        return false;
    };
    n.parse::<u32>().is_ok_and(|n| n <= 20)
        && matches!(noun, "drops" | "climbs" | "descents" | "ascents")
        && matches!(
            p.word(p.after),
            Some("on" | "in" | "at" | "from" | "down" | "per" | "each" | "a" | "every")
        )
}

/// `74 members of whom 18 are under 16`: a part, after `of whom`, of a
/// count of a group's own people just named.
fn part_of_own_members(p: &Place) -> bool {
    p.bare_count()
        && p.before(1) == Some("whom")
        && p.before(2) == Some("of")
        && matches!(
            p.before(3),
            Some(
                "members"
                    | "volunteers"
                    | "pupils"
                    | "students"
                    | "juniors"
                    | "riders"
                    | "players"
                    | "staff"
                    | "coaches"
                    | "helpers"
                    | "families"
            )
        )
        && p.first
            .checked_sub(4)
            .and_then(|k| p.tokens.get(k))
            .is_some_and(|t| matches!(t.token, Token::Number(..)))
}

/// `more than 50 minors on site`: how many may be present at once.
fn on_site(p: &Place) -> bool {
    let at = |k: usize| {
        (p.word(k) == Some("on") && p.word(k + 1) == Some("site"))
            || p.word(k) == Some("onsite")
            || (p.word(k) == Some("at") && matches!(p.word(k + 1), Some("a" | "once")))
                && (p.word(k + 1) == Some("once") || p.word(k + 2) == Some("time"))
    };
    p.amount.unit == Scale::Count && (at(p.after) || at(p.after + 1))
}

/// `Dark-sky weekend, 11 to 13 of next month`: a day, or a span of days,
/// of a month named after `of`.
fn days_of_a_month(p: &Place) -> bool {
    // (The first day of a span: `11 to 13`, `11 and 12`.)
    let j = if matches!(p.word(p.after), Some("to" | "through" | "and"))
        && p.digits(p.after + 1).is_some_and(|n| n <= 2)
    {
        p.after + 2
    } else {
        p.after
    };
    let of_month = p.word(j) == Some("of")
        && (p.word(j + 1) == Some("month")
            || (matches!(
                p.word(j + 1),
                Some("next" | "this" | "last" | "each" | "every" | "the")
            ) && p.word(j + 2) == Some("month")));
    let days = p.amount.unit == Scale::Count
        && p.amount.quantifier.is_none()
        && p.amount.stated.is_some_and(|d| (1.0..=31.0).contains(&d));
    of_month && days
}

/// `... The Response of Law Enforcement 1 (2003)`: a small number between
/// a capitalised title and a bracketed year is the page (or volume) of a
/// cited work.
fn cited_page(p: &Place) -> bool {
    let small = p.digits(p.first).is_some_and(|n| n <= 2) && p.after == p.first + 1;
    let titled = p
        .written(p.first.wrapping_sub(1))
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    let year_in_brackets = p.tokens.get(p.after).is_some_and(|t| t.is_punct('('))
        && p.tokens.get(p.after + 1).is_some_and(|t| {
            matches!(&t.token, Token::Number(n, raw) if raw.len() == 4 && (1900.0..2100.0).contains(&n.value()))
        })
        && p.tokens.get(p.after + 2).is_some_and(|t| t.is_punct(')'));
    small && titled && year_in_brackets
}

/// `SOC 318`, `CJ 4410`, `ISO/IEC 17025`: a whole number of three to five digits after a
/// word of two to four capitals is a course's or a catalogue's code.
fn course_code(p: &Place) -> bool {
    let number = p.digits(p.first).is_some_and(|n| (3..=5).contains(&n));
    let code = p
        .written(p.first.wrapping_sub(1))
        .is_some_and(|w| (2..=4).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase()));
    number && code && p.after == p.first + 1
}

/// `Agencies with 1 to 3 arrests had every case interviewed`: small bounds
/// after `with` describe a class of things, they state no amount.
fn class_bounds(p: &Place) -> bool {
    let small = |k: usize| p.digits(k).is_some_and(|n| n <= 2);
    let to = |k: usize| p.word(k).is_some_and(|w| matches!(w, "to" | "through"));
    let start = if small(p.first) && to(p.first + 1) && small(p.first + 2) {
        Some(p.first)
    } else if p.first >= 2 && small(p.first) && to(p.first - 1) && small(p.first - 2) {
        Some(p.first - 2)
    } else {
        None
    };
    start.is_some_and(|g| g > 0 && p.word(g - 1) == Some("with"))
}

/// `Tuesday, March 9`: a day after a month's name (capitalised, so that
/// `may 5` is not taken for a date).
fn day_of_month(p: &Place) -> bool {
    use crate::claims::period::MONTHS;
    // `Oct. 14`: past an abbreviation's full stop too.
    let (month, at) = match p.prev_token(1) {
        Some(t) if t.is_punct('.') => (p.before(2), p.first.checked_sub(2)),
        _ => (p.before(1), p.first.checked_sub(1)),
    };
    // (`Oct.`, `Sept.`: a month's abbreviation, in a dateline, where the
    // day closes its bracket or clause: `(League of Voters, Oct. 14)`.)
    // (Or with no stop, closing its bracket: `Update #3 (Nov 14)`.)
    let closes = p
        .tokens
        .get(p.after)
        .is_none_or(|t| matches!(t.token, Token::Punct(')' | ',' | ';')));
    let no_stop_bracket = at.is_some_and(|k| k + 1 == p.first)
        && p.tokens.get(p.after).is_some_and(|t| t.is_punct(')'));
    let dateline = (at.is_some_and(|k| k + 1 < p.first) && closes) || no_stop_bracket;
    let month_word = |w: &str| {
        MONTHS.contains(&w) || (dateline && w.len() >= 3 && MONTHS.iter().any(|m| m.starts_with(w)))
    };
    p.bare_count()
        && month.is_some_and(month_word)
        && at.is_some_and(|k| p.capitalised(k))
        && p.amount
            .stated
            .is_some_and(|d| (1.0..=31.0).contains(&d) && d.fract() == 0.0)
}

/// `select 5.5% per annum`: a yearly rate (the study's shares are of one
/// year's arrests, never rates per year).
fn per_annum(p: &Place) -> bool {
    p.amount.unit == Scale::Percent
        && (matches!(p.word(p.after), Some("annually" | "p.a" | "pa"))
            || (p.word(p.after) == Some("per")
                && matches!(p.word(p.after + 1), Some("annum" | "year"))))
}

/// `in Q3`, `the end of Q2`, `higher in Q3`: a quarter of a year (its
/// number glued to a `Q`, at the amount's end).
fn quarter_of_year(p: &Place) -> bool {
    let last = p.after.saturating_sub(1);
    let w = p.amount.wording.trim().to_lowercase();
    let q = w
        .strip_prefix('q')
        .is_some_and(|d| matches!(d, "1" | "2" | "3" | "4"));
    let glued = last >= 1
        && p.word(last - 1) == Some("q")
        && p.tokens.get(last).is_some_and(|t| {
            t.joined && matches!(&t.token, Token::Number(n, _) if (1.0..=4.0).contains(&n.value()))
        });
    q || glued
}

/// `likelihood 3 x impact 5 = 15`, `4 x 5 = 20`: a risk matrix's score.
fn risk_score(p: &Place) -> bool {
    // (`3 x` read as a multiple too.)
    let small = p.amount.unit != Scale::Percent && p.amount.stated.is_some_and(|x| x <= 25.0);
    let times = |k: usize| {
        p.tokens
            .get(k)
            .is_some_and(|t| t.word() == Some("x") || t.is_punct('\u{d7}'))
    };
    let product = p.prev_token(1).is_some_and(|t| t.is_punct('='))
        && (p.first.saturating_sub(6)..p.first).any(times);
    let factor = times(p.after) || (p.first >= 1 && times(p.first - 1));
    let label = matches!(
        p.before(1),
        Some("likelihood" | "impact" | "residual" | "inherent" | "severity" | "rating")
    );
    small && (product || factor || label)
}

/// `the definition matters twice`: how often, not a multiple of a figure.
fn twice_as_adverb(p: &Place) -> bool {
    p.amount.wording.trim().eq_ignore_ascii_case("twice")
        && p.tokens
            .get(p.after)
            .is_none_or(|t| matches!(t.token, Token::Punct(',' | '.' | ';' | ':' | ')')))
        && p.before(1).is_some_and(|w| {
            !matches!(
                w,
                "rose"
                    | "grew"
                    | "increased"
                    | "risen"
                    | "grown"
                    | "climbed"
                    | "jumped"
                    | "more"
                    | "nearly"
                    | "almost"
                    | "about"
                    | "roughly"
                    | "than"
                    | "over"
                    | "doubled"
            )
        })
}

/// `teams of up to 4`: the size of a team or group.
fn group_size(p: &Place) -> bool {
    p.before(1) == Some("of")
        && matches!(
            p.before(2),
            Some("teams" | "team" | "groups" | "group" | "pairs" | "tables")
        )
        && p.amount.stated.is_some_and(|x| x <= 20.0)
}

/// `SPORTSTALK 1090`: a radio station's dial position.
fn station_dial(p: &Place) -> bool {
    p.bare_count()
        && p.amount
            .stated
            .is_some_and(|x| (530.0..=1710.0).contains(&x))
        && p.first >= 1
        && p.tokens[p.first - 1]
            .word()
            .is_some_and(|w| w.contains("talk") || w.contains("radio"))
}

/// `10 U.S.C. 1044`: a title and section of a code of statutes.
fn statute_citation(p: &Place) -> bool {
    let dotted = |k: usize, w: &str| {
        p.word(k) == Some(w) && p.tokens.get(k + 1).is_some_and(|t| t.is_punct('.'))
    };
    let usc_after = dotted(p.after, "u") && dotted(p.after + 2, "s") && dotted(p.after + 4, "c");
    let usc_before = p.first >= 6
        && dotted(p.first - 6, "u")
        && dotted(p.first - 4, "s")
        && dotted(p.first - 2, "c");
    // (`Under 10 U.S.C. 1044`: past a preposition read as a bound.)
    let number_last = p.after >= 1
        && p.tokens
            .get(p.after - 1)
            .is_some_and(|t| matches!(t.token, Token::Number(..)));
    (p.bare_count() || number_last) && (usc_after || usc_before)
}

/// `A quarter of a century later`: a fraction of a span of time.
fn fraction_of_time(p: &Place) -> bool {
    p.word(p.after) == Some("of")
        && matches!(p.word(p.after + 1), Some("a" | "an"))
        && matches!(
            p.word(p.after + 2),
            Some("century" | "decade" | "year" | "hour" | "day" | "week" | "month" | "lifetime")
        )
}

/// `a false alarm costs 2`: the points something costs or earns.
fn scoring_rule(p: &Place) -> bool {
    p.bare_count()
        && p.amount.stated.is_some_and(|x| x <= 100.0)
        && matches!(
            p.before(1),
            Some("costs" | "cost" | "earns" | "earn" | "worth" | "scores")
        )
}

/// `ModDesk 5.4 is out`, `Upgrade path: 5.2 and later`: a product's
/// version (a decimal after a name with a capital inside it, or before
/// `and later`).
fn product_version(p: &Place) -> bool {
    let decimal = p.tokens.get(p.first).is_some_and(
        |t| matches!(&t.token, Token::Number(_, raw) if raw.contains('.') && !raw.starts_with('.')),
    ) && p.amount.unit == Scale::Count;
    let camel = p.first >= 1
        && p.tokens[p.first - 1].word().is_some()
        && p.sentence
            .get(p.tokens[p.first - 1].start..p.tokens[p.first - 1].end)
            .is_some_and(|w| {
                w.chars().skip(1).any(char::is_uppercase) && w.chars().any(char::is_lowercase)
            });
    let later = matches!(p.word(p.after), Some("and" | "or"))
        && matches!(p.word(p.after + 1), Some("later" | "newer" | "above"));
    decimal && (camel || later)
}

/// `A third wave`: an ordinal before a noun of a sequence, no fraction.
fn ordinal_before_noun(p: &Place) -> bool {
    let w = p.amount.wording.trim().to_lowercase();
    matches!(
        w.as_str(),
        "a third" | "third" | "a fourth" | "a fifth" | "the third"
    ) && matches!(
        p.word(p.after),
        Some("wave" | "survey" | "round" | "edition" | "study" | "report" | "phase" | "time")
    )
}

/// `Journal of Adolescent Health, 35, 424.e11-424.e20`: a journal's
/// volume, between commas in a reference.
fn journal_volume(p: &Place) -> bool {
    p.bare_count()
        && p.sentence.to_lowercase().contains("journal")
        && p.prev_token(1).is_some_and(|t| t.is_punct(','))
        && p.tokens
            .get(p.after)
            .is_some_and(|t| t.is_punct(',') || t.is_punct('('))
        && p.tokens
            .get(p.after + 1)
            .is_some_and(|t| matches!(t.token, Token::Number(..)))
}

/// `The task force met nine times this year`: how many times something
/// was done, not a multiple.
fn times_done(p: &Place) -> bool {
    let w = p.amount.wording.trim().to_lowercase();
    w.ends_with(" times")
        && matches!(
            p.before(1),
            Some(
                "met"
                    | "meet"
                    | "meets"
                    | "gathered"
                    | "convened"
                    | "visited"
                    | "called"
                    | "asked"
                    | "mentioned"
                    | "cited"
                    | "quoted"
                    | "repeated"
                    | "read"
                    | "prayed"
                    | "sang"
                    | "spoke"
                    | "presented"
                    | "trained"
            )
        )
}

/// `leaves the ninety-nine`, `The ninety-nine were safe`: a number in
/// words standing for a group the prose names, with no noun of its own.
fn number_as_noun(p: &Place) -> bool {
    let words = p.amount.wording.trim();
    let in_words = !words.is_empty() && !words.chars().any(|c| c.is_ascii_digit());
    in_words
        && p.amount.unit == Scale::Count
        && p.before(1) == Some("the")
        && p.tokens.get(p.after).is_none_or(|t| {
            t.word().is_none_or(|w| {
                FUNCTION_WORDS.contains(&w)
                    || matches!(
                        w,
                        "were" | "was" | "are" | "is" | "remain" | "remained" | "stayed"
                    )
            })
        })
}

/// `I've tried 40 of these cases`, `we handled 12 referrals`: a count of the
/// writer's own work, after a first-person subject and a verb of doing
/// (not `interviewed`: `We interviewed 612 investigators` may be the
/// study's own researchers).
fn own_caseload(p: &Place) -> bool {
    let small = p.bare_count() && p.amount.stated.is_some_and(|x| x <= 100.0);
    let verb = matches!(
        p.before(1),
        Some("tried" | "handled" | "prosecuted" | "worked" | "seen" | "investigated" | "taught")
    );
    let first_person = (2..=3).any(|n| {
        p.before(n).is_some_and(|w| {
            matches!(w, "i" | "we" | "i've" | "we've" | "ve") || w.starts_with("i'")
        })
    });
    small && verb && first_person
}

/// `ask the legislature for 12 more investigators`, `fund 6 new
/// positions`: a proposal's count.
fn proposed_count(p: &Place) -> bool {
    // (`12 more` may read as a difference.)
    p.amount.unit != Scale::Percent
        && p.amount.stated.is_some_and(|x| (0.0..=100.0).contains(&x))
        && matches!(
            p.before(1),
            Some("for" | "fund" | "hire" | "add" | "funding")
        )
        && matches!(
            p.word(p.after),
            Some("more" | "new" | "additional" | "extra")
        )
}

/// `Mother of 3`: a family's size.
fn family_size(p: &Place) -> bool {
    p.bare_count()
        && p.before(1) == Some("of")
        && matches!(
            p.before(2),
            Some("mother" | "father" | "parent" | "grandmother" | "grandfather" | "mom" | "dad")
        )
}

/// `H.R. 3581`, `S. 1738`, `SB 227`: a bill's number.
fn bill_number(p: &Place) -> bool {
    let dot = |k: usize| p.tokens.get(k).is_some_and(|t| t.is_punct('.'));
    let f = p.first;
    let house = f >= 4
        && dot(f - 1)
        && p.word(f - 2) == Some("r")
        && dot(f - 3)
        && p.word(f - 4) == Some("h");
    let senate = f >= 2 && dot(f - 1) && p.word(f - 2) == Some("s") && p.capitalised(f - 2);
    let state = matches!(
        p.before(1),
        Some("sb" | "hb" | "ab" | "lb" | "hf" | "sf" | "lr")
    );
    p.bare_count() && (house || senate || state)
}

/// `My daughter is 12`, `my 14yo`: a child's age.
fn childs_age(p: &Place) -> bool {
    let age = p.amount.stated.is_some_and(|x| x <= 21.0) && p.bare_count();
    let is = matches!(p.before(1), Some("is" | "was" | "turned" | "turns"))
        && (2..=3).any(|n| {
            matches!(
                p.before(n),
                Some(
                    "daughter"
                        | "son"
                        | "child"
                        | "kid"
                        | "grandchild"
                        | "grandson"
                        | "granddaughter"
                        | "niece"
                        | "nephew"
                        | "he"
                        | "she"
                )
            )
        });
    let yo = p.tokens.get(p.after).is_some_and(|t| {
        t.joined
            && t.word()
                .is_some_and(|w| matches!(w, "yo" | "yr" | "yrs" | "y"))
    });
    age && (is || yo)
}

/// `up to 125% in your browser settings`: a setting of a screen.
fn screen_setting(p: &Place) -> bool {
    let s = p.sentence.to_lowercase();
    // (Above 100, as no share of the study is: `more than a quarter of
    // offenders ... check the webcam settings` is one.)
    p.amount.unit == Scale::Percent
        && p.amount.stated.is_some_and(|x| x > 100.0)
        && ["browser", "zoom", "font", "text size", "settings"]
            .iter()
            .any(|w| s.contains(w))
}

/// `[ ] 1. Devices charge overnight`, `4. Nobody under 13`: an item's
/// number opening a line of a list.
fn list_item_number(p: &Place) -> bool {
    let line_start = p.sentence[..p.amount.span[0]]
        .rfind('\n')
        .map_or(0, |n| n + 1);
    let lead = p.sentence[line_start..p.amount.span[0]].trim();
    let opens = lead.is_empty() || matches!(lead, "[ ]" | "[x]" | "[X]" | "[]" | "-" | "*");
    opens
        && p.bare_count()
        && p.amount.stated.is_some_and(|x| x <= 50.0)
        && p.tokens
            .get(p.after)
            .is_some_and(|t| t.is_punct('.') || t.is_punct(')'))
}

/// `Nobody under 13 has a public profile`: an age limit of a rule.
fn age_rule(p: &Place) -> bool {
    let w = p.amount.wording.trim().to_lowercase();
    w.starts_with("under ")
        && p.amount.stated.is_some_and(|x| x <= 21.0)
        && matches!(
            p.before(1),
            Some("nobody" | "no" | "anyone" | "children" | "kids" | "one")
        )
}

/// `Comments (14)`: a count of comments, replies or views.
fn comment_count(p: &Place) -> bool {
    p.prev_token(1).is_some_and(|t| t.is_punct('('))
        && matches!(
            p.before(2),
            Some("comments" | "replies" | "likes" | "shares" | "views" | "votes" | "responses")
        )
}

/// `Is it more or less than half?`: a comparison asked, no amount stated.
fn more_or_less_than(p: &Place) -> bool {
    let before = crate::claims::preceding_words(p.sentence, p.amount.span[0]).to_lowercase();
    let last: Vec<&str> = before.split_whitespace().rev().take(2).collect();
    let w = p.amount.wording.trim().to_lowercase();
    // (Whole words: `for less than half` is no question.)
    matches!(last.as_slice(), ["or", "more" | "greater", ..])
        || (w.starts_with("less than") && last.first() == Some(&"or"))
}

/// `Estimated band: 6.0 (Task achievement 5, others 6)`: band scores of a
/// language test.
fn band_score(p: &Place) -> bool {
    p.sentence.to_lowercase().contains("band")
        && p.amount.unit == Scale::Count
        && p.amount.stated.is_some_and(|x| x <= 9.0)
}

/// `>1 agency`, `more than one agency`: the name of a category of cases.
fn more_than_one_agency(p: &Place) -> bool {
    p.amount.stated == Some(1.0)
        && matches!(
            p.word(p.after),
            Some("agency" | "agencies" | "jurisdiction")
        )
}

/// `W1/W2/W3`: a wave's label.
fn wave_label(p: &Place) -> bool {
    // (At the amount's end too: `fall · ~ about · W1`.)
    let last = p.after.saturating_sub(1);
    last >= 1
        && p.word(last - 1) == Some("w")
        && p.tokens.get(last).is_some_and(|t| {
            t.joined && matches!(&t.token, Token::Number(n, _) if n.value() <= 4.0)
        })
}

/// `Next review of the appendix: meeting 16`: a meeting's number.
fn meeting_number(p: &Place) -> bool {
    // (`Notes of meeting 14, Tuesday`: a meeting's minutes.)
    p.bare_count()
        && p.before(1) == Some("meeting")
        && (p.prev_token(2).is_some_and(|t| t.is_punct(':'))
            || matches!(
                p.before(2),
                Some("next" | "at" | "by" | "before" | "until" | "of" | "minutes" | "notes")
            )
            // (`Meeting 112, Tuesday 17 February`: a heading's meeting, a
            // capital and a comma after its number.)
            || (p.first >= 1
                && p.capitalised(p.first - 1)
                && p.tokens.get(p.after).is_some_and(|t| t.is_punct(','))))
}

/// `06→09`: years written with two digits.
fn two_digit_years(p: &Place) -> bool {
    let lead = |k: usize| {
        p.tokens.get(k).is_some_and(
            |t| matches!(&t.token, Token::Number(_, raw) if raw.len() == 2 && raw.starts_with('0')),
        )
    };
    let arrow = |k: usize| {
        p.tokens
            .get(k)
            .is_some_and(|t| t.is_punct('\u{2192}') || t.is_punct('-') || t.is_punct('/'))
    };
    lead(p.first)
        && (arrow(p.after) && lead(p.after + 1)
            || p.first >= 2 && arrow(p.first - 1) && lead(p.first - 2)
            // (Or the amount's own last token: a lone `06` or `02` with its
            // leading zero is a year or a month too, `06→09`, `revised
            // 02/2026`; no figure is printed with a leading zero.)
            || p.after >= 2 && lead(p.after - 1))
}

/// `Lines staffed: 4 of 5`, `Calls answered: 63`: a queue's count.
fn queue_count(p: &Place) -> bool {
    // (And the `5` of `4 of 5` read alone.)
    let f = p.pair_start("of");
    f >= 2
        && p.tokens[f - 1].is_punct(':')
        && matches!(
            p.word(f - 2),
            Some(
                "staffed"
                    | "answered"
                    | "abandoned"
                    | "waiting"
                    | "queued"
                    | "handled"
                    | "escalated"
                    | "segments"
                    | "received"
                    | "closed"
            )
        )
}

/// `girls of 13 to 15`: an age range that names a group.
fn ages_of_group(p: &Place) -> bool {
    // (And the `15` of `13 to 15` read alone.)
    let f = p.pair_start("to");
    f >= 2
        && p.word(f - 1) == Some("of")
        && matches!(
            p.word(f - 2),
            Some("girls" | "boys" | "children" | "kids" | "teens" | "youths" | "victims")
        )
        && p.amount.stated.is_some_and(|x| x <= 21.0)
}

/// `one-to-one sessions`, `one-on-one`: a kind of meeting.
fn one_to_one(p: &Place) -> bool {
    let w = p.amount.wording.trim().to_lowercase();
    w.starts_with("one-to-one")
        || w.starts_with("one-on-one")
        || w == "one-to"
        || w == "one"
            && matches!(p.word(p.after), Some("to" | "on"))
            && matches!(p.word(p.after + 1), Some("one"))
}

/// `the most popular wrong answer was (a), 1,000`: a quiz's option called
/// wrong.
fn quiz_option(p: &Place) -> bool {
    let b = p.sentence[..p.amount.span[0]].trim_end();
    let b = b.strip_suffix(',').unwrap_or(b).trim_end();
    // (Called wrong right before it: `Answer: (c) 7,010` is the right one.)
    ["(a)", "(b)", "(c)", "(d)", "(e)"].iter().any(|o| {
        b.strip_suffix(o).is_some_and(|rest| {
            rest.to_lowercase()
                .split_whitespace()
                .rev()
                .take(5)
                .any(|w| matches!(w, "wrong" | "incorrect" | "distractor"))
        })
    })
}

/// `MRTA/B/26/41`: a paper's reference, numbers joined by slashes to a
/// code; `Application ref. 26/01873/FUL`, numbers joined by a slash with a
/// further slash glued after them.
fn slashed_code(p: &Place) -> bool {
    let slash = |k: usize| p.tokens.get(k).is_some_and(|t| t.is_punct('/'));
    let to_a_code = p.first >= 2
        && slash(p.first - 1)
        && p.tokens[p.first].joined
        && p.tokens[p.first - 1].joined
        && (p.tokens[p.first - 2].word().is_some() || (p.first >= 3 && slash(p.first - 3)));
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|c| c.is_ascii_digit());
    let (a, b) = p.amount.wording.trim().split_once('/').unwrap_or(("", ""));
    let b_digits: String = b.chars().filter(|c| *c != ',').collect();
    let long = b_digits.len() >= SERIAL_DIGITS;
    let pair = digits(a) && digits(&b_digits) && (b == b_digits || long);
    // (`Application No.: 17/884,213`: a long number after the slash is a
    // serial, no fraction of the study's.)
    let serial = pair && long;
    let slash_after = p.glued_slash(p.after);
    // (Or its first number read alone: `26` of `26/01873/FUL`.)
    let first_of_three = p.slash_pair_after().is_some() && p.glued_slash(p.after + 2);
    // (`Ser. No. 63/551,208`: a number too long for any count of the
    // study after a number and a glued slash.)
    let long_after_slash =
        p.slash_pair_before().is_some() && p.amount.stated.is_some_and(|x| x >= SERIAL_AT_LEAST);
    // (Or the first number of a serial read alone: `17` of `17/884,213`.)
    let before_serial = p.slash_pair_after().is_some_and(|x| x >= SERIAL_AT_LEAST);
    to_a_code
        || (pair && slash_after)
        || serial
        || first_of_three
        || long_after_slash
        || before_serial
}

/// `or 911 in an emergency`: the emergency number.
fn emergency_number(p: &Place) -> bool {
    p.amount.stated == Some(911.0) && p.bare_count()
}

/// `Maya, 14, ...`: a character's or a person's age after the name.
fn age_after_name(p: &Place) -> bool {
    p.bare_count()
        && p.amount.stated.is_some_and(|x| x <= 19.0)
        && p.prev_token(1).is_some_and(|t| t.is_punct(','))
        && p.first >= 2
        && p.capitalised(p.first - 2)
        && p.tokens[p.first - 2].word().is_some()
        && (p
            .tokens
            .get(p.after)
            .is_none_or(|t| matches!(t.token, Token::Punct(',' | '.' | ';' | ':' | ')')))
            // (Or ending its line: a letter's signature, `- Fed Up, 15`.)
            || p.sentence
                .get(p.amount.span[1]..)
                .is_some_and(|r| r.trim_start_matches([' ', '\t']).starts_with('\n')))
}

/// `[198/280]`: a counter in square brackets (characters used of a
/// post's limit).
fn bracketed_counter(p: &Place) -> bool {
    let before = &p.sentence[..p.amount.span[0]];
    let after = &p.sentence[p.amount.span[1]..];
    let counter = |x: &str| {
        x.chars()
            .all(|c| c.is_ascii_digit() || c == '/' || c == ' ')
    };
    // (With its slash: `[8,144]` alone after a quiz's question is its
    // answer.)
    before.rfind('[').is_some_and(|o| {
        let inside = &before[o + 1..];
        !inside.contains(']')
            && counter(inside)
            && after.find(']').is_some_and(|c| {
                counter(&after[..c])
                    && (inside.contains('/')
                        || after[..c].contains('/')
                        || p.amount.wording.contains('/'))
            })
    })
}

/// `cleared 12/02`, `due 3/15`: a date written with a slash.
fn short_date(p: &Place) -> bool {
    // (Read as two numbers: `12` then `02`.)
    let small = |k: usize| {
        p.tokens.get(k).is_some_and(|t| {
            matches!(&t.token, Token::Number(n, raw) if !raw.contains('.') && (1.0..=31.0).contains(&n.value()))
        })
    };
    let slash = |k: usize| p.tokens.get(k).is_some_and(|t| t.is_punct('/') && t.joined);
    let verb = |w: Option<&str>| {
        matches!(
            w,
            Some("on" | "by" | "cleared" | "due" | "until" | "from" | "dated" | "posted")
        )
    };
    let first_part = small(p.first) && slash(p.after) && small(p.after + 1) && verb(p.before(1));
    let second_part = p.first >= 3
        && small(p.first)
        && slash(p.first - 1)
        && small(p.first - 2)
        && verb(p.word(p.first - 3));
    first_part
        || second_part
        || verb(p.before(1))
            && p.amount.wording.trim().split('/').count() == 2
            && p.amount
                .wording
                .trim()
                .split('/')
                .all(|x| x.parse::<u32>().is_ok_and(|n| (1..=31).contains(&n)))
}

/// `high of 41, overnight low 28`: a forecast's temperature.
fn forecast_temperature(p: &Place) -> bool {
    p.bare_count()
        && ((p.before(1) == Some("of") && p.before(2) == Some("high"))
            || matches!(p.before(1), Some("low" | "high")))
}

/// `meeting at 5`, `updated at 9`: an hour.
fn hour_of_event(p: &Place) -> bool {
    p.bare_count()
        && p.amount.stated.is_some_and(|x| x <= 12.0)
        && p.before(1) == Some("at")
        && matches!(
            p.before(2),
            Some(
                "meeting"
                    | "updated"
                    | "update"
                    | "call"
                    | "briefing"
                    | "starts"
                    | "begins"
                    | "ends"
                    | "closes"
                    | "opens"
                    | "desk"
            )
        )
}

/// `7 to 13 December`: days of a month.
fn days_of_month(p: &Place) -> bool {
    use crate::claims::period::MONTHS;
    let month = |k: usize| p.word(k).is_some_and(|w| MONTHS.contains(&w)) && p.capitalised(k);
    let number = |k: usize| {
        p.tokens
            .get(k)
            .is_some_and(|t| matches!(&t.token, Token::Number(n, _) if n.value() <= 31.0))
    };
    // (`7 to 13 December`, the `7` read alone.)
    p.amount.stated.is_some_and(|x| x <= 31.0)
        && (month(p.after)
            || (matches!(p.word(p.after), Some("to" | "and"))
                && number(p.after + 1)
                && month(p.after + 2)))
}

/// `Q: Does this mean offending tripled?`: a question asks, it states no
/// amount.
fn yes_no_question(p: &Place) -> bool {
    let s = p.sentence.trim();
    let s = s.strip_prefix("Q:").unwrap_or(s).trim_start();
    let first = s.split_whitespace().next().unwrap_or("").to_lowercase();
    // (Not `Is it true that arrests nearly tripled?`, which puts a claim
    // to be judged.)
    s.ends_with('?')
        && matches!(
            first.as_str(),
            "does" | "did" | "do" | "has" | "have" | "had"
        )
}

/// `target 90 percent`: a target set, not a figure found.
fn target_share(p: &Place) -> bool {
    let target = |w: Option<&str>| matches!(w, Some("target" | "goal" | "benchmark" | "aim"));
    // (Or a label: `Outcome target: 90% of families`.)
    p.amount.unit == Scale::Percent
        && (target(p.before(1))
            || (p.prev_token(1).is_some_and(|t| t.is_punct(':')) && target(p.before(2))))
}

/// `Years 10 to 13`: school year groups.
fn school_years(p: &Place) -> bool {
    // (One group too: `Council secretary, Year 11`.)
    // (Whatever its words read as: `the Year 7 drop-in` reads `7 drop` as
    // a fall, so the number is read from its token.)
    // (And the second of two: `in Years 12 and 13`.)
    let start = if matches!(p.before(1), Some("and" | "to")) {
        let paired = p.prev_token(2).is_some_and(|t| {
            matches!(&t.token, Token::Number(n, raw) if n.value() <= 13.0 && !raw.contains('.'))
        });
        if paired {
            p.first.saturating_sub(2)
        } else {
            p.first
        }
    } else {
        p.first
    };
    start >= 1
        && matches!(p.word(start - 1), Some("years" | "year"))
        && p.capitalised(start - 1)
        && p.amount.quantifier.is_none()
        && p.tokens.get(p.first).is_some_and(|t| {
            matches!(&t.token, Token::Number(n, raw) if n.value() <= 13.0 && !raw.contains('.'))
        })
}

/// `items 13-15 were dropped after the make-up session on October 14`: a
/// day of a month that a change's words ran up to.
fn ends_in_a_date(p: &Place) -> bool {
    use crate::claims::period::MONTHS;
    let last = p.after.wrapping_sub(1);
    last > p.first
        && p.tokens.get(last).is_some_and(|t| {
            matches!(&t.token, Token::Number(n, raw) if !raw.contains('.') && (1.0..=31.0).contains(&n.value()))
        })
        && p.word(last - 1).is_some_and(|w| MONTHS.contains(&w))
        && p.capitalised(last - 1)
}

/// `(603) 555-0142`, `555-0142`, `call 911`: a telephone number.
fn telephone_number(p: &Place) -> bool {
    let number = |k: usize, len: usize| p.digits(k) == Some(len);
    let punct = |k: usize, c: char| p.tokens.get(k).is_some_and(|t| t.is_punct(c));
    let area_code = number(p.first, 3)
        && punct(p.first.wrapping_sub(1), '(')
        && punct(p.after, ')')
        && number(p.after + 1, 3);
    let exchange = number(p.first, 3) && punct(p.after, '-') && number(p.after + 1, 4);
    let line = number(p.first, 4)
        && punct(p.first.wrapping_sub(1), '-')
        && number(p.first.wrapping_sub(2), 3);
    // (`police on 101, or on 999 in an emergency`: after `on` too, when no
    // noun follows.)
    let on_line = p.before(1) == Some("on")
        && p.tokens.get(p.after).is_none_or(|t| {
            t.word()
                .is_none_or(|w| matches!(w, "in" | "or" | "for" | "and" | "if" | "when"))
        });
    let emergency = p.bare_count()
        && (p
            .before(1)
            .is_some_and(|w| matches!(w, "call" | "dial" | "text" | "calling" | "ring"))
            || on_line)
        && matches!(
            p.amount.wording.trim(),
            "911" | "988" | "999" | "112" | "101" | "111" | "000"
        );
    // `0800 123 4567`: a number written with a leading zero is a code or
    // a telephone number, never an amount.
    let zero_at = |k: usize| matches!(p.tokens.get(k).map(|t| &t.token), Some(Token::Number(_, raw)) if raw.len() >= 3 && raw.starts_with('0') && raw.bytes().all(|c| c.is_ascii_digit()));
    let leading_zero = zero_at(p.first);
    // (And the groups after it: `0800 123 4567`.)
    // (Groups of two after a long one: `015242 61 889`.)
    let long_zero_at = |k: usize| zero_at(k) && p.digits(k).is_some_and(|n| n >= 5);
    let after_zero = (p.digits(p.first).is_some_and(|n| n >= 3)
        && (p.first >= 1 && zero_at(p.first - 1) || p.first >= 2 && zero_at(p.first - 2)))
        || (p.digits(p.first).is_some_and(|n| n >= 2)
            && (p.first >= 1 && long_zero_at(p.first - 1)
                || p.first >= 2 && long_zero_at(p.first - 2)));
    // `+44 20 7946 0815`: a country code after a plus, and the groups
    // of digits after it.
    let country_code = |k: usize| {
        p.digits(k).is_some_and(|n| n <= 3)
            && k >= 1
            && punct(k - 1, '+')
            && p.tokens.get(k).is_some_and(|t| t.joined)
    };
    // (The amount's span may hold the plus: `+44` read as a sign.)
    let own = if punct(p.first, '+') {
        p.first + 1
    } else {
        p.first
    };
    let international = (own.saturating_sub(4)..=own).any(|k| {
        country_code(k)
            && (k + 1..=own).all(|j| p.digits(j).is_some())
            && (p.digits(own + 1).is_some() || k < own)
    });
    p.bare_count() && (area_code || exchange || line || after_zero)
        || international
        || emergency
        || leading_zero
}

/// `2.3 Law-enforcement responses` on a line of its own: a section's
/// number before its capitalised title.
fn section_heading(p: &Place) -> bool {
    // (Or another number: `3.1 41 of 44 staff (93%) have completed ...`.)
    let title = (p.word(p.after).is_some() && p.capitalised(p.after))
        || p.tokens
            .get(p.after)
            .is_some_and(|t| matches!(t.token, Token::Number(..)) && !t.joined);
    p.amount.unit == Scale::Count
        && p.amount.quantifier.is_none()
        && p.amount.printed.as_ref().is_some_and(|n| n.decimals() > 0)
        && (p.first == 0 || starts_a_line(p.sentence, p.amount.span[0]))
        && title
}

/// `girls thirteen to fifteen`, `boys 12-14`: the ages of the people just
/// named, either end of the range.
fn ages_of_people(p: &Place) -> bool {
    const PEOPLE: [&str; 10] = [
        "girls",
        "boys",
        "children",
        "youth",
        "youths",
        "kids",
        "teens",
        "teenagers",
        "aged",
        "ages",
    ];
    let age = |k: usize| {
        p.tokens.get(k).is_some_and(|t| match &t.token {
            Token::Number(n, raw) => !raw.contains('.') && (1.0..=21.0).contains(&n.value()),
            Token::Word(w) => {
                crate::claims::number_word(w).is_some_and(|v| (1.0..=21.0).contains(&v))
            }
            _ => false,
        })
    };
    let joins = |k: usize| {
        p.tokens.get(k).is_some_and(|t| {
            t.is_punct('-') || t.word().is_some_and(|w| matches!(w, "to" | "through"))
        })
    };
    let people = |k: Option<usize>| {
        k.and_then(|k| p.word(k))
            .is_some_and(|w| PEOPLE.contains(&w))
    };
    let low = people(p.first.checked_sub(1)) && joins(p.after) && age(p.after + 1);
    let high =
        p.first >= 3 && joins(p.first - 1) && age(p.first - 2) && people(p.first.checked_sub(3));
    p.bare_count() && age(p.first) && (low || high)
}

/// `a slower rise than between the first two waves`: whatever its reading,
/// a number right before `waves`, `months`, `tables` counts those.
fn counts_a_prose_noun(p: &Place) -> bool {
    let ends_in_number = p
        .after
        .checked_sub(1)
        .and_then(|k| p.tokens.get(k))
        .is_some_and(|t| {
            matches!(t.token, Token::Number(..))
                || t.word().is_some_and(|w| {
                    crate::claims::number_word(w).is_some()
                        || matches!(w, "thousand" | "million" | "billion")
                })
        });
    // (Past an adjective of frequency: `14 million monthly users`.)
    let k = if matches!(
        p.word(p.after),
        Some(
            "monthly"
                | "daily"
                | "weekly"
                | "active"
                | "registered"
                | "unique"
                | "youth"
                | "junior"
                | "senior"
                | "other"
                | "young"
                | "operational"
                | "full"
                | "paid"
                | "volunteer"
                | "trained"
        )
    ) {
        p.after + 1
    } else {
        p.after
    };
    ends_in_number
        && p.word(k).is_some_and(|w| NOT_AMOUNT_NOUNS.contains(&w))
        && p.amount.unit != Scale::Ratio
}

/// `fell into two main groups`, `citing 3 nationwide surveys`: a small
/// whole number before a noun of the prose, past one adjective.
fn small_count_of_prose(p: &Place) -> bool {
    let small = p
        .after
        .checked_sub(1)
        .and_then(|k| p.tokens.get(k))
        .and_then(|t| match &t.token {
            Token::Number(n, raw) if p.amount.unit == Scale::Count && !raw.contains('.') => {
                Some(n.value())
            }
            Token::Word(w) => crate::claims::number_word(w),
            _ => None,
        })
        .is_some_and(|x| x <= 12.0);
    // (`fund 6 more investigator positions`: two words between.)
    small
        && p.amount.quantifier.is_none()
        && p.word(p.after).is_some()
        && (p
            .word(p.after + 1)
            .is_some_and(|w| NOT_AMOUNT_NOUNS.contains(&w))
            || (p.word(p.after + 1).is_some()
                && p.word(p.after + 2)
                    .is_some_and(|w| NOT_AMOUNT_NOUNS.contains(&w))))
}

/// `the victim was under 18`, `aged under 17`: an age limit, the number at
/// its clause's end.
fn age_limit(p: &Place) -> bool {
    // (Or before a preposition or a relative clause: `a person under 18
    // on a private channel`.)
    // (Or before an infinitive's `to be`: `no photographs of entrants
    // under 16 to be posted`.)
    // (Or before a destination: `a passenger under 16 to a private
    // address`.)
    let to_be = p.word(p.after) == Some("to")
        && matches!(
            p.word(p.after + 1),
            Some("be" | "a" | "an" | "the" | "any" | "their" | "his" | "her")
        );
    // (Or before another age limit, a range of age classes: `Under 6 to
    // Under 12`, `Under 8 to Over 16`.)
    let to_another = matches!(p.word(p.after), Some("to" | "and" | "or"))
        && matches!(p.word(p.after + 1), Some("under" | "over" | "u"));
    let at_clause_end = to_be
        || to_another
        || p.tokens.get(p.after).is_none_or(|t| {
        t.word().is_none_or(|w| {
            matches!(
                w,
                "and" | "or" | "on" | "in" | "at" | "with" | "without" | "who" | "that" | "from" | "only"
                    // (Or before the verb of its clause: `Piercing under 16
                    // is not offered`.)
                    | "is" | "are" | "was" | "were" | "may" | "must" | "can" | "cannot" | "will"
            )
        })
    });
    let limit_word = |w: &str| matches!(w, "under" | "below" | "over" | "aged" | "age");
    let wording = p.amount.wording.to_lowercase();
    p.amount.unit == Scale::Count
        && (p.before(1).is_some_and(limit_word)
            || wording.split_whitespace().next().is_some_and(limit_word))
        && p.amount.printed.as_ref().is_some_and(|n| n.decimals() == 0)
        && p.amount.stated.is_some_and(|x| {
            // `76.4% of them were over 25`: after a verb of being, any
            // adult age too.
            let of_people = [1, 2].iter().any(|&n| {
                p.before(n)
                    .is_some_and(|w| matches!(w, "were" | "was" | "are" | "is" | "being"))
            });
            // (A child's age class in a range of them: `Under 6 to Under
            // 12`.)
            YOUNG_AGES.contains(&x)
                || (to_another && (2.0..=21.0).contains(&x))
                || (of_people && (22.0..=99.0).contains(&x))
        })
        && at_clause_end
}

/// A currency's sign before a sum (`$`, `€`, `£`).
fn currency_sign(t: &Spanned) -> bool {
    matches!(t.token, Token::Punct('$' | '\u{20ac}' | '\u{a3}'))
}

/// A currency's code before a sum (`USD 240,000`, `GBP 186,400`).
fn currency_code(w: &str) -> bool {
    matches!(w, "usd" | "eur" | "gbp" | "chf" | "cad" | "aud")
}

/// `$1.2 million`, `2,000 dollars`: money, which the study never counts.
fn money(p: &Place) -> bool {
    let sign = p.prev_token(1).is_some_and(currency_sign)
        // (Also after a verb the amount's words hold: `rises to £1,150`.)
        || p.amount
            .wording
            .split(['$', '\u{20ac}', '\u{a3}'])
            .skip(1)
            .any(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    let currency = |w: &str| matches!(w, "dollars" | "euros" | "pounds" | "usd");
    // (Or a range's start: `31,000 to 34,500 pounds`.)
    let word = p.word(p.after).is_some_and(currency)
        || (p.word(p.after) == Some("to")
            && p.tokens
                .get(p.after + 1)
                .is_some_and(|t| matches!(t.token, Token::Number(..)))
            && p.word(p.after + 2).is_some_and(currency));
    // `USD 240,000`: a currency's code before the number.
    let code = p.before(1).is_some_and(currency_code);
    // (Or a range's end after one: `Salary GBP 29,777 to 32,076`, `£31,000
    // to 34,500`.)
    let range_end = p.before(1) == Some("to")
        && p.prev_token(2)
            .is_some_and(|t| matches!(t.token, Token::Number(..)))
        && (p.before(3).is_some_and(currency_code) || p.prev_token(3).is_some_and(currency_sign));
    // (A change of one too: `subscription to rise by 2 pounds`.)
    matches!(p.amount.unit, Scale::Count | Scale::Difference) && (sign || word || code || range_end)
}

/// `310 miles between us`, `a 5 km walk`, `1,240 sq m`: a distance, an
/// area or a weight, which the study never counts.
fn distance(p: &Place) -> bool {
    p.amount.unit == Scale::Count
        && p.word(p.after).is_some_and(|w| {
            matches!(
                w,
                "miles"
                    | "mile"
                    | "km"
                    | "kilometres"
                    | "kilometers"
                    | "metres"
                    | "meters"
                    | "feet"
                    | "yards"
                    | "laps"
                    | "kg"
                    | "kilograms"
                    | "lbs"
                    | "sq"
                    | "sqm"
                    | "m2"
                    | "square"
                    | "hectares"
                    | "acres"
                    | "ng"
                    | "cm"
                    | "mm"
                    | "mg"
                    | "ug"
                    | "ml"
                    | "ppm"
                    | "ppb"
                    | "mmol"
                    | "nm"
                    | "cl"
                    | "t"
                    | "tonnes"
                    | "tonne"
                    | "tons"
                    | "m"
            )
        })
}

/// `point 3 of her list of 5`: how many items a list has.
fn list_length(p: &Place) -> bool {
    p.bare_count()
        && p.before(1) == Some("of")
        && p.before(2).is_some_and(|w| matches!(w, "list" | "lists"))
}

/// `starting July 2000`: a year after a month's name is a date.
fn month_and_year(p: &Place) -> bool {
    let w = p.amount.wording.trim();
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && p.before(1)
            .is_some_and(crate::claims::period::is_month_word)
}

/// `Is "16 percent higher" a big rise?`, `the "5 Family Rules" card`: a
/// number inside quotation marks in a question, or opening a quoted
/// title, is quoted, not stated.
fn quoted(p: &Place) -> bool {
    let quote = |t: Option<&Spanned>| {
        t.is_some_and(|t| matches!(t.token, Token::Punct('"' | '\u{201c}' | '\u{201d}')))
    };
    let opens = quote(p.prev_token(1));
    let question = p.sentence.trim_end().ends_with('?');
    let title = p.bare_count()
        && p.tokens.get(p.after).is_some_and(|t| {
            p.sentence
                .get(t.start..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase)
        });
    opens && (question || title)
}

/// `fever above 102 F`, `39 degrees`: a temperature.
fn temperature(p: &Place) -> bool {
    p.amount.unit == Scale::Count
        && p.word(p.after).is_some_and(|w| {
            matches!(
                w,
                "f" | "c" | "degrees" | "degree" | "\u{b0}f" | "\u{b0}c" | "fahrenheit" | "celsius"
            )
        })
}

/// `the Pin Pals lead by 4 points`, `High game this month: 268`: points of
/// a game or a score, in a sentence that states no percentage, no share or
/// rate and no change (where `points` are percentage points).
fn game_score(p: &Place) -> bool {
    let text = p.sentence.to_lowercase();
    // (`the share rose three points` is a change of a share.)
    let no_share = ![
        "%",
        "percent",
        "per cent",
        "share",
        "rate",
        "proportion",
        "rose",
        "fell",
        "dropped",
        "grew",
        "declined",
        "increased",
    ]
    .iter()
    .any(|w| text.contains(w));
    // (`lead by 4 points` may be read as a change in points.)
    // (Past a bound after it: `unbeaten on 3.5 points or more`.)
    let w = p.amount.wording.trim().to_lowercase();
    let w = ["or more", "or fewer", "or less", "or above", "or over"]
        .iter()
        .find_map(|b| w.strip_suffix(b))
        .map_or(w.as_str(), str::trim_end)
        .to_string();
    let points = (p
        .word(p.after)
        .is_some_and(|w| matches!(w, "points" | "pins"))
        || w.ends_with(" points")
        || w.ends_with(" pins"))
        && !w.contains("percentage")
        && p.before(1) != Some("percentage");
    let high_game = p.prev_token(1).is_some_and(|t| t.is_punct(':'))
        && (2..6).any(|n| {
            p.before(n)
                .is_some_and(|w| matches!(w, "game" | "score" | "series"))
        });
    let small = p
        .amount
        .stated
        // (Or a half point: a chess score, `3.5 points`.)
        .is_some_and(|x| (x * 2.0).fract() == 0.0 && x.abs() < 1000.0);
    small && no_share && (points || (p.bare_count() && high_game))
}

/// `Allow 45 minutes for the gallery and 15 for the discussion`: a
/// duration whose unit the one before it gave.
fn elided_duration(p: &Place) -> bool {
    let unit = |w: &str| {
        matches!(
            w,
            "seconds" | "minutes" | "mins" | "hours" | "days" | "weeks" | "months" | "years"
        )
    };
    p.bare_count()
        && p.before(1).is_some_and(|w| w == "and" || w == "or")
        && (2..8).any(|n| {
            p.before(n).is_some_and(unit)
                && p.prev_token(n + 1)
                    .is_some_and(|t| matches!(t.token, Token::Number(..)))
        })
}

/// `surveyed the same agencies three times: about ...`, `surveyed police
/// agencies three times.`: how often, not a multiple of a figure (a
/// multiple names what it multiplies: `three times the 2000 figure`,
/// `three times as many`).
fn how_often(p: &Place) -> bool {
    // Not `rose 2.6 times, from 935 to 2,417`: a decimal, or a verb of
    // change in the wording, states a multiple; so does one set off by a
    // comma right after a number (`rose from 935 in 2000 to 2,417 in 2006,
    // roughly two and a half times.`).
    let wording = p.amount.wording.to_lowercase();
    let after_a_number = p.prev_token(1).is_some_and(|t| t.is_punct(','))
        && p.prev_token(2)
            .is_some_and(|t| matches!(t.token, Token::Number(..)));
    // (Or right before it: `their number had grown nearly five times`.)
    let growth = |w: &str| {
        matches!(
            w,
            "rose"
                | "risen"
                | "grew"
                | "grown"
                | "increased"
                | "climbed"
                | "jumped"
                | "multiplied"
                | "expanded"
                | "went"
        )
    };
    let multiple = after_a_number
        || p.before(1).is_some_and(growth)
        || p.amount.printed.as_ref().is_some_and(|n| n.decimals() > 0)
        || wording.split_whitespace().any(growth);
    !multiple
        && p.amount.unit == Scale::Ratio
        && p.word(p.after.saturating_sub(1)) == Some("times")
        && p.tokens
            .get(p.after)
            .is_none_or(|t| matches!(t.token, Token::Punct(':' | ';' | ',' | '.' | ')')))
}

/// `the two growth rates`, `our two hosts`: a small number in words after a
/// determiner counts things in the prose (not `the one in five`, `the
/// two-thirds`).
fn determined_small_number(p: &Place) -> bool {
    let determiner = p.before(1).is_some_and(|w| {
        matches!(
            w,
            "the" | "these" | "those" | "our" | "its" | "their" | "both"
        )
    });
    let small_number_word = p
        .word(p.first)
        .and_then(crate::claims::number_word)
        .is_some_and(|x| (2.0..=12.0).contains(&x));
    determiner
        && small_number_word
        && p.tokens.get(p.first + 1).is_some_and(|t| !t.is_punct('-'))
        && p.word(p.first + 1).is_some_and(|w| {
            !matches!(
                w,
                "in" | "out" | "of" | "percent" | "per" | "times" | "fold" | "thirds"
            ) && crate::claims::number_word(w).is_none()
        })
}

/// `our target is 80% rating it useful`, `with a goal of 90 per cent`: a
/// target the writer sets, not a figure of the study.
fn own_target(p: &Place) -> bool {
    let target = |w: &str| matches!(w, "target" | "targets" | "goal" | "aim" | "objective");
    p.before(1).is_some_and(target)
        || (p
            .before(1)
            .is_some_and(|w| matches!(w, "is" | "of" | "at" | "be" | "was"))
            && p.before(2).is_some_and(target))
        // (`target response rate 75%`: a target's noun between.)
        || (p.before(3).is_some_and(target)
            && p.before(2).is_some()
            && p.before(1).is_some_and(|w| matches!(w, "rate" | "share" | "level" | "figure")))
}

/// `By July 2027 we expect 90% of participating learners to complete the
/// course`: what the writer expects of their own people, not a figure the
/// study counted (the study's own words are `found` or `estimated`).
fn own_expectation(p: &Place) -> bool {
    // (Or what the writer plans or runs: `We plan about 150 children's
    // birthdays a year`.)
    matches!(
        p.before(1),
        Some(
            "expect"
                | "anticipate"
                | "hope"
                | "intend"
                | "aim"
                | "plan"
                | "run"
                | "host"
                | "organise"
                | "organize"
                | "deliver"
        )
    ) && matches!(p.before(2), Some("we" | "i"))
        // (Or the writer's organisation by its name: `Safe Stories runs 28
        // online reading clubs`.)
        || (matches!(
            p.before(1),
            Some("runs" | "hosts" | "organises" | "organizes" | "delivers")
        ) && p.first >= 2
            && p.capitalised(p.first - 2)
            && !matches!(p.before(2), Some("study" | "survey" | "njov" | "wave")))
}

/// `80% report greater confidence in an exit survey`: a share of the
/// writer's own participants, from the writer's own feedback survey.
fn own_feedback_survey(p: &Place) -> bool {
    let words: Vec<&str> = p.tokens.iter().filter_map(Spanned::word).collect();
    p.amount.unit == Scale::Percent
        && words.windows(2).any(|w| {
            matches!(
                w[0],
                "exit"
                    | "feedback"
                    | "evaluation"
                    | "satisfaction"
                    | "post-course"
                    | "end-of-course"
            ) && matches!(
                w[1],
                "survey" | "surveys" | "form" | "forms" | "questionnaire"
            )
        })
}

/// `Uptake at 68% of eligible 3-year-olds`, `attendance at 92%`: how far
/// the writer's own service reaches, not a share the study counted.
fn own_service_rate(p: &Place) -> bool {
    // (Or before its noun: `the 2025 audit found 96% compliance`.)
    let noun_after = matches!(
        p.word(p.after),
        Some(
            "compliance"
                | "satisfaction"
                | "attendance"
                | "uptake"
                | "occupancy"
                | "approval"
                | "accuracy"
        )
    );
    let after_its_noun = matches!(p.before(1), Some("at" | "of" | "is" | "was" | "stands"))
        && matches!(
            p.before(2),
            Some("uptake" | "take-up" | "attendance" | "occupancy" | "participation" | "retention")
        );
    p.amount.unit == Scale::Percent && (noun_after || after_its_noun)
}

/// `a Waldorf kindergarten of 24 children`, `a class of 30`: the size of a
/// group of the writer's kind, not a count of the study's.
///
/// (Also `Class sizes this year are 28 to 30`: a group's size named
/// just before, in a sentence that dates nothing the study counted.)
fn size_of_own_group(p: &Place) -> bool {
    let group = |w: Option<&str>| {
        matches!(
            w,
            Some(
                "kindergarten"
                    | "class"
                    | "nursery"
                    | "cohort"
                    | "choir"
                    | "troop"
                    | "squad"
                    | "playgroup"
                    | "setting"
                    | "group"
                    | "team"
            )
        )
    };
    let start = p.pair_start("to");
    let sizes = (start.saturating_sub(5)..start).any(|k| {
        matches!(p.word(k), Some("size" | "sizes"))
            && group(k.checked_sub(1).and_then(|j| p.word(j)))
    }) && !names_a_study_year(p);
    p.bare_count()
        && p.amount.stated.is_some_and(|x| x <= 1000.0)
        && ((p.before(1) == Some("of") && group(p.before(2))) || sizes)
}

/// Whether the sentence holds a year of the study's time (1995 to 2012).
fn names_a_study_year(p: &Place) -> bool {
    p.tokens.iter().any(|t| {
        matches!(&t.token, Token::Number(n, raw) if raw.len() == 4 && (1995.0..=2012.0).contains(&n.value()))
    })
}

/// `bursaries for 40 children`, `places for 30 pupils`: what the writer
/// provides, counted by those it is for (`10 online safety evenings for 40
/// teenagers`).
fn own_provision(p: &Place) -> bool {
    // (Hedged too: `runs free circus workshops for some 1,200 children`.)
    p.amount.unit == Scale::Count
        && p.amount.kind == crate::data::ClaimKind::Level
        && p.before(1) == Some("for")
        && matches!(
            p.before(2),
            Some(
                "bursaries"
                    | "places"
                    | "grants"
                    | "tickets"
                    | "spaces"
                    | "kits"
                    | "meals"
                    | "scholarships"
                    | "vouchers"
                    | "funding"
                    | "workshops"
                    | "sessions"
                    | "classes"
                    | "activities"
                    | "evenings"
                    | "nights"
                    | "events"
                    | "courses"
                    | "trips"
            )
        )
        && matches!(
            p.word(p.after),
            Some(
                "children"
                    | "pupils"
                    | "families"
                    | "students"
                    | "young"
                    | "members"
                    | "girls"
                    | "boys"
                    | "teenagers"
                    | "teens"
                    | "youngsters"
            )
        )
        && !names_a_study_year(p)
}

/// The hedges a count may carry before it (`about 5,300`, `some 46`),
/// read past to the word before them or after them in a cell.
const COUNT_HEDGES: [&str; 8] = [
    "about",
    "around",
    "roughly",
    "approximately",
    "nearly",
    "almost",
    "some",
    "over",
];

/// `Welcome to our 612 member families`, `Camp Phoenix hosts 120 children
/// aged 7 to 16`, `Stewards supervise about 340 young exhibitors`, `Last
/// term 46 children came`: the writer's own people, counted after `our`,
/// after a verb of having, hosting, serving or enrolling them (past an
/// adjective of the roll: `22 regular children`), or after the writer's
/// own recent term or season.
fn own_people_count(p: &Place) -> bool {
    // (Past an adjective of the writer's own roll: `22 regular children`.)
    let noun_at = if matches!(
        p.word(p.after),
        Some("regular" | "junior" | "active" | "registered" | "current" | "new" | "local")
    ) {
        p.after + 1
    } else {
        p.after
    };
    let people = matches!(
        p.word(noun_at),
        Some(
            "children"
                | "pupils"
                | "families"
                | "members"
                | "member"
                | "students"
                | "campers"
                | "young"
                | "volunteers"
                | "cadets"
                | "exhibitors"
                | "participants"
                | "learners"
                | "teenagers"
                | "teens"
        )
    );
    // (Past a hedge on the count: `Our members teach about 5,300
    // children`.)
    let verb = match p.before(1) {
        Some(w) if COUNT_HEDGES.contains(&w) => p.before(2),
        w => w,
    };
    let hosts = matches!(
        verb,
        Some(
            "hosts"
                | "has"
                | "host"
                | "welcomes"
                | "welcome"
                | "serves"
                | "serve"
                | "supports"
                | "teaches"
                | "teach"
                | "trains"
                | "train"
                | "enrolled"
                | "enrols"
                | "enrolls"
                | "recruited"
                | "cares"
                | "supervise"
                | "supervises"
                | "mentor"
                | "mentors"
                | "coach"
                | "coaches"
                | "gives"
                | "offers"
                | "see"
                | "sees"
                | "treat"
                | "treats"
        )
    );
    // (`Last term`, `this season`: a span of the writer's own calendar,
    // never a wave of the study.)
    // (`Last year 146 children joined the ticket-punch trail`: the
    // writer's own year, before a count of children.)
    let own_recent = matches!(
        p.before(1),
        Some("term" | "season" | "summer" | "week" | "month" | "year")
    ) && matches!(p.before(2), Some("last" | "this"));
    // (`referral data from 312 children aged 4 to 16`: a sample of the
    // writer's own, with its ages.)
    let aged_sample =
        matches!(p.before(1), Some("from" | "with")) && p.word(p.after + 1) == Some("aged");
    // (`the 210 children on the hydrotherapy waiting list`: people on a
    // list or a caseload of the writer's, a few words on.)
    let on_own_list = (p.after + 1..p.after + 6).any(|k| {
        matches!(
            p.word(k),
            Some("list" | "caseload" | "register" | "books" | "roll")
        )
    }) && p.word(p.after + 1) == Some("on");
    // (`the museum's Discord server for the 140 teenagers in the drone
    // club`: people of a unit of the writer's, named after them.)
    let in_own_unit = p.word(p.after + 1) == Some("in")
        && matches!(p.word(p.after + 2), Some("the" | "our" | "its" | "their"))
        && (p.after + 3..p.after + 6).any(|k| {
            matches!(
                p.word(k),
                Some(
                    "club"
                        | "group"
                        | "team"
                        | "section"
                        | "squad"
                        | "programme"
                        | "program"
                        | "academy"
                        | "troop"
                        | "class"
                        | "choir"
                        | "band"
                )
            )
        });
    // (A hedge leaves it the writer's own: `about 340`.)
    let hedged = p.amount.unit == Scale::Count && hosts;
    // (A sample with its ages is the writer's even beside the study's
    // years: `compared them with referral data from 312 children aged 4 to
    // 16`.)
    (p.bare_count() || hedged)
        && people
        && (p.before(1) == Some("our")
            || hosts
            || own_recent
            || aged_sample
            || on_own_list
            || in_own_unit)
        // (Of any size after a verb of having, hosting, serving or
        // enrolling them: `Our members teach about 5,300 children`, `The
        // club now has 22 regular children`.)
        && (hosts || p.amount.stated.is_some_and(|x| x <= 5000.0))
        && (aged_sample || !names_a_study_year(p))
}

/// `With 5 classes the undercover row jumps two colours; with 3 it jumps
/// one`: a difference stated as a number word of ten or less, with no
/// unit after it, is a count of the prose: every difference of the study's
/// counts is in the tens or more, and one of shares says `points`.
fn small_word_difference(p: &Place) -> bool {
    let words: Vec<&str> = (p.first..p.after).filter_map(|k| p.word(k)).collect();
    let small = words
        .iter()
        .any(|w| crate::claims::number_word(w).is_some_and(|x| x <= 10.0))
        && !(p.first..p.after).any(|k| {
            p.tokens
                .get(k)
                .is_some_and(|t| matches!(t.token, Token::Number(..)))
        });
    p.amount.unit == Scale::Difference
        && small
        && !p.amount.wording.to_lowercase().contains("point")
        && !matches!(p.word(p.after), Some("percentage" | "points" | "point"))
}

/// `These costs are 7.8 per cent of the project total of £50,100`: a share
/// of the writer's own money.
fn own_budget_share(p: &Place) -> bool {
    p.amount.unit == Scale::Percent
        && p.word(p.after) == Some("of")
        && (p.after + 1..p.after + 4).any(|k| {
            matches!(
                p.word(k),
                Some("project" | "budget" | "grant" | "costs" | "spend" | "turnover" | "income")
            )
        })
        && matches!(
            p.word(p.after + 1),
            Some("the" | "our" | "its" | "their" | "total")
        )
}

/// `80% report greater confidence (measured by our own survey at 3
/// months)`: a share the writer measures by a survey of its own.
fn own_survey_share(p: &Place) -> bool {
    let sentence = p.sentence.to_lowercase();
    // (`our 2024 member survey of 406 families found that 61% ...`: a few
    // words may stand between `our` and `survey`.)
    let our_survey = p.tokens.iter().enumerate().any(|(k, t)| {
        t.word() == Some("our")
            && (k + 1..k + 4).any(|j| {
                matches!(
                    p.word(j),
                    Some("survey" | "surveys" | "evaluation" | "audit" | "poll")
                )
            })
    });
    // (`The 2025 rider survey had a 71 per cent response rate`: a survey
    // dated after the study's last wave and report, a few words before its
    // noun, is the writer's own.)
    let later_survey = p.tokens.iter().enumerate().any(|(k, t)| {
        matches!(&t.token, Token::Number(n, raw) if raw.len() == 4
            && raw.bytes().all(|b| b.is_ascii_digit())
            && (FIRST_YEAR_AFTER_THE_STUDY..=2100.0).contains(&n.value()))
            && (k + 1..k + 4).any(|j| {
                matches!(
                    p.word(j),
                    Some("survey" | "surveys" | "evaluation" | "audit" | "poll" | "census")
                )
            })
    });
    p.amount.unit == Scale::Percent
        && (our_survey
            || later_survey
            || [
                "our own survey",
                "our survey",
                "our own evaluation",
                "our own data",
            ]
            .iter()
            .any(|w| sentence.contains(w)))
}

/// `Q1. How old do children have to be? From 6 to 14.`: a sentence that
/// is only a range of two small whole numbers (an answer about ages or
/// sizes) states no amount of the study's.
fn bare_small_range(p: &Place) -> bool {
    let small = |k: usize| {
        p.tokens.get(k).is_some_and(
            |t| matches!(&t.token, Token::Number(n, raw) if raw.bytes().all(|b| b.is_ascii_digit()) && n.value() <= 25.0),
        )
    };
    let words: Vec<usize> = (0..p.tokens.len())
        .filter(|&k| !p.tokens[k].is_punct('.'))
        .collect();
    p.amount.unit == Scale::Count
        && words.len() == 4
        && p.word(words[0]) == Some("from")
        && small(words[1])
        && p.word(words[2]) == Some("to")
        && small(words[3])
}

/// Whether the sentence names a noun of what the study counts (`arrests`,
/// `victims`, ...) or `arrested`: a number in it may be the study's.
fn names_study_count(p: &Place) -> bool {
    p.tokens
        .iter()
        .filter_map(Spanned::word)
        .any(|w| STUDY_COUNT_NOUNS.contains(&w) || w == "arrested")
}

/// `Patrol officers see the same 40 to 60 children every morning`: a
/// range of the writer's own people, in a sentence that names nothing the
/// study counts.
fn range_of_own_people(p: &Place) -> bool {
    let people = |w: Option<&str>| {
        matches!(
            w,
            Some(
                "children" | "pupils" | "kids" | "students" | "teenagers" | "families" | "parents"
            )
        )
    };
    let number = |k: usize| {
        p.tokens
            .get(k)
            .is_some_and(|t| matches!(t.token, Token::Number(..)))
    };
    let first_end =
        p.word(p.after) == Some("to") && number(p.after + 1) && people(p.word(p.after + 2));
    let last_end = p.before(1) == Some("to")
        && p.first.checked_sub(2).is_some_and(number)
        && people(p.word(p.after));
    p.bare_count() && (first_end || last_end) && !names_study_count(p)
}

/// `By month 12, at least 80% of hosts will have completed the
/// workshops`: a share a few words before `will` is a target of the
/// writer's, not a finding of the study. (Or any amount of a line set to
/// the writer's own calendar: `400 children enrolled in clubs by the end
/// of year 1`, `90% of moderators trained by month 6`.)
fn future_share(p: &Place) -> bool {
    let sentence = p.sentence.to_lowercase();
    let own_calendar = [
        "by month ",
        "by the end of year ",
        "by the end of month ",
        "by year ",
    ]
    .iter()
    .any(|m| {
        sentence.match_indices(m).any(|(at, _)| {
            sentence[at + m.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        })
    });
    // (`raise walking and cycling from 48% of pupils to 60% by 2029`: a
    // share set to a year long after the study's.)
    let by_later_year = p.word(p.after) == Some("by")
        && p.tokens.get(p.after + 1).is_some_and(|t| {
            matches!(&t.token, Token::Number(_, raw)
                if raw.len() == 4 && raw.parse::<u32>().is_ok_and(|y| (2015..2100).contains(&y)))
        });
    ((p.amount.unit == Scale::Percent
        && ((p.after..p.after + 5).any(|k| p.word(k) == Some("will")) || by_later_year))
        || own_calendar)
        && !names_a_study_year(p)
}

/// `(No. 1 to 24 on the register)`: the last of a range of numbers that
/// label things, not a count.
fn numbered_range(p: &Place) -> bool {
    p.bare_count()
        && matches!(p.before(1), Some("to" | "through"))
        && p.prev_token(2)
            .is_some_and(|t| matches!(t.token, Token::Number(..)))
        && (3..=4).any(|n| {
            p.before(n)
                .is_some_and(|w| matches!(w, "no" | "nos" | "number" | "numbers" | "numbered"))
        })
}

/// `| All arrests | 2,577 | 7,010 | 100% |`: a table cell of 100 per cent,
/// the whole its column's shares are of, which states nothing.
fn table_whole(p: &Place) -> bool {
    let before = p.sentence[..p.amount.span[0]].trim_end();
    let after = p.sentence[p.amount.span[1]..].trim_start();
    p.amount.unit == Scale::Percent
        && p.amount.quantifier.is_none()
        && p.amount.stated == Some(100.0)
        && before.ends_with('|')
        && after.starts_with('|')
}

/// `Chapters with fewer than 90% completion lose social-event
/// privileges`: a level of completion (attendance, compliance) the writer
/// asks of their own people; the study's one completion rate is named a
/// rate (`a 56.8% completion rate`).
fn own_completion(p: &Place) -> bool {
    let own = |w: Option<&str>| {
        matches!(
            w,
            Some("completion" | "attendance" | "compliance" | "uptake" | "turnout")
        )
    };
    // (Or its verb between: `training for all 412 staff; completion stood
    // at 96%`, in a sentence that names nothing the study counts.)
    let verb = |w: Option<&str>| matches!(w, Some("stood" | "was" | "is" | "reached"));
    let stated_before = (own(p.before(2)) && verb(p.before(1)))
        || (own(p.before(3)) && verb(p.before(2)) && p.before(1) == Some("at"));
    p.amount.unit == Scale::Percent
        && ((own(p.word(p.after)) && !matches!(p.word(p.after + 1), Some("rate" | "rates")))
            || (stated_before && !names_study_count(p)))
}

/// `Membership of the youth section rose from 61 to 73`: a count of the
/// writer's own members, in a sentence that names nothing the study
/// counts.
fn membership_count(p: &Place) -> bool {
    let words: Vec<&str> = p.tokens.iter().filter_map(Spanned::word).collect();
    let studied = names_study_count(p)
        || words
            .iter()
            .any(|w| matches!(*w, "study" | "survey" | "wave" | "waves" | "n-jov"));
    p.bare_count()
        && p.amount.stated.is_some_and(|x| x <= 5000.0)
        && words.contains(&"membership")
        && !studied
        && !names_a_study_year(p)
}

/// `Supervisors review a sample of 1 in 20 chat transcripts each week`:
/// the writer's own sampling of something the study never counts.
fn own_sampling_rate(p: &Place) -> bool {
    let x_in_y = p.amount.wording.to_lowercase().contains(" in ");
    let study_noun = (0..2).any(|n| {
        p.word(p.after + n)
            .is_some_and(|w| STUDY_COUNT_NOUNS.contains(&w))
    });
    x_in_y
        && !study_noun
        && p.before(1) == Some("of")
        && matches!(p.before(2), Some("sample" | "sampling"))
}

/// `3,412 completed trail sheets, up from 2,960 last year`: a number
/// dated `last year` (`this term`, `last season`) is the writer's own; the
/// study's waves are never named so.
fn own_last_year(p: &Place) -> bool {
    // (Not in a sentence of the study's own nouns: a news item of 2010
    // may say `8,144 arrests last year`.)
    !names_study_count(p)
        && matches!(p.word(p.after), Some("last" | "this"))
        && p.word(p.after + 1).is_some_and(|w| {
            matches!(
                w,
                "year"
                    | "term"
                    | "season"
                    | "month"
                    | "week"
                    | "summer"
                    | "autumn"
                    | "spring"
                    | "winter"
                    | "semester"
            )
        })
}

/// `a second wave covered 2006 and a third 2009`: an ordinal whose noun is
/// left out (`a third [wave]`), set right before a year, is no fraction.
fn ordinal_before_year(p: &Place) -> bool {
    let wording = p.amount.wording.trim().to_lowercase();
    matches!(
        wording.as_str(),
        "a third" | "the third" | "a fourth" | "the fourth" | "a fifth" | "the fifth"
    ) && p
        .tokens
        .get(p.after)
        .is_some_and(|t| year_token(t).is_some())
}

/// `Average attendance rose to 89.4 per cent`: a rate of attendance (or
/// turnout, occupancy) the clause names before it, which the study never
/// measures.
fn own_attendance_rate(p: &Place) -> bool {
    p.amount.unit == Scale::Percent
        && (p.first.saturating_sub(4)..p.first).any(|k| {
            p.word(k)
                .is_some_and(|w| matches!(w, "attendance" | "turnout" | "occupancy"))
        })
        && !names_a_study_year(p)
}

/// `currently 58 children`, `currently 140 families`: the writer's
/// present count of the people it serves; the study's figures are of
/// past years, never `currently`.
fn own_current_count(p: &Place) -> bool {
    p.bare_count()
        && p.before(1) == Some("currently")
        && matches!(
            p.word(p.after),
            Some(
                "children"
                    | "pupils"
                    | "families"
                    | "members"
                    | "patients"
                    | "students"
                    | "young"
                    | "volunteers"
                    | "staff"
            )
        )
        && !names_a_study_year(p)
}

/// `award half marks for a correct figure`: a share of an exam's marks.
///
/// (Also `40% of the module mark`, and the next part's share in a list of
/// an assessment's parts that states the first so: `case report (2,500
/// words), 40% of the module mark; practical viva (20 minutes), 60%`.)
fn share_of_marks(p: &Place) -> bool {
    let marks = |w: Option<&str>| matches!(w, Some("marks" | "mark" | "credit" | "points"));
    // `of the [module|exam|...] mark` from token `k`.
    let of_the_mark = |k: usize| {
        p.word(k) == Some("of")
            && p.word(k + 1) == Some("the")
            && (marks(p.word(k + 2))
                || matches!(
                    p.word(k + 2),
                    Some("module" | "exam" | "course" | "final" | "total" | "overall" | "unit")
                ) && marks(p.word(k + 3)))
    };
    let before = p.sentence[..p.amount.span[0]].to_lowercase();
    let earlier_part = ["% of the ", " per cent of the ", " percent of the "]
        .iter()
        .any(|pat| {
            before.match_indices(pat).any(|(at, m)| {
                let mut rest = before[at + m.len()..]
                    .split_whitespace()
                    .map(|w| w.trim_end_matches([';', ',', '.']));
                let (a, b) = (rest.next(), rest.next());
                marks(a)
                    || matches!(
                        a,
                        Some("module" | "exam" | "course" | "final" | "total" | "overall" | "unit")
                    ) && marks(b)
            })
        });
    p.amount.unit == Scale::Percent
        && (marks(p.word(p.after))
            || of_the_mark(p.after)
            || earlier_part && !names_a_study_year(p))
}

/// `BACK-ANNOUNCE 0'15"`: a running time written in minutes and seconds.
fn minutes_and_seconds(p: &Place) -> bool {
    // (Its seconds read alone: `15` right after `0'`.)
    let before = p.sentence[..p.amount.span[0]].trim_end_matches(['\'', '\u{2019}']);
    let seconds = p.digits(p.first) == Some(2)
        && before.len() < p.amount.span[0]
        && before.ends_with(|c: char| c.is_ascii_digit());
    let w = p.amount.wording.trim();
    seconds
        || w.split_once(['\'', '\u{2019}']).is_some_and(|(m, sec)| {
            !m.is_empty()
                && m.bytes().all(|c| c.is_ascii_digit())
                && sec.len() == 2
                && sec.bytes().all(|c| c.is_ascii_digit())
        })
}

/// `care for children from birth to 16`: the upper end of an age range
/// that starts at birth.
fn age_from_birth(p: &Place) -> bool {
    p.bare_count()
        && matches!(p.before(1), Some("to" | "through" | "until"))
        && p.before(2) == Some("birth")
        && p.amount.stated.is_some_and(|x| x <= 21.0)
}

/// `Bright Rooms will bring 240 young people aged 14 to 19 into studios`,
/// `the project aims to reach 500 families`: a count the writer plans to
/// bring, reach or train, not one the study counted.
fn own_plan(p: &Place) -> bool {
    let verb = |w: &str| {
        matches!(
            w,
            "bring" | "reach" | "train" | "engage" | "support" | "recruit" | "welcome" | "involve"
        )
    };
    // (`to reach` only after `aims` or `plans`: `grew to reach 8,144` is
    // the study's.)
    let aims = matches!(
        p.before(3),
        Some("aims" | "aim" | "plans" | "plan" | "hopes")
    );
    p.amount.unit == Scale::Count
        && p.before(1).is_some_and(verb)
        && (matches!(p.before(2), Some("will" | "shall")) || (p.before(2) == Some("to") && aims))
}

/// `A welfare officer in every club (9 of 11 at present)`: a small N of M
/// (M at most 30, a tally's size, well below the study's smallest count,
/// [`SMALLEST_STUDY_COUNT`]) that opens a bracket, a tally of the writer's
/// own.
fn bracketed_tally(p: &Place) -> bool {
    let words: Vec<&str> = p.amount.wording.split_whitespace().collect();
    let small = |w: &str| w.parse::<u32>().is_ok_and(|n| (2..=30).contains(&n));
    let number = |t: Option<&Spanned>| match t.map(|t| &t.token) {
        Some(Token::Number(_, raw)) => small(raw),
        _ => false,
    };
    // (Or its whole read alone: the `11` of `(9 of 11`.)
    let whole = p.bare_count()
        && p.amount.stated.is_some_and(|x| (2.0..=30.0).contains(&x))
        && p.before(1) == Some("of")
        && number(p.prev_token(2))
        && p.prev_token(3).is_some_and(|t| t.is_punct('('));
    (matches!(words.as_slice(), [a, "of", b] if small(a) && small(b))
        && p.prev_token(1).is_some_and(|t| t.is_punct('(')))
        || whole
}

/// `Marshals ... work with about 300 children over three days`: the
/// people the writer's own helpers work with.
fn works_with(p: &Place) -> bool {
    p.amount.unit == Scale::Count
        && p.before(1) == Some("with")
        && matches!(p.before(2), Some("work" | "works" | "worked" | "working"))
}

/// `the most cited count of arrests`: `most` after `the` makes a
/// superlative, not a share.
fn superlative(p: &Place) -> bool {
    p.amount.wording.trim().eq_ignore_ascii_case("most")
        && p.before(1) == Some("the")
        && p.word(p.after).is_some_and(|w| w != "of")
}

/// `p<.001`: a test's significance level.
fn significance_level(p: &Place) -> bool {
    p.before(1) == Some("p")
}

/// `95% confidence interval`, `95% CI`: an interval's level.
fn confidence_level(p: &Place) -> bool {
    p.word(p.after)
        .is_some_and(|w| matches!(w, "confidence" | "ci"))
}

/// `NCJ Number 310519`, `No. 2`, `dataset 135`: an identifier.
fn identifier(p: &Place) -> bool {
    // `No. 2`: past the abbreviation's full stop (not past a semicolon:
    // `in the case; 31 percent had ...`).
    // (`Evaluator: 2 of 3`: past a label's colon too, for a counter; not
    // `the story: 615 arrests`.)
    let counter = p.amount.wording.contains(" of ");
    let before = p.before(1).or_else(|| {
        p.prev_token(1)
            .is_some_and(|t| t.is_punct('.') || (counter && t.is_punct(':')))
            .then(|| p.before(2))
            .flatten()
    });
    // (`Confirmation No.: 5521`: past the abbreviation's stop and a colon.)
    let before = before.or_else(|| {
        (p.prev_token(1).is_some_and(|t| t.is_punct(':'))
            && p.prev_token(2).is_some_and(|t| t.is_punct('.')))
        .then(|| p.before(3))
        .flatten()
        .filter(|w| *w == "no")
    });
    // `STORY 4 OF 9` too, read as a share, and its `9`.
    // (And `cards 1 to 8 of 20`, a range of them.)
    let number_at = |n: usize| {
        p.prev_token(n)
            .is_some_and(|t| matches!(t.token, Token::Number(..)))
    };
    let of_identified = p.before(1) == Some("of")
        && number_at(2)
        && (p.before(3).is_some_and(|w| IDENTIFIER_WORDS.contains(&w))
            || (p.before(3) == Some("to")
                && number_at(4)
                && p.before(5).is_some_and(|w| IDENTIFIER_WORDS.contains(&w))));
    // The amount starts with its number (no hedge before it).
    let starts_with_number = p
        .tokens
        .get(p.first)
        .is_some_and(|t| matches!(t.token, Token::Number(..)));
    // `grades 6 through 8`, `chapters 3 to 5`: the end of a range of them.
    let range_end = p
        .before(1)
        .is_some_and(|w| matches!(w, "through" | "to" | "and"))
        && p.prev_token(2)
            .is_some_and(|t| matches!(t.token, Token::Number(..)))
        && p.before(3).is_some_and(|w| IDENTIFIER_WORDS.contains(&w));
    // `Routes 4, 11 and 22`: a later number of a list after the word.
    let listed = {
        let mut k = p.first;
        let mut numbers = 0;
        while k > 0 {
            let t = &p.tokens[k - 1];
            if matches!(t.token, Token::Number(..)) {
                numbers += 1;
            } else if !(t.is_punct(',') || t.word().is_some_and(|w| matches!(w, "and" | "or"))) {
                break;
            }
            k -= 1;
        }
        // (Past the abbreviation's stop too: `charity no. 1098 442`, a
        // number grouped with spaces.)
        let no_stop =
            k >= 2 && p.tokens[k - 1].is_punct('.') && p.tokens[k - 2].word() == Some("no");
        numbers >= 1
            && k > 0
            && (no_stop
                || p.tokens[k - 1]
                    .word()
                    .is_some_and(|w| IDENTIFIER_WORDS.contains(&w)))
    };
    // `up in Room 2`: a direction word the grammar took into the amount
    // does not hide the identifier right before its number.
    let number_last = p
        .after
        .checked_sub(1)
        .filter(|&k| k > p.first && matches!(p.tokens[k].token, Token::Number(..)));
    let identified_number = number_last.is_some_and(|k| {
        k.checked_sub(1)
            .and_then(|j| p.tokens.get(j))
            .and_then(Spanned::word)
            .is_some_and(|w| IDENTIFIER_WORDS.contains(&w))
    });
    // An identifier is never a percentage (`In that group 76.2% of the
    // offenders ...`; `Exercise 7.3` is one).
    let whole = !says_percent(&p.amount.wording.to_lowercase());
    whole
        && (identified_number
            || (starts_with_number
                && (before.is_some_and(|w| IDENTIFIER_WORDS.contains(&w))
                    || of_identified
                    || range_end
                    || listed)))
}

/// `Grading: 4 points for (a), 8 for (b)`: marks given to the lettered
/// parts of an exercise.
fn marks_for_parts(p: &Place) -> bool {
    let mut k = p.after;
    if p.word(k)
        .is_some_and(|w| matches!(w, "points" | "point" | "marks" | "mark"))
    {
        k += 1;
    }
    p.word(k) == Some("for")
        && p.tokens.get(k + 1).is_some_and(|t| t.is_punct('('))
        && p.word(k + 2).is_some_and(|w| w.len() == 1)
        && p.tokens.get(k + 3).is_some_and(|t| t.is_punct(')'))
}

/// `children and youth.2`: a footnote mark glued to a sentence's end (read
/// as `.2` or as `.` and `2`).
fn footnote_mark(p: &Place) -> bool {
    (p.first..p.after).any(|k| {
        let t = &p.tokens[k];
        let glued_to_word = t.joined && k.checked_sub(1).and_then(|j| p.word(j)).is_some();
        let after_stop = t.joined
            && k.checked_sub(1)
                .and_then(|j| p.tokens.get(j))
                .is_some_and(|t| t.is_punct('.') && t.joined);
        matches!(&t.token, Token::Number(_, raw) if (raw.starts_with('.') && glued_to_word) || after_stop)
    })
}

/// `a 2-stage survey`, `a 12-item scale`, `bins of the half-tonne size`: a
/// number (or a lone fraction word) in a compound adjective (not a multiple
/// `4-fold` or a share aside).
fn compound_adjective(p: &Place) -> bool {
    let compound = p
        .sentence
        .get(p.amount.span[1]..)
        .and_then(|rest| rest.strip_prefix('-'))
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_alphabetic())
                .collect::<String>()
                .to_lowercase()
        })
        .is_some_and(|w| {
            !w.is_empty()
                && !matches!(w.as_str(), "fold" | "percent" | "to" | "through" | "and")
                && !w.starts_with("year")
        });
    let fraction_word = matches!(
        p.amount.wording.to_lowercase().as_str(),
        "half" | "quarter" | "third" | "fifth" | "tenth"
    );
    (p.amount.unit == Scale::Count || fraction_word) && compound
}

/// `| Item | Cost (GBP) |` over `| Training, 8 staff | 1,600 |`: a number
/// alone in a table's cell whose column heading says it holds money (or a
/// risk assessment's rating).
fn own_column(p: &Place) -> bool {
    let alone = p.prev_token(1).is_some_and(|t| t.is_punct('|'))
        && p.tokens.get(p.after).is_some_and(|t| t.is_punct('|'));
    let Some((row, column)) = table_cell(p.sentence, p.tokens, p.first).filter(|_| alone) else {
        return false;
    };
    // The heading: the table's first row, above the amount's own.
    let Some(first) = p.tokens.iter().position(|t| t.is_punct('|')) else {
        return false;
    };
    if first >= row {
        return false;
    }
    let line_end = p.sentence[p.tokens[first].start..]
        .find('\n')
        .map_or(p.sentence.len(), |e| p.tokens[first].start + e);
    p.sentence[p.tokens[first].start..line_end]
        .split('|')
        .nth(column)
        .is_some_and(|cell| {
            let cell = cell.to_lowercase();
            cell.contains(['£', '$', '€'])
                || cell
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| OWN_COLUMN_HEADINGS.contains(&w))
        })
}

/// Words of a table column's heading that say its cells are money, or a
/// rating or a count of units of the writer's own (`| Rating before |`,
/// `| Units |`).
const OWN_COLUMN_HEADINGS: &[&str] = &[
    "rating",
    "score",
    "units",
    "qty",
    "quantity",
    "cost",
    "costs",
    "price",
    "prices",
    "fee",
    "fees",
    "gbp",
    "usd",
    "eur",
    "budget",
    "spend",
    "income",
    "expenditure",
    "dollars",
    "pounds",
    "euros",
];

/// `12 months`, `5-year-olds`: a bare count of a noun of the prose.
fn bare_count_of_prose_noun(p: &Place) -> bool {
    let next = p.next();
    // (Past a hyphenated modifier: `20 multiple-choice questions`.)
    let hyphened = match (p.tokens.get(next), p.tokens.get(next + 1)) {
        (Some(a), Some(b)) => {
            p.sentence
                .get(a.start..b.start)
                .is_some_and(|gap| gap.contains('-') && !gap.contains(char::is_whitespace))
                && p.word(next + 2)
                    .is_some_and(|w| NOT_AMOUNT_NOUNS.contains(&w))
        }
        _ => false,
    };
    // (Past an adjective of age or `or so`, and a word before the noun:
    // `24 older teens`, `about 240 younger students`, `the 40 or so trail
    // stewards`.)
    let mut k = next;
    if p.word(k) == Some("or") && p.word(k + 1) == Some("so") {
        k += 2;
    }
    let past = p.word(k).is_some_and(|w| {
        matches!(
            w,
            "older" | "younger" | "junior" | "senior" | "new" | "trail" | "local" | "youth"
        )
    }) && p.word(k + 1).is_some_and(|w| NOT_AMOUNT_NOUNS.contains(&w));
    // (Or `of whom 21 are juniors`: the noun after its verb.)
    let of_whom = p.before(1) == Some("whom")
        && p.before(2) == Some("of")
        && matches!(p.word(next), Some("are" | "were"))
        && p.word(next + 1)
            .is_some_and(|w| NOT_AMOUNT_NOUNS.contains(&w));
    // (Or `142 members, 38 of them under 18`: a part of a count of the
    // prose, set off after it.)
    let of_them = p.word(next) == Some("of")
        && matches!(p.word(next + 1), Some("them" | "whom"))
        && p.prev_token(1).is_some_and(|t| t.is_punct(','))
        && p.before(2).is_some_and(|w| NOT_AMOUNT_NOUNS.contains(&w))
        && p.prev_token(3)
            .is_some_and(|t| matches!(t.token, Token::Number(..)));
    // (Or `Expected attendance 1,800, of whom about 350 are children`: a
    // part of the writer's own count of people, hedged or not.)
    let own_whole = p.before(1) == Some("whom")
        && p.before(2) == Some("of")
        && p.prev_token(3).is_some_and(|t| t.is_punct(','))
        && p.prev_token(4)
            .is_some_and(|t| matches!(t.token, Token::Number(..)))
        && p.before(5).is_some_and(|w| {
            matches!(
                w,
                "attendance" | "membership" | "roll" | "enrolment" | "enrollment" | "audience"
            )
        });
    (p.bare_count()
        && (p
            .word(next)
            .is_some_and(|w| NOT_AMOUNT_NOUNS.contains(&w) || w.starts_with("year-old"))
            || hyphened
            || past
            || of_whom
            || of_them))
        || (p.amount.unit == Scale::Count && own_whole)
        // (Hedged too, past such a word: `about 240 younger students`.)
        || (p.amount.unit == Scale::Count && past)
}

/// `1. The total`: a list's numbering, at the start of the sentence or of a
/// line.
fn list_numbering(p: &Place) -> bool {
    p.bare_count()
        && (p.first == 0 || starts_a_line(p.sentence, p.amount.span[0]))
        && matches!(
            p.tokens.get(p.after).map(|t| &t.token),
            Some(Token::Punct('.' | ')'))
        )
        // (Not a count with a thousands separator that is its sentence's
        // whole, `2,577.`, a quiz's answer: an item's number has its item
        // after it, and a footnote's, `61.`, has none.)
        && !(p.tokens.get(p.after + 1).is_none() && p.amount.wording.contains(','))
}

/// `39 or younger`.
fn age_bound(p: &Place) -> bool {
    let next = p.next();
    // `children 10 and up`: an age, when no number follows.
    let and_up = p.word(next) == Some("and")
        && p.word(next + 1)
            .is_some_and(|w| ["up", "older", "younger"].contains(&w))
        && p.amount.stated.is_some_and(|x| x <= 21.0)
        && !p
            .tokens
            .get(next + 2)
            .is_some_and(|t| matches!(t.token, Token::Number(..)));
    p.bare_count()
        && (and_up
            || (p.word(next) == Some("or")
                && p.word(next + 1)
                    .is_some_and(|w| ["younger", "older", "more", "fewer"].contains(&w))))
}

/// `In the past year this office filed 37 cases ... and obtained 34
/// convictions, most by plea`, `Our grantees trained 1,240 investigators
/// this year`: the writer's own counts of their own year, in a sentence
/// that names no wave, survey or study.
fn own_count_of_the_year(p: &Place) -> bool {
    let words: Vec<&str> = p.tokens.iter().filter_map(Spanned::word).collect();
    let pair = |a: &str, b: &str| words.windows(2).any(|w| w[0] == a && w[1] == b);
    // (`In the last fiscal year, 37 cases referred to our office ...`.)
    let own_year = ["this", "past", "last", "program", "reporting"]
        .iter()
        .any(|w| {
            pair(w, "year")
                || words.windows(3).any(|t| {
                    t[0] == *w
                        && matches!(t[1], "fiscal" | "financial" | "school" | "academic")
                        && t[2] == "year"
                })
        });
    let first_person = words
        .iter()
        .any(|w| matches!(*w, "we" | "our" | "us" | "my" | "i"))
        || pair("this", "office");
    // (`study` after `who` is a verb: `children who study Bengali`.)
    let study = words.iter().enumerate().any(|(k, w)| {
        let verb = matches!(*w, "study" | "studies")
            && k >= 1
            && matches!(words[k - 1], "who" | "they" | "pupils" | "children");
        !verb
            && matches!(
                *w,
                "wave"
                    | "waves"
                    | "survey"
                    | "surveys"
                    | "study"
                    | "studies"
                    | "n-jov"
                    | "researchers"
            )
    }) || names_a_study_year(p);
    // `Our 12 members ...`, `Our grant funded 2 workshops`: a small count
    // in a sentence whose subject is the writer.
    let own_subject = words.iter().take(3).any(|w| matches!(*w, "our" | "we"));
    let small = p.bare_count() && p.amount.stated.is_some_and(|x| x <= 100.0);
    // (Or a sentence that opens with the writer's year: `Last year 64
    // children came and 23 volunteers helped`.)
    // (Or with `this year` right before the count: `The entry fee is $65,
    // and this year 118 girls and boys have signed up`.)
    let opens_own_year =
        matches!(words.first(), Some(&("last" | "this" | "past"))) && words.get(1) == Some(&"year");
    let dated_now = p.before(2) == Some("this")
        && p.before(1) == Some("year")
        && p.bare_count()
        && p.amount.stated.is_some_and(|x| x <= 5000.0);
    // (Or a larger count of those the writer's own body serves: `Our
    // network links 63 volunteer tutors with about 410 children`.)
    // (Or `Our members' children, about 1,200 of school age, travel ...`:
    // the writer's people named just before the count.)
    let own_people = (p.first.saturating_sub(6)..p.first).any(|k| {
        p.word(k) == Some("our")
            && matches!(
                p.word(k + 1),
                Some("members" | "members'" | "families" | "pupils" | "clients")
            )
    }) && p.amount.stated.is_some_and(|x| x <= 5000.0);
    // (Or a sentence in which the writer serves them: `We run 22
    // sleepover nights a year for about 1,100 children`.)
    // (After a heading read with it: `Statement of need ... We run`.)
    let we_serve = words.windows(2).any(|w| {
        w[0] == "we"
            && matches!(
                w[1],
                "run" | "serve" | "support" | "reach" | "teach" | "train" | "welcome" | "host"
            )
    }) && p.amount.stated.is_some_and(|x| x <= 5000.0);
    let serves = own_people
        || we_serve
        || words.windows(3).any(|w| {
            w[0] == "our"
                && matches!(
                    w[2],
                    "links" | "serves" | "supports" | "reaches" | "trains" | "teaches" | "connects"
                )
        }) && p.amount.stated.is_some_and(|x| x <= 5000.0);
    // (Or the year after the count's noun: `Advisers handled 4,318 cases
    // this year`.)
    let dated_after = matches!(p.word(p.after + 1), Some("this" | "last"))
        && p.word(p.after + 2) == Some("year")
        && p.bare_count()
        && p.amount.stated.is_some_and(|x| x <= 50000.0);
    // (Or a share of them so dated: `within its 3-week target in 97.4% of
    // cases last year`.)
    let share_dated_after = p.amount.unit == Scale::Percent
        && p.word(p.after) == Some("of")
        && matches!(p.word(p.after + 2), Some("this" | "last"))
        && p.word(p.after + 3) == Some("year");
    (own_year && first_person
        || (own_subject || opens_own_year) && small
        || serves
        || dated_now
        || dated_after
        || share_dated_after)
        && !study
}

/// `Round 4 - Affirmative`: a capitalised round's number (not `a round
/// 2,500`).
/// (Also `Round 2 of 3`, a place in a sequence of rounds, and a small
/// round's number in lower case, `round 3 with`; never `a round 2,500`.)
fn numbered_round(p: &Place) -> bool {
    let small_first = p.tokens.get(p.first).is_some_and(
        |t| matches!(&t.token, Token::Number(n, raw) if !raw.contains('.') && n.value() <= 20.0),
    );
    let of_rounds = p.amount.wording.split_whitespace().nth(1) == Some("of");
    // (And the `3` of `Round 2 of 3` read alone.)
    let paired = p.pair_start("of");
    let of_round = p.bare_count()
        && small_first
        && paired < p.first
        && paired >= 1
        && p.word(paired - 1) == Some("round");
    of_round
        || (p.before(1) == Some("round")
            && p.before(2) != Some("a")
            && (p.bare_count() || of_rounds)
            && (p.capitalised(p.first.wrapping_sub(1)) || small_first))
}

/// `Speaker points: Affirmative 27.5, Negative 28.`: numbers on a line
/// that a label of scores opens.
fn score_line(p: &Place) -> bool {
    let Some(colon) = p.tokens[..p.first].iter().position(|t| t.is_punct(':')) else {
        return false;
    };
    // (The label's noun right before its colon: `Three points only: 2,577
    // (2000), 7,010 (2006)` lists a series' values, not scores.)
    p.amount.quantifier.is_none()
        && p.amount.unit != Scale::Percent
        && p.tokens[..colon]
            .iter()
            .rev()
            .find_map(Spanned::word)
            .is_some_and(|w| matches!(w, "points" | "score" | "scores" | "marks"))
}

/// `Harbour City All-Stars 187, Northgate Nightshades 142`: a result,
/// each side's score after its name of two capitalised words or more,
/// none of them a word the data know (`knows`), the two set off by a
/// comma.
pub(crate) fn in_match_result(
    amount: &StatedAmount,
    tokens: &[Spanned],
    sentence: &str,
    knows: impl Fn(&str) -> bool,
) -> bool {
    let p = Place::new(amount, tokens, sentence);
    // (A name of two capitalised words ending at token `end`, past the
    // hyphens of `All-Stars`.)
    let named = |end: usize| {
        let words: Vec<usize> = (end.saturating_sub(4)..=end)
            .rev()
            .take_while(|&k| p.word(k).is_some() || p.tokens[k].is_punct('-'))
            .filter(|&k| p.word(k).is_some())
            .collect();
        words.len() >= 2
            && words.iter().take(2).all(|&k| p.capitalised(k))
            && !words.iter().any(|&k| p.word(k).is_some_and(&knows))
    };
    let score = |k: usize| p.digits(k).is_some_and(|d| d <= 3);
    let own = p.first >= 2 && score(p.first) && named(p.first - 1);
    let other_after = p.tokens.get(p.after).is_some_and(|t| t.is_punct(','))
        && (p.after + 3..p.after + 7).any(|k| score(k) && named(k - 1));
    let other_before = (3..8).any(|n| {
        p.first.checked_sub(n).is_some_and(|k| {
            k >= 2
                && score(k)
                && p.tokens.get(k + 1).is_some_and(|t| t.is_punct(','))
                && named(k - 1)
        })
    });
    p.bare_count() && own && (other_after || other_before)
}

/// `Volunteer moderators (currently 14) will cover the weekend`, `100% of
/// coaches trained by June (currently 22 of 31)`: the writer's own count,
/// or its part of a whole in words, set in brackets after `currently` or
/// `now`.
fn current_count(p: &Place) -> bool {
    // (The whole of `22 of 31`, read alone, stands where the part does.)
    let start = p.pair_start("of");
    (p.bare_count() || p.part_and_whole().is_some())
        && matches!(
            start.checked_sub(1).and_then(|k| p.word(k)),
            Some("currently" | "now")
        )
        && start
            .checked_sub(2)
            .and_then(|k| p.tokens.get(k))
            .is_some_and(|t| t.is_punct('('))
}

/// `Signed for the committee, 2 of 3 officers present`: how many of a
/// meeting's own members were there (the whole a handful, never one of
/// the study's).
fn members_present(p: &Place) -> bool {
    let there = |k: usize| {
        matches!(
            p.word(k),
            Some("present" | "attending" | "absent" | "voting" | "attended")
        )
    };
    p.part_and_whole()
        .is_some_and(|(_, whole)| (whole as f64) < SMALLEST_STUDY_COUNT)
        && (there(p.after) || there(p.after + 1))
}

/// `(last year it was 6 of 31)`: the whole of a part-of-a-whole pair read
/// on its own, smaller than any count of the study; the pair itself is
/// the share, and its whole is no amount of its own.
fn whole_of_small_pair(p: &Place) -> bool {
    let part = p.prev_token(2).and_then(|t| match &t.token {
        Token::Number(n, _) => Some(n.value()),
        _ => None,
    });
    p.bare_count()
        && p.before(1) == Some("of")
        && p.amount
            .stated
            .is_some_and(|whole| whole < SMALLEST_STUDY_COUNT && part.is_some_and(|n| n <= whole))
}

/// `30 fire-safety talks a year to schools, reaching about 1,100
/// children`: how many people the writer's own work reaches or serves (the
/// study counts arrests, never the children a programme reaches).
fn outreach_count(p: &Place) -> bool {
    p.amount.unit == Scale::Count
        && matches!(
            p.before(1),
            Some("reaching" | "reached" | "reaches" | "serving" | "serves" | "served")
        )
        && matches!(
            p.word(p.after),
            Some(
                "children"
                    | "pupils"
                    | "students"
                    | "families"
                    | "kids"
                    | "teenagers"
                    | "cadets"
                    | "parents"
                    | "schools"
                    | "members"
                    | "learners"
            )
        )
}

/// `Three points from the table matter for a sports club:`, `Two points
/// stand out`: points a text is about to make, counted where its line
/// opens, not percentage points.
fn points_to_make(p: &Place) -> bool {
    let wording = p.amount.wording.trim().to_lowercase();
    let points = wording
        .strip_suffix(" points")
        .is_some_and(|n| n.parse::<u32>().is_ok() || crate::claims::number_word(n).is_some());
    // (Opening its line: the sentence's first token, or the first after a
    // line break.)
    let opens_line = p.first == 0
        || p.prev_token(1).is_some_and(|t| {
            p.sentence
                .get(t.end..p.tokens[p.first].start)
                .is_some_and(|gap| gap.contains('\n'))
        });
    // (Not `Three points from the 2000 level`: no number follows.)
    points
        && opens_line
        && matches!(
            p.word(p.after),
            Some("from" | "stand" | "matter" | "worth" | "to" | "for" | "about" | "on")
        )
        && !(p.after + 1..p.after + 4).any(|k| {
            p.tokens
                .get(k)
                .is_some_and(|t| matches!(t.token, Token::Number(..)))
        })
}

/// `Divisions: under-14, 14 to 17, open`: a competition's age classes, a
/// range of small numbers listed beside an `under-14` or `over-35` class.
fn age_classes(p: &Place) -> bool {
    let number = |k: usize| matches!(p.tokens.get(k).map(|t| &t.token), Some(Token::Number(n, _)) if n.value() <= 25.0);
    let pair = (p.word(p.after) == Some("to") && number(p.after + 1))
        || (p.before(1) == Some("to") && p.first >= 2 && number(p.first - 2));
    // (An `under-14` class: `under` glued by a hyphen to a number.)
    let class = (p.first.saturating_sub(8)..p.first).any(|k| {
        matches!(p.word(k), Some("under" | "over"))
            && p.tokens
                .get(k + 1)
                .is_some_and(|t| t.joined && t.is_punct('-'))
            && p.tokens.get(k + 2).is_some_and(|t| t.joined)
            && number(k + 2)
    });
    p.bare_count() && p.amount.stated.is_some_and(|x| x <= 25.0) && pair && class
}

/// `the chat has 37 children and 11 adults in it`: the writer's own group,
/// counted as children and adults side by side (the study counts
/// arrests, never a group's adults beside its children).
fn own_group(p: &Place) -> bool {
    let people = |w: Option<&str>| {
        matches!(
            w,
            Some(
                "children"
                    | "kids"
                    | "juniors"
                    | "pupils"
                    | "students"
                    | "adults"
                    | "parents"
                    | "leaders"
                    | "volunteers"
                    | "helpers"
                    | "coaches"
            )
        )
    };
    let adults = |w: Option<&str>| {
        matches!(
            w,
            Some("adults" | "parents" | "leaders" | "volunteers" | "helpers" | "coaches")
        )
    };
    let number = |k: usize| matches!(p.tokens.get(k).map(|t| &t.token), Some(Token::Number(..)));
    // `37 children and 11 adults`, or the second of them.
    let first = people(p.word(p.after))
        && p.word(p.after + 1) == Some("and")
        && number(p.after + 2)
        && people(p.word(p.after + 3))
        && (adults(p.word(p.after)) || adults(p.word(p.after + 3)));
    let second = people(p.word(p.after))
        && p.before(1) == Some("and")
        && p.first >= 3
        && people(p.before(2))
        && number(p.first - 3)
        && (adults(p.word(p.after)) || adults(p.before(2)));
    p.bare_count() && (first || second)
}

/// `when a series has only three points`: points of a series, not a
/// change in points.
fn data_points(p: &Place) -> bool {
    let wording = p.amount.wording.to_lowercase();
    let points = p.word(p.after) == Some("points")
        || wording
            .strip_suffix(" points")
            .is_some_and(|n| !n.contains(' '));
    points
        && p.before(1)
            .is_some_and(|w| matches!(w, "only" | "has" | "have" | "had" | "with"))
}

/// `the same fact written twice`: how often something was said.
fn times_said(p: &Place) -> bool {
    p.amount.wording.trim().eq_ignore_ascii_case("twice")
        && p.before(1).is_some_and(|w| {
            matches!(
                w,
                "written"
                    | "said"
                    | "stated"
                    | "counted"
                    | "mentioned"
                    | "asked"
                    | "told"
                    | "repeated"
            )
        })
}

/// `open 24/7`: hours of the day and days of the week.
fn round_the_clock(p: &Place) -> bool {
    let at = |k: usize, n: f64| {
        p.tokens
            .get(k)
            .is_some_and(|t| matches!(&t.token, Token::Number(x, _) if x.value() == n))
    };
    let slash = |k: usize| p.tokens.get(k).is_some_and(|t| t.is_punct('/'));
    p.bare_count()
        && ((at(p.first, 24.0) && slash(p.first + 1) && at(p.first + 2, 7.0))
            || (at(p.first, 7.0) && p.first >= 2 && slash(p.first - 1) && at(p.first - 2, 24.0)))
}

/// `all 3 of us`: a count of the people writing or spoken to.
fn count_of_speakers(p: &Place) -> bool {
    p.bare_count()
        && p.before(1) == Some("all")
        && p.amount.stated.is_some_and(|x| x <= 20.0)
        && p.word(p.after) == Some("of")
        && p.word(p.after + 1)
            .is_some_and(|w| matches!(w, "us" | "you" | "them" | "we"))
}

/// `Takeaways (Priya's 3):`: a small number owned by a capitalised name,
/// closing its bracket or line, counts the name's items.
fn owned_by_name(p: &Place) -> bool {
    let owned = p
        .before(1)
        .is_some_and(|w| w.ends_with("'s") || w.ends_with("\u{2019}s"))
        && p.capitalised(p.first.wrapping_sub(1));
    let closes = p
        .tokens
        .get(p.after)
        .is_none_or(|t| matches!(t.token, Token::Punct(')' | ':')));
    p.bare_count() && p.amount.stated.is_some_and(|x| x <= 20.0) && owned && closes
}

/// `N-JOV4`, `p<.001`: a number glued to a name or a sign, but not a sample
/// size (`(n=383)`).
fn glued_to_name(p: &Place) -> bool {
    let sample_size = p
        .prev_token(1)
        .is_some_and(|t| matches!(t.token, Token::Punct('=')))
        && p.prev_token(2).and_then(Spanned::word) == Some("n");
    // (A number after `#` is a label whatever follows it: `post #1 of 37`
    // is a post's place in a thread, not a share.)
    let numbered = p.tokens.get(p.first).is_some_and(|t| t.joined)
        && p.prev_token(1)
            .is_some_and(|t| matches!(t.token, Token::Punct('#')));
    numbered
        || (p.bare_count()
            && p.tokens.get(p.first).is_some_and(|t| t.joined)
            && !sample_size
            && p.prev_token(1)
                // (`ArmyMom_22`, an issue's `#4821` too.)
                .is_some_and(|t| {
                    matches!(t.token, Token::Punct('-' | '<' | '=' | '>' | '_' | '#'))
                }))
}

/// A number glued to the word before it (and `L3 x I5 = 15`, a risk
/// score's likelihood, read as a multiple).
fn glued_to_word(p: &Place) -> bool {
    (p.bare_count() || p.amount.unit == Scale::Ratio)
        && p.tokens
            .get(p.first)
            .is_some_and(|t| t.joined && matches!(t.token, Token::Number(..)))
        && p.prev_token(1).and_then(Spanned::word).is_some()
}

/// `12- to 17-year-olds`, `13- through 15-year-old`.
fn age_range(p: &Place) -> bool {
    let next = p.next();
    // (Ages: not `from 2,577 to 8,144 in nine years`.)
    let age = |x: f64| x <= 120.0;
    // (`12-to-17-year-olds`: a hyphen before the second.)
    let second = if p.tokens.get(next + 1).is_some_and(|t| t.is_punct('-')) {
        next + 2
    } else {
        next + 1
    };
    let second_is_age = p.tokens.get(second).is_some_and(|t| match &t.token {
        Token::Number(n, _) => age(n.value()),
        Token::Word(w) => crate::claims::number_word(w).is_some(),
        _ => false,
    });
    p.bare_count()
        && p.amount.stated.is_some_and(age)
        && second_is_age
        && (p.word(next) == Some("to") || p.word(next) == Some("through"))
        && p.tokens.get(next + 1..next + 5).is_some_and(|ts| {
            ts.iter()
                .any(|t| t.word().is_some_and(|w| w.starts_with("year")))
        })
}

/// `the largest group a single guide may take is 25`, `a maximum class
/// size of 12`: the limit of a group of the prose, in a clause that names
/// nothing the study counts.
fn group_limit(p: &Place) -> bool {
    // (A small number with no count noun of the study after it: not `The
    // largest group, 935 arrests`.)
    if !p.bare_count()
        || p.amount.stated.is_none_or(|x| x > 100.0)
        || p.word(p.after)
            .is_some_and(|w| STUDY_COUNT_NOUNS.contains(&w))
    {
        return false;
    }
    // (`Maximum 60 children per session`: the limit word right before.)
    // (Or `capped at 20`, `limited to 12`.)
    if p.before(1)
        .is_some_and(|w| matches!(w, "maximum" | "max" | "capacity" | "limit"))
        || (matches!(p.before(1), Some("at" | "to"))
            && p.before(2)
                .is_some_and(|w| matches!(w, "capped" | "limited")))
    {
        return true;
    }
    // (`a family group booking for 15`: a booking's size.)
    if p.before(1) == Some("for")
        && matches!(
            p.before(2),
            Some("booking" | "bookings" | "reservation" | "table" | "party")
        )
    {
        return true;
    }
    // (`a quorum is 20`, `a quorum of 12`: the least a meeting needs.)
    if p.before(1) == Some("quorum")
        || (matches!(p.before(1), Some("is" | "of" | "was" | "will"))
            && p.before(2) == Some("quorum"))
    {
        return true;
    }
    let clause: Vec<&str> = (0..p.first)
        .rev()
        .map_while(|k| {
            let t = &p.tokens[k];
            (!t.is_punct(';') && !t.is_punct('.') && !t.is_punct(':')).then_some(t)
        })
        .take(12)
        .filter_map(Spanned::word)
        .collect();
    clause
        .iter()
        .any(|w| matches!(*w, "largest" | "maximum" | "max" | "biggest"))
        && clause.iter().any(|w| {
            matches!(
                *w,
                "group" | "groups" | "class" | "party" | "tour" | "session" | "size"
            )
        })
        && !clause.iter().any(|w| STUDY_COUNT_NOUNS.contains(w))
}

/// `Guide 7 of 12`, `Session 3 of 6`, `page 2 of 4`: a document's or an
/// event's place in a series, not a part of a whole; and `the table shows
/// two of four`, how many of its items a table or a list shows.
fn place_in_series(p: &Place) -> bool {
    let whole = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    let series = |w: &str| {
        matches!(
            w,
            "guide"
                | "part"
                | "section"
                | "step"
                | "week"
                | "session"
                | "module"
                | "unit"
                | "lesson"
                | "episode"
                | "page"
                | "chapter"
                | "volume"
                | "issue"
                | "book"
                | "slide"
                | "question"
                | "item"
                | "card"
                | "sheet"
                | "round"
                | "workshop"
                | "talk"
                | "leaflet"
                | "briefing"
                | "factsheet"
                | "hazard"
                | "no"
                // (`BANNER PRINT, PROOF 2 OF 2`.)
                | "proof"
                | "draft"
                | "panel"
                | "poster"
                | "banner"
        )
    };
    // (Or the items a table or a list shows, the sentence's last words:
    // `the table shows two of four`.)
    let small = |w: &str| {
        crate::claims::number_word(w)
            .or_else(|| w.parse::<f64>().ok())
            .is_some_and(|n| n <= 20.0)
    };
    let shows = |w: Option<&str>| {
        matches!(w, Some("shows" | "lists" | "covers" | "includes" | "gives"))
            && p.tokens.get(p.after).is_none_or(|t| t.is_punct('.'))
    };
    // (`PROOF 2 OF 2` in capitals too.)
    let wording = p.amount.wording.to_lowercase();
    let mut words = wording.split_whitespace();
    let parts = (words.next(), words.next(), words.next(), words.next());
    if let (Some(a), Some("of"), Some(b), None) = parts {
        return (whole(a) && whole(b) && p.before(1).is_some_and(series))
            || (shows(p.before(1)) && small(a) && small(b));
    }
    let number_word_before = p.first >= 2
        && p.tokens
            .get(p.first - 2)
            .and_then(Spanned::word)
            .is_some_and(small);
    if small(p.amount.wording.trim())
        && p.before(1) == Some("of")
        && number_word_before
        && shows(p.before(3))
    {
        return true;
    }
    // (And its last number read alone: the `12` of `Guide 7 of 12`.)
    let number_before = p.first >= 2
        && p.tokens
            .get(p.first - 2)
            .is_some_and(|t| matches!(t.token, Token::Number(..)));
    p.bare_count()
        && whole(p.amount.wording.trim())
        && p.before(1) == Some("of")
        && number_before
        && p.before(3).is_some_and(series)
}

/// `see page 4`: a reference.
fn reference(p: &Place) -> bool {
    // (`the third wave 8,144 in 2009`: a wave's number is small; a count
    // after an ordinal wave is that wave's amount.)
    let wave_count = p.before(1) == Some("wave")
        && (p.before(2).is_some_and(|w| ORDINALS.contains(&w))
            || p.amount.stated.is_some_and(|x| x > 10.0));
    p.bare_count() && p.before(1).is_some_and(|w| REFERENCE_WORDS.contains(&w)) && !wave_count
}

/// `alike.[14]`, `New Hampshire.[3]`: a reference marker in square
/// brackets.
///
/// (A bare number of three digits at most: `[8,144]` and `[about 25 per
/// cent]` after a quiz's question are its answers.)
fn reference_marker(p: &Place) -> bool {
    let marker = p.bare_count()
        && p.amount.printed.as_ref().is_some_and(|n| n.decimals() == 0)
        && p.amount.stated.is_some_and(|x| x < 1000.0);
    marker
        && p.prev_token(1).is_some_and(|t| t.is_punct('['))
        && p.tokens.get(p.after).is_some_and(|t| t.is_punct(']'))
}

/// `(1/9)`, `4/9 The researchers`: a post's number in a thread, at the
/// start of a line or alone in brackets.
fn post_number(p: &Place) -> bool {
    let small = |k: usize| p.digits(k).is_some_and(|n| n <= 3);
    let slash = |k: usize| p.tokens.get(k).is_some_and(|t| t.is_punct('/') && t.joined);
    // `4/9`, not `7/ 40%` (a post's number, then an amount).
    let glued = |k: usize| p.tokens.get(k).is_some_and(|t| t.joined);
    // The group `N/M` the amount's token belongs to: its first token.
    let group = if small(p.first) && slash(p.first + 1) && small(p.first + 2) && glued(p.first + 2)
    {
        Some(p.first)
    } else if p.first >= 2
        && small(p.first)
        && glued(p.first)
        && slash(p.first - 1)
        && small(p.first - 2)
    {
        Some(p.first - 2)
    } else {
        None
    };
    let Some(g) = group else {
        return false;
    };
    let bracketed = g
        .checked_sub(1)
        .and_then(|k| p.tokens.get(k))
        .is_some_and(|t| t.is_punct('('))
        && p.tokens.get(g + 3).is_some_and(|t| t.is_punct(')'));
    bracketed || g == 0 || starts_a_line(p.sentence, p.tokens[g].start)
}

/// `1/ Thread on the first study`: a post's number with no total, at the
/// start of a line.
fn bare_post_number(p: &Place) -> bool {
    let small = p.digits(p.first).is_some_and(|n| n <= 3);
    let slash = p
        .tokens
        .get(p.first + 1)
        .is_some_and(|t| t.is_punct('/') && t.joined);
    // A space after the slash: `7/ 40% were ...`, `1/ Thread`.
    let spaced = p.tokens.get(p.first + 2).is_some_and(|t| !t.joined);
    small && slash && spaced && (p.first == 0 || starts_a_line(p.sentence, p.tokens[p.first].start))
}

/// Whether byte `at` of a sentence is the first thing on a line after the
/// first (nothing but spaces before it since a line break).
fn starts_a_line(sentence: &str, at: usize) -> bool {
    // (Past the marks of a heading or emphasis: `**3.4 Online meeting**`,
    // `## 2. Method`; at the sentence's start too, when only they lie
    // before it.)
    let marks_only = |l: &str| {
        l.chars()
            .all(|c| c.is_whitespace() || matches!(c, '*' | '#' | '_' | '>'))
    };
    sentence.get(..at).is_some_and(|before| {
        let line = before.rsplit('\n').next().unwrap_or(before);
        (before.contains('\n') || !line.is_empty()) && marks_only(line)
    })
}

/// The significant digits of a printed number, trailing zeros of a whole
/// number left out (`2,500` has 2, `0.44` has 2, `615` has 3).
pub(crate) fn significant_digits(p: &crate::data::PrintedNumber) -> usize {
    #[allow(clippy::cast_possible_wrap, clippy::cast_possible_truncation)]
    let scaled = (p.value() * 10f64.powi(p.decimals() as i32)).round().abs();
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let mut n = scaled as u64;
    while n > 0 && n.is_multiple_of(10) {
        n /= 10;
    }
    if n == 0 { 0 } else { n.to_string().len() }
}

/// `RUNS: 1:50`, `0:03`, `6 P.M.`, `weekdays 8 to 6`: a time of day or a
/// running time.
fn clock_time(p: &Place) -> bool {
    let colon_glued = |k: usize| {
        p.tokens.get(k).is_some_and(|t| t.is_punct(':'))
            && p.tokens
                .get(k + 1)
                .is_some_and(|t| t.joined && matches!(t.token, Token::Number(..)))
    };
    let before_colon = p.first.checked_sub(1).is_some_and(|k| {
        p.tokens
            .get(k)
            .is_some_and(|t| t.is_punct(':') && p.tokens[p.first].joined)
            && k.checked_sub(1)
                .and_then(|j| p.tokens.get(j))
                .is_some_and(|t| matches!(t.token, Token::Number(..)))
    });
    let meridiem = p.word(p.after).is_some_and(|w| {
        matches!(
            w.trim_end_matches('.'),
            "p.m" | "a.m" | "pm" | "am" | "p" | "a"
        )
    }) && {
        // `7 to 11 a.m.` too, and `about 3 p.m.`.
        let w = p.amount.wording.trim();
        let w = w
            .strip_prefix("about ")
            .or_else(|| w.strip_prefix("around "))
            .unwrap_or(w);
        // (`7.15pm`: hours and minutes.)
        let digits = |x: &str| {
            !x.is_empty()
                && x.bytes().all(|c| c.is_ascii_digit() || c == b'.')
                && x.bytes().filter(|&c| c == b'.').count() <= 1
        };
        digits(w)
            || w.split_once(" to ")
                .or_else(|| w.split_once('-'))
                .is_some_and(|(a, b)| digits(a.trim()) && digits(b.trim()))
    };
    // `weekdays 8 to 6`, `Saturdays 9-1`: opening hours after a day.
    let hours = {
        let is_day = |d: &str| {
            let d = d.trim_end_matches('s');
            matches!(
                d,
                "weekday" | "weekend" | "daily" | "morning" | "afternoon" | "evening"
            ) || weekday(d)
        };
        let hour_at = |t: Option<&Spanned>| {
            t.is_some_and(|t| matches!(&t.token, Token::Number(n, _) if n.value() <= 24.0))
        };
        let joins = |t: Option<&Spanned>| {
            t.is_some_and(|t| {
                matches!(t.word(), Some("to" | "until" | "till"))
                    || t.is_punct('-')
                    || t.is_punct('\u{2013}')
            })
        };
        // (`weekdays from 8 until 6`: `from` between.)
        let day_before = |n: usize| {
            p.before(n).is_some_and(is_day)
                || (p.before(n) == Some("from") && p.before(n + 1).is_some_and(is_day))
                // (`Saturday, 10 to 8`.)
                || (p.prev_token(n).is_some_and(|t| t.is_punct(','))
                    && p.before(n + 1).is_some_and(is_day))
        };
        let w = p.amount.wording.trim();
        let small = !w.is_empty()
            && w.bytes().all(|c| c.is_ascii_digit())
            && p.amount.stated.is_some_and(|x| x <= 24.0);
        let opens =
            day_before(1) && joins(p.tokens.get(p.after)) && hour_at(p.tokens.get(p.after + 1));
        // `Floor meeting Sunday at 9`.
        let at_day = p.before(1) == Some("at") && p.before(2).is_some_and(is_day);
        let closes = joins(p.prev_token(1)) && hour_at(p.prev_token(2)) && day_before(3);
        small && (opens || closes || at_day)
    };
    // `the 6 o'clock bulletin`.
    let oclock = p
        .word(p.after)
        .is_some_and(|w| matches!(w, "o'clock" | "o\u{2019}clock"))
        || (p.word(p.after) == Some("o")
            && (p.after + 1..p.after + 3).any(|k| p.word(k) == Some("clock")));
    colon_glued(p.after)
        || p.amount.wording.contains(':')
        || before_colon
        || hours
        || (oclock && p.amount.unit == Scale::Count)
        || (meridiem && p.amount.unit == Scale::Count)
        || (p.bare_count()
            && p.word(p.after) == Some("to")
            && p.tokens
                .get(p.after + 1)
                .is_some_and(|t| matches!(t.token, Token::Number(..)))
            && p.word(p.after + 2).is_some_and(|w| {
                matches!(
                    w.trim_end_matches('.'),
                    "p.m" | "a.m" | "pm" | "am" | "p" | "a"
                )
            }))
}

/// `Id. at 8`, `18 U.S.C.`: a page of a cited work or a title of a code.
fn legal_citation(p: &Place) -> bool {
    let cited = |w: &str| w == "id" || w == "supra" || w == "ibid";
    let page = p.before(1) == Some("at")
        && (p.before(2).is_some_and(cited)
            || (p.prev_token(2).is_some_and(|t| t.is_punct('.'))
                && p.before(3).is_some_and(cited)));
    // `U.S.C.` lexes as `u . s . c .`.
    let code = p
        .word(p.after)
        .is_some_and(|w| w.starts_with("u.s") || w == "usc" || w == "cfr")
        || (p.word(p.after) == Some("u") && p.word(p.after + 2) == Some("s"));
    // `18 U.S.C. § 2422(b)`: a section after the section sign.
    let section = p.prev_token(1).is_some_and(|t| t.is_punct('\u{a7}'))
        || p.amount.wording.trim_start().starts_with('\u{a7}');
    p.amount.quantifier.is_none() && (page || code || section)
}

/// `24 x 36 in`, `8.5 × 11`: the sides of a size.
fn dimensions(p: &Place) -> bool {
    let times = |t: &Spanned| t.word() == Some("x") || t.is_punct('\u{d7}');
    let number = |k: usize| {
        p.tokens
            .get(k)
            .is_some_and(|t| matches!(t.token, Token::Number(..)))
    };
    let before =
        p.first >= 2 && p.tokens.get(p.first - 1).is_some_and(times) && number(p.first - 2);
    let after = p.tokens.get(p.after).is_some_and(times) && number(p.after + 1);
    // `24 x` read as a multiple (`3x`), a number right after it.
    let inner = p.after >= 1 && p.tokens.get(p.after - 1).is_some_and(times) && number(p.after);
    (p.bare_count() && (before || after)) || inner
}

/// `In two thousand six, ...`: a year spoken in words, after a word of
/// time.
fn year_in_words(p: &Place) -> bool {
    let wording = p.amount.wording.trim().to_lowercase();
    p.bare_count()
        && wording.starts_with("two thousand")
        && p.amount
            .stated
            .is_some_and(|y| (2000.0..=2030.0).contains(&y) && y.fract() == 0.0)
        && p.before(1).is_some_and(|w| YEAR_PREPOSITIONS.contains(&w))
}

/// Words after which a number spoken as a year is one (`in two thousand
/// six`).
const YEAR_PREPOSITIONS: [&str; 10] = [
    "in", "by", "since", "from", "until", "of", "between", "and", "to", "for",
];

/// `(1) Internet crimes`: an item of a list, a small number alone in
/// brackets before the item's words.
fn bracketed_item(p: &Place) -> bool {
    // `Sec. 2252A(a)(5)(B)`: a subdivision of a citation, its bracket glued
    // to what it divides.
    let subdivision = p.prev_token(1).is_some_and(|t| t.is_punct('(') && t.joined)
        && p.tokens.get(p.after).is_some_and(|t| t.is_punct(')'));
    if subdivision && p.amount.quantifier.is_none() {
        return true;
    }
    p.bare_count()
        && p.amount
            .stated
            .is_some_and(|x| x <= 20.0 && x.fract() == 0.0)
        && p.prev_token(1).is_some_and(|t| t.is_punct('('))
        && p.tokens.get(p.after).is_some_and(|t| t.is_punct(')'))
        && p.word(p.after + 1).is_some()
}

/// `Session 4B`: a number with a letter glued to it labels something.
fn lettered_label(p: &Place) -> bool {
    p.amount.quantifier.is_none()
        && p.tokens
            .get(p.after)
            .is_some_and(|t| t.joined && t.word().is_some_and(|w| w.len() == 1))
}

/// `Word count: 248`, `RUNS: 1:50`: the value of a label before a colon.
/// Not a count dated by a year (`The 2006 count: 3,672`).
fn labelled_value(p: &Place) -> bool {
    let dated = p.prev_token(3).and_then(year_token).is_some();
    p.bare_count()
        && p.prev_token(1).is_some_and(|t| t.is_punct(':'))
        && p.before(2).is_some_and(|w| LABEL_WORDS.contains(&w))
        && !dated
}

/// `The study rested on three surveys: two of them were ...; a third
/// consisted of ...`: the third of three things counted before, not the
/// fraction (`a third of the arrests`).
fn third_of_three(p: &Place) -> bool {
    let wording = p.amount.wording.trim().to_lowercase();
    (wording == "a third" || wording == "the third")
        && p.word(p.after) != Some("of")
        && (p.first.saturating_sub(40)..p.first).any(|k| p.word(k) == Some("three"))
}

/// `WKRB 88.7 FM`: a broadcast frequency.
/// `meets twice a month`, `three times per week`: how often something is
/// done in a span of time, not a multiple of a figure.
fn times_per_span(p: &Place) -> bool {
    let per = p
        .word(p.after)
        .is_some_and(|w| matches!(w, "a" | "per" | "each" | "every"));
    let unit = p.word(p.after + 1).is_some_and(|w| {
        matches!(
            w,
            "day" | "week" | "fortnight" | "month" | "term" | "quarter" | "year" | "semester"
        )
    });
    let wording = p.amount.wording.trim().to_lowercase();
    // (`at least twice a week`: the hedge leaves it a frequency.)
    let last = wording.rsplit(' ').next().unwrap_or_default();
    let times = matches!(last, "twice" | "once" | "thrice") || wording.ends_with(" times");
    // (`will go twice as far`: a multiple of a distance or a speed.)
    let as_far = p.word(p.after) == Some("as")
        && p.word(p.after + 1)
            .is_some_and(|w| matches!(w, "far" | "fast" | "hard" | "quickly"));
    times && ((per && unit) || as_far)
}

/// `Visits run 45 minutes; allow 15 for questions`: a share of a time
/// budget, its unit named earlier in the sentence.
fn time_allowed(p: &Place) -> bool {
    let allow = p
        .before(1)
        .is_some_and(|w| matches!(w, "allow" | "leave" | "reserve" | "keep"));
    let timed = p.tokens[..p.first].iter().any(|t| {
        t.word()
            .is_some_and(|w| matches!(w, "minutes" | "mins" | "hours" | "hour" | "minute"))
    });
    p.bare_count() && allow && timed && p.word(p.after) == Some("for")
}

fn frequency(p: &Place) -> bool {
    p.word(p.after)
        .is_some_and(|w| matches!(w, "fm" | "am" | "mhz" | "khz"))
        && p.amount.quantifier.is_none()
}

/// `girls aged 13, 14 or 15`: each age of a list of ages.
fn listed_age(p: &Place) -> bool {
    let age = |k: usize| {
        p.tokens.get(k).is_some_and(|t| {
            matches!(&t.token, Token::Number(n, raw) if !raw.contains('.') && (1.0..=21.0).contains(&n.value()))
        })
    };
    if !p.bare_count() || !age(p.first) {
        return false;
    }
    // Back over `N,` and `N or` / `N and` to the list's start.
    let mut k = p.first;
    while k >= 2
        && age(k - 2)
        && p.tokens.get(k - 1).is_some_and(|t| {
            t.is_punct(',') || t.word().is_some_and(|w| matches!(w, "or" | "and" | "to"))
        })
    {
        k -= 2;
    }
    k < p.first
        && k.checked_sub(1)
            .and_then(|j| p.word(j))
            .is_some_and(|w| matches!(w, "aged" | "ages" | "age"))
}

/// `(Journal of Adolescent Health 47, 2010)`: a cited journal's volume,
/// before the year of the citation in brackets.
fn cited_volume(p: &Place) -> bool {
    p.bare_count()
        && p.tokens.get(p.after).is_some_and(|t| t.is_punct(','))
        && p.tokens
            .get(p.after + 1)
            .is_some_and(|t| matches!(&t.token, Token::Number(_, raw) if raw.len() == 4))
        && p.tokens.get(p.after + 2).is_some_and(|t| t.is_punct(')'))
}

/// A small count written in words, with no figure's noun of its own.
fn small_count_in_words(p: &Place) -> bool {
    let words = p.sentence[p.amount.span[0]..p.amount.span[1]]
        .chars()
        .all(|c| c.is_alphabetic() || c.is_whitespace() || c == '-');
    // `two more detectives`: a few more of something, in words.
    let few_more = p
        .word(p.after)
        .is_some_and(|w| matches!(w, "more" | "fewer" | "extra" | "additional" | "new"))
        && p.amount.stated.is_some_and(|x| x.abs() <= 12.0);
    (p.bare_count() || few_more)
        && words
        && p.amount.stated.is_some_and(|x| x.abs() <= 12.0)
        && p.amount.role == AmountRole::Claim
}

/// A phrase of an alias table found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PhraseHit {
    /// The phrase's tokens as written in the table, lower case.
    pub phrase: String,
    /// Every (dataset, alias) with this phrase and reading.
    pub aliases: Vec<(usize, usize)>,
    /// Whether every alias of it is generic.
    pub generic: bool,
    /// Found outside the amount's clause (or in another sentence): it ties
    /// the amount only to a figure the amount equals.
    pub remote: bool,
    /// Its first token in the sentence.
    pub token: usize,
    /// The token right after it as matched: past a wildcard's words (`met
    /// * online` over `met a young victim online`) or a hyphen, which
    /// [`PhraseHit::end`], counting the phrase's own words, does not reach.
    pub matched_end: usize,
}

impl PhraseHit {
    /// How many tokens (words) the phrase spans.
    pub(crate) fn words(&self) -> usize {
        self.phrase.split_whitespace().count()
    }

    /// The token right after the phrase.
    pub(crate) fn end(&self) -> usize {
        self.token + self.words()
    }
}

/// The first break at or after token `from` that opens another clause
/// with a conjunction (`, and`, `-- and`, `; but`, `, then`): what follows it is
/// another statement's (`7,010 - an increase of 172 per cent - and in 2009
/// they reached 8,144`).
pub(crate) fn next_clause(tokens: &[Spanned], from: usize) -> Option<usize> {
    // A semicolon opens another clause with or without a conjunction
    // (`... up 16 percent; across the whole span they more than tripled`).
    // (And `, with the 2006 estimate at about 7,000`: a phrase of its own
    // that `with` and a determiner open after a comma.)
    let word = |j: usize| tokens.get(j).and_then(Spanned::word);
    (from..tokens.len()).find(|&k| {
        tokens[k].is_punct(';')
            || ((clause_break(&tokens[k]) || tokens[k].is_punct('-'))
                && word(k + 1).is_some_and(|w| CONJUNCTIONS.contains(&w) || w == "then"))
            || (tokens[k].is_punct(',')
                && word(k + 1) == Some("with")
                && word(k + 2).is_some_and(subject_word))
    })
}

/// Whether the break at token `k` opens a clause with a subject of its own:
/// a conjunction and a determiner or pronoun (`had risen to about 7,000,
/// and the number involving a family member or acquaintance was up about
/// 80%`), which no amount before it reaches into.
pub(crate) fn opens_own_subject(tokens: &[Spanned], k: usize) -> bool {
    let word = |j: usize| tokens.get(j).and_then(Spanned::word);
    clause_break(&tokens[k])
        && matches!(word(k + 1), Some("and" | "but" | "while" | "whereas"))
        && word(k + 2).is_some_and(subject_word)
}

/// A determiner or pronoun that opens a clause's own subject.
fn subject_word(w: &str) -> bool {
    matches!(
        w,
        "the" | "those" | "these" | "this" | "that" | "its" | "their" | "it" | "they"
    )
}

/// A comma, semicolon, colon or bracket: where a clause ends.
pub(crate) fn clause_break(t: &Spanned) -> bool {
    matches!(t.token, Token::Punct(',' | ';' | ':' | '(' | ')'))
}

/// The phrases of every alias table reading `reads` that start in tokens
/// `from..to` (and end by `to`), the longest at each place, skipping the
/// tokens a longer phrase already covers.
pub(crate) fn phrases_in(
    catalogue: &Catalogue,
    tokens: &[Spanned],
    from: usize,
    to: usize,
    reads: AliasReads,
) -> Vec<PhraseHit> {
    // The longest phrase starting at a token: its end, its words, every
    // (dataset, alias) that has them, and whether all are generic.
    type Longest = (usize, String, Vec<(usize, usize)>, bool);
    let mut hits: Vec<PhraseHit> = Vec::new();
    let mut k = from;
    while k < to {
        let mut best: Option<Longest> = None;
        for (d, table) in catalogue.alias_tables().iter().enumerate() {
            for (a, end) in table.matches_at(tokens, k) {
                let alias = &table.aliases()[a];
                if end > to || alias.reads != reads {
                    continue;
                }
                match &mut best {
                    Some((e, phrase, list, generic)) if *e == end && *phrase == alias.phrase => {
                        list.push((d, a));
                        *generic &= alias.generic;
                    }
                    // (At the same end, the phrase of more words: `involving
                    // only child pornography` matched whole, over `involving
                    // child pornography` matched past the `only` it skips.)
                    Some((e, phrase, ..))
                        if *e > end
                            || (*e == end
                                && phrase.split_whitespace().count()
                                    >= alias.phrase.split_whitespace().count()) => {}
                    _ => best = Some((end, alias.phrase.clone(), vec![(d, a)], alias.generic)),
                }
            }
        }
        // `with no identified victim`, `without an identified victim`: a
        // phrase the text denies names what the amount is not about; it
        // is passed over (its words are not read again as a shorter one).
        let denied = k
            .checked_sub(1)
            .and_then(|j| tokens[j].word())
            .is_some_and(|w| matches!(w, "no" | "without"))
            || (k >= 2
                && tokens[k - 2].word() == Some("without")
                && matches!(tokens[k - 1].word(), Some("a" | "an" | "any")))
            // (And one set against another: `investigators rather than real
            // young people`, `instead of a real young person`.)
            || {
                let j = if k >= 1 && matches!(tokens[k - 1].word(), Some("a" | "an" | "the")) {
                    k - 1
                } else {
                    k
                };
                j >= 2
                    && matches!(
                        (tokens[j - 2].word(), tokens[j - 1].word()),
                        (Some("rather"), Some("than")) | (Some("instead"), Some("of"))
                    )
            }
            // (And who officers passed themselves off as: `stings, where
            // officers posed as young people online`, not the young people
            // online the study counts beside its arrests.)
            || (k >= 2
                && matches!(
                    (tokens[k - 2].word(), tokens[k - 1].word()),
                    (Some("posed" | "posing" | "pose" | "poses"), Some("as"))
                        | (Some("pretending" | "pretended"), Some("to"))
                ));
        match best {
            Some((end, ..)) if denied => k = end,
            Some((end, phrase, aliases, generic)) => {
                hits.push(PhraseHit {
                    phrase,
                    aliases,
                    generic,
                    remote: false,
                    token: k,
                    matched_end: end,
                });
                k = end;
            }
            None => k += 1,
        }
    }
    hits
}

/// What an amount is about: every phrase in its reach, the most telling
/// first. The reach is the words after it (up to `stop`, and past no
/// clause break once a phrase is found), then its clause before it (back to
/// `back`), then the rest of its sentence before it; a specific phrase
/// comes before every generic one, and a phrase that names the base of
/// another phrase's figure comes after that phrase (`83% of offenders who
/// possessed child pornography had images of children aged 6 to 12`: the
/// possessors are the base of the share of images).
pub(crate) fn subjects(
    catalogue: &Catalogue,
    tokens: &[Spanned],
    span: [usize; 2],
    stop: usize,
    back: usize,
    reads: AliasReads,
) -> Vec<PhraseHit> {
    let token_at = |at: usize| tokens.partition_point(|t| t.start < at);
    let (first, end) = (token_at(span[1]), token_at(stop).min(tokens.len()));
    // After: up to a clause break that opens another clause (`, while
    // total arrests ...`), and up to the first clause break that follows a
    // phrase.
    // A semicolon always ends it (`... about two and a half times the 2000
    // figure; arrests involving possession ...`).
    // (Nor, for an amount of the prose, past a pipe: a table that opens
    // after the sentence's last words, `... just over a third in 2006.`
    // over `| Met victim online | 508 | 508 |`.)
    // (A search of the whole sentence, from its start, reads every row.)
    let in_table = span[1] == 0
        || tokens[..first.min(tokens.len())]
            .iter()
            .any(|t| t.is_punct('|'));
    let opens_clause = |k: usize| {
        tokens[k].is_punct(';')
            || (!in_table && tokens[k].is_punct('|'))
            || (clause_break(&tokens[k])
                && tokens
                    .get(k + 1)
                    .and_then(Spanned::word)
                    .is_some_and(|w| CLAUSE_WORDS.contains(&w)))
            || opens_own_subject(tokens, k)
    };
    // `..., and identified victims figured in about 39%`: with another
    // amount to come, a clause that opens with `and` is that amount's.
    let more = end < tokens.len();
    // (And `accounted for 615 arrests and online meetings for 877`: `and`
    // right after the amount or its noun, with another amount to come,
    // opens the next amount's ellipsis.)
    let end = (first..end)
        .find(|&k| {
            opens_clause(k)
                || (more
                    && clause_break(&tokens[k])
                    && tokens.get(k + 1).and_then(Spanned::word) == Some("and"))
                || (more
                    && k <= first + 1
                    && tokens[k].word() == Some("and")
                    && (k == first
                        || tokens[first]
                            .word()
                            .is_some_and(|w| matches!(w, "arrests" | "cases" | "offenders"))))
        })
        .unwrap_or(end);
    let mut limit = end;
    let mut after = phrases_in(catalogue, tokens, first, end, reads);
    if after.is_empty() {
        after.extend(elided_whole(catalogue, tokens, first, end, reads));
    }
    // (A number in brackets restates a count and breaks no clause: `over
    // two in five of all arrests (3,100) were stings`.)
    let number_bracket = |k: usize| {
        let number = |j: usize| {
            tokens
                .get(j)
                .is_some_and(|t| matches!(t.token, Token::Number(..)))
        };
        (tokens[k].is_punct('(')
            && number(k + 1)
            && tokens.get(k + 2).is_some_and(|t| t.is_punct(')')))
            || (tokens[k].is_punct(')') && k >= 2 && number(k - 1) && tokens[k - 2].is_punct('('))
    };
    if let Some(h) = after.first() {
        limit = (h.token..end)
            .find(|&k| clause_break(&tokens[k]) && !number_bracket(k))
            .unwrap_or(end);
    }
    let mut ordered: Vec<PhraseHit> = after.into_iter().filter(|h| h.token < limit).collect();
    // `1 in 6 cases that began with X caught offenders who Y`: a relative
    // clause right after the amount describes its whole; what the amount
    // says of it comes last.
    // (Or in the phrase itself: `Most offenders who met victims online
    // were older than 25`.)
    let relative = is_relative_word;
    if let Some(h) = ordered.first()
        && ordered.len() > 1
        && ((first..h.token).any(|k| tokens[k].word().is_some_and(relative))
            || h.phrase.split_whitespace().skip(1).any(relative))
    {
        ordered.reverse();
    }
    // (The predicate stays first even when generic: `Most offenders who
    // met victims online were older than 25` is about the age, not the
    // online meeting.)
    let predicate = (ordered.len() > 1
        && ordered.first().map(|h| h.token) > ordered.last().map(|h| h.token))
    .then(|| ordered[0].clone());
    // Before: back through its clause, then the rest of the sentence.
    let start = token_at(span[0]);
    // Words after the amount before it and a conjunction are that amount's
    // (`70% began with X and 30% with Y`).
    let floor = token_at(back);
    let floor = (floor..start)
        .rev()
        .find(|&k| tokens[k].word().is_some_and(|w| CONJUNCTIONS.contains(&w)))
        .map_or(floor, |k| k + 1);
    let mut from = start;
    while from > floor && !clause_break(&tokens[from - 1]) {
        from -= 1;
    }
    let mut before = phrases_in(catalogue, tokens, from, start, reads);
    // (And within the amount's own words, nearest of all: a change read
    // from its direction word through its number, `the rise in total
    // arrests was roughly 1,100`.)
    before.extend(phrases_in(catalogue, tokens, start, first, reads));
    before.reverse();
    let none_before = before.is_empty();
    ordered.extend(before);
    // Outside its clause a phrase is only a weak tie: it names the figure
    // an equal number is of, but never makes a number wrong.
    // (Unless the amount's clause is a second predicate of the sentence's
    // subject, opened by `and` or `but` and a verb, with no subject of its
    // own: `Child-pornography-only cases numbered 935 in 2000 and reached
    // 2,147 in 2006`. The phrase the sentence opens with, before its first
    // number, is its subject too.)
    if from > 0 {
        let shared = shared_subject(tokens, floor, start);
        let mut rest = phrases_in(catalogue, tokens, 0, from, reads);
        // (Past a section's number the sentence opens with: `2.3 Offenders
        // who met victims online: 615 arrests in 2000`.)
        let lead = usize::from(
            tokens.first().is_some_and(|t| match &t.token {
                Token::Number(_, raw) => {
                    raw.split('.').all(|d| (1..=2).contains(&d.len()))
                        && raw.bytes().all(|c| c.is_ascii_digit() || c == b'.')
                }
                _ => false,
            }) && tokens.get(1).and_then(Spanned::word).is_some(),
        );
        let first_number = tokens
            .iter()
            .skip(lead)
            .position(|t| matches!(t.token, Token::Number(..)))
            .map_or(tokens.len(), |k| k + lead);
        // (Or the sentence's label, before a colon that is its first
        // break, right before the amount's clause: `Offenders who met
        // their victims online: 615 arrests in 2000`.)
        // (A label of one phrase, no verb and no number of its own, in a
        // line that names its wave itself: not `Investigations of
        // possession that found a molester: 1 in 6`, nor `... were mostly
        // grown men: roughly two-thirds ...`, nor a list item whose wave is
        // a heading's.)
        let label = tokens[from - 1].is_punct(':')
            && !(lead..from - 1).any(|k| {
                clause_break(&tokens[k])
                    || matches!(tokens[k].token, Token::Number(..))
                    || tokens[k].word().is_some_and(|w| {
                        matches!(
                            w,
                            "were"
                                | "was"
                                | "is"
                                | "are"
                                | "had"
                                | "has"
                                | "that"
                                | "which"
                                | "mostly"
                                | "mainly"
                                | "largely"
                                | "chiefly"
                                | "usually"
                        )
                    })
            })
            && tokens[from..].iter().any(|t| match &t.token {
                // (A year of one of the catalogue's waves, as written: not a
                // count such as `2,000 arrests`.)
                #[allow(clippy::cast_possible_truncation)]
                Token::Number(p, raw) => {
                    !raw.contains(',')
                        && p.value().fract() == 0.0
                        && (1900.0..2100.0).contains(&p.value())
                        && catalogue.wave_of_year(p.value() as i32).is_some()
                }
                Token::Word(w) => w == "wave" || w.ends_with("-wave"),
                _ => false,
            });
        let opening = rest
            .first()
            .filter(|h| (shared || label) && none_before && !h.generic && h.token < first_number)
            .map(|h| h.token);
        rest.reverse();
        ordered.extend(rest.into_iter().map(|mut h| {
            h.remote = Some(h.token) != opening;
            h
        }));
    }
    ordered.sort_by_key(|h| (h.remote, h.generic));
    if let Some(p) = predicate
        && let Some(k) = ordered.iter().position(|h| *h == p)
    {
        let h = ordered.remove(k);
        ordered.insert(0, h);
    }
    // A phrase naming the base of another's figure (or the population an
    // interview base stands for) yields to it.
    let names_base_of = |base: &PhraseHit, of: &PhraseHit| {
        let bases: Vec<usize> = of
            .aliases
            .iter()
            .flat_map(|&(d, a)| {
                let alias = &catalogue.alias_tables()[d].aliases()[a];
                catalogue.populations_of(d, &alias.figure)
            })
            .collect();
        base.aliases.iter().any(|&(d, a)| {
            let alias = &catalogue.alias_tables()[d].aliases()[a];
            catalogue
                .named_by(d, &alias.figure)
                .iter()
                .any(|k| bases.contains(k))
        })
    };
    if ordered.len() > 1
        && !ordered[0].generic
        && let Some(p) = (1..ordered.len())
            .find(|&k| !ordered[k].generic && names_base_of(&ordered[0], &ordered[k]))
    {
        let h = ordered.remove(p);
        ordered.insert(0, h);
    }
    ordered
}

/// Verbs that open a second predicate of a sentence's subject and state
/// a level or a change: `... numbered 935 in 2000 and reached 2,147`.
const SECOND_PREDICATE_VERBS: [&str; 16] = [
    "reached",
    "rose",
    "climbed",
    "fell",
    "grew",
    "numbered",
    "totalled",
    "totaled",
    "stood",
    "jumped",
    "dropped",
    "increased",
    "decreased",
    "hit",
    "accounted",
    "made",
];

/// Whether the words from `floor` (right after a conjunction) to `start`
/// (the amount) are a second predicate with no subject of its own: `and`
/// or `but` right before `floor`, no clause break before that conjunction
/// other than a comma, and one to three words from a verb of
/// [`SECOND_PREDICATE_VERBS`] (`and reached`, `but then fell to`, `and
/// made up`).
fn shared_subject(tokens: &[Spanned], floor: usize, start: usize) -> bool {
    let conjunction = floor
        .checked_sub(1)
        .and_then(|k| tokens[k].word())
        .is_some_and(|w| matches!(w, "and" | "but"));
    let words: Vec<&str> = (floor..start).filter_map(|k| tokens[k].word()).collect();
    conjunction
        && !words.is_empty()
        && words.len() <= 4
        && words.len() == start - floor
        && words.iter().any(|w| SECOND_PREDICATE_VERBS.contains(w))
        && (matches!(words[0], "then" | "later" | "had" | "has" | "also")
            || SECOND_PREDICATE_VERBS.contains(&words[0]))
}

/// A whole whose noun is said once for two amounts, right after the
/// amount: `95 percent of state and 93 percent of federal prosecutions`
/// (the word before `and` takes the noun the next whole ends with), `93%
/// of federal ones` after `95 percent of state prosecutions` (`ones` takes
/// the noun of an earlier whole of the sentence). The phrase the two words
/// make, found at the first of them, when an alias table has it.
fn elided_whole(
    catalogue: &Catalogue,
    tokens: &[Spanned],
    first: usize,
    end: usize,
    reads: AliasReads,
) -> Option<PhraseHit> {
    let word = |k: usize| tokens.get(k).and_then(Spanned::word);
    let mut k = first;
    if !matches!(word(k), Some("of" | "for")) {
        return None;
    }
    k += 1;
    if word(k) == Some("the") {
        k += 1;
    }
    let adjective = word(k)?;
    let nouns: Vec<&str> = match word(k + 1) {
        // `of state and 93 percent of federal prosecutions`: the noun that
        // ends the next `of` whole, within a few words.
        Some("and") => (k + 2..(k + 9).min(tokens.len()))
            .find(|&j| matches!(word(j), Some("of" | "for")))
            .and_then(|j| {
                let j = if word(j + 1) == Some("the") { j + 1 } else { j };
                word(j + 1)?;
                word(j + 2)
            })
            .into_iter()
            .collect(),
        // `of federal ones`: a plural noun after another word earlier in
        // the sentence (`state prosecutions`), the nearest first.
        Some("ones") if k + 1 < end => (1..first)
            .rev()
            .filter(|&j| word(j - 1).is_some_and(|v| v != adjective))
            .filter_map(word)
            .filter(|n| *n != "ones" && n.len() > 3 && n.ends_with('s'))
            .collect(),
        _ => Vec::new(),
    };
    let mut hit = nouns.iter().find_map(|noun| {
        let made = crate::claims::lex(&format!("{adjective} {noun}"), true);
        phrases_in(catalogue, &made, 0, made.len(), reads)
            .into_iter()
            .find(|h| h.token == 0)
    })?;
    hit.token = k;
    Some(hit)
}

/// The waves an amount names, strongest first: the wave of a year attached
/// to it (`615 in 2006`, `in 2000, 2,577`), else the waves of its sentence.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct AmountWaves {
    /// A year attached to the amount itself.
    pub attached: Option<String>,
    /// For a change: the wave it is measured from, and to.
    pub from: Option<String>,
    /// See `from`.
    pub to: Option<String>,
    /// Every wave the sentence names.
    pub sentence: Vec<String>,
    /// For a change: the span of years the sentence gives it (`in the past
    /// 10 years`), when no two waves are that far apart (or none that fit
    /// the waves it names): it is no change between waves.
    pub span_fits_no_pair: Option<std::ops::RangeInclusive<i32>>,
}

/// Whether tokens `k` and `k + 1` are the pipes where one row of a table
/// written with pipes ends and the next begins: two pipes with a line
/// break between them, or none at all (`|` `|`). Two pipes with only spaces
/// between them are an empty cell (`| | 2000 | 2006 |`, a heading row
/// whose first cell is blank), not a row's end.
pub(crate) fn row_break(text: &str, tokens: &[Spanned], k: usize) -> bool {
    let (Some(a), Some(b)) = (tokens.get(k), tokens.get(k + 1)) else {
        return false;
    };
    a.is_punct('|')
        && b.is_punct('|')
        && text
            .get(a.end..b.start)
            .is_none_or(|gap| gap.is_empty() || gap.contains('\n'))
}

/// The row (its first token) and column of token `k` in a table written
/// with pipes (`| All arrests | 2,577 | 7,010 |`), if it stands in one:
/// rows are told apart by a row's closing pipe meeting the next row's
/// opening one (a [`row_break`]).
pub(crate) fn table_cell(text: &str, tokens: &[Spanned], k: usize) -> Option<(usize, usize)> {
    let pipe = |j: usize| tokens.get(j).is_some_and(|t| t.is_punct('|'));
    let mut column = 0;
    let mut opening = None;
    let mut j = k;
    while j > 0 {
        j -= 1;
        if pipe(j) {
            column += 1;
            opening = Some(j);
            if j > 0 && row_break(text, tokens, j - 1) {
                break;
            }
        }
    }
    // The table's first row opens at its first pipe.
    opening.map(|j| (j, column))
}

/// The row and column of a number alone in a table's cell (tokens
/// `first..last`, a pipe on each side), if it stands so.
/// (Or first in its cell before a bracketed aside of numbers, `| 644
/// (44%) |`, `| 615 (about 9%) |`.)
fn cell_alone(text: &str, tokens: &[Spanned], first: usize, last: usize) -> Option<(usize, usize)> {
    let pipe = |j: usize| tokens.get(j).is_some_and(|t| t.is_punct('|'));
    // (Not a year in brackets, `| 7,010 (2006) |`: it dates the count
    // itself.)
    let aside = |t: &Spanned| {
        (matches!(t.token, Token::Number(..)) && year_token(t).is_none())
            || matches!(t.token, Token::Percent | Token::Punct('(' | ')'))
            || t.word().is_some_and(|w| {
                COUNT_HEDGES.contains(&w) || matches!(w, "per" | "cent" | "percent")
            })
    };
    let close = (last..tokens.len()).find(|&j| !aside(&tokens[j]))?;
    if first == 0 || !pipe(first - 1) || !pipe(close) {
        return None;
    }
    table_cell(text, tokens, first)
}

/// `| Type of case | 2000 | 2006 | 2009 |` over `| Child pornography only
/// | 935 | 2,471 | ... |`: a number alone in a table's cell takes the year
/// that heads its column.
fn table_wave(
    text: &str,
    tokens: &[Spanned],
    first: usize,
    last: usize,
    mentions: &[WaveMention],
) -> Option<String> {
    let (row, column) = cell_alone(text, tokens, first, last)?;
    // The heading cell of the column: the last row above that names a
    // wave there. (A year alone in it, `| 2006 |`, or within words, `|
    // First wave (2000) |`, when the cell names one wave only.)
    let in_column: Vec<(usize, &WaveMention)> = mentions
        .iter()
        .filter(|m| m.token < row && m.token > 0)
        .filter_map(|m| {
            table_cell(text, tokens, m.token)
                .filter(|&(_, c)| c == column)
                .map(|(r, _)| (r, m))
        })
        .collect();
    let &(heading, _) = in_column.last()?;
    let waves: Vec<&String> = in_column
        .iter()
        .filter(|(r, _)| *r == heading)
        .map(|(_, m)| &m.wave)
        .collect();
    waves
        .iter()
        .all(|w| *w == waves[0])
        .then(|| waves[0].clone())
}

/// `| Wave | Arrests | Share of all arrests |` over `| 2000 | 935 | 36% |`:
/// a level alone in a table's cell takes the year of its row's cells before
/// it, when they name one wave (`| First | 2000 | 2,577 |` too).
fn table_row_wave(
    text: &str,
    tokens: &[Spanned],
    first: usize,
    last: usize,
    mentions: &[WaveMention],
) -> Option<String> {
    let (row, column) = cell_alone(text, tokens, first, last)?;
    let waves: Vec<&String> = mentions
        .iter()
        .filter(|m| m.token > row && m.token < first)
        .filter(|m| table_cell(text, tokens, m.token).is_some_and(|(r, c)| r == row && c < column))
        .map(|m| &m.wave)
        .collect();
    let w = waves.first()?;
    waves.iter().all(|x| x == w).then(|| (*w).clone())
}

/// A token that only separates the items of a list (`2,577 / 7,010`,
/// `2000, 2006 and 2009`, `| 2,577 | 7,010 |`, `2,577 -> 7,010`).
fn list_separator(t: &Spanned) -> bool {
    matches!(t.token, Token::Punct('|' | '/' | ',' | ';' | '>' | '-'))
        || t.word().is_some_and(|w| matches!(w, "and" | "to" | "then"))
}

/// `2,577 -> 7,010 -> 8,144: arrests in 2000, 2006 and 2009`; `(2000 /
/// 2006 / 2009): 2,577 / 7,010 / 8,144`: a list of levels beside a list
/// of as many years, with no year among the levels, gives the levels
/// their years in order.
fn parallel_wave(
    parsed: &ParsedClaim,
    i: usize,
    tokens: &[Spanned],
    mentions: &[WaveMention],
) -> Option<String> {
    let amounts = &parsed.amounts;
    let token_at = |at: usize| tokens.partition_point(|t| t.start < at);
    let separated = |from: usize, to: usize| {
        to > from && to - from <= 3 && tokens[from..to].iter().all(list_separator)
    };
    let level = |a: &StatedAmount| {
        matches!(
            a.kind,
            crate::data::ClaimKind::Level | crate::data::ClaimKind::Share
        ) && a.unit == amounts[i].unit
    };
    if !level(&amounts[i]) {
        return None;
    }
    // The run of levels around `i`, each separated from the next.
    let joined = |k: usize| {
        level(&amounts[k])
            && level(&amounts[k + 1])
            && separated(
                token_at(amounts[k].span[1]),
                token_at(amounts[k + 1].span[0]),
            )
    };
    // (A list of a dozen at most: the run is walked for every amount.)
    let mut lo = i;
    while lo > 0 && i - lo < 12 && joined(lo - 1) {
        lo -= 1;
    }
    let mut hi = i;
    while hi + 1 < amounts.len() && hi - i < 12 && joined(hi) {
        hi += 1;
    }
    let n = hi - lo + 1;
    if n < 2 {
        return None;
    }
    let (start, end) = (token_at(amounts[lo].span[0]), token_at(amounts[hi].span[1]));
    if mentions.iter().any(|m| m.token > start && m.token < end) {
        return None;
    }
    // Runs of years, each separated from the next.
    let years: Vec<&WaveMention> = mentions.iter().filter(|m| !m.since).collect();
    let mut runs: Vec<Vec<&WaveMention>> = Vec::new();
    for m in years {
        match runs.last_mut() {
            Some(run) if run.last().is_some_and(|p| separated(p.token + 1, m.token)) => run.push(m),
            _ => runs.push(vec![m]),
        }
    }
    // (Not a run of another clause: `nearly tripled between 2000 and
    // 2006, then rose from 7,010 to 8,144 by 2009`.)
    let same_clause = |r: &Vec<&WaveMention>| {
        let (a, b) = match (r.first(), r.last()) {
            (Some(_), Some(l)) if l.token < start => (l.token, start),
            (Some(f), _) => (end, f.token),
            _ => return false,
        };
        next_clause(tokens, a).is_none_or(|c| c >= b)
    };
    let [run] = <[Vec<&WaveMention>; 1]>::try_from(
        runs.into_iter()
            .filter(|r| r.len() == n && same_clause(r))
            .collect::<Vec<_>>(),
    )
    .ok()?;
    let mut waves: Vec<&String> = run.iter().map(|m| &m.wave).collect();
    waves.dedup();
    (waves.len() == n).then(|| run[i - lo].wave.clone())
}

/// The waves of the amount at `i` of `parsed`.
pub(crate) fn amount_waves(
    parsed: &ParsedClaim,
    i: usize,
    tokens: &[Spanned],
    mentions: &[WaveMention],
    catalogue: &Catalogue,
) -> AmountWaves {
    let amounts = &parsed.amounts;
    let amount = &amounts[i];
    let token_at = |at: usize| tokens.partition_point(|t| t.start < at);
    let (first, last) = (token_at(amount.span[0]), token_at(amount.span[1]));
    let next_amount = amounts
        .get(i + 1)
        .map_or(tokens.len(), |n| token_at(n.span[0]));
    let prev_amount = i.checked_sub(1).map_or(0, |p| token_at(amounts[p].span[1]));
    // After it: within six tokens, before the next amount and any clause
    // break; before it: within six tokens, after the previous amount.
    // Not across a conjunction: `612 usable interviews and the second
    // 1,015` gives 612 no wave of `the second`.
    // A year a change is measured from (`since 2000`) dates no number.
    // (Nor across a table's row: `| 2,577 | | Second | 2006 |`, two bars
    // running together.)
    let row_break = |k: usize| row_break(&parsed.text, tokens, k);
    // (A year alone in brackets right after it dates it: `935 (2000)
    // 2417 (2006)`.)
    let bracketed = |m: &WaveMention| {
        m.token == last + 1
            && tokens.get(last).is_some_and(|t| t.is_punct('('))
            && tokens.get(m.token + 1).is_some_and(|t| t.is_punct(')'))
    };
    // (Nor one opening a later line: `2000 | 2,577` then `2006 | 7,010`,
    // a table's rows without their outer bars. A year within the next
    // line's words still dates it: `Close to 10%` over `Possession
    // investigations in 2006 that ...`.)
    let same_line = |m: &WaveMention| {
        parsed
            .text
            .get(amount.span[1]..tokens[m.token].start)
            .is_none_or(|gap| {
                gap.rsplit_once('\n')
                    .is_none_or(|(_, line)| !line.trim().is_empty())
            })
    };
    // (Not the end's year of a change that runs from it: `from 7,010 to
    // the 2009 total`.)
    let to_between = |m: &WaveMention| {
        amount.role == AmountRole::From && (last..m.token).any(|k| tokens[k].word() == Some("to"))
    };
    // (A year compared with still dates the level it is the year of: `than
    // the 7,010 of 2006`.)
    let of_level = |m: &WaveMention| {
        m.since
            && amount.unit == Scale::Count
            && m.token == last + 1
            && tokens[last]
                .word()
                .is_some_and(|w| matches!(w, "of" | "in"))
    };
    let after = mentions
        .iter()
        .filter(|m| !m.range && (!m.since || of_level(m)))
        .find(|m| {
            m.token >= last
                && m.token < next_amount
                && m.token <= last + 7
                && same_line(m)
                && !to_between(m)
                && (bracketed(m)
                    || !(last..m.token).any(|k| {
                        clause_break(&tokens[k])
                            || row_break(k)
                            || tokens[k].word().is_some_and(|w| CONJUNCTIONS.contains(&w))
                    }))
        });
    // Before it: within six tokens, after the previous amount, and not
    // across a conjunction or a bracket (`(up 21 percent from 2000), and
    // 3,100 ...`: the year is the other statement's).
    let before = mentions
        .iter()
        .filter(|m| !m.range && !m.since)
        .rev()
        .find(|m| {
            m.token < first
                && m.token >= prev_amount
                && m.token + 6 >= first
                && !(m.token + 1..first).any(|k| {
                    matches!(tokens[k].token, Token::Punct('(' | ')' | ';'))
                        // (`a quarter of the first-wave total, then 3,100`:
                        // `then` moves on to a later wave.)
                        || tokens[k]
                            .word()
                            .is_some_and(|w| CONJUNCTIONS.contains(&w) || w == "then")
                        // (`8,144 in 2009 against 2,577 at the start`: the
                        // level compared with is of another wave.)
                        || tokens[k]
                            .word()
                            .is_some_and(|w| matches!(w, "against" | "versus" | "vs"))
                })
                // (Not a wave a change runs from, before the level it runs
                // to: `quadrupled from the first wave, to 8,144`.)
                && !((m.token >= 1 && tokens[m.token - 1].word() == Some("from")
                    || m.token >= 2
                        && tokens[m.token - 2].word() == Some("from")
                        && tokens[m.token - 1].word() == Some("the"))
                    && first >= 1
                    && tokens[first - 1].word() == Some("to"))
                // (Not the year of another amount's whole: `19 per cent of
                // the 2000 total, climbed to 877`.)
                && !(m.token >= 2
                    && tokens[m.token - 1].word() == Some("the")
                    && tokens[m.token - 2].word() == Some("of")
                    && tokens
                        .get(m.token + 1)
                        .and_then(Spanned::word)
                        .is_some_and(|w| LEVEL_NOUNS.contains(&w)))
        });
    // `2000: 2,577` in a list: the year and its colon label the number,
    // over a year after it (the next line's `2006: 7,010`).
    let labelled = before.filter(|m| {
        m.token + 2 == first && tokens.get(m.token + 1).is_some_and(|t| t.is_punct(':'))
    });
    // `2000  2577 / 2006  7010` in a table's rows: a year right before the
    // number, with the next row's year right after it and that row's
    // number next, labels it.
    let row = before.filter(|m| {
        m.token + 1 == first
            && after.is_some_and(|a| {
                a.token == last
                    && matches!(
                        tokens.get(a.token + 1).map(|t| &t.token),
                        Some(Token::Number(..))
                    )
            })
    });
    let labelled = labelled.or(row);
    // `615 arrests in 2006, up from 508`: a start level takes no year from
    // before its `from`; that year is the end level's.
    let before = before.filter(|_| amount.role != AmountRole::From);
    // `In 2000 family members and acquaintances made up 12.5 per cent of
    // all arrests, and by 2006 ...`: a year opening the sentence dates its
    // first amount, however long the subject between them, when no break
    // but the year's own comma lies between.
    // (Not a start level, which takes its year from its `from`; nor past a
    // conjunction or `then` outside a phrase of the alias tables, which
    // opens another clause: `In 2000 the survey began and police later
    // made 7,010 arrests`; `family members and acquaintances` is one
    // phrase.)
    let in_phrase: Vec<(usize, usize)> = phrases_in(catalogue, tokens, 0, first, AliasReads::Level)
        .iter()
        .map(|h| (h.token, h.end()))
        .collect();
    let fronted = mentions.iter().find(|m| {
        !m.range
            && !m.since
            && i == 0
            && amount.role != AmountRole::From
            && m.token == 1
            && tokens[0].word() == Some("in")
            && !(m.token + 1..first).any(|k| {
                matches!(tokens[k].token, Token::Punct('(' | ')' | ';' | ':'))
                    || (tokens[k].is_punct(',') && k != m.token + 1)
                    || (tokens[k]
                        .word()
                        .is_some_and(|w| CONJUNCTIONS.contains(&w) || w == "then")
                        && !in_phrase.iter().any(|&(a, b)| (a..b).contains(&k))
                        // (`In 2000 and 2006 about 1 in 6`: a conjunction
                        // of years.)
                        && !mentions.iter().any(|x| x.token == k + 1))
            })
    });
    // `Wave 3, in 2009, rested on more than 1,500 case interviews and
    // estimated just over 8,100 arrests`: a level of a second predicate
    // joined by `and` to the first, in a sentence whose subject, before its
    // first amount, names its one wave.
    let shared_subject = {
        let first_amount = token_at(amounts[0].span[0]);
        let dated: Vec<&WaveMention> = mentions.iter().filter(|m| !m.range && !m.since).collect();
        let one_wave = dated.windows(2).all(|w| w[0].wave == w[1].wave);
        // (`and` then the second predicate's verb: not `the second 1,051
        // and the third more than 1,000`, nor `and family members 615`.)
        let verb = |w: &str| {
            w.ends_with("ed")
                || matches!(
                    w,
                    "found" | "made" | "saw" | "drew" | "had" | "gave" | "put" | "counts" | "finds"
                )
        };
        let joined = i >= 1
            && prev_amount < first
            && (prev_amount..first).any(|k| {
                tokens[k].word() == Some("and")
                    && tokens.get(k + 1).and_then(Spanned::word).is_some_and(verb)
            })
            && !(prev_amount..first)
                .any(|k| clause_break(&tokens[k]) || mentions.iter().any(|m| m.token == k));
        dated
            .first()
            .filter(|m| {
                one_wave
                    && joined
                    && amount.kind == crate::data::ClaimKind::Level
                    && amount.role != AmountRole::From
                    && m.token < first_amount
                    && m.token <= 6
            })
            .copied()
    };
    // `644 in 2000, reached 3,100 six years later`: a level dated that
    // many years after the last wave named before it.
    let later = {
        let word = |k: usize| tokens.get(k).and_then(Spanned::word);
        let n = match tokens.get(last).map(|t| &t.token) {
            Some(Token::Number(p, _)) => Some(p.value()),
            _ => word(last).and_then(crate::claims::number_word),
        };
        let dated = word(last + 1).is_some_and(|w| w == "years" || w == "year")
            && matches!(word(last + 2), Some("later" | "on" | "afterwards"));
        let base = mentions
            .iter()
            .rev()
            .find(|m| m.token < first && !m.since && !m.wave.starts_with(UNKNOWN_WAVE))
            .and_then(|m| catalogue.waves().iter().find(|w| w.id == m.wave))
            .and_then(|w| w.years.first().copied());
        #[allow(clippy::cast_possible_truncation)]
        n.filter(|n| dated && n.fract() == 0.0 && (1.0..=20.0).contains(n))
            .zip(base)
            .and_then(|(n, y)| catalogue.wave_of_year(y + n as i32))
            .map(str::to_string)
    };
    // `the 2000 share of child pornography only was 34 per cent`: a year
    // that dates the subject's own share or count (`the YEAR share`), its
    // verb right before the amount, dates the amount however long the
    // subject between.
    let subject_year = mentions
        .iter()
        .filter(|m| !m.range && !m.since)
        .rev()
        .find(|m| {
            let word = |k: usize| tokens.get(k).and_then(Spanned::word);
            m.token >= 1
                && m.token < first
                && m.token >= prev_amount
                && m.token + 12 >= first
                && word(m.token - 1) == Some("the")
                && word(m.token + 1).is_some_and(|w| {
                    LEVEL_NOUNS.contains(&w)
                        || matches!(w, "share" | "proportion" | "percentage" | "rate")
                })
                && first >= 1
                // (Or `at`: `with the 2006 estimate at about 7,000`.)
                && matches!(word(first - 1), Some("was" | "is" | "were" | "stood" | "at"))
                && !(m.token + 1..first).any(|k| {
                    clause_break(&tokens[k])
                        || tokens[k].is_punct('(')
                        || tokens[k].is_punct(')')
                        || tokens[k].word().is_some_and(|w| CONJUNCTIONS.contains(&w))
                })
        });
    let attached = later
        .or_else(|| table_wave(&parsed.text, tokens, first, last, mentions))
        .or_else(|| {
            (amount.kind != crate::data::ClaimKind::Change)
                .then(|| table_row_wave(&parsed.text, tokens, first, last, mentions))
                .flatten()
        })
        .or_else(|| parallel_wave(parsed, i, tokens, mentions))
        .or_else(|| {
            labelled
                .or(after)
                .or(before)
                .or(subject_year)
                .or(fronted)
                .or(shared_subject)
                .map(|m| m.wave.clone())
        });
    let mut sentence: Vec<String> = Vec::new();
    for m in mentions {
        if !sentence.contains(&m.wave) {
            sentence.push(m.wave.clone());
        }
    }
    let rank = |w: &str| catalogue.wave_rank(Some(w));
    let (mut from, mut to) = (None, None);
    let mut span_fits_no_pair = None;
    if amount.kind == crate::data::ClaimKind::Change {
        // (And, for a change, the year of a start level before it: `up
        // from 7,010 in 2006, a rise of about 1,100`; the level keeps its
        // year as its own.)
        let start_level_year = |m: &WaveMention| {
            let word = |n: usize| m.token.checked_sub(n).and_then(|j| tokens[j].word());
            m.token < first
                && word(1) == Some("in")
                && m.token
                    .checked_sub(2)
                    .is_some_and(|j| matches!(tokens[j].token, Token::Number(..)))
                && word(3) == Some("from")
                && matches!(word(4), Some("up" | "down" | "rising" | "rose" | "risen"))
        };
        let since: Vec<&WaveMention> = mentions
            .iter()
            .filter(|m| m.since || start_level_year(m))
            .collect();
        // `7,010 - an increase of 172 per cent - and in 2009 they reached
        // 8,144`: a clause opened after the change by a break and a
        // conjunction is another statement's, and so are its years.
        let next_clause = next_clause(tokens, last);
        // And one a semicolon opened before it is the change's own (`...
        // to 8,144 in 2009, up 16 percent; across the whole span they
        // more than tripled`): the years before it are not its.
        // (So does one that `, and` or `, but` opened before a change given
        // a span of years, which the span dates: `4,433 more arrests between
        // the first two waves, and the total more than tripled over the
        // decade`.)
        // (Or a pair of years compared right after it: `and more than
        // three times as many in 2009 as in 2000`.)
        let compared_pair = {
            let after: Vec<&WaveMention> = mentions
                .iter()
                .filter(|m| !m.range && m.token > last && m.token <= last + 6)
                .collect();
            after.len() >= 2
                && (after[0].token..after[1].token)
                    .any(|k| matches!(tokens[k].word(), Some("as" | "than")))
        };
        let spanned_own = (years_span(tokens, first, last).is_some() || compared_pair)
            .then(|| {
                (0..first).rev().find(|&k| {
                    (clause_break(&tokens[k])
                        && matches!(
                            tokens.get(k + 1).and_then(Spanned::word),
                            Some("and" | "but")
                        ))
                        // (Or a bare `and` the amount opens: `about 16 per
                        // cent between the last two waves and more than
                        // tripled across the decade`.)
                        || (k + 1 == first && tokens[k].word() == Some("and"))
                        // (Or a quoted one: `and "more than three times as
                        // many in 2009 as in 2000"`.)
                        || (k + 2 == first
                            && tokens[k].word() == Some("and")
                            && matches!(
                                tokens[k + 1].token,
                                Token::Punct('"' | '\u{201c}' | '\'')
                            ))
                })
            })
            .flatten();
        // (Not a semicolon that opens a restatement of the clause before:
        // `the total rose by 172 per cent; put another way, it more than
        // tripled`.)
        let restates = |k: usize| {
            let w = |n: usize| tokens.get(k + n).and_then(Spanned::word);
            matches!(
                (w(1), w(2), w(3)),
                (Some("put"), Some("another" | "differently"), _)
                    | (Some("in"), Some("other"), Some("words"))
                    | (Some("that"), Some("is"), _)
                    | (Some("i"), _, _)
            )
        };
        let clause_start = tokens[..first]
            .iter()
            .enumerate()
            .rev()
            .find(|&(k, t)| t.is_punct(';') && !restates(k))
            .map(|(k, _)| k)
            .max(spanned_own);
        let in_clause = |m: &WaveMention| {
            next_clause.is_none_or(|c| m.token < c) && clause_start.is_none_or(|s| m.token > s)
        };
        let mut ordered: Vec<String> = Vec::new();
        for m in mentions {
            if in_clause(m) && !ordered.contains(&m.wave) {
                ordered.push(m.wave.clone());
            }
        }
        // (With none of its own, the sentence's; not those of a clause a
        // semicolon opens after it: `Over the whole series that is just
        // over a tripling; between the first two waves alone, ...`.)
        if ordered.is_empty() && clause_start.is_none() {
            // (Nor those after `, then`, which moves on to a later change:
            // `up 172% in six years, then up roughly 16% by 2009`.)
            let then = |c: usize| tokens.get(c + 1).and_then(Spanned::word) == Some("then");
            // (Nor, for a change given a span of years, those of another
            // clause: `the total nearly tripled in six years, and the third
            // wave counted more than 8,000 arrests in 2009`, `nearly tripled
            // over those six years, a 272% increase, and by 2009 the total
            // had reached 8,144`: the span names its pair.)
            let spanned = years_span(tokens, first, last).is_some();
            // (Nor, for any change, those of a clause that opens with a
            // year and a subject of its own: `the total grew by 4,433
            // arrests, or 172 per cent, and by 2009 it reached 8,144`.)
            let dated_own = |c: usize| {
                matches!(tokens.get(c + 2).and_then(Spanned::word), Some("by" | "in"))
                    && tokens.get(c + 1).and_then(Spanned::word) == Some("and")
                    && mentions.iter().any(|m| m.token == c + 3 && !m.range)
                    // (Or `there`: `rose 172 per cent, and by 2009 there
                    // were more than 8,000`.)
                    && tokens
                        .get(c + 4)
                        .and_then(Spanned::word)
                        .is_some_and(|w| subject_word(w) || w == "there")
            };
            match next_clause
                .filter(|&c| tokens[c].is_punct(';') || then(c) || spanned || dated_own(c))
            {
                Some(c) => {
                    for m in mentions.iter().filter(|m| m.token < c) {
                        if !ordered.contains(&m.wave) {
                            ordered.push(m.wave.clone());
                        }
                    }
                }
                None => ordered = sentence.clone(),
            }
        }
        ordered.sort_by_key(|w| rank(w));
        // The year just after the amount that it is measured from (`16
        // percent above 2006`, `three times the 2000 level`).
        let word = |k: usize| tokens.get(k).and_then(Spanned::word);
        // (Not one opening another clause: `grew by 172 per cent, and from
        // 2006 to 2009 ... by a further 16 per cent`.)
        let base_year = mentions.iter().find(|m| {
            m.token >= last
                && m.token < next_amount
                && m.token <= last + 3
                && in_clause(m)
                && (m.since
                    || (m.token.checked_sub(1).and_then(word) == Some("the")
                        && word(m.token + 1).is_some_and(|w| LEVEL_NOUNS.contains(&w))))
        });
        // `had more than tripled by 2009`: the year right after the change,
        // after `by`, ends it, whatever span another part of the sentence
        // names (`grew by about 172 per cent between 2000 and 2006 and had
        // more than tripled by 2009`).
        let by_end = after
            .filter(|m| m.token >= 1 && tokens[m.token - 1].word() == Some("by"))
            .map(|m| m.wave.clone());
        let own_end = attached.as_ref().filter(|a| {
            ordered.len() >= 2
                && since.is_empty()
                && (!mentions.iter().any(|m| m.range) || by_end.as_ref() == Some(*a))
                && catalogue.waves().first().is_some_and(|x| &x.id != *a)
        });
        let own_clause: Vec<WaveMention> =
            mentions.iter().filter(|m| in_clause(m)).cloned().collect();
        // (Not a span that does not start at the year the amount is
        // measured from: `about 16 percent above 2006, a slower rise than
        // 2000 to 2006`.)
        let span_pair = span_beside(tokens, &own_clause, first, last, catalogue)
            .filter(|(a, _)| base_year.is_none_or(|b| &b.wave == a))
            .filter(|(_, b)| by_end.as_ref().is_none_or(|e| e == b));
        let explicit = span_pair.is_some();
        if let Some((a, b)) = span_pair {
            from = Some(a);
            to = Some(b);
        } else if let (Some(a), None) = (own_end, base_year) {
            // `By 2006 the number had almost tripled, to 7,010, and it
            // increased to 8,144 in 2009`: the year attached to the change
            // ends it; it starts at the one wave before, if only one is.
            to = Some(a.clone());
            let before: Vec<&String> = ordered.iter().filter(|w| rank(w) < rank(a)).collect();
            if let [one] = before.as_slice() {
                from = Some((*one).clone());
            }
        } else if let Some(b) = base_year.filter(|_| ordered.len() >= 3) {
            // Among three or more waves, the change ends in the one named
            // before it in its clause, else in the one other later wave.
            let later: Vec<&String> = ordered.iter().filter(|w| rank(w) > rank(&b.wave)).collect();
            let before_it = mentions
                .iter()
                .rev()
                .find(|m| m.token < first && !m.since && !m.range && rank(&m.wave) > rank(&b.wave))
                .map(|m| m.wave.clone());
            from = Some(b.wave.clone());
            to = before_it.or_else(|| match later.as_slice() {
                [one] => Some((*one).clone()),
                _ => None,
            });
        } else if ordered.len() >= 3 {
            // Three waves and no word to say which two: any pair may be
            // meant; what the amount fits decides, or nothing does.
        } else if ordered.len() >= 2 {
            from = ordered.first().cloned();
            to = ordered.last().cloned();
            // `That is 1,134 more than in 2006, ... and an increase of 216%
            // over 2000`: years named only as what is compared with end no
            // change; where it ends is left to the text around it.
            // (Nor the year of another level a change runs from: `up from
            // just over 7,000 in 2006, and more than three times the 2,577
            // made in 2000`.)
            let dates_a_start = |m: &WaveMention| {
                amounts.iter().enumerate().any(|(j, a)| {
                    let end = token_at(a.span[1]);
                    j != i
                        && a.role == AmountRole::From
                        && m.token >= end
                        && m.token <= end + 2
                        && (end..m.token).all(|k| tokens[k].word() == Some("in"))
                })
            };
            let ends_here = |w: &String| {
                mentions
                    .iter()
                    .any(|m| &m.wave == w && !m.since && !dates_a_start(m))
            };
            // (Nor the year it is measured from: `about 16 percent above
            // 2006, a slower rise than 2000 to 2006` starts at 2006 and
            // leaves its end to the text around it.)
            if !to.as_ref().is_some_and(ends_here)
                || base_year.is_some_and(|b| to.as_ref() == Some(&b.wave))
            {
                from = base_year.map(|b| b.wave.clone());
                to = None;
            }
        } else if let Some(w) = ordered.first() {
            // One wave named: the first wave can only be where a change
            // starts and the last where it ends; otherwise `since 2006`
            // starts it and `in 2006` ends it.
            let waves = catalogue.waves();
            let is_first = waves.first().is_some_and(|x| &x.id == w);
            let is_last = waves.last().is_some_and(|x| &x.id == w);
            // (Only a `since` of its own clause: `By 2006 ... had nearly
            // tripled; by 2009 it had climbed again, to 8,144, roughly 16
            // per cent above the 2006 level`.)
            let own_since = since.iter().any(|m| in_clause(m));
            if is_first || (own_since && !is_last) {
                from = Some(w.clone());
            } else {
                to = Some(w.clone());
                // `By 2006 ... had risen`: from the one wave before it, if
                // only one is.
                if let [one] = waves
                    .iter()
                    .filter(|x| rank(&x.id) < rank(w))
                    .collect::<Vec<_>>()
                    .as_slice()
                {
                    from = Some(one.id.clone());
                }
            }
        }
        // (A year it is measured from, stated beside it, is as much its
        // own as a pair: `8,144, or 1,134 more than in 2006, so the total
        // had more than tripled over the decade`.)
        (from, to, span_fits_no_pair) = pair_of_span(
            tokens,
            first,
            last,
            catalogue,
            from,
            to,
            explicit || base_year.is_some(),
        );
        // A change's levels name its waves (`from 508 in 2000 to 615 in
        // 2006`), read below for those amounts.
    }
    AmountWaves {
        attached,
        from,
        to,
        sentence,
        span_fits_no_pair,
    }
}

/// `across the three waves`, `over all the surveys`: words right after a
/// change (at token `last`) that span every wave of the catalogue
/// (`waves` of them).
#[allow(clippy::cast_precision_loss)]
fn spans_all_waves(tokens: &[Spanned], last: usize, waves: usize) -> bool {
    let word = |k: usize| tokens.get(k).and_then(Spanned::word);
    let mut k = last;
    if !matches!(word(k), Some("across" | "over" | "through" | "in")) {
        return false;
    }
    k += 1;
    while matches!(word(k), Some("all" | "the")) {
        k += 1;
    }
    let count = match tokens.get(k).map(|t| &t.token) {
        Some(Token::Number(n, _)) => Some(n.value()),
        Some(Token::Word(w)) => crate::claims::number_word(w),
        _ => None,
    };
    let counted = count.is_some_and(|n| (n - waves as f64).abs() < 0.5);
    if counted {
        k += 1;
    }
    let all_said = counted || word(k - 1) == Some("all");
    all_said && matches!(word(k), Some("waves" | "surveys" | "rounds"))
}

/// `tripled over six years`, `across the decade`: the pair of waves a span
/// of years beside a change names, given the pair read so far; and the span
/// when no two waves are that far apart.
#[allow(clippy::type_complexity)]
fn pair_of_span(
    tokens: &[Spanned],
    first: usize,
    last: usize,
    catalogue: &Catalogue,
    mut from: Option<String>,
    mut to: Option<String>,
    explicit: bool,
) -> (
    Option<String>,
    Option<String>,
    Option<std::ops::RangeInclusive<i32>>,
) {
    let mut span_fits_no_pair = None;
    // `an increase of 4,433 in the first six years`: from the first wave
    // to the one that many years after it, whatever else the sentence
    // dates.
    let word = |k: usize| tokens.get(k).and_then(Spanned::word);
    // (Right after the change, `an increase of 4,433 in the first six
    // years`, not another clause's `more than doubled in the first six
    // years and then rose by 1,134`.)
    // (`N years` after one of `lead`'s words.)
    let years_after = |lead: &[&str]| {
        (last..(last + 4).min(tokens.len())).find_map(|k| {
            let n = match tokens.get(k + 1).map(|t| &t.token) {
                Some(Token::Number(p, _)) => Some(p.value()),
                _ => word(k + 1).and_then(crate::claims::number_word),
            }?;
            (word(k).is_some_and(|w| lead.contains(&w))
                && matches!(word(k + 2), Some("years" | "year")))
            .then(|| whole_years(n))
            .flatten()
        })
    };
    let first_years = years_after(&["first"]);
    // `rose by about a quarter between 2006 and 2009, after rising by 172%
    // in the previous six years`: a span right after the change that runs
    // up to the pair read so far ends at that pair's first wave.
    let previous_years = years_after(&["previous", "preceding"]);
    if let (Some(n), Some(a)) = (previous_years, from.as_ref()) {
        let waves = catalogue.waves();
        let end = waves.iter().find(|w| &w.id == a);
        let start = end
            .and_then(|w| w.years.first().copied())
            .and_then(|y| waves.iter().find(|w| w.years.first() == Some(&(y - n))));
        if let (Some(s), Some(e)) = (start, end) {
            return (Some(s.id.clone()), Some(e.id.clone()), None);
        }
    }
    // `over the full period they more than tripled`: the first wave to the
    // last, within its clause.
    let semicolon_between = |k: usize| {
        (k.min(first)..k.max(last)).any(|j| tokens.get(j).is_some_and(|t| t.is_punct(';')))
    };
    // (Right before the change or right after it.)
    let whole_period = (first.saturating_sub(8)..(last + 2).min(tokens.len())).any(|k| {
        matches!(word(k), Some("over" | "across" | "throughout" | "during"))
            && word(k + 1) == Some("the")
            && matches!(word(k + 2), Some("full" | "whole" | "entire"))
            // (`Over the whole decade, arrests nearly tripled`.)
            && matches!(word(k + 3), Some("period" | "series" | "span" | "decade"))
            && !semicolon_between(k)
            && (k >= last || first.saturating_sub(k + 4) <= 3)
            // (A comma only after the span that opens the sentence: `Over
            // the whole decade, arrests nearly tripled`.)
            && !(k + 4..first).any(|j| {
                tokens.get(j).is_some_and(|t| t.is_punct(','))
                    && !(j == k + 4 && tokens[..k].iter().all(|t| t.word().is_none()))
            })
    });
    if whole_period {
        let waves = catalogue.waves();
        if let (Some(a), Some(b)) = (waves.first(), waves.last())
            && waves.len() >= 2
        {
            return (Some(a.id.clone()), Some(b.id.clone()), None);
        }
    }
    if let Some(n) = first_years {
        let waves = catalogue.waves();
        let start = waves.first().and_then(|w| w.years.first().copied());
        let end = start.and_then(|y| waves.iter().find(|w| w.years.first() == Some(&(y + n))));
        if let (Some(a), Some(b)) = (waves.first(), end) {
            return (Some(a.id.clone()), Some(b.id.clone()), None);
        }
    }
    // `an increase of 216 per cent across the three waves`: from the first
    // wave to the last, whatever else the sentence dates.
    if spans_all_waves(tokens, last, catalogue.waves().len()) {
        let waves = catalogue.waves();
        if let (Some(a), Some(b)) = (waves.first(), waves.last())
            && waves.len() >= 2
        {
            return (Some(a.id.clone()), Some(b.id.clone()), None);
        }
    }
    // `tripled over six years`, `across the decade`: a span of years
    // names the pair of waves that far apart, when one pair is.
    // A pair of waves the span contradicts (`to 8,144 in the third,
    // an increase of 316% over the decade`: not 2006 to 2009) keeps
    // only its end.
    // (A pair of years stated beside the change is its own, whatever span
    // another change's words give: `tripled across the decade and grew by
    // about 1,100 from 2006 to 2009 alone`.)
    let span = years_span(tokens, first, last).filter(|_| !explicit);
    let first_year = |id: &str| {
        catalogue
            .waves()
            .iter()
            .find(|w| w.id == id)
            .and_then(|w| w.years.first().copied())
    };
    if let (Some(span), Some(a), Some(b)) = (&span, &from, &to)
        && let (Some(x), Some(y)) = (first_year(a), first_year(b))
        && !span.contains(&(y - x))
    {
        from = None;
    }
    if (from.is_none() || to.is_none())
        && let Some(span) = span
    {
        let waves = catalogue.waves();
        let year = |w: &crate::study::catalogue::Wave| w.years.first().copied();
        let pairs: Vec<(String, String)> = waves
            .iter()
            .enumerate()
            .flat_map(|(a, wa)| waves[a + 1..].iter().map(move |wb| (wa, wb)))
            .filter(|(wa, wb)| {
                year(wa)
                    .zip(year(wb))
                    .is_some_and(|(x, y)| span.contains(&(y - x)))
                    && from.as_ref().is_none_or(|f| *f == wa.id)
                    && to.as_ref().is_none_or(|t| *t == wb.id)
            })
            .map(|(wa, wb)| (wa.id.clone(), wb.id.clone()))
            .collect();
        match pairs.as_slice() {
            [(a, b)] => {
                from = Some(a.clone());
                to = Some(b.clone());
            }
            [] => span_fits_no_pair = Some(span),
            _ => {}
        }
    }
    (from, to, span_fits_no_pair)
}

/// Words before a number that make it an identifier (`NCJ Number 310519`,
/// `dataset 135`, `Table 2`).
const IDENTIFIER_WORDS: &[&str] = &[
    // `proposed hut 112, seconded hut 87`, `registered charity 1187 432`.
    // (`Cub Scout Pack 212`, `Troop 14`: a scout unit's number.)
    "pack",
    "troop",
    // `Poster 47, Session B`.
    "poster",
    "hut",
    "huts",
    "charity",
    // `Training Room B2, Station 14`.
    "station",
    // `Rounds 4, 7 and 11`.
    "rounds",
    // `their own cabin block, Rooms 12 to 18`.
    "rooms",
    // `Circular 14/2026`, `apologies from stores 22 and 31`.
    "circular",
    "store",
    "stores",
    // `at mile 47`, `Finds tray 14`, `event 31`, `between mileposts 42 and
    // 47`.
    "mile",
    "milepost",
    "mileposts",
    "tray",
    "event",
    // `Difficulty 3, Terrain 1.5`: a geocache's ratings.
    "difficulty",
    "terrain",
    // `Bus 22 from the station`, `route 7`.
    "bus",
    "route",
    // `pigeonhole 14`, `clip 11`, `SESSION PLAN 3 OF 4`.
    "pigeonhole",
    "pigeonholes",
    "clip",
    "clips",
    "plan",
    // `TOOLBOX TALK 9 of 12`.
    "talk",
    // `flat 41`, `cue 49`, `Drill 5.2`.
    "flat",
    "flats",
    "apartment",
    "cue",
    "cues",
    "drill",
    // `Column 12`, `Chrome 131`, `Safari 18`.
    "column",
    "chrome",
    "safari",
    "firefox",
    // `meets Standard 7.4`.
    "standard",
    "standards",
    // Things a venue numbers: `cameras 7 and 31`, `units 1 to 62`,
    // `(locker 14)`, `Stable 14`, `Self-check 12.4`.
    "camera",
    "cameras",
    "units",
    "locker",
    "lockers",
    "stable",
    "stables",
    "self-check",
    "check",
    "stalls",
    "paddock",
    "machine",
    "machines",
    "plot",
    "plots",
    "grave",
    "graves",
    "kennel",
    "number",
    // Places numbered on a venue: `pegs 1 to 20`, `gate 12`, `row 3`.
    "peg",
    "pegs",
    "swim",
    "swims",
    "pitch",
    "pitches",
    "lane",
    "lanes",
    "bay",
    "bays",
    "gate",
    "gates",
    "seat",
    "seats",
    "flight",
    "terminal",
    "condition",
    "weeks",
    "ring",
    "loft",
    "note",
    "notes",
    "stand",
    "stands",
    "classes",
    "codes",
    "debit",
    "account",
    "outcome",
    "loom",
    "berth",
    "minute",
    "bulletin",
    "lots",
    "chem",
    "unit",
    "claims",
    "class",
    "improvement",
    "justification",
    "objective",
    "stage",
    "segment",
    "segments",
    "criterion",
    "criteria",
    "task",
    "domain",
    "lot",
    // `Sale 118: British and World Coins`: an auction house's sale.
    "sale",
    "rules",
    "kits",
    "kit",
    "paragraphs",
    "footnote",
    "endnote",
    "suite",
    "build",
    "cards",
    "android",
    "ios",
    "windows",
    "macos",
    "evaluator",
    "article",
    "route",
    "routes",
    "action",
    "mic",
    "priority",
    "option",
    "no",
    "ncj",
    "grant",
    "isbn",
    "award",
    "dataset",
    "episode",
    // `Show 212 | Sunday 8 November`: a programme's show number.
    "show",
    // `(ABN 51 824 753 556)`: a business number.
    "abn",
    "chapter",
    "section",
    "table",
    "appendix",
    "volume",
    "question",
    "item",
    "story",
    "session",
    "policy",
    "sec",
    "part",
    "post",
    "slide",
    "ward",
    "exercise",
    "module",
    "ext",
    "room",
    // `Hall B, Board 14`: a poster's board.
    "board",
    "district",
    "bill",
    "grade",
    "grades",
    "paper",
    "extension",
    "claim",
    "gallery",
    // `Lost-child point: Tent 12`.
    "tent",
    // `Hazard 5 of 6: online contact`.
    "hazard",
    // `proposed by member 14, seconded by member 22`.
    "member",
    // `Van 12 is off the road until Thursday`.
    "van",
    // `the towpath between Lock 14 and Lock 15`.
    "lock",
    "lorry",
    "truck",
    "stall",
    "pitch",
    "panel",
    "lab",
    "case",
    "group",
    "exhibit",
    "finding",
    "recommendation",
    "tactic",
    "week",
    "lecture",
    "stop",
    "measure",
    "set",
    "press",
    "step",
    "chapters",
    "row",
    "rows",
    "chyron",
    "assignment",
    "branch",
    "protocol",
    "handout",
    "lesson",
    "stall",
    "troop",
    // `with Troops 212 and 389`: Scout troops' numbers.
    "troops",
    "booth",
    "card",
    "point",
    "page",
    "track",
    "course",
    "rule",
    "vol",
    "p",
    "pp",
    "reference",
    "reviewer",
    "comment",
    "version",
    "draft",
    "issue",
    "level",
    "requirement",
    "line",
    "annex",
    "fy",
    "document",
    "doc",
    "dkt",
    "paragraph",
    "type",
    "order",
    "tile",
    "output",
    "points",
    "month",
    "beta",
    "rated",
    "theatre",
    "theater",
    "cinema",
    "screen",
    "topic",
    "reading",
    "reel",
    "certificate",
    "para",
    "ep",
    "box",
    "studio",
    "auditorium",
    "act",
    "scene",
    "season",
    "hall",
    "entry",
    "entries",
    "cell",
    "cells",
    "day",
    "clause",
    "clauses",
    "motion",
    "gfx",
    "notice",
    "procedure",
    "slides",
    "folder",
    "run",
    "sprint",
    "frame",
    "frames",
    "epic",
    "ticket",
    "pr",
    "form",
    "sheet",
    "milestone",
    "guideline",
    "bldg",
    "building",
    "sections",
    "precinct",
    "v",
    "vv",
    "verse",
    "verses",
    "channel",
    "items",
    "revision",
    "test",
    "floor",
    "tier",
    "tiers",
    "squad",
    "squads",
    "size",
    "category",
    "aim",
    "block",
    "tape",
    "voyage",
    "activity",
    "plate",
    "goal",
    "field",
    "period",
    "periods",
    // `Cabin 12 is back!`: a cable car's numbered cabin.
    "cabin",
    "gondola",
];

/// Labels whose value after a colon is not an amount (`Word count: 248`).
const LABEL_WORDS: &[&str] = &[
    "recorded",
    "contacts",
    "run",
    "job",
    "batch",
    "rows",
    "columns",
    "records",
    "present",
    "apologies",
    "absent",
    "count",
    "runs",
    "length",
    "time",
    "ext",
    "pages",
    "keywords",
    "references",
    "figures",
    "hours",
    "year",
    "battery",
    "warranty",
    "extent",
    "residual",
    "inherent",
    "likelihood",
    "impact",
];

/// Words that say nothing of what an amount is about.
const FUNCTION_WORDS: [&str; 38] = [
    "and", "but", "or", "by", "in", "on", "at", "the", "a", "an", "of", "for", "to", "from",
    "with", "while", "then", "that", "year", "than", "more", "nearly", "about", "almost", "over",
    "under", "some", "only", "just", "first", "second", "third", "wave", "against", "versus", "vs",
    "compared", "roughly",
];

/// Whether the clause of the amount at `span` says nothing but the amount
/// and its time (`In 2006 police made 2,577 arrests, and by 2009 more than
/// 8,000`; `the first rests on 612 interviews, the second on 1,015`): it
/// is about what the clause before it was.
pub(crate) fn elliptical(tokens: &[Spanned], span: [usize; 2]) -> bool {
    let first = tokens.partition_point(|t| t.start < span[0]);
    let last = tokens.partition_point(|t| t.start < span[1]);
    let start = tokens[..first]
        .iter()
        .rposition(clause_break)
        .map_or(0, |k| k + 1);
    // `2,577 arrests in 2000 and just over seven thousand in 2006`: `and`
    // after an earlier amount opens a clause too.
    let start = tokens[start..first]
        .iter()
        .rposition(|t| {
            t.word()
                .is_some_and(|w| matches!(w, "and" | "but" | "while" | "whereas"))
        })
        .map(|k| start + k)
        .filter(|&k| {
            tokens[start..k]
                .iter()
                .any(|t| matches!(&t.token, Token::Number(_, r) if r.len() != 4))
        })
        .unwrap_or(start);
    let end = tokens[last..]
        .iter()
        .position(|t| clause_break(t) || t.is_punct('.'))
        .map_or(tokens.len(), |k| last + k);
    // A clause of its own, after another: the first clause is never
    // elliptical.
    start > 0
        && (start..first)
            .chain(last..end)
            .all(|k| match tokens[k].word() {
                // `...; by 2006 it was fewer than one in ten`: a pronoun
                // and its verb say no more than the clause before.
                Some(w) => {
                    FUNCTION_WORDS.contains(&w)
                        || matches!(w, "it" | "they" | "was" | "were" | "is" | "are" | "stood")
                }
                None => true,
            })
}

/// The years a sentence says a change took (`over six years`, `in six
/// years`, `across the decade`), as the differences of first years it
/// admits.
///
/// The span nearest the amount at tokens `first..last` is its own (`a
/// rise of 172 percent in six years, and across the decade the total
/// tripled`).
fn years_span(
    tokens: &[Spanned],
    first: usize,
    last: usize,
) -> Option<std::ops::RangeInclusive<i32>> {
    let distance = |k: usize| {
        if k >= last {
            k - last
        } else {
            first.saturating_sub(k)
        }
    };
    // (Not across a semicolon: `roughly tripled over the decade; between
    // 2006 and 2009 alone it rose by about 16 per cent`.)
    // (Nor across `, then`, which moves on to another change: `up 172% in
    // six years, then up roughly 16% by 2009`.)
    // (Nor, after the amount, across `, and` or `, but`, which opens the
    // next predicate, whose span it is: `4,433 more arrests between the
    // first two waves, and the total more than tripled over the decade`.)
    let across_semicolon = |k: usize| {
        (k.min(first)..k.max(last)).any(|j| {
            tokens.get(j).is_some_and(|t| {
                let next = tokens.get(j + 1).and_then(Spanned::word);
                t.is_punct(';')
                    || (clause_break(t) && next == Some("then"))
                    || (k > last && clause_break(t) && matches!(next, Some("and" | "but")))
            })
        })
    };
    // (Nor out of brackets that hold the amount: `7,010 in 2006 (4,433
    // more, or about 2.7 times as many) and 8,144 in 2009, more than
    // quadrupling over the decade`.)
    let open = (0..first)
        .rev()
        .map_while(|j| (!tokens[j].is_punct(')')).then_some(j))
        .find(|&j| tokens[j].is_punct('('));
    let close = (last..tokens.len())
        .map_while(|j| (!tokens[j].is_punct('(')).then_some(j))
        .find(|&j| tokens[j].is_punct(')'));
    let in_brackets = |k: usize| match (open, close) {
        (Some(o), Some(c)) => o < k && k < c,
        _ => true,
    };
    let mut spans: Vec<(usize, std::ops::RangeInclusive<i32>)> = (0..tokens.len())
        .filter(|&k| !across_semicolon(k) && in_brackets(k))
        .filter_map(|k| span_at(tokens, k).map(|s| (k, s)))
        .collect();
    spans.sort_by_key(|(k, _)| distance(*k));
    spans.into_iter().next().map(|(_, s)| s)
}

/// The span of years a phrase at token `k` states, if one does.
fn span_at(tokens: &[Spanned], k: usize) -> Option<std::ops::RangeInclusive<i32>> {
    let word = |k: usize| tokens.get(k).and_then(Spanned::word);
    if !word(k).is_some_and(|w| matches!(w, "over" | "in" | "within" | "across" | "during")) {
        return None;
    }
    // `across the decade`, `in a decade`, `over the past decade`, `in the
    // past 10 years`.
    let lead = (k + 1..k + 3)
        .take_while(|&j| {
            // (Or `over those six years`, `in these six years`.)
            word(j).is_some_and(|w| {
                matches!(
                    w,
                    "the" | "a" | "one" | "past" | "last" | "previous" | "those" | "these"
                )
            })
        })
        .count();
    if lead > 0 && word(k + 1 + lead) == Some("decade") {
        return Some(8..=10);
    }
    let at = k + 1 + lead;
    let n = match tokens.get(at).map(|t| &t.token) {
        Some(Token::Number(p, _)) => Some(p.value()),
        _ => word(at).and_then(crate::claims::number_word),
    }?;
    let years = word(at + 1).is_some_and(|w| w == "years" || w == "year");
    (years && (1.0..=20.0).contains(&n) && n.fract() == 0.0).then(|| {
        #[allow(clippy::cast_possible_truncation)]
        let n = n as i32;
        // `ten years` is a round decade, as `the decade` is.
        if n == 10 { 8..=10 } else { n..=n }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::{QuantifierTable, lex, read_sentence};

    fn catalogue() -> Catalogue {
        Catalogue::embedded().unwrap()
    }

    /// Every count figure of the data, as its dataset holds it.
    fn study_counts() -> Vec<f64> {
        let c = catalogue();
        c.figures()
            .iter()
            .filter_map(|f| {
                let (d, id) = c.evidence_source(f);
                let ds = &c.datasets()[d];
                ds.unit(&id)
                    .is_some_and(crate::data::Unit::is_count)
                    .then(|| ds.value(&id))
                    .flatten()
            })
            .collect()
    }

    #[test]
    fn smallest_study_count_is_the_datas() {
        // `few_people` leans on it: no count of the data is smaller.
        let smallest = study_counts().into_iter().fold(f64::INFINITY, f64::min);
        assert_eq!(smallest, SMALLEST_STUDY_COUNT);
    }

    #[test]
    fn every_wave_and_dated_source_is_before_the_first_year_after_the_study() {
        // `own_survey_share` leans on it: a survey dated in that year or
        // later is the writer's own.
        let c = catalogue();
        let years: Vec<i32> = c
            .waves()
            .iter()
            .flat_map(|w| w.years.iter().copied())
            .chain(
                c.datasets()
                    .iter()
                    .flat_map(|d| d.sources().iter().filter_map(|s| s.published))
                    .map(|d| d.year()),
            )
            .collect();
        assert!(years.len() > 3, "{years:?}");
        let last = years.iter().copied().max().unwrap();
        assert!(f64::from(last) < FIRST_YEAR_AFTER_THE_STUDY, "{last}");
    }

    #[test]
    fn no_study_count_is_as_long_as_a_serial() {
        // `slashed_code` leans on it: a number of five digits after a
        // slash is no count of the data.
        let largest = study_counts().into_iter().fold(0.0, f64::max);
        assert!(largest > 0.0 && largest < SERIAL_AT_LEAST, "{largest}");
        assert_eq!(SERIAL_AT_LEAST.to_string().len(), SERIAL_DIGITS);
    }

    fn waves(c: &Catalogue, text: &str) -> Vec<(String, bool, bool)> {
        wave_mentions(&lex(text, false), None, c)
            .into_iter()
            .map(|m| (m.wave, m.since, m.range))
            .collect()
    }

    #[test]
    fn years_and_ordinals_name_waves_and_publication_years_do_not() {
        let c = catalogue();
        let w = |s: &str| (s.to_string(), false, false);
        assert_eq!(waves(&c, "615 arrests in 2006"), [w("w2006")]);
        assert_eq!(waves(&c, "arrests in 2001"), [w("w2000")]);
        assert_eq!(waves(&c, "The 2003 report found"), []);
        assert_eq!(waves(&c, "a study published in 2011"), []);
        // Author-year citations date publications.
        for cited in [
            "violence occurred in 5% of cases (Wolak et al., 2004).",
            "one qualifying arrest (Mitchell, Wolak, & Finkelhor, 2005).",
            "Wolak, Finkelhor and Mitchell (2009) reported that arrests rose",
        ] {
            assert_eq!(waves(&c, cited), [], "{cited}");
        }
        assert_eq!(waves(&c, "arrests (in 2006) rose"), [w("w2006")]);
        assert_eq!(waves(&c, "In two thousand six, police"), [w("w2006")]);
        assert_eq!(waves(&c, "By two thousand nine it"), [w("w2009")]);
        assert_eq!(waves(&c, "made two thousand arrests"), []);
        assert_eq!(
            waves(&c, "of two thousand five hundred and seventy-four agencies"),
            []
        );
        let range = |s: &str| (s.to_string(), false, true);
        for span in ["the 2006-to-2009 change", "the 2006-2009 change"] {
            assert_eq!(waves(&c, span), [range("w2006"), range("w2009")], "{span}");
        }
        assert_eq!(
            waves(&c, "by the first wave, 2000)"),
            [w("w2000"), w("w2000")]
        );
        assert_eq!(waves(&c, "in the first wave"), [w("w2000")]);
        assert_eq!(waves(&c, "a second-wave count"), [w("w2006")]);
        assert_eq!(waves(&c, "in 2014"), [w("?2014")]);
        assert_eq!(waves(&c, "up from 2,577 in the first survey"), [w("w2000")]);
        assert_eq!(waves(&c, "the second national survey"), [w("w2006")]);
        let range = |s: &str| (s.to_string(), false, true);
        assert_eq!(
            waves(&c, "between the first and second surveys"),
            [range("w2000"), range("w2006")]
        );
        assert_eq!(
            waves(&c, "in the first and second surveys"),
            [w("w2000"), w("w2006")]
        );
        assert_eq!(waves(&c, "the first survey's 129 interviews"), [w("w2000")]);
        assert_eq!(waves(&c, "the first step"), []);
        assert_eq!(
            waves(&c, "between the first two waves"),
            [range("w2000"), range("w2006")]
        );
        assert_eq!(
            waves(&c, "Between the second and third, by a tenth"),
            [range("w2006"), range("w2009")]
        );
        assert_eq!(
            waves(&c, "rose to 877 between the first and second surveys"),
            [range("w2000"), range("w2006")]
        );
        assert_eq!(
            waves(&c, "7,000 in the second wave and 8,100 in the third."),
            [w("w2006"), w("w2009")]
        );
        // `on 2006` after a change's unit, `above the 2006 one`: where a
        // change starts.
        let since = |s: &str| (s.to_string(), true, false);
        assert_eq!(waves(&c, "up 26 per cent on 2006"), [since("w2006")]);
        assert_eq!(waves(&c, "1,134 above the 2006 one"), [since("w2006")]);
        assert_eq!(waves(&c, "agreed on 2006 as the year"), [w("w2006")]);
        assert_eq!(
            waves(&c, "up 381 percent over 2000"),
            [("w2000".to_string(), true, false)]
        );
        assert_eq!(
            waves(&c, "between 2000 and 2006"),
            [
                ("w2000".to_string(), false, true),
                ("w2006".to_string(), false, true)
            ]
        );
    }

    /// The waves of the first change of a sentence.
    fn change_waves(c: &Catalogue, text: &str) -> (Option<String>, Option<String>) {
        let parsed = read_sentence(text, &QuantifierTable::shared_default());
        let tokens = lex(text, false);
        let mentions = wave_mentions(&tokens, parsed.period_span, c);
        let i = parsed
            .amounts
            .iter()
            .position(|a| a.kind == crate::data::ClaimKind::Change)
            .expect("a change");
        let w = amount_waves(&parsed, i, &tokens, &mentions, c);
        (w.from, w.to)
    }

    #[test]
    fn a_change_takes_its_waves_from_its_own_words() {
        let c = catalogue();
        let pair = |a: &str, b: &str| (Some(a.to_string()), Some(b.to_string()));
        assert_eq!(
            change_waves(
                &c,
                "The 2009 figure is 16 percent above 2006 and three times the 2000 level"
            ),
            pair("w2006", "w2009")
        );
        assert_eq!(
            change_waves(
                &c,
                "In 2009, arrests were more than three times the 2000 level, against 7,010 in 2006"
            ),
            pair("w2000", "w2009")
        );
        // Three waves and no word for which two: none assumed.
        assert_eq!(
            change_waves(&c, "Arrests in 2000, 2006 and 2009 rose 16 percent"),
            (None, None)
        );
        // A span of years names the one pair of waves that far apart.
        assert_eq!(
            change_waves(&c, "arrests tripled over six years"),
            pair("w2000", "w2006")
        );
        assert_eq!(
            change_waves(&c, "a fivefold rise across the decade"),
            pair("w2000", "w2009")
        );
        // The clause after `, and` keeps its span to itself.
        assert_eq!(
            change_waves(
                &c,
                "That is almost 3 times as many in 2006 as in 2000, and roughly a 16% rise from 2006 to 2009."
            ),
            pair("w2000", "w2006")
        );
        for text in [
            "arrests have more than tripled in a decade",
            "up threefold over the past decade",
        ] {
            assert_eq!(change_waves(&c, text), pair("w2000", "w2009"), "{text}");
        }
        assert_eq!(
            change_waves(
                &c,
                "raised to 7,010 in the second wave and to 8,144 in the third, an increase of 316% over the decade"
            ),
            pair("w2000", "w2009")
        );
        assert_eq!(
            change_waves(&c, "arrests rose 16 percent in three years"),
            pair("w2006", "w2009")
        );
        assert_eq!(
            change_waves(&c, "arrests rose 16 percent in four years"),
            (None, None)
        );
    }

    #[test]
    fn a_clause_of_only_an_amount_and_its_time_is_elliptical() {
        let at = |text: &str, amount: &str| {
            let a = text.find(amount).unwrap();
            elliptical(&lex(text, false), [a, a + amount.len()])
        };
        let t = "In 2006 police made 2,577 arrests, and by 2009 more than 8,000.";
        assert!(at(t, "more than 8,000"));
        assert!(!at(t, "2,577"), "the first clause is never elliptical");
        assert!(at(
            "The first wave rests on 612 interviews, the second on 1,015.",
            "1,015"
        ));
        assert!(!at(
            "Arrests rose to 7,010, while solicitations reached 3,100.",
            "3,100"
        ));
        // A bare ordinal after `the` is a wave only beside an ordinal wave.
        let c = catalogue();
        let w = waves(
            &c,
            "The first wave rests on 612 interviews, the second on 1,015",
        );
        assert_eq!(
            w.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
            ["w2000", "w2006"]
        );
        assert_eq!(waves(&c, "the second on 1,015").len(), 0);
        assert_eq!(
            waves(
                &c,
                "more interviews in the second wave than the first: 1,051"
            )
            .len(),
            1
        );
    }

    /// How many of a sentence's amounts are amounts of a figure.
    fn kept(text: &str) -> usize {
        let parsed = read_sentence(text, &QuantifierTable::shared_default());
        let tokens = lex(text, false);
        parsed
            .amounts
            .iter()
            .filter(|a| !not_an_amount(a, &tokens, text))
            .count()
    }

    #[test]
    fn numbers_of_the_prose_are_not_amounts() {
        for text in [
            "between the two time periods",
            "in the 12 months after arrest",
            "1. The total",
            "see page 4",
            "the offenders fell into two main groups",
            "significant (p<.001 for both)",
        ] {
            assert_eq!(kept(text), 0, "{text}");
        }
        assert_eq!(kept("about half were 39 or younger"), 1);
        assert_eq!(kept("Police made 615 arrests"), 1);
        assert_eq!(kept("arrests rose 21 percent"), 1);
        // A sample size is an amount; a number glued to a name is not.
        assert_eq!(kept("telephone interviews (N=612)"), 1);
        assert_eq!(kept("the N-JOV4 study"), 0);
        for text in [
            "a 95% confidence interval",
            "NCJ Number 310519",
            "crimes against children and youth.2 Since then",
            "a 2-stage survey",
        ] {
            assert_eq!(kept(text), 0, "{text}");
        }
        assert_eq!(kept("arrests rose 4-fold"), 1);
        assert_eq!(kept("The number more than doubled"), 1);
        assert_eq!(kept("asked police about arrests:\n\n1. 2,574 agencies"), 1);
        assert_eq!(kept("about 0.2 percent of cases"), 1);
        for text in [
            "the victim was under 18, and the arrest",
            "distributed as its dataset 135 by the archive",
            "citing 3 nationwide surveys",
            "surveyed the same agencies three times: about arrests",
            "the two growth rates would have been alike",
            "our two hosts walk through it",
        ] {
            assert_eq!(kept(text), 0, "{text}");
        }
        for text in [
            "the two were treated alike.[14] The figures",
            "(1/9) A thread on the study",
            "RUNS: 1:50",
            "the 6 P.M. block",
            "STORY 4 OF 9",
            "Id. at 8.",
            "Cf. 18 U.S.C. Sec. 2252A(a)(5)(B)",
            "three kinds: (1) Internet crimes against identified victims",
            "Session 4B",
            "Word count: 248",
            "surveyed police agencies three times.",
            "under Board Policy 5131",
        ] {
            assert_eq!(kept(text), 0, "{text}");
        }
        assert_eq!(
            kept("It rested on three surveys: two were of youth; a third consisted of interviews"),
            0
        );
        assert_eq!(
            kept("Of the three waves' arrests, a third of the arrests were"),
            1
        );
        for text in [
            "WKRB 88.7 FM",
            "the girls, aged 13, 14 or 15, are targeted",
            "(Journal of Adolescent Health 47, 2010)",
            "illegal in all 50 states",
            "(Ward 6)",
            "Exercise 7.3 (",
            "Module 3 of 5",
            "call ext. 4471",
        ] {
            assert_eq!(kept(text), 0, "{text}");
        }
        for text in [
            "thank you for hearing House Bill 1147, which would fund",
            "students in grades 6 through 8 on Tuesday, March 9, at the school",
            "Call (603) 555-0142 for details",
            "If a child is in danger, call 911.",
            "Intro.\n2.3 Law-enforcement responses",
            "three out of four were girls thirteen to fifteen, and",
        ] {
            assert_eq!(
                kept(text),
                usize::from(text.contains("three out of four")),
                "{text}"
            );
        }
        for text in [
            "With the Foundation's support of $1.2 million, the team",
            "the second abstract (paper 217). Designing a survey",
            "76.4% of them were over 25, according to",
            "call the office at extension 4417 for",
            "Id. at 4. Cf. 18 U.S.C. \u{a7} 2422(b) (2006).",
            "printed at 24 x 36 in for the lobby",
            "In two thousand six, police made",
            "Claim 3: the senator said",
            "1/ Thread on the first study, which counted",
            "Agencies with 1 to 3 arrests had every case interviewed",
            "Reading notes for SOC 318, spring term",
            "GALLERY 4. Case 12. Panel 3 of 5",
            "Lab 3 - Shares, by group 4",
            "Childcare for ages 4 and up in Room 2.",
            "Grading: 4 points for (a), 8 for (b), 6 for (c), 2 for (d).",
            "Finding 7. Recommendation 7.1 follows.",
            "Keywords: 4; references: 31",
            "Internet Sex Crimes Against Minors: The Response of Law Enforcement 1 (2003).",
            "I will put two more detectives on the unit.",
            "Pat, for the steering committee (all 3 of us)",
            "our free handout for parents of children 10 and up.",
            "Takeaways (Priya's 3):",
            "In the past year this office filed 37 cases and obtained 34 convictions, most by plea.",
            "Our grantees trained 1,240 investigators and prosecutors this year across 14 states.",
            "Tactic 2: honeypots. Week 10 readings; Lecture 9, problem set 4.",
            "Stop 14. Press 15 to hear more. Ballot Measure 3: step 2",
            "In the reporting year our detectives made 14 arrests and assisted 9 outside agencies.",
            "Any errors in the procedures described in Chapters 12 and 19 are mine alone.",
            "CHYRON 4: ARRESTS UP",
            "Assignment 2 (League of Voters, Oct. 14); the help line is open 24/7.",
            "Safety checks run 7 to 11 a.m. on Saturdays.",
            "Our 12 members who completed the training are glad to help.",
            "Round 4 - Affirmative. Speaker points: Affirmative 27.5, Negative 28.",
            "Row 1, online meeting.",
            "Our grant funded 2 workshops using these rows.",
            "when a series has only three points",
            "the same fact written twice",
            "Our training log so far: 310 miles between us since June.",
            "Branch 112, Health and Safety Representative's Report. Item 6: Protocol 417.",
            "Parent Handout 7, given at Lesson 7. Open weekdays 8 to 6, Saturdays 9 to 1.",
            "Visit us (stall 14) or the fair (booth 7). TROOP 212 LEADERS' BULLETIN",
            "In that group 76.4% of the offenders were older than 25.",
            "Card 1 - Scale of the problem (Aff). Card 5 - Sample.",
            "Allow 45 minutes for the gallery and 15 for the discussion.",
            "Come back for a fever above 102 F. Floor meeting Sunday at 9.",
            "Chaplains are available on weekdays from 8 until 6 and on call.",
            "See point 3 of her list of 5. UNIT 6, PAGE 4 OF 9. Starting July 2000 we met.",
            "Is \"16 percent higher\" a big rise?",
            "Take the \"5 Family Rules\" card.",
            "The committee (4 members) met.",
            "Present: 14 members; Officer Ruiz. Apologies: 3.",
            "Standings after week 11: the Pin Pals lead by 4 points. High game this month: 268.",
        ] {
            assert_eq!(kept(text), usize::from(text.contains("76.4%")), "{text}");
        }
        // Not a date in lower case, nor a share heading a line.
        assert_eq!(kept("arrests may 5 times exceed"), 1);
        assert_eq!(kept("girls were 13 to 15 percent of victims"), 1);
        assert_eq!(kept("arrests (615) in 2006"), 1);
        assert_eq!(kept("three times the 2000 figure"), 1);
        assert_eq!(kept("the two-thirds of arrests"), 1);
        assert_eq!(kept("under 18 percent of arrests"), 1);
        assert_eq!(kept("arrests grew three times over"), 1);
        // Not a fraction in the prose, nor a count of bounds not after
        // `with`.
        // (Numbers above ten: a whole number of ten or less is no amount.)
        assert_eq!(kept("a rate of 12/ 40 in the sample"), 2);
        // A post's number, then an amount.
        assert_eq!(kept("thread\n7/ 40% were dual offenders"), 1);
        assert_eq!(kept("arrests rose from 10 to 15 percent"), 2);
        // Not a count owned by a noun, nor one followed by a number.
        assert_eq!(kept("the study's 2,577 arrests"), 1);
        assert_eq!(kept("arrests rose to 615 and up to 3,100"), 2);
        assert_eq!(kept("all 2,577 of them were counted"), 1);
        // A multiple at a clause's end, and an amount after a semicolon
        // that follows an identifier word.
        assert_eq!(kept("Such cases rose 2.6 times, from 935 to 2,417"), 3);
        assert_eq!(kept("no other offence in the case; 31 percent had"), 1);
        // Not a round number, a score's change, a multiple, nor the study's
        // own counts in the first person.
        assert_eq!(kept("a round 2,500 arrests"), 1);
        assert_eq!(kept("the share rose three points"), 1);
        assert_eq!(kept("arrests more than doubled, twice the rate"), 2);
        assert_eq!(
            kept("We interviewed 12 investigators for the 2006 survey"),
            1
        );
        // Not the study's own counts, in first person.
        assert_eq!(kept("This year our survey found 8,144 arrests"), 1);
        assert_eq!(kept("In 2009 we counted 8,144 arrests, up this year"), 1);
    }

    fn first_subject(c: &Catalogue, text: &str, amount: &str) -> Vec<String> {
        let tokens = lex(text, false);
        let at = text.find(amount).unwrap();
        let hits = subjects(
            c,
            &tokens,
            [at, at + amount.len()],
            text.len(),
            0,
            AliasReads::Share,
        );
        let h = &hits[0];
        h.aliases
            .iter()
            .map(|&(d, a)| c.alias_tables()[d].aliases()[a].figure.clone())
            .collect()
    }

    #[test]
    fn a_phrase_that_names_the_whole_yields_to_the_share() {
        let c = catalogue();
        // The possessors are the whole of the share of images.
        assert_eq!(
            first_subject(
                &c,
                "83% of arrested offenders who possessed child pornography had images of children between the ages of 6 and 12",
                "83%"
            ),
            ["possessors.images_age_6_12"]
        );
        // A relative clause right after the amount describes its whole.
        assert_eq!(
            first_subject(
                &c,
                "1 in 6 cases that began with investigations of CP possession caught offenders who had molested children",
                "1 in 6"
            ),
            ["cp_found_molesters"]
        );
    }
}
