package org.factlint.rates;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * One link of the {@link ExchangeRates} chain: loads its table on first use, exactly once, and
 * remembers a failure too, so a broken file is reported the same way every time without re-reading.
 */
final class LazyRateSource {
    private final String description;
    private final Supplier<Optional<RateTable>> loader;
    private volatile Loaded loaded;

    private record Loaded(Optional<RateTable> table, RatesException failure) {
    }

    LazyRateSource(String description, Supplier<Optional<RateTable>> loader) {
        this.description = description;
        this.loader = loader;
    }

    String description() {
        return description;
    }

    /** The table, or empty if this source is absent (e.g. no cache file yet). */
    Optional<RateTable> table() {
        Loaded current = loaded;
        if (current == null) {
            current = load();
        }
        if (current.failure() != null) {
            throw new RatesException(current.failure().getMessage(), current.failure());
        }
        return current.table();
    }

    private synchronized Loaded load() {
        if (loaded == null) {
            try {
                loaded = new Loaded(loader.get(), null);
            } catch (RatesException e) {
                loaded = new Loaded(Optional.empty(), e);
            }
        }
        return loaded;
    }
}
