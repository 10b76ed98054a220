package org.factlint.ingest;

import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown to plain text: the prose of paragraphs and headings (including those in lists and
 * block quotes), without code blocks, HTML, link destinations or image alt text.
 */
final class MarkdownExtractor {
    // Parser is immutable and safe to share between threads.
    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    Extraction extract(String source) throws InputProblem {
        FrontMatter frontMatter = FrontMatter.parse(source);
        int bodyStart = frontMatter.bodyStart();
        Node document = parser.parse(source.substring(bodyStart));
        PlainTextBuilder out = new PlainTextBuilder(bodyStart);
        walk(document, source, bodyStart, out);
        out.endBlock();
        return new Extraction(out.text(), out.sourceMap(source), frontMatter.date(), frontMatter.title());
    }

    /** Iterative walk: deeply nested quotes or lists must not overflow the stack. */
    private static void walk(Node root, String source, int bodyStart, PlainTextBuilder out) {
        Node node = root.getFirstChild();
        while (node != null) {
            boolean descend = enter(node, source, bodyStart, out);
            if (descend && node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != null) {
                leave(node, out);
                if (node.getNext() != null) {
                    node = node.getNext();
                    break;
                }
                node = node.getParent();
                if (node == root) node = null;
            }
        }
    }

    /** Emits a node's own text; returns whether its children are prose to visit. */
    private static boolean enter(Node node, String source, int bodyStart, PlainTextBuilder out) {
        if (node instanceof Text text) {
            SourceAligner.append(text.getLiteral(), source, positions(text.getSourceSpans(), bodyStart), out, false);
        } else if (node instanceof Code code) {
            SourceAligner.append(code.getLiteral(), source, positions(code.getSourceSpans(), bodyStart), out, false);
        } else if (node instanceof SoftLineBreak) {
            out.appendSynthetic(' ');
        } else if (node instanceof HardLineBreak) {
            out.appendSynthetic('\n');
        }
        return !(node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock
                || node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof Image);
    }

    private static void leave(Node node, PlainTextBuilder out) {
        if (node instanceof Paragraph || node instanceof Heading) out.endBlock();
    }

    /** The source offsets covered by a node's spans, made absolute (spans are relative to the body). */
    private static int[] positions(List<SourceSpan> spans, int bodyStart) {
        int total = 0;
        for (SourceSpan span : spans) total += span.getLength();
        int[] positions = new int[total];
        int i = 0;
        for (SourceSpan span : spans) {
            int start = bodyStart + span.getInputIndex();
            for (int k = 0; k < span.getLength(); k++) positions[i++] = start + k;
        }
        return positions;
    }
}
