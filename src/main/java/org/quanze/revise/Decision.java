package org.quanze.revise;

import java.util.List;

/** What a reviewer decided for one proposed change: accept it, reject it (keep the item as published), or edit it. */
public record Decision(Kind kind, String text) {

    /** In the order of precedence among the citations of one item: an edit over a rejection over an acceptance. */
    public enum Kind { ACCEPT, REJECT, EDIT }

    public static final Decision ACCEPT = new Decision(Kind.ACCEPT, null);
    public static final Decision REJECT = new Decision(Kind.REJECT, null);

    public Decision {
        if (kind == Kind.EDIT && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("an edited change needs the item's new text");
        }
    }

    public static Decision edit(String text) {
        return new Decision(Kind.EDIT, text);
    }

    Proposal applyTo(Proposal p) {
        return switch (kind) {
            case ACCEPT -> p;
            case REJECT -> p.withItem(p.originalItem(), List.of());
            case EDIT -> p.withItem(text, List.of());
        };
    }
}
