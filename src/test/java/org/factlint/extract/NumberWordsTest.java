package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {
    @ParameterizedTest
    @CsvSource({"three,3", "a,1", "twenty-five,25", "twenty five,25", "a dozen,12", "five hundred,500",
            "nineteen,19", "12,12", "ninety-nine,99"})
    void readsNumberWords(String words, long value) {
        assertThat(NumberWords.parse(words)).hasValue(value);
    }

    @ParameterizedTest
    @CsvSource({"several", "many", "three-ish", "''"})
    void rejectsOtherWords(String words) {
        assertThat(NumberWords.parse(words)).isEmpty();
    }
}
