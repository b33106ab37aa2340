//! Properties every interval must have, checked with proptest, and the
//! typed errors for bad input.

use njov::ErrorKind;
use njov::interval::{
    CountData, CountInterval, CountMethod, Interval, IntervalSpec, ProportionData,
    ProportionInterval, ProportionMethod, Side,
};
use proptest::prelude::*;

fn ci(method: ProportionMethod, x: u64, n: u64, level: f64) -> Interval {
    ProportionInterval::new(method, IntervalSpec::new(level).unwrap())
        .unwrap()
        .compute(&ProportionData::Counts {
            successes: x,
            trials: n,
        })
        .unwrap()
}

fn method_strategy() -> impl Strategy<Value = ProportionMethod> {
    proptest::sample::select(ProportionMethod::all().to_vec())
}

/// `n` up to 1e6 with log-uniform spread, and `x` in 0..=n with the edges
/// over-represented.
fn counts_strategy() -> impl Strategy<Value = (u64, u64)> {
    (0u32..=60, any::<u64>(), 0u8..8).prop_map(|(e, r, edge)| {
        let n = (10f64.powf(f64::from(e) / 10.0)).round().max(1.0) as u64;
        let x = match edge {
            0 => 0,
            1 => n,
            2 => 1.min(n),
            3 => n.saturating_sub(1),
            _ => r % (n + 1),
        };
        (x, n)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, max_global_rejects: 1_000_000, ..ProptestConfig::default() })]

    #[test]
    fn limits_inside_unit_interval_and_ordered(
        m in method_strategy(), (x, n) in counts_strategy(), level in 0.5f64..0.999
    ) {
        let c = ci(m, x, n, level);
        prop_assert!(0.0 <= c.lower, "{c:?}");
        prop_assert!(c.lower <= c.upper, "{c:?}");
        prop_assert!(c.upper <= 1.0, "{c:?}");
        prop_assert!(c.lower.is_finite() && c.upper.is_finite());
        // every method here brackets the estimate for counts at level >= 0.5
        prop_assert!(c.lower <= c.estimate && c.estimate <= c.upper, "{c:?}");
    }

    #[test]
    fn symmetric_in_successes_and_failures(
        m in method_strategy(), (x, n) in counts_strategy(), level in 0.5f64..0.999
    ) {
        let a = ci(m, x, n, level);
        let b = ci(m, n - x, n, level);
        // lower(x) = 1 - upper(n - x), to rounding of 1 - u
        let tol = 1e-12;
        prop_assert!((a.lower - (1.0 - b.upper)).abs() <= tol * a.lower.max(1e-300) + 2.0 * f64::EPSILON, "{a:?} {b:?}");
        prop_assert!((a.upper - (1.0 - b.lower)).abs() <= tol * a.upper + 2.0 * f64::EPSILON, "{a:?} {b:?}");
    }

    #[test]
    fn wider_at_higher_level(
        m in method_strategy(), (x, n) in counts_strategy(), l1 in 0.5f64..0.99, dl in 0.001f64..0.009
    ) {
        let a = ci(m, x, n, l1);
        let b = ci(m, x, n, l1 + dl);
        prop_assert!(b.lower <= a.lower, "{a:?} {b:?}");
        prop_assert!(b.upper >= a.upper, "{a:?} {b:?}");
    }

    #[test]
    fn monotone_in_successes(
        m in method_strategy(), (x, n) in counts_strategy(), level in 0.5f64..0.999
    ) {
        prop_assume!(x < n);
        let a = ci(m, x, n, level);
        let b = ci(m, x + 1, n, level);
        if matches!(m, ProportionMethod::PSmall { .. }) {
            // the hybrid switches formula at p = 0.25 and 0.75; check each
            // side of the switch only
            let t = 0.25;
            let pa = x as f64 / n as f64;
            let pb = (x + 1) as f64 / n as f64;
            prop_assume!((pa < t) == (pb < t) && (pa > 1.0 - t) == (pb > 1.0 - t));
        }
        if m == ProportionMethod::Logit {
            // the logit limits are not monotone for counts below c^2/4
            // (documented on ProportionMethod::Logit): d/dx [ln x + c/sqrt(x)] < 0
            let c = njov::interval::special::normal_quantile(0.5 + 0.5 * level).unwrap();
            let small = (x as f64) < c * c / 4.0 || ((n - x - 1) as f64) < c * c / 4.0;
            prop_assume!(!small);
        }
        prop_assert!(b.lower >= a.lower, "{a:?} {b:?}");
        prop_assert!(b.upper >= a.upper, "{a:?} {b:?}");
    }

    #[test]
    fn count_limits_ordered_and_monotone(k in 0u64..2_000_000, level in 0.5f64..0.999, mi in 0usize..4) {
        let m = CountMethod::all()[mi];
        let a = CountInterval::new(m, IntervalSpec::new(level).unwrap()).compute(&CountData::Count { count: k }).unwrap();
        let b = CountInterval::new(m, IntervalSpec::new(level).unwrap()).compute(&CountData::Count { count: k + 1 }).unwrap();
        prop_assert!(0.0 <= a.lower && a.lower <= a.estimate && a.estimate <= a.upper, "{a:?}");
        prop_assert!(b.lower >= a.lower && b.upper >= a.upper, "{a:?} {b:?}");
    }

    #[test]
    fn design_inputs_reduce_to_counts(m in method_strategy(), (x, n) in counts_strategy()) {
        // deff = 1 with n, and the variance p q / n, give the counts interval
        // for methods without a df adjustment
        let p = x as f64 / n as f64;
        let a = ci(m, x, n, 0.95);
        let b = ProportionInterval::new(m, IntervalSpec::new(0.95).unwrap()).unwrap().compute(&ProportionData::DesignEffect { estimate: p, deff: 1.0, n: n as f64 }).unwrap();
        prop_assert!((a.lower - b.lower).abs() <= 1e-12 * a.lower.max(1e-300) + 1e-300, "{a:?} {b:?}");
        prop_assert!((a.upper - b.upper).abs() <= 1e-12 * a.upper, "{a:?} {b:?}");
    }
}

