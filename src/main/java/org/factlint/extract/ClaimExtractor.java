package org.factlint.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factlint.nlp.AnalyzedText;

/**
 * The extraction stage: numeric and temporal claims of one analysed text, normalized against the
 * reference date, with what each one dates and the conversions between them. Thread-safe.
 */
public final class ClaimExtractor {
    private final TemporalExtractor temporal;
    private final NumericExtractor numeric;

    /**
     * @param defaultDollar ISO code a bare "$" stands for (USD unless the newsroom says otherwise)
     * @param dayFirst      read 03/04/2025 as 3 April (en-GB) rather than 4 March (en-US)
     */
    public ClaimExtractor(String defaultDollar, boolean dayFirst) {
        this.temporal = new TemporalExtractor(dayFirst);
        this.numeric = new NumericExtractor(defaultDollar);
    }

    public ClaimExtractor() {
        this("USD", true);
    }

    public Extraction extract(AnalyzedText analyzed, LocalDate referenceDate) {
        List<TemporalClaim> found = temporal.extract(analyzed, referenceDate);
        // A bare number inside a time expression is part of it ("three years ago", "in 2019"); a figure
        // with a currency, unit or % is not a time ("£2,019", "2019%", "a 38-year-old").
        List<NumericClaim> numbers = new ArrayList<>();
        for (NumericClaim claim : numeric.extract(analyzed)) {
            if (claim.type() != ClaimType.NUMBER || !overlapsAny(claim, found)) numbers.add(claim);
        }
        List<TemporalClaim> times = new ArrayList<>();
        AnchorFinder anchors = new AnchorFinder(analyzed);
        for (TemporalClaim claim : found) {
            if (overlapsAny(claim, numbers)) continue;
            times.add(claim.type() == ClaimType.DATE && claim.interval() != null ? claim.withAnchor(anchors.find(claim)) : claim);
        }
        return new Extraction(referenceDate, List.copyOf(times), List.copyOf(numbers),
                ConversionLinker.link(analyzed.text(), numbers));
    }

    private static boolean overlapsAny(Claim claim, List<? extends Claim> others) {
        for (Claim other : others) {
            if (claim.start() < other.end() && other.start() < claim.end()) return true;
        }
        return false;
    }
}
