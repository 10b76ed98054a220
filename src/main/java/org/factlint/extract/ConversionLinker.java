package org.factlint.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Links a figure to its restatement in brackets: money in another currency ("$500 billion (£396bn)",
 * "€10m (about £8.5m)") or a quantity in another unit of the same dimension ("a 5km (3.1-mile) run",
 * "20C (68F)"). Money is only ever linked to money.
 */
final class ConversionLinker {
    private static final Pattern OPEN = Pattern.compile("\\s*\\(\\s*(?:about|around|roughly|approximately|some|c\\.|or)?\\s*");
    private static final Pattern CLOSE = Pattern.compile("\\s*[);,]");
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|and|or|to|-|–)\\s*(?:and\\s+)?");

    private ConversionLinker() {}

    private static boolean restatable(NumericClaim source, NumericClaim target) {
        if (source.type() != target.type() || source.unit() == null || target.unit() == null) return false;
        if (source.unit().equals(target.unit())) return false;
        return source.type() == ClaimType.MONEY
                || source.type() == ClaimType.QUANTITY && source.measure() == null && Units.sameDimension(source.unit(), target.unit());
    }

    /** Whether claims {@code a} and {@code b} (adjacent indexes) are items of one list. */
    private static boolean inList(String text, List<NumericClaim> claims, int a, int b) {
        if (a < 0 || b >= claims.size()) return false;
        NumericClaim first = claims.get(a);
        NumericClaim second = claims.get(b);
        if (first.sentence() != second.sentence() || first.end() > second.start()) return false;
        String gap = text.substring(first.end(), second.start());
        // "rose five pence to 913 pence ($14.43)": a change and a level, and the bracket restates the level.
        if (gap.strip().equals("to") && Merges.changeThenLevel(text, first.start(), first.value(), second.value())) return false;
        return LIST_GAP.matcher(gap).matches();
    }

    static List<Conversion> link(String text, List<NumericClaim> claims) {
        List<Conversion> links = new ArrayList<>();
        for (int i = 0; i + 1 < claims.size(); i++) {
            NumericClaim source = claims.get(i);
            NumericClaim target = claims.get(i + 1);
            if (!restatable(source, target)) continue;
            if (!OPEN.matcher(text.substring(source.end(), target.start())).matches()) continue;
            String after = text.substring(target.end(), Math.min(text.length(), target.end() + 3));
            if (!CLOSE.matcher(after).lookingAt()) continue;
            // "24.84, 24.04 and 23.34 baht (62 cents, 60 cents and 58 cents)": lists restate item by
            // item, and the last figure before the bracket is not what the bracket's first restates.
            if (inList(text, claims, i - 1, i) || inList(text, claims, i + 1, i + 2)) continue;
            links.add(new Conversion(source, target));
        }
        return links;
    }
}
