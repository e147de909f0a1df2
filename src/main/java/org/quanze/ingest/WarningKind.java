package org.quanze.ingest;

import java.util.Optional;

/**
 * What a warning raised reading a list is about. A <em>slip</em> is a mistake in the punctuation of
 * one cell that a person reads past (a 《, （ or 【 never closed, a bracket too many): the reader reads
 * past it too, and {@code load --strict} refuses a file that has one. The other kinds say what the
 * reader kept verbatim without giving it a meaning. The code is what the CLI, the health report and
 * the graph ({@code skos:notation} of the kind's concept) use.
 */
public enum WarningKind implements Coded {
    /** A 《 never closed: the title is read to the end of its line (or up to a history note or reference on it). */
    UNCLOSED_TITLE(true),
    /** A （ opening a history note never closed: the note is read to the end of its line. */
    UNCLOSED_HISTORY(true),
    /** A 【 never closed: the level tag is read up to the title that follows it. */
    UNCLOSED_LEVEL(true),
    /** A 》 too many after a title, or a （ too many in a history note. */
    UNBALANCED_BRACKETS(true),
    /** An article cited with no document before it ({@code 第七十八条：…} opening a basis cell): no citation is made. */
    MISSING_TITLE(true),
    /** An article reference that lost its 第 ({@code 三十八条：}): read as the article it names. */
    UNMARKED_ARTICLE(true),
    /** A level tag the scheme of levels does not know (【法规】, 【规章】). */
    UNKNOWN_LEVEL(false),
    /** A document cited without any article (only chapters, an annex, or nothing): a citation of the document as a whole. */
    NO_ARTICLE(false),
    /** A level tag followed by no 《title》, or a basis cell that names no document at all. */
    NO_DOCUMENT(false),
    /**
     * A cited document no text of which the law library, the store or the load holds: its citations
     * cannot be checked; the warning names the library's closest titles (a misspelt title, or a text
     * the library lacks). Raised by the load, once per document and file, not kept with the list: its
     * citations are {@code unverifiable} findings, and /laws lists the texts wanted.
     */
    UNKNOWN_DOCUMENT(false),
    /** Text standing before the first cited document, numbered basis item or numbered duty. */
    UNREAD_TEXT(false),
    /** A basis item numbered for a duty or case the list does not have, or a 第N条之X. */
    UNLINKED_BASIS(false),
    /**
     * A 同N whose item N the cell does not have. The citation check reports it with the entry it
     * concerns (its own dangling-reference finding), so it is not stored a second time.
     */
    DANGLING_REFERENCE(false),
    /** A duty that names no responsible unit, or an accountability case no accountability body. */
    NO_UNIT(false),
    /** A 序号 that is empty, odd or repeated, a power without a name, or duties numbered from 1 again part-way. */
    NUMBERING(false),
    /** A power category the category scheme does not know. */
    UNKNOWN_CATEGORY(false),
    /**
     * The table's layout: unknown or repeated columns, a table without a header, blank rows, a note
     * under the table, short or long rows.
     */
    LAYOUT(false),
    /**
     * A law text's structure (a label with a slip, a skipped or repeated number, a heading inside an
     * article, a text replacing another file's): reported by the load of the text, not kept with a list.
     */
    LAW_TEXT(false);

    private final boolean slip;

    WarningKind(boolean slip) {
        this.slip = slip;
    }

    public boolean slip() {
        return slip;
    }

    /** Whether the graph keeps warnings of this kind as findings (not when another check reports them). */
    public boolean stored() {
        return this != DANGLING_REFERENCE && this != UNKNOWN_DOCUMENT && this != LAW_TEXT;
    }

    /** The local name of the kind's concept in the ontology: unclosed-title → UnclosedTitle. */
    public String conceptName() {
        StringBuilder sb = new StringBuilder();
        for (String part : code().split("-")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }

    public static Optional<WarningKind> ofCode(String code) {
        return Codes.find(WarningKind.class, code);
    }
}
