//! What a calibrated design keeps for its standard errors: the model
//! matrix, the design weights and the g-weights of a calibration
//! (`calibrate.rs`), from which every estimator's scores
//! are replaced by their calibration residuals. Its own file, so that the
//! design can hold one without importing the calibration that makes it.

/// What a calibrated design keeps for its standard errors.
#[derive(Debug, Clone)]
pub(crate) struct Calibration {
    /// the model matrix, row-major, `p` columns
    pub(crate) x: Vec<f64>,
    pub(crate) p: usize,
    /// design weights before calibration
    pub(crate) w0: Vec<f64>,
    /// `g`
    pub(crate) g: Vec<f64>,
    /// the inverse of `sum w0 x x'`
    pub(crate) inverse: Vec<Vec<f64>>,
}

impl Calibration {
    /// R's `qr.resid(qr(x sqrt(w0)), z / (g sqrt(w0))) g sqrt(w0)`.
    pub(crate) fn residual_scores(&self, z: &[f64], mask: Option<&[bool]>) -> Vec<f64> {
        let n = self.w0.len();
        let p = self.p;
        let used = |i: usize| mask.is_none_or(|m| m[i]);
        // v_i = z_i / (g_i sqrt(w0_i)); A_i = x_i sqrt(w0_i); A'v = sum x_i z_i / g_i
        let mut atv = vec![0.0f64; p];
        for (i, (&zi, &gi)) in z.iter().zip(&self.g).enumerate() {
            if !used(i) || zi == 0.0 || self.w0[i] == 0.0 {
                continue;
            }
            let u = zi / gi;
            for (a, xv) in atv.iter_mut().zip(&self.x[i * p..(i + 1) * p]) {
                *a += xv * u;
            }
        }
        let beta: Vec<f64> = (0..p)
            .map(|a| (0..p).map(|b| self.inverse[a][b] * atv[b]).sum())
            .collect();
        (0..n)
            .map(|i| {
                if self.w0[i] == 0.0 {
                    return 0.0;
                }
                let zi = if used(i) { z[i] } else { 0.0 };
                let fit: f64 = (0..p).map(|k| self.x[i * p + k] * beta[k]).sum();
                // (v - A beta) g sqrt(w0) = z - g w0 x'beta
                zi - self.g[i] * self.w0[i] * fit
            })
            .collect()
    }
}
