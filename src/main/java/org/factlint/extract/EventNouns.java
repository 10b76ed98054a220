package org.factlint.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nouns that name events, the only things a date can be checked against: "invasion", "election",
 * "merger". A closed list on purpose: "the 2019 figures" or "19 percent next year" date no event, and
 * a rule that matched any noun would flag them. The list is {@code event-nouns.txt} beside this class.
 */
final class EventNouns {
    private static final Set<String> NOUNS = load();

    private EventNouns() {}

    static boolean contains(String lemma) {
        return NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a text holds an event noun, singular or plural (a cheap pre-check before tagging). */
    static boolean mentionedIn(String text) {
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (NOUNS.contains(word) || word.endsWith("s") && NOUNS.contains(word.substring(0, word.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    private static Set<String> load() {
        Set<String> nouns = new HashSet<>();
        try (var in = EventNouns.class.getResourceAsStream("event-nouns.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) nouns.add(word.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read event-nouns.txt", e);
        }
        return Set.copyOf(nouns);
    }
}
