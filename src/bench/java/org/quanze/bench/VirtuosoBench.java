package org.quanze.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.riot.Lang;
import org.quanze.assembly.Assembly;
import org.quanze.store.GraphStore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Virtuoso's own bulk loader over the same quads Quanze wrote: the N-Quads export loaded into a
 * running Virtuoso with {@code ld_dir} and {@code rdf_loader_run} through {@code isql-vt}, then a
 * checkpoint, timed together. This is how a store of the benchmark's 1000× size goes into Virtuoso:
 * through the remote mode's Graph Store Protocol each graph would be one HTTP upload parsed by the
 * server in one transaction, while the bulk loader parses the file itself, in parallel, without
 * the transaction log.
 * <p>
 * The Virtuoso is the user's, started as the README's Virtuoso profile says, with the export's
 * folder among its {@code DirsAllowed}; it must hold none of Quanze's graphs yet (a second load of
 * the same quads would double nothing in a quad store, but would time nothing either).
 */
final class VirtuosoBench {

    private static final Pattern COUNT = Pattern.compile("^\\s*(\\d+)\\s*$", Pattern.MULTILINE);

    /**
     * Where the Virtuoso listens: its SQL port for isql-vt, its HTTP base for SPARQL, the dba password; and whether
     * its free-text index is built after the load and searched by the server ({@code --virtuoso-text-index}).
     */
    record Server(String sql, String http, String password, boolean textIndex) {

        String queryEndpoint() {
            return http + "/sparql";
        }

        /** The profile's anonymous Graph Store endpoint (the SPARQL user granted updates); the server only reads here. */
        String gspEndpoint() {
            return http + "/sparql-graph-crud";
        }
    }

    /** The Virtuoso given on the command line ({@code bench run --virtuoso-sql …}); picocli leaves it null when not. */
    static final class Options {
        @CommandLine.Option(names = "--virtuoso-sql", required = true, paramLabel = "HOST:PORT", description =
                "Also load the same quads into this running, empty Virtuoso with its bulk loader (isql-vt on its SQL "
                + "port; the --work folder among its DirsAllowed) and ask the same questions of the server over it.")
        String sql;
        @CommandLine.Option(names = "--virtuoso-http", defaultValue = "http://127.0.0.1:8890", paramLabel = "URL",
                description = "That Virtuoso's HTTP base (default: ${DEFAULT-VALUE}).")
        String http;
        @CommandLine.Option(names = "--virtuoso-password", defaultValue = "dba",
                description = "Its dba password (default: ${DEFAULT-VALUE}).")
        String password;
        @CommandLine.Option(names = "--virtuoso-text-index", description = "Build Virtuoso's free-text index after the "
                + "bulk load (timed apart; the rule and grant of the README's Virtuoso profile) and search with it.")
        boolean textIndex;

        Server server() {
            return new Server(sql, http, password, textIndex);
        }
    }

    /** Lines per file the export is cut into (at graph boundaries) for the bulk loader. */
    static final int PART_LINES = 1_000_000;

    /**
     * One bulk load: its time (load and checkpoint), the quads Virtuoso then holds in Quanze's graphs,
     * the files the export was cut into and the loaders run at once.
     */
    record Run(long millis, long quads, int files, int loaders, long indexMillis) {
    }

    private VirtuosoBench() {
    }

    /**
     * Cuts the N-Quads file {@code nquads} (a plain export, which tdbloader reads too) into the parts the bulk loader
     * reads, beside it; the number of files.
     */
    static int cutBeside(Path nquads) {
        return cut(nquads, parts(nquads.toAbsolutePath().getParent()), PART_LINES);
    }

    /** The folder of the parts in the work folder {@code work}. */
    static Path parts(Path work) {
        return work.toAbsolutePath().resolve("virtuoso-parts");
    }

