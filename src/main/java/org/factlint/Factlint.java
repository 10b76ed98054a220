package org.factlint;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factlint.engine.RuleEngine;
import org.factlint.engine.RuleInfo;
import org.factlint.engine.RuleLoadException;
import org.factlint.engine.RuleSet;
import org.factlint.extract.Claim;
import org.factlint.extract.ComposedTime;
import org.factlint.extract.ClaimExtractor;
import org.factlint.extract.Extraction;
import org.factlint.extract.NumericClaim;
import org.factlint.extract.TemporalClaim;
import org.factlint.facts.FactAssembler;
import org.factlint.facts.Finding;
import org.factlint.ingest.SourceDocument;
import org.factlint.ingest.SourceMap;
import org.factlint.nlp.AnalyzedText;
import org.factlint.nlp.NlpModels;
import org.factlint.nlp.NlpPipeline;
import org.factlint.reference.ReferenceFacts;
import org.factlint.reference.ReferenceMatcher;
import org.factlint.report.FileResult;
import org.factlint.report.RelatedSpan;
import org.factlint.report.ReportedClaim;
import org.factlint.report.ReportedFinding;
import org.factlint.report.Severity;
import org.factlint.report.SourceSpan;

/**
 * The library entry point: one configured checker, loaded once (models, rules), used from any
 * number of threads. The CLI and the server are thin shells over {@link #check} and {@link #claims}.
 */
public final class Factlint {
    private final RuleSet rules;
    private final RuleEngine engine;
    private final ClaimExtractor extractor;
    private final FactAssembler assembler;
    private final ReferenceMatcher references;
    private final Clock clock;
    private final ThreadLocal<NlpPipeline> pipelines;
    private final boolean rulesReadMeasuredNouns;

