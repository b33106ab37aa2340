//! Special functions for interval estimation, accurate to about 1e-15
//! relative: log-gamma, the regularised incomplete gamma and beta functions,
//! their inverses, and the normal and Student t quantiles.
//!
//! # Which functions come from statrs, which are ours, and why
//!
//! statrs serves a function where it is within 1e-13 relative of the
//! 60-digit mpmath references on the whole grid
//! (`tests/data/special_reference.csv`, and the Clopper-Pearson and
//! Jeffreys limits of `tests/data/interval_reference.csv`); elsewhere this
//! module keeps its own. `tests/statrs_accuracy.rs` measures both and
//! asserts each choice: it fails if a function taken from statrs drifts
//! beyond 1e-13, or if statrs comes within 1e-13 where we keep our own (the
//! day statrs catches up). Maximum relative errors measured (statrs 0.19.1):
//!
//! | function | grid rows | ours | statrs | used |
//! |---|---|---|---|---|
//! | normal quantile ([`normal_quantile`]) | 17 | 1.1e-15 | 2.2e-16 | statrs `erfc_inv` |
//! | ln-gamma ([`ln_gamma`]) | 22 | 8.0e-16 | 1.7e-14 | statrs `ln_gamma` |
//! | normal cdf ([`normal_cdf`]) | 19 | 4.0e-14 | 8.6e-11 (at z = -1) | ours |
//! | incomplete gamma `P(a, x)` | 31 | 1.2e-14 | 1.0e-9 (a = 1e6) | ours |
//! | incomplete gamma `Q(a, x)` | 31 | 1.2e-14 | 7.4e-10 (a = 1e6) | ours |
//! | incomplete beta `I_x(a, b)` | 60 | 1.9e-13 | 2.4e-3 (a = b = 5e5) | ours |
//! | incomplete beta `1 - I_x(a, b)` | 60 | 2.6e-11 | 2.4e-3 (a = b = 5e5) | ours |
//! | inverse incomplete beta | 54 | 6.5e-15 | 1.4e10 (a = 0.5, b = 1e6, p = 1e-10) | ours |
//! | inverse incomplete beta, Clopper-Pearson and Jeffreys limits (n = 1 .. 1e6) | 752 | 2.2e-14 | 3.9e-3 (n = 1e6) | ours |
//! | inverse incomplete gamma | 24 | 3.8e-15 | 5.9e10 (a = 0.5, p = 1e-10) | ours |
//! | chi-square quantile (twice the gamma quantile) | 72 | 3.8e-15 | 5.9e10 (df = 1, p = 1e-10) | ours |
//! | Student t cdf | 30 | 1.5e-13 | 8.7e-10 (df = 1e6) | ours |
//! | Student t quantile | 120 | 1.8e-14 | 0.16 (df = 1e7) | ours |
//!
//! ("ours" for the two statrs rows is the implementation this module had
//! before it switched.) statrs' shortfalls come from the same two sources:
//! the prefix `x^a (1-x)^b / B(a,b)` or `x^a e^-x / Gamma(a)` formed from
//! logarithms, which loses about `eps * a` for large shapes, and inverses
//! that solve on the lower tail only, or stop at an absolute tolerance, so
//! that small quantiles come out with a relative error of order one. Its
//! `erfc` loses about 1e-10 for arguments near 0.7. Our own ln-gamma was
//! the more accurate of the two, but statrs' meets the 1e-13 rule and the
//! rule prefers the crate; this module's incomplete functions do not use
//! `ln_gamma` (they use Stirling's error directly, below).
//!
//! # How accuracy is kept for large shapes and rare tails
//!
//! The hard part of an incomplete beta or gamma function with shapes near
//! 1e6 is the prefix `x^a (1-x)^b / B(a, b)`: computed from logarithms, its
//! exponent is a difference of terms near 1e7 and loses about seven digits.
//! Here the prefix is computed with Loader's (2000) saddle-point form, the one R
//! uses in `dbinom`:
//!
//! ```text
//! x^a y^b / B(a,b) = sqrt(a b / (2 pi (a+b)))
//!                    * exp( s(a+b) - s(a) - s(b) - D(a, (a+b) x) - D(b, (a+b) y) )
//! x^a e^-x / Gamma(a+1) = exp( -s(a) - D(a, x) ) / sqrt(2 pi a)
//!
//! s(z)    = ln Gamma(z+1) - (z + 1/2) ln z + z - ln sqrt(2 pi)   (Stirling's error)
//! D(k, m) = k ln(k/m) + m - k                                     (deviance term)
//! ```
//!
//! Every term is small or exactly the size of the result's logarithm, so the
//! prefix keeps full relative precision. The remaining factor is a continued
//! fraction (Numerical Recipes `betacf` and `gcf`, evaluated by the forward
//! recurrence of their convergents) or a power series, evaluated on the side
//! where it converges and where the returned tail is the small one, so that
//! rare-event tails are not computed as `1 - (1 - p)`. The constants of the
//! prefix are computed once per shape (`BetaShape`, `GammaShape`), and
//! Stirling's error is tabulated at half-integers below 10.
//!
//! # Inverses: one evaluation from a good first guess
//!
//! The inverses solve for the smaller of `x` and `1 - x` on the smaller
//! tail. A first guess (`beta_guess`: Abramowitz and Stegun 26.5.22 as in
//! AS 109, the Gamma limit of the Beta for very unequal shapes, power laws;
//! `gamma_guess`: series inversions or Wilson-Hilferty) is followed by one
//! evaluation of the tail and the density there; the density's form
//! `ln f = alpha ln x + beta ln(1-x) + gamma x` then gives the tail's Taylor
//! expansion about that point to any order without further evaluations, and
//! `taylor_step` solves it to full precision (`solve_quantile`). When the
//! guess is farther than a quarter of the density's scale, the step is a
//! Newton step on `ln T` against `ln x`, kept inside a bracket of evaluated
//! points and falling back to bisection, so the iteration converges from
//! any start; should it still fail, the former solver (`solve_tail`,
//! Newton on the log scale from scratch) takes over. On the 10^6 inputs of
//! `benches/intervals.rs` a quantile takes one evaluation in 99.7%
//! (Clopper-Pearson), 97.8% (Jeffreys) and 98.8% (exact Poisson) of cases,
//! two otherwise. Unit tests hold the fast inverses to the safe solver over
//! 458 shape pairs and tails from 1e-10 to 1/2.
//!
//! The Student t quantile for `df >= 2e4` uses the Cornish-Fisher
//! expansion to order `df^-4` (Abramowitz and Stegun 26.7.5), whose truncation
//! error there is below 1e-18.
//!
//! Where the complement continued fraction would be evaluated at `1 - x`
//! close to 1 (small `x`, huge `b`: an upper limit for a rare event), its
//! terms cancel; there the upper tail is a finite binomial sum (integer
//! shapes) or `1 - I_x` from a positive power series, whichever loses
//! less. For non-integer shapes the upper tail's relative error is then
//! about `eps / max(x, 1 - I_x)`: large only when both are tiny (an upper
//! tail below 1e-6 at `x` below 1e-6, so `b` above 1e6). At confidence
//! levels up to 0.99 the tail is at least 0.005 and the error stays below
//! about 3e-14.
//!
//! The reference values in `tests/data/interval_reference.csv` and
//! `tests/data/special_reference.csv` (mpmath at 60 digits) bound the error
//! of the whole chain; `tests/interval_reference.rs` holds every quantile to
//! 1e-13 relative. Measured maxima: Beta quantiles 6.5e-15 (2.2e-14 at the
//! Jeffreys limits), t 1.8e-14, gamma 3.8e-15, normal 2.2e-16. The
//! distribution functions meet 1e-13 too
//! except in two named regions, tested at their documented bounds:
//!
//! * `beta_reg` within a few standard deviations of the mean for shapes of
//!   1e5 and more: the continued fraction's leading terms cancel near its
//!   switch point, relative error about `eps * sqrt(a + b)` (1.9e-13 at
//!   a = b = 5e5; `students_t_cdf` for df >= 1e5, a Beta with shapes
//!   df/2 and 1/2 near 1, reaches 1.5e-13). The
//!   quantiles are unaffected (a relative error `d` in the tail moves the
//!   quantile by `d * I / (x f(x))`, about `d * sd / x` there).
//! * the rare upper tail above (2.6e-11 at a = 0.5, b = 1e6, x = 1e-5).
//!
//! # Speed
//!
//! Clopper-Pearson, Jeffreys and exact Poisson intervals (level 0.95) for
//! the 10^6 inputs of `benches/intervals.rs`, one core
//! (`benches/exact_intervals.rs`, CPU time, best of three, on a shared
//! 2-core AMD EPYC under load, in one sitting with scipy 1.17 on the same
//! inputs):
//!
//! | intervals | this module | former solver | scipy |
//! |---|---|---|---|
//! | Clopper-Pearson | 0.72 s | 5.52 s | 1.63 s (`beta.ppf`) |
//! | Jeffreys | 0.80 s | 6.06 s | 2.47 s (`beta.ppf`) |
//! | exact Poisson | 0.64 s | 3.09 s | 1.47 s (`gammaincinv`) |
//!
//! callgrind, first 10^5 inputs: 4.4e8 / 4.8e8 / 4.3e8 instructions against
//! 2.0e9 / 2.2e9 / 1.7e9 for the former solver. What is left is mostly the
//! one evaluation (about 36 terms of the continued fraction at n near 1e4,
//! as many of the gamma series at counts near 1e4) and the guess, prefix
//! and Taylor step around it; an asymptotic expansion for large shapes
//! (Temme's, as TOMS 708 `basym` uses it) would remove the long fractions.
//!
//! Since then the inverse asks the continued fraction only for the
//! precision its root needs (`BetaShape::tails_for_quantile`: 13% fewer
//! terms) and the Taylor step only for `2^-57 x`. Instructions per limit
//! through the batch API (`njov-peers once`, first 10^5 harness inputs,
//! 184,670 limits, reading the inputs subtracted): Clopper-Pearson 2,105
//! to 2,024, Korn-Graubard 2,114 to 2,032, Jeffreys 2,312 to 2,218. Of
//! Clopper-Pearson's, the continued fraction is 38%, the Taylor step 18%,
//! Stirling's error and the prefix's deviance terms 13%, `exp` 5%.
//! Measured and not kept (callgrind): the fraction's even contraction
//! (half its dependency chain, the same terms) +13% in the fraction; its
//! division-free form (each level multiplied through by its denominators)
//! +13% in the fraction; the two limits' fractions in lock step as
//! two-lane vectors (with the contraction), which the compiler packed only
//! in part, +7% in all; the Taylor series summed in one pass without its
//! array, +11% in Jeffreys' Taylor steps. The fraction's terms, whose
//! number grows like `sqrt(a+b)` at the 2.5% points, are what an expansion
//! for large shapes would remove.

