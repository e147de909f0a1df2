package org.quanze.web.law;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.NodeFactory;
import org.quanze.graph.Iris;
import org.quanze.graph.MintedIri;
import org.quanze.queries.Bindings;
import org.quanze.queries.Fills;
import org.quanze.web.PageQueries;

/** The article before or after ({@code which}: previous or next) in the same version. */
record ArticleNeighbour(String neighbour, Integer number, String which) {

    /** A row of {@code article-neighbours.rq}: a neighbour's IRI found stated as an article. */
    @Fills("article-neighbours")
    record Found(String neighbour) {
    }

    /**
     * The articles numbered next to {@code article} in its version, looked for at the IRIs they would have
     * ({@code article-neighbours.rq}, which only tells which of them exist: their numbers are those of their
     * IRIs); none for an IRI that is not an article's.
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
        List<ArticleNeighbour> candidates = List.of(
                new ArticleNeighbour(iris.article(version, number - 1), number - 1, "previous"),
                new ArticleNeighbour(iris.article(version, number + 1), number + 1, "next"));
        var bound = Bindings.bindEach(queries.query("article-neighbours"), "neighbour",
                candidates.stream().map(c -> NodeFactory.createURI(c.neighbour())).toList());
        Set<String> found = queries.list("article-neighbours", bound, Found.class).stream().map(Found::neighbour)
                .collect(Collectors.toSet());
        return candidates.stream().filter(c -> c.number() > 0 && found.contains(c.neighbour())).toList();
    }

    /** Whether the IRI is an article's ({@code …/article/45}: a version's part of one step, numbered). */
    private static boolean isArticle(MintedIri iri) {
        return iri instanceof MintedIri.DivisionIri d && d.steps().size() == 1 && d.kind() == MintedIri.Division.ARTICLE
                && d.steps().get(0).value().matches("[0-9]+");
    }
}
