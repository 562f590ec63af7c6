package dev.retort.catalog;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The primary keys, foreign keys and indexes of a schema's tables, row for row as JDBC's
 * {@code DatabaseMetaData} reports them, by table name as the catalog spells it. The portable way
 * ({@link #perTable}) asks once per table and kind, three round trips a table; a {@link Catalog}
 * that can ask for every table at once does so (PostgreSQL, MariaDB/MySQL), and
 * {@code KeyRowsTest} holds both ways to the same rows. Rows are kept sorted by name and position,
 * so two readings compare equal whatever order the database returned them in.
 */
public record KeyRows(Map<String, List<PrimaryKeyRow>> primaryKeys, Map<String, List<ForeignKeyRow>> foreignKeys,
        Map<String, List<IndexRow>> indexes) {

    /** A column of a primary key; {@code name} may be null where the database names none. */
    public record PrimaryKeyRow(String name, int position, String column) implements Row {}

    /** A column of a foreign key, with its rules as {@code DatabaseMetaData.importedKey*} codes. */
    public record ForeignKeyRow(String name, int position, String column, String referencedTable, String referencedColumn,
            int deleteRule, int updateRule) implements Row {}

    /** A column of an index, including those backing keys and constraints. */
    public record IndexRow(String name, int position, String column, boolean descending, boolean unique) implements Row {}

    interface Row {
        String name();

        int position();
    }

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::name, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(Row::position);

    public KeyRows {
        primaryKeys = sorted(primaryKeys);
        foreignKeys = sorted(foreignKeys);
        indexes = sorted(indexes);
    }

    private static <R extends Row> Map<String, List<R>> sorted(Map<String, List<R>> rows) {
        Map<String, List<R>> sorted = new HashMap<>();
        rows.forEach((table, list) -> sorted.put(table, list.stream().sorted(ORDER).toList()));
        return Map.copyOf(sorted);
    }

    /** DatabaseMetaData, one call per table and kind: every driver answers it. */
    public static KeyRows perTable(DatabaseMetaData metadata, String catalog, String schema, Collection<String> tables) throws SQLException {
        Map<String, List<PrimaryKeyRow>> primaryKeys = new HashMap<>();
        Map<String, List<ForeignKeyRow>> foreignKeys = new HashMap<>();
        Map<String, List<IndexRow>> indexes = new HashMap<>();
        for (String table : tables) {
            primaryKeys.putAll(primaryKeys(metadata, catalog, schema, table));
            foreignKeys.putAll(foreignKeys(metadata, catalog, schema, table));
            indexes.putAll(indexes(metadata, catalog, schema, table));
        }
        return new KeyRows(primaryKeys, foreignKeys, indexes);
    }

    /** {@code getPrimaryKeys} of {@code table}, or of every table where the driver takes a null table (PostgreSQL's). */
    static Map<String, List<PrimaryKeyRow>> primaryKeys(DatabaseMetaData metadata, String catalog, String schema, String table)
            throws SQLException {
        Map<String, List<PrimaryKeyRow>> rows = new HashMap<>();
        try (ResultSet read = metadata.getPrimaryKeys(catalog, schema, table)) {
            while (read.next()) {
                rows.computeIfAbsent(read.getString("TABLE_NAME"), key -> new ArrayList<>())
                        .add(new PrimaryKeyRow(read.getString("PK_NAME"), read.getInt("KEY_SEQ"), read.getString("COLUMN_NAME")));
            }
        }
        return rows;
    }

    /** {@code getImportedKeys} of {@code table}, or of every table where the driver takes a null table (PostgreSQL's). */
    static Map<String, List<ForeignKeyRow>> foreignKeys(DatabaseMetaData metadata, String catalog, String schema, String table)
            throws SQLException {
        Map<String, List<ForeignKeyRow>> rows = new HashMap<>();
        try (ResultSet read = metadata.getImportedKeys(catalog, schema, table)) {
            while (read.next()) {
                rows.computeIfAbsent(read.getString("FKTABLE_NAME"), key -> new ArrayList<>()).add(new ForeignKeyRow(
                        read.getString("FK_NAME"), read.getInt("KEY_SEQ"), read.getString("FKCOLUMN_NAME"), read.getString("PKTABLE_NAME"),
                        read.getString("PKCOLUMN_NAME"), read.getInt("DELETE_RULE"), read.getInt("UPDATE_RULE")));
            }
        }
        return rows;
    }

    /** Reads one row of a catalog query whose first column is the table. */
    @FunctionalInterface
    interface RowReader<R> {
        R read(ResultSet rows) throws SQLException;
    }

    /** Runs a catalog query, with the schema as its one parameter, into rows by table (the first column); a null row is left out. */
    static <R> Map<String, List<R>> query(Connection connection, String sql, String schema, RowReader<R> reader) throws SQLException {
        Map<String, List<R>> rows = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet read = statement.executeQuery()) {
                while (read.next()) {
                    R row = reader.read(read);
                    if (row != null) {
                        rows.computeIfAbsent(read.getString(1), key -> new ArrayList<>()).add(row);
                    }
                }
            }
        }
        return rows;
    }

    private static Map<String, List<IndexRow>> indexes(DatabaseMetaData metadata, String catalog, String schema, String table)
            throws SQLException {
        Map<String, List<IndexRow>> rows = new HashMap<>();
        try (ResultSet read = metadata.getIndexInfo(catalog, schema, table, false, false)) {
            while (read.next()) {
                String name = read.getString("INDEX_NAME");
                String column = read.getString("COLUMN_NAME");
                if (name != null && column != null && read.getShort("TYPE") != DatabaseMetaData.tableIndexStatistic) {
                    rows.computeIfAbsent(read.getString("TABLE_NAME"), key -> new ArrayList<>()).add(new IndexRow(name,
                            read.getShort("ORDINAL_POSITION"), column, "D".equals(read.getString("ASC_OR_DESC")), !read.getBoolean("NON_UNIQUE")));
                }
            }
        }
        return rows;
    }
}
