package org.quanze.web.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quanze.impact.correspondence.ChangeType;
import org.quanze.impact.report.ImpactReport;
import org.quanze.impact.report.ImpactTally;
import org.quanze.web.list.ListChoice;

/**
 * The impact form's list choice: the lists list-choices.rq gives (the first 200 by title), and the one
 * a report was asked for when they leave it out, so that the form shows the list reported on.
 */
class ImpactListChoiceTest {

    private static final ListChoice FIRST = new ListChoice("https://w3id.org/quanze/id/list/a", "阿勒泰地区保密局权责清单");
    private static final String LATER = "https://w3id.org/quanze/id/list/z";
    private static final ImpactReport REPORT = new ImpactReport("保守国家秘密法", null, null, LATER,
            List.of(new ImpactTally(LATER + "/power/1/power-basis/1/1", LATER, "遵义市国家保密局权责清单", LATER + "/power/1", 1,
                    "保密业务科", 45, ChangeType.MERGED, false)), List.of(), 1);

    @Test
    void shouldOfferTheListAskedForFirstWhenTheFormsListsLeaveItOut() {
        assertThat(ImpactController.offered(List.of(FIRST), LATER, REPORT)).extracting(ListChoice::list, ListChoice::title)
                .containsExactly(tuple(LATER, "遵义市国家保密局权责清单"), tuple(FIRST.list(), FIRST.title()));
    }

    @Test
    void shouldOfferTheFormsListsAsTheyAreWhenTheyHoldTheListAskedForOrNoneIsAsked() {
        assertThat(ImpactController.offered(List.of(FIRST), FIRST.list(), REPORT)).containsExactly(FIRST);
        assertThat(ImpactController.offered(List.of(FIRST), null, REPORT)).containsExactly(FIRST);
    }
}
