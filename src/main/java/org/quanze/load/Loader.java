package org.quanze.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.quanze.graph.Iris;
import org.quanze.graph.KnownVersions;
import org.quanze.graph.LawGraphBuilder;
import org.quanze.graph.LegalTitles;
import org.quanze.graph.ListGraphBuilder;
import org.quanze.graph.MintedIri;
import org.quanze.graph.Ontology;
import org.quanze.graph.SourceFacts;
import org.quanze.ingest.Finding;
import org.quanze.ingest.WarningKind;
import org.quanze.ingest.Findings;
import org.quanze.ingest.Location;
import org.quanze.ingest.SourceException;
import org.quanze.ingest.columns.HeaderNames;
import org.quanze.ingest.list.ListFile;
import org.quanze.ingest.list.ListFileReader;
import org.quanze.ingest.list.Power;
import org.quanze.law.LawLibrary;
import org.quanze.law.LawText;
import org.quanze.law.LawTextParser;
import org.quanze.store.GraphStore;
import org.quanze.store.ValidationException;
import org.quanze.vocab.QZ;

/**
 * Loads files and folders into the store. Every file is read and turned into its graph first;
 * a file that cannot be read is reported with its row and column and left out (its graph stays
 * as it was). The rest goes in as one transaction, validated before commit. Files whose bytes
 * are unchanged since they were loaded are skipped, so loading the same files again changes nothing.
 *
 * <p>The law library ({@link LawLibrary}) goes with every load: the citations of the lists are
 * matched to the versions whose text the library, the store or the load holds ({@link KnownVersions}),
 * and every version the library has of every document the lists of the load cite is added to the
 * load when the store does not hold it yet ({@link LoadOptions#wholeLibrary()}: every text of the
 * library). A cited title that matches no document whose text is known is reported with the closest
 * titles of the library. Two files holding the same version of a document are never both loaded.
 */
public final class Loader {

    /**
     * Adds graphs to a load, written in the same transaction: the change log, derived law
     * correspondences. Called only when the load writes something.
     */
    public interface Contributor {
        List<GraphStore.GraphUpdate> contribute(List<FileReport> reports, List<GraphStore.GraphUpdate> updates,
                                                LoadOptions options);
    }

    /** What a file was read into, before its graph is built: a law text or a list. */
    private record Read(Source source, SourceFacts facts, String graph, LawText law, ListFile list) {
    }

    /** A file admitted to be read: its facts, and what parsing it gave (a read, or why it cannot be read). */
    private record Parsed(Source source, SourceFacts facts, Read read, SourceException failure) {
    }

    /** A list's graph as built, with the findings of building it and the documents it cites. */
    private record Built(Model model, Findings findings, CitedDocuments documents) {
    }

    private final GraphStore store;
    private final List<Contributor> contributors = new ArrayList<>();
    private final Iris iris;
    private final Ontology ontology;
    private final ListFileReader listReader;
    private final ListGraphBuilder listGraphs;
    private final LawGraphBuilder lawGraphs;
    private LawLibrary library = LawLibrary.bundled();

    public Loader(GraphStore store, Iris iris, Ontology ontology, HeaderNames headers) {
        this.store = store;
        this.iris = iris;
        this.ontology = ontology;
        this.listReader = new ListFileReader(headers);
        this.listGraphs = new ListGraphBuilder(iris, ontology);
        this.lawGraphs = new LawGraphBuilder(iris, ontology);
    }

    /** Adds a contributor of further graphs to every load that writes. */
    public Loader with(Contributor contributor) {
        contributors.add(contributor);
        return this;
    }

    /** The law library the loads take texts from (the bundled one unless told otherwise). */
    public Loader with(LawLibrary lawLibrary) {
        this.library = lawLibrary;
        return this;
    }

    public LawLibrary library() {
        return library;
    }

    public LoadReport load(List<Source> files, LoadListener listener) {
        return run(files, listener, true, LoadOptions.DEFAULT);
    }

    public LoadReport load(List<Source> files, LoadListener listener, LoadOptions options) {
        return run(files, listener, true, options);
    }

    /** Reads and checks the files exactly as a load would, and writes nothing. */
    public LoadReport check(List<Source> files, LoadListener listener) {
        return run(files, listener, false, LoadOptions.DEFAULT);
    }

