package org.quanze.web.linkeddata;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Resource;
import org.springframework.ui.Model;

/**
 * The HTML page of a resource of some types. {@link ResourceController} asks each in turn, lowest
 * order first; the first that handles one of the resource's types renders it (a view name, or
 * "redirect:…" to the page of the resource that contains it).
 */
public abstract class ResourcePage {

    private final int order;
    private final Set<String> types;

    /** {@code order}: lower is asked first; {@code types}: the page shows a resource of any of them (none: of any type). */
    protected ResourcePage(int order, Resource... types) {
        this.order = order;
        this.types = Arrays.stream(types).map(Resource::getURI).collect(Collectors.toUnmodifiableSet());
    }

    final int order() {
        return order;
    }

    final boolean handles(Set<String> typesOfResource) {
        return types.isEmpty() || typesOfResource.stream().anyMatch(types::contains);
    }

    /** The view to render, or empty when the resource turned out not to be one of these after all. */
    protected abstract Optional<String> render(String iri, Model model);
}
