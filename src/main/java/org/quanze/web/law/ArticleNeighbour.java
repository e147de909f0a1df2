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
        Optional<MintedIri.DivisionIri> parsed = iris.parse(article).filter(ArticleNeighbour::isArticle)
                .map(MintedIri.DivisionIri.class::cast);
        if (parsed.isEmpty()) {
            return List.of();
        }
        MintedIri.VersionIri v = parsed.get().version();
        String version = iris.version(v.document().key(), v.slug());
        int number = Integer.parseInt(parsed.get().steps().get(0).value());
        var bound = Bindings.bindEach(Bindings.bind(queries.query("article-neighbours"),
                        Map.of("article", NodeFactory.createURI(article))), "neighbour",
                List.of(NodeFactory.createURI(iris.article(version, number - 1)),
                        NodeFactory.createURI(iris.article(version, number + 1))));
        return queries.list("article-neighbours", bound, ArticleNeighbour.class);
    }

    /** Whether the IRI is an article's ({@code …/article/45}: a version's part of one step, numbered). */
    private static boolean isArticle(MintedIri iri) {
        return iri instanceof MintedIri.DivisionIri d && d.steps().size() == 1 && d.kind() == MintedIri.Division.ARTICLE
                && d.steps().get(0).value().matches("[0-9]+");
    }
}
