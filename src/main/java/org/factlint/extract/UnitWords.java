package org.factlint.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How units are written after a figure ("5km", "six-mile", "20 degrees Celsius"), mapped to {@link Units} symbols. */
final class UnitWords {
    /** A unit written after a figure: its symbol and where the unit text ends. */
    record Found(String symbol, int end, Kind kind) {}

    /** PLAIN units are unambiguous; the others need the sentence to decide. */
    enum Kind { PLAIN, POUND_WORD, METRE_OR_MILLION }

    private record Entry(Pattern pattern, String symbol, Kind kind) {}

    /** Space, no-break space or hyphen ("six-mile"), or nothing ("5km"). */
    private static final String SEP = "(?:[\\s\\u00a0]|-|\\u00a0)?";
    private static final String DEGREES = "(?:degrees?|deg\\.?)";
    private static final List<Entry> ENTRIES = new ArrayList<>();

    static {
        // Longest and most specific forms first: "km/h" before "km", "square miles" before "miles".
        words("km/h", "km/h|km/hr|kmh|kph|kmph|km\\s?per\\s?hour|kilomet(?:re|er)s?\\s+(?:per|an|a)\\s+hour");
        words("mph", "mph|miles?\\s+(?:per|an|a)\\s+hour");
        words("m/s", "m/s|met(?:re|er)s?\\s+per\\s+second");
        words("kn", "knots?");
        words("km²", "square\\s+kilomet(?:re|er)s?|sq\\.?\\s?kms?|km2|km²");
        words("mi²", "square\\s+miles?|sq\\.?\\s?mi(?:les?)?");
        words("m²", "square\\s+met(?:re|er)s?|sq\\.?\\s?m|m2|m²");
        words("ft²", "square\\s+f(?:ee|oo)t|sq\\.?\\s?ft");
        words("ha", "hectares?|ha");
        words("acre", "acres?");
        words("m³", "cubic\\s+met(?:re|er)s?|m3|m³");
        words("ft³", "cubic\\s+f(?:ee|oo)t|cu\\.?\\s?ft");
        words("nmi", "nautical\\s+miles?");
        words("km", "kilomet(?:re|er)s?|kms?");
        words("dm", "decimet(?:re|er)s?|dm");
        words("μm", "micromet(?:re|er)s?|microns?|μm");
        words("nm", "nanomet(?:re|er)s?"); // not "nm": nautical miles in aviation copy
        words("pm", "picomet(?:re|er)s?");
        words("cm", "centimet(?:re|er)s?|cm");
        words("mm", "millimet(?:re|er)s?|mm");
        words("mi", "miles?|mi");
        words("yd", "yards?|yds?");
        words("ft", "feet|foot|ft");
        words("in", "inches|inch");
        words("m", "met(?:re|er)s?");
        words("ml", "millilit(?:re|er)s?|mls?");
        words("cl", "centilit(?:re|er)s?|cl");
        words("l", "lit(?:re|er)s?");
        words("gal", "gallons?|gals?");
        words("pt", "pints?");
        words("bbl", "barrels?|bbls?");
        words("tbsp", "tablespoons?|tbsps?");
        words("tsp", "teaspoons?|tsps?");
        words("cup", "cups?");
        words("kg", "kilogra(?:m|mme)s?|kilos?|kgs?");
        words("mg", "milligra(?:m|mme)s?|mg");
        words("μg", "microgra(?:m|mme)s?|μg|mcg");
        words("g", "gra(?:m|mme)s?");
        words("t", "tonnes?|metric\\s+tons?");
        words("ton", "tons?");
        words("lb", "lbs?");
        words("oz", "ounces?|oz");
        words("st", "stones?");
        words("bit", "bits?");
        words("B", "bytes?");
        words("kB", "kilobytes?");
        words("MB", "megabytes?");
        words("GB", "gigabytes?");
        words("TB", "terabytes?");
        words("PB", "petabytes?");
        words("TWh", "terawatt[\\s-]hours?");
        words("GWh", "gigawatt[\\s-]hours?");
        words("MWh", "megawatt[\\s-]hours?");
        words("kWh", "kilowatt[\\s-]hours?");
        words("GW", "gigawatts?");
        words("MW", "megawatts?");
        words("kW", "kilowatts?");
        words("W", "watts?");
        add("°C", "\\s?°\\s?C\\b|" + SEP + "(?i:" + DEGREES + "\\s+(?:celsius|celcius|centigrade|c)\\b|celsius\\b|celcius\\b|centigrade\\b)|C(?![\\w°])");
        add("°F", "\\s?°\\s?F\\b|" + SEP + "(?i:" + DEGREES + "\\s+(?:fahrenheit|farenheit|f)\\b|fahrenheit\\b|farenheit\\b)|F(?![\\w°])");
        add("°", "\\s?°|" + SEP + "(?i:degrees?\\b|deg\\.)");
        // Symbols where case matters (MW is not mW) and bare letters that only count when attached ("100t", "2l", "5g").
        add("TWh", "\\s?TWh\\b");
        add("GWh", "\\s?GWh\\b");
        add("MWh", "\\s?MWh\\b");
        add("kWh", "\\s?kWh\\b");
        add("GW", "\\s?GW\\b");
        add("MW", "\\s?MW\\b");
        add("kW", "\\s?kW\\b");
        add("kB", "\\s?(?:KB|kB|kb)\\b");
        add("MB", "\\s?(?:MB|mb)\\b");
        add("GB", "\\s?(?:GB|gb)\\b");
        add("TB", "\\s?(?:TB|tb)\\b");
        add("t", "t\\b");
        add("l", "[lL]\\b");
        add("g", "g\\b");
        add("lb", SEP + "(?i:pounds?)\\b", Kind.POUND_WORD);
        add("m", "\\s?m\\b(?![²³/])", Kind.METRE_OR_MILLION);
    }

