package org.factlint.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.nlp.AnalyzedText;

/**
 * Digits that are names, codes or positions rather than amounts: phone numbers, times of day,
 * "Boeing 737", "Covid-19", "M25", "10 Downing Street", scores ("3-2"), "24/7", "9/11", "Article 50",
 * "2024-25", page numbers, list markers. A bare number in one of these is no claim: a rule that
 * counted it would raise false alarms.
 */
final class NotClaims {
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?://|ftp://|www\\.)[^\\s<>\"]+|(?<![\\w.+-])[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,8}");
    /** Words that make the next number a label: "Article 50", "page 12", "No. 10", "exit 436". */
    private static final Pattern LABEL = Pattern.compile("(?i)(?:^|[^\\w])(?:article|articles|section|sections|chapter|"
            + "chapters|page|pages|pp?\\.|clause|paragraph|para|rule|no\\.|nos\\.|number|#|level|stage|phase|grade|room|"
            + "flight|route|highway|interstate|exit|platform|gate|line|channel|version|v\\.|season|episode|series|"
            + "vol\\.|volume|part|act|schedule|figure|fig\\.|table|item|question|category|class|type|model|block|"
            + "unit|apartment|flat|suite|floor|bus|junction|ward|district|lot|case|bill|amendment|resolution|"
            + "regulation|directive|standard|tier|size|row|seat|ranked|id|code|pin|postcode|zip|batch|track|bay|"
            + "pier|terminal|studio|hole|lane|verse|psalm|op\\.|opus|division|league|formula|world war|"
            + "windows|iphone|galaxy|pixel|boeing|airbus|apollo|covid|mk|mark|ww)\\s?$");
    private static final Pattern TIME_OF_DAY = Pattern.compile(
            "(?i)\\s?(?:a\\.?m\\.?|p\\.?m\\.?)(?![\\w])|\\s?o'clock|[:.]\\d\\d\\s?(?:a\\.?m|p\\.?m|h\\b|hrs|GMT|BST|UTC)|:\\d|h\\d\\d|"
            + "\\s?(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|hrs|hours\\s+(?:GMT|local))\\b");
    private static final Pattern STREET = Pattern.compile("\\s+(?:[A-Z][\\w'-]+\\s+){1,3}(?:Street|St\\.?|Road|Rd\\.?|"
            + "Avenue|Ave\\.?|Lane|Boulevard|Blvd\\.?|Drive|Place|Square|Way|Terrace|Court|Crescent|Close|Gardens|Row)\\b");
    /** "1st Ld Writethru", "4th Ld:": the version of a wire story, not a rank. */
    private static final Pattern WIRE_SLUG = Pattern.compile("\\s+(?:Ld|LD|Writethru|WRITETHRU|Writhethru)\\b|\\s+Lead:");
    private static final Pattern SCORE_CONTEXT = Pattern.compile("(?i)\\b(?:won|win|wins|beat|beats|beaten|defeat|defeated|"
            + "lost|lose|loses|draw|drew|drawn|victory|score|scored|lead|led|trail|trailed|thrashed|edged|overs|wickets)\\b");
    /** "(updated 3)", "(update 1)": the version of a wire story. */
    private static final Pattern UPDATE_MARK = Pattern.compile("(?i)\\(updated?\\s$");
    /** "the "9.11" attack": the attacks of 11 September 2001 as some wires write them, with a dot. */
    private static final Pattern ATTACKS_AFTER = Pattern.compile("[\"”’']?\\s+(?:terrorist\\s+|terror\\s+)?(?:attacks?|incident|events?|tragedy|commission)\\b");
    /** "5-HMF", "3-D": a figure hyphened to capitals is part of a name. */
    private static final Pattern HYPHENATED_CAPITALS = Pattern.compile("-[A-Z]{1,5}(?![\\p{L}\\d])");
    /** "7-18 match record", "9-11 record": a win-loss record. */
    private static final Pattern RECORD_AFTER = Pattern.compile("\\s+(?:[a-z]+\\s+)?record\\b");
    private static final Pattern PAIR = Pattern.compile("(?<![\\d.,])(\\d{1,2})\\s?[-–]\\s?(\\d{1,2})(?![\\d.])");
    /** Between the pairs of a list of set scores: "25-19, 20-25", "7-6 (4), 6-3", "2-3 (15-25". */
    private static final Pattern PAIR_GAP = Pattern.compile("\\s*(?:\\(\\d{1,2}\\)\\s*)?[,;]\\s*|\\s*\\(\\s*");
    /** Capitalized words that are not names, so the number after them is not part of one ("About 300"). */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?:The|A|An|About|Around|Some|Nearly|Almost|Over|Under|Only|"
            + "Just|All|Of|In|On|At|By|To|From|With|And|But|Or|For|Than|Another|Every|Those|These|Its|Their|His|Her|"
            + "Our|My|Your|Roughly|Approximately|Between|Up|Top|Last|Next|First|Since|Until|Before|After|During|"
            + CalendarNames.MONTHS + "|Jan|Feb|Mar|"
            + "Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|" + CalendarNames.WEEKDAYS + "|I|US|UK|"
            + "EU|UN)");
    private static final Pattern CAPITALIZED_BEFORE = Pattern.compile("(?<![\\w'’])([A-Z][\\w]*|[a-z]+[A-Z][\\w]*)\\s$");

    private static final Pattern SCORE_SECOND = Pattern.compile("\\s?[-–]\\s?(\\d{1,2})(?!\\d)");
    private static final Pattern SCORE_FIRST = Pattern.compile("(?<!\\d)(\\d{1,2})\\s?[-–]\\s?$");
    private static final Pattern SEASON_END = Pattern.compile("[-–/]\\d{2}(?!\\d)");

    private NotClaims() {}

    /** Spans of URLs and e-mail addresses: nothing inside them is a claim ("%2829%29"). */
    static List<int[]> urls(String text) {
        List<int[]> spans = new ArrayList<>();
        SkippingMatcher scan = new SkippingMatcher(URL, text);
        while (scan.find()) spans.add(new int[] {scan.matcher().start(), scan.matcher().end()});
        return spans;
    }

    static boolean inside(List<int[]> spans, int start, int end) {
        for (int[] span : spans) if (start < span[1] && span[0] < end) return true;
        return false;
    }

    /** Whether the time of day follows the digits ending at {@code end}: "10am", "10:30", "6 p.m.". */
    static boolean timeOfDay(String text, int end) {
        return lookingAt(TIME_OF_DAY, text, end);
    }

    /** Whether the bare number [start, end) is a name, code, position or score rather than an amount. */
    static boolean isNotAClaim(AnalyzedText analyzed, int start, int end) {
        String text = analyzed.text();
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        if (before == '#' || before == '/' || after == '/' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))) return true;
        if ((after == '.' || after == ',') && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1))) return true;
        if (Character.isLetter(after)) return true; // "3D", "5G", "4x4"
        if (lookingAt(HYPHENATED_CAPITALS, text, end)) return true; // "5-HMF", "3-D": a name (units came first: "500-MW")
        if (timeOfDay(text, end)) return true;
        if (codeRun(text, start, end)) return true;
        if (season(text, start, end) || score(text, start, end) || result(text, start, end) || cricketScore(text, start, end)) return true;
        if (listMarker(text, start, end)) return true;
        if (lookingAt(STREET, text, end) || lookingAt(WIRE_SLUG, text, end)) return true;
        if (after == ')' && UPDATE_MARK.matcher(text.substring(Math.max(0, start - 12), start)).find()) return true;
        if (text.startsWith("9.11", start) && end == start + 4 && lookingAt(ATTACKS_AFTER, text, end)) return true;
        String window = text.substring(Math.max(0, start - 24), start);
        if (LABEL.matcher(window).find()) return true;
        return namePart(analyzed, start, window);
    }

    /** "Boeing 737", "iPhone 15", "Windows 11": a capitalized word (not the sentence's first) right before. */
    private static boolean namePart(AnalyzedText analyzed, int start, String window) {
        Matcher m = CAPITALIZED_BEFORE.matcher(window);
        if (!m.find()) return false;
        String word = m.group(1);
        if (NOT_A_NAME.matcher(word).matches()) return false;
        int wordStart = start - window.length() + m.start(1);
        int sentenceStart = analyzed.sentenceAt(wordStart).start();
        String lead = analyzed.text().substring(sentenceStart, wordStart);
        boolean firstWord = lead.chars().allMatch(c -> !Character.isLetterOrDigit(c));
        return !firstWord || Character.isLowerCase(word.charAt(0));
    }

    /** Phone numbers, IP addresses and other runs of three or more digit groups with at least 7 digits. */
    private static boolean codeRun(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < 24 && "0123456789 +-.()/".indexOf(text.charAt(from - 1)) >= 0) from--;
        int to = end;
        while (to < text.length() && to - end < 24 && "0123456789 +-.()/".indexOf(text.charAt(to)) >= 0) to++;
        // The figure itself is one group however it is written: "1,234,567" is a number, not three codes.
        String figureDigits = text.substring(start, end).replaceAll("\\D", "");
        String run = (text.substring(from, start) + figureDigits + text.substring(end, to)).trim();
        int groups = 0;
        int digits = 0;
        boolean inGroup = false;
        boolean dashed = run.matches("[\\d.]+\\s?[-–]\\s?[\\d.]+"); // a range of two decimals, not a table row or a code
        for (int i = 0; i < run.length(); i++) {
            boolean decimalPoint = dashed && run.charAt(i) == '.' && inGroup && i + 1 < run.length() && Character.isDigit(run.charAt(i + 1));
            if (decimalPoint) continue; // "118.95-119.10 yen" is two figures, not a code of three groups
            boolean digit = Character.isDigit(run.charAt(i));
            if (digit) digits++;
            if (digit && !inGroup) groups++;
            inGroup = digit;
        }
        return (groups >= 3 && digits >= 7) || (run.startsWith("+") && digits >= 7) || (run.startsWith("0") && digits >= 9);
    }

    /** "2024-25", "2024/25": a season or financial year. */
    private static boolean season(String text, int start, int end) {
        if (end - start == 4 && lookingAt(SEASON_END, text, end)) return true;
        return end - start == 2 && start >= 5 && text.substring(start - 5, start).matches("\\d{4}[-–/]");
    }

    private static final Pattern RESULT_AFTER_FIRST = Pattern.compile("[-–]\\d{1,3}\\s+" + "(?:loss|win|victory|defeat|triumph|rout|drubbing)\\b");
    private static final Pattern RESULT_AFTER_SECOND = Pattern.compile("\\s+(?:loss|win|victory|defeat|triumph|rout|drubbing)\\b");
    private static final Pattern RESULT_FIRST = Pattern.compile("(?<![\\d.,])\\d{1,3}[-–]$");

    private static final Pattern CRICKET_SCORE_BEFORE = Pattern.compile("(?<![\\d.,])\\d{1,3}[-–/]$");
    private static final Pattern OVERS_AFTER = Pattern.compile("\\s+in\\s+(?:their\\s+|its\\s+)?(?:\\d{1,2}(?:\\.\\d)?\\s+)?overs\\b");

    /** "Australia made 322-5 in their 50 overs": runs for wickets, a cricket score. */
    static boolean cricketScore(String text, int start, int end) {
        return CRICKET_SCORE_BEFORE.matcher(text.substring(Math.max(0, start - 4), start)).find() && lookingAt(OVERS_AFTER, text, end);
    }

    /** "the Heat's 102-105 loss", "a 98-90 win": a basketball or cricket result before its noun. */
    private static boolean result(String text, int start, int end) {
        if (!text.substring(start, end).matches("[0-9]{1,3}")) return false;
        if (lookingAt(RESULT_AFTER_FIRST, text, end)) return true;
        return RESULT_FIRST.matcher(text.substring(Math.max(0, start - 4), start)).find() && lookingAt(RESULT_AFTER_SECOND, text, end);
    }

    /** "3-2", "won 2-1": a result, not a range (ranges go up: "3-5"). */
    private static boolean score(String text, int start, int end) {
        Matcher after = SCORE_SECOND.matcher(text).region(end, Math.min(text.length(), end + 6));
        Matcher before = SCORE_FIRST.matcher(text).region(Math.max(0, start - 6), start);
        int first;
        int second;
        if (!text.substring(start, end).matches("[0-9]{1,2}")) return false; // ".0", "½", "3½" are no scores
        if (end - start <= 2 && after.lookingAt()) {
            first = Integer.parseInt(text.substring(start, end));
            second = Integer.parseInt(after.group(1));
        } else if (end - start <= 2 && before.find()) {
            first = Integer.parseInt(before.group(1));
            second = Integer.parseInt(text.substring(start, end));
        } else {
            return false;
        }
        if (first >= second || setScores(text, start, end) || lookingAt(RECORD_AFTER, text, after.lookingAt() ? after.end() : end)) {
            return true;
        }
        String around = text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 30));
        return SCORE_CONTEXT.matcher(around).find();
    }

    /**
     * A pair in a run of pairs with nothing but a comma or a bracket between them, one of which goes down, is a list of
     * set scores ("3-2 (25-19, 20-25, 25-22, 21-25, 15-12)"); a run that only goes up may be age bands ("15-24, 25-34").
     */
    private static boolean setScores(String text, int start, int end) {
        int from = Math.max(0, start - 80);
        Matcher pairs = PAIR.matcher(text).region(from, Math.min(text.length(), end + 80));
        int runStart = -1;
        int previousEnd = -1;
        boolean down = false;
        boolean ours = false;
        int count = 0;
        while (pairs.find()) {
            boolean joined = previousEnd >= 0 && PAIR_GAP.matcher(text).region(previousEnd, pairs.start()).matches();
            if (!joined) {
                if (ours && count >= 2 && down) return true;
                runStart = pairs.start();
                down = false;
                ours = false;
                count = 0;
            }
            count++;
            down |= Integer.parseInt(pairs.group(1)) > Integer.parseInt(pairs.group(2));
            ours |= pairs.start() <= start && end <= pairs.end();
            previousEnd = pairs.end();
        }
        return runStart >= 0 && ours && count >= 2 && down;
    }

    /**
     * "1." or "(2)" opening a line or list item. A marker opens an item, so "192." ending the text
     * marks nothing: it is a figure closing its sentence.
     */
    private static boolean listMarker(String text, int start, int end) {
        boolean lineStart = start == 0 || text.charAt(start - 1) == '\n' || text.charAt(start - 1) == '(';
        return lineStart && end < text.length() && (text.charAt(end) == ')' || text.charAt(end) == '.'
                && end + 1 < text.length() && Character.isWhitespace(text.charAt(end + 1)) && !blankFrom(text, end + 1));
    }

    private static boolean blankFrom(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i == text.length();
    }

    private static boolean lookingAt(Pattern pattern, String text, int at) {
        return pattern.matcher(text).region(at, Math.min(text.length(), at + 48)).useTransparentBounds(true).lookingAt();
    }
}
