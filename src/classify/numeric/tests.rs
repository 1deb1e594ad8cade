//! Referent matching and verdicts on pairs of news sentences from many kinds of story:
//! half report one quantity in two outlets' words, half are traps (same or similar
//! figure, different thing counted).

use super::*;
use Verdict::*;

/// (left, right, left figure, right figure, verdict if the same quantity, else None).
type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<Verdict>,
);

const SAME: &[Case] = &[
    (
        "At least 42 people were killed in the earthquake that struck central Turkey on Monday, officials said.",
        "The death toll from Monday's earthquake in central Turkey rose to 57, according to the disaster agency.",
        "At least 42", "57", Some(Compatible),
    ),
    (
        "Police said about 10,000 protesters marched through Paris on Saturday against the pension reform.",
        "Organisers said 100,000 demonstrators marched through Paris against the pension reform.",
        "about 10,000", "100,000", Some(Conflict),
    ),
    (
        "Floods have displaced more than 300,000 people in Pakistan's Sindh province.",
        "Some 250,000 refugees have fled their homes in Sindh after the floods.",
        "more than 300,000", "Some 250,000", Some(Conflict),
    ),
    (
        "The government announced a $2 billion aid package for farmers hit by the drought.",
        "Farmers hit by the drought will receive $2.5 billion in aid, the agriculture ministry said.",
        "$2 billion", "$2.5 billion", Some(Conflict),
    ),
    (
        "Russia has massed around 100,000 troops near the Ukrainian border, US officials say.",
        "Satellite images show some 120,000 Russian soldiers near the Ukrainian border.",
        "around 100,000", "some 120,000", Some(Compatible),
    ),
    (
        "The blaze destroyed 1,200 homes in the county, fire officials said.",
        "More than 1,000 houses were destroyed by the fire in the county.",
        "1,200", "More than 1,000", Some(Compatible),
    ),
    (
        "The ruling party won 201 seats in parliament, the election commission said.",
        "The ruling party secured 198 seats in parliament, final results showed.",
        "201", "198", Some(Conflict),
    ),
    (
        "Turnout was 67 percent, the electoral commission said.",
        "The electoral commission put turnout at 64%.",
        "67 percent", "64%", Some(Conflict),
    ),
    (
        "The storm left 23 people dead across three states.",
        "Officials confirmed 23 deaths from the storm.",
        "23", "23", Some(Agree),
    ),
    (
        "Nearly 500 migrants were rescued off the coast of Libya on Tuesday.",
        "The coastguard said it rescued 480 migrants off the Libyan coast.",
        "Nearly 500", "480", Some(Compatible),
    ),
    (
        "Police arrested 120 people during the riots in Manchester.",
        "More than 100 people were arrested after the Manchester riots.",
        "120", "More than 100", Some(Compatible),
    ),
    (
        "The carmaker will cut 4,000 jobs worldwide, it said on Tuesday.",
        "The carmaker plans to eliminate about 4,000 positions globally.",
        "4,000", "about 4,000", Some(Agree),
    ),
    (
        "The hurricane caused an estimated $50 billion in damage, insurers said.",
        "Damage from the hurricane is estimated at $65 billion.",
        "an estimated $50 billion", "$65 billion", Some(Conflict),
    ),
    (
        "Two Israeli soldiers were wounded in the clash, the army said.",
        "The army said three soldiers were injured in the clash near the border.",
        "Two", "three", Some(Conflict),
    ),
    (
        "The strike by 30,000 nurses entered its second day.",
        "About 25,000 nurses walked out on Monday in the strike.",
        "30,000", "About 25,000", Some(Conflict),
    ),
    (
        "Officials said 1.2 million people had been evacuated ahead of the cyclone.",
        "More than one million residents were evacuated as the cyclone approached.",
        "1.2 million", "More than one million", Some(Compatible),
    ),
    (
        "The kidnappers demanded a ransom of $5 million, according to the family.",
        "The family said the kidnappers asked for a $4 million ransom.",
        "$5 million", "$4 million", Some(Conflict),
    ),
    (
        "At least 18 journalists have been killed since the war began.",
        "The war has killed 22 journalists so far, a media watchdog said.",
        "At least 18", "22", Some(Compatible),
    ),
    (
        "The government says 3,500 prisoners will be released under the amnesty.",
        "Around 3,500 detainees are to be released under the amnesty, state media reported.",
        "3,500", "Around 3,500", Some(Agree),
    ),
    (
        "A crowd of 50,000 gathered in the capital's main square.",
        "Police put the crowd at 20,000 in the main square.",
        "50,000", "20,000", Some(Conflict),
    ),
    (
        "Each recruit is paid $1,000 a month for a three-month tour.",
        "Recruits will be paid $3,000 each for the three months of their tour.",
        "$1,000 a month", "$3,000 each", Some(Agree),
    ),
    (
        "The convoy of trucks stretched for 64 km north of the capital.",
        "The convoy of trucks stretched for about 40 miles north of the capital.",
        "64 km", "about 40 miles", Some(Agree),
    ),
];

