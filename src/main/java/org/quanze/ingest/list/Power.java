package org.quanze.ingest.list;

import java.util.List;
import org.quanze.ingest.table.SourceRow;

/**
 * One power of a list, one row: the plain fields trimmed (null when blank), and its duties,
 * accountability cases and bases with the numbering already resolved.
 */
public record Power(int number, SourceRow row, String category, String name, String subItem, String body,
                    String unit, List<BasisItem> basis, List<Duty> duties, String casePreamble,
                    List<AccountabilityCase> cases, String exemption, String remark) {

    public Power {
        basis = List.copyOf(basis);
        duties = List.copyOf(duties);
        cases = List.copyOf(cases);
    }
}
