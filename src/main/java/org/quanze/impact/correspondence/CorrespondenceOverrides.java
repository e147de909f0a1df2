package org.quanze.impact.correspondence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quanze.impact.correspondence.CorrespondenceOverride.TargetRef;
import org.quanze.ingest.SourceException;
import org.quanze.law.LawArticle;
import org.quanze.law.LawText;

/**
 * The curated corrections to derived mappings ({@code data/corrections/article-correspondence.tsv},
 * format described in the file's header). An override is checked against the texts when it is
 * applied: an article or paragraph that does not exist is an error at the override's line.
 */
public final class CorrespondenceOverrides {

    static final String BUNDLED = "data/corrections/article-correspondence.tsv";

    private final List<CorrespondenceOverride> entries;

    private CorrespondenceOverrides(List<CorrespondenceOverride> entries) {
        this.entries = List.copyOf(entries);
    }

    public static CorrespondenceOverrides none() {
        return new CorrespondenceOverrides(List.of());
    }

    /** The curated file bundled with the product ({@code data/corrections/article-correspondence.tsv}, on the class path). */
    public static CorrespondenceOverrides bundled() {
        try (InputStream in = CorrespondenceOverrides.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                return none();
            }
            return parse(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED, e);
        }
    }

    public static CorrespondenceOverrides load(Path file) {
        try {
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read overrides " + file, e);
        }
    }

    public static CorrespondenceOverrides parse(String fileName, List<String> lines) {
        List<CorrespondenceOverride> entries = new OverrideParser(fileName).parse(lines);
        Map<String, CorrespondenceOverride> seen = new HashMap<>();
        for (CorrespondenceOverride o : entries) {
            String key = o.documentTitle() + "|" + o.oldVersion() + "|" + o.newVersion() + "|" + o.oldArticle();
            CorrespondenceOverride first = seen.putIfAbsent(key, o);
            if (first != null) {
                throw new SourceException(o.location(), "second override for article " + o.oldArticle()
                        + " of this version pair (first at line " + first.location().line() + ")");
            }
        }
        return new CorrespondenceOverrides(entries);
    }

    public List<CorrespondenceOverride> entries() {
        return entries;
    }

    /** The derived mappings with those named in an override replaced by it. */
    List<ArticleMapping> apply(LawText oldText, LawText newText, List<ArticleMapping> derived) {
        List<ArticleMapping> result = new ArrayList<>(derived);
        List<CorrespondenceOverride> concerned = entries.stream()
                .filter(o -> o.concerns(oldText.title(), oldText.versionDate(), newText.versionDate())).toList();
        PairWeights weights = concerned.isEmpty() ? null : PairWeights.of(oldText, newText);
        for (CorrespondenceOverride o : concerned) {
            LawArticle old = oldText.article(o.oldArticle()).orElseThrow(() -> new SourceException(o.location(),
                    "第" + o.oldArticle() + "条 is not in " + oldText.fileName()));
            List<Target> targets = o.targets().stream().map(t -> target(o, old, t, newText, weights)).toList();
            ArticleMapping mapping = new ArticleMapping(o.oldArticle(), o.type(), targets, MappingSource.OVERRIDE,
                    o.reason());
            result.replaceAll(m -> m.oldArticle() == o.oldArticle() ? mapping : m);
        }
        return result;
    }

    /** The override's target, checked against the new text, with the similarity a derived one would show. */
    private static Target target(CorrespondenceOverride o, LawArticle old, TargetRef ref, LawText newText,
                                 PairWeights weights) {
        LawArticle successor = newText.article(ref.article()).orElseThrow(() -> new SourceException(o.location(),
                "第" + ref.article() + "条 is not in " + newText.fileName()));
        for (int p : ref.paragraphs()) {
            if (p > successor.paragraphs().size()) {
                throw new SourceException(o.location(), "第" + ref.article() + "条 of " + newText.fileName()
                        + " has " + successor.paragraphs().size() + " paragraphs, not " + p);
            }
        }
        double similarity = ArticleText.of(old, weights).bigrams()
                .dice(ArticleText.of(successor, weights).bigrams(ref.paragraphs()));
        return new Target(ref.article(), ref.paragraphs(), TargetEvidence.round(similarity));
    }
}
