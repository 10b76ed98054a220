package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.extract.ExtractionFixture.timeValues;
import static org.factlint.extract.ExtractionFixture.times;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Times that wire stories only seem to hold, or hold with another year or week: awards, "the future X", "since ...". */
class NewsTemporalPrecisionTest {
    private static final LocalDate TUESDAY = LocalDate.of(2006, 11, 14);
    private static final LocalDate DECEMBER = LocalDate.of(2006, 12, 12);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "He hit 19 goals and was named player of the year.",
            "Japan, recently voted Asia's team of the year, are an unknown entity.",
            "Dunleavy, the NBA's 1999 coach of the year, earns 2.5 million dollars.",
            "The board named the drama its best film of the year.",
            "A sports daily named Ronaldo sportsman of the year.",
    })
    void anAwardTitleIsNoYear(String sentence) {
        assertThat(timeValues(sentence, DECEMBER)).noneMatch(v -> v.startsWith("the year="));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Sales for the year rose 4 percent.                         | the year=2006
            It was the busiest day of the year at the airport.         | the year=2006
            Profits in the year fell sharply.                          | the year=2006
            """)
    void theReportedYearStays(String sentence, String expected) {
        assertThat(timeValues(sentence, DECEMBER)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The time limit would be set by the future SAR government, he said.",
            "The future foreign minister noted that ties were strong.",
            "He had talks with Rice on the future US role in Iraq.",
            "The earthquake orphaned the future Turkmen leader.",
            "The leaders will blueprint the future cooperation, Hu said.",
            "They would give the future garrison every possible assistance.",
    })
    void futureBeforeItsNounSaysWhoNotWhen(String sentence) {
        assertThat(timeValues(sentence, DECEMBER)).noneMatch(v -> v.endsWith("=FUTURE_REF"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The future holds promise for the region.",
            "The future looks bright for the company.",
            "The future lies in trade.",
            "We hope to eliminate all cheaters in the future.",
            "The discovery may in the future lead to new drugs.",
            "Hopefully in the future we can eliminate all cheaters.",
            "Leaders discussed the future of the region.",
            "The government would revisit the issue in the future but not now.",
    })
    void theFutureItselfStays(String sentence) {
        assertThat(timeValues(sentence, DECEMBER)).anyMatch(v -> v.endsWith("=FUTURE_REF"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hamas, which controls the government since its historic win in the January polls, refused.  | January=2006-01
            Core prices rose 0.1 percent, the smallest since a similar increase in February.              | February=2006-02
            Fidel, unseen in public since he underwent surgery in July, will not attend.                 | July=2006-07
            """)
    void aTimeInsideTheObjectOfSinceIsPast(String sentence, String expected) {
        assertThat(timeValues(sentence, DECEMBER)).contains(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Since then, the parties have agreed to vote in January.            | January=2007-01
            The talks will resume in January since the deadline has passed.   | January=2007-01
            Since the elections will be held in January, he will stay.        | January=2007-01
            """)
    void sinceBeforeAClauseOrAfterTheTimeDoesNotLookBack(String sentence, String expected) {
        assertThat(timeValues(sentence, DECEMBER)).contains(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Prices surged 59 cents to 54.55 dpb on Friday from Thursday's 53.96 dpb.       | Friday=2006-11-10
            Prices surged 59 cents to 54.55 dpb on Friday from Thursday's 53.96 dpb.       | Thursday=2006-11-09
            The dollar slipped to 117.96 yen from 118.06 in New York late Monday.          | Monday=2006-11-13
            """)
    void aFigureAfterToIsNoInfinitive(String sentence, String expected) {
        assertThat(timeValues(sentence, TUESDAY)).contains(expected);
    }

    @Test
    void anInfinitiveAfterThePastStillLooksAhead() {
        assertThat(timeValues("The minister agreed to meet the rebels on Friday.", TUESDAY)).contains("Friday=2006-11-17");
    }

    private static final LocalDate MONDAY_1997 = LocalDate.of(1997, 4, 21);
    private static final LocalDate APRIL_1997 = LocalDate.of(1997, 4, 8);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            He will hold talks on Tuesday, before leaving Beijing on Wednesday.          | Wednesday=1997-04-23
            The papers will be discussed on Tuesday, before submitting them to leaders. | Tuesday=1997-04-22
            He met the premier on Friday after arriving on Thursday.                    | Thursday=1997-04-17
            Hamas formed the government after winning elections in January.            | January=1997-01
            """)
    void aGerundAfterBeforeOrAfterTakesTheMainVerbsTime(String sentence, String expected) {
        assertThat(timeValues(sentence, MONDAY_1997)).contains(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Investments rose 58 percent from a year earlier to 9.4 billion dollars in 1996.  | a year earlier=1995
            Police saw 12,490 clashes during 1996 and 12,000 a year before.                 | a year before=1995
            Liabilities rose from a year before to 118 trillion won last year, after 12 percent in 1995. | a year before=1996
            Exports rose 5 percent from a year earlier.                                     | a year earlier=1996
            """)
    void aYearEarlierIsBeforeTheOneYearTheSentenceWrites(String sentence, String expected) {
        assertThat(timeValues(sentence, APRIL_1997)).contains(expected);
    }

    @Test
    void aYearEarlierThanAgreedIsNoDate() {
        assertThat(timeValues("Russia agreed to phase out the charges by the end of 2013, a year earlier than agreed.", DECEMBER))
                .noneMatch(v -> v.startsWith("a year earlier="));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The Media Indonesia daily Monday also reported that a journalist was mobbed.",
            "The Kompas daily Tuesday quoted the minister as saying the vote would go ahead.",
    })
    void aNewspaperBeforeItsDayIsNoFrequency(String sentence) {
        assertThat(timeValues(sentence, MONDAY_1997)).noneMatch(v -> v.startsWith("daily="));
    }

    @Test
    void aFrequencyBeforeADayRangeStays() {
        assertThat(timeValues("The shop is open daily from Monday to Friday.", MONDAY_1997)).contains("daily=P1D");
    }

    private static final LocalDate NOVEMBER_2005 = LocalDate.of(2005, 11, 23);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            New York's main contract, light sweet crude for delivery in January, fell 13 cents.   | January=2006-01
            Brent crude for delivery in December gained 45 cents.                                 | December=2005-12
            The ministry said in January that crude output fell.                                 | January=2005-01
            """)
    void aDeliveryMonthIsTheContractAhead(String sentence, String expected) {
        assertThat(timeValues(sentence, NOVEMBER_2005)).contains(expected);
    }

    @Test
    void aLunarMonthIsNoMonthOfTheYear() {
        assertThat(timeValues("The festival falls on the fifth day of May on China's lunar calendar.", NOVEMBER_2005)).isEmpty();
        assertThat(timeValues("The festival falls on the fifth day of the fifth month of the Chinese lunar calendar, in May.",
                NOVEMBER_2005)).contains("May=2005-05");
        assertThat(timeValues("The elections will be held on the fifth day of May.", NOVEMBER_2005)).contains("May=2006-05");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The pagoda was built more than 1,300 years ago.",
            "The end of the ancient Olympics saw the end of athletics for more than 1,400 years.",
            "It is a great event in the 1,600-year history of the two countries.",
            "He averaged 14 points in 30.8 minutes per game.",
    })
    void theTailOfAFigureIsNoCount(String sentence) {
        assertThat(timeValues(sentence, NOVEMBER_2005)).isEmpty();
    }

    @Test
    void aCountOfItsOwnStays() {
        assertThat(timeValues("The temple was built 300 years ago and stood for 400 years.", NOVEMBER_2005))
                .contains("300 years ago=1705", "400 years=P400Y");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "\"It's over now,\" Qi said.",
            "Up to now, the centre has lent 196,000 rupees.",
            "Under current circumstances, I would not recommend withdrawals.",
            "Civil service has become popular over recent years.",
    })
    void aVagueReferenceTakesNoHedge(String sentence) {
        assertThat(times(sentence, NOVEMBER_2005)).isNotEmpty().allMatch(c -> c.mod() == null);
    }

    @Test
    void aCountedPeriodKeepsItsHedge() {
        assertThat(times("The talks lasted more than three years.", NOVEMBER_2005))
                .anyMatch(c -> c.text().equals("three years") && "MORE_THAN".equals(c.mod()));
    }

    private static final LocalDate TUESDAY_2005 = LocalDate.of(2005, 11, 29);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Rangel said Tuesday that Sunday's congressional elections will go ahead.   | Sunday=2005-12-04
            He said that Sunday's vote was fair.                                       | Sunday=2005-11-27
            He said on Sunday that the vote will go ahead.                             | Sunday=2005-11-27
            The minister said that the talks ended in October.                         | October=2005-10
            """)
    void aThatClauseTakesItsOwnVerbsTime(String sentence, String expected) {
        assertThat(timeValues(sentence, TUESDAY_2005)).contains(expected);
    }

    @Test
    void theSlipThePastAYearIsNoYearLong() {
        assertThat(timeValues("Over the past a year and a half, the two sides have had six rounds of talks.", TUESDAY_2005))
                .noneMatch(v -> v.endsWith("=P1Y"));
        assertThat(timeValues("Over the past 3 years, the two sides have had six rounds of talks.", TUESDAY_2005))
                .contains("the past 3 years=P3Y");
    }

    private static final LocalDate SATURDAY_1997 = LocalDate.of(1997, 4, 5);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Analysts said trading would be cautious when the market opens Monday.         | Monday=1997-04-07
            Prices fell when the market opened Monday.                                     | Monday=1997-03-31
            Rescuers got through after they dug a pipeline on Thursday to reach the men.  | Thursday=1997-04-03
            Prices fell on Monday when the market opened.                                  | Monday=1997-03-31
            """)
    void aPresentTenseAfterWhenTakesTheMainClausesTime(String sentence, String expected) {
        assertThat(timeValues(sentence, SATURDAY_1997)).contains(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            On Thursday, the benchmark Strait Times Index rose 9.8 points to end at 2,306.3 points.  | Thursday=1997-04-03
            On Thursday, the minister will fly to Rome to sign the deal.                            | Thursday=1997-04-10
            """)
    void aPastFormBeforeAResultInfinitiveKeepsTheDayBehind(String sentence, String expected) {
        assertThat(timeValues(sentence, SATURDAY_1997)).contains(expected);
    }

    @Test
    void aPreviousMonthWithAnArticleIsNoOneMonth() {
        assertThat(timeValues("In a previous January transfer window Ferguson signed Louis Saha.", NOVEMBER_2005))
                .noneMatch(v -> v.contains("January"));
        assertThat(timeValues("Prices rose from the previous January.", NOVEMBER_2005)).contains("previous January=2005-01");
    }
}
