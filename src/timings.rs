//! Time and peak memory per pipeline stage, for `--timings`.
//!
//! Peak memory is the process's high-water mark of resident memory (`VmHWM` on Linux) read
//! when each stage ends: it only grows, so a stage's figure is the peak reached by the end
//! of that stage. Elsewhere it is not available and reported as `None`.

use std::time::{Duration, Instant};

/// One stage's cost.
#[derive(Debug, Clone, PartialEq)]
pub struct StageTiming {
    /// Stage name: `load`, `extract`, `align`...
    pub stage: &'static str,
    /// Wall-clock time spent in it.
    pub elapsed: Duration,
    /// Peak resident memory of the process at its end, in bytes.
    pub peak_bytes: Option<u64>,
}

/// Records stages as they finish, telling an optional observer (a progress bar).
pub struct Timer {
    last: Instant,
    stages: Vec<StageTiming>,
    observer: Option<Box<dyn FnMut(&'static str) + Send>>,
}

impl std::fmt::Debug for Timer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Timer")
            .field("stages", &self.stages)
            .finish_non_exhaustive()
    }
}

impl Default for Timer {
    fn default() -> Timer {
        Timer::new()
    }
}

impl Timer {
    /// A timer starting now.
    pub fn new() -> Timer {
        Timer {
            last: Instant::now(),
            stages: Vec::new(),
            observer: None,
        }
    }

    /// From now on, calls `observer` with each stage's name as the stage ends.
    pub fn observe(&mut self, observer: impl FnMut(&'static str) + Send + 'static) {
        self.observer = Some(Box::new(observer));
    }

    /// Ends the stage named `stage` (begun when the previous one ended).
    pub fn stage(&mut self, stage: &'static str) {
        let now = Instant::now();
        self.stages.push(StageTiming {
            stage,
            elapsed: now - self.last,
            peak_bytes: peak_memory(),
        });
        self.last = now;
        if let Some(observer) = &mut self.observer {
            observer(stage);
        }
    }

    /// Adds stages timed elsewhere (by another timer), in order.
    pub fn extend(&mut self, other: Timer) {
        self.stages.extend(other.stages);
        self.last = Instant::now();
    }

    /// The stages so far.
    pub fn stages(&self) -> &[StageTiming] {
        &self.stages
    }
}

/// The process's peak resident memory in bytes, where the platform tells it.
pub fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stages_are_recorded_in_order() {
        let mut t = Timer::new();
        t.stage("one");
        t.stage("two");
        let names: Vec<_> = t.stages().iter().map(|s| s.stage).collect();
        assert_eq!(names, ["one", "two"]);
        if cfg!(target_os = "linux") {
            assert!(t.stages()[0].peak_bytes.is_some_and(|b| b > 0));
        }
    }
}
