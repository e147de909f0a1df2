package org.quanze.graph;

import java.util.Optional;
import org.quanze.ingest.Codes;

/**
 * A facet the powers page filters by, and counts the powers of: the code ({@code category}, {@code unit},
 * {@code list}) is the {@code ?facet} of the powers-facets queries, the segment of a facet tally's IRI
 * and its {@code qz:tallyFacet}.
 */
public enum PowerFacet {
    /** The power's category (qz:category). */
    CATEGORY,
    /** The power's undertaking unit (qz:undertakingUnit). */
    UNIT,
    /** The list the power is in. */
    LIST;

    public String code() {
        return Codes.of(this);
    }

    public static Optional<PowerFacet> ofCode(String code) {
        return Codes.find(PowerFacet.class, code);
    }
}
