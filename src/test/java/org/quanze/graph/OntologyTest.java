package org.quanze.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quanze.Fixtures;
import org.quanze.vocab.QZ;

class OntologyTest {

    private final Model vocabulary = Fixtures.ontology().vocabulary();

    private String label(Resource r, String lang) {
        return vocabulary.listObjectsOfProperty(r, RDFS.label).toList().stream()
                .filter(n -> n.isLiteral() && lang.equals(n.asLiteral().getLanguage()))
                .map(n -> n.asLiteral().getString()).findFirst().orElse(null);
    }

    @ParameterizedTest
    @CsvSource({"PowerList,权责清单", "Power,权力事项", "Duty,责任事项", "AccountabilityCase,追责情形",
            "Exemption,免责事项", "Organization,机构", "LegalDocument,法律法规", "LegalDocumentVersion,法律法规版本",
            "Article,法条", "Citation,法律依据引用"})
    void shouldLabelTheCoreClassesExactlyAsResearchersWillQueryThem(String local, String zh) {
        assertThat(label(vocabulary.createResource(QZ.NS + local), "zh")).isEqualTo(zh);
    }

    @Test
    void shouldDeclareEveryTermTheCodeUsesWithLabelsInBothLanguagesAndAComment() throws IllegalAccessException {
        int checked = 0;
        for (Field f : QZ.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !(f.get(null) instanceof Resource term)
                    || !term.getURI().startsWith(QZ.NS)) {
                continue;
            }
            Resource r = vocabulary.createResource(term.getURI());
            assertThat(label(r, "zh")).as("Chinese label of %s", r).isNotBlank();
            assertThat(label(r, "en")).as("English label of %s", r).isNotBlank();
            assertThat(vocabulary.contains(r, RDFS.comment)).as("comment of %s", r).isTrue();
            checked++;
        }
        assertThat(checked).isGreaterThan(60);
    }

    @Test
    void shouldFindCategoriesAndLevelsByTheirChineseLabels() {
        Map<String, String> expected = Map.of("行政强制", "coercion", "行政检查", "inspection", "其他行政权力", "other",
                "其他权力", "other");
        expected.forEach((label, local) -> assertThat(Fixtures.ontology().category(label))
                .hasValueSatisfying(c -> assertThat(c.getURI()).isEqualTo(QZ.CATEGORY_NS + local)));
        assertThat(Fixtures.ontology().level("行政法规")).hasValueSatisfying(
                l -> assertThat(l.getURI()).isEqualTo(QZ.LEVEL_NS + "administrative-regulation"));
        assertThat(Fixtures.ontology().level("党内法规")).isEmpty();
    }
}
