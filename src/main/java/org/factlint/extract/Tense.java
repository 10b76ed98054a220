package org.factlint.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.factlint.nlp.Sentence;
import org.factlint.nlp.Token;

/**
 * Whether the clause around a time expression speaks of the past or the future, which decides the
 * week of a bare weekday or the year of a bare month. The verb nearest the expression decides
 * ("Bush told a news conference on Tuesday that the blockade will ..." is past).
 */
enum Tense {
    PAST, FUTURE, UNKNOWN;

    private static final Set<String> FUTURE_MARKERS = Set.of("will", "'ll", "shall", "wo");
    private static final Set<String> IRREGULAR_PAST = Set.of(
            "said", "was", "were", "had", "did", "told", "met", "made", "went", "came", "took", "gave", "held",
            "left", "saw", "spoke", "won", "lost", "began", "found", "got", "knew", "led", "paid", "ran", "sent",
            "struck", "thought", "wrote", "fell", "rose", "flew", "fought", "brought", "bought", "became", "chose", "drew",
            "kept", "meant", "sold", "stood", "sought", "spent", "built", "felt", "heard", "lay", "slid", "swore", "threw", "woke");
    /**
     * Past forms spelt like the base form (the tagger's universal tags do not tell them apart): past unless
     * the verb opens the sentence or a modal comes before it ("can you set", "Let's hit"); "please set" is a request (future).
     */
    private static final Set<String> BASE_LIKE_PAST = Set.of("set", "put", "hit", "cut", "let", "quit", "read", "shut", "hurt");
    private static final Set<String> BEFORE_BASE_FORM = Set.of("can", "could", "may", "might", "must", "should", "would",
            "let's", "let");
    private static final Set<String> SCHEDULING = Set.of("scheduled", "rescheduled", "planned", "slated", "expected", "due",
            "postponed", "delayed", "adjourned", "timed", "prepared");
    /** The auxiliary of a participle decides its tense: "is heard" is present (or to come), "was seen" past. */
    private static final Set<String> PRESENT_AUXILIARIES = Set.of("is", "are", "am", "be", "being", "'s", "'re");
    private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had", "has", "have");
    private static final int WINDOW = 15;
    private static final Set<String> DEADLINES = Set.of("until", "till", "by", "before");
    private static final Set<String> BEFORE_DEADLINE_DAY = Set.of("the", "end", "close", "middle", "start", "beginning", "of",
            "early", "late", "mid", "-", "next", "this");

    static Tense of(Sentence sentence, int offset) {
        return of(sentence, offset, true);
    }

    /**
     * @param conditional whether "would" marks the future: in reported speech it does ("said the force would meet
     *                    Friday in Rome"), but "would be built in one year" says how long, not when
     */
    private static Tense of(Sentence sentence, int offset, boolean conditional) {
        List<Token> tokens = sentence.tokens();
        int at = sentence.tokenAtOrAfter(offset);
        if (at > 0 && at <= tokens.size() && tokens.get(at - 1).text().equalsIgnoreCase("since")) return PAST; // "since May"
        if (sinceGoverns(tokens, at)) return PAST;
        // "met the premier on Monday to press their demands": an infinitive after the day is a purpose, which a
        // past verb before the day overrules; without one it still looks ahead ("will fly to Rome Friday to sign")
        // (not a deadline: "gave them until the end of May to submit" looks ahead)
        boolean deadline = false; // not "angered them by voting Thursday to appoint"
        for (int k = Math.min(at, tokens.size()) - 1; k >= Math.max(0, at - 4) && !deadline; k--) {
            String word = tokens.get(k).text().toLowerCase(Locale.ROOT);
            deadline = DEADLINES.contains(word);
            if (!deadline && !BEFORE_DEADLINE_DAY.contains(word)) break;
        }
        int clauseStart = thatClauseStart(tokens, at);
        Tense inClause = nearestVerb(tokens, at, conditional, deadline, clauseStart);
        // a clause whose verb the tagger missed ("that exports in January rose"): the reporting verb still tells
        return inClause == UNKNOWN && clauseStart > 0 ? nearestVerb(tokens, at, conditional, deadline, 0) : inClause;
    }

