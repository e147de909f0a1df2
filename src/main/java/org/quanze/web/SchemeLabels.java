package org.quanze.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.quanze.graph.Ontology;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The labels of the SKOS concepts (power categories, levels of legal documents) in the reader's
 * language. The queries read the Chinese label, which the lists write; an English page asks here
 * for the English label of the scheme, by the concept's IRI or by its Chinese label.
 */
@Component
public class SchemeLabels {

    private final Map<String, String> englishByConcept = new HashMap<>();
    private final Map<String, String> englishByChinese = new HashMap<>();

    public SchemeLabels(Ontology ontology) {
        Map<String, String> chinese = new HashMap<>();
        for (Statement s : ontology.vocabulary().listStatements(null, SKOS.prefLabel, (String) null).toList()) {
            if (s.getObject().isLiteral() && s.getSubject().isURIResource()) {
                Literal label = s.getLiteral();
                String concept = s.getSubject().getURI();
                if (label.getLanguage().equals("en")) {
                    englishByConcept.put(concept, label.getLexicalForm());
                } else if (label.getLanguage().equals("zh")) {
                    chinese.put(concept, label.getLexicalForm());
                }
            }
        }
        chinese.forEach((concept, zh) -> Optional.ofNullable(englishByConcept.get(concept))
                .ifPresent(en -> englishByChinese.put(zh, en)));
    }

    /** The concept's label for the page: {@code chinese} as the query read it, or the English label on an English page. */
    public String say(String concept, String chinese) {
        if (!english()) {
            return chinese;
        }
        String en = concept == null ? null : englishByConcept.get(concept);
        return en != null ? en : say(chinese);
    }

    /** A concept's Chinese label said in the reader's language (kept as it is when the scheme has no such label). */
    public String say(String chinese) {
        return english() && chinese != null ? englishByChinese.getOrDefault(chinese, chinese) : chinese;
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