#[test]
fn one_sided_bound_is_two_sided_limit_at_2l_minus_1() {
    for &m in ProportionMethod::all() {
        let data = ProportionData::Counts {
            successes: 7,
            trials: 129,
        };
        let lower =
            ProportionInterval::new(m, IntervalSpec::new(0.95).unwrap().with_side(Side::Lower))
                .unwrap()
                .compute(&data)
                .unwrap();
        let upper =
            ProportionInterval::new(m, IntervalSpec::new(0.95).unwrap().with_side(Side::Upper))
                .unwrap()
                .compute(&data)
                .unwrap();
        let two = ProportionInterval::new(m, IntervalSpec::new(0.90).unwrap())
            .unwrap()
            .compute(&data)
            .unwrap();
        assert_eq!(lower.upper, 1.0);
        assert_eq!(upper.lower, 0.0);
        assert!((lower.lower - two.lower).abs() <= 1e-14 * two.lower, "{m}");
        assert!((upper.upper - two.upper).abs() <= 1e-14 * two.upper, "{m}");
    }
}

#[test]
fn korn_graubard_with_df_equal_n_minus_1_is_clopper_pearson() {
    // the degrees-of-freedom factor (t_{n-1}/t_df)^2 is 1 at df = n - 1
    let n = 612.0;
    let p = 0.25;
    let data = ProportionData::Variance {
        estimate: p,
        variance: p * (1.0 - p) / n,
        n,
        df: Some(n - 1.0),
    };
    let kg = ProportionInterval::new(
        ProportionMethod::KornGraubard,
        IntervalSpec::new(0.95).unwrap(),
    )
    .unwrap()
    .compute(&data)
    .unwrap();
    let cp = ci(ProportionMethod::ClopperPearson, 153, 612, 0.95);
    assert!((kg.lower - cp.lower).abs() < 1e-13 * cp.lower);
    assert!((kg.upper - cp.upper).abs() < 1e-13 * cp.upper);
}

