package org.factlint.extract;

import java.util.Locale;
import java.util.Map;

/** Currency symbols, codes and words to ISO 4217. A bare "$" is the document's default (USD unless configured). */
final class Currencies {
    /** Prefix symbols and codes, longest first so "US$" wins over "$". */
    static final String PREFIX = "(?<cur>US\\$|A\\$|AU\\$|C\\$|CA\\$|NZ\\$|HK\\$|S\\$|R\\$|\\$|£|€|¥|₹|₽|"
            + "(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|AUD|CAD|NZD|HKD|SGD|INR|RUB|ZAR|SEK|NOK|DKK|PLN|CZK|HUF|TRY|BRL|MXN|KRW|IDR|ILS|THB|PHP|MYR)(?=\\s?\\d))";
    /** Currency words and codes after the figure. Bare "pounds" is left out: it is also a weight. */
    static final String SUFFIX = "(?<cur2>(?:US |Canadian |Australian |Hong Kong |Singapore |New Zealand )?dollars?|euros?|"
            + "pounds? sterling|sterling|yen|yuan|renminbi|roubles?|rubles?|rupees?|Swiss francs?|francs?|pence|cents?|"
            + "USD|EUR|GBP|JPY|CNY|CHF|AUD|CAD|NZD|HKD|SGD|INR|RUB|ZAR|SEK|NOK|DKK|PLN|CZK|HUF|TRY|BRL|MXN|KRW)\\b";

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("US$", "USD"), Map.entry("A$", "AUD"), Map.entry("AU$", "AUD"), Map.entry("C$", "CAD"),
            Map.entry("CA$", "CAD"), Map.entry("NZ$", "NZD"), Map.entry("HK$", "HKD"), Map.entry("S$", "SGD"),
            Map.entry("R$", "BRL"), Map.entry("£", "GBP"), Map.entry("€", "EUR"), Map.entry("¥", "JPY"),
            Map.entry("₹", "INR"), Map.entry("₽", "RUB"), Map.entry("RMB", "CNY"));

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("dollar", "$"), Map.entry("us dollar", "USD"), Map.entry("canadian dollar", "CAD"),
            Map.entry("australian dollar", "AUD"), Map.entry("hong kong dollar", "HKD"),
            Map.entry("singapore dollar", "SGD"), Map.entry("new zealand dollar", "NZD"), Map.entry("euro", "EUR"),
            Map.entry("pound sterling", "GBP"), Map.entry("pounds sterling", "GBP"), Map.entry("sterling", "GBP"),
            Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"), Map.entry("rouble", "RUB"),
            Map.entry("ruble", "RUB"), Map.entry("rupee", "INR"), Map.entry("swiss franc", "CHF"),
            Map.entry("franc", "CHF"));

    private Currencies() {}

    /** ISO code for a prefix symbol or code; "$" maps to {@code defaultDollar}. */
    static String ofPrefix(String symbol, String defaultDollar) {
        if (symbol.equals("$")) return defaultDollar;
        return SYMBOLS.getOrDefault(symbol, symbol.toUpperCase(Locale.ROOT));
    }

    /** ISO code for a word after the figure, or null for pence/cents (handled by the caller). */
    static String ofWord(String word, String defaultDollar) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() == 3 && word.equals(word.toUpperCase(Locale.ROOT))) return word;
        String singular = lower.endsWith("s") && !lower.endsWith("ss") ? lower.substring(0, lower.length() - 1) : lower;
        String code = WORDS.getOrDefault(lower, WORDS.get(singular));
        if ("$".equals(code)) return defaultDollar;
        return code;
    }
}
