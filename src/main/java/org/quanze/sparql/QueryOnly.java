package org.quanze.sparql;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Lets only queries through to the backend, whatever the backend would accept: a remote store's
 * query endpoint may also take updates, and the public address must never pass one on.
 */
final class QueryOnly {

    private QueryOnly() {
    }

    /** Why the request is refused ("415 …" or "400 …"), or null when it is a query. */
    static String refusal(String contentType, String queryString, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (type.equals("application/sparql-update")) {
            return "415 updates are not accepted here: this endpoint is read-only";
        }
        if (!type.isEmpty() && !type.equals("application/sparql-query") && !type.equals("application/x-www-form-urlencoded")) {
            return "415 a query is sent as application/sparql-query or as a form with query=…, not " + type;
        }
        if (hasParameter(queryString, "update") || (type.equals("application/x-www-form-urlencoded") && body != null
                && hasParameter(new String(body, StandardCharsets.UTF_8), "update"))) {
            return "400 updates are not accepted here: this endpoint is read-only (send query=…)";
        }
        return null;
    }

    private static boolean hasParameter(String form, String name) {
        if (form == null || form.isEmpty()) {
            return false;
        }
        for (String pair : form.split("&")) {
            String key = pair.split("=", 2)[0];
            if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                return true;
            }
        }
        return false;
    }
}
