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
    @CsvSource({"three fifths,0.6", "one and a half,1.5", "a million and a half,1500000", "three halves,1.5",
            "two thirds of a million,666666.6666666666", "quarter million,250000", "one hundred and thirty fifths,26",
            "one hundred thirty-fifths,2.857142857142857", "a twenty-first,0.047619047619047616",
            "twenty fifths,4", "a hundred trillionths,1.0E-10", "two hundred and two thousand,202000",
            "nought point nought three,0.03", "two hundred point seventy-one,200.71", "one point six billion,1.6E9", "three billions,3.0E9", "two thousand millions,2.0E9",
            "one one hundredth,0.01", "two one-hundredths,0.02", "two third,0.6666666666666666", "three-fifth,0.6"})
    void readsFractionsAndDecimals(String words, double value) {
        assertThat(NumberWords.value(words)).hasValue(value);
    }

    @ParameterizedTest
    @CsvSource({"twenty-fifth", "third quarter", "twenty-first", "three and five", "third", "millions", "thousands",
            "three fifth", "two millionth", "one hundred fifth", "four third", "thousand", "million", "dozens", "hundred thousand"})
    void ordinalsAndListsAreNoNumber(String words) {
        assertThat(NumberWords.value(words)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"several", "many", "three-ish", "''"})
    void rejectsOtherWords(String words) {
        assertThat(NumberWords.parse(words)).isEmpty();
    }
}
