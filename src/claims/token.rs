//! Splitting claim sentences and quantifier phrases into tokens.
//!
//! Words are lower-cased; a hyphen between two letters or between a digit and
//! a letter splits a word (`one-third` reads as `one third`, `5-fold` as
//! `5 fold`), and so does a number word glued to `fold` (`fivefold` reads as
//! `five fold`); numbers keep their printed form so that their precision is
//! known (`2,500`, `38.7`). A number whose thousands separators are
//! misplaced (`2,50`) is kept as a [`Token::BadNumber`] for the grammar to
//! report: lexing never fails, and it is one pass over the characters.

use crate::data::PrintedNumber;
use crate::error::{Error, Result};

/// One token of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Token {
    /// A lower-cased word.
    Word(String),
    /// A number as printed.
    Number(PrintedNumber, String),
    /// Digits that are not one number as printed (`2,50`).
    BadNumber(String, String),
    /// The slot `N` of a quantifier phrase (only produced for phrases).
    Slot,
    /// A percent sign.
    Percent,
    /// Any other punctuation character.
    Punct(char),
}

/// A token with its byte span in the input.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Spanned {
    pub token: Token,
    pub start: usize,
    pub end: usize,
    /// No whitespace between this token and the one before it.
    pub joined: bool,
}

impl Spanned {
    /// The word, when the token is one.
    pub(crate) fn word(&self) -> Option<&str> {
        match &self.token {
            Token::Word(w) => Some(w),
            _ => None,
        }
    }

    /// Whether the token is the word `w`.
    pub(crate) fn is_word(&self, w: &str) -> bool {
        self.word() == Some(w)
    }

    /// Whether the token is the punctuation `c`.
    pub(crate) fn is_punct(&self, c: char) -> bool {
        self.token == Token::Punct(c)
    }
}

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The English number words below a hundred, and `hundred`, read as
/// numbers (`twenty-one` as one word). Larger numbers in words are read by
/// the grammar from these and `hundred` / `thousand` / `million`.
pub(crate) fn number_word(word: &str) -> Option<f64> {
    if let Some((tens, unit)) = word.split_once('-') {
        let t = TENS.iter().position(|w| *w == tens)?;
        let u = UNITS[1..10].iter().position(|w| *w == unit)?;
        return Some((20 + 10 * t + u + 1) as f64);
    }
    if let Some(u) = UNITS.iter().position(|w| *w == word) {
        return Some(u as f64);
    }
    if let Some(t) = TENS.iter().position(|w| *w == word) {
        return Some((20 + 10 * t) as f64);
    }
    (word == "hundred").then_some(100.0)
}

/// Splits `text` into tokens. With `phrase` set, a standalone `N` is the
/// quantifier slot.
///
/// # Errors
/// `ErrorKind::Parse` naming the number when a number's thousands separators
/// are misplaced (`2,50`).
pub(crate) fn tokenize(text: &str, phrase: bool) -> Result<Vec<Spanned>> {
    let tokens = lex(text, phrase);
    if let Some(Token::BadNumber(raw, message)) = tokens
        .iter()
        .map(|t| &t.token)
        .find(|t| matches!(t, Token::BadNumber(..)))
    {
        return Err(Error::parse(text, raw.as_str(), message.as_str()));
    }
    Ok(tokens)
}

