package org.quanze.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.quanze.graph.KnownVersions;
import org.quanze.ingest.Finding;
import org.quanze.ingest.WarningKind;
import org.quanze.ingest.Location;
import org.quanze.law.LawLibrary;
import org.quanze.vocab.PROV;
import org.quanze.vocab.QZ;

/**
 * The documents a list's graph cites, by key, with how often and the first cell citing each: what
 * a load adds from the law library, and what it reports when a title matches no text it knows.
 */
final class CitedDocuments {

    /** Suggestions at least this close are shown; below it a title is taken as not in the library. */
    static final double CLOSE = 0.5;
    private static final int SHOWN = 3;

    private record Cited(String key, String title, int count, Location first) {
    }

    private final Map<String, Cited> byKey;

    private CitedDocuments(Map<String, Cited> byKey) {
        this.byKey = byKey;
    }

    static CitedDocuments of(Model model, String fileName) {
        Map<String, Cited> byKey = new LinkedHashMap<>();
        for (Statement st : model.listStatements(null, QZ.citesDocument, (Resource) null).toList()) {
            Resource doc = st.getResource();
            String key = doc.hasProperty(QZ.shortTitle) ? doc.getProperty(QZ.shortTitle).getString() : doc.getURI();
            String title = doc.hasProperty(RDFS.label) ? doc.getProperty(RDFS.label).getString() : key;
            Location at = location(st.getSubject(), fileName);
            byKey.merge(key, new Cited(key, title, 1, at), (a, b) -> new Cited(a.key(), a.title(), a.count() + 1,
                    earlier(a.first(), b.first())));
        }
        return new CitedDocuments(byKey);
    }

    Set<String> keys() {
        return byKey.keySet();
    }

    /**
     * The closest titles of the library to a key, each key looked up once per load: the copies of a
     * list, and the lists of one province, cite the same unknown titles, and comparing one with every
     * title of the library took most of the time of building a list's graph.
     */
    static Function<String, List<LawLibrary.Suggestion>> closestTitles(LawLibrary library) {
        Map<String, List<LawLibrary.Suggestion>> seen = new HashMap<>();
        return key -> seen.computeIfAbsent(key, k -> library.closest(k, SHOWN, CLOSE));
    }

    /**
     * A warning for each document no text of which is known here, with the closest titles of the
     * library, so that a title the library lacks can be told from one the list misspells.
     */
    List<Finding> unknown(KnownVersions known, Function<String, List<LawLibrary.Suggestion>> closestTitles) {
        List<Finding> findings = new ArrayList<>();
        for (Cited c : byKey.values()) {
            if (!known.of(c.key()).isEmpty()) {
                continue;
            }
            List<LawLibrary.Suggestion> close = closestTitles.apply(c.key());
            String times = c.count() == 1 ? "1 citation" : c.count() + " citations";
            findings.add(new Finding(c.first(), WarningKind.UNKNOWN_DOCUMENT, "《" + c.title() + "》 (" + times + ") matches no text of the law library"
                    + (close.isEmpty() ? ", nor comes close to one: its text is not in the library (add it to data/laws or"
                    + " load it as a file)" : "; closest titles: " + close.stream().map(s -> "《" + s.title() + "》")
                    .collect(Collectors.joining(", ")) + " (a misspelt title, or a text not in the library)")));
        }
        return findings;
    }

    private static Location location(Resource citation, String fileName) {
        Statement from = citation.getProperty(PROV.wasDerivedFrom);
        if (from == null || !from.getObject().isResource()) {
            return Location.ofLine(fileName, 0);
        }
        Resource cell = from.getResource();
        int row = cell.hasProperty(QZ.row) ? cell.getProperty(QZ.row).getInt() : 0;
        int column = cell.hasProperty(QZ.column) ? cell.getProperty(QZ.column).getInt() : 0;
        Statement table = cell.getProperty(QZ.sourceTable);
        String sheet = table != null && table.getResource().hasProperty(QZ.sheetName)
                ? table.getResource().getProperty(QZ.sheetName).getString() : null;
        // A line within a text export's file; a sheet's cells have rows, not lines.
        int line = sheet == null && citation.hasProperty(QZ.line) ? citation.getProperty(QZ.line).getInt() : 0;
        return new Location(fileName, sheet, row, column, line);
    }

    private static Location earlier(Location a, Location b) {
        if (a.row() != b.row()) {
            return a.row() < b.row() ? a : b;
        }
        return a.column() <= b.column() ? a : b;
    }
}
