//! Figures as intervals, and the verdict on two of them: agree, compatible or conflict.
//!
//! Each figure becomes the set of values its writer would accept:
//!
//! | written             | interval                                   |
//! |---------------------|--------------------------------------------|
//! | `350`               | `[345, 355]`: the figure give or take half its rounding step |
//! | `exactly 350`       | `[350, 350]`                               |
//! | `about 500`         | `[450, 550]`: ±10%, or the rounding step if wider |
//! | `nearly 500`        | `[450, 500]`: up to 10% below              |
//! | `more than 20,000`  | `(20000, ∞)`                               |
//! | `at least 16,000`   | `[16000, ∞)`                               |
//! | `up to 150,000`     | `[0, 150000]`                              |
//! | `fewer than 50`     | `[0, 50)`                                  |
//! | `between 25 and 50` | `[25, 50]`                                 |
//! | `hundreds`          | `[100, 2000)`: a vague amount is a floor at its scale, up to twenty times it |
//!
//! `more than X` gets no soft upper bound: nothing in the words caps it, and a cap would
//! invent a conflict (`more than 20,000` vs `35,000` are both true of 35,000). Its open
//! end is shown but not enforced: outlets write `more than 20,000` and `20,000` for the
//! same estimate, so X itself counts as inside (likewise `fewer than X`). A vague amount
//! reaches twenty times its scale because `thousands` of 16,000 is ordinary usage and
//! writers switch to `tens of thousands` about there. The rounding step of a bare figure
//! is the power of ten of its last non-zero digit, never finer than two significant digits
//! keep (`20,000` -> 1,000; `16,500` -> 100; `350` -> 10), because outlets round the same
//! count to different precisions.
//!
//! Two figures **agree** when they state the same value within rounding (whatever the
//! hedge: `more than 20,000` and `20,000` give one figure), or when a vague amount covers
//! the other figure; they are **compatible** when their intervals overlap otherwise, and
//! **conflict** when the intervals are disjoint.

use crate::extract::quantity::{Qualifier, Quantity, QuantityKind};
use crate::findings::Verdict;

/// Relative half-width of `about X`.
pub const ABOUT: f64 = 0.10;

/// How many times its scale a vague amount (`thousands`) reaches.
pub const VAGUE_REACH: f64 = 20.0;

/// What constrains a figure: one value, a floor, a ceiling or both ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A single figure, possibly hedged (`350`, `about 500`, `nearly 40`).
    Point,
    /// Only a floor (`at least`, `more than`).
    Floor,
    /// Only a ceiling (`up to`, `fewer than`).
    Ceiling,
    /// Both ends given (`between A and B`, `hundreds`).
    Range,
}

/// A figure as the set of values it allows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    /// Lower end.
    pub low: f64,
    /// Upper end (`f64::INFINITY` when open-ended).
    pub high: f64,
    /// Whether `low` itself is excluded (`more than`).
    pub low_open: bool,
    /// Whether `high` itself is excluded (`fewer than`, vague amounts).
    pub high_open: bool,
    /// The figure's shape.
    pub shape: Shape,
    /// The value the writer stated: the point, the floor, the ceiling, or the range's midpoint.
    pub centre: f64,
    /// How far two stated values may differ and still be the same figure rounded.
    pub tolerance: f64,
    /// A vague amount (`hundreds`): any figure inside it agrees with it.
    pub vague: bool,
}

/// The rounding step of a written value (see the module docs).
pub fn rounding_step(v: f64) -> f64 {
    let a = v.abs();
    if a < 10.0 || a.fract() != 0.0 || a > 1e15 {
        return 0.0;
    }
    // Integer-valued and < 1e15, so the conversion is exact.
    let n = a as u64;
    let digits = n.to_string().len() as i32;
    let zeros = n
        .to_string()
        .bytes()
        .rev()
        .take_while(|&b| b == b'0')
        .count() as i32;
    10f64.powi(zeros.min(digits - 2).max(0))
}

