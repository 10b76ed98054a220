package org.factlint.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The compiled classes of the facts package, which DRL is compiled against: a change in any of them
 * must invalidate compiled rules. Listed from the jar or class folder itself, so adding a fact class
 * needs no list to keep up to date.
 */
final class FactClasses {
    private static final String PACKAGE = "org/factlint/facts/";

    private FactClasses() {}

    static List<byte[]> bytes() throws IOException {
        Path location;
        try {
            location = Path.of(FactClasses.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot locate the fact classes", e);
        }
        List<byte[]> classes = new ArrayList<>();
        if (Files.isDirectory(location)) {
            Path folder = location.resolve(PACKAGE);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".class"))
                        .sorted(Comparator.comparing(Path::toString)).toList()) {
                    classes.add(Files.readAllBytes(file));
                }
            }
            return classes;
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            List<JarEntry> entries = jar.stream()
                    .filter(e -> e.getName().startsWith(PACKAGE) && e.getName().endsWith(".class"))
                    .sorted(Comparator.comparing(JarEntry::getName)).toList();
            for (JarEntry entry : entries) {
                try (InputStream in = jar.getInputStream(entry)) {
                    classes.add(in.readAllBytes());
                }
            }
        }
        return classes;
    }
}
