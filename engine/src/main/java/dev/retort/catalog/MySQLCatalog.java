package dev.retort.catalog;

import static dev.retort.model.TypeCode.*;

import dev.retort.dialect.Dialect;
import dev.retort.model.CheckConstraint;
import dev.retort.model.ColumnType;
import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.Sequence;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** MySQL's catalog, which MariaDB shares: the database is the JDBC catalog, LOB sizes, unsigned and display widths, JSON columns. */
public class MySQLCatalog extends Catalog {

    MySQLCatalog(Dialect dialect) {
        super(dialect);
    }

    /** The driver's codes for {@code information_schema}'s foreign key rules. */
    private static final Map<String, Integer> RULES = Map.of("CASCADE", DatabaseMetaData.importedKeyCascade,
            "RESTRICT", DatabaseMetaData.importedKeyRestrict, "SET NULL", DatabaseMetaData.importedKeySetNull,
            "NO ACTION", DatabaseMetaData.importedKeyNoAction, "SET DEFAULT", DatabaseMetaData.importedKeySetDefault);

    /** Three {@code information_schema} queries for the whole database, where the driver's calls take one table each. */
    @Override
    public KeyRows keyRows(Connection connection, String schema, Collection<String> tables) throws SQLException {
        return new KeyRows(
                KeyRows.query(connection, "select table_name, index_name, seq_in_index, column_name from information_schema.statistics"
                        + " where table_schema = ? and index_name = 'PRIMARY'", schema,
                        rows -> new KeyRows.PrimaryKeyRow(rows.getString(2), rows.getInt(3), rows.getString(4))),
                KeyRows.query(connection, "select k.table_name, k.constraint_name, k.ordinal_position, k.column_name,"
                        + " k.referenced_table_name, k.referenced_column_name, r.delete_rule, r.update_rule"
                        + " from information_schema.key_column_usage k join information_schema.referential_constraints r"
                        + " on r.constraint_schema = k.constraint_schema and r.constraint_name = k.constraint_name"
                        + " and r.table_name = k.table_name"
                        + " where k.table_schema = ? and k.referenced_table_name is not null", schema,
                        rows -> new KeyRows.ForeignKeyRow(rows.getString(2), rows.getInt(3), rows.getString(4), rows.getString(5),
                                rows.getString(6), RULES.get(rows.getString(7)), RULES.get(rows.getString(8)))),
                KeyRows.query(connection, "select table_name, index_name, seq_in_index, column_name, collation = 'D', non_unique = 0"
                        + " from information_schema.statistics where table_schema = ?", schema,
                        rows -> rows.getString(4) == null ? null // an expression (MySQL's functional index), as the driver leaves out
                                : new KeyRows.IndexRow(rows.getString(2), rows.getInt(3), rows.getString(4), rows.getBoolean(5),
                                        rows.getBoolean(6))));
    }

    /**
     * Checks are listed with their table here; their names are unique per table only. The check
     * MariaDB adds to a {@code json} column (named after it) is part of the column's type.
     */
    @Override
    public Map<String, List<CheckConstraint>> checkConstraints(Connection connection, String schema) throws SQLException {
        return queryChecks(connection, schema, "select table_name, constraint_name, check_clause from information_schema.check_constraints"
                + " where constraint_schema = ? and not (" + JSON_CHECK + ") order by table_name, constraint_name");
    }

    private static final Map<String, Long> LOB_CAPACITIES = Map.of("tiny", 255L, "", 65_535L, "medium", 16_777_215L, "long", 4_294_967_295L);

    private static final Pattern DISPLAY_WIDTH = Pattern.compile("^(tinyint|smallint|mediumint|int|integer|bigint)\\(\\d+\\)",
            Pattern.CASE_INSENSITIVE);
    /**
     * Unsigned and zero-filled numbers and {@code set}s have no neutral type (Hibernate never makes
     * them): they keep their spelling ({@code int(10) unsigned}), so changing them is a type change
     * and a column restated whole ({@code modify}) keeps them.
     */
    private static boolean isNative(String columnType) {
        String type = columnType.toLowerCase(Locale.ROOT);
        return type.endsWith(" unsigned") || type.contains(" unsigned ") || type.endsWith(" zerofill") || type.startsWith("set(");
    }

    /** MariaDB's {@code json} is {@code longtext} plus this check, named after its column. */
    static final String JSON_CHECK = "check_clause = concat('json_valid(`', constraint_name, '`)')";

    /** The {@code table.column} of each column that is JSON without saying so in its type: none where {@code json} is a type of its own. */
    protected Set<String> jsonColumns(Connection connection, String schema) throws SQLException {
        return Set.of();
    }

