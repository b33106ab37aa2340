//! Child-pornography possessors: the national estimate, its breakdown and the image-content shares, with the counts each printed percentage implies.
//!
//! `cargo run --example image_content`

use njov::{Dataset, Format, Report};

fn main() -> Result<(), njov::Error> {
    let ds = Dataset::latest()?;
    let report = Report::build(&ds)?.only(&["possessors"]);
    print!("{}", report.render(Format::Text)?);
    Ok(())
}
