//! The seed corpus: metadata from the manifest, exact sentence boundaries in the tricky places.

use crate::util::seed_documents;

fn sentences(doc: &crosscheck::extract::Document) -> Vec<&str> {
    doc.claims.iter().map(|c| c.text.as_str()).collect()
}

#[test]
fn manifest_metadata_is_applied() {
    let docs = seed_documents();
    let outlets: Vec<(&str, &str)> = docs
        .iter()
        .map(|d| (d.article.id.as_str(), d.article.outlet.as_str()))
        .collect();
    assert_eq!(
        outlets,
        [
            ("000_fe5e45343888b5df", "Echorouk"),
            ("001_080620f4fa6d8d76", "Middle East Monitor"),
            ("002_4e6c11540d73bd88", "unnamed pro-GNA Libyan outlet"),
            (
                "003_02c06ce5a6f07898",
                "LibyaProspect (translating Dzayer info)"
            ),
            ("004_ad0fce755dca81e9", "Daily Sabah"),
        ]
    );
    assert_eq!(docs[4].article.country.as_deref(), Some("Turkey"));
    assert_eq!(docs[1].article.date.as_deref(), Some("2022-03-21"));
    assert_eq!(docs[3].article.date, None);
    assert!(docs
        .iter()
        .all(|d| d.article.topic.as_deref() == Some("libya-mercenaries")));
}

#[test]
fn sentence_counts() {
    let counts: Vec<usize> = seed_documents().iter().map(|d| d.claims.len()).collect();
    assert_eq!(counts, [13, 15, 22, 18, 24]);
}

#[test]
fn offsets_point_at_the_text() {
    for d in seed_documents() {
        for c in &d.claims {
            assert_eq!(&d.article.text[c.start..c.end], c.text);
        }
    }
}

#[test]
fn titles_do_not_end_sentences() {
    let docs = seed_documents();
    let sabah = sentences(&docs[4]);
    assert_eq!(
        sabah[3],
        "Russia has started recruiting young fighters in eastern Syria, including some from the \
         Al-Quds Brigade, to join putschist Gen. Khalifa Haftar’s forces against the \
         internationally recognized Government of National Accord (GNA) in Libya, a report said Sunday."
    );
    assert!(sabah[1].starts_with("Smoke plumes rise following a reported airstrike by forces loyal to putschist Gen. Khalifa Haftar"));
    // `U.N.` before a lower-case word is not an ending.
    assert!(sabah[16]
        .ends_with("citing a secret U.N. report prepared by the Libya sanctions committee."));
    assert!(sabah[23].ends_with("despite a U.N.-enforced arms embargo."));
}

#[test]
fn headlines_and_datelines_stand_alone() {
    let docs = seed_documents();
    assert_eq!(
        sentences(&docs[4])[0],
        "Russia tries to recruit mercenaries in eastern Syria to fight in Libya"
    );
    let mem = sentences(&docs[1]);
    assert_eq!(
        mem[1],
        "Ukraine DM: Haftar promises to send volunteers to support Russia"
    );
    assert_eq!(mem[2], "March 21, 2022 at 10:52 am");
    assert_eq!(sentences(&docs[2])[8], "Syrian newspapers confirm");
}

#[test]
fn closing_quotes_and_currency() {
    let docs = seed_documents();
    let mem = sentences(&docs[1]);
    assert!(mem[4].ends_with("to participate “in combat in Russia’s ranks.”"));
    let gna = sentences(&docs[2]);
    assert!(gna[6].ends_with("received a promise of a salary of $ 1,000 a month."));
    assert_eq!(
        gna[7],
        "If they are injured or killed in Libya, they or their families will receive between 25,000 and 50,000 dollars."
    );
    let echorouk = sentences(&docs[0]);
    assert!(echorouk[4].starts_with("“At least 16,000 foreign volunteers"));
    assert!(echorouk[4].ends_with("a report by German magazine Focus said."));
}

#[test]
fn two_sentences_on_one_line_are_split() {
    let docs = seed_documents();
    let mem = sentences(&docs[1]);
    assert_eq!(mem[11], "Wagner has been working in Libya since Haftar launched an attack to seize Tripoli on 4 April 2019.");
    assert_eq!(mem[12], "The operation ended in failure.");
}

#[test]
fn attribution_is_read_in_context() {
    let docs = seed_documents();
    let source = |d: usize, s: usize| docs[d].claims[s].source.as_ref().map(|a| a.display());
    assert_eq!(
        source(0, 5).as_deref(),
        Some("Ukrainian Foreign Minister Dmytro Kuleba via The Times")
    );
    assert_eq!(source(0, 4).as_deref(), Some("German magazine Focus"));
    assert_eq!(source(1, 12), None, "the outlet's own voice");
    // `According to the source` refers back to the anonymous security source.
    assert!(
        source(4, 5).is_some_and(|s| s.contains("security source")),
        "{:?}",
        source(4, 5)
    );
}
