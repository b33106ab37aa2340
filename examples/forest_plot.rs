//! Writes the forest plot of the shares and their intervals across the
//! design-effect grid.
//!
//! `cargo run --example forest_plot [-- OUTPUT.svg]` (default `njov-forest.svg`)

use njov::{Dataset, Report};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "njov-forest.svg".into());
    let ds = Dataset::latest()?;
    let svg = Report::build(&ds)?.forest_plot_svg()?;
    std::fs::write(&path, svg)?;
    println!("wrote {path}");
    Ok(())
}
