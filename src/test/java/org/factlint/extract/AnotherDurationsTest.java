package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.extract.ExtractionFixture.timeValues;
import static org.factlint.extract.ExtractionFixture.times;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnotherDurationsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Talks will continue for another day.                     | another day=P1D
            The border stays shut for another week.                  | another week=P1W
            Rescuers had to wait another fortnight.                  | another fortnight=P2W
            The plant will be closed for a further month.            | a further month=P1M
            The mission was extended for another year.               | another year=P1Y
            The reactor will not be ready for another decade.        | another decade=P1DE
            The count could take another hour.                       | another hour=PT1H
            The strike lasted another two weeks.                     | two weeks=P2W
            """)
    void oneMoreUnitIsADuration(String sentence, String expected) {
        assertThat(timeValues(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The vote will be held on another day.",          // some other day
            "It was just another day at the office.",
            "That is a question for another day.",            // put off
            "Let's leave it for another day.",
            "Another day, another protest.",
            "They fear another decade or two of violence.",   // vague
            "He spent another week of his leave at home.",
            "Another year has passed.",                        // neither "for" nor a verb of lasting
    })
    void otherDaysAndIdiomsStaySilent(String sentence) {
        assertThat(times(sentence)).noneMatch(c -> c.type() == ClaimType.DURATION);
    }
}
