//! The later waves: every number of section 7 of the source register is in
//! the `njov_trends` dataset, and the dataset reproduces like wave 1.

use njov::{Dataset, Format, Report};

/// The numbers of the register's section 7 table, with the row they sit in.
fn section7_numbers() -> Vec<(String, f64)> {
    let text = include_str!("data/njov-published-figures.md");
    let section = text
        .split("\n## ")
        .find(|s| s.starts_with("7."))
        .expect("section 7");
    let mut out = Vec::new();
    for line in section.lines().filter(|l| l.starts_with('|')).skip(2) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        for cell in &cells[1..4] {
            let digits: String = cell.chars().filter(|c| c.is_ascii_digit()).collect();
            if !digits.is_empty() {
                out.push((cells[0].to_string(), digits.parse().unwrap()));
            }
        }
    }
    out
}

#[test]
fn every_section7_number_is_in_the_trends_data() {
    let ds = Dataset::load("njov_trends", None).unwrap();
    let numbers = section7_numbers();
    assert_eq!(numbers.len(), 21, "the section-7 table holds 21 numbers");
    for (row, x) in numbers {
        assert!(
            ds.figures().iter().any(|f| f.value.number() == Some(x)),
            "{row}: {x} is not in njov_trends"
        );
    }
}

#[test]
fn the_2006_categories_fall_one_short_of_the_total() {
    let ds = Dataset::load("njov_trends", None).unwrap();
    assert_eq!(ds.value("w2006.category_sum"), Some(7009.0));
    assert_eq!(ds.value("w2006.total"), Some(7010.0));
    assert_eq!(ds.value("w2000.category_sum"), ds.value("w2000.total"));
}

#[test]
fn the_trends_report_renders_without_a_design_model() {
    let ds = Dataset::load("njov_trends", None).unwrap();
    let r = Report::build(&ds).unwrap();
    assert!(r.model.is_none() && r.estimates.is_empty());
    let text = r.render(Format::Text).unwrap();
    assert!(text.contains("w2006.undercover_solicitation"));
    // The growth of undercover solicitations, checked as a claim.
    let j = njov::claims::check(
        "nearly quintupled",
        &njov::Evidence::Change {
            from: ds.value("w2000.undercover_solicitation").unwrap(),
            to: ds.value("w2006.undercover_solicitation").unwrap(),
        },
    )
    .unwrap();
    assert_eq!(j.verdict, njov::Verdict::Consistent, "{}", j.reason);
}
