package org.factlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.report.Drafts.ARTICLE;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitXmlReportTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element child(Element parent, String tag, int index) {
        return (Element) parent.getElementsByTagName(tag).item(index);
    }

    private static CheckRun run() {
        ReportedFinding info = new ReportedFinding("currency-conversion", Severity.INFO, "verified",
                Drafts.span(ARTICLE, "£296bn"), List.of(), null, null);
        return new CheckRun("0.1.0", List.of(
                Drafts.article("drafts/a.md", ARTICLE),
                new FileResult("clean.md", Fixtures.PUBLISHED, null, List.of(info), List.of())),
                List.of(new FileError("gone.md", "no such file")));
    }

    @Test
    void suiteCountsCasesFailuresAndErrors() throws Exception {
        Element suites = parse(new JunitXmlReport().render(run())).getDocumentElement();

        assertThat(suites.getTagName()).isEqualTo("testsuites");
        Element suite = child(suites, "testsuite", 0);
        for (Element counted : List.of(suites, suite)) {
            assertThat(counted.getAttribute("name")).isEqualTo("factlint");
            assertThat(counted.getAttribute("tests")).isEqualTo("3");
            assertThat(counted.getAttribute("failures")).isEqualTo("1");
            assertThat(counted.getAttribute("errors")).isEqualTo("1");
        }
        NodeList cases = suite.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3);
        assertThat(((Element) cases.item(0)).getAttribute("classname")).isEqualTo("factlint");
        assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("drafts/a.md");
        assertThat(((Element) cases.item(1)).getAttribute("name")).isEqualTo("clean.md");
        assertThat(((Element) cases.item(2)).getAttribute("name")).isEqualTo("gone.md");
    }

    @Test
    void eachFindingAtOrAboveTheThresholdIsAFailureWithDetails() throws Exception {
        Element suite = child(parse(new JunitXmlReport().render(run())).getDocumentElement(), "testsuite", 0);
        Element article = child(suite, "testcase", 0);

        NodeList failures = article.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(2);
        Element first = (Element) failures.item(0);
        assertThat(first.getAttribute("type")).isEqualTo("event-dated-twice");
        assertThat(first.getAttribute("message")).isEqualTo(
                "The invasion is dated 2019 here, but \"three years ago\" puts it in 2022 (arithmetic: 2025 - 3 = 2022; suggestion: 2022)");
        assertThat(first.getTextContent()).contains(
                "drafts/a.md:5:47: warning [event-dated-twice]",
                "related 4:16: \"three years ago\" counted back from the publication date",
                "arithmetic: 2025 - 3 = 2022", "suggestion: 2022");
        assertThat(((Element) failures.item(1)).getAttribute("type")).isEqualTo("currency-conversion");

        Element clean = child(suite, "testcase", 1);
        assertThat(clean.getElementsByTagName("failure").getLength()).isZero();
        assertThat(child(clean, "system-out", 0).getTextContent()).contains("info [currency-conversion] verified");

        Element gone = child(suite, "testcase", 2);
        assertThat(child(gone, "error", 0).getAttribute("message")).isEqualTo("no such file");
    }

    @Test
    void theThresholdDecidesWhatFails() throws Exception {
        Element suites = parse(new JunitXmlReport(Severity.ERROR).render(run())).getDocumentElement();

        Element article = child(suites, "testcase", 0);
        assertThat(article.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(child(article, "failure", 0).getAttribute("type")).isEqualTo("currency-conversion");
        assertThat(child(article, "system-out", 0).getTextContent()).contains("[event-dated-twice]");
    }

    @Test
    void markupAndControlCharactersInDraftsAreEscaped() throws Exception {
        String text = "Tom & Jerry's <b>\"2019\"</b>\u0001 invasion ]]> end";
        ReportedFinding finding = new ReportedFinding("event-dated-twice", Severity.WARNING,
                "Dated <2019> & \"then\"\u0007", Drafts.span(text, "<b>\"2019\"</b>\u0001"), List.of(), null, "]]>");
        CheckRun run = Drafts.run(new FileResult("a <&> \".md", Fixtures.PUBLISHED, null, List.of(finding), List.of()));

        String xml = new JunitXmlReport().render(run);
        Element suites = parse(xml).getDocumentElement();

        Element testcase = child(suites, "testcase", 0);
        assertThat(testcase.getAttribute("name")).isEqualTo("a <&> \".md");
        Element failure = child(testcase, "failure", 0);
        assertThat(failure.getAttribute("message")).isEqualTo("Dated <2019> & \"then\"\uFFFD (suggestion: ]]>)");
        assertThat(failure.getTextContent()).contains("at: \"<b>\"2019\"</b>\uFFFD\"");
        assertThat(xml).doesNotContain("<b>").doesNotContain("\u0001");
    }
}
