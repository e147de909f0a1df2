package org.quanze.revise;

/**
 * One document revised: its title as a list writes it (with or without 中华人民共和国) and its old
 * and new versions, each named by a year or a date, as the impact report names them.
 */
public record DocumentRevision(String document, String from, String to) {

    public DocumentRevision {
        if (document == null || document.isBlank() || from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new IllegalArgumentException("a revision names a document, the old version and the new one, e.g. "
                    + "保守国家秘密法 2010 2024");
        }
        document = document.strip();
        from = from.strip();
        to = to.strip();
    }

    /** {@code 保守国家秘密法:2010:2024}, the form the command line and the page take. */
    public static DocumentRevision parse(String spec) {
        String[] parts = spec.split("[:：]");
        if (parts.length != 3) {
            throw new IllegalArgumentException("a revision is written DOCUMENT:FROM:TO, e.g. 保守国家秘密法:2010:2024, not "
                    + spec);
        }
        return new DocumentRevision(parts[0], parts[1], parts[2]);
    }

    @Override
    public String toString() {
        return document + ":" + from + ":" + to;
    }
}
