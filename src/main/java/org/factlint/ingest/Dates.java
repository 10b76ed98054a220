package org.factlint.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as written in metadata: the leading YYYY-MM-DD, any time part ignored. */
final class Dates {
    // YAML also allows one-digit months and days; a time, if any, must follow a separator.
    private static final Pattern LEADING_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[Tt ].*)", Pattern.DOTALL);

    private Dates() {}

    /** The date at the start of {@code text}, or null when it does not start with a valid date. */
    static LocalDate parseLeading(String text) {
        if (text == null) return null;
        Matcher m = LEADING_DATE.matcher(text.strip());
        if (!m.matches()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
