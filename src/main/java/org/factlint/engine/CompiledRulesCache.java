package org.factlint.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rule packages kept on disk, keyed by a hash of the DRL files' contents, the Drools version
 * and the fact classes the rules are compiled against; any change gives a new key, and only the
 * most recently used {@value #KEEP} entries are kept. Every failure here only means "compile
 * again", never an error for the user.
 */
final class CompiledRulesCache {
    /** The classes the DRL is compiled against: a change in any of them invalidates the cache. */
    private static final List<String> FACT_CLASSES = List.of("ChangeFact", "ConversionFact", "DocumentFact", "FigureFact",
            "Finding", "MoneyFact", "PartsFact", "RateFact", "RelatedSpan", "ShareFact", "Spanned", "TimeFact", "Tolerance");

    static final int KEEP = 8;

    private final Path file;

    CompiledRulesCache(Path folder, List<Path> drlFiles) {
        this.file = folder.resolve("rules-" + key(drlFiles) + ".bin");
    }

    Collection<KiePackage> read() {
        if (file == null || !Files.isRegularFile(file)) return null;
        try (InputStream in = Files.newInputStream(file);
             ObjectInputStream objects = new DroolsObjectInputStream(in, CompiledRulesCache.class.getClassLoader())) {
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packages = (Collection<KiePackage>) objects.readObject();
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
            return packages;
        } catch (Exception | LinkageError e) {
            return null;
        }
    }

    void write(Collection<KiePackage> packages) {
        if (file == null) return;
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "rules-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary);
                 ObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
                objects.writeObject(new ArrayList<>(packages));
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            evictOld();
        } catch (IOException | RuntimeException e) {
            // A read-only or full cache folder only costs the next run a compile.
        }
    }

    /** Keeps the {@value #KEEP} most recently written or read entries. */
    private void evictOld() throws IOException {
        try (var entries = Files.list(file.getParent())) {
            List<Path> old = entries.filter(p -> p.getFileName().toString().matches("rules-[0-9a-f]+\\.bin"))
                    .sorted(java.util.Comparator.comparing(CompiledRulesCache::modified).reversed())
                    .skip(KEEP).toList();
            for (Path path : old) Files.deleteIfExists(path);
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private static String key(List<Path> drlFiles) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(droolsVersion().getBytes(StandardCharsets.UTF_8));
            for (String name : FACT_CLASSES) {
                try (InputStream in = CompiledRulesCache.class.getResourceAsStream("/org/factlint/facts/" + name + ".class")) {
                    if (in != null) digest.update(in.readAllBytes());
                }
            }
            for (Path drl : drlFiles) {
                digest.update(drl.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(drl));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unkeyed-" + System.nanoTime(); // never matches: compile
        }
    }

    /** The jars Drools was loaded from name its version. */
    private static String droolsVersion() {
        StringBuilder where = new StringBuilder();
        for (Class<?> type : List.of(KiePackage.class, DroolsObjectInputStream.class,
                org.kie.internal.builder.KnowledgeBuilderFactory.class)) {
            var source = type.getProtectionDomain().getCodeSource();
            where.append(source == null ? "?" : source.getLocation()).append('|');
        }
        return where.toString();
    }
}
