package dev.retort.dialect;

import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddUnique;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUnique;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.Operation;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Everything that differs between databases, and nothing else: identifier rules, type spelling,
 * the SQL of each {@link Operation}, transaction behaviour and catalog quirks. The base class
 * speaks standard SQL; each database's subclass overrides where it differs.
 */
public abstract class Dialect {

    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final DatabaseKind kind;
    private final String version;
    private final HibernateTypes types;

    protected Dialect(DatabaseKind kind, String version, org.hibernate.dialect.Dialect hibernate) {
        this.kind = kind;
        this.version = version;
        this.types = new HibernateTypes(hibernate);
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** The database version this dialect speaks to, e.g. {@code 2.3.232}. */
    public String version() {
        return version;
    }

    /** The Hibernate dialect the entity scan boots with, so the target is what Hibernate creates here. */
    public String hibernateDialectClass() {
        return types.hibernateDialectClass();
    }

    /** Whether DDL can be rolled back: then a revision and its bookkeeping share one transaction. */
    public boolean transactionalDdl() {
        return false;
    }

    // ---- identifiers ------------------------------------------------------------------------

    /** How this database stores an unquoted identifier. */
    protected abstract String fold(String identifier);

    /** The identity of a name in this database: two names with equal keys are the same object. */
    public String key(Name name) {
        return name.quoted() ? name.text() : fold(name.text());
    }

    /**
     * A name read from the catalog. A spelling that unquoted use would produce is returned unquoted
     * and in lower case (readable, and the same object on every database that folds); any other
     * spelling must have been quoted.
     */
    public Name nameFromCatalog(String identifier) {
        if (isPlain(identifier) && fold(identifier).equals(identifier)) {
            return new Name(identifier.toLowerCase(Locale.ROOT), false);
        }
        return Name.quoted(identifier);
    }

    protected static boolean isPlain(String identifier) {
        return PLAIN_IDENTIFIER.matcher(identifier).matches();
    }

    /**
     * The SQL spelling of a name. Plain unquoted names stay bare; a keyword or unusual spelling is
     * quoted in its folded form, which names the same object, so no identifier ever reaches SQL unvetted.
     */
    public String quote(Name name) {
        if (!name.quoted() && isPlain(name.text()) && !types.isKeyword(name.text())) {
            return name.text();
        }
        String text = key(name);
        String close = String.valueOf(closeQuote());
        return openQuote() + text.replace(close, close + close) + close;
    }

    protected char openQuote() {
        return '"';
    }

    protected char closeQuote() {
        return '"';
    }

    protected String quoteAll(List<Name> names) {
        return names.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    /** A SQL string literal. */
    public String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    // ---- types ------------------------------------------------------------------------------

    /** The DDL spelling of a neutral type on this database. */
    public String typeName(ColumnType type) {
        if (type.isEnum()) {
            return enumTypeName(type.values());
        }
        return types.render(type);
    }

    /** A native enum type; databases without one override this and add a check instead. */
    protected String enumTypeName(List<String> values) {
        return "enum (" + values.stream().map(this::literal).collect(Collectors.joining(",")) + ")";
    }

    /** Whether two neutral types are the same column type here, e.g. two codes Hibernate spells alike. */
    public boolean sameType(ColumnType a, ColumnType b) {
        if (a.isEnum() || b.isEnum()) {
            return a.equals(b); // an enum is its values, however the database spells the column
        }
        return a.equals(b) || typeName(a).equalsIgnoreCase(typeName(b));
    }

    /**
     * Whether two default expressions are the same default: equal text, or equal numbers however
     * written ({@code 0} and {@code 0.00}).
     */
    public boolean sameDefault(String a, String b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        try {
            return new BigDecimal(a.strip()).compareTo(new BigDecimal(b.strip())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Resolves a type the catalog reports to the neutral code Hibernate uses for it. */
    protected int resolveTypeCode(String typeName, int jdbcType, int precision, int scale) {
        return types.resolve(typeName, jdbcType, precision, scale);
    }

    // ---- catalog ----------------------------------------------------------------------------

    /** The schema a connection works in when none is configured. */
    public String defaultSchema(Connection connection) throws SQLException {
        return connection.getSchema();
    }

    /** Makes unqualified names in later statements refer to {@code schema}. */
    public void useSchema(Connection connection, String schema) throws SQLException {
        connection.setSchema(schema);
    }

    /** The {@code catalog} argument of {@code DatabaseMetaData} calls that scopes them to {@code schema}. */
    public String metadataCatalog(String schema) {
        return null;
    }

    /** The {@code schemaPattern} argument of {@code DatabaseMetaData} calls that scopes them to {@code schema}. */
    public String metadataSchema(String schema) {
        return schema;
    }

    /** The {@code getTables} types that are plain tables here. */
    public String[] tableTypes() {
        return new String[] {"TABLE", "BASE TABLE"};
    }

    /** The neutral type of a catalog column: Hibernate's resolution of the reported type, with the sizes that matter for it. */
    public ColumnType columnType(CatalogColumn column) {
        if (column.jdbcType() == Types.REAL || column.jdbcType() == Types.FLOAT || column.jdbcType() == Types.DOUBLE) {
            return floatingType(column);
        }
        int code = resolveTypeCode(column.typeName(), column.jdbcType(), column.size(), column.digits());
        return ColumnType.sized(code, (long) column.size(), sizedPrecision(code, column), column.digits());
    }

    /**
     * Single or double precision. Drivers disagree on the JDBC code (H2 reports {@code float(24)}
     * as FLOAT) and on the unit of its size (bits or decimal digits), so the type's name decides
     * where it can, and JDBC's REAL (single) otherwise.
     */
    private static ColumnType floatingType(CatalogColumn column) {
        String name = column.typeName().toUpperCase(Locale.ROOT);
        if (name.contains("DOUBLE") || name.equals("FLOAT8")) {
            return ColumnType.doublePrecision();
        }
        if (name.equals("REAL") || name.equals("FLOAT4")) {
            return ColumnType.real();
        }
        return column.jdbcType() == Types.REAL ? ColumnType.real() : ColumnType.doublePrecision();
    }

    /** JDBC reports a temporal type's fractional digits as DECIMAL_DIGITS, a number's precision as COLUMN_SIZE. */
    private static int sizedPrecision(int code, CatalogColumn column) {
        return ColumnType.isTemporal(code) ? column.digits() : column.size();
    }

    public boolean isIdentity(CatalogColumn column) {
        return "YES".equalsIgnoreCase(column.autoIncrement());
    }

    /** A default as the model states it, or {@code null}; identity columns have none. */
    public String columnDefault(CatalogColumn column) {
        if (isIdentity(column) || column.defaultValue() == null) {
            return null;
        }
        String value = column.defaultValue().strip();
        return value.isEmpty() || value.equalsIgnoreCase("NULL") ? null : value;
    }

    /** A foreign key rule from {@code DatabaseMetaData.getImportedKeys}. */
    public ReferentialAction referentialAction(int jdbcRule) {
        return switch (jdbcRule) {
            case DatabaseMetaData.importedKeyCascade -> ReferentialAction.CASCADE;
            case DatabaseMetaData.importedKeySetNull -> ReferentialAction.SET_NULL;
            case DatabaseMetaData.importedKeySetDefault -> ReferentialAction.SET_DEFAULT;
            case DatabaseMetaData.importedKeyRestrict -> restrictIsNoAction() ? ReferentialAction.NO_ACTION : ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    /** Where RESTRICT behaves as NO ACTION does, and the catalog reports the default as RESTRICT. */
    protected boolean restrictIsNoAction() {
        return false;
    }

    /**
     * Whether the database made this index itself to back the primary key, a unique constraint or
     * a foreign key; such indexes are not model objects.
     */
    public abstract boolean isImplicitIndex(String indexName, Index index, TableKeys keys);

    /** Adds what {@code DatabaseMetaData.getColumns} reports poorly here; by default nothing. */
    public List<CatalogColumn> refineColumns(Connection connection, String schema, List<CatalogColumn> columns) throws SQLException {
        return columns;
    }

    /** Rewrites tables read from the catalog where this database spells a model object its own way; by default nothing. */
    public List<Table> refineTables(Connection connection, String schema, List<Table> tables) throws SQLException {
        return tables;
    }

    /**
     * Unique constraints of every table in {@code schema}, by the table's catalog name. JDBC has no
     * call for them; the standard information_schema has.
     */
    public Map<String, List<UniqueConstraint>> uniqueConstraints(Connection connection, String schema) throws SQLException {
        String sql = "select tc.table_name, tc.constraint_name, k.column_name"
                + " from information_schema.table_constraints tc"
                + " join information_schema.key_column_usage k"
                + " on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name"
                + " and k.table_name = tc.table_name"
                + " where tc.constraint_type = 'UNIQUE' and tc.table_schema = ?"
                + " order by tc.table_name, tc.constraint_name, k.ordinal_position";
        Map<String, Map<String, List<Name>>> columns = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.computeIfAbsent(rows.getString(1), table -> new LinkedHashMap<>())
                            .computeIfAbsent(rows.getString(2), constraint -> new ArrayList<>())
                            .add(nameFromCatalog(rows.getString(3)));
                }
            }
        }
        Map<String, List<UniqueConstraint>> uniques = new LinkedHashMap<>();
        columns.forEach((table, constraints) -> uniques.put(table, constraints.entrySet().stream()
                .map(entry -> new UniqueConstraint(nameFromCatalog(entry.getKey()), entry.getValue()))
                .toList()));
        return uniques;
    }

    /** The user sequences of {@code schema} (not those backing identity columns). */
    public List<Sequence> sequences(Connection connection, String schema) throws SQLException {
        return querySequences(connection, schema, "select sequence_name, start_value, increment from information_schema.sequences"
                + " where sequence_schema = ? order by sequence_name");
    }

    /** Runs a query of (name, start, increment) rows with the schema as its one parameter. */
    protected List<Sequence> querySequences(Connection connection, String schema, String sql) throws SQLException {
        List<Sequence> sequences = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    sequences.add(new Sequence(nameFromCatalog(rows.getString(1)), rows.getLong(2), rows.getLong(3)));
                }
            }
        }
        return sequences;
    }

    // ---- SQL for operations ----------------------------------------------------------------

    /** The statements that carry out one operation here, without terminators. */
    public List<String> sql(Operation operation) {
        if (operation instanceof CreateTable op) {
            return List.of(createTable(op.table()));
        } else if (operation instanceof DropTable op) {
            return List.of("drop table " + quote(op.table().name()));
        } else if (operation instanceof AddColumn op) {
            return List.of(alterTable(op.table()) + "add column " + columnDefinition(op.column()));
        } else if (operation instanceof DropColumn op) {
            return List.of(alterTable(op.table()) + "drop column " + quote(op.column().name()));
        } else if (operation instanceof AlterColumn op) {
            return alterColumn(op);
        } else if (operation instanceof CreateIndex op) {
            return List.of(createIndex(op.table(), op.index()));
        } else if (operation instanceof DropIndex op) {
            return List.of(dropIndex(op.table(), op.index()));
        } else if (operation instanceof AddUnique op) {
            return List.of(alterTable(op.table()) + "add " + uniqueDefinition(op.unique()));
        } else if (operation instanceof DropUnique op) {
            return List.of(dropUnique(op.table(), op.unique()));
        } else if (operation instanceof AddForeignKey op) {
            return List.of(alterTable(op.table()) + "add " + foreignKeyDefinition(op.foreignKey()));
        } else if (operation instanceof DropForeignKey op) {
            return dropForeignKey(op.table(), op.foreignKey());
        } else if (operation instanceof CreateSequence op) {
            return List.of(createSequence(op.sequence()));
        } else if (operation instanceof DropSequence op) {
            return List.of("drop sequence " + quote(op.sequence().name()));
        } else if (operation instanceof ExecuteSql op) {
            return List.of(op.sql());
        }
        throw new IllegalArgumentException("no SQL for " + operation);
    }

    protected String alterTable(Name table) {
        return "alter table " + quote(table) + " ";
    }

    protected String createTable(Table table) {
        List<String> parts = new ArrayList<>();
        table.columns().forEach(column -> parts.add(columnDefinition(column)));
        if (table.primaryKey() != null) {
            parts.add("primary key (" + quoteAll(table.primaryKey().columns()) + ")");
        }
        table.uniques().forEach(unique -> parts.add(uniqueDefinition(unique)));
        return "create table " + quote(table.name()) + " (\n    " + String.join(",\n    ", parts) + "\n)";
    }

    protected String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(typeName(column.type()));
        String identity = column.identity() ? types.identityClause(column.type().code()) : "";
        if (column.identity()) {
            sql.append(' ').append(identity);
        } else if (column.defaultValue() != null) {
            sql.append(" default ").append(column.defaultValue());
        }
        if (!column.nullable() && !identity.contains("not null")) { // MySQL's clause is "not null auto_increment"
            sql.append(" not null");
        }
        return sql.toString();
    }

