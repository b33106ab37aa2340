//! `njov survey` on the one-pass path: it runs for a total, mean,
//! proportion or ratio (with a domain, groups, `--na-rm`), `--timings` says
//! so, and its JSON equals the in-memory `SurveyDesign`'s estimate on the
//! reference files, to 1e-12 relative.
#![cfg(feature = "cli")]

mod common;

use std::process::Command;

use common::table::Table;
use njov::interval::ProportionMethod;
use njov::survey::{Estimate, Fpc, Missing, Statistic, SurveyDesign};

fn njov(args: &[&str]) -> (serde_json::Value, String) {
    common::survey_json(args)
}

fn close(ours: &serde_json::Value, want: f64, what: &str) {
    let ours = ours.as_f64().unwrap_or(f64::NAN);
    let d = if ours == want {
        0.0
    } else {
        (ours - want).abs() / want.abs().max(1e-300)
    };
    assert!(
        d <= 1e-12,
        "{what}: {ours:e} from the CLI, {want:e} in memory"
    );
}

/// The JSON row against the in-memory estimate and its interval.
fn check(row: &serde_json::Value, e: &Estimate, label: &str) {
    let ci = if e.statistic == Statistic::Proportion {
        e.proportion_interval(ProportionMethod::Logit, 0.95)
            .unwrap()
    } else {
        e.t_interval(0.95).unwrap()
    };
    close(&row["estimate"], e.estimate, &format!("{label} estimate"));
    close(&row["se"], e.se, &format!("{label} se"));
    close(&row["df"], e.df, &format!("{label} df"));
    close(&row["lower"], ci.lower, &format!("{label} lower"));
    close(&row["upper"], ci.upper, &format!("{label} upper"));
    match e.deff {
        Some(d) => close(&row["deff"], d, &format!("{label} deff")),
        None => assert!(row["deff"].is_null(), "{label}"),
    }
}

#[test]
fn the_command_line_streams_and_matches_the_in_memory_design() {
    // apistrat, stratified with an fpc: a mean and a total
    let t = Table::read("tests/data/api/apistrat.csv");
    let design = SurveyDesign::builder(t.n)
        .weights(t.num("pw"))
        .strata(t.text("stype").iter())
        .fpc(Fpc::infer(t.num("fpc")).unwrap())
        .build()
        .unwrap();
    let strat = [
        "--data",
        "tests/data/api/apistrat.csv",
        "--weights",
        "pw",
        "--strata",
        "stype",
        "--fpc",
        "fpc",
    ];
    for (stat, want) in [
        ("mean", design.mean(&t.num("api00")).unwrap()),
        ("total", design.total(&t.num("api00")).unwrap()),
    ] {
        let (v, err) = njov(&[&strat[..], &["--var", "api00", "--stat", stat]].concat());
        assert!(err.contains("path: streaming"), "{err}");
        check(&v, &want, stat);
    }

    // apiclus1, one-stage cluster: a ratio by school type
    let t = Table::read("tests/data/api/apiclus1.csv");
    let design = SurveyDesign::builder(t.n)
        .weights(t.num("pw"))
        .psu(t.text("dnum").iter())
        .fpc(Fpc::infer(t.num("fpc")).unwrap())
        .build()
        .unwrap();
    let (y, x) = (t.num("api00"), t.num("api99"));
    let want = design.by(t.text("stype"), |d| d.ratio(&y, &x)).unwrap();
    let (v, err) = njov(&[
        "--data",
        "tests/data/api/apiclus1.csv",
        "--weights",
        "pw",
        "--psu",
        "dnum",
        "--fpc",
        "fpc",
        "--var",
        "api00",
        "--denominator",
        "api99",
        "--stat",
        "ratio",
        "--by",
        "stype",
    ]);
    assert!(err.contains("path: streaming"), "{err}");
    let rows = v["rows"].as_array().unwrap();
    assert_eq!(rows.len(), want.len());
    for (row, level) in rows.iter().zip(&want) {
        assert_eq!(row["level"], level.level.as_str());
        check(row, &level.value, &format!("ratio in {}", level.level));
    }

    // apiclus2, two stages with both fpcs and weights from them: a
    // proportion in a domain
    let t = Table::read("tests/data/api/apiclus2.csv");
    let design = SurveyDesign::builder(t.n)
        .psu(t.text("dnum").iter())
        .ssu(t.text("snum").iter())
        .fpc(Fpc::infer(t.num("fpc1")).unwrap())
        .fpc2(Fpc::infer(t.num("fpc2")).unwrap())
        .build()
        .unwrap();
    let mask: Vec<bool> = t.text("stype").iter().map(|s| s == "E").collect();
    let want = design
        .domain(&mask)
        .unwrap()
        .proportion(&t.num("sch_wide"))
        .unwrap();
    let (v, err) = njov(&[
        "--data",
        "tests/data/api/apiclus2.csv",
        "--psu",
        "dnum",
        "--ssu",
        "snum",
        "--fpc",
        "fpc1",
        "--fpc2",
        "fpc2",
        "--var",
        "sch_wide",
        "--stat",
        "proportion",
        "--domain",
        "stype=E",
    ]);
    assert!(err.contains("path: streaming"), "{err}");
    check(&v, &want, "proportion in stype=E");

    // missing values excluded (--na-rm)
    let t = Table::read("tests/data/na/apiclus1_na.csv");
    let design = SurveyDesign::builder(t.n)
        .weights(t.num("pw"))
        .psu(t.text("dnum").iter())
        .build()
        .unwrap();
    let want = design
        .estimate(Statistic::Mean, &t.num("ell"), Missing::Exclude)
        .unwrap();
    let (v, err) = njov(&[
        "--data",
        "tests/data/na/apiclus1_na.csv",
        "--weights",
        "pw",
        "--psu",
        "dnum",
        "--var",
        "ell",
        "--stat",
        "mean",
        "--na-rm",
    ]);
    assert!(err.contains("path: streaming"), "{err}");
    check(&v, &want, "mean with --na-rm");

    // a quantile needs every row: the in-memory path
    let (_, err) = njov(
        &[
            &strat[..],
            &["--var", "api00", "--stat", "quantile", "--quantile", "0.5"],
        ]
        .concat(),
    );
    assert!(err.contains("path: in-memory"), "{err}");
}

