package dev.retort.catalog;

import dev.retort.RetortException;
import dev.retort.dialect.Dialect;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Schema;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.TypeCode;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddCheck;
import dev.retort.ops.CreateTable;
import dev.retort.scan.EntityMapper;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What autogenerate reads from a live database, per database: the neutral type of each catalog
 * column (resolved back through Hibernate's dialect), defaults, identity, foreign key rules, the
 * indexes a database makes by itself, unique and check constraints and sequences that JDBC has no
 * call for, and how the database itself renders a check. Only autogenerate reads; applying
 * revisions needs only the writing half, {@link Dialect}, which this wraps: the two are kept apart
 * as Alembic keeps reflection apart from DDL, and reading alone needs Hibernate.
 */
public abstract class Catalog {

    private static final Pattern SCRATCH_CHECK = Pattern.compile("_ck(\\d+)$", Pattern.CASE_INSENSITIVE);

    private final Dialect dialect;
    private CatalogTypes catalogTypes;

    protected Catalog(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The catalog reader for {@code dialect}'s database. */
    public static Catalog of(Dialect dialect) {
        return switch (dialect.kind()) {
            case H2 -> new H2Catalog(dialect);
            case POSTGRESQL -> new PostgreSQLCatalog(dialect);
            case MARIADB -> new MariaDBCatalog(dialect);
            case MYSQL -> new MySQLCatalog(dialect);
            case ORACLE -> new OracleCatalog(dialect);
        };
    }

    /** The database this catalog belongs to, as applying revisions speaks to it. */
    public Dialect dialect() {
        return dialect;
    }

    /** Resolves a type the catalog reports to the neutral code Hibernate uses for it. */
    protected int resolveTypeCode(String typeName, int jdbcType, int precision, int scale) {
        return catalogTypes().resolve(typeName, jdbcType, precision, scale);
    }

    /** Hibernate's dialect, made only when a catalog is read: applying revisions never loads Hibernate. */
    private synchronized CatalogTypes catalogTypes() {
        if (catalogTypes == null) {
            catalogTypes = EntityMapper.retorts().catalogTypes(dialect.kind(), dialect.version());
        }
        return catalogTypes;
    }

    /** The neutral type of a catalog column: Hibernate's resolution of the reported type, with the sizes that matter for it. */
    public ColumnType columnType(CatalogColumn column) {
        if (column.element() != null) {
            ColumnType array = ColumnType.arrayOf(columnType(column.element()));
            return column.size() > 0 ? array.length(column.size()) : array;
        }
        if (column.jdbcType() == Types.REAL || column.jdbcType() == Types.FLOAT || column.jdbcType() == Types.DOUBLE) {
            return floatingType(column);
        }
        int code;
        try {
            code = resolveTypeCode(column.typeName(), column.jdbcType(), column.size(), column.digits());
        } catch (RuntimeException e) {
            code = TypeCode.OTHER; // a type Hibernate cannot place (an array whose element is unknown, a domain...)
        }
        if (code == TypeCode.OTHER || column.jdbcType() == Types.ARRAY) {
            return ColumnType.nativeType(column.typeName());
        }
        ColumnType type = ColumnType.sized(code, (long) column.size(), sizedPrecision(code, column), column.digits());
        try {
            dialect().typeName(type);
            return type;
        } catch (IllegalArgumentException e) {
            return ColumnType.nativeType(column.typeName()); // a code with no spelling of its own, as a PostgreSQL domain's DISTINCT
        }
    }

    private static final Map<String, Integer> STANDARD_TYPES = Map.ofEntries(
            Map.entry("integer", Types.INTEGER), Map.entry("int", Types.INTEGER), Map.entry("smallint", Types.SMALLINT),
            Map.entry("bigint", Types.BIGINT), Map.entry("tinyint", Types.TINYINT), Map.entry("boolean", Types.BOOLEAN),
            Map.entry("character varying", Types.VARCHAR), Map.entry("varchar", Types.VARCHAR), Map.entry("character", Types.CHAR),
            Map.entry("char", Types.CHAR), Map.entry("numeric", Types.NUMERIC), Map.entry("decimal", Types.DECIMAL),
            Map.entry("double precision", Types.DOUBLE), Map.entry("real", Types.REAL), Map.entry("date", Types.DATE),
            Map.entry("time", Types.TIME), Map.entry("time without time zone", Types.TIME),
            Map.entry("time with time zone", Types.TIME_WITH_TIMEZONE), Map.entry("timestamp", Types.TIMESTAMP),
            Map.entry("timestamp without time zone", Types.TIMESTAMP), Map.entry("timestamp with time zone", Types.TIMESTAMP_WITH_TIMEZONE),
            Map.entry("binary varying", Types.VARBINARY), Map.entry("binary", Types.BINARY));
    /** The JDBC type of a type spelled by its name alone, as an array's element is; the dialect resolves any other by name. */
    protected int jdbcTypeOf(String typeName) {
        return STANDARD_TYPES.getOrDefault(typeName.toLowerCase(Locale.ROOT), Types.OTHER);
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

    /**
     * The current schema restated in the target's terms where the catalog alone cannot tell two
     * model spellings apart (PostgreSQL stores an enum and a discriminator alike, as varchar plus
     * a check of values); by default unchanged. Called by the differ before comparing.
     */
    public Schema alignCurrent(Schema target, Schema current) {
        return current;
    }

    /**
     * The primary keys, foreign keys and indexes of {@code tables} in {@code schema}: by default
     * {@code DatabaseMetaData}'s calls, three a table; a database with a catalog to ask for all of
     * them at once overrides it (see {@link KeyRows}).
     */
    public KeyRows keyRows(Connection connection, String schema, Collection<String> tables) throws SQLException {
        return KeyRows.perTable(connection.getMetaData(), dialect.metadataCatalog(schema), dialect.metadataSchema(schema), tables);
    }

    /**
     * Unique constraints of every table in {@code schema}, by the table's catalog name. JDBC has no
     * call for them; the standard information_schema has.
     */
    public Map<String, List<UniqueConstraint>> uniqueConstraints(Connection connection, String schema) throws SQLException {
        return queryUniques(connection, schema, "select tc.table_name, tc.constraint_name, k.column_name"
                + " from information_schema.table_constraints tc"
                + " join information_schema.key_column_usage k"
                + " on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name"
                + " and k.table_name = tc.table_name"
                + " where tc.constraint_type = 'UNIQUE' and tc.table_schema = ?"
                + " order by tc.table_name, tc.constraint_name, k.ordinal_position");
    }

    /** Runs a query of (table, constraint, column) rows, in column order, with the schema as its one parameter. */
    protected Map<String, List<UniqueConstraint>> queryUniques(Connection connection, String schema, String sql) throws SQLException {
        record Part(String constraint, Name column) {}
        Map<String, List<UniqueConstraint>> uniques = new HashMap<>();
        KeyRows.query(connection, sql, schema, rows -> new Part(rows.getString(2), dialect().nameFromCatalog(rows.getString(3))))
                .forEach((table, parts) -> {
                    Map<String, List<Name>> columns = new LinkedHashMap<>();
                    parts.forEach(part -> columns.computeIfAbsent(part.constraint(), constraint -> new ArrayList<>()).add(part.column()));
                    uniques.put(table, columns.entrySet().stream()
                            .map(entry -> new UniqueConstraint(dialect().nameFromCatalog(entry.getKey()), entry.getValue())).toList());
                });
        return uniques;
    }

    /**
     * Check constraints of every table in {@code schema}, by the table's catalog name, with the
     * expression as the database renders it. Standard information_schema by default.
     */
    public Map<String, List<CheckConstraint>> checkConstraints(Connection connection, String schema) throws SQLException {
        return queryChecks(connection, schema, "select tc.table_name, tc.constraint_name, cc.check_clause"
                + " from information_schema.table_constraints tc join information_schema.check_constraints cc"
                + " on cc.constraint_schema = tc.constraint_schema and cc.constraint_name = tc.constraint_name"
                + " where tc.constraint_type = 'CHECK' and tc.table_schema = ? order by tc.table_name, tc.constraint_name");
    }

    /** Runs a query of (table, name, expression) rows with the schema as its one parameter. */
    protected Map<String, List<CheckConstraint>> queryChecks(Connection connection, String schema, String sql) throws SQLException {
        return KeyRows.query(connection, sql, schema,
                rows -> new CheckConstraint(dialect().nameFromCatalog(rows.getString(2)), checkExpression(rows.getString(3))));
    }

    /** The expression of a check as the catalog spells it (PostgreSQL wraps it in {@code CHECK (...)}). */
    protected String checkExpression(String catalogText) {
        return catalogText;
    }

    /**
     * How this database renders each check of {@code tables}, so that a check compares by meaning
     * rather than by spelling ({@code between} becomes two comparisons, names gain quotes...). Each
     * table's checks are created once on a scratch copy of its columns, read back and dropped
     * (rolled back where DDL is transactional).
     */
    public Map<List<String>, String> renderChecks(Connection connection, String schema, List<Table> tables) throws SQLException {
        Map<List<String>, String> rendered = new HashMap<>();
        for (Table table : tables) {
            if (!table.checks().isEmpty()) {
                renderChecks(connection, schema, table, rendered);
            }
        }
        return rendered;
    }

    private void renderChecks(Connection connection, String schema, Table table, Map<List<String>, String> rendered) {
        String scratch = scratchTableName();
        List<CheckConstraint> named = new ArrayList<>();
        for (int i = 0; i < table.checks().size(); i++) {
            named.add(new CheckConstraint(Name.of(scratch + "_ck" + i), table.checks().get(i).expression()));
        }
        Table copy = new Table(Name.of(scratch), table.columns().stream()
                .map(column -> new Column(column.name(), column.type(), true, null, false, null)).toList(),
                null, List.of(), List.of(), List.of(), List.of(), null);
        try {
            withScratchTable(connection, dialect().sql(new CreateTable(copy)), copy.name(), () -> {
                try (Statement statement = connection.createStatement()) {
                    for (int i = 0; i < named.size(); i++) {
                        try {
                            for (String sql : dialect().sql(new AddCheck(copy.name(), named.get(i)))) {
                                statement.execute(sql);
                            }
                        } catch (SQLException e) {
                            throw RetortException.badInput("check (" + table.checks().get(i).expression() + ") of table " + table.name()
                                    + " is not valid on " + dialect() + ": " + firstLine(e));
                        }
                    }
                }
                List<CheckConstraint> read = checkConstraints(connection, schema).entrySet().stream()
                        .filter(entry -> entry.getKey().equalsIgnoreCase(scratch)).flatMap(entry -> entry.getValue().stream()).toList();
                for (CheckConstraint check : read) {
                    Matcher ours = SCRATCH_CHECK.matcher(check.name().text());
                    if (ours.find()) { // the scratch table may carry checks of its own, such as an enum's
                        String expression = table.checks().get(Integer.parseInt(ours.group(1))).expression();
                        rendered.put(List.of(dialect().key(table.name()), expression), check.expression());
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw RetortException.badInput("cannot make table " + table.name() + "'s columns on " + dialect() + " (to render its checks): "
                    + firstLine(e));
        }
    }

    /** A database's message without the statement some drivers append (the scratch table's name means nothing to a user). */
    private static String firstLine(SQLException e) {
        return e.getMessage() == null ? e.toString() : e.getMessage().strip().lines().findFirst().orElse("").replaceFirst("; SQL statement:$", "");
    }

    /** What a scratch table lets the caller read from the catalog while it exists. */
    @FunctionalInterface
    public interface CatalogRead<T> {
        T read() throws SQLException;
    }

    /** A name for a scratch table no other run uses. */
    public static String scratchTableName() {
        return "retort_scratch_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Asks the database itself how it stores something (a check's text, a declared column type):
     * runs {@code create}, reads the catalog while the table exists, and removes it again: rolled
     * back where DDL is transactional, dropped elsewhere.
     */
    public <T> T withScratchTable(Connection connection, List<String> create, Name table, CatalogRead<T> read) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(!dialect().transactionalDdl());
        try (Statement statement = connection.createStatement()) {
            try {
                for (String sql : create) {
                    statement.execute(sql);
                }
                return read.read();
            } finally {
                if (dialect().transactionalDdl()) {
                    connection.rollback();
                } else {
                    statement.execute("drop table if exists " + dialect().quote(table));
                }
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
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
                    sequences.add(new Sequence(dialect().nameFromCatalog(rows.getString(1)), rows.getLong(2), rows.getLong(3)));
                }
            }
        }
        return sequences;
    }
}
