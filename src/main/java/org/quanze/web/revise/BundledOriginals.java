package org.quanze.web.revise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.quanze.graph.SourceFacts;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The published file of a bundled list, when the store holds exactly that file (same name, same
 * SHA-256): a draft of a workbook is that workbook with the changed cells rewritten, so that it opens
 * with its merged cells and styles as published. Lists uploaded by hand have no original kept here.
 */
@Component
class BundledOriginals {

    private static final String LISTS = "classpath*:data/lists/**/";

    Optional<byte[]> find(String fileName, String sha256) {
        if (fileName == null || sha256 == null || fileName.contains("/") || fileName.contains("*")) {
            return Optional.empty();
        }
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(LISTS + fileName)) {
                try (InputStream in = r.getInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    if (SourceFacts.of(fileName, bytes).sha256().equalsIgnoreCase(sha256)) {
                        return Optional.of(bytes);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled lists", e);
        }
    }
}
