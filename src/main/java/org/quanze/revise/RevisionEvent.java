package org.quanze.revise;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;
import org.quanze.reading.VersionRef;

/**
 * The event that made a version, as a list's history note writes it: {@code 2024年7月10日国务院令第786号修订}.
 * Taken from the head of the version's official text (its date, the order that promulgated it
 * where the text names one, and its action word); nothing is added that the text does not say.
 */
record RevisionEvent(LocalDate date, String orderNumber, String action) {

    private static final String STATE_PREFIX = "中华人民共和国";

    static RevisionEvent of(GraphReader reader, VersionRef version) {
        List<VersionEventRow> rows = ImpactQueries.list(reader, "revise-version-events",
                Map.of("version", NodeFactory.createURI(version.iri())), VersionEventRow.class);
        for (VersionEventRow r : rows) {
            if (r.date() != null && r.date().equals(version.versionDate())) {
                String order = r.orderNumber() != null ? r.orderNumber() : r.versionOrder();
                return new RevisionEvent(r.date(), order, r.action());
            }
        }
        String order = rows.isEmpty() ? null : rows.get(0).versionOrder();
        return new RevisionEvent(version.versionDate(), order, "修订");
    }

    /**
     * The event written in the style of {@code note} (the list's own history note): the order number
     * shortened as the note shortens its own ({@code 国务院令第646号} for 中华人民共和国国务院令第646号).
     */
    String written(String note) {
        String order = orderNumber == null ? "" : orderNumber;
        if (!order.isEmpty() && (note == null || !note.contains(STATE_PREFIX)) && order.startsWith(STATE_PREFIX)) {
            order = order.substring(STATE_PREFIX.length());
        }
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日" + order
                + (action == null ? "修订" : action);
    }

    /** The history note with this event added after its last one, separated as the note separates its events. */
    String extend(String note) {
        if (note == null || note.isBlank()) {
            return written(note);
        }
        String separator = note.contains("；") && !note.contains("，") ? "；" : note.contains("、") && !note.contains("，")
                ? "、" : "，";
        String trimmed = note.stripTrailing();
        String end = trimmed.endsWith("。") ? "。" : "";
        String body = end.isEmpty() ? trimmed : trimmed.substring(0, trimmed.length() - 1);
        return body + separator + written(note) + end + note.substring(trimmed.length());
    }
}
