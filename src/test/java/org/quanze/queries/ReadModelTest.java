package org.quanze.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quanze.queries.QueryCatalogue.QueryFile;
import org.quanze.queries.QueryCatalogue.Shelf;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * The read model against its query files: every record marked {@link Fills} names its components as
 * the variables its query files project (parsed by Jena, {@code getResultVars()}), one for one, so
 * that renaming a variable in a file fails here, naming the file and the variable, not on a blank
 * page. A variable that may be unbound (OPTIONAL, or bound by an expression that can fail) fills a
 * component that can say so: a reference type, or {@code long}, {@code int} and {@code boolean}, read as 0 and false.
 */
class ReadModelTest {

    @TestFactory
    Stream<DynamicTest> shouldNameEveryRecordComponentAsItsQueryProjectsIt() {
        return filled().entrySet().stream().flatMap(e -> e.getValue().stream().map(type -> {
            QueryFile file = e.getKey();
            return DynamicTest.dynamicTest(file.path() + " → " + type.getSimpleName(), () -> check(file, type));
        }));
    }

    @Test
    void shouldFillEverySelectOfThePagesAndReports() {
        Set<String> typed = new TreeSet<>();
        filled().keySet().forEach(f -> typed.add(f.name()));
        Set<String> untyped = new TreeSet<>();
        Stream.of(Shelf.PAGES, Shelf.INTERNAL).flatMap(s -> QueryCatalogue.bundled().all(s).stream())
                .filter(f -> f.query().isSelectType()).map(QueryFile::name).filter(n -> !typed.contains(n))
                .forEach(untyped::add);
        assertThat(typed).as("the records found on the class path").isNotEmpty();
        assertThat(untyped).as("SELECT query files of the pages and reports that no record fills").isEmpty();
    }

    record Drifted(String a, String c) {
    }

    @Test
    void shouldNameTheFileAndTheVariableWhenAQueryAndItsRecordDrift() {
        QueryFile file = QueryCatalogue.parse(Shelf.PAGES, "drift", "SELECT ?a ?b WHERE { ?a ?p ?b } LIMIT 1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> check(file, Drifted.class))
                .hasMessageContaining("web/queries/drift.rq projects ?b, which Drifted has no component for");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TypedRows.read("drift.rq",
                        org.apache.jena.query.QueryExecutionFactory.create(file.query(),
                                org.apache.jena.rdf.model.ModelFactory.createDefaultModel()).execSelect(), Drifted.class))
                .hasMessageContaining("Drifted reads ?c, which drift.rq does not project");
    }

    private static void check(QueryFile file, Class<? extends Record> type) {
        Query query = QueryFactory.create(file.text());
        List<String> projected = query.getResultVars();
        List<String> read = TypedRows.variables(type);
        for (String v : projected) {
            assertThat(read).as("%s projects ?%s, which %s has no component for", file.path(), v, type.getSimpleName())
                    .contains(v);
        }
        for (String v : read) {
            assertThat(projected).as("%s reads ?%s, which %s does not project", type.getSimpleName(), v, file.path())
                    .contains(v);
        }
        Set<String> fixed = new TreeSet<>();
        OpVars.fixedVars(Algebra.compile(query)).forEach(var -> fixed.add(var.getVarName()));
        components(type).forEach((name, c) -> {
            if (c.getType() == int.class || c.getType() == double.class) {
                assertThat(fixed).as("%s.%s is a %s, but ?%s of %s may be unbound: make it nullable",
                        type.getSimpleName(), name, c.getType(), name, file.path()).contains(name);
            }
        });
    }

    /** The components of a record and of its parts, by name. */
    private static Map<String, RecordComponent> components(Class<?> type) {
        Map<String, RecordComponent> all = new TreeMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (TypedRows.isPart(c.getType())) {
                all.putAll(components(c.getType()));
            } else {
                all.put(c.getName(), c);
            }
        }
        return all;
    }

    /** Each query file with the records that fill it, found on the class path by {@link Fills}. */
    private static Map<QueryFile, List<Class<? extends Record>>> filled() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scan.addIncludeFilter(new AnnotationTypeFilter(Fills.class));
        Map<QueryFile, List<Class<? extends Record>>> filled = new TreeMap<>(
                java.util.Comparator.comparing(QueryFile::path));
        for (BeanDefinition d : scan.findCandidateComponents("org.quanze")) {
            Class<? extends Record> type = load(d.getBeanClassName());
            for (String name : type.getAnnotation(Fills.class).value()) {
                QueryFile file = QueryCatalogue.bundled().find(Shelf.PAGES, name)
                        .or(() -> QueryCatalogue.bundled().find(Shelf.INTERNAL, name))
                        .orElseThrow(() -> new AssertionError(type.getSimpleName() + " fills " + name
                                + ".rq, which is in neither web/queries nor queries-internal"));
                filled.computeIfAbsent(file, f -> new ArrayList<>()).add(type);
            }
        }
        return filled;
    }

    private static Class<? extends Record> load(String name) {
        try {
            return Class.forName(name).asSubclass(Record.class);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
