package org.quanze.web.power;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quanze.graph.Iris;
import org.quanze.reading.OfficialArticle;
import org.quanze.reading.OtherVersions;
import org.quanze.web.CitationRow;
import org.quanze.web.CitationView;
import org.quanze.store.GraphStore;
import org.quanze.web.PageQueries;
import org.quanze.web.PerGeneration;
import org.springframework.stereotype.Component;

/** Assembles the power page from its queries. */
@Component
class PowerPages {

    private final PageQueries queries;
    private final Iris iris;
    /**
     * The held versions of the documents cited, kept for the generation of the store: read for each page, they were a
     * fifth of a power page's time at 100× (every list graph naming a document names its versions).
     */
    private final PerGeneration<OtherVersions> others;

    PowerPages(PageQueries queries, Iris iris, GraphStore store) {
        this.queries = queries;
        this.iris = iris;
        this.others = new PerGeneration<>(store, OtherVersions::new);
    }

    Optional<PowerPage> find(String iri) {
        List<PowerFacts> power = queries.list("power", PageQueries.iri("power", iri), PowerFacts.class);
        if (power.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<CitationView>> byEntry = new LinkedHashMap<>();
        // A basis for all the duties or all the cases ("duties", "cases") is kept apart from the power's own basis.
        Map<String, List<CitationView>> whole = new LinkedHashMap<>();
        OtherVersions others = this.others.get();
        for (CitationRow r : queries.list("power-citations", PageQueries.iri("power", iri), CitationRow.class)) {
            (r.whole() != null ? whole : byEntry).computeIfAbsent(r.whole() != null ? r.whole() : r.entry(),
                    e -> new ArrayList<>()).add(shown(CitationView.of(r), r, others));
        }
        List<PowerPage.Entry> duties = new ArrayList<>();
        List<PowerPage.Entry> cases = new ArrayList<>();
        for (PowerEntryRow r : queries.list("power-entries", PageQueries.iri("power", iri), PowerEntryRow.class)) {
            PowerPage.Entry entry = new PowerPage.Entry(r.entry(), r.kind(), r.number(), r.name(), r.description(),
                    r.text(), r.org(), r.orgName(), byEntry.getOrDefault(r.entry(), List.of()));
            (entry.kind().equals("duty") ? duties : cases).add(entry);
        }
        duties.sort(java.util.Comparator.comparingInt(PowerPage.Entry::number));
        cases.sort(java.util.Comparator.comparingInt(PowerPage.Entry::number));
        return Optional.of(new PowerPage(iri, power.get(0), byEntry.getOrDefault(iri, List.of()), duties,
                whole.getOrDefault("duties", List.of()), cases, whole.getOrDefault("cases", List.of()),
                queries.list("power-cells", PageQueries.iri("power", iri), SourceCellRow.class)));
    }

    /** A citation whose version's text is not held, with the article of the version shown instead (if any is held). */
    private CitationView shown(CitationView c, CitationRow r, OtherVersions others) {
        CitationView.Resolved cited = c.resolved();
        if (cited.official() || c.wholeDocument()) {
            return c;
        }
        return others.instead(queries.reader(), cited.document(), iris.versionSlugOf(cited.version()), r.resolved().versionDay())
                .flatMap(v -> OfficialArticle.read(queries.reader(), iris.article(v.iri(), cited.articleNumber()))
                        .map(a -> c.showing(new CitationView.Shown(v.slug(), a.iri(), a.text()))))
                .orElse(c);
    }
}
