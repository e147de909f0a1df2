package org.quanze.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.quanze.ingest.Finding;
import org.quanze.ingest.Location;
import org.quanze.vocab.PROV;
import org.quanze.vocab.QZ;

/**
 * The warnings raised reading a list file, kept in the file's own graph (so that they go with it
 * when the file is loaded again) as {@code qz:ReadingFinding}s: the kind, the place as the warning
 * names it (sheet, row, column, line), the cell it is about when there is one, and the warning as
 * printed. A warning raised several times in one cell (five duties of a cell that name no unit) is
 * one finding of that cell; those the load prints once per file with a count are one per cell.
 */
final class ReadingFindings {

    private final Statements s;
    private final Iris iris;
    private final Cells cells;
    private final Resource file;
    private final Map<String, Integer> perPlace = new HashMap<>();
    private final Set<String> written = new HashSet<>();

    ReadingFindings(Statements s, Iris iris, Cells cells, Resource file) {
        this.s = s;
        this.iris = iris;
        this.cells = cells;
        this.file = file;
    }

    void write(List<Finding> findings) {
        for (Finding f : findings) {
            if (f.kind().stored()) {
                write(f);
            }
        }
    }

    private void write(Finding f) {
        Location at = f.location();
        Resource cell = cells.at(at);
        String place = cell != null ? cell.getURI() : iris.cell(cells.fileName(), at.sheet(), at.row(), at.column());
        String iri = iris.finding(place, f.kind().code());
        if (!written.add(iri + "|" + f.message())) {
            return;
        }
        int n = perPlace.merge(iri, 1, Integer::sum);
        Resource r = s.resource(iris.finding(place, f.kind().code(), n), QZ.ReadingFinding);
        r.addProperty(QZ.findingKind, QZ.kind(f.kind().conceptName()));
        r.addProperty(QZ.sourceFile, file);
        s.link(r, PROV.wasDerivedFrom, cell);
        s.text(r, QZ.atSheet, at.sheet());
        s.integer(r, QZ.atRow, at.row() > 0 ? at.row() : null);
        s.integer(r, QZ.atColumn, at.column() > 0 ? at.column() : null);
        s.integer(r, QZ.line, at.line() > 0 ? at.line() : null);
        r.addProperty(QZ.message, f.message(), "en");
        r.addProperty(RDFS.label, f.kind().code() + " " + at, "en");
    }
}
