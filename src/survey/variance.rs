//! The Taylor-linearisation variance of a weighted total of scores, as R
//! `survey`'s `svyrecvar` / `onestage` / `onestrat` (version 4.1).

use crate::error::Result;

use super::design::{LonelyPsu, SurveyDesign, design_error};

/// The scores of one stratum (of the PSUs of one PSU at stage 2) that its
/// variance needs: the sum of squares of its `n_units` unit totals about
/// their mean, units without a row (of a domain) counted as zero totals, and
/// the plain sum of squares of the totals (the lonely-PSU rule `Adjust`).
/// Both the in-memory estimators ([`StratumScores::from_totals`]) and the
/// one-pass estimator (from compensated sums, without the totals) make
/// them; [`stratum_variance`] then applies the same rules to both.
#[derive(Debug, Clone, Copy)]
pub(crate) struct StratumScores {
    /// `sum_{i=1}^{n_units} (z_i - zbar)^2`, absent units with `z_i = 0`.
    pub(crate) centred_ss: f64,
    /// `sum_i z_i^2`.
    pub(crate) plain_ss: f64,
}

impl StratumScores {
    /// From the totals of the units present, `n_units` units in all.
    pub(crate) fn from_totals(totals: &[f64], n_units: usize) -> StratumScores {
        if n_units > 1 {
            let n = n_units as f64;
            let mean = totals.iter().sum::<f64>() / n;
            let present_ss: f64 = totals.iter().map(|z| (z - mean) * (z - mean)).sum();
            let absent = (n_units - totals.len()) as f64;
            StratumScores {
                centred_ss: present_ss + absent * mean * mean,
                plain_ss: f64::NAN,
            }
        } else {
            let z = totals.first().copied().unwrap_or(0.0);
            StratumScores {
                centred_ss: 0.0,
                plain_ss: z * z,
            }
        }
    }
}

/// Within one stratum: the variance contribution, or `None` when the lonely-PSU
/// option is `Average` and the stratum has a single PSU (R's `NA`).
pub(crate) fn stratum_variance(
    scores: StratumScores,
    n_units: usize,
    popsize: Option<f64>,
    lonely: LonelyPsu,
    stratum: &str,
    stage: u32,
) -> Result<Option<f64>> {
    // Units absent from a domain have total 0: padding with zero rows, as R does.
    let f = match popsize {
        Some(pop) if pop.is_finite() => (pop - n_units as f64) / pop,
        _ => 1.0,
    };
    if f < 1e-7 {
        // Self-representing stratum.
        return Ok(Some(0.0));
    }
    let n = n_units as f64;
    if n_units > 1 {
        return Ok(Some(f * n / (n - 1.0) * scores.centred_ss));
    }
    match lonely {
        LonelyPsu::Fail => Err(design_error(format!(
            "stratum '{stratum}' has only one PSU at stage {stage}: choose a lonely-PSU rule \
             (remove, certainty, adjust or average; LonelyPsu, --lonely-psu, R's survey.lonely.psu)"
        ))),
        LonelyPsu::Remove | LonelyPsu::Certainty => Ok(Some(0.0)),
        LonelyPsu::Adjust => Ok(Some(f * scores.plain_ss)),
        LonelyPsu::Average => Ok(None),
    }
}

fn one_stratum(
    totals: &[f64],
    n_units: usize,
    popsize: Option<f64>,
    lonely: LonelyPsu,
    stratum: &str,
    stage: u32,
) -> Result<Option<f64>> {
    stratum_variance(
        StratumScores::from_totals(totals, n_units),
        n_units,
        popsize,
        lonely,
        stratum,
        stage,
    )
}

/// Sums stratum contributions as R's `onestage`: with `Average`, the sum over the
/// strata that have a variance is scaled by `#strata / #those strata`.
pub(crate) fn combine(parts: impl Iterator<Item = Option<f64>>) -> f64 {
    let (mut sum, mut n, mut ok) = (0.0, 0usize, 0usize);
    for p in parts {
        n += 1;
        if let Some(v) = p {
            sum += v;
            ok += 1;
        }
    }
    if n == ok {
        sum
    } else {
        sum * n as f64 / ok as f64
    }
}

