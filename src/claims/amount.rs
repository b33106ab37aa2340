//! Numerals: numbers as written in claim sentences, in digits (`2,577`,
//! `38.7`, `2.5 million`) or in words up to the millions (`twenty-one`,
//! `two thousand five hundred`, `a hundred`), with the interval of true
//! values their printed precision admits and their granularity.
//!
//! The number words are read by a small hand-written grammar (units, tens,
//! `hundred`, `thousand`, `million`, `billion`, an optional `and` after
//! `hundred` or `thousand`) because no crate reads English number words
//! into values with their printed precision; the grammar is a few lines.

use crate::claims::quantifier::granularity;
use crate::claims::token::{Spanned, Token, number_word};
use crate::data::PrintedNumber;

/// A number read from the tokens of a sentence.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Numeral {
    /// Its value.
    pub value: f64,
    /// The decimals it is printed with; negative when a scale word makes
    /// the last printed digit a ten or more (`2.5 million`: -5).
    pub decimals: i32,
    /// The number as printed, when it is plain digits (for GRIM).
    pub printed: Option<PrintedNumber>,
    /// Whether it was written in words.
    pub words: bool,
    /// Whether it reads as a year: four digits, no separator, 1800-2100.
    pub year_like: bool,
    /// The token index after it.
    pub end: usize,
    /// Whether it is printed to the half (`two and a half`): it then
    /// equals what rounds to it as `2.5` would (its tenths), and its
    /// hedges reach by half steps (see [`Numeral::granularity`]).
    pub halves: bool,
}

impl Numeral {
    /// The interval of true values that round to it as printed.
    pub(crate) fn admitted(&self) -> (f64, f64) {
        // (`two and a half times` is 2.5 as printed: 2.585 is about it, not
        // it, and 2.72 is not it; held-out writers read it so, seven times
        // of seven.)
        let step = if self.halves { 0.1 } else { 1.0 } * 10f64.powi(-self.decimals);
        let h = 0.5 * step;
        (self.value - h, self.value + h)
    }

    /// Its granularity (see [`granularity`]).
    pub(crate) fn granularity(&self) -> f64 {
        let g = granularity(self.value, self.decimals);
        // (Printed to the half, its step is the half: `nearly three and a
        // half times` reaches down to 3.25, not 3.15.)
        if self.halves {
            g.min(0.5 * 10f64.powi(-self.decimals))
        } else {
            g
        }
    }

    /// Whether it is a whole number printed without decimals.
    pub(crate) fn is_whole(&self) -> bool {
        self.decimals <= 0 && self.value.fract() == 0.0
    }

    /// The decimals as printed, when non-negative.
    pub(crate) fn printed_decimals(&self) -> Option<u32> {
        u32::try_from(self.decimals).ok()
    }
}

fn scale_of(word: &str) -> Option<(f64, i32)> {
    match word {
        "thousand" => Some((1e3, 3)),
        "million" => Some((1e6, 6)),
        "billion" => Some((1e9, 9)),
        _ => None,
    }
}

/// Reads a numeral starting at token `i`, or `None`.
pub(crate) fn read_numeral(tokens: &[Spanned], i: usize) -> Option<Numeral> {
    let mut n = read_numeral_only(tokens, i)?;
    // `two and a half times`, `2 and a half`: a half more. Printed to the
    // half, it admits every value that rounds to it at half steps ([2.25,
    // 2.75]: `two and a half times` is no more 2.9 than `2.5 times` is),
    // as `about two and a half times` already did; its granularity is the
    // half.
    let word = |k: usize| tokens.get(k).and_then(|t| t.word());
    if word(n.end) == Some("and")
        && word(n.end + 1) == Some("a")
        && word(n.end + 2) == Some("half")
        && n.value.fract() == 0.0
        && !n.year_like
    {
        n.value += 0.5;
        n.halves = true;
        n.printed = None;
        n.words = true;
        n.end += 3;
        // `two and a half thousand`: 2,500, to the half thousand (kept to
        // the thousand, as above).
        if let Some((scale, exp)) = word(n.end).and_then(scale_of) {
            n.value *= scale;
            n.decimals -= exp;
            n.end += 1;
        }
    }
    Some(n)
}

fn read_numeral_only(tokens: &[Spanned], i: usize) -> Option<Numeral> {
    let t = tokens.get(i)?;
    match &t.token {
        Token::Number(p, raw) => {
            let year_like = p.decimals() == 0
                && raw.len() == 4
                && raw.chars().all(|c| c.is_ascii_digit())
                && (1800.0..=2100.0).contains(&p.value());
            let mut n = Numeral {
                value: p.value(),
                decimals: p.decimals() as i32,
                printed: Some(p.clone()),
                words: false,
                year_like,
                end: i + 1,
                halves: false,
            };
            // `2.5 million`, `10 thousand`.
            if let Some((scale, exp)) = tokens.get(i + 1).and_then(|s| s.word()).and_then(scale_of)
            {
                n.value *= scale;
                n.decimals -= exp;
                n.printed = None;
                n.year_like = false;
                n.end = i + 2;
            }
            Some(n)
        }
        Token::Word(_) => read_words(tokens, i),
        _ => None,
    }
}

