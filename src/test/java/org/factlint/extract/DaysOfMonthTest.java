package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.extract.ExtractionFixture.timeValues;
import static org.factlint.extract.ExtractionFixture.timeValuesMonthFirst;
import static org.factlint.extract.ExtractionFixture.times;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Days written without their month or year, numeric dates, spoken dates and weekdays counted from the reference date. */
class DaysOfMonthTest {
    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2019, 1, 31);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The hearing will be held on Tue 13th.                  | Tue 13th=2019-08-13
            We will meet on Wednesday the twenty-seventh.          | Wednesday the twenty-seventh=2019-02-27
            The vote took place on Sunday 13th.                    | Sunday 13th=2019-01-13
            The vote is on the 18th.                               | the 18th=XXXX-XX-18
            Results are due by the 4th, officials said.            | the 4th=XXXX-XX-04
            The fair opens on the 21st of next month.              | the 21st of next month=2019-02-21
            The fair opens from 24 to 27 of this month.            | 27 of this month=2019-01-27
            Bills were due the 20th of the previous month.         | the 20th of the previous month=2018-12-20
            The talks resume next 6th of April.                    | next 6th of April=2019-04-06
            The talks resume next April 6.                         | next April 6=2019-04-06
            The call is this Friday (Feb 1) at noon.               | this Friday (Feb 1)=2019-02-01
            """)
    void daysWithoutTheirMonth(String sentence, String expected) {
        assertThat(timeValues(sentence, THURSDAY)).contains(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The market was shut on Friday 13, traders said.        | Friday 13=2018-07-13
            The next vote is on Sunday 31.                         | Sunday 31=2019-03-31
            """)
    void aWeekdayAndAPlainNumberAtTheEndOfAClause(String sentence, String expected) {
        assertThat(timeValues(sentence, THURSDAY)).contains(expected);
    }

    @ParameterizedTest(name = "silent: {0}")
    @ValueSource(strings = {
        "The Senate voted on Tuesday 52-48 to pass the bill.",
        "On Sunday 31 people died in the floods.",
        "Police said on Monday 12 of them were freed.",
        "Sunday 31. That was the score.",
        "The odds moved on Friday 7.5 points.",
    })
    void aPlainNumberAfterAWeekdayIsNotADayElsewhere(String sentence) {
        assertThat(timeValues(sentence, THURSDAY)).noneMatch(v -> v.matches("(?i)\\w+day \\d+=.*"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The vote was held on 2/29/2019 in Ohio.                | 2/29/2019
            The lease ended on 31/4/2024.                          | 31/4/2024
            """)
    void aSlashedDateThatCannotExistIsNotedAndNotReadAsAYear(String sentence, String written) {
        Extraction extraction = ExtractionFixture.extract(sentence, THURSDAY);
        assertThat(extraction.calendarNotes()).extracting(CalendarNote::text).containsExactly(written);
        assertThat(extraction.temporal()).isEmpty();
    }

    @ParameterizedTest(name = "silent: {0}")
    @ValueSource(strings = {"The vote was held on 2/29/2020.", "The vote was held on 4/30/2019.", "The ratio was 3/4/2019."})
    void possibleSlashedDatesAreNotNoted(String sentence) {
        assertThat(ExtractionFixture.extract(sentence, THURSDAY).calendarNotes()).isEmpty();
    }

    @ParameterizedTest(name = "silent: {0}")
    @ValueSource(strings = {
        "A bomb exploded on Monday, the third such attack in three days.",
        "On Thursday, the first refugees arrived in Italy.",
        "China confirmed on Wednesday the first two human cases of bird flu.",
        "He had birdies on the second, a bogey on the third and a birdie on the 4th.",
        "He bogeyed the 17th hole and made par on the 18th.",
        "The team finished Sunday 18th in the standings.",
        "England had crawled to 52 by the 18th over.",
        "The church dates from the 12th century and was rebuilt by the 15th.",
    })
    void ordinalsThatAreRanksOrHolesStaySilent(String sentence) {
        // the weekday alone is read; the ordinal is not
        assertThat(times(sentence, THURSDAY)).noneMatch(c -> c.text().matches("(?i).*(\\d|first|second|third).*") && !c.text().endsWith("century"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The board meets on 11/20.                              | 11/20=2018-11-20
            Ballots are counted on 2/12, 2/14 and 2/19.            | 2/19=2019-02-19
            The filing was due Friday 2/1.                         | Friday 2/1=2019-02-01
            The filing is due next 1/15.                           | next 1/15=2020-01-15
            The vote is next Friday 2/1.                           | next Friday 2/1=2019-02-01
            The vote is next Friday 1/26.                          | next Friday 1/26=2019-01-26
            The vote was held Friday 1/26.                         | Friday 1/26=2018-01-26
            The deed is dated 03/18/40.                            | 03/18/40=1940-03-18
            The deed is dated 12/12/30.                            | 12/12/30=2030-12-12
            The file report-x 20161016 was found.                  | 20161016=2016-10-16
            On 2016 10 16, the conference started.                 | 2016 10 16=2016-10-16
            The deed is dated 10.31.1974 in the file.              | 10.31.1974=1974-10-31
            The deed is dated 10-31-1974 in the file.              | 10-31-1974=1974-10-31
            The deed is dated 31-Oct-74 in the file.               | 31-Oct-74=1974-10-31
            The deed is dated 2015-3-3 in the file.                | 2015-3-3=2015-03-03
            I was born on 15 April of 87.                          | 15 April of 87=1987-04-15
            He left on April 15, '87 for good.                     | April 15, '87=1987-04-15
            """)
    void numericDates(String sentence, String expected) {
        assertThat(timeValuesMonthFirst(sentence, THURSDAY)).contains(expected);
    }

    @Test
    void aWeekdayAYearBackIsNotNext() {
        // 26 January 2018 was a Friday, 26 January 2019 a Saturday: "next" does not reach back a year for the weekday
        assertThat(timeValuesMonthFirst("The fair runs from this Friday 1/25 to next Saturday 2/2.", THURSDAY))
                .contains("this Friday 1/25=2019-01-25", "next Saturday 2/2=2019-02-02");
        assertThat(timeValuesMonthFirst("The vote is next Friday 1/26.", THURSDAY)).containsExactly("next Friday 1/26=2019-01-26");
    }

    @Test
    void twentyNinthOfFebruaryMovesToALeapYearNotToThe28th() {
        assertThat(timeValuesMonthFirst("The vote was on 2/29.", LocalDate.of(2024, 1, 10))).containsExactly("2/29=2020-02-29");
        assertThat(timeValues("The vote will be on February 29.", LocalDate.of(2025, 2, 25)))
                .containsExactly("February 29=2028-02-29");
    }

    @Test
    void dayFirstInEnGb() {
        assertThat(timeValues("The board meets on 20/11.", THURSDAY)).containsExactly("20/11=2018-11-20");
        assertThat(timeValues("The board meets on 5/12.", THURSDAY)).containsExactly("5/12=2018-12-05");
    }

    @ParameterizedTest(name = "silent: {0}")
    @ValueSource(strings = {
        "The memorial honours the victims of 9/11.",
        "Remembrance events were held on 9/11 every year.",
        "The shop is open 24/7 and staff work on 24/7 rotas.",
        "He won on 5/1 odds.",
        "Voters agreed on 2/3 of the measures.",
        "Inflation was 5/12 of a point higher.",
        "The total was 3/4.",
        "The shares closed on 5/8 higher.",
        "The horse was backed on 9/4.",
        "The stock settled on 7/8.",
        "He served on 11/12 panels.",
        "Call No. 20170302 for details.",
        "The site is example.com/report-20170302.html today.",
        "In 2016 10 12 people died.",
        "It was 15 April of 20 countries.",
        "The Bruins are 25-10-12 this season.",
        "Install version 1.5.10 today.",
    })
    void figuresThatLookLikeDatesStaySilent(String sentence) {
        assertThat(timeValuesMonthFirst(sentence, THURSDAY)).noneMatch(v -> v.matches("[^=]*(\\d[/.-]\\d|\\d{8}|\\d \\d|of \\d)[^=]*=.*"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            She was born on January twenty five nineteen eighty six.   | January twenty five nineteen eighty six=1986-01-25
            On fifteen August nineteen hundred ninety three, it began. | fifteen August nineteen hundred ninety three=1993-08-15
            The ship sailed on 6 April seventeen hundred thirty three. | 6 April seventeen hundred thirty three=1733-04-06
            We meet on january first two thousand and thirty two.      | january first two thousand and thirty two=2032-01-01
            They arrived 13 Sept nineteen seventy two.                 | 13 Sept nineteen seventy two=1972-09-13
            It opened on March third nineteen oh five.                 | March third nineteen oh five=1905-03-03
            """)
    void spokenDates(String sentence, String expected) {
        assertThat(timeValues(sentence, THURSDAY)).containsExactly(expected);
    }

    @Test
    void aSpokenDayNeedsASpokenYear() {
        // "In May twenty nine people died": a count, not 29 May
        assertThat(timeValues("In May twenty nine people died.", THURSDAY)).noneMatch(v -> v.contains("twenty"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The vote was held last Wednesday.                  | last Wednesday=2019-01-23
            The vote was held last Tuesday.                    | last Tuesday=2019-01-29
            The vote was held last Friday.                     | last Friday=2019-01-25
            The vote is next Friday.                           | next Friday=2019-02-08
            The vote is next Monday.                           | next Monday=2019-02-04
            The vote is this upcoming Friday.                  | this upcoming Friday=2019-02-01
            The vote is this coming Tuesday.                   | this coming Tuesday=2019-02-05
            Where were you on previous Monday?                 | previous Monday=2019-01-21
            Do you have plans on following Friday?             | following Friday=2019-02-08
            Schedule it on monday please.                      | monday=2019-02-04
            Where were you last wednesday?                     | last wednesday=2019-01-23
            """)
    void weekdaysCountedFromTheReferenceDate(String sentence, String expected) {
        assertThat(timeValues(sentence, THURSDAY)).containsExactly(expected);
    }

    @Test
    void lastWeekdayOverTheWeekendIsThisWeeks() {
        LocalDate saturday = LocalDate.of(2005, 12, 17);
        assertThat(timeValues("It halted attacks during last Thursday's elections.", saturday))
                .containsExactly("last Thursday=2005-12-15");
        assertThat(timeValues("The trip to Chelsea is next Sunday.", LocalDate.of(2006, 12, 2)))
                .containsExactly("next Sunday=2006-12-10");
    }

    @Test
    void anAmbiguousWeekdayIsNotCheckedAgainstItsGuess() {
        TemporalClaim last = times("The vote was held last Wednesday.", THURSDAY).get(0);
        assertThat(last.interval()).isEqualTo(new DateInterval(LocalDate.of(2019, 1, 23), LocalDate.of(2019, 1, 30)));
        TemporalClaim clear = times("The vote was held last Friday.", THURSDAY).get(0);
        assertThat(clear.interval()).isEqualTo(DateInterval.day(LocalDate.of(2019, 1, 25)));
    }

    @Test
    void yesterdayAndTomorrowAreAmbiguousAcrossTheWeeksEndToo() {
        LocalDate monday = LocalDate.of(2019, 1, 28);
        TemporalClaim last = times("The vote was held last Sunday.", monday).get(0);
        assertThat(last.value()).isEqualTo("2019-01-20");
        assertThat(last.interval()).isEqualTo(new DateInterval(LocalDate.of(2019, 1, 20), LocalDate.of(2019, 1, 27)));
        TemporalClaim next = times("The vote is next Monday.", LocalDate.of(2019, 1, 27)).get(0);
        assertThat(next.value()).isEqualTo("2019-02-04");
        assertThat(next.interval()).isEqualTo(new DateInterval(LocalDate.of(2019, 1, 28), LocalDate.of(2019, 2, 4)));
    }

    @Test
    void followingAsAPrepositionIsNotARelativeWeekday() {
        assertThat(timeValues("Fujimori was praised following Tuesday's raid.", THURSDAY)).containsExactly("Tuesday=2019-01-29");
        assertThat(timeValues("Markets fell following Monday.", THURSDAY)).containsExactly("Monday=2019-01-28");
        assertThat(timeValues("They met again the following Monday.", THURSDAY)).containsExactly("Monday=2019-01-28");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The court reconvenes on the first Monday in October.   | the first Monday in October=2018-10-01
            The court will reconvene on the first Monday in October. | the first Monday in October=2019-10-07
            Clocks change on the last Sunday of March 2014.        | the last Sunday of March 2014=2014-03-30
            The fair is held the 2nd Tuesday of February.          | the 2nd Tuesday of February=2019-02-12
            """)
    void aWeekdayOfAMonth(String sentence, String expected) {
        assertThat(timeValues(sentence, THURSDAY)).containsExactly(expected);
    }

    @Test
    void aWeekdayInAPlaceIsNotAWeekdayOfAMonth() {
        assertThat(timeValues("The blast came last Tuesday in Zhoujia.", THURSDAY)).containsExactly("last Tuesday=2019-01-29");
    }

    @Test
    void anAbbreviatedWeekdayPicksTheYearOfADate() {
        assertThat(timeValues("We met on Fri, Jul 18.", LocalDate.of(2013, 2, 12))).containsExactly("Fri, Jul 18=2014-07-18");
        // "Sun" is also a newspaper: not read as a weekday
        assertThat(timeValues("He told the Sun, Jul 18.", THURSDAY)).containsExactly("Jul 18=2018-07-18");
        assertThat(timeValues("This month's figures rose.", THURSDAY)).noneMatch(v -> v.contains("'s"));
    }

    @Test
    void anAmountBeforeADayIsNotTheDay() {
        assertThat(timeValues("I bought it for $12 December 27.", THURSDAY)).containsExactly("December 27=2018-12-27");
        assertThat(timeValues("Tim says:30 December is fine.", THURSDAY)).containsExactly("30 December=2018-12-30");
    }
}
