package org.factlint.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.factlint.ingest.SourceDocument;
import org.factlint.report.FileResult;
import org.factlint.report.ReportedFinding;
import org.factlint.report.Severity;

/**
 * What the configuration and the inline comments do to one file's findings: suppressions first
 * (so a suppressed finding counts as used even when its rule is later turned off), then the
 * {@code rules:} settings (off, or another severity), which also apply to the two engine-level
 * checks. Thread-safe.
 */
public final class Policy {
    /** The engine-level checks, which are not DRL rules. */
    public static final List<String> ENGINE_RULES = List.of(Suppressions.UNUSED, Suppressions.UNKNOWN);

    private final FactlintConfig config;
    private final Set<String> knownRuleIds;

    /** @param drlRuleIds the ids of the DRL rules in force ({@code Factlint.rules().keySet()}) */
    public Policy(FactlintConfig config, Set<String> drlRuleIds) {
        this.config = config;
        Set<String> known = new LinkedHashSet<>(drlRuleIds);
        known.addAll(ENGINE_RULES);
        this.knownRuleIds = Set.copyOf(known);
    }

    public Set<String> knownRuleIds() {
        return knownRuleIds;
    }

    /** The file's findings after suppressions and the rules: settings. */
    public FileResult apply(SourceDocument document, FileResult result) {
        Suppressions suppressions = Suppressions.parse(document.sourceText());
        List<ReportedFinding> findings = suppressions.apply(result.findings(), knownRuleIds).findings();
        if (!config.disabled().isEmpty() || !config.severities().isEmpty()) {
            List<ReportedFinding> configured = new ArrayList<>();
            for (ReportedFinding f : findings) {
                if (config.disabled().contains(f.ruleId())) continue;
                Severity severity = config.severities().get(f.ruleId());
                configured.add(severity == null || severity == f.severity() ? f
                        : new ReportedFinding(f.ruleId(), severity, f.message(), f.location(), f.related(), f.arithmetic(),
                                f.suggestion()));
            }
            findings = configured;
        }
        if (findings == result.findings()) return result;
        return new FileResult(result.path(), result.publicationDate(), result.assumedDate(), List.copyOf(findings),
                result.claims());
    }
}
