package org.factlint.report;

/** ANSI SGR colours: bold location, red error, yellow warning, cyan info and note. */
final class AnsiStyle implements Style {
    static final AnsiStyle INSTANCE = new AnsiStyle();

    static final String RESET = "\u001B[0m";
    static final String BOLD = "\u001B[1m";
    static final String RED = "\u001B[31m";
    static final String YELLOW = "\u001B[33m";
    static final String CYAN = "\u001B[36m";

    private AnsiStyle() {}

    @Override
    public String location(String text) {
        return wrap(BOLD, text);
    }

    @Override
    public String severity(Severity severity, String text) {
        return switch (severity) {
            case ERROR -> wrap(RED, text);
            case WARNING -> wrap(YELLOW, text);
            case INFO -> wrap(CYAN, text);
        };
    }

    @Override
    public String note(String text) {
        return wrap(CYAN, text);
    }

    private static String wrap(String code, String text) {
        return text.isEmpty() ? text : code + text + RESET;
    }
}
