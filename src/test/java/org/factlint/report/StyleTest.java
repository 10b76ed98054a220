package org.factlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.report.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class StyleTest {
    private static final char ESC = '\u001B';
    private final CheckRun run = new CheckRun("v", List.of(file(PATH, null, List.of(
            datedTwice(), finding(Severity.ERROR, "e", 1), finding(Severity.INFO, "i", 2)))),
            List.of(new FileError("missing.md", "no such file")));
    private final SourceLines sources = (path, line) -> line == 9 ? LINE_9 : null;

    @Test
    void plainStyleEmitsNoEscapeCodes() {
        assertThat(new TextReport(false).render(run, sources)).doesNotContain(String.valueOf(ESC));
    }

    @Test
    void ansiStyleColoursSeveritiesAndBoldsLocations() {
        String text = new TextReport(true).render(run, sources);

        assertThat(text)
                .contains("\u001B[1mseeds/a.md:9:47:\u001B[0m \u001B[33mwarning\u001B[0m [event-dated-twice]")
                .contains("\u001B[31merror\u001B[0m [e]")
                .contains("\u001B[36minfo\u001B[0m [i]")
                .contains("\u001B[33m^^^^\u001B[0m");
        assertThat(new TextReport(true).errorLine(new FileError("missing.md", "no such file")))
                .isEqualTo("\u001B[1mmissing.md:\u001B[0m \u001B[31merror:\u001B[0m no such file");
    }

    @Test
    void ansiOutputWithoutEscapesIsThePlainOutput() {
        String coloured = new TextReport(true).render(run, sources);

        assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(new TextReport(false).render(run, sources));
    }
}
