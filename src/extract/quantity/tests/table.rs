//! A table of news phrasings on many topics (casualties, protests, disasters, elections,
//! budgets, troops, distances), each with every reading it must give.

use super::*;
use Qualifier::*;

#[test]
fn casualties_protests_and_troops() {
    check_all(&[
        (
            "The earthquake killed more than 2,300 people and injured 16 000 others.",
            vec![
                count("more than 2,300", 2_300.0).q(MoreThan).c("people"),
                count("16 000", 16_000.0).c("others"),
            ],
        ),
        (
            "Around 1.03 million voters cast ballots in the runoff.",
            vec![count("Around 1.03 million", 1_030_000.0)
                .q(About)
                .c("voters")],
        ),
        (
            "The campaign gained 1K followers overnight.",
            vec![count("1K", 1_000.0).c("followers")],
        ),
        (
            "Analysts expect 5k-20k new jobs.",
            vec![x(Count, "5k-20k").range(5_000.0, 20_000.0).c("new jobs")],
        ),
        (
            "Officials said between 300 and 400 protesters were detained.",
            vec![x(Count, "between 300 and 400")
                .range(300.0, 400.0)
                .c("protesters")],
        ),
        (
            "Police estimated the crowd at 5 to 10 thousand.",
            vec![x(Count, "5 to 10 thousand").range(5_000.0, 10_000.0)],
        ),
        (
            "Dozens of people were injured.",
            vec![x(Count, "Dozens").vague(12.0).c("people")],
        ),
        (
            "Tens of thousands of protesters filled the square.",
            vec![x(Count, "Tens of thousands")
                .vague(10_000.0)
                .c("protesters")],
        ),
        (
            "Hundreds of thousands fled the fighting.",
            vec![x(Count, "Hundreds of thousands").vague(100_000.0)],
        ),
        (
            "Scores of homes were destroyed.",
            vec![x(Count, "Scores").vague(20.0).c("homes")],
        ),
        (
            "Several hundred people gathered outside parliament.",
            vec![x(Count, "Several hundred").vague(200.0).c("people")],
        ),
        (
            "A dozen soldiers were killed.",
            vec![count("A dozen", 12.0).c("soldiers")],
        ),
        (
            "Twenty-five thousand workers went on strike.",
            vec![count("Twenty-five thousand", 25_000.0).c("workers")],
        ),
        (
            "A hundred journalists signed the letter.",
            vec![count("A hundred", 100.0).c("journalists")],
        ),
        (
            "Half a million people signed the petition.",
            vec![count("Half a million", 500_000.0).c("people")],
        ),
        (
            "Six people died and five were taken to hospital.",
            vec![count("Six", 6.0).c("people"), count("five", 5.0)],
        ),
        (
            "Rescuers pulled one survivor from the rubble.",
            vec![count("one", 1.0).c("survivor")],
        ),
        ("One of the victims was a child.", vec![]),
        ("No one was hurt in the blast.", vec![]),
        (
            "The two sides blamed one another.",
            vec![count("two", 2.0).c("sides")],
        ),
        (
            "The army deployed over 3,000 troops along the border.",
            vec![count("over 3,000", 3_000.0).q(MoreThan).c("troops")],
        ),
        (
            "Almost 800 migrants crossed the Channel on Monday.",
            vec![count("Almost 800", 800.0).q(Nearly).c("migrants")],
        ),
        (
            "Fewer than 100 delegates attended.",
            vec![count("Fewer than 100", 100.0).q(FewerThan).c("delegates")],
        ),
        (
            "No fewer than 12 ministers resigned.",
            vec![count("No fewer than 12", 12.0).q(AtLeast).c("ministers")],
        ),
        (
            "As many as 70 people may have died.",
            vec![count("As many as 70", 70.0).q(UpTo).c("people")],
        ),
        (
            "Roughly 4,500 homes lost power.",
            vec![count("Roughly 4,500", 4_500.0).q(About).c("homes")],
        ),
        (
            "An estimated 1.5 million people were displaced.",
            vec![count("An estimated 1.5 million", 1_500_000.0)
                .q(About)
                .c("people")],
        ),
        (
            "Exactly 270 electoral votes are needed to win.",
            vec![count("Exactly 270", 270.0).q(Exactly).c("electoral votes")],
        ),
        (
            "Up to 40 buildings collapsed in the old town.",
            vec![count("Up to 40", 40.0).q(UpTo).c("buildings")],
        ),
        (
            "A 25,000-strong force was deployed to the north.",
            vec![count("25,000-strong", 25_000.0).c("force")],
        ),
        (
            "The army lost 5-10 tanks in the assault.",
            vec![x(Count, "5-10").range(5.0, 10.0).c("tanks")],
        ),
        (
            "Two or three rockets hit the town.",
            vec![x(Count, "Two or three").range(2.0, 3.0).c("rockets")],
        ),
        (
            "The flotilla carried 40 activists from 12 countries.",
            vec![
                count("40", 40.0).c("activists"),
                count("12", 12.0).c("countries"),
            ],
        ),
        (
            "The death toll rose to 1,200.",
            vec![count("1,200", 1_200.0).c("death toll")],
        ),
        (
            "The number of displaced people has reached 2 million.",
            vec![count("2 million", 2_000_000.0).c("displaced people")],
        ),
        (
            "The rebels seized 4 towns in 3 days.",
            vec![
                count("4", 4.0).c("towns"),
                x(Duration, "3 days").v(3.0).u("day"),
            ],
        ),
        (
            "Officials counted 16,500 ballots, or 40 percent of the total.",
            vec![
                count("16,500", 16_500.0).c("ballots"),
                x(Percent, "40 percent").v(40.0).u("%").c("total"),
            ],
        ),
        (
            "Border guards reported 300 or more crossings a day.",
            vec![count("300 or more", 300.0)
                .q(AtLeast)
                .c("crossings")
                .r("day")],
        ),
    ]);
}

