package org.quanze.web.org;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;
import org.quanze.vocab.QZ;
import org.quanze.web.PageQueries;
import org.quanze.web.linkeddata.ResourcePage;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The page of a body, unit or accountability body: what it carries out, is responsible for, or handles. */
@Component
class OrganizationResourcePage extends ResourcePage {

    static final String VIEW = "organization";
    static final List<String> ROLES = List.of("implements", "undertakes", "duty", "case");

    private final PageQueries queries;

    OrganizationResourcePage(PageQueries queries) {
        super(50, QZ.Organization);
        this.queries = queries;
    }

    @Override
    protected Optional<String> render(String iri, Model model) {
        List<OrganizationRow> org = queries.list("org", PageQueries.iri("org", iri), OrganizationRow.class);
        if (org.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<OrganizationWork>> work = new LinkedHashMap<>();
        ROLES.forEach(r -> work.put(r, new ArrayList<>()));
        queries.list("org-work", PageQueries.iri("org", iri), OrganizationWork.class).forEach(r -> work.get(r.role()).add(r));
        work.values().removeIf(List::isEmpty);
        model.addAttribute("iri", iri);
        model.addAttribute("org", org.get(0));
        model.addAttribute("units", org.stream().filter(r -> r.unit() != null).toList());
        model.addAttribute("work", work);
        return Optional.of(VIEW);
    }
}
