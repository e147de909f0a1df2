package org.quanze.server;

import java.nio.file.Path;
import org.quanze.graph.Iris;
import org.quanze.graph.Ontology;
import org.quanze.ingest.columns.HeaderNames;
import org.quanze.load.Loader;
import org.quanze.store.GraphStore;
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
        return Tdb2Store.open(Path.of(properties.store().path()), iris.derivedGraph(), ontology);
    }

    @Bean
    Loader loader(GraphStore store, Iris iris, Ontology ontology) {
        return new Loader(store, iris, ontology, HeaderNames.standard());
    }
}
