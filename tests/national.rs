//! National estimates: the delta method against a seeded Monte Carlo of the
//! same model, monotone widening with the design effect, category totals,
//! and assumed bases flagged in every output format.

use njov::interval::{IntervalSpec, ProportionData, ProportionInterval};
use njov::{Dataset, EstimateOptions, Format, Report, national_estimates};
use rand::SeedableRng;
use rand::rngs::StdRng;
use rand_distr::{Binomial, Distribution, Poisson};

fn estimates(deff: Option<f64>) -> njov::study::NationalEstimates {
    let ds = Dataset::latest().unwrap();
    let opts = EstimateOptions {
        deff,
        ..EstimateOptions::default()
    };
    national_estimates(&ds, &opts).unwrap()
}

fn quantile(sorted: &[f64], q: f64) -> f64 {
    let i = q * (sorted.len() - 1) as f64;
    let (lo, hi) = (i.floor() as usize, i.ceil() as usize);
    sorted[lo] + (i - i.floor()) * (sorted[hi] - sorted[lo])
}

/// The model simulated directly: the national total as a scaled Poisson
/// count, the share as a binomial proportion of n / deff interviews, the two
/// independent.
///
/// Two checks. The delta method's standard error of a category total,
/// `x sqrt(CV1^2 + CV2^2)`, must match the simulated standard deviation
/// within simulation error (three standard errors of a standard deviation
/// from 10^5 draws, about 0.7%); the exact variance differs from the delta
/// method's only by the term CV1^2 CV2^2, under 0.1% here. And the interval
/// limits must lie near the simulated 2.5% and 97.5% quantiles. The two are
/// not the same object: the log scale gives the interval the skew of a
/// log-normal, while the simulated distribution is close to symmetric. A
/// limit `x exp(z cv)` exceeds `x (1 + z cv)` by about `x z^2 cv^2 / 2`, which
/// is `z cv / 4` of the width `2 x z cv`; the bound is that plus 1% of the
/// width for simulation error and the binomial's own skew. Measured: up to
/// 4.8% of the width at deff 1 and 2, 6.1% at deff 3.
#[test]
fn delta_method_agrees_with_monte_carlo() {
    let ds = Dataset::latest().unwrap();
    let model = njov::study::DesignModel::from_dataset(&ds).unwrap();
    let n_all = model.bases.iter().find(|b| b.id == "base.all").unwrap().n;
    let draws = 100_000usize;
    let z = njov::interval::special::normal_quantile(0.975).unwrap();
    for deff in [1.0, 2.0, 3.0] {
        let est = estimates(Some(deff));
        let scale = deff * model.mean_weight();
        let poisson = Poisson::new(model.total / scale).unwrap();
        for id in [
            "arrests.online_meeting",
            "arrests.family_acquaintance",
            "arrests.undercover_solicitation",
            "arrests.cp_only",
        ] {
            let x = ds.value(id).unwrap();
            let p = x / model.total;
            let n_eff = (n_all / deff).round() as u64;
            let binomial = Binomial::new(n_eff, p).unwrap();
            let mut rng = StdRng::seed_from_u64(20001 + n_eff);
            let mut sims: Vec<f64> = (0..draws)
                .map(|_| {
                    let t = scale * poisson.sample(&mut rng);
                    let share = binomial.sample(&mut rng) as f64 / n_eff as f64;
                    t * share
                })
                .collect();
            let mean = sims.iter().sum::<f64>() / draws as f64;
            let sd =
                (sims.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / (draws - 1) as f64).sqrt();
            let e = est.get(&format!("total:{id}")).unwrap();
            // The log-scale interval is x exp(-/+ z cv): recover the delta SE x cv.
            let cv = (e.upper / x).ln() / z;
            let se_delta = x * cv;
            let sd_error = sd / (2.0 * (draws as f64 - 1.0)).sqrt();
            assert!(
                (se_delta - sd).abs() < 3.0 * sd_error + 1e-3 * sd,
                "{id} deff {deff}: delta SE {se_delta:.3} vs simulated SD {sd:.3} (+/- {sd_error:.3})"
            );
            assert!(
                (mean - x).abs() < 4.0 * sd / (draws as f64).sqrt(),
                "{id}: mean {mean}"
            );
            sims.sort_by(f64::total_cmp);
            let (mc_lo, mc_hi) = (quantile(&sims, 0.025), quantile(&sims, 0.975));
            let width = e.upper - e.lower;
            let bound = (z * cv / 4.0 + 0.01) * width;
            assert!(
                (mc_lo - e.lower).abs() < bound && (mc_hi - e.upper).abs() < bound,
                "{id} deff {deff}: delta [{:.1}, {:.1}] vs Monte Carlo [{mc_lo:.1}, {mc_hi:.1}]",
                e.lower,
                e.upper
            );
        }
    }
}

#[test]
fn intervals_widen_with_the_design_effect() {
    for e in &estimates(None).estimates {
        for pair in e.grid.windows(2) {
            assert!(pair[0].deff < pair[1].deff);
            assert!(
                pair[1].lower <= pair[0].lower + 1e-9 && pair[1].upper >= pair[0].upper - 1e-9,
                "{}: {:?}",
                e.id,
                e.grid
            );
        }
        if let Some(x) = e.estimate {
            assert!(e.lower <= x && x <= e.upper, "{}", e.id);
        }
    }
}

