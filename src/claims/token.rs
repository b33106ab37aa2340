//! Splitting claim sentences and quantifier phrases into tokens.
//!
//! Words are lower-cased; a hyphen between two letters or between a digit and
//! a letter splits a word (`one-third` reads as `one third`, `5-fold` as
//! `5 fold`); numbers keep their printed form so that their precision is
//! known (`2,500`, `38.7`).

use crate::data::PrintedNumber;
use crate::error::{Error, Result};

/// One token of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Token {
    /// A lower-cased word.
    Word(String),
    /// A number as printed.
    Number(PrintedNumber, String),
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
}

/// The English number words read as numbers with zero decimals.
pub(crate) fn number_word(word: &str) -> Option<f64> {
    const WORDS: [(&str, f64); 29] = [
        ("zero", 0.0),
        ("one", 1.0),
        ("two", 2.0),
        ("three", 3.0),
        ("four", 4.0),
        ("five", 5.0),
        ("six", 6.0),
        ("seven", 7.0),
        ("eight", 8.0),
        ("nine", 9.0),
        ("ten", 10.0),
        ("eleven", 11.0),
        ("twelve", 12.0),
        ("thirteen", 13.0),
        ("fourteen", 14.0),
        ("fifteen", 15.0),
        ("sixteen", 16.0),
        ("seventeen", 17.0),
        ("eighteen", 18.0),
        ("nineteen", 19.0),
        ("twenty", 20.0),
        ("thirty", 30.0),
        ("forty", 40.0),
        ("fifty", 50.0),
        ("sixty", 60.0),
        ("seventy", 70.0),
        ("eighty", 80.0),
        ("ninety", 90.0),
        ("hundred", 100.0),
    ];
    if let Some((tens, unit)) = word.split_once('-') {
        let tens = WORDS[20..28].iter().find(|(w, _)| *w == tens)?.1;
        let unit = WORDS[1..10].iter().find(|(w, _)| *w == unit)?.1;
        return Some(tens + unit);
    }
    WORDS.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
}

/// Splits `text` into tokens. With `phrase` set, a standalone `N` is the
/// quantifier slot.
///
/// # Errors
/// `ErrorKind::Parse` naming the number when a number's thousands separators
/// are misplaced (`2,50`).
pub(crate) fn tokenize(text: &str, phrase: bool) -> Result<Vec<Spanned>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |c| c.0);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit()
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
            i = start + raw.chars().count();
            let printed = PrintedNumber::parse(raw).map_err(|e| match e.into_kind() {
                crate::error::ErrorKind::Parse { message, .. } => Error::parse(text, raw, message),
                other => Error::new(other),
            })?;
            out.push(Spanned {
                token: Token::Number(printed, raw.to_string()),
                start: byte_at(start),
                end: byte_at(i),
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
            let token = if phrase && raw == "N" {
                Token::Slot
            } else {
                Token::Word(
                    raw.trim_matches(|ch| ch == '\'' || ch == '\u{2019}')
                        .to_lowercase(),
                )
            };
            out.push(Spanned {
                token,
                start: byte_at(start),
                end: byte_at(i),
            });
        } else {
            let token = if c == '%' {
                Token::Percent
            } else {
                Token::Punct(c)
            };
            // A hyphen glued between word characters splits words: drop it.
            let glued = c == '-'
                && i > 0
                && chars[i - 1].1.is_alphanumeric()
                && chars.get(i + 1).is_some_and(|d| d.1.is_alphabetic());
            if !glued {
                out.push(Spanned {
                    token,
                    start: byte_at(i),
                    end: byte_at(i + 1),
                });
            }
            i += 1;
        }
    }
    out.retain(|s| s.token != Token::Word(String::new()));
    // Compound number words written with a hyphen: `ninety-five`.
    let mut merged: Vec<Spanned> = Vec::with_capacity(out.len());
    for s in out {
        if let (Some(prev), Token::Word(unit)) = (merged.last_mut(), &s.token)
            && let Token::Word(tens) = &prev.token
            && s.start == prev.end + 1
            && text[prev.end..s.start] == *"-"
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
    Ok(merged)
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
        tokenize(text, false)
            .unwrap()
            .into_iter()
            .map(|s| match s.token {
                Token::Word(w) => w,
                Token::Number(_, raw) => format!("#{raw}"),
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
}
