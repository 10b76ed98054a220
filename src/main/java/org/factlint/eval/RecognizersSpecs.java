package org.factlint.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the Microsoft Recognizers-Text English model-level specs into {@link EvalCase}s.
 *
 * <p>Skipping: by default a case is skipped when it is marked {@code NotSupported} or
 * {@code NotSupportedByDesign} for {@code dotnet}, the reference implementation whose output the
 * spec records; marks for the other ports (javascript, python, java) only say that port falls
 * short. {@code strict} skips every case with any such mark.
 */
public final class RecognizersSpecs {
    /** Category and its spec file under Specs/. */
    public static final Map<String, String> CATEGORIES = categories();

    private static Map<String, String> categories() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("DateTime", "DateTime/English/DateTimeModel.json");
        m.put("Percent", "Number/English/PercentModel.json");
        m.put("Currency", "NumberWithUnit/English/CurrencyModel.json");
        m.put("Number", "Number/English/NumberModel.json");
        m.put("Dimension", "NumberWithUnit/English/DimensionModel.json");
        m.put("Temperature", "NumberWithUnit/English/TemperatureModel.json");
        m.put("Age", "NumberWithUnit/English/AgeModel.json");
        return m;
    }

    /** The categories a news checker needs (the 85% target applies to these): all seven. */
    public static final Set<String> NEWS_CATEGORIES = Set.copyOf(CATEGORIES.keySet());

    /** DateTime subtypes that are times of day, which the extraction issue counts as no claim unless asked. */
    public static final Set<String> TIME_OF_DAY = Set.of("time", "timerange", "datetime", "datetimerange");

    /** Name of the derived row: DateTime without its time-of-day subtypes (the part the 85% target is measured on). */
    public static final String DATES_ROW = "DateTime/no time of day";

    /**
     * The counts with one more DateTime row, after its subtypes, summing the subtypes that are not
     * times of day (date, daterange, duration, set).
     */
    public static Map<String, Counts> withDatesRow(Map<String, Counts> counts) {
        Counts dates = new Counts();
        String last = null;
        for (Map.Entry<String, Counts> e : counts.entrySet()) {
            if (!e.getKey().startsWith("DateTime/")) continue;
            last = e.getKey();
            if (!TIME_OF_DAY.contains(last.substring("DateTime/".length()))) dates.add(e.getValue());
        }
        if (last == null) return counts;
        Map<String, Counts> out = new LinkedHashMap<>();
        for (Map.Entry<String, Counts> e : counts.entrySet()) {
            out.put(e.getKey(), e.getValue());
            if (e.getKey().equals(last)) out.put(DATES_ROW, dates);
        }
        return out;
    }

    private static final LocalDate DEFAULT_REFERENCE = LocalDate.of(2016, 11, 7);

    public record Loaded(List<EvalCase> cases, Map<String, Integer> skipped) {}

    /** @param root the recognizers folder, its Specs folder, or one spec file's category folder tree */
    public static Loaded load(Path root, boolean strict, int limit) throws IOException {
        Path specs = Files.isDirectory(root.resolve("Specs")) ? root.resolve("Specs") : root;
        ObjectMapper mapper = new ObjectMapper();
        List<EvalCase> cases = new ArrayList<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : CATEGORIES.entrySet()) {
            Path file = specs.resolve(entry.getValue());
            if (!Files.isRegularFile(file)) continue;
            String json = Files.readString(file, StandardCharsets.UTF_8);
            if (json.startsWith("\uFEFF")) json = json.substring(1);
            List<EvalCase> loaded = parse(entry.getKey(), file.getFileName().toString(), mapper.readTree(json), strict, skipped);
            cases.addAll(limit > 0 && loaded.size() > limit ? loaded.subList(0, limit) : loaded);
        }
        return new Loaded(cases, skipped);
    }

    static List<EvalCase> parse(String category, String fileName, JsonNode array, boolean strict, Map<String, Integer> skipped) {
        List<EvalCase> cases = new ArrayList<>();
        skipped.putIfAbsent(category, 0);
        int index = 0;
        for (JsonNode node : array) {
            index++;
            String id = fileName + "#" + index;
            if (unsupported(node, strict)) {
                skipped.merge(category, 1, Integer::sum);
                continue;
            }
            String input = node.path("Input").asText();
            LocalDate reference = DEFAULT_REFERENCE;
            JsonNode context = node.path("Context").path("ReferenceDateTime");
            if (context.isTextual()) reference = LocalDate.parse(context.asText().substring(0, 10));
            else if (category.equals("DateTime")) {
                skipped.merge(category, 1, Integer::sum); // no reference: the spec means "now"
                continue;
            }
            List<EvalCase.Expected> expected = new ArrayList<>();
            boolean usable = true;
            for (JsonNode result : node.path("Results")) {
                EvalCase.Expected e = expected(category, input, result);
                if (e == null) {
                    usable = false;
                    break;
                }
                expected.add(e);
            }
            if (!usable) {
                skipped.merge(category, 1, Integer::sum);
                continue;
            }
            cases.add(new EvalCase(category, id, input, reference, List.copyOf(expected)));
        }
        return cases;
    }

    static boolean unsupported(JsonNode node, boolean strict) {
        for (String mark : List.of("NotSupported", "NotSupportedByDesign")) {
            JsonNode value = node.get(mark);
            if (value == null) continue;
            if (strict || value.asText().toLowerCase(Locale.ROOT).contains("dotnet")) return true;
        }
        return false;
    }

    /** One expected result, or null when it cannot be interpreted. */
    static EvalCase.Expected expected(String category, String input, JsonNode result) {
        String text = result.path("Text").asText();
        Span span = locate(input, text, result.path("Start").asInt(-1));
        if (span == null) return null;
        String typeName = result.has("TypeName") ? result.path("TypeName").asText() : result.path("Typename").asText();
        JsonNode resolution = result.path("Resolution");
        ExpectedValue value;
        String subtype = null;
        if (category.equals("DateTime")) {
            subtype = typeName.replace("datetimeV2.", "");
            List<String> alternatives = new ArrayList<>();
            for (JsonNode v : resolution.path("values")) {
                if (v.hasNonNull("timex")) {
                    alternatives.add(v.get("timex").asText());
                    String resolved = yearFilled(v.get("timex").asText(), v.path("start").asText(null), v.path("end").asText(null));
                    if (resolved != null) alternatives.add(resolved);
                }
                if (v.hasNonNull("value") && v.get("value").asText().matches("\\d{4}-\\d{2}-\\d{2}.*")) alternatives.add(v.get("value").asText());
                if (v.hasNonNull("start") && v.hasNonNull("end")) {
                    alternatives.add("(" + v.get("start").asText() + "," + v.get("end").asText() + ")");
                }
            }
            if (alternatives.isEmpty()) return null;
            value = new ExpectedValue.Timex(List.copyOf(alternatives));
        } else {
            String raw = resolution.path("value").asText(null);
            if (raw == null || raw.isBlank()) return null;
            double number;
            try {
                number = Double.parseDouble(raw.replace("%", "").replace(",", "").strip());
            } catch (NumberFormatException e) {
                return null;
            }
            Set<String> units = Set.of();
            if (category.equals("Currency")) {
                String iso = resolution.path("isoCurrency").asText(null);
                String unit = resolution.path("unit").asText("");
                Currency c = Currency.of(iso, unit);
                number *= c.factor();
                units = c.codes();
            }
            value = new ExpectedValue.Amount(number, units);
        }
        return new EvalCase.Expected(span, text, subtype, value);
    }

    private static final Pattern YEARLESS_TIMEX = Pattern.compile("XXXX(-\\d{2}(?:-\\d{2})?)");

    /**
     * The spec leaves the year of a modified open range unwritten in its timex ("since August" = XXXX-08,
     * "until April 27th" = XXXX-04-27, "mid-November" = XXXX-11) and gives the reading it chose only as a
     * start or end day (since: 2016-08-01; until: end 2018-04-27; before the end of December: end
     * 2017-01-01). The year is the one whose instance of the timex holds or touches that day; null when
     * the timex has other unknowns or no day is given.
     */
    static String yearFilled(String timex, String start, String end) {
        Matcher yearless = YEARLESS_TIMEX.matcher(timex);
        if (!yearless.matches()) return null;
        for (String bound : new String[] {start, end}) {
            if (bound == null || !bound.matches("\\d{4}-\\d{2}-\\d{2}")) continue;
            LocalDate day = LocalDate.parse(bound);
            for (int year : new int[] {day.getYear(), day.getYear() - 1}) {
                String filled = year + yearless.group(1);
                LocalDate[] instance = ValueMatcher.interval(filled);
                if (instance != null && !day.isBefore(instance[0]) && !day.isAfter(instance[1])) return filled;
            }
        }
        return null;
    }

    /** The span of the result in the input: Start (End is inclusive in the specs), else a case-insensitive search. */
    static Span locate(String input, String text, int start) {
        if (start >= 0 && start + text.length() <= input.length()
                && input.regionMatches(true, start, text, 0, text.length())) {
            return new Span(start, start + text.length());
        }
        int found = input.toLowerCase(Locale.ROOT).indexOf(text.toLowerCase(Locale.ROOT));
        return found < 0 ? null : new Span(found, found + text.length());
    }

    /** A currency as expected: acceptable ISO codes (empty: any) and a factor for minor units. */
    record Currency(Set<String> codes, double factor) {
        static Currency of(String iso, String unit) {
            if (iso != null && !iso.isBlank()) return new Currency(Set.of(iso), 1);
            return switch (unit.toLowerCase(Locale.ROOT)) {
                case "dollar", "usd" -> new Currency(Set.of("USD"), 1);
                case "pound", "gbp" -> new Currency(Set.of("GBP"), 1);
                case "euro", "eur" -> new Currency(Set.of("EUR"), 1);
                case "franc" -> new Currency(Set.of("CHF", "FRF"), 1);
                case "rupee", "inr" -> new Currency(Set.of("INR"), 1);
                case "finnish markka" -> new Currency(Set.of("FIM"), 1);
                case "peseta" -> new Currency(Set.of("ESP"), 1);
                case "netherlands guilder" -> new Currency(Set.of("NLG"), 1);
                case "bitcoin" -> new Currency(Set.of("BTC", "XBT"), 1);
                case "cent" -> new Currency(Set.of(), 0.01);
                case "pence", "penny" -> new Currency(Set.of("GBP", "USD"), 0.01);
                default -> unit.matches("[A-Z]{3}") ? new Currency(Set.of(unit), 1) : new Currency(Set.of(), 1);
            };
        }
    }
}
