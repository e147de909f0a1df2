package org.quanze.web.impact;

import org.quanze.impact.report.ReportMemo;
import org.quanze.store.GraphStore;
import org.quanze.web.PerGeneration;
import org.springframework.stereotype.Component;

/** The impact reports' memo of the store's present generation: a write starts an empty one. */
@Component
class ReportMemos {

    private final PerGeneration<ReportMemo> memo;

    ReportMemos(GraphStore store) {
        this.memo = new PerGeneration<>(store, ReportMemo::forOneReport);
    }

    ReportMemo current() {
        return memo.get();
    }
}
