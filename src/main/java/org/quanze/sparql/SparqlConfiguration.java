package org.quanze.sparql;

import java.net.URI;
import org.quanze.store.GraphStore;
import org.quanze.store.RemoteEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The public SPARQL routes, served by Fuseki over the embedded store, with CORS open for queries. */
@Configuration(proxyBeanMethods = false)
class SparqlConfiguration implements WebMvcConfigurer {

    /**
     * Fuseki over the store's own dataset when it lives in this process (started and stopped with
     * the server: {@link FusekiEndpoint} is a lifecycle); for a remote store, its own endpoints, to
     * which the public routes pass through (reads only).
     */
    @Bean
    SparqlBackend sparqlBackend(GraphStore store, SparqlProperties properties) {
        return store.localDataset().<SparqlBackend>map(dataset -> new FusekiEndpoint(dataset, properties))
                .orElseGet(() -> remote(store.remoteEndpoints().orElseThrow(
                        () -> new IllegalStateException("the store is neither in this process nor remote"))));
    }

    /** One HTTP client for every request passed on to the backend, with the endpoint's timeout. */
    @Bean
    ProtocolPassThrough protocolPassThrough(SparqlProperties properties) {
        return new ProtocolPassThrough(properties.timeout());
    }

    private static SparqlBackend remote(RemoteEndpoints endpoints) {
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
