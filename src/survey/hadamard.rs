//! R `survey`'s Hadamard matrices: [`hadamard`]`(n)` is the matrix of R's
//! `hadamard(n)` (survey 4.1-1), entry for entry, in R's row and column order
//! and its 0/1 coding. BRR and Fay's BRR made from a design
//! ([`SurveyDesign::replicate`](super::SurveyDesign::replicate)) take their
//! half-samples from its rows `2..=H+1` (`H` strata) and have one replicate
//! per column, as R's `brrweights` does; another Hadamard matrix of the same
//! order would give other replicates, and in general other standard errors.
//!
//! R's matrices are of three kinds: four stored ones (`hadamard.list`, of
//! orders 4, 16, 28 and 36), Paley's construction for a prime, and either of
//! these doubled; which one R takes for `n` follows a rule of its own,
//! written out on [`hadamard`] and followed step by step here. The last step
//! of that rule always gives a matrix, so there is no number of strata for
//! which BRR or Fay fails for want of one (this crate used to refuse the
//! numbers whose matrix is not Sylvester's, with an `Unavailable` error,
//! which is gone). Where R's matrix is Sylvester's (the stored orders 4 and
//! 16 and their doublings: `n <= 7`, `12 <= n <= 15`, 28 to 31 and others),
//! so is this one.
//!
//! The stored matrices are `src/survey/hadamard_tables.txt`, exported from R
//! by `scripts/hadamard_tables.R`, which also writes the test references
//! (`tests/data/hadamard/`: the order and a SHA-256 of R's matrix for every
//! `n` up to 400 and for 1000 and 4000, the order alone for some `n` around
//! the end of R's list of primes, and some matrices in full;
//! `tests/survey_hadamard.rs`).
//!
//! Why written here: no maintained Rust crate builds R's matrices. A search
//! of crate documentation for Hadamard matrices found none that constructs
//! them by Paley's method or holds R's stored tables (it found R's `survey`,
//! `HadamardR` and `pracma`, MATLAB's `hadamard` and an npm package), and a
//! crate giving some valid Hadamard matrix of the right order would not give
//! R's replicates.

use std::sync::OnceLock;

/// The orders of R's stored matrices (`survey:::hadamard.sizes`).
const STORED_ORDERS: [usize; 4] = [4, 16, 28, 36];

/// The largest prime of R's list in `paley` (its list is every prime
/// `p = 3 (mod 4)` up to this one).
const LARGEST_PRIME: usize = 7919;

/// R's stored matrices, parsed once from `hadamard_tables.txt`: per matrix
/// its entries row by row.
fn stored() -> &'static [Vec<u8>] {
    static TABLES: OnceLock<Vec<Vec<u8>>> = OnceLock::new();
    TABLES.get_or_init(|| parse_tables(include_str!("hadamard_tables.txt")))
}

fn parse_tables(text: &str) -> Vec<Vec<u8>> {
    let mut tables: Vec<Vec<u8>> = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        if line.starts_with("order ") {
            tables.push(Vec::new());
        } else if let Some(t) = tables.last_mut() {
            t.extend(line.bytes().map(|b| u8::from(b == b'1')));
        }
    }
    tables
}

/// A Hadamard matrix as R `survey` builds it, with entries 0 and 1 (R's
/// coding; 1 and 0 stand for +1 and -1). Made by [`hadamard`].
///
/// Its [`Display`](std::fmt::Display) writes the rows as `0`/`1`
/// characters, each row followed by a newline.
///
/// ```
/// use njov::survey::hadamard;
/// let h = hadamard(10); // R: nrow(hadamard(10)) is 12, Paley's for the prime 11
/// assert_eq!(h.order(), 12);
/// assert_eq!(h.to_string().lines().next(), Some("111111111111"));
/// // any two rows agree in exactly half of the columns
/// let agree = (0..12).filter(|&j| h.get(1, j) == h.get(2, j)).count();
/// assert_eq!(agree, 6);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HadamardMatrix {
    base: Base,
    doublings: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Base {
    /// R's stored matrix with this index in `hadamard.list`.
    Stored(usize),
    /// Paley's matrix for the prime `p` (order `p + 1`): `zero[k]` when `k`
    /// is 0 or a quadratic residue modulo `p`.
    Paley { p: usize, zero: Vec<bool> },
}

impl HadamardMatrix {
    fn stored(index: usize, doublings: u32) -> HadamardMatrix {
        HadamardMatrix {
            base: Base::Stored(index),
            doublings,
        }
    }

