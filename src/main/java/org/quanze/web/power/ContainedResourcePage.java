package org.quanze.web.power;

import java.util.List;
import java.util.Optional;
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
class ContainedResourcePage extends ResourcePage {

    private final PageQueries queries;
    private final Links links;

    ContainedResourcePage(PageQueries queries, Links links) {
        super(20, QZ.Duty, QZ.AccountabilityCase, QZ.Exemption, QZ.Citation, QZ.SourceCell);
        this.queries = queries;
        this.links = links;
    }

    @Override
    protected Optional<String> render(String iri, Model model) {
        List<ContainerRow> rows = queries.list("container", PageQueries.iri("iri", iri), ContainerRow.class);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        ContainerRow r = rows.get(0);
        String anchor = r.anchor() + (r.number() != null ? "-" + r.number() : "");
        return Optional.of("redirect:" + links.page(r.power()) + "#" + anchor);
    }
}
