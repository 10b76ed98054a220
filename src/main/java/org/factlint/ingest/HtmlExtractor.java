package org.factlint.ingest;

import java.time.LocalDate;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML to plain text: the text of {@code <body>} as a reader sees it, blocks separated by a blank
 * line. jsoup reads malformed HTML leniently, as a browser would, so HTML never fails to parse.
 */
final class HtmlExtractor {
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "head");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td",
            "th", "blockquote", "section", "article", "header", "footer", "tr", "pre", "figcaption", "dd", "dt",
            "ul", "ol", "dl", "table", "main", "aside", "nav", "figure", "address", "caption", "hr", "details",
            "summary");
    private static final String[] DATE_SELECTORS = {
            "meta[property=article:published_time]", "meta[name=article:published_time]", "meta[name=date]"};

    Extraction extract(String source) {
        // A byte order mark would otherwise become body text; a space keeps every offset in place.
        String html = source.startsWith("\uFEFF") ? " " + source.substring(1) : source;
        // Parser instances keep state, so each document gets its own.
        Document document = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        PlainTextBuilder out = new PlainTextBuilder(0);
        NodeTraversor.filter(new TextCollector(source, out), document.body());
        out.endBlock();
        return new Extraction(out.text(), out.sourceMap(source), date(document), title(document));
    }

    private static LocalDate date(Document document) {
        for (String selector : DATE_SELECTORS) {
            for (Element meta : document.select(selector)) {
                LocalDate date = Dates.parseLeading(meta.attr("content"));
                if (date != null) return date;
            }
        }
        Element time = document.selectFirst("time[datetime]");
        return time == null ? null : Dates.parseLeading(time.attr("datetime"));
    }

    private static String title(Document document) {
        String title = document.title().strip();
        if (title.isEmpty()) {
            Element og = document.selectFirst("meta[property=og:title]");
            title = og == null ? "" : og.attr("content").strip();
        }
        return title.isEmpty() ? null : title;
    }

    private static final class TextCollector implements NodeFilter {
        private final String source;
        private final PlainTextBuilder out;
        private int preDepth;

        TextCollector(String source, PlainTextBuilder out) {
            this.source = source;
            this.out = out;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(text);
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) return FilterResult.SKIP_ENTIRELY;
                if (tag.equals("br")) {
                    Range range = element.sourceRange();
                    if (range.isTracked()) out.append('\n', range.startPos(), range.endPos());
                    else out.appendSynthetic('\n');
                }
                if (BLOCKS.contains(tag)) out.endBlock();
                if (tag.equals("pre")) preDepth++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                if (BLOCKS.contains(tag)) out.endBlock();
                if (tag.equals("pre")) preDepth--;
            }
            return FilterResult.CONTINUE;
        }

        private void appendText(TextNode text) {
            String literal = text.getWholeText();
            Range range = text.sourceRange();
            int[] positions = range.isTracked()
                    ? SourceAligner.range(range.startPos(), Math.min(range.endPos(), source.length()))
                    : new int[0];
            SourceAligner.append(literal, source, positions, out, preDepth == 0);
        }
    }
}
