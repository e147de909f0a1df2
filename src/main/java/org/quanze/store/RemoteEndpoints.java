package org.quanze.store;

import java.net.URI;
import org.apache.jena.query.Query;

/**
 * The endpoints of a remote SPARQL 1.1 store: query (reads), update (the derived graph) and
 * Graph Store Protocol (loads, one graph at a time, replaced whole). For Fuseki, all three follow
 * from the dataset URL; for Virtuoso they are {@code /sparql} (query and update) and
 * {@code /sparql-graph-crud} (or {@code /sparql-graph-crud-auth} with a user). A user and password,
 * when given, answer the store's challenge (HTTP Basic or Digest) on every endpoint. A query prefix, when
 * given, is sent before the text of every query: an engine's own directives that standard SPARQL has no
 * words for (Virtuoso: {@code DEFINE sql:select-option "order"}, which joins in the order the query is
 * written instead of searching for a plan — seconds on a page query with many OPTIONALs). The store's free-text
 * index, when it has one Quanze can use ({@link TextSearch#VIRTUOSO}); a scan of the texts otherwise.
 */
public record RemoteEndpoints(URI query, URI update, URI graphStore, String user, String password, String queryPrefix,
        TextSearch textSearch) {

    public RemoteEndpoints {
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("a remote store's user and password go together: give both or neither");
        }
        queryPrefix = queryPrefix == null || queryPrefix.isBlank() ? null : queryPrefix.strip();
        textSearch = textSearch == null ? TextSearch.SCAN : textSearch;
        if (textSearch == TextSearch.LUCENE) {
            throw new IllegalArgumentException("a remote store has no Lucene index of Quanze's: none or virtuoso");
        }
    }

    /** Endpoints with credentials, without a query prefix or a text index. */
    public RemoteEndpoints(URI query, URI update, URI graphStore, String user, String password) {
        this(query, update, graphStore, user, password, null, null);
    }

    /** Endpoints without credentials. */
    public RemoteEndpoints(URI query, URI update, URI graphStore) {
        this(query, update, graphStore, null, null);
    }

    /** The same endpoints, every query sent with {@code prefix} before it (none when null or blank). */
    public RemoteEndpoints withQueryPrefix(String prefix) {
        return new RemoteEndpoints(query, update, graphStore, user, password, prefix, textSearch);
    }

    /** The same endpoints, the texts found by the store's free-text index of that kind. */
    public RemoteEndpoints withTextSearch(TextSearch search) {
        return new RemoteEndpoints(query, update, graphStore, user, password, queryPrefix, search);
    }

    /** The text sent for {@code query}: the prefix, if any, then the query as Jena writes it. */
    public String queryText(Query query) {
        return queryPrefix == null ? query.toString() : queryPrefix + "\n" + query;
    }

    /** The endpoints of a Fuseki dataset: {@code …/ds/sparql}, {@code …/ds/update}, {@code …/ds/data}. */
    public static RemoteEndpoints fuseki(String datasetUrl) {
        String base = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        return new RemoteEndpoints(URI.create(base + "/sparql"), URI.create(base + "/update"), URI.create(base + "/data"));
    }

    /**
     * The endpoints of a dataset URL (Fuseki's names, when {@code url} is given), each replaced by the one
     * named on its own; the query and graph-store endpoints are needed one way or the other, and the
     * update endpoint is the query endpoint when neither names it (as on Virtuoso).
     */
    public static RemoteEndpoints of(String url, String query, String update, String graphStore, String user,
            String password) {
        RemoteEndpoints fuseki = url == null ? null : fuseki(url);
        if (fuseki == null && (query == null || graphStore == null)) {
            throw new IllegalArgumentException("a remote store needs a Fuseki dataset URL, or its query and "
                    + "graph-store endpoints (and its update endpoint when that is not the query endpoint)");
        }
        URI queryUri = query != null ? URI.create(query) : fuseki.query();
        URI updateUri = update != null ? URI.create(update) : fuseki != null ? fuseki.update() : queryUri;
        URI gsp = graphStore != null ? URI.create(graphStore) : fuseki.graphStore();
        return new RemoteEndpoints(queryUri, updateUri, gsp, user, password);
    }

    public boolean hasCredentials() {
        return user != null;
    }

    /** Shows the endpoints, never the password. */
    @Override
    public String toString() {
        return "query " + query + ", update " + update + ", graph store " + graphStore + (user == null ? "" : ", user " + user)
                + (queryPrefix == null ? "" : ", query prefix " + queryPrefix)
                + (textSearch == TextSearch.SCAN ? "" : ", text index " + textSearch.name().toLowerCase(java.util.Locale.ROOT));
    }
}
