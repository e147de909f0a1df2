package org.quanze.server;

import java.nio.file.Path;
import java.time.Clock;
import org.quanze.assembly.Assembly;
import org.quanze.graph.Iris;
import org.quanze.graph.Ontology;
import org.quanze.impact.ImpactGraphs;
import org.quanze.law.LawLibrary;
import org.quanze.load.ChangeLog;
import org.quanze.load.FirstLoad;
import org.quanze.load.Loader;
import org.quanze.store.GraphStore;
import org.quanze.store.RemoteEndpoints;
import org.quanze.store.TextSearch;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one store of the server (TDB2 allows one JVM per folder) and what works on it, from the {@link Assembly}. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    @Bean
    Assembly assembly(QuanzeProperties properties) {
        return Assembly.named(properties.baseIri());
    }

    /** The one clock of the server (the change log's, today for the changes ahead); tests replace it with a fixed one. */
    /** Where the start is until the store can answer: the pages hold back until then (the bundled data's first load). */
    @Bean
    FirstLoad firstLoad() {
        return new FirstLoad();
    }

    @Bean
    Clock clock(Assembly assembly) {
        return assembly.clock();
    }

    @Bean
    Ontology ontology(Assembly assembly) {
        return assembly.ontology();
    }

    @Bean
    Iris iris(Assembly assembly) {
        return assembly.iris();
    }

    @Bean(destroyMethod = "close")
    GraphStore graphStore(QuanzeProperties properties, Assembly assembly) {
        QuanzeProperties.Store store = properties.store();
        return switch (store.mode()) {
            case EMBEDDED -> assembly.openEmbedded(Path.of(store.path()));
            case REMOTE -> assembly.openRemote(endpoints(store.remote()));
        };
    }

    private static RemoteEndpoints endpoints(QuanzeProperties.Remote remote) {
        try {
            return RemoteEndpoints.of(remote.url(), remote.queryEndpoint(), remote.updateEndpoint(), remote.gspEndpoint(),
                    remote.user(), remote.password()).withQueryPrefix(remote.queryPrefix())
                    .withTextSearch(TextSearch.ofRemoteSetting(remote.textIndex()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("quanze.store.mode=remote needs quanze.store.remote.url (a Fuseki dataset "
                    + "URL) or quanze.store.remote.query-endpoint and gsp-endpoint (and update-endpoint when it is not "
                    + "the query endpoint); user and password together; text-index none or virtuoso: " + e.getMessage(), e);
        }
    }

    /** The law library bundled with Quanze (data/laws), catalogued once. */
    @Bean
    LawLibrary lawLibrary(Assembly assembly) {
        return assembly.library();
    }

    @Bean
    Loader loader(Assembly assembly, GraphStore store) {
        return assembly.loader(store);
    }

    @Bean
    ChangeLog changeLog(Assembly assembly, GraphStore store) {
        return assembly.changeLog(store);
    }

    @Bean
    ImpactGraphs impactGraphs(Assembly assembly) {
        return assembly.impactGraphs();
    }
}
