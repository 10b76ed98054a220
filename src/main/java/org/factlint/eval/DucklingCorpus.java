package org.factlint.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small reader of Duckling's English {@code Corpus.hs} files: finds every
 * {@code examples (EXPR) ["...", ...]} block outside the latent and negative corpora and turns the
 * simple expressions into expected values; anything else counts as skipped.
 *
 * <ul>
 *   <li>{@code datetime (y, m, d, h, mi, s) Grain} and {@code datetimeHoliday (...) Grain "name"}: a TIMEX3 at that grain</li>
 *   <li>{@code DurationData n Grain}: a TIMEX3 duration</li>
 *   <li>{@code simple Unit n ...}: money, temperature, distance, volume, quantity</li>
 *   <li>{@code NumeralValue n}: a number</li>
 * </ul>
 * Intervals, open intervals, {@code between}/{@code under}/{@code above} are skipped. Reference
 * time is 2013-02-12 (Duckling's 2013-02-12T04:30:00-02:00; factlint takes a date).
 */
public final class DucklingCorpus {
    public static final LocalDate REFERENCE = LocalDate.of(2013, 2, 12);

    /** Category and its corpus file under Duckling/. Only the top-level EN corpora (no locale variants). */
    public static final Map<String, String> CATEGORIES = categories();

    private static Map<String, String> categories() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Time", "Time/EN/Corpus.hs");
        m.put("Duration", "Duration/EN/Corpus.hs");
        m.put("AmountOfMoney", "AmountOfMoney/EN/Corpus.hs");
        m.put("Numeral", "Numeral/EN/Corpus.hs");
        m.put("Temperature", "Temperature/EN/Corpus.hs");
        m.put("Distance", "Distance/EN/Corpus.hs");
        m.put("Volume", "Volume/EN/Corpus.hs");
        m.put("Quantity", "Quantity/EN/Corpus.hs");
        return m;
    }

    private static final Set<String> IGNORED_DEFINITIONS = Set.of("negativeCorpus", "latentCorpus", "latentExamples");
    private static final Pattern DEFINITION = Pattern.compile("(?m)^([a-z]\\w*)\\s*(?:::|=)");
    private static final Pattern DATETIME = Pattern.compile(
            "datetime(?:Holiday)?\\s*\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)\\s*\\)\\s*(\\w+)(\\s+\"[^\"]*\")?");
    private static final Pattern DURATION = Pattern.compile("DurationData\\s+\\(?([\\d.]+)\\)?\\s+(\\w+)");
    private static final Pattern SIMPLE = Pattern.compile("simple\\s+(\\w+)\\s+\\(?(-?[\\d.]+(?:e\\d+)?)\\)?(?:\\s+.*)?");
    private static final Pattern NUMERAL = Pattern.compile("NumeralValue\\s+\\(?(-?[\\d.]+(?:e\\d+)?)\\)?");

    public record Loaded(List<EvalCase> cases, Map<String, Integer> skipped) {}

    /** @param root the duckling folder (containing Duckling/) or the Duckling folder itself */
    public static Loaded load(Path root, int limit) throws IOException {
        Path base = Files.isDirectory(root.resolve("Duckling")) ? root.resolve("Duckling") : root;
        List<EvalCase> cases = new ArrayList<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : CATEGORIES.entrySet()) {
            Path file = base.resolve(entry.getValue());
            if (!Files.isRegularFile(file)) continue;
            List<EvalCase> parsed = parse(entry.getKey(), entry.getValue(), Files.readString(file, StandardCharsets.UTF_8), skipped);
            cases.addAll(limit > 0 && parsed.size() > limit ? parsed.subList(0, limit) : parsed);
        }
        return new Loaded(cases, skipped);
    }

    static List<EvalCase> parse(String category, String fileName, String source, Map<String, Integer> skipped) {
        skipped.putIfAbsent(category, 0);
        List<EvalCase> cases = new ArrayList<>();
        Matcher definition = DEFINITION.matcher(source);
        List<int[]> ignored = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (definition.find()) {
            starts.add(definition.start());
            names.add(definition.group(1));
        }
        for (int i = 0; i < starts.size(); i++) {
            if (IGNORED_DEFINITIONS.contains(names.get(i))) {
                ignored.add(new int[] {starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : source.length()});
            }
        }
        int at = 0;
        while ((at = source.indexOf("examples", at)) >= 0) {
            int position = at;
            at += "examples".length();
            if (ignored.stream().anyMatch(r -> position >= r[0] && position < r[1])) continue;
            int open = skipSpaces(source, at);
            if (open >= source.length() || source.charAt(open) != '(') continue;
            int close = balanced(source, open, '(', ')');
            if (close < 0) continue;
            int bracket = skipSpaces(source, close + 1);
            if (bracket >= source.length() || source.charAt(bracket) != '[') continue;
            int end = balanced(source, bracket, '[', ']');
            if (end < 0) continue;
            String expression = source.substring(open + 1, close).replaceAll("\\s+", " ").strip();
            List<String> inputs = strings(source.substring(bracket + 1, end));
            at = end + 1;
            ExpectedValue value = value(category, expression);
            if (value == null) {
                skipped.merge(category, inputs.size(), Integer::sum);
                continue;
            }
            int line = (int) source.substring(0, position).chars().filter(c -> c == '\n').count() + 1;
            for (String input : inputs) {
                EvalCase.Expected expected = new EvalCase.Expected(new Span(0, input.length()), input, null, value);
                cases.add(new EvalCase(category, fileName + ":" + line, input, REFERENCE, List.of(expected)));
            }
        }
        return cases;
    }

    /** The expected value of an examples expression, or null when this reader does not handle it. */
    static ExpectedValue value(String category, String expression) {
        Matcher m = DATETIME.matcher(expression);
        if (m.matches()) {
            int[] f = new int[6];
            for (int i = 0; i < 6; i++) f[i] = Integer.parseInt(m.group(i + 1));
            String timex = timex(f, m.group(7));
            if (timex == null) return null;
            // The reference instant itself ("now") is PRESENT_REF in TIMEX3.
            boolean now = timex.equals("2013-02-12T04:30:00") || timex.equals("2013-02-12T04:30");
            return new ExpectedValue.Timex(now ? List.of(timex, "PRESENT_REF") : List.of(timex));
        }
        m = DURATION.matcher(expression);
        if (m.matches()) {
            String amount = m.group(1).endsWith(".0") ? m.group(1).substring(0, m.group(1).length() - 2) : m.group(1);
            String timex = switch (m.group(2)) {
                case "Second" -> "PT" + amount + "S";
                case "Minute" -> "PT" + amount + "M";
                case "Hour" -> "PT" + amount + "H";
                case "Day" -> "P" + amount + "D";
                case "Week" -> "P" + amount + "W";
                case "Month" -> "P" + amount + "M";
                case "Quarter" -> "P" + amount + "Q";
                case "Year" -> "P" + amount + "Y";
                default -> null;
            };
            return timex == null ? null : new ExpectedValue.Timex(List.of(timex));
        }
        m = NUMERAL.matcher(expression);
        if (m.matches()) return new ExpectedValue.Amount(Double.parseDouble(m.group(1)), Set.of());
        m = SIMPLE.matcher(expression);
        if (m.matches()) {
            double number = Double.parseDouble(m.group(2));
            if (!category.equals("AmountOfMoney")) return new ExpectedValue.Amount(number, Set.of());
            RecognizersSpecs.Currency c = switch (m.group(1)) {
                case "Unnamed", "Dinar", "Rial", "Riyal" -> new RecognizersSpecs.Currency(Set.of(), 1);
                default -> RecognizersSpecs.Currency.of(null, m.group(1));
            };
            return new ExpectedValue.Amount(number * c.factor(), c.codes());
        }
        return null;
    }

    /** The TIMEX3 value of a Duckling datetime at a grain. */
    static String timex(int[] f, String grain) {
        LocalDate date;
        try {
            date = LocalDate.of(f[0], f[1], f[2]);
        } catch (RuntimeException e) {
            return null;
        }
        return switch (grain) {
            case "Year" -> String.format("%04d", f[0]);
            case "Quarter" -> String.format("%04d-Q%d", f[0], (f[1] - 1) / 3 + 1);
            case "Month" -> String.format("%04d-%02d", f[0], f[1]);
            case "Week" -> String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "Day" -> date.toString();
            case "Hour" -> String.format("%sT%02d", date, f[3]);
            case "Minute" -> String.format("%sT%02d:%02d", date, f[3], f[4]);
            case "Second" -> String.format("%sT%02d:%02d:%02d", date, f[3], f[4], f[5]);
            default -> null;
        };
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    /** The index of the bracket closing the one at {@code open}, skipping string literals; -1 if none. */
    static int balanced(String s, int open, char opening, char closing) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                i = stringEnd(s, i);
                if (i < 0) return -1;
            } else if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int stringEnd(String s, int quote) {
        for (int i = quote + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') i++;
            else if (s.charAt(i) == '"') return i;
        }
        return -1;
    }

    /** The Haskell string literals of a list body, unescaped. */
    static List<String> strings(String body) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) != '"') continue;
            int end = stringEnd(body, i);
            if (end < 0) break;
            out.add(unescape(body.substring(i + 1, end)));
            i = end;
        }
        return out;
    }

    static String unescape(String literal) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c != '\\' || i + 1 >= literal.length()) {
                sb.append(c);
                continue;
            }
            char next = literal.charAt(++i);
            if (Character.isDigit(next)) {
                int j = i;
                while (j < literal.length() && Character.isDigit(literal.charAt(j))) j++;
                sb.appendCodePoint(Integer.parseInt(literal.substring(i, j)));
                i = j - 1;
                if (i + 2 < literal.length() && literal.charAt(i + 1) == '\\' && literal.charAt(i + 2) == '&') i += 2;
            } else {
                sb.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> next;
                });
            }
        }
        return sb.toString();
    }
}
