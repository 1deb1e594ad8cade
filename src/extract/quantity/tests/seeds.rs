//! Every figure of the five seed articles, read exactly. The paragraphs are copied verbatim
//! so the test does not depend on files outside the crate.

use super::*;
use Qualifier::*;

const P_UN: &str = r#"Western, Arab and Zionist intelligence circles, in full coordination with elements affiliated with Khalifa Haftar, held meetings in Libya, with the aim of recruiting mercenaries alongside the Ukrainian army to fight Russian forces, and according to the United Nations statistics, the number of foreign fighters and mercenaries in Libya is estimated at more than 20,000."#;
const P_THOUSANDS: &str = r#"With the beginning of Russian military operations in Ukraine last month, Ukrainian President Volodymyr Zelensky launched a suspicious call to recruit mercenaries to fight Russian forces, under the name “International Legion”, and with that step from Kyiv, several international organizations intensified their warnings with the news of the arrival of thousands of volunteers to unite under the banner of an “International Legion”."#;
const P_FOCUS: &str = r#"“At least 16,000 foreign volunteers have answered the call to fight for Ukraine so far, and more than 3,000 Americans want to fight as part of the International Regional Defense Corps against Russian forces and for freedom”, a report by German magazine Focus said."#;
const P_TIMES: &str = r#"The British newspaper, The Times, quoted Ukrainian Foreign Minister Dmytro Kuleba as saying that the number of foreign volunteers had reached 20,000 men from 52 countries until the end of last week."#;
const P_NOV2021: &str = r#"As for the security coordination between Morocco and the Zionist entity, it became public, and it was documented through a security agreement that was signed during the visit of the Zionist Defense Minister Benny Gantz to Rabat in November 2021."#;
const P_DATELINE: &str = r#"March 21, 2022 at 10:52 am"#;
const P_CAPTION: &str = r#"Libya’s eastern military chief Khalifa Haftar in the eastern city of Benghazi on 16 November 2021 [ABDULLAH DOMA/AFP via Getty Images]"#;
const P_MODELS: &str = r#"The Libyan expert pointed out that Russia supported Haftar with Wagner mercenaries and advanced weapons, including Pantsir anti-aircraft systems, MiG-29 and Sukhoi 24 aircraft, through which Haftar occupies important military bases, such as Al-Jafra base, Brak Al-Shati in the southern region and some locations in the centre of the country."#;
const P_APRIL: &str = r#"Wagner has been working in Libya since Haftar launched an attack to seize Tripoli on 4 April 2019. The operation ended in failure."#;
const P_SIX_CITIES: &str = r#"As soon as news of the successive defeats of the Haftar militias was broadcast through the loss of more than 6 cities on the west coast of the country after the pre-emptive strikes of the army forces as part of Operation Storm of Peace, his regional supporters, led by Russia, began to work to support him in an attempt to save him."#;
const P_SALARY: &str = r#"The newspaper pointed out that Wagner’s contracts with them would initially be for three months, and the Syrian fighters received a promise of a salary of $ 1,000 a month. If they are injured or killed in Libya, they or their families will receive between 25,000 and 50,000 dollars."#;
const P_HUNDREDS: &str = r#"Syrian newspaper sources revealed that Russia transferred hundreds of elements of what is known as “settlements and reconciliation” with the internationally isolated regime of Bashar al-Assad in the Quneitra governorate to fight with Haftar against the Libyan army forces."#;
const P_BUSES: &str = r#"The Syrian newspaper Zaman Al-Wasl said, according to its own sources, that there were dozens of buses that entered last Sunday to Quneitra and transported 350 members to Damascus International Airport to be transported to Libya, noting that the agreement took place between Russian officers and reconciliation leaders who dominated the decision in the areas that entered the settlement, and among them A leader named “Abu Jaafar Momtana” chaired the meeting with the Russians."#;
const P_FIVE_HUNDRED: &str = r#"The sources confirmed to the newspaper that the transportation operations are still ongoing, and it was agreed to transfer about 500 other elements of reconciliation in groups to Libya for a period of only 3 months, provided that the Russian forces provide for their transportation, food and housing, and pay an amount of $ 3,000 USD for each of them, and to return them to the province after the lapse of The period agreed upon between them."#;
const P_LIBERATION: &str = r#"This Russian dismay of Haftar’s fall came after the recent victories of the GNA forces. The Libyan army spokesman, Colonel Pilot Mohamed Qanunu, described the progress of the army and the forces supporting it, and the liberation of 6 cities and areas on the coastal strip in the Libyan west, as a precise and quietly prepared operation."#;
const P_A_NUMBER: &str = r#"Haftar’s support with Syrian mercenaries has not started yet. The Ministry of the Interior warned last March that a number of fighters and military experts had arrived in the city of Benghazi via recent flights from Syria to support the forces of Khalifa Haftar."#;
const P_2017: &str = r#"The report said that Haftar’s personality is worse than Gaddafi because Haftar doesn’t come from constant values because Haftar decided to build up relations with different sides to get military support. He asked Algeria for arming his forces at the beginning of 2017, and before that, he had communicated with Russia, and now his efforts to contact America."#;
const P_ONE_OF: &str = r#"The report revealed that security services of several countries had monitored increased cooperation between Haftar and Israel. One of the reports pointed that Israel provided critical, intelligent information for Haftar to help him in his military operations. Israel collected the information through spy planes flying in the Libyan air spaces and other spy devices."#;
const P_JUNE: &str = r#"Smoke plumes rise following a reported airstrike by forces loyal to putschist Gen. Khalifa Haftar in Tajoura, south of the capital Tripoli, Libya, June 29, 2019. (AFP File Photo)"#;
const P_FIFTEEN: &str = r#"According to the source, some 15 fighters, including several members of the Al-Quds Brigade made up of Palestinian Syrians, have agreed to fight in Libya after being asked by Naim Al-Fadil Al-Fahim, who works as a delegate for the Russian forces in the village of Buqros in eastern Syria."#;
const P_SECOND: &str = r#"Al-Quds Brigades is the armed wing of the Palestinian Islamic Jihad organization, the second largest group after Hamas in the Gaza Strip."#;
const P_CONTRACTS: &str = r#"The recruits have signed three-month contracts and will receive 45 days of military training at Deir al-Zour Airport with an approximate salary of $1,000, a report by Enab Baladi said."#;
const P_SIX_HUNDRED: &str = r#"This is not the first time Russia has sent mercenaries to Libya from Syria and other places. A similar transfer of some 600 mercenaries from Syria's Homs province took place earlier."#;
const P_FIVE_BRITISH: &str = r#"Meanwhile, five British mercenaries, offered bounties of up to $150,000 each for their roles in the plot, were involved in an operation to fly assault helicopters for Haftar in Libya, The Telegraph said last Thursday, citing a secret U.N. report prepared by the Libya sanctions committee. The men, comprised of former Royal Marines and Royal Air Force personnel, were among 20 foreign mercenaries who traveled to Libya last June in an operation to pilot assault helicopters and speed boats to intercept Turkish ships, it said."#;
const P_2011: &str = r#"Since the ousting of late dictator Moammar Gadhafi in 2011, two seats of power have emerged in Libya: Haftar in eastern Libya and the GNA in Tripoli, which enjoys U.N. and international recognition."#;
const P_ONE_AFTER_ANOTHER: &str = r#"The civil war has seen a critical reversal recently as, thanks to Turkey's support, the Libyan Army has been advancing – gradually making one strategic gain after another. The Turkish Armed Forces (TSK) continue to carry out activities in Libya in accordance with the U.N. recognized right to provide training and assistance to the GNA in order to ensure Libya’s territorial integrity, sustainable peace and stability."#;
const P_PKK: &str = r#"Russia had also been trying to recruit fighters from various Arab tribes in the terrorist PKK/YPG-held Hasakah province to fight in Libya."#;

