//! Logistic regression by Newton's method (iteratively reweighted least squares) with an
//! L2 penalty: a convex fit with one answer, reached in a fixed, deterministic sequence
//! of steps, so the weights file is reproducible to the last digit on any machine.

use super::features::{Features, FEATURE_COUNT};
use super::Weights;

/// Width of the system solved at each step: the intercept and one weight per feature.
const WIDTH: usize = FEATURE_COUNT + 1;

/// A logistic-regression fitter. Features are standardised (mean 0, variance 1 over the
/// training pairs) before fitting so that one penalty suits them all; the weights are
/// returned on the raw scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LogisticRegression {
    l2: f64,
    iterations: usize,
    mask: [bool; FEATURE_COUNT],
}

impl Default for LogisticRegression {
    fn default() -> Self {
        Self {
            l2: 1.0,
            iterations: 50,
            mask: [true; FEATURE_COUNT],
        }
    }
}

impl LogisticRegression {
    /// L2 penalty on the standardised weights (not on the intercept); NaN or negative is 0.
    pub fn l2(mut self, l2: f64) -> Self {
        self.l2 = if l2 > 0.0 { l2 } else { 0.0 };
        self
    }

    /// Most Newton steps (it usually converges in under ten).
    pub fn iterations(mut self, iterations: usize) -> Self {
        self.iterations = iterations;
        self
    }

    /// Leaves out the feature at `index` (its weight is 0), for ablation.
    pub fn without(mut self, index: usize) -> Self {
        if let Some(m) = self.mask.get_mut(index) {
            *m = false;
        }
        self
    }

    /// Fits weights on `pairs` (features, same claim?). The threshold of the result is 0.5.
    pub fn fit(&self, pairs: &[(Features, bool)]) -> Weights {
        let n = pairs.len().max(1) as f64;
        let mut mean = [0.0; FEATURE_COUNT];
        let mut scale = [0.0; FEATURE_COUNT];
        for (x, _) in pairs {
            for (m, v) in mean.iter_mut().zip(x.values()) {
                *m += v / n;
            }
        }
        for (x, _) in pairs {
            for ((s, v), m) in scale.iter_mut().zip(x.values()).zip(&mean) {
                *s += (v - m) * (v - m) / n;
            }
        }
        for (s, keep) in scale.iter_mut().zip(&self.mask) {
            // A constant or left-out column gets no weight rather than a division by 0.
            *s = if *keep && *s > 1e-12 { s.sqrt() } else { 0.0 };
        }
        let row = |x: &Features| {
            let mut r = [0.0; WIDTH];
            r[0] = 1.0;
            for (i, v) in x.values().iter().enumerate() {
                if scale[i] > 0.0 {
                    r[i + 1] = (v - mean[i]) / scale[i];
                }
            }
            r
        };
        let rows: Vec<([f64; WIDTH], f64)> = pairs
            .iter()
            .map(|(x, y)| (row(x), f64::from(u8::from(*y))))
            .collect();
        let mut beta = [0.0; WIDTH];
        for _ in 0..self.iterations {
            let mut gradient = [0.0; WIDTH];
            let mut hessian = [[0.0; WIDTH]; WIDTH];
            for (r, y) in &rows {
                let p = sigmoid(dot(&beta, r));
                let w = (p * (1.0 - p)).max(1e-12);
                for i in 0..WIDTH {
                    gradient[i] += (y - p) * r[i];
                    for j in 0..WIDTH {
                        hessian[i][j] += w * r[i] * r[j];
                    }
                }
            }
            for i in 1..WIDTH {
                gradient[i] -= self.l2 * beta[i];
                hessian[i][i] += self.l2;
                if scale[i - 1] == 0.0 {
                    // Pin the weight of an absent column at 0.
                    hessian[i] = [0.0; WIDTH];
                    hessian[i][i] = 1.0;
                    gradient[i] = 0.0;
                }
            }
            let step = solve(hessian, gradient);
            let mut largest: f64 = 0.0;
            for (b, s) in beta.iter_mut().zip(&step) {
                *b += s;
                largest = largest.max(s.abs());
            }
            if largest < 1e-10 {
                break;
            }
        }
        let mut coefficients = [0.0; FEATURE_COUNT];
        let mut intercept = beta[0];
        for i in 0..FEATURE_COUNT {
            if scale[i] > 0.0 {
                coefficients[i] = beta[i + 1] / scale[i];
                intercept -= coefficients[i] * mean[i];
            }
        }
        Weights {
            intercept,
            coefficients,
            threshold: 0.5,
        }
    }
}

/// The logistic function, safe for any finite input.
pub(super) fn sigmoid(z: f64) -> f64 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

fn dot(a: &[f64; WIDTH], b: &[f64; WIDTH]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting; a singular direction
/// gets a zero step rather than an infinite one.
fn solve(mut a: [[f64; WIDTH]; WIDTH], mut b: [f64; WIDTH]) -> [f64; WIDTH] {
    for col in 0..WIDTH {
        let pivot = (col..WIDTH)
            .max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))
            .unwrap_or(col);
        a.swap(col, pivot);
        b.swap(col, pivot);
        if a[col][col].abs() < 1e-12 {
            continue;
        }
        let pivot_row = a[col];
        for r in col + 1..WIDTH {
            let f = a[r][col] / pivot_row[col];
            for (x, p) in a[r][col..].iter_mut().zip(&pivot_row[col..]) {
                *x -= f * p;
            }
            b[r] -= f * b[col];
        }
    }
    let mut x = [0.0; WIDTH];
    for r in (0..WIDTH).rev() {
        if a[r][r].abs() < 1e-12 {
            continue;
        }
        let rest: f64 = (r + 1..WIDTH).map(|c| a[r][c] * x[c]).sum();
        x[r] = (b[r] - rest) / a[r][r];
    }
    x
}

/// The threshold in 0.20..=0.80 (steps of 0.01) with the highest accuracy on
/// `scored` (probability, same claim?); the lowest such threshold on ties.
pub fn best_threshold(scored: &[(f64, bool)]) -> f64 {
    let mut best = (0.5, 0usize);
    for step in 20..=80 {
        let t = f64::from(step) / 100.0;
        let correct = scored.iter().filter(|(p, y)| (*p >= t) == *y).count();
        if correct > best.1 {
            best = (t, correct);
        }
    }
    best.0
}
