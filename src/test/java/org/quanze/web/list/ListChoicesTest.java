package org.quanze.web.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quanze.Fixtures;
import org.quanze.store.Tdb2Store;
import org.quanze.web.PageQueries;

/**
 * The forms' list choice: the first 200 lists by title (list-titles.rq), and first the one
 * asked for when they leave it out, so that the form shows the list a page is about.
 */
class ListChoicesTest {

    private static final ListChoice FIRST = new ListChoice("https://w3id.org/quanze/id/list/a", "阿勒泰地区保密局权责清单");
    private static final ListChoice LATER = new ListChoice("https://w3id.org/quanze/id/list/z", "遵义市国家保密局权责清单");

    @Test
    void shouldOfferTheListAskedForFirstWhenTheFormsListsLeaveItOut() {
        assertThat(ListChoices.offered(List.of(FIRST), LATER.list(), l -> l.equals(LATER.list()) ? Optional.of(LATER)
                : Optional.empty())).containsExactly(LATER, FIRST);
    }

    @Test
    void shouldOfferTheFormsListsAsTheyAreWhenTheyHoldTheListAskedForOrNoneIsAskedOrNoListHasThatIri() {
        assertThat(ListChoices.offered(List.of(FIRST), FIRST.list(), l -> Optional.of(LATER))).containsExactly(FIRST);
        assertThat(ListChoices.offered(List.of(FIRST), null, l -> Optional.of(LATER))).containsExactly(FIRST);
        assertThat(ListChoices.offered(List.of(FIRST), "https://w3id.org/quanze/id/list/none", l -> Optional.empty()))
                .containsExactly(FIRST);
    }

    /** A list left out of the form is found by its IRI with its title (list-titles.rq bound to it). */
    @Test
    void shouldFindAListByItsIriWithItsTitle() {
        try (Tdb2Store store = Fixtures.loadedStore()) {
            PageQueries queries = new PageQueries(store);
            assertThat(ListChoices.find(queries, "https://w3id.org/quanze/id/list/yulin-secrecy-bureau"))
                    .contains(new ListChoice("https://w3id.org/quanze/id/list/yulin-secrecy-bureau", "玉林市国家保密局权责清单"));
            assertThat(ListChoices.find(queries, "https://w3id.org/quanze/id/list/none")).isEmpty();
        }
    }
}
