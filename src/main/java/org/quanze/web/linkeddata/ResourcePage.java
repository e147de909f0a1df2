package org.quanze.web.linkeddata;

import java.util.Optional;
import java.util.Set;
import org.springframework.ui.Model;

/**
 * The HTML page of a resource of some type. {@link ResourceController} asks each in turn; the
 * first that handles one of the resource's types renders it (a view name, or "redirect:…" to the
 * page of the resource that contains it).
 */
public interface ResourcePage {

    /** Lower comes first. */
    int order();

    boolean handles(Set<String> types);

    /** The view to render, or empty when the resource turned out not to be one of these after all. */
    Optional<String> render(String iri, Model model);
}
