//! Trend estimates between two waves: the difference, ratio and percentage
//! change of two independent estimates, and the change of a share that is
//! known only as an interval (its printed precision or its wording), each
//! with a confidence interval.
//!
//! Plain numbers in, plain numbers out: nothing here reads a dataset. The
//! caller gives each wave's estimate with its squared coefficient of
//! variation under that wave's design model (or the model's ingredients, see
//! [`WaveCount`]), and each wave's share with its interview base.
//!
//! ```text
//! per wave (waves are independent samples; z = Phi^{-1}((1 + level) / 2)):
//!   a national total T           CV^2 = deff1 / n1
//!   a category total X = T p     CV^2 = deff1 / n1 + deff2 (1 - p) / (p n),  p = X / T
//!     n1 = the wave's phase-1 sample count (arrests reported), n = its interview base
//!
//! from X_a (earlier) to X_b (later):
//!   ratio              R = X_b / X_a,   Var(ln R) = CV_a^2 + CV_b^2        (delta method, log scale)
//!                      limits  R exp(-/+ z sqrt(CV_a^2 + CV_b^2))
//!   percentage change  100 (R - 1),     limits  100 (R_lo - 1), 100 (R_hi - 1)
//!   difference         D = X_b - X_a,   Var(D) = X_a^2 CV_a^2 + X_b^2 CV_b^2  (delta method)
//!                      limits  D -/+ z sqrt(Var(D))
//!
//! a share in percent, known to lie in [l, u], interview base n, design effect d:
//!   v(p) = d p (100 - p) / n                                   (percent^2)
//!   change in points, the wordings alone:   [l_b - u_a, u_b - l_a]
//!   with sampling error (Wald on the difference, union over the admitted shares):
//!     lower = (l_b - u_a) - z sqrt(v_a(u_a) + v_b(l_b))
//!     upper = (u_b - l_a) + z sqrt(v_a(l_a) + v_b(u_b))
//! ```
//!
//! Why these choices:
//!
//! - The ratio and the percentage change are computed on the log scale, as the
//!   national totals of each wave are: the interval of a ratio of positive
//!   totals is then positive and skewed as a ratio is. The percentage change is
//!   the ratio's monotone transform, so its limits are the ratio's limits
//!   transformed (computed as `100 expm1(ln R -/+ z s)` to keep digits near 0).
//! - The difference uses the delta method on the natural scale, with the same
//!   variances the ratio uses (`Var(X) = X^2 CV^2`): one model, two scales.
//!   The alternative, combining each wave's log-scale interval (MOVER, Zou and
//!   Donner 2008), is not used because it would put the difference on a third
//!   footing; at the coefficients of variation of these tables (1-12%) the
//!   two differ by a few percent of the width.
//! - The change of a share uses the Wald interval of a difference of two
//!   independent proportions with effective sizes `n / d`. A share known only
//!   as an interval contributes every value it admits: the limits are the
//!   extremes over the box `[l_a, u_a] x [l_b, u_b]`. When
//!   `z^2 (d / n) (100 - 2p)^2 < 4 p (100 - p)` holds at both ends of both
//!   ranges, the lower limit increases in `p_b` and decreases in `p_a`
//!   everywhere on the box (its derivative in `p_b` is
//!   `1 - z v_b'(p_b) / (2 sqrt(v_a + v_b))`, and `|v'| / (2 sqrt(v)) <=`
//!   that bound), and likewise the upper limit, so the extremes are the corners
//!   written above and the union is exact. Otherwise (a share within a few
//!   tenths of a percent of 0 or 100 on a small base) the interval is the outer
//!   bound `(l_b - u_a) - z sqrt(max v_a + max v_b)`, `(u_b - l_a) + z sqrt(max
//!   v_a + max v_b)` with each maximum taken over its range, and
//!   [`ShareChange::exact_union`] says so.
//! - Waves are independent. In N-JOV every wave surveyed the same agencies, so
//!   their phase-1 errors are likely positively correlated; a positive
//!   correlation makes the true variance of a difference or ratio smaller, so
//!   the independent-waves interval is the conservative one.
//! - Open and closed ends of a wording's interval ("over 45%" admits 45
//!   exclusive) are not distinguished: the limits are infima and suprema.
//!
//! Every function checks its input and returns
//! [`ErrorKind::InvalidArgument`](crate::ErrorKind::InvalidArgument) for a
//! NaN or infinite number, a non-positive total, count, base or design
//! effect, a category larger than its total, a share outside 0-100 or a
//! range whose lower end exceeds its upper end, and a level outside (0, 1).
//!
//! ```
//! use njov::study::trend::{Trend, WaveCount};
//! // All arrests, 2000 -> 2006, at design effect 1: n1 = 1723 reported in
//! // 2000, and 1723 * 7010 / 2577 assumed for 2006.
//! let a = WaveCount::Total { total: 2577.0, n1: 1723.0 }.estimate(1.0, 1.0)?;
//! let b = WaveCount::Total { total: 7010.0, n1: 1723.0 * 7010.0 / 2577.0 }.estimate(1.0, 1.0)?;
//! let t = Trend::compute(&a, &b, 0.95)?;
//! assert!((t.ratio.estimate - 2.7202).abs() < 1e-4);
//! assert!(t.percent_change.lower > 150.0 && t.percent_change.upper < 190.0);
//! # Ok::<(), njov::Error>(())
//! ```

