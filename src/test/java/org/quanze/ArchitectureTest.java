package org.quanze;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quanze.impact.ImpactGraphs;
import org.quanze.load.ChangeLog;
import org.quanze.load.Loader;
import org.quanze.store.RemoteStore;
import org.quanze.store.Tdb2Store;

/**
 * The rooms of the house: the pipeline runs one way (ingest and law → graph → store → load →
 * impact and sparql → web, admin, cli and the benchmark), no top-level package is in a cycle, and
 * the store and the loader are put together in one place only, the {@link org.quanze.assembly.Assembly}.
 * Checked on the product's classes and the benchmark's (src/bench/java), not on the tests.
 */
class ArchitectureTest {

    private static final String ROOT = "org.quanze";
    private static final Pattern TEST_CLASS = Pattern.compile(".*/test-classes/.*");
    private static final Pattern BENCH_CLASS = Pattern.compile(".*/test-classes/org/quanze/bench/(?!.*Test[.$]).*");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // The benchmark is compiled with the tests (build-helper's add-test-source): its classes are
        // taken from test-classes, the tests themselves are not.
        ImportOption productAndBench = (Location location) -> !location.matches(TEST_CLASS)
                || location.matches(BENCH_CLASS);
        classes = new ClassFileImporter().withImportOption(productAndBench).importPackages(ROOT);
        // The rules below check what was imported: an import that found nothing would let them all pass.
        assertThat(classes.contain(Loader.class)).as("the product's classes are imported").isTrue();
        assertThat(classes.contain("org.quanze.bench.BenchCommand")).as("the benchmark's classes are imported").isTrue();
        assertThat(classes.contain(ArchitectureTest.class)).as("the tests are not").isFalse();
    }

    @Test
    void shouldRunThePipelineOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Main").definedBy(type(Main.class))
                .layer("Application").definedBy(type(QuanzeApplication.class))
                .layer("Vocabulary").definedBy("org.quanze.vocab..")
                .layer("Ingest").definedBy("org.quanze.ingest..")
                .layer("Law").definedBy("org.quanze.law..")
                .layer("Graph").definedBy("org.quanze.graph..")
                // The full-text index belongs to the store: only the store attaches and keeps it.
                .layer("Store").definedBy("org.quanze.store..", "org.quanze.search..")
                .layer("Load").definedBy("org.quanze.load..")
                // What health and impact both read from the store: the reader, the internal queries, citations.
                .layer("Reading").definedBy("org.quanze.reading..")
                .layer("Health").definedBy("org.quanze.health..")
                .layer("Impact").definedBy("org.quanze.impact..")
                .layer("Revise").definedBy("org.quanze.revise..")
                .layer("Queries").definedBy("org.quanze.queries..")
                .layer("Sparql").definedBy("org.quanze.sparql..")
                .layer("Assembly").definedBy("org.quanze.assembly..")
                .layer("Server").definedBy("org.quanze.server..")
                .layer("Cache").definedBy("org.quanze.cache..")
                .layer("Web").definedBy("org.quanze.web..")
                .layer("Admin").definedBy("org.quanze.admin..")
                .layer("Cli").definedBy("org.quanze.cli..")
                .layer("Bench").definedBy("org.quanze.bench..")

                .whereLayer("Vocabulary").mayNotAccessAnyLayer()
                .whereLayer("Ingest").mayNotAccessAnyLayer()
                .whereLayer("Queries").mayNotAccessAnyLayer()
                .whereLayer("Law").mayOnlyAccessLayers("Ingest")
                .whereLayer("Graph").mayOnlyAccessLayers("Ingest", "Law", "Vocabulary")
                // The store reads the rules and shapes it derives and validates with from graph's Ontology.
                .whereLayer("Store").mayOnlyAccessLayers("Graph", "Vocabulary")
                .whereLayer("Load").mayOnlyAccessLayers("Ingest", "Law", "Graph", "Store", "Vocabulary")
                .whereLayer("Reading").mayOnlyAccessLayers("Ingest", "Law", "Graph", "Store", "Queries", "Vocabulary")
                .whereLayer("Health").mayOnlyAccessLayers("Ingest", "Law", "Graph", "Store", "Queries", "Reading",
                        "Vocabulary")
                .whereLayer("Impact").mayOnlyAccessLayers("Ingest", "Law", "Graph", "Store", "Load", "Queries",
                        "Reading", "Health", "Vocabulary")
                // A revised list is drafted from an impact report and the list rebuilt from the graph.
                .whereLayer("Revise").mayOnlyAccessLayers("Ingest", "Law", "Graph", "Store", "Load", "Reading", "Health", "Impact", "Queries")
                .whereLayer("Sparql").mayOnlyAccessLayers("Graph", "Store", "Vocabulary")
                .whereLayer("Assembly").mayOnlyAccessLayers("Ingest", "Law", "Graph", "Store", "Load", "Reading",
                        "Health", "Impact")
                .whereLayer("Server").mayOnlyAccessLayers("Ingest", "Law", "Graph", "Store", "Load", "Reading",
                        "Health", "Impact", "Assembly", "Vocabulary")
                .whereLayer("Cache").mayOnlyAccessLayers("Law", "Store")
                .whereLayer("Web").mayOnlyAccessLayers("Ingest", "Law", "Graph", "Store", "Load", "Reading", "Health",
                        "Impact", "Revise", "Queries", "Sparql", "Vocabulary")
                // The admin area is pages of the site (web's queries and 404) over the server's settings.
                .whereLayer("Admin").mayOnlyAccessLayers("Ingest", "Law", "Graph", "Store", "Load", "Reading", "Health",
                        "Impact", "Revise", "Queries", "Server", "Web", "Vocabulary")
                // serve starts the Spring application (at the root, so that its scan covers every package).
                .whereLayer("Cli").mayOnlyAccessLayers("Application", "Ingest", "Law", "Graph", "Store", "Load",
                        "Reading", "Health", "Impact", "Revise", "Queries", "Assembly", "Vocabulary")
                // The benchmark starts the server and asks the pages' own queries (web's PageQueries).
                .whereLayer("Bench").mayOnlyAccessLayers("Application", "Ingest", "Law", "Graph", "Store", "Load",
                        "Reading", "Health", "Impact", "Queries", "Assembly", "Web", "Vocabulary")
                .whereLayer("Application").mayNotAccessAnyLayer()
                .whereLayer("Main").mayOnlyAccessLayers("Cli")
                .check(classes);
    }

    @Test
    void shouldHaveNoCycleBetweenTopLevelPackages() {
        slices().matching("org.quanze.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void shouldOpenStoresOnlyInTheAssembly() {
        noClasses().that().resideOutsideOfPackages("org.quanze.assembly..", "org.quanze.store..")
                // The benchmark reads the write phases only the embedded store records (Tdb2Store.lastWrite).
                .and().resideOutsideOfPackage("org.quanze.bench..")
                .should().dependOnClassesThat().belongToAnyOf(Tdb2Store.class, RemoteStore.class)
                .because("callers ask GraphStore for what they need (localDataset, remoteEndpoints, textSearch) "
                        + "and get their store from the Assembly")
                .check(classes);
    }

    @Test
    void shouldPutTheLoaderTogetherOnlyInTheAssembly() {
        noClasses().that().resideOutsideOfPackages("org.quanze.assembly..", "org.quanze.load..",
                        "org.quanze.impact..")
                .should().callConstructorWhere(describe("a constructor of Loader, ChangeLog or ImpactGraphs",
                        call -> call.getTargetOwner().isEquivalentTo(Loader.class)
                                || call.getTargetOwner().isEquivalentTo(ChangeLog.class)
                                || call.getTargetOwner().isEquivalentTo(ImpactGraphs.class)))
                .because("the server, the CLI, the benchmark and the tests all take them from the Assembly")
                .check(classes);
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> type(Class<?> c) {
        return describe(c.getSimpleName(), javaClass -> javaClass.isEquivalentTo(c));
    }
}
