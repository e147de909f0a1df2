package org.quanze.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.quanze.ingest.columns.HeaderNames;
import org.quanze.ingest.list.ListFile;
import org.quanze.ingest.list.ListFileReader;
import org.quanze.load.Source;
import org.quanze.load.SourceKind;

/**
 * Makes a corpus of N times the real lists, deterministically from a seed. Scale 1 is the data
 * bundled with Quanze, as it is (the six lists and the four law texts). Each further copy
 * (2 … N) holds each real list again, in the format of its source (the text export stays a text
 * export, a workbook a workbook of the same kind, merged cells and all), published by the same
 * kind of department of another region ({@code 玉林市} and {@code 克拉玛依市} become 柳州市,
 * 喀什市城南区 …), with half of its citations replaced by other citations of the real lists (so
 * every citation still resolves to an article the real lists cite). The law texts are written
 * once.
 *
 * <p>Layout: {@code laws/*.md}, {@code lists/part-KKK/*} (copies 100·K … 100·K+99, so that a
 * very large corpus can be loaded part by part), and {@code corpus.manifest} with the rows and
 * powers of every list file.
 */
public final class CorpusGenerator {

    /** The regions the real lists are published in, replaced in the copies. */
    private static final List<String> HOME_REGIONS = List.of("玉林市", "克拉玛依市");
    private static final int COPIES_PER_PART = 100;
    private static final double VARIED_SHARE = 0.5;

    private final long seed;
    private final List<Source> originals;
    private final CitationPool pool;
    private final Places places;

    public CorpusGenerator(long seed) {
        this.seed = seed;
        this.originals = Source.bundled();
        this.pool = CitationPool.of(originals.stream().filter(s -> s.kind() == SourceKind.LIST)
                .flatMap(s -> cells(s).stream()).toList());
        this.places = new Places(seed);
    }

    /** Writes the corpus of {@code scale} times the real data into {@code out} (created; files there are replaced). */
    public Corpus generate(Path out, int scale) {
        if (scale < 1 || scale - 1 > places.count()) {
            throw new IllegalArgumentException("the scale must be between 1 and " + (places.count() + 1));
        }
        try {
            Files.createDirectories(out.resolve("laws"));
            List<Corpus.ListEntry> lists = new ArrayList<>();
            for (Source s : originals) {
                if (s.kind() == SourceKind.LAW_TEXT) {
                    Files.write(out.resolve("laws").resolve(s.fileName()), s.bytes());
                }
            }
            for (int copy = 0; copy < scale; copy++) {
                Path part = out.resolve("lists").resolve(String.format("part-%03d", copy / COPIES_PER_PART));
                Files.createDirectories(part);
                for (Source s : originals) {
                    if (s.kind() == SourceKind.LIST) {
                        lists.add(write(part, s, copy));
                    }
                }
            }
            Corpus corpus = new Corpus(out, scale, seed, lists);
            corpus.writeManifest();
            return corpus;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus into " + out, e);
        }
    }

    private Corpus.ListEntry write(Path folder, Source original, int copy) throws IOException {
        String name = copy == 0 ? original.fileName() : copyName(original.fileName(), copy);
        byte[] bytes = copy == 0 ? original.bytes() : varied(original, copy);
        Files.write(folder.resolve(name), bytes);
        ListFile read = new ListFileReader(HeaderNames.standard()).read(name, bytes);
        int rows = read.tables().stream().mapToInt(t -> t.rows().size()).sum();
        int powers = read.lists().stream().mapToInt(l -> l.powers().size()).sum();
        return new Corpus.ListEntry(folder.getFileName() + "/" + name, rows, powers, bytes.length);
    }

    /** statistics-bureau-2025.xlsx, copy 7 → statistics-bureau-2025-r0007.xlsx. */
    static String copyName(String fileName, int copy) {
        int dot = fileName.lastIndexOf('.');
        return fileName.substring(0, dot) + String.format("-r%04d", copy) + fileName.substring(dot);
    }

    private byte[] varied(Source original, int copy) {
        String region = places.region(copy);
        Random random = new Random(seed * 1_000_003L + copy * 31L + original.fileName().hashCode());
        UnaryOperator<String> change = text -> {
            String t = text;
            for (String home : HOME_REGIONS) {
                t = t.replace(home, region);
            }
            return pool.vary(t, random, VARIED_SHARE);
        };
        return isWorkbook(original.bytes()) ? Workbooks.rewrite(original.bytes(), change)
                : TextExports.rewrite(new String(original.bytes(), StandardCharsets.UTF_8), change)
                        .getBytes(StandardCharsets.UTF_8);
    }

    /** The texts of all cells of a real list (what the citation pool is gathered from). */
    private static List<String> cells(Source s) {
        List<String> cells = new ArrayList<>();
        UnaryOperator<String> collect = text -> {
            cells.add(text);
            return text;
        };
        if (isWorkbook(s.bytes())) {
            Workbooks.rewrite(s.bytes(), collect);
        } else {
            TextExports.rewrite(new String(s.bytes(), StandardCharsets.UTF_8), collect);
        }
        return cells;
    }

    private static boolean isWorkbook(byte[] bytes) {
        return bytes.length > 4 && ((bytes[0] == 'P' && bytes[1] == 'K') || (bytes[0] == (byte) 0xD0 && bytes[1] == (byte) 0xCF));
    }

    /** Workbooks (.xlsx or legacy .xls) with every text cell changed, written in their own format. */
    static final class Workbooks {
        private Workbooks() {
        }

        static byte[] rewrite(byte[] bytes, UnaryOperator<String> change) {
            try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
                for (Sheet sheet : book) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.STRING) {
                                String text = cell.getStringCellValue();
                                String changed = change.apply(text);
                                if (!changed.equals(text)) {
                                    cell.setCellValue(changed);
                                }
                            }
                        }
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                book.write(out);
                return Zips.withFixedTimes(out.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot rewrite a workbook", e);
            }
        }
    }

    /** The text export: a cell starts at a line beginning with TAB; the title line is kept apart. */
    static final class TextExports {
        private TextExports() {
        }

        static String rewrite(String text, UnaryOperator<String> change) {
            String[] pieces = text.split("\n\t", -1);
            StringBuilder out = new StringBuilder(change.apply(pieces[0]));
            for (int i = 1; i < pieces.length; i++) {
                out.append("\n\t").append(change.apply(pieces[i]));
            }
            return out.toString();
        }
    }
}
