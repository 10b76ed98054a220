package org.factlint.report;

/**
 * Decorates parts of the text report. Callers choose {@link #plain()} for files, pipes and editors,
 * {@link #ansi()} for a colour terminal; the layout is identical either way.
 */
public interface Style {

    /** The {@code path:line:col:} prefix. */
    String location(String text);

    /** A severity label or the carets of a finding with that severity. */
    String severity(Severity severity, String text);

    /** The {@code note:} label. */
    String note(String text);

    static Style plain() {
        return PlainStyle.INSTANCE;
    }

    static Style ansi() {
        return AnsiStyle.INSTANCE;
    }
}
