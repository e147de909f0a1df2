package org.quanze.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.quanze.graph.Iris;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;
import org.quanze.queries.Bindings;
import org.quanze.vocab.PROV;
import org.quanze.vocab.QZ;

/**
 * The health graph: one {@code qz:CitationFinding} per finding, naming its kind, the citation and
 * entry it is about, the source cell, what the list says and what is known instead. Everything
 * else a report shows (list, power, row, column, document) is joined from the list's own graph,
 * so the graph holds each fact once and the named query {@code citation-health} reads it directly.
 */
public final class HealthGraph {

    /**
     * The layout of the findings graphs and of the counts kept with them. Raised whenever a release
     * keeps something new there (2: findings per kind and powers per facet counted at load time; 3: the
     * duties, cases and citations of each list; 4: each list's coverage, the columns of /health's table; 5: each
     * file's citations of each version digested for the impact report; 6: and counted, for a document's page and
     * /laws), so that a store written before has everything recomputed instead of pages reading counts it lacks.
     */
    public static final int FORMAT = 6;

    private HealthGraph() {
    }

    /**
     * The health graph itself, {@code graph}: labelled (so that it shows the check was made) and with
     * the {@link #FORMAT} its findings graphs are written in.
     */
    public static Model marker(String graph) {
        Model m = write(graph, List.of());
        m.getResource(graph).addProperty(QZ.healthFormat, m.createTypedLiteral(String.valueOf(FORMAT), XSDDatatype.XSDinteger));
        return m;
    }

    /** Whether the store's findings graphs are in this release's {@link #FORMAT} (false when never computed). */
    public static boolean current(GraphReader reader, String graph) {
        return ImpactQueries.list(reader, "health-format", ImpactQueries.iri("g", graph), HealthFormat.class).stream()
                .anyMatch(f -> f.format() != null && f.format() == FORMAT);
    }

    /**
     * @param graph the graph's own name: it is labelled, so that a health graph with no finding
     *              still shows that the check was made
     */
    public static Model write(String graph, List<HealthFinding> findings) {
        Model m = ModelFactory.createDefaultModel();
        Resource self = m.createResource(graph);
        self.addProperty(RDFS.label, m.createLiteral("引用核查结果", "zh"));
        self.addProperty(RDFS.label, m.createLiteral("citation health findings", "en"));
        findings(m, findings);
        return m;
    }

    /**
     * The health graph of one list file: its findings, the file's graph it is about, and the level tags of
     * its citations per document (what the next load adds up to know a document's level from every list,
     * without reading every citation of the store).
     */
    public static Model write(Iris iris, String graph, String listGraph, List<HealthFinding> findings, LevelTags tags) {
        Model m = ModelFactory.createDefaultModel();
        Resource self = m.createResource(graph);
        self.addProperty(RDFS.label, m.createLiteral("引用核查结果", "zh"));
        self.addProperty(RDFS.label, m.createLiteral("citation health findings", "en"));
        self.addProperty(QZ.checkedGraph, m.createResource(listGraph));
        for (String document : tags.documents()) {
            tags.of(document).forEach((level, n) -> m.createResource(iris.levelTally(document, listGraph, level), QZ.Tally)
                    .addProperty(QZ.tallyOf, m.createResource(document)).addProperty(QZ.taggedLevel, m.createResource(level))
                    .addProperty(QZ.tallyCount, m.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger)));
        }
        findings(m, findings);
        return m;
    }

    private static void findings(Model m, List<HealthFinding> findings) {
        for (HealthFinding f : findings) {
            HealthFinding.Place p = f.place();
            HealthFinding.About a = f.about();
            HealthFinding.Found found = f.found();
            Resource r = m.createResource(f.iri(), QZ.CitationFinding);
            r.addProperty(QZ.findingKind, f.kind().resource());
            r.addProperty(RDFS.label, m.createLiteral(f.kind().code() + " " + p.fileName() + " r" + p.row() + "c"
                    + p.column() + (f.cites().reference() == null ? "" : " " + f.cites().reference()), "zh"));
            if (a.citation() != null) {
                r.addProperty(QZ.aboutCitation, m.createResource(a.citation()));
            }
            r.addProperty(QZ.aboutEntry, m.createResource(a.entry()));
            r.addProperty(QZ.findingRole, a.role().code());
            r.addProperty(PROV.wasDerivedFrom, m.createResource(p.cell()));
            r.addProperty(QZ.citedText, found.citedText());
            if (found.knownText() != null) {
                r.addProperty(QZ.knownText, found.knownText());
            }
            if (found.knownFrom() != null) {
                r.addProperty(QZ.knownFrom, found.knownFrom());
            }
            if (found.comparedWith() != null) {
                r.addProperty(QZ.comparedWith, m.createResource(found.comparedWith()));
            }
        }
    }

    /** Whether the health graph is in the store (the check was made), findings or none. */
    public static boolean computed(GraphReader reader, String graph) {
        return !ImpactQueries.list(reader, "health-computed", ImpactQueries.iri("g", graph), HealthLabel.class).isEmpty();
    }

    /** The findings stored in the health graph (of every list, or of one when {@code listIri} is given). */
    public static List<HealthFinding> read(GraphReader reader, String listIri) {
        Map<String, Node> params = listIri == null ? Map.of() : ImpactQueries.iri("list", listIri);
        return inOrder(ImpactQueries.whole(reader, "health-findings", params, HealthFinding.class), Integer.MAX_VALUE);
    }

    /**
     * The findings of those kinds only (of every list, or of one), and at most {@code most} of them: those
     * the store gives first, then put in the report's order. The kinds are bound in the query, so that a
     * page showing some kinds, or a part of one, reads no finding it does not show.
     */
    public static List<HealthFinding> read(GraphReader reader, String listIri, List<FindingKind> kinds, int most) {
        Map<String, Node> params = listIri == null ? Map.of() : ImpactQueries.iri("list", listIri);
        Query q = Bindings.bindEach(Bindings.bind(ImpactQueries.query("health-findings"), params), "kind",
                kinds.stream().map(k -> NodeFactory.createLiteralString(k.code())).toList());
        if (most < Integer.MAX_VALUE) {
            // A finding may come in more than one row (a list with two labels): rows enough for the findings asked.
            q.setLimit(2L * most);
        }
        return inOrder(ImpactQueries.list(reader, "health-findings", q, HealthFinding.class), most);
    }

    private static List<HealthFinding> inOrder(List<HealthFinding> rows, int most) {
        Map<String, HealthFinding> byIri = new LinkedHashMap<>();
        for (HealthFinding f : rows) {
            if (byIri.size() == most && !byIri.containsKey(f.iri())) {
                break;
            }
            byIri.putIfAbsent(f.iri(), f);
        }
        List<HealthFinding> findings = new ArrayList<>(byIri.values());
        findings.sort(CitationHealth.ORDER);
        return findings;
    }
}
