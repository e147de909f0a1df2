package org.quanze.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.quanze.assembly.Assembly;
import org.quanze.graph.Iris;
import org.quanze.impact.pointintime.PointInTime;
import org.quanze.impact.pointintime.PointInTimeRow;
import org.quanze.impact.report.ImpactExport;
import org.quanze.impact.report.ImpactReport;
import org.quanze.impact.report.ImpactReports;
import org.quanze.law.ChinaDays;
import org.quanze.reading.GraphReader;
import org.quanze.reading.Tables;
import org.quanze.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code quanze impact}: which entries of the loaded lists a revision of a law affects, and how. */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"For every citation of the loaded lists into the old version of a document: the entry it "
                + "backs, the cited article, what became of it (unchanged, renumbered, amended, split, merged, "
                + "repealed), the new article(s), and both texts.",
                "Versions are named by year (2010) or date (2010-04-29); the title as a list writes it, with or "
                        + "without 中华人民共和国.",
                "Example: quanze impact --document 保守国家秘密法 --from 2010 --to 2024 --format json"},
        subcommands = ImpactCommand.PointInTimeCommand.class)
final class ImpactCommand extends StoreCommand {

    // Required, but checked in call(): picocli would demand them of the point-in-time subcommand too.
    @Option(names = "--document", paramLabel = "TITLE",
            description = "Required. The document, e.g. 保守国家秘密法 or 中华人民共和国保守国家秘密法实施条例.")
    private String document;

    @Option(names = "--from", paramLabel = "YEAR|DATE",
            description = "The old version, e.g. 2010 (default: the oldest whose official text is held).")
    private String from;

    @Option(names = "--to", paramLabel = "YEAR|DATE",
            description = "The new version, e.g. 2024 (default: the newest whose official text is held).")
    private String to;

    @Option(names = "--list", paramLabel = "IRI|NAME",
            description = "Only the citations of this list (its IRI, or its file name without extension).")
    private String list;

    @Mixin
    private ReportOutput out;

    @Override
    public Integer call() {
        if (document == null) {
            throw new IllegalArgumentException("impact needs --document (--from and --to default to its oldest and "
                    + "newest texts held), e.g. quanze impact --document 保守国家秘密法 --from 2010 --to 2024 (or: quanze "
                    + "impact point-in-time …)");
        }
        try (GraphStore store = storeOptions.open()) {
            Iris iris = storeOptions.iris();
            current(store, storeOptions.assembly());
            ImpactReport report = new ImpactReports(iris).report(GraphReader.of(store), document, from, to,
                    listIri(iris, list));
            out.write(() -> ImpactExport.csv(report), () -> ImpactExport.json(report));
            return 0;
        }
    }

    /**
     * Brings the correspondence and health graphs of the store up to date before a report reads
     * them (a load does not compute them yet).
     */
    static void current(GraphStore store, Assembly assembly) {
        assembly.impactGraphs().refresh(store);
    }

    /** A list named by IRI, or by its file name without extension (yulin-secrecy-bureau). */
    static String listIri(Iris iris, String list) {
        return iris.listNamed(list);
    }

    /** {@code quanze impact point-in-time}: a list as it would read under the versions in force on a day. */
    @Command(name = "point-in-time", mixinStandardHelpOptions = true,
            description = {"For each citation of a list: the version in force on the day, the article that carries "
                    + "the cited one then, and whether it still says what the list quotes.",
                    "Example: quanze impact point-in-time --list yulin-secrecy-bureau --date 2025-01-01"})
    static final class PointInTimeCommand extends StoreCommand {

        static final List<String> COLUMNS = List.of("list", "row", "column", "power", "role", "entry", "item",
                "document", "reference", "citedVersion", "citedArticle", "date", "status", "versionInForce", "change",
                "articlesInForce", "quote", "textInForce");

        @Option(names = "--list", paramLabel = "IRI|NAME", required = true,
                description = "The list: its IRI, or its file name without extension.")
        private String list;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day (default: today).")
        private String date;

        @Mixin
        private ReportOutput out;

        @Override
        public Integer call() {
            LocalDate day = day(date);
            try (GraphStore store = storeOptions.open()) {
                Iris iris = storeOptions.iris();
                current(store, storeOptions.assembly());
                List<Map<String, Object>> rows = new PointInTime(iris)
                        .read(GraphReader.of(store), listIri(iris, list), day).stream().map(r -> row(r, day)).toList();
                out.write(() -> Tables.csv(COLUMNS, rows), () -> Tables.json(rows));
                return 0;
            }
        }

        private static LocalDate day(String date) {
            try {
                return date == null ? LocalDate.now(ChinaDays.ZONE) : LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--date takes a day as YYYY-MM-DD, not " + date);
            }
        }

        private static Map<String, Object> row(PointInTimeRow r, LocalDate day) {
            Map<String, Object> row = Tables.row();
            row.put("list", r.citation().source().listTitle());
            row.put("row", r.citation().source().row());
            row.put("column", r.citation().source().column());
            row.put("power", r.citation().backs().powerNumber());
            row.put("role", r.citation().backs().role().code());
            row.put("entry", r.citation().backs().entryNumber());
            row.put("item", r.citation().written().item());
            row.put("document", r.citation().resolved().documentKey());
            row.put("reference", r.citation().written().reference());
            row.put("citedVersion", r.citation().resolved().versionSlug());
            row.put("citedArticle", r.citation().resolved().articleNumber());
            row.put("date", day.toString());
            row.put("status", r.inForce().status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            row.put("versionInForce", r.inForce().version() == null ? null : r.inForce().version().slug());
            row.put("change", r.inForce().change() == null ? null
                    : r.inForce().change().name().toLowerCase(java.util.Locale.ROOT));
            row.put("articlesInForce", r.targetLabels());
            row.put("quote", r.quote() == null ? null : r.quote().name().toLowerCase(java.util.Locale.ROOT));
            row.put("textInForce", r.text());
            return row;
        }
    }
}
