package org.quanze.sparql;

import java.net.URI;
import org.quanze.store.GraphStore;
import org.quanze.store.RemoteEndpoints;
import org.quanze.store.RemoteStore;
import org.quanze.store.Tdb2Store;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The public SPARQL routes, served by Fuseki over the embedded store, with CORS open for queries. */
@Configuration(proxyBeanMethods = false)
class SparqlConfiguration implements WebMvcConfigurer {

    @Bean
    @ConditionalOnProperty(name = "quanze.store.mode", havingValue = "embedded", matchIfMissing = true)
    FusekiEndpoint fusekiEndpoint(GraphStore store, SparqlProperties properties) {
        return new FusekiEndpoint(((Tdb2Store) store).datasetGraph(), properties);
    }

    /** In remote mode the public routes pass through to the remote store's own endpoints (reads only). */
    @Bean
    @ConditionalOnProperty(name = "quanze.store.mode", havingValue = "remote")
    SparqlBackend remoteBackend(GraphStore store) {
        RemoteEndpoints endpoints = ((RemoteStore) store).endpoints();
        return new SparqlBackend() {
            @Override
            public URI queryEndpoint() {
                return endpoints.query();
            }

            @Override
            public URI graphStoreEndpoint() {
                return endpoints.graphStore();
            }
        };
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/sparql", "/data", "/.well-known/void", "/dumps/**"}) {
            registry.addMapping(path).allowedOrigins("*").allowedMethods("GET", "POST", "OPTIONS")
                    .allowedHeaders("Accept", "Content-Type").exposedHeaders(CappedQueryService.LIMIT_HEADER)
                    .maxAge(3600);
        }
    }
}
