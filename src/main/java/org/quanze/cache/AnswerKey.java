package org.quanze.cache;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What an answer depends on besides the data: the path and query, the representation asked for
 * ({@code Accept}), the language chosen (the cookie that remembers it; {@code ?lang=} is in the
 * query) and the origin of a cross-origin request (whose CORS headers name it). Two requests with
 * the same key in the same generation get the same answer.
 */
record AnswerKey(String generation, String method, String target, String accept, String language, String origin) {

    static final String LANGUAGE_COOKIE = "quanze-lang";

    static AnswerKey of(HttpServletRequest request, String generation) {
        String query = request.getQueryString();
        String target = request.getRequestURI() + (query == null ? "" : "?" + query);
        return new AnswerKey(generation, request.getMethod(), target, Objects.toString(request.getHeader("Accept"), ""),
                language(request), Objects.toString(request.getHeader("Origin"), ""));
    }

    private static String language(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? "" : Arrays.stream(cookies).filter(c -> LANGUAGE_COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse("");
    }

    /** The entity tag of the answer: the generation and a digest of what chooses the representation. */
    String etag() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(String.join("\n", target, accept, language).getBytes(StandardCharsets.UTF_8));
            return "W/\"" + generation + "-" + HexFormat.of().formatHex(md.digest(), 0, 8) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
