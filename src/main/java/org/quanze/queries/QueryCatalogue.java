package org.quanze.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every query file the product runs, read from the class path and parsed once, on three shelves:
 * the pages' queries ({@code web/queries/}), the queries the impact and health reports run, which
 * pages show too ({@code queries-internal/}), and the public named queries ({@code queries/}).
 *
 * <p>The policy, checked when the catalogue loads, so that a bad file stops the start and names
 * itself: every file parses, every query carries a LIMIT (a page or a report never reads an
 * unbounded result; a report that needs more rows raises its LIMIT in the file, visibly), and a
 * name is on one shelf only. Each query runs with a timeout ({@link #DEFAULT_TIMEOUT} unless the
 * caller is configured otherwise) and its parameters bound as terms by {@link Bindings}.
 */
public final class QueryCatalogue {

    /** What a query may take when no timeout is configured. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** Where a query file lives, and so who may run it. */
    public enum Shelf {
        /** The queries behind the pages. */
        PAGES("web/queries/"),
        /** The queries of the impact and health reports (domain code), shown by pages too. */
        INTERNAL("queries-internal/"),
        /** The public named queries, with their documenting header. */
        NAMED("queries/");

        private final String folder;

        Shelf(String folder) {
            this.folder = folder;
        }

        public String folder() {
            return folder;
        }
    }

    /** One query file: its shelf, its name (the file name without {@code .rq}), its text and the parsed query. */
    public record QueryFile(Shelf shelf, String name, String text, Query query) {

        /** The file's path on the class path ({@code web/queries/home-lists.rq}). */
        public String path() {
            return shelf.folder() + name + ".rq";
        }
    }

    private static final class Bundled {
        private static final QueryCatalogue INSTANCE = load();
    }

    private final Map<Shelf, Map<String, QueryFile>> files;

    private QueryCatalogue(Map<Shelf, Map<String, QueryFile>> files) {
        this.files = files;
    }

    /** The catalogue of the query files on the class path, loaded on first use. */
    public static QueryCatalogue bundled() {
        return Bundled.INSTANCE;
    }

    static QueryCatalogue load() {
        Map<Shelf, Map<String, QueryFile>> files = new java.util.EnumMap<>(Shelf.class);
        Map<String, Shelf> seen = new HashMap<>();
        for (Shelf shelf : Shelf.values()) {
            Map<String, QueryFile> onShelf = new java.util.TreeMap<>();
            for (QueryFile f : read(shelf)) {
                Shelf other = seen.putIfAbsent(f.name(), shelf);
                if (other != null && shelf != Shelf.NAMED && other != Shelf.NAMED) {
                    throw new IllegalStateException(f.path() + ": the name " + f.name() + " is also on " + other.folder());
                }
                onShelf.put(f.name(), f);
            }
            files.put(shelf, java.util.Collections.unmodifiableMap(onShelf));
        }
        return new QueryCatalogue(files);
    }

    /** The files of one shelf, by name. */
    public List<QueryFile> all(Shelf shelf) {
        return List.copyOf(files.get(shelf).values());
    }

    /** Every file of every shelf. */
    public List<QueryFile> all() {
        return files.values().stream().flatMap(m -> m.values().stream()).toList();
    }

    public Optional<QueryFile> find(Shelf shelf, String name) {
        return Optional.ofNullable(files.get(shelf).get(name));
    }

    /** The query of that name on that shelf. */
    public Query query(Shelf shelf, String name) {
        return find(shelf, name).map(QueryFile::query)
                .orElseThrow(() -> new IllegalArgumentException("no query " + shelf.folder() + name + ".rq"));
    }

    /** The query of that name among those of the pages and the reports (names are unique there). */
    public Query query(String name) {
        return find(Shelf.PAGES, name).or(() -> find(Shelf.INTERNAL, name)).map(QueryFile::query)
                .orElseThrow(() -> new IllegalArgumentException("no query " + name + " in " + Shelf.PAGES.folder()
                        + " or " + Shelf.INTERNAL.folder()));
    }

    private static List<QueryFile> read(Shelf shelf) {
        try {
            List<QueryFile> read = new ArrayList<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + shelf.folder() + "*.rq")) {
                try (InputStream in = r.getInputStream()) {
                    String file = r.getFilename();
                    String name = file.substring(0, file.length() - ".rq".length());
                    read.add(parse(shelf, name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            read.sort(Comparator.comparing(QueryFile::name));
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the queries in " + shelf.folder(), e);
        }
    }

    /** Parses one file and checks it against the policy; an error names the file (and line and column). */
    static QueryFile parse(Shelf shelf, String name, String text) {
        String path = shelf.folder() + name + ".rq";
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(path + " line " + e.getLine() + ", column " + e.getColumn() + ": "
                    + e.getMessage(), e);
        }
        if (!query.hasLimit()) {
            throw new IllegalStateException(path + " has no LIMIT");
        }
        return new QueryFile(shelf, name, text, query);
    }
}
