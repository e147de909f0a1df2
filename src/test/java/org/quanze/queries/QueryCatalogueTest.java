package org.quanze.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.quanze.queries.QueryCatalogue.Shelf;

class QueryCatalogueTest {

    @Test
    void shouldHoldEveryQueryFileOfTheProductOnItsShelf() {
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        assertThat(catalogue.all(Shelf.PAGES)).hasSizeGreaterThan(30);
        assertThat(catalogue.all(Shelf.INTERNAL)).extracting(QueryCatalogue.QueryFile::name)
                .contains("impact-citations", "health-findings");
        assertThat(catalogue.all(Shelf.NAMED)).hasSameSizeAs(NamedQueries.load().all());
        assertThat(catalogue.find(Shelf.PAGES, "home-lists").orElseThrow().path()).isEqualTo("web/queries/home-lists.rq");
    }

    @Test
    void shouldGiveEveryQueryALimit() {
        assertThat(QueryCatalogue.bundled().all()).allSatisfy(f -> assertThat(f.query().hasLimit()).as(f.path()).isTrue());
    }

    @Test
    void shouldRefuseAFileWithoutALimitNamingIt() {
        assertThatThrownBy(() -> QueryCatalogue.parse(Shelf.PAGES, "unbounded", "SELECT ?s WHERE { ?s ?p ?o }"))
                .hasMessage("web/queries/unbounded.rq has no LIMIT");
        assertThatThrownBy(() -> QueryCatalogue.parse(Shelf.INTERNAL, "broken", "SELECT ?s WHERE { ?s ?p }"))
                .hasMessageStartingWith("queries-internal/broken.rq line 1");
    }

    @Test
    void shouldKeepTheDomainOffThePagesShelf() {
        assertThatThrownBy(() -> org.quanze.reading.ImpactQueries.query("home-lists"))
                .hasMessageContaining("queries-internal/home-lists.rq");
    }
}
