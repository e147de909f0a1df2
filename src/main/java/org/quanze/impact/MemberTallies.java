package org.quanze.impact;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.quanze.graph.Iris;
import org.quanze.graph.ListMember;
import org.quanze.vocab.QZ;

/**
 * The duties, accountability cases and citations of each list, counted when a load checks its file and kept in
 * the file's health graph: the home page adds these up ({@code home-counts.rq}) instead of counting every one of
 * them in the store at every request.
 */
final class MemberTallies {

    private MemberTallies() {
    }

    /** Adds the counts to a list file's health graph, one tally per list and member, named by the IRI scheme. */
    static Model write(Iris iris, Model health, List<MemberTallyRow> rows) {
        for (MemberTallyRow r : rows) {
            ListMember member = ListMember.ofCode(r.member())
                    .orElseThrow(() -> new IllegalStateException("impact-member-tallies.rq gave no member: " + r.member()));
            health.createResource(iris.memberTally(r.list(), member), QZ.Tally)
                    .addProperty(QZ.tallyList, health.createResource(r.list())).addProperty(QZ.tallyOf, health.createResource(r.list()))
                    .addProperty(QZ.tallyClass, member.type())
                    .addProperty(QZ.tallyCount, health.createTypedLiteral(String.valueOf(r.n()), XSDDatatype.XSDinteger));
        }
        return health;
    }
}
