package org.quanze.impact.correspondence;

/** Evidence that an old clause lives on in a new clause, with the share of text that matched. */
record Link(Clause from, Clause to, double score) {

    /** The same evidence found from the other side (a search from a new clause yields (new, old)). */
    Link reversed() {
        return new Link(to, from, score);
    }
}
