package dev.retort.dialect;

import static dev.retort.dialect.TypeNames.upTo;
import static dev.retort.model.TypeCode.*;

import dev.retort.RetortException;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.Names;
import dev.retort.model.Schema;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddCheck;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.AddUnique;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropUnique;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MySQL, and the base of {@link MariaDBDialect}. The schema is the JDBC catalog (a database);
 * names are not folded (table names are case-sensitive on Linux), DDL commits implicitly, a
 * column is changed by restating it whole ({@code MODIFY}), and every foreign key gets an index
 * named after it unless a usable one exists.
 *
 * <p>No MySQL server runs where Retort is tested: MySQL itself is covered only through the
 * MariaDB tests of what the two share.
 */
public class MySQLDialect extends Dialect {

    /** As {@link Dialect}'s, but a backslash inside a literal escapes the next character. */
    private static final Pattern EXPRESSION_TOKEN = Pattern.compile("('(?:[^'\\\\]|''|\\\\.)*')|\"([^\"]+)\"|`([^`]+)`|([\\w$]+)");

    /** Reserved words from the MySQL and MariaDB manual. */
    private static final Set<String> RESERVED = words("""
            ACCESSIBLE ADD ALL ALTER ANALYZE AND AS ASC ASENSITIVE BEFORE BETWEEN BIGINT BINARY BLOB BOTH BY CALL CASCADE CASE
            CHANGE CHAR CHARACTER CHECK COLLATE COLUMN CONDITION CONSTRAINT CONTINUE CONVERT CREATE CROSS CUBE CUME_DIST
            CURRENT_DATE CURRENT_ROLE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER CURSOR DATABASE DATABASES DAY_HOUR
            DAY_MICROSECOND DAY_MINUTE DAY_SECOND DEC DECIMAL DECLARE DEFAULT DELAYED DELETE DELETE_DOMAIN_ID DENSE_RANK DESC
            DESCRIBE DETERMINISTIC DISTINCT DISTINCTROW DIV DO_DOMAIN_IDS DOUBLE DROP DUAL EACH ELSE ELSEIF EMPTY ENCLOSED
            ESCAPED EXCEPT EXISTS EXIT EXPLAIN FALSE FETCH FIRST_VALUE FLOAT FLOAT4 FLOAT8 FOR FORCE FOREIGN FROM FULLTEXT
            FUNCTION GENERAL GENERATED GET GRANT GROUP GROUPING GROUPS HAVING HIGH_PRIORITY HOUR_MICROSECOND HOUR_MINUTE
            HOUR_SECOND IF IGNORE IGNORE_DOMAIN_IDS IGNORE_SERVER_IDS IN INDEX INFILE INNER INOUT INSENSITIVE INSERT INT INT1
            INT2 INT3 INT4 INT8 INTEGER INTERSECT INTERVAL INTO IO_AFTER_GTIDS IO_BEFORE_GTIDS IS ITERATE JOIN JSON_TABLE KEY
            KEYS KILL LAG LAST_VALUE LATERAL LEAD LEADING LEAVE LEFT LIKE LIMIT LINEAR LINES LOAD LOCALTIME LOCALTIMESTAMP LOCK
            LONG LONGBLOB LONGTEXT LOOP LOW_PRIORITY MASTER_BIND MASTER_HEARTBEAT_PERIOD MASTER_SSL_VERIFY_SERVER_CERT MATCH
            MAXVALUE MEDIUMBLOB MEDIUMINT MEDIUMTEXT MIDDLEINT MINUTE_MICROSECOND MINUTE_SECOND MOD MODIFIES NATURAL NOT
            NO_WRITE_TO_BINLOG NTH_VALUE NTILE NULL NUMERIC OF OFFSET ON OPTIMIZE OPTIMIZER_COSTS OPTION OPTIONALLY OR ORDER
            OUT OUTER OUTFILE OVER PAGE_CHECKSUM PARSE_VCOL_EXPR PARTITION PERCENT_RANK POSITION PRECISION PRIMARY PROCEDURE
            PURGE RANGE RANK READ READS READ_WRITE REAL RECURSIVE REFERENCES REF_SYSTEM_ID REGEXP RELEASE RENAME REPEAT REPLACE
            REQUIRE RESIGNAL RESTRICT RETURN RETURNING REVOKE RIGHT RLIKE ROW ROWS ROW_NUMBER SCHEMA SCHEMAS
            SECOND_MICROSECOND SELECT SENSITIVE SEPARATOR SET SHOW SIGNAL SLOW SMALLINT SPATIAL SPECIFIC SQL SQLEXCEPTION
            SQLSTATE SQLWARNING SQL_BIG_RESULT SQL_CALC_FOUND_ROWS SQL_SMALL_RESULT SSL STARTING STATS_AUTO_RECALC
            STATS_PERSISTENT STATS_SAMPLE_PAGES STORED STRAIGHT_JOIN SYSTEM TABLE TERMINATED THEN TINYBLOB TINYINT TINYTEXT TO
            TRAILING TRIGGER TRUE UNDO UNION UNIQUE UNLOCK UNSIGNED UPDATE USAGE USE USING UTC_DATE UTC_TIME UTC_TIMESTAMP
            VALUES VARBINARY VARCHAR VARCHARACTER VARYING VIRTUAL WHEN WHERE WHILE WINDOW WITH WRITE XOR YEAR_MONTH ZEROFILL
            """);

