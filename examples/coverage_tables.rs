//! Prints the exact-coverage tables of `docs/coverage.md`: coverage
//! probability and expected width of every proportion method at n = 129 and
//! n = 612, level 0.95 (Brown, Cai and DasGupta 2001).
//!
//! Run: `cargo run --release --example coverage_tables` and paste its tables into
//! `docs/coverage.md`

use njov::ProportionMethod;
use njov::interval::{coverage_summary, exact_coverage_grid};

fn main() -> njov::Result<()> {
    let level = 0.95;
    let ps = [0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5];
    let points = 999;
    for n in [129u64, 612] {
        println!("### n = {n}, level {level}\n");
        print!("| method |");
        for p in ps {
            print!(" p = {p} |");
        }
        println!(" mean C | min C (at p) | share C < 0.94 | mean width |");
        print!("|---|");
        for _ in ps {
            print!("---|");
        }
        println!("---|---|---|---|");
        for &m in ProportionMethod::all() {
            let grid = exact_coverage_grid(m, n, level, &ps)?;
            let s = coverage_summary(m, n, level, points)?;
            print!("| `{}` |", m.name());
            for c in &grid {
                print!(" {:.4} ({:.4}) |", c.probability, c.expected_width);
            }
            println!(
                " {:.4} | {:.4} ({:.3}) | {:.3} | {:.4} |",
                s.mean, s.min, s.argmin, s.share_below, s.mean_width
            );
        }
        println!();
    }
    Ok(())
}
