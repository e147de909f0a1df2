package org.quanze.graph;

import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.quanze.ingest.Codes;
import org.quanze.vocab.QZ;

/**
 * What a list holds beside its powers, counted per list at load time for the home page's totals: the code
 * ({@code duty}, {@code accountability-case}, {@code citation}) is the {@code ?member} of
 * {@code impact-member-tallies.rq} and the segment of a member tally's IRI; the class is its {@code qz:tallyClass}.
 * A list's powers are counted by the powers page's facet tally of the list itself ({@link PowerFacet#LIST}).
 */
public enum ListMember {
    /** The duties of the list's powers (qz:hasDuty). */
    DUTY(QZ.Duty),
    /** The accountability cases of the list's powers (qz:hasAccountabilityCase). */
    ACCOUNTABILITY_CASE(QZ.AccountabilityCase),
    /** The citations of the list: of its powers, duties and cases, one by one or as a whole. */
    CITATION(QZ.Citation);

    private final Resource type;

    ListMember(Resource type) {
        this.type = type;
    }

    public Resource type() {
        return type;
    }

    public String code() {
        return Codes.of(this);
    }

    public static Optional<ListMember> ofCode(String code) {
        return Codes.find(ListMember.class, code);
    }
}
