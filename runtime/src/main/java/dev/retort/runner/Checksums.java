package dev.retort.runner;

import dev.retort.ops.OperationCode;
import dev.retort.ops.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A checksum of a revision's operations as revision source spells them: reformatting or
 * commenting a file changes nothing, and neither does a new Retort version's record layout.
 */
public final class Checksums {

    private Checksums() {}

    public static String of(List<Operation> operations) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Operation operation : operations) {
                digest.update(OperationCode.source(operation).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
