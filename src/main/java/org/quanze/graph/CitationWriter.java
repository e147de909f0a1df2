package org.quanze.graph;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.quanze.ingest.Findings;
import org.quanze.ingest.WarningKind;
import org.quanze.ingest.list.ArticleRef;
import org.quanze.ingest.list.BasisItem;
import org.quanze.ingest.list.DocumentCitation;
import org.quanze.ingest.list.HistoryNote;
import org.quanze.vocab.ELI;
import org.quanze.vocab.PROV;
import org.quanze.vocab.QZ;

/**
 * Writes the citations of basis items: one citation node per article reference, holding what the
 * list wrote and the document, version and article it resolves to; a document cited without any
 * article gets one node that resolves to the document and version only, so that it is shown among
 * the bases it belongs to. A {@code 同N} item gets nodes of its own that repeat the citations of
 * item N.
 *
 * <p>The version a citation names comes from its history note (its latest dated event, else a
 * month or a year), matched to the versions whose official text is known ({@link KnownVersions}): a
 * version named by its entry into force, by a month or year, or by a date a few days off, and a
 * version inferred for a citation that names none, are marked with how they were found
 * ({@code qz:versionMatch}). A citation that names no version of a document of which no text is
 * known is resolved to the version "as cited in the list's year", slug {@code cited-YEAR}: the slug
 * says exactly what is known, is the same for every undated citation of the same document in lists
 * of the same year, and is never mistaken for an official version. A list without a year keeps
 * {@code undated}.
 */
