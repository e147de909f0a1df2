package org.quanze.sparql;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The limits of the public SPARQL endpoint, under {@code quanze.sparql.*}.
 *
 * @param timeout        how long a query may run before it is cancelled (default 10 s)
 * @param maxResults     the most rows a SELECT returns; a larger or missing LIMIT is lowered to it
 * @param maxQuerySize   the largest query accepted, in bytes as sent (query string or body)
 */
@ConfigurationProperties(prefix = "quanze.sparql")
public record SparqlProperties(@DefaultValue("10s") Duration timeout, @DefaultValue("10000") long maxResults,
                               @DefaultValue("65536") int maxQuerySize) {
}
