package org.factlint.extract.statements;

import static org.factlint.extract.statements.Figures.AMOUNT;
import static org.factlint.extract.statements.Figures.EDGE;
import static org.factlint.extract.statements.Figures.PERCENT;
import static org.factlint.extract.statements.Figures.WORDS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.extract.SkippingMatcher;

/**
 * Finds a part of a whole restated as a percentage: "18 of the 60 delegates (25%)", "nine out of
 * 10 (90%)", "18 of 60 delegates, or 30 percent", "one in four (20%)". The percentage must follow
 * the phrase directly, in brackets or after ", or"; anything else is left alone.
 */
final class ShareRecognizer {
    /** Up to four words naming what is counted ("delegates", "eligible voters", "members of parliament"). */
    private static final String NOUN = "(?<noun>(?:\\s[\\p{L}'’-]+){0,4}?)";
    private static final String TAIL = "\\s?(?:\\((?<pct>" + PERCENT + ")\\)|,\\s(?:or|i\\.e\\.)\\s(?<pct2>" + PERCENT + "))";

    private static final Pattern OF = Pattern.compile(EDGE + "(?<part>" + AMOUNT + ")\\s(?<out>out\\s)?of\\s"
            + "(?:the\\s|its\\s|their\\s|all\\s|a\\stotal\\sof\\s)?(?<whole>" + AMOUNT + ")" + NOUN + TAIL,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_IN = Pattern.compile(EDGE + "(?<part>" + AMOUNT + ")\\sin\\s(?:every\\s)?"
            + "(?<whole>\\d{1,3}|" + WORDS + ")" + NOUN + TAIL, Pattern.CASE_INSENSITIVE);

    /** Words that show the bracket or ", or" belongs to something else than the share. */
    private static final Set<String> NOT_A_NOUN = Set.of("up", "down", "or", "and", "from", "to", "than", "by", "rose",
            "fell", "increase", "increased", "rise", "decline", "declined", "compared", "against", "vs", "versus", "was",
            "were", "is", "are", "had", "have", "has", "said", "percent", "per", "cent", "points", "with", "while",
            "in", "on", "at", "for", "more", "less", "over", "under");

    private ShareRecognizer() {}

    static List<ShareStatement> find(String text, int from, int to, int sentence) {
        List<ShareStatement> found = new ArrayList<>();
        scan(OF, text, from, to, sentence, false, found);
        scan(ONE_IN, text, from, to, sentence, true, found);
        return found;
    }

    private static void scan(Pattern pattern, String text, int from, int to, int sentence, boolean ratio,
                             List<ShareStatement> found) {
        SkippingMatcher scan = new SkippingMatcher(pattern, text, from, to);
        Matcher m = scan.matcher();
        while (scan.find()) {
            if (!nounWords(m.group("noun"))) continue;
            Figure part = Figures.read(m.group("part"), m.start("part"));
            Figure whole = Figures.read(m.group("whole"), m.start("whole"));
            String pctGroup = m.group("pct") != null ? "pct" : "pct2";
            Figure percent = Figures.read(m.group(pctGroup), m.start(pctGroup));
            if (part == null || whole == null || percent == null) continue;
            if (percent.kind() != Figure.Kind.PERCENT || part.kind() != Figure.Kind.COUNT || whole.kind() != Figure.Kind.COUNT) continue;
            if (part.hedged() || whole.hedged() || part.looksLikeYear() || whole.looksLikeYear()) continue;
            if (!part.currency().equals(whole.currency())) continue;
            if (whole.value() <= 0 || part.value() > whole.value() || percent.value() > 100) continue;
            if (ratio && part.value() >= whole.value()) continue;
            // ", or 30 percent of the population": a percentage of another whole
            if (pctGroup.equals("pct2") && text.substring(m.end(), Math.min(to, m.end() + 4)).matches("\\s+of.*")) continue;
            found.add(new ShareStatement(m.start("part"), m.end(pctGroup), sentence, part, whole, percent, ratio));
        }
    }

    private static boolean nounWords(String noun) {
        for (String word : noun.trim().split("\\s+")) {
            if (NOT_A_NOUN.contains(word.toLowerCase(java.util.Locale.ROOT))) return false;
        }
        return true;
    }
}
