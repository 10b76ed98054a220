package org.factlint.extract;

import static org.factlint.extract.NounPhrases.complement;
import static org.factlint.extract.NounPhrases.determinerOf;
import static org.factlint.extract.NounPhrases.isDeterminer;
import static org.factlint.extract.NounPhrases.joinHyphens;
import static org.factlint.extract.NounPhrases.lower;
import static org.factlint.extract.NounPhrases.properNouns;
import static org.factlint.extract.NounPhrases.span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factlint.nlp.AnalyzedText;
import org.factlint.nlp.Sentence;
import org.factlint.nlp.Token;

/**
 * What a figure counts or measures: the head noun of the phrase it quantifies ("60 delegates", "18 of
 * the 60 delegates", "a $500bn aid package", "$5m in damages", "5% of voters", "a population of 60
 * million"). Null whenever the phrase is not plain ("300 died", "two of them", "rose 5% last year")
 * or its noun says how much rather than what ("a total of 300", "three times").
 *
 * <p>Tagging a sentence is most of the pipeline's cost, so the words around the figure are first
 * checked with a pattern: only a lower-case word after it (perhaps after one or two capitalized
 * modifiers: "two Israeli soldiers"), or "NOUN of" before it, can lead to a noun.
 */
final class MeasuredNouns {
    /** A lower-case word after the figure, perhaps after "of the", "in" or "worth of" and a second figure. */
    private static final Pattern WORD_AFTER = Pattern.compile("(?:\\s+(?<prep>of|in|worth\\s+of)"
            + "(?:\\s+(?:the|its|their|his|her|these|those|our|all))?(?:\\s+[\\d.,]+)?)?\\s+(?<word>[a-z][a-z-]*)\\b");
    /** A capitalized word after a figure that says when, not what: "rose 4 percent Monday amid ...". */
    private static final String CALENDAR_WORDS = "(?:" + CalendarNames.WEEKDAYS + "|" + CalendarNames.MONTHS
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)";
    /** "two Israeli soldiers", "33 AIDS cases", "six US marines": one or two capitalized modifiers, then a lower-case word. */
    private static final Pattern CAPITALIZED_AFTER = Pattern.compile("(?:\\s+(?!" + CALENDAR_WORDS + "\\b)[A-Z][A-Za-z.&-]*){1,2}"
            + "\\s+(?<word>[a-z][a-z-]*)\\b");
    /** "a population of [about] 60 million": a lower-case word and "of" before the figure and its hedge. */
    private static final Pattern OF_BEFORE = Pattern.compile("\\b[a-z][a-z-]*\\s+of\\s+"
            + "(?:(?:about|around|nearly|almost|some|over|under|roughly|approximately|more|less|fewer|than|up|to|at|least|just|only)\\s+){0,3}$");
    /** Words that cannot open the noun phrase a figure counts: checking them saves tagging the sentence. */
    private static final Set<String> NOT_A_NOUN = Set.of("to", "and", "or", "but", "nor", "than", "from", "by", "per",
            "at", "on", "for", "with", "as", "into", "a", "an", "the", "was", "were", "is", "are", "be", "been", "has",
            "have", "had", "will", "would", "could", "should", "may", "might", "can", "did", "do", "does", "said", "says",
            "who", "which", "that", "this", "when", "where", "while", "after", "before", "since", "until", "if", "so",
            "not", "each", "apiece", "up", "down", "over", "under", "out", "off", "against", "between", "among",
            "percent", "cent", "pc", "points", "point", "year", "years", "month", "months", "week", "weeks", "day", "days",
            "times", "last", "next", "ago", "earlier", "later", "in", "of", "worth", "it", "he", "she", "they", "we",
            "its", "their", "his", "her", "them", "higher", "lower", "above", "below", "during",
            "respectively", "compared", "according", "behind", "within", "here", "away", "every", "still", "through");
    /** Words of no noun phrase, which the tagger now and then calls adjectives or nouns ("the dead were"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("to", "and", "or", "but", "nor", "than", "from", "by", "at",
            "on", "for", "with", "as", "into", "in", "of", "a", "an", "the", "was", "were", "is", "are", "be", "been", "has",
            "have", "had", "will", "would", "could", "should", "may", "might", "can", "did", "do", "does", "who", "which",
            "that", "when", "where", "while", "if", "not", "it", "he", "she", "they", "we", "them");
    /** Heads that name no thing: how much ("total", "majority"), when ("year"), where ("north"), or the figure's own unit. */
    private static final Set<String> EMPTY_HEADS = Set.of("total", "number", "sum", "figure", "amount", "maximum",
            "minimum", "average", "tally", "count", "lot", "majority", "minority", "couple", "bit", "handful", "range",
            "time", "year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "quarter",
            "yesterday", "today", "tomorrow", "tonight", "morning", "afternoon", "evening", "night", "weekend",
            "percent", "cent", "percentage", "point", "pc", "million", "billion", "trillion", "thousand", "hundred",
            "dozen", "score", "period", "term", "session", "half", "us", "uk", "un", "eu", "usa", "uae", "lack", "afterward",
            "afterwards", "overall", "mark", "ahead", "abroad", "apart", "aboard", "underground", "midway", "overnight",
            "once", "outright", "altogether", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest");
    /** Words after a figure that close it: "a population of 60 million in 2020". */
    private static final Set<String> ENDS_A_FIGURE = Set.of("in", "on", "at", "for", "and", "or", "to", "by", "with",
            "from", "as", "was", "is", "were", "are", "has", "have", "had", "will", "would", "which", "who", "that", "than",
            "against", "last", "this", "a", "per", "each", "but");
    private static final Set<String> HEDGES = Set.of("about", "around", "nearly", "almost", "some", "over", "under",
            "roughly", "approximately", "more", "less", "fewer", "than", "up", "to", "at", "least", "just", "only");
    /** Characters of the longest sentence read (news sentences run to a few hundred). */
    private static final int LONGEST_SENTENCE = 3000;
    /** Words of a noun phrase after the figure: the head is the last noun before anything else. */
    private static final int LONGEST_PHRASE = 5;

    private final AnalyzedText analyzed;

    MeasuredNouns(AnalyzedText analyzed) {
        this.analyzed = analyzed;
    }

    /** What the figure counts or measures, or null; an age keeps its person. */
    Anchor find(NumericClaim claim) {
        if (claim.anchor() != null || claim.measure() != null) return claim.anchor();
        String text = analyzed.text();
        Sentence sentence = analyzed.sentences().get(claim.sentence());
        if (claim.start() < sentence.start() || claim.end() > sentence.end()) return null; // across a sentence break
        // A "sentence" this long is a table or a list run together: tagging it costs seconds and no prose is read
        if (sentence.end() - sentence.start() > LONGEST_SENTENCE) return null;
        Matcher after = WORD_AFTER.matcher(text).region(claim.end(), sentence.end());
        boolean wordAfter = after.lookingAt() && !NOT_A_NOUN.contains(after.group("word"));
        if (!wordAfter) {
            Matcher capitalized = CAPITALIZED_AFTER.matcher(text).region(claim.end(), sentence.end());
            wordAfter = capitalized.lookingAt() && !NOT_A_NOUN.contains(capitalized.group("word"));
        }
        boolean ofBefore = OF_BEFORE.matcher(text).region(Math.max(sentence.start(), claim.start() - 80), claim.start()).find();
        if (!wordAfter && !ofBefore) return null;
        List<Token> tokens = sentence.tokens();
        Anchor anchor = wordAfter ? following(claim, tokens, sentence.tokenAtOrAfter(claim.end()),
                sentence.tokenEndingAtOrBefore(claim.start())) : null;
        if (anchor == null && ofBefore) {
            anchor = preceding(claim, tokens, sentence.tokenEndingAtOrBefore(claim.start()), sentence.tokenAtOrAfter(claim.end()));
        }
        return anchor;
    }

    /** "60 delegates", "the 60 delegates", "18 of the 60 delegates", "$5m in damages", "$2bn worth of arms". */
    private Anchor following(NumericClaim claim, List<Token> tokens, int next, int before) {
        int k = next;
        String determiner = "";
        List<String> qualifiers = new ArrayList<>();
        String lead = k < tokens.size() ? lower(tokens.get(k)) : "";
        boolean money = claim.type() == ClaimType.MONEY;
        if (lead.equals("of") || money && lead.equals("in")) {
            k++;
        } else if (money && lead.equals("worth") && k + 1 < tokens.size() && lower(tokens.get(k + 1)).equals("of")) {
            k += 2;
        } else {
            int d = skipHedges(tokens, before);
            if (d >= 0 && isDeterminer(tokens.get(d))) determiner = determinerOf(tokens.get(d), qualifiers);
        }
        if (k > next) { // "of the world's 13 largest economies": the phrase's own determiners and figure come first
            for (int n = 0; n < 3 && k < tokens.size(); n++) {
                if (isDeterminer(tokens.get(k))) determiner = determinerOf(tokens.get(k++), qualifiers);
                else if (k + 1 < tokens.size() && isPossessiveMark(tokens.get(k + 1))) k += 2;
                else break;
            }
            while (k < tokens.size() && tokens.get(k).pos().startsWith("NUM")) k++;
        }
        if (k == next && before >= 0 && lower(tokens.get(before)).equals("number")) return null; // "world number two": a rank
        if (k == next && before > 0 && tokens.get(before).text().equals("Under")) return null; // "the Under 20 players": an age group
        int first = k;
        // "the three remaining months", "Yemen's two ruling parties": after a determiner a verb in -ing can be a modifier
        boolean ingModifier = k == next && !determiner.isEmpty() && first + 1 < tokens.size() && tokens.get(first).isVerb()
                && lower(tokens.get(first)).endsWith("ing") && isCommonNoun(tokens.get(first + 1)) && isPlural(tokens.get(first + 1));
        int head = headAt(tokens, ingModifier ? first + 1 : first, k == next && claim.type() == ClaimType.NUMBER && !determiner.isEmpty());
        if (head < 0) return null;
        if (k == next && !isCommonNoun(tokens.get(head))) return null; // "the 23rd SEA Games": an acronym there starts a name
        if ("ordinal".equals(claim.unit()) && head + 1 < tokens.size() && tokens.get(head + 1).text().equals(":")) return null; // "2nd lead:", a slug
        if (k == next && !agrees(claim, tokens.get(head))) return null;
        if (k == next && claim.value() == 1 && before >= 0 && lower(tokens.get(before)).equals("at")
                && AT_ONE.contains(lower(tokens.get(head)))) return null; // "at one stage": when or where, not how many
        if (k == next && claim.type() == ClaimType.QUANTITY && EVENT_RESULTS.contains(lemma(tokens.get(head)))) return null;
        qualifiers.addAll(properNouns(tokens, first, head));
        qualifiers.addAll(complement(tokens, head + 1));
        return anchor(tokens, first, head, determiner, qualifiers);
    }

    /**
     * A count above one, or zero, takes a plural noun: "three to five trade and cooperation zones", "the two
     * met", "zero tolerance", "6.8 trillion won" and "the number two country" read a modifier, a verb or a unit
     * as the noun. Ordinals ("the 13th summit") and fractions after "of" are not counts of the noun.
     */
    private static boolean agrees(NumericClaim claim, Token head) {
        if (claim.type() != ClaimType.NUMBER || "ordinal".equals(claim.unit()) || claim.value() > 0 && claim.value() <= 1) return true;
        String word = lower(head);
        if (word.endsWith("'") || word.endsWith("’")) word = word.substring(0, word.length() - 1); // "the two countries'"
        return isPluralNoun(word) || word.endsWith("children") || SINGULAR_GROUPS.contains(word);
    }

    /**
     * The head of the noun phrase opening at {@code first}: its last noun before anything else, or -1.
     * When {@code counted} (a definite count right before the phrase: "the two countries' leaders") a plural
     * owner is the head; "two workers' groups" counts the groups.
     */
    private static int headAt(List<Token> tokens, int first, boolean counted) {
        int head = -1;
        for (int k = first; k < tokens.size() && k - first < LONGEST_PHRASE; k++) {
            Token token = tokens.get(k);
            if (head >= 0 && isJoiningHyphen(tokens, k)) { // "uranium-enriching centrifuges": the compound goes on
                k++;
                continue;
            }
            if (counted && isCommonNoun(token) && isPluralPossessive(token)) { // "the two countries' leaders": a count counts the owners
                head = k;
                break;
            }
            if (isPossessive(token)) { // "300 women's groups": the owner is a modifier, a noun must follow
                head = -1;
                continue;
            }
            // "12 of the dead were children": a function word ends the phrase, whatever its tag
            if (!isPhraseWord(token) || FUNCTION_WORDS.contains(lower(token))) break;
            boolean noun = isHeadNoun(token);
            // "300 people dead", "21 economies accounting for", "15 nations start voting", "the 12 policemen face
            // charges": the phrase ends at its noun; a plural noun is seldom a modifier
            if (head >= 0 && (!noun || lower(token).endsWith("ing")
                    || isPluralNoun(tokens.get(head)) && !isPlural(token) && !PLURAL_MODIFIERS.contains(lower(tokens.get(head))))) break;
            if (noun) head = k;
        }
        return head;
    }

    /**
     * "a population of 60 million", "a stake of about 5%", when nothing follows the figure that it could
     * count ("reports of 3,000 wounded"). A small count after "of" more often counts something unsaid
     * ("a mother of two", "a group of 25").
     */
    private Anchor preceding(NumericClaim claim, List<Token> tokens, int before, int next) {
        if (claim.type() == ClaimType.NUMBER && claim.value() < 1000) return null;
        if (next < tokens.size() && Character.isLetter(tokens.get(next).text().charAt(0))
                && !ENDS_A_FIGURE.contains(lower(tokens.get(next)))) return null;
        int of = skipHedges(tokens, before);
        if (of < 1 || !lower(tokens.get(of)).equals("of") || !isHeadNoun(tokens.get(of - 1))) return null;
        int head = of - 1;
        int first = head;
        while (first > 0 && head - first < LONGEST_PHRASE && isPhraseWord(tokens.get(first - 1)) && !isDeterminer(tokens.get(first - 1))) first--;
        List<String> qualifiers = new ArrayList<>();
        if (first > 0 && lower(tokens.get(first - 1)).equals("in")) return null; // an idiom: "in excess of $2bn", "in possession of"
        String determiner = first > 0 && isDeterminer(tokens.get(first - 1)) ? determinerOf(tokens.get(first - 1), qualifiers) : "";
        qualifiers.addAll(properNouns(tokens, first, head));
        return anchor(tokens, first, head, determiner, qualifiers);
    }

    private Anchor anchor(List<Token> tokens, int first, int head, String determiner, List<String> qualifiers) {
        Token noun = tokens.get(head);
        String lemma = lemma(noun);
        if (EMPTY_HEADS.contains(lemma) || EMPTY_HEADS.contains(lower(noun)) || UNIT_WORDS.contains(lower(noun))
                || Currencies.isName(lower(noun))) return null;
        if (tokens.get(first).text().equals("-")) { // the phrase opens inside a compound the tagger split
            if (isJoiningHyphen(tokens, first) && (first < 2 || !isJoiningHyphen(tokens, first - 2))) {
                first--; // "a 16-year high", "an all-time high", "a two-way volume": the compound's first word
            } else if (first + 2 <= head) {
                first += 2; // "a year-on-year increase", "six- month bills": the compound is left out
            } else {
                return null;
            }
        }
        List<String> modifiers = new ArrayList<>();
        for (int k = first; k < head; k++) modifiers.add(lower(tokens.get(k)));
        return new Anchor(lemma, span(analyzed.text(), tokens, first, head), List.copyOf(joinHyphens(modifiers)),
                List.copyOf(qualifiers), determiner);
    }

    /**
     * The head's lemma. The lemmatizer takes about 0.3 ms a word and a figure's noun is usually a plain
     * plural, so only the endings a plain rule gets wrong ("taxes", "countries", "lives", "men") go to it;
     * "delegates" and "soldiers" just lose their "s".
     */
    private String lemma(Token noun) {
        String word = lower(noun);
        if (word.endsWith("'") || word.endsWith("’")) { // "countries'": the plural without its apostrophe
            word = word.substring(0, word.length() - 1);
            noun = new Token(noun.start(), noun.end() - 1, noun.text().substring(0, noun.text().length() - 1), noun.pos());
        }
        if (IRREGULAR_PLURALS.contains(word) && word.endsWith("men")) return word.substring(0, word.length() - 3) + "man"; // "policemen"
        if (IRREGULAR_PLURALS.contains(word) || HARD_PLURAL.matcher(word).find()) return analyzed.lemma(noun).toLowerCase(Locale.ROOT);
        return isPluralWord(word) && !PLURAL_ONLY.contains(word) ? word.substring(0, word.length() - 1) : word;
    }

    /** The token before a figure's hedge words ("the" of "the roughly 300"), or -1. */
    private static int skipHedges(List<Token> tokens, int index) {
        int k = index;
        while (k >= 0 && index - k < 3 && HEDGES.contains(lower(tokens.get(k)))) k--;
        return k;
    }

    /** A plural noun is seldom a modifier, except these: "three sports cars", "$5bn arms deal". */
    private static final Set<String> PLURAL_MODIFIERS = Set.of("sports", "arms", "sales", "savings", "goods", "news",
            "customs", "earnings", "communications", "operations", "services", "rights");

    /** Nouns a count above one takes unchanged: "1,200 people", "30 police", "Hong Kong's 6.4 million population". */
    private static final Set<String> SINGULAR_GROUPS = Set.of("people", "police", "personnel", "staff", "poultry", "cattle",
            "livestock", "aircraft", "spacecraft", "fish", "sheep", "deer", "crayfish", "offspring", "clergy", "youth", "crew",
            "population", "workforce", "membership", "electorate", "crowd", "force", "army", "audience", "homeless", "data", "criteria");
    /** Nouns that make "at one ..." say when or where: "at one stage", "at one end". */
    private static final Set<String> AT_ONE = Set.of("stage", "end", "moment", "juncture", "extreme");
    /** What a race or a weight class gives, not what it measures: "the 5000m runner", "the 50m winner", "the 3000m record". */
    private static final Set<String> EVENT_RESULTS = Set.of("runner", "winner", "champion", "record", "title", "gold", "silver",
            "bronze", "medal", "medallist", "medalist", "holder", "finalist", "individual", "champ");
    /**
     * Currencies and units a figure is written in when the recognizers did not take them as its unit
     * ("47.3 million marks", "83.3 million bpd"): the figure's own unit, not what it counts. The currency
     * names the extractor knows are asked of {@link Currencies#isName}.
     */
    private static final Set<String> UNIT_WORDS = Set.of("mark", "marks", "punt", "punts", "lire", "litas", "lats",
            "kwacha", "kina", "won", "escudo", "escudos", "schilling", "schillings", "drachma", "drachmas", "krone",
            "kroner", "krona", "kroon", "kroons", "koruna", "rmb", "dong", "peso", "pesos", "reais", "cedi", "cedis",
            "shilling", "shillings", "dinar", "dinars", "riyal", "riyals", "rial", "rials", "taka", "kyat", "kyats",
            "tenge", "leu", "lei", "lev", "leva", "tolar", "tolars", "kuna", "denar", "denars", "pound", "pounds",
            "cents", "pence", "sen", "paise", "kopecks", "birr", "pula", "kwanza", "bolivar", "bolivars", "quetzal",
            "quetzales", "bpd", "dpb", "bcm", "kwh", "mwh", "gwh", "mw", "kw", "gw", "watts", "kilowatts",
            "megawatts", "gigawatts", "decibels", "hertz", "megahertz", "gigahertz", "volts", "kilovolts",
            "calories", "kilocalories", "knots", "mph", "kph", "rpm", "ppm", "ppb", "horsepower", "cc", "zaire",
            "zaires", "feet", "foot", "feets", "inch", "inches", "mile", "miles", "yards", "metres", "meters",
            "kilometres", "kilometers", "km", "kg", "kilos", "kilograms", "kilogrammes", "tonnes", "tons", "litres",
            "liters", "acres", "hectares");

    /** Nouns whose singular is another word or none: "goods", "arms" (weapons), "headquarters". */
    private static final Set<String> PLURAL_ONLY = Set.of("news", "goods", "arms", "savings", "earnings", "headquarters",
            "means", "species", "series", "barracks", "thanks", "clothes", "proceeds", "remains", "outskirts", "premises");
    /** Plural endings whose singular is not the word less its "s": "taxes", "matches", "countries", "wolves", "heroes". */
    private static final Pattern HARD_PLURAL = Pattern.compile("(?:[sxz]|ch|sh|i|v|o)es$");
    private static final Set<String> IRREGULAR_PLURALS = Set.of("men", "women", "children", "feet", "teeth", "mice",
            "geese", "policemen", "policewomen", "firemen", "gunmen", "fishermen", "servicemen", "countrymen", "oxen");

    /** A plural noun, regular or not: "nations", "policemen", "children"; not "news" nor "glass". */
    private static boolean isPluralNoun(Token token) {
        return isPluralNoun(lower(token));
    }

    private static boolean isPluralNoun(String word) {
        return isPluralWord(word) || word.endsWith("men") || IRREGULAR_PLURALS.contains(word);
    }

    /** A plural-looking noun: "nations", not "news" nor "glass". */
    private static boolean isPlural(Token token) {
        return isPluralWord(lower(token));
    }

    private static boolean isPluralWord(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is");
    }

    /** "-" written between two words with no space: "uranium-enriching", not "300 people - mostly women". */
    private static boolean isJoiningHyphen(List<Token> tokens, int k) {
        return tokens.get(k).text().equals("-") && k > 0 && k + 1 < tokens.size()
                && tokens.get(k - 1).end() == tokens.get(k).start() && tokens.get(k).end() == tokens.get(k + 1).start();
    }

    private static boolean isPossessiveMark(Token token) {
        return token.text().equals("'s") || token.text().equals("’s");
    }

    /** "countries'", "banks’": a plural noun written with its possessive apostrophe. */
    private static boolean isPluralPossessive(Token token) {
        String text = token.text();
        return (text.endsWith("'") || text.endsWith("’")) && isPluralWord(lower(token).substring(0, text.length() - 1));
    }

    /** "'s" alone, or a word written with it ("women's"). */
    private static boolean isPossessive(Token token) {
        return token.text().endsWith("'s") || token.text().endsWith("’s");
    }

    /** A common noun, or an acronym used as one ("5% of GDP"). */
    private static boolean isHeadNoun(Token token) {
        return isCommonNoun(token) || token.isNoun() && token.text().matches("[A-Z]{2,5}");
    }

    private static boolean isPhraseWord(Token token) {
        String pos = token.pos();
        return pos.startsWith("ADJ") || pos.startsWith("NOUN") || pos.startsWith("PROPN") || token.text().equals("-");
    }

    private static boolean isCommonNoun(Token token) {
        return token.pos().startsWith("NOUN") && Character.isLowerCase(token.text().charAt(0));
    }
}
