package dev.retort.introspect;

import dev.retort.RetortException;
import dev.retort.catalog.Catalog;
import dev.retort.catalog.CatalogColumn;
import dev.retort.catalog.KeyRows;
import dev.retort.catalog.TableKeys;
import dev.retort.dialect.Dialect;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final Catalog reader;
    private final Predicate<Name> managed;

    /** @param managed which tables (and sequences) belong in the model; Retort's own bookkeeping tables never do */
    public Introspector(Dialect dialect, Predicate<Name> managed) {
        this.dialect = dialect;
        this.reader = Catalog.of(dialect);
        this.managed = managed;
    }

    public Schema read(Connection connection, String schema) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String catalog = dialect.metadataCatalog(schema);
        String schemaPattern = escape(dialect.metadataSchema(schema), metadata);
        Map<String, String> comments = tables(metadata, catalog, schemaPattern);
        List<String> tableNames = List.copyOf(comments.keySet());
        Map<String, List<Column>> columns = columns(connection, schema, Set.copyOf(tableNames));
        Map<String, List<UniqueConstraint>> uniques = reader.uniqueConstraints(connection, schema);
        Map<String, List<CheckConstraint>> checks = reader.checkConstraints(connection, schema);
        KeyRows keyRows = reader.keyRows(connection, schema, tableNames);
        List<Table> tables = new ArrayList<>();
        for (String tableName : tableNames) {
            TableKeys keys = keys(keyRows, tableName, uniques.getOrDefault(tableName, List.of()));
            tables.add(new Table(
                    dialect.nameFromCatalog(tableName),
                    columns.getOrDefault(tableName, List.of()),
                    keys.primaryKey(),
                    indexes(keyRows.indexes().getOrDefault(tableName, List.of()), keys),
                    keys.uniques(),
                    keys.foreignKeys(),
                    checks.getOrDefault(tableName, List.of()),
                    comments.get(tableName)));
        }
        List<Sequence> sequences = reader.sequences(connection, schema).stream().filter(sequence -> managed.test(sequence.name())).toList();
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
     * The type the database gives a column declared as {@code declaredType} (the type part of a JPA
     * {@code columnDefinition}, such as {@code text} or {@code jsonb}), read from a scratch table
     * exactly as {@link #read} reads any column, so it compares equal to the column Hibernate's own
     * DDL made; it keeps the declared spelling, which Hibernate writes as it is on every database,
     * and so does a revision. A type the database refuses is bad input.
     */
    public ColumnType definedType(Connection connection, String schema, String declaredType) {
        Name scratch = Name.of(Catalog.scratchTableName());
        String table = dialect.quote(scratch);
        try {
            return reader.withScratchTable(connection, List.of("create table " + table + " (declared " + declaredType + ")"), scratch,
                    () -> reader.columnType(scratchColumns(connection, schema, scratch).get(0)).declaredAs(declaredType));
        } catch (SQLException e) {
            throw RetortException.badInput("columnDefinition type '" + declaredType + "' is not one " + dialect + " knows: "
                    + e.getMessage().strip().lines().findFirst().orElse(""));
        }
    }

    /** The scratch table's columns as the catalog reports them, in order. */
    private List<CatalogColumn> scratchColumns(Connection connection, String schema, Name scratch) throws SQLException {
        return catalogColumns(connection, schema, escape(dialect.key(scratch), connection.getMetaData()), null).stream()
                .sorted(Comparator.comparingInt(CatalogColumn::position)).toList();
    }

    /** All columns of the schema in one call, grouped by table in column order. */
    private Map<String, List<Column>> columns(Connection connection, String schema, Set<String> tables) throws SQLException {
        Map<String, TreeMap<Integer, Column>> byTable = new LinkedHashMap<>();
        for (CatalogColumn column : catalogColumns(connection, schema, "%", tables)) {
            byTable.computeIfAbsent(column.table(), key -> new TreeMap<>()).put(column.position(), new Column(
                    dialect.nameFromCatalog(column.name()),
                    reader.columnType(column),
                    column.nullable(),
                    reader.columnDefault(column),
                    reader.isIdentity(column),
                    column.remarks()));
        }
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        byTable.forEach((table, ordered) -> columns.put(table, List.copyOf(ordered.values())));
        return columns;
    }

    /** The catalog's columns of the tables matching {@code tablePattern} (of {@code tables} only, unless null), refined by the dialect. */
    private List<CatalogColumn> catalogColumns(Connection connection, String schema, String tablePattern, Set<String> tables) throws SQLException {
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
        return reader.refineColumns(connection, schema, read);
    }

    private TableKeys keys(KeyRows rows, String table, List<UniqueConstraint> uniques) {
        List<KeyRows.PrimaryKeyRow> primaryKeyRows = rows.primaryKeys().getOrDefault(table, List.of());
        String name = primaryKeyRows.isEmpty() ? null : primaryKeyRows.get(0).name();
        PrimaryKey primaryKey = primaryKeyRows.isEmpty() ? null : new PrimaryKey(name == null ? null : dialect.nameFromCatalog(name),
                primaryKeyRows.stream().map(row -> dialect.nameFromCatalog(row.column())).toList());
        return new TableKeys(name, primaryKey, uniques, foreignKeys(rows.foreignKeys().getOrDefault(table, List.of())));
    }

    /** One foreign key per name, its columns in key order (the rows are sorted by name and position). */
    private List<ForeignKey> foreignKeys(List<KeyRows.ForeignKeyRow> rows) {
        Map<String, List<KeyRows.ForeignKeyRow>> byName = new LinkedHashMap<>();
        rows.forEach(row -> byName.computeIfAbsent(row.name(), name -> new ArrayList<>()).add(row));
        List<ForeignKey> foreignKeys = new ArrayList<>();
        byName.forEach((name, key) -> foreignKeys.add(new ForeignKey(
                dialect.nameFromCatalog(name),
                key.stream().map(row -> dialect.nameFromCatalog(row.column())).toList(),
                dialect.nameFromCatalog(key.get(0).referencedTable()),
                key.stream().map(row -> dialect.nameFromCatalog(row.referencedColumn())).toList(),
                reader.referentialAction(key.get(0).deleteRule()),
                reader.referentialAction(key.get(0).updateRule()))));
        return foreignKeys;
    }

    /** Indexes the user made: not those backing the primary key, unique constraints or foreign keys. */
    private List<Index> indexes(List<KeyRows.IndexRow> rows, TableKeys keys) {
        Map<String, List<KeyRows.IndexRow>> byName = new LinkedHashMap<>();
        rows.forEach(row -> byName.computeIfAbsent(row.name(), name -> new ArrayList<>()).add(row));
        List<Index> indexes = new ArrayList<>();
        byName.forEach((name, columns) -> {
            Index index = new Index(dialect.nameFromCatalog(name), columns.stream().map(row -> dialect.nameFromCatalog(row.column())).toList(),
                    columns.get(0).unique(), false, columns.stream().map(KeyRows.IndexRow::descending).toList());
            if (!reader.isImplicitIndex(name, index, keys)) {
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