    /// R's `paley(prime = p)` doubled `doublings` times.
    fn paley(p: usize, doublings: u32) -> HadamardMatrix {
        let mut zero = vec![false; p];
        zero[0] = true;
        for i in 1..=(p - 1) / 2 {
            zero[i * i % p] = true;
        }
        HadamardMatrix {
            base: Base::Paley { p, zero },
            doublings,
        }
    }

    fn base_order(&self) -> usize {
        match &self.base {
            Base::Stored(k) => STORED_ORDERS[*k],
            Base::Paley { p, .. } => p + 1,
        }
    }

    /// The number of rows (and of columns): `nrow(hadamard(n))`.
    ///
    /// ```
    /// use njov::survey::hadamard;
    /// let orders: Vec<usize> = [3, 7, 10, 20, 25, 50].iter().map(|&n| hadamard(n).order()).collect();
    /// assert_eq!(orders, [4, 8, 12, 24, 28, 56]);
    /// ```
    pub fn order(&self) -> usize {
        self.base_order() << self.doublings
    }

    /// The entry in row `row` and column `col` (both from 0), 0 or 1: R's
    /// `hadamard(n)[row + 1, col + 1]`.
    ///
    /// # Panics
    ///
    /// When `row` or `col` is not below [`order`](HadamardMatrix::order).
    ///
    /// ```
    /// use njov::survey::hadamard;
    /// let h = hadamard(5); // Sylvester's matrix of order 8
    /// assert_eq!(h.get(3, 5), 0); // 3 AND 5 has one bit
    /// assert_eq!(h.get(3, 4), 1);
    /// ```
    pub fn get(&self, row: usize, col: usize) -> u8 {
        let order = self.order();
        assert!(
            row < order && col < order,
            "entry ({row}, {col}) of a Hadamard matrix of order {order}"
        );
        let b = self.base_order();
        let (i, j) = (row % b, col % b);
        let flip = u8::from(((row / b) & (col / b)).count_ones() % 2 == 1);
        let entry = match &self.base {
            Base::Stored(k) => stored()[*k][i * b + j],
            Base::Paley { p, zero } => {
                if i == 0 || j == 0 || !zero[(i - 1 + j - 1) % p] {
                    1
                } else {
                    0
                }
            }
        };
        entry ^ flip
    }
}

impl std::fmt::Display for HadamardMatrix {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let order = self.order();
        let mut line = String::with_capacity(order + 1);
        for i in 0..order {
            line.clear();
            line.extend((0..order).map(|j| if self.get(i, j) == 1 { '1' } else { '0' }));
            line.push('\n');
            f.write_str(&line)?;
        }
        Ok(())
    }
}

