package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.factlint.extract.ExtractionFixture.SEED_DATE;
import static org.factlint.extract.ExtractionFixture.extract;
import static org.factlint.extract.ExtractionFixture.numberSummary;
import static org.factlint.extract.ExtractionFixture.numbers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersAndQuantitiesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Officials counted 1,204 ballots.              | 1,204=NUMBER 1204
            The tank holds 3.5 units.                     | 3.5=NUMBER 3.5
            The city has 1.2m residents.                  | 1.2m=NUMBER 1200000
            The fund lent 1.2bn to them.                  | 1.2bn=NUMBER 1200000000
            The debt is 2.3tn overall.                    | 2.3tn=NUMBER 2300000000000
            The post got 45k likes.                       | 45k=NUMBER 45000
            Police arrested three men.                    | three=NUMBER 3
            Police arrested twenty-five men.              | twenty-five=NUMBER 25
            Police arrested five hundred men.             | five hundred=NUMBER 500
            Police arrested a dozen men.                  | a dozen=NUMBER 12
            They lost a quarter of the vote.              | a quarter=NUMBER 0.25
            They lost half the vote.                      | half=NUMBER 0.5
            One in five adults smoke.                     | One in five=NUMBER 0.2
            The region has 2.5 million voters.            | 2.5 million=NUMBER 2500000
            The region has 3 billion trees.               | 3 billion=NUMBER 3000000000
            It is the 50th edition.                       | 50th=NUMBER 50 ordinal
            Two hundred and six people came.              | Two hundred and six=NUMBER 206
            Half a million people marched.                | Half a million=NUMBER 500000
            The county recorded 1,234,567 votes.          | 1,234,567=NUMBER 1234567
            The state counted 12,34,567 ballots.          | 12,34,567=NUMBER 1234567
            About 40 000 people marched.                  | 40 000=NUMBER 40000
            Some 3/4 of members agreed.                   | 3/4=NUMBER 0.75
            The pitcher threw 204 1/3 innings.            | 204 1/3=NUMBER 204.33333333333334
            Only ½ of the seats were filled.              | ½=NUMBER 0.5
            The bolt is 11/16 of an inch wide.            | 11/16=NUMBER 0.6875
            He scored 20/100 in the test.                 | 20/100=NUMBER 0.2
            Nearly a quarter of a million people fled.    | a quarter of a million=NUMBER 250000
            Three quarters of a million homes lost power. | Three quarters of a million=NUMBER 750000
            A quarter million people fled.                | A quarter million=NUMBER 250000
            The region has 2 million and a half people.   | 2 million and a half=NUMBER 2500000
            The list had 4 thousand 3 hundred and 21 names. | 4 thousand 3 hundred and 21=NUMBER 4321
            Only one twentieth of the budget was spent.   | one twentieth=NUMBER 0.05
            Just three twenty-fifths of staff stayed.     | three twenty-fifths=NUMBER 0.12
            Turnout was one hundred and three and two thirds. | one hundred and three and two thirds=NUMBER 103.66666666666667
            The minister said two point five million jobs. | two point five million=NUMBER 2500000
            The speaker said nine point nought four.      | nine point nought four=NUMBER 9.04
            He said the odds were one over three.         | one over three=NUMBER 0.3333333333333333
            The sample held 1.3e6 cells.                  | 1.3e6=NUMBER 1300000
            The score went to minus one.                  | minus one=NUMBER -1
            """)
    void numbers_(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected.trim());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Call us on 020 7946 0958 today.
            Call us on +44 20 7946 0958 today.
            The meeting starts at 10:30 tomorrow.
            The meeting starts at 5pm sharp.
            The meeting starts at 6 p.m. sharp.
            A Boeing 737 landed safely.
            She bought an iPhone 15 yesterday.
            He upgraded to Windows 11 yesterday.
            Covid-19 spread quickly.
            The G7 met quickly.
            Traffic on the M25 was slow.
            Traffic on the A1 was slow.
            He lives at 10 Downing Street now.
            United won 3-2 at home.
            The shop is open 24/7 now.
            The 9/11 attacks shocked everyone.
            They invoked Article 50 quickly.
            Section 230 protects platforms.
            See page 12 for details.
            The 2024-25 season starts soon.
            Server 192.168.1.2 went down.
            Read more at https://example.com/a?q=%2829%29 now.
            We met on 5/17/2018 in Paris.
            The law took effect on 3/4 this year.
            They celebrated the twenty-fifth anniversary.
            """)
    void notClaims(String sentence) {
        assertThat(numbers(sentence)).isEmpty();
    }

    @Test
    void aListMarkerOpensAnItemAndAFigureEndingTheTextIsNone() {
        assertThat(numberSummary("Shortlisted titles:\n1. The Sea\n2. The Hill\n")).isEmpty();
        assertThat(numberSummary("(2) The Hill")).isEmpty();
        assertThat(numberSummary("Final count:\n192.")).containsExactly("192=NUMBER 192");
        assertThat(numberSummary("192.\n")).containsExactly("192=NUMBER 192");
    }

    @Test
    void yearsStayTemporal() {
        Extraction extraction = extract("The 2019 invasion began three years ago.", SEED_DATE);
        assertThat(extraction.numeric()).isEmpty();
        assertThat(extraction.temporal()).extracting(TemporalClaim::text).contains("2019");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tickets cost between £300 and £450 each.  | £300 and £450=MONEY 300..450 GBP
            Growth was 3-5% last year.                 | 3-5%=PERCENT 3..5 %
            Walls were 10 to 12 feet tall.             | 10 to 12 feet=QUANTITY 10..12 ft
            The deal is worth $3-5 million.            | $3-5 million=MONEY 3000000..5000000 USD
            Prices may rise by 50 to 100 percent.      | 50 to 100 percent=PERCENT 50..100 %
            Profits fell 50% to 75% last year.         | 50% to 75%=PERCENT 50..75 %
            The lens is a 75-300mm zoom.               | 75-300mm=QUANTITY 75..300 mm
            Four to six million mines remain.          | Four to six million=NUMBER 4000000..6000000
            Fines range from 2,000 to 10,000 yuan.     | 2,000 to 10,000 yuan=MONEY 2000..10000 CNY
            """)
    void rangesKeepBothEnds(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected.trim());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Oil fell 47 cents to 59.86 dollars a barrel.   | 47 cents=MONEY 0.47 USD        | 59.86 dollars=MONEY 59.86 USD
            The index rose 0.2 percent to 17,987.00.       | 0.2 percent=PERCENT 0.2 %      | 17,987.00=NUMBER 17987
            Jobless claims fell 20,000 to 304,000.         | 20,000=NUMBER 20000            | 304,000=NUMBER 304000
            Fares rose from 1 yuan to 1.8 yuan.            | 1 yuan=MONEY 1 CNY             | 1.8 yuan=MONEY 1.8 CNY
            Sales soared 60 percent to 70 units.           | 60 percent=PERCENT 60 %        | 70=NUMBER 70
            NAB dipped 17 cents to 32.93 dollars.          | 17 cents=MONEY 0.17 USD        | 32.93 dollars=MONEY 32.93 USD
            """)
    void aChangeAndTheLevelItReachedAreNoRange(String sentence, String first, String second) {
        assertThat(numberSummary(sentence)).containsExactly(first.trim(), second.trim());
    }

    @Test
    void aYearBeforeAnAmountIsNoRange() {
        assertThat(numberSummary("Sales grew in 2004 to 551.2 million dollars.")).containsExactly("551.2 million dollars=MONEY 551200000 USD");
    }

    @Test
    void aChangeToALevelLinksTheLevelToItsRestatement() {
        Extraction shares = extract("Reuters shares rose five pence to 913 pence ($14.43) in London.", SEED_DATE);
        assertThat(shares.conversions()).singleElement()
                .satisfies(c -> assertThat(c.source().text()).isEqualTo("913 pence"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The bonds pay 6 3/8% a year.                  | 6 3/8%=PERCENT 6.375 %
            Raceway Park is a 1/4 mile oval.              | 1/4 mile=QUANTITY 0.25 mi
            Add 1/2 cup of olive oil.                     | 1/2 cup=QUANTITY 0.5 cup
            It took 10 1/2 miles of cable.                | 10 1/2 miles=QUANTITY 10.5 mi
            The chip has a 16-bit bus.                    | 16-bit=QUANTITY 16 bit
            The update is a 100 MB download.              | 100 MB=QUANTITY 100 MB
            The phone has 2TB of storage.                 | 2TB=QUANTITY 2 TB
            The plant makes 3-nanometre chips.            | 3-nanometre=QUANTITY 3 nm
            She wanted to drop 25 pounds before summer.   | 25 pounds=QUANTITY 25 lb
            """)
    void fractionsAndMoreUnits(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected.trim());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The culture held 1.3x10^6 cells.              | 1.3x10^6=NUMBER 1300000
            Avogadro's number is 6.02×10²³.                | 6.02×10²³=NUMBER 6.02E23
            The dose was 6.23 x 10^-4 grams.              | 6.23 x 10^-4 grams=QUANTITY 6.23E-4 g
            Detectors pass the 10^6 mark.                 | 10^6=NUMBER 1000000
            A growth factor of 1.1^23 is large.           | 1.1^23=NUMBER 8.95430243255239
            The slope was -2.5^-1 here.                   | -2.5^-1=NUMBER -0.4
            """)
    void powersOfTenAndCaretPowersAreOneFigure(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected.trim());
    }

    @Test
    void aPowerBeyondWhatADoubleHoldsIsNoFigureAndNoCrash() {
        assertThat(numberSummary("The value was 10^400 here, 9^999 there and 0^-1 nowhere."))
                .noneMatch(claim -> claim.contains("Infinity") || claim.contains("NaN"))
                .noneMatch(claim -> claim.startsWith("10^400") || claim.startsWith("9^999") || claim.startsWith("0^-1"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"The rate fell .5-1 point.", "Scores: 2½-1½ in round 3.", "It cost MSEK 1e400.",
        "It weighed 9e307 thousand ton 1ounce.", "It was -1e400-two thousand.", "It weighed 1e400 tonnes and 12 ounces."})
    void figuresPastADoubleOrScoresWithFractionsAreReadWithoutThrowing(String sentence) {
        assertThat(numberSummary(sentence)).noneMatch(claim -> claim.contains("Infinity") || claim.contains("NaN"));
    }

    @Test
    void aSuperscriptWithoutTimesTenIsAFootnoteMark() {
        assertThat(numberSummary("Sales rose 12² last year.")).doesNotContain("12²=NUMBER 144");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The school sent three fifth graders.            | three=NUMBER 3
            They built four third-generation reactors.      | four=NUMBER 4
            It lasted one one-hundredth of a second.        | one one-hundredth=NUMBER 0.01
            Wait one one hundred and fifth of it.           | one one hundred and fifth=NUMBER 0.009523809523809525
            It moved five one-thousandths of an inch.       | five one-thousandths=NUMBER 0.005
            The party won a two third majority.             | two third=NUMBER 0.6666666666666666
            It needs a three-fifth majority.                | three-fifth=NUMBER 0.6
            Three quarter of the seats are gone.            | Three quarter=NUMBER 0.75
            It took two millionths of a second.             | two millionths=NUMBER 2.0E-6
            """)
    void anOrdinalAfterACountIsAFractionOnlyWhereEnglishWritesOne(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected.trim());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            She was the two millionth visitor.
            They marked the one hundred fifth anniversary.
            A rolling four-quarter test applies.
            """)
    void compoundOrScaleOrdinalsAreNoFigures(String sentence) {
        assertThat(numbers(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The shop sold 3 doz. eggs.                    | 3 doz=NUMBER 36
            We ordered five dozs of roses.                | five dozs=NUMBER 60
            Interns earn 50 k a year there.               | 50 k=NUMBER 50000
            """)
    void abbreviatedScales(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected.trim());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The scheme cost 6 crore and two hundred.      | 6 crore and two hundred=NUMBER 60000200
            The fee is 3.500,00 euros.                    | 3.500,00 euros=MONEY 3500 EUR
            Output reached 12.345,6 units.                | 12.345,6=NUMBER 12345.6
            The ratio was 1.234 then.                     | 1.234=NUMBER 1.234
            """)
    void scaleTailsInWordsAndContinentalDecimals(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected.trim());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            It followed the first one he got in 2006.
            If you get a good one it can lead the team.
            Which one do you prefer?
            """)
    void oneBeforeAPronounOrAuxiliaryIsAPronoun(String sentence) {
        assertThat(numbers(sentence).stream().filter(c -> c.text().equalsIgnoreCase("one")).toList()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A gunman opened fire in Thousand Oaks.
            Dozens of people were hurt.
            Several hundred refugees fled.
            Only a few thousand fans came.
            It was a multi-billion-dollar scandal.
            He met minister Charles Million.
            """)
    void aScaleWordWithoutACountIsNoFigure(String sentence) {
        assertThat(numbers(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The plan costs Rs 1.5 lakh crore.            | Rs 1.5 lakh crore=MONEY 1500000000000 INR
            The flat costs Rs 12 lacs.                   | Rs 12 lacs=MONEY 1200000 INR
            The bridge costs Rs 500 cr.                  | Rs 500 cr=MONEY 5000000000 INR
            They counted 4 hundred million votes.        | 4 hundred million=NUMBER 400000000
            He earned 3 cr in the course.                | 3=NUMBER 3
            The deal is worth $1.5 M in all.             | $1.5 M=MONEY 1500000 USD
            Shares fell 2.5pc on the news.               | 2.5pc=PERCENT 2.5 %
            He bought 5 pc games.                        | 5=NUMBER 5
            """)
    void indianScalesAndScalesOfScales(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected.trim());
    }

    @Test
    void digitsAfterAScaleAndAreNoPartOfIt() {
        assertThat(numberSummary("It cost $2 million and 300 volunteers helped.")).containsExactly("$2 million=MONEY 2000000 USD", "300=NUMBER 300");
        assertThat(numberSummary("It had 6 million and two hundred thousand users.")).doesNotContain("6 million and two hundred=NUMBER 6000200");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The cell was cooled to 300 K overnight.       | 300=NUMBER 300
            Band 5 k-pop fans queued.                     | 5=NUMBER 5
            """)
    void aSpacedCapitalKOrAHyphenedKIsNoThousand(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected.trim());
    }

    @Test
    void bothSidesOfASizeInMetresAreMetres() {
        assertThat(numberSummary("The slab is 2 m x 3 m wide.")).containsExactly("2 m=QUANTITY 2 m", "3 m=QUANTITY 3 m");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The guide says 1m is equal to 100 cm.              | 1m=QUANTITY 1 m, 100 cm=QUANTITY 100 cm
            In the textbook 1m = 1000 mm, it says.             | 1m=QUANTITY 1 m, 1000 mm=QUANTITY 1000 mm
            The centre is 2 m 10 cm tall.                      | 2 m 10 cm=QUANTITY 2.1 m
            The city has 1.8m people and 20 km of roads.       | 1.8m=NUMBER 1800000, 20 km=QUANTITY 20 km
            The startup raised 5m from investors.              | 5m=NUMBER 5000000
            The boat sank 5m from the shore.                   | 5m=QUANTITY 5 m
            """)
    void mIsMetresOnlyWhereTheContextSaysLength(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected.trim().split(", "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The table lists the catch as 20 (kg) per boat.     | 20 (kg)=QUANTITY 20 kg
            The route is 3.5 [km] long on the map.             | 3.5 [km]=QUANTITY 3.5 km
            """)
    void aUnitInBracketsAsTablesWriteIt(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected.trim());
    }

    @Test
    void aSingleLetterInBracketsIsAClauseNotAUnit() {
        assertThat(numberSummary("Under section 20 (g) of the act and rule 5 (C), the fine stands."))
                .noneMatch(claim -> claim.contains("QUANTITY"));
        assertThat(numberSummary("Revenue was 5 (m) last year.")).noneMatch(claim -> claim.contains("QUANTITY"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The vendor said it costs 15 dollars 50.       | 15 dollars 50=MONEY 15.5 USD
            A coffee there costs 3 euros and 20.          | 3 euros and 20=MONEY 3.2 EUR
            The group reported losses of 30 MUSD.         | 30 MUSD=MONEY 30000000 USD
            Fujitsu withdrew its one-yen bid.             | one-yen=MONEY 1 JPY
            The plan costs one point six billion dollars. | one point six billion dollars=MONEY 1600000000 USD
            """)
    void moneyAsSaidAloud(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected.trim());
    }

    @Test
    void aBareNumberAfterMoneyIsNoCentsUnlessTheClauseEnds() {
        assertThat(numberSummary("He paid 15 dollars and 50 people came.")).containsExactly("15 dollars=MONEY 15 USD", "50=NUMBER 50");
        assertThat(numberSummary("Prices were between 15 dollars and 20.")).doesNotContain("15 dollars and 20=MONEY 15.2 USD");
        assertThat(numberSummary("Rates are 100 yen and 50.")).contains("100 yen=MONEY 100 JPY");
    }

    @Test
    void droppingPoundsInAPriceStoryIsStillMoney() {
        assertThat(numbers("The ticket price dropped 25 pounds after the sale.")).singleElement()
                .satisfies(c -> assertThat(c.unit()).isEqualTo("GBP"));
    }

    @Test
    void atOnePointIsAMomentNotADecimal() {
        assertThat(numberSummary("At one point two men ran onto the pitch.")).containsExactly("two=NUMBER 2");
    }

    @Test
    void bytesConvertToBitsOnly() {
        assertThat(Units.convert(1, "MB", "kB")).hasValueSatisfying(v -> assertThat(v).isCloseTo(1000, within(1e-9)));
        assertThat(Units.convert(2, "B", "bit")).hasValueSatisfying(v -> assertThat(v).isCloseTo(16, within(1e-9)));
        assertThat(Units.convert(1, "MB", "m")).isEmpty();
        assertThat(Units.sameDimension("GB", "kg")).isFalse();
    }

    @Test
    void hedgesOnAnyFigure() {
        assertThat(numbers("Almost 300 people came.").get(0).mod()).isEqualTo("LESS_THAN");
        assertThat(numbers("At least 300 people came.").get(0).mod()).isEqualTo("EQUAL_OR_MORE");
        assertThat(numbers("Up to 300 people came.").get(0).mod()).isEqualTo("EQUAL_OR_LESS");
        assertThat(numbers("More than 5km of road was shut.").get(0).mod()).isEqualTo("MORE_THAN");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            They ran 5km in the rain.                   | 5km=QUANTITY 5 km
            They ran 26.2 miles in the rain.            | 26.2 miles=QUANTITY 26.2 mi
            The farm covers 45 acres now.               | 45 acres=QUANTITY 45 acre
            The park covers 12 sq km now.               | 12 sq km=QUANTITY 12 km²
            The fire burned 300 hectares.               | 300 hectares=QUANTITY 300 ha
            The bag weighs 20kg in total.               | 20kg=QUANTITY 20 kg
            The baby weighed 7lb at birth.              | 7lb=QUANTITY 7 lb
            The baby weighed seven pounds at birth.     | seven pounds=QUANTITY 7 lb
            The ship carried 3,000 tonnes of grain.     | 3,000 tonnes=QUANTITY 3000 t
            The tank holds 40 litres of fuel.           | 40 litres=QUANTITY 40 l
            The car did 70mph on the road.              | 70mph=QUANTITY 70 mph
            The train reached 300 km/h on the line.     | 300 km/h=QUANTITY 300 km/h
            Temperatures reached 35C in the shade.      | 35C=QUANTITY 35 °C
            It reached 95 degrees Fahrenheit there.     | 95 degrees Fahrenheit=QUANTITY 95 °F
            Temperatures fell to minus 5C overnight.    | minus 5C=QUANTITY -5 °C
            He is 5 ft 2 in tall.                       | 5 ft 2 in=QUANTITY 5.166666666666667 ft
            The plant produces 500MW at peak.           | 500MW=QUANTITY 500 MW
            """)
    void quantitiesWithUnitSymbols(String sentence, String expected) {
        assertThat(numberSummary(sentence)).containsExactly(expected.trim());
    }

    @Test
    void attachedCOrFNeedsATemperatureContext() {
        assertThat(numbers("The hedge fund made a 13F filing.")).isEmpty();
        assertThat(numbers("A Boeing 777F carried supplies.")).isEmpty();
    }

    @Test
    void bareTwentyPoundsIsNeitherMoneyNorWeight() {
        assertThat(numbers("He found 20 pounds in the street.")).isEmpty();
        assertThat(numbers("He paid 20 pounds for the ticket.")).singleElement()
                .satisfies(c -> assertThat(c.unit()).isEqualTo("GBP"));
    }

    @Test
    void agesAreQuantitiesInYearsWithTheAgeMeasure() {
        assertThat(numbers("A 38-year-old man was arrested.")).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ClaimType.QUANTITY);
            assertThat(c.value()).isEqualTo(38);
            assertThat(c.unit()).isEqualTo("a");
            assertThat(c.measure()).isEqualTo(NumericClaim.AGE);
        });
        assertThat(numbers("Ana Silva, 38, said she was shocked.")).singleElement().satisfies(c -> {
            assertThat(c.measure()).isEqualTo(NumericClaim.AGE);
            assertThat(c.anchor().phrase()).isEqualTo("Ana Silva");
        });
        assertThat(numbers("The suspect, aged 45, was held.")).singleElement()
                .satisfies(c -> assertThat(c.measure()).isEqualTo(NumericClaim.AGE));
    }

    @Test
    void quantityRestatedInAnotherUnitIsAConversion() {
        Extraction run = extract("It was a 5km (5-mile) run.", SEED_DATE);
        assertThat(run.conversions()).singleElement().satisfies(c -> {
            assertThat(c.source().unit()).isEqualTo("km");
            assertThat(c.target().unit()).isEqualTo("mi");
        });
        assertThat(extract("It was 20C (68F) at noon.", SEED_DATE).conversions()).hasSize(1);
        assertThat(extract("It was 5km (£20) to enter.", SEED_DATE).conversions()).isEmpty();
    }

    @Test
    void unitsConvertWithExactFactorsAndOffsets() {
        assertThat(Units.convert(5, "km", "mi")).hasValueSatisfying(v -> assertThat(v).isCloseTo(3.10686, within(1e-5)));
        assertThat(Units.convert(20, "°C", "°F")).hasValueSatisfying(v -> assertThat(v).isCloseTo(68, within(1e-9)));
        assertThat(Units.convert(1, "acre", "ha")).hasValueSatisfying(v -> assertThat(v).isCloseTo(0.40468564224, within(1e-12)));
        assertThat(Units.convert(1, "st", "lb")).hasValueSatisfying(v -> assertThat(v).isCloseTo(14, within(1e-9)));
        assertThat(Units.convert(1, "km", "kg")).isEmpty();
        assertThat(Units.convert(1, "parsec", "km")).isEmpty();
    }

    @Test
    void percentSignsInsideUrlsAreNotPercentages() {
        assertThat(numbers("See http://x.org/search?issn%280024%2D9114%29 for more.")).isEmpty();
        assertThat(numbers("Prices rose 5% in May.")).extracting(NumericClaim::text).containsExactly("5%");
    }

    @Test
    void percentagePointsAreKeptApart() {
        assertThat(numbers("Support rose five percentage points.")).singleElement()
                .satisfies(c -> assertThat(c.unit()).isEqualTo("pp"));
    }

    @Test
    void precisionIsThePlaceOfTheLastSignificantDigit() {
        assertThat(numbers("About 1,200 people came.").get(0).precision()).isEqualTo(100);
        assertThat(numbers("It is 3.25 km long.").get(0).precision()).isCloseTo(0.01, within(1e-12));
    }

    @Test
    void aLongRunOfNumberWordsIsReadInBoundedPieces() {
        String run = "one ".repeat(30_000) + "point " + "five ".repeat(30_000);
        assertThat(numbers(run)).allSatisfy(c -> assertThat(c.end() - c.start()).isLessThan(400));
    }

    @Test
    void aMegabyteOfDigitsAndPunctuationIsScannedInLinearTime() {
        StringBuilder text = new StringBuilder(3_500_000);
        for (int i = 0; i < 200_000; i++) text.append(i % 10).append(',');
        text.append(' ');
        text.append("9".repeat(1_000_000)).append(' ');
        text.append("$".repeat(500_000)).append(' ');
        text.append("£1 ".repeat(100_000));
        // OpenNLP's sentence detector is quadratic on runs without spaces; the pipeline feeds it bounded pieces.
        text.append("1.2-".repeat(100_000)).append(' ');
        Extraction extraction = extract(text.toString(), SEED_DATE);
        assertThat(extraction).isNotNull();
    }
}
