package org.quanze.health;

import org.quanze.queries.Fills;

/** The format of the findings graphs a store holds, as its health graph records it. */
@Fills("health-format")
record HealthFormat(Integer format) {
}
