package org.quanze.impact.correspondence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.quanze.impact.ImpactIris;
import org.quanze.law.LawText;
import org.quanze.reading.GraphReader;

/**
 * The correspondences the store calls for: one between every two consecutive versions (by
 * version date) of a document whose official texts are both held, computed from those texts as
 * the store holds them.
 */
public final class CorrespondenceGraphs {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CorrespondenceGraphs.class);

    /** Two consecutive versions with official text and what became of the old one's articles. */
    public record Pair(OfficialVersion older, OfficialVersion newer, Correspondence correspondence) {
    }

    private final ArticleCorrespondence correspondence;
    private final CorrespondenceGraph writer;

    public CorrespondenceGraphs(ImpactIris iris, CorrespondenceOverrides overrides) {
        this.correspondence = new ArticleCorrespondence(overrides);
        this.writer = new CorrespondenceGraph(iris);
    }

    /** Every correspondence graph, by graph name. */
    public Map<String, Model> compute(GraphReader reader) {
        Map<String, Model> graphs = new LinkedHashMap<>();
        for (List<OfficialVersion> versions : StoredLawTexts.officialVersions(reader).values()) {
            for (int i = 0; i + 1 < versions.size(); i++) {
                OfficialVersion older = versions.get(i);
                OfficialVersion newer = versions.get(i + 1);
                try {
                    Pair pair = pair(reader, older, newer);
                    graphs.put(writer.graphName(older, newer), writer.write(older, newer, pair.correspondence()));
                } catch (RuntimeException e) {
                    // A load must not fail because two texts cannot be aligned (a renamed law, a bad override):
                    // the pair is left without a correspondence and says why in the log.
                    LOG.warn("no article correspondence between {} and {}: {}", older.fileName(), newer.fileName(),
                            e.getMessage());
                }
            }
        }
        return graphs;
    }

    /** The correspondence between two versions of a document held with official text. */
    public Optional<Pair> between(GraphReader reader, String documentKey, String olderIri, String newerIri) {
        List<OfficialVersion> versions = StoredLawTexts.officialVersions(reader).getOrDefault(documentKey, List.of());
        Optional<OfficialVersion> older = versions.stream().filter(v -> v.iri().equals(olderIri)).findFirst();
        Optional<OfficialVersion> newer = versions.stream().filter(v -> v.iri().equals(newerIri)).findFirst();
        if (older.isEmpty() || newer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(pair(reader, older.get(), newer.get()));
    }

    private Pair pair(GraphReader reader, OfficialVersion older, OfficialVersion newer) {
        LawText oldText = StoredLawTexts.read(reader, older);
        LawText newText = StoredLawTexts.read(reader, newer);
        return new Pair(older, newer, correspondence.between(oldText, newText));
    }
}
