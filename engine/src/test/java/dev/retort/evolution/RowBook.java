package dev.retort.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.evolution.GeneratedModel.Entity;
import dev.retort.evolution.GeneratedModel.Field;
import dev.retort.evolution.GeneratedModel.Type;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The rows the test has written, followed by entity and field id through renames. Each value is a
 * function of field and row, so values are unique per column (unique constraints hold), numbers
 * are positive (checks hold) and strings are whole numbers of at most 8 digits (every length the
 * generator picks still fits, and a string column can become a number column and back). Reference
 * columns stay empty.
 */
final class RowBook {

    private static final int ROWS_PER_TABLE = 4;

    /** entity id -> row id -> field id -> value as read back (absent: NULL). */
    private final Map<Integer, Map<Long, Map<Integer, String>>> rows = new HashMap<>();
    private final UnaryOperator<String> quote;
    private long nextRow = 1;

    /** @param quote the database's spelling of a generated (lower-case) name */
    RowBook(UnaryOperator<String> quote) {
        this.quote = quote;
    }

    /** Every table holds exactly the rows written to it, under its current table and column names. */
    void verify(Connection connection, GeneratedModel model) throws SQLException {
        rows.keySet().retainAll(model.entities().stream().map(Entity::id).collect(Collectors.toSet()));
        for (Entity entity : model.entities()) {
            Map<Long, Map<Integer, String>> expected = rows.computeIfAbsent(entity.id(), id -> new TreeMap<>());
            List<Field> fields = entity.fields();
            expected.values().forEach(row -> row.keySet().retainAll(fields.stream().map(Field::id).collect(Collectors.toSet())));
            Map<Long, Map<Integer, String>> actual = new TreeMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("select " + columnList(fields) + " from " + quote.apply(entity.table()))) {
                while (result.next()) {
                    Map<Integer, String> row = new HashMap<>();
                    for (int i = 0; i < fields.size(); i++) {
                        String value = result.getString(i + 2);
                        if (value != null) {
                            row.put(fields.get(i).id(), normalize(fields.get(i).type(), value));
                        }
                    }
                    actual.put(result.getLong(1), row);
                }
            }
            assertThat(actual).as("rows of %s", entity.table()).isEqualTo(expected);
        }
    }

    /** Gives every empty column of every row its value, as a data migration would before NOT NULL. */
    void fill(Connection connection, GeneratedModel model) throws SQLException {
        for (Entity entity : model.entities()) {
            for (Map.Entry<Long, Map<Integer, String>> row : rows.getOrDefault(entity.id(), Map.of()).entrySet()) {
                for (Field field : entity.fields()) {
                    if (field.type() != Type.REFERENCE && !row.getValue().containsKey(field.id())) {
                        try (PreparedStatement update = connection.prepareStatement("update " + quote.apply(entity.table()) + " set "
                                + quote.apply(field.column()) + " = ? where id = ?")) {
                            update.setObject(1, value(field, row.getKey()));
                            update.setLong(2, row.getKey());
                            update.executeUpdate();
                        }
                        row.getValue().put(field.id(), expected(field, row.getKey()));
                    }
                }
            }
        }
    }

    /** One more row in each table that has fewer than a few. */
    void insert(Connection connection, GeneratedModel model) throws SQLException {
        for (Entity entity : model.entities()) {
            Map<Long, Map<Integer, String>> existing = rows.computeIfAbsent(entity.id(), id -> new TreeMap<>());
            if (existing.size() >= ROWS_PER_TABLE) {
                continue;
            }
            List<Field> fields = entity.fields().stream().filter(field -> field.type() != Type.REFERENCE).toList();
            long id = nextRow++;
            String sql = "insert into " + quote.apply(entity.table()) + " (" + columnList(fields) + ") values (?"
                    + ", ?".repeat(fields.size()) + ")";
            Map<Integer, String> row = new LinkedHashMap<>();
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setLong(1, id);
                for (int i = 0; i < fields.size(); i++) {
                    insert.setObject(i + 2, value(fields.get(i), id));
                    row.put(fields.get(i).id(), expected(fields.get(i), id));
                }
                insert.executeUpdate();
            }
            existing.put(id, row);
        }
    }

    /** Empties every table: a downgrade may re-add a dropped NOT NULL column, which no database can do over rows. */
    void clear(Connection connection, GeneratedModel model) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Entity entity : model.entities()) {
                statement.executeUpdate("delete from " + quote.apply(entity.table()));
            }
        }
        rows.clear();
    }

    int size() {
        return rows.values().stream().mapToInt(Map::size).sum();
    }

    private String columnList(List<Field> fields) {
        List<String> columns = new ArrayList<>();
        columns.add(quote.apply("id"));
        fields.forEach(field -> columns.add(quote.apply(field.column())));
        return String.join(", ", columns);
    }

    private static Object value(Field field, long row) {
        return switch (field.type()) {
            case STRING, TEXT -> Long.toString(row * 3 + field.id()); // digits, so the column may become a number
            case INT -> (int) (row * 3 + field.id());
            case LONG -> row * 3 + field.id();
            case DECIMAL -> BigDecimal.valueOf(row * 100 + 25, 2);
            case DATE -> LocalDate.of(2000, 1, 1).plusDays(row * 3 + field.id());
            case REFERENCE -> throw new IllegalArgumentException("reference columns stay empty");
        };
    }

    private static String expected(Field field, long row) {
        return normalize(field.type(), value(field, row).toString());
    }

    private static String normalize(Type type, String value) {
        return type.numeric() ? new BigDecimal(value).stripTrailingZeros().toPlainString() : value;
    }
}