use crate::error::{Error, Result};

const TWO_PI: f64 = std::f64::consts::TAU;
const LN_SQRT_2PI: f64 = 0.918_938_533_204_672_8;
const EPS: f64 = f64::EPSILON;
/// Cap on continued-fraction and series terms; far above what any finite
/// argument in the supported range needs (about 3 sqrt(shape) terms).
const MAX_TERMS: usize = 1_000_000;

// ---------------------------------------------------------------------------
// Stirling's error, the deviance term, log-gamma
// ---------------------------------------------------------------------------

/// Stirling's error at `z = k/2`, `k = 1 .. 19` (index `k`), as R's
/// `stirlerr` tabulates it: the shapes of Clopper-Pearson and Jeffreys
/// limits are integers and half-integers, and the recurrence below costs up
/// to twenty logarithms. Values from mpmath at 50 digits
/// (`loggamma(z+1) - (z+1/2) log(z) + z - log(sqrt(2 pi))`), rounded to the
/// nearest double; the unit test `stirling_table_matches_the_recurrence`
/// checks them.
const STIRLING_HALVES: [f64; 20] = [
    0.0, // unused
    0.153_426_409_720_027_36,
    0.081_061_466_795_327_26,
    0.054_814_121_051_917_65,
    0.041_340_695_955_409_3,
    0.033_162_873_519_936_29,
    0.027_677_925_684_998_34,
    0.023_746_163_656_297_496,
    0.020_790_672_103_765_093,
    0.018_488_450_532_673_187,
    0.016_644_691_189_821_193,
    0.015_134_973_221_917_378,
    0.013_876_128_823_070_748,
    0.012_810_465_242_920_227,
    0.011_896_709_945_891_77,
    0.011_104_559_758_206_917,
    0.010_411_265_261_972_096,
    0.009_799_416_126_158_804,
    0.009_255_462_182_712_733,
    0.008_768_700_134_139_386,
];

/// Stirling's error `s(z) = ln Gamma(z+1) - (z+1/2) ln z + z - ln sqrt(2 pi)`.
///
/// For `z >= 10` the asymptotic series, to `z^-15` below 35 and to fewer
/// terms above (truncation error below 3e-17); below 10 the table at
/// half-integers, else the recurrence
/// `s(z) = s(z+1) + (z+1/2) ln(1+1/z) - 1`.
fn stirling_error(z: f64) -> f64 {
    if z < 10.0 {
        let twice = 2.0 * z;
        if twice >= 1.0 && (twice as u32) as f64 == twice {
            return STIRLING_HALVES[twice as usize];
        }
        return stirling_error_recurrence(z);
    }
    stirling_error_series(z)
}

/// `s(z)` for `z < 10` by the upward recurrence to the series at 10.
fn stirling_error_recurrence(z: f64) -> f64 {
    let mut sum = 0.0;
    let mut w = z;
    while w < 10.0 {
        sum += (w + 0.5) * (1.0 / w).ln_1p() - 1.0;
        w += 1.0;
    }
    sum + stirling_error_series(w)
}

/// `s(z)` for `z >= 10`: the asymptotic series.
fn stirling_error_series(z: f64) -> f64 {
    {
        let r = 1.0 / z;
        let r2 = r * r;
        const S: [f64; 8] = [
            1.0 / 12.0,
            -1.0 / 360.0,
            1.0 / 1260.0,
            -1.0 / 1680.0,
            1.0 / 1188.0,
            -691.0 / 360_360.0,
            1.0 / 156.0,
            -3617.0 / 122_400.0,
        ];
        // fewer terms for larger z, each cut below 3e-17 (as R's stirlerr)
        let terms = if z > 500.0 {
            2
        } else if z > 80.0 {
            3
        } else if z > 35.0 {
            4
        } else {
            8
        };
        let mut acc = S[terms - 1];
        for &c in S[..terms - 1].iter().rev() {
            acc = acc * r2 + c;
        }
        acc * r
    }
}

/// Whether `v >= 0` is an integer (without `fract`, a library call on
/// baseline x86-64).
fn is_integer(v: f64) -> bool {
    v >= 4_503_599_627_370_496.0 || (v as u64) as f64 == v
}

/// Loader's deviance term `D(k, m) = k ln(k/m) + m - k`, computed without
/// cancellation when `k` is close to `m`.
fn deviance_term(k: f64, m: f64) -> f64 {
    if k == 0.0 {
        return m;
    }
    if (k - m).abs() < 0.1 * (k + m) {
        // D = (k-m) v + 2 k sum_{j>=1} v^(2j+1) / (2j+1),  v = (k-m)/(k+m);
        // |v| < 0.1, so 20 terms reach v^41 < 1e-41
        let v = (k - m) / (k + m);
        let mut s = (k - m) * v;
        let mut ej = 2.0 * k * v;
        let v2 = v * v;
        for &inv_odd in &INV_ODD {
            ej *= v2;
            let s1 = s + ej * inv_odd;
            if s1 == s {
                break;
            }
            s = s1;
        }
        return s;
    }
    k * (k / m).ln() + m - k
}

/// `1 / (2j + 1)` for `j = 1 .. 20`, the coefficients of the deviance series.
const INV_ODD: [f64; 20] = {
    let mut t = [0.0; 20];
    let mut j = 0;
    while j < 20 {
        t[j] = 1.0 / (2 * j + 3) as f64;
        j += 1;
    }
    t
};

/// `ln Gamma(a + 1)` from Stirling's error, `s(a) + (a + 1/2) ln a - a +
/// ln sqrt(2 pi)`: one logarithm for integer and half-integer `a` and for
/// `a >= 10`. For the first guesses of the inverses, where statrs'
/// [`ln_gamma`] would cost more than the rest of the guess.
fn ln_gamma_1p(a: f64) -> f64 {
    stirling_error(a) + (a + 0.5) * a.ln() - a + LN_SQRT_2PI
}

/// Natural logarithm of the gamma function for `x > 0`: statrs'
/// `ln_gamma` (Lanczos approximation, Pugh 2004), within 1.7e-14 relative of
/// the 60-digit references on the grid (see the module documentation).
///
/// ```text
/// ln Gamma(x) = ln integral_0^inf t^(x-1) e^(-t) dt
/// ```
///
/// Returns NaN for `x <= 0` or NaN, and infinity for infinite `x`.
///
/// ```
/// use njov::interval::special::ln_gamma;
/// assert!((ln_gamma(5.0) - 24f64.ln()).abs() < 1e-14);
/// assert!((ln_gamma(0.5) - std::f64::consts::PI.sqrt().ln()).abs() < 1e-15);
/// ```
pub fn ln_gamma(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 {
        return f64::NAN;
    }
    if x.is_infinite() {
        return f64::INFINITY;
    }
    statrs::function::gamma::ln_gamma(x)
}

/// The constants of a Beta(a, b) distribution function that do not depend
/// on `x`, computed once for the many evaluations of an inverse: Loader's
/// form of the prefix `x^a y^b / B(a,b) = k exp(lc - D(a, n x) - D(b, n y))`.
#[derive(Clone, Copy, Debug)]
struct BetaShape {
    a: f64,
    b: f64,
    /// `a + b`
    n: f64,
    /// `s(a+b) - s(a) - s(b)`
    lc: f64,
    /// `sqrt(a b / (2 pi (a+b)))`
    k: f64,
}

impl BetaShape {
    fn new(a: f64, b: f64) -> Self {
        let n = a + b;
        BetaShape {
            a,
            b,
            n,
            lc: stirling_error(n) - stirling_error(a) - stirling_error(b),
            k: (a * b / (TWO_PI * n)).sqrt(),
        }
    }

    /// The distribution of `1 - X`: the shapes exchanged.
    fn swapped(self) -> Self {
        BetaShape {
            a: self.b,
            b: self.a,
            ..self
        }
    }

    /// `x^a y^b / B(a, b)` with `y = 1 - x` given separately.
    fn prefix(&self, x: f64, y: f64) -> f64 {
        if x == 0.0 || y == 0.0 {
            return 0.0;
        }
        let e = self.lc - deviance_term(self.a, self.n * x) - deviance_term(self.b, self.n * y);
        e.exp() * self.k
    }
}

/// The constants of a Gamma(a, 1) distribution function that do not depend
/// on `x`: Loader's form `x^a e^-x / Gamma(a+1) = k exp(-s(a) - D(a, x))`.
#[derive(Clone, Copy, Debug)]
struct GammaShape {
    a: f64,
    /// `s(a)`
    sa: f64,
    /// `1 / sqrt(2 pi a)`
    k: f64,
}

impl GammaShape {
    fn new(a: f64) -> Self {
        GammaShape {
            a,
            sa: stirling_error(a),
            k: 1.0 / (TWO_PI * a).sqrt(),
        }
    }

    /// `x^a e^-x / Gamma(a + 1)`.
    fn prefix(&self, x: f64) -> f64 {
        if x == 0.0 {
            return 0.0;
        }
        (-self.sa - deviance_term(self.a, x)).exp() * self.k
    }

    /// [`gamma_tails`] and the prefix `x^a e^-x / Gamma(a+1)`.
    fn tails(&self, x: f64) -> (f64, f64, f64) {
        let a = self.a;
        if x <= 0.0 {
            return (0.0, 1.0, 0.0);
        }
        if x.is_infinite() {
            return (1.0, 0.0, 0.0);
        }
        let pre = self.prefix(x);
        if x < a + 1.0 {
            // P = pre * sum_k x^k / ((a+1)...(a+k)), two terms per pass
            // with one division: x/(ap+1) = x (ap+2) d, x/(ap+2) = x (ap+1) d
            let mut term = 1.0;
            let mut sum = 1.0;
            let mut ap = a;
            for _ in 0..MAX_TERMS / 2 {
                let xd = x / ((ap + 1.0) * (ap + 2.0));
                // the factors first: one multiplication per term on the chain
                let (f1, f2) = ((ap + 2.0) * xd, (ap + 1.0) * xd);
                let t1 = term * f1;
                term = t1 * f2;
                sum += t1 + term;
                ap += 2.0;
                if term < sum * EPS * 0.5 {
                    break;
                }
            }
            let p = pre * sum;
            (p, 1.0 - p, pre)
        } else {
            let q = a * pre * gamma_cf(a, x);
            (1.0 - q, q, pre)
        }
    }
}

