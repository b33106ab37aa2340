//! Case outcomes: the conviction figures and whether any base is published for them.
//!
//! `cargo run --example case_outcomes`

use njov::{Dataset, Format, Report};

fn main() -> Result<(), njov::Error> {
    let ds = Dataset::latest()?;
    let report = Report::build(&ds)?.only(&["case_outcomes"]);
    print!("{}", report.render(Format::Text)?);
    Ok(())
}