use serde::Serialize;

use crate::error::{Error, Result};
use crate::interval::special::normal_quantile;
use crate::study::design::DEFF_GRID;

fn finite(name: &str, x: f64) -> Result<f64> {
    if x.is_finite() {
        Ok(x)
    } else {
        Err(Error::invalid_argument(name, x, "a finite number"))
    }
}

fn positive(name: &str, x: f64) -> Result<f64> {
    if x.is_finite() && x > 0.0 {
        Ok(x)
    } else {
        Err(Error::invalid_argument(name, x, "a finite number > 0"))
    }
}

/// `z = Phi^{-1}((1 + level) / 2)` for a two-sided interval.
fn z_of(level: f64) -> Result<f64> {
    if !(level.is_finite() && level > 0.0 && level < 1.0) {
        return Err(Error::invalid_argument(
            "level",
            level,
            "a confidence level strictly between 0 and 1",
        ));
    }
    normal_quantile(0.5 + level / 2.0)
}

/// One wave's estimate with its squared coefficient of variation under that
/// wave's design model.
///
/// ```
/// use njov::study::trend::WaveEstimate;
/// let e = WaveEstimate::new(2577.0, 1.0 / 1723.0).unwrap();
/// assert_eq!(e.value, 2577.0);
/// assert!(WaveEstimate::new(0.0, 0.01).is_err());
/// assert!(WaveEstimate::new(10.0, f64::NAN).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WaveEstimate {
    /// The estimate (a count), > 0.
    pub value: f64,
    /// Its squared coefficient of variation, `Var(X) / X^2`, >= 0.
    pub cv2: f64,
}

impl WaveEstimate {
    /// An estimate and its squared coefficient of variation.
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` unless `value` is finite and > 0 and
    /// `cv2` finite and >= 0.
    pub fn new(value: f64, cv2: f64) -> Result<WaveEstimate> {
        let value = positive("value", value)?;
        if !(cv2.is_finite() && cv2 >= 0.0) {
            return Err(Error::invalid_argument("cv2", cv2, "a finite number >= 0"));
        }
        Ok(WaveEstimate { value, cv2 })
    }
}

/// A count of one wave and what its sampling error rests on, before the
/// design effects are chosen: a national total, or a category of it.
///
/// ```text
/// Total     CV^2 = deff1 / n1
/// Category  CV^2 = deff1 / n1 + deff2 (1 - p) / (p n),  p = value / total
/// ```
///
/// ```
/// use njov::study::trend::WaveCount;
/// let c = WaveCount::Category { value: 508.0, total: 2577.0, n1: 1723.0, n: 612.0 };
/// let e = c.estimate(1.0, 1.0).unwrap();
/// let p = 508.0 / 2577.0;
/// assert!((e.cv2 - (1.0 / 1723.0 + (1.0 - p) / (p * 612.0))).abs() < 1e-15);
/// // The design effects scale the two terms.
/// assert!((c.estimate(2.0, 2.0).unwrap().cv2 - 2.0 * e.cv2).abs() < 1e-15);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WaveCount {
    /// The national total `total`, estimated from `n1` reported arrests.
    Total {
        /// The national total, > 0.
        total: f64,
        /// The phase-1 sample count (arrests reported by responding
        /// agencies), > 0.
        n1: f64,
    },
    /// A category `value` of the national total `total`, its share
    /// estimated from `n` interviews.
    Category {
        /// The category's national count, > 0 and at most `total`.
        value: f64,
        /// The national total of the same wave, > 0.
        total: f64,
        /// The phase-1 sample count, > 0.
        n1: f64,
        /// The interview base of the wave's shares, > 0.
        n: f64,
    },
}

