package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.extract.ExtractionFixture.compositions;
import static org.factlint.extract.ExtractionFixture.timeValues;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holidays on the same day everywhere, as the composer reads them (the base scan keeps to the
 * holidays it knows); the reference date is Tuesday 25 February 2025.
 */
class HolidaysTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Unions will rally on International Workers' Day.               | International Workers' Day=2025-05-01
            Marches will be held on International Women's Day.             | International Women's Day=2025-03-08
            Veterans gathered on Armistice Day.                            | Armistice Day=2024-11-11
            """)
    void daysFixedEverywhere(String sentence, String expected) {
        assertThat(compositions(sentence)).contains(expected);
    }

    @org.junit.jupiter.api.Test
    void aYearAfterTheNameIsItsYear() {
        assertThat(ExtractionFixture.extract("Veterans gathered on Armistice Day 2018.", ExtractionFixture.SEED_DATE).compositions())
                .extracting(c -> c.text() + "=" + c.value()).containsExactly("Armistice Day 2018=2018-11-11");
    }

    @ParameterizedTest(name = "silent: {0}")
    @ValueSource(strings = {
        "Workers marched on Labor Day.",            // 1 May in much of the world, September in the US
        "Parades were held on Workers' Day.",       // without "International", a national holiday
        "Women's Day events drew crowds.",
    })
    void countryHolidaysStaySilent(String sentence) {
        assertThat(timeValues(sentence)).isEmpty();
        assertThat(compositions(sentence)).isEmpty();
    }
}
