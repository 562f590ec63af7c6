package dev.retort.hibernate;

import dev.retort.model.Name;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.CRC32;

/** Readable names for constraints the user did not name: {@code uk_employee_email}, shortened with a hash when too long. */
final class ConstraintNames {

    /** PostgreSQL truncates identifiers at 63 bytes, Oracle at 128: stay under both. */
    private static final int MAX_LENGTH = 60;

    private ConstraintNames() {}

    static Name unique(String table, String... columns) {
        return shortened(identifier("uk_" + table + "_" + String.join("_", columns)));
    }

    /** {@code ck_<table>_<hash of the expression>}: an expression makes no readable name. */
    static Name check(String table, String expression) {
        return shortened(identifier("ck_" + table) + "_" + hash(expression));
    }

    private static String identifier(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    private static Name shortened(String full) {
        if (full.length() <= MAX_LENGTH) {
            return new Name(full, false);
        }
        String hash = hash(full);
        return new Name(full.substring(0, MAX_LENGTH - hash.length() - 1) + "_" + hash, false);
    }

    private static String hash(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