impl Interval {
    /// The interval of a quantity, or `None` when it has no value to compare.
    pub fn of(q: &Quantity) -> Option<Interval> {
        let floor_zero = |v: f64| if v >= 0.0 { 0.0 } else { f64::NEG_INFINITY };
        let mut iv = Interval {
            low: 0.0,
            high: 0.0,
            low_open: false,
            high_open: false,
            shape: Shape::Point,
            centre: 0.0,
            tolerance: 0.0,
            vague: false,
        };
        match (q.value, q.low, q.high) {
            (_, Some(lo), Some(hi)) if lo.is_finite() && hi.is_finite() => {
                let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
                iv.low = lo;
                iv.high = hi;
                iv.shape = Shape::Range;
                iv.centre = (lo + hi) / 2.0;
                iv.tolerance = rounding_step(lo).max(rounding_step(hi)) / 2.0;
                if q.qualifier == Some(Qualifier::About) {
                    iv.low = lo * (1.0 - ABOUT);
                    iv.high = hi * (1.0 + ABOUT);
                }
            }
            (_, Some(lo), None) if q.vague && lo.is_finite() => {
                // `hundreds`: at least the scale, less than ten times it.
                iv.low = lo;
                iv.high = lo * VAGUE_REACH;
                iv.high_open = true;
                iv.shape = Shape::Range;
                iv.centre = lo;
                iv.vague = true;
            }
            (Some(v), _, _) if v.is_finite() => {
                let step = rounding_step(v) / 2.0;
                iv.centre = v;
                iv.tolerance = step;
                match q.qualifier {
                    None | Some(Qualifier::Between) => (iv.low, iv.high) = (v - step, v + step),
                    Some(Qualifier::Exactly) => {
                        (iv.low, iv.high, iv.tolerance) = (v, v, 0.0);
                    }
                    Some(Qualifier::About) => {
                        let half = (v.abs() * ABOUT).max(step);
                        (iv.low, iv.high) = (v - half, v + half);
                    }
                    Some(Qualifier::Nearly) => {
                        (iv.low, iv.high) = (v - (v.abs() * ABOUT).max(step), v);
                    }
                    Some(Qualifier::MoreThan | Qualifier::AtLeast) => {
                        iv.shape = Shape::Floor;
                        iv.low = v;
                        iv.high = f64::INFINITY;
                        iv.low_open = q.qualifier == Some(Qualifier::MoreThan);
                    }
                    Some(Qualifier::UpTo | Qualifier::FewerThan) => {
                        iv.shape = Shape::Ceiling;
                        iv.low = floor_zero(v);
                        iv.high = v;
                        iv.high_open = q.qualifier == Some(Qualifier::FewerThan);
                    }
                }
            }
            _ => return None,
        }
        Some(iv)
    }

    /// Every value multiplied by `k` (a positive rate conversion).
    pub fn scaled(mut self, k: f64) -> Interval {
        self.low *= k;
        self.high *= k;
        self.centre *= k;
        self.tolerance *= k;
        self
    }

    /// Whether the two intervals share a value; open ends count as closed (module docs).
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.low <= other.high && other.low <= self.high
    }

    /// The verdict on two figures for the same quantity.
    pub fn verdict(&self, other: &Interval) -> Verdict {
        let close = |a: f64, b: f64| {
            let tol = self.tolerance.max(other.tolerance);
            (a - b).abs() <= tol + 1e-9 * a.abs().max(b.abs()).max(1.0)
        };
        let same = match (self.shape, other.shape) {
            (Shape::Range, Shape::Range) => {
                close(self.low, other.low) && close(self.high, other.high)
            }
            (Shape::Range, _) | (_, Shape::Range) => false,
            _ => close(self.centre, other.centre),
        };
        // A vague amount is the rounding of a precise figure inside it; two vague amounts are
        // compared by their ends like any ranges.
        let covered = (self.vague && !other.vague && self.holds(other.centre))
            || (other.vague && !self.vague && other.holds(self.centre));
        if (same || covered) && self.overlaps(other) {
            Verdict::Agree
        } else if self.overlaps(other) {
            Verdict::Compatible
        } else {
            Verdict::Conflict
        }
    }

    /// How many times apart the two intervals are: 1 when they overlap, else the ratio of
    /// the nearer ends (`20` vs `more than 20,000` -> 1,000).
    pub fn ratio(&self, other: &Interval) -> f64 {
        if self.overlaps(other) {
            return 1.0;
        }
        let (lo, hi) = if self.high < other.low {
            (self.high, other.low)
        } else {
            (other.high, self.low)
        };
        if lo <= 0.0 || !hi.is_finite() {
            return f64::INFINITY;
        }
        hi / lo
    }

    /// Whether `v` lies in the interval (ends included).
    fn holds(&self, v: f64) -> bool {
        self.low <= v && v <= self.high
    }

    /// The interval in mathematical notation: `[16000, ∞)`, `[345, 355]`.
    pub fn notation(&self) -> String {
        let num = |v: f64| {
            if v.is_infinite() {
                if v > 0.0 { "∞" } else { "-∞" }.to_string()
            } else {
                trim(v)
            }
        };
        format!(
            "{}{}, {}{}",
            if self.low_open { '(' } else { '[' },
            num(self.low),
            num(self.high),
            if self.high_open || self.high.is_infinite() {
                ')'
            } else {
                ']'
            }
        )
    }
}

/// A number written briefly: integers without decimals, others to three significant places.
pub fn trim(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Whether two figures of these kinds can be compared at all.
pub fn comparable_kind(kind: QuantityKind) -> bool {
    matches!(
        kind,
        QuantityKind::Count
            | QuantityKind::Money
            | QuantityKind::Percent
            | QuantityKind::Measure
            | QuantityKind::Duration
    )
}

#[cfg(test)]
mod tests;