impl WaveCount {
    /// The count.
    pub fn value(&self) -> f64 {
        match *self {
            WaveCount::Total { total, .. } => total,
            WaveCount::Category { value, .. } => value,
        }
    }

    /// The estimate with its squared coefficient of variation at the design
    /// effects `deff1` (phase 1) and `deff2` (phase 2; unused for a total).
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` for a non-finite or non-positive total,
    /// count, `n1`, `n` or design effect, or a category larger than its
    /// total.
    pub fn estimate(&self, deff1: f64, deff2: f64) -> Result<WaveEstimate> {
        let deff1 = positive("deff1", deff1)?;
        let deff2 = positive("deff2", deff2)?;
        match *self {
            WaveCount::Total { total, n1 } => {
                let total = positive("total", total)?;
                let n1 = positive("n1", n1)?;
                WaveEstimate::new(total, deff1 / n1)
            }
            WaveCount::Category {
                value,
                total,
                n1,
                n,
            } => {
                let value = positive("value", value)?;
                let total = positive("total", total)?;
                let n1 = positive("n1", n1)?;
                let n = positive("n", n)?;
                if value > total {
                    return Err(Error::invalid_argument(
                        "value",
                        value,
                        format!("a category of at most its total {total}"),
                    ));
                }
                let p = value / total;
                WaveEstimate::new(value, deff1 / n1 + deff2 * (1.0 - p) / (p * n))
            }
        }
    }
}

/// An estimate with its confidence limits.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Limits {
    /// The point estimate.
    pub estimate: f64,
    /// The lower limit.
    pub lower: f64,
    /// The upper limit.
    pub upper: f64,
}

/// Which way a change goes, as far as its interval tells.
///
/// ```
/// use njov::study::trend::Direction;
/// assert_eq!(serde_json::to_string(&Direction::Undetermined).unwrap(), "\"undetermined\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// The whole interval lies above no change.
    Increase,
    /// The whole interval lies below no change.
    Decrease,
    /// The interval contains no change: the change is not larger than its
    /// interval.
    Undetermined,
}

impl Direction {
    /// The direction of an interval against the value of no change.
    fn of(lower: f64, upper: f64, none: f64) -> Direction {
        if lower > none {
            Direction::Increase
        } else if upper < none {
            Direction::Decrease
        } else {
            Direction::Undetermined
        }
    }
}

/// The change between two independent estimates, from `from` (the earlier
/// wave) to `to` (the later): difference, ratio and percentage change with
/// confidence limits. The formulas are in the [module documentation](self).
///
/// ```
/// use njov::study::trend::{Direction, Trend, WaveEstimate};
/// let a = WaveEstimate::new(100.0, 0.01).unwrap();
/// let b = WaveEstimate::new(150.0, 0.01).unwrap();
/// let t = Trend::compute(&a, &b, 0.95).unwrap();
/// let s = (0.02f64).sqrt();
/// let z = njov::interval::special::normal_quantile(0.975).unwrap();
/// assert!((t.ratio.lower - 1.5 * (-z * s).exp()).abs() < 1e-12);
/// assert!((t.percent_change.estimate - 50.0).abs() < 1e-12);
/// assert!((t.se_difference - (100.0f64 + 225.0).sqrt()).abs() < 1e-12);
/// assert_eq!(t.direction(), Direction::Increase);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Trend {
    /// The earlier estimate.
    pub from: WaveEstimate,
    /// The later estimate.
    pub to: WaveEstimate,
    /// The confidence level.
    pub level: f64,
    /// The normal quantile used, `Phi^{-1}((1 + level) / 2)`.
    pub z: f64,
    /// `to - from`.
    pub difference: Limits,
    /// The delta-method standard error of the difference,
    /// `sqrt(from^2 CV_from^2 + to^2 CV_to^2)`.
    pub se_difference: f64,
    /// `to / from`.
    pub ratio: Limits,
    /// The standard error of the log ratio, `sqrt(CV_from^2 + CV_to^2)`.
    pub se_log_ratio: f64,
    /// `100 (to / from - 1)`, in percent.
    pub percent_change: Limits,
}

