package org.factlint.rates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An immutable history of euro reference rates: for each fixing date, the units of each currency per
 * 1 EUR. Stored as a sorted array of epoch days and one {@code double[]} row per date (NaN where the
 * currency had no fixing), which keeps ~7,000 dates x ~40 currencies at a few MB and lookups at a
 * binary search. Immutable, hence safe to share between threads.
 */
public final class RateTable {
    /** The euro is the base of every ECB rate: 1 EUR = 1 EUR on every fixing date. */
    public static final String EURO = "EUR";
    /** A fixing older than this does not vouch for a date: the data ends or has a gap there. */
    public static final int MAX_FIXING_AGE_DAYS = 7;

    private final String source;
    private final String[] currencies;
    private final Map<String, Integer> currencyIndex;
    private final long[] epochDays;
    private final double[][] rows;

    private RateTable(String source, List<String> currencies, long[] epochDays, double[][] rows) {
        this.source = source;
        this.currencies = currencies.toArray(String[]::new);
        this.currencyIndex = new HashMap<>();
        for (int i = 0; i < this.currencies.length; i++) {
            currencyIndex.put(this.currencies[i], i);
        }
        this.epochDays = epochDays;
        this.rows = rows;
    }

    public static Builder builder(String source) {
        return new Builder(source);
    }

    /**
     * The rate from {@code from} to {@code to} on {@code date}, crossed via the euro, using the latest
     * fixing on or before {@code date} that has both currencies. Empty when the currencies are unknown
     * or no such fixing lies within {@value #MAX_FIXING_AGE_DAYS} days before {@code date}: then the
     * table cannot vouch for a conversion on that date.
     */
    public Optional<RateQuote> quote(String from, String to, LocalDate date) {
        String fromCode = normalize(from);
        String toCode = normalize(to);
        int fromColumn = column(fromCode);
        int toColumn = column(toCode);
        if (fromColumn == UNKNOWN || toColumn == UNKNOWN) {
            return Optional.empty();
        }
        long day = date.toEpochDay();
        for (int i = latestIndexOnOrBefore(day); i >= 0 && day - epochDays[i] <= MAX_FIXING_AGE_DAYS; i--) {
            double fromPerEuro = perEuro(rows[i], fromColumn);
            double toPerEuro = perEuro(rows[i], toColumn);
            if (!Double.isNaN(fromPerEuro) && !Double.isNaN(toPerEuro)) {
                return Optional.of(new RateQuote(fromCode, toCode, toPerEuro / fromPerEuro,
                        LocalDate.ofEpochDay(epochDays[i]), source));
            }
        }
        return Optional.empty();
    }

    public LocalDate firstDate() {
        return LocalDate.ofEpochDay(epochDays[0]);
    }

    public LocalDate lastDate() {
        return LocalDate.ofEpochDay(epochDays[epochDays.length - 1]);
    }

    /** Number of fixing dates. */
    public int size() {
        return epochDays.length;
    }

    /** Every currency with at least one fixing, plus EUR, sorted. */
    public SortedSet<String> currencies() {
        SortedSet<String> all = new TreeSet<>(Arrays.asList(currencies));
        all.add(EURO);
        return Collections.unmodifiableSortedSet(all);
    }

    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source + ": " + size() + " fixings " + firstDate() + ".." + lastDate()
                + ", " + currencies().size() + " currencies";
    }

    private static final int UNKNOWN = -2;
    private static final int EURO_COLUMN = -1;

    private int column(String code) {
        if (code.equals(EURO)) {
            return EURO_COLUMN;
        }
        return currencyIndex.getOrDefault(code, UNKNOWN);
    }

    private static double perEuro(double[] row, int column) {
        if (column == EURO_COLUMN) {
            return 1.0;
        }
        return column < row.length ? row[column] : Double.NaN;
    }

    private int latestIndexOnOrBefore(long day) {
        int found = Arrays.binarySearch(epochDays, day);
        return found >= 0 ? found : -found - 2;
    }

    private static String normalize(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }

    /** Collects rates in any order (ECB files are newest first); not thread-safe. */
    public static final class Builder {
        private final String source;
        private final List<String> currencies = new ArrayList<>();
        private final Map<String, Integer> currencyIndex = new HashMap<>();
        private final TreeMap<Long, double[]> rowsByDay = new TreeMap<>();

        private Builder(String source) {
            this.source = source;
        }

        /** Records {@code unitsPerEuro} units of {@code currency} per 1 EUR at the fixing of {@code date}. */
        public Builder put(LocalDate date, String currency, double unitsPerEuro) {
            if (!(unitsPerEuro > 0) || Double.isInfinite(unitsPerEuro)) {
                throw new IllegalArgumentException("rate must be positive and finite: " + unitsPerEuro);
            }
            String code = normalize(currency);
            if (code.equals(EURO)) {
                return this; // implied: always 1
            }
            int column = currencyIndex.computeIfAbsent(code, c -> {
                currencies.add(c);
                return currencies.size() - 1;
            });
            double[] row = rowsByDay.computeIfAbsent(date.toEpochDay(), d -> emptyRow(currencies.size()));
            if (column >= row.length) {
                row = grow(row, currencies.size());
                rowsByDay.put(date.toEpochDay(), row);
            }
            row[column] = unitsPerEuro;
            return this;
        }

        /** Declares a fixing date even if it has no rates (only EUR), so that it counts as a fixing. */
        public Builder fixing(LocalDate date) {
            rowsByDay.computeIfAbsent(date.toEpochDay(), d -> emptyRow(currencies.size()));
            return this;
        }

        public boolean isEmpty() {
            return rowsByDay.isEmpty();
        }

        /** @throws IllegalStateException if no fixing was added */
        public RateTable build() {
            if (rowsByDay.isEmpty()) {
                throw new IllegalStateException("no fixings");
            }
            long[] days = new long[rowsByDay.size()];
            double[][] rows = new double[days.length][];
            int i = 0;
            for (Map.Entry<Long, double[]> entry : rowsByDay.entrySet()) {
                days[i] = entry.getKey();
                // Rows started before a currency first appeared are shorter; perEuro() treats that as NaN.
                rows[i] = entry.getValue();
                i++;
            }
            return new RateTable(source, currencies, days, rows);
        }

        private static double[] emptyRow(int length) {
            double[] row = new double[Math.max(length, 1)];
            Arrays.fill(row, Double.NaN);
            return row;
        }

        private static double[] grow(double[] row, int length) {
            int old = row.length;
            double[] bigger = Arrays.copyOf(row, Math.max(length, old * 2));
            Arrays.fill(bigger, old, bigger.length, Double.NaN);
            return bigger;
        }
    }
}
