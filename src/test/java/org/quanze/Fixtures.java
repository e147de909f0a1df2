package org.quanze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.quanze.assembly.Assembly;
import org.quanze.graph.Iris;
import org.quanze.graph.Ontology;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadReport;
import org.quanze.load.Loader;
import org.quanze.load.Source;
import org.quanze.store.GraphStore;
import org.quanze.store.Tdb2Store;
import org.quanze.vocab.Prefixes;

/** The real data and a store loaded with it, as the tests use them. */
public final class Fixtures {

    public static final String YULIN = "data/lists/yulin-secrecy-bureau.txt";
    public static final Iris IRIS = Iris.standard();
    private static final Ontology ONTOLOGY = Ontology.load();
    /** The same composition root as the server and the CLI. */
    public static final Assembly ASSEMBLY = new Assembly(IRIS, ONTOLOGY);

    private Fixtures() {
    }

    public static Ontology ontology() {
        return ONTOLOGY;
    }

    public static byte[] bytes(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new in-memory store. */
    public static Tdb2Store emptyStore() {
        return ASSEMBLY.inMemory();
    }

    /** The loader with the impact graphs, as the tests have always loaded: no change log. */
    public static Loader loader(GraphStore store) {
        return ASSEMBLY.loader(store, Set.of(Assembly.Contribution.IMPACT_GRAPHS));
    }

    /** A new in-memory store holding the bundled data (the law texts and the Yulin list). */
    public static Tdb2Store loadedStore() {
        Tdb2Store store = emptyStore();
        LoadReport report = loader(store).load(yulinAndLaws(), LoadListener.NONE);
        if (report.hasFailures() || !report.written()) {
            throw new IllegalStateException("the bundled data did not load: " + report);
        }
        return store;
    }

    /**
     * A store holding everything bundled (every list, the law library), loaded once for the tests that only
     * read it; never closed, as it lives in memory.
     */
    public static Tdb2Store bundledStore() {
        return Bundled.STORE;
    }

    /** Loaded on first use. */
    private static final class Bundled {
        static final Tdb2Store STORE = load();

        private static Tdb2Store load() {
            Tdb2Store store = emptyStore();
            LoadReport report = loader(store).load(Source.bundled(), LoadListener.NONE);
            if (report.hasFailures() || !report.written()) {
                throw new IllegalStateException("the bundled data did not load: " + report);
            }
            return store;
        }
    }

    /** The four official texts of the secrecy law and its regulation (2010/2024, 2014/2024) the Yulin list cites. */
    public static final List<Path> SECRECY_TEXTS = List.of(Path.of("data/laws/secrecy-law-2010.md"),
            Path.of("data/laws/secrecy-law-2024.md"), Path.of("data/laws/secrecy-regulation-2014.md"),
            Path.of("data/laws/secrecy-regulation-2024.md"));

    /** The list files under {@code data/lists/} (every list the product bundles), in path order. */
    public static List<Path> bundledLists() {
        try (java.util.stream.Stream<Path> files = Files.walk(Path.of("data/lists"))) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> org.quanze.load.SourceKind.of(p.getFileName().toString()).isPresent()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The four secrecy texts and every bundled list, as paths a load reads. */
    public static List<Path> secrecyTextsAndLists() {
        List<Path> paths = new ArrayList<>(SECRECY_TEXTS);
        paths.addAll(bundledLists());
        return paths;
    }

    /** The four secrecy texts, as a load reads them. */
    public static List<Source> secrecyTexts() {
        return Source.fromPaths(SECRECY_TEXTS);
    }

    /** The law texts and the Yulin list: the data the Yulin facts are pinned against. */
    public static List<Source> yulinAndLaws() {
        List<Path> paths = new ArrayList<>(SECRECY_TEXTS);
        paths.add(Path.of(YULIN));
        return Source.fromPaths(paths);
    }

    /** Runs a SELECT (the standard prefixes are added) and gives each row as variable → text. */
    public static List<Map<String, String>> select(GraphStore store, String sparql) {
        ResultSetRewindable rs = store.select(QueryFactory.create(Prefixes.sparql() + sparql));
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String v : rs.getResultVars()) {
                RDFNode n = s.get(v);
                row.put(v, n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The single value of a one-variable, one-row SELECT. */
    public static String value(GraphStore store, String sparql) {
        List<Map<String, String>> rows = select(store, sparql);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new AssertionError("expected one value, got " + rows);
        }
        return rows.get(0).values().iterator().next();
    }

    /**
     * The lines of an article in a Markdown text of the law library, as the text's reader should give
     * them: its label ("第十七条") taken off, one paragraph or item per line, blank lines left out.
     */
    public static List<String> articleLines(Path lawText, String label) throws IOException {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String line : Files.readAllLines(lawText, java.nio.charset.StandardCharsets.UTF_8)) {
            if (line.startsWith(label + " ")) {
                in = true;
                lines.add(line.substring(label.length() + 1));
            } else if (in && (line.startsWith("#") || java.util.regex.Pattern.matches("^第[一二三四五六七八九十百]+条 .*", line))) {
                break;
            } else if (in && !line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }
}
