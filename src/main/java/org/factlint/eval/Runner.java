package org.factlint.eval;

import java.time.LocalDate;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.factlint.Factlint;
import org.factlint.ingest.DocumentReader;
import org.factlint.ingest.Format;
import org.factlint.ingest.InputException;
import org.factlint.report.ReportedClaim;

/** Runs one shared {@link Factlint} (models loaded once) over plain texts with a publication date. */
public final class Runner {
    private final Factlint factlint;
    private final DocumentReader reader = new DocumentReader();

    public Runner(Factlint factlint) {
        this.factlint = factlint;
    }

    /** The claims of a plain text; none for text the reader rejects (blank input). */
    public List<ReportedClaim> claims(String name, String text, LocalDate publicationDate) {
        try {
            var document = reader.read(name, text.getBytes(StandardCharsets.UTF_8), Format.TEXT).withPublicationDate(publicationDate);
            return factlint.claims(document).claims();
        } catch (InputException e) {
            return List.of();
        }
    }

    public List<ReportedClaim> claims(TimeMlDocument document) {
        return claims(document.id(), document.text(), document.dct());
    }

    public List<ReportedClaim> claims(EvalCase c) {
        return claims(c.id(), c.input(), c.reference());
    }
}
