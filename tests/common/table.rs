//! A reference CSV file written by a script of `scripts/` (no quoted fields),
//! read as columns of text: the tables the survey tests compare with.

use std::collections::HashMap;

/// A CSV file without quoted fields, as columns of text.
pub struct Table {
    /// The column names, in file order.
    pub header: Vec<String>,
    columns: HashMap<String, Vec<String>>,
    /// The number of rows.
    pub n: usize,
}

impl Table {
    /// Reads `path`, relative to the crate's root; panics naming the file
    /// and the line on a ragged row.
    pub fn read(path: &str) -> Table {
        let text = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        let mut lines = text.lines();
        let header: Vec<String> = lines
            .next()
            .unwrap()
            .split(',')
            .map(str::to_string)
            .collect();
        let mut columns: HashMap<String, Vec<String>> =
            header.iter().map(|h| (h.clone(), Vec::new())).collect();
        let mut n = 0;
        for line in lines.filter(|l| !l.is_empty()) {
            let fields: Vec<&str> = line.split(',').collect();
            assert_eq!(fields.len(), header.len(), "{path}: {line}");
            for (h, f) in header.iter().zip(fields) {
                columns.get_mut(h).unwrap().push(f.to_string());
            }
            n += 1;
        }
        Table { header, columns, n }
    }

    /// A column as text.
    pub fn text(&self, name: &str) -> &[String] {
        self.columns
            .get(name)
            .unwrap_or_else(|| panic!("no column {name}"))
    }

    /// A column as numbers (`NA` and empty cells as NaN).
    pub fn num(&self, name: &str) -> Vec<f64> {
        self.text(name).iter().map(|s| parse(s)).collect()
    }

    /// Every column whose name starts with `prefix`, as numbers.
    pub fn matching(&self, prefix: &str) -> Vec<Vec<f64>> {
        self.header
            .iter()
            .filter(|h| h.starts_with(prefix))
            .map(|h| self.num(h))
            .collect()
    }

    /// The rows where `keep` is true.
    pub fn filter(&self, keep: &[bool]) -> Table {
        let columns = self
            .columns
            .iter()
            .map(|(k, v)| {
                let kept = v
                    .iter()
                    .zip(keep)
                    .filter(|(_, k)| **k)
                    .map(|(s, _)| s.clone())
                    .collect();
                (k.clone(), kept)
            })
            .collect();
        Table {
            header: self.header.clone(),
            columns,
            n: keep.iter().filter(|&&k| k).count(),
        }
    }

    /// Row `i`, by column name.
    pub fn row(&self, i: usize) -> HashMap<&str, &str> {
        self.header
            .iter()
            .map(|h| (h.as_str(), self.columns[h][i].as_str()))
            .collect()
    }
}

/// A cell as a number: `NA` and an empty cell are NaN.
pub fn parse(s: &str) -> f64 {
    if s.is_empty() || s == "NA" {
        f64::NAN
    } else {
        s.parse().unwrap()
    }
}
