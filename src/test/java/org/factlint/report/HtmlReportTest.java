package org.factlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factlint.report.Drafts.ARTICLE;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private final HtmlReport report = new HtmlReport();

    private Document render(CheckRun run, Map<String, String> texts) {
        return Jsoup.parse(report.render(run, SourceTexts.of(texts)));
    }

    private Document article() {
        return render(Drafts.run(Drafts.article("drafts/a.md", ARTICLE)), Map.of("drafts/a.md", ARTICLE));
    }

    /** The text of all pieces of one finding's mark (a span may be cut where others overlap it). */
    private static String markText(Document page, String kind, int finding) {
        StringBuilder text = new StringBuilder();
        for (Element piece : page.select("mark." + kind + "[data-finding=" + finding + "]")) text.append(piece.wholeText());
        return text.toString();
    }

    @Test
    void summaryAtTheTopAndTheWholeSourceShown() {
        Document page = article();

        assertThat(page.title()).isEqualTo("factlint report");
        assertThat(page.selectFirst("header p.summary").text()).isEqualTo("1 file checked: 1 error, 1 warning");
        assertThat(page.selectFirst("section.file h2").text()).isEqualTo("drafts/a.md");
        assertThat(page.selectFirst("section.file p.muted").text()).startsWith("published 2025-02-25");
        // Cutting the text into marked pieces loses nothing (the sup links are the only additions).
        Element source = page.selectFirst("div.source").clone();
        source.select("sup").remove();
        assertThat(source.wholeText()).isEqualTo(ARTICLE);
    }

    @Test
    void findingsAndRelatedSpansAreMarkedAndLinkedBothWays() {
        Document page = article();

        Element twice = page.getElementById("f1");
        assertThat(twice.tagName()).isEqualTo("mark");
        assertThat(twice.classNames()).contains("finding", "sev-warning");
        assertThat(twice.text()).isEqualTo("2019");
        assertThat(twice.attr("title")).startsWith("warning [event-dated-twice] The invasion is dated 2019");
        Element related = page.getElementById("f1-related");
        assertThat(related.classNames()).contains("related", "sev-warning");
        assertThat(related.text()).isEqualTo("three years ago");

        Element conversion = page.getElementById("f2");
        assertThat(conversion.classNames()).contains("sev-error");
        assertThat(conversion.text()).isEqualTo("£296bn");
        assertThat(page.getElementById("f2-related").text()).isEqualTo("$500 billion");

        Element item = page.getElementById("f1-item");
        assertThat(item.selectFirst(".badge").text()).isEqualTo("warning");
        assertThat(item.selectFirst("code").text()).isEqualTo("event-dated-twice");
        assertThat(item.select("a").eachAttr("href")).containsExactly("#f1", "#f1-related");
        assertThat(item.text()).contains("arithmetic 2025 - 3 = 2022", "suggestion 2022",
                "counted back from the publication date");
        // From the text back to the list, and from a related span back to its finding.
        assertThat(page.select("sup.ref a").eachAttr("href")).contains("#f1-item", "#f1", "#f2-item", "#f2");
    }

    @Test
    void everyInternalLinkHasATargetAndNothingIsLoadedFromOutside() {
        String html = report.render(Drafts.run(Drafts.article("drafts/a.md", ARTICLE)), SourceTexts.of(Map.of("drafts/a.md", ARTICLE)));
        Document page = Jsoup.parse(html);

        for (Element link : page.select("a[href]")) {
            assertThat(link.attr("href")).startsWith("#");
            assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
        }
        assertThat(page.select("script, link, img, iframe, [src]")).isEmpty();
        assertThat(page.select("style")).hasSize(1);
        assertThat(html).doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void claimsAreUnderlinedWithTypeAndValue() {
        Document page = article();

        Elements claims = page.select("div.source span.claim");
        assertThat(claims.eachAttr("title")).containsExactly("DURATION P3Y", "DATE 2019", "MONEY 500000000000 USD");
        assertThat(claims.eachText()).containsExactly("three years ago", "2019", "$500 billion");
        // Claims are outermost, so the finding on "2019" sits inside the claim's underline.
        assertThat(page.getElementById("f1").parent().hasClass("claim")).isTrue();
    }

    @Test
    void scriptAndImagesInTheDraftAreShownAsText() {
        String text = "Intro <script>alert(1)</script> and <img src=x onerror=alert(1)> in 2019 & \"quotes\".\n";
        ReportedFinding finding = new ReportedFinding("rule<script>", Severity.ERROR, "Bad <img src=x onerror=alert(2)>",
                Drafts.span(text, "<script>alert(1)</script>"),
                List.of(new RelatedSpan(Drafts.span(text, "<img src=x onerror=alert(1)>"), "<b>related</b>")),
                "1 < 2 & 3 > 2", "<script>alert(3)</script>");
        ReportedClaim claim = new ReportedClaim("DATE\"><script>", Drafts.span(text, "2019"), "2019", null, null, null);
        String path = "drafts/<script>alert(4)</script>.md";
        CheckRun run = new CheckRun("0.1.0", List.of(new FileResult(path, Fixtures.PUBLISHED, null, List.of(finding), List.of(claim))),
                List.of(new FileError("<img src=y>.md", "bad <script>")));

        String html = report.render(run, SourceTexts.of(Map.of(path, text)));
        Document page = Jsoup.parse(html);

        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("b")).isEmpty();
        assertThat(page.getElementById("f1").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(page.getElementById("f1-related").text()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(page.selectFirst("div.source span.claim").attr("title")).isEqualTo("DATE\"><script> 2019");
        assertThat(page.selectFirst("section.file h2").text()).isEqualTo(path);
        assertThat(page.getElementById("f1-item").text()).contains("Bad <img src=x onerror=alert(2)>",
                "1 < 2 & 3 > 2", "<script>alert(3)</script>", "<b>related</b>");
        assertThat(page.selectFirst("ul.unreadable").text()).isEqualTo("<img src=y>.md: bad <script>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void overlappingSpansAreCutIntoPiecesThatNest() throws Exception {
        String text = "one two three four five";
        ReportedFinding a = new ReportedFinding("a", Severity.WARNING, "a", Drafts.span(text, "one two three"),
                List.of(new RelatedSpan(Drafts.span(text, "three four"), "r")), null, null);
        ReportedFinding b = new ReportedFinding("b", Severity.ERROR, "b", Drafts.span(text, "two three four five"),
                List.of(), null, null);
        ReportedFinding empty = new ReportedFinding("c", Severity.INFO, "c", new SourceSpan(3, 3, 1, 4, ""), List.of(), null, null);
        ReportedClaim claim = new ReportedClaim("NUMBER", Drafts.span(text, "o t"), 1, null, null, null);

        HtmlSourceView view = new HtmlSourceView(text);
        view.claim(claim);
        view.finding(a, 1);
        view.finding(b, 2);
        view.finding(empty, 3);
        String markup = view.render();

        // Well-formed as XML means every element closes inside its parent.
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(("<div>" + markup + "</div>").getBytes(StandardCharsets.UTF_8)));
        Document page = Jsoup.parse("<div class=source>" + markup + "</div>");
        assertThat(markText(page, "finding", 1)).isEqualTo("one two three");
        assertThat(markText(page, "finding", 2)).isEqualTo("two three four five");
        assertThat(markText(page, "related", 1)).isEqualTo("three four");
        assertThat(page.select("span.claim").eachText()).containsExactly("o", "t");
        assertThat(page.select("[id]").eachAttr("id")).containsExactly("f1", "f3", "f2", "f1-related");
        assertThat(page.getElementById("f3").text()).isEmpty();
        Element source = page.selectFirst("div.source");
        source.select("sup").remove();
        assertThat(source.text()).isEqualTo(text);
    }

    @Test
    void numbersRunThroughTheReportAndMissingSourcesAreSaid() {
        CheckRun run = Drafts.run(Drafts.article("a.md", ARTICLE), Drafts.article("b.md", ARTICLE));
        Document page = render(run, Map.of("a.md", ARTICLE));

        assertThat(page.select("ul.files a").eachAttr("href")).containsExactly("#file-1", "#file-2");
        assertThat(page.select("ul.files li").eachText()).containsExactly("a.md 1 error, 1 warning", "b.md 1 error, 1 warning");
        assertThat(page.getElementById("f3-item")).isNotNull();
        assertThat(page.getElementById("f4-item").selectFirst("code").text()).isEqualTo("currency-conversion");
        assertThat(page.getElementById("file-2").selectFirst(".source").text()).isEqualTo("source text not available");
    }
}
