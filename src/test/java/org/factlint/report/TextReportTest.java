package org.factlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.report.Fixtures.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextReportTest {
    private final TextReport report = new TextReport();
    private final SourceLines line9 = (path, line) -> PATH.equals(path) && line == 9 ? LINE_9 : null;

    @Test
    void rendersFindingWithCaretUnderTheSpanAndDetails() {
        CheckRun run = new CheckRun("0.1.0", List.of(file(PATH, PUBLISHED, List.of(datedTwice()))), List.of());

        assertThat(report.render(run, line9)).isEqualTo("""
                seeds/a.md:9:47: warning [event-dated-twice] The invasion is dated 2019 here but three years ago (2022) elsewhere
                    Deposits fell under Russian control after the 2019 invasion.
                                                                  ^^^^
                  related 7:180: "three years ago" dates the full-scale invasion to 2022
                  arithmetic: 2025 - 3 = 2022
                  suggestion: 2022
                1 file checked: 1 warning
                """);
    }

    @Test
    void leavesExcerptOutWhenSourceLineUnavailable() {
        CheckRun run = new CheckRun("0.1.0", List.of(file(PATH, PUBLISHED, List.of(datedTwice()))), List.of());

        assertThat(report.render(run)).doesNotContain("Deposits").doesNotContain("^")
                .startsWith("seeds/a.md:9:47: warning [event-dated-twice] The invasion")
                .contains("\n  related 7:180: ");
    }

    @Test
    void tabsAreShownAsSingleSpacesSoColumnsStayRight() {
        String line = "\tSince the\t2019 invasion";
        SourceSpan span = span(line, "2019", 1, 0);
        ReportedFinding finding = new ReportedFinding("r", Severity.ERROR, "m", span, List.of(), null, null);
        CheckRun run = new CheckRun("v", List.of(file(PATH, PUBLISHED, List.of(finding))), List.of());

        String[] lines = report.render(run, (p, n) -> line).split("\n");

        assertThat(lines[1]).isEqualTo("     Since the 2019 invasion");
        assertThat(lines[2]).isEqualTo("               ^^^^");
    }

    @Test
    void spanOverSeveralLinesIsUnderlinedToEndOfFirstLine() {
        String line = "dated to the 2019";
        SourceSpan span = new SourceSpan(13, 26, 1, 14, "2019\ninvasion");
        ReportedFinding finding = new ReportedFinding("r", Severity.INFO, "m", span, List.of(), null, null);
        CheckRun run = new CheckRun("v", List.of(file(PATH, PUBLISHED, List.of(finding))), List.of());

        String[] lines = report.render(run, (p, n) -> line).split("\n");

        assertThat(lines[1]).isEqualTo("    dated to the 2019");
        assertThat(lines[2]).isEqualTo("                 ^^^^");
    }

    @Test
    void findingsOfAFileArePrintedInSourceOrder() {
        FileResult file = file(PATH, PUBLISHED, List.of(
                finding(Severity.INFO, "third", 30), finding(Severity.ERROR, "first", 2),
                finding(Severity.WARNING, "second", 10)));

        String text = report.render(new CheckRun("v", List.of(file), List.of()));

        assertThat(text.indexOf("[first]")).isLessThan(text.indexOf("[second]"));
        assertThat(text.indexOf("[second]")).isLessThan(text.indexOf("[third]"));
    }

    @Test
    void notesMissingPublicationDateBeforeTheFindings() {
        CheckRun run = new CheckRun("v", List.of(file(PATH, null, List.of(datedTwice()))), List.of());

        assertThat(report.render(run)).startsWith(
                "seeds/a.md: note: no publication date; relative dates resolved against 2026-11-26 (today);"
                        + " pass --date YYYY-MM-DD\nseeds/a.md:9:47: warning");
    }

    @Test
    void noNoteWhenTheFileHasADate() {
        CheckRun run = new CheckRun("v", List.of(file(PATH, PUBLISHED, List.of())), List.of());

        assertThat(report.render(run)).isEqualTo("1 file checked: no findings\n");
    }

    @Test
    void unreadableFilesCountInTheSummaryAndHaveTheirOwnErrorLine() {
        CheckRun run = new CheckRun("v", List.of(file(PATH, PUBLISHED, List.of())),
                List.of(new FileError("missing.md", "no such file")));

        assertThat(report.render(run)).isEqualTo("""
                1 file checked: no findings, 1 file could not be read
                """);
        assertThat(report.errorLine(run.errors().get(0))).isEqualTo("missing.md: error: no such file");
    }

    @Test
    void summaryCountsEverySeverityAcrossFiles() {
        FileResult first = file("a.md", PUBLISHED, List.of(
                finding(Severity.ERROR, "e", 1), finding(Severity.INFO, "i", 2)));
        FileResult second = file("b.md", PUBLISHED, List.of(
                finding(Severity.WARNING, "w", 1), finding(Severity.INFO, "i", 2), finding(Severity.INFO, "i", 3)));

        CheckRun run = new CheckRun("v", List.of(first, second), List.of(new FileError("c.md", "x")));
        assertThat(TextReport.summary(run))
                .isEqualTo("2 files checked: 1 error, 1 warning, 3 info, 1 file could not be read");

        CheckRun plurals = new CheckRun("v", List.of(file("a.md", PUBLISHED, List.of(
                finding(Severity.ERROR, "e", 1), finding(Severity.ERROR, "e", 2)))),
                List.of(new FileError("c.md", "x"), new FileError("d.md", "y")));
        assertThat(TextReport.summary(plurals))
                .isEqualTo("1 file checked: 2 errors, 2 files could not be read");
    }

    @Test
    void sourceLinesFromTextsHandlesCrLfAndMissingLines() {
        SourceLines lines = SourceLines.fromTexts(Map.of("a.md", "one\r\ntwo\nthree"));

        assertThat(lines.line("a.md", 2)).isEqualTo("two");
        assertThat(lines.line("a.md", 3)).isEqualTo("three");
        assertThat(lines.line("a.md", 4)).isNull();
        assertThat(lines.line("b.md", 1)).isNull();
    }
}
