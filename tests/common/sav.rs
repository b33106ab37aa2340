//! A minimal SPSS system-file (`.sav`) writer for the tests: numeric and
//! short string variables, value labels, discrete user-missing values, the
//! data uncompressed or bytecode-compressed. Written from the format's
//! public description (PSPP's "System File Format"), independently of the
//! `ambers` reader under test.

use std::io::Write;

/// One variable: a name of at most 8 bytes (written as SPSS does: the
/// short name in capitals, the name itself in the long-names record).
pub enum SavVariable {
    /// Numbers (`None` is SPSS's system-missing value), with value labels
    /// and discrete user-missing values (at most 3).
    Numeric {
        name: String,
        values: Vec<Option<f64>>,
        labels: Vec<(f64, String)>,
        missing: Vec<f64>,
    },
    /// Strings of at most `width` (1..=8) bytes.
    Text {
        name: String,
        width: usize,
        values: Vec<String>,
    },
}

impl SavVariable {
    fn name(&self) -> &str {
        match self {
            SavVariable::Numeric { name, .. } | SavVariable::Text { name, .. } => name,
        }
    }

    fn len(&self) -> usize {
        match self {
            SavVariable::Numeric { values, .. } => values.len(),
            SavVariable::Text { values, .. } => values.len(),
        }
    }
}

const SYSMIS: f64 = -f64::MAX;

fn padded(text: &str, n: usize) -> Vec<u8> {
    let mut b = text.as_bytes().to_vec();
    assert!(b.len() <= n, "'{text}' longer than {n} bytes");
    b.resize(n, b' ');
    b
}

fn i32s(out: &mut Vec<u8>, values: &[i32]) {
    for v in values {
        out.extend_from_slice(&v.to_le_bytes());
    }
}

/// The bytes of a `.sav` file of these variables (all of one length).
pub fn sav_bytes(vars: &[SavVariable], compressed: bool) -> Vec<u8> {
    let n = vars.first().map_or(0, SavVariable::len);
    assert!(vars.iter().all(|v| v.len() == n));
    let mut out = Vec::new();
    // file header, 176 bytes
    out.extend_from_slice(b"$FL2");
    out.extend(padded("@(#) SPSS DATA FILE njov tests", 60));
    i32s(
        &mut out,
        &[2, vars.len() as i32, i32::from(compressed), 0, n as i32],
    );
    out.extend_from_slice(&100f64.to_le_bytes());
    out.extend(padded("03 Dec 26", 9));
    out.extend(padded("12:00:00", 8));
    out.extend(padded("", 64));
    out.extend([0u8; 3]);
    assert_eq!(out.len(), 176);
    // variable records, one 8-byte slot each
    for v in vars {
        match v {
            SavVariable::Numeric { name, missing, .. } => {
                assert!(missing.len() <= 3);
                let f8_2 = (5 << 16) | (8 << 8) | 2;
                i32s(&mut out, &[2, 0, 0, missing.len() as i32, f8_2, f8_2]);
                out.extend(padded(&name.to_uppercase(), 8));
                for m in missing {
                    out.extend_from_slice(&m.to_le_bytes());
                }
            }
            SavVariable::Text { name, width, .. } => {
                assert!((1..=8).contains(width));
                let a = (1 << 16) | ((*width as i32) << 8);
                i32s(&mut out, &[2, *width as i32, 0, 0, a, a]);
                out.extend(padded(&name.to_uppercase(), 8));
            }
        }
    }
    // value labels: a type 3 record and the type 4 record naming its variable
    for (index, v) in vars.iter().enumerate() {
        if let SavVariable::Numeric { labels, .. } = v
            && !labels.is_empty()
        {
            i32s(&mut out, &[3, labels.len() as i32]);
            for (code, label) in labels {
                out.extend_from_slice(&code.to_le_bytes());
                let bytes = label.as_bytes();
                out.push(bytes.len() as u8);
                out.extend_from_slice(bytes);
                let used = 1 + bytes.len();
                out.extend(std::iter::repeat_n(b' ', used.next_multiple_of(8) - used));
            }
            i32s(&mut out, &[4, 1, index as i32 + 1]);
        }
    }
    // machine integer info (record 7, subtype 3): IEEE doubles, little
    // endian, UTF-8
    i32s(&mut out, &[7, 3, 4, 8, 1, 0, 0, -1, 1, 1, 2, 65001]);
    // long variable names (record 7, subtype 13): SHORT=long, tab-separated
    let long: Vec<String> = vars
        .iter()
        .map(|v| format!("{}={}", v.name().to_uppercase(), v.name()))
        .collect();
    let long = long.join("\t");
    i32s(&mut out, &[7, 13, 1, long.len() as i32]);
    out.extend_from_slice(long.as_bytes());
    // the dictionary's end
    i32s(&mut out, &[999, 0]);
    // the data, case by case
    let slot = |v: &SavVariable, row: usize| -> [u8; 8] {
        match v {
            SavVariable::Numeric { values, .. } => values[row].unwrap_or(SYSMIS).to_le_bytes(),
            SavVariable::Text { values, .. } => padded(&values[row], 8).try_into().unwrap(),
        }
    };
    if !compressed {
        for row in 0..n {
            for v in vars {
                out.extend_from_slice(&slot(v, row));
            }
        }
        return out;
    }
    // bytecode: blocks of 8 codes, each block followed by the raw values
    // (code 253) it announces
    let mut codes: Vec<u8> = Vec::new();
    let mut raw: Vec<u8> = Vec::new();
    let flush = |codes: &mut Vec<u8>, raw: &mut Vec<u8>, out: &mut Vec<u8>| {
        codes.resize(8, 0);
        out.extend_from_slice(codes);
        out.extend_from_slice(raw);
        codes.clear();
        raw.clear();
    };
    for row in 0..n {
        for v in vars {
            let code = match v {
                SavVariable::Numeric { values, .. } => match values[row] {
                    None => 255,
                    Some(x) if x.fract() == 0.0 && (-99.0..=151.0).contains(&x) => {
                        (x + 100.0) as u8
                    }
                    Some(_) => 253,
                },
                SavVariable::Text { values, .. } if values[row].trim().is_empty() => 254,
                SavVariable::Text { .. } => 253,
            };
            codes.push(code);
            if code == 253 {
                raw.extend_from_slice(&slot(v, row));
            }
            if codes.len() == 8 {
                flush(&mut codes, &mut raw, &mut out);
            }
        }
    }
    codes.push(252);
    flush(&mut codes, &mut raw, &mut out);
    out
}

/// Writes a `.sav` file of these variables.
pub fn write_sav(path: &std::path::Path, vars: &[SavVariable], compressed: bool) {
    let mut f = std::fs::File::create(path).unwrap();
    f.write_all(&sav_bytes(vars, compressed)).unwrap();
    // names are unique
    let mut names: Vec<&str> = vars.iter().map(SavVariable::name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), vars.len());
}