#[test]
fn money_budgets_and_pay() {
    check_all(&[
        (
            "The government announced a budget of €2bn for reconstruction.",
            vec![x(Money, "€2bn").v(2e9).u("EUR").c("budget")],
        ),
        (
            "Britain pledged £3.5 million in humanitarian aid.",
            vec![x(Money, "£3.5 million").v(3_500_000.0).u("GBP")],
        ),
        (
            "Each family receives $200 a month.",
            vec![x(Money, "$200 a month").v(200.0).u("USD").r("month")],
        ),
        (
            "Volunteers are paid 50 euros per day.",
            vec![x(Money, "50 euros per day").v(50.0).u("EUR").r("day")],
        ),
        (
            "The fine is 500 dinars per person.",
            vec![x(Money, "500 dinars per person")
                .v(500.0)
                .u("DINAR")
                .r("person")],
        ),
        (
            "The fighters were offered $5,000 apiece.",
            vec![x(Money, "$5,000 apiece").v(5_000.0).u("USD").r("each")],
        ),
        (
            "Teachers earn about 300 pounds a month.",
            vec![x(Money, "about 300 pounds a month")
                .v(300.0)
                .q(About)
                .u("GBP")
                .r("month")],
        ),
        (
            "The parcel weighed 5 pounds.",
            vec![x(Measure, "5 pounds").v(5.0).u("lb")],
        ),
        (
            "The deal is worth US$1.2 billion.",
            vec![x(Money, "US$1.2 billion").v(1.2e9).u("USD")],
        ),
        (
            "Canada will send C$50 million in aid.",
            vec![x(Money, "C$50 million").v(5e7).u("CAD")],
        ),
        (
            "The ministry spent 40 million Australian dollars on the fence.",
            vec![x(Money, "40 million Australian dollars").v(4e7).u("AUD")],
        ),
        (
            "Damage is estimated at 2 billion euros.",
            vec![x(Money, "2 billion euros").v(2e9).u("EUR")],
        ),
        (
            "Millions of dollars were lost to fraud.",
            vec![x(Money, "Millions of dollars").vague(1e6).u("USD")],
        ),
        (
            "The plan costs 3 trillion yen.",
            vec![x(Money, "3 trillion yen").v(3e12).u("JPY")],
        ),
        (
            "Rents rose from 800 to 1,200 euros.",
            vec![
                count("800", 800.0),
                x(Money, "1,200 euros").v(1_200.0).u("EUR"),
            ],
        ),
        (
            "Donors pledged between $5 and $10 million.",
            vec![x(Money, "between $5 and $10 million")
                .range(5e6, 1e7)
                .u("USD")],
        ),
    ]);
}

