//! The closed-form proportion kernels: Wald, Wilson and Agresti-Coull, for
//! one interval and for the batch drivers of [`kernel`](super::kernel).
//!
//! A kernel takes the successes `x`, the failures `y = n - x` and the trials
//! `n` as `f64` (real numbers for design-based inputs, `x = n p`), and the
//! quantile `c`, and returns the two limits. The closed forms are written
//! with positive terms only, one or two divisions and one square root, and
//! no branch but selects, so that a loop over slices vectorises:
//!
//! ```text
//! wald            r = 1/n,  p = x r,  h = c r sqrt(x y r);       [p - h, p + h] clipped to [0, 1]
//! wilson          t = c sqrt(x y / n + c^2/4),  L = x + c^2/2 + t,  U = y + c^2/2 + t
//!                 lower = x^2 / (n L),  upper = (x y + n (c^2/2 + t)) / (n U)
//!                 computed as  A = n t = c sqrt(n (x y + n c^2/4)),
//!                 n L = n (x + c^2/2) + A,  n U = n (y + c^2/2) + A,  1 / (n L n U) once
//! agresti-coull   r = 1/(n + c^2),  a = x + c^2/2,  b = y + c^2/2
//!                 p~ = a r,  h = c r sqrt(a b r);                [p~ - h, p~ + h] clipped to [0, 1]
//! ```
//!
//! Wilson's upper limit is `1 - lower(y, x)` put over one denominator,
//! `1 - y^2 / (n U) = (n U - y^2) / (n U)` with `n U - y^2 = x y + n (c^2/2 + t)`:
//! no cancellation near 0 or near 1, so one formula serves every `x`; with
//! `n t` under one square root and one reciprocal for both limits, Wilson
//! costs one division and one square root, as Wald does. Wald's `p` is `x / n`
//! exactly at `x = n` (a select), so that the interval there is the point 1.
//!

/// Wald limits (clipped to [0, 1]) for `x` successes and `y` failures in
/// `n = x + y` trials at quantile `c`.
#[inline(always)]
pub(crate) fn wald(x: f64, y: f64, n: f64, c: f64) -> (f64, f64) {
    let r = 1.0 / n;
    let p = if y == 0.0 { 1.0 } else { x * r };
    let half = c * r * (x * y * r).sqrt();
    ((p - half).max(0.0), (p + half).min(1.0))
}

/// Wilson score limits (see the module documentation).
#[inline(always)]
pub(crate) fn wilson(x: f64, y: f64, n: f64, c: f64) -> (f64, f64) {
    let c2 = c * c;
    let h = 0.5 * c2;
    let a = c * (n * (x * y + 0.25 * c2 * n)).sqrt();
    let den_lower = n * (x + h) + a;
    let den_upper = n * (y + h) + a;
    let inv = 1.0 / (den_lower * den_upper);
    let lower = x * x * den_upper * inv;
    let upper = if y == 0.0 {
        1.0
    } else {
        (x * y + n * h + a) * den_lower * inv
    };
    (lower, upper)
}

/// Agresti-Coull limits (clipped to [0, 1]).
#[inline(always)]
pub(crate) fn agresti_coull(x: f64, y: f64, n: f64, c: f64) -> (f64, f64) {
    let c2 = c * c;
    let h = 0.5 * c2;
    let r = 1.0 / (n + c2);
    let (a, b) = (x + h, y + h);
    let pt = a * r;
    let half = c * r * (a * b * r).sqrt();
    ((pt - half).max(0.0), (pt + half).min(1.0))
}
