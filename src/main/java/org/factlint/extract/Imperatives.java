package org.factlint.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factlint.nlp.Token;

/**
 * A sentence or a quoted clause that opens with a verb in its base form gives an order or a request, which
 * is about the time to come: "Book a room from 20th Dec", "\u201cGive us until Friday,\u201d he said". The
 * tagger's universal tags do not mark the base form, so the word must show it (no "-ed", "-ing" or "-s"), and
 * a verb whose participle is spelt the same ("Set in 1990, the film ...", "Hit hard by the storm, ...", "Run by
 * the state ...") must take an object at once. Verbs that point at something already there ("Remember Dec. 7",
 * "Consider what happened on Friday", "Take Friday's vote") say nothing of the time.
 */
final class Imperatives {
    private Imperatives() {}

    private static final Set<String> PARTICIPLE_LIKE_BASE = Set.of("set", "put", "hit", "cut", "let", "quit", "read", "shut",
            "hurt", "come", "become", "run", "cast", "spread", "split", "bid", "bet", "burst", "upset", "beat", "broadcast");
    private static final Set<String> POINTING = Set.of("remember", "recall", "consider", "imagine", "note", "see", "look",
            "take", "compare", "forget", "think", "suppose", "assume", "picture", "say", "recount", "witness", "mark");
    private static final Set<String> OBJECT_TAGS = Set.of("DET", "PRON", "NOUN", "NUM");
    /** Words that open an imperative's object, with {@link #START} (lower case). */
    static final String OBJECT_WORD_LIST = "a|an|the|me|us|him|her|them|it|my|our|your|his|its|their|this|these|those|some|all|every";
    private static final Set<String> OBJECT_WORDS = Set.of(OBJECT_WORD_LIST.split("\\|"));
    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "''", "``");

    /**
     * Whether the token at {@code index} is the verb that opens an imperative sentence or quoted clause whose
     * object comes before the time at token {@code at} ("Book a room from 20th Dec"; not "Tung on Wednesday
     * cancelled", a name the tagger calls a verb, nor "Bomb blasts kill 20 on Friday").
     */
    static boolean opens(List<Token> tokens, int index, int at) {
        if (index + 1 >= at || !opensClause(tokens, index)) return false;
        Token verb = tokens.get(index);
        String word = verb.text().toLowerCase(Locale.ROOT);
        if (!word.chars().allMatch(Character::isLetter) || word.length() < 3 || POINTING.contains(word)
                || Tense.isIrregularPast(word)) return false;
        if (word.endsWith("ed") || word.endsWith("ing") || word.endsWith("s") && !word.endsWith("ss")) return false;
        Token next = tokens.get(index + 1);
        // The object opens with a determiner, a pronoun or a figure ("Book a room", "Give us"), the words Tense's
        // untagged look for an imperative accepts too, so that every path reads a sentence alike; "Expect delays"
        // could be a noun phrase. After a lower-case first word (chat) any object: "set OOO for a week".
        boolean lowerCaseVerb = Character.isLowerCase(verb.text().charAt(0));
        boolean object = OBJECT_WORDS.contains(next.text().toLowerCase(Locale.ROOT)) || Character.isDigit(next.text().charAt(0))
                || lowerCaseVerb && (OBJECT_TAGS.contains(next.pos()) || next.pos().equals("PROPN"));
        if (!object) return false;
        for (int k = index + 1; k < at; k++) {
            Token t = tokens.get(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            // a finite verb of its own between ("Bomb blasts kill 20", "Tell him the vote is on Friday")
            if (t.pos().startsWith("AUX") || t.pos().startsWith("VERB") && (w.endsWith("s") || w.endsWith("ed") || Tense.isIrregularPast(w))) {
                return false;
            }
        }
        if (next.pos().equals("NOUN") && index + 2 < tokens.size() && tokens.get(index + 2).isVerb()) return false;
        if (PARTICIPLE_LIKE_BASE.contains(word)) {
            // "set OOO for 1 week": the tagger calls a lower-case "set" an adjective
            return verb.pos().startsWith("VERB") || !next.pos().equals("NOUN");
        }
        return verb.pos().startsWith("VERB");
    }

    /** The first word of the sentence, or the first after an opening quote mark. */
    private static boolean opensClause(List<Token> tokens, int index) {
        if (index == 0) return true;
        if (index >= tokens.size() || !QUOTES.contains(tokens.get(index - 1).text())) return false;
        int quotes = 0;
        for (int k = 0; k < index - 1; k++) {
            if (QUOTES.contains(tokens.get(k).text())) quotes++;
        }
        return quotes % 2 == 0;
    }
}