/// Splits `text` into tokens; never fails (see [`Token::BadNumber`]).
pub(crate) fn lex(text: &str, phrase: bool) -> Vec<Spanned> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |c| c.0);
    let mut out: Vec<Spanned> = Vec::new();
    let mut i = 0;
    let mut space_before = true;
    // A table written with pipes between its cells only (`Category | 2000
    // | 2006`): each such line is read as if it opened and closed with a
    // pipe, so that its rows and columns are told apart as in `| ... |`.
    let bare_row = |at: usize| {
        let line = text[at..].split('\n').next().unwrap_or("").trim();
        !phrase
            && !line.starts_with('|')
            && !line.ends_with('|')
            && line.matches(" | ").count() >= 2
    };
    let mut in_bare_row = false;
    // Whether no token has been read on the current line yet, and where
    // it starts.
    let (mut fresh_line, mut line_start) = (true, 0);
    let virtual_pipe = |at: usize| Spanned {
        token: Token::Punct('|'),
        start: at,
        end: at,
        joined: false,
    };
    while i < chars.len() {
        let c = chars[i].1;
        if c == '\n' {
            if in_bare_row {
                out.push(virtual_pipe(byte_at(i)));
                in_bare_row = false;
            }
            fresh_line = true;
            line_start = byte_at(i + 1);
        }
        if c.is_whitespace() {
            i += 1;
            space_before = true;
            continue;
        }
        if std::mem::take(&mut fresh_line) && bare_row(line_start) {
            out.push(virtual_pipe(byte_at(i)));
            in_bare_row = true;
        }
        let joined = !space_before && !out.is_empty();
        space_before = false;
        if c.is_ascii_digit()
            || (c == '.' && chars.get(i + 1).is_some_and(|d| d.1.is_ascii_digit()))
        {
            let start = i;
            while i < chars.len() {
                let ch = chars[i].1;
                let next_digit = chars.get(i + 1).is_some_and(|d| d.1.is_ascii_digit());
                if ch.is_ascii_digit() || ((ch == ',' || ch == '.') && next_digit) {
                    i += 1;
                } else {
                    break;
                }
            }
            let raw = &text[byte_at(start)..byte_at(i)];
            // A trailing sentence period after a decimal part is not ours; a
            // second '.' means something else (a date, a version): keep one.
            let raw = trim_number(raw);
            i = start + raw.chars().count().max(1);
            let raw = &text[byte_at(start)..byte_at(i)];
            let token = match PrintedNumber::parse(raw) {
                Ok(p) => Token::Number(p, raw.to_string()),
                Err(e) => {
                    let message = match e.into_kind() {
                        crate::error::ErrorKind::Parse { message, .. } => message,
                        other => other.to_string(),
                    };
                    Token::BadNumber(raw.to_string(), message)
                }
            };
            out.push(Spanned {
                token,
                start: byte_at(start),
                end: byte_at(i),
                joined,
            });
        } else if c.is_alphabetic() || c == '\'' || c == '\u{2019}' {
            let start = i;
            while i < chars.len() {
                let ch = chars[i].1;
                if ch.is_alphabetic() || ch == '\'' || ch == '\u{2019}' {
                    i += 1;
                } else {
                    break;
                }
            }
            let raw = &text[byte_at(start)..byte_at(i)];
            if phrase && raw == "N" {
                out.push(Spanned {
                    token: Token::Slot,
                    start: byte_at(start),
                    end: byte_at(i),
                    joined,
                });
                continue;
            }
            let word = raw
                .trim_matches(|ch| ch == '\'' || ch == '\u{2019}')
                .to_lowercase();
            if word.is_empty() {
                continue;
            }
            // `fivefold`, `twofold`: a number word glued to `fold`.
            if let Some(stem) = word.strip_suffix("fold")
                && number_word(stem).is_some()
            {
                let cut = byte_at(start) + stem.len();
                out.push(Spanned {
                    token: Token::Word(stem.to_string()),
                    start: byte_at(start),
                    end: cut,
                    joined,
                });
                out.push(Spanned {
                    token: Token::Word("fold".into()),
                    start: cut,
                    end: byte_at(i),
                    joined: true,
                });
                continue;
            }
            out.push(Spanned {
                token: Token::Word(word),
                start: byte_at(start),
                end: byte_at(i),
                joined,
            });
        } else {
            // A hyphen glued between word characters splits words: drop it.
            let glued = c == '-'
                && i > 0
                && chars[i - 1].1.is_alphanumeric()
                && chars.get(i + 1).is_some_and(|d| d.1.is_alphabetic());
            if !glued {
                out.push(Spanned {
                    token: if c == '%' {
                        Token::Percent
                    } else {
                        Token::Punct(c)
                    },
                    start: byte_at(i),
                    end: byte_at(i + 1),
                    joined,
                });
            } else {
                // The next word counts as joined to the previous one.
                space_before = false;
            }
            i += 1;
        }
    }
    if in_bare_row {
        out.push(virtual_pipe(text.len()));
    }
    // Compound number words written with a hyphen: `ninety-five`.
    let mut merged: Vec<Spanned> = Vec::with_capacity(out.len());
    for s in out {
        if let (Some(prev), Token::Word(unit)) = (merged.last_mut(), &s.token)
            && let Token::Word(tens) = &prev.token
            && s.start == prev.end + 1
            && text.get(prev.end..s.start) == Some("-")
            && TENS.contains(&tens.as_str())
        {
            let compound = format!("{tens}-{unit}");
            if number_word(&compound).is_some() {
                prev.token = Token::Word(compound);
                prev.end = s.end;
                continue;
            }
        }
        merged.push(s);
    }
    if phrase {
        merged
    } else {
        multiplication_signs(text, merged)
    }
}

