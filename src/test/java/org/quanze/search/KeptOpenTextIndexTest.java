package org.quanze.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quanze.vocab.QZ;

/**
 * The text index searched through a reader kept open answers as jena-text's own path does, on the same index: the
 * same hits with the same scores, literals, graphs and properties, in the same order; and a commit is seen by the
 * next query.
 */
class KeptOpenTextIndexTest {

    private static final List<String> LAWS = List.of("data/laws/secrecy-law-2010.md", "data/laws/secrecy-law-2024.md",
            "data/laws/secrecy-regulation-2014.md", "data/laws/secrecy-regulation-2024.md");
    private static final Resource TEXT = ResourceFactory.createProperty(QZ.text.getURI());
    private static final Resource NAME = ResourceFactory.createProperty(QZ.name.getURI());

    /** Every line of the four secrecy texts a document of its own (qz:text), the first of each also a name, in one graph a law. */
    private static int fill(TextIndexLucene index) throws IOException {
        int documents = 0;
        for (String law : LAWS) {
            Node graph = NodeFactory.createURI("https://w3id.org/quanze/graph/" + Path.of(law).getFileName());
            List<String> lines = Files.readAllLines(Path.of(law), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList();
            for (int i = 0; i < lines.size(); i++) {
                Node subject = NodeFactory.createURI(graph.getURI() + "/line/" + i);
                Node predicate = i % 7 == 0 ? QZ.name.asNode() : QZ.text.asNode();
                Entity entity = TextQueryFuncs.entityFromQuad(index.getDocDef(),
                        new Quad(graph, subject, predicate, NodeFactory.createLiteralString(lines.get(i))));
                index.addEntity(entity);
                documents++;
                if (documents % 300 == 0) {
                    index.commit(); // several segments, as a store written by several loads has
                }
            }
        }
        index.commit();
        return documents;
    }

    private record Asked(String subject, List<Resource> props, String words, String graph, int limit) {
    }

    private static final List<Asked> ASKED = List.of(
            new Asked(null, List.of(TEXT), "国家秘密", null, 3000),
            new Asked(null, List.of(TEXT), "罚款", null, 3000),
            new Asked(null, List.of(NAME), "保守国家秘密", null, 3000),
            new Asked(null, List.of(TEXT, NAME), "保密 AND 工作", null, 50),
            new Asked(null, List.of(TEXT), "保密*", null, 0),
            new Asked(null, List.of(TEXT), "\"国家秘密\" -泄露", null, 3000),
            new Asked(null, List.of(), "text:秘密", null, 100),
            new Asked(null, List.of(TEXT), "秘密", "https://w3id.org/quanze/graph/secrecy-law-2024.md", 3000),
            new Asked("https://w3id.org/quanze/graph/secrecy-law-2010.md/line/8", List.of(TEXT), "秘密", null, 3000),
            new Asked(null, List.of(TEXT), "麒麟", null, 3000));

    private static List<List<Object>> answers(TextIndexLucene index) {
        List<List<Object>> all = new ArrayList<>();
        for (Asked a : ASKED) {
            all.add(index.query(a.subject(), a.props(), a.words(), a.graph(), null, a.limit(), null).stream()
                    .map(KeptOpenTextIndexTest::row).toList());
        }
        return all;
    }

    private static Object row(TextHit h) {
        return List.of(h.getNode(), h.getScore(), String.valueOf(h.getLiteral()), String.valueOf(h.getGraph()),
                String.valueOf(h.getProp()));
    }

    @Test
    void shouldAnswerAsJenaTextDoesOnTheSameIndex(@TempDir Path folder) throws IOException {
        List<List<Object>> kept;
        int documents;
        try (FSDirectory directory = FSDirectory.open(folder)) {
            KeptOpenTextIndex index = new KeptOpenTextIndex(directory, FullTextIndex.config());
            documents = fill(index);
            kept = answers(index);
            index.close();
        }
        List<List<Object>> jena;
        try (FSDirectory directory = FSDirectory.open(folder)) {
            TextIndexLucene index = new TextIndexLucene(directory, FullTextIndex.config());
            jena = answers(index);
            index.close();
        }

        assertThat(documents).isGreaterThan(600);
        assertThat(kept).isEqualTo(jena);
        assertThat(kept.get(0)).as("国家秘密 in the texts").hasSizeGreaterThan(50);
        assertThat(kept.get(3)).as("cut at the limit").hasSize(50);
        assertThat(kept.get(7)).as("one law's graph").isNotEmpty()
                .allSatisfy(r -> assertThat(((List<?>) r).get(3)).isEqualTo("https://w3id.org/quanze/graph/secrecy-law-2024.md"));
        assertThat(kept.get(8)).hasSize(1);
        assertThat(kept.get(9)).isEmpty();
    }

    @Test
    void shouldFindWhatWasCommittedSinceTheLastQuery(@TempDir Path folder) throws IOException {
        try (FSDirectory directory = FSDirectory.open(folder)) {
            KeptOpenTextIndex index = new KeptOpenTextIndex(directory, FullTextIndex.config());
            fill(index);
            List<TextHit> before = index.query((String) null, List.of(TEXT), "麒麟", null, null, 10, null);
            Node graph = NodeFactory.createURI("https://w3id.org/quanze/graph/new.md");
            index.addEntity(TextQueryFuncs.entityFromQuad(index.getDocDef(), new Quad(graph,
                    NodeFactory.createURI(graph.getURI() + "/line/1"), QZ.text.asNode(), NodeFactory.createLiteralString("麒麟出没"))));
            List<TextHit> uncommitted = index.query((String) null, List.of(TEXT), "麒麟", null, null, 10, null);
            index.commit();
            List<TextHit> committed = index.query((String) null, List.of(TEXT), "麒麟", null, null, 10, null);
            index.close();

            assertThat(before).isEmpty();
            assertThat(uncommitted).as("as jena-text's path: only what is committed").isEmpty();
            assertThat(committed).extracting(h -> h.getNode().getURI()).containsExactly(graph.getURI() + "/line/1");
        }
    }

    @Test
    void shouldRefuseWordsLuceneCannotParseAsJenaTextDoes(@TempDir Path folder) throws IOException {
        try (FSDirectory directory = FSDirectory.open(folder)) {
            KeptOpenTextIndex index = new KeptOpenTextIndex(directory, FullTextIndex.config());
            try {
                assertThatThrownBy(() -> index.query((String) null, List.of(TEXT), "罚款 AND", null, null, 10, null))
                        .isInstanceOf(TextIndexParseException.class);
            } finally {
                index.close();
            }
        }
    }
}
