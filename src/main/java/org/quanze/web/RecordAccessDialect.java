package org.quanze.web;

import java.util.Set;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPreProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.preprocessor.IPreProcessor;
import org.thymeleaf.preprocessor.PreProcessor;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Puts {@link RecordComponents} in the evaluation context of each page before its template is processed: the view
 * makes a new context for every page and offers no other place to add an accessor to it. The template handler adds
 * it and passes everything on unchanged.
 */
@Component
class RecordAccessDialect extends AbstractDialect implements IPreProcessorDialect {

    RecordAccessDialect() {
        super("quanze-records");
    }

    @Override
    public int getDialectPreProcessorPrecedence() {
        return 0;
    }

    @Override
    public Set<IPreProcessor> getPreProcessors() {
        return Set.of(new PreProcessor(TemplateMode.HTML, WithRecordAccess.class, 0));
    }

    /** Made by Thymeleaf for each template processed (hence public, with a constructor of no arguments). */
    public static final class WithRecordAccess extends AbstractTemplateHandler {

        public WithRecordAccess() {
        }

        @Override
        public void setContext(ITemplateContext context) {
            super.setContext(context);
            if (context.getVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME)
                    instanceof StandardEvaluationContext evaluation
                    && !evaluation.getPropertyAccessors().contains(RecordComponents.INSTANCE)) {
                evaluation.addPropertyAccessor(RecordComponents.INSTANCE);
            }
        }
    }
}
