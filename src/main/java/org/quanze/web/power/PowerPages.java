package org.quanze.web.power;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quanze.queries.Row;
import org.quanze.web.CitationView;
import org.quanze.graph.Iris;
import org.quanze.impact.OfficialArticle;
import org.quanze.impact.OtherVersions;
import org.quanze.web.PageQueries;
import org.springframework.stereotype.Component;

/** Assembles the power page from its queries. */
@Component
class PowerPages {

    private final PageQueries queries;
    private final Iris iris;

    PowerPages(PageQueries queries, Iris iris) {
        this.queries = queries;
        this.iris = iris;
    }

    Optional<PowerPage> find(String iri) {
        List<Row> power = queries.rows("power", PageQueries.iri("power", iri));
        if (power.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<CitationView>> byEntry = new LinkedHashMap<>();
        // A basis for all the duties or all the cases ("duties", "cases") is kept apart from the power's own basis.
        Map<String, List<CitationView>> whole = new LinkedHashMap<>();
        OtherVersions others = new OtherVersions();
        for (Row r : queries.rows("power-citations", PageQueries.iri("power", iri))) {
            (r.has("whole") ? whole : byEntry).computeIfAbsent(r.has("whole") ? r.text("whole") : r.iri("entry"),
                    e -> new ArrayList<>()).add(shown(CitationView.of(r), r, others));
        }
        List<PowerPage.Entry> duties = new ArrayList<>();
        List<PowerPage.Entry> cases = new ArrayList<>();
        for (Row r : queries.rows("power-entries", PageQueries.iri("power", iri))) {
            PowerPage.Entry entry = new PowerPage.Entry(r.iri("entry"), r.text("kind"), r.integer("number"), r.text("name"),
                    r.text("description"), r.text("text"), r.iri("org"), r.text("orgName"),
                    byEntry.getOrDefault(r.iri("entry"), List.of()));
            (entry.kind().equals("duty") ? duties : cases).add(entry);
        }
        duties.sort(java.util.Comparator.comparingInt(PowerPage.Entry::number));
        cases.sort(java.util.Comparator.comparingInt(PowerPage.Entry::number));
        return Optional.of(new PowerPage(iri, power.get(0), byEntry.getOrDefault(iri, List.of()), duties,
                whole.getOrDefault("duties", List.of()), cases, whole.getOrDefault("cases", List.of()),
                queries.rows("power-cells", PageQueries.iri("power", iri))));
    }

    /** A citation whose version's text is not held, with the article of the version shown instead (if any is held). */
    private CitationView shown(CitationView c, Row r, OtherVersions others) {
        if (c.official() || c.wholeDocument()) {
            return c;
        }
        return others.instead(queries.reader(), c.document(), iris.versionSlugOf(c.version()), r.date("versionDate"))
                .flatMap(v -> OfficialArticle.read(queries.reader(), iris.article(v.iri(), c.articleNumber()))
                        .map(a -> c.showing(new CitationView.Shown(v.slug(), a.iri(), a.text()))))
                .orElse(c);
    }
}
