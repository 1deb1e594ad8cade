//! The HTML report's pictures as inline SVG, drawn with plotters' SVG backend: who agrees
//! with whom, which tones each outlet's labels carry, and how far figures diverge.
//!
//! The SVG backend writes text as `<text>` elements (escaped by plotters) and sizes it with
//! a crude estimate, so no font files are read and the output is the same on every machine.

use std::collections::BTreeMap;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::format::{figure, finding_outlets};
use super::{of_section, outlets, Section};
use crate::findings::{Detail, Finding, Findings, Tone};

const FONT: &str = "sans-serif";
const INK: RGBColor = RGBColor(0x22, 0x2a, 0x35);
const GRID: RGBColor = RGBColor(0xd5, 0xdb, 0xe3);

/// Tones in legend order, with their colours (distinct for colour-blind readers too).
const TONES: [(Tone, &str, RGBColor); 4] = [
    (Tone::Pejorative, "pejorative", RGBColor(0xc0, 0x39, 0x2b)),
    (
        Tone::Legitimising,
        "legitimising",
        RGBColor(0x1f, 0x6f, 0xb4),
    ),
    (Tone::Euphemistic, "euphemistic", RGBColor(0xe6, 0x9f, 0x00)),
    (Tone::Neutral, "neutral", RGBColor(0x9a, 0xa4, 0xb1)),
];

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// Draws into a fresh SVG string `width` by `height` pixels. Drawing errors cannot come
/// from the data (the string backend does no I/O), so they yield `None`.
fn svg(
    width: u32,
    height: u32,
    draw: impl FnOnce(&Area<'_>) -> Result<(), Box<dyn std::error::Error>>,
) -> Option<String> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        root.fill(&WHITE).ok()?;
        draw(&root).ok()?;
        root.present().ok()?;
    }
    Some(out)
}

/// A label cut to `max` characters, with `…` where cut.
fn short(text: &str, max: usize) -> String {
    let text = crate::render::one_line(text);
    if text.chars().count() <= max {
        return text;
    }
    let mut s: String = text.chars().take(max.saturating_sub(1)).collect();
    s.push('…');
    s
}

/// Rough width in pixels of `text` at `size` px in a sans-serif face (0.55 em a character).
fn text_width(text: &str, size: u32) -> u32 {
    let chars = u32::try_from(text.chars().count()).unwrap_or(u32::MAX);
    chars.saturating_mul(size).saturating_mul(55) / 100
}

/// Axis text: `size` CSS pixels.
fn axis_font(size: u32) -> TextStyle<'static> {
    (FONT, f64::from(size) * 1.24).into_font().color(&INK)
}

/// Text `size` CSS pixels high (plotters writes `size / 1.24` into the SVG).
fn style(size: u32, color: RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    (FONT, f64::from(size) * 1.24)
        .into_font()
        .color(&color)
        .pos(Pos::new(h, v))
}

/// Counts of shared claims for each pair of outlets (both orders), and on the diagonal the
/// shared claims each outlet is part of.
pub fn agreement_counts(findings: &Findings) -> (Vec<String>, Vec<Vec<usize>>) {
    let names = outlets(findings);
    let index: BTreeMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    let mut counts = vec![vec![0usize; names.len()]; names.len()];
    for f in of_section(findings, Section::SharedClaim) {
        let present: Vec<usize> = finding_outlets(f)
            .into_iter()
            .filter_map(|o| index.get(o).copied())
            .collect();
        for &a in &present {
            for &b in &present {
                counts[a][b] += 1;
            }
        }
    }
    (names, counts)
}