impl Trend {
    /// The change from `from` to `to` at a confidence level.
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` for a level outside (0, 1) or NaN; the
    /// estimates are checked when built ([`WaveEstimate::new`]), and again
    /// here, since their fields are public.
    pub fn compute(from: &WaveEstimate, to: &WaveEstimate, level: f64) -> Result<Trend> {
        let z = z_of(level)?;
        let from = WaveEstimate::new(from.value, from.cv2)?;
        let to = WaveEstimate::new(to.value, to.cv2)?;
        let (xa, xb) = (from.value, to.value);
        let se_log_ratio = (from.cv2 + to.cv2).sqrt();
        let log_ratio = xb.ln() - xa.ln();
        let ratio = Limits {
            estimate: xb / xa,
            lower: (log_ratio - z * se_log_ratio).exp(),
            upper: (log_ratio + z * se_log_ratio).exp(),
        };
        let percent_change = Limits {
            estimate: 100.0 * (xb - xa) / xa,
            lower: 100.0 * (log_ratio - z * se_log_ratio).exp_m1(),
            upper: 100.0 * (log_ratio + z * se_log_ratio).exp_m1(),
        };
        // X^2 CV^2 for each wave, summed without overflow for any count that
        // fits in an f64 (hypot scales).
        let se_difference = (xa * from.cv2.sqrt()).hypot(xb * to.cv2.sqrt());
        let d = xb - xa;
        let difference = Limits {
            estimate: d,
            lower: d - z * se_difference,
            upper: d + z * se_difference,
        };
        Ok(Trend {
            from,
            to,
            level,
            z,
            difference,
            se_difference,
            ratio,
            se_log_ratio,
            percent_change,
        })
    }

    /// Which way the change goes: the ratio's interval against 1. (The
    /// difference's interval, on another scale, can disagree only at its
    /// edge.)
    pub fn direction(&self) -> Direction {
        Direction::of(self.ratio.lower, self.ratio.upper, 1.0)
    }
}

/// The trend at one design effect of the grid.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TrendAt {
    /// The design effect of both phases of both waves.
    pub deff: f64,
    /// The trend under it.
    pub trend: Trend,
}

/// The trend from `from` to `to` at every design effect of
/// [`DEFF_GRID`], the same design effect for both phases
/// of both waves.
///
/// # Errors
/// As [`WaveCount::estimate`] and [`Trend::compute`].
///
/// ```
/// use njov::study::trend::{WaveCount, trend_grid};
/// let a = WaveCount::Total { total: 2577.0, n1: 1723.0 };
/// let b = WaveCount::Total { total: 8144.0, n1: 1723.0 * 8144.0 / 2577.0 };
/// let grid = trend_grid(&a, &b, 0.95).unwrap();
/// assert_eq!(grid.len(), 4);
/// // Wider at every step of the grid.
/// assert!(grid.windows(2).all(|w| w[1].trend.ratio.upper > w[0].trend.ratio.upper));
/// ```
pub fn trend_grid(from: &WaveCount, to: &WaveCount, level: f64) -> Result<Vec<TrendAt>> {
    DEFF_GRID
        .iter()
        .map(|&deff| {
            let a = from.estimate(deff, deff)?;
            let b = to.estimate(deff, deff)?;
            Ok(TrendAt {
                deff,
                trend: Trend::compute(&a, &b, level)?,
            })
        })
        .collect()
}

/// One wave's share, in percent: the values it admits (equal ends for a
/// share known exactly) and the interview base it rests on.
///
/// ```
/// use njov::study::trend::WaveShare;
/// let over_45 = WaveShare::range(45.0, 56.25, 612.0).unwrap();
/// assert_eq!((over_45.lower, over_45.upper), (45.0, 56.25));
/// assert!(WaveShare::range(50.0, 40.0, 612.0).is_err());
/// assert!(WaveShare::exact(101.0, 612.0).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WaveShare {
    /// The smallest value admitted, percent.
    pub lower: f64,
    /// The largest value admitted, percent.
    pub upper: f64,
    /// The interview base, > 0.
    pub n: f64,
}

impl WaveShare {
    /// A share known exactly.
    ///
    /// # Errors
    /// As [`WaveShare::range`].
    pub fn exact(p: f64, n: f64) -> Result<WaveShare> {
        WaveShare::range(p, p, n)
    }

