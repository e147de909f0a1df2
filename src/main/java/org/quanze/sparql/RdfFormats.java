package org.quanze.sparql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The RDF formats a resource or description can be asked for, by Accept header or by a
 * {@code ?format=} permalink, and how each is written.
 */
public final class RdfFormats {

    /** A format: its permalink name, media type and how Jena writes it. */
    public record Format(String name, MediaType mediaType, Lang lang, RDFFormat writer, String extension) {
    }

    public static final Format TURTLE = new Format("turtle", MediaType.parseMediaType("text/turtle"), Lang.TURTLE,
            RDFFormat.TURTLE_PRETTY, "ttl");
    public static final Format JSONLD = new Format("jsonld", MediaType.parseMediaType("application/ld+json"),
            Lang.JSONLD, RDFFormat.JSONLD11, "jsonld");
    public static final Format NTRIPLES = new Format("ntriples", MediaType.parseMediaType("application/n-triples"),
            Lang.NTRIPLES, RDFFormat.NTRIPLES, "nt");
    public static final Format RDFXML = new Format("rdfxml", MediaType.parseMediaType("application/rdf+xml"),
            Lang.RDFXML, RDFFormat.RDFXML_PRETTY, "rdf");
    public static final List<Format> ALL = List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);

    private RdfFormats() {
    }

    public static Optional<Format> byName(String name) {
        return ALL.stream().filter(f -> f.name().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    /**
     * The RDF format the Accept header prefers, best quality first; empty when it accepts none
     * of them explicitly (HTML, or nothing said).
     */
    public static Optional<Format> preferred(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.empty();
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return Optional.empty();
        }
        types = types.stream().sorted(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed()).toList();
        Map<MediaType, Format> byType = new LinkedHashMap<>();
        ALL.forEach(f -> byType.put(f.mediaType(), f));
        for (MediaType type : types) {
            if (type.isWildcardType() || type.isWildcardSubtype() || type.getQualityValue() == 0) {
                continue;
            }
            for (var entry : byType.entrySet()) {
                if (entry.getKey().isCompatibleWith(type)) {
                    return Optional.of(entry.getValue());
                }
            }
            if (type.isCompatibleWith(MediaType.TEXT_HTML) || type.isCompatibleWith(MediaType.APPLICATION_XHTML_XML)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether the Accept header admits anything we can send: HTML, one of the RDF formats, or a wildcard. */
    public static boolean acceptsAny(String accept, boolean html) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (type.getQualityValue() == 0) {
                    continue;
                }
                if (type.isWildcardType() || (html && type.isCompatibleWith(MediaType.TEXT_HTML))
                        || ALL.stream().anyMatch(f -> f.mediaType().isCompatibleWith(type))) {
                    return true;
                }
            }
            return false;
        } catch (InvalidMediaTypeException e) {
            return true;
        }
    }
}
