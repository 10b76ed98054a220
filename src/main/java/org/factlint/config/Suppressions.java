package org.factlint.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.report.ReportedFinding;
import org.factlint.report.Severity;
import org.factlint.report.SourceSpan;

/**
 * Inline suppressions, written as HTML comments (in Markdown, HTML, or any input):
 * <ul>
 *   <li>{@code <!-- factlint-disable-next-line RULE-ID -->}: the next line that has text;</li>
 *   <li>{@code <!-- factlint-disable RULE-ID -->} ... {@code <!-- factlint-enable -->} (or
 *       {@code factlint-enable RULE-ID}): everything in between, or to the end of the file.</li>
 * </ul>
 * Several ids may be separated by commas or spaces; no id means every rule. A finding is
 * suppressed when its location starts inside the suppressed range (source offsets, so findings
 * are matched by their source line). Two checks of its own: a suppression that suppresses nothing
 * is reported as {@value #UNUSED} (info), an id that is not a rule as {@value #UNKNOWN} (warning),
 * both pointing at the comment.
 */
public final class Suppressions {
    public static final String UNUSED = "unused-suppression";
    public static final String UNKNOWN = "unknown-rule-in-suppression";
    public static final String UNUSED_SUMMARY = "An inline suppression comment that suppresses nothing";
    public static final String UNKNOWN_SUMMARY = "An inline suppression comment names a rule that does not exist";

    private static final Pattern COMMENT = Pattern.compile(
            "<!--\\s*factlint-(disable-next-line|disable|enable)(?=\\s|-->)([^>]*?)-->");
    private static final Pattern ONLY_DIRECTIVE = Pattern.compile("\\s*(?:" + COMMENT.pattern() + "\\s*)+");
    private static final String ALL = "*";

    private final String source;
    private final int[] lineStarts;
    private final List<Comment> comments;
    private final List<Range> ranges;

    /** One directive comment as written. */
    private record Comment(int start, int end, List<String> ids) {}

    /** What one (comment, id) pair suppresses: findings starting in [from, to). */
    private static final class Range {
        final Comment comment;
        final String id;
        final int from;
        int to;
        boolean used;

        Range(Comment comment, String id, int from, int to) {
            this.comment = comment;
            this.id = id;
            this.from = from;
            this.to = to;
        }
    }

    /** The findings that remain, the engine-level findings added, and how many were suppressed. */
    public record Result(List<ReportedFinding> findings, int suppressed) {}

    private Suppressions(String source) {
        this.source = source;
        this.lineStarts = lineStarts(source);
        this.comments = new ArrayList<>();
        this.ranges = new ArrayList<>();
    }

    /** Finds the directives in a file's source text. */
    public static Suppressions parse(String sourceText) {
        Suppressions s = new Suppressions(sourceText);
        List<Range> open = new ArrayList<>();
        Matcher m = COMMENT.matcher(sourceText);
        while (m.find()) {
            List<String> ids = new ArrayList<>(new LinkedHashSet<>(
                    Arrays.stream(m.group(2).trim().split("[,\\s]+")).filter(id -> !id.isEmpty()).toList()));
            Comment comment = new Comment(m.start(), m.end(), List.copyOf(ids));
            List<String> targets = ids.isEmpty() ? List.of(ALL) : ids;
            switch (m.group(1)) {
                case "disable-next-line" -> {
                    s.comments.add(comment);
                    int[] line = s.nextLineWithText(m.end());
                    for (String id : targets) s.ranges.add(new Range(comment, id, line[0], line[1]));
                }
                case "disable" -> {
                    s.comments.add(comment);
                    for (String id : targets) {
                        Range range = new Range(comment, id, m.end(), sourceText.length());
                        s.ranges.add(range);
                        open.add(range);
                    }
                }
                default -> { // enable: closes the open ranges of its ids, or all of them
                    for (var it = open.iterator(); it.hasNext(); ) {
                        Range range = it.next();
                        if (ids.isEmpty() || ids.contains(range.id)) {
                            range.to = m.start();
                            it.remove();
                        }
                    }
                }
            }
        }
        return s;
    }

    /** True when the file has no directive at all (the common case: nothing to do). */
    public boolean isEmpty() {
        return comments.isEmpty();
    }

    /**
     * Removes the suppressed findings and adds the engine-level findings about the directives.
     *
     * @param knownRuleIds every rule id in force; ids in a comment outside this set are reported
     */
    public Result apply(List<ReportedFinding> findings, Set<String> knownRuleIds) {
        if (isEmpty()) return new Result(findings, 0);
        List<ReportedFinding> kept = new ArrayList<>();
        int suppressed = 0;
        for (ReportedFinding finding : findings) {
            boolean hit = false;
            if (finding.location() != null) {
                int at = finding.location().start();
                for (Range range : ranges) {
                    if (at >= range.from && at < range.to && (range.id.equals(ALL) || range.id.equals(finding.ruleId()))) {
                        range.used = true;
                        hit = true;
                    }
                }
            }
            if (hit) suppressed++;
            else kept.add(finding);
        }
        for (Comment comment : comments) {
            List<String> unknown = comment.ids.stream().filter(id -> !knownRuleIds.contains(id)).toList();
            if (!unknown.isEmpty()) {
                kept.add(finding(UNKNOWN, Severity.WARNING, comment, (unknown.size() == 1 ? "Unknown rule id " : "Unknown rule ids ")
                        + quoted(unknown) + " in a suppression comment (see factlint rules)"));
            }
            List<String> unused = new ArrayList<>();
            for (Range range : ranges) {
                if (range.comment == comment && !range.used && !unknown.contains(range.id)) unused.add(range.id);
            }
            if (unused.isEmpty()) continue;
            String message = unused.contains(ALL) ? "This suppression comment suppresses nothing"
                    : "This suppression of " + quoted(unused) + " suppresses nothing";
            kept.add(finding(UNUSED, Severity.INFO, comment, message + "; remove it"));
        }
        kept.sort(Comparator.comparingInt(f -> f.location() == null ? -1 : f.location().start()));
        return new Result(List.copyOf(kept), suppressed);
    }

    private static String quoted(List<String> ids) {
        return String.join(", ", ids.stream().map(id -> "'" + id + "'").toList());
    }

    private ReportedFinding finding(String ruleId, Severity severity, Comment comment, String message) {
        int line = lineOf(comment.start);
        SourceSpan span = new SourceSpan(comment.start, comment.end, line + 1, comment.start - lineStarts[line] + 1,
                source.substring(comment.start, comment.end));
        return new ReportedFinding(ruleId, severity, message, span, List.of(), null, null);
    }

    /**
     * [start, end) of the first line after the one holding {@code offset} that has text other
     * than directives; an empty range at the end of the file when there is none.
     */
    private int[] nextLineWithText(int offset) {
        for (int line = lineOf(offset) + 1; line < lineStarts.length; line++) {
            int start = lineStarts[line];
            int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : source.length();
            String text = source.substring(start, end);
            if (!text.isBlank() && !ONLY_DIRECTIVE.matcher(text).matches()) return new int[] {start, end};
        }
        return new int[] {source.length(), source.length()};
    }

    private int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index : -index - 2;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