record CitationWriter(Statements s, Iris iris, Ontology ontology, Cells cells, Findings findings, Integer year,
                      KnownVersions known) {

    /** Writes the citations of {@code items} as {@code property} of {@code entry}; {@code power} is the power's IRI. */
    void write(Resource entry, Property property, String power, CitationRole role, List<BasisItem> items) {
        for (BasisItem item : items) {
            if (item.isRepeat()) {
                repeat(entry, property, power, role, item);
                continue;
            }
            int ordinal = 0;
            for (DocumentCitation doc : item.citations()) {
                for (ArticleRef ref : refs(doc)) {
                    ordinal++;
                    String iri = iris.citation(power, role, item.index(), ordinal);
                    entry.addProperty(property, citation(iri, item, ordinal, doc, ref));
                }
            }
        }
    }

    /** The article references of a document citation; one null for a document cited without any. */
    private static List<ArticleRef> refs(DocumentCitation doc) {
        return doc.refs().isEmpty() ? Collections.singletonList(null) : doc.refs();
    }

    private Resource citation(String iri, BasisItem item, int ordinal, DocumentCitation doc, ArticleRef ref) {
        Resource c = common(iri, item, ordinal);
        s.text(c, QZ.levelTag, doc.levelTag());
        if (doc.levelTag() != null) {
            ontology.level(doc.levelTag()).ifPresentOrElse(level -> c.addProperty(QZ.citedLevel, level),
                    () -> findings.tally(WarningKind.UNKNOWN_LEVEL, "level:" + doc.levelTag(), item.location(),
                            "level tag 【" + doc.levelTag()
                            + "】 is not a known level (法律, 行政法规, 地方性法规, 部门规章, 规范性文件 …): kept verbatim"));
        }
        s.text(c, QZ.citedTitle, doc.title());
        s.text(c, QZ.historyNote, doc.history());
        if (ref == null) {
            whole(c, doc);
        } else {
            s.text(c, QZ.citedReference, ref.reference());
            s.integer(c, QZ.citedChapter, ref.chapter());
            s.integer(c, QZ.citedArticleNumber, ref.article());
            s.integer(c, QZ.citedParagraph, ref.paragraph());
            s.integer(c, QZ.citedItem, ref.item());
            s.text(c, QZ.quotedText, ref.quote().isEmpty() ? null : ref.quote());
            s.zh(c, RDFS.label, "《" + LegalTitles.display(doc.title()) + "》" + ref.reference());
        }
        HistoryNote note = HistoryNote.parse(doc.history());
        events(c, note);
        link(c, doc, note, ref);
        return c;
    }

    /**
     * What a list writes after a document it cites without an article: a short reference (第五章、第六章、
     * 附件1第9项) is its reference, anything longer what it quotes.
     */
    private void whole(Resource c, DocumentCitation doc) {
        String rest = doc.unreferenced() == null ? "" : doc.unreferenced();
        // The full stop that ends the cell (第五章、第六章、第七章。) does not make a reference a sentence.
        String bare = rest.replaceAll("[。；;，,\\s]+$", "");
        boolean reference = !bare.isEmpty() && bare.length() <= 40 && bare.chars().noneMatch(ch -> "。；;".indexOf(ch) >= 0);
        s.text(c, QZ.citedReference, reference ? bare : null);
        s.text(c, QZ.quotedText, !reference && !rest.isEmpty() ? rest : null);
        s.zh(c, RDFS.label, "《" + LegalTitles.display(doc.title()) + "》" + (reference ? bare : ""));
    }

    private void repeat(Resource entry, Property property, String power, CitationRole role, BasisItem item) {
        int ordinal = 0;
        for (BasisItem repeated : item.repeated()) {
            int targetOrdinal = 0;
            for (DocumentCitation doc : repeated.citations()) {
                for (ArticleRef ref : refs(doc)) {
                    ordinal++;
                    targetOrdinal++;
                    Resource c = common(iris.citation(power, role, item.index(), ordinal), item, ordinal);
                    c.addProperty(QZ.repeats, s.model().createResource(
                            iris.citation(power, role, repeated.index(), targetOrdinal)));
                    s.zh(c, RDFS.label, "同" + item.sameAs() + "：《" + LegalTitles.display(doc.title()) + "》"
                            + (ref == null ? "" : ref.reference()));
                    link(c, doc, HistoryNote.parse(doc.history()), ref);
                    entry.addProperty(property, c);
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
            s.partialDate(event, QZ.date, QZ.partialDate, e.date());
            s.text(event, QZ.orderNumber, e.orderNumber());
            s.text(event, QZ.action, e.action());
            citation.addProperty(QZ.citedEvent, event);
        }
    }

    /**
     * Links a citation to the document, version and article it resolves to (no article for a
     * document cited as a whole: {@code ref} null), minting what the list tells of them.
     */
    private void link(Resource c, DocumentCitation doc, HistoryNote note, ArticleRef ref) {
        String key = LegalTitles.key(doc.title());
        String title = LegalTitles.display(doc.title());
        Resource document = s.resource(iris.document(key), QZ.LegalDocument, ELI.LegalResource);
        s.text(document, QZ.shortTitle, key);
        s.zh(document, RDFS.label, title);
        KnownVersions.Resolution resolution = known.resolve(key, note, year);
        String slug = resolution.slug();
        Resource version = s.resource(iris.version(key, slug), QZ.LegalDocumentVersion, ELI.LegalExpression);
        version.addProperty(ELI.realizes, document);
        document.addProperty(ELI.is_realized_by, version);
        if (!resolution.known()) {
            // A version known only from the list: what the list tells of it is all there is, as precise as the
            // note is (a month or a year is kept as such, for a later match with dated versions).
            note.version().ifPresent(d -> s.partialDate(version, ELI.version_date, QZ.partialDate, d));
            s.zh(version, RDFS.label, Labels.version(title, slug));
            s.text(version, QZ.documentNumber, note.documentNumber());
        }
        matchKind(resolution.match()).ifPresent(kind -> c.addProperty(QZ.versionMatch, kind));
        c.addProperty(QZ.citesDocument, document);
        c.addProperty(QZ.citesVersion, version);
        if (ref == null) {
            return;
        }
        Resource article = s.resource(iris.article(version.getURI(), ref.article()), QZ.Article,
                ELI.LegalResourceSubdivision);
        s.integer(article, QZ.articleNumber, ref.article());
        s.text(article, ELI.number, Integer.toString(ref.article()));
        s.zh(article, RDFS.label, Labels.article(ref.article()));
        version.addProperty(ELI.has_part, article);
        c.addProperty(QZ.citesArticle, article);
    }

    private static Optional<Resource> matchKind(KnownVersions.Match match) {
        return Optional.ofNullable(switch (match) {
            case BY_ENTRY_INTO_FORCE -> QZ.VersionByEntryIntoForce;
            case IN_PERIOD -> QZ.VersionInPeriod;
            case NEAR_DATE -> QZ.VersionNearDate;
            case INFERRED -> QZ.VersionInferred;
            case NAMED, AS_WRITTEN -> null;
        });
    }
}