/// `×4.8`, `x2.6`, `4.8x`, `almost 5x`: a multiple written with a
/// multiplication sign (or the letter x) glued to its number reads as
/// `4.8 times`. The sign must stand alone on its side (`4x4`, `2x3m` and
/// `Navy_Wife_x3` keep their tokens), and a capital X is a name's (`Model
/// X2`).
fn multiplication_signs(text: &str, tokens: Vec<Spanned>) -> Vec<Spanned> {
    let sign = |t: &Spanned| matches!(text.get(t.start..t.end), Some("x" | "×"));
    let number = |t: &Spanned| matches!(t.token, Token::Number(..));
    // Whether the token after `k` is glued to it and carries on a word
    // or a number.
    let glued_on = |k: usize| {
        tokens.get(k + 1).is_some_and(|t| {
            t.joined && matches!(t.token, Token::Word(_) | Token::Number(..) | Token::Percent)
        })
    };
    let times = |at: usize, end: usize| Spanned {
        token: Token::Word("times".into()),
        start: at,
        end,
        joined: false,
    };
    let mut out: Vec<Spanned> = Vec::with_capacity(tokens.len());
    let mut k = 0;
    while k < tokens.len() {
        let t = &tokens[k];
        // `×4.8`: the sign, then the number glued to it.
        // (Alone: after a space, or a bracket or a table's pipe; not
        // `Navy_Wife_x3`.)
        let alone = !t.joined
            || k == 0
            || matches!(tokens[k - 1].token, Token::Punct('(' | '[' | '|' | ':'));
        if sign(t)
            && alone
            && tokens.get(k + 1).is_some_and(|n| n.joined && number(n))
            && !glued_on(k + 1)
        {
            let n = tokens[k + 1].clone();
            let end = n.end;
            // (The number's span takes in the sign, so that its wording
            // reads as printed.)
            out.push(Spanned {
                start: t.start,
                joined: t.joined,
                ..n
            });
            out.push(times(end, end));
            k += 2;
            continue;
        }
        // `4.8x`: the number, then the sign glued to it.
        if sign(t) && t.joined && k > 0 && number(&tokens[k - 1]) && !glued_on(k) {
            out.push(times(t.start, t.end));
            k += 1;
            continue;
        }
        out.push(t.clone());
        k += 1;
    }
    out
}

/// Keeps the longest prefix of a digit run that is one number: at most one
/// decimal point, and no trailing separator.
fn trim_number(raw: &str) -> &str {
    let mut seen_point = false;
    let mut end = raw.len();
    for (idx, ch) in raw.char_indices() {
        if ch == '.' {
            if seen_point {
                end = idx;
                break;
            }
            seen_point = true;
        }
    }
    raw[..end].trim_end_matches([',', '.'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        lex(text, false)
            .into_iter()
            .map(|s| match s.token {
                Token::Word(w) => w,
                Token::Number(_, raw) => format!("#{raw}"),
                Token::BadNumber(raw, _) => format!("!{raw}"),
                Token::Slot => "N".into(),
                Token::Percent => "%".into(),
                Token::Punct(c) => c.to_string(),
            })
            .collect()
    }

    #[test]
    fn splits_numbers_words_and_hyphens() {
        assert_eq!(
            words("More than 2,500 arrests, 38.7% one-third 5-fold."),
            [
                "more", "than", "#2,500", "arrests", ",", "#38.7", "%", "one", "third", "#5",
                "fold", "."
            ]
        );
        assert_eq!(words("July 1, 2010,"), ["july", "#1", ",", "#2010", ","]);
        assert_eq!(
            words("×4.8 | x2.6 (x3) rose 4.8x, almost 5x."),
            [
                "#4.8", "times", "|", "#2.6", "times", "(", "#3", "times", ")", "rose", "#4.8",
                "times", ",", "almost", "#5", "times", "."
            ]
        );
        assert_eq!(
            words("4x4 2x3m Navy_Wife_x3 Model X2"),
            [
                "#4", "x", "#4", "#2", "x", "#3", "m", "navy", "_", "wife", "_", "x", "#3",
                "model", "x", "#2"
            ]
        );
        assert_eq!(
            words("grew fivefold, twenty-one, 12-17"),
            [
                "grew",
                "five",
                "fold",
                ",",
                "twenty-one",
                ",",
                "#12",
                "-",
                "#17"
            ]
        );
        assert_eq!(words("up 2,50 arrests"), ["up", "!2,50", "arrests"]);
    }

    #[test]
    fn joined_marks_tokens_without_space_before() {
        let t = lex("the 21st, 12-17", false);
        let joined: Vec<bool> = t.iter().map(|s| s.joined).collect();
        assert_eq!(joined, [false, false, true, true, false, true, true]);
    }

    #[test]
    fn misplaced_separator_is_a_parse_error_naming_the_number() {
        let err = tokenize("up 2,50 arrests", false).unwrap_err();
        match err.kind() {
            crate::error::ErrorKind::Parse { part, .. } => assert_eq!(part, "2,50"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn phrase_slot() {
        let t = tokenize("N% increase", true).unwrap();
        assert_eq!(t[0].token, Token::Slot);
        assert_eq!(t[1].token, Token::Percent);
    }

    #[test]
    fn number_words() {
        assert_eq!(number_word("ninety-five"), Some(95.0));
        assert_eq!(number_word("twenty"), Some(20.0));
        assert_eq!(number_word("nineteen"), Some(19.0));
        assert_eq!(number_word("hundred"), Some(100.0));
        assert_eq!(number_word("twenty-ten"), None);
    }
}
