package org.quanze.revise;

import java.util.List;
import org.quanze.ingest.table.SourceTable;

/**
 * The draft of a revised list: the list file's tables with every proposal applied (cells no
 * proposal changes are the rebuilt cells, character for character), and the proposals — the
 * 调整建议表 — in the order of the list. {@code published} are the tables as the graph holds them; {@code fileSha256} is the hash of the
 * published file's bytes (null when the graph has none), by which the published file can be found again.
 */
public record Draft(String list, String listTitle, String fileName, String fileSha256, List<DocumentRevision> revisions,
                    List<SourceTable> published, List<SourceTable> tables, List<Proposal> proposals, int changedCells) {

    public Draft {
        revisions = List.copyOf(revisions);
        published = List.copyOf(published);
        tables = List.copyOf(tables);
        proposals = List.copyOf(proposals);
    }

    public long needingReview() {
        return proposals.stream().filter(Proposal::needsReview).count();
    }

    public long changingText() {
        return proposals.stream().filter(Proposal::changesText).count();
    }
}
