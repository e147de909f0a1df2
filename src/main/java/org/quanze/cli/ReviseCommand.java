package org.quanze.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.quanze.graph.Iris;
import org.quanze.revise.DocumentRevision;
import org.quanze.revise.Draft;
import org.quanze.revise.DraftFormat;
import org.quanze.revise.DraftWriter;
import org.quanze.revise.Reviser;
import org.quanze.revise.SuggestionTable;
import org.quanze.store.GraphStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quanze revise}: the draft of a list revised for new versions of the laws it cites, and its 调整建议表. */
@Command(name = "revise", mixinStandardHelpOptions = true,
        description = {"Writes the list as it would read with its citations of the old versions rewritten to cite "
                + "what the article correspondence gives in the new ones: the new article numbers (with chapters "
                + "where the list writes chapters), the new official text quoted as the list quotes, the history "
                + "note extended with the revision. Cells no citation changes stay as they are. Several documents "
                + "revised at once give one draft.",
                "Example: quanze revise --list yulin-secrecy-bureau --document 保守国家秘密法 --from 2010 --to 2024 "
                        + "--document 保守国家秘密法实施条例 --from 2014 --to 2024 --format xlsx --output draft.xlsx "
                        + "--suggestions 调整建议表.xlsx"})
final class ReviseCommand extends StoreCommand {

    @Option(names = "--list", paramLabel = "IRI|NAME", required = true,
            description = "The list: its IRI, or its file name without extension.")
    private String list;

    /** One document revised: the three options go together and may be repeated. */
    static final class Revision {
        @Option(names = "--document", paramLabel = "TITLE", required = true, description = "A revised document.")
        String document;
        @Option(names = "--from", paramLabel = "YEAR|DATE", required = true, description = "Its old version.")
        String from;
        @Option(names = "--to", paramLabel = "YEAR|DATE", required = true, description = "Its new version.")
        String to;
    }

    @ArgGroup(exclusive = false, multiplicity = "1..*")
    private List<Revision> revisions;

    @Option(names = "--format", paramLabel = "txt|csv|xlsx|xls|docx",
            description = "The draft's format (default: the list file's own).")
    private String format;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "Where to write the draft.")
    private Path output;

    @Option(names = "--suggestions", paramLabel = "FILE",
            description = "Also write the 调整建议表 there: .xlsx for a workbook, anything else as CSV.")
    private Path suggestions;

    @Option(names = "--original", paramLabel = "FILE",
            description = "The workbook the list was loaded from (.xlsx/.xls): the draft is then that workbook with "
                    + "the changed cells rewritten, its merged cells and styles as published.")
    private Path original;

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            Iris iris = storeOptions.iris();
            ImpactCommand.current(store, storeOptions.assembly());
            List<DocumentRevision> wanted = revisions.stream()
                    .map(r -> new DocumentRevision(r.document, r.from, r.to)).toList();
            Draft draft = new Reviser(iris).draft(store, ImpactCommand.listIri(iris, list), wanted);
            DraftFormat as = format == null ? DraftFormat.ofFileName(draft.fileName()) : DraftFormat.parse(format);
            Files.write(output, bytes(draft, as));
            if (suggestions != null) {
                SuggestionTable table = new SuggestionTable();
                boolean xlsx = suggestions.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
                Files.write(suggestions, xlsx ? table.xlsx(draft) : table.csv(draft).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            stdout().printf("%s: %d citations of the old versions, %d rewritten in %d cells, %d need review%n",
                    draft.fileName(), draft.proposals().size(), draft.changingText(), draft.changedCells(),
                    draft.needingReview());
            stdout().flush();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output, e);
        }
    }

    private byte[] bytes(Draft draft, DraftFormat as) throws IOException {
        DraftWriter writer = new DraftWriter();
        if (original == null) {
            return writer.write(draft, as);
        }
        if (as != DraftFormat.XLSX && as != DraftFormat.XLS) {
            throw new IllegalArgumentException("--original patches a workbook: use it with --format xlsx or xls");
        }
        try (InputStream in = Files.newInputStream(original)) {
            return writer.patch(draft, in);
        }
    }
}
