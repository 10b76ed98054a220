package org.factlint.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.factlint.report.Severity;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * The rules in force: every {@code *.drl} file of the given folders, compiled at run time so a
 * newsroom can add rules without rebuilding factlint, with each rule's metadata.
 */
public final class RuleSet {
    private final KieBase base;
    private final Map<String, RuleInfo> rules;
    private final String drlText;

    private RuleSet(KieBase base, Map<String, RuleInfo> rules, String drlText) {
        this.base = base;
        this.rules = rules;
        this.drlText = drlText;
    }

    public static RuleSet load(List<Path> folders) throws RuleLoadException {
        return load(folders, null);
    }

    /**
     * @param cacheFolder where compiled rules are kept between runs (null: always compile). Compiling
     *                    the DRL costs most of a cold start; a cache hit reads the compiled packages.
     */
    public static RuleSet load(List<Path> folders, Path cacheFolder) throws RuleLoadException {
        List<Path> files = drlFiles(folders);
        Map<String, Path> fileBySourcePath = new LinkedHashMap<>();
        List<Resource> resources = new ArrayList<>();
        for (Path file : files) {
            Resource resource = ResourceFactory.newFileResource(file.toFile());
            fileBySourcePath.put(resource.getSourcePath(), file);
            resources.add(resource);
        }
        CompiledRulesCache cache = cacheFolder == null ? null : new CompiledRulesCache(cacheFolder, files);
        Collection<KiePackage> packages = cache == null ? null : cache.read();
        boolean compiled = packages == null;
        if (compiled) packages = compile(files, resources);
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(packages);
        RuleSet rules = new RuleSet(base, catalogue(base.getKiePackages(), fileBySourcePath), text(files));
        if (compiled && cache != null) cache.write(packages); // only rule sets that passed every check
        return rules;
    }

    private static Collection<KiePackage> compile(List<Path> files, List<Resource> resources) throws RuleLoadException {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (int i = 0; i < files.size(); i++) {
            builder.add(resources.get(i), ResourceType.DRL);
            if (builder.hasErrors()) throw compileError(builder.getErrors().iterator().next(), files.get(i));
        }
        return builder.getKnowledgePackages();
    }

    public KieBase base() {
        return base;
    }

    /**
     * Whether a rule may match facts of this type: its DRL names the type. A fact some rules never
     * need can then be skipped, with what it costs to build.
     */
    public boolean mayMatch(Class<?> factType) {
        return java.util.regex.Pattern.compile("\\b" + factType.getSimpleName() + "\\b").matcher(drlText).find();
    }

    private static String text(List<Path> files) throws RuleLoadException {
        StringBuilder all = new StringBuilder();
        for (Path file : files) {
            try {
                // Only the ASCII names of fact types are looked for: any encoding reads them, none fails
                all.append(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)).append('\n');
            } catch (IOException e) {
                throw new RuleLoadException(file + ": cannot read: " + e.getMessage());
            }
        }
        return all.toString();
    }

    /** Rules by id, in a stable order (by id). */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    private static List<Path> drlFiles(List<Path> folders) throws RuleLoadException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) throw new RuleLoadException(folder + ": rules folder not found");
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p))
                        .sorted(Comparator.comparing(Path::toString)).forEach(files::add);
            } catch (IOException e) {
                throw new RuleLoadException(folder + ": cannot read rules folder: " + e.getMessage());
            }
        }
        return files;
    }

    private static RuleLoadException compileError(KnowledgeBuilderError error, Path file) {
        int[] lines = error.getLines();
        int line = lines != null && lines.length > 0 ? lines[0] : 0;
        String where = line > 0 ? file + " line " + line : file.toString();
        String cause = error.getMessage().replaceAll("\\s+", " ").trim();
        return new RuleLoadException(where + ": " + cause);
    }

    private static Map<String, RuleInfo> catalogue(Collection<KiePackage> packages, Map<String, Path> files)
            throws RuleLoadException {
        List<RuleInfo> infos = new ArrayList<>();
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        for (KiePackage pkg : packages) {
            for (Rule rule : pkg.getRules()) {
                Path file = fileOf(rule, files);
                Map<String, Object> meta = rule.getMetaData();
                String id = text(meta.get("id"));
                String severity = text(meta.get("severity"));
                String summary = text(meta.get("summary"));
                String where = file + " rule \"" + rule.getName() + "\"";
                if (id == null || severity == null || summary == null) {
                    throw new RuleLoadException(where + ": missing @id, @severity or @summary metadata");
                }
                Severity level;
                try {
                    level = Severity.parse(severity);
                } catch (IllegalArgumentException e) {
                    throw new RuleLoadException(where + ": " + e.getMessage());
                }
                RuleInfo info = new RuleInfo(id, level, summary, rule.getName(), file);
                RuleInfo clash = byId.get(id);
                // A rule id may cover several DRL rules (one check, several cases) if their metadata agree.
                if (clash != null && !clash.summary().equals(summary)) {
                    throw new RuleLoadException(where + ": rule id '" + id + "' is already used by \"" + clash.ruleName()
                            + "\" in " + clash.file() + " with a different summary");
                }
                if (clash == null) byId.put(id, info);
                infos.add(info);
            }
        }
        Map<String, RuleInfo> sorted = new LinkedHashMap<>();
        byId.keySet().stream().sorted().forEach(id -> sorted.put(id, byId.get(id)));
        return sorted;
    }

    /**
     * The DRL file a rule came from. Compiled rules read from the cache remember the path they were
     * compiled at, which may be another checkout of the same files: then the file name decides.
     */
    private static Path fileOf(Rule rule, Map<String, Path> files) {
        if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null
                && impl.getResource().getSourcePath() != null) {
            String source = impl.getResource().getSourcePath();
            Path file = files.get(source);
            if (file != null) return file;
            String name = Path.of(source).getFileName().toString();
            List<Path> sameName = files.values().stream().filter(p -> p.getFileName().toString().equals(name)).toList();
            if (sameName.size() == 1) return sameName.get(0);
        }
        return Path.of("?");
    }

    private static String text(Object value) {
        if (value == null) return null;
        String text = value.toString().trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) text = text.substring(1, text.length() - 1);
        return text.isEmpty() ? null : text;
    }
}
