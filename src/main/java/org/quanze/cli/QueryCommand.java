package org.quanze.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.quanze.queries.NamedQueries;
import org.quanze.queries.NamedQuery;
import org.quanze.store.GraphStore;
import org.quanze.vocab.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quanze query}: runs a SPARQL file or a named query against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query: a .rq file, or the name of a query in queries/ (see --list).",
                "The default graph is the union of all loaded graphs.",
                "Parameters of named queries are given as --param name=value and bound as RDF terms."})
final class QueryCommand extends StoreCommand {

    /** How results are printed. */
    enum Format { table, csv, tsv, json }

    @Parameters(paramLabel = "FILE.rq|NAME", arity = "0..1", description = "A query file or a named query.")
    private String target;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A value for a parameter of a named query.")
    private Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv, tsv or json for SELECT and ASK (default: ${DEFAULT-VALUE}); CONSTRUCT and DESCRIBE print Turtle.")
    private Format format;

    @Option(names = "--list", description = "List the named queries with their parameters and stop.")
    private boolean list;

    @Override
    public Integer call() {
        PrintWriter out = stdout();
        NamedQueries catalogue = NamedQueries.load();
        if (list || target == null) {
            for (NamedQuery q : catalogue.all()) {
                out.printf("%-32s %s | %s%n", q.name(), q.titleZh(), q.titleEn());
                q.parameters().forEach(p -> out.printf("%-32s   --param %s=… (%s, %s) %s%n", "", p.name(),
                        p.type().name().toLowerCase(java.util.Locale.ROOT), p.required() ? "required" : "optional", p.description()));
            }
            out.flush();
            return target == null && !list ? 2 : 0;
        }
        Query query = resolve(catalogue);
        try (GraphStore store = storeOptions.open()) {
            if (query.isSelectType()) {
                print(store.select(query), out);
            } else if (query.isAskType()) {
                out.println(store.ask(query));
            } else {
                var model = store.construct(query);
                model.setNsPrefixes(Prefixes.standard());
                out.flush();
                RDFDataMgr.write(System.out, model, Lang.TURTLE);
            }
            out.flush();
            return 0;
        }
    }

    private Query resolve(NamedQueries catalogue) {
        Path file = Path.of(target);
        if (target.endsWith(".rq") || Files.isRegularFile(file)) {
            if (!params.isEmpty()) {
                throw new IllegalArgumentException("--param binds parameters of named queries only; " + target + " is a file");
            }
            try {
                return QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            } catch (QueryParseException e) {
                throw new IllegalArgumentException(target + " line " + e.getLine() + ", column " + e.getColumn()
                        + ": " + e.getMessage());
            }
        }
        NamedQuery named = catalogue.find(target).orElseThrow(() -> new IllegalArgumentException(
                "no query file or named query " + target + " (quanze query --list shows the named queries)"));
        return named.bind(params);
    }

    private void print(ResultSetRewindable results, PrintWriter out) {
        out.flush();
        switch (format) {
            case csv -> ResultSetFormatter.outputAsCSV(System.out, results);
            case tsv -> ResultSetFormatter.outputAsTSV(System.out, results);
            case json -> ResultSetFormatter.outputAsJSON(System.out, results);
            default -> ResultSetFormatter.out(System.out, results, Prefixes.standard());
        }
        System.out.flush();
    }
}
