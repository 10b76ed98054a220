package org.factlint.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that plain-text words map back onto the same words in the source. */
final class MappingAssertions {
    private static final Pattern WORD = Pattern.compile("[^\\s]+");

    private MappingAssertions() {}

    /** Every whitespace-separated word of the plain text, at its source span, reads the same. */
    static List<String> assertWordsMapExactly(SourceDocument doc) {
        return assertWordsMapExactly(doc, Map.of());
    }

    /**
     * As {@link #assertWordsMapExactly(SourceDocument)}, except that words written with entities
     * or escapes must map to the source spelling given in {@code spelledDifferently}.
     */
    static List<String> assertWordsMapExactly(SourceDocument doc, Map<String, String> spelledDifferently) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(doc.plainText());
        while (m.find()) {
            String source = sourceOf(doc, m.start(), m.end());
            String expected = spelledDifferently.getOrDefault(m.group(), m.group());
            assertThat(source).as("source of plain word '%s' at %d", m.group(), m.start()).isEqualTo(expected);
            words.add(m.group());
        }
        assertOffsetsMonotonic(doc);
        return words;
    }

    static String sourceOf(SourceDocument doc, int plainStart, int plainEnd) {
        SourceMap map = doc.sourceMap();
        return doc.sourceText().substring(map.toSource(plainStart), map.toSourceEnd(plainEnd));
    }

    /** The source span of the first occurrence of {@code word} in the plain text. */
    static String sourceOfWord(SourceDocument doc, String word) {
        int at = doc.plainText().indexOf(word);
        assertThat(at).as("'%s' in plain text", word).isNotNegative();
        return sourceOf(doc, at, at + word.length());
    }

    static void assertOffsetsMonotonic(SourceDocument doc) {
        SourceMap map = doc.sourceMap();
        assertThat(map.plainLength()).isEqualTo(doc.plainText().length());
        int previous = 0;
        for (int i = 0; i <= map.plainLength(); i++) {
            int offset = map.toSource(i);
            // Plain comparisons: an AssertJ assertion per character is slow on multi-megabyte documents.
            if (offset < previous || offset > doc.sourceText().length()) {
                fail("source offset %d of plain %d is out of order (previous %d, source length %d)",
                        offset, i, previous, doc.sourceText().length());
            }
            previous = offset;
        }
    }
}
