//! Inputs shared by the interval benches.

/// Number of intervals per pass.
pub const N: usize = 1_000_000;

/// Whether criterion was started by `cargo bench` (which passes `--bench`)
/// rather than by `cargo test --all-targets`, which runs each benchmark once
/// as a test: the sizes then shrink (10^4 intervals, 10^4 rows) so that the
/// test run of the benches, in the debug profile, stays short.
#[allow(dead_code)]
pub fn benching() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// Intervals per pass: [`N`] under `cargo bench`, 10^4 as a test.
#[allow(dead_code)]
pub fn n() -> usize {
    if benching() { N } else { 10_000 }
}

/// A small deterministic generator (SplitMix64), so the inputs are the same
/// on every run without a rand dependency.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// `n` pairs `(successes, trials)`: trials log-uniform in [1, 10^4],
/// successes uniform in [0, trials]. The first `m` pairs are the same for
/// every `n >= m`.
pub fn inputs(n: usize) -> Vec<(u64, u64)> {
    let mut s = 42u64;
    (0..n)
        .map(|_| {
            let u = (splitmix(&mut s) >> 11) as f64 / (1u64 << 53) as f64;
            let trials = 10f64.powf(4.0 * u).round().max(1.0) as u64;
            let successes = splitmix(&mut s) % (trials + 1);
            (successes, trials)
        })
        .collect()
}
