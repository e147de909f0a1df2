package org.quanze.impact;

import org.quanze.graph.Iris;

/**
 * The IRIs of what the impact code adds to the graph, under the same base as everything else:
 * <ul>
 * <li>{@code graph/correspondence/{document}/{old}/{new}}: the named graph of one correspondence;</li>
 * <li>{@code law/{document}/correspondence/{old}/{new}}: the correspondence, and
 * {@code …/mapping/{n}} the fate of old article n;</li>
 * <li>{@code graph/health}: the named graph of the citation findings; a finding is
 * {@code {citation}/finding/{kind}}.</li>
 * </ul>
 */
public final class ImpactIris {

    private static final String CORRESPONDENCE_GRAPHS = "graph/correspondence/";

    private final Iris iris;

    public ImpactIris(Iris iris) {
        this.iris = iris;
    }

    public Iris iris() {
        return iris;
    }

    /** The document's own path segment (its short title, as {@link Iris#document} writes it). */
    private String documentSegment(String documentKey) {
        return iris.document(documentKey).substring(iris.base().length() + "law/".length());
    }

    public String correspondenceGraph(String documentKey, String oldSlug, String newSlug) {
        return iris.base() + CORRESPONDENCE_GRAPHS + documentSegment(documentKey) + "/" + oldSlug + "/" + newSlug;
    }

    public String correspondence(String documentKey, String oldSlug, String newSlug) {
        return iris.document(documentKey) + "/correspondence/" + oldSlug + "/" + newSlug;
    }

    public String mapping(String correspondence, int oldArticle) {
        return correspondence + "/mapping/" + oldArticle;
    }

    public String healthGraph() {
        return iris.base() + "graph/health";
    }

    public String finding(String subject, String kind) {
        return subject + "/finding/" + kind;
    }

    /** Whether a named graph is one the impact code computes (and so recomputes). */
    public boolean isImpactGraph(String graph) {
        return graph.equals(healthGraph()) || graph.startsWith(iris.base() + CORRESPONDENCE_GRAPHS);
    }
}
