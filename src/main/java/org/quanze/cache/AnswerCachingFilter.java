package org.quanze.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quanze.law.ChinaDays;
import org.quanze.store.Generation;
import org.quanze.store.GraphStore;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers bound to the store's generation. The data changes only when something is written, so
 * every public answer (pages, RDF views, dumps, {@code /sparql}) carries an entity tag and a date
 * derived from the generation it was read in: a conditional request in the same generation gets
 * 304 without anything being read or rendered, and {@code Cache-Control} lets browsers and proxies
 * keep answers as long as they ask again. The server keeps answers too ({@link AnswerCache}); a
 * write moves the generation, so nothing kept from before it is ever sent after it.
 * <p>
 * The administration and the actuator are never kept ({@code no-store}); the static files are left
 * to their own handler. Runs after Spring Security, so that its headers are written on every
 * answer, kept or not.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 1)
class AnswerCachingFilter extends OncePerRequestFilter {

    static final String CACHE_CONTROL = "public, no-cache";
    /** What a kept answer does not repeat: per request, or set here. */
    private static final Set<String> NOT_KEPT = Set.of("x-request-id", "cache-control", "pragma", "expires", "etag",
            "last-modified", "date", "content-length", "transfer-encoding", "content-type", "vary");

    private final GraphStore store;
    private final AnswerCache cache;
    private final CacheProperties properties;
    private final Clock clock;

    AnswerCachingFilter(GraphStore store, AnswerCache cache, CacheProperties properties, Clock clock) {
        this.store = store;
        this.cache = cache;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/admin") || path.startsWith("/actuator")) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            chain.doFilter(request, response);
            return;
        }
        boolean get = request.getMethod().equals("GET");
        if (!get && !request.getMethod().equals("HEAD") || staticFile(path)) {
            chain.doFilter(request, response);
            return;
        }
        Generation generation = store.generation();
        // The pages say what is ahead of today (versions not yet in force): an answer is kept for one
        // day at most, so the day is part of its tag and of its date as well as the generation.
        LocalDate today = ChinaDays.today(clock);
        AnswerKey key = AnswerKey.of(request, generation.tag() + "-" + today);
        Instant startOfDay = ChinaDays.start(today);
        Instant since = max(generation.since(), startOfDay).truncatedTo(ChronoUnit.SECONDS);
        if (notModified(request, key.etag(), since)) {
            validators(response, key, since);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        // A dump is the whole store: tagged, but streamed rather than kept.
        if (!get || !properties.enabled() || path.startsWith("/dumps/")) {
            validators(response, key, since);
            chain.doFilter(request, response);
            return;
        }
        try {
            Optional<CachedAnswer> kept = cache.answer(key, () -> compute(request, response, chain, key, since));
            if (kept.isPresent()) {
                send(kept.get(), response, key, since);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (ServletException | IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static boolean staticFile(String path) {
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.equals("/favicon.ico");
    }

    /** Answers the request and gives the answer to keep: a complete 200, else nothing. */
    private Optional<CachedAnswer> compute(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                           AnswerKey key, Instant since) {
        Map<String, List<String>> before = headers(response);
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, capture);
            if (capture.getStatus() != HttpServletResponse.SC_OK || request.isAsyncStarted()) {
                capture.copyBodyToResponse();
                return Optional.empty();
            }
            validators(response, key, since);
            CachedAnswer answer = new CachedAnswer(capture.getStatus(), added(before, headers(response)),
                    capture.getContentType(), capture.getLocale(), capture.getContentAsByteArray());
            capture.copyBodyToResponse();
            return Optional.of(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(CachedAnswer answer, HttpServletResponse response, AnswerKey key, Instant since)
            throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach(h -> response.addHeader(h.getKey(), h.getValue()));
        validators(response, key, since);
        response.setLocale(answer.locale());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private static void validators(HttpServletResponse response, AnswerKey key, Instant since) {
        response.setHeader(HttpHeaders.ETAG, key.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, since.toEpochMilli());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        // The representation follows Accept, and the language the cookie remembers.
        List<String> vary = response.getHeaders(HttpHeaders.VARY).stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip).toList();
        for (String header : List.of("Accept", "Cookie")) {
            if (vary.stream().noneMatch(header::equalsIgnoreCase)) {
                response.addHeader(HttpHeaders.VARY, header);
            }
        }
    }

    /**
     * Whether the client holds this answer: its {@code If-None-Match} names the entity tag, or (when
     * it sends none) its {@code If-Modified-Since} is not before the generation's date.
     */
    static boolean notModified(HttpServletRequest request, String etag, Instant since) {
        String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (match != null) {
            for (String tag : match.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || weak(t).equals(weak(etag))) {
                    return true;
                }
            }
            return false;
        }
        long modifiedSince;
        try {
            modifiedSince = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return modifiedSince >= 0 && !since.isAfter(Instant.ofEpochMilli(modifiedSince));
    }

    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static Map<String, List<String>> headers(HttpServletResponse response) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : response.getHeaderNames()) {
            headers.put(name.toLowerCase(java.util.Locale.ROOT), new ArrayList<>(response.getHeaders(name)));
        }
        return headers;
    }

    /** The headers the application set while answering (not those set before, nor the validators). */
    private static List<Map.Entry<String, String>> added(Map<String, List<String>> before, Map<String, List<String>> after) {
        List<Map.Entry<String, String>> added = new ArrayList<>();
        after.forEach((name, values) -> {
            if (NOT_KEPT.contains(name)) {
                return;
            }
            Collection<String> old = before.getOrDefault(name, List.of());
            values.stream().filter(v -> !old.contains(v))
                    // The language a ?lang= link chose is the same for everyone; any other cookie is someone's own.
                    .filter(v -> !name.equals("set-cookie") || v.startsWith(AnswerKey.LANGUAGE_COOKIE + "="))
                    .forEach(v -> added.add(Map.entry(name, v)));
        });
        return added;
    }
}
