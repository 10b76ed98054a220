package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.extract.ExtractionFixture.SEED_DATE;
import static org.factlint.extract.ExtractionFixture.extract;
import static org.factlint.extract.ExtractionFixture.timeValues;
import static org.factlint.extract.ExtractionFixture.times;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemporalExtractionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks ended on 25 February 2025 in Riyadh.            | 25 February 2025=2025-02-25
            The talks ended on February 25, 2025 in Riyadh.           | February 25, 2025=2025-02-25
            The talks ended on Feb. 25, 2025 in Riyadh.               | Feb. 25, 2025=2025-02-25
            The talks ended on Friday, 14 March 2024 in Riyadh.       | Friday, 14 March 2024=2024-03-14
            The filing is dated 2025-02-25.                           | 2025-02-25=2025-02-25
            The filing is dated 25/02/2025.                           | 25/02/2025=2025-02-25
            Prices fell in March 2024 and again later.                | March 2024=2024-03
            The law was passed in 1998 after a long debate.           | 1998=1998
            The castle was built in 1350 by the king.                 | 1350=1350
            Music of the 1990s filled the hall.                       | the 1990s=199
            The agreement was signed on 14 March.                     | 14 March=2025-03-14
            """)
    void absoluteDates(String sentence, String expected) {
        assertThat(timeValues(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The invasion began three years ago.           | three years ago=2022
            The invasion began 3 years ago.               | 3 years ago=2022
            The plant closed a year ago.                  | a year ago=2024
            The plant closed two months ago.              | two months ago=2024-12
            The plant closed two weeks ago.               | two weeks ago=2025-W07
            The plant closed five days ago.               | five days ago=2025-02-20
            Sales rose last year.                         | last year=2024
            Sales will rise next year.                    | next year=2026
            Sales rose this year.                         | this year=2025
            Sales rose last month.                        | last month=2025-01
            Sales rose earlier this year.                 | earlier this year=2025
            The minister resigned yesterday.              | yesterday=2025-02-24
            The minister resigns tomorrow.                | tomorrow=2025-02-26
            """)
    void relativeExpressionsResolveAgainstThePublicationDate(String sentence, String expected) {
        assertThat(timeValues(sentence)).containsExactly(expected);
    }

    @Test
    void relativeYearsCarryTheirArithmeticAndRounding() {
        TemporalClaim claim = times("Russia's full-scale invasion three years ago changed Europe.").get(0);
        assertThat(claim.arithmetic()).isEqualTo("2025 - 3 = 2022");
        assertThat(claim.interval()).isEqualTo(new DateInterval(LocalDate.of(2021, 8, 25), LocalDate.of(2022, 8, 25)));
    }

    @Test
    void hedgedRelativeExpressionsAreTooVagueToCheck() {
        TemporalClaim claim = times("The war began about three years ago.").get(0);
        assertThat(claim.mod()).isEqualTo("APPROX");
        assertThat(claim.interval()).isNull();
    }

    @Test
    void weekdaysFollowTheTenseOfTheSentence() {
        // 2025-02-25 is a Tuesday.
        assertThat(timeValues("On Monday, the minister said the talks were constructive.")).containsExactly("Monday=2025-02-24");
        assertThat(timeValues("On Tuesday, the spokesman noted the prospects.")).containsExactly("Tuesday=2025-02-25");
        assertThat(timeValues("The minister will travel to Kyiv on Friday.")).containsExactly("Friday=2025-02-28");
        assertThat(timeValues("The minister travelled to Kyiv on Friday.")).containsExactly("Friday=2025-02-21");
        assertThat(timeValues("The committee met last Tuesday.")).containsExactly("last Tuesday=2025-02-18");
        assertThat(timeValues("The market opens on Mondays.")).containsExactly("Mondays=XXXX-WXX-1");
    }

    @Test
    void comparisonsInAQuarterlyReportMeanTheSameQuarterAYearBefore() {
        // Reference 2025-02-25: the fourth quarter of 2024 has ended and can be reported on.
        assertThat(timeValues("Acme said fourth-quarter profit rose 12% to $40 million from $35.7 million a year earlier."))
                .containsExactly("fourth-quarter=2024-Q4", "a year earlier=2023-Q4");
        assertThat(timeValues("Acme posted a fourth-quarter loss. A year ago, it earned $3 million."))
                .containsExactly("fourth-quarter=2024-Q4", "A year ago=2023-Q4");
        assertThat(timeValues("Acme's fourth-quarter sales rose. In the year-earlier period, sales were flat."))
                .containsExactly("fourth-quarter=2024-Q4", "the year-earlier period=2023-Q4");
        assertThat(timeValues("Acme's fourth-quarter sales rose. The latest period included a one-time gain."))
                .containsExactly("fourth-quarter=2024-Q4", "The latest period=2024-Q4");
        assertThat(timeValues("Acme's fourth-quarter sales rose. In the 2023 period, it lost money."))
                .containsExactly("fourth-quarter=2024-Q4", "the 2023 period=2023-Q4");
    }

    @Test
    void aQuarterInPassingOrAheadOrAWholeYearEndsTheQuarterlyReading() {
        assertThat(timeValues("The plant closed a year ago.")).containsExactly("a year ago=2024");
        // The first quarter of 2025 has not ended: it is a forecast, not the period reported.
        assertThat(timeValues("Acme expects first-quarter sales to fall. Prices are higher than a year ago."))
                .containsExactly("first-quarter=2025-Q1", "a year ago=2024");
        // The full year of a fourth-quarter story is 2024, so a year earlier is 2023.
        assertThat(timeValues("Acme's fourth-quarter profit rose. For the full year, net was $9 million, up from $7 million a year earlier."))
                .containsExactly("fourth-quarter=2024-Q4", "the full year=2024", "a year earlier=2023");
        assertThat(timeValues("After a weak third quarter, prices rose. Sales were flat from a year earlier."))
                .containsExactly("third quarter=2024-Q3", "a year earlier=2024");
    }

    @Test
    void aFiscalQuarterThatHasEndedIsTheReportedOne() {
        // Reference 2025-02-25: the company's fiscal first quarter ended in January.
        assertThat(timeValues("Acme earned $4 million in its first quarter ended Jan. 31, up from $3 million a year earlier."))
                .containsSubsequence("first quarter=2025-Q1", "a year earlier=2024-Q1");
    }

    @Test
    void currentIsThePresentUnlessItNamesTheYear() {
        assertThat(timeValues("Prices reflect current market conditions.")).containsExactly("current=PRESENT_REF");
        assertThat(timeValues("The country runs a deficit on its current account.")).isEmpty();
        assertThat(timeValues("Profit will rise in the current fiscal year.")).containsExactly("the current fiscal year=2025");
    }

    @Test
    void theYearBeingReported() {
        // Reference 2025-02-25: a fourth-quarter story reports on 2024.
        assertThat(timeValues("Acme's fourth-quarter profit rose. For the full year, sales were $9 billion."))
                .containsExactly("fourth-quarter=2024-Q4", "the full year=2024");
        assertThat(timeValues("The stock hit a high for the year in January.")).contains("the year=2025");
        assertThat(timeValues("In the year after the war, prices doubled.")).isEmpty();
    }

    @Test
    void quartersNamedWithTheirYear() {
        assertThat(timeValues("In the 2023 second quarter, Acme lost $2 million.")).containsExactly("the 2023 second quarter=2023-Q2");
        assertThat(timeValues("In the year-ago third quarter, Acme lost $2 million.")).containsExactly("the year-ago third quarter=2023-Q3");
        assertThat(timeValues("The sale may close in next year's first quarter.")).containsExactly("next year's first quarter=2026-Q1");
        assertThat(timeValues("Sales rose in Q3 2024.")).containsExactly("Q3 2024=2024-Q3");
    }

    @Test
    void aMonthWithoutATenseToGoByIsTheNearestOne() {
        // Reference 2025-02-25.
        assertThat(timeValues("Preparations for the summit in April.")).containsExactly("April=2025-04");
        assertThat(timeValues("Retail figures for December, a record.")).containsExactly("December=2024-12");
        // The verb of the clause decides even when a long phrase stands between.
        assertThat(timeValues("The minister stepped down as party leader and as chairman of the board in June."))
                .containsExactly("June=2024-06");
        // "hit", "set", "put" are past unless they open the sentence or follow a modal or "please"
        assertThat(timeValues("Exports hit a record in June.")).containsExactly("June=2024-06");
        assertThat(timeValues("Please set the vote for June.")).containsExactly("June=2025-06");
        assertThat(timeValues("Ministers could set the vote for June.")).containsExactly("June=2025-06");
        // a participle takes its tense from its auxiliary; a plan's time is the planned event's; "since" looks back
        assertThat(timeValues("He was last seen May 3.")).containsExactly("May 3=2024-05-03");
        assertThat(timeValues("The appeal is heard in May.")).containsExactly("May=2025-05");
        assertThat(timeValues("The vote was scheduled for June.")).containsExactly("June=2025-06");
        assertThat(timeValues("The worst month since April.")).containsExactly("April=2024-04");
        assertThat(timeValues("Beijing was looking forward to the visit in May.")).containsExactly("May=2025-05");
        // "would" in reported speech looks ahead; "would have" does not
        assertThat(timeValues("A spokesman said the committee would meet Friday in Rome.")).containsExactly("Friday=2025-02-28");
        assertThat(timeValues("Inflation would have risen in June.")).containsExactly("June=2024-06");
        assertThat(timeValues("They would appeal the decision, announced Thursday by the agency.")).containsExactly("Thursday=2025-02-20");
        assertThat(timeValues("The probe would be intensified Saturday.")).containsExactly("Saturday=2025-03-01");
        // the day after the dateline is that day, but not after "since"
        assertThat(timeValues("Prices have risen since Wednesday.")).containsExactly("Wednesday=2025-02-19");
        assertThat(timeValues("Fans wore Halloween masks.")).isEmpty();
        assertThat(timeValues("Markets closed in the 40s.")).isEmpty();
        // a request is for later
        assertThat(timeValues("Please book the room for Friday.")).containsExactly("Friday=2025-02-28");
        assertThat(timeValues("They booked the room for Friday.")).containsExactly("Friday=2025-02-21");
    }

    @Test
    void timesOfDayTakeTheirDayFromTheSentence() {
        // Reference Tuesday 2025-02-25.
        assertThat(timeValues("The blast at about 10:35 a.m. toppled a building on Friday, police said."))
                .containsExactly("10:35 a.m=2025-02-21T10:35", "Friday=2025-02-21");
        assertThat(timeValues("Talks resumed at 10 p.m. on Friday.")).containsExactly("10 p.m. on Friday=2025-02-21T22:00");
        assertThat(timeValues("The offer expires at 5 p.m. EST Feb. 28.")).containsExactly("5 p.m. EST Feb. 28=2025-02-28T17:00");
        assertThat(timeValues("Talks broke off at noon yesterday.")).containsExactly("noon yesterday=2025-02-24T12:00");
        assertThat(timeValues("The vote starts at 9 a.m.")).containsExactly("9 a.m=2025-02-25T09:00");
        assertThat(timeValues("The flight left at 24 p.m.")).isEmpty();
    }

    @Test
    void aDeadlineDayLooksAhead() {
        // Reference Tuesday 2025-02-25.
        assertThat(timeValues("Officials postponed any action until Thursday.")).containsExactly("Thursday=2025-02-27");
        assertThat(timeValues("The father could arrive as early as Friday.")).containsExactly("Friday=2025-02-28");
        assertThat(timeValues("Until Monday, they had not named a suspect.")).containsExactly("Monday=2025-02-24");
        assertThat(timeValues("Dozens were hurt by Sunday's blast.")).containsExactly("Sunday=2025-02-23");
    }

    @Test
    void yearsSpokenInTranscripts() {
        assertThat(timeValues("The law was passed in nineteen ninety-six.")).containsExactly("nineteen ninety-six=1996");
        assertThat(timeValues("They met in January nineteen ninety-seven.")).containsExactly("January nineteen ninety-seven=1997-01");
        assertThat(timeValues("Computers may fail in the year two thousand.")).containsExactly("the year two thousand=2000");
        assertThat(timeValues("He paid nineteen twenty-dollar bills.")).noneMatch(v -> v.endsWith("=1920"));
    }

    @Test
    void aDayAndMonthFarFromTheReferenceFollowsTheClause() {
        // Reference 2025-02-25: the nearest 23 October is 2025's, but the clause looks back.
        assertThat(timeValues("Police have searched for him since the Oct. 23 shooting.")).containsExactly("Oct. 23=2024-10-23");
        assertThat(timeValues("He was shot dead last Oct. 23 at his home.")).containsExactly("Oct. 23=2024-10-23");
        assertThat(timeValues("Acme declared a dividend payable June 1 to holders of record May 10."))
                .containsExactly("June 1=2025-06-01", "May 10=2025-05-10");
        assertThat(timeValues("The board took office on Jan. 31.")).containsExactly("Jan. 31=2025-01-31");
    }

    @Test
    void monthsWithTheirYearNamedRelatively() {
        assertThat(timeValues("In June last year, the leadership split.")).containsExactly("June last year=2024-06");
        assertThat(timeValues("In January this year, police resumed the search.")).containsExactly("January this year=2025-01");
    }

    @Test
    void quartersAsDurationsButNotAsShares() {
        assertThat(timeValues("The firm has lost money in the past two quarters.")).containsExactly("the past two quarters=P2Q");
        assertThat(timeValues("Iraq ships three-quarters of its oil through Turkey.")).isEmpty();
        assertThat(timeValues("Such mistakes were common in the past.")).containsExactly("the past=PAST_REF");
    }

    @Test
    void holidays() {
        // Reference 2025-02-25.
        assertThat(timeValues("The boy was rescued on Thanksgiving Day.")).containsExactly("Thanksgiving Day=2024-11-28");
        assertThat(timeValues("He has been in custody since last Christmas.")).containsExactly("last Christmas=2024-12-25");
        assertThat(timeValues("The talks will resume after Easter.")).containsExactly("Easter=2025-04-20");
        assertThat(timeValues("Christmas trees were sold out.")).isEmpty();
    }

    @Test
    void yearsTakenFromTheStoryOrTheCalendarAreRelative() {
        // Not a year the text states: no rule may read them as one ("The Berlin Wall fell at Christmas").
        assertThat(times("The wall fell at Christmas.").get(0)).satisfies(c -> {
            assertThat(c.isRelative()).isTrue();
            assertThat(c.interval()).isNull();
        });
        assertThat(times("Sales for the full year rose.").get(0).isRelative()).isTrue();
        assertThat(times("Sales rose from a year earlier.").get(0).isRelative()).isTrue();
        assertThat(times("The talks resumed at 9 a.m. on Friday.").get(0).isRelative()).isTrue();
    }

    @Test
    void aRunOnTextFullOfTimesAndDaysIsScannedInLinearTime() {
        // No full stop: one "sentence" holding every match, which must not be rescanned per match.
        String text = "talks ran until 9 pm Friday and the third quarter a year earlier for the year since Christmas "
                .repeat(500);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> assertThat(times(text)).isNotEmpty());
    }

    @Test
    void durations() {
        assertThat(timeValues("The siege lasted for three years.")).containsExactly("three years=P3Y");
        assertThat(timeValues("A three-year war ruined the region.")).containsExactly("three-year=P3Y");
        assertThat(timeValues("Talks went on for a week.")).containsExactly("a week=P1W");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The two families have not spoken for years.                  | years=PXY
            Troops could be deployed within weeks.                       | weeks=PXW
            The strike lasted several months.                            | several months=PXM
            Talks may resume in a few days.                              | a few days=PXD
            Rates will stay high for a couple of years.                  | a couple of years=P2Y
            Officials will decide over the next few days.                | the next few days=PXD
            Prices are expected to fall in the coming weeks.             | coming weeks=PXW
            Analysts see more losses in the months ahead.                | the months ahead=PXM
            Revenue was $76 million for the year ended March 31.         | the year=P1Y
            """)
    void durationsWithoutACount(String sentence, String expected) {
        assertThat(timeValues(sentence)).contains(expected);
    }

    @Test
    void uncountedUnitsThatAreNotDurations() {
        assertThat(timeValues("The dispute began several years ago.")).doesNotContain("several years=PXY");
        assertThat(timeValues("The firm has a years-old backlog.")).isEmpty();
    }

    @Test
    void todayOpeningAQuotationIsTheDay() {
        assertThat(timeValues("\"Today, we have our suspect,\" the chief said.")).containsExactly("Today=2025-02-25");
        assertThat(timeValues("She told the BBC's Today programme that talks failed.")).isEmpty();
    }

    @Test
    void nowIsAPresentReference() {
        assertThat(timeValues("The regions are now part of Russia.")).containsExactly("now=PRESENT_REF");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Call 020 7946 0958 for tickets.",
            "The Boeing 737 landed safely.",
            "Covid-19 cases fell.",
            "Traffic stopped on the M25.",
            "The final score was 3-2.",
            "The helpline is open 24/7.",
            "He lives at 10 Downing Street.",
            "The 2024-25 season starts soon.",
            "More than 2000 soldiers were deployed.",
            "Some 1500 people attended.",
            "Article 2019 of the code applies.",
            "The fund paid £2019 in fees.",
            "Sales rose 2019% overnight.",
            "A day after the vote, prices rose.",
    })
    void thingsThatOnlyLookLikeDatesAreNotDateClaims(String sentence) {
        assertThat(times(sentence)).filteredOn(c -> c.type() == ClaimType.DATE).isEmpty();
    }

    @Test
    void aDayAndMonthWithoutYearTakesTheNearestYear() {
        assertThat(timeValues("The vote was held on 30 December.", LocalDate.of(2025, 1, 5)))
                .containsExactly("30 December=2024-12-30");
    }

    @Test
    void impossibleDatesAreNotNormalized() {
        assertThat(times("The meeting on 31 April 2024 was cancelled.", SEED_DATE))
                .noneMatch(c -> c.value().startsWith("2024-04"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The meeting on 31 April 2024 was cancelled.", "He was born on 29 Feb '87, he says.",
        "The deed is dated 2/29/2019."})
    void anImpossibleDateIsANoteAndNoClaimOfItsParts(String sentence) {
        Extraction extraction = extract(sentence, SEED_DATE);
        assertThat(extraction.calendarNotes()).singleElement().satisfies(note -> assertThat(note.problem()).isNotNull());
        assertThat(extraction.temporal()).isEmpty();
        assertThat(extraction.numeric()).isEmpty();
        assertThat(extraction.compositions()).isEmpty();
    }

    @Test
    void anInfinitiveAfterTheDayIsAPurposeThatAPastVerbOverrules() {
        // Reference Tuesday 2025-02-25: "to press" says why, the past verb says when
        assertThat(timeValues("The envoys met the premier on Monday to press their demands."))
                .containsExactly("Monday=2025-02-24");
        assertThat(timeValues("The committee angered rivals by voting Thursday to appoint a lawyer."))
                .containsExactly("Thursday=2025-02-20");
        assertThat(timeValues("The firm issued new bonds in December to repay its debt.")).containsExactly("December=2024-12");
        // without a past verb before the day the infinitive still looks ahead
        assertThat(timeValues("The president flies to Rome on Friday to sign the treaty.")).containsExactly("Friday=2025-02-28");
        assertThat(timeValues("Police prepared for new searches Saturday to find the suspect."))
                .containsExactly("Saturday=2025-03-01");
        // a deadline keeps looking ahead
        assertThat(timeValues("The regulator gave the bank until the end of January to submit a plan."))
                .contains("January=2026-01");
    }

    @Test
    void aReportingVerbDecidesForQuotedAsSaying() {
        // Reference February 2025: the nearest April is ahead, but the quote was given in the past
        assertThat(timeValues("The minister was quoted as saying in April that the bid was strong."))
                .containsExactly("April=2024-04");
        assertThat(timeValues("The minister is quoted as saying in April that the bid is strong.")).containsExactly("April=2025-04");
    }

    @ParameterizedTest(name = "no year: {0}")
    @ValueSource(strings = {
        "The body will lie in state from 1800 GMT.",
        "Voting ended at 4:00 pm (2000 GMT) in most areas.",
        "The troops moved out at 0600 hours.",
        "Polls are open until 1000 UTC.",
        "The raid started at 1300 local time.",
    })
    void aTwentyFourHourClockTimeIsNoYear(String sentence) {
        assertThat(timeValues(sentence)).noneMatch(v -> v.matches("\\d{4}=\\d{4}"));
    }

    @Test
    void aYearBeforeOtherWordsStaysAYear() {
        assertThat(timeValues("The house was built in 1800 near the river.")).containsExactly("1800=1800");
        assertThat(timeValues("The company was founded in 2000 and grew fast.")).containsExactly("2000=2000");
    }

    @Test
    void theWeekdayAfterTheDatelineIsTheNextDayNotSixDaysBack() {
        // Reference Tuesday 2025-02-25: a Wednesday in a Tuesday story is the next day, whatever the tense
        // (a story filed in Asia is dated the day before in GMT; six days back is written "last Wednesday")
        assertThat(timeValues("The carrier on Wednesday agreed to a takeover bid.")).containsExactly("Wednesday=2025-02-26");
        assertThat(timeValues("Results are expected Wednesday.")).containsExactly("Wednesday=2025-02-26");
        assertThat(timeValues("The talks ended last Wednesday.")).containsExactly("last Wednesday=2025-02-19");
        // other days keep the past reading
        assertThat(timeValues("The carrier on Thursday agreed to a takeover bid.")).containsExactly("Thursday=2025-02-20");
        assertThat(timeValues("The carrier on Tuesday agreed to a takeover bid.")).containsExactly("Tuesday=2025-02-25");
    }

    @Test
    void aWeekdayInANewspapersNameIsNoDay() {
        assertThat(timeValues("He told the Sunday Mirror he was sorry.")).isEmpty();
        assertThat(timeValues("The Sunday Times reported the deal.")).isEmpty();
        assertThat(timeValues("The deal was reported in Sunday's Times newspaper.")).containsExactly("Sunday=2025-02-23");
        assertThat(timeValues("The talks opened Sunday in Rome.")).containsExactly("Sunday=2025-02-23");
    }

    @Test
    void weekdayAbbreviationsThatAreNoWordsReadLikeTheNames() {
        // Reference Tuesday 2025-02-25
        assertThat(timeValues("The minister is due to visit Egypt Tues.")).containsExactly("Tues=2025-02-25");
        assertThat(timeValues("Talks will resume Thurs.")).containsExactly("Thurs=2025-02-27");
        assertThat(timeValues("Shares closed higher Thu after the report.")).containsExactly("Thu=2025-02-20");
        assertThat(timeValues("The board will meet Wed or Thur.")).containsExactly("Wed=2025-02-26", "Thur=2025-02-27");
        assertThat(timeValues("Markets were shut Sat and Sun.")).containsExactly("Sat=2025-02-22", "Sun=2025-02-23");
        // names, words and newspapers stay silent
        assertThat(timeValues("Nguyen Thi Thu said the talks had failed.")).isEmpty();
        assertThat(timeValues("Tue Greenfort showed new work.")).isEmpty();
        assertThat(timeValues("The Sun said the Mon and Karen rebels fought on.")).isEmpty();
        assertThat(timeValues("He told the Sun and Sunday Times he was sorry.")).isEmpty();
        assertThat(timeValues("Fri and Sat are busy nights, he said.")).containsExactly("Fri=2025-02-21", "Sat=2025-02-22");
        assertThat(timeValues("The flight leaves 22/5 (Tue) at noon.")).noneMatch(v -> v.startsWith("Tue="));
    }

    @Test
    void anImperativeIsAboutTheTimeToCome() {
        // Reference Tuesday 2025-02-25: the nearest 20 December is behind, the nearest Friday too
        assertThat(timeValues("Book a room from 20th Dec.")).containsExactly("20th Dec=2025-12-20");
        assertThat(timeValues("Book a room on Friday.")).containsExactly("Friday=2025-02-28");
        assertThat(timeValues("\"Hold the vote on Friday,\" he said.")).containsExactly("Friday=2025-02-28");
        // participles, pointing verbs, names and headlines keep their reading
        assertThat(timeValues("Hit by floods on 20th Dec, the town rebuilt.")).containsExactly("20th Dec=2024-12-20");
        assertThat(timeValues("Cut off since 20th Dec, the town starved.")).containsExactly("20th Dec=2024-12-20");
        assertThat(timeValues("Remember 20th Dec?")).containsExactly("20th Dec=2024-12-20");
        assertThat(timeValues("Tung on Thursday cancelled a visit.")).containsExactly("Thursday=2025-02-20");
        assertThat(timeValues("Bomb blasts kill 20 on Friday.")).contains("Friday=2025-02-21");
        // a noun after the first word may open a noun phrase ("Expect delays"): no imperative, for a weekday
        // (read without tagging unless the words look like one) as for a day of the month (always tagged)
        assertThat(timeValues("Expect delays on Friday.")).containsExactly("Friday=2025-02-21");
        assertThat(timeValues("Expect delays on 20th Dec.")).containsExactly("20th Dec=2024-12-20");
        assertThat(timeValues("Expect a delay on Friday.")).containsExactly("Friday=2025-02-28");
    }

    @Test
    void theLastYearIsNotThePreviousCalendarYear() {
        // the past twelve months, or a final year: no claim of 2024
        assertThat(timeValues("Prices rose 4 percent over the last year.")).noneMatch(v -> v.startsWith("last year="));
        assertThat(timeValues("2012 is the last year covered by the treaty.")).noneMatch(v -> v.startsWith("last year="));
        assertThat(timeValues("Prices rose 4 percent last year.")).containsExactly("last year=2024");
        assertThat(timeValues("Sales fell last month.")).containsExactly("last month=2025-01");
    }

    @Test
    void afterAPastImplicativeVerbTheInfinitiveHappenedThen() {
        // Reference Tuesday 2025-02-25
        assertThat(timeValues("The prisoners managed to escape on Saturday.")).containsExactly("Saturday=2025-02-22");
        assertThat(timeValues("The minister was forced to resign on Saturday.")).containsExactly("Saturday=2025-02-22");
        assertThat(timeValues("The minister was forced to resign in April.")).containsExactly("April=2024-04");
        // a plan or a future form still looks ahead
        assertThat(timeValues("The ministers agreed to meet on Saturday.")).containsExactly("Saturday=2025-03-01");
        assertThat(timeValues("The team will be forced to play on Saturday.")).containsExactly("Saturday=2025-03-01");
        assertThat(timeValues("The team is forced to play on Saturday.")).containsExactly("Saturday=2025-03-01");
    }

    @Test
    void aBoundWrittenAfterADurationIsItsHedge() {
        assertThat(times("The trip takes 20 minutes or less.")).singleElement()
                .satisfies(c -> assertThat(c.value() + " " + c.mod()).isEqualTo("PT20M EQUAL_OR_LESS"));
    }
}
