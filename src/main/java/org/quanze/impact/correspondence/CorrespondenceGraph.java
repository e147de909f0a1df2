package org.quanze.impact.correspondence;

import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.quanze.graph.Iris;
import org.quanze.impact.ImpactIris;
import org.quanze.ingest.ChineseNumerals;
import org.quanze.vocab.PROV;
import org.quanze.vocab.QZ;

/**
 * Writes one correspondence as the statements of its named graph: the correspondence between
 * the two versions, one mapping per old article typed by its change and pointing to the new
 * article(s) and paragraph(s), and the new articles without predecessor.
 */
public final class CorrespondenceGraph {

    private static final Map<ChangeType, Resource> TYPES = Map.of(ChangeType.UNCHANGED, QZ.Unchanged,
            ChangeType.RENUMBERED, QZ.Renumbered, ChangeType.AMENDED, QZ.Amended, ChangeType.SPLIT, QZ.Split,
            ChangeType.MERGED, QZ.Merged, ChangeType.REPEALED, QZ.Repealed);

    private final ImpactIris iris;

    public CorrespondenceGraph(ImpactIris iris) {
        this.iris = iris;
    }

    /** The name of the graph a correspondence between these versions is written to. */
    public String graphName(OfficialVersion older, OfficialVersion newer) {
        return iris.correspondenceGraph(older.documentKey(), slug(older), slug(newer));
    }

    public static Resource type(ChangeType type) {
        return TYPES.get(type);
    }

    public Model write(OfficialVersion older, OfficialVersion newer, Correspondence c) {
        Model m = ModelFactory.createDefaultModel();
        Iris ids = iris.iris();
        Resource node = m.createResource(iris.correspondence(older.documentKey(), slug(older), slug(newer)),
                QZ.VersionCorrespondence);
        node.addProperty(RDFS.label, m.createLiteral("《" + older.title() + "》" + slug(older) + " → " + slug(newer)
                + " 条文对应", "zh"));
        node.addProperty(RDFS.label, m.createLiteral("Article correspondence of " + older.title() + ", "
                + slug(older) + " → " + slug(newer), "en"));
        node.addProperty(QZ.fromVersion, m.createResource(older.iri()));
        node.addProperty(QZ.toVersion, m.createResource(newer.iri()));
        node.addProperty(PROV.wasDerivedFrom, m.createResource(older.iri()));
        node.addProperty(PROV.wasDerivedFrom, m.createResource(newer.iri()));
        for (ArticleMapping mapping : c.mappings()) {
            Resource r = m.createResource(iris.mapping(node.getURI(), mapping.oldArticle()), QZ.ArticleMapping);
            r.addProperty(RDF.type, TYPES.get(mapping.type()));
            r.addProperty(RDFS.label, m.createLiteral(label(mapping), "zh"));
            r.addProperty(QZ.oldArticle, m.createResource(ids.article(older.iri(), mapping.oldArticle())));
            for (Target t : mapping.targets()) {
                String article = ids.article(newer.iri(), t.article());
                r.addProperty(QZ.successor, m.createResource(article));
                t.paragraphs().forEach(p -> r.addProperty(QZ.successorParagraph, m.createResource(ids.paragraph(article, p))));
            }
            r.addLiteral(QZ.curated, mapping.source() == MappingSource.OVERRIDE);
            if (mapping.reason() != null && !mapping.reason().isBlank()) {
                r.addProperty(QZ.reason, mapping.reason());
            }
            node.addProperty(QZ.hasMapping, r);
        }
        c.newWithoutPredecessor().forEach(n -> node.addProperty(QZ.withoutPredecessor,
                m.createResource(ids.article(newer.iri(), n))));
        return m;
    }

    private static String slug(OfficialVersion v) {
        return Iris.versionSlug(v.versionDate());
    }

    /** 第四十五条 → 第五十二条第二款 */
    private static String label(ArticleMapping mapping) {
        StringBuilder sb = new StringBuilder(article(mapping.oldArticle())).append(" →");
        if (mapping.targets().isEmpty()) {
            sb.append(" —");
        }
        for (Target t : mapping.targets()) {
            sb.append(' ').append(article(t.article()));
            t.paragraphs().forEach(p -> sb.append("第").append(ChineseNumerals.format(p)).append("款"));
        }
        return sb.toString();
    }

    private static String article(int n) {
        return "第" + ChineseNumerals.format(n) + "条";
    }
}
