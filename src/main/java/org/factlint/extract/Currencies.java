package org.factlint.extract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Currency symbols, codes and words to ISO 4217. A bare "$" is the document's default (USD unless configured). */
final class Currencies {
    /**
     * A currency written right before a figure (the window ends where the figure starts). "A$" and
     * "S$" only in capitals and without a space: "a $5 fee" and "Tesla's $5" are dollars.
     */
    /** ISO codes that take a million "M" before them in Nordic and financial copy: "MSEK 120", "120 MEUR". */
    static final String MILLION_CODES = "USD|EUR|GBP|AUD|CAD|CHF|JPY|SEK|NOK|DKK|CNY";
    private static final Pattern PREFIX = Pattern.compile("(?<![\\p{L}\\d$])(?<cur>"
            + "(?i:us|usd|u\\.s\\.|au|aud|c|ca|cad|nz|nzd|hk|hkd|sg|sgd|mx|mex|mxn|nt)\\s?\\$|A\\$|S\\$|R\\$|"
            + "[$£€¥₹₽₿₩₪₺₦₱₴₫₸₡₾₭₮₲₵৳]|Rs\\.?|R|M(?:" + MILLION_CODES + ")|[A-Z]{3})\\s?$");

    /** Unambiguous currency names after a figure, singular, lower case (plurals add s/es). */
    private static final Map<String, String> WORDS = words();

    /** ISO codes that are also English words in capitals ("ALL 5 MEMBERS"); not read as codes. */
    private static final Set<String> NOT_CODES = Set.of("ALL", "TOP", "CUP", "BOB", "MOP", "SOS", "PEN", "GEL", "BAM",
            "MAD", "TRY", "AMD", "BND", "CVE", "LSL", "NAD", "PGK");

    /** Codes also accepted in lower case ("20 usd", "40 rmb"), as chat and tokenized text writes them. */
    private static final Set<String> LOWER_CASE_CODES = Set.of("usd", "eur", "gbp", "jpy", "cny", "rmb", "chf", "inr",
            "aud", "cad", "nzd", "hkd", "sgd", "rub", "btc");

    /** Whether a lower-case word names a currency ("yen", "roubles", "dollars"), singular or plural. */
    static boolean isName(String word) {
        return WORDS.containsKey(word) || word.endsWith("s") && WORDS.containsKey(word.substring(0, word.length() - 1))
                || word.endsWith("es") && WORDS.containsKey(word.substring(0, word.length() - 2));
    }

    static final String SUFFIX_WORDS = WORDS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
            .map(w -> w.replace(" ", "[\\s-]+").replace(".", "\\.")).collect(Collectors.joining("|"));

    /** A currency name or code right after a figure (and its scale word); group "cur". */
    static final Pattern SUFFIX = Pattern.compile("(?:-\\s?|[\\s\\u00a0])?(?<cur>(?i:(?:" + SUFFIX_WORDS + ")(?:e?s)?)|[A-Z]{3}|(?i:"
            + String.join("|", LOWER_CASE_CODES) + "))(?![\\w$])");

    /** A currency symbol after the figure: "10 $", "20€", "100元" (yuan), "500円" (yen). */
    static final Pattern SYMBOL_AFTER = Pattern.compile("\\s?(?<cur>[$£€¥₹₽₿₩₪₺₦₱₴₫₸₡₾₭₮₲₵৳元円])(?!\\s?\\d)");

    private static Map<String, String> words() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("dollar", "$");
        for (String us : new String[] {"us dollar", "u.s. dollar", "american dollar", "buck"}) m.put(us, "USD");
        m.put("canadian dollar", "CAD");
        m.put("australian dollar", "AUD");
        m.put("hong kong dollar", "HKD");
        m.put("singapore dollar", "SGD");
        m.put("new zealand dollar", "NZD");
        m.put("taiwan dollar", "TWD");
        // Wire services' short and national names: "7 HK dollars", "462 million NZ dollars", "4.5 million Egyptian pounds"
        m.put("hk dollar", "HKD");
        m.put("nz dollar", "NZD");
        m.put("new taiwan dollar", "TWD");
        m.put("nt dollar", "TWD");
        m.put("u.s dollar", "USD");
        m.put("egyptian pound", "EGP");
        m.put("lebanese pound", "LBP");
        m.put("syrian pound", "SYP");
        m.put("sudanese pound", "SDG");
        m.put("jordanian dinar", "JOD");
        m.put("iraqi dinar", "IQD");
        m.put("indonesian rupiah", "IDR");
        m.put("vietnamese dong", "VND");
        m.put("nepali rupee", "NPR");
        m.put("nepalese rupee", "NPR");
        m.put("sri lankan rupee", "LKR");
        m.put("german mark", "DEM");
        m.put("euro", "EUR");
        m.put("pound sterling", "GBP");
        m.put("pounds sterling", "GBP");
        m.put("sterling", "GBP");
        m.put("yen", "JPY");
        m.put("yuan", "CNY");
        m.put("chinese yuan", "CNY");
        m.put("renminbi", "CNY");
        m.put("rouble", "RUB");
        m.put("ruble", "RUB");
        m.put("rupee", "INR");
        m.put("indian rupee", "INR");
        m.put("pakistani rupee", "PKR");
        m.put("swiss franc", "CHF");
        m.put("franc", "CHF");
        m.put("french franc", "FRF");
        m.put("peseta", "ESP");
        m.put("guilder", "NLG");
        m.put("dutch guilder", "NLG");
        m.put("finnish markka", "FIM");
        m.put("markka", "FIM");
        m.put("deutsche mark", "DEM");
        m.put("deutschmark", "DEM");
        m.put("lira", "TRY");
        m.put("turkish lira", "TRY");
        m.put("rand", "ZAR");
        m.put("shekel", "ILS");
        m.put("ringgit", "MYR");
        m.put("malaysian ringgit", "MYR");
        m.put("baht", "THB");
        m.put("rupiah", "IDR");
        m.put("dirham", "AED");
        m.put("saudi riyal", "SAR");
        m.put("qatari riyal", "QAR");
        m.put("kuwaiti dinar", "KWD");
        m.put("naira", "NGN");
        m.put("hryvnia", "UAH");
        m.put("zloty", "PLN");
        m.put("forint", "HUF");
        m.put("swedish krona", "SEK");
        m.put("swedish kronor", "SEK");
        m.put("kronor", "SEK"); // the plural only Sweden's currency takes ("27.70 kronor"); krona/krone are several countries'

