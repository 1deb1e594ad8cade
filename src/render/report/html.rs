//! The HTML report: one self-contained page (inline CSS and SVG, no scripts, fonts or
//! fetched resources) rendered with minijinja, every piece of article text auto-escaped.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::LazyLock;

use minijinja::value::Serde;
use minijinja::{AutoEscape, Environment};
use serde::Serialize;

use super::format::{
    anchor, as_written, document_anchor, finding_anchor, finding_outlets, label, labels_by_outlet,
    member_interval, place, qualifier, quantity, referent, score, source_or_voice, verdict,
};
use super::{charts, count, diff, of_section, outlets, select, unique_by_outlet, Options, Section};
use crate::findings::{Finding, Findings, Member};

static TEMPLATES: LazyLock<Environment<'static>> = LazyLock::new(|| {
    let mut env = Environment::new();
    // Escape everything, whatever the template is called: article text is untrusted.
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    env.add_template("report.html", include_str!("templates/report.html"))
        .expect("the bundled template parses (checked by every HTML test)");
    env
});

#[derive(Serialize)]
struct Page {
    outlets: Vec<String>,
    dates: String,
    counts: Vec<CountView>,
    documents: Vec<DocumentView>,
    charts: ChartsView,
    sections: Vec<SectionView>,
    unique: Vec<OnlyIn>,
    warnings: Vec<String>,
}

#[derive(Serialize)]
struct CountView {
    name: &'static str,
    title: &'static str,
    count: usize,
}

#[derive(Serialize)]
struct ChartsView {
    agreement: Option<String>,
    tones: Option<String>,
}

#[derive(Serialize)]
struct SectionView {
    name: &'static str,
    title: &'static str,
    findings: Vec<FindingView>,
}

#[derive(Serialize)]
struct FindingView {
    id: String,
    anchor: String,
    summary: String,
    score: String,
    outlets: Vec<String>,
    evidence: Vec<String>,
    members: Vec<MemberView>,
    pairs: Vec<PairView>,
    quantity: String,
    verdict: String,
    referent: String,
    framings: Vec<FramingView>,
    /// Dot plot (numeric divergences): plotters' SVG, text escaped by plotters.
    chart: Option<String>,
    /// Whether the dot plot's axis is logarithmic.
    log_scale: bool,
}

#[derive(Serialize)]
struct MemberView {
    outlet: String,
    place: String,
    anchor: String,
    text: String,
    source: String,
    as_written: String,
    interval: String,
    qualifier: String,
    label: String,
    tone: String,
}

#[derive(Serialize)]
struct PairView {
    left: MemberView,
    right: MemberView,
    /// Pre-escaped HTML with `<del>` marks (built by [`diff::html_sides`]).
    left_html: String,
    /// Pre-escaped HTML with `<ins>` marks.
    right_html: String,
}

#[derive(Serialize)]
struct FramingView {
    outlet: String,
    labels: Vec<String>,
    tones: Vec<String>,
}

#[derive(Serialize)]
struct OnlyIn {
    outlet: String,
    members: Vec<MemberView>,
}

#[derive(Serialize)]
struct DocumentView {
    id: String,
    anchor: String,
    path: String,
    outlet: String,
    country: String,
    date: String,
    url: String,
    topic: String,
    sentences: Vec<SentenceView>,
}

#[derive(Serialize)]
struct SentenceView {
    index: usize,
    anchor: String,
    text: String,
    source: String,
    /// `(finding id, its anchor)` for each finding resting on the sentence.
    findings: Vec<(String, String)>,
    unique: bool,
}

/// Writes the HTML report of the findings `options` selects.
pub fn html(findings: &Findings, options: &Options, out: &mut dyn Write) -> io::Result<()> {
    let f = select(findings, options);
    let page = page(&f, options);
    let template = TEMPLATES
        .get_template("report.html")
        .map_err(io::Error::other)?;
    let text = template.render(Serde(&page)).map_err(io::Error::other)?;
    out.write_all(text.as_bytes())
}