/// (a) Outlet × outlet heatmap of shared-claim counts. `None` without shared claims.
pub fn agreement(findings: &Findings) -> Option<String> {
    let (names, counts) = agreement_counts(findings);
    let n = names.len();
    if n == 0 || of_section(findings, Section::SharedClaim).next().is_none() {
        return None;
    }
    let labels: Vec<String> = names.iter().map(|s| short(s, 24)).collect();
    let label_w = labels.iter().map(|l| text_width(l, 15)).max().unwrap_or(0) + 14;
    let cell = 64u32;
    let side = cell * u32::try_from(n).unwrap_or(1);
    let (width, height) = (label_w + side + 20, label_w + side + 20);
    let max = counts
        .iter()
        .enumerate()
        .flat_map(|(i, row)| row.iter().enumerate().filter(move |(j, _)| *j != i))
        .map(|(_, c)| *c)
        .max()
        .unwrap_or(0)
        .max(1);
    svg(width, height, |root| {
        let x0 = i32::try_from(label_w).unwrap_or(0);
        let y0 = 10i32;
        let c = i32::try_from(cell).unwrap_or(64);
        for (i, row) in counts.iter().enumerate() {
            let y = y0 + c * i32::try_from(i)?;
            for (j, &count) in row.iter().enumerate() {
                let x = x0 + c * i32::try_from(j)?;
                let (fill, ink) = if i == j {
                    (RGBColor(0xee, 0xf0, 0xf3), INK)
                } else {
                    let t = count as f64 / max as f64;
                    (blend(t), if t > 0.55 { WHITE } else { INK })
                };
                root.draw(&Rectangle::new([(x, y), (x + c, y + c)], fill.filled()))?;
                root.draw(&Rectangle::new([(x, y), (x + c, y + c)], GRID))?;
                let text = if i == j {
                    format!("({count})")
                } else {
                    count.to_string()
                };
                root.draw(&Text::new(
                    text,
                    (x + c / 2, y + c / 2),
                    style(17, ink, HPos::Center, VPos::Center),
                ))?;
            }
            root.draw(&Text::new(
                labels[i].clone(),
                (x0 - 8, y + c / 2),
                style(15, INK, HPos::Right, VPos::Center),
            ))?;
            // Column labels run upwards below the grid, ending at its edge.
            let x = x0 + c * i32::try_from(i)? + c / 2;
            root.draw(&Text::new(
                labels[i].clone(),
                (x, y0 + c * i32::try_from(n)? + 8),
                style(15, INK, HPos::Right, VPos::Center).transform(FontTransform::Rotate270),
            ))?;
        }
        Ok(())
    })
}

/// White to dark blue as `t` goes from 0 to 1.
fn blend(t: f64) -> RGBColor {
    let t = t.clamp(0.0, 1.0);
    let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
    RGBColor(mix(0xf4, 0x0b), mix(0xf7, 0x4f), mix(0xfb, 0x8c))
}

/// Per outlet (sorted), how many framing labels of each tone (in [`TONES`] order).
pub fn tone_counts(findings: &Findings) -> Vec<(String, [usize; 4])> {
    let mut map: BTreeMap<&str, [usize; 4]> = BTreeMap::new();
    for f in of_section(findings, Section::Framing) {
        for m in &f.members {
            if let Detail::Label { tone, .. } = &m.detail {
                let slot = TONES.iter().position(|(t, _, _)| t == tone).unwrap_or(3);
                map.entry(m.outlet.as_str()).or_default()[slot] += 1;
            }
        }
    }
    map.into_iter().map(|(o, c)| (o.to_string(), c)).collect()
}

/// (b) Stacked bars: each outlet's framing labels by tone. `None` without labels.
pub fn tones(findings: &Findings) -> Option<String> {
    let rows = tone_counts(findings);
    if rows.is_empty() {
        return None;
    }
    let labels: Vec<String> = rows.iter().map(|(o, _)| short(o, 24)).collect();
    let label_w = labels.iter().map(|l| text_width(l, 15)).max().unwrap_or(0) + 16;
    let max = rows
        .iter()
        .map(|(_, c)| c.iter().sum::<usize>())
        .max()
        .unwrap_or(1)
        .max(1);
    let bar = 34u32;
    let n = u32::try_from(rows.len()).unwrap_or(1);
    let height = 44 + n * (bar + 14) + 56;
    svg(640, height, |root| {
        // Legend on top.
        let mut x = 10i32;
        for (_, name, color) in TONES {
            root.draw(&Rectangle::new([(x, 12), (x + 16, 28)], color.filled()))?;
            root.draw(&Text::new(
                name,
                (x + 22, 20),
                style(15, INK, HPos::Left, VPos::Center),
            ))?;
            x += 34 + i32::try_from(text_width(name, 15))?;
        }
        let area = root.margin(44, 10, 10, 20);
        let mut chart = ChartBuilder::on(&area)
            .x_label_area_size(50)
            .y_label_area_size(label_w)
            .build_cartesian_2d(0f64..max as f64, 0f64..rows.len() as f64)?;
        let whole = |x: &f64| {
            if x.fract() == 0.0 {
                figure(*x)
            } else {
                String::new()
            }
        };
        chart
            .configure_mesh()
            .disable_y_mesh()
            .y_labels(0)
            .x_labels(max.min(10) + 1)
            .x_label_formatter(&whole)
            .x_desc("labels used")
            .axis_desc_style(axis_font(15))
            .label_style(axis_font(14))
            .max_light_lines(0)
            .bold_line_style(GRID)
            .draw()?;
        for (i, (_, counts)) in rows.iter().enumerate() {
            // Row 0 at the top.
            let top = (rows.len() - i) as f64 - 0.18;
            let bottom = top - 0.64;
            let mut start = 0f64;
            for (slot, &count) in counts.iter().enumerate() {
                if count == 0 {
                    continue;
                }
                let end = start + count as f64;
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(start, bottom), (end, top)],
                    TONES[slot].2.filled(),
                )))?;
                start = end;
            }
            let (px, py) = chart.backend_coord(&(0.0, (top + bottom) / 2.0));
            root.draw(&Text::new(
                labels[i].clone(),
                (px - 8, py),
                style(15, INK, HPos::Right, VPos::Center),
            ))?;
        }
        Ok(())
    })
}