    /** The character set Hibernate gives national strings. */
    private static final String NATIONAL = " character set utf8mb4";

    /**
     * How the server changes a table that is in use, for one operation (the manual's online DDL
     * tables): what an {@code alter table} asserts, so that the server refuses it rather than block
     * the table's writes where it cannot do as said.
     */
    public enum Algorithm {
        /** Only the table's metadata changes: at once, whatever the table holds. */
        INSTANT,
        /** Changed (or rebuilt) in place while the table is read and written. */
        INPLACE,
        /** A copy of the table, which blocks writes until it is done (lint RT301; {@code online.engine=pt-osc}). */
        COPY,
        /** Not known here: no clause, the server picks. */
        SERVER
    }

    /** A varchar of up to 63 characters takes one length byte in any character set (255 bytes at 4 a character). */
    private static final long ONE_LENGTH_BYTE = 63;

    /** One of more than 255 characters takes two in any (256 bytes at 1 a character). */
    private static final long MAX_ONE_LENGTH_BYTE = 255;

    /** A default that is a constant: a literal, or the current time (an expression such as uuid() makes the server copy the table). */
    private static final Pattern CONSTANT_DEFAULT = Pattern.compile(
            "(?i)'(?:[^'\\\\]|''|\\\\.)*'|[-+]?\\d+(?:\\.\\d+)?|null|true|false|b'[01]*'|current_timestamp(?:\\(\\d?\\))?");

    private final boolean assertAlgorithms;

    MySQLDialect(String version) {
        this(DatabaseKind.MYSQL, version, true);
    }

    /** @param assertAlgorithms whether alters say how the server must change the table ({@link #algorithm}) */
    protected MySQLDialect(DatabaseKind kind, String version, boolean assertAlgorithms) {
        super(kind, version);
        this.assertAlgorithms = assertAlgorithms;
    }

    @Override
    public Dialect withServerAlgorithms() {
        return new MySQLDialect(kind(), version(), false);
    }

    /**
     * Strings as varchar up to 16,383 characters (65,535 bytes in utf8mb4), then the text family by
     * length, bytes and large objects likewise; timestamps as datetime (a zoned one in UTC), booleans
     * as bit; no uuid type (a UUID is 16 bytes). No time with a zone either: Hibernate stores an
     * {@code OffsetTime} as a time normalised to UTC (its registry still spells {@code time with time
     * zone}, which the database refuses), so a revision that carries one makes a time.
     */
    @Override
    protected void spellTypes(TypeNames types) {
        types.put(NUMERIC, "decimal($p,$s)").put(BOOLEAN, "bit")
                .put(CHAR, "varchar($l)").suffixed(CHAR, NATIONAL, NCHAR)
                .put(VARCHAR, "longtext", upTo(16_383, "varchar($l)"), upTo(65_535, "text"), upTo(16_777_215, "mediumtext"))
                .same(VARCHAR, LONGVARCHAR).suffixed(VARCHAR, NATIONAL, NVARCHAR, LONGNVARCHAR)
                .put(LONG32VARCHAR, "longtext").same(LONG32VARCHAR, LONG32NVARCHAR)
                .put(CLOB, "longtext", upTo(255, "tinytext"), upTo(65_535, "text"), upTo(16_777_215, "mediumtext"))
                .suffixed(CLOB, NATIONAL, NCLOB)
                .put(VARBINARY, "longblob", upTo(65_535, "varbinary($l)"), upTo(16_777_215, "mediumblob")).same(VARBINARY, LONGVARBINARY)
                .put(LONG32VARBINARY, "longblob")
                .put(BLOB, "longblob", upTo(255, "tinyblob"), upTo(65_535, "blob"), upTo(16_777_215, "mediumblob"))
                .put(TIMESTAMP, "datetime($p)").same(TIMESTAMP, TIMESTAMP_UTC).put(TIMESTAMP_WITH_TIMEZONE, "timestamp($p)")
                .put(TIME_UTC, "time($p)").same(TIME_UTC, TIME_WITH_TIMEZONE)
                .remove(UUID);
    }

