package org.quanze.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cutting of an export for Virtuoso's bulk loader: every quad kept, no graph split between two files. */
class VirtuosoBenchTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTheGraphOfAQuadAndNoneOfATriple() {
        assertThat(VirtuosoBench.graphOf("<s> <p> <o> <g> .")).isEqualTo("<g>");
        assertThat(VirtuosoBench.graphOf("<s> <p> \"a b c\" <g> .")).isEqualTo("<g>");
        assertThat(VirtuosoBench.graphOf("_:b0 <p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> <g> .")).isEqualTo("<g>");
        assertThat(VirtuosoBench.graphOf("<s> <p> <o> .")).isEmpty();
        assertThat(VirtuosoBench.graphOf("<s> <p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .")).isEmpty();
        assertThat(VirtuosoBench.graphOf("<s> <p> \"x y\" .")).isEmpty();
    }

    @Test
    void shouldCutAtGraphBoundariesOnlyAndKeepEveryLine() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            for (int i = 0; i < 3 + g; i++) {
                lines.add("_:b" + i + " <p> \"" + i + " words\" <g" + g + "> .");
            }
        }
        Path nq = dir.resolve("store.nq");
        Files.write(nq, lines, StandardCharsets.UTF_8);

        int files = VirtuosoBench.cut(nq, dir.resolve("parts"), 4);

        List<Path> parts;
        try (Stream<Path> s = Files.list(dir.resolve("parts"))) {
            parts = s.sorted().toList();
        }
        assertThat(parts).hasSize(files);
        List<String> back = new ArrayList<>();
        Map<String, Set<Path>> filesOfGraph = new TreeMap<>();
        for (Path p : parts) {
            assertThat(p.getFileName().toString()).endsWith(".nq.gz");
            for (String line : gunzip(p)) {
                filesOfGraph.computeIfAbsent(VirtuosoBench.graphOf(line), g -> new HashSet<>()).add(p);
                back.add(line);
            }
        }
        assertThat(back).containsExactlyElementsOf(lines);
        assertThat(filesOfGraph).hasSize(4).allSatisfy((graph, in) -> assertThat(in).as(graph).hasSize(1));
        // Graphs of 3, 4, 5 and 6 quads, a new file begun past 4 lines where a graph ends: g0+g1, g2, g3.
        assertThat(files).isEqualTo(3);
    }

    @Test
    void shouldCutAStreamAsItIsWrittenTheSameWayWhateverItsChunks() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int g = 0; g < 5; g++) {
            for (int i = 0; i < 2 + g; i++) {
                text.append("<s> <p> \"法条 ").append(i).append("\" <g").append(g).append("> .\n");
            }
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        QuadParts out = new QuadParts(dir.resolve("streamed"), 5);
        // Chunks of 7 bytes: lines and multi-byte characters cut across writes, as a writer's buffer cuts them.
        for (int off = 0; off < bytes.length; off += 7) {
            out.write(bytes, off, Math.min(7, bytes.length - off));
        }
        out.close();

        List<String> back = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve("streamed"))) {
            for (Path p : s.sorted().toList()) {
                back.addAll(gunzip(p));
            }
        }
        assertThat(String.join("\n", back) + "\n").isEqualTo(text.toString());
        assertThat(out.quads()).isEqualTo(back.size());
        // Graphs of 2..6 quads, a new file begun past 5 lines where a graph ends: g0+g1, g2+g3, g4.
        assertThat(out.files()).isEqualTo(3);
    }

    private static List<String> gunzip(Path p) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(p))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
