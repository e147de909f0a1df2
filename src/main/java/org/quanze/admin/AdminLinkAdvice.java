package org.quanze.admin;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether the admin area exists (credentials configured), for the link in the
 * navigation. Here, not in {@code web}: the admin area knows whether it exists, and {@code web}
 * needs nothing of it.
 */
@ControllerAdvice
class AdminLinkAdvice {

    private final AdminProperties admin;

    AdminLinkAdvice(AdminProperties admin) {
        this.admin = admin;
    }

    @ModelAttribute("adminEnabled")
    boolean adminEnabled() {
        return admin.configured();
    }
}