const TRAPS: &[Case] = &[
    (
        "At least 42 people were killed in the earthquake.",
        "At least 42 people were injured in the earthquake.",
        "At least 42",
        "At least 42",
        None,
    ),
    (
        "Police arrested 200 protesters in the capital on Sunday.",
        "About 2,000 protesters marched in the capital on Sunday.",
        "200",
        "About 2,000",
        None,
    ),
    (
        "Another 500 troops will be deployed to the region next month.",
        "The country has 5,000 troops deployed in the region.",
        "500",
        "5,000",
        None,
    ),
    (
        "Five British tourists were among the dead.",
        "Twenty foreign tourists died in the attack.",
        "Five",
        "Twenty",
        None,
    ),
    (
        "The storm destroyed 300 homes in Florida.",
        "The storm destroyed 1,200 homes in Georgia.",
        "300",
        "1,200",
        None,
    ),
    (
        "The army said 40 militants were killed in the raid.",
        "The army said 40 civilians were killed in the raid.",
        "40",
        "40",
        None,
    ),
    (
        "The opposition won 45 seats in the upper house.",
        "The opposition won 45% of the vote.",
        "45",
        "45%",
        None,
    ),
    (
        "Israel receives $3.8 billion in military aid each year.",
        "Egypt has received $3.8 billion in loans.",
        "$3.8 billion",
        "$3.8 billion",
        None,
    ),
    (
        "The firm will hire 2,000 new workers in Texas.",
        "The firm employs 20,000 workers in Texas.",
        "2,000",
        "20,000",
        None,
    ),
    (
        "Doctors treated 150 wounded people at the hospital.",
        "Authorities said 150 people died in the bombing.",
        "150",
        "150",
        None,
    ),
    (
        "The rebels released 20 hostages on Friday.",
        "The rebels are still holding 200 hostages.",
        "20",
        "200",
        None,
    ),
    (
        "The country recorded 5,000 new infections on Monday.",
        "The country has recorded 500,000 infections since the pandemic began.",
        "5,000",
        "500,000",
        None,
    ),
    (
        "Some 600 fighters crossed the border last week.",
        "A similar group of 600 fighters arrived in March.",
        "Some 600",
        "600",
        None,
    ),
    (
        "The bridge is 1,200 metres long.",
        "The dam is 1,200 metres wide.",
        "1,200 metres",
        "1,200 metres",
        None,
    ),
    (
        "The central bank raised rates by 0.5 percentage points.",
        "Unemployment rose by 0.5 percent.",
        "0.5 percentage points",
        "0.5 percent",
        None,
    ),
    (
        "The government pays soldiers $500 a month.",
        "The government pays each soldier's family $500 in compensation.",
        "$500 a month",
        "$500",
        None,
    ),
    (
        "About 3,000 Syrian refugees crossed into Turkey.",
        "About 3,000 Afghan refugees crossed into Iran.",
        "About 3,000",
        "About 3,000",
        None,
    ),
    (
        "Exports fell 12% in March.",
        "Imports fell 12% in March.",
        "12%",
        "12%",
        None,
    ),
    (
        "The hospital has 300 beds.",
        "300 patients were treated at the hospital.",
        "300",
        "300",
        None,
    ),
    (
        "Temperatures reached 45 degrees in Seville.",
        "Temperatures reached 45 degrees in Delhi.",
        "45 degrees",
        "45 degrees",
        None,
    ),
    (
        "The ministry said 1,500 soldiers have been killed since the start of the war.",
        "The ministry said 15,000 soldiers have been wounded since the start of the war.",
        "1,500",
        "15,000",
        None,
    ),
    (
        "More than 20,000 foreign fighters are in the country, the UN estimates.",
        "The men were among 20 foreign fighters who crossed the border last June.",
        "More than 20,000",
        "20",
        None,
    ),
    (
        "Fifteen of the 19 hijackers were Saudi citizens.",
        "The 19 hijackers trained for months before the attacks.",
        "Fifteen",
        "19",
        None,
    ),
    (
        "The talks collapsed, according to three officials familiar with the meeting.",
        "Two officials said the talks collapsed after an hour.",
        "three",
        "Two",
        None,
    ),
    (
        "The couple paid nearly $44 million in federal income taxes over eight years.",
        "The couple earned $139 million in income over eight years.",
        "nearly $44 million",
        "$139 million",
        None,
    ),
    (
        "House Democrats have lost nearly 60 seats over the past six years.",
        "House Democrats picked up just six seats in the election.",
        "nearly 60",
        "six",
        None,
    ),
];

