package org.factlint.server;

import java.time.LocalDate;
import org.factlint.ingest.Format;

/**
 * One draft posted to the API.
 *
 * @param name          shown as {@code path} in the result; never used to open anything
 * @param date          publication date overriding the draft's own, or null
 * @param includeClaims whether a check result also carries the draft's claims (for the web page)
 */
record DraftRequest(String text, Format format, LocalDate date, String name, boolean includeClaims) {}
