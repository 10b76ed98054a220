package org.factlint.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factlint.extract.ClaimExtractor;
import org.factlint.extract.Extraction;
import org.factlint.facts.ReferenceMatch;
import org.factlint.nlp.AnalyzedText;
import org.factlint.nlp.NlpModels;
import org.factlint.nlp.NlpPipeline;
import org.junit.jupiter.api.Test;

/** Which years and dates date which event: the claims come from the real extractor, as in the product. */
class ReferenceMatcherTest {
    private static final NlpPipeline PIPELINE = new NlpPipeline(NlpModels.shared());
    private static final LocalDate DATE = LocalDate.of(2025, 2, 25);
    private static final ReferenceMatcher MATCHER = new ReferenceMatcher(facts());

    private static ReferenceFacts facts() {
        Path file = Path.of("test.yaml");
        return ReferenceFacts.of(List.of(new ReferenceEntry("berlin-wall-fall", "the fall of the Berlin Wall", 1989, LocalDate.of(1989, 11, 9),
                        List.of("fall of the Berlin Wall", "Berlin Wall fell", "the Berlin Wall came down"),
                        "https://example.org/wall", null, file, 1),
                new ReferenceEntry("chernobyl", "the Chernobyl disaster", 1986, LocalDate.of(1986, 4, 26),
                        List.of("Chernobyl disaster"), "https://example.org/chernobyl", null, file, 2),
                new ReferenceEntry("reunification", "German reunification", 1990, LocalDate.of(1990, 10, 3),
                        List.of("Germany was reunified", "German reunification"), "https://example.org/de", null, file, 3),
                new ReferenceEntry("russia-full-scale", "Russia's full-scale invasion of Ukraine", 2022,
                        LocalDate.of(2022, 2, 24), List.of("Russia's full-scale invasion"), "https://example.org/ua", null,
                        file, 4)));
    }

    /** "claim->entry-id@alias" for each match. */
    private static List<String> matches(String text) {
        AnalyzedText analyzed = PIPELINE.analyze(text);
        Extraction extraction = new ClaimExtractor("USD", true).extract(analyzed, DATE);
        return MATCHER.match(analyzed, extraction.temporal()).stream().map(ReferenceMatcherTest::describe).toList();
    }

    private static String describe(ReferenceMatch m) {
        return m.text() + "->" + m.id() + "@" + m.alias().text();
    }

    @Test
    void aliasBeforeTheYear() {
        assertThat(matches("Since the Berlin Wall fell in 1991, Germany has changed."))
                .containsExactly("1991->berlin-wall-fall@Berlin Wall fell");
        assertThat(matches("The fall of the Berlin Wall was in 1989.")).containsExactly("1989->berlin-wall-fall@fall of the Berlin Wall");
        assertThat(matches("The Berlin Wall came down on 9 November 1989."))
                .containsExactly("9 November 1989->berlin-wall-fall@Berlin Wall came down");
        assertThat(matches("The Berlin Wall fell in November 1989.")).containsExactly("November 1989->berlin-wall-fall@Berlin Wall fell");
    }

    @Test
    void yearPremodifyingTheAlias() {
        assertThat(matches("Thousands fled after the 1986 Chernobyl disaster.")).containsExactly("1986->chernobyl@Chernobyl disaster");
        assertThat(matches("Europe changed after Russia's 2022 full-scale invasion.")).isEmpty(); // alias not right after the year
        assertThat(matches("Thousands fled in 1986 Chernobyl disaster zones.")).isEmpty(); // no determiner before the year
    }

    @Test
    void caseAndSpacingDoNotMatterButWordBoundariesDo() {
        assertThat(matches("Since the BERLIN WALL  FELL in 1991, much has changed.")).hasSize(1);
        assertThat(matches("Since the Berlin Wall fell in 1991, much has changed.".replace("fell", "fellow"))).isEmpty();
        assertThat(matches("Russia’s full-scale invasion in 2022 shocked Europe."))
                .containsExactly("2022->russia-full-scale@Russia’s full-scale invasion");
    }

    @Test
    void windowIsSixFillerWordsAtMost() {
        assertThat(matches("The Berlin Wall fell back in the early part of 1989.")).isEmpty(); // "part" is no filler
        assertThat(matches("The Berlin Wall fell finally and officially in 1989.")).isEmpty(); // "and"
        assertThat(matches("The Berlin Wall fell on the night of 9 November 1989.")).isEmpty(); // "night"
        assertThat(matches("The Berlin Wall fell in the year 1989.")).hasSize(1);
        assertThat(matches("The Berlin Wall fell, in 1989, to cheers.")).isEmpty(); // a comma between
        assertThat(matches("The Berlin Wall fell in 1989 and Germany was reunified in 1990."))
                .containsExactly("1989->berlin-wall-fall@Berlin Wall fell", "1990->reunification@Germany was reunified");
    }

    @Test
    void theYearBelongsToTheNearestEvent() {
        assertThat(matches("Two years after the Berlin Wall fell in 1989, Germany was reunified in 1990."))
                .containsExactly("1989->berlin-wall-fall@Berlin Wall fell", "1990->reunification@Germany was reunified");
        assertThat(matches("After the fall of the Berlin Wall came German reunification in 1990."))
                .containsExactly("1990->reunification@German reunification");
    }

    @Test
    void noMatchAcrossSentences() {
        assertThat(matches("The Berlin Wall fell. In 1991 the Soviet Union collapsed.")).isEmpty();
        assertThat(matches("Everyone remembers when the Berlin Wall fell. 1991 was another year.")).isEmpty();
    }

    @Test
    void negatedHedgedAndCommemorativeSentencesAreSkipped() {
        assertThat(matches("The Berlin Wall did not fall in 1991.")).isEmpty();
        assertThat(matches("The Berlin Wall fell in 1991, the pamphlet wrongly says.")).isEmpty();
        assertThat(matches("Berlin marked the fall of the Berlin Wall in 1999 with a concert.")).isEmpty();
        assertThat(matches("A film about the fall of the Berlin Wall in 2009 won prizes.")).isEmpty();
        assertThat(matches("The Berlin Wall fell in May 1990 in the alternative history.")).hasSize(1); // "May" is a month
    }

    @Test
    void relativeHedgedAndRangeClaimsAreSkipped() {
        assertThat(matches("The Berlin Wall fell three years ago.")).isEmpty();
        assertThat(matches("The Berlin Wall fell around 1990.")).isEmpty();
        assertThat(matches("The Berlin Wall fell before 1990.")).isEmpty();
        assertThat(matches("The Berlin Wall fell in 1989-90.")).isEmpty();
    }
}
