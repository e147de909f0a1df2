package org.quanze.web.search;

import java.util.Optional;
import org.quanze.graph.Iris;
import org.quanze.graph.MintedIri;
import org.quanze.vocab.QZ;

/**
 * The kind of a hit of the text index, read from its IRI: the IRI scheme mints a power, a duty, an accountability
 * case, an exemption, a citation and an article each in a form of its own ({@code IriSchemeTest} holds every typed
 * resource of the bundled store to the form of its type). Asking the store was a third of a search: an article's
 * type is stated by every list graph citing it, 800 of them for the most cited article at 100× the data.
 */
final class HitKind {

    private HitKind() {
    }

    /** The IRI of the hit's class, or empty for what a search does not show (a paragraph's text, say). */
    static Optional<String> of(Iris iris, String hit) {
        return iris.parse(hit).map(HitKind::of);
    }

    private static String of(MintedIri iri) {
        if (iri instanceof MintedIri.PowerIri) {
            return QZ.Power.getURI();
        } else if (iri instanceof MintedIri.DutyIri) {
            return QZ.Duty.getURI();
        } else if (iri instanceof MintedIri.CaseIri) {
            return QZ.AccountabilityCase.getURI();
        } else if (iri instanceof MintedIri.ExemptionIri) {
            return QZ.Exemption.getURI();
        } else if (iri instanceof MintedIri.CitationIri) {
            return QZ.Citation.getURI();
        } else if (iri instanceof MintedIri.DivisionIri d && d.kind() == MintedIri.Division.ARTICLE) {
            return QZ.Article.getURI();
        }
        return null;
    }
}
