package org.quanze.server;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import org.quanze.graph.Iris;
import org.quanze.graph.Ontology;
import org.quanze.ingest.columns.HeaderNames;
import org.quanze.impact.ImpactGraphs;
import org.quanze.load.ChangeLog;
import org.quanze.law.LawLibrary;
import org.quanze.load.Loader;
import org.quanze.store.GraphStore;
import org.quanze.store.RemoteEndpoints;
import org.quanze.store.RemoteStore;
import org.quanze.store.Tdb2Store;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one store of the server (TDB2 allows one JVM per folder) and what works on it. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    Ontology ontology() {
        return Ontology.load();
    }

    @Bean
    Iris iris(QuanzeProperties properties) {
        return new Iris(properties.baseIri());
    }

    @Bean(destroyMethod = "close")
    GraphStore graphStore(QuanzeProperties properties, Iris iris, Ontology ontology) {
        QuanzeProperties.Store store = properties.store();
        if (store.isRemote()) {
            return new RemoteStore(endpoints(store.remote()), iris.derivedGraph(), ontology);
        }
        return Tdb2Store.open(Path.of(store.path()), iris.derivedGraph(), ontology);
    }

    private static RemoteEndpoints endpoints(QuanzeProperties.Remote remote) {
        if (remote.url() == null && (remote.queryEndpoint() == null || remote.gspEndpoint() == null)) {
            throw new IllegalStateException("quanze.store.mode=remote needs quanze.store.remote.url (a Fuseki dataset "
                    + "URL) or quanze.store.remote.query-endpoint, update-endpoint and gsp-endpoint");
        }
        RemoteEndpoints fuseki = remote.url() == null ? null : RemoteEndpoints.fuseki(remote.url());
        return new RemoteEndpoints(
                remote.queryEndpoint() != null ? URI.create(remote.queryEndpoint()) : fuseki.query(),
                remote.updateEndpoint() != null ? URI.create(remote.updateEndpoint()) : fuseki.update(),
                remote.gspEndpoint() != null ? URI.create(remote.gspEndpoint()) : fuseki.graphStore());
    }

    /** The law library bundled with Quanze (data/laws), catalogued once. */
    @Bean
    LawLibrary lawLibrary() {
        return LawLibrary.bundled();
    }

    @Bean
    Loader loader(GraphStore store, Iris iris, Ontology ontology, ChangeLog changeLog, LawLibrary library) {
        return new Loader(store, iris, ontology, HeaderNames.standard()).with(library).with(changeLog)
                .with(new ImpactGraphs(iris, ontology).contributor(store));
    }

    @Bean
    ChangeLog changeLog(GraphStore store, Iris iris) {
        return new ChangeLog(store, iris, Clock.systemUTC());
    }
}
