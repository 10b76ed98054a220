package org.factlint.reference;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One event of the house knowledge base: its id, its name as it reads in "&lt;event&gt; was in 1989", its
 * date (or only its year), the phrases that name it in text, and a public source for the date.
 *
 * @param date null when the knowledge base gives only the year
 * @param file the YAML file it came from, and {@code line} (1-based) where the entry starts
 */
public record ReferenceEntry(String id, String event, int year, LocalDate date, List<String> aliases, String source,
                             String note, Path file, int line) {

    public String where() {
        return file + " line " + line;
    }
}
