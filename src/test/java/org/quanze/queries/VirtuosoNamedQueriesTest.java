package org.quanze.queries;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.quanze.RemoteFixture;
import org.quanze.store.GraphStore;
import org.quanze.store.RemoteStore;

/**
 * The same named queries, with the same expected answers, against a real Virtuoso in remote-store
 * mode: the law texts and the Yulin list are loaded through its Graph Store Protocol endpoint.
 */
class VirtuosoNamedQueriesTest extends NamedQuerySuite {

    private static RemoteStore store;

    @BeforeAll
    static void start() throws Exception {
        store = RemoteFixture.loadedVirtuoso();
    }

    @Override
    GraphStore store() {
        return store;
    }

    /**
     * What Virtuoso 7.2.5 answers otherwise, as found by this suite: the work left for issue 17. It
     * loses the bindings of an OPTIONAL whose UNION joins variables bound outside it; three queries
     * that it answers in under a second with the parameter unbound do not finish in 15 s with the
     * example's IRI bound in its place.
     */
    @Override
    Map<String, String> knownToDiffer() {
        return Map.of(
                "duties-per-unit", "OPTIONAL { {…} UNION {?power …} BIND(?duty …) }: no duty counted as based",
                "power-chain", "OPTIONAL { {?duty …} UNION {?power …} … }: the bases of the duties are lost",
                "article-citers", "no answer within the time with ?article bound",
                "article-successors", "no answer within the time with ?article bound",
                "citation-health", "no answer within the time with ?list bound");
    }
}
