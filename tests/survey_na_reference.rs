//! R `survey`'s `na.rm = TRUE` reproduced with njov's domain estimation, on the
//! api data with missing values of `tests/data/na/` and the reference values of
//! `tests/data/survey_na_reference.csv` (written by `scripts/survey_na_reference.R`).
//!
//! What the reference shows about R, and what this test pins down:
//! - `na.rm = TRUE` is the domain "in the (domain and) the value is present": the
//!   estimate, SE and deff of every row equal njov's [`SurveyDesign::domain`] with
//!   the mask `domain && !y.is_nan()`, the design keeping every PSU and stratum.
//! - The `subset` rows (R on `subset(design, !is.na(y))`) have that domain's df,
//!   PSUs minus strata among the rows counted, and their intervals follow from it.
//! - The `na.rm` rows (R's call with `na.rm = TRUE`) use the df of the design as
//!   passed, i.e. of the domain *before* the missing values are dropped, and
//!   svyciprop's "beta" uses that design's row count, missing rows included, for
//!   `n`: the same estimate with `df` and `n` of the domain without the NA
//!   exclusion reproduces every interval.

use njov::ProportionMethod;
use njov::survey::{Estimate, Fpc, Missing, Statistic, SurveyDesign, svyciprop_method};

const TOL: f64 = 1e-9;

/// A data file of tests/data/na/: columns of text, an empty field is missing.
struct Data {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Data {
    fn read(name: &str) -> Data {
        let path = format!("{}/tests/data/na/{name}.csv", env!("CARGO_MANIFEST_DIR"));
        let mut rdr = csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let headers = rdr.headers().unwrap().iter().map(str::to_string).collect();
        let rows = rdr
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect();
        Data { headers, rows }
    }

    fn text(&self, column: &str) -> Vec<String> {
        let i = self
            .headers
            .iter()
            .position(|h| h == column)
            .unwrap_or_else(|| panic!("no column {column}"));
        self.rows.iter().map(|r| r[i].clone()).collect()
    }