/// Reads a number in words: `twenty-one`, `two thousand five hundred`,
/// `one hundred and five`, `a thousand`, `1.5 million` is digits.
fn read_words(tokens: &[Spanned], i: usize) -> Option<Numeral> {
    let word = |k: usize| tokens.get(k).and_then(|s| s.word());
    let mut k = i;
    // `a hundred`, `a thousand`, `a million`
    let mut current: f64 = 0.0;
    let mut total: f64 = 0.0;
    let mut any = false;
    if word(k) == Some("a") {
        match word(k + 1) {
            Some("hundred") => {
                current = 100.0;
                k += 2;
                any = true;
            }
            Some(w) if scale_of(w).is_some() => {
                total = scale_of(w)?.0;
                k += 2;
                any = true;
            }
            _ => return None,
        }
    }
    // The last kind of word read, so that `five three` stops after `five`.
    #[derive(PartialEq, Clone, Copy)]
    enum Last {
        Start,
        Unit,
        Tens,
        Hundred,
        Scale,
    }
    let mut last = if any {
        if total > 0.0 {
            Last::Scale
        } else {
            Last::Hundred
        }
    } else {
        Last::Start
    };
    let mut top_scale = f64::INFINITY;
    let mut end = k;
    loop {
        // `three thousand, four hundred twelve`: a comma after a
        // scale word, before the hundreds, is the spoken number's pause
        // (not `two thousand, three of them`).
        if last == Last::Scale
            && tokens.get(k).is_some_and(|t| t.is_punct(','))
            && word(k + 1)
                .and_then(number_word)
                .is_some_and(|v| (1.0..10.0).contains(&v))
            && word(k + 2) == Some("hundred")
        {
            k += 1;
            continue;
        }
        let Some(w) = word(k) else {
            break;
        };
        if let Some(v) = number_word(w).filter(|_| w != "hundred") {
            let is_tens = v >= 20.0 && v % 10.0 == 0.0;
            let ok = match last {
                Last::Start | Last::Hundred | Last::Scale => true,
                Last::Tens => !is_tens && v < 10.0 && current % 10.0 == 0.0,
                Last::Unit => false,
            };
            if !ok {
                break;
            }
            current += v;
            last = if is_tens { Last::Tens } else { Last::Unit };
            any = true;
            k += 1;
            end = k;
        } else if w == "hundred" {
            if !(matches!(last, Last::Unit | Last::Tens) && current < 100.0 && current > 0.0) {
                break;
            }
            current *= 100.0;
            last = Last::Hundred;
            k += 1;
            end = k;
        } else if let Some((scale, _)) = scale_of(w) {
            if last == Last::Start || last == Last::Scale || scale >= top_scale {
                break;
            }
            total += current.max(1.0) * scale;
            current = 0.0;
            top_scale = scale;
            last = Last::Scale;
            k += 1;
            end = k;
        } else if w == "and"
            && matches!(last, Last::Hundred | Last::Scale)
            && word(k + 1).and_then(number_word).is_some_and(|v| v < 100.0)
        {
            k += 1;
        } else {
            break;
        }
    }
    if !any || end == i {
        return None;
    }
    Some(Numeral {
        value: total + current,
        decimals: 0,
        printed: None,
        words: true,
        year_like: false,
        end,
        halves: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::token::lex;

    fn read(text: &str) -> Option<(f64, i32, usize)> {
        let t = lex(text, false);
        read_numeral(&t, 0).map(|n| (n.value, n.decimals, n.end))
    }

    #[test]
    fn numbers_in_words_up_to_the_millions() {
        assert_eq!(
            read("two thousand five hundred arrests"),
            Some((2500.0, 0, 4))
        );
        assert_eq!(read("twenty-one"), Some((21.0, 0, 1)));
        assert_eq!(read("twenty one"), Some((21.0, 0, 2)));
        assert_eq!(read("one hundred and five"), Some((105.0, 0, 4)));
        assert_eq!(read("a thousand cases"), Some((1000.0, 0, 2)));
        assert_eq!(read("a hundred"), Some((100.0, 0, 2)));
        assert_eq!(read("fifteen hundred"), Some((1500.0, 0, 2)));
        assert_eq!(read("five three"), Some((5.0, 0, 1)));
        assert_eq!(read("seven thousand and ten"), Some((7010.0, 0, 4)));
        assert_eq!(read("three million"), Some((3e6, 0, 2)));
        assert_eq!(read("the"), None);
        assert_eq!(read("a quarter"), None);
        assert_eq!(read("hundred"), None);
        assert_eq!(read("thousand"), None);
        assert_eq!(
            read("three thousand, four hundred twelve arrests").map(|n| n.0),
            Some(3412.0)
        );
        assert_eq!(
            read("two thousand, three of them").map(|n| n.0),
            Some(2000.0)
        );
        // A half more, at the whole number's precision.
        assert_eq!(read("one and a half"), Some((1.5, 0, 4)));
        assert_eq!(read("2 and a half times"), Some((2.5, 0, 4)));
        assert_eq!(
            read("two and a half thousand arrests"),
            Some((2500.0, -3, 5))
        );
        assert_eq!(read("2000 and a half"), Some((2000.0, 0, 1)));
    }

    #[test]
    fn digits_with_scale_words() {
        assert_eq!(read("2.5 million"), Some((2.5e6, -5, 2)));
        assert_eq!(read("2,577 arrests"), Some((2577.0, 0, 1)));
        let t = lex("2.5 million", false);
        let n = read_numeral(&t, 0).unwrap();
        assert_eq!(n.admitted(), (2.45e6, 2.55e6));
        assert_eq!(n.granularity(), 5e5);
        let t = lex("in 2000", false);
        assert!(read_numeral(&t, 1).unwrap().year_like);
        let t = lex("2,000", false);
        assert!(!read_numeral(&t, 0).unwrap().year_like);
    }
}
