package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.extract.ExtractionFixture.compositions;
import static org.factlint.extract.ExtractionFixture.timeValues;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Months and years written in words or in short: "March two thousand and nine", "in two thousand and
 * twelve", "June of '98", "2017-3", "9-2011"; and weekday ranges ("from next Monday to Friday").
 * The reference date is Tuesday 25 February 2025.
 */
class MonthsOfWrittenYearsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The plant opened in March two thousand and nine.                | March two thousand and nine=2009-03
            They wed on January first two thousand and left in May.         | January first two thousand=2000-01-01
            The treaty lapsed in June two thousand, officials said.         | June two thousand=2000-06
            Rates peaked in November two thousand seven and fell.           | November two thousand seven=2007-11
            The firm collapsed in two thousand and twelve, he said.         | two thousand and twelve=2012
            Prices were lower in two thousand and one.                      | two thousand and one=2001
            Computers may fail in the year two thousand and fifteen.        | the year two thousand and fifteen=2015
            She joined the band in June of '98.                             | June of '98=1998-06
            She joined the band in June of 98 and left in 2001.             | June of 98=1998-06
            The mine closed in September '04.                               | September '04=2004-09
            The index was rebased in 2017-3.                                | 2017-3=2017-03
            The index was rebased in 2011-07.                               | 2011-07=2011-07
            The index was rebased in 9-2011.                                | 9-2011=2011-09
            """)
    void monthsAndYears(String sentence, String expected) {
        assertThat(timeValues(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "silent: {0}")
    @ValueSource(strings = {
        "In October two thousand soldiers crossed the border.",
        "On January first two thousand people marched.",
        "In May two thousand and more people marched.",
        "They counted in two thousand and fifteen cases a delay.",
        "The risk is one in two thousand and five patients.",
        "He spent two thousand and twelve dollars.",
        "In April of 87 patients, a rash appeared.",
        "The 2011-12 season ended early.",
        "The 2003-4 budget was cut.",
        "He scored 20 goals in the 1998-9 season.",
        "The 2014-5 accounts were late.",
        "Output doubled during 2011-7.",
        "Spending in 2009-10 rose.",
        "Ordinance 2015-12 was repealed.",
        "See pages 12-2015 of the report.",
    })
    void countsSeasonsAndNumbersStaySilentAsMonths(String sentence) {
        // a bare month may still be read ("October"), but not with the number after it
        assertThat(timeValues(sentence)).noneMatch(v -> v.matches("(?i).*thousand.*=.*") || v.matches(".*\\d.*=\\d{4}-\\d{2}"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks run from next Monday to Friday.                       | from next Monday to Friday=2025-03-03..2025-03-07
            The crossing will be opened for two days from Tuesday to Thursday. | from Tuesday to Thursday=2025-02-25..2025-02-27
            The strike lasted from Friday to Monday.                        | from Friday to Monday=2025-02-21..2025-02-24
            The fair will run from Friday, March 7 to Sunday, March 16.     | from Friday, March 7 to Sunday, March 16=2025-03-07..2025-03-16
            """)
    void weekdayRanges(String sentence, String expected) {
        assertThat(compositions(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "silent: {0}")
    @ValueSource(strings = {
        "The office is open from Monday to Friday.",
    })
    void habitualWeekdayRangesStaySilent(String sentence) {
        assertThat(compositions(sentence)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void howLongFromADayIsARangeNotAShiftedDay() {
        assertThat(compositions("The clinic will open for two days from Tuesday."))
                .containsExactly("for two days from Tuesday=2025-02-25..2025-02-27");
    }
}
