package org.quanze.web.org;

import org.quanze.queries.Fills;

/** An organisation (name, kind, the body it is a unit of), one row per unit of its own. */
@Fills("org")
public record OrganizationRow(String name, String kind, String parent, String parentName, String unit, String unitName) {
}
