package org.quanze.impact.correspondence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quanze.law.LawText;
import org.quanze.law.LawTextParser;

/** The four official texts in data/laws, read with the project's parser. */
final class Laws {

    static final Path DIR = Path.of("data", "laws");
    static final Path OVERRIDES = Path.of("data", "corrections", "article-correspondence.tsv");

    private Laws() {
    }

    static LawText read(String fileName) {
        try {
            return new LawTextParser().parse(fileName, Files.readAllBytes(DIR.resolve(fileName)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LawText law2010() {
        return read("secrecy-law-2010.md");
    }

    static LawText law2024() {
        return read("secrecy-law-2024.md");
    }

    static LawText regulation2014() {
        return read("secrecy-regulation-2014.md");
    }

    static LawText regulation2024() {
        return read("secrecy-regulation-2024.md");
    }

    /** The correspondence as the product derives it: with the curated overrides. */
    static Correspondence curated(LawText old, LawText neu) {
        return new ArticleCorrespondence(CorrespondenceOverrides.load(OVERRIDES)).between(old, neu);
    }

    /** The correspondence derived from the texts alone. */
    static Correspondence derived(LawText old, LawText neu) {
        return new ArticleCorrespondence(CorrespondenceOverrides.none()).between(old, neu);
    }
}