/// Every seed paragraph above, for timing.
pub(super) const ALL_SEED_PARAGRAPHS: &[&str] = &[
    P_UN,
    P_THOUSANDS,
    P_FOCUS,
    P_TIMES,
    P_NOV2021,
    P_DATELINE,
    P_CAPTION,
    P_MODELS,
    P_APRIL,
    P_SIX_CITIES,
    P_SALARY,
    P_HUNDREDS,
    P_BUSES,
    P_FIVE_HUNDRED,
    P_LIBERATION,
    P_A_NUMBER,
    P_2017,
    P_ONE_OF,
    P_JUNE,
    P_FIFTEEN,
    P_SECOND,
    P_CONTRACTS,
    P_SIX_HUNDRED,
    P_FIVE_BRITISH,
    P_2011,
    P_ONE_AFTER_ANOTHER,
    P_PKK,
];

#[test]
fn seed_counts_and_hedges() {
    check_all(&[
        (
            P_UN,
            vec![count("more than 20,000", 20_000.0)
                .q(MoreThan)
                .c("foreign fighters and mercenaries")],
        ),
        (
            P_THOUSANDS,
            vec![x(Count, "thousands").vague(1e3).c("volunteers")],
        ),
        (
            P_FOCUS,
            vec![
                count("At least 16,000", 16_000.0)
                    .q(AtLeast)
                    .c("foreign volunteers"),
                count("more than 3,000", 3_000.0).q(MoreThan).c("Americans"),
            ],
        ),
        (
            // `20,000 men` under `the number of foreign volunteers`: the clause's noun wins.
            P_TIMES,
            vec![
                count("20,000", 20_000.0).c("foreign volunteers"),
                count("52", 52.0).c("countries"),
            ],
        ),
        (
            P_SIX_CITIES,
            vec![count("more than 6", 6.0).q(MoreThan).c("cities")],
        ),
        (P_LIBERATION, vec![count("6", 6.0).c("cities and areas")]),
        (
            P_HUNDREDS,
            vec![x(Count, "hundreds").vague(100.0).c("elements")],
        ),
        (
            P_BUSES,
            vec![
                x(Count, "dozens").vague(12.0).c("buses"),
                count("350", 350.0).c("members"),
            ],
        ),
        (
            P_FIFTEEN,
            vec![count("some 15", 15.0).q(About).c("fighters")],
        ),
        (
            P_SIX_HUNDRED,
            vec![
                x(Ordinal, "first").v(1.0),
                count("some 600", 600.0).q(About).c("mercenaries"),
            ],
        ),
        (
            P_2011,
            vec![
                x(Date, "2011").v(2011.0).u("2011"),
                count("two", 2.0).c("seats"),
            ],
        ),
    ]);
}

