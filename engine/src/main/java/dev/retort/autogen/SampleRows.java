package dev.retort.autogen;

import dev.retort.Database;
import dev.retort.dialect.Dialect;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Name;
import dev.retort.model.Schema;
import dev.retort.model.Table;
import dev.retort.model.TypeCode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * verify --with-data: a few generated rows in every table that can take them (parents before the
 * tables whose keys point at them), and the rows as they read back, to compare after a revision
 * ran. A table whose columns Retort cannot make a value for is left empty and said so.
 */
final class SampleRows {

    static final int PER_TABLE = 3;

    /** Each table's rows, column name to value as text, in no particular order. */
    record Snapshot(Map<String, List<Map<String, String>>> tables) {

        /** What differs from {@code before}, over the tables and columns both have that {@code kept} admits. */
        List<String> differencesFrom(Snapshot before, Map<String, Set<String>> kept) {
            List<String> differences = new ArrayList<>();
            before.tables.forEach((table, rows) -> {
                Set<String> columns = kept.get(table);
                List<Map<String, String>> now = tables.get(table);
                if (columns == null || now == null) {
                    return;
                }
                List<String> was = rows.stream().map(row -> project(row, columns)).sorted().toList();
                List<String> is = now.stream().map(row -> project(row, columns)).sorted().toList();
                if (!was.equals(is)) {
                    differences.add("rows of " + table + " changed: " + was + " became " + is);
                }
            });
            return differences;
        }

        private static String project(Map<String, String> row, Set<String> columns) {
            return columns.stream().sorted().map(column -> column + "=" + row.get(column)).collect(Collectors.joining(", ", "{", "}"));
        }
    }

    private SampleRows() {}

    /** Adds rows to the tables that can take them; returns the tables left empty, each with why. */
    static List<String> insert(Database database, Schema schema, int round) throws SQLException {
        Dialect dialect = database.dialect();
        Map<String, Table> waiting = new LinkedHashMap<>();
        schema.tables().forEach(table -> waiting.put(dialect.key(table.name()), table));
        Map<String, Table> seeded = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        boolean progress = true;
        while (!waiting.isEmpty() && progress) {
            progress = false;
            for (Table table : List.copyOf(waiting.values())) {
                if (!parentsReady(table, dialect, waiting.keySet())) {
                    continue;
                }
                waiting.remove(dialect.key(table.name()));
                progress = true;
                String why = insert(database.connection(), dialect, table, round);
                if (why == null) {
                    seeded.put(dialect.key(table.name()), table);
                } else {
                    skipped.add(table.name() + " (" + why + ")");
                }
            }
        }
        waiting.values().forEach(table -> skipped.add(table.name() + " (its foreign keys go round in a circle)"));
        return skipped;
    }

    /** Every table a key of this one points at (itself aside) has had its turn. */
    private static boolean parentsReady(Table table, Dialect dialect, Collection<String> waiting) {
        return table.foreignKeys().stream().map(key -> dialect.key(key.referencedTable()))
                .allMatch(parent -> parent.equals(dialect.key(table.name())) || !waiting.contains(parent));
    }