/// Legendre's continued fraction for the upper incomplete gamma (Numerical
/// Recipes `gcf`), `Q(a, x) = a * prefix * gcf`:
///
/// ```text
/// gcf = 1 / (x+1-a - 1(1-a) / (x+3-a - 2(2-a) / (x+5-a - ...)))
/// ```
///
/// by the forward recurrence of its convergents (no divisions; see
/// [`beta_cf`]), rescaled when they leave [1e-100, 1e100].
fn gamma_cf(a: f64, x: f64) -> f64 {
    // D = b0 + an1 / (b1 + an2 / (b2 + ...)), gcf = 1/D = Q_j / P_j
    let mut bi = x + 1.0 - a;
    let (mut p2, mut p1) = (1.0, bi); // P_{-1}, P_0
    let (mut q2, mut q1) = (0.0, 1.0); // Q_{-1}, Q_0
    let mut i = 0.0;
    for _ in 0..MAX_TERMS {
        i += 1.0;
        bi += 2.0;
        let an = -i * (i - a);
        let p = bi * p1 + an * p2;
        let q = bi * q1 + an * q2;
        p2 = p1;
        q2 = q1;
        p1 = p;
        q1 = q;
        let cross = p1 * q2;
        if (cross - p2 * q1).abs() <= EPS * cross.abs() {
            break;
        }
        let mag = p1.abs();
        if !(1e-100..=1e100).contains(&mag) {
            let r = 1.0 / mag;
            p1 *= r;
            p2 *= r;
            q1 *= r;
            q2 *= r;
        }
    }
    q1 / p1
}

// ---------------------------------------------------------------------------
// Regularised incomplete gamma
// ---------------------------------------------------------------------------

/// Both tails `(P(a,x), Q(a,x))` of the regularised incomplete gamma; the
/// smaller one carries full relative precision.
fn gamma_tails(a: f64, x: f64) -> (f64, f64) {
    let (p, q, _) = GammaShape::new(a).tails(x);
    (p, q)
}

fn check_shape(name: &str, v: f64) -> Result<()> {
    if v.is_finite() && v > 0.0 {
        Ok(())
    } else {
        Err(Error::invalid_argument(name, v, "a finite number > 0"))
    }
}

fn check_probability(name: &str, v: f64) -> Result<()> {
    if (0.0..=1.0).contains(&v) {
        Ok(())
    } else {
        Err(Error::invalid_argument(name, v, "a probability in [0, 1]"))
    }
}

/// The regularised lower incomplete gamma function `P(a, x)`.
///
/// ```text
/// P(a, x) = (1 / Gamma(a)) * integral_0^x t^(a-1) e^(-t) dt
/// ```
///
/// Power series for `x < a + 1`, Legendre's continued fraction for `Q = 1 - P`
/// otherwise, both with Loader's prefix.
///
/// # Errors
/// `a` not finite and positive, or `x` negative or NaN.
///
/// ```
/// use njov::interval::special::gamma_reg_lower;
/// // P(1, x) = 1 - e^-x
/// let p = gamma_reg_lower(1.0, 0.5).unwrap();
/// assert!((p - (1.0 - (-0.5f64).exp())).abs() < 1e-15);
/// ```
pub fn gamma_reg_lower(a: f64, x: f64) -> Result<f64> {
    check_shape("a", a)?;
    if x.is_nan() || x < 0.0 {
        return Err(Error::invalid_argument("x", x, "a number >= 0"));
    }
    Ok(gamma_tails(a, x).0)
}

/// The regularised upper incomplete gamma function `Q(a, x) = 1 - P(a, x)`,
/// computed directly (no cancellation in the upper tail).
///
/// ```text
/// Q(a, x) = (1 / Gamma(a)) * integral_x^inf t^(a-1) e^(-t) dt
/// ```
///
/// # Errors
/// As [`gamma_reg_lower`].
///
/// ```
/// use njov::interval::special::gamma_reg_upper;
/// let q = gamma_reg_upper(1.0, 40.0).unwrap();
/// assert!((q / (-40f64).exp() - 1.0).abs() < 1e-14);
/// ```
pub fn gamma_reg_upper(a: f64, x: f64) -> Result<f64> {
    check_shape("a", a)?;
    if x.is_nan() || x < 0.0 {
        return Err(Error::invalid_argument("x", x, "a number >= 0"));
    }
    Ok(gamma_tails(a, x).1)
}

// ---------------------------------------------------------------------------
// Regularised incomplete beta
// ---------------------------------------------------------------------------

/// Continued fraction of Numerical Recipes `betacf`, so that
/// `I_x(a,b) = prefix * betacf / a`:
///
/// ```text
/// betacf = 1 / (1 + d1 / (1 + d2 / (1 + ...)))
/// d(2m+1) = -(a+m)(a+b+m) x / ((a+2m)(a+2m+1)),  d(2m) = m(b-m) x / ((a+2m-1)(a+2m))
/// ```
///
/// evaluated by the forward recurrence of its convergents
/// (`P_j = P_{j-1} + d_j P_{j-2}`, the same for `Q`, with `P/Q -> 1/betacf`)
/// rather than Lentz's method: the same arithmetic on the ratios, but the
/// divisions that form `d_j` are off the dependency chain, which is about
/// three times faster. Magnitudes are rescaled when they leave [1e-100, 1e100].
///
/// The fraction stops when two successive convergents `f` agree to `EPS`
/// relative, or, with `g > 0`, to `EPS max(1, g / f)`: an inverse needs
/// the tail `T = prefix * betacf / a` only to the precision that moves its
/// root by a fraction of an ulp (see [`BetaShape::tails_for_quantile`]).
fn beta_cf(a: f64, b: f64, x: f64, g: f64) -> f64 {
    let apb = a + b;
    // P_0 = 1, Q_0 = 1, then the first (odd) step d1 = -(a+b) x / (a+1)
    let (mut p2, mut p1) = (1.0, 1.0 - apb * x / (a + 1.0));
    let (mut q2, mut q1) = (1.0, 1.0);
    // one step: the even term d(2m) and the odd term d(2m+1), one division
    let step = |m: f64, p2: &mut f64, p1: &mut f64, q2: &mut f64, q1: &mut f64| {
        let a2m = a + 2.0 * m;
        let r = x / ((a2m - 1.0) * a2m * (a2m + 1.0));
        let d_even = m * (b - m) * (a2m + 1.0) * r;
        let d_odd = -(a + m) * (apb + m) * (a2m - 1.0) * r;
        let p = *p1 + d_even * *p2;
        let q = *q1 + d_even * *q2;
        *p2 = p;
        *q2 = q;
        *p1 = p + d_odd * *p1;
        *q1 = q + d_odd * *q1;
    };
    let mut m = 0.0;
    for _ in 0..MAX_TERMS / 2 {
        // two steps between tests
        step(m + 1.0, &mut p2, &mut p1, &mut q2, &mut q1);
        step(m + 2.0, &mut p2, &mut p1, &mut q2, &mut q1);
        m += 2.0;
        // after an odd step (the even ones change little while m << a),
        // the last two convergents agree:
        // |P_j Q_{j-1} - P_{j-1} Q_j| <= eps max(1, g P_j / Q_j) |P_j Q_{j-1}|
        let cross = p1 * q2;
        if (cross - p2 * q1).abs() <= EPS * cross.abs() * (g * p1 / q1).abs().max(1.0) {
            break;
        }
        // keep P (and with it Q = P / betacf) where the products above
        // neither overflow nor underflow
        let mag = p1.abs();
        if !(1e-100..=1e100).contains(&mag) {
            let r = 1.0 / mag;
            p1 *= r;
            p2 *= r;
            q1 *= r;
            q2 *= r;
        }
    }
    q1 / p1
}

/// Both tails `(I_x(a,b), 1 - I_x(a,b))` given `x` and `y = 1 - x`; the
/// smaller tail carries full relative precision (see [`beta_tails_small_x`]
/// for the one region where it carries `eps / tail` instead).
fn beta_tails(a: f64, b: f64, x: f64, y: f64) -> (f64, f64) {
    let (p, q, _) = BetaShape::new(a, b).tails(x, y);
    (p, q)
}

impl BetaShape {
    /// [`beta_tails`] and the prefix `x^a y^b / B(a,b)` (for the density).
    fn tails(&self, x: f64, y: f64) -> (f64, f64, f64) {
        self.tails_to(x, y, false)
    }

    /// [`tails`](Self::tails) to the precision an inverse needs at `x`: a
    /// relative error `d` in a tail `T` moves the root by
    /// `d T / f(x) = d T x y / prefix`, so the continued fraction
    /// (`T = prefix * betacf / a`) stops when its relative change is below
    /// `EPS a / (4 y betacf)` (at least `EPS`): a change that moves the
    /// root by a quarter of `EPS` times the smaller of `x` and `y` (here
    /// `x <= 1/2`; for the complement fraction, `b` for `a`). For shapes of
    /// 100 and more at the 2.5% points that is a tolerance 10 to 100 times
    /// `EPS`: a few terms fewer of the fraction (13% fewer over the 1.8e5
    /// Clopper-Pearson and Jeffreys limits of the first 10^5 bench inputs). The root then moves by no more than the fraction's
    /// own rounding moves it (the unit test
    /// `relaxed_tails_move_the_root_no_more_than_rounding` measures at most
    /// 28 `eps x`, at n = 1e6, where that rounding is about
    /// `eps sqrt(a+b)` of the tail).
    fn tails_for_quantile(&self, x: f64, y: f64) -> (f64, f64, f64) {
        self.tails_to(x, y, true)
    }

    fn tails_to(&self, x: f64, y: f64, quantile: bool) -> (f64, f64, f64) {
        if x <= 0.0 {
            return (0.0, 1.0, 0.0);
        }
        if y <= 0.0 {
            return (1.0, 0.0, 0.0);
        }
        if x > 0.5 {
            let (q, p, pre) = beta_tails_small_x(&self.swapped(), y, x, quantile);
            (p, q, pre)
        } else {
            beta_tails_small_x(self, x, y, quantile)
        }
    }
}

