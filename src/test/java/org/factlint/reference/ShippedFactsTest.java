package org.factlint.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The starter knowledge base shipped in rules/facts/: complete entries, sources, no shared aliases. */
class ShippedFactsTest {
    private static final Path RULES = Path.of("rules");

    @Test
    void everyEntryIsCompleteAndSourced() throws Exception {
        List<ReferenceEntry> entries = ReferenceFacts.load(List.of(RULES)).entries();
        assertThat(entries).hasSizeGreaterThanOrEqualTo(50);
        Set<String> ids = new HashSet<>();
        for (ReferenceEntry e : entries) {
            assertThat(e.id()).as(e.where()).matches("[a-z0-9][a-z0-9-]*");
            assertThat(ids.add(e.id())).as("id %s unique", e.id()).isTrue();
            assertThat(e.event()).as(e.where()).isNotBlank();
            assertThat(e.year()).as(e.where()).isBetween(1000, 2025);
            if (e.date() != null) assertThat(e.date().getYear()).isEqualTo(e.year());
            assertThat(e.source()).as(e.where()).matches("https?://[^\\s/]+\\.[a-z]+/\\S+");
            assertThat(e.aliases()).as(e.where()).isNotEmpty();
        }
    }

    @Test
    void noTwoEntriesShareAnAlias() throws Exception {
        Map<String, String> owner = new HashMap<>();
        for (ReferenceEntry e : ReferenceFacts.load(List.of(RULES)).entries()) {
            for (String alias : e.aliases()) {
                String previous = owner.putIfAbsent(ReferenceMatcher.normalize(alias), e.id());
                assertThat(previous).as("alias '%s' of %s", alias, e.id()).isNull();
            }
        }
    }

    @Test
    void noAliasOfOneEntryIsFoundInsideAnAliasOfAnother() throws Exception {
        List<ReferenceEntry> entries = ReferenceFacts.load(List.of(RULES)).entries();
        for (ReferenceEntry e : entries) {
            for (String alias : e.aliases()) {
                for (ReferenceEntry other : entries) {
                    if (other == e) continue;
                    for (String theirs : other.aliases()) {
                        assertThat(ReferenceMatcher.pattern(alias).matcher(theirs).find())
                                .as("alias '%s' of %s inside '%s' of %s", alias, e.id(), theirs, other.id()).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void everyAliasMatchesItself() throws Exception {
        for (ReferenceEntry e : ReferenceFacts.load(List.of(RULES)).entries()) {
            for (String alias : e.aliases()) {
                assertThat(ReferenceMatcher.pattern(alias).matcher("Since " + alias + " in 1900.").find()).as(alias).isTrue();
            }
        }
    }
}
