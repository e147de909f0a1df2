package org.quanze.sparql;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.quanze.store.GraphStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The whole graph, named graphs kept, as gzipped N-Quads or TriG, written from one consistent snapshot. */
@RestController
class DumpController {

    static final String NQUADS = "/dumps/quanze.nq.gz";
    static final String TRIG = "/dumps/quanze.trig.gz";

    private final GraphStore store;

    DumpController(GraphStore store) {
        this.store = store;
    }

    @GetMapping(NQUADS)
    void nquads(HttpServletResponse response) throws IOException {
        dump(response, Lang.NQUADS, "application/n-quads", "quanze.nq.gz");
    }

    @GetMapping(TRIG)
    void trig(HttpServletResponse response) throws IOException {
        dump(response, Lang.TRIG, "application/trig", "quanze.trig.gz");
    }

    private void dump(HttpServletResponse response, Lang lang, String type, String file) throws IOException {
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        response.setHeader("X-Content-Type-Inside", type);
        try (GZIPOutputStream out = new GZIPOutputStream(response.getOutputStream())) {
            store.export(out, lang);
        }
    }
}
