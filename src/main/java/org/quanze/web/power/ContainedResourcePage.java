package org.quanze.web.power;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quanze.vocab.QZ;
import org.quanze.web.Links;
import org.quanze.web.PageQueries;
import org.quanze.web.linkeddata.ResourcePage;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Duties, cases, exemptions, citations and source cells are shown on the page of their power:
 * their IRIs redirect there (303, as linked data does for a part of a document), at their place.
 */
@Component
class ContainedResourcePage implements ResourcePage {

    private static final Set<String> TYPES = Set.of(QZ.Duty.getURI(), QZ.AccountabilityCase.getURI(),
            QZ.Exemption.getURI(), QZ.Citation.getURI(), QZ.SourceCell.getURI());

    private final PageQueries queries;
    private final Links links;

    ContainedResourcePage(PageQueries queries, Links links) {
        this.queries = queries;
        this.links = links;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean handles(Set<String> types) {
        return types.stream().anyMatch(TYPES::contains);
    }

    @Override
    public Optional<String> render(String iri, Model model) {
        List<ContainerRow> rows = queries.list("container", PageQueries.iri("iri", iri), ContainerRow.class);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        ContainerRow r = rows.get(0);
        String anchor = r.anchor() + (r.number() != null ? "-" + r.number() : "");
        return Optional.of("redirect:" + links.page(r.power()) + "#" + anchor);
    }
}
