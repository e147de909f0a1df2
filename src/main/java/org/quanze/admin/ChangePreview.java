package org.quanze.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.vocabulary.RDF;
import org.quanze.store.GraphStore;
import org.quanze.vocab.PROV;
import org.quanze.vocab.QZ;

/**
 * What a load would change, graph by graph: the powers (of a list) or articles (of a law text)
 * added, removed and changed, by comparing the graph the load would write with the one stored.
 * A power has changed when any cell it was read from reads differently; an article when its text does.
 */
final class ChangePreview {

    /** Numbers in numeric order (2 before 10); anything else after them. */
    private static final java.util.Comparator<String> NUMERIC = java.util.Comparator
            .comparing((String k) -> k.matches("\\d+") ? Integer.parseInt(k) : Integer.MAX_VALUE).thenComparing(k -> k);
    private static final Query GRAPH = QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");

    /** The changes to one graph. */
    record GraphChange(String graph, String kind, List<String> added, List<String> removed, List<String> changed,
                       int unchanged) {
        boolean isNew() {
            return removed.isEmpty() && changed.isEmpty() && unchanged == 0;
        }
    }

    private ChangePreview() {
    }

    static List<GraphChange> of(List<GraphStore.GraphUpdate> updates, GraphStore store) {
        List<GraphChange> changes = new ArrayList<>();
        for (GraphStore.GraphUpdate update : updates) {
            Model stored = store.construct(QueryTransformOps.transform(GRAPH,
                    Map.of(Var.alloc("g"), NodeFactory.createURI(update.graphName()))));
            Model fresh = update.content();
            if (fresh.contains(null, RDF.type, QZ.PowerList)) {
                changes.add(compare(update.graphName(), "powers", powers(stored), powers(fresh)));
            } else if (fresh.contains(null, QZ.hasOfficialText, (RDFNode) null)) {
                changes.add(compare(update.graphName(), "articles", articles(stored), articles(fresh)));
            }
        }
        return changes;
    }

    private static GraphChange compare(String graph, String kind, Map<String, String> before, Map<String, String> after) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int same = 0;
        for (var e : after.entrySet()) {
            String old = before.get(e.getKey());
            if (old == null) {
                added.add(e.getKey());
            } else if (!old.equals(e.getValue())) {
                changed.add(e.getKey());
            } else {
                same++;
            }
        }
        List<String> removed = before.keySet().stream().filter(k -> !after.containsKey(k)).toList();
        return new GraphChange(graph, kind, added, removed, changed, same);
    }

    /** Each power's number → the texts of the cells it was read from, in column order. */
    private static Map<String, String> powers(Model m) {
        Map<String, String> powers = new TreeMap<>(NUMERIC);
        m.listSubjectsWithProperty(RDF.type, QZ.Power).forEachRemaining(p -> {
            TreeMap<Integer, String> cells = new TreeMap<>();
            p.listProperties(PROV.wasDerivedFrom).forEachRemaining(st -> {
                Resource cell = st.getResource();
                if (cell.hasProperty(QZ.column) && cell.hasProperty(QZ.cellText)) {
                    cells.put(cell.getProperty(QZ.column).getInt(), cell.getProperty(QZ.cellText).getString());
                }
            });
            powers.put(number(p), String.join("\u0000", cells.values()));
        });
        return powers;
    }

    /** Each article's number → its text. */
    private static Map<String, String> articles(Model m) {
        Map<String, String> articles = new TreeMap<>(NUMERIC);
        m.listSubjectsWithProperty(RDF.type, QZ.Article).forEachRemaining(a -> {
            if (a.hasProperty(QZ.text)) {
                articles.put(a.getProperty(QZ.articleNumber).getString(), a.getProperty(QZ.text).getString());
            }
        });
        return articles;
    }

    /** The number of a power, as the key that orders and matches powers across editions. */
    private static String number(Resource power) {
        return power.hasProperty(QZ.number) ? power.getProperty(QZ.number).getString() : power.getURI();
    }

}