    protected String uniqueDefinition(UniqueConstraint unique) {
        return "constraint " + quote(unique.name()) + " unique (" + quoteAll(unique.columns()) + ")";
    }

    protected String foreignKeyDefinition(ForeignKey key) {
        StringBuilder sql = new StringBuilder("constraint ").append(quote(key.name()))
                .append(" foreign key (").append(quoteAll(key.columns())).append(") references ")
                .append(quote(key.referencedTable())).append(" (").append(quoteAll(key.referencedColumns())).append(')');
        if (key.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" on delete ").append(key.onDelete().sql());
        }
        if (key.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" on update ").append(key.onUpdate().sql());
        }
        return sql.toString();
    }

    /** Standard SQL: one statement per changed aspect (type, default, nullability). */
    protected List<String> alterColumn(AlterColumn op) {
        String prefix = alterTable(op.table()) + "alter column " + quote(op.to().name()) + " ";
        List<String> statements = new ArrayList<>();
        if (op.typeChanged()) {
            statements.add(prefix + "set data type " + typeName(op.to().type()));
        }
        if (op.defaultChanged()) {
            statements.add(op.to().defaultValue() == null ? prefix + "drop default" : prefix + "set default " + op.to().defaultValue());
        }
        if (op.nullabilityChanged()) {
            statements.add(prefix + (op.to().nullable() ? "drop not null" : "set not null"));
        }
        return statements;
    }

    protected String createIndex(Name table, Index index) {
        return "create " + (index.unique() ? "unique " : "") + "index " + quote(index.name()) + " on " + quote(table)
                + " (" + quoteAll(index.columns()) + ")";
    }

    protected String dropIndex(Name table, Index index) {
        return "drop index " + quote(index.name());
    }

    protected String dropUnique(Name table, UniqueConstraint unique) {
        return alterTable(table) + "drop constraint " + quote(unique.name());
    }

    protected List<String> dropForeignKey(Name table, ForeignKey key) {
        return List.of(alterTable(table) + "drop constraint " + quote(key.name()));
    }

    protected String createSequence(Sequence sequence) {
        return "create sequence " + quote(sequence.name()) + " start with " + sequence.start() + " increment by "
                + sequence.increment();
    }

    @Override
    public String toString() {
        return kind.displayName() + " " + version;
    }
}
