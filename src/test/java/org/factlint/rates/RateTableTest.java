package org.factlint.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RateTableTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 2, 25);

    private final RateTable table = fixture();

    private static RateTable fixture() {
        try {
            return EcbCsvReader.read(new StringReader(RateFixtures.CSV), "rates.csv", "test rates");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void crossRateGoesThroughTheEuro() {
        RateQuote quote = table.quote("USD", "GBP", TUESDAY).orElseThrow();

        assertThat(quote.rate()).isCloseTo(0.82908 / 1.0497, within(1e-12));
        assertThat(quote.fixingDate()).isEqualTo(TUESDAY);
        assertThat(quote.from()).isEqualTo("USD");
        assertThat(quote.to()).isEqualTo("GBP");
        assertThat(quote.source()).isEqualTo("test rates");
        // "$500 billion (£396bn)": the ECB rate gives £394.9bn.
        assertThat(quote.convert(500)).isCloseTo(394.9, within(0.05));
    }

    @Test
    void codesAreCaseInsensitive() {
        assertThat(table.quote("usd", " gbp", TUESDAY)).get().extracting(RateQuote::to).isEqualTo("GBP");
    }

    @Test
    void euroIsOneOnEveryFixing() {
        assertThat(table.quote("EUR", "USD", TUESDAY).orElseThrow().rate()).isEqualTo(1.0497);
        assertThat(table.quote("GBP", "EUR", TUESDAY).orElseThrow().rate()).isCloseTo(1 / 0.82908, within(1e-12));
        assertThat(table.quote("EUR", "EUR", TUESDAY).orElseThrow().rate()).isEqualTo(1.0);
    }

    @Test
    void weekendUsesFridaysFixing() {
        RateQuote sunday = table.quote("USD", "GBP", LocalDate.of(2025, 2, 23)).orElseThrow();

        assertThat(sunday.fixingDate()).isEqualTo(LocalDate.of(2025, 2, 21));
        assertThat(sunday.rate()).isCloseTo(0.8276 / 1.0465, within(1e-12));
    }

    @Test
    void dateBeforeTheFirstFixingIsUnverifiable() {
        assertThat(table.quote("USD", "GBP", LocalDate.of(2025, 2, 19))).isEmpty();
    }

    @Test
    void fixingUpToSevenDaysOldIsUsedButNotOlder() {
        assertThat(table.quote("USD", "GBP", TUESDAY.plusDays(7))).get()
                .extracting(RateQuote::fixingDate).isEqualTo(TUESDAY);
        assertThat(table.quote("USD", "GBP", TUESDAY.plusDays(8))).isEmpty();
        assertThat(table.quote("USD", "GBP", LocalDate.of(2030, 1, 1))).isEmpty();
    }

    @Test
    void currencyWithoutFixingsGivesNothing() {
        assertThat(table.quote("CYP", "USD", TUESDAY)).isEmpty(); // N/A in every row
        assertThat(table.quote("USD", "XYZ", TUESDAY)).isEmpty(); // not in the file at all
    }

    @Test
    void missingRateFallsBackToAnEarlierFixingOfThatCurrency() throws IOException {
        RateTable gaps = EcbCsvReader.read(new StringReader("""
                Date,USD,GBP,
                2025-02-25,1.0497,N/A,
                2025-02-24,1.0466,,
                2025-02-21,1.0465,0.8276,
                """), "gaps.csv", "gaps");

        RateQuote quote = gaps.quote("USD", "GBP", TUESDAY).orElseThrow();

        assertThat(quote.fixingDate()).isEqualTo(LocalDate.of(2025, 2, 21));
        assertThat(quote.rate()).isCloseTo(0.8276 / 1.0465, within(1e-12));
        assertThat(gaps.quote("EUR", "USD", TUESDAY).orElseThrow().fixingDate()).isEqualTo(TUESDAY);
    }

    @Test
    void describesItsRange() {
        assertThat(table.firstDate()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(table.lastDate()).isEqualTo(TUESDAY);
        assertThat(table.size()).isEqualTo(4);
        // CYP is in the header but has no rate: it is not a currency this table knows.
        assertThat(table.currencies()).containsExactly("BGN", "EUR", "GBP", "JPY", "USD");
    }

    @Test
    void builderAcceptsDatesAndCurrenciesInAnyOrder() {
        RateTable built = RateTable.builder("built")
                .put(LocalDate.of(2025, 2, 24), "GBP", 0.8283)
                .put(LocalDate.of(2025, 2, 25), "USD", 1.0497)
                .put(LocalDate.of(2025, 2, 25), "GBP", 0.82908)
                .put(LocalDate.of(2025, 2, 24), "USD", 1.0466)
                .build();

        assertThat(built.quote("USD", "GBP", TUESDAY).orElseThrow().rate()).isCloseTo(0.82908 / 1.0497, within(1e-12));
        assertThat(built.quote("USD", "GBP", TUESDAY.minusDays(1)).orElseThrow().rate())
                .isCloseTo(0.8283 / 1.0466, within(1e-12));
    }
}
