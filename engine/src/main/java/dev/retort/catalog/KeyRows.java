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
 * {@code IntrospectorRoundTripTest} holds both ways to the same rows. Rows are kept sorted by name
 * and position, so two readings compare equal whatever order the database returned them in.
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

    private static Map<String, List<PrimaryKeyRow>> primaryKeys(DatabaseMetaData metadata, String catalog, String schema, String table)
            throws SQLException {
        try (ResultSet read = metadata.getPrimaryKeys(catalog, schema, table)) {
            return grouped(read, read.findColumn("TABLE_NAME"),
                    row -> new PrimaryKeyRow(row.getString("PK_NAME"), row.getInt("KEY_SEQ"), row.getString("COLUMN_NAME")));
        }
    }

    /** {@code getImportedKeys} of {@code table}, or of every table where the driver takes a null table (PostgreSQL's). */
    static Map<String, List<ForeignKeyRow>> foreignKeys(DatabaseMetaData metadata, String catalog, String schema, String table)
            throws SQLException {
        try (ResultSet read = metadata.getImportedKeys(catalog, schema, table)) {
            return grouped(read, read.findColumn("FKTABLE_NAME"), row -> new ForeignKeyRow(row.getString("FK_NAME"), row.getInt("KEY_SEQ"),
                    row.getString("FKCOLUMN_NAME"), row.getString("PKTABLE_NAME"), row.getString("PKCOLUMN_NAME"), row.getInt("DELETE_RULE"),
                    row.getInt("UPDATE_RULE")));
        }
    }

    private static Map<String, List<IndexRow>> indexes(DatabaseMetaData metadata, String catalog, String schema, String table)
            throws SQLException {
        try (ResultSet read = metadata.getIndexInfo(catalog, schema, table, false, false)) {
            return grouped(read, read.findColumn("TABLE_NAME"), row -> {
                boolean indexColumn = row.getString("INDEX_NAME") != null && row.getString("COLUMN_NAME") != null
                        && row.getShort("TYPE") != DatabaseMetaData.tableIndexStatistic;
                return indexColumn ? new IndexRow(row.getString("INDEX_NAME"), row.getShort("ORDINAL_POSITION"), row.getString("COLUMN_NAME"),
                        "D".equals(row.getString("ASC_OR_DESC")), !row.getBoolean("NON_UNIQUE")) : null;
            });
        }
    }

    /** Reads one row of a catalog query, or null to leave it out. */
    @FunctionalInterface
    interface RowReader<R> {
        R read(ResultSet rows) throws SQLException;
    }

    /** Runs a catalog query whose first column is the table, with the schema as its one parameter. */
    static <R> Map<String, List<R>> query(Connection connection, String sql, String schema, RowReader<R> reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet read = statement.executeQuery()) {
                return grouped(read, 1, reader);
            }
        }
    }

    /** The rows {@code reader} keeps, by the table named in column number {@code table}. */
    private static <R> Map<String, List<R>> grouped(ResultSet read, int table, RowReader<R> reader) throws SQLException {
        Map<String, List<R>> rows = new HashMap<>();
        while (read.next()) {
            R row = reader.read(read);
            if (row != null) {
                rows.computeIfAbsent(read.getString(table), key -> new ArrayList<>()).add(row);
            }
        }
        return rows;
    }
}
