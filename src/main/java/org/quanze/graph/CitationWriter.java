package org.quanze.graph;

import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.quanze.ingest.Finding;
import org.quanze.ingest.Location;
import org.quanze.ingest.list.ArticleRef;
import org.quanze.ingest.list.BasisItem;
import org.quanze.ingest.list.DocumentCitation;
import org.quanze.ingest.list.HistoryNote;
import org.quanze.vocab.ELI;
import org.quanze.vocab.PROV;
import org.quanze.vocab.QZ;

/**
 * Writes the citations of basis items: one citation node per article reference, holding what the
 * list wrote and the document, version and article it resolves to. A {@code 同N} item gets nodes
 * of its own that repeat the citations of item N.
 */
final class CitationWriter {

    static final String POWER_BASIS = "power-basis";
    static final String DUTY_BASIS = "duty-basis";
    static final String CASE_BASIS = "case-basis";

    private final Statements s;
    private final Iris iris;
    private final Ontology ontology;
    private final Cells cells;
    private final List<Finding> findings;

    CitationWriter(Statements s, Iris iris, Ontology ontology, Cells cells, List<Finding> findings) {
        this.s = s;
        this.iris = iris;
        this.ontology = ontology;
        this.cells = cells;
        this.findings = findings;
    }

    void write(Resource entry, String slug, int power, String role, List<BasisItem> items) {
        for (BasisItem item : items) {
            if (item.isRepeat()) {
                repeat(entry, slug, power, role, item);
                continue;
            }
            int ordinal = 0;
            for (DocumentCitation doc : item.citations()) {
                for (ArticleRef ref : doc.refs()) {
                    ordinal++;
                    String iri = iris.citation(slug, power, role, item.index(), ordinal);
                    entry.addProperty(QZ.hasBasis, citation(iri, item, ordinal, doc, ref));
                }
            }
        }
    }

    private Resource citation(String iri, BasisItem item, int ordinal, DocumentCitation doc, ArticleRef ref) {
        Resource c = common(iri, item, ordinal);
        s.text(c, QZ.levelTag, doc.levelTag());
        if (doc.levelTag() != null) {
            ontology.level(doc.levelTag()).ifPresentOrElse(level -> c.addProperty(QZ.citedLevel, level),
                    () -> findings.add(new Finding(new Location(cells.fileName(), item.cell().row(),
                            item.cell().column(), item.line()), "level tag 【" + doc.levelTag()
                            + "】 is not a known level (法律, 行政法规, 地方性法规, 部门规章, 规范性文件 …): kept verbatim")));
        }
        s.text(c, QZ.citedTitle, doc.title());
        s.text(c, QZ.historyNote, doc.history());
        s.text(c, QZ.citedReference, ref.reference());
        s.integer(c, QZ.citedChapter, ref.chapter());
        s.integer(c, QZ.citedArticleNumber, ref.article());
        s.integer(c, QZ.citedParagraph, ref.paragraph());
        s.integer(c, QZ.citedItem, ref.item());
        s.text(c, QZ.quotedText, ref.quote());
        s.zh(c, RDFS.label, "《" + doc.title() + "》" + ref.reference());
        HistoryNote note = HistoryNote.parse(doc.history());
        events(c, note);
        Target target = target(doc, note, ref);
        c.addProperty(QZ.citesDocument, target.document());
        c.addProperty(QZ.citesVersion, target.version());
        c.addProperty(QZ.citesArticle, target.article());
        return c;
    }

    private void repeat(Resource entry, String slug, int power, String role, BasisItem item) {
        int ordinal = 0;
        for (BasisItem repeated : item.repeated()) {
            int targetOrdinal = 0;
            for (DocumentCitation doc : repeated.citations()) {
                for (ArticleRef ref : doc.refs()) {
                    ordinal++;
                    targetOrdinal++;
                    Resource c = common(iris.citation(slug, power, role, item.index(), ordinal), item, ordinal);
                    c.addProperty(QZ.repeats, s.model().createResource(
                            iris.citation(slug, power, role, repeated.index(), targetOrdinal)));
                    s.zh(c, RDFS.label, "同" + item.sameAs() + "：《" + doc.title() + "》" + ref.reference());
                    Target target = target(doc, HistoryNote.parse(doc.history()), ref);
                    c.addProperty(QZ.citesDocument, target.document());
                    c.addProperty(QZ.citesVersion, target.version());
                    c.addProperty(QZ.citesArticle, target.article());
                    entry.addProperty(QZ.hasBasis, c);
                }
            }
        }
    }

    private Resource common(String iri, BasisItem item, int ordinal) {
        Resource c = s.resource(iri, QZ.Citation);
        s.text(c, QZ.itemLabel, item.label());
        s.integer(c, QZ.itemNumber, item.entry());
        s.integer(c, QZ.ordinal, ordinal);
        s.text(c, QZ.sourceText, item.text());
        s.integer(c, QZ.line, item.line());
        c.addProperty(PROV.wasDerivedFrom, cells.cell(item.cell()));
        return c;
    }

    private void events(Resource citation, HistoryNote note) {
        int n = 0;
        for (HistoryNote.Event e : note.events()) {
            Resource event = s.resource(iris.event(citation.getURI(), ++n), QZ.HistoryEvent);
            s.date(event, QZ.date, e.date());
            s.text(event, QZ.orderNumber, e.orderNumber());
            s.text(event, QZ.action, e.action());
            citation.addProperty(QZ.citedEvent, event);
        }
    }

    /** The document, version and article a citation resolves to, with what the list tells of them. */
    private record Target(Resource document, Resource version, Resource article) {
    }

    private Target target(DocumentCitation doc, HistoryNote note, ArticleRef ref) {
        String key = LegalTitles.key(doc.title());
        Resource document = s.resource(iris.document(key), QZ.LegalDocument, ELI.LegalResource);
        s.text(document, QZ.shortTitle, key);
        s.zh(document, RDFS.label, doc.title());
        Resource version = s.resource(iris.version(key, note.versionSlug()), QZ.LegalDocumentVersion,
                ELI.LegalExpression);
        version.addProperty(ELI.realizes, document);
        document.addProperty(ELI.is_realized_by, version);
        note.versionDate().ifPresent(d -> s.date(version, ELI.version_date, d));
        s.zh(version, RDFS.label, Labels.version(doc.title(), note.versionSlug()));
        s.text(version, QZ.documentNumber, note.documentNumber());
        Resource article = s.resource(iris.article(version.getURI(), ref.article()), QZ.Article,
                ELI.LegalResourceSubdivision);
        s.integer(article, QZ.articleNumber, ref.article());
        s.text(article, ELI.number, Integer.toString(ref.article()));
        s.zh(article, RDFS.label, Labels.article(ref.article()));
        version.addProperty(ELI.has_part, article);
        return new Target(document, version, article);
    }
}
