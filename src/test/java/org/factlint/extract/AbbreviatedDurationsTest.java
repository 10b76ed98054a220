package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.extract.ExtractionFixture.timeValues;
import static org.factlint.extract.ExtractionFixture.times;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AbbreviatedDurationsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The siege lasted 3h before police moved in.        | 3h=PT3H
            Protesters marched for 2.5 hrs through the city.   | 2.5 hrs=PT2.5H
            The interview took 45 min in all.                  | 45 min=PT45M
            The station is 10 mins from the centre.            | 10 mins=PT10M
            The site was offline for the hour.                 | the hour=PT1H
            """)
    void abbreviatedUnitsAreDurations(String sentence, String expected) {
        assertThat(timeValues(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Demand for 3D printing grew.",
            "Sales of 2W vehicles rose.",
            "The 3h label was removed.",
            "The fund raised 5m last week.",
            "He waited for 10d before leaving.",
    })
    void bareLettersStaySilent(String sentence) {
        assertThat(times(sentence)).noneMatch(c -> c.type() == ClaimType.DURATION);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"He prayed for the hour of his release.", "They waited for the hour to strike."})
    void theHourOfSomethingIsNoDuration(String sentence) {
        assertThat(times(sentence)).noneMatch(c -> "PT1H".equals(c.value()));
    }
}
