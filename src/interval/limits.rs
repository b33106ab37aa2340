//! One interval's limits for every proportion method, from the validated
//! working form of its data ([`Prepared`]): what a single interval, the
//! batches' non-closed-form methods and the exact coverage all compute.

use crate::interval::closed_form::{agresti_coull, wald, wilson};
use crate::interval::method::ProportionMethod;
use crate::interval::spec::{IntervalSpec, Side};
use crate::interval::special::{beta_quantile_pair, students_t_upper};

/// The validated working form of [`ProportionData`](super::ProportionData).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Prepared {
    /// The estimate.
    pub(crate) p: f64,
    q: f64,
    /// Successes `n p` (exact for counts).
    x: f64,
    /// Failures `n q` (exact for counts).
    y: f64,
    /// Effective sample size.
    n: f64,
    /// Nominal sample size.
    nominal: f64,
    df: Option<f64>,
    /// Whether `n` was derived (variance form at p = 0/1 uses design effect 1).
    boundary: bool,
}

impl Prepared {
    /// `x` successes out of `n` trials, already checked (`n >= 1`, `x <= n`).
    pub(crate) fn counts(x: u64, n: u64) -> Prepared {
        Prepared::counts_real(x as f64, (n - x) as f64, n as f64)
    }

    /// `x` successes and `y` failures in `n = x + y` trials, as numbers.
    pub(crate) fn counts_real(x: f64, y: f64, n: f64) -> Prepared {
        Prepared {
            p: x / n,
            q: y / n,
            x,
            y,
            n,
            nominal: n,
            df: None,
            boundary: false,
        }
    }

    /// An estimate `p` (`q = 1 - p`) on an effective sample size `n`.
    pub(crate) fn estimate(
        p: f64,
        q: f64,
        n: f64,
        nominal: f64,
        df: Option<f64>,
        boundary: bool,
    ) -> Prepared {
        Prepared {
            p,
            q,
            x: n * p,
            y: n * q,
            n,
            nominal,
            df,
            boundary,
        }
    }
}

/// Limits `(lower, upper, effective n used, df used)` for both tails at
/// `tail` each.
pub(crate) fn limits(
    method: ProportionMethod,
    prep: &Prepared,
    spec: &IntervalSpec,
) -> (f64, f64, f64, Option<f64>) {
    let Prepared {
        p,
        q,
        x,
        y,
        n,
        nominal,
        df,
        boundary,
    } = *prep;
    let tail = spec.tail();
    let side = spec.side();
    let df = spec.df_for(df);
    let critical = || spec.quantile_for(df);
    match method {
        ProportionMethod::Wald => {
            let (l, u) = wald(x, y, n, critical());
            (l, u, n, df)
        }
        ProportionMethod::Wilson => {
            let (l, u) = wilson(x, y, n, spec.z());
            (l, u, n, None)
        }
        ProportionMethod::WilsonEffective => {
            let (l, u) = wilson(x, y, n, critical());
            (l, u, n, df)
        }
        ProportionMethod::AgrestiCoull => {
            let (l, u) = agresti_coull(x, y, n, critical());
            (l, u, n, df)
        }
        ProportionMethod::ClopperPearson => {
            let (l, u) = clopper_pearson(x, y, tail, side);
            (l, u, n, None)
        }
        ProportionMethod::Jeffreys => {
            let (a, b) = (x + 0.5, y + 0.5);
            let l = if p == 0.0 || side == Side::Upper {
                0.0
            } else {
                beta_quantile_pair(a, b, tail, 1.0 - tail).0
            };
            let u = if q == 0.0 || side == Side::Lower {
                1.0
            } else {
                beta_quantile_pair(a, b, 1.0 - tail, tail).0
            };
            (l, u, n, None)
        }
        ProportionMethod::Logit => {
            let c = critical();
            if p == 0.0 {
                (0.0, -(tail.ln() / n).exp_m1(), n, df)
            } else if q == 0.0 {
                ((tail.ln() / n).exp(), 1.0, n, df)
            } else {
                let lam = (p / q).ln();
                let h = c / (n * p * q).sqrt();
                (expit(lam - h), expit(lam + h), n, df)
            }
        }
        ProportionMethod::Asin => {
            let c = critical();
            let theta = p.sqrt().asin();
            let h = c / (2.0 * n.sqrt());
            let lo = (theta - h).max(0.0);
            let hi = (theta + h).min(std::f64::consts::FRAC_PI_2);
            (sin_squared(lo), sin_squared(hi), n, df)
        }
        ProportionMethod::KornGraubard => {
            let nstar = n * kg_factor(spec, nominal, df);
            let (l, u) = clopper_pearson(nstar * p, nstar * q, tail, side);
            (l, u, nstar, df)
        }
        ProportionMethod::KornGraubardNchs => {
            let nstar = if p == 0.0 || q == 0.0 || boundary {
                nominal
            } else {
                (n * kg_factor(spec, nominal, df)).min(nominal)
            };
            let (l, u) = clopper_pearson(nstar * p, nstar * q, tail, side);
            (l, u, nstar, df)
        }
        ProportionMethod::PSmall { threshold } => {
            if p < threshold || p > 1.0 - threshold {
                limits(ProportionMethod::KornGraubard, prep, spec)
            } else {
                limits(ProportionMethod::Wald, prep, spec)
            }
        }
    }
}

/// `sin^2(t)` for `t` in `[0, pi/2]`, as `1 - cos^2(t)` above `pi/4` so
/// that values near 1 keep their precision.
fn sin_squared(t: f64) -> f64 {
    if t <= std::f64::consts::FRAC_PI_4 {
        let s = t.sin();
        s * s
    } else {
        let c = t.cos();
        1.0 - c * c
    }
}

fn expit(u: f64) -> f64 {
    if u >= 0.0 {
        1.0 / (1.0 + (-u).exp())
    } else {
        let e = u.exp();
        e / (1.0 + e)
    }
}

/// The Korn-Graubard degrees-of-freedom factor `(t_{N-1}/t_df)^2`.
fn kg_factor(spec: &IntervalSpec, nominal: f64, df: Option<f64>) -> f64 {
    match df {
        Some(_) if nominal > 1.0 => {
            let r = students_t_upper(nominal - 1.0, spec.tail()) / spec.quantile_for(df);
            r * r
        }
        _ => 1.0,
    }
}

/// Clopper-Pearson limits for `x` successes and `y` failures (real
/// numbers for an effective sample size), the limit that a one-sided
/// `side` does not use left at 0 or 1 without computing it.
fn clopper_pearson(x: f64, y: f64, tail: f64, side: Side) -> (f64, f64) {
    let lower = if x == 0.0 || side == Side::Upper {
        0.0
    } else {
        beta_quantile_pair(x, y + 1.0, tail, 1.0 - tail).0
    };
    let upper = if y == 0.0 || side == Side::Lower {
        1.0
    } else {
        beta_quantile_pair(x + 1.0, y, 1.0 - tail, tail).0
    };
    (lower, upper)
}
