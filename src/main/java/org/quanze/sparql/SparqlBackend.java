package org.quanze.sparql;

import java.net.URI;

/** Where the public SPARQL routes are passed on to: the embedded Fuseki, or a remote store's endpoints. */
public interface SparqlBackend {

    /** The SPARQL 1.1 query endpoint. */
    URI queryEndpoint();

    /** The Graph Store Protocol endpoint, used for reads only. */
    URI graphStoreEndpoint();
}