fn page(f: &Findings, options: &Options) -> Page {
    let mut dates: Vec<&str> = f
        .documents
        .iter()
        .filter_map(|d| d.date.as_deref())
        .collect();
    dates.sort_unstable();
    let dates = match (dates.first(), dates.last()) {
        (Some(a), Some(b)) if a == b => (*a).to_string(),
        (Some(a), Some(b)) => format!("{a} – {b}"),
        _ => String::new(),
    };
    let sections = options.sections();
    let shows = |s: Section| sections.contains(&s);
    let charts = ChartsView {
        agreement: shows(Section::SharedClaim)
            .then(|| charts::agreement(f))
            .flatten(),
        tones: shows(Section::Framing).then(|| charts::tones(f)).flatten(),
    };
    let mut plots: BTreeMap<String, charts::FigurePlot> = charts::figures(f)
        .into_iter()
        .map(|p| (p.id.clone(), p))
        .collect();
    Page {
        outlets: outlets(f),
        dates,
        counts: sections
            .iter()
            .map(|&s| CountView {
                name: s.name(),
                title: s.title(),
                count: count(f, s),
            })
            .collect(),
        documents: documents(f),
        charts,
        sections: sections
            .iter()
            .filter(|&&s| s != Section::UniqueClaim)
            .map(|&s| SectionView {
                name: s.name(),
                title: s.title(),
                findings: of_section(f, s)
                    .map(|x| finding(x, plots.remove(&x.id)))
                    .collect(),
            })
            .collect(),
        unique: unique_by_outlet(f)
            .into_iter()
            .map(|(outlet, members)| OnlyIn {
                outlet: outlet.to_string(),
                members: members.into_iter().map(member).collect(),
            })
            .collect(),
        warnings: f.warnings.iter().map(ToString::to_string).collect(),
    }
}

fn member(m: &Member) -> MemberView {
    let (label, tone) = label(m);
    MemberView {
        outlet: m.outlet.clone(),
        place: place(m),
        anchor: anchor(&m.doc, m.sentence),
        text: m.text.clone(),
        source: source_or_voice(m.source.as_deref()).to_string(),
        as_written: as_written(m).to_string(),
        interval: member_interval(m),
        qualifier: qualifier(m).replace('_', " "),
        label: label.to_string(),
        tone,
    }
}

fn finding(x: &Finding, plot: Option<charts::FigurePlot>) -> FindingView {
    // Side by side: the first member against each other one, for claims compared as wholes.
    let pairs = match Section::of(&x.kind) {
        Section::SharedClaim | Section::Contradiction => x
            .members
            .iter()
            .skip(1)
            .filter_map(|right| {
                let left = x.members.first()?;
                let (left_html, right_html) =
                    diff::html_sides(&diff::words(&left.text, &right.text));
                Some(PairView {
                    left: member(left),
                    right: member(right),
                    left_html,
                    right_html,
                })
            })
            .collect(),
        _ => Vec::new(),
    };
    FindingView {
        id: x.id.clone(),
        anchor: finding_anchor(&x.id),
        summary: x.summary.clone(),
        score: score(x.score),
        outlets: finding_outlets(x).into_iter().map(String::from).collect(),
        evidence: x.evidence.clone(),
        members: x.members.iter().map(member).collect(),
        pairs,
        quantity: quantity(x),
        verdict: verdict(x),
        referent: referent(x).to_string(),
        framings: labels_by_outlet(x)
            .into_iter()
            .map(|(outlet, labels, tones)| FramingView {
                outlet: outlet.to_string(),
                labels: labels.into_iter().map(String::from).collect(),
                tones,
            })
            .collect(),
        log_scale: plot.as_ref().is_some_and(|p| p.log),
        chart: plot.map(|p| p.svg),
    }
}

fn documents(f: &Findings) -> Vec<DocumentView> {
    let mut cited: BTreeMap<(&str, usize), Vec<(String, String)>> = BTreeMap::new();
    for x in &f.findings {
        for m in &x.members {
            let list = cited.entry((m.doc.as_str(), m.sentence)).or_default();
            if !list.iter().any(|(id, _)| *id == x.id) {
                list.push((x.id.clone(), finding_anchor(&x.id)));
            }
        }
    }
    let unique: std::collections::BTreeSet<(&str, usize)> = f
        .unique_claims
        .iter()
        .map(|u| (u.member.doc.as_str(), u.member.sentence))
        .collect();
    f.documents
        .iter()
        .map(|d| DocumentView {
            id: d.id.clone(),
            anchor: document_anchor(&d.id),
            path: d.path.clone(),
            outlet: d.outlet.clone(),
            country: d.country.clone().unwrap_or_default(),
            date: d.date.clone().unwrap_or_default(),
            url: d.url.clone().unwrap_or_default(),
            topic: d.topic.clone().unwrap_or_default(),
            sentences: d
                .sentences
                .iter()
                .enumerate()
                .map(|(i, s)| SentenceView {
                    index: i,
                    anchor: anchor(&d.id, i),
                    text: s.text.clone(),
                    source: source_or_voice(s.source.as_deref()).to_string(),
                    findings: cited.get(&(d.id.as_str(), i)).cloned().unwrap_or_default(),
                    unique: unique.contains(&(d.id.as_str(), i)),
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests;
