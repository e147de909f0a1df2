package org.quanze.web.impact;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Offers every page the impact pages' formatter of paragraph numbers ({@code impactFmt}). */
@ControllerAdvice
class ImpactFormatsAdvice {

    private static final ImpactFormats FORMATS = new ImpactFormats();

    @ModelAttribute("impactFmt")
    ImpactFormats impactFormats() {
        return FORMATS;
    }
}
