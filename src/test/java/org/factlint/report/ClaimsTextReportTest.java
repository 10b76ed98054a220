package org.factlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.report.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsTextReportTest {
    private final ClaimsTextReport report = new ClaimsTextReport();

    @Test
    void oneAlignedLinePerClaimInSourceOrder() {
        FileResult file = new FileResult("a.md", PUBLISHED, null, List.of(), List.of(
                new ReportedClaim("MONEY", new SourceSpan(900, 912, 12, 3, "about $500bn"), 5.0e11, "USD",
                        "APPROX", null),
                new ReportedClaim("DURATION", new SourceSpan(380, 395, 7, 180, "three years\nago"), "P3Y", null,
                        null, "full-scale invasion"),
                new ReportedClaim("PERCENT", new SourceSpan(950, 952, 13, 1, "5%"), 0.05, null, null, null)));

        assertThat(report.render(file)).isEqualTo("""
                a.md: published 2025-02-25
                  7:180  DURATION  P3Y                      "three years ago"  -> full-scale invasion
                  12:3   MONEY     500000000000 USD APPROX  "about $500bn"
                  13:1   PERCENT   0.05                     "5%"
                """);
    }

    @Test
    void aNumericRangeShowsLowAndHigh() {
        FileResult file = new FileResult("a.md", PUBLISHED, null, List.of(), List.of(
                new ReportedClaim("QUANTITY", new SourceSpan(40, 56, 2, 5, "eight to 10 feet"), 8.0, "ft", null, null,
                        10.0, false)));

        assertThat(report.render(file)).contains("QUANTITY  8..10 ft  \"eight to 10 feet\"");
    }

    @Test
    void fileWithoutDateOrClaims() {
        FileResult file = new FileResult("b.md", null, TODAY, List.of(), List.of());

        assertThat(report.render(List.of(file))).isEqualTo("""
                b.md: no publication date; relative dates resolved against 2026-11-26 (today)
                  no claims
                """);
    }
}
