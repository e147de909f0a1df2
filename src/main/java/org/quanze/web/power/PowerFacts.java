package org.quanze.web.power;

import org.quanze.queries.Fills;

/**
 * A power as its page heads it: its number, name, sub-item, category and remark, and in named parts who
 * holds it, the list it is in, and what the list says of holding it to account.
 */
@Fills("power")
public record PowerFacts(String number, String name, String subItem, String category, String categoryLabel,
                         String remark, Holders holders, InList inList, Accountability accountability) {

    /** The body that exercises the power and the unit that undertakes it, with their names. */
    public record Holders(String body, String bodyName, String unit, String unitName) {
    }

    /** The list the power is in, and the list's title. */
    public record InList(String list, String listTitle) {
    }

    /** The preamble of the power's accountability cases, and its exemption with the exemption's text. */
    public record Accountability(String preamble, String exemption, String exemptionText) {
    }
}