    /**
     * Exports the store (its TDB2 folder must not be open elsewhere) straight into the parts the bulk loader reads, in
     * the work folder {@code work}, with no plain export between; the number of files.
     */
    static int exportParts(Path store, Path work) {
        try (GraphStore tdb = Assembly.standard().openEmbedded(store);
             QuadParts out = new QuadParts(parts(work), PART_LINES)) {
            tdb.export(out, Lang.NQUADS);
            IngestBench.release(tdb);
            out.close();
            return out.files();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads the parts in {@code parts} (gzip-compressed N-Quads, cut at graph boundaries, in a folder the Virtuoso
     * allows; {@code files} of them) into the empty Virtuoso {@code server}, one loader per core, as Virtuoso's guide
     * to bulk loading advises (the bulk loader reads one file per loader, and a blank node's label holds within one
     * file). The export and the cutting are not timed: they are the benchmark's, not the store's.
     */
    static Run load(Server server, Path parts, int files, String graphBase) {
        long before = quads(server, graphBase);
        if (before != 0) {
            throw new IllegalStateException("the Virtuoso at " + server.sql() + " already holds " + before
                    + " quads in Quanze's graphs (" + graphBase + "…): give the benchmark an empty one");
        }
        int loaders = Math.max(1, Math.min(files, Runtime.getRuntime().availableProcessors()));
        long start = System.nanoTime();
        // The parts' quads name their graphs; the third argument is only for triples without one.
        sql(server, "ld_dir('" + parts.toAbsolutePath() + "', '*.nq.gz', '" + graphBase + "unnamed');");
        List<CompletableFuture<String>> running = new ArrayList<>();
        for (int i = 0; i < loaders; i++) {
            running.add(CompletableFuture.supplyAsync(() -> sql(server, "rdf_loader_run();")));
        }
        running.forEach(CompletableFuture::join);
        if (failedFiles(server) != 0) {
            // Loaders that meet a language tag (or datatype) new to the store at the same moment both insert it,
            // and one fails its file ("SR197: Non unique primary key on DB.DBA.RDF_LANGUAGE", seen at 100x):
            // the files that failed are loaded again by one loader. Quads are a set: those already in are not doubled.
            sql(server, "UPDATE DB.DBA.LOAD_LIST SET ll_state = 0, ll_error = NULL WHERE ll_error IS NOT NULL;");
            sql(server, "rdf_loader_run();");
        }
        sql(server, "checkpoint;");
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (failedFiles(server) != 0) {
            throw new IllegalStateException("Virtuoso's bulk loader reported errors: "
                    + sql(server, "SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;"));
        }
        IngestBench.delete(parts);
        long indexMillis = server.textIndex() ? index(server) : 0;
        return new Run(millis, quads(server, graphBase), files, loaders, indexMillis);
    }

    /**
     * Builds the free-text index of every literal loaded (the profile's rule, then the indexer, then a checkpoint) and
     * grants the SPARQL user the indexer the server calls after each write; returns the milliseconds it took.
     */
    static long index(Server server) {
        long start = System.nanoTime();
        sql(server, "DB.DBA.RDF_OBJ_FT_RULE_ADD(null, null, 'index_local'); DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ(); "
                + "GRANT EXECUTE ON DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ TO \"SPARQL\"; "
            + "GRANT EXECUTE ON DB.DBA.VT_BATCH_REAL_PROCESS_1_DB_DBA_RDF_OBJ TO \"SPARQL\"; checkpoint;");
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The files of the load list the bulk loader failed. */
    private static long failedFiles(Server server) {
        return count(sql(server, "SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;"));
    }

    /**
     * Cuts an N-Quads file into gzip-compressed files of about {@code lines} lines each, a new one begun only where
     * the graph changes (the export writes a graph's quads together), so that no graph — and no blank
     * node — is split between two files. The number of files written.
     */
    static int cut(Path nquads, Path folder, int lines) {
        try (BufferedReader in = Files.newBufferedReader(nquads, StandardCharsets.UTF_8);
             QuadParts out = new QuadParts(folder, lines)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.line(line);
            }
            out.close();
            return out.files();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The graph term of an N-Quads line (its last term before the final dot), or "" for a triple. */
    static String graphOf(String line) {
        String t = line.stripTrailing();
        if (!t.endsWith(".")) {
            return "";
        }
        t = t.substring(0, t.length() - 1).stripTrailing();
        if (!t.endsWith(">")) {
            return "";
        }
        int open = t.lastIndexOf('<');
        if (open <= 0 || t.charAt(open - 1) == '^') {
            return "";   // a literal's datatype ends the line: a triple
        }
        // A triple ending with an IRI has two terms before it; a quad's graph has three (a literal's
        // spaces only make more).
        return t.substring(0, open).strip().split("\\s+").length >= 3 ? t.substring(open) : "";
    }

    /** The quads in Quanze's graphs (named under {@code graphBase}), counted by Virtuoso. */
    static long quads(Server server, String graphBase) {
        return count(sql(server, "SPARQL SELECT COUNT(*) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), '"
                + graphBase + "')) };"));
    }

    private static long count(String isqlOutput) {
        Matcher m = COUNT.matcher(isqlOutput);
        if (!m.find()) {
            throw new IllegalStateException("no count in isql-vt's answer: " + isqlOutput);
        }
        return Long.parseLong(m.group(1));
    }

    private static String sql(Server server, String statements) {
        return new Isql("isql-vt", server.sql(), server.password()).run(statements);
    }
}
