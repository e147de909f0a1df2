package org.quanze.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.NodeIterator;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.quanze.store.GraphStore.GraphUpdate;

/**
 * Virtuoso's free-text index over literals, as Quanze uses it to find Chinese words. Virtuoso breaks a
 * text into words, each Chinese character a word of its own, and finds a phrase of them side by side:
 * a text holding {@code 收缴} as a substring matches the phrase {@code "收 缴"}. The index only narrows: the
 * queries still test each text for the words as written, so the answers are those of a scan.
 * What Virtuoso needs (its profile in the README): a rule that queues literals for the index (a new database of
 * Debian's 7.2.5 has one, {@code ALL}; else {@code DB.DBA.RDF_OBJ_FT_RULE_ADD(null, null, 'index_local')}), and
 * the SPARQL user's right to run the indexer ({@code GRANT EXECUTE ON DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ TO
 * "SPARQL"}, and on {@code DB.DBA.VT_BATCH_REAL_PROCESS_1_DB_DBA_RDF_OBJ}, which it queues), which Quanze calls
 * after each write: Virtuoso indexes queued literals only when asked (no schedule does it by default), and a
 * search must find what was just loaded.
 */
public final class VirtuosoFreeText {

    /** Virtuoso's free-text match, a predicate of its SPARQL: no other engine knows it. */
    public static final Node CONTAINS = NodeFactory.createURI("bif:contains");
    /** The longest text the check after a write asks the index for (a name; not a whole article). */
    private static final int SAMPLE_LENGTH = 60;
    /** Indexes the literals written since the last call (a procedure of Virtuoso's, called as a SPARQL function). */
    static final Query INDEX = QueryFactory.create("SELECT (<sql:VT_INC_INDEX_DB_DBA_RDF_OBJ>() AS ?done) WHERE {}");

    private VirtuosoFreeText() {
    }

    /**
     * The free-text expression every text holding {@code words} matches: each run of Chinese characters of the
     * words as a phrase, the phrases joined by AND; empty when the words hold no Chinese character, which the index
     * cannot find by part of a word (a scan can). Characters beyond the Basic Multilingual Plane (CJK extension B
     * and later) are left out: Virtuoso counts them as noise words, and a phrase of noise only is an error.
     */
    public static Optional<String> expression(String words) {
        List<String> phrases = new ArrayList<>();
        StringBuilder phrase = new StringBuilder();
        words.codePoints().forEach(cp -> {
            if (Character.isBmpCodePoint(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                phrase.append(phrase.isEmpty() ? "" : " ").appendCodePoint(cp);
            } else if (!phrase.isEmpty()) {
                phrases.add("\"" + phrase + "\"");
                phrase.setLength(0);
            }
        });
        if (!phrase.isEmpty()) {
            phrases.add("\"" + phrase + "\"");
        }
        return phrases.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", phrases.stream().distinct().toList()));
    }

    /** A short text among {@code written} that the index can be asked for (one with a Chinese character), if any. */
    static Optional<String> sample(List<GraphUpdate> written) {
        for (GraphUpdate update : written) {
            NodeIterator objects = update.content().listObjects();
            try {
                while (objects.hasNext()) {
                    RDFNode o = objects.next();
                    if (o.isLiteral() && o.asLiteral().getLexicalForm().length() <= SAMPLE_LENGTH
                            && expression(o.asLiteral().getLexicalForm()).isPresent()) {
                        return Optional.of(o.asLiteral().getLexicalForm());
                    }
                }
            } finally {
                objects.close();
            }
        }
        return Optional.empty();
    }

    /** Whether the index finds {@code text}: asked for its own expression, the store's literals must include it. */
    static Query finds(String text) {
        Var s = Var.alloc("s");
        Var p = Var.alloc("p");
        Var o = Var.alloc("o");
        ElementPathBlock block = new ElementPathBlock();
        block.addTriple(Triple.create(s, p, o));
        block.addTriple(Triple.create(o, CONTAINS, NodeFactory.createLiteralString(expression(text).orElseThrow())));
        ElementGroup group = new ElementGroup();
        group.addElement(block);
        group.addElement(new ElementFilter(new E_Equals(new E_Str(new ExprVar(o)), NodeValue.makeString(text))));
        Query ask = new Query();
        ask.setQueryAskType();
        ask.setQueryPattern(group);
        return ask;
    }
}
