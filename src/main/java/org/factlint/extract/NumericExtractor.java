package org.factlint.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.nlp.AnalyzedText;

/** Finds money amounts and percentages, with their hedges and the precision they are written to. */
final class NumericExtractor {
    private static final String NUMBER = "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?<scale>thousand|million|billion|trillion|crore|lakh|mn|bn|tn|k|m|b)";
    private static final Pattern MONEY_PREFIX = Pattern.compile(
            Currencies.PREFIX + "\\s?" + NUMBER + "(?:[\\s-]?" + SCALE + ")?(?![\\w])");
    private static final Pattern MONEY_SUFFIX = Pattern.compile(
            "(?<![\\w$£€¥₹.,])(?<!\\d,\\s)" + NUMBER + "(?:[\\s-]?" + SCALE + ")?\\s?" + Currencies.SUFFIX, Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile(
            "(?<![\\w.,])(?<num>\\d+(?:\\.\\d+)?|" + NumberWords.PATTERN + ")(?<sign>\\s?%|\\s?per\\s?cent\\b|\\s?percent\\b|"
            + "\\s?percentage\\s+points?\\b)", Pattern.CASE_INSENSITIVE);

    private final String defaultDollar;

    NumericExtractor(String defaultDollar) {
        this.defaultDollar = defaultDollar;
    }

    List<NumericClaim> extract(AnalyzedText analyzed) {
        String text = analyzed.text();
        Candidates<NumericClaim> found = new Candidates<>();
        Matcher m = MONEY_PREFIX.matcher(text);
        while (m.find()) {
            add(found, money(analyzed, m, Currencies.ofPrefix(m.group("cur"), defaultDollar)));
        }
        m = MONEY_SUFFIX.matcher(text);
        while (m.find()) {
            add(found, moneyWithWord(analyzed, m));
        }
        m = PERCENT.matcher(text);
        while (m.find()) {
            add(found, percent(analyzed, m));
        }
        return found.selectLongest();
    }

    private static void add(Candidates<NumericClaim> found, NumericClaim claim) {
        if (claim != null) found.add(claim.start(), claim.end(), claim);
    }

    private NumericClaim money(AnalyzedText analyzed, Matcher m, String currency) {
        Figure figure = Figure.of(m.group("num"), m.group("scale"));
        if (figure == null) return null;
        return claim(analyzed, ClaimType.MONEY, m.start(), m.end(), figure, currency);
    }

    private NumericClaim moneyWithWord(AnalyzedText analyzed, Matcher m) {
        String word = m.group("cur2");
        Figure figure = Figure.of(m.group("num"), m.group("scale"));
        if (figure == null) return null;
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("pence") || lower.startsWith("cent")) {
            String currency = lower.equals("pence") ? "GBP" : defaultDollar;
            return claim(analyzed, ClaimType.MONEY, m.start(), m.end(), figure.scaled(0.01), currency);
        }
        String currency = Currencies.ofWord(word, defaultDollar);
        if (currency == null) return null;
        return claim(analyzed, ClaimType.MONEY, m.start(), m.end(), figure, currency);
    }

    private NumericClaim percent(AnalyzedText analyzed, Matcher m) {
        String digits = m.group("num");
        Figure figure = Character.isDigit(digits.charAt(0)) ? Figure.of(digits, null)
                : NumberWords.parse(digits).stream().mapToObj(v -> new Figure(v, 1)).findFirst().orElse(null);
        if (figure == null) return null;
        boolean points = m.group("sign").toLowerCase(Locale.ROOT).contains("point");
        return claim(analyzed, ClaimType.PERCENT, m.start(), m.end(), figure, points ? "pp" : "%");
    }

    private static NumericClaim claim(AnalyzedText analyzed, ClaimType type, int start, int end, Figure figure,
                                      String unit) {
        String text = analyzed.text();
        Hedges.Found hedge = Hedges.before(text, start);
        return new NumericClaim(type, start, end, text.substring(start, end), figure.value(), unit, figure.precision(),
                hedge == null ? null : hedge.mod(), null, analyzed.sentenceAt(start).index());
    }

    /** A figure as written: its value and the place value of its last significant digit. */
    record Figure(double value, double precision) {
        static Figure of(String digits, String scale) {
            String plain = digits.replace(",", "");
            BigDecimal number;
            try {
                number = new BigDecimal(plain);
            } catch (NumberFormatException e) {
                return null;
            }
            double multiplier = multiplier(scale);
            // Trailing zeros of an integer may be rounding ("400bn"), so they do not count as precision.
            BigDecimal unit = BigDecimal.ONE.movePointLeft(number.scale());
            if (number.scale() == 0 && number.signum() != 0) {
                BigDecimal stripped = number.stripTrailingZeros();
                unit = BigDecimal.ONE.movePointLeft(stripped.scale());
            }
            return new Figure(number.doubleValue() * multiplier, unit.doubleValue() * multiplier);
        }

        Figure scaled(double factor) {
            return new Figure(value * factor, precision * factor);
        }

        private static double multiplier(String scale) {
            if (scale == null) return 1;
            return switch (scale.toLowerCase(Locale.ROOT)) {
                case "thousand", "k" -> 1e3;
                case "lakh" -> 1e5;
                case "million", "mn", "m" -> 1e6;
                case "crore" -> 1e7;
                case "billion", "bn", "b" -> 1e9;
                case "trillion", "tn" -> 1e12;
                default -> 1;
            };
        }
    }
}
