package org.factlint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.factlint.Factlint;
import org.factlint.engine.RuleLoadException;
import org.factlint.rates.ExchangeRates;
import picocli.CommandLine.Option;

/** Options shared by check and claims: which rules, which date, which rates. */
final class CommonOptions {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date; overrides the document's own date.")
    String date;

    @Option(names = "--rules", paramLabel = "DIR", description = "Extra folder of .drl rules (repeatable); the project's rules/ are always in force.")
    List<Path> extraRules = new ArrayList<>();

    @Option(names = "--rates", paramLabel = "FILE",
            description = "ECB rates history (eurofxref-hist.zip or .csv); also FACTLINT_RATES.")
    Path rates;

    @Option(names = "--stdin-name", paramLabel = "NAME", description = "Name shown for standard input ('-').")
    String stdinName = "<stdin>";

    LocalDate parsedDate() {
        if (date == null) return null;
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date '" + date + "' is not a date (expected YYYY-MM-DD)");
        }
    }

    Factlint build() throws RuleLoadException {
        Factlint.Builder builder = Factlint.builder().ruleFolder(projectRules());
        extraRules.forEach(builder::ruleFolder);
        builder.ruleCache(cacheFolder());
        Path explicit = rates != null ? rates : envRates();
        if (explicit != null && !Files.isRegularFile(explicit)) {
            // A rates file named but missing is a usage error for the whole run, not a property of each draft.
            String origin = rates != null ? "--rates" : ExchangeRates.RATES_ENV;
            throw new IllegalArgumentException(origin + " " + explicit + ": no such file");
        }
        ExchangeRates exchange = ExchangeRates.fromEnvironment(rates);
        builder.rates(exchange::quote);
        return builder.build();
    }

    private static Path envRates() {
        String value = System.getenv(ExchangeRates.RATES_ENV);
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    /** The user cache ($XDG_CACHE_HOME/factlint or ~/.cache/factlint) for compiled rules; FACTLINT_NO_CACHE turns it off. */
    static Path cacheFolder() {
        if (System.getenv("FACTLINT_NO_CACHE") != null) return null;
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("factlint");
    }

    /**
     * The project's rules/ folder: from -Dfactlint.home (set by the launcher), else next to the jar's
     * folder (target/../rules), else ./rules.
     */
    static Path projectRules() {
        String home = System.getProperty("factlint.home");
        if (home != null) return Path.of(home, "rules");
        try {
            Path jar = Path.of(CommonOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = jar.getParent().getParent().resolve("rules");
            if (Files.isDirectory(candidate)) return candidate;
        } catch (Exception e) {
            // fall through to the working directory
        }
        return Path.of("rules");
    }
}
