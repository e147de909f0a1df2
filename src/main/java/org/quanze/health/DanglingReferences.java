package org.quanze.health;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quanze.graph.CitationRole;
import org.quanze.graph.Iris;
import org.quanze.graph.MintedIri;
import org.quanze.ingest.columns.HeaderNames;
import org.quanze.ingest.list.BasisItem;
import org.quanze.ingest.list.Power;
import org.quanze.ingest.list.PowerList;
import org.quanze.ingest.list.PowerListReader;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 同N items that point to no item N of their cell. Such an item makes no citation node (there
 * is nothing to repeat), so the graph does not show it; the list reader warns when it reads one.
 * This reads each list again from its cells, kept verbatim in the graph, with the same reader,
 * and surfaces those items as findings. A finding names the power by its key, as the graph does (a
 * sub-item {@code 3-2} is not power 3), and the cell by the IRI the load gave it (a sheet's cell is
 * named by its sheet: two sheets' row 5 are two cells).
 */
final class DanglingReferences {

    private static final Logger LOG = LoggerFactory.getLogger(DanglingReferences.class);

    private final Iris iris;

    DanglingReferences(Iris iris) {
        this.iris = iris;
    }

    List<HealthFinding> find(GraphReader reader) {
        List<HealthFinding> findings = new ArrayList<>();
        for (LoadedList list : ImpactQueries.list(reader, "health-lists", Map.of(), LoadedList.class)) {
            String fileName = list.fileName();
            try {
                ListCells cells = ListCells.read(reader, list.list(), fileName, list.titleLine());
                PowerList read = new PowerListReader(HeaderNames.standard()).read(slug(list.list()), cells.table());
                for (Power p : read.powers()) {
                    new PowerItems(list, p, iris.power(list.list(), p.key()), cells, findings).collect();
                }
            } catch (RuntimeException e) {
                // The list was read once to be loaded; if it cannot be read again, say so and check the rest.
                LOG.warn("{}: not read again for dangling 同N references: {}", fileName, e.getMessage());
            }
        }
        return findings;
    }

    private String slug(String listIri) {
        return iris.parse(listIri).map(MintedIri.ListIri.class::cast).orElseThrow().slug();
    }

    /** The basis items of one power, whose dangling 同N it adds to {@code findings}. */
    private final class PowerItems {
        private final LoadedList list;
        private final Power p;
        private final String power;
        private final ListCells cells;
        private final List<HealthFinding> findings;

        PowerItems(LoadedList list, Power p, String power, ListCells cells, List<HealthFinding> findings) {
            this.list = list;
            this.p = p;
            this.power = power;
            this.cells = cells;
            this.findings = findings;
        }

        void collect() {
            collect(power, CitationRole.POWER_BASIS, null, false, p.basis());
            p.duties().forEach(d -> collect(iris.duty(power, d.number()), CitationRole.DUTY_BASIS, d.number(), false,
                    d.basis()));
            p.cases().forEach(c -> collect(iris.accountabilityCase(power, c.number()), CitationRole.CASE_BASIS,
                    c.number(), false, c.basis()));
            // A basis for all the duties or all the cases at once: the power is the entry.
            collect(power, CitationRole.DUTY_BASIS, null, true, p.dutiesBasis());
            collect(power, CitationRole.CASE_BASIS, null, true, p.casesBasis());
        }

        private void collect(String entry, CitationRole role, Integer entryNumber, boolean allEntries,
                             List<BasisItem> items) {
            for (BasisItem item : items) {
                if (!item.isRepeat() || !item.repeated().isEmpty()) {
                    continue;
                }
                SourceCell cell = item.cell();
                String subject = iris.basisItem(power, role, allEntries, item.index());
                findings.add(new HealthFinding(FindingKind.DANGLING_REFERENCE,
                        iris.finding(subject, FindingKind.DANGLING_REFERENCE.code()),
                        new HealthFinding.Place(list.list(), list.listTitle(), list.fileName(), cells.iri(cell),
                                cell.row(), cell.column(), item.line()),
                        new HealthFinding.About(null, entry, p.number(), role, entryNumber, item.label()),
                        new HealthFinding.Cites(null, null, null, null, null),
                        new HealthFinding.Found(item.text().strip(), null, null, null)));
            }
        }
    }

    /** The table one list was read from, rebuilt from its cells, and the IRI the load gave each cell. */
    private record ListCells(SourceTable table, Map<String, String> iris) {

        static ListCells read(GraphReader reader, String listIri, String fileName, String titleLine) {
            Map<Integer, List<SourceCell>> rows = new TreeMap<>();
            Map<String, String> iris = new HashMap<>();
            for (ListCell r : ImpactQueries.list(reader, "health-list-cells", ImpactQueries.iri("list", listIri),
                    ListCell.class)) {
                SourceCell cell = new SourceCell(r.row(), r.column(), r.line(), r.text());
                rows.computeIfAbsent(cell.row(), n -> new ArrayList<>()).add(cell);
                iris.put(place(cell), r.cell());
            }
            List<SourceRow> table = new ArrayList<>();
            rows.forEach((n, cells) -> table.add(new SourceRow(n, cells.get(0).line(), cells)));
            return new ListCells(SourceTable.text(fileName, titleLine, table, false, "\n", ""), iris);
        }

        /** A cell within one table is told by its row and column. */
        private static String place(SourceCell cell) {
            return cell.row() + "|" + cell.column();
        }

        String iri(SourceCell cell) {
            return iris.get(place(cell));
        }
    }
}