        m.put("norwegian krone", "NOK");
        m.put("norwegian kroner", "NOK");
        m.put("danish krone", "DKK");
        m.put("danish kroner", "DKK");
        m.put("mexican peso", "MXN");
        m.put("philippine peso", "PHP");
        m.put("argentine peso", "ARS");
        m.put("south korean won", "KRW");
        m.put("bitcoin", "BTC");
        return m;
    }

    private Currencies() {}

    /** A currency written just before {@code figureStart}: its ISO code and where it starts, or null. */
    static Found before(String text, int figureStart, String defaultDollar) {
        int from = Math.max(0, figureStart - 8);
        Matcher m = PREFIX.matcher(text).region(from, figureStart).useTransparentBounds(true);
        if (!m.find()) return null;
        String symbol = m.group("cur");
        boolean millions = symbol.matches("M[A-Z]{3}"); // "MSEK 120", "MAUD 60": millions, as Nordic reports write it
        String code = ofPrefix(millions ? symbol.substring(1) : symbol, defaultDollar);
        return code == null ? null : new Found(code, m.start(), millions ? 1e6 : 1);
    }

    /** A currency found next to a figure, where its text starts (prefix) or ends (suffix), and the scale it implies. */
    record Found(String code, int position, double scale) {}

    /** ISO code for a prefix symbol or code; "$" maps to {@code defaultDollar}; null when not a currency. */
    static String ofPrefix(String symbol, String defaultDollar) {
        String compact = symbol.replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
        return switch (compact) {
            case "$" -> defaultDollar;
            case "US$", "USD$" -> "USD";
            case "A$", "AU$", "AUD$" -> "AUD";
            case "C$", "CA$", "CAD$" -> "CAD";
            case "NZ$", "NZD$" -> "NZD";
            case "HK$", "HKD$" -> "HKD";
            case "S$", "SG$", "SGD$" -> "SGD";
            case "MX$", "MEX$", "MXN$" -> "MXN";
            case "NT$" -> "TWD";
            case "R$" -> "BRL";
            case "£" -> "GBP";
            case "€" -> "EUR";
            case "¥" -> "JPY";
            case "₹", "RS" -> "INR";
            case "₽" -> "RUB";
            case "₿" -> "BTC";
            case "₩" -> "KRW";
            case "₪" -> "ILS";
            case "₺" -> "TRY";
            case "₦" -> "NGN";
            case "₱" -> "PHP";
            case "₴" -> "UAH";
            case "₫" -> "VND";
            case "₸" -> "KZT";
            case "₡" -> "CRC";
            case "₾" -> "GEL";
            case "₭" -> "LAK";
            case "₮" -> "MNT";
            case "₲" -> "PYG";
            case "₵" -> "GHS";
            case "৳" -> "BDT";
            case "元" -> "CNY";
            case "円" -> "JPY";
            case "R" -> "ZAR";
            case "RMB" -> "CNY";
            default -> isCode(compact) ? compact : null;
        };
    }

    /** ISO code for a currency name or code after the figure, or null. */
    static String ofWord(String word, String defaultDollar) {
        String lower = word.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " "); // "a 750-million-US-dollar loan"
        if (word.length() == 3 && (LOWER_CASE_CODES.contains(lower) || word.equals(word.toUpperCase(Locale.ROOT)))) {
            String code = lower.equals("rmb") ? "CNY" : word.toUpperCase(Locale.ROOT);
            return isCode(code) ? code : null;
        }
        String code = WORDS.get(lower);
        if (code == null && lower.endsWith("s")) code = WORDS.get(lower.substring(0, lower.length() - 1));
        if (code == null && lower.endsWith("es")) code = WORDS.get(lower.substring(0, lower.length() - 2));
        return "$".equals(code) ? defaultDollar : code;
    }

    static String ofSymbol(String symbol, String defaultDollar) {
        return ofPrefix(symbol, defaultDollar);
    }

    private static boolean isCode(String code) {
        if (code.equals("BTC")) return true;
        if (code.length() != 3 || NOT_CODES.contains(code)) return false;
        try {
            java.util.Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
