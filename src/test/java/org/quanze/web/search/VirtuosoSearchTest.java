package org.quanze.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.junit.jupiter.api.Test;
import org.quanze.RemoteFixture;
import org.quanze.queries.Row;
import org.quanze.store.RemoteStore;
import org.quanze.store.TextSearch;
import org.quanze.store.VirtuosoFreeText;
import org.quanze.web.PageQueries;

/**
 * The search narrowed by Virtuoso's free-text index finds what the scan finds, on a real Virtuoso loaded with the
 * law texts and the Yulin list through the remote store (which called the indexer after the load): the same hits,
 * each with the same text, power and list, for words of one and several runs of characters, in one list or all.
 */
class VirtuosoSearchTest {

    private static final String YULIN = "https://w3id.org/quanze/id/list/yulin-secrecy-bureau";

    private final RemoteStore virtuoso = RemoteFixture.loadedVirtuoso();
    private final PageQueries queries = new PageQueries(virtuoso);

    private Set<String> hits(TextSearch how, String words, String list) {
        Node inList = list == null ? null : NodeFactory.createURI(list);
        List<Row> rows = queries.rows(TextQueries.search(queries, how, words, inList));
        return rows.stream().map(r -> r.iri("hit") + " | " + r.text("literal") + " | " + r.text("power") + " | "
                + r.text("list")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void shouldFindWithTheIndexWhatTheScanFinds() {
        for (String words : List.of("收缴", "国家秘密", "保密行政管理部门", "处分", "责令", "秘")) {
            Set<String> scanned = hits(TextSearch.SCAN, words, null);
            assertThat(scanned).as(words).isNotEmpty();
            assertThat(hits(TextSearch.VIRTUOSO, words, null)).as(words).isEqualTo(scanned);
        }
    }

    @Test
    void shouldKeepTheWordsAsWrittenWhenTheyHoldSignsOrDigits() {
        // The index narrows by each run of characters; the scan's test keeps only texts holding the words whole.
        for (String words : List.of("国家秘密的", "依法收缴", "（一）", "2024年")) {
            assertThat(hits(TextSearch.VIRTUOSO, words, null)).as(words).isEqualTo(hits(TextSearch.SCAN, words, null));
        }
    }

    @Test
    void shouldFindInOneListWhatTheScanFindsThere() {
        Set<String> scanned = hits(TextSearch.SCAN, "收缴", YULIN);
        assertThat(scanned).isNotEmpty();
        assertThat(hits(TextSearch.VIRTUOSO, "收缴", YULIN)).isEqualTo(scanned);
    }

    /** The query Virtuoso is sent reads the texts through its index (else it would be the scan, at the scan's speed). */
    @Test
    void shouldAskVirtuosoForTheTextsByItsIndex() {
        Query narrowed = TextQueries.search(queries, TextSearch.VIRTUOSO, "收缴", null);
        Set<String> matched = new TreeSet<>();
        ElementWalker.walk(narrowed.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementSubQuery el) {
                ElementWalker.walk(el.getQuery().getQueryPattern(), this);
            }

            @Override
            public void visit(ElementPathBlock el) {
                el.getPattern().forEach(t -> {
                    if (VirtuosoFreeText.CONTAINS.equals(t.getPredicate()) && Var.alloc("literal").equals(t.getSubject())) {
                        matched.add(t.getObject().getLiteralLexicalForm());
                    }
                });
            }
        });
        assertThat(matched).containsExactly("\"收 缴\"");
        assertThat(TextQueries.search(queries, TextSearch.VIRTUOSO, "PDF", null).serialize()).doesNotContain("bif:contains");
    }
}