#[test]
fn percents_measures_and_durations() {
    check_all(&[
        (
            "Turnout was 62%, up from 58 per cent in 2019.",
            vec![
                x(Percent, "62%").v(62.0).u("%"),
                x(Percent, "58 per cent").v(58.0).u("%"),
                x(Date, "2019").v(2019.0).u("2019"),
            ],
        ),
        (
            "Inflation hit 40 percent last year.",
            vec![x(Percent, "40 percent").v(40.0).u("%")],
        ),
        (
            "Unemployment fell by 1.5 percentage points.",
            vec![x(Percent, "1.5 percentage points")
                .v(1.5)
                .u("percentage point")],
        ),
        (
            "About 40 per cent of voters backed the proposal.",
            vec![x(Percent, "About 40 per cent")
                .v(40.0)
                .q(About)
                .u("%")
                .c("voters")],
        ),
        (
            "Support fell to 10-15% among young voters.",
            vec![x(Percent, "10-15%").range(10.0, 15.0).u("%")],
        ),
        (
            "Protesters marched 30 km to the capital.",
            vec![x(Measure, "30 km").v(30.0).u("km")],
        ),
        (
            "The storm left 2 tonnes of debris on the road.",
            vec![x(Measure, "2 tonnes").v(2.0).u("tonne")],
        ),
        (
            "Refugees walked 5 miles to the border.",
            vec![x(Measure, "5 miles").v(5.0).u("mile")],
        ),
        (
            "The convoy stretched from 10 to 15 km.",
            vec![x(Measure, "from 10 to 15 km").range(10.0, 15.0).u("km")],
        ),
        (
            "Temperatures reached 45 degrees in the shade.",
            vec![x(Measure, "45 degrees").v(45.0).u("degree")],
        ),
        (
            "The river rose 3 m overnight.",
            vec![x(Measure, "3 m").v(3.0).u("m")],
        ),
        (
            "A 5.8-magnitude quake hit the region.",
            vec![x(Measure, "5.8-magnitude").v(5.8).u("magnitude").c("quake")],
        ),
        (
            "Residents felt a magnitude 6.1 tremor.",
            vec![x(Measure, "magnitude 6.1").v(6.1).u("magnitude")],
        ),
        (
            "The ceasefire lasted nearly two weeks.",
            vec![x(Duration, "nearly two weeks").v(2.0).q(Nearly).u("week")],
        ),
        (
            "Doctors worked 36-hour shifts.",
            vec![x(Duration, "36-hour").v(36.0).u("hour").c("shifts")],
        ),
        (
            "A 10-year-old boy was among the dead.",
            vec![x(Duration, "10-year-old").v(10.0).u("year").c("boy")],
        ),
        (
            "He was sentenced to 15 years in prison.",
            vec![x(Duration, "15 years").v(15.0).u("year")],
        ),
        (
            "The hostages were held for a period of only 3 months.",
            vec![x(Duration, "3 months").v(3.0).u("month")],
        ),
    ]);
}

