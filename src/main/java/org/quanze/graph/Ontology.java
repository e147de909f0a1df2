package org.quanze.graph;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.SKOS;
import org.quanze.vocab.QZ;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files under {@code ontology/} as the product uses them: the vocabulary and the SKOS schemes
 * (loaded into the store as one graph), the SHACL shapes every load is checked against, and the
 * derivation rules. They travel in the jar and are read from the class path.
 */
public final class Ontology {

    private static final String[] VOCABULARY = {"ontology/quanze.ttl", "ontology/schemes.ttl"};
    private static final String SHAPES = "ontology/shapes.ttl";
    private static final String RULES = "classpath*:ontology/rules/*.rq";

    /** A derivation rule: a CONSTRUCT query over all loaded graphs, named after its file. */
    public record Rule(String name, Query query) {
    }

    private final Model vocabulary;
    private final Shapes shapes;
    private final List<Rule> rules;
    private final Map<String, Resource> categories;
    private final Map<String, Resource> levels;
    private final byte[] vocabularyBytes;

    private Ontology(Model vocabulary, byte[] vocabularyBytes, Shapes shapes, List<Rule> rules) {
        this.vocabulary = vocabulary;
        this.vocabularyBytes = vocabularyBytes;
        this.shapes = shapes;
        this.rules = List.copyOf(rules);
        this.categories = labelsOf(vocabulary, QZ.CATEGORY_SCHEME);
        this.levels = labelsOf(vocabulary, QZ.LEVEL_SCHEME);
    }

    public static Ontology load() {
        Model vocabulary = ModelFactory.createDefaultModel();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (String file : VOCABULARY) {
            byte[] bytes = read(file);
            all.writeBytes(bytes);
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.TURTLE).base(file).parse(vocabulary);
        }
        Model shapesModel = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(read(SHAPES))).lang(Lang.TURTLE).parse(shapesModel);
        return new Ontology(vocabulary, all.toByteArray(), Shapes.parse(shapesModel.getGraph()), readRules());
    }

    /** The vocabulary and schemes, as loaded into the ontology graph. */
    public Model vocabulary() {
        return vocabulary;
    }

    /** The bytes of the vocabulary files, to tell whether the stored ontology graph is current. */
    public byte[] vocabularyBytes() {
        return vocabularyBytes.clone();
    }

    public Shapes shapes() {
        return shapes;
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The power category a list names (行政强制 …), by its preferred or alternative label. */
    public Optional<Resource> category(String label) {
        return Optional.ofNullable(categories.get(label.strip()));
    }

    /** The level a citation's 【…】 tag names (法律, 行政法规 …). */
    public Optional<Resource> level(String tag) {
        return Optional.ofNullable(levels.get(tag.strip()));
    }

    private static Map<String, Resource> labelsOf(Model model, Resource scheme) {
        Map<String, Resource> byLabel = new HashMap<>();
        model.listSubjectsWithProperty(SKOS.inScheme, scheme).forEachRemaining(concept -> {
            for (var p : List.of(SKOS.prefLabel, SKOS.altLabel)) {
                model.listObjectsOfProperty(concept, p).forEachRemaining((RDFNode label) -> {
                    if (label.isLiteral() && "zh".equals(label.asLiteral().getLanguage())) {
                        byLabel.put(label.asLiteral().getString(), concept);
                    }
                });
            }
        });
        return byLabel;
    }

    private static List<Rule> readRules() {
        try {
            var resources = new PathMatchingResourcePatternResolver().getResources(RULES);
            List<Rule> rules = new ArrayList<>();
            for (var r : resources) {
                try (InputStream in = r.getInputStream()) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    rules.add(new Rule(r.getFilename(), QueryFactory.create(text)));
                }
            }
            rules.sort(Comparator.comparing(Rule::name));
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing on the class path: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