    @Override
    protected String identityClause() {
        return "not null auto_increment";
    }

    @Override
    public boolean foreignKeysHoldIndexes() {
        return true;
    }

    @Override
    protected int maxIdentifierLength() {
        return 64;
    }

    /** InnoDB's longest key, in bytes (row formats DYNAMIC and COMPRESSED, the default since MySQL 5.7 and MariaDB 10.2). */
    private static final int MAX_KEY_BYTES = 3072;

    /**
     * A primary key, unique constraint or index the plan creates whose columns take more than 3072
     * bytes (strings count their length times the bytes per character of the schema's character
     * set) cannot be created: "Specified key was too long".
     */
    @Override
    public void checkKeys(Connection connection, String schema, Schema target, List<Operation> operations) throws SQLException {
        record Key(Name table, String what, List<Name> columns, boolean primary, boolean unique) {}
        List<Key> keys = new ArrayList<>();
        for (Operation operation : operations) {
            if (operation instanceof CreateTable create) {
                Table table = create.table();
                if (table.primaryKey() != null) {
                    keys.add(new Key(table.name(), "primary key", table.primaryKey().columns(), true, true));
                }
                table.uniques().forEach(unique -> keys.add(new Key(table.name(), "unique constraint " + unique.name(), unique.columns(), false, true)));
            } else if (operation instanceof AddPrimaryKey add) {
                keys.add(new Key(add.table(), "primary key", add.primaryKey().columns(), true, true));
            } else if (operation instanceof AddUnique add) {
                keys.add(new Key(add.table(), "unique constraint " + add.unique().name(), add.unique().columns(), false, true));
            } else if (operation instanceof CreateIndex create) {
                keys.add(new Key(create.table(), "index " + create.index().name(), create.index().columns(), false, create.index().unique()));
            }
        }
        keys.removeIf(key -> !mustFit(key.primary(), key.unique(), key.columns().size()));
        if (keys.isEmpty()) {
            return;
        }
        int bytesPerCharacter = bytesPerCharacter(connection, schema);
        for (Key key : keys) {
            Table table = target.tables().stream().filter(candidate -> key(candidate.name()).equals(key(key.table()))).findFirst().orElse(null);
            long bytes = 0;
            for (Name name : key.columns()) {
                bytes += table == null ? 0 : table.columns().stream().filter(column -> key(column.name()).equals(key(name))).findFirst()
                        .map(column -> keyBytes(column.type(), bytesPerCharacter)).orElse(0L);
            }
            if (bytes > MAX_KEY_BYTES) {
                throw RetortException.badInput("the " + key.what() + " of table " + key.table() + " (" + Names.join(key.columns())
                        + ") takes " + bytes + " bytes; " + kind().displayName() + " indexes at most " + MAX_KEY_BYTES + " bytes ("
                        + bytesPerCharacter + " per character in " + schema + "'s character set): shorten its columns (@Column(length))");
            }
        }
    }

    /** No column a foreign key joins may change here at all ("Cannot change column ... used in a foreign key constraint"). */
    @Override
    public boolean foreignKeysSurvive(ColumnType from, ColumnType to) {
        return false;
    }

    /** Whether a key must fit the limit to be created at all: here every one must. */
    protected boolean mustFit(boolean primary, boolean unique, int columns) {
        return true;
    }

