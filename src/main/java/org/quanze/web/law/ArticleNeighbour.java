package org.quanze.web.law;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.quanze.graph.Iris;
import org.quanze.graph.MintedIri;
import org.quanze.queries.Bindings;
import org.quanze.queries.Fills;
import org.quanze.web.PageQueries;

/** The article before or after ({@code which}: previous or next) in the same version. */
@Fills("article-neighbours")
record ArticleNeighbour(String neighbour, Integer number, String which) {

    /**
     * The articles numbered next to {@code article} in its version, looked for at the IRIs they would have
     * ({@code article-neighbours.rq}); none for an IRI that is not an article's.
     */
    static List<ArticleNeighbour> of(PageQueries queries, Iris iris, String article) {
        Optional<Integer> number = iris.parse(article).flatMap(ArticleNeighbour::articleNumber);
        if (number.isEmpty()) {
            return List.of();
        }
        String version = article.substring(0, article.lastIndexOf("/article/"));
        var bound = Bindings.bindEach(Bindings.bind(queries.query("article-neighbours"),
                        Map.of("article", NodeFactory.createURI(article))), "neighbour",
                List.of(NodeFactory.createURI(iris.article(version, number.get() - 1)),
                        NodeFactory.createURI(iris.article(version, number.get() + 1))));
        return queries.list("article-neighbours", bound, ArticleNeighbour.class);
    }

    /** The number of an article's IRI ({@code …/article/45}), if it is one. */
    private static Optional<Integer> articleNumber(MintedIri iri) {
        if (iri instanceof MintedIri.DivisionIri d && d.steps().size() == 1 && d.kind() == MintedIri.Division.ARTICLE
                && d.steps().get(0).value().matches("[0-9]+")) {
            return Optional.of(Integer.parseInt(d.steps().get(0).value()));
        }
        return Optional.empty();
    }
}
