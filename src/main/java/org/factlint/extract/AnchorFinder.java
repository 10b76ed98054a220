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
import org.factlint.nlp.AnalyzedText;
import org.factlint.nlp.Sentence;
import org.factlint.nlp.Token;

/**
 * Finds the noun phrase a time expression dates: after it when the date modifies a noun ("the 2019
 * invasion"), before it when it follows one ("its full-scale invasion three years ago", "the war with
 * Georgia in 2008"). Returns null whenever the phrase is not plain, so that rules stay silent.
 */
final class AnchorFinder {
    private static final Set<String> LINKING_PREPOSITIONS = Set.of("in", "since", "of", "from", "during", "on");

    /** Characters either side of a claim that surely hold the head of the noun phrase it dates. */
    private static final int EVENT_REACH = 120;

    private final AnalyzedText analyzed;

    AnchorFinder(AnalyzedText analyzed) {
        this.analyzed = analyzed;
    }

    /**
     * The event a year ("the 2019 invasion", "the invasion in 2019") or a relative expression ("its
     * invasion three years ago") dates; null for other time expressions, for nouns that do not name
     * events ("2.75 percent next year", "the force Monday") and for phrases holding a figure.
     */
    Anchor find(TemporalClaim claim) {
        Sentence sentence = analyzed.sentences().get(claim.sentence());
        // Tagging a sentence is the costly part: skip it unless an event is named near the claim.
        int from = Math.max(sentence.start(), claim.start() - EVENT_REACH), to = Math.min(sentence.end(), claim.end() + EVENT_REACH);
        if (!EventNouns.mentionedIn(analyzed.text().substring(from, to))) return null;
        Anchor anchor = null;
        if (claim.text().matches("\\d{4}")) {
            anchor = premodified(sentence, claim);
            if (anchor == null && precededByLinkingPreposition(sentence, claim)) anchor = postmodified(sentence, claim);
        } else if (RELATIVE_FORM.matcher(claim.text()).matches()) {
            anchor = postmodified(sentence, claim);
        }
        if (anchor == null || !EventNouns.contains(anchor.head())) return null;
        for (String modifier : anchor.modifiers()) if (modifier.matches(".*\\d.*")) return null;
        return anchor;
    }

    private static final java.util.regex.Pattern RELATIVE_FORM = java.util.regex.Pattern.compile(
            "(?i).*\\bago|(?:last|next|this) year");

    private boolean precededByLinkingPreposition(Sentence sentence, Claim claim) {
        int i = sentence.tokenEndingAtOrBefore(claim.start());
        return i >= 0 && LINKING_PREPOSITIONS.contains(lower(sentence.tokens().get(i)));
    }

    /** "the [ill-fated] 2019 [Crimea] invasion": determiner before, noun run after. */
    private Anchor premodified(Sentence sentence, Claim claim) {
        List<Token> tokens = sentence.tokens();
        int first = sentence.tokenAtOrAfter(claim.end());
        int before = sentence.tokenEndingAtOrBefore(claim.start());
        String determiner = "";
        List<String> leading = new ArrayList<>();
        int i = before;
        while (i >= 0 && isModifier(tokens.get(i)) && !isDeterminer(tokens.get(i))) {
            leading.add(0, lower(tokens.get(i)));
            i--;
        }
        List<String> possessor = new ArrayList<>();
        if (i >= 0 && isDeterminer(tokens.get(i))) {
            determiner = determinerOf(tokens.get(i), possessor);
        } else {
            return null; // "in 2019 prices rose" - the year is not inside a noun phrase
        }
        int headIndex = -1;
        int j = first;
        while (j < tokens.size() && isModifier(tokens.get(j))) {
            if (tokens.get(j).isNoun()) headIndex = j;
            j++;
        }
        if (headIndex < 0 || !tokens.get(headIndex).isNoun() || tokens.get(headIndex).isProperNoun()) return null;
        List<String> modifiers = new ArrayList<>(leading);
        for (int k = first; k < headIndex; k++) modifiers.add(lower(tokens.get(k)));
        List<String> qualifiers = properNouns(tokens, first, headIndex);
        qualifiers.addAll(possessor);
        qualifiers.addAll(complement(tokens, headIndex + 1));
        return anchor(tokens.get(headIndex), span(analyzed.text(), tokens, i + 1, headIndex), joinHyphens(modifiers), qualifiers, determiner);
    }

    /** "its full-scale invasion three years ago" / "the war with Georgia in 2008". */
    private Anchor postmodified(Sentence sentence, Claim claim) {
        List<Token> tokens = sentence.tokens();
        int i = sentence.tokenEndingAtOrBefore(claim.start());
        if (i >= 0 && LINKING_PREPOSITIONS.contains(lower(tokens.get(i)))) i--;
        List<String> qualifiers = new ArrayList<>();
        // Skip one complement ("with Georgia") between the head and the date.
        int complementEnd = i;
        while (i >= 0 && tokens.get(i).isProperNoun()) i--;
        if (i < complementEnd && i >= 0 && NounPhrases.COMPLEMENT_PREPOSITIONS.contains(lower(tokens.get(i)))) {
            qualifiers.addAll(properNouns(tokens, i + 1, complementEnd + 1));
            i--;
        } else {
            i = complementEnd;
        }
        if (i < 0 || !tokens.get(i).isNoun() || tokens.get(i).isProperNoun()) return null;
        int headIndex = i;
        int j = headIndex - 1;
        while (j >= 0 && isModifier(tokens.get(j)) && !isDeterminer(tokens.get(j))) j--;
        String determiner = "";
        if (j >= 0 && isDeterminer(tokens.get(j))) determiner = determinerOf(tokens.get(j), qualifiers);
        List<String> modifiers = new ArrayList<>();
        for (int k = j + 1; k < headIndex; k++) modifiers.add(lower(tokens.get(k)));
        qualifiers.addAll(properNouns(tokens, j + 1, headIndex));
        return anchor(tokens.get(headIndex), span(analyzed.text(), tokens, j + 1, headIndex), joinHyphens(modifiers), qualifiers, determiner);
    }

    private Anchor anchor(Token head, String phrase, List<String> modifiers, List<String> qualifiers, String determiner) {
        String lemma = analyzed.lemma(head).toLowerCase(Locale.ROOT);
        if (!lemma.equals(lower(head)) && lower(head).endsWith("s")) return null; // plural: several things
        return new Anchor(lemma, phrase, List.copyOf(modifiers), List.copyOf(qualifiers), determiner);
    }

    private static boolean isModifier(Token token) {
        String pos = token.pos();
        return pos.startsWith("ADJ") || pos.startsWith("NOUN") || pos.startsWith("PROPN")
                || token.text().equals("-") || pos.startsWith("NUM") && !token.text().matches("\\d{4}");
    }
}
