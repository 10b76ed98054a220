package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.extract.ExtractionFixture.compositions;
import static org.factlint.extract.ExtractionFixture.extract;
import static org.factlint.extract.ExtractionFixture.timeValues;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Calendar shorthand: decades without their century ("in the 90s", "in nineties"), "the Nth day of
 * the month", "the week of the 18th", and month abbreviations without a full stop ("after Feb").
 * The reference date is Monday 12 August 2019 (Sunday 18 August falls in ISO week 33).
 */
class CalendarShorthandTest {
    private static final LocalDate MONDAY = LocalDate.of(2019, 8, 12);

    private static List<String> composed(String text) {
        return extract(text, MONDAY).compositions().stream()
                .map(c -> c.text() + "=" + c.value() + (c.high() == null ? "" : ".." + c.high())).toList();
    }

    private static List<String> times(String text) {
        return timeValues(text, MONDAY);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The band was at its peak in the 90s.                    | the 90s=199
            Crime fell sharply during the late 80s.                 | the late 80s=198
            The policy of the 70s failed, critics say.              | the 70s=197
            Who were the presidents in nineties?                    | nineties=199
            The club has not won since the sixties.                 | the sixties=196
            """)
    void decadesWithoutTheirCentury(String sentence, String expected) {
        assertThat(composed(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "silent: {0}")
    @ValueSource(strings = {
        "A man in his nineties was arrested.",                  // an age
        "People in their 90s voted early.",                      // an age
        "A woman in nineties died in the fire.",                 // a headline's age
        "Temperatures in the nineties are expected on Sunday.",  // a temperature
        "Highs will be in the 90s all week.",                    // a temperature
        "Shares traded in the 80s for most of the day.",         // a price
        "His approval rating was in the 60s.",                   // a rating
        "She finished the sprint in 90 s.",                      // ninety seconds
        "The 90s were a good decade.",                           // no preposition: left alone
        "He scored in the low 90s.",                             // "low" is a figure's word, not a decade's
        "The ransom was handed over in fifties and twenties.",   // banknotes
        "Rents have doubled since the 20s.",                     // the 1920s or the 2020s?
    })
    void decadeLookalikesStaySilent(String sentence) {
        assertThat(composed(sentence)).noneMatch(c -> c.matches(".*=19\\d$"));
        assertThat(times(sentence)).noneMatch(c -> c.matches(".*=19\\d$"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Suppliers must deliver the units before the thirty-first day of the month.   | the thirty-first day of the month=2019-08-31
            We will come back on the twenty-sixth day of the month.                      | the twenty-sixth day of the month=2019-08-26
            The rebate will be paid by the 20th day of the month.                        | the 20th day of the month=2019-08-20
            """)
    void dayOfTheMonthOfPublication(String sentence, String expected) {
        assertThat(times(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "silent: {0}")
    @ValueSource(strings = {
        "Pensions arrive on the third day of the month.",                  // a habit, not a date
        "Rent is due by the 25th day of every month.",                     // a habit
        "He died on the 20th day of the month.",                           // past: the month the story named
        "In September, rebels will attack on the 25th day of the month.",  // September's 25th
        "The feast falls on the 27th day of the month of Ramadan.",        // another calendar
        "We will come back before the fifth day of the month.",            // the 5th has passed: this month or next?
    })
    void dayOfTheMonthStaysSilentWhereAnotherMonthIsMeant(String sentence) {
        assertThat(times(sentence)).noneMatch(c -> c.contains("day of the month"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The vote will be held the week of the 18th.             | the week of the 18th=2019-W33
            Talks took place the week of the 5th, aides said.       | the week of the 5th=2019-W32
            We will meet the week of the twentieth, he said.        | the week of the twentieth=2019-W34
            """)
    void weekOfADayWithoutItsMonth(String sentence, String expected) {
        assertThat(composed(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "silent: {0}")
    @ValueSource(strings = {
        "He birdied in the week of the 18th hole redesign.",
        "It was the week of the 18th amendment debate.",
        "Talks resume in March. A vote is set for the week of the 18th.",   // March's 18th
    })
    void weekOfAnOrdinalNounStaysSilent(String sentence) {
        assertThat(composed(sentence)).noneMatch(c -> c.startsWith("the week of"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Maybe we can leave after Feb                            | Feb=2019-02
            Sales slumped after Oct, the firm said.                 | Oct=2018-10
            The plant will reopen in Nov, the company said.         | Nov=2019-11
            The rules apply until Sept, when a review is due.       | Sept=2019-09
            """)
    void abbreviatedMonthsAfterAPreposition(String sentence, String expected) {
        assertThat(times(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "silent: {0}")
    @ValueSource(strings = {
        "We met in Mar del Plata.",      // a place, and "Mar" is never read alone
        "He left in Jan to rest.",       // "Jan" is a name as often as a month
        "The Dec accord held.",          // no preposition
        "Prices fell in Jun Li's shop.", // a name
        "It was reported in the Sun.",   // a newspaper
    })
    void ambiguousAbbreviationsStaySilent(String sentence) {
        assertThat(times(sentence)).noneMatch(c -> c.matches(".*=\\d{4}-\\d{2}$"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The offer ran from 10/25 to 1/25."})
    void yearlessNumericRangesDoNotCrossTheNewYear(String sentence) {
        assertThat(compositions(sentence)).isEmpty();
    }
}
