package org.factlint.extract;

import java.util.Locale;
import java.util.Set;
import org.factlint.nlp.Sentence;
import org.factlint.nlp.Token;

/** Whether a sentence speaks of the past or the future, which decides the week of a bare weekday. */
enum Tense {
    PAST, FUTURE, UNKNOWN;

    private static final Set<String> FUTURE_MARKERS = Set.of("will", "'ll", "shall", "wo");
    private static final Set<String> IRREGULAR_PAST = Set.of(
            "said", "was", "were", "had", "did", "told", "met", "made", "went", "came", "took", "gave", "held",
            "left", "saw", "spoke", "won", "lost", "began", "found", "got", "knew", "led", "paid", "ran", "sent",
            "set", "put", "struck", "thought", "wrote", "fell", "rose", "flew", "fought", "brought", "bought",
            "became", "chose", "drew", "hit", "kept", "meant", "quit", "read", "sold", "stood", "hurt");

    static Tense of(Sentence sentence) {
        boolean past = false;
        for (Token token : sentence.tokens()) {
            String word = token.text().toLowerCase(Locale.ROOT);
            if (FUTURE_MARKERS.contains(word)) return FUTURE;
            if (token.isVerb() && (IRREGULAR_PAST.contains(word) || (word.endsWith("ed") && word.length() > 4))) {
                past = true;
            }
        }
        return past ? PAST : UNKNOWN;
    }
}