/// `beta_tails` for `x <= 1/2`.
///
/// Below the continued fraction's switch point `(a+1)/(a+b+2)` the lower
/// tail comes from the fraction at `x`. Above it, the fraction for the
/// complement would be evaluated at `1 - x`, close to 1 when `b` is large,
/// where its terms cancel (relative error about `eps / x`: 4e-11 at
/// `x = 3e-6`). There, for `x < 0.01`:
///
/// ```text
/// integer a <= 5000, b:  1 - I_x(a,b) = P(Binomial(a+b-1, x) <= a-1), a finite
///                        sum of binomial probabilities (full relative precision)
/// otherwise, (a+b)x <= 2000:
///     I_x(a,b) = x^a y^b / (a B(a,b)) * sum_k (a+b)_k / (a+1)_k x^k  (positive terms)
///     and 1 - I_x = 1 - that, relative error about eps / (1 - I_x); used when
///     that beats the fraction's eps / x
/// ```
///
/// and the complement fraction otherwise. The one case left at reduced
/// precision is a tiny upper tail (`1 - I_x < x < 0.01`) with non-integer
/// small `a` and huge `b`: relative error about `eps / x` there.
fn beta_tails_small_x(shape: &BetaShape, x: f64, y: f64, quantile: bool) -> (f64, f64, f64) {
    let BetaShape { a, b, .. } = *shape;
    let pre = shape.prefix(x, y);
    // the relaxed stop of `tails_for_quantile`
    let g = |s: f64| if quantile { 0.25 * s / y } else { 0.0 };
    if x < (a + 1.0) / (a + b + 2.0) {
        let p = pre * beta_cf(a, b, x, g(a)) / a;
        return (p, 1.0 - p, pre);
    }
    // the complement fraction at 1 - x loses about eps / x
    if x < 0.01 && a <= 5000.0 && is_integer(a) && is_integer(b) {
        let q = binomial_lower_tail(a as u64 - 1, (a + b - 1.0) as u64, x, y);
        return (1.0 - q, q, pre);
    }
    if x < 0.01 && (a + b) * x <= 2000.0 {
        let mut term = 1.0;
        let mut sum = 1.0;
        let mut k = 0.0;
        while k < 1e5 {
            term *= (a + b + k) / (a + 1.0 + k) * x;
            sum += term;
            k += 1.0;
            if term < sum * EPS * 0.25 && (a + b + k) * x < (a + 1.0 + k) {
                break;
            }
        }
        let p = pre * sum / a;
        // 1 - p loses about eps / (1 - p): use it when that beats eps / x
        if 1.0 - p > x {
            return (p, 1.0 - p, pre);
        }
    }
    let q = pre * beta_cf(b, a, y, g(b)) / b;
    (1.0 - q, q, pre)
}

/// The regularised incomplete beta function `I_x(a, b)`, the Beta(a, b)
/// distribution function.
///
/// ```text
/// I_x(a, b) = (1 / B(a, b)) * integral_0^x t^(a-1) (1-t)^(b-1) dt
/// ```
///
/// # Errors
/// `a` or `b` not finite and positive, or `x` outside `[0, 1]`.
///
/// ```
/// use njov::interval::special::beta_reg;
/// // I_x(1, b) = 1 - (1-x)^b
/// let v = beta_reg(1.0, 3.0, 0.25).unwrap();
/// assert!((v - (1.0 - 0.75f64.powi(3))).abs() < 1e-15);
/// ```
pub fn beta_reg(a: f64, b: f64, x: f64) -> Result<f64> {
    check_shape("a", a)?;
    check_shape("b", b)?;
    check_probability("x", x)?;
    Ok(beta_tails(a, b, x, 1.0 - x).0)
}

/// The complement `1 - I_x(a, b) = I_{1-x}(b, a)`, computed directly.
///
/// ```text
/// 1 - I_x(a, b) = (1 / B(a, b)) * integral_x^1 t^(a-1) (1-t)^(b-1) dt
/// ```
///
/// # Errors
/// As [`beta_reg`].
///
/// ```
/// use njov::interval::special::beta_reg_complement;
/// let v = beta_reg_complement(1.0, 3.0, 0.25).unwrap();
/// assert!((v - 0.75f64.powi(3)).abs() < 1e-15);
/// ```
pub fn beta_reg_complement(a: f64, b: f64, x: f64) -> Result<f64> {
    check_shape("a", a)?;
    check_shape("b", b)?;
    check_probability("x", x)?;
    Ok(beta_tails(a, b, x, 1.0 - x).1)
}

// ---------------------------------------------------------------------------
// A safeguarded Newton solver on the log scale
// ---------------------------------------------------------------------------

/// Finds `x` in `(lo, hi]` with `ln T(x) = ln_target`, where `T` is
/// monotone (`increasing` or not) and `eval(x)` returns
/// `(ln T(x), d ln T / d ln x)`. `x0` is a first guess. Newton steps are
/// taken on `ln x` and applied multiplicatively (so `x` keeps its own
/// resolution), limited to a factor `e^4`, and replaced by bisection when
/// they leave the bracket or stop shrinking.
fn solve_tail(
    mut eval: impl FnMut(f64) -> (f64, f64),
    ln_target: f64,
    x0: f64,
    lo: f64,
    hi: f64,
    increasing: bool,
) -> f64 {
    let mut lo = lo; // g(lo) < 0 side (0: unknown)
    let mut hi = hi; // g(hi) >= 0 side
    let sign = if increasing { 1.0 } else { -1.0 };
    let mut x = if x0 > lo && x0 < hi {
        x0
    } else {
        0.5 * (lo + hi)
    };
    let mut last_step = f64::INFINITY;
    for _ in 0..400 {
        let (ln_t, slope) = eval(x);
        let g = sign * (ln_t - ln_target);
        if g == 0.0 {
            return x;
        }
        if g < 0.0 {
            lo = lo.max(x);
        } else {
            hi = hi.min(x);
        }
        let mut step = if slope.is_finite() && slope != 0.0 && ln_t.is_finite() {
            -(ln_t - ln_target) / slope
        } else {
            f64::NAN
        };
        if step.is_finite() {
            // converged to the resolution of the evaluation: a step this
            // small can land on the bracket end itself, which is the root
            if step.abs() <= 4.0 * EPS {
                return x * step.exp();
            }
            step = step.clamp(-4.0, 4.0);
        }
        let mut next = if step.is_finite() {
            x * step.exp()
        } else {
            f64::NAN
        };
        let outside = !(next > lo && next < hi);
        if outside || (step.abs() > 0.5 * last_step && step.abs() > 1e-3) {
            // bisect: geometric when the bracket spans orders of magnitude
            next = if lo > 0.0 && hi / lo > 4.0 {
                (lo * hi).sqrt()
            } else if lo > 0.0 {
                0.5 * (lo + hi)
            } else {
                x * (-4.0f64).exp()
            };
            last_step = f64::INFINITY;
        } else {
            last_step = step.abs();
        }
        if (next - x).abs() <= 2.0 * EPS * x || (lo > 0.0 && (hi - lo) <= 2.0 * EPS * hi) {
            return next;
        }
        x = next;
    }
    x
}

/// The log-density of the distributions inverted here:
/// `ln f(x) = alpha ln x + beta ln(1 - x) + gamma x + const` (the Beta:
/// `a - 1`, `b - 1`, 0; the Gamma: `a - 1`, 0, -1).
#[derive(Clone, Copy, Debug)]
struct LogDensity {
    alpha: f64,
    beta: f64,
    gamma: f64,
}

/// What [`solve_quantile`] needs of a distribution at a point `x`.
struct QuantileEval {
    /// The tail being solved for: the lower tail if it increases with `x`,
    /// else the upper.
    tail: f64,
    /// The density `f(x)`.
    density: f64,
}

/// Evaluations [`solve_quantile`] takes before it gives up.
const QUANTILE_MAX_EVALS: usize = 60;

/// Most terms of the local expansion in [`taylor_step`].
const TAYLOR_MAX_TERMS: usize = 40;

/// Finds `x` in `(lo, hi)` with `T(x) = target` for a tail `T` that
/// increases with `x` (`increasing`, the lower tail) or decreases (the
/// upper tail), from a first guess `x0`; `None` if it has not converged
/// after [`QUANTILE_MAX_EVALS`] evaluations.
///
/// One evaluation at `x` gives `T(x)` and the density `f(x)`; the density's
/// form ([`LogDensity`]) then gives `T` near `x` without further
/// evaluations, as `T(x + d) = T(x) +- f(x) S(d)` with
///
/// ```text
/// S(d) = integral_0^d f(x+t)/f(x) dt = sum_n e_n d^(n+1) / (n+1),
/// f(x+t)/f(x) = exp(sum_k h_k t^k),
/// h_k = ((-1)^(k-1) alpha x^-k - beta (1-x)^-k) / k  (+ gamma for k = 1)
/// ```
///
/// (the exponential of a power series: `e_0 = 1`,
/// `e_n = sum_{k=1..n} k h_k e_{n-k} / n`). [`taylor_step`] solves
/// `S(d) = (target - T(x)) / (+-f(x))` on this series, summed until its terms
/// fall below 1e-18 of the sum: the root to full precision from a single
/// evaluation, whenever the first guess lies within a quarter of the
/// distance over which the density changes (and of the distance to 0 and 1).
/// Farther out, the step is a Newton step on `ln T` against `ln x`
/// (exact for a power-law tail, limited to a factor `e^4`) followed by a
/// new evaluation, and any step that leaves the bracket of evaluated points
/// is replaced by bisection (geometric when the bracket spans orders of
/// magnitude).
fn solve_quantile(
    log_density: LogDensity,
    mut eval: impl FnMut(f64) -> QuantileEval,
    target: f64,
    increasing: bool,
    x0: f64,
    lo: f64,
    hi: f64,
) -> Option<f64> {
    let (mut lo, mut hi) = (lo, hi);
    let mut x = if x0 > lo && x0 < hi {
        x0
    } else {
        bracket_point(lo, hi)
    };
    for _ in 0..QUANTILE_MAX_EVALS {
        let e = eval(x);
        let r = e.tail - target;
        if r == 0.0 {
            return Some(x);
        }
        if (r < 0.0) == increasing {
            lo = x;
        } else {
            hi = x;
        }
        // the Newton step
        let u = if increasing { -r } else { r } / e.density;
        let mut next = taylor_step(log_density, x, u).map_or(f64::NAN, |d| x + d);
        if next > lo && next < hi {
            return Some(next);
        }
        if (next - x).abs() <= 2.0 * EPS * x {
            // below the resolution of the evaluation: on an end of the bracket
            return Some(next.clamp(lo, hi));
        }
        if next.is_nan() && e.tail > 0.0 && e.density > 0.0 {
            // far from the root: Newton on ln T against ln x
            let l = (target / e.tail).ln() / (x * e.density / e.tail);
            next = x * (if increasing { l } else { -l }).clamp(-4.0, 4.0).exp();
        }
        if !(next > lo && next < hi) {
            next = bracket_point(lo, hi);
        }
        x = next;
    }
    None
}