    /** The tense the nearest verb or marker gives the time at token {@code at}, looking no further back than {@code from}. */
    private static Tense nearestVerb(List<Token> tokens, int at, boolean conditional, boolean deadline, int from) {
        boolean infinitiveAfter = false;
        for (int distance = 1; distance <= WINDOW; distance++) {
            for (int index : new int[] {at - distance, at + distance - 1}) {
                if (index < from || index >= tokens.size() || infinitiveAfter && index >= at) continue;
                Token token = tokens.get(index);
                String word = token.text().toLowerCase(Locale.ROOT);
                if (marksFuture(tokens, index, conditional) || index < at && Imperatives.opens(tokens, index, at)) return FUTURE;
                // "the decision, announced Wednesday by ...": the tagger often calls such a participle an adjective
                if (index == at - 1 && word.endsWith("ed") && word.length() > 4 && token.pos().startsWith("ADJ")
                        && auxiliaryBefore(tokens, index).isEmpty()) return PAST; // not "would be intensified Saturday"
                // The tagger calls some names verbs ("Bush", "Trump"): a capital mid-sentence is not a verb.
                // nor are figures ("to 54.55 dpb": the tagger may call "54.55" a verb after "to")
                if (!token.isVerb() || index > 0 && Character.isUpperCase(token.text().charAt(0))
                        || !Character.isLetter(token.text().charAt(0))) continue;
                if (precededByFutureMarker(tokens, index, conditional)) return FUTURE;
                if (index > 0 && tokens.get(index - 1).text().equalsIgnoreCase("to")) { // "is to resume"
                    if (index < at && pastImplicative(tokens, index - 1)) return PAST;
                    // "On Thursday, the index rose 9.8 points to end at 2,306": a past form the tagger called a noun
                    if (index > at && pastFormBetween(tokens, at + 1, index - 1)) return PAST;
                    if (index < at || infinitiveAfter || deadline || punctuationBetween(tokens, at, index)) return FUTURE;
                    infinitiveAfter = true;
                    continue;
                }
                Tense verb = verbTense(tokens, index, word);
                if (verb == null) continue; // "was quoted as saying in April": the reporting verb decides
                return infinitiveAfter && verb != PAST ? FUTURE : verb;
            }
        }
        return infinitiveAfter ? FUTURE : UNKNOWN;
    }

    /**
     * The token after a "that" opening the clause the time stands in ("said Tuesday that Sunday's elections will go
     * ahead"): the reporting verb before it tells when the words were said, not when the clause's event is. 0 when none.
     */
    private static int thatClauseStart(List<Token> tokens, int at) {
        for (int k = Math.min(at, tokens.size()) - 1; k >= Math.max(0, at - WINDOW); k--) {
            Token token = tokens.get(k);
            if (token.text().equalsIgnoreCase("that") && token.pos().startsWith("SCONJ")) return k + 1;
        }
        return 0;
    }

    private static final Set<String> TEMPORAL_CONJUNCTIONS = Set.of("when", "once", "until", "till", "before", "after", "whenever");

    /** A "when", "once", "until" ... at most three words before the verb, with its subject between ("when the market opens"). */
    private static boolean temporalClauseBefore(List<Token> tokens, int index) {
        for (int k = index - 1; k >= Math.max(0, index - 4); k--) {
            Token token = tokens.get(k);
            if (TEMPORAL_CONJUNCTIONS.contains(token.text().toLowerCase(Locale.ROOT))) return token.pos().startsWith("SCONJ") || k < index - 1;
            if (token.isVerb() || token.pos().startsWith("PUNCT")) return false;
        }
        return false;
    }