fn check(cases: &[Case]) -> Vec<String> {
    let auditor = Auditor::default();
    let mut failures = Vec::new();
    for &(left, right, lf, rf, want) in cases {
        let pairs = auditor.compare_sentences(left, right);
        let got = pairs
            .iter()
            .find(|p| p.left.as_written == lf && p.right.as_written == rf)
            .map(|p| p.verdict);
        let lq = quantity::read(left);
        let rq = quantity::read(right);
        let read = lq.iter().any(|q| q.as_written == lf) && rq.iter().any(|q| q.as_written == rf);
        if !read || got != want {
            failures.push(format!(
                "{left:?} / {right:?}: {lf} vs {rf}: want {want:?}, got {got:?}{}",
                if read { "" } else { " (figure not read)" }
            ));
        }
    }
    failures
}

#[test]
fn the_same_quantity_in_other_words_is_compared() {
    assert!(SAME.len() >= 20);
    let failures = check(SAME);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_different_referent_is_never_compared() {
    assert!(TRAPS.len() >= 20);
    let failures = check(TRAPS);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn comparison_is_symmetric() {
    let auditor = Auditor::default();
    for &(left, right, ..) in SAME.iter().chain(TRAPS) {
        let there: Vec<Verdict> = auditor
            .compare_sentences(left, right)
            .iter()
            .map(|p| p.verdict)
            .collect();
        let back: Vec<Verdict> = auditor
            .compare_sentences(right, left)
            .iter()
            .map(|p| p.verdict)
            .collect();
        let (mut a, mut b) = (there, back);
        a.sort();
        b.sort();
        assert_eq!(a, b, "{left:?} / {right:?}");
    }
}

mod laws {
    use super::*;
    use proptest::prelude::*;

    fn sentence() -> impl Strategy<Value = String> {
        let word = prop_oneof![
            Just("about".to_string()),
            Just("more than".to_string()),
            Just("killed".to_string()),
            Just("another".to_string()),
            Just("in Élysée".to_string()),
            Just("$".to_string()),
            Just("a month".to_string()),
            Just("—".to_string()),
            Just("“".to_string()),
            "[0-9]{1,7}",
            "[0-9]{1,3},[0-9]{3}",
            "[A-Za-zé']{1,10}",
            "[,.;:()-]",
        ];
        proptest::collection::vec(word, 0..24).prop_map(|w| w.join(" "))
    }

    proptest! {
        #[test]
        fn never_panics_and_is_symmetric(left in sentence(), right in sentence()) {
            let auditor = Auditor::default();
            let mut there: Vec<Verdict> =
                auditor.compare_sentences(&left, &right).iter().map(|p| p.verdict).collect();
            let mut back: Vec<Verdict> =
                auditor.compare_sentences(&right, &left).iter().map(|p| p.verdict).collect();
            there.sort();
            back.sort();
            prop_assert_eq!(there, back);
        }
    }
}