    /// Numbers, with NaN for a missing value.
    fn num(&self, column: &str) -> Vec<f64> {
        self.text(column)
            .iter()
            .map(|s| {
                if s.is_empty() {
                    f64::NAN
                } else {
                    s.parse().unwrap()
                }
            })
            .collect()
    }
}

fn design(dataset: &str, name: &str) -> (Data, SurveyDesign) {
    let data = Data::read(dataset);
    let n = data.rows.len();
    let b = SurveyDesign::builder(n).weights(data.num("pw"));
    let b = match name {
        "strat_fpc" => b
            .strata(data.text("stype").iter())
            .fpc(Fpc::PopulationSize(data.num("fpc"))),
        "strat_nofpc" => b.strata(data.text("stype").iter()),
        "clus1_fpc" => b
            .psu(data.text("dnum").iter())
            .fpc(Fpc::PopulationSize(data.num("fpc"))),
        "clus1_nofpc" => b.psu(data.text("dnum").iter()),
        _ => panic!("{name}"),
    };
    let d = b.build().unwrap();
    (data, d)
}

fn rel(a: f64, b: f64) -> f64 {
    if a == b {
        0.0
    } else {
        (a - b).abs() / b.abs().max(1e-300)
    }
}

fn close(what: &str, ours: f64, r: f64, label: &str, worst: &mut f64) {
    let d = rel(ours, r);
    assert!(
        d <= TOL,
        "{label}: {what} = {ours:e}, R gives {r:e} ({d:e})"
    );
    *worst = worst.max(d);
}

fn num(s: &str) -> f64 {
    if s.is_empty() {
        f64::NAN
    } else {
        s.parse().unwrap()
    }
}

#[test]
fn na_rm_is_the_domain_of_rows_with_a_value() {
    let path = format!(
        "{}/tests/data/survey_na_reference.csv",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut rdr = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_path(&path)
        .unwrap();
    let headers = rdr.headers().unwrap().clone();
    let mut cache: std::collections::HashMap<(String, String), (Data, SurveyDesign)> =
        Default::default();
    let (mut worst, mut count) = (0.0f64, 0usize);
    for record in rdr.records() {
        let record = record.unwrap();
        let row = |k: &str| {
            record
                .get(headers.iter().position(|h| h == k).unwrap())
                .unwrap()
        };
        let key = (row("dataset").to_string(), row("design").to_string());
        let (data, design) = cache
            .entry(key.clone())
            .or_insert_with(|| design(&key.0, &key.1));
        let label = format!(
            "{} {} {} {} {} [{}] {}",
            key.0,
            key.1,
            row("form"),
            row("stat"),
            row("var"),
            row("domain"),
            row("method")
        );
        let y = data.num(row("var"));
        let in_domain: Vec<bool> = match row("domain").split_once('=') {
            None => vec![true; y.len()],
            Some((col, value)) => data.text(col).iter().map(|v| v == value).collect(),
        };
        // The NA exclusion as a domain; missing values outside it are never read.
        let counted: Vec<bool> = in_domain
            .iter()
            .zip(&y)
            .map(|(&d, v)| d && !v.is_nan())
            .collect();
        let domain = design.domain(&counted).unwrap();
        let e = match row("stat") {
            "total" => domain.total(&y),
            "mean" => domain.mean(&y),
            "proportion" => domain.proportion(&y),
            s => panic!("{s}"),
        }
        .unwrap();
        assert_eq!(e.n as f64, num(row("n")), "{label}: rows counted");
        assert_eq!(
            in_domain.iter().filter(|&&d| d).count() - e.n,
            row("n_missing").parse::<usize>().unwrap(),
            "{label}: missing rows"
        );
        // The df and row count R's call uses: those of the domain with the rows
        // whose value is missing.
        let e = match row("form") {
            "subset" => e,
            // The library's Missing::Exclude is R's call with na.rm = TRUE.
            "na.rm" => {
                let statistic: Statistic = row("stat").parse().unwrap();
                let excluded = if in_domain.iter().all(|&d| d) {
                    design.estimate(statistic, &y, Missing::Exclude)
                } else {
                    design
                        .domain(&in_domain)
                        .unwrap()
                        .estimate(statistic, &y, Missing::Exclude)
                }
                .unwrap();
                // The recipe it follows: the domain of the rows counted, with
                // the df and row count of the domain before the exclusion.
                let zeros = vec![0.0; y.len()];
                let before = design.domain(&in_domain).unwrap().total(&zeros).unwrap();
                let recipe = Estimate {
                    df: before.df,
                    n: before.n,
                    ..e
                };
                assert_eq!(excluded, recipe, "{label}");
                excluded
            }
            f => panic!("{f}"),
        };
        let method = row("method");
        // svyciprop's own logit reports its IRLS estimate (1e-8 tolerance).
        if method != "logit" {
            close(
                "estimate",
                e.estimate,
                num(row("estimate")),
                &label,
                &mut worst,
            );
        }
        close("se", e.se, num(row("se")), &label, &mut worst);
        close("df", e.df, num(row("df")), &label, &mut worst);
        close(
            "deff",
            e.deff.unwrap(),
            num(row("deff")),
            &label,
            &mut worst,
        );
        count += 4;
        let (lower, upper) = (num(row("lower")), num(row("upper")));
        if lower.is_nan() {
            continue;
        }
        let ci = if method.is_empty() {
            e.t_interval(0.95).unwrap()
        } else {
            let (m, tol) = match method {
                // svyciprop's own logit stops at glm's epsilon (1e-8).
                "logit" => (ProportionMethod::Logit, 1e-7),
                "logit_converged" => (ProportionMethod::Logit, TOL),
                m => (svyciprop_method(m).unwrap(), TOL),
            };
            let ci = e.proportion_interval(m, num(row("level"))).unwrap();
            for (what, ours, r) in [("lower", ci.lower, lower), ("upper", ci.upper, upper)] {
                let d = rel(ours, r);
                assert!(
                    d <= tol,
                    "{label}: {what} = {ours:e}, R gives {r:e} ({d:e})"
                );
            }
            count += 2;
            continue;
        };
        close("lower", ci.lower, lower, &label, &mut worst);
        close("upper", ci.upper, upper, &label, &mut worst);
        count += 2;
    }
    eprintln!("{count} comparisons with R's na.rm = TRUE; largest relative difference {worst:.2e}");
    assert!(count > 1500, "{count}");
}
