package org.quanze.sparql;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/** Writes a model as the response body in the chosen format. */
public final class RdfResponses {

    private RdfResponses() {
    }

    public static void write(Model model, RdfFormats.Format format, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.mediaType().toString() + ";charset=utf-8");
        response.setHeader("Vary", "Accept");
        RDFDataMgr.write(response.getOutputStream(), model, format.writer());
    }
}