/// The step `d` with `S(d) = u` on the local expansion of the tail at `x`
/// (see [`solve_quantile`]), or `None` when `u` is too far for it: more
/// than a quarter of the scale `1 / kappa` over which the density changes,
/// `kappa = |alpha|/x + |beta|/(1-x) + |gamma|`, or of the distance to the
/// singularities at 0 and 1.
///
/// The step is at most a quarter of the distance to the nearest
/// singularity of the density (0, or 1 for the Beta) and of `1 / kappa`,
/// so the series converges at least like `(1/4)^n`, and like `s^n` for a
/// step `s = kappa |u|` well inside. The series is summed until its terms
/// fall below `2^-57 x` or `1e-18` of the step, whichever is larger (the
/// answer `x + d` needs `d` to a fraction of an ulp of `x`, not to full
/// relative precision of `d` itself). The equation is solved from its
/// inverse series to fourth order by Newton's method on the summed series,
/// until a step falls below 1e-9 of `tau` or below the square root of
/// that bound (the next would be below it).
fn taylor_step(ld: LogDensity, x: f64, u: f64) -> Option<f64> {
    if !u.is_finite() {
        return None;
    }
    let y = 1.0 - x;
    let kappa = ld.alpha.abs() / x + ld.beta.abs() / y + ld.gamma.abs();
    if kappa == 0.0 {
        // a constant density: T is linear
        return Some(u);
    }
    let s = u.abs() * kappa;
    let reach = if ld.beta != 0.0 { x.min(y) } else { x };
    if s > 0.25 || u.abs() > 0.25 * reach {
        return None;
    }
    // n e_n = sum_k k h~_k e_{n-k}, k h~_k = -alpha p^k - beta q^k (+ g for
    // k = 1), p = -1/(kappa x), q = 1/(kappa y), g = gamma / kappa; the sums
    // A_n = sum_k p^k e_{n-k} obey A_n = p (e_{n-1} + A_{n-1}), B_n likewise
    let (p, q, g) = (-1.0 / (kappa * x), 1.0 / (kappa * y), ld.gamma / kappa);
    let mut e = [0.0; TAYLOR_MAX_TERMS + 1];
    e[0] = 1.0;
    let (mut sum_a, mut sum_b) = (0.0, 0.0);
    // the terms e_n tau^n against `tol`, at the largest |tau| the iteration
    // below can reach: the step is needed to 2^-57 x (in tau, 2^-57 kappa x),
    // or to 1e-18 of itself, whichever is larger
    let t_max = 1.5 * s;
    let tol_abs = (0.5f64.powi(57) * kappa * x).max(1e-18 * t_max);
    let tol = tol_abs / t_max;
    let mut t_pow = 1.0;
    let mut n_terms = 0;
    for n in 1..=TAYLOR_MAX_TERMS {
        let prev = e[n - 1];
        sum_a = p * (prev + sum_a);
        sum_b = q * (prev + sum_b);
        e[n] = (g * prev - ld.alpha * sum_a - ld.beta * sum_b) * INV_N[n];
        t_pow *= t_max;
        if (e[n] * t_pow).abs() <= tol && (prev * t_pow).abs() <= tol * t_max {
            n_terms = n;
            break;
        }
    }
    if n_terms == 0 {
        return None;
    }
    // solve S(tau) = sum_n e_n tau^(n+1) / (n+1) = kappa u: the inverse
    // series to fourth order, then Newton's method on the summed series
    // (whose error then squares: one step usually ends it)
    let target = kappa * u;
    let (a2, a3, a4) = (0.5 * e[1], e[2] / 3.0, 0.25 * e[3]);
    let (b3, b4) = (2.0 * a2 * a2 - a3, 5.0 * a2 * (a3 - a2 * a2) - a4);
    let mut tau = target * (1.0 + target * (-a2 + target * (b3 + target * b4)));
    for _ in 0..6 {
        let (mut sv, mut dv) = (e[n_terms] * INV_N[n_terms + 1], e[n_terms]);
        for n in (0..n_terms).rev() {
            sv = sv * tau + e[n] * INV_N[n + 1];
            dv = dv * tau + e[n];
        }
        let step = (target - sv * tau) / dv;
        tau += step;
        // the next step would be about step^2 (in units of the scale)
        if step.abs() <= 1e-9 * tau.abs() || step * step <= 0.25 * tol_abs {
            return Some(tau / kappa);
        }
    }
    None
}

/// `1 / n` for `n = 0 .. TAYLOR_MAX_TERMS + 1` (0 at `n = 0`).
const INV_N: [f64; TAYLOR_MAX_TERMS + 2] = {
    let mut t = [0.0; TAYLOR_MAX_TERMS + 2];
    let mut n = 1;
    while n < TAYLOR_MAX_TERMS + 2 {
        t[n] = 1.0 / n as f64;
        n += 1;
    }
    t
};

/// A point inside `(lo, hi)`: the geometric mean when the bracket spans more
/// than a factor 4, else the midpoint; `hi e^-4` or `lo e^4` (at least
/// `lo + 1`) when an end is still open (`lo = 0`, `hi` infinite).
fn bracket_point(lo: f64, hi: f64) -> f64 {
    if lo > 0.0 && hi.is_finite() {
        if hi > 4.0 * lo {
            (lo * hi).sqrt()
        } else {
            0.5 * (lo + hi)
        }
    } else if hi.is_finite() {
        hi * (-4.0f64).exp()
    } else {
        (lo * 4.0f64.exp()).max(lo + 1.0)
    }
}

// ---------------------------------------------------------------------------
// Inverse incomplete beta
// ---------------------------------------------------------------------------

/// Approximate standard normal quantile (Acklam, relative error ~1e-9),
/// used only as a starting point.
fn normal_quantile_guess(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] = [
        7.784_695_709_041_462e-3,
        3.224_671_290_700_398e-1,
        2.445_134_137_142_996,
        3.754_408_661_907_416,
    ];
    let p_low = 0.02425;
    if p <= 0.0 {
        return f64::NEG_INFINITY;
    }
    if p >= 1.0 {
        return f64::INFINITY;
    }
    if p < p_low {
        let q = (-2.0 * p.ln()).sqrt();
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    } else if p <= 1.0 - p_low {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    } else {
        -normal_quantile_guess(1.0 - p)
    }
}

/// Solves `I_x(a, b) = p` (upper tail `q = 1 - p`) for a root known to lie
/// in `(0, 1/2]`, on the smaller of the two tails, by [`solve_tail`]: slow
/// but safe from any start. The fallback of [`beta_quantile_pair`].
fn beta_root_robust(a: f64, b: f64, p: f64, q: f64) -> f64 {
    let mean = a / (a + b);
    let sd = (a * b / ((a + b) * (a + b) * (a + b + 1.0))).sqrt();
    let lower_tail = p <= q;
    let x0 = {
        let normal_guess = mean + normal_quantile_guess(p) * sd;
        if lower_tail {
            // the small-x power law I ~ x^a / (a B(a,b)), or the normal
            // approximation for large shapes
            let ln_beta = ln_gamma(a) + ln_gamma(b) - ln_gamma(a + b);
            let tail_guess = ((p.ln() + a.ln() + ln_beta) / a).exp();
            if a > 5.0 && b > 5.0 && normal_guess > 0.0 && normal_guess < 0.5 {
                normal_guess
            } else {
                tail_guess.min(0.5)
            }
        } else if normal_guess > 0.0 && normal_guess < 0.5 {
            normal_guess
        } else {
            mean.min(0.25)
        }
    };
    let (target, increasing) = if lower_tail { (p, true) } else { (q, false) };
    solve_tail(
        |x| {
            let y = 1.0 - x;
            let (lower, upper, pre) = BetaShape::new(a, b).tails(x, y);
            let x_dens = pre / y; // x * density
            if increasing {
                (lower.ln(), x_dens / lower)
            } else {
                (upper.ln(), -x_dens / upper)
            }
        },
        target.ln(),
        x0,
        0.0,
        0.5,
        increasing,
    )
}

/// [`beta_quantile_pair`] by the safe solver alone: decides the side of 1/2
/// with one evaluation at 1/2, then [`beta_root_robust`].
fn beta_quantile_pair_robust(a: f64, b: f64, p: f64, q: f64) -> (f64, f64) {
    let (p_half, _) = beta_tails(a, b, 0.5, 0.5);
    if p <= p_half {
        let x = beta_root_robust(a, b, p, q);
        (x, 1.0 - x)
    } else {
        // I_x(a,b) = p  <=>  I_y(b,a) = q with y = 1 - x < 1/2
        let y = beta_root_robust(b, a, q, p);
        (1.0 - y, y)
    }
}

/// The Beta(a, b) quantile as the pair `(x, 1 - x)`, each accurate to full
/// relative precision, for lower-tail probability `p` and upper-tail
/// probability `q = 1 - p` (both passed, so that neither is rounded).
///
/// A first guess ([`beta_guess`]) decides which of `x` and `1 - x` is the
/// smaller, and [`solve_quantile`] solves for that one on the smaller tail,
/// almost always from a single evaluation of the incomplete beta. Should it
/// not converge (it has not been seen to), the safe solver takes over.
pub(crate) fn beta_quantile_pair(a: f64, b: f64, p: f64, q: f64) -> (f64, f64) {
    if p <= 0.0 {
        return (0.0, 1.0);
    }
    if q <= 0.0 {
        return (1.0, 0.0);
    }
    let shape = BetaShape::new(a, b);
    let (x0, y0) = beta_guess(a, b, p, q);
    // solve for the smaller of x and y = 1 - x; a root that lands above 3/4
    // in the variable solved for is solved again in the other one
    let solve = |shape: BetaShape, p: f64, q: f64, v0: f64| -> Option<f64> {
        let v = beta_solve(&shape, p, q, v0)?;
        if v <= 0.75 {
            Some(v)
        } else {
            let w = beta_solve(&shape.swapped(), q, p, 1.0 - v)?;
            Some(1.0 - w).filter(|_| w <= 0.5).or(Some(v))
        }
    };
    let pair = if x0 <= y0 {
        solve(shape, p, q, x0).map(|x| (x, 1.0 - x))
    } else {
        solve(shape.swapped(), q, p, y0).map(|y| (1.0 - y, y))
    };
    pair.unwrap_or_else(|| beta_quantile_pair_robust(a, b, p, q))
}

/// Solves `I_v(a, b) = p` (upper tail `q`) for `v` from `v0` by
/// [`solve_quantile`], on the smaller of the two tails. `None` if it did
/// not converge.
fn beta_solve(shape: &BetaShape, p: f64, q: f64, v0: f64) -> Option<f64> {
    let lower = p <= q;
    let target = if lower { p } else { q };
    solve_quantile(
        LogDensity {
            alpha: shape.a - 1.0,
            beta: shape.b - 1.0,
            gamma: 0.0,
        },
        |x| {
            let y = 1.0 - x;
            let (il, iu, pre) = shape.tails_for_quantile(x, y);
            QuantileEval {
                tail: if lower { il } else { iu },
                density: pre / (x * y),
            }
        },
        target,
        lower,
        v0,
        0.0,
        1.0,
    )
}

