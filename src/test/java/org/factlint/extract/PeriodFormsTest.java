package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.extract.ExtractionFixture.compositions;
import static org.factlint.extract.ExtractionFixture.timeValues;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Fortnights, decades and parts of the current week; the reference date is Tuesday 25 February 2025. */
class PeriodFormsTest {

    /** Friday 1 December 2006: the coming weekend is the nearer; a past verb still points back. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            He is receiving further tests over the weekend.           | the weekend=2006-W48-WE
            Talks are due to start at the weekend.                    | the weekend=2006-W48-WE
            Clashes over the weekend left five dead.                  | the weekend=2006-W47-WE
            """)
    void theWeekendNearAFridayIsTheComingOneUnlessThePastIsSaid(String sentence, String expected) {
        assertThat(timeValues(sentence, java.time.LocalDate.of(2006, 12, 1))).contains(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Infections have doubled over the past fortnight.          | the past fortnight=P2W
            The ban will be reviewed in the next fortnight.           | the next fortnight=P2W
            The eruption could go on for a fortnight.                 | a fortnight=P2W
            The plant closed a fortnight ago.                         | a fortnight ago=2025-W07
            Prices have doubled over the past decade.                 | the past decade=P10Y
            Fashion of the 1990 s came back.                          | the 1990 s=199
            Trade grew quickly in the 1990's.                         | the 1990's=199
            Earlier in the week, the minister denied it.              | Earlier in the week=2025-W09
            The vote is due later in the week.                        | later in the week=2025-W09
            Cold weather is expected for the rest of the week.        | the rest of the week=2025-W09
            Sales will stay weak for the remainder of the year.       | the remainder of the year=2025
            """)
    void baseClaims(String sentence, String expected) {
        assertThat(timeValues(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Infections have doubled over the past fortnight.          | the past fortnight=2025-02-11..2025-02-25
            England played here last fortnight.                       | last fortnight=2025-02-11..2025-02-25
            The ban will be reviewed in the next fortnight.           | the next fortnight=2025-02-26..2025-03-12
            Talks resume in a fortnight's time.                       | in a fortnight=2025-03-11
            Talks resume in two weeks' time.                          | in two weeks=2025-03-11
            Building starts in the next decade.                       | the next decade=2025-02-26..2035-02-26
            Building ends in the next two decades.                    | the next two decades=2025-02-26..2045-02-26
            """)
    void composedReadings(String sentence, String expected) {
        assertThat(compositions(sentence)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "He spent the rest of the year in hospital.",          // the story's year, not the reference year
        "The 1990's figure was revised.",                     // "1990's" without "the": that year's
        "The rest of the week's games were postponed.",       // possessive: not read
    })
    void silentBaseClaims(String sentence) {
        assertThat(timeValues(sentence)).noneMatch(v -> v.matches("(?i).*(rest|1990's|week's).*"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Over the next fortnight, the rebels advanced on the capital.", // past narrative: from the story's time
        "Prices rose over the next decade as the war dragged on.",      // "over": a length, not a calendar decade
        "The first fortnight of March was dry.",                        // not around the reference date
    })
    void silentCompositions(String sentence) {
        assertThat(compositions(sentence)).noneMatch(c -> c.contains("fortnight") || c.contains("decade"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Q3'24 sales rose 4%.                                      | Q3'24=2024-Q3
            Q3'50 sales were a record.                                | Q3'50=1950-Q3
            Sales for 3Q24 rose 4%.                                   | 3Q24=2024-Q3
            Sales for 4Q 2023 rose 4%.                                | 4Q 2023=2023-Q4
            Sales fell in the second half of 2024.                    | the second half of 2024=2024-H2
            Profit will rise in the first half of next year.          | the first half of next year=2026-H1
            H1 2024 profit rose.                                      | H1 2024=2024-H1
            The 2023 H2 results were weak.                            | 2023 H2=2023-H2
            """)
    void quartersAndHalves(String sentence, String expected) {
        assertThat(timeValues(sentence)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Q1 FY24 revenue rose.",                      // a fiscal quarter: the fiscal year may start in any month
        "Arsenal scored twice in the first half.",    // a match's half
        "The H1 visa rules changed.",                 // no year: not a half-year
        "The team sold 1Q units.",                    // an analyst's quarter needs its year
    })
    void silentQuartersAndHalves(String sentence) {
        assertThat(timeValues(sentence)).noneMatch(v -> v.contains("-Q") || v.contains("-H"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Brent crude for January delivery fell 40 cents.                  | January=2026-01
            The January contract had closed up 25 cents.                     | January=2026-01
            The near-term June Nikkei 225 index futures contract rose.       | June=2025-06
            Brent crude for February delivery gained 10 cents.               | February=2025-02
            """)
    void aFuturesContractMonthIsNotYetOver(String sentence, String expected) {
        // Reference 25 February 2025: the past tense does not send a contract month back a year
        assertThat(timeValues(sentence)).contains(expected);
    }

    @org.junit.jupiter.api.Test
    void aMonthOutsideAContractKeepsItsTense() {
        assertThat(timeValues("Brent crude fell 40 cents in January.")).containsExactly("January=2025-01");
    }
}
