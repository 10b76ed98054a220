package org.factlint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The skipping matcher must find exactly what {@link Matcher#find()} finds, for every pattern we scan with. */
class SkippingMatcherTest {
    private static final String TRICKY = """
            On Tuesday (4 June) the £396bn deal, 3.5%, 1,204 km and "twenty-five" yen; often ten, après 2019—
            ÉTÉ 2024: 25/02/2025, 2025-02-25, the 1990s; no. 7; a dozen; 30C (86F); x-5; _12; ’98; Q3 2024.
            Three years ago, last Friday morning, a year earlier, 45k, US$34.6 million, three-quarters.
            """;

    static Stream<Pattern> extractorPatterns() throws IllegalAccessException {
        List<Pattern> patterns = new ArrayList<>();
        for (Class<?> owner : List.of(TemporalExtractor.class, PeriodRecognizers.class, NumericExtractor.class,
                MeasureMentions.class, NotClaims.class, TemporalLinker.class, Currencies.class, UnitWords.class)) {
            for (Field field : owner.getDeclaredFields()) {
                if (field.getType() != Pattern.class || !Modifier.isStatic(field.getModifiers())) continue;
                field.setAccessible(true);
                patterns.add((Pattern) field.get(null));
            }
        }
        return patterns.stream();
    }

    @ParameterizedTest
    @MethodSource("extractorPatterns")
    void findsWhatFindFinds(Pattern pattern) throws IOException {
        String text = Files.readString(Path.of("seeds/putin-minerals-offer.md")) + TRICKY
                + Files.readString(Path.of("seeds/000_5515f5423b4ad810.txt"));
        assertThat(skipping(pattern, text, 0, text.length())).isEqualTo(plain(pattern, text, 0, text.length()));
        int from = text.indexOf("Tuesday"), to = text.indexOf("Q3 2024");
        assertThat(skipping(pattern, text, from, to)).isEqualTo(plain(pattern, text, from, to));
    }

    /**
     * A pattern the scan must try at every character made claims 35% slower when two of them slipped into
     * whole-text scans; only patterns applied at one place (lookingAt, a sentence's region) may be so.
     */
    @Test
    void onlyPatternsAppliedAtOnePlaceAreTriedEverywhere() throws Exception {
        List<String> everywhere = new ArrayList<>();
        try (Stream<Path> classes = Files.list(Path.of("target/classes/org/factlint/extract"))) {
            for (Path file : (Iterable<Path>) classes.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class")) continue;
                Class<?> owner = Class.forName("org.factlint.extract." + name.substring(0, name.length() - 6));
                for (Field field : owner.getDeclaredFields()) {
                    if (field.getType() != Pattern.class || !Modifier.isStatic(field.getModifiers())) continue;
                    field.setAccessible(true);
                    if (SkippingMatcher.triesEveryPosition((Pattern) field.get(null))) {
                        everywhere.add(owner.getSimpleName() + "." + field.getName());
                    }
                }
            }
        }
        assertThat(everywhere).containsExactlyInAnyOrder("NumericDates.CLAUSE_END", "NumericExtractor.CLAUSE_END",
                "DaysOfMonth.ENDS_CLAUSE", "SpokenYears.NEXT_WORDS", "Merges.COMPOUND_GAP", "TemporalLinker.AGE");
    }

    @Test
    void positiveLookbehindAtTheStartIsNotFiltered() {
        Pattern afterPound = Pattern.compile("(?<=£ )\\d+");
        assertThat(skipping(afterPound, "cost £ 12 and 13", 0, 16)).containsExactly("7-9");
    }

    @Test
    void emptyMatchesAdvanceLikeFind() {
        Pattern maybe = Pattern.compile("a*");
        assertThat(skipping(maybe, "baab", 0, 4)).isEqualTo(plain(maybe, "baab", 0, 4));
    }

    private static List<String> skipping(Pattern pattern, String text, int from, int to) {
        List<String> spans = new ArrayList<>();
        SkippingMatcher m = new SkippingMatcher(pattern, text, from, to);
        while (m.find()) spans.add(m.matcher().start() + "-" + m.matcher().end());
        return spans;
    }

    private static List<String> plain(Pattern pattern, String text, int from, int to) {
        List<String> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) spans.add(m.start() + "-" + m.end());
        return spans;
    }

    @Test
    void packedAnswersKeepEveryAnswerAcrossGrowth() {
        SkippingMatcher.PackedAnswers answers = new SkippingMatcher.PackedAnswers();
        long[] keys = new long[5000];
        for (int i = 0; i < keys.length; i++) keys[i] = (long) i * 7919 % (1L << 35); // spread over the 35-bit key space
        for (int i = 0; i < keys.length; i++) assertThat(answers.put(keys[i], i % 3 == 0)).isTrue();
        assertThat(answers.put(keys[42], false)).as("a second answer for a key is refused").isFalse();
        for (int i = 0; i < keys.length; i++) {
            assertThat(answers.get(keys[i])).isEqualTo(i % 3 == 0 ? (byte) 1 : (byte) 2);
        }
        assertThat(answers.get(1L << 34)).as("never put").isEqualTo((byte) 0);
    }
}
