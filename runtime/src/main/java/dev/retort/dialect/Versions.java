package dev.retort.dialect;

/** Database versions as major, minor and micro numbers. */
public final class Versions {

    private Versions() {}

    /** {@code 15.19} or {@code 10.11.19-MariaDB} as {@code [15, 19, 0]} and {@code [10, 11, 19]}. */
    public static int[] parse(String version) {
        String[] parts = version.split("[^0-9]+");
        return new int[] {number(parts, 0), number(parts, 1), number(parts, 2)};
    }

    private static int number(String[] parts, int index) {
        return index < parts.length && !parts[index].isEmpty() ? Integer.parseInt(parts[index]) : 0;
    }
}