    private UnitWords() {}

    private static void words(String symbol, String forms) {
        add(symbol, SEP + "(?i:" + forms + ")(?![\\w])");
    }

    private static void add(String symbol, String regex) {
        add(symbol, regex, Kind.PLAIN);
    }

    private static void add(String symbol, String regex, Kind kind) {
        ENTRIES.add(new Entry(Pattern.compile(regex), symbol, kind));
    }

    /** The unit written right at {@code at}, or null. */
    static Found at(String text, int at) {
        Found plain = written(text, at);
        return plain != null ? plain : bracketed(text, at);
    }

    private static Found written(String text, int at) {
        if (!mayStartUnit(text, at)) return null; // most figures are followed by a space and a word or digit: skip the 80 patterns
        int limit = Math.min(text.length(), at + 40);
        for (Entry entry : ENTRIES) {
            Matcher m = entry.pattern.matcher(text).region(at, limit).useTransparentBounds(true).useAnchoringBounds(false);
            if (m.lookingAt()) return new Found(entry.symbol, m.end(), entry.kind);
        }
        return null;
    }

    /** Every unit above starts, after at most one space or hyphen, with a letter or "°". */
    private static boolean mayStartUnit(String text, int at) {
        int p = at;
        if (p < text.length() && (Character.isWhitespace(text.charAt(p)) || text.charAt(p) == '-' || text.charAt(p) == '\u00a0')) p++;
        return p < text.length() && (Character.isLetter(text.charAt(p)) || text.charAt(p) == '°');
    }

    /**
     * A unit in brackets, as tables write it: "20 (kg)", "3.5 [km]". Only unambiguous units of two
     * letters or more: "section 20(g)" and "rule 5 (C)" are clauses, not grams or degrees.
     */
    private static Found bracketed(String text, int at) {
        int open = at < text.length() && text.charAt(at) == ' ' ? at + 1 : at;
        if (open >= text.length() || (text.charAt(open) != '(' && text.charAt(open) != '[')) return null;
        Found inner = written(text, open + 1);
        if (inner == null || inner.kind() != Kind.PLAIN || inner.end() - (open + 1) < 2 || inner.symbol().startsWith("°")) return null;
        char close = text.charAt(open) == '(' ? ')' : ']';
        return inner.end() < text.length() && text.charAt(inner.end()) == close ? new Found(inner.symbol(), inner.end() + 1, Kind.PLAIN) : null;
    }
}
