package dev.retort.dialect;

import static dev.retort.dialect.TypeNames.upTo;
import static dev.retort.model.TypeCode.*;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.PrimaryKey;
import dev.retort.model.Schema;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.ops.AlterColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL. Folds unquoted names to lower case, has transactional DDL, no native enum in
 * Hibernate's mapping (an enum is {@code varchar(255)} plus a check of its values), and names the
 * indexes behind keys after the constraints.
 */
public final class PostgreSQLDialect extends Dialect {

    private static final Pattern CHECK_WRAPPER = Pattern.compile("CHECK \\((.*)\\)( NOT VALID)?", Pattern.DOTALL);
    /**
     * How PostgreSQL renders {@code col in ('A','B')}: {@code ((col)::text = ANY ((ARRAY['A'::character varying, ...])::text[]))},
     * or, made again from that rendering, {@code ((col)::text = ANY (ARRAY[('A'::character varying)::text, ...]))}.
     */
    private static final Pattern ENUM_CHECK = Pattern.compile(
            "\\(\\((\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*)\\)::text = ANY \\((\\(ARRAY\\[.*]\\)::text\\[]|ARRAY\\[.*])\\)\\)");
    private static final Pattern ARRAY_LITERAL = Pattern.compile("'((?:[^']|'')*)'::character varying");
    private static final Pattern CAST = Pattern.compile("::[a-z ]+(\\[])?$");
    private static final Set<Integer> STRING_CODES = Set.of(CHAR, VARCHAR, NCHAR, NVARCHAR,
            LONGVARCHAR, LONG32VARCHAR, LONGNVARCHAR, LONG32NVARCHAR, CLOB, NCLOB);

    /** Reserved words from the PostgreSQL manual. */
    private static final Set<String> RESERVED = words("""
            ALL ANALYSE ANALYZE AND ANY ARRAY AS ASC ASYMMETRIC AUTHORIZATION BINARY BOTH CASE CAST CHECK COLLATE COLLATION
            COLUMN CONCURRENTLY CONSTRAINT CREATE CROSS CURRENT_CATALOG CURRENT_DATE CURRENT_ROLE CURRENT_SCHEMA CURRENT_TIME
            CURRENT_TIMESTAMP CURRENT_USER DEFAULT DEFERRABLE DESC DISTINCT DO ELSE END EXCEPT FALSE FETCH FOR FOREIGN FREEZE
            FROM FULL GRANT GROUP HAVING ILIKE IN INITIALLY INNER INTERSECT INTO IS ISNULL JOIN LATERAL LEADING LEFT LIKE LIMIT
            LOCALTIME LOCALTIMESTAMP NATURAL NOT NOTNULL NULL OFFSET ON ONLY OR ORDER OUTER OVERLAPS PLACING PRIMARY REFERENCES
            RETURNING RIGHT SELECT SESSION_USER SIMILAR SOME SYMMETRIC SYSTEM_USER TABLE TABLESAMPLE THEN TO TRAILING TRUE UNION
            UNIQUE USER USING VARIADIC VERBOSE WHEN WHERE WINDOW WITH
            """);

    PostgreSQLDialect(String version) {
        super(DatabaseKind.POSTGRESQL, version);
    }

