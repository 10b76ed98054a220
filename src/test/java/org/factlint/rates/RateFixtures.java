package org.factlint.rates;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small ECB-shaped files typed in from the real ECB fixings of February 2025. */
final class RateFixtures {
    /** Newest first, trailing comma and N/A as in the ECB's eurofxref-hist.csv. */
    static final String CSV = """
            Date,USD,JPY,BGN,CYP,GBP,
            2025-02-25,1.0497,157.19,1.9558,N/A,0.82908,
            2025-02-24,1.0466,156.81,1.9558,N/A,0.8283,
            2025-02-21,1.0465,157.46,1.9558,N/A,0.8276,
            2025-02-20,1.0443,156.6,1.9558,N/A,0.82823,
            """;

    /** The same kind of data as the ECB's eurofxref-hist.xml. */
    static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
              <gesmes:subject>Reference rates</gesmes:subject>
              <Cube>
                <Cube time="2020-03-03"><Cube currency="USD" rate="1.1139"/><Cube currency="GBP" rate="0.8721"/></Cube>
                <Cube time="2020-03-02"><Cube currency="USD" rate="1.1122"/><Cube currency="GBP" rate="0.87113"/></Cube>
              </Cube>
            </gesmes:Envelope>
            """;

    private RateFixtures() {
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static Path zip(Path file, String entryName, String text) throws IOException {
        Files.write(file, zipBytes(entryName, text));
        return file;
    }

    static byte[] zipBytes(String entryName, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
