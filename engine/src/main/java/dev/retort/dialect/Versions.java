package dev.retort.dialect;

import org.hibernate.dialect.DatabaseVersion;

/** Database versions as Hibernate's dialects take them. */
final class Versions {

    private Versions() {}

    /** {@code 15.19} or {@code 10.11.19-MariaDB} as major, minor, micro. */
    static DatabaseVersion parse(String version) {
        String[] parts = version.split("[^0-9]+");
        return DatabaseVersion.make(number(parts, 0), number(parts, 1), number(parts, 2));
    }

    private static int number(String[] parts, int index) {
        return index < parts.length && !parts[index].isEmpty() ? Integer.parseInt(parts[index]) : 0;
    }
}
