package org.quanze.graph;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.quanze.law.HistoryLine;
import org.quanze.law.LawArticle;
import org.quanze.law.LawChapter;
import org.quanze.law.LawItem;
import org.quanze.law.LawParagraph;
import org.quanze.law.LawText;
import org.quanze.vocab.ELI;
import org.quanze.vocab.PROV;
import org.quanze.vocab.QZ;

/**
 * Turns an official law text into the statements of its named graph: the document, this version
 * with its dates and history, and its chapters, articles, paragraphs and items with their text.
 */
public final class LawGraphBuilder {

    private final Iris iris;
    private final Ontology ontology;

    public LawGraphBuilder(Iris iris, Ontology ontology) {
        this.iris = iris;
        this.ontology = ontology;
    }

    public Model build(LawText law, SourceFacts source) {
        Statements s = new Statements(ModelFactory.createDefaultModel());
        Resource file = s.resource(iris.sourceFile(source.fileName()), QZ.SourceFile);
        s.text(file, QZ.fileName, source.fileName());
        s.text(file, QZ.sha256, source.sha256());
        file.addLiteral(QZ.byteSize, source.size());
        s.text(file, QZ.firstLine, law.firstLine());
        s.zh(file, RDFS.label, source.fileName());

        String key = LegalTitles.key(law.title());
        Resource document = s.resource(iris.document(key), QZ.LegalDocument, ELI.LegalResource);
        s.zh(document, RDFS.label, law.title());
        s.zh(document, ELI.title, law.title());
        s.zh(document, DCTerms.title, law.title());
        s.text(document, QZ.shortTitle, key);
        if (law.level() != null) {
            ontology.level(law.level()).ifPresent(level -> document.addProperty(QZ.level, level));
        }
        Resource version = version(s, law, key, document, file);
        for (LawChapter chapter : law.chapters()) {
            Resource c = s.resource(iris.chapter(version.getURI(), chapter.number()), QZ.Chapter,
                    ELI.LegalResourceSubdivision);
            s.integer(c, QZ.chapterNumber, chapter.number());
            s.text(c, ELI.number, Integer.toString(chapter.number()));
            s.zh(c, QZ.heading, chapter.heading());
            s.zh(c, RDFS.label, chapter.heading());
            s.integer(c, QZ.line, chapter.line());
            version.addProperty(ELI.has_part, c);
        }
        for (LawArticle article : law.articles()) {
            version.addProperty(ELI.has_part, article(s, version, article, file));
        }
        return s.model();
    }

    private Resource version(Statements s, LawText law, String key, Resource document, Resource file) {
        String slug = Iris.versionSlug(law.versionDate());
        Resource version = s.resource(iris.version(key, slug), QZ.LegalDocumentVersion, ELI.LegalExpression);
        version.addProperty(ELI.realizes, document);
        document.addProperty(ELI.is_realized_by, version);
        s.zh(version, RDFS.label, Labels.version(law.title(), slug));
        s.date(version, ELI.version_date, law.versionDate());
        s.date(version, ELI.first_date_entry_in_force, law.inForce());
        s.text(version, QZ.orderNumber, law.orderNumber());
        version.addLiteral(QZ.hasOfficialText, true);
        version.addProperty(PROV.wasDerivedFrom, file);
        int n = 0;
        for (HistoryLine h : law.history()) {
            Resource event = s.resource(iris.event(version.getURI(), ++n), QZ.HistoryEvent);
            s.date(event, QZ.date, h.date());
            s.text(event, QZ.action, h.action());
            s.text(event, QZ.orderNumber, h.orderNumber());
            s.zh(event, QZ.description, h.text());
            s.zh(event, RDFS.label, h.text());
            s.integer(event, QZ.line, h.line());
            version.addProperty(QZ.hasEvent, event);
        }
        return version;
    }

    private Resource article(Statements s, Resource version, LawArticle article, Resource file) {
        Resource a = s.resource(iris.article(version.getURI(), article.number()), QZ.Article,
                ELI.LegalResourceSubdivision);
        s.integer(a, QZ.articleNumber, article.number());
        s.text(a, ELI.number, Integer.toString(article.number()));
        s.zh(a, RDFS.label, Labels.article(article.number()));
        s.text(a, QZ.text, article.text());
        a.addProperty(QZ.textStatus, QZ.OfficialText);
        s.integer(a, QZ.line, article.line());
        a.addProperty(PROV.wasDerivedFrom, file);
        if (article.chapter() != null) {
            Resource chapter = s.model().createResource(iris.chapter(version.getURI(), article.chapter()));
            a.addProperty(QZ.inChapter, chapter);
            chapter.addProperty(ELI.has_part, a);
        }
        for (LawParagraph paragraph : article.paragraphs()) {
            Resource p = s.resource(iris.paragraph(a.getURI(), paragraph.number()), QZ.Paragraph,
                    ELI.LegalResourceSubdivision);
            s.integer(p, QZ.number, paragraph.number());
            s.text(p, ELI.number, Integer.toString(paragraph.number()));
            s.text(p, QZ.text, paragraph.text());
            s.integer(p, QZ.line, paragraph.line());
            a.addProperty(ELI.has_part, p);
            for (LawItem item : paragraph.items()) {
                Resource i = s.resource(iris.item(p.getURI(), item.number()), QZ.Item, ELI.LegalResourceSubdivision);
                s.integer(i, QZ.number, item.number());
                s.text(i, ELI.number, Integer.toString(item.number()));
                s.text(i, QZ.text, item.text());
                s.integer(i, QZ.line, item.line());
                p.addProperty(ELI.has_part, i);
            }
        }
        return a;
    }
}
