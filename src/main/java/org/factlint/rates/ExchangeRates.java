package org.factlint.rates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rate sources the CLI consults, in order: an explicit file ({@code --rates FILE}, else
 * {@code $FACTLINT_RATES}), the user cache written by {@link RatesUpdater}, then the ECB history
 * bundled with Moneta. A quote comes from the first source that covers the date, so a file that
 * does not reach a date falls through to the next one.
 *
 * <p>Nothing is parsed until a quote is needed, and each source only when the ones before it could
 * not answer: most documents contain no conversion and must not pay for reading megabytes of rates.
 * Thread-safe: every source loads at most once, whichever thread asks first.
 */
public final class ExchangeRates {
    /** Environment variable naming a rates file, used when no {@code --rates FILE} is given. */
    public static final String RATES_ENV = "FACTLINT_RATES";

    private final List<LazyRateSource> sources;

    /**
     * @param explicitFile the {@code --rates} file, or null; it must exist when first needed
     * @param env          the process environment (passed in so tests do not depend on the real one)
     * @param cacheFile    the updater's cache file, or null; skipped silently while it does not exist
     */
    public ExchangeRates(Path explicitFile, Map<String, String> env, Path cacheFile) {
        List<LazyRateSource> chain = new ArrayList<>();
        Path chosen = explicitFile != null ? explicitFile : envFile(env);
        if (chosen != null) {
            chain.add(new LazyRateSource(chosen.toString(), () -> Optional.of(RateFiles.read(chosen))));
        }
        if (cacheFile != null) {
            chain.add(new LazyRateSource(cacheFile.toString(),
                    () -> Files.exists(cacheFile) ? Optional.of(RateFiles.read(cacheFile)) : Optional.empty()));
        }
        chain.add(new LazyRateSource("bundled ECB history (to 2023-02-21)", () -> Optional.of(RateFiles.readBundled())));
        this.sources = List.copyOf(chain);
    }

    /** The CLI's chain: real environment and the default cache file. */
    public static ExchangeRates fromEnvironment(Path explicitFile) {
        Map<String, String> env = System.getenv();
        return new ExchangeRates(explicitFile, env, defaultCacheFile(env));
    }

    /** {@code $XDG_CACHE_HOME/factlint/eurofxref-hist.zip}, else {@code ~/.cache/factlint/eurofxref-hist.zip}. */
    public static Path defaultCacheFile(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        // The XDG spec says to ignore a relative XDG_CACHE_HOME.
        Path cacheHome = xdg != null && !xdg.isBlank() && Paths.get(xdg).isAbsolute()
                ? Paths.get(xdg)
                : Paths.get(System.getProperty("user.home"), ".cache");
        return cacheHome.resolve("factlint").resolve("eurofxref-hist.zip");
    }

    /**
     * The rate from {@code from} to {@code to} on {@code date} from the first source that has one;
     * empty if none can vouch for that date (see {@link RateTable#quote}).
     *
     * @throws RatesException if a source that had to be consulted is broken (e.g. a missing --rates file)
     */
    public Optional<RateQuote> quote(String from, String to, LocalDate date) {
        for (LazyRateSource source : sources) {
            Optional<RateQuote> quote = source.table().flatMap(table -> table.quote(from, to, date));
            if (quote.isPresent()) {
                return quote;
            }
        }
        return Optional.empty();
    }

    /** Where quotes are looked for, in order, for {@code --verbose} output and error hints. */
    public List<String> describeSources() {
        return sources.stream().map(LazyRateSource::description).toList();
    }

    private static Path envFile(Map<String, String> env) {
        String value = env.get(RATES_ENV);
        return value == null || value.isBlank() ? null : Paths.get(value);
    }
}