/// A first guess at the Beta(a, b) quantile for lower tail `p` and upper
/// tail `q`, as the pair `(x, 1 - x)`:
///
/// * both shapes above 1 and neither more than 20 times the other: the
///   normal approximation of Abramowitz and Stegun 26.5.22, as AS 109 and
///   R's `qbeta` use it (relative error about 1e-3 at shapes near 10, 1e-8
///   near 500);
/// * otherwise, with one shape at least 20 times the other (the small-count
///   side of a binomial interval): the Gamma limit of the Beta,
///   `-ln(1 - X) (b + (a-1)/2) ~ Gamma(a)` for small `X`, with
///   [`gamma_guess`] for the Gamma quantile (error about 1e-4 and below
///   when the Gamma quantile is exact);
/// * otherwise (a shape at or below 1 and the other small): the power law
///   of the tail being solved for, `I_x ~ x^a / (a B(a,b))` or
///   `1 - I_x ~ y^b / (b B(a,b))`.
fn beta_guess(a: f64, b: f64, p: f64, q: f64) -> (f64, f64) {
    if a > 1.0 && b > 1.0 && a <= 20.0 * b && b <= 20.0 * a {
        // z: the upper normal quantile of the lower tail p
        let z = if p <= q {
            -normal_quantile_guess(p)
        } else {
            normal_quantile_guess(q)
        };
        let lambda = (z * z - 3.0) / 6.0;
        let (s, t) = (1.0 / (2.0 * a - 1.0), 1.0 / (2.0 * b - 1.0));
        let h = 2.0 / (s + t);
        let w = z * (h + lambda).sqrt() / h - (t - s) * (lambda + 5.0 / 6.0 - 2.0 / (3.0 * h));
        let e = b * (2.0 * w).exp();
        return (a / (a + e), e / (a + e));
    }
    if b >= 20.0 * a {
        let g = gamma_guess(a, p, q);
        let r = g / (b + 0.5 * (a - 1.0));
        return (-(-r).exp_m1(), (-r).exp());
    }
    if a >= 20.0 * b {
        let g = gamma_guess(b, q, p);
        let r = g / (a + 0.5 * (b - 1.0));
        return ((-r).exp(), -(-r).exp_m1());
    }
    // ln B(a, b) = ln Gamma(a+1) + ln Gamma(b+1) - ln Gamma(a+b+1) - ln(a b / (a+b))
    let ln_beta = ln_gamma_1p(a) + ln_gamma_1p(b) - ln_gamma_1p(a + b) - (a * b / (a + b)).ln();
    if p <= q {
        let x = (((p * a).ln() + ln_beta) / a).exp().min(0.99);
        (x, 1.0 - x)
    } else {
        let y = (((q * b).ln() + ln_beta) / b).exp().min(0.99);
        (1.0 - y, y)
    }
}

/// The inverse of the regularised incomplete beta function: the `x` with
/// `I_x(a, b) = p`, the Beta(a, b) quantile.
///
/// ```text
/// x = I^{-1}_p(a, b)   such that   I_x(a, b) = p
/// ```
///
/// For upper-tail probabilities near zero use
/// [`inverse_beta_reg_complement`], which does not round `1 - q`.
///
/// # Errors
/// `a` or `b` not finite and positive, or `p` outside `[0, 1]`.
///
/// ```
/// use njov::interval::special::{beta_reg, inverse_beta_reg};
/// let x = inverse_beta_reg(2.0, 1e6, 0.025).unwrap();
/// assert!((beta_reg(2.0, 1e6, x).unwrap() / 0.025 - 1.0).abs() < 1e-13);
/// ```
pub fn inverse_beta_reg(a: f64, b: f64, p: f64) -> Result<f64> {
    check_shape("a", a)?;
    check_shape("b", b)?;
    check_probability("p", p)?;
    Ok(beta_quantile_pair(a, b, p, 1.0 - p).0)
}

/// The `x` with `1 - I_x(a, b) = q`: the Beta(a, b) quantile at upper-tail
/// probability `q`.
///
/// ```text
/// x such that  1 - I_x(a, b) = I_{1-x}(b, a) = q
/// ```
///
/// # Errors
/// As [`inverse_beta_reg`].
///
/// ```
/// use njov::interval::special::{beta_reg_complement, inverse_beta_reg_complement};
/// let x = inverse_beta_reg_complement(3.0, 1e5, 1e-12).unwrap();
/// let q = beta_reg_complement(3.0, 1e5, x).unwrap();
/// assert!((q / 1e-12 - 1.0).abs() < 1e-12);
/// ```
pub fn inverse_beta_reg_complement(a: f64, b: f64, q: f64) -> Result<f64> {
    check_shape("a", a)?;
    check_shape("b", b)?;
    check_probability("q", q)?;
    Ok(beta_quantile_pair(a, b, 1.0 - q, q).0)
}

// ---------------------------------------------------------------------------
// Inverse incomplete gamma
// ---------------------------------------------------------------------------

/// The Gamma(a, 1) quantile for lower-tail `p` and upper-tail `q = 1 - p`,
/// solved on the smaller tail by [`solve_quantile`] from [`gamma_guess`]
/// (the safe solver takes over should it not converge).
pub(crate) fn gamma_quantile_pq(a: f64, p: f64, q: f64) -> f64 {
    if p <= 0.0 {
        return 0.0;
    }
    if q <= 0.0 {
        return f64::INFINITY;
    }
    let shape = GammaShape::new(a);
    let lower = p <= q;
    solve_quantile(
        LogDensity {
            alpha: a - 1.0,
            beta: 0.0,
            gamma: -1.0,
        },
        |x| {
            let (pl, pu, pre) = shape.tails(x);
            QuantileEval {
                tail: if lower { pl } else { pu },
                density: a * pre / x,
            }
        },
        if lower { p } else { q },
        lower,
        gamma_guess(a, p, q),
        0.0,
        f64::INFINITY,
    )
    .unwrap_or_else(|| gamma_quantile_robust(a, p, q))
}

/// A first guess at the Gamma(a, 1) quantile for lower tail `p` and upper
/// tail `q`:
///
/// * a small lower tail and `a < 3`: the power series
///   `p Gamma(a+1) = x^a e^-x M(1, a+1, x)`, `M = 1 + x/(a+1) + x^2/((a+1)(a+2)) + ...`,
///   solved for `x` by two fixed-point steps from `(p Gamma(a+1))^(1/a)`
///   (relative error below 1e-3 for tails up to 0.025);
/// * a small upper tail and `a < 1.5`: the asymptotic form
///   `q Gamma(a) = x^(a-1) e^-x (1 + (a-1)/x + ...)`, by three fixed-point
///   steps;
/// * otherwise Wilson and Hilferty's cube-root normal approximation
///   (relative error about 1e-2 at a = 10, 1e-4 at a = 1000).
fn gamma_guess(a: f64, p: f64, q: f64) -> f64 {
    let lower = p <= q;
    if lower && a < 3.0 {
        let c = p.ln() + ln_gamma_1p(a);
        let mut x = (c / a).exp();
        for _ in 0..2 {
            let m = 1.0 + x / (a + 1.0) * (1.0 + x / (a + 2.0));
            x = ((c + x - m.ln()) / a).exp();
        }
        if x.is_finite() && x > 0.0 {
            return x;
        }
    }
    if !lower && a < 1.5 {
        let c = -q.ln() - ln_gamma_1p(a) + a.ln();
        let mut x = c.max(1.0);
        for _ in 0..3 {
            x = c + (a - 1.0) * x.ln() + ((a - 1.0) / x).ln_1p();
        }
        if x.is_finite() && x > 0.0 {
            return x;
        }
    }
    // z: the lower normal quantile of p
    let z = if lower {
        normal_quantile_guess(p)
    } else {
        -normal_quantile_guess(q)
    };
    let t = 1.0 - 1.0 / (9.0 * a) + z / (3.0 * a.sqrt());
    if t > 0.0 {
        a * t * t * t
    } else {
        // far lower tail of a small shape: the leading power law
        ((p.ln() + ln_gamma_1p(a)) / a).exp()
    }
}

/// [`gamma_quantile_pq`] by the safe solver [`solve_tail`] alone (one
/// evaluation at `a` decides the tail): its fallback.
fn gamma_quantile_robust(a: f64, p: f64, q: f64) -> f64 {
    let (p_at_a, _) = gamma_tails(a, a);
    // Wilson-Hilferty first guess
    let z = normal_quantile_guess(p);
    let t = 1.0 - 1.0 / (9.0 * a) + z / (3.0 * a.sqrt());
    let wh = a * t * t * t;
    if p <= p_at_a {
        let ln_p = p.ln();
        let ln_g1 = ln_gamma(a + 1.0);
        let tail_guess = ((ln_p + ln_g1) / a).exp();
        let x0 = if wh > 0.0 && wh < a && a > 5.0 {
            wh
        } else {
            tail_guess.min(a * 0.999)
        };
        solve_tail(
            |x| {
                let (lower, _, pre) = GammaShape::new(a).tails(x);
                let xdens = a * pre; // x * density
                (lower.ln(), xdens / lower)
            },
            ln_p,
            x0,
            0.0,
            a,
            true,
        )
    } else {
        // Solve ln Q(x) = ln q for x >= a; Q is decreasing in x. The upper
        // end of the bracket is found by doubling.
        let ln_q = q.ln();
        let x0 = if wh > a { wh } else { a + 1.0 };
        let eval = |x: f64| {
            let (_, upper, pre) = GammaShape::new(a).tails(x);
            let xdens = a * pre;
            (upper.ln(), -xdens / upper)
        };
        let mut hi = x0.max(a + 1.0);
        while eval(hi).0 > ln_q && hi < f64::MAX / 4.0 {
            hi *= 2.0;
        }
        solve_tail(eval, ln_q, x0, a, hi * (1.0 + 4.0 * EPS), false)
    }
}

/// The inverse of the regularised lower incomplete gamma function: the `x`
/// with `P(a, x) = p`, the Gamma(a, 1) quantile.
///
/// ```text
/// x = P^{-1}(a, p)   such that   P(a, x) = p
/// ```
///
/// # Errors
/// `a` not finite and positive, or `p` outside `[0, 1]`.
///
/// ```
/// use njov::interval::special::{gamma_reg_lower, inverse_gamma_reg_lower};
/// let x = inverse_gamma_reg_lower(3.0, 0.025).unwrap();
/// assert!((gamma_reg_lower(3.0, x).unwrap() / 0.025 - 1.0).abs() < 1e-14);
/// ```
pub fn inverse_gamma_reg_lower(a: f64, p: f64) -> Result<f64> {
    check_shape("a", a)?;
    check_probability("p", p)?;
    Ok(gamma_quantile_pq(a, p, 1.0 - p))
}

/// The `x` with `Q(a, x) = q`: the Gamma(a, 1) quantile at upper-tail
/// probability `q`.
///
/// ```text
/// x such that  Q(a, x) = 1 - P(a, x) = q
/// ```
///
/// # Errors
/// As [`inverse_gamma_reg_lower`].
///
/// ```
/// use njov::interval::special::{gamma_reg_upper, inverse_gamma_reg_upper};
/// let x = inverse_gamma_reg_upper(3.0, 1e-10).unwrap();
/// assert!((gamma_reg_upper(3.0, x).unwrap() / 1e-10 - 1.0).abs() < 1e-13);
/// ```
pub fn inverse_gamma_reg_upper(a: f64, q: f64) -> Result<f64> {
    check_shape("a", a)?;
    check_probability("q", q)?;
    Ok(gamma_quantile_pq(a, 1.0 - q, q))
}

