package org.quanze.impact.correspondence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quanze.ingest.WhiteSpace;
import org.quanze.law.LawArticle;
import org.quanze.law.LawChapter;
import org.quanze.law.LawItem;
import org.quanze.law.LawParagraph;
import org.quanze.law.LawText;
import org.quanze.reading.GraphReader;
import org.quanze.reading.ImpactQueries;

/**
 * Reads the official texts back from the graph as the parser produced them ({@link LawText}), so
 * that the correspondence is computed from what the store holds, whichever load brought each
 * version. The history lines are not needed for that and are left out.
 */
public final class StoredLawTexts {

    private StoredLawTexts() {
    }

    /** Every version with official text, grouped by document (short title), oldest first. */
    public static Map<String, List<OfficialVersion>> officialVersions(GraphReader reader) {
        Map<String, List<OfficialVersion>> byDocument = new LinkedHashMap<>();
        Map<String, OfficialVersion> seen = new LinkedHashMap<>();
        for (OfficialVersionRow r : ImpactQueries.list(reader, "impact-official-versions", Map.of(), OfficialVersionRow.class)) {
            OfficialVersion v = new OfficialVersion(r.document(), r.documentKey(), r.version(), r.versionDate(), r.inForce(),
                    r.orderNumber(), r.title(), r.fileName());
            if (seen.putIfAbsent(v.iri(), v) == null) {
                byDocument.computeIfAbsent(v.documentKey(), k -> new ArrayList<>()).add(v);
            }
        }
        byDocument.values().forEach(list -> list.sort(java.util.Comparator.comparing(OfficialVersion::versionDate)));
        return byDocument;
    }

    /** The text of one version as read from the graph. */
    public static LawText read(GraphReader reader, OfficialVersion version) {
        Map<Integer, ArticleRows> articles = new LinkedHashMap<>();
        for (VersionTextRow r : ImpactQueries.list(reader, "impact-version-text", ImpactQueries.iri("version", version.iri()),
                VersionTextRow.class)) {
            ArticleRows a = articles.computeIfAbsent(r.number(),
                    n -> new ArticleRows(n, r.chapter(), line(r.line()), new LinkedHashMap<>()));
            ParagraphRows p = a.paragraphs().computeIfAbsent(r.paragraphNumber(),
                    n -> new ParagraphRows(n, r.paragraphText(), line(r.paragraphLine()), new LinkedHashMap<>()));
            if (r.item() != null) {
                p.items().putIfAbsent(r.itemNumber(), new LawItem(r.itemNumber(), r.itemText(), line(r.itemLine())));
            }
        }
        List<LawChapter> chapters = new ArrayList<>();
        for (VersionChapterRow r : ImpactQueries.list(reader, "impact-version-chapters",
                ImpactQueries.iri("version", version.iri()), VersionChapterRow.class)) {
            String heading = r.heading() == null ? "" : r.heading();
            chapters.add(new LawChapter(r.number(), heading, chapterTitle(heading), line(r.line())));
        }
        List<LawArticle> read = articles.values().stream().map(ArticleRows::article).toList();
        return new LawText(version.fileName(), null, version.title(), List.of(), version.versionDate(), version.inForce(),
                version.orderNumber(), null, chapters, read);
    }

    private static int line(Integer line) {
        return line == null ? 0 : line;
    }

    /** 第一章 总 则 → 总则, as the parser does. */
    private static String chapterTitle(String heading) {
        return WhiteSpace.removeAll(heading.replaceFirst("^第[一二三四五六七八九十百千零〇两]+章", ""));
    }

    private record ArticleRows(int number, Integer chapter, int line, Map<Integer, ParagraphRows> paragraphs) {
        LawArticle article() {
            return new LawArticle(number, chapter, paragraphs.values().stream().map(ParagraphRows::paragraph).toList(), line);
        }
    }

    /** The graph holds a paragraph's whole text (its lead line, then its items one per line): the lead is the first line. */
    private record ParagraphRows(int number, String text, int line, Map<Integer, LawItem> items) {
        LawParagraph paragraph() {
            String lead = items.isEmpty() ? text : text.split("\n", -1)[0];
            return new LawParagraph(number, lead, List.copyOf(items.values()), line);
        }
    }
}
