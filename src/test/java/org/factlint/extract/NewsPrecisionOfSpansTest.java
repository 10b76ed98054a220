package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.extract.ExtractionFixture.timeValues;
import static org.factlint.extract.ExtractionFixture.times;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Durations and sets that wire stories only seem to hold: newspapers, "some day", compounds, "over the next". */
class NewsPrecisionOfSpansTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The minister told the Ankara daily that talks would resume.",
            "The report was confirmed by the daily on Friday.",
            "The daily said the deal was off.",
            "The plan was leaked, the business daily reported.",
            "He spoke to the weekly Der Spiegel about the war.",
            "Growth will slow, the Israeli daily Maariv reported.",
            "Growth will slow, the Kommersant daily wrote.",
            "The minister resigned, according to the tabloid daily.",
            "Krungthep Thurakit, a leading business daily, said the cabinet would fall.",
            "Minister quits after the vote: daily",
            "Officials told China Daily on Thursday that prices rose.",
            "The story appeared in the Daily Telegraph on Monday.",
    })
    void aNewspaperIsNoFrequency(String sentence) {
        assertThat(times(sentence)).noneMatch(c -> c.type() == ClaimType.SET);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The country pumps 2.6 million barrels daily, the minister said.   | daily=P1D
            Prices are adjusted daily.                                       | daily=P1D
            Israeli daily offensives continued in the north.                 | daily=P1D
            Nigeria has a daily crude output of 2.6 million barrels.         | daily=P1D
            The cabinet approved the pact at its weekly meeting.             | weekly=P1W
            I'll take a run weekly.                                          | weekly=P1W
            The bank said in a monthly Employment Survey that jobs rose.     | monthly=P1M
            Daily output rose to 3 million barrels.                          | Daily=P1D
            """)
    void theAdverbAndTheAdjectiveStaySets(String sentence, String expected) {
        assertThat(timeValues(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The agent may one day help patients with the disease.",
            "Children will one day fly the flag for their country.",
            "She hopes to one day become a doctor.",
    })
    void oneDayAfterAModalIsSomeDayNotADayLong(String sentence) {
        assertThat(times(sentence)).noneMatch(c -> c.type() == ClaimType.DURATION);
        assertThat(timeValues(sentence)).contains("one day=FUTURE_REF");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The visit was cut to one day because of the storm.    | one day=P1D
            The trip could take one day.                          | one day=P1D
            He was arrested one day after the vote.               | one day=P1D
            """)
    void oneDayLongStaysADuration(String sentence, String expected) {
        assertThat(timeValues(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Bush spoke during a year-end news conference.",
            "Federer clinched the world No. 1 year-end ranking.",
            "He sought asylum for his 17-year- old daughter.",
            "The strain resists three or more of the six second-line drugs.",
            "He scored his third one-day century at Lord's.",
            "Vaughan is expected to return to England's one-day squad.",
            "The first of the five one-day internationals is at Napier.",
            "The debate has gone on since the Six-Day War.",
            "One day the debris could evolve into tiny planets.",
    })
    void compoundsAreNoDurations(String sentence) {
        assertThat(times(sentence)).noneMatch(c -> c.type() == ClaimType.DURATION);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The strikers began a one-day strike on Monday.        | one-day=P1D
            The minister paid a one-day visit to Kabul.           | one-day=P1D
            One day later, the bodies were found.                 | One day=P1D
            """)
    void aOneDayEventStaysADuration(String sentence, String expected) {
        assertThat(timeValues(sentence)).contains(expected);
    }

    @Test
    void aLongCompoundStaysADuration() {
        assertThat(timeValues("Israel fought a 34-day-long war.")).contains("34-day=P34D");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Trade has risen sharply over the past few years.",
            "NASA plans 14 flights over the next four years.",
            "He died over the weekend at the age of 81.",
            "Sales rose 4 percent over the same period last year.",
    })
    void overBeforeAPeriodWithTheIsDuringNotMoreThan(String sentence) {
        assertThat(times(sentence)).isNotEmpty().allMatch(c -> c.mod() == null);
    }

    @Test
    void overBeforeACountIsStillMoreThan() {
        assertThat(times("The unrest has lasted for over a month.")).anyMatch(c -> "MORE_THAN".equals(c.mod()));
    }

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
            The repatriation could take two to three months.              | two to three months | P2M  | P3M
            O'Neal may miss 2-4 weeks with a sprained ankle.             | 2-4 weeks           | P2W  | P4W
            Troops should arrive in 10 or 14 days, he said.              | 10 or 14 days       | P10D | P14D
            Prosecutors demanded sentences of between 12 and 15 years.   | 12 and 15 years     | P12Y | P15Y
            The murders took place between 24 and 48 hours earlier.      | 24 and 48 hours     | PT24H | PT48H
            The men were jailed for between five to 15 years.            | five to 15 years    | P5Y  | P15Y
            """)
    void aRangeOfCountsOfOneUnitIsOneDuration(String sentence, String text, String low, String high) {
        assertThat(ExtractionFixture.extract(sentence, ExtractionFixture.SEED_DATE).compositions())
                .anyMatch(t -> t.type() == ClaimType.DURATION && t.text().equals(text) && t.value().equals(low) && high.equals(t.high()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The children were aged nine or 10 years old.",
            "Candidates must be between 25 and 40 years old.",
            "Men age 65 to 80 years were studied.",
            "It is better than four or five years ago.",
            "The talks lasted three or two days.",
            "He said two and three years were too long.",
    })
    void agesDatesAndOddOrdersAreNoDurationRanges(String sentence) {
        assertThat(ExtractionFixture.extract(sentence, ExtractionFixture.SEED_DATE).compositions())
                .noneMatch(t -> t.type() == ClaimType.DURATION && t.isRange());
    }

    @Test
    void theYearToAMonthIsTheTwelveMonthsEndingThen() {
        var reference = java.time.LocalDate.of(1997, 4, 24);
        assertThat(ExtractionFixture.extract("Profit forecasts for the year to March 1998 were slashed.", reference).compositions())
                .anyMatch(t -> t.text().equals("the year to March 1998") && t.value().equals("1997-04") && "1998-03".equals(t.high()));
        assertThat(ExtractionFixture.extract("The deficit was 102 million dollars in the year to February 1996.", reference).compositions())
                .anyMatch(t -> t.value().equals("1995-03") && "1996-02".equals(t.high()));
    }

    @Test
    void theYearToAMonthWithoutItsYearIsSilent() {
        var reference = java.time.LocalDate.of(1997, 4, 25);
        assertThat(ExtractionFixture.extract("The brokers announced net losses for the year to March.", reference).compositions())
                .noneMatch(ComposedTime::isRange);
    }
}
