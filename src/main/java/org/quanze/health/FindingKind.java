package org.quanze.health;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.quanze.ingest.Coded;
import org.quanze.ingest.Codes;
import org.quanze.vocab.QZ;

/**
 * What can be wrong with a citation as a list publishes it; the code ({@code level-mismatch}, {@code misquote}, …)
 * is what reports and the CLI print.
 */
public enum FindingKind implements Coded {
    /** The 【level】 tag disagrees with the level known for the document. */
    LEVEL_MISMATCH(QZ.LevelMismatch),
    /** The chapter cited does not contain the article cited. */
    CHAPTER_MISMATCH(QZ.ChapterMismatch),
    /** The quote differs from the official text in punctuation, width or white space only. */
    MINOR_MISQUOTE(QZ.MinorMisquote),
    /** The words of the quote differ from the official text. */
    MISQUOTE(QZ.Misquote),
    /** The official text of the cited version has no such article (or paragraph). */
    NO_SUCH_ARTICLE(QZ.NoSuchArticle),
    /** No official text of the cited version is held: nothing can be checked. */
    UNVERIFIABLE(QZ.Unverifiable),
    /** The cited version's text is not held: the quote was compared with another version's, which the finding names. */
    OTHER_VERSION(QZ.OtherVersion),
    /** A 同N whose item N does not exist in its cell. */
    DANGLING_REFERENCE(QZ.DanglingReference);

    private final Resource resource;

    FindingKind(Resource resource) {
        this.resource = resource;
    }

    public Resource resource() {
        return resource;
    }

    public static Optional<FindingKind> ofCode(String code) {
        return Codes.find(FindingKind.class, code);
    }

    public static Optional<FindingKind> ofResource(String iri) {
        return Arrays.stream(values()).filter(k -> k.resource.getURI().equals(iri)).findFirst();
    }
}
