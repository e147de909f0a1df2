package org.quanze.impact;

import org.quanze.graph.Iris;

/**
 * The IRIs of what the impact code adds to the graph, as {@link Iris} mints them:
 * <ul>
 * <li>{@code graph/correspondence/{document}/{old}/{new}}: the named graph of one correspondence;</li>
 * <li>{@code law/{document}/correspondence/{old}/{new}}: the correspondence, and
 * {@code …/mapping/{n}} the fate of old article n;</li>
 * <li>{@code graph/health}: the named graph that says the citation findings were computed, and
 * {@code graph/health/{file}} the findings of one list file (its graph {@code graph/{file}}); a finding is
 * {@code {citation}/finding/{kind}}.</li>
 * </ul>
 */
public final class ImpactIris {

    private final Iris iris;

    public ImpactIris(Iris iris) {
        this.iris = iris;
    }

    public Iris iris() {
        return iris;
    }

    public String correspondenceGraph(String documentKey, String oldSlug, String newSlug) {
        return iris.correspondenceGraph(documentKey, oldSlug, newSlug);
    }

    public String correspondence(String documentKey, String oldSlug, String newSlug) {
        return iris.correspondence(documentKey, oldSlug, newSlug);
    }

    public String mapping(String correspondence, int oldArticle) {
        return iris.mapping(correspondence, oldArticle);
    }

    public String healthGraph() {
        return iris.healthGraph();
    }

    /** Whether a named graph is one the impact code computes (and so recomputes). */
    public boolean isImpactGraph(String graph) {
        return graph.equals(healthGraph()) || iris.isListHealthGraph(graph) || iris.isCorrespondenceGraph(graph);
    }
}