    /** The {@code table.column} of each {@code json} column MariaDB keeps as {@code longtext} plus its check. */
    static Set<String> jsonChecks(Connection connection, String schema) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("select table_name, constraint_name"
                + " from information_schema.check_constraints where constraint_schema = ? and " + JSON_CHECK)) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1) + "." + rows.getString(2));
                }
            }
        }
        return columns;
    }

    @Override
    public ColumnType columnType(CatalogColumn column) {
        String typeName = column.typeName().toLowerCase(Locale.ROOT);
        if (typeName.startsWith("enum(")) {
            return ColumnType.enumFromSql(column.typeName());
        }
        if (typeName.equals("uuid")) {
            return ColumnType.uuid();
        }
        if (typeName.equals("json")) {
            return ColumnType.of(JSON);
        }
        Long capacity = LOB_CAPACITIES.get(typeName.replaceFirst("(blob|text)$", ""));
        if (capacity != null && (typeName.endsWith("blob") || typeName.endsWith("text"))) {
            // the tiny to long large objects differ only in how much they hold, as Hibernate picks them by length
            return ColumnType.of(typeName.endsWith("blob") ? BLOB : CLOB).length(capacity);
        }
        if (isNative(typeName)) {
            // an integer's display width means nothing (MySQL 8 drops it) unless the column pads with zeros;
            // the rest is kept as spelled: a set's members are case-sensitive values
            String spelling = typeName.contains("zerofill") ? column.typeName() : DISPLAY_WIDTH.matcher(column.typeName()).replaceFirst("$1");
            return ColumnType.nativeType(spelling);
        }
        if (typeName.equals("timestamp")) {
            // MySQL's TIMESTAMP converts to and from the session zone; Hibernate stores moments in DATETIME (UTC) instead
            return ColumnType.of(TIMESTAMP_WITH_TIMEZONE).precision(column.digits());
        }
        return super.columnType(column);
    }

    /**
     * The driver reports no fractional-second precision and hides enum values; information_schema
     * has both, and the default as the server stores it.
     */
    @Override
    public List<CatalogColumn> refineColumns(Connection connection, String schema, List<CatalogColumn> columns) throws SQLException {
        Map<String, String[]> details = new HashMap<>();
        String sql = "select table_name, column_name, data_type, column_type, datetime_precision, column_default"
                + " from information_schema.columns where table_schema = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    details.put(rows.getString(1) + "." + rows.getString(2),
                            new String[] {rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6)});
                }
            }
        }
        Set<String> json = jsonColumns(connection, schema);
        List<CatalogColumn> refined = new ArrayList<>();
        for (CatalogColumn column : columns) {
            String[] detail = details.get(column.table() + "." + column.name());
            if (detail == null) {
                refined.add(column);
                continue;
            }
            String typeName = detail[0].equalsIgnoreCase("enum") || isNative(detail[1]) ? detail[1]
                    : json.contains(column.table() + "." + column.name()) ? "json" : column.typeName();
            int digits = detail[2] != null ? Integer.parseInt(detail[2]) : column.digits();
            refined.add(column.with(typeName, digits, detail[3]));
        }
        return refined;
    }

    /** MySQL-family databases treat RESTRICT and NO ACTION alike, and report the default as RESTRICT. */
    @Override
    protected boolean restrictIsNoAction() {
        return true;
    }

    /**
     * {@code PRIMARY}, the index of each unique constraint (named as the constraint), and the
     * index made for a foreign key (named as the key, on exactly its columns).
     */
    @Override
    public boolean isImplicitIndex(String indexName, Index index, TableKeys keys) {
        return indexName.equals("PRIMARY")
                || keys.uniques().stream().anyMatch(unique -> dialect().key(unique.name()).equals(indexName))
                || keys.foreignKeys().stream().anyMatch(foreignKey -> dialect().key(foreignKey.name()).equals(indexName)
                        && !index.unique() && keys(index.columns()).equals(keys(foreignKey.columns())));
    }

    private List<String> keys(List<Name> names) {
        return names.stream().map(dialect()::key).toList();
    }

    /** Sequences are tables of type SEQUENCE whose single row holds their settings. */
    @Override
    public List<Sequence> sequences(Connection connection, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select table_name from information_schema.tables where table_schema = ? and table_type = 'SEQUENCE' order by table_name")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        List<Sequence> sequences = new ArrayList<>();
        for (String name : names) {
            Name sequence = dialect().nameFromCatalog(name);
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("select start_value, increment, cache_size from "
                            + dialect().quote(Name.quoted(schema)) + "." + dialect().quote(Name.quoted(name)))) {
                row.next();
                long cache = row.getLong(3); // Hibernate writes nocache; MariaDB's own default is 1000
                sequences.add(new Sequence(sequence, row.getLong(1), row.getLong(2), cache == 0 ? null : cache));
            }
        }
        return sequences;
    }
}
