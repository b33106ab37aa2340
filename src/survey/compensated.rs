//! Compensated sums for the one-pass estimator: a double-double value
//! `hi + lo`, added to with Knuth's branch-free TwoSum (the Kahan-Babuska /
//! Neumaier scheme: every addition's rounding error is kept and summed in
//! `lo`), and products added exactly with a fused multiply-add.
//!
//! Why this scheme: the sum of `n` terms is within `2u|S| + O(n u^2) sum|x|`
//! of the exact sum (`u = 2^-53`), so at any row count the result is the
//! correctly rounded sum except when the exact sum lies within that second
//! term of a rounding boundary: in practice the same bits in any order of
//! the rows and any split into chunks. It needs two `f64` a sum (a
//! superaccumulator is exact but takes kilobytes, and there is one sum per
//! PSU and quantity), and no branch (Neumaier's form compares magnitudes).
//! Squares and cross-products are added exactly (`fma` gives the product's
//! rounding error), so the variance of rows that are each their own PSU, an
//! expression like `sum a^2 - (sum a)^2 / n`, can be formed without the
//! cancellation that the one-pass formula suffers in plain `f64`.
//!
//! Written here rather than taken from a crate (`twofloat`): it is a few
//! lines, and the estimator needs the unnormalised accumulator (`lo` summed
//! plainly, normalised once at the end), which a double-double type's `+`
//! does not give.

/// `a + b` as the rounded sum and its exact error (Knuth's TwoSum).
#[inline]
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    let e = (a - (s - bb)) + (b - bb);
    (s, e)
}

/// `a + b` when `|a| >= |b|` (Dekker's FastTwoSum).
#[inline]
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    (s, b - (s - a))
}

/// `a * b` as the rounded product and its exact error.
#[inline]
fn two_prod(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    (p, a.mul_add(b, -p))
}

/// A compensated sum, `hi + lo`.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Dd {
    hi: f64,
    lo: f64,
}

impl Dd {
    /// A value of one `f64`.
    pub(crate) fn from(x: f64) -> Dd {
        Dd { hi: x, lo: 0.0 }
    }

    /// Adds `x`.
    #[inline]
    pub(crate) fn add(&mut self, x: f64) {
        let (s, e) = two_sum(self.hi, x);
        self.hi = s;
        self.lo += e;
    }

    /// Adds `a * b` exactly (to the accumulator's precision).
    #[inline]
    pub(crate) fn add_product(&mut self, a: f64, b: f64) {
        let (p, e) = two_prod(a, b);
        self.add(p);
        self.lo += e;
    }

    /// Adds `a * b * c`, the product `a * b` exactly and its product with
    /// `c` to double-double precision.
    #[inline]
    pub(crate) fn add_product3(&mut self, a: f64, b: f64, c: f64) {
        let (p, e) = two_prod(a, b);
        let (q, f) = two_prod(p, c);
        self.add(q);
        self.lo += f + e * c;
    }

    /// Adds another accumulator.
    pub(crate) fn add_dd(&mut self, other: Dd) {
        self.add(other.hi);
        self.lo += other.lo;
    }

    /// The value, rounded to `f64`.
    pub(crate) fn value(self) -> f64 {
        self.hi + self.lo
    }

    /// Normalised: `|lo| <= ulp(hi) / 2`.
    fn norm(self) -> Dd {
        let (hi, lo) = two_sum(self.hi, self.lo);
        Dd { hi, lo }
    }

    /// `self + other`, to double-double precision.
    pub(crate) fn plus(self, other: Dd) -> Dd {
        let (a, b) = (self.norm(), other.norm());
        let (s, e) = two_sum(a.hi, b.hi);
        let (hi, lo) = fast_two_sum(s, e + a.lo + b.lo);
        Dd { hi, lo }
    }

    /// `self * x`, to double-double precision.
    pub(crate) fn times(self, x: f64) -> Dd {
        let a = self.norm();
        let (p, e) = two_prod(a.hi, x);
        let (hi, lo) = fast_two_sum(p, e + a.lo * x);
        Dd { hi, lo }
    }

    /// `self * self`, to double-double precision.
    pub(crate) fn square(self) -> Dd {
        let a = self.norm();
        let (p, e) = two_prod(a.hi, a.hi);
        let (hi, lo) = fast_two_sum(p, e + 2.0 * a.hi * a.lo);
        Dd { hi, lo }
    }

    /// `self / x`, to double-double precision.
    pub(crate) fn over(self, x: f64) -> Dd {
        let a = self.norm();
        let q1 = a.hi / x;
        let r = a.plus(Dd::from(q1).times(-x));
        let q2 = r.hi / x;
        let (hi, lo) = fast_two_sum(q1, q2);
        Dd { hi, lo }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_that_plain_addition_loses_are_kept() {
        // 1 + 1e-16 * 10^4 - 1: plain f64 gives 0
        let mut s = Dd::default();
        s.add(1.0);
        for _ in 0..10_000 {
            s.add(1e-16);
        }
        s.add(-1.0);
        assert!((s.value() - 1e-12).abs() < 1e-24, "{}", s.value());
        // a square's rounding error is kept: (1 + 2^-30)^2 - 1 - 2^-29 = 2^-60
        let x = 1.0 + 2f64.powi(-30);
        let mut t = Dd::default();
        t.add_product(x, x);
        t.add(-1.0);
        t.add(-(2f64.powi(-29)));
        assert_eq!(t.value(), 2f64.powi(-60));
    }

    #[test]
    fn the_order_of_the_terms_does_not_change_the_sum() {
        let terms: Vec<f64> = (0..2000)
            .map(|i| ((i * 7919 % 1013) as f64 - 500.0) * 1.000_000_1f64.powi(i))
            .collect();
        let mut forward = Dd::default();
        terms.iter().for_each(|&x| forward.add(x));
        let mut backward = Dd::default();
        terms.iter().rev().for_each(|&x| backward.add(x));
        assert_eq!(forward.value(), backward.value());
    }

    #[test]
    fn arithmetic_is_double_double() {
        let third = Dd::from(1.0).over(3.0);
        // 3 * (1/3) - 1 is below 1e-31 in double-double
        let back = third.times(3.0).plus(Dd::from(-1.0));
        assert!(back.value().abs() < 1e-31, "{}", back.value());
        let sq = third.square().plus(Dd::from(-1.0 / 9.0));
        assert!(sq.value().abs() < 1e-17);
    }
}