    /** Reads and checks the files exactly as a load with these options would, and writes nothing. */
    public LoadReport check(List<Source> files, LoadListener listener, LoadOptions options) {
        return run(files, listener, false, options);
    }

    private LoadReport run(List<Source> files, LoadListener listener, boolean write, LoadOptions options) {
        listener.started(files.size());
        Map<String, String> stored = options.force() ? Map.of() : store.sourceHashes();
        Batch batch = new Batch(stored, StoredVersions.of(store, iris), options);
        batch.readAll(files);
        KnownVersions known = batch.known();
        batch.buildLists(files, known);
        for (Source file : files) {
            listener.fileDone(batch.build(file, known));
        }
        for (Source extra : batch.libraryTexts(options.wholeLibrary())) {
            batch.read(extra);
            listener.fileDone(batch.build(extra, known));
        }
        List<FileReport> all = batch.reports();
        List<GraphStore.GraphUpdate> updates = batch.updates;
        // A load whose every file failed changes nothing at all, not even the ontology of an empty store.
        boolean allFailed = !all.isEmpty() && all.stream().allMatch(r -> r.status() == FileReport.Status.FAILED);
        if (!allFailed) {
            ontologyUpdate(stored).ifPresent(updates::add);
        }
        if (updates.isEmpty()) {
            return new LoadReport(all, false, null, List.of());
        }
        List<GraphStore.GraphUpdate> sourceGraphs = List.copyOf(updates);
        for (Contributor contributor : contributors) {
            updates.addAll(contributor.contribute(all, sourceGraphs, options));
        }
        listener.committing();
        try {
            if (write) {
                store.apply(updates);
            } else {
                store.check(updates);
            }
            return new LoadReport(all, write, null, sourceGraphs);
        } catch (ValidationException e) {
            List<FileReport> refused = all.stream()
                    .map(r -> r.status() == FileReport.Status.LOADED ? r.asFailed("not written: the load was refused") : r)
                    .toList();
            return new LoadReport(refused, false, e.getMessage(), sourceGraphs);
        }
    }

    /** The state of one load: the files read, their reports, the graphs to write, the documents cited. */
    private final class Batch {
        private final Map<String, String> stored;
        private final StoredVersions held;
        /** Each file name of this load and the first file that had it (a graph is named after its file). */
        private final Map<String, Source> names = new HashMap<>();
        /**
         * The law texts whose file name an earlier file of this load has (the same law filed under two
         * categories): read, then left out as the same version, or failed if they hold another.
         */
        private final Map<Source, Source> namesakes = new java.util.IdentityHashMap<>();
        private final Map<Source, Read> read = new LinkedHashMap<>();
        private final Map<Source, FileReport> reports = new LinkedHashMap<>();
        /** The files in the order they were given (the library's after them), as the reports list them. */
        private final List<Source> order = new ArrayList<>();
        /** The first text read of each version (and part): a second one is left out. */
        private final Map<String, Read> versions = new LinkedHashMap<>();
        private final Set<String> cited = new HashSet<>();
        private final List<GraphStore.GraphUpdate> updates = new ArrayList<>();
        /** The lists' graphs built ahead ({@link #buildLists}), until {@link #build} takes them. */
        private final Map<Source, Built> built = new java.util.IdentityHashMap<>();
        private final LoadOptions options;
        private final Function<String, List<LawLibrary.Suggestion>> closestTitles;

        Batch(Map<String, String> stored, StoredVersions held, LoadOptions options) {
            this.stored = stored;
            this.held = held;
            this.options = options;
            this.closestTitles = CitedDocuments.closestTitles(library);
        }

        /**
         * Reads the files as {@link #read} does, in their order, but parses those to be read on every
         * core: parsing the spreadsheets and texts is most of reading a corpus, and each file is parsed
         * on its own. What is kept of each (its report, its version) is decided in the files' order.
         */
        void readAll(List<Source> files) {
            List<Parsed> admitted = new ArrayList<>();
            for (Source file : files) {
                admit(file).ifPresent(admitted::add);
            }
            admitted.parallelStream().map(this::parse).toList().forEach(this::keep);
        }