#[test]
fn nchs_caps_effective_size_and_uses_deff_1_at_zero() {
    let n = 129.0;
    // deff 0.5: R keeps n_eff = 258, NCHS caps at 129
    let data = ProportionData::Variance {
        estimate: 0.2,
        variance: 0.5 * 0.2 * 0.8 / n,
        n,
        df: None,
    };
    let r = ProportionInterval::new(
        ProportionMethod::KornGraubard,
        IntervalSpec::new(0.95).unwrap(),
    )
    .unwrap()
    .compute(&data)
    .unwrap();
    let nchs = ProportionInterval::new(
        ProportionMethod::KornGraubardNchs,
        IntervalSpec::new(0.95).unwrap(),
    )
    .unwrap()
    .compute(&data)
    .unwrap();
    assert!((r.n_eff.unwrap() - 258.0).abs() < 1e-9);
    assert_eq!(nchs.n_eff, Some(129.0));
    assert!(nchs.width() > r.width());
    let zero = ProportionData::Variance {
        estimate: 0.0,
        variance: 0.0,
        n,
        df: Some(20.0),
    };
    let z = ProportionInterval::new(
        ProportionMethod::KornGraubardNchs,
        IntervalSpec::new(0.95).unwrap(),
    )
    .unwrap()
    .compute(&zero)
    .unwrap();
    assert_eq!(z.n_eff, Some(129.0));
    assert_eq!(z.lower, 0.0);
}

#[test]
fn method_names_round_trip_and_unknown_is_a_parse_error() {
    for &m in ProportionMethod::all() {
        assert_eq!(m.name().parse::<ProportionMethod>().unwrap(), m);
    }
    for &m in CountMethod::all() {
        assert_eq!(m.name().parse::<CountMethod>().unwrap(), m);
    }
    let err = "wilsn".parse::<ProportionMethod>().unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Parse { .. }));
    assert_eq!(
        "psmall=0.1".parse::<ProportionMethod>().unwrap(),
        ProportionMethod::PSmall { threshold: 0.1 }
    );
    assert!("psmall=0.7".parse::<ProportionMethod>().is_err());
}

fn invalid(r: njov::Result<Interval>) -> String {
    match r {
        Err(e) => match e.kind() {
            ErrorKind::InvalidArgument { name, .. } => name.clone(),
            other => panic!("wrong kind {other:?}"),
        },
        Ok(ci) => panic!("accepted bad input: {ci:?}"),
    }
}

