package org.quanze.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.quanze.graph.Iris;
import org.quanze.graph.LawGraphBuilder;
import org.quanze.graph.ListGraphBuilder;
import org.quanze.graph.Ontology;
import org.quanze.graph.SourceFacts;
import org.quanze.ingest.Finding;
import org.quanze.ingest.Findings;
import org.quanze.ingest.SourceException;
import org.quanze.ingest.columns.HeaderNames;
import org.quanze.ingest.list.ListFile;
import org.quanze.ingest.list.ListFileReader;
import org.quanze.ingest.list.Power;
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

    private final GraphStore store;
    private final List<Contributor> contributors = new ArrayList<>();
    private final Iris iris;
    private final Ontology ontology;
    private final ListFileReader listReader;
    private final ListGraphBuilder listGraphs;
    private final LawGraphBuilder lawGraphs;

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
        List<GraphStore.GraphUpdate> updates = new ArrayList<>();
        List<FileReport> reports = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Source file : files) {
            FileReport report = readOne(file, stored, names, updates, options);
            reports.add(report);
            listener.fileDone(report);
        }
        // A load whose every file failed changes nothing at all, not even the ontology of an empty store.
        boolean allFailed = !reports.isEmpty() && reports.stream().allMatch(r -> r.status() == FileReport.Status.FAILED);
        if (!allFailed) {
            ontologyUpdate(stored).ifPresent(updates::add);
        }
        if (updates.isEmpty()) {
            return new LoadReport(reports, false, null, List.of());
        }
        List<GraphStore.GraphUpdate> sourceGraphs = List.copyOf(updates);
        for (Contributor contributor : contributors) {
            updates.addAll(contributor.contribute(reports, sourceGraphs, options));
        }
        listener.committing();
        try {
            if (write) {
                store.apply(updates);
            } else {
                store.check(updates);
            }
            return new LoadReport(reports, write, null, sourceGraphs);
        } catch (ValidationException e) {
            List<FileReport> refused = reports.stream()
                    .map(r -> r.status() == FileReport.Status.LOADED ? r.asFailed("not written: the load was refused") : r)
                    .toList();
            return new LoadReport(refused, false, e.getMessage(), sourceGraphs);
        }
    }

    private FileReport readOne(Source file, Map<String, String> stored, Set<String> names,
                               List<GraphStore.GraphUpdate> updates, LoadOptions options) {
        String name = file.fileName();
        String kind = file.kind().label();
        if (!names.add(name)) {
            return FileReport.failed(file.origin(), kind, name + ": another file of this load has the same name "
                    + name + ": each source file is one named graph, named after the file");
        }
        String clash = file.kind() == SourceKind.LIST ? listClash(name, names, stored.keySet()) : null;
        if (clash != null) {
            return FileReport.failed(file.origin(), kind, name + ": the list " + ListFileReader.slug(name) + " is read from "
                    + clash + " already: lists are named after their file without its extension, so two files that "
                    + "differ only in extension cannot both be loaded (rename one)");
        }
        try {
            SourceFacts facts = SourceFacts.of(name, file.bytes());
            String graph = iris.graph(name);
            if (facts.sha256().equals(stored.get(graph))) {
                return FileReport.unchanged(file.origin(), kind);
            }
            return switch (file.kind()) {
                case LAW_TEXT -> law(file, facts, graph, updates);
                case LIST -> list(file, facts, graph, updates, options);
            };
        } catch (SourceException e) {
            return FileReport.failed(file.origin(), kind, e.getMessage());
        }
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
                .map(g -> g.substring(iris.graph("").length())).orElse(null);
    }

    private FileReport list(Source file, SourceFacts facts, String graph, List<GraphStore.GraphUpdate> updates,
                            LoadOptions options) {
        ListFile read = listReader.read(facts.fileName(), file.bytes());
        List<Finding> slips = read.occurrences().stream().filter(f -> f.kind().slip()).toList();
        if (options.strict() && !slips.isEmpty()) {
            return FileReport.failed(file.origin(), SourceKind.LIST.label(), refusal(facts.fileName(), slips));
        }
        Findings graphFindings = new Findings();
        Model model = listGraphs.build(read, facts, graphFindings);
        List<Finding> findings = new ArrayList<>(read.findings());
        findings.addAll(graphFindings.list());
        updates.add(new GraphStore.GraphUpdate(graph, model));
        List<Power> powers = read.lists().stream().flatMap(l -> l.powers().stream()).toList();
        int duties = powers.stream().mapToInt(p -> p.duties().size()).sum();
        int cases = powers.stream().mapToInt(p -> p.cases().size()).sum();
        int citations = model.listSubjectsWithProperty(RDF.type, QZ.Citation).toList().size();
        return new FileReport(file.origin(), FileReport.Status.LOADED, SourceKind.LIST.label(),
                new FileReport.Counts(powers.size(), duties, cases, citations, 0, model.size()), findings, null);
    }

    /** Why a strict load refuses a list: each slip with its place. */
    private static String refusal(String fileName, List<Finding> slips) {
        StringBuilder sb = new StringBuilder(fileName).append(": refused by a strict load: ").append(slips.size())
                .append(slips.size() == 1 ? " slip" : " slips").append(" to correct first");
        slips.forEach(f -> sb.append("\n        ").append(f));
        return sb.toString();
    }

    private FileReport law(Source file, SourceFacts facts, String graph, List<GraphStore.GraphUpdate> updates) {
        LawText law = new LawTextParser().parse(facts.fileName(), file.bytes());
        Model model = lawGraphs.build(law, facts);
        updates.add(new GraphStore.GraphUpdate(graph, model));
        return new FileReport(file.origin(), FileReport.Status.LOADED, SourceKind.LAW_TEXT.label(),
                new FileReport.Counts(0, 0, 0, 0, law.articles().size(), model.size()), List.of(), null);
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
