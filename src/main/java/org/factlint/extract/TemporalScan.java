package org.factlint.extract;

import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs one pattern over the text and adds what its recognizer makes of each match to the candidates. */
final class TemporalScan {
    private TemporalScan() {}

    interface Recognizer {
        TemporalClaim recognize(Matcher m);
    }

    static void scan(Pattern pattern, String text, Candidates<TemporalClaim> found, Recognizer recognizer) {
        scan(pattern, text, found, recognizer, false);
    }

    static void scanDates(Pattern pattern, String text, Candidates<TemporalClaim> found, Recognizer recognizer) {
        scan(pattern, text, found, recognizer, true);
    }

    /**
     * @param holdImpossible an impossible day ("31 April 2024") still claims its span, so that "April
     *                       2024" inside it is not read as a valid month; the placeholder (value null)
     *                       is dropped after selection
     */
    private static void scan(Pattern pattern, String text, Candidates<TemporalClaim> found, Recognizer recognizer,
                             boolean holdImpossible) {
        SkippingMatcher scan = new SkippingMatcher(pattern, text);
        Matcher m = scan.matcher();
        while (scan.find()) {
            TemporalClaim claim;
            try {
                claim = recognizer.recognize(m);
            } catch (DateTimeException | NumberFormatException e) {
                claim = holdImpossible
                        ? new TemporalClaim(ClaimType.DATE, m.start(), m.end(), m.group(), null, null, null, null, null, 0)
                        : null;
            }
            if (claim != null) found.add(claim.start(), claim.end(), claim);
        }
    }
}
