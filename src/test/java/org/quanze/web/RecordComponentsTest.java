package org.quanze.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.expression.AccessException;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The templates' reader of Quanze's records: it reads their components (and their declared type), nothing of other
 * objects; a page's evaluation context gets it once; an expression that kept it for one record reads another kind of
 * object through the other accessors.
 */
class RecordComponentsTest {

    record Place(String list, String listTitle, Integer number) {
    }

    record Hit(String label, Place place, List<String> pieces) {
    }

    private static final Hit HIT = new Hit("收缴", new Place("https://w3id.org/quanze/id/list/a", "玉林市国家保密局", 3),
            List.of("a", "b"));

    @Test
    void shouldReadTheComponentsOfQuanzesRecordsOnly() throws AccessException {
        RecordComponents reader = RecordComponents.INSTANCE;
        assertThat(reader.canRead(null, HIT, "label")).isTrue();
        assertThat(reader.read(null, HIT, "label").getValue()).isEqualTo("收缴");
        assertThat(reader.read(null, HIT.place(), "number").getTypeDescriptor().getType()).isEqualTo(Integer.class);
        assertThat(reader.read(null, HIT, "pieces").getTypeDescriptor().getElementTypeDescriptor().getType())
                .isEqualTo(String.class);
        assertThat(reader.read(null, new Place(null, null, null), "listTitle").getValue()).isNull();

        assertThat(reader.canRead(null, HIT, "toString")).as("a method, no component").isFalse();
        assertThat(reader.canRead(null, HIT, "nothing")).isFalse();
        assertThat(reader.canRead(null, "a string", "bytes")).isFalse();
        assertThat(reader.canRead(null, Map.of("label", "x"), "label")).isFalse();
        assertThat(reader.canRead(null, null, "label")).isFalse();
        assertThat(reader.canWrite(null, HIT, "label")).isFalse();
        assertThatThrownBy(() -> reader.read(null, "a string", "label")).isInstanceOf(AccessException.class);
        assertThatThrownBy(() -> reader.write(null, HIT, "label", "y")).isInstanceOf(AccessException.class);
    }

    @Test
    void shouldBePutOnceInAPagesContextAndReadThroughIt() {
        try (GenericApplicationContext application = new GenericApplicationContext()) {
            application.refresh();
            ThymeleafEvaluationContext evaluation = new ThymeleafEvaluationContext(application, null);
            Context page = new Context();
            page.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
            page.setVariable("hit", HIT);
            SpringTemplateEngine engine = new SpringTemplateEngine();
            engine.setTemplateResolver(new StringTemplateResolver());
            engine.addDialect(new RecordAccessDialect());
            for (int i = 0; i < 2; i++) {
                assertThat(engine.process("<p th:text=\"${hit.place.listTitle}\">x</p>", page))
                        .isEqualTo("<p>玉林市国家保密局</p>");
            }
            assertThat(evaluation.getPropertyAccessors()).filteredOn(a -> a == RecordComponents.INSTANCE).hasSize(1);

            Expression listTitle = new SpelExpressionParser().parseExpression("place.listTitle");
            for (int i = 0; i < 3; i++) {
                assertThat(listTitle.getValue(evaluation, HIT)).isEqualTo("玉林市国家保密局");
            }
            // The same expression, kept with this reader, on a map: read by the map's accessor.
            assertThat(listTitle.getValue(evaluation, Map.of("place", Map.of("listTitle", "另一个")))).isEqualTo("另一个");
            assertThat(listTitle.getValue(evaluation, HIT)).isEqualTo("玉林市国家保密局");
        }
    }
}
