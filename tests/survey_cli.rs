//! `njov survey --stat ratio|quantile`, `--by` and `--chisq` against the R
//! reference values of `tests/data/survey_estimators_reference.csv`
//! (`scripts/survey_estimators_reference.R`), and their bad input.
#![cfg(feature = "cli")]

use std::process::Command;

const DESIGN: [&str; 8] = [
    "--data",
    "tests/data/survey_estimators/apistrat.csv",
    "--weights",
    "pw",
    "--strata",
    "stype",
    "--fpc",
    "fpc",
];

fn njov(args: &[&str]) -> (i32, serde_json::Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_njov"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("survey")
        .args(DESIGN)
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let json = serde_json::from_str(&stdout).unwrap_or(serde_json::Value::Null);
    (
        out.status.code().unwrap_or(-1),
        json,
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

/// The reference row of `strat_fpc` with these fields.
fn reference(stat: &str, var: &str, domain: &str, by: &str, level: &str, prob: &str) -> Vec<f64> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/survey_estimators_reference.csv"
    ))
    .unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    for line in lines {
        let f: Vec<&str> = line.split(',').collect();
        let prob_ok = prob.is_empty() || f[col("prob")].parse::<f64>().ok() == prob.parse().ok();
        let alpha_ok = prob.is_empty() || f[col("alpha")].parse::<f64>().ok() == Some(0.05);
        if f[col("design")] == "strat_fpc"
            && f[col("stat")] == stat
            && f[col("var")] == var
            && f[col("domain")] == domain
            && f[col("by")] == by
            && f[col("level")] == level
            && prob_ok
            && alpha_ok
        {
            return ["estimate", "se", "lower", "upper", "df", "ddf", "p_value"]
                .iter()
                .map(|k| f[col(k)].parse().unwrap_or(f64::NAN))
                .collect();
        }
    }
    panic!("no reference row {stat} {var} {domain} {by} {level} {prob}");
}

fn close(ours: &serde_json::Value, r: f64, tol: f64, what: &str) {
    let ours = ours.as_f64().unwrap_or_else(|| panic!("{what}: {ours}"));
    let d = (ours - r).abs() / r.abs();
    assert!(d <= tol, "{what}: {ours} vs R {r} ({d:e})");
}

#[test]
fn ratio_in_a_domain_matches_r() {
    let (code, json, err) = njov(&[
        "--stat",
        "ratio",
        "--var",
        "meals",
        "--denominator",
        "enroll",
        "--domain",
        "stype=E",
    ]);
    assert_eq!(code, 0, "{err}");
    let r = reference("ratio", "meals", "stype=E", "", "", "");
    close(&json["estimate"], r[0], 1e-9, "estimate");
    close(&json["se"], r[1], 1e-9, "se");
}

#[test]
fn quantiles_by_group_match_r() {
    let (code, json, err) = njov(&[
        "--stat",
        "quantile",
        "--var",
        "api00",
        "--quantile",
        "0.5",
        "--by",
        "stype",
    ]);
    assert_eq!(code, 0, "{err}");
    let rows = json["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 3);
    for row in rows {
        let level = row["level"].as_str().unwrap();
        let r = reference("by_quantile", "api00", "", "stype", level, "0.5");
        close(&row["estimate"], r[0], 1e-9, level);
        close(&row["se"], r[1], 1e-9, level);
        // the Woodruff limits: those of the quantile in the domain
        if level != "H" {
            let d = reference(
                "quantile",
                "api00",
                &format!("stype={level}"),
                "",
                "",
                "0.5",
            );
            close(&row["lower"], d[2], 1e-9, level);
            close(&row["upper"], d[3], 1e-9, level);
        }
    }
}

#[test]
fn chisq_matches_r() {
    let (code, json, err) = njov(&["--chisq", "mealcat,stype"]);
    assert_eq!(code, 0, "{err}");
    let r = reference("chisq", "mealcat", "", "", "", "");
    close(&json["statistic"], r[0], 1e-7, "statistic");
    close(&json["df"], r[4], 1e-7, "df");
    close(&json["ddf"], r[5], 1e-7, "ddf");
    close(&json["p_value"], r[6], 1e-6, "p_value");
    assert_eq!(json["cells"].as_array().unwrap().len(), 9);
}

#[test]
fn bad_input_is_a_typed_error_naming_what_to_fix() {
    for (args, says) in [
        (
            vec!["--stat", "quantile", "--var", "api00", "--quantile", "1"],
            "strictly between 0 and 1",
        ),
        (vec!["--stat", "quantile", "--var", "api00"], "--quantile"),
        (vec!["--stat", "ratio", "--var", "api00"], "--denominator"),
        (
            vec![
                "--stat",
                "ratio",
                "--var",
                "api00",
                "--denominator",
                "awards01",
                "--domain",
                "sch_wide=0",
            ],
            "denominator's weighted total",
        ),
        (vec!["--chisq", "stype"], "A,B"),
        (vec!["--chisq", "stype,nosuch"], "nosuch"),
        (
            vec!["--stat", "mean", "--var", "api00", "--by", "nosuch"],
            "nosuch",
        ),
    ] {
        let (code, json, err) = njov(&args);
        assert!(code == 1 || code == 2, "{args:?}: exit {code}");
        // with --format json the error is the JSON printed: no estimate
        assert!(json.get("estimate").is_none(), "{args:?}: printed {json}");
        let message = json["error"]["message"].as_str().unwrap_or_default();
        assert!(
            err.contains(says) || message.contains(says),
            "{args:?}: {err} {json}"
        );
    }
}

/// `njov survey` on another file, with its own design arguments.
fn njov_on(args: &[&str]) -> (i32, serde_json::Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_njov"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("survey")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    (
        out.status.code().unwrap_or(-1),
        serde_json::from_str(&stdout).unwrap_or(serde_json::Value::Null),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

/// The replicate reference row of `design` with these fields: estimate and se.
fn replicate_reference(design: &str, stat: &str, var: &str, level: &str) -> (f64, f64) {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/survey_replicates_reference.csv"
    ))
    .unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    for line in lines {
        let f: Vec<&str> = line.split(',').collect();
        if f[col("design")] == design
            && f[col("stat")] == stat
            && f[col("var")] == var
            && f[col("domain")].is_empty()
            && f[col("level")] == level
        {
            return (
                f[col("estimate")].parse().unwrap(),
                f[col("se")].parse().unwrap(),
            );
        }
    }
    panic!("no replicate reference {design} {stat} {var} {level}");
}

