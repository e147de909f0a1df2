package org.quanze.store;

import java.net.URI;

/**
 * The endpoints of a remote SPARQL 1.1 store: query (reads), update (the derived graph) and
 * Graph Store Protocol (loads, one graph at a time, replaced whole). For Fuseki, all three follow
 * from the dataset URL.
 */
public record RemoteEndpoints(URI query, URI update, URI graphStore) {

    /** The endpoints of a Fuseki dataset: {@code …/ds/sparql}, {@code …/ds/update}, {@code …/ds/data}. */
    public static RemoteEndpoints fuseki(String datasetUrl) {
        String base = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        return new RemoteEndpoints(URI.create(base + "/sparql"), URI.create(base + "/update"), URI.create(base + "/data"));
    }
}
