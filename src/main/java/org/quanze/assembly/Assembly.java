package org.quanze.assembly;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;
import org.quanze.graph.Iris;
import org.quanze.graph.Ontology;
import org.quanze.impact.ImpactGraphs;
import org.quanze.ingest.columns.HeaderNames;
import org.quanze.law.LawLibrary;
import org.quanze.load.ChangeLog;
import org.quanze.load.Loader;
import org.quanze.store.GraphStore;
import org.quanze.store.RemoteEndpoints;
import org.quanze.store.RemoteStore;
import org.quanze.store.Tdb2Store;

/**
 * The composition root: the one place where the store, the loader and the graphs a load writes
 * besides those of its files are put together, for the server, the CLI, the benchmark and the
 * tests alike. It sits above {@code impact} (whose graphs a load writes) and below everything that
 * runs Quanze.
 */
public final class Assembly {

    /** What a load writes besides the graphs of its files, in the order the loader asks for it. */
    public enum Contribution {
        /** One entry per file written ({@link ChangeLog}). */
        CHANGE_LOG,
        /** The article correspondences and the citation findings ({@link ImpactGraphs}). */
        IMPACT_GRAPHS
    }

    private final Iris iris;
    private final Ontology ontology;
    private final Clock clock;
    private volatile ImpactGraphs impactGraphs;

    public Assembly(Iris iris, Ontology ontology) {
        this.iris = iris;
        this.ontology = ontology;
        this.clock = Clock.systemUTC();
    }

    /** Resources named under the default namespace, with the bundled ontology and shapes. */
    public static Assembly standard() {
        return new Assembly(Iris.standard(), Ontology.load());
    }

    /** Resources named under {@code baseIri}, with the bundled ontology and shapes. */
    public static Assembly named(String baseIri) {
        return new Assembly(new Iris(baseIri), Ontology.load());
    }

    public Iris iris() {
        return iris;
    }

    public Ontology ontology() {
        return ontology;
    }

    /** The clock that dates the change log, and that says what today is. */
    public Clock clock() {
        return clock;
    }

    /** The law library every load takes texts from: the one bundled with Quanze (data/laws). */
    public LawLibrary library() {
        return LawLibrary.bundled();
    }

    /** The TDB2 store in {@code folder}, created when missing. */
    public Tdb2Store openEmbedded(Path folder) {
        return Tdb2Store.open(folder, iris.derivedGraph(), ontology);
    }

    /** A TDB2 store in memory: for tests and throw-away runs. */
    public Tdb2Store inMemory() {
        return Tdb2Store.inMemory(iris.derivedGraph(), ontology);
    }

    /** The SPARQL 1.1 store at {@code endpoints}. */
    public GraphStore openRemote(RemoteEndpoints endpoints) {
        return new RemoteStore(endpoints, iris, ontology);
    }

    /** The impact graphs: one for all, it keeps nothing between calls. */
    public ImpactGraphs impactGraphs() {
        ImpactGraphs made = impactGraphs;
        if (made == null) {
            synchronized (this) {
                if (impactGraphs == null) {
                    impactGraphs = new ImpactGraphs(iris);
                }
                made = impactGraphs;
            }
        }
        return made;
    }

    /** The change log of {@code store}, dated by the system clock. */
    public ChangeLog changeLog(GraphStore store) {
        return new ChangeLog(store, iris, clock);
    }

    /** The loader as {@code quanze load} and the server run it: the change log and the impact graphs written with every load. */
    public Loader loader(GraphStore store) {
        return loader(store, EnumSet.allOf(Contribution.class));
    }

    /** A loader that writes only {@code with} besides the graphs of the files. */
    public Loader loader(GraphStore store, Set<Contribution> with) {
        return loader(store, with, (contribution, contributor) -> contributor);
    }

    /**
     * A loader that writes only {@code with} besides the graphs of the files, each contributor as
     * {@code each} makes it of the plain one (the benchmark times them).
     */
    public Loader loader(GraphStore store, Set<Contribution> with,
                         BiFunction<Contribution, Loader.Contributor, Loader.Contributor> each) {
        Loader loader = new Loader(store, iris, ontology, HeaderNames.standard()).with(library());
        for (Contribution c : Contribution.values()) {
            if (with.contains(c)) {
                loader.with(each.apply(c, contributor(c, store)));
            }
        }
        return loader;
    }

    private Loader.Contributor contributor(Contribution contribution, GraphStore store) {
        return switch (contribution) {
            case CHANGE_LOG -> changeLog(store);
            case IMPACT_GRAPHS -> impactGraphs().contributor(store);
        };
    }
}
