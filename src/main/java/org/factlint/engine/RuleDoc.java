package org.factlint.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's documentation, {@code <rule-id>.md} beside its DRL: prose for {@code factlint rules explain},
 * and examples in fenced blocks that one test runs for every rule (the LanguageTool pattern):
 * <pre>
 * ```flag date=2025-02-25
 * Its full-scale invasion three years ago ... since the [[2019]] invasion.
 * ```
 * ```silent date=2025-02-25
 * ...
 * ```
 * </pre>
 * {@code [[...]]} marks each span the rule must flag. Attributes: {@code date=} (publication date),
 * {@code severity=} (expected severity, default the rule's), {@code rates=USD:1.0497,GBP:0.82908}
 * (ECB units per euro on that date, typed in so examples need no data files).
 */
public record RuleDoc(String id, Path file, String text, List<Example> examples) {

    private static final Pattern FENCE = Pattern.compile("(?m)^```(flag|silent)([^\\n]*)\\n(.*?)^```\\s*$", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=(\\S+)");
    private static final Pattern MARK = Pattern.compile("\\[\\[(.+?)]]");

    /** One example: the text with marks removed, the spans that must be flagged, and its settings. */
    public record Example(String ruleId, int number, boolean flags, String text, List<int[]> expectedSpans,
                          LocalDate date, String severity, Map<String, Double> eurRates) {
        @Override
        public String toString() {
            return ruleId + " #" + number + (flags ? " flags" : " silent");
        }
    }

    public static RuleDoc read(Path file) throws IOException {
        String text = Files.readString(file);
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".md".length());
        List<Example> examples = new ArrayList<>();
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            examples.add(example(id, examples.size() + 1, fence.group(1).equals("flag"), fence.group(2), fence.group(3)));
        }
        return new RuleDoc(id, file, text, List.copyOf(examples));
    }

    /** The doc of a rule id, looked up in the rule folders; null when there is none. */
    public static Path find(List<Path> folders, String id) {
        for (Path folder : folders) {
            Path candidate = folder.resolve(id + ".md");
            if (Files.isRegularFile(candidate)) return candidate;
        }
        return null;
    }

    private static Example example(String id, int number, boolean flags, String header, String body) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(header);
        while (a.find()) attributes.put(a.group(1), a.group(2));
        StringBuilder plain = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        Matcher mark = MARK.matcher(body.strip());
        int last = 0;
        String source = body.strip();
        while (mark.find()) {
            plain.append(source, last, mark.start());
            int start = plain.length();
            plain.append(mark.group(1));
            spans.add(new int[] {start, plain.length()});
            last = mark.end();
        }
        plain.append(source.substring(last));
        Map<String, Double> rates = new LinkedHashMap<>();
        if (attributes.containsKey("rates")) {
            for (String pair : attributes.get("rates").split(",")) {
                String[] parts = pair.split(":");
                rates.put(parts[0], Double.parseDouble(parts[1]));
            }
        }
        LocalDate date = attributes.containsKey("date") ? LocalDate.parse(attributes.get("date")) : null;
        return new Example(id, number, flags, plain.toString(), List.copyOf(spans), date, attributes.get("severity"),
                Map.copyOf(rates));
    }
}
