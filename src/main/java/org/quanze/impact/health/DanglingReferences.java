package org.quanze.impact.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quanze.graph.Iris;
import org.quanze.impact.CitationRecord;
import org.quanze.impact.GraphReader;
import org.quanze.impact.ImpactQueries;
import org.quanze.ingest.columns.HeaderNames;
import org.quanze.ingest.list.BasisItem;
import org.quanze.ingest.list.Power;
import org.quanze.ingest.list.PowerList;
import org.quanze.ingest.list.PowerListReader;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceRow;
import org.quanze.ingest.table.SourceTable;
import org.quanze.queries.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 同N items that point to no item N of their cell. Such an item makes no citation node (there
 * is nothing to repeat), so the graph does not show it; the list reader warns when it reads one.
 * This reads each list again from its cells, kept verbatim in the graph, with the same reader,
 * and surfaces those items as findings.
 */
final class DanglingReferences {

    private static final Logger LOG = LoggerFactory.getLogger(DanglingReferences.class);

    private final Iris iris;

    DanglingReferences(Iris iris) {
        this.iris = iris;
    }

    List<HealthFinding> find(GraphReader reader) {
        List<HealthFinding> findings = new ArrayList<>();
        for (Row list : ImpactQueries.rows(reader, "health-lists")) {
            String fileName = list.text("fileName");
            try {
                PowerList read = new PowerListReader(HeaderNames.standard())
                        .read(slug(list.iri("list")), table(reader, list.iri("list"), fileName, list.text("titleLine")));
                for (Power p : read.powers()) {
                    String power = list.iri("list") + "/power/" + p.number();
                    collect(findings, list, p, power, CitationRecord.POWER_BASIS, null, p.basis(), CitationRecord.POWER_BASIS);
                    p.duties().forEach(d -> collect(findings, list, p, power + "/duty/" + d.number(),
                            CitationRecord.DUTY_BASIS, d.number(), d.basis(), CitationRecord.DUTY_BASIS));
                    p.cases().forEach(c -> collect(findings, list, p, power + "/case/" + c.number(),
                            CitationRecord.CASE_BASIS, c.number(), c.basis(), CitationRecord.CASE_BASIS));
                    // A basis for all the duties or all the cases at once: the power is the entry.
                    collect(findings, list, p, power, CitationRecord.DUTY_BASIS, null, p.dutiesBasis(), "duties-basis");
                    collect(findings, list, p, power, CitationRecord.CASE_BASIS, null, p.casesBasis(), "cases-basis");
                }
            } catch (RuntimeException e) {
                // The list was read once to be loaded; if it cannot be read again, say so and check the rest.
                LOG.warn("{}: not read again for dangling 同N references: {}", fileName, e.getMessage());
            }
        }
        return findings;
    }

    /** {@code place}: the segment naming where the items stand in the finding's IRI. */
    private void collect(List<HealthFinding> findings, Row list, Power p, String entry, String role,
                         Integer entryNumber, List<BasisItem> items, String place) {
        for (BasisItem item : items) {
            if (!item.isRepeat() || !item.repeated().isEmpty()) {
                continue;
            }
            SourceCell cell = item.cell();
            String fileName = list.text("fileName");
            String subject = list.iri("list") + "/power/" + p.number() + "/" + place + "/" + item.index();
            findings.add(new HealthFinding(FindingKind.DANGLING_REFERENCE, subject + "/finding/"
                    + FindingKind.DANGLING_REFERENCE.code(), null, entry, list.iri("list"), list.text("listTitle"),
                    fileName, p.number(), role, entryNumber, item.label(), iris.cell(fileName, cell.row(), cell.column()),
                    cell.row(), cell.column(), item.line(), null, null, null, null, null, item.text().strip(), null,
                    null, null));
        }
    }

    /** The table the list was read from (a file of several sheets holds several), rebuilt from its cells. */
    private static SourceTable table(GraphReader reader, String listIri, String fileName, String titleLine) {
        Map<Integer, List<SourceCell>> rows = new TreeMap<>();
        for (Row r : ImpactQueries.rows(reader, "health-list-cells", ImpactQueries.iri("list", listIri))) {
            rows.computeIfAbsent(r.integer("row"), n -> new ArrayList<>())
                    .add(new SourceCell(r.integer("row"), r.integer("column"), r.integer("line"), r.text("text")));
        }
        List<SourceRow> table = new ArrayList<>();
        rows.forEach((n, cells) -> table.add(new SourceRow(n, cells.get(0).line(), cells)));
        return SourceTable.text(fileName, titleLine, table, false, "\n", "");
    }

    private static String slug(String listIri) {
        return listIri.substring(listIri.lastIndexOf('/') + 1);
    }
}