        /**
         * Builds the graphs of the lists read (on every core: each list's graph is its own), to be
         * taken by {@link #build} in the files' order.
         */
        void buildLists(List<Source> files, KnownVersions known) {
            List<Read> lists = files.stream().filter(f -> !reports.containsKey(f)).map(read::get)
                    .filter(r -> r != null && r.list() != null && !refusedAsStrict(r.list())).toList();
            List<Built> graphs = lists.parallelStream().map(r -> graph(r, known)).toList();
            for (int i = 0; i < lists.size(); i++) {
                built.put(lists.get(i).source(), graphs.get(i));
            }
        }

        /** Reads a file into its law text or list; a file that fails, or is unchanged, gets its report now. */
        void read(Source file) {
            admit(file).map(this::parse).ifPresent(this::keep);
        }

        /** Whether a file is to be parsed: not when its name clashes, nor when it is unchanged (its report then given). */
        private Optional<Parsed> admit(Source file) {
            order.add(file);
            String name = file.fileName();
            String kind = file.kind().label();
            Source namesake = names.putIfAbsent(name, file);
            if (namesake != null) {
                if (file.kind() != SourceKind.LAW_TEXT || namesake.kind() != SourceKind.LAW_TEXT) {
                    reports.put(file, FileReport.failed(file.origin(), kind, nameClash(name, namesake)));
                    return Optional.empty();
                }
                namesakes.put(file, namesake);
            }
            String clash = file.kind() == SourceKind.LIST ? listClash(name, names.keySet(), stored.keySet()) : null;
            if (clash != null) {
                reports.put(file, FileReport.failed(file.origin(), kind, name + ": the list " + ListFileReader.slug(name)
                        + " is read from " + clash + " already: lists are named after their file without its extension,"
                        + " so two files that differ only in extension cannot both be loaded (rename one)"));
                return Optional.empty();
            }
            try {
                SourceFacts facts = SourceFacts.of(name, file.bytes());
                if (facts.sha256().equals(stored.get(iris.graph(name)))) {
                    reports.put(file, FileReport.unchanged(file.origin(), kind));
                    return Optional.empty();
                }
                return Optional.of(new Parsed(file, facts, null, null));
            } catch (SourceException e) {
                reports.put(file, FileReport.failed(file.origin(), kind, e.getMessage()));
                return Optional.empty();
            }
        }

        /** Parses an admitted file; touches nothing of the batch (it runs on several threads at once). */
        private Parsed parse(Parsed admitted) {
            Source file = admitted.source();
            String name = file.fileName();
            String graph = iris.graph(name);
            try {
                Read r = file.kind() == SourceKind.LAW_TEXT
                        ? new Read(file, admitted.facts(), graph, new LawTextParser().parse(name, file.bytes()), null)
                        : new Read(file, admitted.facts(), graph, null, listReader.read(name, file.bytes()));
                return new Parsed(file, admitted.facts(), r, null);
            } catch (SourceException e) {
                return new Parsed(file, admitted.facts(), null, e);
            }
        }

        /** Keeps what a file was parsed into, or reports why it could not be. */
        private void keep(Parsed parsed) {
            Source file = parsed.source();
            if (parsed.failure() instanceof LawTextParser.NoArticles none) {
                // A decision numbered 一、二、 is a document, not a damaged text; the library leaves it out the same way.
                reports.put(file, FileReport.skipped(file.origin(), file.kind().label(), none.getMessage()
                        + ": its text cannot back a citation of an article, left out"));
                return;
            }
            if (parsed.failure() != null) {
                reports.put(file, FileReport.failed(file.origin(), file.kind().label(), parsed.failure().getMessage()));
                return;
            }
            Read r = parsed.read();
            Source namesake = namesakes.get(file);
            if (namesake != null) {
                reports.put(file, namesake(r, namesake));
                return;
            }
            read.put(file, r);
            if (r.law() != null) {
                versions.putIfAbsent(versionKey(r.law()), r);
            }
        }

