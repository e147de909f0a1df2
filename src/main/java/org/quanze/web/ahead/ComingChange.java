package org.quanze.web.ahead;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.quanze.graph.Iris;

/**
 * What a version not yet in force does to one article: the document, the version in force before it
 * and the coming one with its entry into force, the article of the version before, its change
 * ({@code renumbered}, {@code amended}, {@code split}, {@code merged}, {@code repealed}) and the
 * numbers of the articles that carry it in the coming version (none when it is repealed).
 */
public record ComingChange(String document, String documentTitle, String fromVersion, String toVersion,
                           LocalDate toDate, String article, Integer articleNumber, String change, String successors) {

    public List<Integer> successorNumbers() {
        return successors == null || successors.isBlank() ? List.of()
                : Arrays.stream(successors.split(",")).map(String::strip).map(Integer::valueOf).sorted().toList();
    }

    /** The version slug the impact form takes (2010-04-29). */
    public String fromSlug() {
        return Iris.slugOfVersion(fromVersion);
    }

    public String toSlug() {
        return Iris.slugOfVersion(toVersion);
    }
}
