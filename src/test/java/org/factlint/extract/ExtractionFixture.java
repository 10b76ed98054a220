package org.factlint.extract;

import java.time.LocalDate;
import java.util.List;
import org.factlint.nlp.NlpModels;
import org.factlint.nlp.NlpPipeline;

/** Runs the NLP pipeline and the extractor on a sentence, as the product does. */
final class ExtractionFixture {
    private static final NlpPipeline PIPELINE = new NlpPipeline(NlpModels.shared());
    static final LocalDate SEED_DATE = LocalDate.of(2025, 2, 25); // a Tuesday

    private ExtractionFixture() {}

    static Extraction extract(String text, LocalDate reference) {
        return new ClaimExtractor().extract(PIPELINE.analyze(text), reference);
    }

    static List<TemporalClaim> times(String text, LocalDate reference) {
        return extract(text, reference).temporal();
    }

    static List<TemporalClaim> times(String text) {
        return times(text, SEED_DATE);
    }

    static List<NumericClaim> numbers(String text) {
        return extract(text, SEED_DATE).numeric();
    }

    /** "text=TYPE value[..high][ unit]" for each numeric claim, for compact assertions. */
    static List<String> numberSummary(String text) {
        return numbers(text).stream().map(c -> c.text() + "=" + c.type() + " " + number(c.value())
                + (c.high() == null ? "" : ".." + number(c.high())) + (c.unit() == null ? "" : " " + c.unit())).toList();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** "text=value" for each temporal claim, for compact assertions. */
    static List<String> timeValues(String text, LocalDate reference) {
        return times(text, reference).stream().map(c -> c.text() + "=" + c.value()).toList();
    }

    /** Like {@link #timeValues(String, LocalDate)}, reading 11/20 month first (en-US). */
    static List<String> timeValuesMonthFirst(String text, LocalDate reference) {
        return new ClaimExtractor("USD", false).extract(PIPELINE.analyze(text), reference).temporal().stream()
                .map(c -> c.text() + "=" + c.value()).toList();
    }

    static List<String> timeValues(String text) {
        return timeValues(text, SEED_DATE);
    }

    /** "text=value" or "text=value..high" for each composed reading, against {@link #SEED_DATE}. */
    static List<String> compositions(String text) {
        return extract(text, SEED_DATE).compositions().stream()
                .map(c -> c.text() + "=" + c.value() + (c.high() == null ? "" : ".." + c.high())).toList();
    }
}
