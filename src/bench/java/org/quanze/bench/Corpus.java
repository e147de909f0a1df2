package org.quanze.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A generated corpus: where it is, its scale and seed, and its list files with their source rows
 * (table rows, header and title rows included, as the reader sees them) and powers.
 */
public record Corpus(Path folder, int scale, long seed, List<ListEntry> lists) {

    /** One list file, by its path under {@code lists/}. */
    public record ListEntry(String file, int rows, int powers, long bytes) {
    }

    public Corpus {
        lists = List.copyOf(lists);
    }

    public long rows() {
        return lists.stream().mapToLong(ListEntry::rows).sum();
    }

    public long powers() {
        return lists.stream().mapToLong(ListEntry::powers).sum();
    }

    public long bytes() {
        return lists.stream().mapToLong(ListEntry::bytes).sum();
    }

    /** The law texts, then the list files of each part, in order. */
    public Path laws() {
        return folder.resolve("laws");
    }

    public Path listsFolder() {
        return folder.resolve("lists");
    }

    /** A corpus written before, read back from its manifest. */
    public static Corpus read(Path folder) {
        try {
            List<String> lines = Files.readAllLines(folder.resolve("corpus.manifest"), StandardCharsets.UTF_8);
            String[] head = lines.get(0).replace("# scale ", "").replace(" seed ", "").split(",");
            List<ListEntry> lists = new java.util.ArrayList<>();
            for (String line : lines.subList(2, lines.size())) {
                String[] f = line.split("\t");
                lists.add(new ListEntry(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Long.parseLong(f[3])));
            }
            return new Corpus(folder, Integer.parseInt(head[0].strip()), Long.parseLong(head[1].strip()), lists);
        } catch (IOException e) {
            throw new UncheckedIOException("no corpus in " + folder + " (corpus.manifest missing): " + e.getMessage(), e);
        }
    }

    /** The list folders, one per hundred copies, in order. */
    public List<Path> parts() {
        try (var s = Files.list(listsFolder())) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeManifest() {
        StringBuilder sb = new StringBuilder("# scale " + scale + ", seed " + seed + "\nfile\trows\tpowers\tbytes\n");
        lists.forEach(l -> sb.append(l.file()).append('\t').append(l.rows()).append('\t').append(l.powers()).append('\t')
                .append(l.bytes()).append('\n'));
        try {
            Files.writeString(folder.resolve("corpus.manifest"), sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
