package org.quanze.graph;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What is recorded of a source file itself: its name, the SHA-256 of its bytes, its size. */
public record SourceFacts(String fileName, String sha256, long size) {

    public static SourceFacts of(String fileName, byte[] bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return new SourceFacts(fileName, HexFormat.of().formatHex(digest.digest(bytes)), bytes.length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