        /**
         * A law text named as an earlier file of this load: left out if it holds the version that file
         * was read as (or, when that file was not read, the version the graph of that name holds); any
         * other text would overwrite that graph, and fails.
         */
        private FileReport namesake(Read r, Source namesake) {
            String kind = SourceKind.LAW_TEXT.label();
            String version = versionKey(r.law());
            Read theirs = read.get(namesake);
            boolean same = theirs != null ? version.equals(versionKey(theirs.law())) : r.graph().equals(held.graphOf(version));
            return same ? FileReport.skipped(r.source().origin(), kind, "the same version (《" + r.law().title() + "》 "
                            + r.law().versionDate() + ") as " + namesake.origin() + (theirs != null ? ", read first"
                            : ", which the store holds") + ": left out")
                    : FileReport.failed(r.source().origin(), kind, nameClash(r.facts().fileName(), namesake));
        }

        /** The versions whose official text is known: the library's, the store's, and those this load reads. */
        KnownVersions known() {
            KnownVersions known = KnownVersions.none();
            for (LawLibrary.Text t : library.texts()) {
                known.add(t.key(), t.versionDate(), t.inForce());
            }
            held.addTo(known);
            for (Read r : read.values()) {
                if (r.law() != null) {
                    known.add(LegalTitles.key(r.law().title()), r.law().versionDate(), r.law().inForce());
                }
            }
            return known;
        }

        /** Builds the graph of a file read, and gives its report. */
        FileReport build(Source file, KnownVersions known) {
            FileReport report = reports.get(file);
            if (report == null) {
                Read r = read.get(file);
                report = r.law() != null ? law(r) : list(r, known);
                reports.put(file, report);
            }
            return report;
        }

        List<FileReport> reports() {
            return order.stream().map(reports::get).toList();
        }

        private FileReport list(Read r, KnownVersions known) {
            ListFile list = r.list();
            if (refusedAsStrict(list)) {
                List<Finding> slips = list.occurrences().stream().filter(f -> f.kind().slip()).toList();
                return FileReport.failed(r.source().origin(), SourceKind.LIST.label(),
                        refusal(r.facts().fileName(), slips));
            }
            Built graph = built.containsKey(r.source()) ? built.remove(r.source()) : graph(r, known);
            Model model = graph.model();
            List<Finding> findings = new ArrayList<>(list.findings());
            findings.addAll(graph.findings().list());
            CitedDocuments documents = graph.documents();
            cited.addAll(documents.keys());
            findings.addAll(documents.unknown(known, closestTitles));
            updates.add(new GraphStore.GraphUpdate(r.graph(), model));
            List<Power> powers = list.lists().stream().flatMap(l -> l.powers().stream()).toList();
            int duties = powers.stream().mapToInt(p -> p.duties().size()).sum();
            int cases = powers.stream().mapToInt(p -> p.cases().size()).sum();
            int citations = model.listSubjectsWithProperty(RDF.type, QZ.Citation).toList().size();
            return new FileReport(r.source().origin(), FileReport.Status.LOADED, SourceKind.LIST.label(),
                    new FileReport.Counts(powers.size(), duties, cases, citations, 0, model.size()), findings, null);
        }

        private boolean refusedAsStrict(ListFile list) {
            return options.strict() && list.occurrences().stream().anyMatch(f -> f.kind().slip());
        }

        /** A list's graph; touches nothing of the batch (it runs on several threads at once). */
        private Built graph(Read r, KnownVersions known) {
            Findings graphFindings = new Findings();
            Model model = listGraphs.build(r.list(), r.facts(), graphFindings, known);
            return new Built(model, graphFindings, CitedDocuments.of(model, r.facts().fileName()));
        }

