package org.factlint.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loading rules/facts/*.yaml: valid files, and one clear file:line error for each kind of mistake. */
class ReferenceFactsTest {
    @TempDir
    Path rules;

    private static final String WALL = """
            - id: berlin-wall-fall
              event: the fall of the Berlin Wall
              date: 1989-11-09
              aliases: ["fall of the Berlin Wall", "Berlin Wall fell"]
              source: https://en.wikipedia.org/wiki/Fall_of_the_Berlin_Wall
              note: The border opened on the night of 9-10 November.
            """;

    private Path write(String name, String yaml) throws IOException {
        Path folder = Files.createDirectories(rules.resolve("facts"));
        return Files.writeString(folder.resolve(name), yaml);
    }

    @Test
    void readsAValidFile() throws Exception {
        Path file = write("history.yaml", WALL + """

                - id: chernobyl
                  event: the Chernobyl disaster
                  year: 1986
                  aliases:
                    - Chernobyl disaster
                  source: http://example.org/chernobyl
                """);
        List<ReferenceEntry> entries = ReferenceFacts.load(List.of(rules)).entries();
        assertThat(entries).hasSize(2);
        ReferenceEntry wall = entries.get(0);
        assertThat(wall.id()).isEqualTo("berlin-wall-fall");
        assertThat(wall.event()).isEqualTo("the fall of the Berlin Wall");
        assertThat(wall.date()).isEqualTo(LocalDate.of(1989, 11, 9));
        assertThat(wall.year()).isEqualTo(1989);
        assertThat(wall.aliases()).containsExactly("fall of the Berlin Wall", "Berlin Wall fell");
        assertThat(wall.note()).startsWith("The border");
        assertThat(wall.file()).isEqualTo(file);
        assertThat(wall.line()).isEqualTo(1);
        ReferenceEntry chernobyl = entries.get(1);
        assertThat(chernobyl.date()).isNull();
        assertThat(chernobyl.year()).isEqualTo(1986);
        assertThat(chernobyl.note()).isNull();
        assertThat(chernobyl.line()).isEqualTo(8);
    }

    @Test
    void noFactsFolderAndEmptyFilesGiveNoEntries() throws Exception {
        assertThat(ReferenceFacts.load(List.of(rules)).entries()).isEmpty();
        write("empty.yaml", "# nothing yet\n");
        write("ignored.txt", "not: [yaml");
        assertThat(ReferenceFacts.load(List.of(rules)).entries()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            syntax error          | - id: x\\n  event: [unclosed\\n                                    | line 3: not valid YAML
            not a list            | id: x\\nevent: y\\n                                                 | line 1: expected a list of entries
            entry not a mapping   | - just a string\\n                                                 | line 1: expected an entry
            missing id            | - event: e\\n  year: 1989\\n  aliases: [a b]\\n  source: https://x.org\\n | line 1: entry: missing field 'id'
            bad id                | - id: Berlin Wall\\n                                              | line 1: id 'Berlin Wall' must be lower-case
            missing event         | - id: x\\n  year: 1989\\n  aliases: [a b]\\n  source: https://x.org\\n | line 1: entry 'x': missing field 'event'
            missing source        | - id: x\\n  event: e\\n  year: 1989\\n  aliases: [a b]\\n          | line 1: entry 'x': missing field 'source'
            source not a URL      | - id: x\\n  event: e\\n  year: 1989\\n  aliases: [a b]\\n  source: Wikipedia\\n | line 5: entry 'x': source 'Wikipedia' is not an http(s) URL
            no date or year       | - id: x\\n  event: e\\n  aliases: [a b]\\n  source: https://x.org\\n | line 1: entry 'x': missing field 'date' (YYYY-MM-DD) or 'year'
            date and year         | - id: x\\n  event: e\\n  date: 1989-11-09\\n  year: 1989\\n  aliases: [a b]\\n  source: https://x.org\\n | line 4: entry 'x': give date or year, not both
            impossible date       | - id: x\\n  event: e\\n  date: 1989-02-30\\n  aliases: [a b]\\n  source: https://x.org\\n | line 3: entry 'x': date '1989-02-30' is not a date
            date not ISO          | - id: x\\n  event: e\\n  date: 9 November 1989\\n  aliases: [a b]\\n  source: https://x.org\\n | line 3: entry 'x': date '9 November 1989' is not a date
            year not a year       | - id: x\\n  event: e\\n  year: late 1980s\\n  aliases: [a b]\\n  source: https://x.org\\n | line 3: entry 'x': year 'late 1980s' is not a year
            missing aliases       | - id: x\\n  event: e\\n  year: 1989\\n  source: https://x.org\\n   | line 1: entry 'x': missing field 'aliases'
            empty aliases         | - id: x\\n  event: e\\n  year: 1989\\n  aliases: []\\n  source: https://x.org\\n | line 4: entry 'x': aliases must be a non-empty list
            aliases not a list    | - id: x\\n  event: e\\n  year: 1989\\n  aliases: Berlin Wall fell\\n  source: https://x.org\\n | line 4: entry 'x': aliases must be a non-empty list
            one-word alias        | - id: x\\n  event: e\\n  year: 1989\\n  aliases: [a b, Brexit]\\n  source: https://x.org\\n | line 4: entry 'x': alias 'Brexit' is too short
            unknown field         | - id: x\\n  event: e\\n  year: 1989\\n  alias: [a b]\\n  source: https://x.org\\n | line 4: unknown field 'alias'
            field twice           | - id: x\\n  event: e\\n  event: f\\n                              | line 3: field 'event' given twice
            empty event           | - id: x\\n  event: ''\\n  year: 1989\\n                          | line 2: entry 'x': field 'event' is empty
            """)
    void malformedFilesNameFileAndLine(String name, String yaml, String expected) throws Exception {
        Path file = write("bad.yaml", yaml.replace("\\n", "\n"));
        assertThatThrownBy(() -> ReferenceFacts.load(List.of(rules)))
                .isInstanceOf(ReferenceFactsException.class)
                .isInstanceOf(org.factlint.engine.RuleLoadException.class)
                .hasMessageStartingWith(file + " " + expected.substring(0, expected.indexOf(':')) + ":")
                .hasMessageContaining(expected.substring(expected.indexOf(':') + 2))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void idsAndAliasesAreUniqueAcrossFiles() throws Exception {
        write("a.yaml", WALL);
        Path b = write("b.yaml", WALL.replace("berlin-wall-fall", "wall-again"));
        assertThatThrownBy(() -> ReferenceFacts.load(List.of(rules)))
                .hasMessageStartingWith(b + " line 1: alias 'fall of the Berlin Wall' of 'wall-again' is already an alias of "
                        + "'berlin-wall-fall'");
        write("b.yaml", WALL.replace("fall of the Berlin Wall\", \"Berlin Wall fell", "the Wall came down"));
        assertThatThrownBy(() -> ReferenceFacts.load(List.of(rules)))
                .hasMessageStartingWith(b + " line 1: id 'berlin-wall-fall' is already used at " + rules.resolve("facts/a.yaml")
                        + " line 1");
    }

    @Test
    void aliasesDifferingOnlyInCaseOrALeadingTheAreTheSame() throws Exception {
        Path file = write("a.yaml", WALL.replace("\"Berlin Wall fell\"", "\"The Fall of the  Berlin Wall\""));
        assertThatThrownBy(() -> ReferenceFacts.load(List.of(rules)))
                .hasMessageStartingWith(file + " line 4: entry 'berlin-wall-fall': alias 'The Fall of the  Berlin Wall' given twice");
    }
}
