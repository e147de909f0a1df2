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

    /**
     * The app path of an IRI under the base; the IRI itself otherwise. What the IRI already
     * percent-encodes ({@code %28} for a bracket) stays as it is: encoded again ({@code %2528}) it
     * would be an encoded percent sign, which the server refuses.
     */
    public String page(String iri) {
        if (iri == null) {
            return null;
        }
        if (!iri.startsWith(base)) {
            return iri;
        }
        StringBuilder sb = new StringBuilder(ID_PATH);
        String path = iri.substring(base.length());
        for (int i = 0; i < path.length(); i += Character.charCount(path.codePointAt(i))) {
            int c = path.codePointAt(i);
            if (c == '%' && i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2))) {
                sb.append(path, i, i + 3);
                i += 2;
            } else if (c == '/' || c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                sb.appendCodePoint(c);
            } else {
                sb.append(URLEncoder.encode(Character.toString(c), StandardCharsets.UTF_8).replace("+", "%20"));
            }
        }
        return sb.toString();
    }

    /** The IRI a path under {@code /id/} stands for (the path as decoded by the server), as {@link Iris} mints it. */
    public String iri(String decodedPathAfterId) {
        StringBuilder sb = new StringBuilder(base);
        String[] segments = decodedPathAfterId.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            sb.append(i == 0 ? "" : "/").append(Iris.encodeSegment(segments[i]));
        }
        return sb.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    public boolean isLocal(String iri) {
        return iri != null && iri.startsWith(base);
    }

    public String base() {
        return base;
    }
}
