//! National estimates of arrests by category, their shares of the 2,577 total, and the press release's wording of them.
//!
//! `cargo run --example arrest_categories`

use njov::{Dataset, Format, Report};

fn main() -> Result<(), njov::Error> {
    let ds = Dataset::latest()?;
    let report = Report::build(&ds)?.only(&["arrest_categories"]);
    print!("{}", report.render(Format::Text)?);
    Ok(())
}
