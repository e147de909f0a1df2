package org.quanze.load;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quanze.law.LawLines;

/**
 * The kinds of file a load reads. A law text is told by its extension (.md); a list is any file a
 * list is published in — the text export, a workbook, a Word document, CSV — and its format is
 * then told from its content, since departments rename files freely (a legacy .xls saved as .xlsx).
 */
public enum SourceKind {
    /** An official law text: the Markdown of the national law database mirror, its plain text or Word download. */
    LAW_TEXT("law text"),
    /** A list: the published text export, a workbook (.xlsx, .xls), a Word document's tables, or CSV. */
    LIST("list");

    /** The extensions a folder is searched for lists by. */
    private static final Set<String> LIST_EXTENSIONS = Set.of("txt", "csv", "tsv", "xls", "xlsx", "xlsm", "docx");
    /** The notes a corpus of law texts keeps beside them, which are no law texts. */
    private static final Set<String> NOTES = Set.of("source.md", "readme.md", "_index.md");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind a file of this name is read as when a folder is searched; empty for other files. */
    public static Optional<SourceKind> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        // Hidden files and the lock files Office leaves beside an open workbook (~$list.xlsx) are no lists.
        if (name.startsWith(".") || name.startsWith("~$") || NOTES.contains(name)) {
            return Optional.empty();
        }
        if (name.endsWith(".md")) {
            return Optional.of(LAW_TEXT);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && LIST_EXTENSIONS.contains(name.substring(dot + 1)) ? Optional.of(LIST) : Optional.empty();
    }

    /**
     * The kind of a file by its name and content: a law text if it is Markdown, or a plain text or Word
     * document holding one (the national law database publishes its texts as both); else a list,
     * whatever its extension.
     */
    public static SourceKind of(String fileName, byte[] bytes) {
        return LawLines.looksLikeLawText(fileName, bytes) ? LAW_TEXT : LIST;
    }
}