    private Factlint(Builder builder) throws RuleLoadException {
        // Models and rules are the two big loads of a cold start; on two cores they overlap.
        java.util.concurrent.CompletableFuture<NlpModels> models =
                java.util.concurrent.CompletableFuture.supplyAsync(NlpModels::shared);
        this.rules = RuleSet.load(builder.ruleFolders, builder.ruleCache);
        this.engine = new RuleEngine(rules);
        this.rulesReadMeasuredNouns = rules.mayMatch(org.factlint.facts.NumberFact.class);
        this.extractor = new ClaimExtractor(builder.defaultDollar, builder.dayFirst);
        this.assembler = new FactAssembler(builder.rates, rulesReadMeasuredNouns);
        // The house knowledge base (rules/facts/*.yaml), read once; a broken file stops the run like a broken rule.
        this.references = new ReferenceMatcher(ReferenceFacts.load(builder.ruleFolders));
        this.clock = builder.clock;
        NlpModels loaded = models.join();
        this.pipelines = ThreadLocal.withInitial(() -> new NlpPipeline(loaded));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Map<String, RuleInfo> rules() {
        return rules.rules();
    }

    /**
     * Findings and claims of one document. What figures count (a numeric claim's anchor) is found only
     * when a rule in force reads it ({@link org.factlint.facts.NumberFact}); {@link #claims} always finds it.
     */
    public FileResult check(SourceDocument document) {
        Analysis analysis = analyse(document, rulesReadMeasuredNouns);
        List<Object> facts = assembler.assemble(document.name(), analysis.extraction, document.publicationDate() == null);
        facts.addAll(references.match(analysis.analyzed, analysis.extraction.temporal()));
        List<ReportedFinding> findings = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        List<Finding> raw = engine.run(facts);
        raw.sort(Comparator.comparingInt(Finding::getStart).thenComparing(Finding::getRuleId)
                .thenComparing(Finding::getMessage));
        for (Finding finding : raw) {
            // Two rule firings for the same span and rule (a year against two other mentions) are one finding.
            String key = finding.getRuleId() + "@" + finding.getStart() + "-" + finding.getEnd();
            if (seen.putIfAbsent(key, true) == null) findings.add(toReported(finding, document.sourceMap(), document));
        }
        return result(document, analysis, findings);
    }

    /** Claims only, no rules. */
    public FileResult claims(SourceDocument document) {
        return result(document, analyse(document, true), List.of());
    }

    private record Analysis(LocalDate reference, Extraction extraction, AnalyzedText analyzed) {}

    private Analysis analyse(SourceDocument document, boolean measuredNouns) {
        LocalDate reference = document.publicationDate() != null ? document.publicationDate() : LocalDate.now(clock);
        AnalyzedText analyzed = pipelines.get().analyze(document.plainText());
        return new Analysis(reference, extractor.extract(analyzed, reference, measuredNouns), analyzed);
    }

    private FileResult result(SourceDocument document, Analysis analysis, List<ReportedFinding> findings) {
        List<Claim> all = new ArrayList<>();
        all.addAll(analysis.extraction.temporal());
        all.addAll(analysis.extraction.numeric());
        all.sort(Comparator.comparingInt(Claim::start));
        List<ReportedClaim> claims = new ArrayList<>();
        for (Claim claim : all) claims.add(toReported(claim, document));
        for (ComposedTime composed : analysis.extraction.compositions()) {
            claims.add(new ReportedClaim(composed.type().name(), span(document, composed.start(), composed.end()),
                    composed.value(), null, null, null, composed.high(), true));
        }
        claims.sort(Comparator.comparingInt((ReportedClaim c) -> c.location().start()).thenComparing(ReportedClaim::composed));
        LocalDate assumed = document.publicationDate() == null ? analysis.reference : null;
        return new FileResult(document.name(), document.publicationDate(), assumed, List.copyOf(findings), List.copyOf(claims));
    }

    private static ReportedClaim toReported(Claim claim, SourceDocument document) {
        Object value = claim instanceof TemporalClaim t ? t.value() : ((NumericClaim) claim).value();
        String unit = claim instanceof NumericClaim n ? n.unit() : null;
        Double high = claim instanceof NumericClaim n ? n.high() : null;
        String anchor = claim.anchor() == null ? null : claim.anchor().phrase();
        return new ReportedClaim(claim.type().name(), span(document, claim.start(), claim.end()), value, unit, claim.mod(),
                anchor, high, false);
    }

    private static ReportedFinding toReported(Finding finding, SourceMap map, SourceDocument document) {
        List<RelatedSpan> related = new ArrayList<>();
        for (org.factlint.facts.RelatedSpan r : finding.getRelated()) {
            related.add(new RelatedSpan(span(document, r.start(), r.end()), r.message()));
        }
        return new ReportedFinding(finding.getRuleId(), Severity.parse(finding.getSeverity()), finding.getMessage(),
                span(document, finding.getStart(), finding.getEnd()), List.copyOf(related), finding.getArithmetic(),
                finding.getSuggestion());
    }

    /** A plain-text span in source coordinates. */
    private static SourceSpan span(SourceDocument document, int plainStart, int plainEnd) {
        SourceMap map = document.sourceMap();
        int start = map.toSource(plainStart);
        int end = Math.max(start, map.toSourceEnd(plainEnd));
        var position = map.position(start);
        return new SourceSpan(start, end, position.line(), position.column(), document.sourceText().substring(start, end));
    }

    /** How to build a {@link Factlint}. */
    public static final class Builder {
        private final List<Path> ruleFolders = new ArrayList<>();
        private FactAssembler.RateLookup rates = (from, to, date) -> java.util.Optional.empty();
        private String defaultDollar = "USD";
        private boolean dayFirst = true;
        private Clock clock = Clock.systemDefaultZone();
        private Path ruleCache;

        public Builder ruleFolder(Path folder) {
            ruleFolders.add(folder);
            return this;
        }

        public Builder rates(FactAssembler.RateLookup lookup) {
            this.rates = lookup;
            return this;
        }

        public Builder defaultDollar(String isoCode) {
            this.defaultDollar = isoCode;
            return this;
        }

        public Builder dayFirst(boolean value) {
            this.dayFirst = value;
            return this;
        }

        /** The clock that gives "today" for documents without a date (fixed in tests). */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** A folder to keep compiled rules in between runs (none by default: always compile). */
        public Builder ruleCache(Path folder) {
            this.ruleCache = folder;
            return this;
        }

        public Factlint build() throws RuleLoadException {
            return new Factlint(this);
        }
    }
}
