package org.quanze.impact.health;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.quanze.vocab.QZ;

/** What can be wrong with a citation as a list publishes it; the code is what reports and the CLI print. */
public enum FindingKind {
    /** The 【level】 tag disagrees with the level known for the document. */
    LEVEL_MISMATCH("level-mismatch", QZ.LevelMismatch),
    /** The chapter cited does not contain the article cited. */
    CHAPTER_MISMATCH("chapter-mismatch", QZ.ChapterMismatch),
    /** The quote differs from the official text in punctuation, width or white space only. */
    MINOR_MISQUOTE("minor-misquote", QZ.MinorMisquote),
    /** The words of the quote differ from the official text. */
    MISQUOTE("misquote", QZ.Misquote),
    /** The official text of the cited version has no such article (or paragraph). */
    NO_SUCH_ARTICLE("no-such-article", QZ.NoSuchArticle),
    /** No official text of the cited version is held: nothing can be checked. */
    UNVERIFIABLE("unverifiable", QZ.Unverifiable),
    /** The cited version's text is not held: the quote was compared with another version's, which the finding names. */
    OTHER_VERSION("other-version", QZ.OtherVersion),
    /** A 同N whose item N does not exist in its cell. */
    DANGLING_REFERENCE("dangling-reference", QZ.DanglingReference);

    private final String code;
    private final Resource resource;

    FindingKind(String code, Resource resource) {
        this.code = code;
        this.resource = resource;
    }

    public String code() {
        return code;
    }

    public Resource resource() {
        return resource;
    }

    public static Optional<FindingKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    public static Optional<FindingKind> ofResource(String iri) {
        return Arrays.stream(values()).filter(k -> k.resource.getURI().equals(iri)).findFirst();
    }
}
