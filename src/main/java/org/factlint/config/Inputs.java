package org.factlint.config;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.factlint.report.FileError;

/**
 * Turns the command line's arguments into the files to check: a file as named; a folder walked
 * recursively (sorted, hidden folders such as {@code .git} skipped) keeping the files that match an
 * {@code include} pattern and no {@code exclude} pattern; a glob the shell did not expand (quoted,
 * {@code 'drafts/**}{@code /*.md'}) expanded here; {@code -} (standard input) as is. Patterns are
 * matched against the path relative to the folder walked and, when the file is under it, relative
 * to the configuration file's folder; a leading {@code **}{@code /} also matches at the top level.
 */
public final class Inputs {
    public static final List<String> DEFAULT_INCLUDE = List.of("**/*.md", "**/*.markdown", "**/*.html", "**/*.htm", "**/*.txt");

    /** The files in argument order (duplicates once), and the arguments that could not be expanded. */
    public record Expanded(List<String> files, List<FileError> errors) {}

    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;
    private final Path configFolder;
    private final List<String> includePatterns;
    private final List<String> excludePatterns;

    public Inputs(FactlintConfig config) {
        this.includePatterns = config.include().isEmpty() ? DEFAULT_INCLUDE : config.include();
        this.excludePatterns = config.exclude();
        this.include = matchers(config.include().isEmpty() ? DEFAULT_INCLUDE : config.include());
        this.exclude = matchers(config.exclude());
        this.configFolder = config.folder();
    }

    public Expanded expand(List<String> arguments) {
        Set<String> files = new LinkedHashSet<>();
        List<FileError> errors = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                files.add(argument);
                continue;
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                int errorsBefore = errors.size();
                if (walk(path, null, files, errors) == 0 && errors.size() == errorsBefore) {
                    errors.add(new FileError(argument, "a folder with no files to check (include: " + String.join(", ", includePatterns)
                            + (excludePatterns.isEmpty() ? "" : "; exclude: " + String.join(", ", excludePatterns)) + ")"));
                }
            } else if (!Files.exists(path) && isGlob(argument)) {
                int errorsBefore = errors.size();
                if (expandGlob(argument, files, errors) == 0 && errors.size() == errorsBefore) {
                    errors.add(new FileError(argument, "no files match this pattern"));
                }
            } else {
                files.add(argument); // a file, or a missing one the reader will report
            }
        }
        return new Expanded(List.copyOf(files), List.copyOf(errors));
    }

    static boolean isGlob(String argument) {
        return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** Adds the files matching a glob; returns how many matched. */
    private int expandGlob(String pattern, Set<String> files, List<FileError> errors) {
        // The walk starts at the longest leading part without glob characters.
        String normalized = pattern.replace('\\', '/');
        String[] parts = normalized.split("/", -1);
        int fixed = 0;
        while (fixed < parts.length - 1 && !isGlob(parts[fixed])) fixed++;
        String base = String.join("/", java.util.Arrays.copyOfRange(parts, 0, fixed));
        if (base.isEmpty() && normalized.startsWith("/")) base = "/";
        String rest = String.join("/", java.util.Arrays.copyOfRange(parts, fixed, parts.length));
        Path root = Path.of(base);
        if (!Files.isDirectory(base.isEmpty() ? Path.of(".") : root)) return 0;
        List<PathMatcher> glob;
        try {
            glob = matchers(List.of(rest));
        } catch (IllegalArgumentException e) {
            errors.add(new FileError(pattern, "bad glob pattern: " + ConfigLoader.oneLine(e.getMessage())));
            return 0;
        }
        return walk(root, glob, files, errors);
    }

    /** Walks a folder; with {@code glob} set, that pattern replaces the include patterns. */
    private int walk(Path root, List<PathMatcher> glob, Set<String> files, List<FileError> errors) {
        Path start = root.toString().isEmpty() ? Path.of(".") : root;
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(start) && dir.getFileName().toString().startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isDirectory()) {
                        Path relative = start.relativize(file);
                        boolean wanted = glob != null ? glob.stream().anyMatch(m -> m.matches(relative))
                                : matches(include, relative, file);
                        if (wanted && !matches(exclude, relative, file)) found.add(root.toString().isEmpty() ? relative : file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    errors.add(new FileError(file.toString(), describe(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            errors.add(new FileError(root.toString(), describe(e)));
        }
        found.sort(null);
        for (Path file : found) files.add(file.toString());
        return found.size();
    }

    private boolean matches(List<PathMatcher> patterns, Path relative, Path file) {
        Path fromConfig = null;
        if (configFolder != null) {
            Path absolute = file.toAbsolutePath().normalize();
            if (absolute.startsWith(configFolder)) fromConfig = configFolder.relativize(absolute);
        }
        for (PathMatcher matcher : patterns) {
            if (matcher.matches(relative) || (fromConfig != null && matcher.matches(fromConfig))) return true;
        }
        return false;
    }

    /**
     * Each pattern, plus its variants with a {@code **}{@code /} matching no folder at all (as in
     * bash's globstar: {@code drafts/**}{@code /*.md} also matches {@code drafts/a.md}).
     */
    static List<PathMatcher> matchers(List<String> patterns) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String pattern : patterns) {
            for (String variant : variants(pattern)) matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
        }
        return matchers;
    }

    static Set<String> variants(String pattern) {
        Set<String> out = new LinkedHashSet<>();
        out.add(pattern);
        for (int i = pattern.indexOf("**/"); i >= 0; i = pattern.indexOf("**/", i + 1)) {
            if (i == 0 || pattern.charAt(i - 1) == '/') out.addAll(variants(pattern.substring(0, i) + pattern.substring(i + 3)));
        }
        return out;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "cannot read: permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        return "cannot read: " + ConfigLoader.oneLine(e.getMessage());
    }
}