        /**
         * A law text's graph; none when another file of this load holds the same version (the first
         * read is kept: a text given by name comes before the library's), nor when the library's text
         * is of a version the store holds from another file. A text given by name that holds a version
         * the store holds from another file replaces that file's graph.
         */
        private FileReport law(Read r) {
            Source file = r.source();
            LawText law = r.law();
            String version = versionKey(law);
            String kind = SourceKind.LAW_TEXT.label();
            Read first = versions.get(version);
            if (first != r) {
                return FileReport.skipped(file.origin(), kind, "the same version (《" + law.title() + "》 "
                        + law.versionDate() + ") as " + first.source().origin() + ", read first: left out");
            }
            List<Finding> warnings = new ArrayList<>(law.warnings());
            String other = law.part() == null ? held.graphOf(version) : null;
            if (other != null && !other.equals(r.graph())) {
                if (file.fromLibrary()) {
                    return FileReport.skipped(file.origin(), kind, "the store holds this version (《" + law.title()
                            + "》 " + law.versionDate() + ") from " + other + " already: left out");
                }
                updates.add(new GraphStore.GraphUpdate(other, ModelFactory.createDefaultModel()));
                warnings.add(new Finding(Location.ofLine(r.facts().fileName(), 0), WarningKind.LAW_TEXT, "holds the same version as "
                        + other + ", which it replaces"));
            }
            Model model = lawGraphs.build(law, r.facts(), LawLibrary.level(file.origin()));
            updates.add(new GraphStore.GraphUpdate(r.graph(), model));
            return new FileReport(file.origin(), FileReport.Status.LOADED, kind,
                    new FileReport.Counts(0, 0, 0, 0, law.articles().size(), model.size()), warnings, null);
        }

        /**
         * The library's texts this load adds: every version of every document its lists cite (of every
         * document, for the whole library), but those the load or the store holds already.
         */
        List<Source> libraryTexts(boolean whole) {
            List<Source> extra = new ArrayList<>();
            for (LawLibrary.Text t : library.texts()) {
                if (!whole && !cited.contains(t.key())) {
                    continue;
                }
                String version = t.key() + "/" + t.slug() + (t.part() == null ? "" : "/" + t.part());
                String graph = iris.graph(t.fileName());
                String holder = t.part() == null ? held.graphOf(version) : null;
                if (versions.containsKey(version) || stored.containsKey(graph) || holder != null && !holder.equals(graph)
                        || names.containsKey(t.fileName())) {
                    continue;
                }
                extra.add(Source.fromLibrary(t, library.bytes(t)));
            }
            return extra;
        }
    }

    private static String nameClash(String name, Source first) {
        return name + ": " + first.origin() + " of this load has the same name: each source file is one named graph,"
                + " named after the file";
    }

    /** Another list file, of this load or in the store, whose list would get the same IRI; null when none. */
    private String listClash(String name, Set<String> names, Set<String> storedGraphs) {
        String slug = ListFileReader.slug(name);
        for (String other : names) {
            if (!other.equals(name) && SourceKind.of(other).orElse(null) == SourceKind.LIST
                    && ListFileReader.slug(other).equals(slug)) {
                return other;
            }
        }
        String prefix = iris.graph(slug) + ".";
        return storedGraphs.stream().filter(g -> g.startsWith(prefix) && !g.equals(iris.graph(name))
                && g.indexOf('.', prefix.length()) < 0 && !g.endsWith(".md")).findFirst()
                .flatMap(iris::parse).filter(MintedIri.GraphIri.class::isInstance).map(g -> ((MintedIri.GraphIri) g).name()).orElse(null);
    }

    /** Why a strict load refuses a list: each slip with its place. */
    private static String refusal(String fileName, List<Finding> slips) {
        StringBuilder sb = new StringBuilder(fileName).append(": refused by a strict load: ").append(slips.size())
                .append(slips.size() == 1 ? " slip" : " slips").append(" to correct first");
        slips.forEach(f -> sb.append("\n        ").append(f));
        return sb.toString();
    }

    /** One version (and part, for a code published part by part) of one document. */
    private static String versionKey(LawText law) {
        return LegalTitles.key(law.title()) + "/" + law.versionDate() + (law.part() == null ? "" : "/" + law.part());
    }

    private Optional<GraphStore.GraphUpdate> ontologyUpdate(Map<String, String> stored) {
        SourceFacts facts = SourceFacts.of("ontology", ontology.vocabularyBytes());
        String graph = iris.ontologyGraph();
        if (facts.sha256().equals(stored.get(graph))) {
            return Optional.empty();
        }
        Model model = ModelFactory.createDefaultModel().add(ontology.vocabulary());
        Resource file = model.createResource(iris.sourceFile("ontology"), QZ.SourceFile);
        file.addProperty(QZ.fileName, "ontology/quanze.ttl, ontology/schemes.ttl");
        file.addProperty(QZ.sha256, facts.sha256());
        file.addLiteral(QZ.byteSize, facts.size());
        return Optional.of(new GraphStore.GraphUpdate(graph, model));
    }
}
