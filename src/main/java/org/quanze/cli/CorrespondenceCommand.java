package org.quanze.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quanze.impact.ImpactIris;
import org.quanze.impact.LawVersions;
import org.quanze.impact.correspondence.CorrespondenceGraphs;
import org.quanze.impact.correspondence.CorrespondenceOverrides;
import org.quanze.impact.correspondence.CorrespondenceRow;
import org.quanze.reading.GraphReader;
import org.quanze.reading.Tables;
import org.quanze.reading.VersionRef;
import org.quanze.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code quanze correspondence}: the article correspondence between two versions of a document, as a table. */
@Command(name = "correspondence", mixinStandardHelpOptions = true,
        description = {"The fate of every article of the old version in the new one, derived from the two "
                + "official texts held in the store (with the curated corrections of data/corrections): type, new "
                + "articles and paragraphs, similarity, whether derived or curated, and why; then the new articles "
                + "without predecessor (type NEW).",
                "Example: quanze correspondence --document 保守国家秘密法 --from 2010 --to 2024 --format csv"})
final class CorrespondenceCommand extends StoreCommand {

    @Option(names = "--document", paramLabel = "TITLE", required = true, description = "The document, e.g. 保守国家秘密法.")
    private String document;

    @Option(names = "--from", paramLabel = "YEAR|DATE", required = true, description = "The old version, e.g. 2010.")
    private String from;

    @Option(names = "--to", paramLabel = "YEAR|DATE", required = true, description = "The new version, e.g. 2024.")
    private String to;

    @Mixin
    private ReportOutput out;

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            GraphReader reader = GraphReader.of(store);
            LawVersions versions = new LawVersions(storeOptions.iris());
            VersionRef older = versions.version(reader, document, from);
            VersionRef newer = versions.version(reader, document, to);
            CorrespondenceGraphs.Pair pair = new CorrespondenceGraphs(new ImpactIris(storeOptions.iris()),
                    CorrespondenceOverrides.bundled()).between(reader, older.documentKey(), older.iri(), newer.iri())
                    .orElseThrow(() -> new IllegalArgumentException("the official texts of both " + older.slug()
                            + " and " + newer.slug() + " of 《" + older.documentKey() + "》 must be loaded"));
            List<Map<String, Object>> rows = rows(pair);
            out.write(() -> Tables.csv(CorrespondenceRow.HEADER, rows), () -> Tables.json(rows));
            return 0;
        }
    }

    private static List<Map<String, Object>> rows(CorrespondenceGraphs.Pair pair) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CorrespondenceRow r : pair.correspondence().rows()) {
            Map<String, Object> row = Tables.row();
            for (int i = 0; i < CorrespondenceRow.HEADER.size(); i++) {
                row.put(CorrespondenceRow.HEADER.get(i), r.cells().get(i));
            }
            rows.add(row);
        }
        for (int article : pair.correspondence().newWithoutPredecessor()) {
            Map<String, Object> row = Tables.row();
            row.put("document", pair.correspondence().documentTitle());
            row.put("old_version", pair.older().versionDate().toString());
            row.put("old_article", "");
            row.put("type", "NEW");
            row.put("new_articles", Integer.toString(article));
            row.put("new_paragraphs", "-");
            row.put("similarity", "");
            row.put("source", "derived");
            row.put("reason", "no article of " + pair.older().versionDate() + " leads to it");
            rows.add(row);
        }
        return rows;
    }
}
