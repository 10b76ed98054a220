package org.factlint.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What factlint found in one file.
 *
 * @param publicationDate the date relative expressions were resolved against, or null when the
 *                        document gave none (then {@code assumedDate} was used)
 * @param assumedDate     today's date, used only when the document had no date
 */
public record FileResult(String path, LocalDate publicationDate, LocalDate assumedDate,
                         List<ReportedFinding> findings, List<ReportedClaim> claims) {

    public Severity highestSeverity() {
        return findings.stream().map(ReportedFinding::severity).max(Enum::compareTo).orElse(null);
    }
}
