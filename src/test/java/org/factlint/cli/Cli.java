package org.factlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link Main#run} in-process with stdout, stderr (and optionally stdin) captured. Not
 * thread-safe: it swaps the System streams, so the CLI tests must not run in parallel.
 */
final class Cli {
    static final Path SEED_MD = Path.of("seeds/putin-minerals-offer.md");
    static final Path SEED_TXT = Path.of("seeds/000_5515f5423b4ad810.txt");

    /** ECB-format rates (EUR base, newest first, trailing comma), typed from the real fixings. */
    static final String RATES_FEB_2025 = """
            Date,USD,JPY,GBP,
            2025-02-25,1.0497,157.0,0.82908,
            2025-02-24,1.0466,157.5,0.8283,
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not JSON:\n" + out, e);
            }
        }

        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }

        /** Lines of the text report that start a finding at warning or error level. */
        List<String> warningsAndErrors() {
            List<String> lines = new ArrayList<>();
            for (String line : out.split("\\R")) {
                if (line.matches("^\\S.*?:\\d+:\\d+: (warning|error) \\[.*")) lines.add(line);
            }
            return lines;
        }

        /** The report must not leak a stack trace on either stream. */
        Run withoutStackTrace() {
            assertThat(out + err).doesNotContain("Exception").doesNotContain("\tat ");
            return this;
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        return runWithStdin(new ByteArrayInputStream(new byte[0]), args);
    }

    static Run runWithStdin(String stdin, String... args) {
        return runWithStdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    static Run runWithStdin(InputStream stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        // picocli encodes its writers with sun.stdout.encoding / the default charset; pin UTF-8 so
        // "£" survives whatever the locale of the machine running the tests.
        String oldOutEnc = System.getProperty("sun.stdout.encoding");
        String oldErrEnc = System.getProperty("sun.stderr.encoding");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setProperty("sun.stdout.encoding", "UTF-8");
            System.setProperty("sun.stderr.encoding", "UTF-8");
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(stdin);
            exit = Main.run(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
            restore("sun.stdout.encoding", oldOutEnc);
            restore("sun.stderr.encoding", oldErrEnc);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void restore(String key, String value) {
        if (value == null) System.clearProperty(key);
        else System.setProperty(key, value);
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, bytes);
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** A copy of the Markdown seed with one literal replacement (which must occur exactly once). */
    static Path seedWith(Path dir, String name, String from, String to) throws IOException {
        String text = read(SEED_MD);
        assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as("occurrences of " + from).hasSize(2);
        return write(dir.resolve(name), text.replace(from, to));
    }

    /** Warning-or-error findings of every file in a check JSON report. */
    static List<JsonNode> seriousFindings(JsonNode report) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode file : report.get("files")) {
            for (JsonNode finding : file.get("findings")) {
                String severity = finding.get("severity").asText();
                if (severity.equals("warning") || severity.equals("error")) found.add(finding);
            }
        }
        return found;
    }
}
