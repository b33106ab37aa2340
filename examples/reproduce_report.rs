//! The full reproduction report from the embedded data.
//!
//! `cargo run --release --example reproduce_report [-- text|markdown|json|csv]`

use njov::{Dataset, Format, Report};

fn main() -> Result<(), njov::Error> {
    let format: Format = std::env::args()
        .nth(1)
        .as_deref()
        .unwrap_or("text")
        .parse()?;
    let ds = Dataset::latest()?;
    print!("{}", Report::build(&ds)?.render(format)?);
    Ok(())
}
