package org.quanze.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The mistake that made the organisation page list 5,000 powers for a bureau with 6: an OPTIONAL
 * (or a join, or a BIND) on a variable that the pattern before it may leave unbound. Such a join
 * pairs every solution without the variable with every match of the other side. Every query file
 * of the product is read as SPARQL algebra and each join is checked: a variable shared by both
 * sides must be bound in every solution of at least one of them (OPTIONAL: of its left side), and
 * a BIND may only read variables its group has bound before it.
 */
class UnboundJoinsTest {

    private static final List<Path> FOLDERS = List.of(Path.of("src/main/resources/web/queries"),
            Path.of("src/main/resources/queries-internal"), Path.of("queries"),
            Path.of("ontology/rules"));

    @TestFactory
    Stream<DynamicTest> shouldJoinOnlyOnVariablesThatAreBound() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : FOLDERS) {
            try (Stream<Path> s = Files.list(folder)) {
                s.filter(p -> p.toString().endsWith(".rq")).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(60);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(),
                () -> assertThat(risks(read(f))).as(f.toString()).isEmpty()));
    }

    @Test
    void shouldCatchTheJoinsThatShowedWrongData() {
        // The organisation page's query before the fix: the label of ?entry read after the UNION.
        assertThat(risks(QueryFactory.create("""
                PREFIX qz: <https://w3id.org/quanze/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT * WHERE {
                  { ?power qz:implementingBody ?org } UNION { ?power qz:hasDuty ?entry . ?entry qz:responsibleUnit ?org }
                  ?power qz:number ?n .
                  OPTIONAL { ?entry rdfs:label ?entryLabel }
                }""")))
                .singleElement().asString().contains("OPTIONAL").contains("?entry");
        // The list facet of the powers page: a BIND reading ?list before its group binds it.
        assertThat(risks(QueryFactory.create("""
                PREFIX qz: <https://w3id.org/quanze/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT * WHERE {
                  ?list qz:hasPower ?power .
                  { ?power qz:category ?value } UNION { BIND(?list AS ?value) ?list rdfs:label ?label }
                }""")))
                .singleElement().asString().contains("BIND").contains("?list");
        // A join of two optional parts on a variable neither is sure to bind.
        assertThat(risks(QueryFactory.create("""
                PREFIX qz: <https://w3id.org/quanze/ontology#>
                SELECT * WHERE {
                  { ?p qz:a ?x OPTIONAL { ?x qz:b ?c } }
                  { ?q qz:a ?y OPTIONAL { ?y qz:b ?c } }
                }""")))
                .singleElement().asString().contains("join").contains("?c");
    }

    private static Query read(Path file) throws IOException {
        return QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
    }

    static List<String> risks(Query query) {
        List<String> risks = new ArrayList<>();
        Op op = Algebra.compile(query);
        OpWalker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpLeftJoin join) {
                Set<Var> unsure = shared(join.getLeft(), join.getRight());
                unsure.removeAll(OpVars.fixedVars(join.getLeft()));
                unsure.forEach(v -> risks.add("OPTIONAL on " + v + ", which the pattern before it may leave unbound"));
            }

            @Override
            public void visit(OpJoin join) {
                Set<Var> unsure = shared(join.getLeft(), join.getRight());
                unsure.removeAll(OpVars.fixedVars(join.getLeft()));
                unsure.removeAll(OpVars.fixedVars(join.getRight()));
                unsure.forEach(v -> risks.add("a join on " + v + ", which neither side is sure to bind"));
            }

            @Override
            public void visit(OpExtend extend) {
                Set<Var> before = OpVars.visibleVars(extend.getSubOp());
                extend.getVarExprList().getExprs().forEach((var, expr) -> expr.getVarsMentioned().stream()
                        .filter(v -> !before.contains(v) && !extend.getVarExprList().getVars().contains(v))
                        .filter(v -> mentionedElsewhere(query, v))
                        .forEach(v -> risks.add("BIND(… AS " + var + ") reads " + v + " before its group binds it")));
            }
        });
        return risks;
    }

    private static Set<Var> shared(Op left, Op right) {
        Set<Var> shared = new HashSet<>(OpVars.visibleVars(left));
        shared.retainAll(OpVars.visibleVars(right));
        return shared;
    }

    /**
     * Whether a variable a BIND reads is bound anywhere in the query: one that is never bound is a
     * parameter left undefined on purpose (a filter the caller may or may not set).
     */
    private static boolean mentionedElsewhere(Query query, Var v) {
        return OpVars.visibleVars(Algebra.compile(query)).contains(v);
    }
}
