package org.factlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.factlint.ingest.DocumentReader;
import org.factlint.ingest.InputException;
import org.factlint.ingest.SourceDocument;

/** Reads the files named on the command line ("-" is standard input) and applies --date. */
final class DocumentLoader {
    private final DocumentReader reader = new DocumentReader();
    private final LocalDate dateOverride;
    private final String stdinName;
    private final InputStream stdin;

    DocumentLoader(LocalDate dateOverride, String stdinName, InputStream stdin) {
        this.dateOverride = dateOverride;
        this.stdinName = stdinName;
        this.stdin = stdin;
    }

    SourceDocument load(String argument) throws InputException {
        SourceDocument document;
        if (argument.equals("-")) {
            byte[] bytes;
            try {
                bytes = stdin.readAllBytes();
            } catch (IOException e) {
                throw new InputException(stdinName, "cannot read: " + e.getMessage());
            }
            document = reader.readSniffed(stdinName, bytes);
        } else {
            document = reader.read(Path.of(argument));
        }
        return dateOverride == null ? document : document.withPublicationDate(dateOverride);
    }

    String nameOf(String argument) {
        return argument.equals("-") ? stdinName : argument;
    }
}
