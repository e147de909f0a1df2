package org.quanze.revise;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.quanze.ingest.list.ListFileReader;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadOptions;
import org.quanze.load.LoadReport;
import org.quanze.load.Loader;
import org.quanze.load.Source;
import org.quanze.load.SourceKind;

/**
 * Publishes a reviewed draft as a new edition of its list: a list file of its own, named after the
 * published one and the moment of publication, loaded like any list (checked in full, in one
 * transaction) with the change log recording who published it and which list it revises. The old
 * edition stays in the store as it was.
 */
public record EditionPublisher(Loader loader, Clock clock) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** The edition's file name and the load that wrote it (refused as a whole when it fails). */
    public record Published(String fileName, String slug, LoadReport report) {
    }

    public Published publish(Draft draft, String actor) {
        DraftFormat format = DraftFormat.ofFileName(draft.fileName());
        String stem = ListFileReader.slug(draft.fileName());
        String name = stem + "-edition-" + STAMP.format(clock.instant()) + "." + format.extension();
        byte[] bytes = new DraftWriter().write(draft, format);
        LoadReport report = loader.load(List.of(new Source("published edition of " + draft.list(), name, SourceKind.LIST,
                bytes)), LoadListener.NONE, new LoadOptions(false, actor).asEditionOf(draft.list()));
        return new Published(name, ListFileReader.slug(name), report);
    }
}
