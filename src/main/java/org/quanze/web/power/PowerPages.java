package org.quanze.web.power;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quanze.queries.Row;
import org.quanze.web.CitationView;
import org.quanze.web.PageQueries;
import org.springframework.stereotype.Component;

/** Assembles the power page from its queries. */
@Component
class PowerPages {

    private final PageQueries queries;

    PowerPages(PageQueries queries) {
        this.queries = queries;
    }

    Optional<PowerPage> find(String iri) {
        List<Row> power = queries.rows("power", PageQueries.iri("power", iri));
        if (power.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<CitationView>> byEntry = new LinkedHashMap<>();
        // A basis for all the duties or all the cases ("duties", "cases") is kept apart from the power's own basis.
        Map<String, List<CitationView>> whole = new LinkedHashMap<>();
        for (Row r : queries.rows("power-citations", PageQueries.iri("power", iri))) {
            (r.has("whole") ? whole : byEntry).computeIfAbsent(r.has("whole") ? r.text("whole") : r.iri("entry"),
                    e -> new ArrayList<>()).add(CitationView.of(r));
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
}
