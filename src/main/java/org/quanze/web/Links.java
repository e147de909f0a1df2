package org.quanze.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.quanze.graph.Iris;
import org.springframework.stereotype.Component;

/**
 * Turns the IRIs Quanze mints into links to their pages ({@code /id/…}) and back. Other IRIs
 * (vocabulary terms, other sites) are linked as they are.
 */
@Component("links")
public class Links {

    public static final String ID_PATH = "/id/";

    private final String base;

    public Links(Iris iris) {
        this.base = iris.base();
    }

    /** The app path of an IRI under the base; the IRI itself otherwise. */
    public String page(String iri) {
        if (iri == null) {
            return null;
        }
        if (iri.startsWith(base)) {
            StringBuilder sb = new StringBuilder(ID_PATH);
            for (String segment : iri.substring(base.length()).split("/", -1)) {
                if (sb.length() > ID_PATH.length()) {
                    sb.append('/');
                }
                sb.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
            }
            return sb.toString();
        }
        return iri;
    }

    /** The IRI a path under {@code /id/} stands for (the path as decoded by the server). */
    public String iri(String decodedPathAfterId) {
        return base + decodedPathAfterId;
    }

    public boolean isLocal(String iri) {
        return iri != null && iri.startsWith(base);
    }

    public String base() {
        return base;
    }
}
