package org.factlint.extract;

import java.time.LocalDate;
import java.util.List;
import org.factlint.nlp.AnalyzedText;
import org.factlint.nlp.Sentence;

/**
 * What every temporal recognizer needs: the analysed text, the date relative expressions count
 * from, where to leave {@link CalendarNote}s for the calendar rules, and the quarter a results
 * story is reporting on at each point.
 */
record TemporalContext(AnalyzedText analyzed, LocalDate reference, List<CalendarNote> notes, ReportingPeriods periods) {
    TemporalContext(AnalyzedText analyzed, LocalDate reference, List<CalendarNote> notes) {
        this(analyzed, reference, notes, ReportingPeriods.of(analyzed.text(), reference));
    }

    TemporalClaim claim(ClaimType type, int start, int end, String value, DateInterval interval, String arithmetic) {
        String text = analyzed.text();
        // A sentence's full stop after "14 March." is not part of the date ("Feb." keeps its dot mid-date).
        if (end - start > 1 && text.charAt(end - 1) == '.') end--;
        // "over the past few years" is during them: no hedge qualifies a period named with "the"
        // nor a vague reference: "It's over now" says nothing of more than now
        Hedges.Found hedge = text.regionMatches(true, start, "the ", 0, 4) || value != null && value.endsWith("_REF")
                ? null : Hedges.before(text, start);
        // "20 minutes or less": a length bounded after it
        String mod = hedge != null ? hedge.mod() : type == ClaimType.DURATION ? Hedges.after(text, end) : null;
        // A hedged relative expression ("about three years ago") is too vague to check against.
        DateInterval checked = mod != null && arithmetic != null ? null : interval;
        return new TemporalClaim(type, start, end, text.substring(start, end), value, checked, arithmetic, mod,
                null, analyzed.sentenceAt(start).index());
    }

    Sentence sentence(int offset) {
        return analyzed.sentenceAt(offset);
    }
}
