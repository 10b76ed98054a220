package org.factlint.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.extract.ClaimType;
import org.factlint.extract.TemporalClaim;
import org.factlint.facts.ReferenceMatch;
import org.factlint.nlp.AnalyzedText;
import org.factlint.nlp.Sentence;

/**
 * Finds the years and dates that date an event of the knowledge base. A claim (a plain year, a month
 * and year, or a full date; never a relative expression or a hedged one) dates an event when, in the
 * same sentence,
 * <ul>
 *   <li>an alias of the event ends just before it, with at most {@value #MAX_GAP_WORDS} filler words
 *       between ("the Berlin Wall fell [in] 1991", "fell [on] 9 November 1989"), the nearest alias
 *       winning; or</li>
 *   <li>the year premodifies the alias after a determiner ("the 1986 Chernobyl disaster").</li>
 * </ul>
 * Anything else between the two (a comma, a verb, another name: "fell, and in 1991 ...") and the
 * claim is left alone. Sentences that negate, hedge or speak of an anniversary, a film or a book are
 * skipped entirely: the year there may date something else. Aliases match case-insensitively, on
 * word boundaries, with any run of spaces between words and either apostrophe.
 */
public final class ReferenceMatcher {
    static final int MAX_GAP_WORDS = 6;

    /** Words that may stand between an alias and its year: prepositions and adverbs that keep the year on the event. */
    private static final Pattern GAP = Pattern.compile("(?i)(?:\\s+(?:in|on|of|the|year|back|early|late|mid|during|at"
            + "|finally|officially|formally|eventually|only|was|were)){0," + MAX_GAP_WORDS + "}\\s+");
    /** Before a premodifying year: a determiner or a possessive ("the 1986 Chernobyl disaster", "Russia's 2014 annexation"). */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)(?:\\b(?:the|its|their|his|her|this|that)|['’]s)\\s+$");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");
    /** A range or list of years: "1939-45", "1939 to 1945", "1989/90". */
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*(?:[-–—/]\\s*\\d|(?:to|and|or)\\s+\\d)");
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?:\\d\\s*[-–—/]|\\b(?:and|or|to)\\s+)\\s*$");
    /**
     * A sentence that negates, hedges, reports a doubt or speaks of a commemoration, a work about the
     * event or a year counted from it: the year there may not be the event's own.
     */
    private static final Pattern SKIP_SENTENCE = Pattern.compile("(?i)\\b(?:not|never|no|nor|neither|reportedly|allegedly"
            + "|supposedly|rumou?red|myths?|wrongly|mistakenly|falsely|erroneously|incorrectly|if|whether|would|could"
            + "|might|unless|anniversar\\w*|commemorat\\w*|memorials?|ceremon\\w*|celebrat\\w*|jubilee|remembrance"
            + "|mark(?:s|ed|ing)|films?|movies?|series|documentar\\w*|books?|novels?|exhibitions?|museums?|dramas?"
            + "|plays?|musicals?|songs?|albums?|games?)\\b|n['’]t\\b|(?-i:\\bmay\\b)");
    private static final Pattern CLAIM_VALUE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

    /** An alias's regex, and its longest word: a sentence without that word cannot hold the alias. */
    private record Alias(Pattern pattern, String keyword, ReferenceEntry entry) {}

    private record Found(int start, int end, ReferenceEntry entry) {}

    private final List<Alias> aliases = new ArrayList<>();

    public ReferenceMatcher(ReferenceFacts facts) {
        for (ReferenceEntry entry : facts.entries()) {
            for (String alias : entry.aliases()) aliases.add(new Alias(pattern(alias), keyword(alias), entry));
        }
    }

    public boolean isEmpty() {
        return aliases.isEmpty();
    }

    /** The matches of one analysed document. */
    public List<ReferenceMatch> match(AnalyzedText text, List<TemporalClaim> claims) {
        if (aliases.isEmpty()) return List.of();
        return match(text.text(), claims, offset -> {
            Sentence sentence = text.sentenceAt(offset);
            return new int[] {sentence.start(), sentence.end()};
        });
    }

    /**
     * @param sentenceAt the bounds {start, end} of the sentence containing a plain-text offset
     */
    public List<ReferenceMatch> match(String text, List<TemporalClaim> claims, IntFunction<int[]> sentenceAt) {
        List<ReferenceMatch> matches = new ArrayList<>();
        if (aliases.isEmpty()) return matches;
        Map<Integer, List<Found>> foundBySentence = new LinkedHashMap<>();
        Map<Integer, Boolean> skip = new java.util.HashMap<>();
        for (TemporalClaim claim : claims) {
            if (!eligible(claim)) continue;
            int[] bounds = sentenceAt.apply(claim.start());
            if (claim.end() > bounds[1]) continue; // a claim across a sentence break
            if (skip.computeIfAbsent(bounds[0], s -> SKIP_SENTENCE.matcher(text).region(bounds[0], bounds[1]).find())) continue;
            if (RANGE_AFTER.matcher(text.substring(claim.end(), Math.min(bounds[1], claim.end() + 40))).find()) continue;
            if (RANGE_BEFORE.matcher(text.substring(Math.max(bounds[0], claim.start() - 40), claim.start())).find()) continue;
            List<Found> found = foundBySentence.computeIfAbsent(bounds[0], s -> find(text, bounds));
            Found before = nearestBefore(text, claim, found);
            Found after = premodified(text, claim, found, bounds[0]);
            if (before != null && after != null) continue; // two candidates: which one the year dates is a guess
            Found alias = before != null ? before : after;
            if (alias == null) continue;
            ReferenceEntry e = alias.entry();
            matches.add(new ReferenceMatch(claim.start(), claim.end(), claim.text(), claim.value(), claim.sentence(), e.id(),
                    e.event(), e.year(), e.date(), e.source(),
                    new ReferenceMatch.Alias(alias.start(), alias.end(), text.substring(alias.start(), alias.end()))));
        }
        return matches;
    }

    private static boolean eligible(TemporalClaim claim) {
        return claim.type() == ClaimType.DATE && !claim.isRelative() && claim.mod() == null && claim.value() != null
                && CLAIM_VALUE.matcher(claim.value()).matches();
    }

    private List<Found> find(String text, int[] bounds) {
        List<Found> found = new ArrayList<>();
        // Hundreds of alias patterns per sentence were a quarter of a check: test a plain word first.
        String lower = text.substring(bounds[0], bounds[1]).toLowerCase(java.util.Locale.ROOT);
        for (Alias alias : aliases) {
            if (!lower.contains(alias.keyword())) continue;
            Matcher m = alias.pattern().matcher(text).region(bounds[0], bounds[1]);
            while (m.find()) found.add(new Found(m.start(), m.end(), alias.entry()));
        }
        return found;
    }

    /** The alias ending nearest before the claim with only filler words between; null when none, or when two events tie. */
    private static Found nearestBefore(String text, TemporalClaim claim, List<Found> found) {
        Found best = null;
        boolean tie = false;
        for (Found f : found) {
            if (f.end() > claim.start() || !GAP.matcher(text).region(f.end(), claim.start()).matches()) continue; // a region: no copy of the gap
            if (best == null || f.end() > best.end() || (f.end() == best.end() && f.start() < best.start())) {
                tie = best != null && f.end() == best.end() && f.entry() != best.entry();
                best = f;
            } else if (f.end() == best.end() && f.entry() != best.entry()) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** "the 1986 Chernobyl disaster": a plain year after a determiner, the alias right after it. */
    private static Found premodified(String text, TemporalClaim claim, List<Found> found, int sentenceStart) {
        if (claim.value().length() != 4) return null;
        if (!DETERMINER_BEFORE.matcher(text.substring(Math.max(sentenceStart, claim.start() - 40), claim.start())).find()) return null;
        Found best = null;
        for (Found f : found) {
            if (f.start() < claim.end() || !SPACES.matcher(text).region(claim.end(), f.start()).matches()) continue;
            if (best != null && best.entry() != f.entry()) return null;
            if (best == null || f.end() > best.end()) best = f;
        }
        return best;
    }

    /** The longest run of letters in the alias, lower case (apostrophes split words, as in the regex). */
    static String keyword(String alias) {
        String longest = "";
        for (String word : normalize(alias).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > longest.length()) longest = word;
        }
        return longest;
    }

    /** The regex of an alias: its words, case-insensitive, any spaces between, either apostrophe, a leading "the" optional. */
    static Pattern pattern(String alias) {
        String[] words = normalize(alias).split(" ");
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) regex.append("\\s+");
            String[] parts = words[i].split("'", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) regex.append("['’]");
                if (!parts[p].isEmpty()) regex.append(Pattern.quote(parts[p]));
            }
        }
        regex.append("(?![\\p{L}\\p{N}])");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The alias as compared: lower case, one space between words, straight apostrophes, no leading "the". */
    static String normalize(String alias) {
        String text = alias.strip().replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return text.startsWith("the ") ? text.substring(4) : text;
    }

    static int words(String phrase) {
        String text = phrase.strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }
}
