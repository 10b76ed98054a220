package org.factlint.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateFilesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 2, 25);

    @TempDir
    Path dir;

    @Test
    void readsThePlainCsv() throws IOException {
        RateTable table = RateFiles.read(RateFixtures.write(dir.resolve("rates.csv"), RateFixtures.CSV));

        assertThat(table.quote("USD", "GBP", TUESDAY).orElseThrow().rate()).isCloseTo(0.82908 / 1.0497, within(1e-12));
        assertThat(table.source()).isEqualTo("ECB reference rates, rates.csv");
    }

    @Test
    void readsTheCsvInsideTheEcbZip() throws IOException {
        Path zip = RateFixtures.zip(dir.resolve("eurofxref-hist.zip"), "eurofxref-hist.csv", RateFixtures.CSV);

        RateTable table = RateFiles.read(zip);

        assertThat(table.quote("JPY", "USD", TUESDAY).orElseThrow().rate()).isCloseTo(1.0497 / 157.19, within(1e-12));
        assertThat(table.source()).isEqualTo("ECB reference rates, eurofxref-hist.zip");
    }

    @Test
    void readsTheXml() throws IOException {
        RateTable table = RateFiles.read(RateFixtures.write(dir.resolve("eurofxref-hist.xml"), RateFixtures.XML));

        RateQuote quote = table.quote("USD", "GBP", LocalDate.of(2020, 3, 2)).orElseThrow();
        assertThat(quote.rate()).isCloseTo(0.87113 / 1.1122, within(1e-12));
        assertThat(table.firstDate()).isEqualTo(LocalDate.of(2020, 3, 2));
        assertThat(table.lastDate()).isEqualTo(LocalDate.of(2020, 3, 3));
        assertThat(table.currencies()).containsExactly("EUR", "GBP", "USD");
    }

    @Test
    void toleratesByteOrderMarkAndWindowsLineEnds() throws IOException {
        String windows = "\uFEFF" + RateFixtures.CSV.replace("\n", "\r\n");

        RateTable table = RateFiles.read(RateFixtures.write(dir.resolve("excel.csv"), windows));

        assertThat(table.size()).isEqualTo(4);
        assertThat(table.quote("USD", "GBP", TUESDAY)).isPresent();
    }

    @Test
    void badNumberIsReportedWithFileAndLine() throws IOException {
        Path file = RateFixtures.write(dir.resolve("rates.csv"), RateFixtures.CSV + "2025-02-19,abc,158.41,1.9558,N/A,0.82838,\n");

        assertThatThrownBy(() -> RateFiles.read(file))
                .isInstanceOf(RatesException.class)
                .hasMessage(file + " line 6: 'abc' is not a number for USD");
    }

    @Test
    void badDateIsReportedWithLine() throws IOException {
        Path file = RateFixtures.write(dir.resolve("rates.csv"), "Date,USD,\n2025-02-25,1.0497,\n25/02/2025,1.0466,\n");

        assertThatThrownBy(() -> RateFiles.read(file))
                .hasMessage(file + " line 3: '25/02/2025' is not a date (expected YYYY-MM-DD)");
    }

    @Test
    void errorInsideZipNamesTheEntry() throws IOException {
        Path zip = RateFixtures.zip(dir.resolve("eurofxref-hist.zip"), "eurofxref-hist.csv", "Date,USD,\n2025-02-25,-1,\n");

        assertThatThrownBy(() -> RateFiles.read(zip))
                .hasMessage(zip + "!eurofxref-hist.csv line 2: '-1' is not a positive rate for USD");
    }

    @Test
    void fileThatIsNotEcbRatesIsRejected() throws IOException {
        Path notRates = RateFixtures.write(dir.resolve("notes.txt"), "hello, world\n");
        Path empty = RateFixtures.write(dir.resolve("empty.csv"), "");
        Path headerOnly = RateFixtures.write(dir.resolve("header.csv"), "Date,USD,\n");

        assertThatThrownBy(() -> RateFiles.read(notRates)).hasMessageStartingWith(notRates + " line 1: expected a header");
        assertThatThrownBy(() -> RateFiles.read(empty)).hasMessageStartingWith(empty + ": empty file");
        assertThatThrownBy(() -> RateFiles.read(headerOnly)).hasMessage(headerOnly + ": no rows after the header");
    }

    @Test
    void valueBeyondTheHeaderIsRejected() throws IOException {
        Path file = RateFixtures.write(dir.resolve("rates.csv"), "Date,USD,\n2025-02-25,1.0497,0.82908\n");

        assertThatThrownBy(() -> RateFiles.read(file))
                .hasMessage(file + " line 2: value '0.82908' in column 3, which has no currency in the header");
    }

    @Test
    void malformedXmlIsReportedOnOneLine() throws IOException {
        Path broken = RateFixtures.write(dir.resolve("broken.xml"), RateFixtures.XML.replace("</Cube>\n  </Cube>", ""));
        Path badRate = RateFixtures.write(dir.resolve("bad.xml"), RateFixtures.XML.replace("0.8721", "n/a"));

        assertThatThrownBy(() -> RateFiles.read(broken))
                .isInstanceOf(RatesException.class)
                .hasMessageStartingWith(broken + " line ")
                .hasMessageContaining("not well-formed XML")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> RateFiles.read(badRate))
                .hasMessage(badRate + " line 5: 'n/a' is not a number for GBP");
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nowhere.zip");

        assertThatThrownBy(() -> RateFiles.read(missing)).isInstanceOf(RatesException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void bundledMonetaHistoryEndsIn2023() {
        RateTable bundled = RateFiles.readBundled();

        assertThat(bundled.quote("USD", "GBP", LocalDate.of(2020, 3, 2))).get()
                .satisfies(q -> assertThat(q.rate()).isCloseTo(0.87113 / 1.1122, within(1e-12)));
        assertThat(bundled.quote("USD", "GBP", LocalDate.of(2025, 2, 25))).isEmpty();
        assertThat(bundled.firstDate()).isEqualTo(LocalDate.of(1999, 1, 4));
        assertThat(bundled.lastDate()).isEqualTo(LocalDate.of(2023, 2, 21));
    }
}
