package org.quanze.server;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.quanze.ingest.Finding;
import org.quanze.load.FileReport;
import org.quanze.load.FirstLoad;
import org.quanze.load.LoadListener;
import org.quanze.load.LoadOptions;
import org.quanze.load.LoadReport;
import org.quanze.load.Loader;
import org.quanze.load.Source;
import org.quanze.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On first start, when the store holds no list, loads the bundled data — the lists, and from the law
 * library every version of every document they cite — and logs what it loaded. With
 * {@code quanze.library.load-all} it loads the whole library too, and on a later start any text of it
 * the store lacks. While the first load runs, the pages say so ({@link FirstLoad}) rather than answer
 * from the empty store.
 */
@Component
record BundledDataLoader(GraphStore store, Loader loader, QuanzeProperties properties, FirstLoad firstLoad)
        implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BundledDataLoader.class);
    private static final Query ANY_LIST = QueryFactory.create(
            "ASK { ?list a <https://w3id.org/quanze/ontology#PowerList> }");

    @Override
    public void run(ApplicationArguments args) {
        try {
            loadWhatIsMissing();
        } finally {
            firstLoad.ready();
        }
    }

    private void loadWhatIsMissing() {
        boolean whole = properties.library().loadAll();
        if (!properties.loadBundledData() || store.ask(ANY_LIST)) {
            // The store answers as it is while the library's missing texts are added.
            firstLoad.ready();
            if (whole) {
                LOG.info("quanze.library.load-all: loading the texts of the law library the store lacks");
                log(loader.load(List.of(), LoadListener.NONE, new LoadOptions(false, "quanze (law library)").withWholeLibrary(true)));
            }
            // No count of quads here: on a remote store of the 100× data it kept the store busy for 20 s after
            // every start, for a line of the log.
            LOG.info("store {}: {}", store.remoteEndpoints().map(Object::toString).orElse(properties.store().path()),
                    properties.loadBundledData() ? "holds lists, the bundled data is not loaded again" : "opened");
            return;
        }
        LOG.info("store {} holds no list: loading the bundled data{}", properties.store().path(),
                whole ? " and the whole law library" : "");
        firstLoad.loading();
        log(loader.load(Source.bundled(), firstLoad,
                new LoadOptions(false, "quanze (bundled data, first start)").withWholeLibrary(whole)));
        LOG.info("store {}: {} quads", properties.store().path(), store.size());
    }

    private void log(LoadReport report) {
        for (FileReport f : report.files()) {
            LOG.info("{} {} ({}): {}", f.status(), f.file(), f.kind(), f.counts());
            if (f.error() != null && f.status() == FileReport.Status.SKIPPED) {
                LOG.info("{}: {}", f.file(), f.error());
            } else if (f.error() != null) {
                LOG.error("{}: {}", f.file(), f.error());
            }
            for (Finding w : f.warnings()) {
                LOG.warn("{}", w);
            }
        }
        if (report.refusal() != null) {
            LOG.error("bundled data refused: {}", report.refusal());
        }
    }
}
