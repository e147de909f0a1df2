package org.quanze.impact;

import org.quanze.queries.Fills;

/** How many duties, cases or citations ({@code member}, a ListMember code) one list (in its file's graph) holds. */
@Fills("impact-member-tallies")
record MemberTallyRow(String graph, String list, String member, long n) {
}
