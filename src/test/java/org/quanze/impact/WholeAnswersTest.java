package org.quanze.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;

/**
 * What must be read whole (every citation of the store for a recompute, every list file's counts) is
 * refused when the answer reaches the query's LIMIT, rather than taken for all: a recompute of the 100×
 * store read the first 100,000 of its citations and wrote no finding for the lists past them.
 */
class WholeAnswersTest {

    private static final String LIST_GRAPHS = "impact-list-graphs";

    @Test
    void shouldRefuseAnAnswerCutShortByItsLimit() {
        GraphReader reader = GraphReader.of(Fixtures.bundledStore());
        int lists = ImpactQueries.whole(reader, LIST_GRAPHS, java.util.Map.of(), GraphListRow.class).size();
        assertThat(lists).as("the bundled lists, each with its file's graph").isEqualTo(12);

        Query cut = ImpactQueries.query(LIST_GRAPHS).cloneQuery();
        cut.setLimit(lists - 1);
        assertThatThrownBy(() -> ImpactQueries.whole(reader, LIST_GRAPHS, cut, GraphListRow.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("impact-list-graphs.rq")
                .hasMessageContaining("LIMIT " + (lists - 1));
        Query enough = ImpactQueries.query(LIST_GRAPHS).cloneQuery();
        enough.setLimit(lists + 1);
        assertThat(ImpactQueries.whole(reader, LIST_GRAPHS, enough, GraphListRow.class)).hasSize(lists);
    }
}
