//! The proportion kernels that one interval and a batch of intervals share,
//! and the batch drivers over slices.
//!
//! The closed forms (Wald, Wilson, Agresti-Coull) are in
//! [`closed_form`](super::closed_form); the other methods go through
//! [`limits`](super::limits) one pair at a time.
//!
//! Validation is a separate pass (one comparison per pair, vectorised), so
//! the kernels' loop has no error path.

use crate::error::{Error, Result};
use crate::interval::closed_form::{agresti_coull, wald, wilson};
use crate::interval::limits::{Prepared, limits};
use crate::interval::method::ProportionMethod;
use crate::interval::spec::{IntervalSpec, Side};

mod sealed {
    pub trait Sealed {}
    impl Sealed for u32 {}
    impl Sealed for u64 {}
}

/// An integer type a batch of counts can come in: `u32` (half the memory
/// traffic of `u64`) or `u64`. Sealed: implemented for these two only.
///
/// ```
/// use njov::interval::Count;
/// assert_eq!(Count::to_f64(7u32), 7.0);
/// assert_eq!(Count::to_f64(7u64), 7.0);
/// ```
pub trait Count: Copy + PartialOrd + std::fmt::Display + Send + Sync + sealed::Sealed {
    /// Zero.
    const ZERO: Self;
    /// 2^52, or the type's maximum when that is smaller.
    const SMALL: Self;
    /// The value as `f64` (rounded above 2^53).
    fn to_f64(self) -> f64;
    /// The value as `f64`, exact, for values below 2^52 only (the batch
    /// kernels use it after their check pass has seen every value there).
    fn small_to_f64(self) -> f64;
}

impl Count for u32 {
    const ZERO: Self = 0;
    const SMALL: Self = u32::MAX;
    #[inline(always)]
    fn to_f64(self) -> f64 {
        f64::from(self)
    }
    #[inline(always)]
    fn small_to_f64(self) -> f64 {
        f64::from(self)
    }
}

/// `2^52` as a double: its bits with a value below 2^52 in the mantissa
/// are the double `2^52 + value`.
const TWO_52: f64 = 4_503_599_627_370_496.0;

impl Count for u64 {
    const ZERO: Self = 0;
    const SMALL: Self = 1 << 52;
    #[inline(always)]
    fn to_f64(self) -> f64 {
        self as f64
    }
    /// Written out because baseline x86-64 (SSE2) has no vector instruction
    /// for u64 -> f64, and the general sequence costs about a third of a
    /// Wald interval: for `v < 2^52`, the bits of `2^52` with `v` in the
    /// mantissa are the double `2^52 + v`, exactly, and one subtraction
    /// leaves `v`.
    #[inline(always)]
    fn small_to_f64(self) -> f64 {
        f64::from_bits(self | TWO_52.to_bits()) - TWO_52
    }
}

/// Checks a batch: equal lengths, `trials >= 1` and `successes <= trials`
/// everywhere. One pass without early exit (it vectorises); the first bad
/// index is looked for only when there is one. Returns whether every
/// trials count is below [`Count::SMALL`].
pub(crate) fn check_counts<T: Count>(
    successes: &[T],
    trials: &[T],
    outputs: usize,
) -> Result<bool> {
    if successes.len() != trials.len() || successes.len() != outputs {
        return Err(Error::invalid_argument(
            "slices",
            format!(
                "{} successes, {} trials, {} outputs",
                successes.len(),
                trials.len(),
                outputs
            ),
            "slices of equal length",
        ));
    }
    let bad = |x: T, n: T| (n == T::ZERO) | (x > n);
    let (any_bad, any_large) = successes
        .iter()
        .zip(trials)
        .fold((false, false), |(b, l), (&x, &n)| {
            (b | bad(x, n), l | (n >= T::SMALL))
        });
    if any_bad {
        let (i, (x, n)) = successes
            .iter()
            .zip(trials)
            .enumerate()
            .find(|(_, (x, n))| bad(**x, **n))
            .expect("a bad pair was seen");
        return Err(Error::invalid_argument(
            format!("successes[{i}], trials[{i}]"),
            format!("{x}, {n}"),
            "0 <= successes <= trials, trials >= 1",
        ));
    }
    Ok(!any_large)
}

/// `f(x, n - x, n)` for each pair, into two columns. `#[inline(always)]` so
/// that each kernel gets a loop of its own, free to vectorise.
/// With `small` (every count below [`Count::SMALL`], seen by the check
/// pass) the counts are converted by [`Count::small_to_f64`].
#[inline(always)]
fn columns<T: Count>(
    small: bool,
    successes: &[T],
    trials: &[T],
    lower: &mut [f64],
    upper: &mut [f64],
    f: impl Fn(f64, f64, f64) -> (f64, f64),
) {
    #[inline(always)]
    fn each<T: Count>(
        successes: &[T],
        trials: &[T],
        lower: &mut [f64],
        upper: &mut [f64],
        convert: impl Fn(T) -> f64,
        f: impl Fn(f64, f64, f64) -> (f64, f64),
    ) {
        for (((&x, &n), lo), hi) in successes
            .iter()
            .zip(trials)
            .zip(lower.iter_mut())
            .zip(upper.iter_mut())
        {
            let (x, n) = (convert(x), convert(n));
            let (l, u) = f(x, n - x, n);
            *lo = l;
            *hi = u;
        }
    }
    if small {
        each(successes, trials, lower, upper, T::small_to_f64, f);
    } else {
        each(successes, trials, lower, upper, T::to_f64, f);
    }
}

