package org.quanze.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A large list made from the real one: its six rows repeated, renumbered 1…n, under its own header. */
final class BigList {

    private BigList() {
    }

    static Path write(Path file, int powers) {
        try {
            String list = Files.readString(Path.of("data/lists/yulin-secrecy-bureau.txt"), StandardCharsets.UTF_8);
            String title = list.substring(0, list.indexOf('\n'));
            List<String> rows = new ArrayList<>(Arrays.asList(list.substring(title.length() + 1).split("\n\n\t")));
            for (int i = 1; i < rows.size(); i++) {
                rows.set(i, "\t" + rows.get(i));
            }
            List<String> out = new ArrayList<>(rows.subList(0, 2));
            List<String> data = rows.subList(2, rows.size());
            for (int n = 1; n <= powers; n++) {
                String row = data.get((n - 1) % data.size());
                out.add("\t" + n + row.substring(row.indexOf('\n')));
            }
            Files.writeString(file, title + "\n" + String.join("\n\n", out), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