    /** Strings up to PostgreSQL's 10,485,760 as varchar, then text; all bytes as bytea; large objects as oid. */
    @Override
    protected void spellTypes(TypeNames types) {
        types.put(TINYINT, "smallint").put(FLOAT, "float($p)", upTo(24, "float4"))
                .put(VARCHAR, "text", upTo(10_485_760, "varchar($l)")).same(VARCHAR, NVARCHAR, LONGVARCHAR, LONGNVARCHAR)
                .put(LONG32VARCHAR, "text").same(LONG32VARCHAR, LONG32NVARCHAR)
                .put(BINARY, "bytea").same(BINARY, VARBINARY, LONGVARBINARY, LONG32VARBINARY)
                .put(BLOB, "oid").same(BLOB, CLOB, NCLOB)
                .put(TIME_UTC, "time($p)").put(JSON, "jsonb")
                .put(SQLXML, "xml").put(INET, "inet").put(INTERVAL_SECOND, "interval second($s)").put(GEOGRAPHY, "geography");
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    /** NAMEDATALEN - 1: a longer name is cut short, with only a NOTICE. */
    @Override
    protected int maxIdentifierLength() {
        return 63;
    }

    @Override
    protected boolean identifierLengthInBytes() {
        return true;
    }

    @Override
    protected Set<String> reservedWords() {
        return RESERVED;
    }

    @Override
    protected String fold(String identifier) {
        return identifier.toLowerCase(Locale.ROOT);
    }

    /**
     * Setting the search path never fails here, not even for a schema that does not exist, and
     * everything after would then work on nothing: say so at once, as the other databases do.
     */
    @Override
    public void useSchema(Connection connection, String schema) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_namespace where nspname = ?")) {
            exists.setString(1, schema);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("schema \"" + schema + "\" does not exist", "3F000");
                }
            }
        }
        super.useSchema(connection, schema);
    }

    /** PostgreSQL names an unnamed primary key {@code <table>_pkey}. */
    @Override
    protected String dropPrimaryKey(Name table, PrimaryKey key) {
        Name name = key.name() != null ? key.name() : derivedName(key(table), null, "pkey");
        return alterTable(table) + "drop constraint " + quote(name);
    }

    @Override
    protected String checkExpression(String catalogText) {
        Matcher check = CHECK_WRAPPER.matcher(catalogText);
        return check.matches() ? check.group(1) : catalogText;
    }

    /** pg_constraint rather than information_schema, which also lists NOT NULL as checks. */
    @Override
    public Map<String, List<CheckConstraint>> checkConstraints(Connection connection, String schema) throws SQLException {
        return queryChecks(connection, schema, "select c.relname, k.conname, pg_get_constraintdef(k.oid) from pg_constraint k"
                + " join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace"
                + " where k.contype = 'c' and n.nspname = ? order by c.relname, k.conname");
    }

    /**
     * PostgreSQL converts a column to another type family (text to a number, say) only with a
     * {@code using} cast. It also casts the old default to the new type, and no cast takes a text
     * default to a number: such a default is dropped first and the new one set after the type.
     * Into a string no {@code using} is needed or wanted: an explicit cast to {@code varchar(4)}
     * cuts longer values short, where the implicit one refuses them.
     */
    @Override
    protected List<String> alterColumnAspects(AlterColumn op) {
        if (!builtTypeChanged(op) || op.from().defaultValue() == null) {
            return super.alterColumnAspects(op);
        }
        List<String> statements = new ArrayList<>();
        statements.add(alterTable(op.table()) + "alter column " + quote(op.to().name()) + " drop default");
        statements.addAll(super.alterColumnAspects(new AlterColumn(op.table(), op.from().defaultValue(null), op.to())));
        return statements;
    }

    @Override
    protected String setDataType(Column column) {
        String type = typeName(column.type());
        boolean intoString = STRING_CODES.contains(column.type().code()) || column.type().isEnum(); // an enum is a varchar here
        return "set data type " + type + (intoString ? "" : " using " + quote(column.name()) + "::" + type);
    }

    /** Hibernate maps a string enum here to varchar plus a check of its values. */
    @Override
    protected boolean nativeEnums() {
        return false;
    }

    // ---- deployment lock ------------------------------------------------------------------------

    /**
     * A session-level advisory lock keyed by database and schema (the {@code _xact_} form would
     * be released by each commit), on a connection named so that a waiting deployer can say who
     * holds it.
     */
    @Override
    public DeployLock lock(Connection connection, String schema, Duration timeout, DeployLock.Waiting waiting) throws SQLException {
        connection.setAutoCommit(true);
        long key = lockKey(connection.getCatalog() + "." + schema);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set application_name = " + literal("retort deploy (" + ProcessHandle.current().pid() + "@"
                    + hostName() + ")"));
        }
        waitFor(() -> queryBoolean(connection, "select pg_try_advisory_lock(" + key + ")"), timeout, () -> holder(connection, key), waiting);
        return () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_unlock(" + key + ")");
            }
        };
    }

    private static String holder(Connection connection, long key) throws SQLException {
        String sql = "select coalesce(a.application_name, '') || ' pid ' || a.pid || ' since ' || a.backend_start"
                + " from pg_locks l join pg_stat_activity a on a.pid = l.pid where l.locktype = 'advisory' and l.granted"
                + " and l.classid = " + (key >>> 32) + " and l.objid = " + (key & 0xffffffffL) + " and l.objsubid = 1";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : "a session that has since ended";
        }
    }

    // ---- catalog ------------------------------------------------------------------------------

    @Override
    public ColumnType columnType(CatalogColumn column) {
        String typeName = column.typeName().toLowerCase(Locale.ROOT);
        if (typeName.equals("oid")) {
            return ColumnType.blob(); // Hibernate's @Lob, for text and bytes alike
        }
        if (typeName.equals("bool")) {
            return ColumnType.bool(); // pgjdbc reports BIT
        }
        if (column.jdbcType() == Types.ARRAY && column.element() == null && typeName.startsWith("_")) {
            // pgjdbc names an array type by its element's with a leading '_', and reports the element's sizes
            String element = typeName.substring(1);
            return columnType(column.asArrayOf(CatalogColumn.element(jdbcTypeOf(element), element, column.size(), column.digits()), 0));
        }
        return super.columnType(column);
    }

    private static final Map<String, Integer> TYPE_NAMES = Map.ofEntries(
            Map.entry("int2", Types.SMALLINT), Map.entry("int4", Types.INTEGER), Map.entry("int8", Types.BIGINT),
            Map.entry("float4", Types.REAL), Map.entry("float8", Types.DOUBLE), Map.entry("bool", Types.BOOLEAN),
            Map.entry("bpchar", Types.CHAR), Map.entry("text", Types.VARCHAR), Map.entry("bytea", Types.BINARY),
            Map.entry("timestamptz", Types.TIMESTAMP_WITH_TIMEZONE), Map.entry("timetz", Types.TIME_WITH_TIMEZONE));

    /** PostgreSQL's own short names (an array's element comes by them), besides the standard ones. */
    @Override
    protected int jdbcTypeOf(String typeName) {
        Integer code = TYPE_NAMES.get(typeName.toLowerCase(Locale.ROOT));
        return code != null ? code : super.jdbcTypeOf(typeName);
    }

    /** PostgreSQL keeps no array cardinality: an array is its element type, however long it was declared. */
    @Override
    protected String arrayTypeName(String element, Long cardinality) {
        return super.arrayTypeName(element, null);
    }

    @Override
    public String columnDefault(CatalogColumn column) {
        String value = super.columnDefault(column);
        if (value == null) {
            return null;
        }
        String previous;
        do {
            previous = value;
            value = CAST.matcher(value).replaceFirst("");
            if (value.startsWith("(") && value.endsWith(")")) {
                value = value.substring(1, value.length() - 1);
            }
        } while (!value.equals(previous));
        return value;
    }

    @Override
    public boolean isImplicitIndex(String indexName, Index index, TableKeys keys) {
        return indexName.equals(keys.primaryKeyName())
                || keys.uniques().stream().anyMatch(unique -> key(unique.name()).equals(indexName));
    }

    /** User sequences only: those owned by a serial column or backing an identity are part of the column. */
    @Override
    public List<Sequence> sequences(Connection connection, String schema) throws SQLException {
        return querySequences(connection, schema, "select c.relname, s.seqstart, s.seqincrement from pg_class c"
                + " join pg_namespace n on n.oid = c.relnamespace join pg_sequence s on s.seqrelid = c.oid"
                + " where n.nspname = ? and c.relkind = 'S' and not exists (select 1 from pg_depend d"
                + " where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i'))"
                + " order by c.relname");
    }

    /**
     * Where the target has an enum, a varchar column with a check of its values, named as Retort and
     * Hibernate name an enum's check, is that enum, and the check is the enum's. (A discriminator
     * looks the same in the catalog; it stays a varchar with a check, because the target says so.)
     * A check of the values under another name, such as the name PostgreSQL keeps when its table or
     * column is renamed, stays an ordinary check: it is dropped and the enum's check made under the
     * name a later change of the values will drop.
     */
    @Override
    public Schema alignCurrent(Schema target, Schema current) {
        Map<String, Table> targetTables = new HashMap<>();
        target.tables().forEach(table -> targetTables.put(key(table.name()), table));
        List<Table> aligned = new ArrayList<>();
        for (Table table : current.tables()) {
            Table wanted = targetTables.get(key(table.name()));
            aligned.add(wanted == null ? table : alignEnums(table, wanted));
        }
        return new Schema(aligned, current.sequences());
    }

    private Table alignEnums(Table table, Table wanted) {
        Map<String, Column> wantedColumns = new HashMap<>();
        wanted.columns().forEach(column -> wantedColumns.put(key(column.name()), column));
        Map<String, List<String>> enums = new HashMap<>();
        List<CheckConstraint> otherChecks = new ArrayList<>();
        for (CheckConstraint check : table.checks()) {
            Matcher matcher = ENUM_CHECK.matcher(check.expression());
            String column = matcher.matches() ? unquote(matcher.group(1)) : null;
            Column wantedColumn = column == null ? null : wantedColumns.get(column);
            if (wantedColumn != null && wantedColumn.type().isEnum()
                    && key(check.name()).equals(key(enumCheckName(table.name(), wantedColumn.name())))) {
                enums.put(column, literals(matcher.group(2)));
            } else {
                otherChecks.add(check);
            }
        }
        if (enums.isEmpty()) {
            return table;
        }
        List<Column> columns = table.columns().stream().map(column -> {
            List<String> values = enums.get(key(column.name()));
            return values != null && column.type().code() == VARCHAR
                    ? column.type(ColumnType.enumOf(values.toArray(String[]::new)).length(column.type().length()))
                    : column;
        }).toList();
        return table.columns(columns).checks(otherChecks);
    }

    private static String unquote(String identifier) {
        return identifier.startsWith("\"") ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"") : identifier;
    }

    private static List<String> literals(String array) {
        List<String> values = new ArrayList<>();
        Matcher literal = ARRAY_LITERAL.matcher(array);
        while (literal.find()) {
            values.add(literal.group(1).replace("''", "'"));
        }
        return values;
    }
}
