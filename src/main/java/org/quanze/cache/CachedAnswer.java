package org.quanze.cache;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An answer as it was sent: its status, the headers the application set, its content type, its
 * language ({@code Content-Language}, which the servlet container keeps apart from the headers) and
 * its body.
 */
record CachedAnswer(int status, List<Map.Entry<String, String>> headers, String contentType, Locale locale,
                    byte[] body) {
}
