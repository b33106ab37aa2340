//! Properties every interval must have, checked with proptest, and the
//! typed errors for bad input.

use njov::ErrorKind;
use njov::interval::{
    CountData, CountInterval, CountMethod, Interval, IntervalSpec, Method, ProportionData,
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

    #[test]
    fn every_batch_form_is_the_single_interval_bit_for_bit(
        m in method_strategy(),
        pairs in prop::collection::vec(counts_strategy(), 1..40),
        level in 0.8f64..0.99,
    ) {
        let method = ProportionInterval::new(m, IntervalSpec::new(level).unwrap()).unwrap();
        let (x, n): (Vec<u64>, Vec<u64>) = pairs.iter().copied().unzip();
        let one: Vec<[f64; 2]> = pairs
            .iter()
            .map(|&(x, n)| {
                let ci = method.compute(&ProportionData::Counts { successes: x, trials: n }).unwrap();
                [ci.lower, ci.upper]
            })
            .collect();
        prop_assert_eq!(&method.counts(&x, &n).unwrap(), &one);
        let mut out = vec![[f64::NAN; 2]; x.len()];
        method.counts_into(&x, &n, &mut out).unwrap();
        prop_assert_eq!(&out, &one);
        let (lower, upper) = method.counts_columns(&x, &n).unwrap();
        let columns: Vec<[f64; 2]> = lower.iter().zip(&upper).map(|(a, b)| [*a, *b]).collect();
        prop_assert_eq!(&columns, &one);
        #[cfg(feature = "parallel")]
        {
            let (mut lower, mut upper) = (vec![f64::NAN; x.len()], vec![f64::NAN; x.len()]);
            method.par_counts_into_columns(&x, &n, &mut lower, &mut upper).unwrap();
            let columns: Vec<[f64; 2]> = lower.iter().zip(&upper).map(|(a, b)| [*a, *b]).collect();
            prop_assert_eq!(&columns, &one);
            // a bad pair anywhere is an error, and nothing is written
            let mut bad = n.clone();
            bad[x.len() / 2] = 0;
            let (mut lower, mut upper) = (vec![f64::NAN; x.len()], vec![f64::NAN; x.len()]);
            prop_assert!(method.par_counts_into_columns(&x, &bad, &mut lower, &mut upper).is_err());
            prop_assert!(lower.iter().chain(&upper).all(|v| v.is_nan()));
        }
    }

    #[test]
    fn an_effective_size_is_a_design_effect_of_one_on_that_size(
        m in method_strategy(),
        p in 0.0f64..=1.0,
        n_eff in 1.0f64..1e5,
    ) {
        // EffectiveSize { p, n_eff } is DesignEffect { p, deff 1, n = n_eff },
        // whose limits the mpmath references check (tests/interval_reference.rs)
        let method = ProportionInterval::new(m, IntervalSpec::new(0.95).unwrap()).unwrap();
        let a = method.compute(&ProportionData::EffectiveSize { estimate: p, n_eff }).unwrap();
        let b = method.compute(&ProportionData::DesignEffect { estimate: p, deff: 1.0, n: n_eff }).unwrap();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn counts_with_a_design_effect_are_their_estimate_on_trials_over_deff(
        m in method_strategy(),
        (x, n) in counts_strategy(),
        deff in 0.25f64..8.0,
    ) {
        // successes, trials and deff: the estimate x / n on n / deff
        // effective trials, bit for bit, with n_eff = n / deff reported
        let method = ProportionInterval::new(m, IntervalSpec::new(0.9).unwrap()).unwrap();
        let a = method.compute(&ProportionData::CountsDesignEffect { successes: x, trials: n, deff }).unwrap();
        let b = method.compute(&ProportionData::DesignEffect { estimate: x as f64 / n as f64, deff, n: n as f64 }).unwrap();
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(a.estimate, x as f64 / n as f64);
        if !matches!(m, ProportionMethod::KornGraubard | ProportionMethod::KornGraubardNchs | ProportionMethod::PSmall { .. }) {
            prop_assert_eq!(a.n_eff, Some(n as f64 / deff));
        }
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

/// Counts report no effective size unless a method changed it (the
/// Korn-Graubard degrees-of-freedom factor); every other input reports the
/// one used; the interval method keeps its method and specification.
#[test]
fn counts_report_an_effective_size_only_when_a_method_changed_it() {
    let counts = ProportionData::Counts {
        successes: 30,
        trials: 129,
    };
    for &m in ProportionMethod::all() {
        let spec = IntervalSpec::new(0.9).unwrap();
        let method = ProportionInterval::new(m, spec).unwrap();
        assert_eq!((method.method(), *method.spec()), (m, spec));
        assert_eq!(method.compute(&counts).unwrap().n_eff, None, "{m}");
        let deff = ProportionData::DesignEffect {
            estimate: 0.25,
            deff: 2.0,
            n: 129.0,
        };
        let used = method.compute(&deff).unwrap().n_eff.unwrap();
        // 64.5, or Korn-Graubard's n* (no df: factor 1; NCHS caps at N)
        assert_eq!(used, 64.5, "{m}");
    }
    // with 10 df, Korn-Graubard's n* = 129 (t_128 / t_10)^2 < 129
    let spec = IntervalSpec::new(0.95).unwrap().with_df(10.0).unwrap();
    for m in [
        ProportionMethod::KornGraubard,
        ProportionMethod::KornGraubardNchs,
    ] {
        let ci = ProportionInterval::new(m, spec)
            .unwrap()
            .compute(&counts)
            .unwrap();
        let n_star = ci.n_eff.expect("n* reported");
        assert!(n_star < 129.0 && n_star > 100.0, "{m}: {n_star}");
    }
}

/// Batch outputs of the wrong length are an error, not a short write.
#[test]
fn batch_outputs_of_another_length_are_errors() {
    let wilson =
        ProportionInterval::new(ProportionMethod::Wilson, IntervalSpec::new(0.95).unwrap())
            .unwrap();
    let (x, n) = ([1u64, 2], [10u64, 10]);
    let (mut two, mut one) = ([0.0; 2], [0.0; 1]);
    let e = wilson
        .counts_into_columns(&x, &n, &mut two, &mut one)
        .unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::InvalidArgument { .. }), "{e}");
    let e = wilson
        .counts_into_columns(&x, &n, &mut one, &mut two)
        .unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::InvalidArgument { .. }), "{e}");
    let e = wilson.counts_into(&x, &n, &mut [[0.0; 2]; 3]).unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::InvalidArgument { .. }), "{e}");
}

