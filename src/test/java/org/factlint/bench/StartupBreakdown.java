package org.factlint.bench;

import java.nio.file.Path;
import org.factlint.Factlint;
import org.factlint.ingest.DocumentReader;
import org.factlint.ingest.SourceDocument;
import org.factlint.nlp.NlpModels;

/**
 * Benchmark, not a test: where a cold {@code factlint check} on the seed spends its time.
 * Run: java -XX:TieredStopAtLevel=1 -cp target/classes:target/test-classes:target/lib/* org.factlint.bench.StartupBreakdown [cacheDir]
 */
public final class StartupBreakdown {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        NlpModels.shared();
        long models = System.nanoTime();
        Factlint.Builder builder = Factlint.builder().ruleFolder(Path.of("rules"));
        if (args.length > 0) builder.ruleCache(Path.of(args[0]));
        Factlint factlint = builder.build();
        long rules = System.nanoTime();
        SourceDocument seed = new DocumentReader().read(Path.of("seeds/putin-minerals-offer.md"));
        long read = System.nanoTime();
        factlint.check(seed);
        long first = System.nanoTime();
        factlint.check(seed);
        long second = System.nanoTime();
        System.out.printf("models %d ms, rules %d ms, read %d ms, first check %d ms, second check %d ms%n",
                ms(models - start), ms(rules - models), ms(read - rules), ms(first - read), ms(second - first));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
