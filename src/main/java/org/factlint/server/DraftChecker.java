package org.factlint.server;

import java.util.Collection;
import org.factlint.Factlint;
import org.factlint.engine.RuleInfo;
import org.factlint.ingest.SourceDocument;
import org.factlint.report.FileResult;

/** What the server needs from {@link Factlint}; an interface so tests can slow it down or block it. */
public interface DraftChecker {
    FileResult check(SourceDocument document);

    FileResult claims(SourceDocument document);

    Collection<RuleInfo> rules();

    static DraftChecker of(Factlint factlint) {
        return new DraftChecker() {
            @Override
            public FileResult check(SourceDocument document) {
                return factlint.check(document);
            }

            @Override
            public FileResult claims(SourceDocument document) {
                return factlint.claims(document);
            }

            @Override
            public Collection<RuleInfo> rules() {
                return factlint.rules().values();
            }
        };
    }
}
