package org.quanze.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Offers the page helpers to templates as {@code #links} and {@code #fmt}. Expression objects,
 * unlike {@code @bean} calls, may be used in every attribute (Thymeleaf 3.1 restricts bean calls
 * in some, such as th:href inside th:each).
 */
@Component
class PageDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final Links links;
    private final Formats formats;

    PageDialect(Links links, Formats formats) {
        super("quanze");
        this.links = links;
        this.formats = formats;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("links", "fmt");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return "links".equals(name) ? links : formats;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