/// As [`columns`], into pairs.
#[inline(always)]
fn pairs<T: Count>(
    small: bool,
    successes: &[T],
    trials: &[T],
    out: &mut [[f64; 2]],
    f: impl Fn(f64, f64, f64) -> (f64, f64),
) {
    #[inline(always)]
    fn each<T: Count>(
        successes: &[T],
        trials: &[T],
        out: &mut [[f64; 2]],
        convert: impl Fn(T) -> f64,
        f: impl Fn(f64, f64, f64) -> (f64, f64),
    ) {
        for ((&x, &n), o) in successes.iter().zip(trials).zip(out.iter_mut()) {
            let (x, n) = (convert(x), convert(n));
            let (l, u) = f(x, n - x, n);
            *o = [l, u];
        }
    }
    if small {
        each(successes, trials, out, T::small_to_f64, f);
    } else {
        each(successes, trials, out, T::to_f64, f);
    }
}

/// The limits of a method without a closed-form kernel (the exact methods,
/// logit, asin, PSMALL), one pair at a time through [`limits`], restricted
/// to the specification's side.
#[inline(always)]
fn general(method: ProportionMethod, spec: &IntervalSpec, x: f64, y: f64, n: f64) -> (f64, f64) {
    let prep = Prepared::counts_real(x, y, n);
    let (l, u, _, _) = limits(method, &prep, spec);
    spec.restrict(l, u, 0.0, 1.0)
}

/// Applies a one-sided specification to two columns: the open end becomes
/// 0 (upper bounds) or 1 (lower bounds).
fn restrict_columns(side: Side, lower: &mut [f64], upper: &mut [f64]) {
    match side {
        Side::TwoSided => {}
        Side::Lower => upper.fill(1.0),
        Side::Upper => lower.fill(0.0),
    }
}

/// The batch of counts into two columns; the inputs are checked, `small`
/// as [`check_counts`] returned.
pub(crate) fn proportion_columns<T: Count>(
    small: bool,
    method: ProportionMethod,
    spec: &IntervalSpec,
    successes: &[T],
    trials: &[T],
    lower: &mut [f64],
    upper: &mut [f64],
) {
    let c = spec.quantile();
    match method {
        ProportionMethod::Wald => columns(small, successes, trials, lower, upper, |x, y, n| {
            wald(x, y, n, c)
        }),
        ProportionMethod::Wilson => {
            let z = spec.z();
            columns(small, successes, trials, lower, upper, |x, y, n| {
                wilson(x, y, n, z)
            })
        }
        ProportionMethod::WilsonEffective => {
            columns(small, successes, trials, lower, upper, |x, y, n| {
                wilson(x, y, n, c)
            })
        }
        ProportionMethod::AgrestiCoull => {
            columns(small, successes, trials, lower, upper, |x, y, n| {
                agresti_coull(x, y, n, c)
            })
        }
        _ => {
            columns(small, successes, trials, lower, upper, |x, y, n| {
                general(method, spec, x, y, n)
            });
            return;
        }
    }
    restrict_columns(spec.side(), lower, upper);
}

/// The batch of counts into pairs; the inputs are checked, `small` as
/// [`check_counts`] returned.
pub(crate) fn proportion_pairs<T: Count>(
    small: bool,
    method: ProportionMethod,
    spec: &IntervalSpec,
    successes: &[T],
    trials: &[T],
    out: &mut [[f64; 2]],
) {
    let c = spec.quantile();
    let z = spec.z();
    let side = spec.side();
    // the side applied inside the loop: a select on a loop invariant
    let restrict = move |(l, u): (f64, f64)| match side {
        Side::TwoSided => (l, u),
        Side::Lower => (l, 1.0),
        Side::Upper => (0.0, u),
    };
    match method {
        ProportionMethod::Wald => pairs(small, successes, trials, out, |x, y, n| {
            restrict(wald(x, y, n, c))
        }),
        ProportionMethod::Wilson => pairs(small, successes, trials, out, |x, y, n| {
            restrict(wilson(x, y, n, z))
        }),
        ProportionMethod::WilsonEffective => pairs(small, successes, trials, out, |x, y, n| {
            restrict(wilson(x, y, n, c))
        }),
        ProportionMethod::AgrestiCoull => pairs(small, successes, trials, out, |x, y, n| {
            restrict(agresti_coull(x, y, n, c))
        }),
        _ => pairs(small, successes, trials, out, |x, y, n| {
            general(method, spec, x, y, n)
        }),
    }
}
