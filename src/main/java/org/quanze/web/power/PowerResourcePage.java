package org.quanze.web.power;

import java.util.Optional;
import org.quanze.vocab.QZ;
import org.quanze.web.PageQueries;
import org.quanze.web.ahead.ChangesAhead;
import org.quanze.web.impact.HealthBadges;
import org.quanze.web.linkeddata.ResourcePage;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The page of a power: its basis, duties and cases each traced to the article text, and its cells. */
@Component
class PowerResourcePage extends ResourcePage {

    static final String VIEW = "power";

    private final PowerPages pages;
    private final PageQueries queries;
    private final ChangesAhead ahead;

    PowerResourcePage(PowerPages pages, PageQueries queries, ChangesAhead ahead) {
        super(10, QZ.Power);
        this.pages = pages;
        this.queries = queries;
        this.ahead = ahead;
    }

    @Override
    protected Optional<String> render(String iri, Model model) {
        return pages.find(iri).map(page -> {
            model.addAttribute("page", page);
            model.addAttribute("healthBadges", HealthBadges.ofPower(queries, iri));
            model.addAttribute("ahead", ahead.ofPower(iri));
            return VIEW;
        });
    }
}