#[test]
fn replicate_designs_from_the_command_line_match_r() {
    // columns of a public-use file, by group
    let (code, json, err) = njov_on(&[
        "--data",
        "tests/data/survey_replicates/public_use.csv",
        "--weights",
        "pw",
        "--repweights",
        "^repw[0-9]+$",
        "--rep-type",
        "bootstrap",
        "--stat",
        "mean",
        "--var",
        "api00",
        "--by",
        "stype",
    ]);
    assert_eq!(code, 0, "{err}");
    for row in json["rows"].as_array().unwrap() {
        let level = row["level"].as_str().unwrap();
        let (e, se) = replicate_reference("public_boot", "by_mean", "api00", level);
        close(&row["estimate"], e, 1e-9, level);
        close(&row["se"], se, 1e-9, level);
    }
    // Fay's BRR made from a paired design
    let (code, json, err) = njov_on(&[
        "--data",
        "tests/data/survey_replicates/paired.csv",
        "--weights",
        "pw",
        "--strata",
        "pair",
        "--psu",
        "dnum",
        "--replicates",
        "fay=0.3",
        "--stat",
        "total",
        "--var",
        "api00",
    ]);
    assert_eq!(code, 0, "{err}");
    let (e, se) = replicate_reference("paired_fay", "total", "api00", "");
    close(&json["estimate"], e, 1e-9, "estimate");
    close(&json["se"], se, 1e-9, "se");
}

#[test]
fn brr_and_fay_for_any_number_of_strata_match_r() {
    // the first 2H rows of pairs.csv: H strata of two schools, for numbers of
    // strata whose Hadamard matrix is Paley's (10: order 12), R's stored one
    // (25: 28) and the stored one doubled (50: 56)
    let dir = tempfile::tempdir().unwrap();
    let pairs = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/survey_replicates/pairs.csv"
    ))
    .unwrap();
    for (h, replicates, design) in [
        (10, "brr", "pairs10_brr"),
        (25, "brr", "pairs25_brr"),
        (50, "fay=0.3", "pairs50_fay"),
    ] {
        let file = dir.path().join(format!("pairs{h}.csv"));
        let lines: Vec<&str> = pairs.lines().take(2 * h + 1).collect();
        std::fs::write(&file, lines.join("\n") + "\n").unwrap();
        for stat in ["total", "mean"] {
            let (code, json, err) = njov_on(&[
                "--data",
                file.to_str().unwrap(),
                "--weights",
                "pw",
                "--strata",
                "pair",
                "--psu",
                "snum",
                "--replicates",
                replicates,
                "--stat",
                stat,
                "--var",
                "api00",
            ]);
            assert_eq!(code, 0, "{design} {stat}: {err}");
            let (e, se) = replicate_reference(design, stat, "api00", "");
            close(
                &json["estimate"],
                e,
                1e-9,
                &format!("{design} {stat} estimate"),
            );
            close(&json["se"], se, 1e-9, &format!("{design} {stat} se"));
        }
    }
}