    private static boolean pastFormBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String word = tokens.get(k).text();
            if (Character.isLowerCase(word.charAt(0)) && IRREGULAR_PAST.contains(word)) return true;
        }
        return false;
    }

    /** Words after which a verb in -ing leans on another verb for its time: "quoted as saying", "before leaving". */
    private static final Set<String> LEANING_GERUND = Set.of("as", "before", "after", "while", "when");

    /** Tags that may stand between "since" and a time inside its object: "since its historic win in the January polls". */
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DET", "PRON", "ADJ", "NOUN", "PROPN", "ADP", "NUM", "PART");
    private static final int SINCE_REACH = 8;

    /**
     * Whether the time at token {@code at} lies in the object of a "since" a few words before, with no verb or
     * punctuation between ("since the vote in May", "since its win in the January polls"): that event is past.
     * Not "since they will vote in May" (a clause, so a verb between) nor "since then, ... in May".
     */
    private static boolean sinceGoverns(List<Token> tokens, int at) {
        for (int k = Math.min(at, tokens.size()) - 1; k >= Math.max(0, at - SINCE_REACH); k--) {
            Token token = tokens.get(k);
            if (token.text().equalsIgnoreCase("since")) return k < at - 1;
            if (!NOUN_PHRASE_TAGS.contains(token.pos().split("\\+")[0]) || token.text().equalsIgnoreCase("then")) return false;
        }
        return false;
    }

    /**
     * "was forced to backtrack late Tuesday", "managed to escape on Friday": after these verbs the infinitive's
     * deed happened when they did, so a past form of them makes the day past ("agreed to meet Friday" still looks ahead).
     */
    private static final Set<String> IMPLICATIVE = Set.of("managed", "failed", "forced", "tried", "refused", "declined",
            "able", "unable", "obliged", "compelled", "dared", "neglected", "rushed", "hastened", "moved");

    private static boolean pastImplicative(List<Token> tokens, int to) {
        if (to == 0) return false;
        String word = tokens.get(to - 1).text().toLowerCase(Locale.ROOT);
        if (!IMPLICATIVE.contains(word)) return false;
        String auxiliary = auxiliaryBefore(tokens, to - 1);
        if (word.equals("able") || word.equals("unable") || PRESENT_AUXILIARIES.contains(auxiliary)) {
            return auxiliary.equals("was") || auxiliary.equals("were");
        }
        for (int k = Math.max(0, to - 4); k < to - 1; k++) { // not "will be forced to", "could have tried to"
            String before = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (isFutureMarker(before) || BEFORE_BASE_FORM.contains(before)) return false;
        }
        return true;
    }

    /** "expires in September, to stay on": a comma or dash between the day and the infinitive parts their clauses. */
    private static boolean punctuationBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (",;:()–—\"".contains(tokens.get(k).text()) || tokens.get(k).text().equals("--")) return true;
        }
        return false;
    }

    /** The tense a verb gives the time near it, or null when the verb leans on another ("quoted as saying"). */
    private static Tense verbTense(List<Token> tokens, int index, String word) {
        // a plan's time is the planned event's: "the vote scheduled for Friday", "planned a rally on Saturday"
        if (SCHEDULING.contains(word)) return UNKNOWN;
        String auxiliary = auxiliaryBefore(tokens, index); // "" when none (Set.of rejects null)
        if (PRESENT_AUXILIARIES.contains(auxiliary)) return UNKNOWN; // "the case is heard in May"
        if (BASE_LIKE_PAST.contains(word)) return isPastForm(tokens, index) ? PAST : UNKNOWN;
        if (IRREGULAR_PAST.contains(word) || (word.endsWith("ed") && word.length() > 4)) return PAST;
        // "before leaving Beijing on Wednesday", "after meeting Bush on Monday": the main verb decides
        if (word.endsWith("ing") && index > 0 && LEANING_GERUND.contains(tokens.get(index - 1).text().toLowerCase(Locale.ROOT))) return null;
        // "would be cautious when the market opens Monday": a present tense after "when" takes the main clause's time
        if (!word.endsWith("ed") && !word.endsWith("ing") && !IRREGULAR_PAST.contains(word) && auxiliary.isEmpty()
                && temporalClauseBefore(tokens, index)) return null;
        // "was last seen Nov. 3"; not "was looking forward to the visit in May"
        return PAST_AUXILIARIES.contains(auxiliary) && !word.endsWith("ing") ? PAST : UNKNOWN;
    }

    /**
     * Whether {@link #of} would say FUTURE. It can only when a future marker or "to" is within reach
     * of the offset; most sentences with a weekday have none, and then need no tagging (tagging is
     * the costly part of a check).
     */
    static boolean isFuture(Sentence sentence, String text, int offset) {
        return hasMarker(sentence, text, offset) && of(sentence, offset, true) == FUTURE;
    }

    /** Like {@link #isFuture}, but "would" does not count: for "in two days", which after "would" is as often how long. */
    static boolean isFirmlyFuture(Sentence sentence, String text, int offset) {
        return hasMarker(sentence, text, offset) && of(sentence, offset, false) == FUTURE;
    }

    private static boolean hasMarker(Sentence sentence, String text, int offset) {
        int from = Math.max(sentence.start(), offset - MARKER_REACH), to = Math.min(sentence.end(), offset + MARKER_REACH);
        return MARKER_WORD.matcher(text).region(from, to).find()
                || IMPERATIVE_START.matcher(text).region(sentence.start(), Math.max(sentence.start(), offset)).find();
    }

    /**
     * What an imperative ({@link Imperatives}) looks like before tagging: a first word, of the sentence or of a
     * quote, that is not a preposition, conjunction or pronoun, then a determiner, a pronoun or a figure ("Book a
     * room", "Give us"); or a lower-case first word, as chat writes ("set OOO for a week"). Imperatives asks the
     * same of the words, so a tagged and an untagged look agree.
     */
    private static final Pattern IMPERATIVE_START = Pattern.compile("(?:^|[\"“`]\\s*)(?!(?i:in|on|at|for|after|before|during|of"
            + "|with|from|by|to|under|over|among|since|until|as|like|despite|about|against|between|into|through|without"
            + "|within|across|behind|beyond|near|along|around|amid|throughout|upon|unlike|toward|towards|outside|inside"
            + "|following|including|and|but|or|so|yet|if|when|while|because|although|though|once|unless|whether|where"
            + "|he|she|it|they|we|you|this|that|these|those|there|here|all|some|one|both|each)\\b)(?:[A-Za-z]{3,}[ \\t]+"
            + "(?i:" + Imperatives.OBJECT_WORD_LIST + "|\\d)\\b|[a-z]{3,}[ \\t]+\\S)");

    /** Characters that surely hold the WINDOW + 3 tokens {@link #of} looks at on either side. */
    private static final int MARKER_REACH = 500;
    /** The words {@link #of} needs for FUTURE, as they appear before tokenization ("won't" is "wo" + "n't"). */
    private static final Pattern MARKER_WORD = Pattern.compile("(?i)\\b(?:will|shall|to|wo|please|would)(?![a-z])|\\bwon['’]t|['’]ll\\b");

    /** The whole sentence, for callers without an offset. */
    static Tense of(Sentence sentence) {
        return of(sentence, sentence.start());
    }

    static boolean isIrregularPast(String word) {
        return IRREGULAR_PAST.contains(word);
    }

    /** "will", "shall", and "'ll", which the tokenizer leaves on its pronoun ("we'll"). */
    private static boolean isFutureMarker(String word) {
        return FUTURE_MARKERS.contains(word) || word.endsWith("'ll") || word.endsWith("’ll");
    }

    /** A future marker at index k; "would" too when asked, but not "would have" ("would have risen in October"). */
    private static boolean marksFuture(List<Token> tokens, int k, boolean conditional) {
        String word = tokens.get(k).text().toLowerCase(Locale.ROOT);
        if (isFutureMarker(word)) return true;
        return conditional && word.equals("would") && !(k + 1 < tokens.size() && tokens.get(k + 1).text().equalsIgnoreCase("have"));
    }

    /** The auxiliary just before a verb ("was last seen", "has been held": "has"), adverbs between; "" when none. */
    private static String auxiliaryBefore(List<Token> tokens, int index) {
        for (int k = index - 1; k >= Math.max(0, index - 4); k--) {
            Token token = tokens.get(k);
            String word = token.text().toLowerCase(Locale.ROOT);
            if (token.pos().startsWith("AUX") && !word.equals("been")) return word;
            if (!token.pos().startsWith("ADV") && !token.pos().startsWith("PART") && !word.equals("been")) return "";
        }
        return "";
    }

    private static boolean isPastForm(List<Token> tokens, int index) {
        if (index == 0) return false;
        for (int k = Math.max(0, index - 3); k < index; k++) {
            if (BEFORE_BASE_FORM.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    private static boolean precededByFutureMarker(List<Token> tokens, int index, boolean conditional) {
        for (int k = Math.max(0, index - 3); k < index; k++) {
            String word = tokens.get(k).text().toLowerCase(Locale.ROOT);
            // "please help me schedule a meeting in 2 weeks": a request is for later
            if (marksFuture(tokens, k, conditional) || word.equals("please") || word.equals("to") && k > 0
                    && tokens.get(k - 1).text().equalsIgnoreCase("going")) {
                return true;
            }
        }
        return false;
    }
}
