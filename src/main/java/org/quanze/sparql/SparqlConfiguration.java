package org.quanze.sparql;

import org.quanze.store.GraphStore;
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

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : new String[] {"/sparql", "/data", "/.well-known/void", "/dumps/**"}) {
            registry.addMapping(path).allowedOrigins("*").allowedMethods("GET", "POST", "OPTIONS")
                    .allowedHeaders("Accept", "Content-Type").exposedHeaders(CappedQueryService.LIMIT_HEADER)
                    .maxAge(3600);
        }
    }
}