// ---------------------------------------------------------------------------
// Normal and Student t
// ---------------------------------------------------------------------------

/// Upper-tail standard normal quantile: the `z` with `P(Z > z) = q`, for
/// `q` in `(0, 1)`: `z = sqrt(2) erfc^{-1}(2q)`, with statrs' inverse
/// complementary error function (within 1e-15 relative of the 60-digit
/// references down to q = 1e-200; see the module documentation).
pub(crate) fn normal_upper(q: f64) -> f64 {
    if q <= 0.0 {
        return f64::INFINITY;
    }
    if q >= 1.0 {
        return f64::NEG_INFINITY;
    }
    std::f64::consts::SQRT_2 * statrs::function::erf::erfc_inv(2.0 * q)
}

/// The standard normal distribution function `Phi(z)`.
///
/// ```text
/// Phi(z) = 1/2 erfc(-z / sqrt 2),   erfc(t) = Q(1/2, t^2)   (t >= 0)
/// ```
///
/// ```
/// use njov::interval::special::normal_cdf;
/// assert!((normal_cdf(1.959963984540054) - 0.975).abs() < 1e-15);
/// ```
pub fn normal_cdf(z: f64) -> f64 {
    if z.is_nan() {
        return f64::NAN;
    }
    let half_upper = 0.5 * gamma_tails(0.5, 0.5 * z * z).1;
    if z >= 0.0 {
        1.0 - half_upper
    } else {
        half_upper
    }
}

/// The standard normal quantile `Phi^{-1}(p)`.
///
/// ```text
/// z = Phi^{-1}(p):  for p < 1/2, z = -sqrt(2 Q^{-1}(1/2, 2p))
/// ```
///
/// # Errors
/// `p` outside `(0, 1)`.
///
/// ```
/// use njov::interval::special::normal_quantile;
/// let z = normal_quantile(0.975).unwrap();
/// assert!((z - 1.959963984540054).abs() < 1e-15);
/// ```
pub fn normal_quantile(p: f64) -> Result<f64> {
    if !(p > 0.0 && p < 1.0) {
        return Err(Error::invalid_argument("p", p, "a probability in (0, 1)"));
    }
    Ok(if p < 0.5 {
        -normal_upper(p)
    } else {
        normal_upper(1.0 - p)
    })
}

/// Upper-tail Student t quantile: `t` with `P(T_df > t) = q`, `q` in
/// `(0, 1)`, `df > 0` (infinite `df` gives the normal quantile).
pub(crate) fn students_t_upper(df: f64, q: f64) -> f64 {
    if df.is_infinite() {
        return normal_upper(q);
    }
    if q > 0.5 {
        return -students_t_upper(df, 1.0 - q);
    }
    if q == 0.5 {
        return 0.0;
    }
    if df >= 2e4 {
        let z = normal_upper(q);
        if z.abs() <= 8.0 {
            return cornish_fisher_t(z, df);
        }
    }
    // P(T > t) = I_{df/(df+t^2)}(df/2, 1/2) / 2 ; solve for the pair (x, 1-x)
    let (x, y) = beta_quantile_pair(0.5 * df, 0.5, 2.0 * q, 1.0 - 2.0 * q);
    (df * y / x).sqrt()
}

/// Cornish-Fisher expansion of the t quantile in powers of 1/df
/// (Abramowitz and Stegun 26.7.5).
fn cornish_fisher_t(z: f64, df: f64) -> f64 {
    let z2 = z * z;
    let g1 = (z2 + 1.0) * z / 4.0;
    let g2 = ((5.0 * z2 + 16.0) * z2 + 3.0) * z / 96.0;
    let g3 = (((3.0 * z2 + 19.0) * z2 + 17.0) * z2 - 15.0) * z / 384.0;
    let g4 = ((((79.0 * z2 + 776.0) * z2 + 1482.0) * z2 - 1920.0) * z2 - 945.0) * z / 92160.0;
    let r = 1.0 / df;
    z + r * (g1 + r * (g2 + r * (g3 + r * g4)))
}

/// The Student t distribution function with `df` degrees of freedom.
///
/// ```text
/// F(t) = 1 - I_{df/(df+t^2)}(df/2, 1/2) / 2   for t >= 0,   F(-t) = 1 - F(t)
/// ```
///
/// # Errors
/// `df` not positive (infinite is allowed: the normal), or `t` NaN.
///
/// ```
/// use njov::interval::special::students_t_cdf;
/// // t with 1 df is Cauchy: F(1) = 3/4
/// assert!((students_t_cdf(1.0, 1.0).unwrap() - 0.75).abs() < 1e-15);
/// ```
pub fn students_t_cdf(t: f64, df: f64) -> Result<f64> {
    check_df(df)?;
    if t.is_nan() {
        return Err(Error::invalid_argument("t", t, "a number"));
    }
    if df.is_infinite() {
        return Ok(normal_cdf(t));
    }
    let t2 = t * t;
    // x = df/(df+t^2), y = t^2/(df+t^2)
    let (x, y) = if t2 < df {
        let y = t2 / (df + t2);
        (1.0 - y, y)
    } else {
        let x = df / (df + t2);
        (x, 1.0 - x)
    };
    let half_tail = 0.5 * beta_tails(0.5 * df, 0.5, x, y).0;
    Ok(if t >= 0.0 { 1.0 - half_tail } else { half_tail })
}

fn check_df(df: f64) -> Result<()> {
    if df.is_nan() || df <= 0.0 {
        Err(Error::invalid_argument(
            "df",
            df,
            "degrees of freedom > 0 (infinity for the normal)",
        ))
    } else {
        Ok(())
    }
}

/// The Student t quantile with `df` degrees of freedom.
///
/// ```text
/// t_df(p):  P(T_df > t) = I_{df/(df+t^2)}(df/2, 1/2) / 2 = 1 - p   (p > 1/2)
///           t = sqrt(df (1 - x) / x),  x = I^{-1}(df/2, 1/2; 2(1-p))
/// df >= 2e4: Cornish-Fisher  t = z + g1/df + g2/df^2 + g3/df^3 + g4/df^4
/// df = inf:  the normal quantile
/// ```
///
/// # Errors
/// `df` not positive or NaN, or `p` outside `(0, 1)`.
///
/// ```
/// use njov::interval::special::students_t_quantile;
/// let t = students_t_quantile(0.975, 29.0).unwrap();
/// assert!((t - 2.045229642132703).abs() < 1e-14);
/// ```
pub fn students_t_quantile(p: f64, df: f64) -> Result<f64> {
    check_df(df)?;
    if !(p > 0.0 && p < 1.0) {
        return Err(Error::invalid_argument("p", p, "a probability in (0, 1)"));
    }
    Ok(if p < 0.5 {
        -students_t_upper(df, p)
    } else {
        students_t_upper(df, 1.0 - p)
    })
}

/// `P(X <= k)` for `X ~ Binomial(n, p)` with `k` at or below the mode
/// (`k <= (n+1) p`), `q = 1 - p` given: `P(X = k)` by Loader's form, then
/// the smaller terms by the recurrence
/// `P(X = j-1) = P(X = j) * j q / ((n-j+1) p)`, whose ratio falls as `j`
/// does, until the rest of the sum is below `eps / 4` of it. Each term
/// carries the rounding of the steps before it (at most about `4 eps`
/// per 20 terms of the sum that matter).
fn binomial_lower_tail(k: u64, n: u64, p: f64, q: f64) -> f64 {
    let mut term = binomial_pmf(k, n, p);
    let mut sum = term;
    let nf = n as f64;
    let odds = q / p;
    let mut j = k as f64;
    while j > 0.0 {
        let ratio = j / (nf - j + 1.0) * odds;
        term *= ratio;
        sum += term;
        j -= 1.0;
        // the remaining terms fall at least as fast as `ratio`
        if ratio < 1.0 && term * ratio <= 0.25 * EPS * sum * (1.0 - ratio) {
            break;
        }
    }
    sum
}

