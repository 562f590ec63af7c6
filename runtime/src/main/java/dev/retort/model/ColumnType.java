package dev.retort.model;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dialect-neutral column type: a {@link TypeCode} (Hibernate's code) plus length, precision and scale,
 * and for enums the list of values. Each running dialect spells it as Hibernate's DDL type registry
 * does there ({@code TypeNamesTest} holds them side by side), so a revision generated on H2 creates
 * what Hibernate would create on PostgreSQL, with or without Hibernate on the class path.
 *
 * <p>Two types are equal when their code and sizes are; whether two different codes are the same
 * type on one database ({@code TIMESTAMP_UTC} and {@code TIMESTAMP_WITH_TIMEZONE} on PostgreSQL) is
 * the dialect's call.
 *
 * <p>{@code declared} is a type spelled by an entity's {@code columnDefinition}, rendered as
 * written, and kept only where the neutral type would build something else (MariaDB's
 * {@code text} would become {@code longtext}); the code and sizes are what the database made of
 * it, and are what comparisons use.
 *
 * <p>{@code element} is an array's element type ({@code ARRAY} of {@code INTEGER}); an array's
 * {@code length} is its maximum cardinality, where one was declared.
 */
public record ColumnType(int code, Long length, Integer precision, Integer scale, List<String> values, String declared, ColumnType element) {

    public ColumnType(int code, Long length, Integer precision, Integer scale, List<String> values) {
        this(code, length, precision, scale, values, null, null);
    }

    private static final Pattern QUOTED_LITERAL = Pattern.compile("'((?:[^']|'')*)'");

    public ColumnType {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** A type by its {@link TypeCode} name, e.g. {@code of("TIMESTAMP_UTC").precision(6)}. */
    public static ColumnType of(String sqlTypeName) {
        return new ColumnType(TypeCode.code(sqlTypeName), null, null, null, null);
    }

    public static ColumnType of(int code) {
        return new ColumnType(code, null, null, null, null);
    }

    /**
     * A type from sizes as a catalog or Hibernate reports them, keeping only the sizes that mean
     * something for the code: a length for character and binary strings and large objects (MySQL-family
     * databases pick {@code tinyblob} to {@code longblob} by it; others ignore it), precision and scale
     * for decimals, fractional-second precision for times. A number's reported size is noise.
     */
    public static ColumnType sized(int code, Long length, Integer precision, Integer scale) {
        if (code == TypeCode.REAL || code == TypeCode.FLOAT || code == TypeCode.DOUBLE) {
            return floating(code, precision);
        }
        if (isLengthTyped(code) || isLob(code)) {
            return new ColumnType(code, length, null, null, null);
        }
        if (code == TypeCode.NUMERIC || code == TypeCode.DECIMAL) {
            return new ColumnType(code, null, precision, scale, null);
        }
        if (isTemporal(code)) {
            // A zoned timestamp is a moment in time: stated as Hibernate's UTC-normalized type, which each
            // database renders as Hibernate maps an Instant or OffsetDateTime there (datetime on MariaDB)
            return new ColumnType(code == TypeCode.TIMESTAMP_WITH_TIMEZONE ? TypeCode.TIMESTAMP_UTC : code, null, precision, null, null);
        }
        return of(code);
    }

    /**
     * Binary floating point has two sizes everywhere: single ({@code real}, {@code float(1..24)})
     * and double ({@code double precision}, {@code float(25..53)}). Stated as {@code FLOAT(24)} and
     * {@code DOUBLE} however a catalog or Hibernate spells them.
     */
    private static ColumnType floating(int code, Integer precision) {
        boolean single = code == TypeCode.REAL || (code == TypeCode.FLOAT && (precision == null || precision <= 24));
        return single ? real() : doublePrecision();
    }

    private static boolean isLengthTyped(int code) {
        return switch (code) {
            case TypeCode.CHAR, TypeCode.VARCHAR, TypeCode.NCHAR, TypeCode.NVARCHAR, TypeCode.BINARY, TypeCode.VARBINARY -> true;
            default -> false;
        };
    }

    /** A large object, whose length matters to MySQL-family databases only. */
    public static boolean isLob(int code) {
        return code == TypeCode.BLOB || code == TypeCode.CLOB || code == TypeCode.NCLOB;
    }

    /** Times and timestamps, whose precision is the number of fractional-second digits. */
    public static boolean isTemporal(int code) {
        return switch (code) {
            case TypeCode.TIME, TypeCode.TIME_WITH_TIMEZONE, TypeCode.TIME_UTC, TypeCode.TIMESTAMP,
                    TypeCode.TIMESTAMP_WITH_TIMEZONE, TypeCode.TIMESTAMP_UTC -> true;
            default -> false;
        };
    }

    public static ColumnType bigint() {
        return of(TypeCode.BIGINT);
    }

    public static ColumnType integer() {
        return of(TypeCode.INTEGER);
    }

    public static ColumnType smallint() {
        return of(TypeCode.SMALLINT);
    }

    public static ColumnType tinyint() {
        return of(TypeCode.TINYINT);
    }

    public static ColumnType bool() {
        return of(TypeCode.BOOLEAN);
    }

    public static ColumnType varchar(long length) {
        return of(TypeCode.VARCHAR).length(length);
    }

    public static ColumnType fixedChar(long length) {
        return of(TypeCode.CHAR).length(length);
    }

    public static ColumnType numeric(int precision, int scale) {
        return of(TypeCode.NUMERIC).precision(precision).scale(scale);
    }

    /** Single-precision floating point, Java's {@code float}. */
    public static ColumnType real() {
        return of(TypeCode.FLOAT).precision(24);
    }

    public static ColumnType doublePrecision() {
        return of(TypeCode.DOUBLE);
    }

    public static ColumnType date() {
        return of(TypeCode.DATE);
    }

    public static ColumnType time(int precision) {
        return of(TypeCode.TIME).precision(precision);
    }

    public static ColumnType timestamp(int precision) {
        return of(TypeCode.TIMESTAMP).precision(precision);
    }

    /** A moment in time (Java's Instant, OffsetDateTime): {@code timestamp with time zone}, or {@code datetime} in UTC on MySQL-family databases. */
    public static ColumnType timestampTz(int precision) {
        return of(TypeCode.TIMESTAMP_UTC).precision(precision);
    }

    public static ColumnType uuid() {
        return of(TypeCode.UUID);
    }

    public static ColumnType varbinary(long length) {
        return of(TypeCode.VARBINARY).length(length);
    }

    public static ColumnType clob() {
        return of(TypeCode.CLOB);
    }

    public static ColumnType blob() {
        return of(TypeCode.BLOB);
    }

    /** An array of {@code element}, as Hibernate maps {@code Integer[]} or {@code @JdbcTypeCode(ARRAY) List<String>}. */
    public static ColumnType arrayOf(ColumnType element) {
        return new ColumnType(TypeCode.ARRAY, null, null, null, null, null, element);
    }

    /**
     * A type only its spelling describes, as a catalog reports it: one the neutral codes cannot
     * state (MariaDB's {@code int(10) unsigned} or {@code set('a','b')}, H2's
     * {@code varchar_ignorecase(100)}, PostgreSQL's {@code citext} or a domain). It is rendered as
     * spelled and compares by its spelling, so adopting a schema never silently turns it into
     * something else.
     */
    public static ColumnType nativeType(String spelling) {
        return new ColumnType(TypeCode.OTHER, null, null, null, null, spelling.strip().replaceAll("\\s+", " "), null);
    }

    public boolean isNative() {
        return code == TypeCode.OTHER && declared != null;
    }

    public boolean isArray() {
        return code == TypeCode.ARRAY && element != null;
    }

    /**
     * A Java enum stored by name: rendered as a native enum type or as varchar plus a check, per
     * dialect. A length, where given, is the varchar's where there is no native enum.
     */
    public static ColumnType enumOf(String... values) {
        return new ColumnType(TypeCode.ENUM, null, null, null, List.of(values));
    }

    /** An enum type from its SQL spelling, e.g. {@code enum ('A','B')} or H2's {@code ENUM('A', 'B')}. */
    public static ColumnType enumFromSql(String sql) {
        List<String> values = new ArrayList<>();
        Matcher matcher = QUOTED_LITERAL.matcher(sql);
        while (matcher.find()) {
            values.add(matcher.group(1).replace("''", "'"));
        }
        return new ColumnType(TypeCode.ENUM, null, null, null, values);
    }

    public ColumnType length(long length) {
        return new ColumnType(code, length, precision, scale, values, declared, element);
    }

    public ColumnType precision(int precision) {
        return new ColumnType(code, length, precision, scale, values, declared, element);
    }

    public ColumnType scale(int scale) {
        return new ColumnType(code, length, precision, scale, values, declared, element);
    }

    /** This type, created as {@code sql} says (a {@code columnDefinition}'s type, e.g. {@code text}). */
    public ColumnType declaredAs(String sql) {
        return new ColumnType(code, length, precision, scale, values, sql, element);
    }

    /** This type without its declared spelling: what comparisons look at (a native type is its spelling). */
    public ColumnType neutral() {
        return declared == null || isNative() ? this : new ColumnType(code, length, precision, scale, values, null, element);
    }

    /** The {@link TypeCode} name of the code, e.g. {@code VARCHAR}. */
    public String codeName() {
        return TypeCode.name(code);
    }

    /** Character and binary strings must state their length; without one Hibernate would pick a LOB. */
    public boolean needsLength() {
        return isLengthTyped(code);
    }

    /**
     * Whether every value of this type fits {@code wider} unchanged: a longer string, a larger
     * decimal, more fractional digits, a wider integer or float, more enum values, a date into a
     * timestamp. Anything else may lose data.
     */
    public boolean widensTo(ColumnType wider) {
        if (isNative() || wider.isNative()) {
            return equals(wider); // only its spelling says what a native type holds
        }
        if (isArray() || wider.isArray()) {
            return isArray() && wider.isArray() && element.widensTo(wider.element) && (wider.length == null || atLeast(wider.length, length));
        }
        if (code == wider.code) {
            return atLeast(wider.length, length) && atLeast(wider.precision, precision) && atLeast(wider.scale, scale)
                    && (precision == null || scale == null || wider.precision - wider.scale >= precision - scale)
                    && wider.values.containsAll(values);
        }
        int fromRank = INTEGER_WIDTHS.indexOf(code);
        int toRank = INTEGER_WIDTHS.indexOf(wider.code);
        if (fromRank >= 0 && toRank > fromRank) {
            return true;
        }
        // a large object without a length holds anything
        boolean intoText = (wider.code == TypeCode.CLOB && (wider.length == null || atLeast(wider.length, length)))
                || (wider.code == TypeCode.VARCHAR && atLeast(wider.length, length));
        boolean intoBytes = (code == TypeCode.BINARY || code == TypeCode.VARBINARY) && wider.code == TypeCode.BLOB
                && (wider.length == null || atLeast(wider.length, length));
        return intoBytes || (code == TypeCode.FLOAT && wider.code == TypeCode.DOUBLE)
                || (code == TypeCode.DATE && (wider.code == TypeCode.TIMESTAMP || wider.code == TypeCode.TIMESTAMP_WITH_TIMEZONE
                        || wider.code == TypeCode.TIMESTAMP_UTC))
                || ((code == TypeCode.VARCHAR || code == TypeCode.CHAR) && intoText);
    }

    private static final List<Integer> INTEGER_WIDTHS = List.of(TypeCode.TINYINT, TypeCode.SMALLINT, TypeCode.INTEGER, TypeCode.BIGINT);

    private static boolean atLeast(Number wider, Number narrower) {
        return narrower == null || (wider != null && wider.longValue() >= narrower.longValue());
    }

    public boolean isEnum() {
        return code == TypeCode.ENUM;
    }

    /**
     * A neutral spelling for people, in SQL's words rather than Hibernate's type codes:
     * {@code VARCHAR(100)}, {@code NUMERIC(10,2)}, {@code TIMESTAMP(6) WITH TIME ZONE}, {@code TEXT},
     * {@code ENUM('A','B')}, {@code INTEGER ARRAY}; a declared or native type as spelled.
     */
    public String describe() {
        if (declared != null) {
            return declared;
        }
        if (isArray()) {
            return element.describe() + " ARRAY" + (length == null ? "" : "[" + length + "]");
        }
        if (isEnum()) {
            StringJoiner list = new StringJoiner(",", "ENUM(", ")");
            values.forEach(value -> list.add("'" + value + "'"));
            return list.toString();
        }
        String sizes = length != null ? "(" + length + ")"
                : precision != null ? "(" + precision + (scale != null ? "," + scale : "") + ")" : "";
        return switch (code) {
            case TypeCode.TIMESTAMP_UTC, TypeCode.TIMESTAMP_WITH_TIMEZONE -> "TIMESTAMP" + sizes + " WITH TIME ZONE";
            case TypeCode.TIME_UTC, TypeCode.TIME_WITH_TIMEZONE -> "TIME" + sizes + " WITH TIME ZONE";
            case TypeCode.LONGVARCHAR, TypeCode.LONG32VARCHAR, TypeCode.LONGNVARCHAR, TypeCode.LONG32NVARCHAR -> "TEXT";
            case TypeCode.LONGVARBINARY, TypeCode.LONG32VARBINARY -> "LONG VARBINARY";
            case TypeCode.VARCHAR, TypeCode.NVARCHAR -> length != null && length >= Integer.MAX_VALUE ? "TEXT" : codeName() + sizes;
            case TypeCode.DOUBLE -> "DOUBLE PRECISION";
            case TypeCode.FLOAT -> precision != null && precision <= 24 ? "REAL" : "FLOAT" + sizes;
            case TypeCode.SQLXML -> "XML";
            default -> codeName() + sizes;
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
