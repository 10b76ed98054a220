package org.factlint.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeRatesTest {
    private static final LocalDate FEB_2025 = LocalDate.of(2025, 2, 25);
    private static final LocalDate JUN_2024 = LocalDate.of(2024, 6, 3);
    private static final LocalDate MAR_2020 = LocalDate.of(2020, 3, 2);
    /** The cache covers June 2024 and also the fixture's last day, to show which source wins. */
    private static final String CACHE_CSV = """
            Date,USD,GBP,
            2025-02-25,1.0497,0.82908,
            2024-06-04,1.0865,0.85143,
            2024-06-03,1.0842,0.85175,
            """;

    @TempDir
    Path dir;

    private Path explicitCsv() throws IOException {
        return RateFixtures.write(dir.resolve("rates.csv"), RateFixtures.CSV);
    }

    private Path cacheZip() throws IOException {
        Files.createDirectories(dir.resolve("cache"));
        return RateFixtures.zip(dir.resolve("cache/eurofxref-hist.zip"), "eurofxref-hist.csv", CACHE_CSV);
    }

    @Test
    void asksSourcesInOrderAndFallsThroughWhenADateIsNotCovered() throws IOException {
        ExchangeRates rates = new ExchangeRates(explicitCsv(), Map.of(), cacheZip());

        assertThat(rates.quote("USD", "GBP", FEB_2025).orElseThrow().source())
                .isEqualTo("ECB reference rates, rates.csv");
        RateQuote fromCache = rates.quote("USD", "GBP", JUN_2024).orElseThrow();
        assertThat(fromCache.source()).isEqualTo("ECB reference rates, eurofxref-hist.zip");
        assertThat(fromCache.rate()).isCloseTo(0.85175 / 1.0842, within(1e-12));
        RateQuote fromBundle = rates.quote("USD", "GBP", MAR_2020).orElseThrow();
        assertThat(fromBundle.source()).contains("bundled");
        assertThat(fromBundle.rate()).isCloseTo(0.87113 / 1.1122, within(1e-12));
        assertThat(rates.quote("USD", "GBP", LocalDate.of(1998, 12, 31))).isEmpty();
    }

    @Test
    void environmentFileIsUsedWithoutExplicitFile() throws IOException {
        Map<String, String> env = Map.of(ExchangeRates.RATES_ENV, explicitCsv().toString());

        ExchangeRates rates = new ExchangeRates(null, env, cacheZip());

        assertThat(rates.quote("USD", "GBP", FEB_2025).orElseThrow().source()).endsWith("rates.csv");
        assertThat(rates.describeSources()).hasSize(3).first().isEqualTo(dir.resolve("rates.csv").toString());
    }

    @Test
    void explicitFileOverridesTheEnvironment() throws IOException {
        Map<String, String> env = Map.of(ExchangeRates.RATES_ENV, dir.resolve("ignored.csv").toString());

        ExchangeRates rates = new ExchangeRates(explicitCsv(), env, null);

        assertThat(rates.quote("USD", "GBP", FEB_2025).orElseThrow().source()).endsWith("rates.csv");
    }

    @Test
    void withoutExplicitFileTheCacheAnswers() throws IOException {
        ExchangeRates rates = new ExchangeRates(null, Map.of(ExchangeRates.RATES_ENV, ""), cacheZip());

        assertThat(rates.quote("USD", "GBP", FEB_2025).orElseThrow().source()).endsWith("eurofxref-hist.zip");
    }

    @Test
    void missingExplicitFileIsAnErrorOnlyWhenFirstNeeded() {
        Path missing = dir.resolve("typo.csv");

        ExchangeRates rates = new ExchangeRates(missing, Map.of(), null); // no error yet: nothing parsed

        assertThatThrownBy(() -> rates.quote("USD", "GBP", FEB_2025))
                .isInstanceOf(RatesException.class)
                .hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> rates.quote("USD", "GBP", MAR_2020)).hasMessage(missing + ": no such file");
    }

    @Test
    void missingCacheFileIsSkipped() {
        ExchangeRates rates = new ExchangeRates(null, Map.of(), dir.resolve("never-downloaded.zip"));

        assertThat(rates.quote("USD", "GBP", MAR_2020)).isPresent();
        assertThat(rates.quote("USD", "GBP", FEB_2025)).isEmpty(); // bundled history ends in 2023
    }

    @Test
    void laterSourcesAreNotReadWhileEarlierOnesAnswer() throws IOException {
        Path brokenCache = RateFixtures.write(dir.resolve("broken.zip"), "not rates at all");

        ExchangeRates rates = new ExchangeRates(explicitCsv(), Map.of(), brokenCache);

        assertThat(rates.quote("USD", "GBP", FEB_2025)).isPresent();
        assertThatThrownBy(() -> rates.quote("USD", "GBP", MAR_2020))
                .isInstanceOf(RatesException.class)
                .hasMessageStartingWith(brokenCache + " line 1:");
    }

    @Test
    void manyThreadsShareOneLoad() throws Exception {
        ExchangeRates rates = new ExchangeRates(explicitCsv(), Map.of(), cacheZip());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RateQuote>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                LocalDate date = i % 2 == 0 ? FEB_2025 : JUN_2024;
                answers.add(pool.submit(() -> rates.quote("USD", "GBP", date).orElseThrow()));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get().fixingDate()).isEqualTo(i % 2 == 0 ? FEB_2025 : JUN_2024);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void defaultCacheFileFollowsXdg() {
        Path home = Paths.get(System.getProperty("user.home"));

        assertThat(ExchangeRates.defaultCacheFile(Map.of("XDG_CACHE_HOME", "/var/cache/me")))
                .isEqualTo(Paths.get("/var/cache/me/factlint/eurofxref-hist.zip"));
        assertThat(ExchangeRates.defaultCacheFile(Map.of()))
                .isEqualTo(home.resolve(".cache/factlint/eurofxref-hist.zip"));
        assertThat(ExchangeRates.defaultCacheFile(Map.of("XDG_CACHE_HOME", "relative/dir")))
                .isEqualTo(home.resolve(".cache/factlint/eurofxref-hist.zip"));
    }

    @Test
    void sharedEcbHistoryGivesTheFebruary2025Rate() {
        Path shared = Paths.get("../shared/fx/eurofxref-hist.zip");
        Assumptions.assumeTrue(Files.isRegularFile(shared), "no shared ECB history at " + shared.toAbsolutePath());

        ExchangeRates rates = new ExchangeRates(shared, Map.of(), null);
        RateQuote quote = rates.quote("USD", "GBP", FEB_2025).orElseThrow();

        assertThat(quote.rate()).isCloseTo(0.82908 / 1.0497, within(1e-9));
        assertThat(quote.fixingDate()).isEqualTo(FEB_2025);
        assertThat(quote.source()).isEqualTo("ECB reference rates, eurofxref-hist.zip");
    }
}
