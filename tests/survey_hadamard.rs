//! R `survey`'s Hadamard matrices (`hadamard(n)` of survey 4.1-1), which BRR
//! and Fay's BRR take their replicates from: the order and a SHA-256 of R's
//! matrix for every n up to 400 and some larger ones, and some matrices in
//! full, from `tests/data/hadamard/`, written by `scripts/hadamard_tables.R`.

use njov::survey::hadamard;

mod common;
use common::sha256_hex;
use common::table::Table;

#[test]
fn hadamard_matrices_equal_r() {
    let reference = Table::read("tests/data/hadamard/reference.csv");
    let mut hashed = 0;
    for i in 0..reference.n {
        let n: usize = reference.text("n")[i].parse().unwrap();
        let order: usize = reference.text("order")[i].parse().unwrap();
        let h = hadamard(n);
        assert_eq!(h.order(), order, "nrow(hadamard({n}))");
        let sha = &reference.text("sha256")[i];
        if !sha.is_empty() {
            assert_eq!(
                &sha256_hex(h.to_string().as_bytes()),
                sha,
                "hadamard({n}) of order {order} is not R's matrix"
            );
            hashed += 1;
        }
    }
    assert!(hashed >= 400, "{hashed} matrices compared");
}

#[test]
fn some_hadamard_matrices_equal_r_entry_by_entry() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/hadamard/matrices.txt"
    ))
    .unwrap();
    let mut matrices: Vec<(usize, Vec<&str>)> = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        match line.strip_prefix("n ") {
            Some(n) => matrices.push((n.parse().unwrap(), Vec::new())),
            None => matrices.last_mut().unwrap().1.push(line),
        }
    }
    assert!(matrices.len() >= 5);
    for (n, rows) in matrices {
        let h = hadamard(n);
        assert_eq!(h.order(), rows.len(), "n = {n}");
        for (i, row) in rows.iter().enumerate() {
            for (j, c) in row.bytes().enumerate() {
                assert_eq!(h.get(i, j), c - b'0', "hadamard({n})[{}, {}]", i + 1, j + 1);
            }
        }
    }
}

#[test]
fn hadamard_matrices_are_hadamard() {
    // columns orthogonal in the +1/-1 coding: H'H = N I
    for n in [10, 20, 27, 50, 88, 150] {
        let h = hadamard(n);
        let order = h.order();
        let sign = |i, j| if h.get(i, j) == 1 { 1i64 } else { -1 };
        for a in 0..order {
            for b in 0..order {
                let dot: i64 = (0..order).map(|i| sign(i, a) * sign(i, b)).sum();
                assert_eq!(dot, if a == b { order as i64 } else { 0 }, "n = {n}");
            }
        }
    }
}
