package org.factlint.extract.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.factlint.extract.SkippingMatcher;
import org.factlint.nlp.AnalyzedText;
import org.factlint.nlp.Sentence;

/**
 * Finds statements whose figures can be checked against each other (shares of a total, changes,
 * parts and totals), sentence by sentence, with pattern recognizers over the plain text. Needs no
 * tokens or tags, so it costs little more than a regex pass. Thread-safe.
 */
public final class StatementExtractor {

    public List<Statement> extract(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<Statement> all = new ArrayList<>();
        for (Sentence sentence : analyzed.sentences()) {
            all.addAll(extract(text, sentence.start(), sentence.end(), sentence.index()));
        }
        return List.copyOf(all);
    }

    /** The statements of one sentence, {@code text.substring(start, end)}, in text order. */
    public static List<Statement> extract(String text, int start, int end, int sentence) {
        if (!hasDigitOrNumberWord(text, start, end)) return List.of();
        List<Statement> found = new ArrayList<>();
        found.addAll(ShareRecognizer.find(text, start, end, sentence));
        found.addAll(ChangeRecognizer.find(text, start, end, sentence));
        found.addAll(PartsRecognizer.find(text, start, end, sentence));
        found.sort(Comparator.comparingInt(Statement::start));
        return found;
    }

    private static final Pattern NUMBER_WORD = Pattern.compile("(?i)\\b(?:one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|half|halved|doubled|tripled)\\b");

    /** Cheap pre-filter: a sentence with no digit and no number word has no statement. */
    private static boolean hasDigitOrNumberWord(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isDigit(text.charAt(i))) return true;
        }
        return new SkippingMatcher(NUMBER_WORD, text, start, end).find();
    }
}
