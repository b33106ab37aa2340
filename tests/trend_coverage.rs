//! Coverage of the trend intervals under the model they assume, by a seeded
//! Monte Carlo: each wave simulated as the design model describes it (the
//! national total a scaled Poisson count of `n1 / deff` reported arrests, a
//! category's share a binomial proportion of `n / deff` interviews, waves
//! and phases independent), the interval computed from each draw's own
//! estimates (plug-in shares), and the share of draws whose interval holds
//! the true ratio or difference counted.
//!
//! The inputs are the njov_trends figures and the wave design's values
//! (wave 1: n1 = 1723 reported arrests, 612 interviews; wave 2: n1 = 1723 x
//! 7010 / 2577 assumed, 1051 interviews; wave 3: n1 = 1723 x 8144 / 2577
//! assumed), written here as numbers because this test is about the
//! intervals, not the data; `trend_reference.rs` ties those to the data.

use njov::study::trend::{Trend, WaveCount};
use rand::SeedableRng;
use rand::rngs::StdRng;
use rand_distr::{Binomial, Distribution, Poisson};

struct Wave {
    total: f64,
    n1: f64,
    n: f64,
}

const W2000: Wave = Wave {
    total: 2577.0,
    n1: 1723.0,
    n: 612.0,
};
const W2006: Wave = Wave {
    total: 7010.0,
    n1: 1723.0 * 7010.0 / 2577.0,
    n: 1051.0,
};
const W2009: Wave = Wave {
    total: 8144.0,
    n1: 1723.0 * 8144.0 / 2577.0,
    n: 1000.0,
};

/// A count to simulate: the total (`None`) or a category of it.
struct Case {
    name: &'static str,
    from: (&'static Wave, Option<f64>),
    to: (&'static Wave, Option<f64>),
}

/// One draw of a wave's estimate and the WaveCount the interval is computed
/// from (its share the draw's own).
fn draw(rng: &mut StdRng, wave: &Wave, value: Option<f64>, deff: f64) -> WaveCount {
    // Var(T hat) = deff T^2 / n1: a Poisson count of n1 / deff scaled by
    // T deff / n1.
    let count = Poisson::new(wave.n1 / deff).unwrap().sample(rng);
    let total = wave.total * count * deff / wave.n1;
    match value {
        None => WaveCount::Total { total, n1: wave.n1 },
        Some(x) => {
            let m = (wave.n / deff).round() as u64;
            let share = Binomial::new(m, x / wave.total).unwrap().sample(rng) as f64 / m as f64;
            WaveCount::Category {
                value: total * share,
                total,
                n1: wave.n1,
                // The base the interval is computed with: n such that
                // n / deff is the simulated number of interviews.
                n: m as f64 * deff,
            }
        }
    }
}

/// Coverage of the 95% ratio and difference intervals over `draws` draws.
fn coverage(case: &Case, deff: f64, draws: usize, seed: u64) -> (f64, f64) {
    let truth = |(w, v): (&Wave, Option<f64>)| v.unwrap_or(w.total);
    let (xa, xb) = (truth(case.from), truth(case.to));
    let mut rng = StdRng::seed_from_u64(seed);
    let (mut ratio_in, mut diff_in) = (0usize, 0usize);
    for _ in 0..draws {
        let a = draw(&mut rng, case.from.0, case.from.1, deff);
        let b = draw(&mut rng, case.to.0, case.to.1, deff);
        let t = Trend::compute(
            &a.estimate(deff, deff).unwrap(),
            &b.estimate(deff, deff).unwrap(),
            0.95,
        )
        .unwrap();
        ratio_in += usize::from(t.ratio.lower <= xb / xa && xb / xa <= t.ratio.upper);
        diff_in += usize::from(t.difference.lower <= xb - xa && xb - xa <= t.difference.upper);
    }
    (
        ratio_in as f64 / draws as f64,
        diff_in as f64 / draws as f64,
    )
}

/// At 20,000 draws the Monte Carlo standard error of a coverage near 0.95
/// is 0.0015. The delta-method intervals are approximate: the log scale
/// fits the ratio of two near-normal counts well, and the plug-in share
/// adds a little. Measured (seeds 2006-2010): ratio coverage 0.9478 to
/// 0.9530, difference coverage 0.9486 to 0.9516 over these cases and design
/// effects; the bound 0.95 -/+ 0.006 is four Monte Carlo standard errors.
/// A wrong quantile (the 90% one) or a dropped phase would miss it by far.
#[test]
fn ratio_and_difference_intervals_cover_at_their_level() {
    let cases = [
        Case {
            name: "all arrests 2000 -> 2006",
            from: (&W2000, None),
            to: (&W2006, None),
        },
        Case {
            name: "all arrests 2006 -> 2009",
            from: (&W2006, None),
            to: (&W2009, None),
        },
        Case {
            name: "online meeting 2000 -> 2006",
            from: (&W2000, Some(508.0)),
            to: (&W2006, Some(615.0)),
        },
        Case {
            name: "solicitations of undercover investigators 2000 -> 2006",
            from: (&W2000, Some(644.0)),
            to: (&W2006, Some(3100.0)),
        },
        Case {
            name: "family or acquaintance 2000 -> 2006",
            from: (&W2000, Some(490.0)),
            to: (&W2006, Some(877.0)),
        },
    ];
    let draws = 20_000;
    for (k, case) in cases.iter().enumerate() {
        for deff in [1.0, 3.0] {
            let (ratio, diff) = coverage(case, deff, draws, 2006 + k as u64);
            eprintln!(
                "{} deff {deff}: ratio {ratio:.4}, difference {diff:.4}",
                case.name
            );
            for (what, c) in [("ratio", ratio), ("difference", diff)] {
                assert!(
                    (c - 0.95).abs() < 0.006,
                    "{} deff {deff}: {what} interval covers {c:.4}",
                    case.name
                );
            }
        }
    }
}
