package dev.retort.introspect;

import dev.retort.dialect.CatalogColumn;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.TableKeys;
import dev.retort.model.CheckConstraint;
import dev.retort.model.ColumnType;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.PrimaryKey;
import dev.retort.model.Schema;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Reads the live schema through {@link DatabaseMetaData} into the same model the entity scan
 * produces. Every call is scoped to the configured schema (on MySQL-family databases the schema is
 * the JDBC catalog); catalog quirks are the dialect's.
 */
public final class Introspector {

    private final Dialect dialect;
    private final Predicate<Name> managed;

    /** @param managed which tables belong in the model; Retort's own bookkeeping tables never do */
    public Introspector(Dialect dialect, Predicate<Name> managed) {
        this.dialect = dialect;
        this.managed = managed;
    }

    public Schema read(Connection connection, String schema) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String catalog = dialect.metadataCatalog(schema);
        String schemaPattern = escape(dialect.metadataSchema(schema), metadata);
        Map<String, String> comments = tables(metadata, catalog, schemaPattern);
        List<String> tableNames = List.copyOf(comments.keySet());
        Map<String, List<Column>> columns = columns(connection, schema, "%", Set.copyOf(tableNames));
        Map<String, List<UniqueConstraint>> uniques = dialect.uniqueConstraints(connection, schema);
        Map<String, List<CheckConstraint>> checks = dialect.checkConstraints(connection, schema);
        List<Table> tables = new ArrayList<>();
        for (String tableName : tableNames) {
            TableKeys keys = keys(metadata, catalog, schema, tableName, uniques.getOrDefault(tableName, List.of()));
            tables.add(new Table(
                    dialect.nameFromCatalog(tableName),
                    columns.getOrDefault(tableName, List.of()),
                    keys.primaryKey(),
                    indexes(metadata, catalog, schema, tableName, keys),
                    keys.uniques(),
                    keys.foreignKeys(),
                    checks.getOrDefault(tableName, List.of()),
                    comments.get(tableName)));
        }
        List<Sequence> sequences = dialect.sequences(connection, schema);
        return new Schema(tables, sequences);
    }

    /** The managed tables of the schema, with their comments (REMARKS). */
    private Map<String, String> tables(DatabaseMetaData metadata, String catalog, String schemaPattern) throws SQLException {
        Map<String, String> tables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        try (ResultSet rows = metadata.getTables(catalog, schemaPattern, "%", dialect.tableTypes())) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (managed.test(dialect.nameFromCatalog(name))) {
                    tables.put(name, blankToNull(rows.getString("REMARKS")));
                }
            }
        }
        return tables;
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /**
     * The type the database gives a column declared as {@code definition} (a JPA
     * {@code columnDefinition}, such as {@code text} or {@code jsonb default '{}'}), read from a
     * scratch table exactly as {@link #read} reads any column: a type the neutral model only knows
     * by another name ({@code text} is PostgreSQL's unbounded varchar) then compares equal to the
     * column Hibernate's DDL made. Empty when the database refuses the definition on its own.
     */
    public Optional<ColumnType> definedType(Connection connection, String schema, String definition) {
        Name scratch = Name.of(Dialect.scratchTableName());
        try {
            List<Column> columns = dialect.withScratchTable(connection, List.of("create table " + dialect.quote(scratch) + " (c " + definition + ")"),
                    scratch, () -> columns(connection, schema, dialect.key(scratch), null).values().stream().findFirst().orElse(List.of()));
            return columns.isEmpty() ? Optional.empty() : Optional.of(columns.get(0).type());
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    /** The columns of the schema's tables matching {@code tablePattern} in one call (of {@code tables} only, unless null), grouped by table in column order. */
    private Map<String, List<Column>> columns(Connection connection, String schema, String tablePattern, Set<String> tables) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        List<CatalogColumn> read = new ArrayList<>();
        try (ResultSet rows = metadata.getColumns(dialect.metadataCatalog(schema), escape(dialect.metadataSchema(schema), metadata), tablePattern, "%")) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME");
                if (tables == null || tables.contains(table)) {
                    read.add(new CatalogColumn(
                            table,
                            rows.getString("COLUMN_NAME"),
                            rows.getInt("ORDINAL_POSITION"),
                            rows.getInt("DATA_TYPE"),
                            rows.getString("TYPE_NAME"),
                            rows.getInt("COLUMN_SIZE"),
                            rows.getInt("DECIMAL_DIGITS"),
                            "YES".equalsIgnoreCase(rows.getString("IS_NULLABLE")),
                            rows.getString("COLUMN_DEF"),
                            rows.getString("IS_AUTOINCREMENT"),
                            blankToNull(rows.getString("REMARKS"))));
                }
            }
        }
        Map<String, TreeMap<Integer, Column>> byTable = new LinkedHashMap<>();
        for (CatalogColumn column : dialect.refineColumns(connection, schema, read)) {
            byTable.computeIfAbsent(column.table(), key -> new TreeMap<>()).put(column.position(), new Column(
                    dialect.nameFromCatalog(column.name()),
                    dialect.columnType(column),
                    column.nullable(),
                    dialect.columnDefault(column),
                    dialect.isIdentity(column),
                    column.remarks()));
        }
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        byTable.forEach((table, ordered) -> columns.put(table, List.copyOf(ordered.values())));
        return columns;
    }

    private TableKeys keys(DatabaseMetaData metadata, String catalog, String schema, String table, List<UniqueConstraint> uniques)
            throws SQLException {
        TreeMap<Integer, Name> columns = new TreeMap<>();
        String name = null;
        try (ResultSet rows = metadata.getPrimaryKeys(catalog, dialect.metadataSchema(schema), table)) {
            while (rows.next()) {
                columns.put(rows.getInt("KEY_SEQ"), dialect.nameFromCatalog(rows.getString("COLUMN_NAME")));
                name = rows.getString("PK_NAME");
            }
        }
        PrimaryKey primaryKey = columns.isEmpty() ? null
                : new PrimaryKey(name == null ? null : dialect.nameFromCatalog(name), List.copyOf(columns.values()));
        return new TableKeys(name, primaryKey, uniques, foreignKeys(metadata, catalog, schema, table));
    }

    private List<ForeignKey> foreignKeys(DatabaseMetaData metadata, String catalog, String schema, String table) throws SQLException {
        Map<String, ForeignKeyRows> keys = new LinkedHashMap<>();
        try (ResultSet rows = metadata.getImportedKeys(catalog, dialect.metadataSchema(schema), table)) {
            while (rows.next()) {
                ForeignKeyRows key = keys.computeIfAbsent(rows.getString("FK_NAME"), name -> new ForeignKeyRows());
                key.referencedTable = rows.getString("PKTABLE_NAME");
                key.onDelete = rows.getInt("DELETE_RULE");
                key.onUpdate = rows.getInt("UPDATE_RULE");
                int position = rows.getInt("KEY_SEQ");
                key.columns.put(position, dialect.nameFromCatalog(rows.getString("FKCOLUMN_NAME")));
                key.referencedColumns.put(position, dialect.nameFromCatalog(rows.getString("PKCOLUMN_NAME")));
            }
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        keys.forEach((name, key) -> foreignKeys.add(new ForeignKey(
                dialect.nameFromCatalog(name),
                List.copyOf(key.columns.values()),
                dialect.nameFromCatalog(key.referencedTable),
                List.copyOf(key.referencedColumns.values()),
                dialect.referentialAction(key.onDelete),
                dialect.referentialAction(key.onUpdate))));
        return foreignKeys;
    }

    private static final class ForeignKeyRows {
        String referencedTable;
        int onDelete;
        int onUpdate;
        final TreeMap<Integer, Name> columns = new TreeMap<>();
        final TreeMap<Integer, Name> referencedColumns = new TreeMap<>();
    }

    /** Indexes the user made: not those backing the primary key, unique constraints or foreign keys. */
    private List<Index> indexes(DatabaseMetaData metadata, String catalog, String schema, String table, TableKeys keys)
            throws SQLException {
        Map<String, TreeMap<Integer, Name>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        try (ResultSet rows = metadata.getIndexInfo(catalog, dialect.metadataSchema(schema), table, false, false)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME");
                String column = rows.getString("COLUMN_NAME");
                if (name == null || column == null || rows.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                columns.computeIfAbsent(name, key -> new TreeMap<>())
                        .put((int) rows.getShort("ORDINAL_POSITION"), dialect.nameFromCatalog(column));
                unique.put(name, !rows.getBoolean("NON_UNIQUE"));
            }
        }
        List<Index> indexes = new ArrayList<>();
        columns.forEach((name, ordered) -> {
            Index index = new Index(dialect.nameFromCatalog(name), List.copyOf(ordered.values()), unique.get(name));
            if (!dialect.isImplicitIndex(name, index, keys)) {
                indexes.add(index);
            }
        });
        return indexes;
    }

    /** Metadata calls take LIKE patterns: a schema named {@code app_1} must not also match {@code appX1}. */
    private static String escape(String pattern, DatabaseMetaData metadata) throws SQLException {
        if (pattern == null) {
            return null;
        }
        String escape = metadata.getSearchStringEscape();
        return pattern.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
