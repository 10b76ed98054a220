package org.factlint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factlint.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetTest {
    private static final String HEADER = "package test.rules\nimport org.factlint.facts.TimeFact;\nimport org.factlint.facts.Finding;\n";

    @TempDir
    Path folder;

    private Path write(String name, String drl) throws Exception {
        return Files.writeString(folder.resolve(name), drl);
    }

    @Test
    void readsEachRulesMetadata() throws Exception {
        RuleSet rules = RuleSet.load(List.of(Path.of("rules")));
        assertThat(rules.rules()).containsKeys("event-dated-twice", "currency-conversion");
        RuleInfo event = rules.rules().get("event-dated-twice");
        assertThat(event.severity()).isEqualTo(Severity.WARNING);
        assertThat(event.summary()).isEqualTo("The same event is given two dates that cannot both be right");
        assertThat(event.file().toString()).endsWith("event-dated-twice.drl");
    }

    @Test
    void tellsWhichFactTypesItsRulesName() throws Exception {
        assertThat(RuleSet.load(List.of(Path.of("rules"))).mayMatch(org.factlint.facts.NumberFact.class)).isFalse();
        write("figures.drl", "package test.rules\nimport org.factlint.facts.NumberFact;\nimport org.factlint.facts.Finding;\n"
                + "rule \"x\"\n  @id(\"x\") @severity(\"info\") @summary(\"x\")\nwhen\n  $n : NumberFact(head == \"voter\")\nthen\nend\n");
        RuleSet withFigures = RuleSet.load(List.of(Path.of("rules"), folder));
        assertThat(withFigures.mayMatch(org.factlint.facts.NumberFact.class)).isTrue();
        assertThat(withFigures.mayMatch(org.factlint.facts.TimeFact.class)).isTrue();
    }

    @Test
    void aRuleFileInLatin1LoadsAndIsRead() throws Exception {
        String drl = "package test.rules\nimport org.factlint.facts.NumberFact;\nimport org.factlint.facts.Finding;\n"
                + "// r\u00e8gle de la r\u00e9daction\n"
                + "rule \"x\"\n  @id(\"x\") @severity(\"info\") @summary(\"x\")\nwhen\n  $n : NumberFact(value > 100)\nthen\nend\n";
        Files.write(folder.resolve("latin1.drl"), drl.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(RuleSet.load(List.of(folder)).mayMatch(org.factlint.facts.NumberFact.class)).isTrue();
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() throws Exception {
        Path drl = write("broken.drl", HEADER + "rule \"x\"\n  @id(\"x\") @severity(\"info\") @summary(\"x\")\nwhen\n  $t : TimeFact(\nthen\nend\n");
        assertThatThrownBy(() -> RuleSet.load(List.of(folder)))
                .isInstanceOf(RuleLoadException.class)
                .hasMessageStartingWith(drl + " line ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void anUnknownFactTypeIsACompileError() throws Exception {
        Path drl = write("unknown.drl", HEADER + "rule \"x\"\n  @id(\"x\") @severity(\"info\") @summary(\"x\")\nwhen\n  $t : NoSuchFact()\nthen\nend\n");
        assertThatThrownBy(() -> RuleSet.load(List.of(folder))).hasMessageStartingWith(drl.toString());
    }

    @Test
    void metadataIsRequired() throws Exception {
        write("bare.drl", HEADER + "rule \"bare\"\nwhen\n  $t : TimeFact()\nthen\nend\n");
        assertThatThrownBy(() -> RuleSet.load(List.of(folder)))
                .hasMessageContaining("bare.drl rule \"bare\": missing @id, @severity or @summary");
    }

    @Test
    void severityMustBeKnown() throws Exception {
        write("odd.drl", HEADER + "rule \"odd\"\n  @id(\"odd\") @severity(\"fatal\") @summary(\"x\")\nwhen\n  $t : TimeFact()\nthen\nend\n");
        assertThatThrownBy(() -> RuleSet.load(List.of(folder))).hasMessageContaining("unknown severity 'fatal'");
    }

    @Test
    void oneIdCannotHaveTwoSummaries() throws Exception {
        write("a.drl", HEADER + "rule \"a\"\n  @id(\"same\") @severity(\"info\") @summary(\"one\")\nwhen\n  $t : TimeFact()\nthen\nend\n");
        write("b.drl", HEADER + "rule \"b\"\n  @id(\"same\") @severity(\"info\") @summary(\"two\")\nwhen\n  $t : TimeFact()\nthen\nend\n");
        assertThatThrownBy(() -> RuleSet.load(List.of(folder))).hasMessageContaining("rule id 'same' is already used");
    }

    @Test
    void aMissingFolderIsNamed() {
        Path missing = folder.resolve("nope");
        assertThatThrownBy(() -> RuleSet.load(List.of(missing))).hasMessage(missing + ": rules folder not found");
    }

    @Test
    void compiledRulesAreCachedAndTheCacheFollowsTheDrl(@TempDir Path cache) throws Exception {
        Path drl = write("one.drl", HEADER + "rule \"one\"\n  @id(\"one\") @severity(\"info\") @summary(\"first\")\nwhen\n  $t : TimeFact()\nthen\nend\n");
        RuleSet first = RuleSet.load(List.of(folder), cache);
        try (var files = Files.list(cache)) {
            assertThat(files.filter(p -> p.toString().endsWith(".bin")).count()).isEqualTo(1);
        }
        RuleSet cached = RuleSet.load(List.of(folder), cache);
        assertThat(cached.rules()).isEqualTo(first.rules());

        Files.writeString(drl, Files.readString(drl).replace("first", "changed"));
        RuleSet changed = RuleSet.load(List.of(folder), cache);
        assertThat(changed.rules().get("one").summary()).isEqualTo("changed");
    }

    @Test
    void aCorruptCacheFileIsIgnored(@TempDir Path cache) throws Exception {
        write("one.drl", HEADER + "rule \"one\"\n  @id(\"one\") @severity(\"info\") @summary(\"first\")\nwhen\n  $t : TimeFact()\nthen\nend\n");
        RuleSet.load(List.of(folder), cache);
        try (var files = Files.list(cache)) {
            for (Path bin : files.toList()) Files.write(bin, new byte[] {1, 2, 3});
        }
        assertThat(RuleSet.load(List.of(folder), cache).rules()).containsKey("one");
    }
}
