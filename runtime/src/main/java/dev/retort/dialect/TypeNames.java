package dev.retort.dialect;

import static dev.retort.model.TypeCode.*;

import dev.retort.model.ColumnType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How one database spells the neutral type codes: a pattern per code, where {@code $l}, {@code $p}
 * and {@code $s} stand for the length, precision and scale. A code may have several spellings, each
 * up to a capacity (MariaDB's {@code varchar} up to 16,383 characters, then {@code text} and
 * {@code mediumtext}), and one for anything larger or unsized. Each dialect fills its own; the
 * spellings are Hibernate's, so Retort creates what Hibernate creates ({@code TypeNamesTest}).
 */
final class TypeNames {

    /** A spelling for sizes up to {@code capacity}. */
    record Bounded(long capacity, String pattern) {}

    static Bounded upTo(long capacity, String pattern) {
        return new Bounded(capacity, pattern);
    }

    private final Map<Integer, List<Bounded>> spellings = new HashMap<>();

    private TypeNames() {}

    /**
     * The SQL standard's spellings, which each database then adapts. Character and binary strings
     * have none here: where each turns into a large object is the database's own limit.
     */
    static TypeNames standard() {
        return new TypeNames()
                .put(BOOLEAN, "boolean")
                .put(TINYINT, "tinyint").put(SMALLINT, "smallint").put(INTEGER, "integer").put(BIGINT, "bigint")
                .put(REAL, "real").put(FLOAT, "float($p)").put(DOUBLE, "double precision")
                .put(NUMERIC, "numeric($p,$s)").put(DECIMAL, "decimal($p,$s)")
                .put(CHAR, "char($l)").same(CHAR, NCHAR)
                .put(BINARY, "binary($l)")
                .put(CLOB, "clob").same(CLOB, NCLOB, LONG32VARCHAR, LONG32NVARCHAR)
                .put(BLOB, "blob").same(BLOB, LONG32VARBINARY)
                .put(DATE, "date").put(TIME, "time($p)").put(TIMESTAMP, "timestamp($p)")
                .put(TIME_WITH_TIMEZONE, "time($p) with time zone").same(TIME_WITH_TIMEZONE, TIME_UTC)
                .put(TIMESTAMP_WITH_TIMEZONE, "timestamp($p) with time zone").same(TIMESTAMP_WITH_TIMEZONE, TIMESTAMP_UTC)
                .put(UUID, "uuid").put(JSON, "json").put(GEOMETRY, "geometry");
    }

    /**
     * Spells {@code code} by the first of {@code bounded} whose capacity holds the type's size
     * (its length, or for a float its precision), else, and when it has no size, by {@code pattern}.
     * Replaces what was there.
     */
    TypeNames put(int code, String pattern, Bounded... bounded) {
        List<Bounded> list = new ArrayList<>(List.of(bounded));
        list.add(new Bounded(Long.MAX_VALUE, pattern));
        spellings.put(code, List.copyOf(list));
        return this;
    }

    /** Spells each of {@code codes} as {@code from} is spelled. */
    TypeNames same(int from, int... codes) {
        for (int code : codes) {
            spellings.put(code, spellings.get(from));
        }
        return this;
    }

    /** Spells each of {@code codes} as {@code from} is spelled, followed by {@code suffix} (MySQL's {@code character set utf8mb4}). */
    TypeNames suffixed(int from, String suffix, int... codes) {
        List<Bounded> suffixedList = spellings.get(from).stream().map(option -> new Bounded(option.capacity(), option.pattern() + suffix)).toList();
        for (int code : codes) {
            spellings.put(code, suffixedList);
        }
        return this;
    }

    TypeNames remove(int code) {
        spellings.remove(code);
        return this;
    }

    boolean spells(int code) {
        return spellings.containsKey(code);
    }

    /** The DDL spelling of a type, e.g. {@code varchar(100)}; fails clearly when it has none or a needed size is missing. */
    String render(ColumnType type, String database) {
        if (type.needsLength() && type.length() == null) {
            throw new IllegalArgumentException("type " + type.describe() + " needs a size (a length)");
        }
        List<Bounded> options = spellings.get(type.code());
        if (options == null) {
            throw new IllegalArgumentException("type " + type.describe() + " has no DDL spelling on " + database);
        }
        Long size = positive(type.length()) != null ? positive(type.length()) : positive(type.precision());
        String pattern = options.get(options.size() - 1).pattern();
        if (size != null) {
            pattern = options.stream().filter(option -> size <= option.capacity()).findFirst().orElseThrow().pattern();
        }
        String name = substitute(substitute(substitute(pattern, "$l", type.length()), "$p", type.precision()), "$s", type.scale());
        if (name.contains("$")) {
            throw new IllegalArgumentException("type " + type.describe() + " needs a size (got '" + name + "')");
        }
        return name;
    }

    private static Long positive(Number size) {
        return size == null || size.longValue() <= 0 ? null : size.longValue();
    }

    private static String substitute(String pattern, String placeholder, Number size) {
        return size == null ? pattern : pattern.replace(placeholder, size.toString());
    }
}
