package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.extract.ExtractionFixture.SEED_DATE;
import static org.factlint.extract.ExtractionFixture.compositions;
import static org.factlint.extract.ExtractionFixture.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Compositions of base claims; the reference date is Tuesday 25 February 2025. */
class TemporalComposerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The minister will return to Brussels in two weeks.              | in two weeks=2025-03-11
            The ceasefire took effect three days after 12 January 2024.     | three days after 12 January 2024=2024-01-15
            Voting was held two weeks before May 13, 1999.                  | two weeks before May 13, 1999=1999-04-29
            The report is due two days from today.                          | two days from today=2025-02-27
            The committee met on Tuesday of last week.                      | Tuesday of last week=2025-02-18
            The summit opens next week on Wednesday.                        | next week on Wednesday=2025-03-05
            Eli Lilly sold the unit on Dec. 31 , 1994.                      | Dec. 31 , 1994=1994-12-31
            The treaty was signed on the fourth of July, 1995.              | the fourth of July, 1995=1995-07-04
            The fund closed in Dec-2018.                                    | Dec-2018=2018-12
            Payments start on the 15th day of next month.                   | the 15th day of next month=2025-03-15
            Sales data for the last week of July 2024 were revised.         | the last week of July 2024=2024-W30
            The plan covers week 3 of 2027.                                 | week 3 of 2027=2027-W03
            Shops reopened after Christmas 2019.                            | Christmas 2019=2019-12-25
            The firm was founded two years and three months ago.            | two years and three months ago=2022-11
            The vote is due the week after next.                            | the week after next=2025-W11
            The church was full at Easter 2024.                             | Easter 2024=2024-03-31
            Queues formed on Black Friday 2010.                              | Black Friday 2010=2010-11-26
            The parade was cancelled on St Patrick's Day 2020.              | St Patrick's Day 2020=2020-03-17
            """)
    void points(String sentence, String expected) {
        assertThat(compositions(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Output grew steadily from 2014 to 2018.                         | from 2014 to 2018=2014..2018
            Output grew steadily between 2014 and 2018.                     | between 2014 and 2018=2014..2018
            Output grew steadily in 2014-2018.                              | 2014-2018=2014..2018
            The 2014-18 plan was a failure.                                 | 2014-18=2014..2018
            Exports fell in Jan-Feb 2017.                                   | Jan-Feb 2017=2017-01..2017-02
            The season ran Nov-Feb 2017.                                    | Nov-Feb 2017=2016-11..2017-02
            He served from 18 November 2014 to 19 December 2015.            | from 18 November 2014 to 19 December 2015=2014-11-18..2015-12-19
            The festival runs from May 22 to June 4.                        | from May 22 to June 4=2025-05-22..2025-06-04
            Talks were held Nov. 18-19, 2024 in Lima.                        | Nov. 18-19, 2024=2024-11-18..2024-11-19
            Prices rose 4% over the past three months.                      | the past three months=2024-11-25..2025-02-25
            Rain is forecast for the next five days.                        | the next five days=2025-02-26..2025-03-03
            The rules apply from 2007 to the end of 2008.                   | from 2007 to the end of 2008=2007..2009-01-01
            The bank reported a loss in the last quarter.                   | the last quarter=2024-Q4
            Results for the first nine months of 2024 were strong.          | the first nine months of 2024=2024-01-01..2024-10-01
            Shares are down 8% year to date.                                | year to date=2025-01-01..2025-02-25
            The report is due less than 3 days after tomorrow.              | less than 3 days after tomorrow=2025-02-26..2025-03-01
            He resigned less than two weeks after 5 January.                | less than two weeks after 5 January=2025-01-05..2025-01-19
            Voters may register within 10 days before 1 April.              | within 10 days before 1 April=2025-03-22..2025-04-01
            """)
    void ranges(String sentence, String expected) {
        assertThat(compositions(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The trial lasted one and a half years.                          | one and a half years=P1.5Y
            The operation took 3.5 hours.                                   | 3.5 hours=PT3.5H
            The hearing lasted 1 hour and 30 minutes.                       | 1 hour and 30 minutes=PT1H30M
            The suspects spent two nights in custody.                       | two nights=P2D
            """)
    void durations(String sentence, String expected) {
        assertThat(compositions(sentence)).containsExactly(expected);
    }

    /** Reference Tuesday 25 February 2025; the fixture reads numeric dates day first (en-GB). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Traffic peaked over the Labor Day weekend.                      | Labor Day weekend=2024-W35-WE
            Traffic will peak over the Labor Day weekend.                   | Labor Day weekend=2025-W35-WE
            Police were mobilized for the Easter weekend.                   | Easter weekend=2024-W13-WE
            Hotels were full on Thanksgiving weekend 2023.                  | Thanksgiving weekend 2023=2023-W47-WE
            Stores opened the weekend of Halloween 2021.                    | the weekend of Halloween 2021=2021-W43-WE
            Parks close for the Memorial Day 2026 weekend.                  | Memorial Day 2026 weekend=2026-W21-WE
            The ferry runs for three days from 14 April 2025.               | for three days from 14 April 2025=2025-04-14..2025-04-17
            Shares rose 40% over the past two years and six months.         | the past two years and six months=2022-08-25..2025-02-25
            The plant is closed this working week.                          | this working week=2025-W09
            Output fell in the last calendar year.                          | the last calendar year=2024
            The fair ran from 1/10-7/10, 2024.                              | from 1/10-7/10, 2024=2024-10-01..2024-10-07
            The fair ran 28/9-3/10/2024.                                    | 28/9-3/10/2024=2024-09-28..2024-10-03
            The fair ran from 20/12/2024 to 5/1.                            | from 20/12/2024 to 5/1=2024-12-20..2025-01-05
            The offer ran from 25/10 to 25/1.                               | from 25/10 to 25/1=2024-10-25..2025-01-25
            The offer ran from 20/12/2023 to 29/2.                          | from 20/12/2023 to 29/2=2023-12-20..2024-02-29
            The minister will return on November the twentieth.             | November the twentieth=2025-11-20
            The minister returned on November the twentieth.                | November the twentieth=2024-11-20
            The minister will return on 20th nov.                           | 20th nov=2025-11-20
            Book the hall for 2 weeks from 20th dec.                        | for 2 weeks from 20th dec=2025-12-20..2026-01-03
            The hall was reserved for 2 weeks from 20th dec.                | for 2 weeks from 20th dec=2024-12-20..2025-01-03
            The sale runs from 20/12 to 5/1.                                | from 20/12 to 5/1=2024-12-20..2025-01-05
            The fair ran between 1/10 and 7/11, 2020.                       | between 1/10 and 7/11, 2020=2020-10-01..2020-11-07
            The curfew ran 02-02-2020 - 03-03-2020.                         | 02-02-2020 - 03-03-2020=2020-02-02..2020-03-03
            Prices rose from the middle of 2007 to the end of 2008.         | from the middle of 2007 to the end of 2008=2007-07-02..2009-01-01
            Rates held from the end of March 2024 to the middle of September.| from the end of March 2024 to the middle of September=2024-04-01..2024-09-16
            """)
    void weekendsNumericRangesAndEdges(String sentence, String expected) {
        assertThat(compositions(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The team will return Monday two weeks from now.                 | Monday two weeks from now=2025-03-10
            We'll be back in 3 days on Friday.                              | in 3 days on Friday=2025-02-28
            The exhibition will run from January to April.                  | from January to April=2025-01..2025-04
            The ski season runs from November to March.                     | from November to March=2024-11..2025-03
            It is the largest deal to date.                                 | to date=PRESENT_REF
            The offer is open for the next 4 business days.                 | the next 4 business days=2025-02-26..2025-03-04
            Shares fell over the past 3 working days.                       | the past 3 working days=2025-02-20..2025-02-25
            Please set something up for the next 4 business days.           | the next 4 business days=2025-02-26..2025-03-04
            Can you please put it off for the next 2 working days?          | the next 2 working days=2025-02-26..2025-02-28
            The firm aims to sign the deal by the end of the month.         | the end of the month=2025-02
            The law takes effect at the end of the week.                    | the end of the week=2025-W09
            """)
    void weekdaysOfCountedWeeksAndToDate(String sentence, String expected) {
        assertThat(compositions(sentence)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The share of votes rose from 1/3 to 2/3.",              // fractions, not 1 March to 2 March
        "United won 3-1 and then 2-0.",
        "The score went 10/1-11/2 in the final.",                // no year, no "from": not a range of dates
        "Their software is up to date.",
        "He wants to date her.",
        "Schools shut for the July 2 weekend.",                  // a Wednesday has no weekend of its own
        "The crossing opens for two days from Tuesday to Thursday.",
        "The value must be equal to date 1.",
        "He left the firm at the end of the month.",             // the story's month, not the reference's
        "Workers marched on International Labor Day weekend.",   // Labor Day is 1 May in much of the world
        "Rates will rise at the end of the year 2030.",          // that year's end, not this one's
        "Security changed from 9/11 to 7/7.",                    // two attacks, not a range of days
        "The offer ran from 25/10 to 26/1.",                     // without a year, no more than 92 days
        "The offer ran from 20/10 to 1/3.",                      // across the new year, still too long
        "The store was open from Monday to Sunday, March 10.",   // 10 March 2024 was the Sunday: before this Monday
        "The offer ran from March 10 to March 2.",               // no year-long range of yearless days
        "The fairs were on 1/10 and 7/11, 2020.",                // two days, not a range
        "The plane crashed less than 3 days after the attack.", // after an event, no date to count from
        "He died within three days of 12 May.",                  // before or after: not said
    })
    void silentForFractionsScoresAndOtherDates(String sentence) {
        assertThat(compositions(sentence)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "It was the biggest monthly rise in two years.",        // a duration, not a date two years on
        "Prices rose in two years out of three.",
        "United won 3-1 on 12 May.",                             // a score, not a range of days
        "A man in his sixties was arrested.",                    // an age, not a decade
        "The Boeing 737-800 landed safely.",
        "It may be in May that the vote takes place.",
        "The talks will resume next Friday.",                    // left to the base scan: which Friday is not clear
        "The three days of talks ended on Friday.",
    })
    void silentWhereTheWordsDoNotSaySo(String sentence) {
        assertThat(compositions(sentence)).isEmpty();
    }

    /** "in two weeks" said of the future is the day two weeks after the reference (Tuesday 25 February 2025). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            He is expected to return in two weeks.                          | in two weeks=2025-03-11
            She is going to leave in a month.                               | in a month=2025-03-25
            Will he be back in a week?                                      | in a week=2025-03-04
            The bill is due to expire in a year.                            | in a year=2026-02-25
            Will he be back in two days? or in a week?                      | in a week=2025-03-04
            Officials said last week that the plant will reopen in two months. | in two months=2025-04-25
            The 27 members will meet in two weeks.                          | in two weeks=2025-03-11
            """)
    void countedPointsAhead(String sentence, String expected) {
        assertThat(compositions(sentence)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "It will be the first visit by a French president to the island in ten years.", // since the last one
        "The council will examine the third report in two months.",
        "Shares will open at their highest in a week.",
        "We'll try to cram in a month's training on Sunday.",   // "cram in", not a point a month ahead
        "The plant will produce 10,000 units in a year.",        // a rate
        "Prices will rise 5% in a year.",
        "The mill will process three million tonnes in a year.",
        "He said the stock would be redeemed in five years.",    // "would": whose future is not said
        "It would be built completely in one year.",             // how long, after "would"
        "The finals would be played not in one day but in two days.",
        "The firm will decide within a week.",                   // a range, not a point
        "He left. or in a week?",                                // a continuation in the past
        "Prices doubled in a decade.",
    })
    void noPointAheadWhereTheCountIsNotAWait(String sentence) {
        assertThat(compositions(sentence)).noneMatch(c -> c.toLowerCase(java.util.Locale.ROOT).startsWith("in "));
    }

    @Test
    void rangesKeepTheirEndPointsAsBaseClaims() {
        Extraction extraction = extract("Output grew from 1990 to 1995.", SEED_DATE);
        assertThat(extraction.temporal()).extracting(TemporalClaim::value).containsExactly("1990", "1995");
        assertThat(extraction.compositions()).hasSize(1);
    }

    @Test
    void manyCompositionsAreReadInLinearTime() {
        String piece = "From 2014 to 2018, output will rise in two weeks; 3-5 May, Jan-Feb 2017, 2 hours and 5 minutes. ";
        // No quadratic step: each composition looks only at its neighbours (the NLP pipeline dominates the time).
        Extraction extraction = extract(piece.repeat(1_000), SEED_DATE);
        assertThat(extraction.compositions().size()).isGreaterThan(1_000 * 4);
    }
}
