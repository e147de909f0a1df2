package org.quanze.graph;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.quanze.ingest.Codes;
import org.quanze.ingest.Coded;
import org.quanze.vocab.QZ;

/**
 * The cell a citation was read from, by what it backs: the power itself (实施依据), a duty or all the
 * duties (责任事项依据), a case or all the cases (追责依据). The code is the citation's IRI segment
 * ({@code …/power/2/duty-basis/3/1}), its anchor on the power's page, the {@code role} of the reports
 * and the key of the page's messages. The queries do not write the codes: they say what kind of entry
 * a citation backs, as its class ({@code qz:Power}, {@code qz:Duty}, {@code qz:AccountabilityCase}: the
 * {@code ?role} of {@code impact-citations.rq}), and {@link #backing} or {@link #isNamedBy} turns that into
 * the role, so the codes have this one owner. A finding stores the role's code, which names it too.
 */
public enum CitationRole implements Coded {
    POWER_BASIS(QZ.Power, "power-basis"),
    DUTY_BASIS(QZ.Duty, "duties-basis"),
    CASE_BASIS(QZ.AccountabilityCase, "cases-basis");

    private final Resource entryType;
    private final String allEntriesCode;

    CitationRole(Resource entryType, String allEntriesCode) {
        this.entryType = entryType;
        this.allEntriesCode = allEntriesCode;
    }

    /**
     * The segment naming an item of this cell that backs all the duties (or all the cases) of the power
     * at once; a dangling 同N finding names its item with it ({@code …/power/2/duties-basis/4}).
     */
    public String allEntriesCode() {
        return allEntriesCode;
    }

    /** The class of the entries a citation of this role backs ({@code qz:Duty} for a duty's basis). */
    public Resource entryType() {
        return entryType;
    }

    /** By its code ({@code duty-basis}) or by the class of the entries it backs ({@code qz:Duty}'s IRI). */
    @Override
    public boolean isNamedBy(String value) {
        return code().equals(value) || entryType.getURI().equals(value);
    }

    public static Optional<CitationRole> ofCode(String code) {
        return Codes.find(CitationRole.class, code);
    }

    /** The role of a citation that backs an entry of that class (its IRI, as a query's {@code ?backs} gives it). */
    public static CitationRole backing(String entryTypeIri) {
        return Arrays.stream(values()).filter(r -> r.entryType.getURI().equals(entryTypeIri)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a citation backs a power, a duty or a case, not " + entryTypeIri));
    }
}
