package org.quanze.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Offers the page helpers to templates as {@code #links}, {@code #fmt} and {@code #labels}. Expression objects,
 * unlike {@code @bean} calls, may be used in every attribute (Thymeleaf 3.1 restricts bean calls
 * in some, such as th:href inside th:each).
 */
@Component
class PageDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final Links links;
    private final Formats formats;
    private final SchemeLabels labels;

    PageDialect(Links links, Formats formats, SchemeLabels labels) {
        super("quanze");
        this.links = links;
        this.formats = formats;
        this.labels = labels;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("links", "fmt", "labels");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return switch (name) {
                    case "links" -> links;
                    case "labels" -> labels;
                    default -> formats;
                };
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
