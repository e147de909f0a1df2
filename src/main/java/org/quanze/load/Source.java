package org.quanze.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.quanze.law.LawLibrary;
import org.quanze.law.LawLines;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A file to load: where it came from (for messages), its name, its kind, its bytes, and whether the
 * law library gave it (a load adds the library's texts of the documents its lists cite).
 */
public record Source(String origin, String fileName, SourceKind kind, byte[] bytes, boolean fromLibrary) {

    private static final String BUNDLED = "classpath*:data/lists/**/*";
    private static final String CORRECTIONS = "corrections";

    public Source(String origin, String fileName, SourceKind kind, byte[] bytes) {
        this(origin, fileName, kind, bytes, false);
    }

    /** A text of the law library. */
    public static Source fromLibrary(LawLibrary.Text text, byte[] bytes) {
        return new Source(text.path(), text.fileName(), SourceKind.LAW_TEXT, bytes, true);
    }

    /**
     * Files as given (a law text if named .md, or if a .txt or .docx holds one — {@link LawLines#looksLikeLawText};
     * else a list in whatever format its content shows); folders searched, sub-folders included, for law
     * texts and lists (.txt, .csv, .tsv, .xls, .xlsx, .xlsm, .docx), leaving out a corpus's own notes
     * (SOURCE.md, README.md, _index.md). Law texts first, then lists, each in the order of their paths.
     */
    public static List<Source> fromPaths(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> SourceKind.of(p.getFileName().toString()).isPresent())
                            .filter(p -> !isCorrection(path.relativize(p).toString()))
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the folder " + path, e);
                }
            } else if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("no such file or folder: " + path);
            } else {
                files.add(path);
            }
        }
        List<Source> sources = new ArrayList<>();
        for (Path file : files) {
            try {
                String name = file.getFileName().toString();
                byte[] bytes = Files.readAllBytes(file);
                sources.add(new Source(file.toString(), name, SourceKind.of(name, bytes), bytes));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return sorted(sources);
    }

    /**
     * The lists bundled with the product ({@code data/lists/}, in the jar or on the class path): the
     * Yulin list and the Karamay lists. The law texts they cite come from the law library with them.
     */
    public static List<Source> bundled() {
        try {
            List<Source> sources = new ArrayList<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(BUNDLED)) {
                String name = r.getFilename();
                if (name == null || !r.isReadable() || SourceKind.of(name).isEmpty() || isCorrection(r.getURL().toString())) {
                    continue;
                }
                String path = bundledPath(r);
                if (sources.stream().anyMatch(s -> s.origin().equals(path))) {
                    // The same folder can be on the class path twice (a test JVM's manifest class path).
                    continue;
                }
                try (InputStream in = r.getInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    sources.add(new Source(path, name, SourceKind.of(name, bytes), bytes));
                }
            }
            return sorted(sources);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled data", e);
        }
    }

    /** data/laws/x.md, as the file stands in the project, wherever the class path puts it. */
    private static String bundledPath(Resource r) throws IOException {
        String url = r.getURL().toString();
        int at = url.lastIndexOf("/data/");
        return at < 0 ? "data/" + r.getFilename() : url.substring(at + 1);
    }

    /**
     * Curated corrections (data/corrections/, e.g. the article-correspondence overrides) sit beside
     * the sources but are not lists or law texts: a folder load leaves them to the code that reads them.
     */
    private static boolean isCorrection(String path) {
        return path.replace('\\', '/').matches("(^|.*/)" + CORRECTIONS + "/.*");
    }

    private static List<Source> sorted(List<Source> sources) {
        sources.sort(Comparator.comparing(Source::kind).thenComparing(Source::origin));
        return sources;
    }
}