#[test]
fn bad_input_is_a_typed_error_never_a_panic() {
    use ProportionMethod::*;
    let level = 0.95;
    let two = Side::TwoSided;
    let counts = |successes, trials| ProportionData::Counts { successes, trials };
    for &m in ProportionMethod::all() {
        assert_eq!(
            invalid(
                ProportionInterval::new(m, IntervalSpec::new(level).unwrap().with_side(two))
                    .unwrap()
                    .compute(&counts(11, 10))
            ),
            "successes"
        );
        assert_eq!(
            invalid(
                ProportionInterval::new(m, IntervalSpec::new(level).unwrap().with_side(two))
                    .unwrap()
                    .compute(&counts(0, 0))
            ),
            "trials"
        );
        for bad in [0.0, 1.0, -0.1, 1.5, f64::NAN, f64::INFINITY] {
            assert_eq!(
                invalid(IntervalSpec::new(bad).and_then(|s| {
                    ProportionInterval::new(m, s.with_side(two))?.compute(&counts(1, 10))
                })),
                "level"
            );
        }
        for bad in [0.0, -3.0, f64::NAN] {
            assert_eq!(
                invalid(
                    IntervalSpec::new(level)
                        .unwrap()
                        .with_df(bad)
                        .and_then(|s| ProportionInterval::new(m, s)?.compute(&counts(1, 10)))
                ),
                "df"
            );
        }
        let bad_data = [
            (
                ProportionData::EffectiveSize {
                    estimate: f64::NAN,
                    n_eff: 10.0,
                },
                "estimate",
            ),
            (
                ProportionData::EffectiveSize {
                    estimate: -0.1,
                    n_eff: 10.0,
                },
                "estimate",
            ),
            (
                ProportionData::EffectiveSize {
                    estimate: 0.1,
                    n_eff: 0.0,
                },
                "n_eff",
            ),
            (
                ProportionData::EffectiveSize {
                    estimate: 0.1,
                    n_eff: -5.0,
                },
                "n_eff",
            ),
            (
                ProportionData::DesignEffect {
                    estimate: 0.1,
                    deff: 0.0,
                    n: 10.0,
                },
                "deff",
            ),
            (
                ProportionData::DesignEffect {
                    estimate: 0.1,
                    deff: f64::NAN,
                    n: 10.0,
                },
                "deff",
            ),
            (
                ProportionData::DesignEffect {
                    estimate: 0.1,
                    deff: 1.0,
                    n: -1.0,
                },
                "n",
            ),
            (
                ProportionData::Variance {
                    estimate: 0.1,
                    variance: -1.0,
                    n: 10.0,
                    df: None,
                },
                "variance",
            ),
            (
                ProportionData::Variance {
                    estimate: 0.1,
                    variance: 0.0,
                    n: 10.0,
                    df: None,
                },
                "variance",
            ),
            (
                ProportionData::Variance {
                    estimate: 0.1,
                    variance: f64::NAN,
                    n: 10.0,
                    df: None,
                },
                "variance",
            ),
            (
                ProportionData::Variance {
                    estimate: 0.1,
                    variance: 0.01,
                    n: 10.0,
                    df: Some(0.0),
                },
                "df",
            ),
            (
                ProportionData::Variance {
                    estimate: 1.1,
                    variance: 0.01,
                    n: 10.0,
                    df: None,
                },
                "estimate",
            ),
        ];
        for (data, name) in bad_data {
            assert_eq!(
                invalid(
                    ProportionInterval::new(m, IntervalSpec::new(level).unwrap().with_side(two))
                        .unwrap()
                        .compute(&data)
                ),
                name,
                "{m} {data:?}"
            );
        }
    }
    assert_eq!(
        invalid(
            ProportionInterval::new(
                PSmall { threshold: 0.6 },
                IntervalSpec::new(level).unwrap().with_side(two)
            )
            .and_then(|c| c.compute(&counts(1, 10)))
        ),
        "threshold"
    );
    assert_eq!(
        invalid(ProportionInterval::wilson(11, 10, 0.95)),
        "successes"
    );
    for &m in CountMethod::all() {
        let count = CountData::Count { count: 3 };
        assert_eq!(
            invalid(
                IntervalSpec::new(1.0)
                    .and_then(|s| CountInterval::new(m, s.with_side(two)).compute(&count))
            ),
            "level"
        );
        assert_eq!(
            invalid(
                IntervalSpec::new(0.9)
                    .unwrap()
                    .with_df(-1.0)
                    .and_then(|s| CountInterval::new(m, s).compute(&count))
            ),
            "df"
        );
        for (data, name) in [
            (
                CountData::Total {
                    total: -1.0,
                    mean_weight: 1.0,
                    deff: 1.0,
                },
                "total",
            ),
            (
                CountData::Total {
                    total: f64::NAN,
                    mean_weight: 1.0,
                    deff: 1.0,
                },
                "total",
            ),
            (
                CountData::Total {
                    total: 1.0,
                    mean_weight: 0.0,
                    deff: 1.0,
                },
                "mean_weight",
            ),
            (
                CountData::Total {
                    total: 1.0,
                    mean_weight: 1.0,
                    deff: -2.0,
                },
                "deff",
            ),
        ] {
            assert_eq!(
                invalid(
                    CountInterval::new(m, IntervalSpec::new(0.9).unwrap().with_side(two))
                        .compute(&data)
                ),
                name
            );
        }
    }
    // special functions
    use njov::interval::special;
    assert!(special::inverse_beta_reg(0.0, 1.0, 0.5).is_err());
    assert!(special::inverse_beta_reg(1.0, 1.0, 1.5).is_err());
    assert!(special::students_t_quantile(0.5, 0.0).is_err());
    assert!(special::normal_quantile(0.0).is_err());
    assert!(special::gamma_reg_lower(1.0, -1.0).is_err());
    assert!(njov::interval::exact_coverage(Wilson, 0, 0.95, 0.5).is_err());
    assert!(njov::interval::exact_coverage(Wilson, 10, 0.95, 1.5).is_err());
}