/// The parallel batch refuses slices of other lengths, whether short by one
/// or by whole blocks of 2^14 (which its chunked check alone would pass).
#[cfg(feature = "parallel")]
#[test]
fn the_parallel_batch_refuses_slices_of_other_lengths() {
    const BLOCK: usize = 1 << 14;
    let wald =
        ProportionInterval::new(ProportionMethod::Wald, IntervalSpec::new(0.95).unwrap()).unwrap();
    let len = 2 * BLOCK;
    for short in [1, BLOCK] {
        for which in 0..3 {
            let lens: Vec<usize> = (0..3)
                .map(|k| if k == which { len - short } else { len })
                .collect();
            let x = vec![1u64; len];
            let n = vec![10u64; lens[0]];
            let (mut lower, mut upper) = (vec![f64::NAN; lens[1]], vec![f64::NAN; lens[2]]);
            let r = wald.par_counts_into_columns(&x, &n, &mut lower, &mut upper);
            assert!(r.is_err(), "lengths {len}, {lens:?} accepted");
        }
    }
}

/// Every method prints (Display, serde, the interval's typed method) the
/// name it is read by, as the CLI's outputs write it.
#[test]
fn methods_print_their_names_everywhere() {
    let spec = IntervalSpec::new(0.95).unwrap();
    let data = ProportionData::Counts {
        successes: 3,
        trials: 10,
    };
    for &m in ProportionMethod::all() {
        let ci = ProportionInterval::new(m, spec)
            .unwrap()
            .compute(&data)
            .unwrap();
        assert_eq!(ci.method, Method::Proportion(m));
        for printed in [
            m.to_string(),
            ci.method.to_string(),
            ci.method.name().to_string(),
            serde_json::to_value(ci.method)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string(),
        ] {
            assert_eq!(printed, m.name(), "{m:?}");
        }
    }
    for &m in CountMethod::all() {
        let printed = [m.to_string(), Method::Count(m).to_string()];
        assert_eq!(printed, [m.name(), m.name()], "{m:?}");
    }
    // the names themselves, as the CLI and the JSON spell them
    let names: Vec<String> = ProportionMethod::all()
        .iter()
        .map(|m| Method::Proportion(*m).name().to_string())
        .chain(
            CountMethod::all()
                .iter()
                .map(|m| Method::Count(*m).name().to_string()),
        )
        .chain([Method::StudentT.name().to_string()])
        .collect();
    assert_eq!(
        names.join(" "),
        "wald wilson agresti-coull clopper-pearson jeffreys logit asin korn-graubard \
         korn-graubard-nchs wilson-neff psmall exact score wald scaled-poisson t"
    );
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
                ProportionData::CountsDesignEffect {
                    successes: 1,
                    trials: 0,
                    deff: 2.0,
                },
                "trials",
            ),
            (
                ProportionData::CountsDesignEffect {
                    successes: 11,
                    trials: 10,
                    deff: 2.0,
                },
                "successes",
            ),
            (
                ProportionData::CountsDesignEffect {
                    successes: 1,
                    trials: 10,
                    deff: 0.0,
                },
                "deff",
            ),
            (
                ProportionData::CountsDesignEffect {
                    successes: 1,
                    trials: 10,
                    deff: f64::INFINITY,
                },
                "deff",
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
