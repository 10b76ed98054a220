package org.factlint.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folder walking with include/exclude, glob expansion, stdin and missing files. */
class InputsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        for (String name : List.of("drafts/a.md", "drafts/b.html", "drafts/c.txt", "drafts/d.markdown", "drafts/e.htm",
                "drafts/notes.docx", "drafts/archive/old.md", "drafts/2025/02/deep.md", "drafts/.git/x.md", "top.md")) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "text");
        }
    }

    private String p(String relative) {
        return dir.resolve(relative).toString();
    }

    private FactlintConfig config(String yaml) throws ConfigException {
        return ConfigLoader.parse(dir.resolve(".factlint.yml"), yaml);
    }

    @Test
    void folderWalkUsesTheDefaultIncludesSortedAndSkipsHiddenFolders() {
        Inputs.Expanded expanded = new Inputs(FactlintConfig.EMPTY).expand(List.of(p("drafts")));
        assertThat(expanded.errors()).isEmpty();
        assertThat(expanded.files()).containsExactly(p("drafts/2025/02/deep.md"), p("drafts/a.md"), p("drafts/archive/old.md"),
                p("drafts/b.html"), p("drafts/c.txt"), p("drafts/d.markdown"), p("drafts/e.htm"));
    }

    @Test
    void includeAndExcludeFromTheConfig() throws ConfigException {
        FactlintConfig config = config("include: ['**/*.md']\nexclude: ['drafts/archive/**', '**/deep.md']\n");
        assertThat(new Inputs(config).expand(List.of(p("drafts"))).files()).containsExactly(p("drafts/a.md"));
        // Relative to the folder walked, too.
        FactlintConfig walkRelative = config("include: ['*.md', '**/*.html']\nexclude: ['archive/**']\n");
        assertThat(new Inputs(walkRelative).expand(List.of(p("drafts"))).files())
                .containsExactly(p("drafts/a.md"), p("drafts/b.html"));
    }

    @Test
    void namedFilesAreAlwaysCheckedOnceInArgumentOrder() throws ConfigException {
        FactlintConfig config = config("include: ['**/*.md']\n");
        Inputs.Expanded expanded = new Inputs(config).expand(List.of(p("drafts/notes.docx"), "-", p("top.md"), p("top.md"),
                p("missing.md")));
        assertThat(expanded.files()).containsExactly(p("drafts/notes.docx"), "-", p("top.md"), p("missing.md"));
        assertThat(expanded.errors()).isEmpty();
    }

    @Test
    void globsTheShellDidNotExpand() {
        Inputs inputs = new Inputs(FactlintConfig.EMPTY);
        assertThat(inputs.expand(List.of(p("drafts") + "/**/*.md")).files())
                .containsExactly(p("drafts/2025/02/deep.md"), p("drafts/a.md"), p("drafts/archive/old.md"));
        assertThat(inputs.expand(List.of(p("drafts") + "/*.{html,htm}")).files())
                .containsExactly(p("drafts/b.html"), p("drafts/e.htm"));
        assertThat(inputs.expand(List.of(p("drafts") + "/*/*.md")).files()).containsExactly(p("drafts/archive/old.md"));
        assertThat(inputs.expand(List.of(p("drafts") + "/20??/**/*.md")).files()).containsExactly(p("drafts/2025/02/deep.md"));
    }

    @Test
    void globWithoutMatchesIsAnError() {
        Inputs.Expanded expanded = new Inputs(FactlintConfig.EMPTY).expand(List.of(p("drafts") + "/*.pdf", p("top.md")));
        assertThat(expanded.files()).containsExactly(p("top.md"));
        assertThat(expanded.errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("no files match this pattern"));
    }

    @Test
    void starStarMatchesNoFolderToo() {
        assertThat(Inputs.variants("**/a/**/*.md")).containsExactly("**/a/**/*.md", "a/**/*.md", "a/*.md", "**/a/*.md");
    }
}
