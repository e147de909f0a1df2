package org.quanze.law;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.quanze.ingest.SourceException;
import org.quanze.ingest.TitleKey;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.StringUtils;

/**
 * The law library: every official text under {@code data/laws/} — the national law database's corpus
 * in {@code data/laws/national/} (see its SOURCE.md) and any text dropped beside it, Markdown, plain
 * text or Word — catalogued by document (its {@link TitleKey}) and version. Only the header of each
 * text is read to catalogue it; a text is read whole when a load takes it.
 *
 * <p>A text that cannot be a version of a document here is left out of the catalogue, with the reason
 * ({@link #left}): one without any article (第一条 …), one that cannot be dated, and a second copy of a
 * version already catalogued (the corpus files some laws under two categories; the secrecy texts in
 * {@code data/laws/} are the corpus's own, with their source line): texts outside {@code national/}
 * come first, then by path.
 */
public final class LawLibrary {

    /** Where the bundled library is on the class path (in the jar, or target/classes when run from the project). */
    public static final String BUNDLED_FOLDER = "data/laws";
    private static final String NATIONAL_FOLDER = "national/";
    private static final Set<String> NOT_TEXTS = Set.of("source.md", "readme.md", "_index.md");

    /** One text of the library: its path, document key, title, part (民法典 is published part by part) and dates. */
    public record Text(String path, String fileName, String title, String key, String part, LocalDate versionDate,
                       LocalDate inForce, String level) {

        /** The version's slug, as its IRI ends: the date that made it. */
        public String slug() {
            return versionDate.toString();
        }

        /** The date from which the version applied: its entry into force, else its own date. */
        public LocalDate appliesFrom() {
            return inForce != null ? inForce : versionDate;
        }
    }

    /** A file under the library's folder that is not in the catalogue, and why. */
    public record Left(String path, String why) {
    }

    /** A title of the library close to one that matched none, with how close (0–1). */
    public record Suggestion(String title, String key, double score) {
    }

    private record File(String path, Supplier<byte[]> bytes) {
    }

    private static volatile LawLibrary bundled;

    private final List<Text> texts;
    private final Map<String, List<Text>> byKey;
    /**
     * The character pairs of each key, made once: {@link #closest} compared every key's pairs made again for each
     * title asked, a quarter of /laws at 100× (65 texts wanted against 1,000 keys at every request).
     */
    private final Map<String, Set<String>> pairsByKey;
    private final Map<String, Supplier<byte[]>> files;
    private final List<Left> left;