    /** Null when the rows went in, else why not. */
    private static String insert(Connection connection, Dialect dialect, Table table, int round) {
        List<Column> columns = table.columns().stream().filter(column -> !column.identity()).toList();
        try {
            Map<String, List<Object>> referenced = referencedValues(connection, dialect, table);
            String sql = "insert into " + dialect.quote(table.name()) + " (" + columns.stream().map(column -> dialect.quote(column.name()))
                    .collect(Collectors.joining(", ")) + ") values (" + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (int row = 0; row < PER_TABLE; row++) {
                    int n = round * PER_TABLE + row;
                    for (int i = 0; i < columns.size(); i++) {
                        Column column = columns.get(i);
                        List<Object> parents = referenced.get(dialect.key(column.name()));
                        Object value = parents != null ? (parents.isEmpty() ? null : parents.get(n % parents.size())) : value(column.type(), n);
                        if (value == null && !column.nullable()) {
                            return "no value for " + column.name() + " " + column.type().describe();
                        }
                        insert.setObject(i + 1, value);
                    }
                    insert.executeUpdate();
                }
            }
            return null;
        } catch (SQLException e) {
            return e.getMessage().strip().lines().findFirst().orElse("refused");
        }
    }

    /** For each column of a foreign key, the values the referenced table holds in the column it points at. */
    private static Map<String, List<Object>> referencedValues(Connection connection, Dialect dialect, Table table) throws SQLException {
        Map<String, List<Object>> values = new LinkedHashMap<>();
        for (ForeignKey key : table.foreignKeys()) {
            for (int i = 0; i < key.columns().size(); i++) {
                List<Object> column = new ArrayList<>();
                Name target = key.referencedColumns().get(i);
                try (PreparedStatement select = connection.prepareStatement("select " + dialect.quote(target) + " from "
                        + dialect.quote(key.referencedTable()) + " order by " + dialect.quote(target));
                        ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        column.add(rows.getObject(1));
                    }
                }
                values.put(dialect.key(key.columns().get(i)), column);
            }
        }
        return values;
    }

    /** A value of the type, different for each {@code n}; null for a type Retort makes no value for. */
    private static Object value(ColumnType type, int n) {
        if (!type.values().isEmpty()) {
            return type.values().get(n % type.values().size());
        }
        return switch (type.code()) {
            case TypeCode.BIT, TypeCode.BOOLEAN -> n % 2 == 0;
            case TypeCode.TINYINT, TypeCode.SMALLINT, TypeCode.INTEGER -> n + 1;
            case TypeCode.BIGINT -> (long) n + 1;
            case TypeCode.FLOAT, TypeCode.REAL, TypeCode.DOUBLE -> n + 0.5;
            case TypeCode.NUMERIC, TypeCode.DECIMAL -> type.precision() != null && type.scale() != null && type.precision() <= type.scale()
                    ? new BigDecimal("0.1") : BigDecimal.valueOf(n + 1L);
            case TypeCode.CHAR, TypeCode.NCHAR, TypeCode.VARCHAR, TypeCode.NVARCHAR, TypeCode.LONGVARCHAR, TypeCode.LONGNVARCHAR,
                    TypeCode.LONG32VARCHAR, TypeCode.LONG32NVARCHAR, TypeCode.CLOB, TypeCode.NCLOB, TypeCode.MATERIALIZED_CLOB,
                    TypeCode.MATERIALIZED_NCLOB -> text(type.length(), n);
            case TypeCode.DATE -> LocalDate.of(2026, 1, 1).plusDays(n);
            case TypeCode.TIME -> LocalTime.of(10, 0).plusMinutes(n);
            case TypeCode.TIMESTAMP, TypeCode.TIMESTAMP_UTC -> LocalDateTime.of(2026, 1, 1, 10, 0).plusMinutes(n);
            case TypeCode.TIMESTAMP_WITH_TIMEZONE -> OffsetDateTime.of(2026, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC).plusMinutes(n);
            default -> null;
        };
    }

    /** {@code row n}, or where that is too long, {@code n} in base 36 (one character up to 35). */
    private static String text(Long length, int n) {
        String text = "row " + n;
        return length == null || length >= text.length() ? text : Integer.toString(n, 36);
    }

    /** The rows of every table in the schema, as text. */
    static Snapshot read(Database database, Schema schema) throws SQLException {
        Dialect dialect = database.dialect();
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        for (Table table : schema.tables()) {
            List<Map<String, String>> rows = new ArrayList<>();
            try (PreparedStatement select = database.connection().prepareStatement("select * from " + dialect.quote(table.name()));
                    ResultSet result = select.executeQuery()) {
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    columns.add(dialect.key(dialect.nameFromCatalog(result.getMetaData().getColumnName(i))));
                }
                while (result.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        row.put(columns.get(i), text(result.getObject(i + 1)));
                    }
                    rows.add(row);
                }
            }
            tables.put(dialect.key(table.name()), rows);
        }
        return new Snapshot(tables);
    }

    /** A value as text that a wider type of the same kind reads back the same (1 and 1.00, an int and a bigint). */
    private static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number number && !(value instanceof Double) && !(value instanceof Float)) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return String.valueOf(value);
    }

    /** The tables both schemas have, each with the columns both have (by key): what a revision kept. */
    static Map<String, Set<String>> shared(Dialect dialect, Schema before, Schema after) {
        Map<String, Set<String>> shared = columns(dialect, before);
        Map<String, Set<String>> now = columns(dialect, after);
        shared.keySet().retainAll(now.keySet());
        shared.forEach((table, columns) -> columns.retainAll(now.get(table)));
        return shared;
    }

    private static Map<String, Set<String>> columns(Dialect dialect, Schema schema) {
        Map<String, Set<String>> columns = new LinkedHashMap<>();
        schema.tables().forEach(table -> columns.put(dialect.key(table.name()),
                table.columns().stream().map(column -> dialect.key(column.name())).collect(Collectors.toCollection(HashSet::new))));
        return columns;
    }
}
