package org.factlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.report.Drafts.ARTICLE;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubActionsReportTest {
    private final GithubActionsReport report = new GithubActionsReport(Path.of("/work/project"));

    private List<String> lines(CheckRun run) {
        return List.of(report.render(run).split("\n"));
    }

    @Test
    void oneCommandPerFindingWithPositionTitleAndDetails() {
        List<String> lines = lines(Drafts.run(Drafts.article("/work/project/drafts/a.md", ARTICLE)));

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("::warning file=drafts/a.md,line=5,col=47,endLine=5,endColumn=51,"
                + "title=factlint event-dated-twice::The invasion is dated 2019 here, but \"three years ago\" puts it in 2022"
                + "%0Arelated 4:16: \"three years ago\" counted back from the publication date"
                + "%0Aarithmetic: 2025 - 3 = 2022%0Asuggestion: 2022");
        assertThat(lines.get(1)).startsWith("::error file=drafts/a.md,line=6,col=30,endLine=6,endColumn=36,"
                + "title=factlint currency-conversion::");
        assertThat(lines.get(2)).isEqualTo("1 file checked: 1 error, 1 warning");
    }

    @Test
    void infoIsANoticeAndUnreadableFilesAreErrors() {
        ReportedFinding info = new ReportedFinding("currency-conversion", Severity.INFO, "verified",
                Drafts.span(ARTICLE, "£296bn"), List.of(), null, null);
        CheckRun run = new CheckRun("0.1.0", List.of(new FileResult("a.md", Fixtures.PUBLISHED, null, List.of(info), List.of())),
                List.of(new FileError("gone, really.md", "no such file: 100% gone\nreally")));

        List<String> lines = lines(run);

        assertThat(lines.get(0)).startsWith("::notice file=a.md,line=6,").endsWith("::verified");
        assertThat(lines.get(1)).isEqualTo("::error file=gone%2C really.md::no such file: 100%25 gone%0Areally");
    }

    @Test
    void dataAndPropertiesAreEscapedAsTheRunnerExpects() {
        assertThat(GithubActionsReport.escapeData("50% a:b, c\r\nd")).isEqualTo("50%25 a:b, c%0D%0Ad");
        assertThat(GithubActionsReport.escapeProperty("50% a:b, c\r\nd")).isEqualTo("50%25 a%3Ab%2C c%0D%0Ad");

        ReportedFinding odd = new ReportedFinding("rule:x,y", Severity.WARNING, "100% wrong\nreally", null, List.of(), null, null);
        String line = lines(Drafts.run(new FileResult("C:/dir,1/a:b.md", Fixtures.PUBLISHED, null, List.of(odd), List.of()))).get(0);

        assertThat(line).isEqualTo("::warning file=C%3A/dir%2C1/a%3Ab.md,title=factlint rule%3Ax%2Cy::100%25 wrong really");
    }

    @Test
    void spansOverSeveralLinesHaveNoColumns() {
        String text = "The invasion of\n2019 and more.\n";
        ReportedFinding finding = new ReportedFinding("event-dated-twice", Severity.WARNING, "m",
                Drafts.span(text, "invasion of\n2019"), List.of(), null, null);

        String line = lines(Drafts.run(new FileResult("a.md", Fixtures.PUBLISHED, null, List.of(finding), List.of()))).get(0);

        // The runner drops an annotation whose col/endColumn are set while line and endLine differ.
        assertThat(line).startsWith("::warning file=a.md,line=1,endLine=2,title=");
    }
}