    private LawLibrary(List<File> found) {
        List<File> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparing((File f) -> isNational(f.path())).thenComparing(File::path));
        List<Text> catalogued = Collections.synchronizedList(new ArrayList<>());
        List<Left> leftOut = Collections.synchronizedList(new ArrayList<>());
        ordered.parallelStream().forEach(f -> read(f, catalogued, leftOut));
        Map<String, Supplier<byte[]>> byPath = new LinkedHashMap<>();
        ordered.forEach(f -> byPath.put(f.path(), f.bytes()));
        List<Text> sorted = new ArrayList<>(catalogued);
        Map<String, Integer> rank = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            rank.put(ordered.get(i).path(), i);
        }
        sorted.sort(Comparator.comparing((Text t) -> rank.get(t.path())));
        Map<String, List<Text>> keyed = new LinkedHashMap<>();
        Set<String> versions = new HashSet<>();
        List<Text> kept = new ArrayList<>();
        for (Text t : sorted) {
            String version = t.key() + "/" + t.slug() + "/" + (t.part() == null ? "" : t.part());
            if (!versions.add(version)) {
                leftOut.add(new Left(t.path(), "the same version (《" + t.title() + "》 " + t.slug()
                        + ") as another text of the library"));
                continue;
            }
            kept.add(t);
            keyed.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(t);
        }
        keyed.values().forEach(v -> v.sort(Comparator.comparing(Text::versionDate)));
        this.texts = List.copyOf(kept);
        this.byKey = keyed;
        Map<String, Set<String>> pairs = new LinkedHashMap<>();
        keyed.keySet().forEach(k -> pairs.put(k, pairs(k)));
        this.pairsByKey = pairs;
        this.files = byPath;
        List<Left> leftSorted = new ArrayList<>(leftOut);
        leftSorted.sort(Comparator.comparing(Left::path));
        this.left = List.copyOf(leftSorted);
    }

    private static void read(File f, List<Text> catalogued, List<Left> leftOut) {
        String name = f.path().substring(f.path().lastIndexOf('/') + 1);
        try {
            LawTextParser.Header h = new LawTextParser().header(name, f.bytes().get());
            if (!h.hasArticles()) {
                leftOut.add(new Left(f.path(), "no article (第一条 …): its text cannot back a citation of an article"));
            } else if (h.versionDate() == null) {
                leftOut.add(new Left(f.path(), "no date in its history or file name: its version cannot be told"));
            } else {
                catalogued.add(new Text(f.path(), name, h.title(), TitleKey.of(h.title()), h.part(), h.versionDate(),
                        h.inForce(), level(f.path())));
            }
        } catch (SourceException e) {
            leftOut.add(new Left(f.path(), e.getMessage()));
        }
    }

    /** The library bundled with Quanze ({@code data/laws/} on the class path), read once. */
    public static LawLibrary bundled() {
        LawLibrary library = bundled;
        if (library == null) {
            synchronized (LawLibrary.class) {
                if (bundled == null) {
                    bundled = new LawLibrary(classPathFiles());
                }
                library = bundled;
            }
        }
        return library;
    }

    /** The library of a folder (its sub-folders included). */
    public static LawLibrary of(Path folder) {
        List<File> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).filter(p -> isCandidate(p.getFileName().toString())).forEach(p -> found.add(
                    new File(folder.relativize(p).toString().replace('\\', '/'), () -> readAll(p))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the law library " + folder, e);
        }
        return new LawLibrary(found);
    }

    /** A library without texts: a load then adds none. */
    public static LawLibrary empty() {
        return new LawLibrary(List.of());
    }

    public List<Text> texts() {
        return texts;
    }

    /** The versions of a document (by key), oldest first; empty when the library has none. */
    public List<Text> versions(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    public boolean has(String key) {
        return byKey.containsKey(key);
    }

    /** The files under the library's folder that are not in its catalogue, and why. */
    public List<Left> left() {
        return left;
    }

    public byte[] bytes(Text text) {
        return files.get(text.path()).get();
    }

    /**
     * The titles of the library closest to a key that matched none (character pairs in common, as a
     * share of both), strongest first, those at least {@code min} close: a misspelt title finds its
     * document, a title of a text not in the library finds nothing close.
     */
    public List<Suggestion> closest(String key, int limit, double min) {
        Set<String> wanted = pairs(key);
        List<Suggestion> found = new ArrayList<>();
        for (Map.Entry<String, List<Text>> e : byKey.entrySet()) {
            Set<String> have = pairsByKey.get(e.getKey());
            long common = have.stream().filter(wanted::contains).count();
            double score = wanted.isEmpty() || have.isEmpty() ? 0 : 2.0 * common / (wanted.size() + have.size());
            if (score >= min) {
                List<Text> versions = e.getValue();
                found.add(new Suggestion(versions.get(versions.size() - 1).title(), e.getKey(), score));
            }
        }
        found.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(Suggestion::key));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : List.copyOf(found);
    }

    private static Set<String> pairs(String text) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            pairs.add(text.substring(i, i + 2));
        }
        return pairs;
    }

    /**
     * The level the national corpus files a text under (its category folder): 行政法规, 部门规章, 司法解释,
     * 宪法; every other category (行政法, 经济法, 刑法 …) holds laws. Null outside the corpus.
     */
    public static String level(String path) {
        if (!isNational(path)) {
            return null;
        }
        String rest = path.substring(path.indexOf(NATIONAL_FOLDER) + NATIONAL_FOLDER.length());
        String category = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : "";
        return switch (category) {
            case "" -> null;
            case "行政法规", "部门规章", "司法解释", "宪法" -> category;
            default -> "法律";
        };
    }

    private static boolean isNational(String path) {
        return path.startsWith(NATIONAL_FOLDER) || path.contains("/" + NATIONAL_FOLDER);
    }

    /** Whether a file under the library's folder can be a law text: Markdown, plain text or Word. */
    public static boolean isCandidate(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return !NOT_TEXTS.contains(name) && !name.startsWith(".") && !name.startsWith("~$")
                && (name.endsWith(".md") || name.endsWith(".txt") || name.endsWith(".docx"));
    }

    private static List<File> classPathFiles() {
        List<File> found = new ArrayList<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + BUNDLED_FOLDER + "/**/*")) {
                String name = r.getFilename();
                if (name == null || !r.isReadable() || !isCandidate(name)) {
                    continue;
                }
                String url = r.getURL().toString();
                int at = url.lastIndexOf("/" + BUNDLED_FOLDER + "/");
                String path = StringUtils.uriDecode(at < 0 ? BUNDLED_FOLDER + "/" + name : url.substring(at + 1),
                        StandardCharsets.UTF_8);
                if (found.stream().noneMatch(f -> f.path().equals(path))) {
                    found.add(new File(path, () -> readAll(r)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled law library", e);
        }
        return found;
    }

    private static byte[] readAll(Resource r) {
        try (InputStream in = r.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + r, e);
        }
    }

    private static byte[] readAll(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }
}
