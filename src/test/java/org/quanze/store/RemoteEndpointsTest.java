package org.quanze.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class RemoteEndpointsTest {

    private final RemoteEndpoints virtuoso = RemoteEndpoints.of(null, "http://127.0.0.1:8890/sparql", null,
            "http://127.0.0.1:8890/sparql-graph-crud", null, null);

    @Test
    void shouldSendAQueryAsItIsWithoutAPrefix() {
        var query = QueryFactory.create("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1");
        assertThat(virtuoso.queryPrefix()).isNull();
        assertThat(virtuoso.queryText(query)).isEqualTo(query.toString());
        assertThat(virtuoso.update()).isEqualTo(URI.create("http://127.0.0.1:8890/sparql"));
    }

    @Test
    void shouldPutThePrefixOnItsOwnLineBeforeTheQuery() {
        var query = QueryFactory.create("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1");
        RemoteEndpoints ordered = virtuoso.withQueryPrefix("  DEFINE sql:select-option \"order\"  ");
        assertThat(ordered.queryText(query)).isEqualTo("DEFINE sql:select-option \"order\"\n" + query);
        assertThat(ordered.toString()).endsWith(", query prefix DEFINE sql:select-option \"order\"");
        assertThat(ordered.withQueryPrefix(" ").queryPrefix()).as("blank is none").isNull();
        assertThat(ordered.graphStore()).isEqualTo(virtuoso.graphStore());
    }

    @Test
    void shouldScanTheTextsUnlessToldOfTheStoresIndex() {
        assertThat(virtuoso.textSearch()).isEqualTo(TextSearch.SCAN);
        RemoteEndpoints indexed = virtuoso.withQueryPrefix("DEFINE x 1").withTextSearch(TextSearch.VIRTUOSO);
        assertThat(indexed.textSearch()).isEqualTo(TextSearch.VIRTUOSO);
        assertThat(indexed.queryPrefix()).as("kept").isEqualTo("DEFINE x 1");
        assertThat(indexed.withQueryPrefix(null).textSearch()).as("kept").isEqualTo(TextSearch.VIRTUOSO);
        assertThat(indexed.toString()).endsWith(", text index virtuoso");
        assertThat(virtuoso.toString()).doesNotContain("text index");
    }
}
