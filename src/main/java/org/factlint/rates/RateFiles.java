package org.factlint.rates;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Loads a rate table from an ECB file of any of the published shapes: {@code eurofxref-hist.zip}
 * (one CSV, or XML, inside), a plain {@code .csv}, or {@code .xml}. The shape is told from the
 * content, not the name, so a renamed download still works.
 */
public final class RateFiles {
    /** The ECB history bundled in the Moneta jar (1999-01-04..2023-02-21): an offline last resort. */
    static final String BUNDLED_RESOURCE = "org/javamoney/moneta/convert/ecb/defaults/eurofxref-hist.xml";

    private RateFiles() {
    }

    /** @throws RatesException if the file is missing, unreadable or not ECB rates */
    public static RateTable read(Path file) {
        String name = file.toString();
        String source = "ECB reference rates, " + file.getFileName();
        try (InputStream raw = Files.newInputStream(file)) {
            return read(new BufferedInputStream(raw, 1 << 16), name, source);
        } catch (NoSuchFileException e) {
            throw new RatesException(name + ": no such file");
        } catch (IOException | UncheckedIOException e) {
            throw new RatesException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** The history bundled with Moneta; it ends on 2023-02-21, so it cannot vouch for later dates. */
    public static RateTable readBundled() {
        String name = "bundled " + BUNDLED_RESOURCE.substring(BUNDLED_RESOURCE.lastIndexOf('/') + 1);
        InputStream raw = RateFiles.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE);
        if (raw == null) {
            throw new RatesException(name + ": not on the class path (moneta-convert-ecb jar missing)");
        }
        try (InputStream in = new BufferedInputStream(raw, 1 << 16)) {
            return EcbXmlReader.read(in, name, "ECB reference rates, eurofxref-hist.xml bundled with Moneta");
        } catch (IOException e) {
            throw new RatesException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    static RateTable read(BufferedInputStream in, String name, String source) throws IOException {
        if (isZip(in)) {
            return readZip(new ZipInputStream(in), name, source);
        }
        return readPlain(in, name, source);
    }

    private static RateTable readZip(ZipInputStream zip, String name, String source) throws IOException {
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
            String entryName = entry.getName().toLowerCase(Locale.ROOT);
            if (!entry.isDirectory() && (entryName.endsWith(".csv") || entryName.endsWith(".xml"))) {
                // Name errors after the entry too: "eurofxref-hist.zip!eurofxref-hist.csv line 12: ..."
                return readPlain(new BufferedInputStream(zip, 1 << 16), name + "!" + entry.getName(), source);
            }
        }
        throw new RatesException(name + ": the zip holds no .csv or .xml file");
    }

    private static RateTable readPlain(BufferedInputStream in, String name, String source) throws IOException {
        if (looksLikeXml(in)) {
            return EcbXmlReader.read(in, name, source);
        }
        return EcbCsvReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), name, source);
    }

    private static boolean isZip(BufferedInputStream in) throws IOException {
        byte[] head = peek(in, 4);
        return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static boolean looksLikeXml(BufferedInputStream in) throws IOException {
        for (byte b : peek(in, 64)) {
            if (b == '<') {
                return true;
            }
            // Skip a byte-order mark and leading white space.
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB
                    && (b & 0xFF) != 0xBF) {
                return false;
            }
        }
        return false;
    }

    private static byte[] peek(BufferedInputStream in, int count) throws IOException {
        in.mark(count);
        byte[] head = in.readNBytes(count);
        in.reset();
        return head;
    }
}