#[test]
fn bad_replicate_input_names_what_to_fix() {
    let public = [
        "--data",
        "tests/data/survey_replicates/public_use.csv",
        "--weights",
        "pw",
        "--stat",
        "mean",
        "--var",
        "api00",
    ];
    for (extra, says) in [
        (
            vec!["--repweights", "^nosuch", "--rep-type", "bootstrap"],
            "matches the replicate-weight columns",
        ),
        (
            vec!["--repweights", "^repw", "--rep-type", "jack"],
            "jk1, jkn",
        ),
        (vec!["--replicates", "bootstrap=1"], "at least 2"),
        (vec!["--replicates", "brr"], "BRR needs strata"),
    ] {
        let args: Vec<&str> = public
            .iter()
            .copied()
            .chain(extra.iter().copied())
            .collect();
        let (code, json, err) = njov_on(&args);
        assert!(code == 1 || code == 2, "{extra:?}: exit {code}");
        assert!(json.get("estimate").is_none(), "{extra:?}: printed {json}");
        let message = json["error"]["message"].as_str().unwrap_or_default();
        assert!(
            err.contains(says) || message.contains(says),
            "{extra:?}: {err} {json}"
        );
    }
}

#[test]
fn calibration_from_the_command_line_matches_r() {
    let base = [
        "--data",
        "tests/data/survey_estimators/apiclus1.csv",
        "--weights",
        "pw",
        "--psu",
        "dnum",
        "--fpc",
        "fpc",
        "--calibrate",
        "tests/data/survey_calibration/population.csv",
        "--calfun",
        "raking",
        "--cal-bounds",
        "0.3,2.5",
        "--stat",
        "total",
        "--var",
        "api00",
    ];
    let (code, json, err) = njov_on(&base);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/survey_calibration_reference.csv"
    ))
    .unwrap();
    let row: Vec<&str> = text
        .lines()
        .find(|l| l.starts_with("apiclus1,raking_bounded,total,api00,,,"))
        .unwrap()
        .split(',')
        .collect();
    close(&json["estimate"], row[9].parse().unwrap(), 1e-9, "estimate");
    close(&json["se"], row[10].parse().unwrap(), 1e-9, "se");
}

#[test]
fn bad_calibration_input_names_what_to_fix() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.to_string_lossy().to_string()
    };
    let missing_level = write("a.csv", "variable,level,total\nstype,E,4421\nstype,H,755\n");
    let extra_level = write(
        "b.csv",
        "variable,level,total\nstype,E,4421\nstype,H,755\nstype,M,1018\nstype,K,3\n",
    );
    let no_total = write("c.csv", "variable,level\nstype,E\n");
    for (file, extra, says) in [
        (missing_level.as_str(), vec![], "no total for level 'M'"),
        (extra_level.as_str(), vec![], "level 'K'"),
        (no_total.as_str(), vec![], "'total'"),
        (
            "tests/data/survey_calibration/population.csv",
            vec!["--calfun", "raking", "--cal-bounds", "0.9,1.1"],
            "did not converge",
        ),
    ] {
        let mut args = vec![
            "--data",
            "tests/data/survey_estimators/apiclus1.csv",
            "--weights",
            "pw",
            "--psu",
            "dnum",
            "--calibrate",
            file,
            "--stat",
            "mean",
            "--var",
            "api00",
        ];
        args.extend(extra.iter().copied());
        let (code, json, err) = njov_on(&args);
        assert!(code == 1 || code == 2, "{file}: exit {code}");
        assert!(json.get("estimate").is_none(), "{file}: printed {json}");
        let message = json["error"]["message"].as_str().unwrap_or_default();
        assert!(
            err.contains(says) || message.contains(says),
            "{file}: {err} {json}"
        );
    }
}

#[test]
fn calibrated_replicate_weights_from_the_command_line_match_r() {
    let (code, json, err) = njov_on(&[
        "--data",
        "tests/data/survey_replicates/public_use.csv",
        "--weights",
        "pw",
        "--repweights",
        "^repw",
        "--rep-type",
        "bootstrap",
        "--calibrate",
        "tests/data/survey_calibration/population.csv",
        "--cal-bounds",
        "0.6,1.6",
        "--stat",
        "mean",
        "--var",
        "api00",
    ]);
    assert_eq!(code, 0, "{err}");
    let (e, se) = replicate_reference("public_boot_cal_bounded", "mean", "api00", "");
    close(&json["estimate"], e, 1e-9, "estimate");
    close(&json["se"], se, 1e-9, "se");
}

#[test]
fn given_scale_rscales_and_mse_match_r() {
    let (code, json, err) = njov_on(&[
        "--data",
        "tests/data/survey_replicates/public_use.csv",
        "--weights",
        "pw",
        "--repweights",
        "^repw",
        "--rep-type",
        "other",
        "--rep-scale",
        "0.02",
        "--rep-rscales",
        "1",
        "--mse",
        "--stat",
        "total",
        "--var",
        "api00",
    ]);
    assert_eq!(code, 0, "{err}");
    let (e, se) = replicate_reference("public_other_mse", "total", "api00", "");
    close(&json["estimate"], e, 1e-9, "estimate");
    close(&json["se"], se, 1e-9, "se");
}