    private static int bytesPerCharacter(Connection connection, String schema) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select c.maxlen from information_schema.schemata s"
                + " join information_schema.character_sets c on c.character_set_name = s.default_character_set_name where s.schema_name = ?")) {
            statement.setString(1, schema);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getInt(1) : 4;
            }
        }
    }

    /** What a column takes in an index: strings their length in bytes, numbers and times their storage size. */
    private static long keyBytes(ColumnType type, int bytesPerCharacter) {
        return switch (type.code()) {
            case CHAR, VARCHAR, NCHAR, NVARCHAR -> type.length() == null ? 0 : type.length() * bytesPerCharacter;
            case BINARY, VARBINARY -> type.length() == null ? 0 : type.length();
            case BIGINT, DOUBLE, TIMESTAMP, TIMESTAMP_UTC -> 8;
            case UUID -> 16;
            default -> 4;
        };
    }

    @Override
    protected Set<String> reservedWords() {
        return RESERVED;
    }

    @Override
    protected String fold(String identifier) {
        return identifier;
    }

    /** Nothing is folded, so every plain spelling is an unquoted name as written. */
    @Override
    public Name nameFromCatalog(String identifier) {
        return isPlain(identifier) ? new Name(identifier, false) : Name.quoted(identifier);
    }

    @Override
    protected char openQuote() {
        return '`';
    }

    @Override
    protected char closeQuote() {
        return '`';
    }

    @Override
    public String literal(String value) {
        return super.literal(value.replace("\\", "\\\\"));
    }

    @Override
    protected Pattern expressionTokens() {
        return EXPRESSION_TOKEN;
    }

    // ---- SQL ------------------------------------------------------------------------------------

    /**
     * How MySQL (of this version) changes an existing table for {@code operation}: columns are
     * added (8.0.12) and dropped (8.0.29) instantly; renamed, and indexes, unique keys,
     * nullability, defaults and a longer varchar changed in place (a rename only in the metadata,
     * which INSTANT would refuse where another table's foreign key references the column); other
     * type changes, an identity, an added column whose default is an expression, foreign keys
     * (checked row by row unless foreign_key_checks is off), checks and primary keys by a copy.
     */
    public Algorithm algorithm(Operation operation) {
        if (operation instanceof AddColumn add) {
            return add.column().identity() || !constantDefault(add.column()) ? Algorithm.COPY : instantFrom(8, 0, 12);
        } else if (operation instanceof DropColumn) {
            return instantFrom(8, 0, 29);
        } else if (operation instanceof AlterColumn alter) {
            return alter.identityChanged() ? Algorithm.COPY : alter.typeChanged() ? retyped(alter.from().type(), alter.to().type()) : Algorithm.INPLACE;
        } else if (operation instanceof RenameColumn || operation instanceof CreateIndex || operation instanceof DropIndex
                || operation instanceof AddUnique || operation instanceof DropUnique || operation instanceof DropForeignKey) {
            return Algorithm.INPLACE;
        } else if (operation instanceof AddForeignKey || operation instanceof AddCheck || operation instanceof AddPrimaryKey
                || operation instanceof DropPrimaryKey) {
            return Algorithm.COPY;
        }
        return Algorithm.SERVER;
    }

    @Override
    public boolean altersOnline(Operation operation) {
        Algorithm algorithm = algorithm(operation);
        return algorithm == Algorithm.INSTANT || algorithm == Algorithm.INPLACE;
    }

    private Algorithm instantFrom(int major, int minor, int micro) {
        return versionAtLeast(major, minor, micro) ? Algorithm.INSTANT : Algorithm.INPLACE;
    }

    private static boolean constantDefault(Column column) {
        return column.defaultValue() == null || CONSTANT_DEFAULT.matcher(column.defaultValue().strip()).matches();
    }

    /**
     * Only a longer varchar that stays a varchar and keeps its number of length bytes (one up to 255
     * bytes, two above) changes in place. Up to 63 characters it takes one byte, and from 256 on two,
     * in any character set (1 to 4 bytes a character); one that grows past 63 takes a second byte in
     * utf8mb4, Hibernate's, and is copied; one that grows from 64 to 255 characters depends on the
     * column's character set, which Retort does not read: left to the server.
     */
    private Algorithm retyped(ColumnType from, ColumnType to) {
        if (from.code() != VARCHAR || to.code() != VARCHAR || !from.widensTo(to) || from.length() == null || to.length() == null
                || !typeName(to).startsWith("varchar(")) {
            return Algorithm.COPY;
        }
        if (to.length() <= ONE_LENGTH_BYTE || from.length() > MAX_ONE_LENGTH_BYTE) {
            return Algorithm.INPLACE;
        }
        return from.length() <= ONE_LENGTH_BYTE ? Algorithm.COPY : Algorithm.SERVER;
    }

    /** What an alter says for an algorithm: MySQL takes INSTANT alone (no LOCK clause beside it), INPLACE with LOCK=NONE. */
    protected String clause(Algorithm algorithm) {
        return switch (algorithm) {
            case INSTANT -> ", algorithm=instant";
            case INPLACE -> ", algorithm=inplace, lock=none";
            case COPY, SERVER -> "";
        };
    }

    /**
     * Each {@code alter table} says how the server must change the table ({@link #algorithm}), so it
     * refuses rather than block writes where it cannot; with {@code online.algorithm=server} only
     * {@code .concurrently()} indexes do.
     */
    @Override
    public List<String> sql(Operation operation) {
        List<String> statements = super.sql(operation);
        boolean concurrently = operation instanceof CreateIndex create && create.concurrently()
                || operation instanceof DropIndex drop && drop.concurrently();
        String clause = assertAlgorithms || concurrently ? clause(algorithm(operation)) : "";
        return clause.isEmpty() ? statements : statements.stream().map(sql -> sql.startsWith("alter table ") ? sql + clause : sql).toList();
    }

    /**
     * ER_ALTER_OPERATION_NOT_SUPPORTED(_REASON), and MySQL's ER_INNODB_MAX_ROW_VERSION (a table
     * changed instantly too often): the algorithm an alter asserted is not possible for this table.
     */
    @Override
    public String adviceOn(Connection connection, SQLException failure) {
        if (!assertAlgorithms || failure.getErrorCode() != 1845 && failure.getErrorCode() != 1846 && failure.getErrorCode() != 4092) {
            return null;
        }
        return "the server cannot make this change the way the statement asked of it (online.algorithm=assert) for this table:"
                + " set online.algorithm=server to let it pick (which may lock the table until it is done;"
                + " with online.engine=pt-osc, a large table is copied online instead)";
    }

    /** Comments live in the column definition here. */
    @Override
    protected String columnDefinition(Name table, Column column) {
        String definition = super.columnDefinition(table, column);
        return column.comment() == null ? definition : definition + " comment " + literal(column.comment());
    }

    @Override
    protected List<String> columnComments(Name table, List<Column> columns) {
        return List.of();
    }

    /**
     * InnoDB pays milliseconds for each DDL statement, so a table's indexes and foreign keys go
     * inside its {@code create table} when the same operations create them with only other creations
     * between (autogenerate's order: tables, then changes to existing ones, then indexes, then keys),
     * a key only when the table it references exists by then; anything else between keeps them
     * apart, as written.
     */
    @Override
    public List<Rendered> render(List<Operation> operations) {
        operations = withoutMootDrops(operations);
        Map<String, List<String>> inline = new HashMap<>();
        Set<Integer> joined = new HashSet<>();
        Map<String, Integer> created = new HashMap<>(); // tables created since the last operation that is not a creation, and where
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            if (operation instanceof CreateTable create) {
                created.put(key(create.table().name()), i);
            } else if (operation instanceof CreateIndex create && created.containsKey(key(create.table()))) {
                Index index = create.index();
                inline.computeIfAbsent(key(create.table()), table -> new ArrayList<>())
                        .add((index.unique() ? "unique " : "") + "index " + quote(index.name()) + " (" + indexColumns(index) + ")");
                joined.add(i);
            } else if (operation instanceof AddForeignKey add && created.containsKey(key(add.table()))
                    && created.getOrDefault(key(add.foreignKey().referencedTable()), -1) <= created.get(key(add.table()))) {
                inline.computeIfAbsent(key(add.table()), table -> new ArrayList<>()).add(foreignKeyDefinition(add.foreignKey()));
                joined.add(i);
            } else if (!(operation instanceof CreateIndex) && !(operation instanceof CreateSequence) && !(operation instanceof AddForeignKey)) {
                created.clear();
            }
        }
        List<Rendered> statements = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            Operation operation = operations.get(i);
            if (operation instanceof CreateTable create) {
                createTable(create.table(), inline.getOrDefault(key(create.table().name()), List.of()))
                        .forEach(sql -> statements.add(new Rendered(sql, create)));
            } else if (!joined.contains(i)) {
                statements.addAll(render(operation));
            }
        }
        return statements;
    }

    @Override
    protected String tableOptions(Table table) {
        return table.comment() == null ? "" : " comment " + literal(table.comment());
    }

    @Override
    protected String tableComment(Name table, String comment) {
        return alterTable(table) + "comment " + literal(comment == null ? "" : comment);
    }

    /** No array type here: Hibernate stores an array as a JSON array, in a {@code json} column. */
    @Override
    protected String arrayTypeName(String element, Long cardinality) {
        return typeName(ColumnType.of(JSON));
    }

    @Override
    protected List<String> alterColumn(AlterColumn op) {
        return List.of(alterTable(op.table()) + "modify column " + columnDefinition(op.table(), op.to()));
    }

    @Override
    protected String renameTable(Name from, Name to) {
        return "rename table " + quote(from) + " to " + quote(to);
    }

    /** As {@code alter table}, which takes an algorithm clause (MariaDB's {@code drop index ... on} takes none). */
    @Override
    protected String createIndex(Name table, Index index) {
        return alterTable(table) + "add " + (index.unique() ? "unique " : "") + "index " + quote(index.name()) + " (" + indexColumns(index) + ")";
    }

    @Override
    protected String dropIndex(Name table, Index index) {
        return alterTable(table) + "drop index " + quote(index.name());
    }

    /** The wait for a table's metadata lock, which every DDL statement takes; whole seconds, at least one. */
    @Override
    public List<String> lockTimeout(Duration timeout) {
        return List.of("set session lock_wait_timeout = " + Math.max(1, (timeout.toMillis() + 999) / 1000));
    }

    @Override
    public List<String> defaultLockTimeout() {
        return List.of("set session lock_wait_timeout = default");
    }

    /** ER_LOCK_WAIT_TIMEOUT, for a metadata lock as for a row lock. */
    @Override
    public boolean isLockTimeout(SQLException failure) {
        return failure.getErrorCode() == 1205;
    }

    /** Sessions with an open transaction hold the metadata locks of the tables it touched, even when idle. */
    @Override
    public String lockHolders(Connection connection, Duration waited) {
        return lockHolders(connection, "select concat('id ', t.trx_mysql_thread_id), p.user, coalesce(p.command, t.trx_state),"
                + " timestampdiff(second, t.trx_started, now()), left(coalesce(t.trx_query, p.info, ''), 80) from information_schema.innodb_trx t"
                + " left join information_schema.processlist p on p.id = t.trx_mysql_thread_id where t.trx_mysql_thread_id <> connection_id()"
                + " and t.trx_started < now() - interval ? second order by t.trx_started limit 3", waited, "information_schema.innodb_trx; kill <id> ends one");
    }

    @Override
    protected String dropUnique(Name table, UniqueConstraint unique) {
        return alterTable(table) + "drop index " + quote(unique.name());
    }

    @Override
    protected List<String> dropForeignKey(Name table, ForeignKey key) {
        return List.of(alterTable(table) + "drop foreign key " + quote(key.name()));
    }

    // ---- deployment lock ------------------------------------------------------------------------

    /** {@code GET_LOCK} names are server-wide: the name carries the database. */
    @Override
    public DeployLock lock(Connection connection, String schema, Duration timeout, DeployLock.Waiting waiting) throws SQLException {
        String name = literal(lockName(schema));
        waitFor(() -> queryBoolean(connection, "select get_lock(" + name + ", 0)"), timeout, () -> {
            String sql = "select concat(p.user, '@', p.host, ' connection ', p.id, ', ', coalesce(p.info, 'idle'))"
                    + " from information_schema.processlist p where p.id = is_used_lock(" + name + ")";
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                return rows.next() ? rows.getString(1) : "a connection that has since closed";
            }
        }, waiting);
        return () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("select release_lock(" + name + ")");
            }
        };
    }

    /** At most 64 characters, as MySQL allows. */
    private static String lockName(String schema) {
        String name = "retort:" + schema;
        return name.length() <= 64 ? name : name.substring(0, 55) + ":" + Integer.toHexString(schema.hashCode());
    }

    // ---- catalog --------------------------------------------------------------------------------

    @Override
    public String defaultSchema(Connection connection) throws SQLException {
        return connection.getCatalog();
    }

    @Override
    public String createSchema(String name) {
        return "create database " + name;
    }

    @Override
    public String dropSchema(String name) {
        return "drop database " + name;
    }

    @Override
    public void useSchema(Connection connection, String schema) throws SQLException {
        connection.setCatalog(schema);
    }

    /** A null catalog would list every database on the server: always scope to the one configured. */
    @Override
    public String metadataCatalog(String schema) {
        return schema;
    }

    @Override
    public String metadataSchema(String schema) {
        return null;
    }

}