/// One figure of a divergence as the dot plot draws it.
struct Point {
    label: String,
    value: f64,
    low: f64,
    high: f64,
}

fn points(f: &Finding) -> Vec<Point> {
    f.members
        .iter()
        .filter_map(|m| match &m.detail {
            Detail::Figure {
                value,
                low,
                high,
                as_written,
                ..
            } => {
                let value = value.or(match (low, high) {
                    (Some(l), Some(h)) => Some((l + h) / 2.0),
                    _ => low.or(*high),
                })?;
                value.is_finite().then(|| Point {
                    label: format!("{}: {}", short(&m.outlet, 22), short(as_written, 24)),
                    value,
                    low: low.filter(|x| x.is_finite()).unwrap_or(value),
                    high: high.filter(|x| x.is_finite()).unwrap_or(value),
                })
            }
            _ => None,
        })
        .collect()
}

/// A dot plot of one numeric divergence.
#[derive(Debug, Clone, PartialEq)]
pub struct FigurePlot {
    /// The finding's id.
    pub id: String,
    /// The SVG.
    pub svg: String,
    /// Whether the axis is logarithmic.
    pub log: bool,
}

/// (c) One dot plot per numeric divergence: each member's figure (dot) and interval
/// (bar), on a log scale when the figures are all positive and span a factor of ten or
/// more. Divergences without usable figures are left out.
pub fn figures(findings: &Findings) -> Vec<FigurePlot> {
    of_section(findings, Section::NumericDivergence)
        .filter_map(|f| {
            let points = points(f);
            let (svg, log) = dot_plot(&points)?;
            Some(FigurePlot {
                id: f.id.clone(),
                svg,
                log,
            })
        })
        .collect()
}

/// Tick values 1, 2 and 5 times a power of ten within `lo..=hi` (both positive).
fn log_ticks(lo: f64, hi: f64) -> Vec<f64> {
    let mut ticks = Vec::new();
    let first = lo.log10().floor() as i32;
    let last = hi.log10().ceil() as i32;
    for e in first..=last.min(first + 30) {
        for m in [1.0, 2.0, 5.0] {
            let v = m * 10f64.powi(e);
            if v >= lo && v <= hi {
                ticks.push(v);
            }
        }
    }
    ticks
}

