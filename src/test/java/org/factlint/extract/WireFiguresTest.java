package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.extract.ExtractionFixture.numberSummary;
import static org.factlint.extract.ExtractionFixture.numbers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Figures as wire stories write them: market quotes, athletics distances, national currency names, slugs. */
class WireFiguresTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The pound was traded at 1.7342-7350 dollars at noon.       | 1.7342-7350 dollars=MONEY 1.7342..1.735 USD
            The dollar stood at 119.80-85 yen late on Monday.          | 119.80-85 yen=MONEY 119.8..119.85 JPY
            The dollar closed at 121.44- 52 yen in Tokyo.              | 121.44- 52 yen=MONEY 121.44..121.52 JPY
            Prices ranged from 2.5-3 dollars a kilo.                   | 2.5-3 dollars=MONEY 2.5..3 USD
            """)
    void aQuoteWrittenShortIsOneRangeWithItsHighEndSpelledOut(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The bank lifted 12 cents to 30.10 dollars.   | 12 cents=MONEY 0.12 USD                | 30.10 dollars=MONEY 30.1 USD
            Its shares piled on 43 cents to 9.80 dollars. | 43 cents=MONEY 0.43 USD               | 9.80 dollars=MONEY 9.8 USD
            Telstra slumped 4 cents to 3.88 dollars.      | 4 cents=MONEY 0.04 USD                | 3.88 dollars=MONEY 3.88 USD
            The bank softened 24 cents to 38.20 dollars.  | 24 cents=MONEY 0.24 USD               | 38.20 dollars=MONEY 38.2 USD
            Westpac dumped 7 cents to 48.35 dollars.      | 7 cents=MONEY 0.07 USD                | 48.35 dollars=MONEY 48.35 USD
            """)
    void moreVerbsOfChangeGiveAChangeAndALevel(String sentence, String change, String level) {
        assertThat(numberSummary(sentence)).containsExactly(change, level);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            She won the women's 1,500m in Doha.            | 1,500m=QUANTITY 1500 m
            He holds the 3000m steeplechase world record.  | 3000m=QUANTITY 3000 m
            China took gold in the 10m air rifle.          | 10m=QUANTITY 10 m
            The city has 1.8m people.                      | 1.8m=NUMBER 1800000
            The charity raised 5m in a week.               | 5m=NUMBER 5000000
            """)
    void anAttachedMIsMetresInSportAndMillionsBeforeACountedNoun(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"He also won the 800 metres and the 1,500m in Athens.", "Her best is 200m, set last year.",
            "He ran 400m and stopped."})
    void anAttachedMWithNothingToSayWhichIsNoClaim(String sentence) {
        assertThat(numberSummary(sentence)).noneMatch(s -> s.contains("m="));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The gold price fell 7 HK dollars on Tuesday.          | 7 HK dollars=MONEY 7 HKD
            The deficit was 462 million NZ dollars in October.    | 462 million NZ dollars=MONEY 462000000 NZD
            She earned 4.5 million Egyptian pounds.               | 4.5 million Egyptian pounds=MONEY 4500000 EGP
            The budget is 77.5 billion new Taiwan dollars.        | 77.5 billion new Taiwan dollars=MONEY 77500000000 TWD
            The rupiah closed at 9,128 Indonesian rupiah.         | 9,128 Indonesian rupiah=MONEY 9128 IDR
            """)
    void nationalCurrencyNamesOfTheWires(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"A third gas blast hit the mine on Sunday.", "Police found a fourth body near the river.",
            "He will not seek a third term.", "The three soldiers died and a fourth was wounded."})
    void aThirdOrFourthBeforeANounOrVerbIsTheNextInASeries(String sentence) {
        assertThat(numberSummary(sentence)).noneMatch(s -> s.contains("third") || s.contains("fourth"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A third of the staff left.                  | A third=NUMBER 0.3333333333333333
            Sales fell by a fifth last year.            | a fifth=NUMBER 0.2
            Less than a third was covered by insurance. | a third=NUMBER 0.3333333333333333
            Costs rose by a quarter.                    | a quarter=NUMBER 0.25
            """)
    void aThirdBeforeOfAComparativeOrAfterAHedgeIsAShare(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1st Ld Writethru: Bomb kills 9 in Kabul", "4th Ld: Two blasts hit Karachi",
            "2nd Lead: Hamas leader arrives in Cairo"})
    void aWireSlugVersionIsNoRank(String sentence) {
        assertThat(numberSummary(sentence)).noneMatch(s -> s.contains("ordinal"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Births fell by 4, 000 over the year.", "Demand crossed 18, 000 megawatt in June.",
            "The fair drew 4, 500 foreign delegates."})
    void aThousandsGroupSplitByASpaceIsReadAsNeitherPart(String sentence) {
        assertThat(numberSummary(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"In 2005, 300 people died in floods.", "Losers beat gainers 343 to 300, 271 were unchanged."})
    void aCommaBeforeAFullGroupStillReadsTheCount(String sentence) {
        assertThat(numberSummary(sentence)).contains("300=NUMBER 300");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Critics called his 1973-1990 regime an era of repression.",
            "The EU budget for 2007-2013 was agreed.", "He served in the 17th century navy."})
    void aNumberInsideAComposedTimeIsPartOfIt(String sentence) {
        assertThat(numberSummary(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Troops will arrive two or three days later.", "The trip takes 10 to 15 years.",
            "Aid must arrive within the next 30-60 days.", "They were jailed for three to seven years."})
    void theLowEndOfARangeOfTimeIsNoBareNumber(String sentence) {
        assertThat(numberSummary(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Children aged three to 11 years old were tested.  | three to 11 years old=QUANTITY 3..11 a
            The poll covered 30-40 year-olds.                 | 30-40 year-olds=QUANTITY 30..40 a
            """)
    void aRangeOfAgesStaysOneAge(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Turnout was 59. 1 percent in the capital.", "The index closed at 14,555. 96 on Wednesday."})
    void aDecimalSplitByAStraySpaceIsReadAsNeitherPart(String sentence) {
        assertThat(numberSummary(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The singer died on Monday after a heart attack. He was 73.  | 73=QUANTITY 73 a
            She learned to read when she was 10, her mother said.       | 10=QUANTITY 10 a
            """)
    void heWasNIsAnAge(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Muralitharan had Oram (1) and Shane Bond (8) trapped leg before wicket.",
            "Paul Tupai (10) and Semo Sititi (14) scored tries."})
    void aNumberInBracketsAfterANameInAMatchReportIsNoAge(String sentence) {
        assertThat(numbers(sentence)).noneMatch(c -> "a".equals(c.unit()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ana Silva (38) was charged with theft.  | 38=QUANTITY 38 a
            """)
    void aNumberInBracketsAfterANameElsewhereIsStillAnAge(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"He scored four minutes before half-time.", "His half-brother was also charged.",
            "He leads students from one exhibit to another.", "It is in one sense a consolation prize.",
            "Everyone is affected in one way or another."})
    void halfAndOneInFixedPhrasesCountNothing(String sentence) {
        assertThat(numberSummary(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            They lost half the vote.                  | half=NUMBER 0.5
            He drank a half-litre of water.           | a half-litre=QUANTITY 0.5 l
            Only one exhibit was returned.            | one=NUMBER 1
            """)
    void halfAndOneStillCountElsewhere(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Crude remained below 60 dollars a barrel.      | LESS_THAN
            Oil prices shot above 61 dollars a barrel.     | MORE_THAN
            Trade between them tops 8 billion dollars.     | MORE_THAN
            Turnout had exceeded 25 percent by noon.       | MORE_THAN
            """)
    void aBoundPassedIsAHedge(String sentence, String mod) {
        assertThat(numbers(sentence)).singleElement().satisfies(c -> assertThat(c.mod()).isEqualTo(mod));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The above four countries signed.", "Costs rose 40 dollars in a week."})
    void noBoundWithoutOne(String sentence) {
        assertThat(numbers(sentence)).singleElement().satisfies(c -> assertThat(c.mod()).isNull());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"O'Neal hurt his ankle in the Heat's 102-105 loss.", "They sealed a 98-90 win at home."})
    void aResultBeforeItsNounIsNoRange(String sentence) {
        assertThat(numberSummary(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Everton dominated for the first half.", "He scored early in the second half."})
    void theFirstOrSecondHalfOfAMatchIsNoShare(String sentence) {
        assertThat(numberSummary(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He was met by his two daughters, aged 27 and 24.  | 27=QUANTITY 27 a | 24=QUANTITY 24 a
            """)
    void theNextAgeOfAListAfterAgedIsAnAgeToo(String sentence, String first, String second) {
        assertThat(numberSummary(sentence)).contains(first.trim(), second.trim());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The bank granted a 750-million-US-dollar loan.       | 750-million-US-dollar=MONEY 750000000 USD
            It crashed a 30-million- euro helicopter.             | 30-million- euro=MONEY 30000000 EUR
            Telekom Malaysia shed 20 sen to 19.10 ringgit.        | 20 sen=MONEY 0.2 MYR
            Ericsson rose 3.4 percent to 27.70 kronor.            | 27.70 kronor=MONEY 27.7 SEK
            """)
    void moneyAsTheWiresWriteIt(String sentence, String expected) {
        assertThat(numberSummary(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Net income was 6.44 billion pesos in 1996.", "Fees rose by 500 shillings.",
            "Senator Kim Sen said 20 sen was enough."})
    void anAmountInACurrencyOfSeveralCountriesOrANameIsNoFigure(String sentence) {
        assertThat(numberSummary(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Wales will play in the Six Nations Championship.", "He is the only Seven Party Alliance leader.",
            "The Five Power Defense Arrangements forum opened.", "He fought in the Three Kingdoms era."})
    void aCapitalizedNumberWordInsideANameIsNoCount(String sentence) {
        assertThat(numberSummary(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Four Palestinians were wounded on Saturday.            | Four=NUMBER 4
            NABLUS, West Bank: Fourteen Palestinians were wounded. | Fourteen=NUMBER 14
            Recast: Four Palestinians wounded by gunfire           | Four=NUMBER 4
            """)
    void aCapitalizedNumberWordOpeningASentenceStillCounts(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Emissions must fall 5 percent from 1990 levels.", "Peru cited the 1952 and 1954 treaties.",
            "The league pledged that from 2007 onwards rights would be sold."})
    void aBareYearIsNoCount(String sentence) {
        assertThat(numberSummary(sentence)).noneMatch(s -> s.matches("(19|20)\\d\\d=NUMBER.*"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Some 2000 people attended the rally.     | 2000=NUMBER 2000
            The stadium seats 1,995 people.          | 1,995=NUMBER 1995
            """)
    void aCountOfThatSizeWithAHedgeOrACommaStillCounts(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The rand was supported by two-way trade.", "He backed a two-state solution.",
            "It was a one-off payment."})
    void aNumberWordInAFixedCompoundIsNoCount(String sentence) {
        assertThat(numberSummary(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The dollar moved in a 118.95-119.10 yen band.  | 118.95-119.10 yen=MONEY 118.95..119.1 JPY
            """)
    void aRangeOfTwoDecimalsIsNoCode(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Call 555.123.4567 now.", "The server 192.168.1.1 failed."})
    void dottedCodesStayNoFigures(String sentence) {
        assertThat(numberSummary(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Police seized 6.3 kilograms (13.86 pounds) of heroin.   | 13.86 pounds=QUANTITY 13.86 lb
            Durians cost 60 yuan a kilogram (2.2 pounds).           | 2.2 pounds=QUANTITY 2.2 lb
            """)
    void poundsAfterKilogramsAreAWeight(String sentence, String expected) {
        assertThat(numberSummary(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Income taxes were cut from 40 to 30 percent.   | 40=PERCENT 40 % | 30 percent=PERCENT 30 %
            Taxes rose from 30 to 40 percent.              | 30=PERCENT 30 % | 40 percent=PERCENT 40 %
            """)
    void aChangeFromABareFigureGivesItTheUnitItMovedTo(String sentence, String first, String second) {
        assertThat(numberSummary(sentence)).containsExactly(first.trim(), second.trim());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Estimates range from 30 to 40 percent.   | 30 to 40 percent=PERCENT 30..40 %
            """)
    void aRiseFromToIsStillARange(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Australia made 322-5 in their 50 overs.", "Titans were 261-6 in 69.5 overs."})
    void aCricketScoreIsNoWicketCount(String sentence) {
        assertThat(numberSummary(sentence)).noneMatch(s -> s.matches("[56]=NUMBER.*"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rio Tinto improved 9 cents to 79.20 dollars.   | 9 cents=MONEY 0.09 USD | 79.20 dollars=MONEY 79.2 USD
            """)
    void improvedIsAVerbOfChange(String sentence, String first, String second) {
        assertThat(numberSummary(sentence)).containsExactly(first.trim(), second.trim());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Shares worth 2.184 trillion won changed hands.          | 2.184 trillion won=MONEY 2184000000000 KRW
            Kruger, 29, toured Australia last season.               | 29=QUANTITY 29 a
            The ailing Mobutu, 66, who is recuperating, ruled Zaire. | 66=QUANTITY 66 a
            """)
    void wonAfterAScaleAndAnAgeAfterOneName(String sentence, String expected) {
        assertThat(numberSummary(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Troops came from Britain, 20, France, 15, and Italy.", "The party of 3 million won the vote."})
    void aListOfCountriesAndTheVerbWonAreNeitherAgesNorMoney(String sentence) {
        assertThat(numbers(sentence)).noneMatch(c -> "a".equals(c.unit()) || "KRW".equals(c.unit()));
    }

    @org.junit.jupiter.api.Test
    void aListOfNumbersIsNoSplitThousands() {
        assertThat(numberSummary("The codes were 1, 234, 567 and 8.")).contains("234=NUMBER 234", "567=NUMBER 567");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Since then no one wanted to set standards.", "It was the most serious one since 1994.",
            "Gunmen raided two houses at one O'clock on Wednesday.", "It is the biggest one yet."})
    void oneAsAPronounOrAnHourIsNoCount(String sentence) {
        assertThat(numberSummary(sentence)).noneMatch(s -> s.startsWith("one="));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Only one reporter was hurt.            | one=NUMBER 1
            It was the attack in which one guard was killed. | one=NUMBER 1
            It is owned by the richest one percent. | one percent=PERCENT 1 %
            """)
    void oneBeforeANounStillCounts(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            It cost $4, 000 last year.                    | ''
            On March 3, 100 protesters were arrested.     | 100=NUMBER 100
            """)
    void aSplitGroupAfterACurrencySignIsNoFigureButACountAfterADayIs(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactlyElementsOf(expected.isEmpty() ? java.util.List.of() : java.util.List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Posco rallied 5,500 won (62 US cents) to 52,300 won.           | 5,500 won=MONEY 5500 KRW
            The won finished at 930.80 won against one U.S. dollar.         | 930.80 won=MONEY 930.8 KRW
            The won was down 0.2 won from Monday's close.                   | 0.2 won=MONEY 0.2 KRW
            Kia Motors went down 130 won at 5,400 won.                      | 130 won=MONEY 130 KRW
            """)
    void wonWithoutAScaleIsMoneyWhenTheVerbCannotBeMeant(String sentence, String expected) {
        assertThat(numberSummary(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Of the 40 candidates, 12 won.", "The party, which in 1992 won 64,000 votes, split.",
            "It was one of 26 won by China on Wednesday.", "Of the 2,000 entrants, 1,200 won prizes.",
            "All 3 won at Wimbledon last year.", "Of 12 seats, 5 won to the surprise of many."})
    void wonAsAVerbAfterAFigureIsNoMoney(String sentence) {
        assertThat(numbers(sentence)).noneMatch(c -> "KRW".equals(c.unit()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            He scored two-and-a-half points out of three.              | two-and-a-half=NUMBER 2.5
            Growth should stand at two-and-three-quarter percent.      | two-and-three-quarter percent=PERCENT 2.75 %
            They built a one-and-a-half-metre wall.                    | one-and-a-half-metre=QUANTITY 1.5 m
            """)
    void aHyphenatedAndAHalfIsOneNumber(String sentence, String expected) {
        assertThat(numberSummary(sentence)).contains(expected).noneMatch(s -> s.startsWith("two=") || s.startsWith("one="));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The peso hovered at two-and-a-half-year highs.", "After three-and-a-half years of war, it ended.",
            "It was a three-and-a-half-hour match."})
    void aHyphenatedAndAHalfBeforeATimeUnitIsNoBareWholeNumber(String sentence) {
        assertThat(numbers(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Cuba bt Greece, 3-2 (25-19, 20-25, 25-22, 21-25, 15-12);",
            "Pierce had 10 aces in a 2-6, 6-4, 6-2 round-robin match.", "Clark finished with 2-25 off 15 overs.",
            "He bowled 18 overs for 0-51.", "He compiled a disappointing 7-18 match record this year."})
    void setScoresBowlingFiguresAndRecordsAreNoRanges(String sentence) {
        assertThat(numbers(sentence)).noneMatch(c -> c.high() != null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Prevalence rose in the 15-24, 25-34 and 35-44 age groups.  | 15-24=NUMBER 15..24
            Vietnam aimed for 6-8 golds at wrestling, 5-6 at judo.     | 6-8=NUMBER 6..8
            The studio plans 14-16 films next year.                    | 14-16=NUMBER 14..16
            """)
    void rangesThatOnlyGoUpStayRanges(String sentence, String expected) {
        assertThat(numberSummary(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The team showed that 5-HMF binds to hemoglobin.", "Sports clothing makers created 3-D stores."})
    void aFigureHyphenedToCapitalsIsAName(String sentence) {
        assertThat(numbers(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            They are building a 40-KM road.            | 40-KM=QUANTITY 40 km
            The three-Test series starts on Friday.    | three=NUMBER 3
            He fired 3 AK-47s at the crowd.            | 3=NUMBER 3
            """)
    void unitsInCapitalsAndCountsBeforeNamesStay(String sentence, String expected) {
        assertThat(numberSummary(sentence)).contains(expected);
    }

    @org.junit.jupiter.api.Test
    void aPriceBandAfterAChangeVerbWithoutAFigureIsStillARange() {
        assertThat(numberSummary("Prices slumped to 2.64 to 2.90 dollars.")).noneMatch(x -> x.startsWith("2.64 dollars="));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The firm will make a Chinasat 6B telecommunications satellite.",
            "It binds an enzyme called phosphodiesterase 4B in the brain."})
    void aFigureWithACapitalBAfterAWordIsAModelNotBillions(String sentence) {
        assertThat(numbers(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The deal was worth $6B in cash.            | $6B=MONEY 6000000000 USD
            The city has 1.8m people.                  | 1.8m=NUMBER 1800000
            """)
    void scaleLettersAfterACurrencyOrInACountStay(String sentence, String expected) {
        assertThat(numberSummary(sentence)).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Beijing unveils 2008 Olympic mascots (updated 3)", "Quake hits Java (update 1)"})
    void anUpdateMarkIsNoFigure(String sentence) {
        assertThat(numbers(sentence)).noneMatch(c -> c.text().length() == 1);
    }

    @org.junit.jupiter.api.Test
    void aCountAfterUpdatedOutsideAMarkStays() {
        assertThat(numberSummary("The list was updated 3 weeks ago by 12 staff (3 of them new).")).contains("12=NUMBER 12", "3=NUMBER 3");
    }

    @org.junit.jupiter.api.Test
    void aBracketedConversionWithoutDollarsIsUsDollars() {
        assertThat(numberSummary("A court imposed a fine of 9.25 million Singapore dollars (6.6 million US) on him."))
                .contains("6.6 million US=MONEY 6600000 USD");
        assertThat(numberSummary("About 2 million US troops served there.")).contains("2 million=NUMBER 2000000");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The stadium holds 70,000 or more fans.      | 70,000 | EQUAL_OR_MORE
            They piled up 500-plus in three Tests.      | 500    | EQUAL_OR_MORE
            Each bag weighs 2 kg or less.               | 2 kg   | EQUAL_OR_LESS
            Some 300 or more came.                      | 300    | APPROX
            """)
    void aBoundWrittenAfterTheFigureIsItsHedge(String sentence, String figure, String mod) {
        assertThat(numbers(sentence)).filteredOn(c -> c.text().equals(figure)).singleElement()
                .satisfies(c -> assertThat(c.mod()).isEqualTo(mod));
    }

    @org.junit.jupiter.api.Test
    void theAttacksWrittenWithADotAreNoFigure() {
        assertThat(numberSummary("It was the largest drop since the \"9.11\" attack in 2001.")).isEmpty();
        assertThat(numberSummary("Shares closed at 9.11 dollars.")).containsExactly("9.11 dollars=MONEY 9.11 USD");
    }
}
