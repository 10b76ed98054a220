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
            A stamp costs 85p now.                   | -              | -   | 0       | 0
            """)
    void moneyAmounts(String sentence, String text, String currency, double value, double precision) {
        List<NumericClaim> money = numbers(sentence).stream().filter(c -> c.type() == ClaimType.MONEY).toList();
        if (text.equals("-")) {
            assertThat(money).isEmpty(); // "85p" is not read yet; it must not be misread either
            return;
        }
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
}
