package org.quanze.web.impact;

import org.quanze.web.PageQueries;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Offers every page the health badges of citations ({@code healthBadges}, for the citation
 * fragment) and the impact pages' formatter of paragraph numbers ({@code impactFmt}).
 */
@ControllerAdvice
class HealthBadgesAdvice {

    private static final ImpactFormats FORMATS = new ImpactFormats();

    private final PageQueries queries;

    HealthBadgesAdvice(PageQueries queries) {
        this.queries = queries;
    }

    @ModelAttribute("impactFmt")
    ImpactFormats impactFormats() {
        return FORMATS;
    }

    @ModelAttribute("healthBadges")
    HealthBadges healthBadges() {
        return new HealthBadges(queries);
    }
}