#[test]
fn category_totals_sum_to_the_national_total() {
    let est = estimates(None);
    let sum: f64 = [
        "arrests.online_meeting",
        "arrests.family_acquaintance",
        "arrests.undercover_solicitation",
        "arrests.cp_only",
    ]
    .iter()
    .map(|id| est.get(&format!("total:{id}")).unwrap().estimate.unwrap())
    .sum();
    let total = est.get("total:arrests.total").unwrap().estimate.unwrap();
    assert!((sum - total).abs() < 1e-9);
    let shares: f64 = [
        "arrests.online_meeting",
        "arrests.family_acquaintance",
        "arrests.undercover_solicitation",
        "arrests.cp_only",
    ]
    .iter()
    .map(|id| est.get(&format!("share:{id}")).unwrap().estimate.unwrap())
    .sum();
    assert!((shares - 100.0).abs() < 1e-9);
}

#[test]
fn an_assumed_base_is_said_in_every_format() {
    let ds = Dataset::latest().unwrap();
    let report = Report::build(&ds).unwrap();
    let assumed: Vec<_> = report.estimates.iter().filter(|e| e.assumed_base).collect();
    assert!(!assumed.is_empty());
    assert!(
        assumed
            .iter()
            .all(|e| e.assumptions.iter().any(|a| a == "base.possessors"))
    );
    let json: serde_json::Value =
        serde_json::from_str(&report.render(Format::Json).unwrap()).unwrap();
    let flagged = json["estimates"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["assumed_base"] == true)
        .count();
    assert_eq!(flagged, assumed.len());
    let text = report.render(Format::Text).unwrap();
    let md = report.render(Format::Markdown).unwrap();
    let csv = report.render(Format::Csv).unwrap();
    for e in &assumed {
        let line = text
            .lines()
            .find(|l| {
                l.contains(&format!(" {} ", e.id)) || l.trim_start().starts_with(&e.id.to_string())
            })
            .unwrap();
        assert!(line.contains("ASSUMED BASE"), "{line}");
        let row = md
            .lines()
            .find(|l| l.starts_with(&format!("| `{}`", e.id)))
            .unwrap();
        assert!(row.contains("**ASSUMED BASE"), "{row}");
        // The estimate's row (the summary's headline rows come first).
        let row = csv
            .lines()
            .find(|l| l.contains(&format!(",estimate,,{},", e.id)))
            .unwrap();
        assert!(row.contains("assumed_base"), "{row}");
    }
}

#[test]
fn figures_without_a_base_say_so() {
    let est = estimates(None);
    for id in ["outcomes.state_convictions", "outcomes.federal_convictions"] {
        let u = est.unavailable.iter().find(|u| u.id == id).unwrap();
        assert_eq!(u.reason, "no base published");
    }
}

#[test]
fn a_wording_is_held_as_its_interval() {
    let est = estimates(None);
    let e = est.get("share:agencies.federal_press").unwrap(); // "nearly half"
    assert_eq!(e.estimate, None);
    assert_eq!(e.range, Some([45.0, 50.0]));
    // The interval runs from the lower limit at 45% to the upper limit at 50%.
    let ci = |p: f64| {
        ProportionInterval::new(
            njov::ProportionMethod::default(),
            IntervalSpec::new(0.95).unwrap(),
        )
        .unwrap()
        .compute(&ProportionData::DesignEffect {
            estimate: p,
            deff: 1.0,
            n: 612.0,
        })
        .unwrap()
    };
    assert!((e.lower - 100.0 * ci(0.45).lower).abs() < 1e-9);
    assert!((e.upper - 100.0 * ci(0.50).upper).abs() < 1e-9);
}

/// A total implied by a share of a subgroup (the online-meeting cases, 129
/// interviews) carries three parts of error: the national total's, the
/// subgroup's share of it (612 interviews) and the share within the subgroup.
#[test]
fn a_subgroup_total_carries_the_subgroups_own_error() {
    let ds = Dataset::latest().unwrap();
    let model = njov::study::DesignModel::from_dataset(&ds).unwrap();
    let n_all = model.bases.iter().find(|b| b.id == "base.all").unwrap().n;
    let n_meeting = model
        .bases
        .iter()
        .find(|b| b.id == "base.online_meeting")
        .unwrap()
        .n;
    let meeting = ds.value("arrests.online_meeting").unwrap();
    let e = estimates(None);
    let est = e.get("total:meeting.victims_girls_13_15").unwrap();
    let [_, p_hi] = est
        .range
        .map(|[lo, hi]| [lo / meeting, hi / meeting])
        .unwrap();
    let z = njov::interval::special::normal_quantile(0.975).unwrap();
    let cv2 = model.cv2_phase1()
        + model.cv2_share(meeting / model.total, n_all)
        + model.cv2_share(p_hi, n_meeting);
    let upper = meeting * p_hi * (z * cv2.sqrt()).exp();
    assert!(
        (est.upper - upper).abs() <= 1e-12 * upper,
        "{} vs {upper}",
        est.upper
    );
}