/// The binomial probability `P(X = k)` for `X ~ Binomial(n, p)`, by Loader's
/// saddle-point form (full relative precision for any `n`).
///
/// ```text
/// P(X = k) = sqrt(n / (2 pi k (n-k))) exp(s(n) - s(k) - s(n-k) - D(k, n p) - D(n-k, n q))
/// ```
pub(crate) fn binomial_pmf(k: u64, n: u64, p: f64) -> f64 {
    let q = 1.0 - p;
    if p == 0.0 {
        return if k == 0 { 1.0 } else { 0.0 };
    }
    if q == 0.0 {
        return if k == n { 1.0 } else { 0.0 };
    }
    let nf = n as f64;
    if k == 0 {
        return (nf * (-p).ln_1p()).exp();
    }
    if k == n {
        return (nf * p.ln()).exp();
    }
    let kf = k as f64;
    let mf = nf - kf;
    let lc = stirling_error(nf)
        - stirling_error(kf)
        - stirling_error(mf)
        - deviance_term(kf, nf * p)
        - deviance_term(mf, nf * q);
    lc.exp() * (nf / (TWO_PI * kf * mf)).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stirling_error_matches_ln_gamma_identity() {
        // s(n) for integer n from the exact factorial
        let mut ln_fact = 0.0f64;
        for n in 1..30u32 {
            ln_fact += f64::from(n).ln();
            let z = f64::from(n);
            let s = ln_fact - (z + 0.5) * z.ln() + z - LN_SQRT_2PI;
            assert!((stirling_error(z) - s).abs() < 2e-14, "n={n}");
        }
    }

    #[test]
    fn binomial_pmf_sums_to_one() {
        let total: f64 = (0..=50).map(|k| binomial_pmf(k, 50, 0.3)).sum();
        assert!((total - 1.0).abs() < 1e-14);
    }

    #[test]
    fn stirling_table_matches_the_recurrence() {
        for k in 1..20 {
            let z = f64::from(k) / 2.0;
            let table = stirling_error(z);
            let recurrence = stirling_error_recurrence(z);
            // absolute errors in an exponent; the recurrence's own rounding
            // reaches about 2e-16 at z = 1/2 (the table is the exact value)
            assert!(
                (table - recurrence).abs() < 5e-16,
                "s({z}): table {table:e}, recurrence {recurrence:e}"
            );
        }
    }

    #[test]
    fn binomial_lower_tail_matches_the_direct_sum() {
        for (k, n, p) in [
            (0u64, 10u64, 0.3),
            (3, 5000, 0.002),
            (40, 10_000, 0.005),
            (99, 100, 0.995),
        ] {
            let direct: f64 = (0..=k).map(|j| binomial_pmf(j, n, p)).sum();
            let fast = binomial_lower_tail(k, n, p, 1.0 - p);
            assert!(
                ((fast - direct) / direct).abs() < 1e-14,
                "{k} {n} {p}: {fast:e} {direct:e}"
            );
        }
    }

    /// Lentz's method (Numerical Recipes `betacf`), the reference for the
    /// forward recurrence in [`beta_cf`].
    fn beta_cf_lentz(a: f64, b: f64, x: f64) -> f64 {
        const FPMIN: f64 = 1e-300;
        let fix = |v: f64| if v.abs() < FPMIN { FPMIN } else { v };
        let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
        let mut c = 1.0;
        let mut d = 1.0 / fix(1.0 - qab * x / qap);
        let mut h = d;
        for m in 1..MAX_TERMS {
            let m = m as f64;
            let m2 = 2.0 * m;
            let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1.0 / fix(1.0 + aa * d);
            c = fix(1.0 + aa / c);
            h *= d * c;
            let aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1.0 / fix(1.0 + aa * d);
            c = fix(1.0 + aa / c);
            let del = d * c;
            h *= del;
            if (del - 1.0).abs() <= EPS {
                break;
            }
        }
        h
    }

    #[test]
    fn beta_cf_agrees_with_lentz() {
        let mut worst: f64 = 0.0;
        for &a in &[0.5f64, 1.0, 2.5, 7.0, 30.0, 129.5, 1000.0, 5e4, 5e5] {
            for &b in &[0.5, 1.0, 3.0, 12.5, 100.0, 611.0, 1e4, 1e6] {
                let switch = (a + 1.0) / (a + b + 2.0);
                for &f in &[1e-6, 0.01, 0.3, 0.7, 0.9, 0.99, 0.999_999] {
                    // the domain `tails` uses: below the switch point, x <= 1/2
                    let x = switch.min(0.5) * f;
                    let fast = beta_cf(a, b, x, 0.0);
                    let lentz = beta_cf_lentz(a, b, x);
                    let e = ((fast - lentz) / lentz).abs();
                    // both accumulate rounding over about sqrt(a+b) terms
                    // near the switch point
                    let tol = 1e-14 * (1.0 + (a + b).sqrt() * f);
                    assert!(e <= tol, "a={a} b={b} x={x}: {fast:e} vs {lentz:e} ({e:e})");
                    worst = worst.max(e);
                }
            }
        }
        assert!(
            worst > 0.0,
            "the two methods should not be bit-identical everywhere"
        );
    }

    /// The relaxed stop of `tails_for_quantile` moves a root by no more
    /// than the continued fraction's own rounding does: at the
    /// Clopper-Pearson and Jeffreys limits (level 0.95) of n from 10 to
    /// 1e6, the relaxed smaller tail differs from the full-precision one by
    /// `d` with `d / f(x)` (the root's shift) within a few `eps x` plus the
    /// fraction's rounding (`eps sqrt(a+b)` relative in the tail); and it
    /// does differ somewhere (the stop is relaxed).
    #[test]
    fn relaxed_tails_move_the_root_no_more_than_rounding() {
        let mut relaxed_somewhere = false;
        let mut worst: f64 = 0.0;
        for &n in &[10.0f64, 129.0, 1000.0, 4321.0, 1e4, 1e5, 1e6] {
            for &f in &[0.001, 0.01, 0.1, 0.3, 0.5, 0.77, 0.99] {
                let k = (n * f).round().max(1.0);
                let k = k.min(n - 1.0);
                for (a, b) in [(k, n - k + 1.0), (k + 1.0, n - k), (k + 0.5, n - k + 0.5)] {
                    for (p, q) in [(0.025, 0.975), (0.975, 0.025)] {
                        let (x, y) = beta_quantile_pair(a, b, p, q);
                        let shape = BetaShape::new(a, b);
                        let (lf, uf, pre) = shape.tails(x, y);
                        let (lr, ur, _) = shape.tails_for_quantile(x, y);
                        // the smaller tail, the one the solver uses (the
                        // other is 1 minus it, rounded)
                        let d = if lf <= uf { lf - lr } else { uf - ur };
                        let shift = d.abs() * x * y / pre;
                        // the fraction's own rounding, about eps sqrt(a+b)
                        // in the tail near its switch point, differs between
                        // two stopping points by as much
                        let noise = 8.0 + (a + b).sqrt() / 8.0;
                        assert!(
                            shift <= noise * EPS * x.min(y),
                            "a={a} b={b} p={p}: root shift {shift:e} at x={x:e}"
                        );
                        worst = worst.max(shift / (EPS * x.min(y)));
                        relaxed_somewhere |= lf != lr || uf != ur;
                    }
                }
            }
        }
        println!("relaxed stop: largest root shift {worst:.1} eps x");
        assert!(relaxed_somewhere);
    }

    /// Lentz's method for Legendre's fraction (Numerical Recipes `gcf`).
    fn gamma_cf_lentz(a: f64, x: f64) -> f64 {
        const FPMIN: f64 = 1e-300;
        let fix = |v: f64| if v.abs() < FPMIN { FPMIN } else { v };
        let mut b = x + 1.0 - a;
        let mut c = 1.0 / FPMIN;
        let mut d = 1.0 / b;
        let mut h = d;
        for i in 1..MAX_TERMS {
            let fi = i as f64;
            let an = -fi * (fi - a);
            b += 2.0;
            d = 1.0 / fix(an * d + b);
            c = fix(b + an / c);
            let del = d * c;
            h *= del;
            if (del - 1.0).abs() <= EPS {
                break;
            }
        }
        h
    }

    #[test]
    fn gamma_cf_agrees_with_lentz() {
        for &a in &[0.5f64, 1.0, 2.5, 10.0, 129.5, 1e4, 1e6] {
            for &k in &[0.0, 0.5, 2.0, 6.0, 40.0] {
                let x = a + 1.0 + k * a.sqrt() + k;
                let fast = gamma_cf(a, x);
                let lentz = gamma_cf_lentz(a, x);
                let e = ((fast - lentz) / lentz).abs();
                assert!(
                    e <= 1e-14 * (1.0 + a.sqrt() / (1.0 + k)),
                    "a={a} x={x}: {fast:e} vs {lentz:e}"
                );
            }
        }
    }

    fn rel(a: f64, b: f64) -> f64 {
        if a == b { 0.0 } else { ((a - b) / b).abs() }
    }

    /// The fast inverse against the safe one, over the shapes of
    /// Clopper-Pearson and Jeffreys limits (n from 1 to 1e6) and
    /// non-integer shapes, at tails from 1e-10 to 1/2: both solve the same
    /// equation with the same incomplete beta, so they agree to a few ulps
    /// unless the fast iteration stopped early.
    #[test]
    fn fast_inverse_beta_agrees_with_the_safe_solver() {
        let mut shapes = Vec::new();
        for &n in &[
            1.0, 2.0, 3.0, 7.0, 10.0, 29.0, 100.0, 129.0, 612.0, 1000.0, 4321.0, 1e4, 1e5, 1e6,
        ] {
            for &f in &[
                0.0, 1.0, 2.0, 5.0, 0.01, 0.1, 0.3, 0.5, 0.77, 0.99, -1.0, -2.0,
            ] {
                let x: f64 = if f >= 1.0 {
                    f
                } else if f < 0.0 {
                    n + f
                } else {
                    (n * f).round()
                };
                if x < 0.0 || x > n {
                    continue;
                }
                if x > 0.0 {
                    shapes.push((x, n - x + 1.0));
                }
                if x < n {
                    shapes.push((x + 1.0, n - x));
                }
                shapes.push((x + 0.5, n - x + 0.5));
            }
        }
        for &(a, b) in &[
            (0.1, 0.1),
            (0.3, 7.7),
            (2.2, 0.05),
            (13.7, 1.9),
            (250.25, 3.1e5),
            (0.9, 1e6),
        ] {
            shapes.push((a, b));
        }
        let tails = [1e-10, 1e-6, 0.005, 0.025, 0.05, 0.1, 0.3, 0.5];
        let mut worst: f64 = 0.0;
        for &(a, b) in &shapes {
            for &t in &tails {
                for (p, q) in [(t, 1.0 - t), (1.0 - t, t)] {
                    let (x, y) = beta_quantile_pair(a, b, p, q);
                    let (xr, yr) = beta_quantile_pair_robust(a, b, p, q);
                    let e = rel(x, xr).max(rel(y, yr));
                    // the band within which rounding in the incomplete beta
                    // leaves the root: the relative error of the tail T
                    // (module docs and `beta_tails_small_x`: about
                    // eps sqrt(a+b) near the fraction's switch point, and
                    // beyond it eps / max(x, T) below x = 0.01, eps / x
                    // above) times the condition T / (x f), x the smaller of
                    // x and 1 - x
                    let (xs, small, big) = if xr <= yr { (xr, a, b) } else { (yr, b, a) };
                    let (il, iu, pre) = BetaShape::new(a, b).tails(xr, yr);
                    let tail = il.min(iu);
                    let cond = tail * xr.max(yr) / pre;
                    let beyond = xs >= (small + 1.0) / (small + big + 2.0);
                    let sd = (small * big / (small + big + 1.0)).sqrt() / (small + big);
                    let near = (xs - small / (small + big)).abs() < 4.0 * sd;
                    let noise = if near { (a + b).sqrt().max(1.0) } else { 1.0 }
                        * match (beyond, xs < 0.01) {
                            (true, true) => 1.0 / xs.max(tail),
                            (true, false) => 1.0 / xs,
                            _ => 1.0,
                        };
                    // (the safe solver itself stops within about 2e-14)
                    let tol = (32.0 * EPS * noise * cond).max(3e-14);
                    assert!(
                        e <= tol,
                        "a={a} b={b} p={p} q={q}: fast ({x:e}, {y:e}) safe ({xr:e}, {yr:e}), {e:e}"
                    );
                    worst = worst.max(e);
                }
            }
        }
        assert!(shapes.len() > 300);
        println!(
            "fast vs safe inverse beta: max rel diff {worst:e} over {} shapes",
            shapes.len()
        );
    }

    #[test]
    fn fast_inverse_gamma_agrees_with_the_safe_solver() {
        let shapes = [
            0.05, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 7.0, 10.0, 10.5, 30.0, 129.0, 612.0, 1000.0,
            1e4, 1e5, 1e6,
        ];
        let tails = [1e-10, 1e-6, 0.005, 0.025, 0.05, 0.1, 0.3, 0.5];
        for &a in &shapes {
            for &t in &tails {
                for (p, q) in [(t, 1.0 - t), (1.0 - t, t)] {
                    let x = gamma_quantile_pq(a, p, q);
                    let xr = gamma_quantile_robust(a, p, q);
                    let e = rel(x, xr);
                    // rounding in P or Q moves the root by its relative
                    // error times the condition T / (x f)
                    let (pl, pu, pre) = GammaShape::new(a).tails(xr);
                    let cond = pl.min(pu) / (a * pre);
                    let tol = 1e-14 * cond.max(1.0);
                    assert!(e <= tol, "a={a} p={p} q={q}: fast {x:e} safe {xr:e}, {e:e}");
                }
            }
        }
    }
}
