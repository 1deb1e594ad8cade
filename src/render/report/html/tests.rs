//! Tests of the HTML report: escaping, anchors, self-containment, determinism.

use super::*;
use crate::render::report::sample;

fn rendered(options: &Options) -> String {
    let mut out = Vec::new();
    html(&sample::findings(), options, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn snapshot() {
    insta::assert_snapshot!(rendered(&Options::default()));
}

#[test]
fn article_text_is_escaped() {
    let page = rendered(&Options::default());
    assert!(!page.contains("<script>"), "raw script tag in the page");
    assert!(!page.contains("alert(1)</script>"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"));
    assert!(page.contains("&quot;Help us&quot; &amp; &#x27;hurry&#x27;"));
    // The outlet with an ampersand, in text, charts and attributes alike.
    assert!(page.contains("Post &amp; Courier"));
    assert!(!page.contains("Post & Courier"));
}

#[test]
fn hostile_ids_and_outlets_cannot_break_out() {
    let mut f = sample::findings();
    f.documents[0].id = "\"><img src=x onerror=alert(1)>".into();
    f.documents[0].outlet = "</style><script>alert(2)</script>".into();
    for x in &mut f.findings {
        for m in &mut x.members {
            if m.doc == "ledger-1" {
                m.doc = f.documents[0].id.clone();
                m.outlet = f.documents[0].outlet.clone();
            }
        }
    }
    let mut out = Vec::new();
    html(&f, &Options::default(), &mut out).unwrap();
    let page = String::from_utf8(out).unwrap();
    assert!(!page.contains("<img"));
    assert!(!page.contains("<script>"));
    assert_eq!(page.matches("</style>").count(), 1);
}

#[test]
fn every_member_links_to_an_existing_sentence() {
    let page = rendered(&Options::default());
    let f = sample::findings();
    for x in &f.findings {
        assert!(page.contains(&format!("id=\"f-{}\"", x.id)), "{}", x.id);
        for m in &x.members {
            let a = anchor(&m.doc, m.sentence);
            assert!(page.contains(&format!("href=\"#{a}\"")), "{a}");
            assert!(page.contains(&format!("<li id=\"{a}\"")), "{a}");
        }
    }
    for d in &f.documents {
        for i in 0..d.sentences.len() {
            assert_eq!(
                page.matches(&format!("id=\"{}\"", anchor(&d.id, i)))
                    .count(),
                1
            );
        }
    }
}

#[test]
fn self_contained() {
    let page = rendered(&Options::default());
    for banned in [
        "src=\"http",
        "href=\"http",
        "url(",
        "@import",
        "<script",
        "<link",
        "@font-face",
    ] {
        assert!(!page.contains(banned), "{banned}");
    }
    // Three kinds of chart: heatmap, tone bars, one dot plot per divergence.
    assert_eq!(page.matches("<svg").count(), 4);
    assert!(page.contains("on a logarithmic scale"));
}

#[test]
fn sections_follow_the_options() {
    let page = rendered(&Options::default().kinds([Section::Contradiction]));
    assert!(page.contains("id=\"contradiction\""));
    assert!(!page.contains("id=\"shared_claim\""));
    assert!(!page.contains("id=\"unique_claim\""));
    assert!(!page.contains("<svg"));
}

#[test]
fn side_by_side_pairs_mark_the_difference() {
    let page = rendered(&Options::default());
    assert!(page.contains("<ins>not</ins>"));
    assert!(page.contains("<del>and was sound.</del>"));
}

#[test]
fn empty_findings_render() {
    let mut out = Vec::new();
    html(&Findings::default(), &Options::default(), &mut out).unwrap();
    let page = String::from_utf8(out).unwrap();
    assert!(page.contains("0 documents from 0 outlets"));
    assert!(page.ends_with("</html>\n") || page.ends_with("</html>"));
}
