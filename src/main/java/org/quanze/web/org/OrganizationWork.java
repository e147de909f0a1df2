package org.quanze.web.org;

import org.quanze.queries.Fills;

/**
 * What an organisation does in a list: the power it implements or undertakes, or the duty or case
 * ({@code entry}, null for a power) it is responsible or accountable for.
 */
@Fills("org-work")
public record OrganizationWork(String role, String power, String powerNumber, String powerName, String entry,
                               String entryLabel, String entryNumber, String list, String listTitle) {
}
