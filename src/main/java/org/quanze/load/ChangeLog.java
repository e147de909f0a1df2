package org.quanze.load;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.vocabulary.RDF;
import org.quanze.graph.Iris;
import org.quanze.store.GraphStore;
import org.quanze.vocab.PROV;
import org.quanze.vocab.QZ;

/**
 * Records every write in the graph itself ({@code …/graph/changes}): who, when, what kind of
 * change, which file with its hash, and which graph it replaced. Written in the same transaction
 * as the load it records, so the log never says more or less than what happened.
 */
public final class ChangeLog implements Loader.Contributor {

    private static final Query LOG = QueryFactory.create("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");

    private final GraphStore store;
    private final Iris iris;
    private final Clock clock;

    public ChangeLog(GraphStore store, Iris iris, Clock clock) {
        this.store = store;
        this.iris = iris;
        this.clock = clock;
    }

    public String graph() {
        return iris.changesGraph();
    }

    @Override
    public List<GraphStore.GraphUpdate> contribute(List<FileReport> reports, List<GraphStore.GraphUpdate> updates,
                                                   LoadOptions options) {
        Model log = current();
        Instant now = clock.instant();
        int n = 0;
        for (GraphStore.GraphUpdate update : updates) {
            String kind = options.revisionOf() != null ? "publish" : options.force() ? "reload" : "load";
            Resource change = entry(log, now, ++n, kind, options.actor());
            change.addProperty(QZ.changedGraph, log.createResource(update.graphName()));
            if (options.revisionOf() != null) {
                edition(log, update, options.revisionOf(), now);
            }
            update.content().listSubjectsWithProperty(RDF.type, QZ.SourceFile).forEachRemaining(file -> {
                file.listProperties(QZ.fileName).forEachRemaining(st -> change.addProperty(QZ.fileName, st.getObject()));
                file.listProperties(QZ.sha256).forEachRemaining(st -> change.addProperty(QZ.sha256, st.getObject()));
            });
        }
        return List.of(new GraphStore.GraphUpdate(graph(), log));
    }

    /**
     * A published edition: each list the update writes is a revision of the list named, generated now.
     * Kept in the log (not in the list's own graph, which is the file's), so that a reload of the file
     * does not lose who published it when.
     */
    private static void edition(Model log, GraphStore.GraphUpdate update, String previous, Instant now) {
        update.content().listSubjectsWithProperty(RDF.type, QZ.PowerList).forEachRemaining(list -> {
            Resource edition = log.createResource(list.getURI());
            edition.addProperty(PROV.wasRevisionOf, log.createResource(previous));
            edition.addLiteral(PROV.generatedAtTime, log.createTypedLiteral(now.toString(), XSDDatatype.XSDdateTime));
        });
    }

    /** The log with one more entry (a restore, which replaces everything, records itself afterwards). */
    public GraphStore.GraphUpdate record(String kind, String actor, String fileName, String sha256) {
        Model log = current();
        Resource change = entry(log, clock.instant(), 1, kind, actor);
        change.addProperty(QZ.fileName, fileName);
        if (sha256 != null) {
            change.addProperty(QZ.sha256, sha256);
        }
        return new GraphStore.GraphUpdate(graph(), log);
    }

    private Resource entry(Model log, Instant when, int n, String kind, String actor) {
        Resource change = log.createResource(iris.change(when, n), QZ.Change);
        change.addLiteral(PROV.endedAtTime, log.createTypedLiteral(when.toString(), XSDDatatype.XSDdateTime));
        change.addProperty(QZ.changeKind, kind);
        change.addProperty(QZ.actor, actor);
        return change;
    }

    private Model current() {
        Model log = store.construct(QueryTransformOps.transform(LOG,
                java.util.Map.of(Var.alloc("g"), NodeFactory.createURI(graph()))));
        return log;
    }

}
