//! The numeric audit on the seed corpus, scored against the gold file, and the `numbers`
//! command in every format.

use crosscheck::eval::{evaluate, gold::Gold};
use crosscheck::findings::{Detail, Finding, FindingKind, Findings, Verdict};
use crosscheck::pipeline::{self, Config};

use crate::util::{crosscheck, root};

fn seed_findings() -> Findings {
    let corpus = crosscheck::corpus::load(&[crosscheck::corpus::Input::Path(root().join("seeds"))]);
    pipeline::analyze(corpus, &Config::default())
}

fn numeric(f: &Findings) -> Vec<&Finding> {
    f.findings
        .iter()
        .filter(|x| x.kind.name() == "numeric_divergence")
        .collect()
}

fn as_written(f: &Finding) -> Vec<String> {
    f.members
        .iter()
        .filter_map(|m| match &m.detail {
            Detail::Figure { as_written, .. } => Some(as_written.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn seeds_score_full_numeric_recall_without_false_alarms() {
    let findings = seed_findings();
    let text = std::fs::read_to_string(root().join("fixtures/gold/seeds.json")).unwrap();
    let gold = Gold::from_json(&text).unwrap();
    let scores = evaluate(&findings, &gold);
    let num = scores.kind("numeric_divergence").unwrap();
    assert_eq!(num.recall, 1.0, "{:?}", num.items);
    assert_eq!(scores.trap_alarms, 0);
    assert_eq!(scores.false_conflicts, 0);
}

#[test]
fn the_foreign_volunteer_counts_are_reported_with_both_sentences() {
    let findings = seed_findings();
    let nums = numeric(&findings);
    let n1 = nums
        .iter()
        .find(|f| as_written(f) == ["At least 16,000", "20,000"])
        .expect("16,000+ vs 20,000 reported");
    assert!(matches!(
        &n1.kind,
        FindingKind::NumericDivergence { quantity, verdict: Verdict::Compatible, .. }
            if quantity == "foreign volunteers"
    ));
    assert!(n1.members[0]
        .text
        .contains("At least 16,000 foreign volunteers"));
    assert!(n1.members[1]
        .text
        .contains("foreign volunteers had reached 20,000 men"));
    // Each figure is credited to its source when attribution names one, else its outlet.
    let who = |m: &crosscheck::findings::Member| m.source.clone().unwrap_or(m.outlet.clone());
    assert_eq!(
        n1.summary,
        format!(
            "foreign volunteers: 16,000+ ({}) vs 20,000 ({})",
            who(&n1.members[0]),
            who(&n1.members[1])
        )
    );
}

#[test]
fn different_referents_and_batches_are_not_reported() {
    let findings = seed_findings();
    for f in numeric(&findings) {
        let figures = as_written(f);
        // Traps: UN count in Libya, Ukraine's legion, a helicopter crew of 20.
        for (a, b) in [
            ("more than 20,000", "20,000"),
            ("more than 20,000", "20"),
            ("20,000", "20"),
        ] {
            assert!(
                !(figures.iter().any(|x| x == a) && figures.iter().any(|x| x == b)),
                "trap reported: {}",
                f.summary
            );
        }
        // Batches of transferred fighters and the pay per recruit are never conflicts.
        if let FindingKind::NumericDivergence { verdict, .. } = f.kind {
            let batch = ["350", "about 500", "some 600", "some 15"];
            let pay = ["$ 1,000 a month", "$ 3,000 USD for each of them", "$1,000"];
            for group in [&batch[..], &pay[..]] {
                let inside = figures
                    .iter()
                    .filter(|x| group.contains(&x.as_str()))
                    .count();
                assert!(
                    inside < 2 || verdict != Verdict::Conflict,
                    "false conflict: {}",
                    f.summary
                );
            }
        }
    }
}

#[test]
fn numbers_table_lists_conflicts_and_compatible_figures() {
    let out = crosscheck().args(["numbers"]).output().unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "quantity",
        "normalised interval",
        "foreign volunteers",
        "At least 16,000",
        "[16000, ∞)",
        "compatible",
    ] {
        assert!(s.contains(needle), "missing {needle}:\n{s}");
    }
    // Agreements only with --min-verdict agree.
    assert!(!s.contains("agree"), "{s}");
    let all = crosscheck()
        .args(["numbers", "--min-verdict", "agree"])
        .output()
        .unwrap();
    assert!(String::from_utf8(all.stdout).unwrap().contains("agree"));
}

#[test]
fn numbers_markdown_and_csv() {
    let md = crosscheck()
        .args(["numbers", "-f", "markdown"])
        .output()
        .unwrap();
    assert!(md.status.success());
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.starts_with(
        "| quantity | outlet | figure as written | normalised interval | attributed to | verdict |"
    ));
    // Each figure is credited to the source the article names for it.
    let row = |figure: &str| {
        md.lines()
            .find(|l| l.contains(figure))
            .unwrap_or_else(|| panic!("no row for {figure}:\n{md}"))
            .to_string()
    };
    let first = row("| At least 16,000 |");
    assert!(
        first.starts_with("| foreign volunteers | Echorouk | At least 16,000 | [16000, ∞) | "),
        "{first}"
    );
    assert!(
        first.contains("Focus") && first.ends_with("| compatible |"),
        "{first}"
    );
    let second = row("| 20,000 |");
    assert!(
        second.contains("| [19500, 20500] | ") && second.contains("Kuleba"),
        "{second}"
    );

    let csv = crosscheck()
        .args(["numbers", "-f", "csv", "--min-verdict", "agree"])
        .output()
        .unwrap();
    assert!(csv.status.success());
    let csv = String::from_utf8(csv.stdout).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("group,quantity,outlet,figure as written,normalised interval,attributed to,verdict,doc,sentence,text")
    );
    let record = csv
        .lines()
        .find(|l| l.starts_with(r#"1,foreign volunteers,Echorouk,"At least 16,000","[16000, ∞)","#))
        .unwrap_or_else(|| panic!("{csv}"));
    assert!(
        record.contains("Focus,compatible,000_fe5e45343888b5df,4,"),
        "{record}"
    );
    assert!(csv.contains(",agree,"), "{csv}");

    let only_conflicts = crosscheck()
        .args(["numbers", "-f", "csv", "--min-verdict", "conflict"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(only_conflicts.stdout)
            .unwrap()
            .lines()
            .count(),
        1
    );
}

#[test]
fn numbers_json_is_the_findings_schema_with_numeric_findings_only() {
    let out = crosscheck()
        .args(["numbers", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema"], "crosscheck.findings.v1");
    assert_eq!(v["documents"].as_array().unwrap().len(), 5);
    let findings = v["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    assert!(findings.iter().all(|f| f["kind"] == "numeric_divergence"));
    let f = &findings[0];
    assert_eq!(f["quantity"], "foreign volunteers");
    assert_eq!(f["verdict"], "compatible");
    assert_eq!(f["members"][0]["as_written"], "At least 16,000");
    assert_eq!(f["members"][0]["qualifier"], "at_least");
    assert_eq!(f["members"][1]["value"], 20000.0);
    // Same bytes on a second run.
    let again = crosscheck()
        .args(["numbers", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.stdout, again.stdout);
}