    /// A share known to lie in `[lower, upper]` (percent).
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` unless `0 <= lower <= upper <= 100` and
    /// `n` is finite and > 0.
    pub fn range(lower: f64, upper: f64, n: f64) -> Result<WaveShare> {
        let lower = finite("lower", lower)?;
        let upper = finite("upper", upper)?;
        let n = positive("n", n)?;
        if !(0.0..=100.0).contains(&lower) || !(0.0..=100.0).contains(&upper) {
            return Err(Error::invalid_argument(
                "share",
                format!("[{lower}, {upper}]"),
                "percentages between 0 and 100",
            ));
        }
        if lower > upper {
            return Err(Error::invalid_argument(
                "share",
                format!("[{lower}, {upper}]"),
                "a lower end at most the upper end",
            ));
        }
        Ok(WaveShare { lower, upper, n })
    }
}

/// The change of a share between two waves, in percentage points, with its
/// interval: the wordings' ranges propagated and each wave's sampling error
/// added. The formulas are in the [module documentation](self).
///
/// ```
/// use njov::study::trend::{Direction, ShareChange, WaveShare};
/// // Federal involvement: "over 45%" of 612 interviews, then "about 30%" of 1051.
/// let a = WaveShare::range(45.0, 56.25, 612.0).unwrap();
/// let b = WaveShare::range(27.0, 33.0, 1051.0).unwrap();
/// let c = ShareChange::compute(&a, &b, 3.0, 3.0, 0.95).unwrap();
/// assert_eq!(c.wording, [27.0 - 56.25, 33.0 - 45.0]);
/// assert!(c.upper < 0.0 && c.exact_union);
/// assert_eq!(c.direction, Direction::Decrease);
/// assert!(c.larger_than_interval());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ShareChange {
    /// The earlier share.
    pub from: WaveShare,
    /// The later share.
    pub to: WaveShare,
    /// The design effect of the earlier wave's share.
    pub deff_from: f64,
    /// The design effect of the later wave's share.
    pub deff_to: f64,
    /// The confidence level.
    pub level: f64,
    /// The change, when both shares are known exactly (`to - from`, points).
    pub estimate: Option<f64>,
    /// The changes the two ranges admit, without sampling error:
    /// `[l_to - u_from, u_to - l_from]`.
    pub wording: [f64; 2],
    /// The lower limit, percentage points.
    pub lower: f64,
    /// The upper limit, percentage points.
    pub upper: f64,
    /// Whether the limits are the exact extremes over the admitted shares
    /// (the corner formula), rather than the outer bound.
    pub exact_union: bool,
    /// Which way the change goes, as far as the interval tells.
    pub direction: Direction,
}

impl ShareChange {
    /// The change from `from` to `to` with design effects `deff_from`,
    /// `deff_to` on the two waves' shares, at a confidence level.
    ///
    /// # Errors
    /// `ErrorKind::InvalidArgument` for a level outside (0, 1), a
    /// non-positive or non-finite design effect, or a share that
    /// [`WaveShare::range`] would refuse.
    pub fn compute(
        from: &WaveShare,
        to: &WaveShare,
        deff_from: f64,
        deff_to: f64,
        level: f64,
    ) -> Result<ShareChange> {
        let z = z_of(level)?;
        let from = WaveShare::range(from.lower, from.upper, from.n)?;
        let to = WaveShare::range(to.lower, to.upper, to.n)?;
        let deff_from = positive("deff_from", deff_from)?;
        let deff_to = positive("deff_to", deff_to)?;
        let (ca, cb) = (deff_from / from.n, deff_to / to.n);
        let v = |c: f64, p: f64| c * p * (100.0 - p);
        // The limits are monotone in each share when |v'(p)| / (2 sqrt(v(p)))
        // < 1 / z at every admitted p; (100 - 2p)^2 / (p (100 - p)) is
        // largest at the end of a range farther from 50, so both ends suffice.
        let monotone =
            |c: f64, p: f64| z * z * c * (100.0 - 2.0 * p).powi(2) < 4.0 * p * (100.0 - p);
        let exact_union = monotone(ca, from.lower)
            && monotone(ca, from.upper)
            && monotone(cb, to.lower)
            && monotone(cb, to.upper);
        let wording = [to.lower - from.upper, to.upper - from.lower];
        let (lower, upper) = if exact_union {
            (
                wording[0] - z * (v(ca, from.upper) + v(cb, to.lower)).sqrt(),
                wording[1] + z * (v(ca, from.lower) + v(cb, to.upper)).sqrt(),
            )
        } else {
            // p (100 - p) is largest at the admitted p nearest 50.
            let vmax = |c: f64, s: &WaveShare| v(c, 50.0f64.clamp(s.lower, s.upper));
            let spread = z * (vmax(ca, &from) + vmax(cb, &to)).sqrt();
            (wording[0] - spread, wording[1] + spread)
        };
        let estimate =
            (from.lower == from.upper && to.lower == to.upper).then_some(to.lower - from.lower);
        Ok(ShareChange {
            from,
            to,
            deff_from,
            deff_to,
            level,
            estimate,
            wording,
            lower,
            upper,
            exact_union,
            direction: Direction::of(lower, upper, 0.0),
        })
    }

