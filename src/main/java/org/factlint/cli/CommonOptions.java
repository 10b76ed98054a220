package org.factlint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.factlint.Factlint;
import org.factlint.config.ConfigException;
import org.factlint.config.ConfigLoader;
import org.factlint.config.FactlintConfig;
import org.factlint.engine.RuleLoadException;
import org.factlint.rates.ExchangeRates;
import picocli.CommandLine.Option;

/**
 * Options shared by check, claims and rules: which configuration, rules, date, rates. Command-line
 * options override the {@code .factlint.yml} settings; one configuration holds for a whole run.
 */
final class CommonOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: the nearest .factlint.yml in the first file's folder or a parent).")
    Path config;

    @Option(names = "--no-config", description = "Ignore .factlint.yml files.")
    boolean noConfig;

    @Option(names = "--currency", paramLabel = "CODE", description = "ISO 4217 code a bare $ means (default: USD).")
    String currency;

    @Option(names = "--date-order", paramLabel = "LOCALE",
            description = "en-GB (3/4 is 3 April, the default) or en-US (3/4 is 4 March).")
    String dateOrder;

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

    /**
     * The configuration of this run: --config, else the nearest .factlint.yml from the first named
     * path (or the current folder when there is none, or only standard input) upward; none with --no-config.
     */
    FactlintConfig loadConfig(List<String> arguments) throws ConfigException {
        if (noConfig) return FactlintConfig.EMPTY;
        if (config != null) return ConfigLoader.load(config);
        Path start = Path.of("");
        for (String argument : arguments) {
            if (argument.equals("-")) continue;
            try {
                start = Path.of(argument);
            } catch (java.nio.file.InvalidPathException e) {
                // a pattern this platform cannot express as a path: look from the current folder
            }
            break;
        }
        Path found = ConfigLoader.find(start);
        return found == null ? FactlintConfig.EMPTY : ConfigLoader.load(found);
    }

    /** The date order and currency options, checked; they override the configuration. */
    private Boolean dayFirstOption() {
        if (dateOrder == null) return null;
        return switch (dateOrder.toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
            case "en-gb" -> Boolean.TRUE;
            case "en-us" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("--date-order '" + dateOrder + "': expected en-GB or en-US");
        };
    }

    private String currencyOption() {
        if (currency == null) return null;
        String code = currency.toUpperCase(java.util.Locale.ROOT);
        try {
            if (code.matches("[A-Z]{3}")) {
                java.util.Currency.getInstance(code);
                return code;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException("--currency '" + currency + "': not an ISO 4217 code such as USD or AUD");
    }

    Factlint build() throws RuleLoadException {
        return build(FactlintConfig.EMPTY);
    }

    Factlint build(FactlintConfig settings) throws RuleLoadException {
        Factlint.Builder builder = Factlint.builder().ruleFolder(projectRules());
        settings.rulesDirs().forEach(builder::ruleFolder);
        extraRules.forEach(builder::ruleFolder);
        String dollar = currencyOption() != null ? currencyOption() : settings.currency();
        if (dollar != null) builder.defaultDollar(dollar);
        Boolean dayFirst = dayFirstOption() != null ? dayFirstOption() : settings.dayFirst();
        if (dayFirst != null) builder.dayFirst(dayFirst);
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

    /** The project's rules/ folder and the --rules folders, in that order. */
    List<Path> ruleFolders() {
        List<Path> folders = new ArrayList<>();
        folders.add(projectRules());
        folders.addAll(extraRules);
        return folders;
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
