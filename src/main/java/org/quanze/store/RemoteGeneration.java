package org.quanze.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The generation of a remote store, which other processes (the CLI, other servers) may write too:
 * every write through Quanze ends by putting a graph of its own ({@code …/graph/generation}) that
 * names the write with a new identifier and its time. A server reads it at most once per
 * {@code poll}, so that what another Quanze process wrote is seen within that time. A store
 * written without Quanze has no such record: its changes are not seen.
 */
final class RemoteGeneration {

    private final String graph;
    private final Duration poll;
    private final Clock clock;
    private final Query read;
    private volatile Generation known;
    private volatile Instant readAt = Instant.EPOCH;

    RemoteGeneration(String graph, Duration poll, Clock clock) {
        this.graph = graph;
        this.poll = poll;
        this.clock = clock;
        this.read = QueryFactory.create("PREFIX dct: <http://purl.org/dc/terms/> SELECT ?id ?t WHERE { GRAPH <" + graph
                + "> { ?g dct:identifier ?id ; dct:modified ?t } } LIMIT 1");
        this.known = new Generation("none", clock.instant());
    }

    /** Records a write just made: the graph to put after the data, and the generation it makes. */
    Model written() {
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        Model m = ModelFactory.createDefaultModel();
        Resource g = m.createResource(graph);
        g.addProperty(DCTerms.identifier, id);
        g.addLiteral(DCTerms.modified, m.createTypedLiteral(now.toString(), XSDDatatype.XSDdateTime));
        known = new Generation(id, now);
        readAt = now;
        return m;
    }

    String graph() {
        return graph;
    }

    /** The generation, read again from the store when the last reading is older than the poll interval. */
    Generation current(Supplier<RDFConnection> connect) {
        Instant now = clock.instant();
        if (Duration.between(readAt, now).compareTo(poll) < 0) {
            return known;
        }
        synchronized (this) {
            if (Duration.between(readAt, clock.instant()).compareTo(poll) >= 0) {
                try (RDFConnection conn = connect.get()) {
                    conn.querySelect(read, row -> known = of(row));
                }
                readAt = clock.instant();
            }
        }
        return known;
    }

    private Generation of(QuerySolution row) {
        Instant when = Instant.parse(row.getLiteral("t").getLexicalForm());
        return new Generation(row.getLiteral("id").getLexicalForm(), when);
    }
}
