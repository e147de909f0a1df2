package org.quanze.web.impact;

import java.util.List;
import java.util.Map;
import org.quanze.impact.report.ReportMemo;
import org.quanze.store.GraphStore;
import org.quanze.web.PageQueries;
import org.quanze.web.PerGeneration;
import org.springframework.stereotype.Component;

/**
 * What the impact page keeps for the store's present generation, a write starting afresh: the reports' memo, and the
 * documents whose versions can be reported on (the form offers them on every request; {@code impact-documents.rq}).
 */
@Component
class ReportMemos {

    private final PerGeneration<ReportMemo> memo;
    private final PerGeneration<List<DocumentChoice>> documents;

    ReportMemos(GraphStore store, PageQueries queries) {
        this.memo = new PerGeneration<>(store, ReportMemo::forOneReport);
        this.documents = new PerGeneration<>(store,
                () -> DocumentChoice.of(queries.list("impact-documents", Map.of(), ReportableVersion.class)));
    }

    ReportMemo current() {
        return memo.get();
    }

    List<DocumentChoice> documents() {
        return documents.get();
    }
}