#[test]
fn dates_times_ordinals_and_codes() {
    check_all(&[
        (
            "The quake struck at 2.15pm local time.",
            vec![x(Time, "2.15pm").v(14.25).u("14:15")],
        ),
        (
            "Polls close at 8 p.m. on Sunday.",
            vec![x(Time, "8 p.m.").v(20.0).u("20:00")],
        ),
        (
            "Results were announced after 10:30.",
            vec![x(Time, "10:30").v(10.5).u("10:30")],
        ),
        (
            "The vote was held on 12 March 2023.",
            vec![x(Date, "12 March 2023").v(2023.0).u("2023-03-12")],
        ),
        (
            "Protests began in 2011 and continued until 2014.",
            vec![
                x(Date, "2011").v(2011.0).u("2011"),
                x(Date, "2014").v(2014.0).u("2014"),
            ],
        ),
        (
            "She finished third in the 2019 election.",
            vec![
                x(Ordinal, "third").v(3.0),
                x(Date, "2019").v(2019.0).u("2019"),
            ],
        ),
        (
            "It is the country's 3rd election this year.",
            vec![x(Ordinal, "3rd").v(3.0)],
        ),
        (
            "Between 2015 and 2018, some 200 journalists were jailed.",
            vec![
                x(Date, "Between 2015 and 2018")
                    .years(2015.0, 2018.0)
                    .u("2015/2018"),
                count("some 200", 200.0).q(About).c("journalists"),
            ],
        ),
        (
            "In the 1990s, 800,000 people were killed.",
            vec![
                x(Date, "1990s").years(1990.0, 1999.0).u("1990s"),
                count("800,000", 800_000.0).c("people"),
            ],
        ),
        (
            "The 2019-2020 season was cancelled.",
            vec![x(Date, "2019-2020").years(2019.0, 2020.0).u("2019/2020")],
        ),
        ("The F-16 jets and a MiG-29 were spotted.", vec![]),
        ("The airline grounded its Boeing 737 jets.", vec![]),
        (
            "COVID-19 cases rose to 500 on Friday.",
            vec![count("500", 500.0)],
        ),
        (
            "The G7 leaders met in 2022.",
            vec![x(Date, "2022").v(2022.0).u("2022")],
        ),
        (
            "The PKK/YPG fighters attacked 3 villages.",
            vec![count("3", 3.0).c("villages")],
        ),
        ("The team won 3-1 after extra time.", vec![]),
        (
            "Families of Sept. 11 victims may sue.",
            vec![x(Date, "Sept. 11").u("--09-11")],
        ),
        ("He kept the No. 2 job in the party.", vec![]),
        ("Many lawmakers are in their 80s.", vec![]),
        ("The campaign of '08 was different.", vec![]),
        (
            "It went in October of 2014, before the request.",
            vec![x(Date, "October of 2014").v(2014.0).u("2014-10")],
        ),
        (
            "If I spoke to 45,000 people and someone heckled, I would move on.",
            vec![count("45,000", 45_000.0).c("people")],
        ),
        (
            "A dozen officers stood watch; one warned photographers to stay back.",
            vec![count("A dozen", 12.0).c("officers")],
        ),
        (
            "In 2007 the two played together in a charity event.",
            vec![x(Date, "2007").v(2007.0).u("2007"), count("two", 2.0)],
        ),
        (
            "The attack left 50 people killed and 53 wounded.",
            vec![count("50", 50.0).c("people"), count("53", 53.0)],
        ),
        ("Rebels took the base last Sunday.", vec![]),
        ("The council adopted resolution 2254 unanimously.", vec![]),
        (
            "Militants killed 2000 villagers in the raid.",
            vec![count("2000", 2_000.0).c("villagers")],
        ),
        (
            "The 2019 elections drew 4 million voters.",
            vec![
                x(Date, "2019").v(2019.0).u("2019"),
                count("4 million", 4e6).c("voters"),
            ],
        ),
    ]);
}
