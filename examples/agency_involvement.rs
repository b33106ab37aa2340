//! Agency involvement: shares printed in words or numbers, and the arrests they imply.
//!
//! `cargo run --example agency_involvement`

use njov::{Dataset, Format, Report};

fn main() -> Result<(), njov::Error> {
    let ds = Dataset::latest()?;
    let report = Report::build(&ds)?.only(&["agency_involvement"]);
    print!("{}", report.render(Format::Text)?);
    Ok(())
}
