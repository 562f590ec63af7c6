package dev.retort.runner;

import dev.retort.ops.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** A checksum of a revision's operations (not its source text), so reformatting a file changes nothing. */
final class Checksums {

    private Checksums() {}

    static String of(List<Operation> operations) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Operation operation : operations) {
                digest.update(operation.toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
