package org.factlint.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.nlp.AnalyzedText;
import org.factlint.nlp.Sentence;

/**
 * Finds, within one sentence, time expressions the text ties together: a relative expression
 * restated as a year ("three decades ago, in 1994"), and a length of time stated beside the year
 * something began ("founded in 2015 ... a three-year-old company"). Only plain, close wordings are
 * linked; anything looser is left alone so that the rules stay silent.
 */
final class TemporalLinker {
    private static final Pattern RELATIVE_TEXT = Pattern.compile("(?i).*\\bago|(?:last|next|this)\\s+year");
    /** "three decades ago, in 1994", "40 years ago (in 1984)": the year restates the relative expression. */
    private static final Pattern RELATIVE_THEN_YEAR = Pattern.compile("\\s*(?:,|\\(|–|—|-)\\s*in\\s+");
    /** "in 1994, three decades ago": the relative expression restates the year. */
    private static final Pattern YEAR_THEN_RELATIVE = Pattern.compile(",\\s*");
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("['’]s\\s+");
    private static final Pattern WHEN_GAP = Pattern.compile("(?i)[^.;:]{0,80}\\bwhen\\b[^.;:]{0,60}");
    private static final Pattern START_VERB = Pattern.compile(
            "(?i)\\b(?:began|begun|started|launched|founded|established|set\\s+up|created|formed|broke\\s+out|erupted)"
            + "\\s+(?:[\\w'-]+\\s+){0,3}?in\\s+$");
    private static final String COUNT = "(?<n>\\d{1,3}|" + NumberWords.PATTERN + ")";
    private static final Pattern ELAPSED = Pattern.compile("(?i)\\b(?:"
            + "(?<age>" + COUNT.replace("<n>", "<an>") + "-year-old)"
            + "|(?:after|for|over|nearly|almost)\\s+(?<dur>" + COUNT + "\\s+years?)(?:\\s+of\\b)?"
            + "|(?<dur2>" + COUNT.replace("<n>", "<n2>") + "\\s+years?)\\s+(?:of|on|into|later)\\b"
            + "|now\\s+in\\s+its\\s+(?<nth>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))\\s+year"
            + "|(?<anniv>the\\s+(?<ord>\\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|tenth|twentieth|fiftieth|hundredth)\\s+anniversary)"
            + ")");

    /** An age stated of a person: "Mr Patel, 52,", "aged 52", "a 52-year-old". */
    private static final Pattern AGE = Pattern.compile(
            "(?<=[A-Za-z]),\\s(?<a1>\\d{1,3}),(?=\\s)|\\b(?i:aged)\\s+(?<a2>\\d{1,3})\\b"
            + "|(?<![\\w$£€,.])(?<a3>\\d{1,3})-year-old\\b");
    private static final Pattern BORN = Pattern.compile("(?i)\\bborn\\s+(?:[\\w,]+\\s+){0,3}?(?:in|on)\\s+$");

    /** " of the fall of the Berlin Wall in ": at most 80 characters of event between "of" and "in". */
    private static final int MAX_ANNIVERSARY_GAP = 120;

    private TemporalLinker() {}

    /** A person's age and birth date in one sentence: "Mr Patel, 52, who was born in 1980". */
    static List<AgeAndBirth> agesAndBirths(AnalyzedText analyzed, List<TemporalClaim> claims) {
        String text = analyzed.text();
        List<AgeAndBirth> found = new ArrayList<>();
        Map<Integer, List<AgeAndBirth>> agesBySentence = new HashMap<>(); // each sentence scanned once: linear in its length
        for (TemporalClaim claim : claims) {
            if (claim.interval() == null || claim.isRelative()) continue;
            String before = text.substring(Math.max(0, claim.start() - 40), claim.start());
            if (!BORN.matcher(before).find()) continue;
            List<AgeAndBirth> ages = agesBySentence.computeIfAbsent(claim.sentence(), i -> agesIn(analyzed, i));
            if (ages.size() == 1) { // two ages in one sentence: whose is whose?
                AgeAndBirth age = ages.get(0);
                found.add(new AgeAndBirth(age.start(), age.end(), age.text(), age.age(), claim));
            }
        }
        return found;
    }

    /** The ages said in one sentence, not yet tied to a birth date. */
    private static List<AgeAndBirth> agesIn(AnalyzedText analyzed, int sentenceIndex) {
        Sentence sentence = analyzed.sentences().get(sentenceIndex);
        Matcher m = AGE.matcher(analyzed.text()).region(sentence.start(), sentence.end());
        List<AgeAndBirth> ages = new ArrayList<>();
        while (m.find()) {
            String group = m.group("a1") != null ? "a1" : m.group("a2") != null ? "a2" : "a3";
            int age = Integer.parseInt(m.group(group));
            if (age > 0 && age < 125) ages.add(new AgeAndBirth(m.start(group), m.end(group), m.group(group), age, null));
        }
        return ages;
    }

