package org.quanze.web.power;

import org.quanze.queries.Fills;

/** A power as its page heads it: number, name, sub-item, category, body and unit, list, remark, preamble, exemption. */
@Fills("power")
public record PowerFacts(String number, String name, String subItem, String category, String categoryLabel, String body,
                         String bodyName, String unit, String unitName, String list, String listTitle, String remark,
                         String preamble, String exemption, String exemptionText) {
}
