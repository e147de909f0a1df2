package org.quanze.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.quanze.queries.Bindings;

/** Reads the citations of the loaded lists, in the order the lists print them. */
public final class Citations {

    /** List, then row (power), then column (role), then line in the cell, then place in the item. */
    public static final Comparator<CitationRecord> READING_ORDER = Comparator
            .comparing((CitationRecord c) -> c.source().list()).thenComparingInt(c -> c.source().row())
            .thenComparingInt(c -> c.source().column()).thenComparingInt(c -> c.written().line())
            .thenComparingInt(c -> c.written().ordinal()).thenComparing(CitationRecord::iri);

    private Citations() {
    }

    /** Every citation of every list. */
    public static List<CitationRecord> all(GraphReader reader) {
        return read(reader, Map.of());
    }

    /** Every citation of one list. */
    public static List<CitationRecord> ofList(GraphReader reader, String listIri) {
        return read(reader, ImpactQueries.iri("list", listIri));
    }

    /**
     * The citations of one version of a document, of every list or of one ({@code listIri} may be
     * null): bound in the query, so that only those citations are read — the impact report needs no more —
     * and read from the version's end ({@code impact-citations-of-version.rq}).
     */
    public static List<CitationRecord> ofVersion(GraphReader reader, String versionIri, String listIri) {
        Map<String, Node> params = new HashMap<>(ImpactQueries.iri("version", versionIri));
        if (listIri != null) {
            params.putAll(ImpactQueries.iri("list", listIri));
        }
        return read(reader, "impact-citations-of-version", params);
    }

    /**
     * The citations named, each in full (as {@link #ofVersion} reads them): a page of the impact report
     * reads those it shows; bound one value a citation in the query ({@code impact-citations-of-version.rq}).
     */
    public static List<CitationRecord> ofIris(GraphReader reader, List<String> iris) {
        if (iris.isEmpty()) {
            return List.of();
        }
        String name = "impact-citations-of-version";
        return read(ImpactQueries.list(reader, name, Bindings.bindEach(ImpactQueries.query(name), "citation",
                iris.stream().map(NodeFactory::createURI).toList()), CitationRecord.class));
    }

    private static List<CitationRecord> read(GraphReader reader, Map<String, Node> params) {
        return read(reader, "impact-citations", params);
    }

    private static List<CitationRecord> read(GraphReader reader, String query, Map<String, Node> params) {
        return read(ImpactQueries.whole(reader, query, params, CitationRecord.class));
    }

    private static List<CitationRecord> read(List<CitationRecord> rows) {
        // A unit or list may carry more than one label; one record per citation is kept.
        Map<String, CitationRecord> byIri = new LinkedHashMap<>();
        for (CitationRecord r : rows) {
            byIri.putIfAbsent(r.iri(), r);
        }
        List<CitationRecord> records = new ArrayList<>(byIri.values());
        records.sort(READING_ORDER);
        return records;
    }
}