/// R `survey`'s `hadamard(n)`: a Hadamard matrix of order above `n`, the one
/// R gives, entry for entry. BRR for `n` strata takes its rows `2..=n+1`
/// (from 1, as R counts) and has [`order`](HadamardMatrix::order)
/// replicates. R builds a matrix for every `n`, and so does this: it does
/// not fail.
///
/// R's rule, followed step by step (`hadamard`, `paley` and
/// `hadamard.doubler` of survey 4.1-1):
///
/// 1. With `m = n - n mod 4`, R's stored matrix of the smallest order in
///    `(m, m + 4]` when there is one (`hadamard.list`, of orders
///    `hadamard.sizes` = 4, 16, 28, 36), the one of order 4 when `n < 4`.
/// 2. Otherwise each stored order is doubled until it exceeds `n`; the one
///    that ends closest above `n` wins (the first on a tie). When it ends
///    more than 4 above `n`, Paley's construction is tried first, with that
///    order as its `nmax`.
/// 3. Paley (`paley(n, nmax)`), with `nceil = n + 4 - n mod 4` and R's list of
///    primes, which is every prime `p = 3 (mod 4)` up to 7919: when
///    `n mod 8` is 4 to 7, `nceil` is halved while it is a multiple of 8, and
///    if the result `k` has `k - 1` in the list, Paley's matrix for the prime
///    `k - 1` doubled back up to `nceil` is the answer. Otherwise (and for
///    `n` above 7919 no matrix) `p` is the smallest listed prime `>= n`: if
///    `p + 1 > nceil + 4` and `nceil + 4 < nmax`, R's answer is
///    `paley(nceil + 3)` (with its own `nmax = 2 (nceil + 3)`); else if
///    `p > nmax` there is no Paley matrix; else it is Paley's matrix for `p`.
/// 4. Without a Paley matrix, the winning stored matrix doubled.
///
/// Paley's matrix for a prime `p` has order `p + 1`: a first row and column
/// of 1s, and entry `(i, j)` (`i, j >= 1`) 0 when `(i - 1) + (j - 1)` is 0 or
/// a quadratic residue modulo `p`, else 1. Doubling (`hadamard.doubler`)
/// makes `[[H, H], [H, 1 - H]]`, so a matrix doubled `d` times has entry
/// `H[i mod b][j mod b]`, flipped when `floor(i / b) AND floor(j / b)`
/// (bitwise) has an odd number of bits, `b` the order before doubling. The
/// matrices are computed entry by entry from these rules, so one of order
/// `N` takes memory for a prime's residues, not `N^2` entries.
///
/// ```
/// use njov::survey::hadamard;
/// // R: hadamard(20) is Paley's matrix for the prime 11 doubled, order 24
/// let h = hadamard(20);
/// assert_eq!(h.order(), 24);
/// // its columns are orthogonal in the +1/-1 coding
/// let sign = |i, j| if h.get(i, j) == 1 { 1i32 } else { -1 };
/// let dot: i32 = (0..24).map(|i| sign(i, 3) * sign(i, 17)).sum();
/// assert_eq!(dot, 0);
/// ```
pub fn hadamard(n: usize) -> HadamardMatrix {
    let m = n - n % 4;
    if let Some(k) = STORED_ORDERS.iter().position(|&s| m < s && m + 4 >= s) {
        return HadamardMatrix::stored(k, 0);
    }
    if STORED_ORDERS.iter().all(|&s| m < s) {
        return HadamardMatrix::stored(0, 0);
    }
    // each stored order doubled until it is above n: (order, doublings)
    let doubled = STORED_ORDERS.map(|s| {
        let (mut order, mut d) = (s, 0u32);
        while order < n + 1 {
            order *= 2;
            d += 1;
        }
        (order, d)
    });
    // the closest above n; min_by_key keeps the first of equals, as which.min
    let best = (0..STORED_ORDERS.len())
        .min_by_key(|&k| doubled[k].0 - n)
        .unwrap_or(0);
    if doubled[best].0 - n > 4
        && let Some(h) = paley(n, doubled[best].0)
    {
        return h;
    }
    HadamardMatrix::stored(best, doubled[best].1)
}

/// R's `paley(n, nmax)`: `None` where R returns `NULL`.
fn paley(n: usize, nmax: usize) -> Option<HadamardMatrix> {
    let nceil = n + 4 - n % 4;
    if n % 4 + 4 == n % 8 {
        let mut nn = nceil;
        while nn.is_multiple_of(8) {
            nn /= 2;
        }
        if is_listed_prime(nn - 1) {
            let prime = nn - 1;
            let mut doublings = 0;
            while nn < nceil {
                nn *= 2;
                doublings += 1;
            }
            return Some(HadamardMatrix::paley(prime, doublings));
        }
    }
    if n > LARGEST_PRIME {
        return None;
    }
    let p = (n..=LARGEST_PRIME).find(|&q| is_listed_prime(q))?;
    if p + 1 > nceil + 4 && nceil + 4 < nmax {
        return paley(nceil + 3, 2 * (nceil + 3));
    }
    if p > nmax {
        return None;
    }
    Some(HadamardMatrix::paley(p, 0))
}

/// Whether `q` is in R's `small.primes`: a prime `= 3 (mod 4)` up to 7919.
fn is_listed_prime(q: usize) -> bool {
    q % 4 == 3
        && q <= LARGEST_PRIME
        && (3..)
            .step_by(2)
            .take_while(|d| d * d <= q)
            .all(|d| !q.is_multiple_of(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_tables_have_r_orders() {
        let tables = stored();
        assert_eq!(tables.len(), STORED_ORDERS.len());
        for (t, &s) in tables.iter().zip(&STORED_ORDERS) {
            assert_eq!(t.len(), s * s);
        }
    }

    #[test]
    fn listed_primes_are_r_small_primes() {
        let listed: Vec<usize> = (0..=8000).filter(|&q| is_listed_prime(q)).collect();
        // R's small.primes: 504 primes from 3 to 7919
        assert_eq!(listed.len(), 504);
        assert_eq!(&listed[..8], &[3, 7, 11, 19, 23, 31, 43, 47]);
        assert_eq!(listed.last(), Some(&7919));
    }
}