impl SurveyDesign {
    /// The linearisation variance of `sum_i x_i`, where `x` holds one (already
    /// weighted) score per row. `mask` marks the rows of a domain; rows outside it
    /// must have `x_i = 0`. Strata and PSUs with no row in the domain are left
    /// out; PSUs counted by the full design but absent from the domain count as
    /// zero totals (R's convention for subsets).
    pub(crate) fn variance_of_scores(&self, x: &[f64], mask: Option<&[bool]>) -> Result<f64> {
        if let Some(cal) = &self.calibration {
            // R keeps every row of a calibrated design in a subset (weight 0
            // outside it): the residual scores of every row, whole design.
            let r = cal.residual_scores(x, mask);
            return self.variance_of_scores_uncalibrated(&r, None);
        }
        self.variance_of_scores_uncalibrated(x, mask)
    }

    fn variance_of_scores_uncalibrated(&self, x: &[f64], mask: Option<&[bool]>) -> Result<f64> {
        let n_psu = self.n_psu();
        let mut psu_total = vec![0.0f64; n_psu];
        let mut psu_present = vec![false; n_psu];
        for (i, &xi) in x.iter().enumerate() {
            if mask.is_some_and(|m| !m[i]) {
                continue;
            }
            let c = self.row_psu[i] as usize;
            psu_total[c] += xi;
            psu_present[c] = true;
        }
        self.variance_of_psu_totals(x, mask, &psu_total, &psu_present)
    }

    /// [`variance_of_scores`](Self::variance_of_scores) from the PSU totals
    /// of the scores (and which PSUs have a row used), already summed:
    /// estimators that sum them in the pass that forms the estimate call this
    /// directly. `x` and `mask` serve only a second stage.
    pub(crate) fn variance_of_psu_totals(
        &self,
        x: &[f64],
        mask: Option<&[bool]>,
        psu_total: &[f64],
        psu_present: &[bool],
    ) -> Result<f64> {
        let n_psu = self.n_psu();
        // Group present PSU totals by stratum.
        let n_strata = self.n_strata();
        let mut by_stratum: Vec<Vec<f64>> = vec![Vec::new(); n_strata];
        for c in 0..n_psu {
            if psu_present[c] {
                by_stratum[self.psu_stratum[c] as usize].push(psu_total[c]);
            }
        }
        let mut parts = Vec::with_capacity(n_strata);
        for (h, totals) in by_stratum.iter().enumerate() {
            if totals.is_empty() {
                continue;
            }
            let pop = self.stratum_popsize.as_ref().map(|p| p[h]);
            parts.push(one_stratum(
                totals,
                self.stratum_n_psu[h],
                pop,
                self.lonely,
                &self.stratum_names[h],
                1,
            )?);
        }
        let mut v = combine(parts.into_iter());

        if let (Some(stage2), Some(pop1)) = (&self.stage2, &self.stratum_popsize) {
            let n_ssu = stage2.ssu_psu.len();
            let mut ssu_total = vec![0.0f64; n_ssu];
            let mut ssu_present = vec![false; n_ssu];
            for (i, &xi) in x.iter().enumerate() {
                if mask.is_some_and(|m| !m[i]) {
                    continue;
                }
                let s = stage2.row_ssu[i] as usize;
                ssu_total[s] += xi;
                ssu_present[s] = true;
            }
            let mut by_psu: Vec<Vec<f64>> = vec![Vec::new(); n_psu];
            for s in 0..n_ssu {
                if ssu_present[s] {
                    by_psu[stage2.ssu_psu[s] as usize].push(ssu_total[s]);
                }
            }
            for (c, totals) in by_psu.iter().enumerate() {
                if totals.is_empty() {
                    continue;
                }
                let h = self.psu_stratum[c] as usize;
                let part = one_stratum(
                    totals,
                    stage2.psu_n_ssu[c],
                    Some(stage2.psu_popsize[c]),
                    self.lonely,
                    &format!("{}", c + 1),
                    2,
                )?;
                let within = combine(std::iter::once(part));
                v += within * self.stratum_n_psu[h] as f64 / pop1[h];
            }
        }
        Ok(v)
    }
}
