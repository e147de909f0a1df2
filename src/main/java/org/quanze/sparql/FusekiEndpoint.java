package org.quanze.sparql;

import java.net.URI;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Fuseki, serving the embedded store read-only on a loopback port of its own; the app passes the
 * public {@code /sparql} and {@code /data} routes through to it, so users see one address while
 * the SPARQL protocol, content negotiation and result formats are Fuseki's.
 */
public final class FusekiEndpoint implements SmartLifecycle, SparqlBackend {

    private static final Logger LOG = LoggerFactory.getLogger(FusekiEndpoint.class);
    private static final String DATASET = "/ds";

    private final DatasetGraph dataset;
    private final SparqlProperties properties;
    private FusekiServer server;

    public FusekiEndpoint(DatasetGraph dataset, SparqlProperties properties) {
        this.dataset = dataset;
        this.properties = properties;
    }

    @Override
    public void start() {
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        DataService service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.GSP_R, "data")
                .build();
        server = FusekiServer.create()
                .port(0)
                .loopback(true)
                .enablePing(false)
                .enableStats(false)
                .registerOperation(Operation.Query, new CappedQueryService(properties.maxResults(), properties.timeout()))
                .add(DATASET, service)
                .build()
                .start();
        LOG.info("SPARQL endpoint (Fuseki) on loopback port {}, read-only, timeout {}, at most {} results",
                server.getHttpPort(), properties.timeout(), properties.maxResults());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Starts before the web server and stops after it, so that requests in flight at shutdown are answered. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    @Override
    public URI queryEndpoint() {
        return URI.create("http://127.0.0.1:" + server.getHttpPort() + DATASET + "/sparql");
    }

    @Override
    public URI graphStoreEndpoint() {
        return URI.create("http://127.0.0.1:" + server.getHttpPort() + DATASET + "/data");
    }
}