    /// Whether the change is larger than its interval: the interval lies
    /// wholly on one side of no change.
    pub fn larger_than_interval(&self) -> bool {
        self.direction != Direction::Undetermined
    }
}

/// The share change at one design effect of the grid.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ShareChangeAt {
    /// The design effect of both waves' shares.
    pub deff: f64,
    /// The change under it.
    pub change: ShareChange,
}

/// The share change at every design effect of
/// [`DEFF_GRID`], the same for both waves.
///
/// # Errors
/// As [`ShareChange::compute`].
///
/// ```
/// use njov::study::trend::{WaveShare, share_change_grid};
/// // Proactive cases: 45% of 612 interviews, then "two-thirds" of 1051.
/// let a = WaveShare::range(44.5, 45.5, 612.0).unwrap();
/// let b = WaveShare::range(60.0, 200.0 / 3.0 * 1.1, 1051.0).unwrap();
/// let grid = share_change_grid(&a, &b, 0.95).unwrap();
/// assert!(grid.iter().all(|g| g.change.larger_than_interval()));
/// ```
pub fn share_change_grid(
    from: &WaveShare,
    to: &WaveShare,
    level: f64,
) -> Result<Vec<ShareChangeAt>> {
    DEFF_GRID
        .iter()
        .map(|&deff| {
            Ok(ShareChangeAt {
                deff,
                change: ShareChange::compute(from, to, deff, deff, level)?,
            })
        })
        .collect()
}

/// A figure of one wave and the definition it measures: what a comparison
/// across waves is checked with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Measured<'a> {
    /// The figure's id.
    pub figure: &'a str,
    /// The wave's id.
    pub wave: &'a str,
    /// The measure's id.
    pub measure: &'a str,
    /// The measure's definition, in words.
    pub definition: &'a str,
}

/// Checks that two figures can be compared over time: the same measure, in
/// two different waves.
///
/// # Errors
/// `ErrorKind::InvalidArgument` naming both figures and both definitions
/// when the measures differ, and naming the wave when both figures are of
/// the same wave.
///
/// ```
/// use njov::study::trend::{Measured, comparable};
/// let solicitations = Measured {
///     figure: "w2000.undercover_solicitation", wave: "w2000",
///     measure: "undercover_solicitation",
///     definition: "arrests for soliciting undercover investigators posing online as minors",
/// };
/// let operations = Measured {
///     figure: "w2006.undercover_operations", wave: "w2006",
///     measure: "undercover_operations",
///     definition: "all arrests that came from undercover operations",
/// };
/// let err = comparable(&solicitations, &operations).unwrap_err().to_string();
/// assert!(err.contains("soliciting undercover investigators") && err.contains("undercover operations"));
/// ```
pub fn comparable(from: &Measured<'_>, to: &Measured<'_>) -> Result<()> {
    if from.measure != to.measure {
        return Err(Error::invalid_argument(
            "to",
            format!("{} ({}: {})", to.figure, to.measure, to.definition),
            format!(
                "a figure of the same definition as {} ({}: {}); the two measure different things",
                from.figure, from.measure, from.definition
            ),
        ));
    }
    if from.wave == to.wave {
        return Err(Error::invalid_argument(
            "to",
            to.figure,
            format!(
                "a figure of another wave than {} ({})",
                from.figure, from.wave
            ),
        ));
    }
    Ok(())
}
