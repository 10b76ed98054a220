package org.factlint.rates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the ECB history CSV ({@code eurofxref-hist.csv}): a header {@code Date,USD,JPY,...} (usually
 * with a trailing comma), then one row per fixing date, newest first, {@code N/A} or empty where a
 * currency had no fixing. Problems are reported with the file name and line number.
 */
final class EcbCsvReader {
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    private EcbCsvReader() {
    }

    /**
     * @param name   the file name used in error messages
     * @param source the description carried by every quote from the table
     */
    static RateTable read(Reader input, String name, String source) throws IOException {
        BufferedReader lines = input instanceof BufferedReader b ? b : new BufferedReader(input, 1 << 16);
        RateTable.Builder table = RateTable.builder(source);
        Set<Long> seenDays = new HashSet<>();
        String[] currencies = null;
        int lineNumber = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (currencies == null) {
                currencies = header(cells, name, lineNumber);
                continue;
            }
            LocalDate date = date(cells[0].trim(), name, lineNumber);
            if (!seenDays.add(date.toEpochDay())) {
                throw error(name, lineNumber, "date " + date + " appears twice");
            }
            table.fixing(date);
            for (int column = 1; column < cells.length; column++) {
                String cell = cells[column].trim();
                if (cell.isEmpty() || cell.equalsIgnoreCase("N/A")) {
                    continue; // no fixing for this currency that day
                }
                if (column >= currencies.length || currencies[column].isEmpty()) {
                    throw error(name, lineNumber, "value '" + cell + "' in column " + (column + 1)
                            + ", which has no currency in the header");
                }
                table.put(date, currencies[column], rate(cell, currencies[column], name, lineNumber));
            }
        }
        if (currencies == null) {
            throw new RatesException(name + ": empty file, expected an ECB rates CSV (Date,USD,JPY,...)");
        }
        if (table.isEmpty()) {
            throw new RatesException(name + ": no rows after the header");
        }
        return table.build();
    }

    private static String[] header(String[] cells, String name, int lineNumber) {
        String first = cells[0].replace("\uFEFF", "").trim();
        if (!first.equalsIgnoreCase("Date")) {
            throw error(name, lineNumber, "expected a header starting with 'Date', found '" + first
                    + "'; is this an ECB eurofxref-hist.csv?");
        }
        String[] currencies = new String[cells.length];
        currencies[0] = "";
        for (int i = 1; i < cells.length; i++) {
            String code = cells[i].trim();
            if (!code.isEmpty() && !CURRENCY_CODE.matcher(code).matches()) {
                throw error(name, lineNumber, "'" + code + "' in the header is not a currency code");
            }
            currencies[i] = code; // empty: the trailing comma the ECB writes
        }
        return currencies;
    }

    private static LocalDate date(String text, String name, int lineNumber) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(name, lineNumber, "'" + text + "' is not a date (expected YYYY-MM-DD)");
        }
    }

    private static double rate(String text, String currency, String name, int lineNumber) {
        double rate;
        try {
            rate = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw error(name, lineNumber, "'" + text + "' is not a number for " + currency);
        }
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw error(name, lineNumber, "'" + text + "' is not a positive rate for " + currency);
        }
        return rate;
    }

    private static RatesException error(String name, int lineNumber, String cause) {
        return new RatesException(name + " line " + lineNumber + ": " + cause);
    }
}
