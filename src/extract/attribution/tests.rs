//! Table tests for the attribution reader: every attributed sentence of the seed articles,
//! a wider table of news sentences from other topics, sentences without attribution, and
//! laws checked on arbitrary input.

use super::*;
use proptest::prelude::*;

/// `(sentence, source, via, anonymous, cue)`; an empty source is an unnamed passive.
type Row = (
    &'static str,
    &'static str,
    Option<&'static str>,
    bool,
    &'static str,
);

fn check(rows: &[Row]) {
    let mut failures = Vec::new();
    for &(sentence, source, via, anonymous, cue) in rows {
        let got = read(sentence);
        let ok = got.as_ref().is_some_and(|a| {
            a.source == source
                && a.via.as_deref() == via
                && a.anonymous == anonymous
                && a.cue == cue
        });
        if !ok {
            failures.push(format!("{sentence}\n  want {source:?} via {via:?} anon {anonymous} cue {cue:?}\n  got  {got:?}"));
        }
        if let Some(a) = got {
            assert_eq!(&sentence[a.start..a.end], a.source, "span of {sentence}");
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} wrong:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn seed_sentences() {
    check(&[
        ("Western, Arab and Zionist intelligence circles, in full coordination with elements affiliated with Khalifa Haftar, held meetings in Libya, with the aim of recruiting mercenaries alongside the Ukrainian army to fight Russian forces, and according to the United Nations statistics, the number of foreign fighters and mercenaries in Libya is estimated at more than 20,000.",
         "the United Nations statistics", None, false, "according to"),
        ("Well-informed sources told Echorouk that the meeting that took place in Libya was sponsored by a mixed American-Moroccan team, and was supervised by the trusted aides of Khalifa Haftar (who holds American citizenship), and the Israeli and French services in Libya as well.",
         "Well-informed sources", Some("Echorouk"), true, "told"),
        ("According to the available information, the meetings that took place carried a basic point, which is “sending militias stationed in Libya to Albania to carry out specific operations against the Russian army in Ukraine”, provided that “this operation will benefit from US-Moroccan financial assistance”.",
         "the available information", None, true, "according to"),
        ("“At least 16,000 foreign volunteers have answered the call to fight for Ukraine so far, and more than 3,000 Americans want to fight as part of the International Regional Defense Corps against Russian forces and for freedom”, a report by German magazine Focus said.",
         "German magazine Focus", None, false, "report by ... said"),
        ("The British newspaper, The Times, quoted Ukrainian Foreign Minister Dmytro Kuleba as saying that the number of foreign volunteers had reached 20,000 men from 52 countries until the end of last week.",
         "Ukrainian Foreign Minister Dmytro Kuleba", Some("The Times"), false, "quoted ... as saying"),
        ("Amar Belani, the special envoy of the Ministry of Foreign Affairs, in charge of the Maghreb countries’ file, warned of the ominous consequences of “an unplanned and uncontrolled transfer of mercenaries and weapons outside Libyan soil”.",
         "Amar Belani", None, false, "warned"),
        ("Returning to the suspicious meeting that took place in eastern Libya, in coordination with Khalifa Haftar, it is confirmed that it took place in a calculated manner, especially since Haftar relies mainly on mercenaries in his quest to extend his influence over Libya, especially from the Sudanese and from the sub-Saharans, and they were the ones whom he relied on during his attempt to enter the capital, Tripoli, but that plan was halted after President Abdelmadjid Teboune confirmed that Tripoli was a red line.",
         "", None, true, "it is confirmed"),
        ("Previously, in January, a report published by the Hebrew newspaper “Jerusalem Post” said that a private plane owned by the commander of the Libyan army, Field Marshal Khalifa Haftar, had landed in the zionist country for hours.",
         "the Hebrew newspaper “Jerusalem Post”", None, false, "report by ... said"),
        ("The Ukrainian Ministry of Defence said that retired Major General Khalifa Haftar agreed, during his visit to Moscow, to send Libyan “volunteers” to Ukraine to participate “in combat in Russia’s ranks.”",
         "The Ukrainian Ministry of Defence", None, false, "said"),
        ("The ministry revealed in a statement that the Russian mercenary company Wagner will transport mercenaries from Libya using planes owned by the Russian Air Force.",
         "The ministry", None, false, "revealed"),
        ("Military expert, Adel Abdel Kafi, said Haftar is paying Russian President Vladimir Putin back for his support during the battle for Tripoli “just as the head of the Syrian regime did, when he sent fighters to support Russia.”",
         "Adel Abdel Kafi", None, false, "said"),
        ("In an exclusive interview with Arabi21, Abdel Kafi recalled Putin’s recent statement when he said that foreign and Arab volunteers are ready to fight alongside the Russian army in its war against Ukraine.",
         "Abdel Kafi", Some("Arabi21"), false, "recalled"),
        ("He noted that Wagner is making arrangements for the transfer of fighters to Ukraine, stressing that mercenaries from Chad, Sudan and Syria were being prepared to be sent to Ukraine, along with Libyan fighters.",
         "He", None, false, "noted"),
        ("READ: Strategic meeting of Ukrainian, Russian leaders needed for permanent peace, says Turkiye",
         "Turkiye", None, false, "says"),
        ("The Libyan expert pointed out that Russia supported Haftar with Wagner mercenaries and advanced weapons, including Pantsir anti-aircraft systems, MiG-29 and Sukhoi 24 aircraft, through which Haftar occupies important military bases, such as Al-Jafra base, Brak Al-Shati in the southern region and some locations in the centre of the country.",
         "The Libyan expert", None, false, "pointed out"),
        ("The German newspaper “Bild” said, that there are unprecedented recruitment campaigns by Wagner for Syrian fighters after training in order to send them to the war in Libya, accompanied by Haftar.",
         "The German newspaper “Bild”", None, false, "said"),
        ("The newspaper pointed out that Wagner’s contracts with them would initially be for three months, and the Syrian fighters received a promise of a salary of $ 1,000 a month.",
         "The newspaper", None, false, "pointed out"),
        ("Syrian newspaper sources revealed that Russia transferred hundreds of elements of what is known as “settlements and reconciliation” with the internationally isolated regime of Bashar al-Assad in the Quneitra governorate to fight with Haftar against the Libyan army forces.",
         "Syrian newspaper sources", None, true, "revealed"),
        ("The Syrian newspaper Zaman Al-Wasl said, according to its own sources, that there were dozens of buses that entered last Sunday to Quneitra and transported 350 members to Damascus International Airport to be transported to Libya, noting that the agreement took place between Russian officers and reconciliation leaders who dominated the decision in the areas that entered the settlement, and among them A leader named “Abu Jaafar Momtana” chaired the meeting with the Russians.",
         "its own sources", Some("The Syrian newspaper Zaman Al-Wasl"), true, "according to"),
        ("The sources confirmed to the newspaper that the transportation operations are still ongoing, and it was agreed to transfer about 500 other elements of reconciliation in groups to Libya for a period of only 3 months, provided that the Russian forces provide for their transportation, food and housing, and pay an amount of $ 3,000 USD for each of them, and to return them to the province after the lapse of The period agreed upon between them.",
         "The sources", None, true, "confirmed"),
        ("The Libyan army spokesman, Colonel Pilot Mohamed Qanunu, described the progress of the army and the forces supporting it, and the liberation of 6 cities and areas on the coastal strip in the Libyan west, as a precise and quietly prepared operation.",
         "Colonel Pilot Mohamed Qanunu", None, false, "described"),
        ("Qanunu added, in a statement to Arraed, that the orders were issued to the forces to attack until the cities of Sorman, Sabrata, Riqdalin, Al-Assa, Al-Ajilat, and Zultun were seized, amid the cohesion and solidarity of their people.",
         "Qanunu", Some("Arraed"), false, "added"),
        ("Interior Ministry warns", "Interior Ministry", None, false, "warns"),
        ("The Ministry of the Interior warned last March that a number of fighters and military experts had arrived in the city of Benghazi via recent flights from Syria to support the forces of Khalifa Haftar.",
         "The Ministry of the Interior", None, false, "warned"),
        ("In a statement published by the Ministry of Interior, it confirmed that the experts had links to the Russian Wagner Company, which included mercenaries, Hezbollah Lebanese members, and the Iranian Revolutionary Guards.",
         "the Ministry of Interior", None, false, "statement by ... confirmed"),
        ("The statement stated that Al-Sham Wings Company, a private company owned by relatives of the President of the Syrian regime, Bashar al-Assad, has opened an office in Benghazi to establish suspicious commercial activities under the cover of this air route.",
         "The statement", None, false, "stated"),
        ("According to the Algerian website “Dzayer info,” which LIBYAPROSPECT translates here, the warning was sent out after receiving intelligent information by Algeria about military support and communications between Haftar and Israel.",
         "the Algerian website “Dzayer info,”", None, false, "according to"),
        ("A source said that Algeria had drawn red lines to prevent Haftar from crossing whatever the circumstances are.",
         "A source", None, true, "said"),
        ("The website reported that Algeria warned Haftar of cooperating with Israel and bringing Israeli military experts to Libya.",
         "The website", None, false, "reported"),
        ("Algeria told the representative of Haftar in Cairo that Algerians can support the antagonists of Haftar in Libya to turn over the balances if Haftar wouldn’t stop communicating with Israel.",
         "Algeria", None, false, "told"),
        ("The report revealed that security services of several countries had monitored increased cooperation between Haftar and Israel.",
         "The report", None, true, "revealed"),
        ("One of the reports pointed that Israel provided critical, intelligent information for Haftar to help him in his military operations.",
         "One of the reports", None, true, "pointed"),
        ("The report stated that the Israeli weapons included rockets and night vision equipment.",
         "The report", None, true, "stated"),
        ("It added that the cooperation between Haftar and Israel started the last few months because the UAE intermediated to ease the communication.",
         "It", None, false, "added"),
        ("The website described Haftar as moody because he practices a strange foreign policy, adding that Haftar’s personality is the same as Muammar Gaddafi’s personality.",
         "The website", None, false, "described"),
        ("The report said that the continuity of Israeli planes flying over Libya could give a substantial justification for the terrorist group to return to Libya, which is refused by Algeria.",
         "The report", None, true, "said"),
        ("Russia has started recruiting young fighters in eastern Syria, including some from the Al-Quds Brigade, to join putschist Gen. Khalifa Haftar’s forces against the internationally recognized Government of National Accord (GNA) in Libya, a report said Sunday.",
         "a report", None, true, "said"),
        ("Russian forces are asking young people in the Syrian regime-held Deir el-Zour province to go to Libya to fight against GNA forces, a report by local news outlet Naher said, citing a security source who asked not to be named.",
         "a security source", Some("local news outlet Naher"), true, "citing"),
        ("According to the source, some 15 fighters, including several members of the Al-Quds Brigade made up of Palestinian Syrians, have agreed to fight in Libya after being asked by Naim Al-Fadil Al-Fahim, who works as a delegate for the Russian forces in the village of Buqros in eastern Syria.",
         "the source", None, true, "according to"),
        ("The recruits have signed three-month contracts and will receive 45 days of military training at Deir al-Zour Airport with an approximate salary of $1,000, a report by Enab Baladi said.",
         "Enab Baladi", None, false, "report by ... said"),
        ("A group of Syrians turned down a job opportunity last week after discovering that it entailed fighting alongside the ranks of the illegitimate forces of Libyan warlord Haftar in the east of Libya, Demiröen News Agency (DHA) reported Saturday.",
         "Demiröen News Agency (DHA)", None, false, "reported"),
        ("According to information obtained from local sources, the Syrians arrived from the town of Zakyah to embark on the opportunity in Homs, only to since withdraw after learning that it entailed being sent as mercenaries to Libya.",
         "local sources", None, true, "information from ... according to"),
        ("Meanwhile, five British mercenaries, offered bounties of up to $150,000 each for their roles in the plot, were involved in an operation to fly assault helicopters for Haftar in Libya, The Telegraph said last Thursday, citing a secret U.N. report prepared by the Libya sanctions committee.",
         "the Libya sanctions committee", Some("The Telegraph"), false, "report by ... citing"),
        ("The men, comprised of former Royal Marines and Royal Air Force personnel, were among 20 foreign mercenaries who traveled to Libya last June in an operation to pilot assault helicopters and speed boats to intercept Turkish ships, it said.",
         "it", None, false, "said"),
    ]);
}

#[test]
fn seed_sentences_in_the_outlet_voice() {
    for sentence in [
        "With the beginning of Russian military operations in Ukraine last month, Ukrainian President Volodymyr Zelensky launched a suspicious call to recruit mercenaries to fight Russian forces, under the name “International Legion”, and with that step from Kyiv, several international organizations intensified their warnings with the news of the arrival of thousands of volunteers to unite under the banner of an “International Legion”.",
        "The issue of mercenaries raises a state of concern for Algeria, as it has warned of the dangerous effects and repercussions of the random and unstudied withdrawal of mercenaries and foreign forces from Libya on neighbouring countries.",
        "Smoke plumes rise following a reported airstrike by forces loyal to putschist Gen. Khalifa Haftar in Tajoura, south of the capital Tripoli, Libya, June 29, 2019.",
        "And the Russian presence in the aggression against Tripoli emerged last November when international agencies and newspapers reported that Russian mercenaries were supporting Haftar militias in the fighting south of Tripoli, which called on the US State Department to warn of the danger of the Russian to the interests of Western countries in the region.",
        "He asked Algeria for arming his forces at the beginning of 2017, and before that, he had communicated with Russia, and now his efforts to contact America.",
        "The involvement of foreign mercenaries in the Libyan conflict has been documented by the United Nations.",
        "Wagner has been working in Libya since Haftar launched an attack to seize Tripoli on 4 April 2019.",
        "The operation ended in failure.",
        "Home Reports Algeria worried from cooperation between Haftar and Israel",
        "Ukraine DM: Haftar promises to send volunteers to support Russia",
    ] {
        assert_eq!(read(sentence), None, "{sentence}");
    }
}

#[test]
fn news_sentences_on_other_topics() {
    check(&[
        ("The death toll has risen to 42, officials said.", "officials", None, true, "said"),
        ("\"We will not back down,\" said Maria Lopez, a spokeswoman for the union.", "Maria Lopez", None, false, "said"),
        ("Prime Minister Jane Doe told reporters on Monday that the talks had stalled.", "Prime Minister Jane Doe", None, false, "told"),
        ("According to the World Health Organization, cases rose by 12% last week.", "the World Health Organization", None, false, "according to"),
        ("Two diplomats, speaking on condition of anonymity, said the vote would be delayed.", "Two diplomats", None, true, "said"),
        ("Sources close to the negotiations said a deal was imminent.", "Sources close to the negotiations", None, true, "said"),
        ("The company announced on Tuesday that it would cut 3,000 jobs.", "The company", None, false, "announced"),
        ("Police said the suspect had been arrested near the border.", "Police", None, false, "said"),
        ("Reuters reported that the central bank would raise rates.", "Reuters", None, false, "reported"),
        ("A senior official who asked not to be named said the plan had been shelved.", "A senior official", None, true, "said"),
        ("The Washington Post, citing U.S. officials, reported that the strike killed 12 people.", "U.S. officials", Some("The Washington Post"), true, "citing"),
        ("It was reported that the minister had resigned.", "", None, true, "It was reported"),
        ("The minister is said to have resigned after the scandal.", "", None, true, "is said to"),
        ("Witnesses described seeing a large explosion near the port.", "Witnesses", None, true, "described"),
        ("Health Minister Olivier Veran announced the new measures at a press conference.", "Health Minister Olivier Veran", None, false, "announced"),
        ("The United Nations estimated that 1.2 million people had fled.", "The United Nations", None, false, "estimated"),
        ("Rebels claimed responsibility for the attack on the convoy.", "Rebels", None, false, "claimed"),
        ("The ministry denied the allegations.", "The ministry", None, false, "denied"),
        ("In a statement, the army said three soldiers were killed.", "the army", None, false, "said"),
        ("Kenyan President William Ruto said on Twitter that the country would send troops.", "Kenyan President William Ruto", None, false, "said"),
        ("Residents reported hearing gunfire throughout the night.", "Residents", None, true, "reported"),
        ("Local media reported that at least 15 people died in the collision.", "Local media", None, false, "reported"),
        ("According to a statement from the prime minister's office, the visit was postponed.", "the prime minister's office", None, false, "statement from ... according to"),
        ("The opposition accused the government of rigging the vote.", "The opposition", None, false, "accused"),
        ("Scientists warned that sea levels could rise by a metre by 2100.", "Scientists", None, false, "warned"),
        ("The BBC quoted a witness as saying the building collapsed within seconds.", "a witness", Some("The BBC"), true, "quoted ... as saying"),
        ("Election officials said turnout reached 68 percent.", "Election officials", None, true, "said"),
        ("The central bank's governor, Andrew Bailey, said inflation would fall next year.", "Andrew Bailey", None, false, "said"),
        ("Mr. Smith, who chairs the committee, told the Guardian that he would resign.", "Mr. Smith", None, false, "told"),
        ("A spokesperson for the airline confirmed the flight had been cancelled.", "A spokesperson for the airline", None, false, "confirmed"),
        ("The company reportedly plans to close three factories.", "", None, true, "reportedly"),
        ("Officials say the toll could rise further.", "Officials", None, true, "say"),
        ("Analysts believe the merger will face regulatory hurdles.", "Analysts", None, false, "believe"),
        ("\"This is a dark day for our city,\" the mayor said.", "the mayor", None, false, "said"),
        ("The mayor said in a statement that the city would rebuild.", "The mayor", None, false, "said"),
        ("Hospital sources said 30 wounded people had been admitted.", "Hospital sources", None, true, "said"),
        ("Ukraine's military said it had shot down 12 drones overnight.", "Ukraine's military", None, false, "said"),
        ("The wildfire forced thousands to evacuate, the fire department said.", "the fire department", None, false, "said"),
        ("The virus has infected more than 2,000 people, according to health authorities.", "health authorities", None, false, "according to"),
        ("Earlier, the ministry's spokesman, Ahmed Hassan, told AFP the talks had collapsed.", "Ahmed Hassan", Some("AFP"), false, "told"),
        ("She added that the investigation was ongoing.", "She", None, false, "added"),
        ("They told the court they had acted in self-defence.", "They", None, false, "told"),
        ("An estimated 10,000 people attended the rally, organisers said.", "organisers", None, false, "said"),
        ("The quake struck at a depth of 10 km, the U.S. Geological Survey said.", "the U.S. Geological Survey", None, false, "said"),
        ("The government has denied any involvement in the killings.", "The government", None, false, "denied"),
        ("Diplomats said the sanctions would be renewed in June.", "Diplomats", None, true, "said"),
        ("Officials who spoke on condition of anonymity said the talks had failed.", "Officials", None, true, "said"),
        ("It is believed that the hostages are being held in the north.", "", None, true, "It is believed"),
        ("The striking workers, who have been out since May, said they would not return.", "The striking workers", None, false, "said"),
        ("Britain and France said they would recognise the new government.", "Britain and France", None, false, "said"),
        ("Meanwhile, the coach, Pep Guardiola, stressed that the title race was far from over.", "Pep Guardiola", None, false, "stressed"),
    ]);
}

#[test]
fn sentences_without_attribution() {
    for sentence in [
        "The fire destroyed more than 200 homes.",
        "Protesters blocked the main road into the capital on Friday.",
        "The unemployment rate fell to 3.5% in March.",
        "The storm is expected to make landfall on Thursday.",
        "The decision was announced at a press conference.",
        "Oil prices rose sharply on Monday.",
        "Said Ahmed was arrested in Cairo last year.",
        "The police were told to leave the area.",
        "Officials declined to say how many people were detained.",
        "The minister did not confirm the figures.",
        "The meeting that took place in the capital reveals the depth of the crisis.",
        "He scored twice after the break, as the home side said goodbye to the league.",
        "",
        "   ",
        "said",
        "“",
    ] {
        assert_eq!(read(sentence), None, "{sentence:?}");
    }
}

#[test]
fn a_pronoun_is_read_and_flagged_as_a_reference() {
    let a = read("He said nothing would change.").expect("attributed");
    assert_eq!(a.source, "He");
    assert!(a.is_reference());
    for (source, reference) in [
        ("the source", true),
        ("The Libyan expert", true),
        ("The newspaper", true),
        ("The Times", false),
        ("the Ministry of Defence", false),
        ("the Libya sanctions committee", false),
        ("Dmytro Kuleba", false),
        ("", false),
    ] {
        let a = Attribution {
            source: source.into(),
            via: None,
            anonymous: false,
            cue: "said".into(),
            start: 0,
            end: 0,
            reference: None,
        };
        assert_eq!(a.is_reference(), reference, "{source}");
    }
}

#[test]
fn back_references_resolve_to_the_previous_attribution() {
    let naher = read("Russian forces are asking young people to go to Libya, a report by local news outlet Naher said, citing a security source who asked not to be named.");
    let next = read_in_context(
        "According to the source, some 15 fighters have agreed to fight in Libya.",
        naher.as_ref(),
    )
    .expect("attributed");
    assert_eq!(next.source, "a security source");
    assert_eq!(next.via.as_deref(), Some("local news outlet Naher"));
    assert!(next.anonymous);
    assert_eq!(next.reference.as_deref(), Some("the source"));
    assert_eq!(
        &"According to the source, some 15 fighters have agreed to fight in Libya."
            [next.start..next.end],
        "the source"
    );

    let kafi = read(
        "In an exclusive interview with Arabi21, Abdel Kafi recalled Putin’s recent statement.",
    );
    let he = read_in_context(
        "He noted that Wagner is making arrangements.",
        kafi.as_ref(),
    )
    .expect("attributed");
    assert_eq!(
        (he.source.as_str(), he.via.as_deref()),
        ("Abdel Kafi", Some("Arabi21"))
    );

    let ministry =
        read("The Ukrainian Ministry of Defence said that Haftar agreed to send volunteers.");
    let again = read_in_context(
        "The ministry revealed in a statement that planes will be used.",
        ministry.as_ref(),
    )
    .expect("attributed");
    assert_eq!(again.source, "The Ukrainian Ministry of Defence");

    let wasl = read("The Syrian newspaper Zaman Al-Wasl said, according to its own sources, that there were dozens of buses.");
    let sources = read_in_context(
        "The sources confirmed to the newspaper that the operations are ongoing.",
        wasl.as_ref(),
    )
    .expect("attributed");
    assert_eq!(sources.source, "its own sources");

    let telegraph = read("Five mercenaries were involved, The Telegraph said last Thursday, citing a secret U.N. report prepared by the Libya sanctions committee.");
    let it = read_in_context(
        "The men were among 20 foreign mercenaries, it said.",
        telegraph.as_ref(),
    )
    .expect("attributed");
    assert_eq!((it.source.as_str(), it.via), ("The Telegraph", None));
}

#[test]
fn unrelated_definite_phrases_and_names_are_not_resolved() {
    let source = read("A source said that Algeria had drawn red lines.");
    let website = read_in_context(
        "The website reported that Algeria warned Haftar.",
        source.as_ref(),
    )
    .expect("attributed");
    assert_eq!(
        (website.source.as_str(), website.reference),
        ("The website", None)
    );
    let named = read_in_context(
        "Reuters reported that the bank would raise rates.",
        source.as_ref(),
    )
    .expect("attributed");
    assert_eq!(named.source, "Reuters");
    assert_eq!(
        read_in_context("The fire destroyed 200 homes.", source.as_ref()),
        None
    );
}

proptest! {
    #[test]
    fn never_panics_and_spans_are_valid(s in "\\PC{0,200}") {
        if let Some(a) = read(&s) {
            prop_assert!(a.start <= a.end && a.end <= s.len());
            prop_assert!(s.is_char_boundary(a.start) && s.is_char_boundary(a.end));
            prop_assert_eq!(&s[a.start..a.end], a.source.as_str());
        }
    }

    #[test]
    fn news_like_text_never_panics(words in proptest::collection::vec(
        prop_oneof![
            Just("said"), Just("according"), Just("to"), Just(","), Just("“"), Just("”"),
            Just("\""), Just("("), Just(")"), Just("the"), Just("a"), Just("report"), Just("by"),
            Just("quoted"), Just("as"), Just("saying"), Just("citing"), Just("who"), Just("it"),
            Just("was"), Just("Smith"), Just("sources"), Just("told"), Just("and"), Just("that"),
            Just("é"), Just("."), Just("pointed"), Just("reportedly"), Just("U.N."),
        ], 0..40)) {
        let s = words.join(" ");
        let first = read(&s);
        if let Some(a) = &first {
            prop_assert_eq!(&s[a.start..a.end], a.source.as_str());
        }
        let again = read_in_context(&s, first.as_ref());
        prop_assert!(again.is_some() == first.is_some());
    }
}

#[test]
fn display_names_source_relay_and_anonymity() {
    let show = |s: &str| read(s).map(|a| a.display());
    assert_eq!(
        show("The British newspaper, The Times, quoted Ukrainian Foreign Minister Dmytro Kuleba as saying that 20,000 had come.").as_deref(),
        Some("Ukrainian Foreign Minister Dmytro Kuleba via The Times")
    );
    assert_eq!(
        show("A source said that talks had stalled.").as_deref(),
        Some("A source (anonymous)")
    );
    assert_eq!(
        show("It was reported that the minister had resigned.").as_deref(),
        Some("unnamed (It was reported)")
    );
}
