package org.factlint.report;

import java.io.StringWriter;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code factlint check --format junit}: JUnit XML for CI servers that show test results
 * (Jenkins, GitLab, Azure). Each file is a test case named by its path; each finding at or above
 * the threshold is a {@code <failure type="rule-id" message="...">} with the details in its body;
 * findings below it go to the case's {@code <system-out>}. An unreadable file is a case with an
 * {@code <error>}. Counts follow JUnit's meaning: {@code tests} cases, {@code failures} cases with
 * at least one failure, {@code errors} unreadable files.
 *
 * <p>Written with {@link XMLStreamWriter}, which escapes markup; characters XML 1.0 cannot carry
 * at all (most C0 controls) are replaced by U+FFFD first.
 */
public final class JunitXmlReport {
    private static final String SUITE = "factlint";
    private static final Comparator<ReportedFinding> SOURCE_ORDER =
            Comparator.comparingInt(f -> f.location() == null ? -1 : f.location().start());

    private final Severity threshold;

    /** Failures for warnings and errors. */
    public JunitXmlReport() {
        this(Severity.WARNING);
    }

    /** @param threshold the lowest severity reported as a failure (the CLI passes --fail-on) */
    public JunitXmlReport(Severity threshold) {
        this.threshold = threshold;
    }

    public String render(CheckRun run) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            int tests = run.files().size() + run.errors().size();
            int failures = (int) run.files().stream().filter(f -> !failures(f).isEmpty()).count();
            xml.writeStartElement("testsuites");
            counts(xml, tests, failures, run.errors().size());
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            counts(xml, tests, failures, run.errors().size());
            for (FileResult file : run.files()) writeCase(xml, file);
            for (FileError error : run.errors()) writeError(xml, error);
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return text.toString();
    }

    private List<ReportedFinding> failures(FileResult file) {
        return file.findings().stream().filter(f -> f.severity().atLeast(threshold)).sorted(SOURCE_ORDER).toList();
    }

    private static void counts(XMLStreamWriter xml, int tests, int failures, int errors) throws XMLStreamException {
        xml.writeAttribute("name", SUITE);
        xml.writeAttribute("tests", Integer.toString(tests));
        xml.writeAttribute("failures", Integer.toString(failures));
        xml.writeAttribute("errors", Integer.toString(errors));
    }

    private void writeCase(XMLStreamWriter xml, FileResult file) throws XMLStreamException {
        startCase(xml, file.path());
        for (ReportedFinding finding : failures(file)) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            xml.writeAttribute("type", clean(finding.ruleId()));
            xml.writeAttribute("message", clean(FindingText.full(finding)));
            xml.writeCharacters(clean(detail(file.path(), finding)));
            xml.writeEndElement();
        }
        List<ReportedFinding> below = file.findings().stream().filter(f -> !f.severity().atLeast(threshold))
                .sorted(SOURCE_ORDER).toList();
        if (!below.isEmpty()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("system-out");
            StringBuilder out = new StringBuilder();
            for (ReportedFinding finding : below) out.append(detail(file.path(), finding));
            xml.writeCharacters(clean(out.toString()));
            xml.writeEndElement();
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private static void writeError(XMLStreamWriter xml, FileError error) throws XMLStreamException {
        startCase(xml, error.path());
        xml.writeCharacters("\n      ");
        xml.writeStartElement("error");
        xml.writeAttribute("type", "unreadable");
        xml.writeAttribute("message", clean(TextReport.oneLine(error.message())));
        xml.writeCharacters(clean(error.path() + ": " + error.message()));
        xml.writeEndElement();
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    private static void startCase(XMLStreamWriter xml, String path) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", SUITE);
        xml.writeAttribute("name", clean(path));
    }

    /** path:line:col: severity [rule] message, then related spans, arithmetic and suggestion, one per line. */
    private static String detail(String path, ReportedFinding finding) {
        SourceSpan at = finding.location();
        StringBuilder text = new StringBuilder(path);
        if (at != null) text.append(':').append(at.line()).append(':').append(at.column());
        text.append(": ").append(finding.severity().label()).append(" [").append(finding.ruleId()).append("] ")
                .append(TextReport.oneLine(finding.message())).append('\n');
        if (at != null) text.append("  at: \"").append(TextReport.oneLine(at.text())).append("\"\n");
        for (RelatedSpan related : finding.related()) {
            SourceSpan span = related.span();
            text.append("  related ").append(span.line()).append(':').append(span.column()).append(": \"")
                    .append(TextReport.oneLine(span.text())).append('"');
            if (related.message() != null) text.append(' ').append(TextReport.oneLine(related.message()));
            text.append('\n');
        }
        if (finding.arithmetic() != null) text.append("  arithmetic: ").append(finding.arithmetic()).append('\n');
        if (finding.suggestion() != null) text.append("  suggestion: ").append(TextReport.oneLine(finding.suggestion())).append('\n');
        return text.toString();
    }

    /** Replaces what XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE/U+FFFF; lone surrogates). */
    static String clean(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(allowed ? c : '\uFFFD');
            }
        }
        return out.toString();
    }
}
