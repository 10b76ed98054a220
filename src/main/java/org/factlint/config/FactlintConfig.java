package org.factlint.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factlint.report.Severity;

/**
 * The settings of a {@code .factlint.yml}, validated. Null or empty fields mean "not set" (the
 * command-line option or the built-in default applies).
 *
 * @param file       the configuration file, or null for {@link #EMPTY}
 * @param severities rule id to the severity its findings are reported at
 * @param disabled   rule ids turned {@code off}
 * @param ruleLines  rule id to the 1-based line it is configured on (for error messages)
 * @param failOn     lowest severity that fails the run
 * @param currency   ISO 4217 code a bare {@code $} means
 * @param dayFirst   true for {@code en-GB} (3/4 = 3 April), false for {@code en-US}
 * @param rulesDirs  extra DRL folders, resolved against the configuration file's folder
 * @param factsDirs  extra reference-fact folders, resolved likewise (validated and passed on)
 * @param include    glob patterns a file found by walking a folder must match (empty: the defaults)
 * @param exclude    glob patterns that leave a file out of a folder walk
 */
public record FactlintConfig(Path file, Map<String, Severity> severities, Set<String> disabled,
                             Map<String, Integer> ruleLines, Severity failOn, String currency, Boolean dayFirst,
                             List<Path> rulesDirs, List<Path> factsDirs, List<String> include, List<String> exclude) {

    public static final String FILE_NAME = ".factlint.yml";

    /** No configuration file: everything at its default. */
    public static final FactlintConfig EMPTY = new FactlintConfig(null, Map.of(), Set.of(), Map.of(), null, null, null,
            List.of(), List.of(), List.of(), List.of());

    /** The folder the configuration's relative paths and patterns are relative to, or null. */
    public Path folder() {
        return file == null ? null : file.toAbsolutePath().normalize().getParent();
    }

    /** What to print before "line N" in messages: the path as found. */
    public String displayName() {
        return file == null ? FILE_NAME : file.toString();
    }

    /**
     * Fails on the first rule id in {@code rules:} that is not among {@code known} (the DRL rules
     * in force plus the engine-level checks).
     */
    public void checkRuleIds(Set<String> known) throws ConfigException {
        for (Map.Entry<String, Integer> entry : ruleLines.entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw new ConfigException(displayName() + " line " + entry.getValue() + ": unknown rule id '"
                        + entry.getKey() + "' in 'rules' (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
        }
    }
}
