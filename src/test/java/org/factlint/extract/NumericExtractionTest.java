package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.factlint.extract.ExtractionFixture.SEED_DATE;
import static org.factlint.extract.ExtractionFixture.extract;
import static org.factlint.extract.ExtractionFixture.numbers;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumericExtractionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Aid amounts to $500 billion so far.      | $500 billion   | USD | 5.0E11  | 1.0E11
            The bill came to £396bn last year.      | £396bn         | GBP | 3.96E11 | 1.0E9
            The club paid €2.5m for him.            | €2.5m          | EUR | 2.5E6   | 1.0E5
            The fund has US$34.6 million left.       | US$34.6 million| USD | 3.46E7  | 1.0E5
            The firm raised USD 34.6 million.        | USD 34.6 million| USD | 3.46E7 | 1.0E5
            Losses reached 27m euros this year.      | 27m euros      | EUR | 2.7E7   | 1.0E6
            It cost 500 billion dollars in total.    | 500 billion dollars | USD | 5.0E11 | 1.0E11
            A ticket costs 1,204 yen at the door.    | 1,204 yen      | JPY | 1204    | 1
            Shares traded at 45k roubles each.       | 45k roubles    | RUB | 45000   | 1000
            A stamp costs 85p now.                   | 85p            | GBP | 0.85    | 0.01
            It cost 3 dollars 50 cents.              | 3 dollars 50 cents | USD | 3.5   | 0.1
            He paid C$300 million for it.            | C$300 million  | CAD | 3.0E8   | 1.0E8
            He paid c $ 16.4 million for it.         | c $ 16.4 million | CAD | 1.64E7 | 1.0E5
            Profit improved to 361 million pounds.   | 361 million pounds | GBP | 3.61E8 | 1.0E6
            Ministers received five million yen.     | five million yen | JPY | 5.0E6 | 1.0E6
            The fine was 20 pounds sterling.         | 20 pounds sterling | GBP | 20 | 10
            The bill was R1.5bn last year.           | R1.5bn         | ZAR | 1.5E9   | 1.0E8
            A coffee costs 99 cents here.            | 99 cents       | USD | 0.99    | 0.01
            Banknotes start at 5 € each.             | 5 €            | EUR | 5       | 1
            The firm lost GBP 27m last year.         | GBP 27m        | GBP | 2.7E7   | 1.0E6
            Exports reached 6.65 billion pesetas.    | 6.65 billion pesetas | ESP | 6.65E9 | 1.0E7
            The scheme costs 50 crore rupees.        | 50 crore rupees | INR | 5.0E8  | 1.0E8
            The fare rose to ₦500 this week.        | ₦500           | NGN | 500     | 100
            A meal costs ₱1,200 in Manila.          | ₱1,200         | PHP | 1200    | 100
            A loaf costs ₴30 now.                   | ₴30            | UAH | 30      | 10
            The ticket is 100元 at the gate.         | 100元          | CNY | 100     | 100
            The room is 8,000円 a night.             | 8,000円        | JPY | 8000    | 1000
            Sales were MSEK 1,200 in total.         | MSEK 1,200     | SEK | 1.2E9   | 1.0E8
            Sell Mex$ 10 million forward.           | Mex$ 10 million | MXN | 1.0E7  | 1.0E7
            """)
    void moneyAmounts(String sentence, String text, String currency, double value, double precision) {
        List<NumericClaim> money = numbers(sentence).stream().filter(c -> c.type() == ClaimType.MONEY).toList();
        assertThat(money).hasSize(1);
        NumericClaim claim = money.get(0);
        assertThat(claim.text()).isEqualTo(text.trim());
        assertThat(claim.unit()).isEqualTo(currency);
        assertThat(claim.value()).isCloseTo(value, within(1e-3));
        assertThat(claim.precision()).isCloseTo(precision, within(1e-6));
    }

    @Test
    void hedgesBecomeMods() {
        assertThat(numbers("It amounts to around $500 billion.").get(0).mod()).isEqualTo("APPROX");
        assertThat(numbers("It amounts to more than $500 billion.").get(0).mod()).isEqualTo("MORE_THAN");
        assertThat(numbers("It amounts to nearly $500 billion.").get(0).mod()).isEqualTo("LESS_THAN");
        assertThat(numbers("It amounts to $500 billion.").get(0).mod()).isNull();
    }

    @Test
    void percentagesAndPercentagePoints() {
        assertThat(numbers("Ukraine holds approximately 5% of the reserves.")).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ClaimType.PERCENT);
            assertThat(c.value()).isEqualTo(5);
            assertThat(c.unit()).isEqualTo("%");
            assertThat(c.mod()).isEqualTo("APPROX");
        });
        assertThat(numbers("Turnout rose by five per cent.")).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo(5));
        assertThat(numbers("Support rose 3.5 percentage points.")).singleElement()
                .satisfies(c -> assertThat(c.unit()).isEqualTo("pp"));
    }

    @Test
    void bracketedRestatementInAnotherCurrencyIsAConversion() {
        Extraction extraction = extract("Aid amounts to around $500 billion (£396bn), he said.", SEED_DATE);
        assertThat(extraction.conversions()).singleElement().satisfies(c -> {
            assertThat(c.source().text()).isEqualTo("$500 billion");
            assertThat(c.target().text()).isEqualTo("£396bn");
        });
    }

    @Test
    void figuresSideBySideAreNotConversions() {
        assertThat(extract("The fund holds $500 billion and £396bn apart.", SEED_DATE).conversions()).isEmpty();
        assertThat(extract("Costs were $5m ($4m last year).", SEED_DATE).conversions()).isEmpty();
    }

    @Test
    void numberWordsInsideOtherWordsAreNotFigures() {
        assertThat(numbers("He often goes there, and they have forty cats.")).extracting(NumericClaim::text)
                .containsExactly("forty");
        assertThat(numbers("Tennis fans seventeen times.")).extracting(NumericClaim::text).containsExactly("seventeen");
    }
}