/// The same command with `--in-memory`: the same JSON keys and values (to
/// 1e-12 relative), whichever path ran.
#[test]
fn streaming_and_in_memory_json_agree() {
    let runs: [&[&str]; 4] = [
        &[
            "--data",
            "tests/data/api/apistrat.csv",
            "--weights",
            "pw",
            "--strata",
            "stype",
            "--fpc",
            "fpc",
            "--var",
            "api00",
            "--stat",
            "total",
            "--domain",
            "sch_wide=1",
        ],
        &[
            "--data",
            "tests/data/api/apiclus1.csv",
            "--weights",
            "pw",
            "--psu",
            "dnum",
            "--var",
            "enroll",
            "--stat",
            "mean",
            "--by",
            "stype",
        ],
        &[
            "--data",
            "tests/data/api/apiclus2.csv",
            "--psu",
            "dnum",
            "--ssu",
            "snum",
            "--fpc",
            "fpc1",
            "--fpc2",
            "fpc2",
            "--var",
            "sch_wide",
            "--stat",
            "proportion",
            "--by",
            "stype",
        ],
        &[
            "--data",
            "tests/data/na/apistrat_na.csv",
            "--weights",
            "pw",
            "--strata",
            "stype",
            "--var",
            "api00",
            "--denominator",
            "enroll",
            "--stat",
            "ratio",
            "--na-rm",
        ],
    ];
    for args in runs {
        let (streamed, err) = njov(args);
        assert!(err.contains("path: streaming"), "{err}");
        let (in_memory, err) = njov(&[args, &["--in-memory"]].concat());
        assert!(err.contains("path: in-memory"), "{err}");
        common::same_json(&streamed, &in_memory, &args.join(" "));
    }
}

/// A refusal is the in-memory path's: the synthetic file's phase-1 rows have
/// no weight and no group label, and the weight is named first.
#[test]
fn refusals_are_the_in_memory_paths() {
    let args = [
        "survey",
        "--data",
        "tests/data/synthetic_njov.csv",
        "--strata",
        "stratum",
        "--psu",
        "agency",
        "--weights",
        "weight",
        "--var",
        "sting",
        "--stat",
        "proportion",
        "--by",
        "type",
        "--format",
        "json",
    ];
    let run = |extra: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_njov"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(args)
            .args(extra)
            .output()
            .unwrap();
        assert!(!out.status.success());
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).to_string(),
        )
    };
    let (streamed, in_memory) = (run(&[]), run(&["--in-memory"]));
    assert!(
        streamed.1.contains("missing weight in row 3"),
        "{streamed:?}"
    );
    assert_eq!(streamed, in_memory);
}