fn dot_plot(points: &[Point]) -> Option<(String, bool)> {
    if points.is_empty() {
        return None;
    }
    let lo = points
        .iter()
        .map(|p| p.low.min(p.value))
        .fold(f64::MAX, f64::min);
    let hi = points
        .iter()
        .map(|p| p.high.max(p.value))
        .fold(f64::MIN, f64::max);
    let log = lo > 0.0 && hi / lo >= 10.0;
    let label_w = points
        .iter()
        .map(|p| text_width(&p.label, 15))
        .max()
        .unwrap_or(0)
        + 16;
    let n = points.len();
    let height = 60 + u32::try_from(n).ok()? * 38;
    let color = RGBColor(0x1f, 0x6f, 0xb4);
    let drawn = svg(720, height, |root| {
        let mut builder = ChartBuilder::on(root);
        builder
            .margin(12)
            .x_label_area_size(34)
            .y_label_area_size(label_w);
        let rows = 0f64..n as f64;
        let fmt = |x: &f64| figure(*x);
        let blank = |_: &f64| String::new();
        // Both axis types go through the same drawing code; a macro because the chart's
        // coordinate type differs.
        macro_rules! draw {
            ($chart:expr, $ticks:expr) => {{
                let mut chart = $chart;
                let ticks: Option<Vec<f64>> = $ticks;
                let mut mesh = chart.configure_mesh();
                mesh.disable_y_mesh()
                    .y_labels(0)
                    .x_label_formatter(&fmt)
                    .label_style(axis_font(14))
                    .max_light_lines(0)
                    .bold_line_style(GRID);
                // plotters puts log-axis labels at powers of ten only; draw 1-2-5 ticks instead.
                if ticks.is_some() {
                    mesh.x_labels(0).x_label_formatter(&blank).disable_x_mesh();
                } else {
                    mesh.x_labels(6);
                }
                mesh.draw()?;
                for &t in ticks.iter().flatten() {
                    chart.draw_series(std::iter::once(PathElement::new(
                        vec![(t, 0.0), (t, n as f64)],
                        GRID,
                    )))?;
                    let (px, py) = chart.backend_coord(&(t, 0.0));
                    root.draw(&Text::new(
                        figure(t),
                        (px, py + 8),
                        style(14, INK, HPos::Center, VPos::Top),
                    ))?;
                }
                for (i, p) in points.iter().enumerate() {
                    let y = (n - i) as f64 - 0.5;
                    if p.high > p.low {
                        chart.draw_series(std::iter::once(PathElement::new(
                            vec![(p.low, y), (p.high, y)],
                            color.stroke_width(4),
                        )))?;
                    }
                    chart.draw_series(std::iter::once(Circle::new(
                        (p.value, y),
                        7,
                        color.filled(),
                    )))?;
                    let (px, py) = chart.backend_coord(&(chart.x_range().start, y));
                    root.draw(&Text::new(
                        p.label.clone(),
                        (px - 10, py),
                        style(15, INK, HPos::Right, VPos::Center),
                    ))?;
                }
            }};
        }
        if log {
            let (from, to) = (lo / 1.6, hi * 1.6);
            draw!(
                builder.build_cartesian_2d((from..to).log_scale(), rows)?,
                Some(log_ticks(from, to))
            );
        } else {
            let pad = if hi > lo {
                (hi - lo) * 0.1
            } else {
                lo.abs().max(1.0) * 0.1
            };
            draw!(
                builder.build_cartesian_2d((lo - pad)..(hi + pad), rows)?,
                None
            );
        }
        Ok(())
    })?;
    Some((drawn, log))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::report::sample;

    #[test]
    fn agreement_counts_pairs_both_ways() {
        let (names, counts) = agreement_counts(&sample::findings());
        assert_eq!(names, ["Northern Ledger", "Post & Courier", "Valley Voice"]);
        assert_eq!(counts, [[3, 3, 2], [3, 3, 2], [2, 2, 2]]);
    }

    #[test]
    fn tone_counts_per_outlet() {
        let rows = tone_counts(&sample::findings());
        assert_eq!(
            rows,
            [
                ("Northern Ledger".to_string(), [2, 0, 0, 0]),
                ("Post & Courier".to_string(), [0, 1, 0, 1]),
                ("Valley Voice".to_string(), [1, 0, 1, 0]),
            ]
        );
    }

    #[test]
    fn charts_are_svg_with_escaped_labels() {
        let f = sample::findings();
        for svg in [agreement(&f).unwrap(), tones(&f).unwrap()] {
            assert!(svg.starts_with("<svg"), "{svg}");
            assert!(svg.contains("Post &amp; Courier"));
            assert!(!svg.contains("Post & Courier"));
        }
        let dots = figures(&f);
        assert_eq!(dots.len(), 2);
        assert!(dots[0].svg.contains("About 20,000"));
        assert!(dots[0].log && !dots[1].log);
    }

    #[test]
    fn empty_findings_draw_nothing() {
        let f = Findings::default();
        assert!(agreement(&f).is_none());
        assert!(tones(&f).is_none());
        assert!(figures(&f).is_empty());
    }

    #[test]
    fn wide_spans_use_a_log_axis() {
        let f = sample::findings();
        let dots = figures(&f);
        // Evacuations (1,800 to 22,000) get 1-2-5 ticks; deaths (12 to 30) a linear axis.
        for tick in ["2,000", "5,000", "10,000", "20,000"] {
            assert!(dots[0].svg.contains(&format!(">\n{tick}\n<")), "{tick}");
        }
        assert!(!dots[1].svg.contains("10,000"));
        assert_eq!(
            log_ticks(1.0, 100.0),
            [1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0]
        );
        assert_eq!(
            log_ticks(1100.0, 35_200.0),
            [2000.0, 5000.0, 10_000.0, 20_000.0]
        );
    }
}
