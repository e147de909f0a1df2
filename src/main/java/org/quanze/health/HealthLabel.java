package org.quanze.health;

import org.quanze.queries.Fills;

/** The label the health graph gives itself once computed: its presence is what tells that the check was made. */
@Fills("health-computed")
record HealthLabel(String label) {
}
