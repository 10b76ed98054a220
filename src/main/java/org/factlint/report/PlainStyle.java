package org.factlint.report;

/** Leaves text untouched. */
final class PlainStyle implements Style {
    static final PlainStyle INSTANCE = new PlainStyle();

    private PlainStyle() {}

    @Override
    public String location(String text) {
        return text;
    }

    @Override
    public String severity(Severity severity, String text) {
        return text;
    }

    @Override
    public String note(String text) {
        return text;
    }
}