#[test]
fn seed_money_and_durations() {
    check_all(&[
        (
            P_SALARY,
            vec![
                x(Duration, "three months").v(3.0).u("month"),
                x(Money, "$ 1,000 a month")
                    .v(1_000.0)
                    .u("USD")
                    .r("month")
                    .c("salary"),
                x(Money, "between 25,000 and 50,000 dollars")
                    .range(25_000.0, 50_000.0)
                    .u("USD"),
            ],
        ),
        (
            P_FIVE_HUNDRED,
            vec![
                count("about 500", 500.0).q(About).c("other elements"),
                x(Duration, "3 months").v(3.0).u("month"),
                x(Money, "$ 3,000 USD for each of them")
                    .v(3_000.0)
                    .u("USD")
                    .r("each"),
            ],
        ),
        (
            P_CONTRACTS,
            vec![
                x(Duration, "three-month").v(3.0).u("month").c("contracts"),
                x(Duration, "45 days").v(45.0).u("day"),
                x(Money, "$1,000").v(1_000.0).u("USD").q(About).c("salary"),
            ],
        ),
        (
            P_FIVE_BRITISH,
            vec![
                count("five", 5.0).c("British mercenaries"),
                x(Money, "up to $150,000 each")
                    .v(150_000.0)
                    .q(UpTo)
                    .u("USD")
                    .r("each")
                    .c("bounties"),
                count("20", 20.0).c("foreign mercenaries"),
            ],
        ),
    ]);
}

#[test]
fn seed_dates_times_ordinals_are_not_counts() {
    check_all(&[
        (
            P_NOV2021,
            vec![x(Date, "November 2021").v(2021.0).u("2021-11")],
        ),
        (
            P_DATELINE,
            vec![
                x(Date, "March 21, 2022").v(2022.0).u("2022-03-21"),
                x(Time, "10:52 am").v(10.0 + 52.0 / 60.0).u("10:52"),
            ],
        ),
        (
            P_CAPTION,
            vec![x(Date, "16 November 2021").v(2021.0).u("2021-11-16")],
        ),
        (
            P_APRIL,
            vec![x(Date, "4 April 2019").v(2019.0).u("2019-04-04")],
        ),
        (
            P_JUNE,
            vec![x(Date, "June 29, 2019").v(2019.0).u("2019-06-29")],
        ),
        (P_2017, vec![x(Date, "2017").v(2017.0).u("2017")]),
        (P_SECOND, vec![x(Ordinal, "second").v(2.0)]),
    ]);
}

#[test]
fn seed_codes_and_pronouns_are_not_counts() {
    check_all(&[
        (P_MODELS, vec![]),
        (P_A_NUMBER, vec![]),
        (P_ONE_OF, vec![]),
        (P_ONE_AFTER_ANOTHER, vec![]),
        (P_PKK, vec![]),
    ]);
}
