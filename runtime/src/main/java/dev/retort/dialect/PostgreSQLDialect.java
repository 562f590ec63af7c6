package dev.retort.dialect;

import static dev.retort.dialect.TypeNames.upTo;
import static dev.retort.model.TypeCode.*;

import dev.retort.model.Column;
import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.PrimaryKey;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropIndex;
import dev.retort.ops.Operation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * PostgreSQL. Folds unquoted names to lower case, has transactional DDL, no native enum in
 * Hibernate's mapping (an enum is {@code varchar(255)} plus a check of its values), and names the
 * indexes behind keys after the constraints.
 */
public final class PostgreSQLDialect extends Dialect {

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

    @Override
    public List<String> lockTimeout(Duration timeout) {
        return List.of("set lock_timeout = '" + timeout.toMillis() + "ms'");
    }

    /** What the session started with: the server's, the database's or the role's, or the connection's own options. */
    @Override
    public List<String> defaultLockTimeout() {
        return List.of("reset lock_timeout");
    }

    /** lock_not_available: lock_timeout ran out (statement_timeout is 57014 and not retried). */
    @Override
    public boolean isLockTimeout(SQLException failure) {
        return "55P03".equals(failure.getSQLState());
    }

    @Override
    public String lockHolders(Connection connection, Duration waited) {
        return lockHolders(connection, "select 'pid ' || pid, usename, state, extract(epoch from now() - xact_start)::bigint, left(query, 80)"
                + " from pg_stat_activity where pid <> pg_backend_pid() and datname = current_database()"
                + " and xact_start < now() - make_interval(secs => ?) order by xact_start limit 3", waited, "pg_stat_activity; select pg_terminate_backend(pid) ends one");
    }

    /** {@code create index concurrently} and {@code drop index concurrently} refuse to run inside a transaction block. */
    @Override
    public boolean runsOutsideTransaction(Operation operation) {
        return super.runsOutsideTransaction(operation) || operation instanceof CreateIndex create && create.concurrently()
                || operation instanceof DropIndex drop && drop.concurrently();
    }

    @Override
    protected String createIndexConcurrently(Name table, Index index) {
        return createIndex(table, index).replaceFirst("index ", "index concurrently ");
    }

    @Override
    protected String dropIndexConcurrently(Name table, Index index) {
        return dropIndex(table, index).replaceFirst("^drop index ", "drop index concurrently ");
    }

    /**
     * A revision runs in one transaction: some statements refuse to run in one at all, and the
     * transaction locks every table, index and sequence it touches until it ends, while
     * PostgreSQL's shared lock table has a fixed size, set at server start.
     */
    @Override
    public String adviceOn(Connection connection, SQLException failure) {
        if ("25001".equals(failure.getSQLState())) { // active_sql_transaction: create index concurrently, alter type ... add value, vacuum
            return "a revision runs in one transaction; run this statement outside it with op.outsideTransaction(() -> ...),"
                    + " or write the index as op.createIndex(...).concurrently() (docs/revisions.md)";
        }
        if (!"53200".equals(failure.getSQLState()) || !String.valueOf(failure.getMessage()).contains("max_locks_per_transaction")) {
            return null;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select current_setting('max_locks_per_transaction'),"
                        + " current_setting('max_connections'), current_setting('max_prepared_transactions')")) {
            rows.next();
            int locks = rows.getInt(1);
            int connections = rows.getInt(2);
            int prepared = rows.getInt(3);
            return "one transaction holds a lock on each table, index and sequence the revision touches, and PostgreSQL's lock table holds"
                    + " about " + locks * (connections + prepared) + " locks (max_locks_per_transaction " + locks + " x (max_connections "
                    + connections + " + max_prepared_transactions " + prepared + ")): raise max_locks_per_transaction in postgresql.conf"
                    + " and restart the server, or split the revision";
        } catch (SQLException unreadable) {
            return "raise max_locks_per_transaction in postgresql.conf and restart the server, or split the revision";
        }
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

    /** Setting the schema replaces the whole search_path (an application may have several schemas there): it goes back as it was. */
    @Override
    public Runnable sessionRestorer(Connection connection) throws SQLException {
        String searchPath;
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("show search_path")) {
            rows.next();
            searchPath = rows.getString(1);
        }
        Runnable common = super.sessionRestorer(connection);
        return () -> {
            common.run();
            try (Statement statement = connection.createStatement()) {
                statement.execute("select set_config('search_path', " + literal(searchPath) + ", false)");
            } catch (SQLException ignored) {
                // left to the pool, as a connection gone
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

    /** PostgreSQL keeps no array cardinality: an array is its element type, however long it was declared. */
    @Override
    protected String arrayTypeName(String element, Long cardinality) {
        return super.arrayTypeName(element, null);
    }

}
