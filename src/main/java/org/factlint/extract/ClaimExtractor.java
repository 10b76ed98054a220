package org.factlint.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factlint.extract.statements.StatementExtractor;
import org.factlint.nlp.AnalyzedText;

/**
 * The extraction stage: numeric and temporal claims of one analysed text, normalized against the
 * reference date, with what each one dates, counts or measures and the conversions between them. Thread-safe.
 */
public final class ClaimExtractor {
    private final TemporalExtractor temporal;
    private final NumericExtractor numeric;
    private final StatementExtractor statements = new StatementExtractor();
    private final boolean dayFirst;

    /**
     * @param defaultDollar ISO code a bare "$" stands for (USD unless the newsroom says otherwise)
     * @param dayFirst      read 03/04/2025 as 3 April (en-GB) rather than 4 March (en-US)
     */
    public ClaimExtractor(String defaultDollar, boolean dayFirst) {
        this.temporal = new TemporalExtractor(dayFirst);
        this.dayFirst = dayFirst;
        this.numeric = new NumericExtractor(defaultDollar);
    }

    public ClaimExtractor() {
        this("USD", true);
    }

    public Extraction extract(AnalyzedText analyzed, LocalDate referenceDate) {
        return extract(analyzed, referenceDate, true);
    }

    /**
     * @param measuredNouns whether to find what each figure counts ("60 delegates"); it tags most
     *                      sentences with a figure, about a sixth of the extraction's time, so a check
     *                      whose rules never read it goes without
     */
    public Extraction extract(AnalyzedText analyzed, LocalDate referenceDate, boolean measuredNouns) {
        List<CalendarNote> notes = new ArrayList<>();
        List<TemporalClaim> found = temporal.extract(analyzed, referenceDate, notes);
        // A bare number inside a time expression is part of it ("three years ago", "in 2019"); a figure
        // with a currency, unit or % is not a time ("£2,019", "2019%", "a 38-year-old").
        // "31 April 2024" claims nothing (the impossible-date rule reads its note): not "31", nor "April 2024"
        List<CalendarNote> impossible = notes.stream().filter(note -> note.problem() != null).toList();
        List<NumericClaim> numbers = new ArrayList<>();
        for (NumericClaim claim : numeric.extract(analyzed)) {
            if (!Double.isFinite(claim.value()) || claim.high() != null && !Double.isFinite(claim.high())) continue; // "9e307 thousand"
            boolean partOfTime = overlapsAny(claim, found) || inside(claim.start(), claim.end(), impossible);
            if (claim.type() != ClaimType.NUMBER || !partOfTime) numbers.add(claim);
        }
        List<TemporalClaim> times = new ArrayList<>();
        AnchorFinder anchors = new AnchorFinder(analyzed);
        for (TemporalClaim claim : found) {
            if (overlapsAny(claim, numbers)) continue; // "£2,019" or "2019%" are figures, not years
            times.add(claim.type() == ClaimType.DATE && claim.interval() != null ? claim.withAnchor(anchors.find(claim)) : claim);
        }
        var composed = TemporalComposer.compose(analyzed, referenceDate, times, dayFirst).stream()
                .filter(reading -> !inside(reading.start(), reading.end(), impossible)).toList();
        // A bare number inside a composed time is part of it too: "1973" of "the 1973-1990 regime", "17th" of "17th century"
        numbers.removeIf(claim -> claim.type() == ClaimType.NUMBER && composed.stream()
                .anyMatch(reading -> claim.start() < reading.end() && reading.start() < claim.end()));
        if (measuredNouns) {
            MeasuredNouns measured = new MeasuredNouns(analyzed);
            numbers.replaceAll(claim -> claim.withAnchor(measured.find(claim)));
        }
        return new Extraction(referenceDate, List.copyOf(times), List.copyOf(numbers),
                ConversionLinker.link(analyzed.text(), numbers), distinctBySpan(notes),
                TemporalLinker.links(analyzed.text(), times), TemporalLinker.elapsed(analyzed, times),
                TemporalLinker.agesAndBirths(analyzed, times), statements.extract(analyzed),
                MeasureMentions.find(analyzed), composed);
    }

    private static boolean inside(int start, int end, List<CalendarNote> notes) {
        for (CalendarNote note : notes) {
            if (note.start() <= start && end <= note.end()) return true;
        }
        return false;
    }

    /** A pattern tried twice on one span leaves one note. */
    private static List<CalendarNote> distinctBySpan(List<CalendarNote> notes) {
        java.util.Map<String, CalendarNote> bySpan = new java.util.LinkedHashMap<>();
        for (CalendarNote note : notes) bySpan.putIfAbsent(note.start() + "-" + note.end(), note);
        return List.copyOf(bySpan.values());
    }

    private static boolean overlapsAny(Claim claim, List<? extends Claim> others) {
        for (Claim other : others) {
            if (claim.start() < other.end() && other.start() < claim.end()) return true;
        }
        return false;
    }
}
