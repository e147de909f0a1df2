package org.quanze.sparql;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;

/**
 * Fuseki's own SPARQL query handler with the public endpoint's limits: a result cap (a SELECT's
 * missing or larger LIMIT is lowered to it, and the response says so in a header), a timeout that
 * no request can raise, and no {@code SERVICE} (the server never calls out).
 */
final class CappedQueryService extends SPARQL_QueryDataset {

    static final String LIMIT_HEADER = "X-Quanze-Result-Limit";

    private final long maxResults;
    private final Duration timeout;

    CappedQueryService(long maxResults, Duration timeout) {
        this.maxResults = maxResults;
        this.timeout = timeout;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (usesService(query)) {
            ServletOps.errorBadRequest("SERVICE is not allowed here: this endpoint never queries other servers");
        }
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > maxResults)) {
            query.setLimit(maxResults);
            action.setResponseHeader(LIMIT_HEADER, Long.toString(maxResults));
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        // The timeout is set here, not read from the request: a client cannot ask for more time.
        return QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext())
                .overallTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build();
    }

    private static boolean usesService(Query query) {
        boolean[] found = {false};
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementService el) {
                    found[0] = true;
                }
            });
        }
        return found[0];
    }
}
