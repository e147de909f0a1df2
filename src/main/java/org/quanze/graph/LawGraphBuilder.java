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
import org.quanze.law.LawPart;
import org.quanze.law.LawSection;
import org.quanze.law.LawText;
import org.quanze.vocab.ELI;
import org.quanze.vocab.PROV;
import org.quanze.vocab.QZ;

/**
 * Turns an official law text into the statements of its named graph: the document, this version
 * with its dates and history, and its chapters, articles, paragraphs and items with their text.
 */
public record LawGraphBuilder(Iris iris, Ontology ontology) {

    public Model build(LawText law, SourceFacts source) {
        return build(law, source, null);
    }

    /**
     * The graph of a law text; {@code levelHint} is the level the text is filed under (the national
     * corpus's category folder), taken when the text's own history does not tell it.
     */
    public Model build(LawText law, SourceFacts source, String levelHint) {
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
        String level = law.level() != null ? law.level() : levelHint;
        if (level != null) {
            ontology.level(level).ifPresent(l -> document.addProperty(QZ.level, l));
        }
        Resource version = version(s, law, key, document, file);
        s.zh(version, QZ.preamble, law.preamble());
        String v = version.getURI();
        for (LawPart part : law.parts()) {
            Resource p = s.resource(iris.part(v, part.key()), QZ.Part, ELI.LegalResourceSubdivision);
            s.zh(p, QZ.heading, part.heading());
            s.zh(p, RDFS.label, part.heading());
            s.integer(p, QZ.number, part.number());
            s.integer(p, QZ.line, part.line());
            version.addProperty(ELI.has_part, p);
        }
        if (law.part() != null) {
            Resource p = s.resource(iris.part(v, law.part()), QZ.Part, ELI.LegalResourceSubdivision);
            s.zh(p, QZ.heading, law.part());
            s.zh(p, RDFS.label, law.part());
            version.addProperty(ELI.has_part, p);
        }
        for (LawChapter chapter : law.chapters()) {
            Resource c = s.resource(iris.chapter(v, chapter.part(), chapter.number()), QZ.Chapter,
                    ELI.LegalResourceSubdivision);
            s.integer(c, QZ.chapterNumber, chapter.number());
            s.text(c, ELI.number, Integer.toString(chapter.number()));
            s.zh(c, QZ.heading, chapter.heading());
            s.zh(c, RDFS.label, chapter.heading());
            s.integer(c, QZ.line, chapter.line());
            version.addProperty(ELI.has_part, c);
            if (chapter.part() != null) {
                c.addProperty(QZ.inPart, s.model().createResource(iris.part(v, chapter.part())));
            }
        }
        for (LawSection section : law.sections()) {
            Resource sec = s.resource(section(v, section.part(), section.chapter(), section.number()), QZ.Section,
                    ELI.LegalResourceSubdivision);
            s.integer(sec, QZ.number, section.number());
            s.zh(sec, QZ.heading, section.heading());
            s.zh(sec, RDFS.label, section.heading());
            s.integer(sec, QZ.line, section.line());
            (section.chapter() == null ? version : s.model().createResource(iris.chapter(v, section.part(),
                    section.chapter()))).addProperty(ELI.has_part, sec);
        }
        for (LawArticle article : law.articles()) {
            version.addProperty(ELI.has_part, article(s, version, article, file));
        }
        law.unread().forEach((number, line) -> version.addProperty(ELI.has_part, unread(s, version, number, line, file)));
        return s.model();
    }

    private String section(String version, String part, Integer chapter, int number) {
        return chapter == null ? iris.section(part == null ? version : iris.part(version, part), number)
                : iris.section(iris.chapter(version, part, chapter), number);
    }

    /** An article number the text has but whose text cannot be told (repeated, out of order): no text is taken. */
    private Resource unread(Statements s, Resource version, int number, int line, Resource file) {
        Resource a = s.resource(iris.article(version.getURI(), number), QZ.Article, ELI.LegalResourceSubdivision);
        s.integer(a, QZ.articleNumber, number);
        s.text(a, ELI.number, Integer.toString(number));
        s.zh(a, RDFS.label, Labels.article(number));
        a.addProperty(QZ.textStatus, QZ.UnreadableInOfficialText);
        s.integer(a, QZ.line, line);
        a.addProperty(PROV.wasDerivedFrom, file);
        return a;
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
            Resource chapter = s.model().createResource(iris.chapter(version.getURI(), article.part(), article.chapter()));
            a.addProperty(QZ.inChapter, chapter);
            chapter.addProperty(ELI.has_part, a);
        }
        if (article.section() != null) {
            a.addProperty(QZ.inSection, s.model().createResource(
                    section(version.getURI(), article.part(), article.chapter(), article.section())));
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
