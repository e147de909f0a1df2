package org.quanze.ingest.list;

import java.util.List;
import org.quanze.ingest.table.SourceCell;
import org.quanze.ingest.table.SourceRow;

/**
 * One power of a list: its number and its key among the list's powers ({@code 3}, or {@code 3-2}
 * for the second row of power 3: a sub-item or a repeated 序号), the row it starts in and every
 * cell it was read from, the plain fields trimmed (null when blank), and its duties, accountability
 * cases and bases with the numbering already resolved. {@code dutiesBasis} and {@code casesBasis}
 * hold a 责任事项依据 / 追责依据 cell that is not numbered by duty or case: the basis of them all.
 */
public record Power(int number, String key, SourceRow row, List<SourceCell> sources, String category, String name,
                    String subItem, String body, String unit, List<BasisItem> basis, List<Duty> duties,
                    List<BasisItem> dutiesBasis, String casePreamble, List<AccountabilityCase> cases,
                    List<BasisItem> casesBasis, String exemption, String remark) {

    public Power {
        sources = List.copyOf(sources);
        basis = List.copyOf(basis);
        duties = List.copyOf(duties);
        dutiesBasis = List.copyOf(dutiesBasis);
        cases = List.copyOf(cases);
        casesBasis = List.copyOf(casesBasis);
    }
}
