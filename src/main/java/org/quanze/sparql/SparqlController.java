package org.quanze.sparql;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public, read-only SPARQL routes: {@code /sparql} (the SPARQL 1.1 query protocol, by GET
 * and POST) and {@code /data} (Graph Store Protocol, GET only). Requests are checked for size and
 * passed on to Fuseki (or the remote store); a GET of {@code /sparql} without a query answers
 * with the service description.
 */
@RestController
record SparqlController(SparqlBackend backend, SparqlProperties properties, ServiceDescription description,
                        ProtocolPassThrough passThrough) {

    @RequestMapping(path = "/sparql", method = {RequestMethod.GET, RequestMethod.POST})
    void query(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("GET".equals(request.getMethod()) && request.getQueryString() == null) {
            description.write(request, response);
            return;
        }
        String query = request.getQueryString();
        if (query != null && query.length() > properties.maxQuerySize()) {
            PlainErrors.send(response, HttpStatus.URI_TOO_LONG, "the query is larger than "
                    + properties.maxQuerySize() + " bytes");
            return;
        }
        byte[] body = "POST".equals(request.getMethod()) ? body(request) : null;
        if (body == null && "POST".equals(request.getMethod())) {
            PlainErrors.send(response, HttpStatus.PAYLOAD_TOO_LARGE, "the query is larger than "
                    + properties.maxQuerySize() + " bytes");
            return;
        }
        String refusal = QueryOnly.refusal(request.getContentType(), request.getQueryString(), body);
        if (refusal != null) {
            PlainErrors.send(response, refusal.startsWith("415") ? HttpStatus.UNSUPPORTED_MEDIA_TYPE : HttpStatus.BAD_REQUEST,
                    refusal.substring(4));
            return;
        }
        passThrough.forward(backend.queryEndpoint(), request, body, response);
    }

    @RequestMapping(path = "/data", method = RequestMethod.GET)
    void graph(HttpServletRequest request, HttpServletResponse response) throws IOException {
        passThrough.forward(backend.graphStoreEndpoint(), request, null, response);
    }

    /** The request body, or null when it is longer than a query may be (read no further than that). */
    private byte[] body(HttpServletRequest request) throws IOException {
        int limit = properties.maxQuerySize();
        if (request.getContentLengthLong() > limit) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(limit + 1);
            return bytes.length > limit ? null : bytes;
        }
    }
}
