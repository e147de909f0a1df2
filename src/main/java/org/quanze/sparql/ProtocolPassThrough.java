package org.quanze.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Passes a SPARQL protocol request on to the backend and streams its answer back: status, the
 * headers that describe the body, and the body. Nothing else of the request is forwarded, so the
 * backend sees only what the protocol needs.
 */
final class ProtocolPassThrough {

    private static final String DIRECT_QUERY = "application/sparql-query";
    private static final List<String> REQUEST_HEADERS = List.of("Accept", "Content-Type");
    private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "Content-Disposition",
            CappedQueryService.LIMIT_HEADER);

    private final HttpClient client;
    private final Duration timeout;

    ProtocolPassThrough(Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.timeout = timeout.plusSeconds(5);
    }

    void forward(URI target, HttpServletRequest request, byte[] body, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        URI uri = URI.create(target + (query == null ? "" : "?" + query));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout);
        for (String name : REQUEST_HEADERS) {
            String value = request.getHeader(name);
            if (value != null) {
                builder.header(name, value);
            }
        }
        String type = request.getContentType();
        if (body != null && type != null && type.startsWith(DIRECT_QUERY)) {
            // The same request as a form, which is the same protocol: Virtuoso 7.2 never answers a query sent as the body
            // itself (it waits until the client gives up), and every store takes the form.
            body = ("query=" + URLEncoder.encode(new String(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            builder.setHeader("Content-Type", "application/x-www-form-urlencoded");
        }
        builder.method(request.getMethod(), body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<InputStream> answer;
        try {
            answer = client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            PlainErrors.send(response, HttpStatus.SERVICE_UNAVAILABLE, "interrupted");
            return;
        } catch (HttpTimeoutException e) {
            PlainErrors.send(response, HttpStatus.GATEWAY_TIMEOUT, "the SPARQL store did not answer in time");
            return;
        } catch (ConnectException e) {
            PlainErrors.send(response, HttpStatus.BAD_GATEWAY, "the SPARQL store cannot be reached: " + e.getMessage());
            return;
        }
        if (answer.statusCode() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            // Fuseki says only "Query timed out": say what the limit is and what to do.
            try (InputStream in = answer.body()) {
                String said = new String(in.readNBytes(1000), StandardCharsets.UTF_8).strip();
                PlainErrors.send(response, HttpStatus.SERVICE_UNAVAILABLE, said + ": the query ran longer than "
                        + (timeout.toSeconds() - 5) + " s and was cancelled; narrow it or add a LIMIT");
            }
            return;
        }
        response.setStatus(answer.statusCode());
        for (String name : RESPONSE_HEADERS) {
            answer.headers().firstValue(name).ifPresent(v -> response.setHeader(name, v));
        }
        // The answer depends on Accept whether or not the backend says so.
        response.addHeader("Vary", "Accept");
        try (InputStream in = answer.body()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