    static List<TemporalLink> links(String text, List<TemporalClaim> claims) {
        List<TemporalLink> links = new ArrayList<>();
        for (int i = 0; i + 1 < claims.size(); i++) {
            TemporalClaim first = claims.get(i);
            TemporalClaim second = claims.get(i + 1);
            if (first.sentence() != second.sentence()) continue;
            String gap = text.substring(first.end(), second.start());
            if (isRelative(first) && isYear(second)) {
                if (isAgo(first) && RELATIVE_THEN_YEAR.matcher(gap).matches()) {
                    links.add(new TemporalLink("APPOSITION", first, second));
                } else if (!isAgo(first) && POSSESSIVE_GAP.matcher(gap).matches()) {
                    links.add(new TemporalLink("POSSESSIVE", first, second));
                }
            } else if (isYear(first) && isAgo(second)) {
                boolean inYear = text.substring(Math.max(0, first.start() - 3), first.start()).equalsIgnoreCase("in ");
                if (inYear && YEAR_THEN_RELATIVE.matcher(gap).matches() && endsPhrase(text, second.end())) {
                    links.add(new TemporalLink("APPOSITION", second, first));
                } else if (WHEN_GAP.matcher(gap).matches()) {
                    links.add(new TemporalLink("WHEN", second, first));
                }
            }
        }
        return links;
    }

    static List<ElapsedTime> elapsed(AnalyzedText analyzed, List<TemporalClaim> claims) {
        String text = analyzed.text();
        List<ElapsedTime> found = new ArrayList<>();
        Map<Integer, List<ElapsedCue>> cuesBySentence = new HashMap<>(); // each sentence scanned once: linear in its length
        for (TemporalClaim claim : claims) {
            if (!isYear(claim) || claim.interval() == null) continue;
            String before = text.substring(Math.max(0, claim.start() - 60), claim.start());
            boolean startYear = START_VERB.matcher(before).find();
            for (ElapsedCue cue : cuesBySentence.computeIfAbsent(claim.sentence(), i -> cuesIn(analyzed, i))) {
                ElapsedTime elapsed = elapsedOf(claim, cue, startYear, text);
                if (elapsed != null) found.add(elapsed);
            }
        }
        return found;
    }

    /** What one ELAPSED match says: its kind, its count or ordinal as written, and the span a finding points at. */
    private record ElapsedCue(int start, int end, String kind, String number, int spanStart, int spanEnd, String spanText) {}

    private static List<ElapsedCue> cuesIn(AnalyzedText analyzed, int sentenceIndex) {
        Sentence sentence = analyzed.sentences().get(sentenceIndex);
        Matcher m = ELAPSED.matcher(analyzed.text()).region(sentence.start(), sentence.end());
        List<ElapsedCue> cues = new ArrayList<>();
        while (m.find()) {
            if (m.group("anniv") != null) {
                cues.add(new ElapsedCue(m.start(), m.end(), "ANNIVERSARY", m.group("ord"), m.start(), m.end(), m.group()));
            } else if (m.group("age") != null) {
                cues.add(new ElapsedCue(m.start(), m.end(), "AGE", m.group("an"), m.start("age"), m.end("age"), m.group("age")));
            } else if (m.group("nth") != null) {
                cues.add(new ElapsedCue(m.start(), m.end(), "NTH_YEAR", m.group("nth"), m.start(), m.end(), m.group()));
            } else {
                String group = m.group("dur") != null ? "dur" : "dur2";
                String count = m.group("dur") != null ? m.group("n") : m.group("n2");
                cues.add(new ElapsedCue(m.start(), m.end(), "DURATION", count, m.start(group), m.end(group), m.group(group)));
            }
        }
        return cues;
    }

    private static ElapsedTime elapsedOf(TemporalClaim start, ElapsedCue cue, boolean startYear, String text) {
        if (cue.kind().equals("ANNIVERSARY")) {
            // "the 25th anniversary of the fall of the Berlin Wall in 1989": the year follows the anniversary, closely
            if (cue.end() > start.start() || start.start() - cue.end() > MAX_ANNIVERSARY_GAP
                    || !text.substring(cue.end(), start.start()).matches("(?is)\\s+of\\s+[^.;]{0,80}?\\bin\\s+")) {
                return null;
            }
            Integer ordinal = ordinal(cue.number());
            return ordinal == null ? null : new ElapsedTime(start, cue.spanStart(), cue.spanEnd(), cue.spanText(), "ANNIVERSARY", ordinal);
        }
        if (!startYear) return null;
        if (cue.kind().equals("NTH_YEAR")) {
            Integer ordinal = ordinal(cue.number());
            return ordinal == null ? null : new ElapsedTime(start, cue.spanStart(), cue.spanEnd(), cue.spanText(), "NTH_YEAR", ordinal - 1);
        }
        OptionalLong n = NumberWords.parse(cue.number()); // AGE or DURATION
        return n.isPresent() ? new ElapsedTime(start, cue.spanStart(), cue.spanEnd(), cue.spanText(), cue.kind(), (int) n.getAsLong()) : null;
    }

    private static Integer ordinal(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.matches("\\d+(st|nd|rd|th)")) return Integer.parseInt(lower.replaceAll("\\D", ""));
        return switch (lower) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            case "fourth" -> 4;
            case "fifth" -> 5;
            case "sixth" -> 6;
            case "seventh" -> 7;
            case "eighth" -> 8;
            case "ninth" -> 9;
            case "tenth" -> 10;
            case "twentieth" -> 20;
            case "fiftieth" -> 50;
            case "hundredth" -> 100;
            default -> null;
        };
    }

    private static boolean isAgo(TemporalClaim claim) {
        return claim.text().toLowerCase(Locale.ROOT).endsWith("ago");
    }

    private static boolean endsPhrase(String text, int end) {
        return end >= text.length() || ",.;:)".indexOf(text.charAt(end)) >= 0;
    }

    private static boolean isRelative(TemporalClaim claim) {
        return claim.interval() != null && RELATIVE_TEXT.matcher(claim.text()).matches();
    }

    private static boolean isYear(TemporalClaim claim) {
        return claim.text().matches("\\d{4}");
    }
}
