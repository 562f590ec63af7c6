package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.PrimaryKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Schema;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.TypeCode;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddCheck;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.AddUnique;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.AlterTableComment;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropCheck;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUnique;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.Operation;
import dev.retort.ops.OutsideTransaction;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Everything that differs between databases when revisions are applied, and nothing else:
 * identifier rules, type spelling, the SQL of each {@link Operation}, transactions and the
 * deployment lock. The base class speaks standard SQL; each database's subclass overrides where it
 * differs. Reading a catalog back, which only autogenerate does, is {@code dev.retort.catalog}'s.
 */
public abstract class Dialect {

    private static final Pattern CURRENT_TIMESTAMP = Pattern.compile("now\\(\\)|current_timestamp(\\(\\d*\\))?");
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** A string literal ({@code ''} inside is a quote), a {@code "quoted"} or {@code `quoted`} name, or a bare word. */
    private static final Pattern EXPRESSION_TOKEN = Pattern.compile("('(?:[^']|'')*')|\"([^\"]+)\"|`([^`]+)`|([\\w$]+)");

    /**
     * The SQL:2003 reserved words, as Hibernate lists them (its {@code session_use} included), so
     * Retort quotes exactly the names Hibernate's DDL would have to; {@code TypeNamesTest} holds the
     * two lists side by side.
     */
    static final Set<String> SQL_2003 = words("""
            add all allocate alter and any are array as asensitive asymmetric at atomic authorization begin
            between bigint binary blob both by call called cascaded case cast char character check clob close
            collate column commit condition connect constraint continue corresponding create cross cube current
            current_date current_path current_role current_time current_timestamp current_user cursor cycle
            date day deallocate dec decimal declare default delete deref describe deterministic disconnect
            distinct do double drop dynamic each element else elsif end escape except exec execute exists exit
            external false fetch filter float for foreign free from full function get global grant group
            grouping handler having hold hour identity if immediate in indicator inner inout input insensitive
            insert int integer intersect interval into is iterate join language large lateral leading leave
            left like local localtime localtimestamp loop match member merge method minute modifies module
            month multiset national natural nchar nclob new no none not null numeric of old on only open or
            order out outer output over overlaps parameter partition precision prepare primary procedure range
            reads real recursive ref references referencing release repeat resignal result return returns
            revoke right rollback rollup row rows savepoint scroll search second select sensitive session_use
            set signal similar smallint some specific specifictype sql sqlexception sqlstate sqlwarning start
            static submultiset symmetric system system_user table tablesample then time timestamp timezone_hour
            timezone_minute to trailing translation treat trigger true undo union unique unknown unnest until
            update user using value values varchar varying when whenever where while window with within without
            year
            """);

    private final DatabaseKind kind;
    private final String version;
    private final TypeNames types = TypeNames.standard();

    protected Dialect(DatabaseKind kind, String version) {
        this.kind = kind;
        this.version = version;
        spellTypes(types);
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** The database version this dialect speaks to, e.g. {@code 2.3.232}. */
    public String version() {
        return version;
    }

    /** Whether this database is at least {@code major.minor}. */
    protected boolean versionAtLeast(int major, int minor) {
        return versionAtLeast(major, minor, 0);
    }

    /** Whether this database is at least {@code major.minor.micro}. */
    protected boolean versionAtLeast(int major, int minor, int micro) {
        return Arrays.compare(Versions.parse(version), new int[] {major, minor, micro}) >= 0;
    }

    /**
     * This dialect with the way the database alters a table in use left to the server
     * ({@code online.algorithm=server}): MySQL's and MariaDB's alters then assert no algorithm; the
     * same dialect elsewhere.
     */
    public Dialect withServerAlgorithms() {
        return this;
    }

    /**
     * Whether a foreign key takes over an existing index covering its columns, so that index cannot
     * be dropped while the key exists (H2, MySQL): the differ then rebuilds such a key around it.
     */
    public boolean foreignKeysHoldIndexes() {
        return false;
    }

    /**
     * What to change when a revision fails for a limit of the server's rather than its own SQL,
     * asked after the failed transaction is rolled back; null where there is nothing to add.
     */
    public String adviceOn(Connection connection, SQLException failure) {
        return null;
    }

    /**
     * What makes this connection's statements stop waiting for a lock another session holds after
     * {@code timeout} (the runner then rolls the revision back and tries it again), and what puts
     * the database's own wait back; none where the database has no such setting (H2, Oracle here).
     */
    public List<String> lockTimeout(Duration timeout) {
        return List.of();
    }

    public List<String> defaultLockTimeout() {
        return List.of();
    }

    /** Whether the statement failed because it waited for a lock longer than {@link #lockTimeout} allows. */
    public boolean isLockTimeout(SQLException failure) {
        return false;
    }

    /** The sessions that may hold the lock a statement gave up waiting for (in a transaction longer than {@code waited}), or null. */
    public String lockHolders(Connection connection, Duration waited) {
        return null;
    }

    /**
     * {@link #lockHolders} from a query taking the seconds waited and returning, oldest first, each
     * session's id, user, state, seconds in its transaction and statement.
     */
    protected static String lockHolders(Connection connection, String sql, Duration waited, String howToEnd) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, Math.max(1, waited.toSeconds()));
            List<String> sessions = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String last = rows.getString(5) == null ? "" : rows.getString(5).strip().replaceAll("\\s+", " "); // unknown once idle, on some
                    sessions.add(rows.getString(1) + " (" + rows.getString(2) + ", " + rows.getString(3) + ", in a transaction for "
                            + rows.getLong(4) + " s" + (last.isEmpty() ? "" : ": " + last) + ")");
                }
            }
            return sessions.isEmpty() ? null : "sessions in a transaction for longer than that: " + String.join(", ", sessions) + " (" + howToEnd + ")";
        } catch (SQLException unreadable) {
            return null;
        }
    }

    /** Whether DDL can be rolled back: then a revision and its bookkeeping share one transaction. */
    public boolean transactionalDdl() {
        return false;
    }

    /**
     * Whether the operation's statements must run outside the revision's transaction, each
     * committing as it runs: an {@code outsideTransaction} block, where DDL is transactional.
     */
    public boolean runsOutsideTransaction(Operation operation) {
        return transactionalDdl() && operation instanceof OutsideTransaction;
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

    /**
     * Refuses a schema that holds a name this database would not keep as written: PostgreSQL cuts a
     * long name short without a word (the object then looks renamed to every later autogen), MariaDB
     * refuses it only once the revision runs. Said at autogen, naming the name, it is a one-line fix.
     */
    public void checkIdentifiers(Schema schema) {
        for (Table table : schema.tables()) {
            String on = " on " + table.name().text();
            checkIdentifier("table " + table.name().text(), table.name());
            table.columns().forEach(column -> checkIdentifier("column " + table.name().text() + "." + column.name().text(), column.name()));
            if (table.primaryKey() != null && table.primaryKey().name() != null) {
                checkIdentifier("primary key " + table.primaryKey().name().text() + on, table.primaryKey().name());
            }
            table.indexes().forEach(index -> checkIdentifier("index " + index.name().text() + on, index.name()));
            table.uniques().forEach(unique -> checkIdentifier("unique constraint " + unique.name().text() + on, unique.name()));
            table.foreignKeys().forEach(key -> checkIdentifier("foreign key " + key.name().text() + on, key.name()));
            table.checks().stream().filter(check -> check.name() != null)
                    .forEach(check -> checkIdentifier("check " + check.name().text() + on, check.name()));
        }
        schema.sequences().forEach(sequence -> checkIdentifier("sequence " + sequence.name().text(), sequence.name()));
    }

    /**
     * Refuses keys and indexes {@code operations} create that this database cannot build, before
     * anything runs (an upgrade would otherwise stop half-way with earlier statements committed);
     * {@code target} holds their columns. Most databases have no limit worth checking ahead.
     */
    public void checkKeys(Connection connection, String schema, Schema target, List<Operation> operations) throws SQLException {
    }

    private void checkIdentifier(String described, Name name) {
        int length = measure(key(name));
        if (length > maxIdentifierLength()) {
            String unit = identifierLengthInBytes() ? " bytes" : " characters";
            throw RetortException.badInput(described + ": the name is " + length + unit + " long; " + kind.displayName()
                    + " keeps at most " + maxIdentifierLength() + unit + ", so give it a shorter one");
        }
    }

    /** The longest identifier this database keeps as written (the SQL standard's 128 unless the database says less). */
    protected int maxIdentifierLength() {
        return 128;
    }

    /** Whether {@link #maxIdentifierLength()} counts UTF-8 bytes rather than characters. */
    protected boolean identifierLengthInBytes() {
        return false;
    }

    protected static boolean isPlain(String identifier) {
        return PLAIN_IDENTIFIER.matcher(identifier).matches();
    }

    /**
     * The SQL spelling of a name. Plain unquoted names stay bare; a keyword or unusual spelling is
     * quoted in its folded form, which names the same object, so no identifier ever reaches SQL unvetted;
     * a name longer than this database keeps is refused.
     */
    public String quote(Name name) {
        checkIdentifier("name " + name.text(), name); // a hand-written revision's names are checked here, as SQL is made
        if (!name.quoted() && isPlain(name.text()) && !reserved(name.text())) {
            return name.text();
        }
        String text = key(name);
        String close = String.valueOf(closeQuote());
        return openQuote() + text.replace(close, close + close) + close;
    }

    private boolean reserved(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return SQL_2003.contains(lower) || reservedWords().contains(lower);
    }

    /**
     * Words this database reserves beyond the SQL:2003 keywords (H2's
     * {@code limit}, MariaDB's {@code key}), in lower case: a name spelled so is quoted.
     */
    protected Set<String> reservedWords() {
        return Set.of();
    }

    /** A word list as written in a database's manual, for {@link #reservedWords()}. */
    protected static Set<String> words(String list) {
        return Set.copyOf(List.of(list.toLowerCase(Locale.ROOT).trim().split("\\s+")));
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

    /**
     * A check expression as the database restates it when a column is renamed: the column's name,
     * bare or quoted, becomes {@code to}; a string literal holding the same word is a value and stays.
     */
    public String renameColumnInCheck(String expression, Name from, Name to) {
        String fromKey = key(from);
        String replacement = to.quoted() ? to.text() : key(to);
        StringBuilder out = new StringBuilder();
        Matcher token = expressionTokens().matcher(expression);
        int done = 0;
        while (token.find()) {
            out.append(expression, done, token.start());
            String quote = token.group(2) != null ? "\"" : token.group(3) != null ? "`" : "";
            Name word = token.group(2) != null ? Name.quoted(token.group(2))
                    : token.group(3) != null ? Name.quoted(token.group(3))
                    : token.group(4) != null ? new Name(token.group(4), false)
                    : null; // a literal
            out.append(word != null && key(word).equals(fromKey) ? quote + replacement + quote : token.group());
            done = token.end();
        }
        return out.append(expression.substring(done)).toString();
    }

    /** How {@link #renameColumnInCheck} splits this database's check expressions. */
    protected Pattern expressionTokens() {
        return EXPRESSION_TOKEN;
    }

    public String booleanLiteral(boolean value) {
        return value ? "true" : "false";
    }

    /** A {@code create table} that does nothing when the table exists, where the database can say so. */
    public String ifNotExists(String createTable) {
        return createTable.replaceFirst("^create table ", "create table if not exists ");
    }

    /** What opens a transaction in a script, where DDL is transactional. */
    public String beginTransaction() {
        return "begin";
    }

    // ---- types ------------------------------------------------------------------------------

    /** The DDL spelling of a neutral type on this database. */
    public String typeName(ColumnType type) {
        if (type.declared() != null) {
            return type.declared();
        }
        if (type.isEnum()) {
            return enumTypeName(type);
        }
        if (type.isArray()) {
            return arrayTypeName(typeName(type.element()), type.length());
        }
        return types.render(standIn(type), kind.displayName() + " " + version);
    }

    /**
     * This database's type spellings where they differ from {@link TypeNames#standard()}'s, as
     * Hibernate's dialect for it registers them. Called once, as the dialect is made.
     */
    protected abstract void spellTypes(TypeNames types);

    /**
     * The type Hibernate gives the same Java type here where this database lacks the neutral code a
     * revision carries (it was written on another database): a UUID in 16 bytes (MySQL, Oracle).
     * Otherwise the type itself.
     */
    protected ColumnType standIn(ColumnType type) {
        if (type.code() == TypeCode.UUID && !types.spells(TypeCode.UUID)) {
            return ColumnType.of(TypeCode.BINARY).length(16);
        }
        return type;
    }

    /** An array of an element type, at most {@code cardinality} long where given: the standard's {@code integer array[5]}, as Hibernate writes it. */
    protected String arrayTypeName(String element, Long cardinality) {
        return element + " array" + (cardinality == null ? "" : "[" + cardinality + "]");
    }

    /** A native enum type, or where there is none, a varchar (its length, else 255) that a check of the values guards. */
    protected String enumTypeName(ColumnType type) {
        return nativeEnums() ? nativeEnum(type.values()) : typeName(ColumnType.varchar(type.length() == null ? 255 : type.length()));
    }

    /** Whether enums are a type here; where not, Hibernate stores them as varchar plus a check, and so does Retort. */
    protected boolean nativeEnums() {
        return true;
    }

    /** The check of an enum's values, named as PostgreSQL would name it unnamed. */
    private String enumCheck(Name table, Column column) {
        return "constraint " + quote(enumCheckName(table, column.name())) + " check (" + quote(column.name())
                + " in (" + column.type().values().stream().map(this::literal).collect(Collectors.joining(",")) + "))";
    }

    /** {@code <table>_<column>_check}: how Hibernate's unnamed check of an enum comes out, and so how Retort names it. */
    public Name enumCheckName(Name table, Name column) {
        return derivedName(key(table), key(column), fold("check"));
    }

    /**
     * A name derived as PostgreSQL derives one for an unnamed constraint, {@code <first>_<second>_<label>}
     * ({@code second} may be null): the longer part is shortened until the name fits this database's
     * limit, so it is the name the database itself would give, and one {@link #quote} accepts.
     */
    protected Name derivedName(String first, String second, String label) {
        int available = maxIdentifierLength() - measure(label) - 1 - (second == null ? 0 : 1);
        int firstLength = measure(first);
        int secondLength = second == null ? 0 : measure(second);
        while (firstLength + secondLength > available) {
            if (firstLength > secondLength) {
                firstLength--;
            } else {
                secondLength--;
            }
        }
        return Name.quoted(clip(first, firstLength) + (second == null ? "" : "_" + clip(second, secondLength)) + "_" + label);
    }

    /** An identifier's length as this database counts it against {@link #maxIdentifierLength()}. */
    private int measure(String text) {
        return identifierLengthInBytes() ? text.getBytes(StandardCharsets.UTF_8).length : text.codePointCount(0, text.length());
    }

    /** The longest start of {@code text} of whole characters that measures at most {@code length}. */
    private String clip(String text, int length) {
        int end = 0;
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            if (measure(text.substring(0, next)) > length) {
                break;
            }
            end = next;
        }
        return text.substring(0, end);
    }

    private String nativeEnum(List<String> values) {
        return "enum (" + values.stream().map(this::literal).collect(Collectors.joining(",")) + ")";
    }

    /**
     * Whether two types are the same column type here, e.g. two codes Hibernate spells alike. A
     * declared spelling is not compared: its code and sizes are what the database made of it.
     */
    public boolean sameType(ColumnType first, ColumnType second) {
        ColumnType a = first.neutral();
        ColumnType b = second.neutral();
        if (a.isEnum() || b.isEnum()) {
            // an enum is its set of values (Hibernate lists them sorted for some databases, declared for others)
            return a.isEnum() && b.isEnum() && Set.copyOf(a.values()).equals(Set.copyOf(b.values()));
        }
        if (a.isNative() && b.isNative()) {
            return a.equals(b); // the spelling is all there is, literals (a set's members) included
        }
        return a.equals(b) || typeName(a).equalsIgnoreCase(typeName(b)) || asNumeric(a).equals(asNumeric(b));
    }

    /**
     * Whether a foreign key over (or to) a column stays valid while the column changes from one type
     * to the other: between integers, or between character strings, the two ends still compare
     * (PostgreSQL checks, H2 allows); otherwise the key is dropped first and added back after.
     */
    public boolean foreignKeysSurvive(ColumnType from, ColumnType to) {
        return (INTEGERS.contains(from.code()) && INTEGERS.contains(to.code())) || (STRINGS.contains(from.code()) && STRINGS.contains(to.code()));
    }

    private static final Set<Integer> INTEGERS = Set.of(TypeCode.TINYINT, TypeCode.SMALLINT, TypeCode.INTEGER, TypeCode.BIGINT);
    private static final Set<Integer> STRINGS = Set.of(TypeCode.CHAR, TypeCode.VARCHAR, TypeCode.NCHAR, TypeCode.NVARCHAR,
            TypeCode.LONGVARCHAR, TypeCode.LONG32VARCHAR);

    /** DECIMAL and NUMERIC are one type on every database here; H2 keeps whichever spelling a column was declared with. */
    private static ColumnType asNumeric(ColumnType type) {
        return type.code() == Types.DECIMAL ? ColumnType.sized(Types.NUMERIC, null, type.precision(), type.scale()) : type;
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
            return canonicalDefault(a).equals(canonicalDefault(b));
        }
    }

    /**
     * An expression as databases rewrite it: outer parentheses gone, keywords and functions in
     * lower case (a quoted literal keeps its case), and the current-timestamp family as one spelling
     * ({@code now()}, {@code CURRENT_TIMESTAMP}, MariaDB's {@code current_timestamp(6)}).
     */
    private static String canonicalDefault(String expression) {
        String text = expression.strip();
        while (text.startsWith("(") && text.endsWith(")")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        if (text.startsWith("'")) {
            return text;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return CURRENT_TIMESTAMP.matcher(lower).matches() ? "current_timestamp" : lower;
    }

    // ---- connection and metadata scope --------------------------------------------------------

    /** The schema a connection works in when none is configured. */
    public String defaultSchema(Connection connection) throws SQLException {
        return connection.getSchema();
    }

    /**
     * What puts a connection borrowed from an application's pool back as it came: its auto-commit,
     * catalog and schema, and whatever session setting this database's schema change touches. Taken
     * before Retort touches the connection. (The deployment lock's connection, whose session the
     * lock changes, is never given back: {@code Database.discard()}.)
     */
    public Runnable sessionRestorer(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        return () -> {
            try {
                if (connection.getAutoCommit() != autoCommit) {
                    connection.setAutoCommit(autoCommit);
                }
                if (!Objects.equals(connection.getCatalog(), catalog)) {
                    connection.setCatalog(catalog);
                }
                if (!Objects.equals(connection.getSchema(), schema)) {
                    connection.setSchema(schema);
                }
            } catch (SQLException ignored) {
                // a connection that cannot be restored is most likely gone; the pool will find out
            }
        };
    }

    /** Makes an empty schema (verify's scratch copy); {@code name} is a plain identifier. */
    public String createSchema(String name) {
        return "create schema " + name;
    }

    /** Drops such a schema and everything in it. */
    public String dropSchema(String name) {
        return "drop schema " + name + " cascade";
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

    // ---- deployment lock ----------------------------------------------------------------------

    /**
     * Takes the deployment lock for {@code schema} on {@code connection}, which must be used for
     * nothing else and stays open until the lock is released; waits up to {@code timeout}.
     *
     * @throws RetortException naming who holds the lock, after the timeout
     */
    public DeployLock lock(Connection connection, String schema, Duration timeout, DeployLock.Waiting waiting) throws SQLException {
        throw RetortException.badInput(this + " has no deployment lock");
    }

    /** {@link #lock(Connection, String, Duration, DeployLock.Waiting)}, waiting in silence. */
    public final DeployLock lock(Connection connection, String schema, Duration timeout) throws SQLException {
        return lock(connection, schema, timeout, DeployLock.Waiting.NONE);
    }

    /**
     * Polls {@code attempt} until it succeeds or {@code timeout} passes, then says who holds the lock;
     * {@code waiting} hears who holds it as soon as the first attempt fails.
     */
    protected static void waitFor(LockAttempt attempt, Duration timeout, LockHolder holder, DeployLock.Waiting waiting) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean told = false;
        while (!attempt.tryLock()) {
            if (!told) {
                waiting.waiting(holder.describe(), timeout);
                told = true;
            }
            if (System.nanoTime() > deadline) {
                throw RetortException.failed("another Retort run holds the deployment lock (" + holder.describe() + "); gave up after "
                        + wholeSecondsUp(timeout) + " s (lock.timeout)", null);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw RetortException.failed("interrupted while waiting for the deployment lock", e);
            }
        }
    }

    /** What is left of lock.timeout once connected is a little under the whole seconds configured: say those, not one less. */
    private static long wholeSecondsUp(Duration duration) {
        return (duration.toMillis() + 999) / 1000;
    }

    /** A 64-bit key for a lock name (PostgreSQL advisory locks take numbers). */
    protected static long lockKey(String name) {
        long hash = 1125899906842597L;
        for (char c : name.toCharArray()) {
            hash = 31 * hash + c;
        }
        return hash;
    }

    protected static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "unknown host";
        }
    }

    protected static boolean queryBoolean(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() && rows.getBoolean(1);
        }
    }

    /** One try at the lock. */
    protected interface LockAttempt {
        boolean tryLock() throws SQLException;
    }

    /** Who holds the lock, for the message when waiting gives up. */
    protected interface LockHolder {
        String describe() throws SQLException;
    }

    // ---- SQL for operations ----------------------------------------------------------------

    /** The statements that carry out {@code operations} in order: each one's own, unless a database joins some. */
    public final List<String> sql(List<Operation> operations) {
        return render(operations).stream().map(Rendered::sql).toList();
    }

    /** A statement and the operation it carries out (for statements a database joins, the one they were joined into). */
    public record Rendered(String sql, Operation operation) {}

    /** {@link #sql(List)}, each statement with its operation; those of an outside-transaction block with the block's own. */
    public List<Rendered> render(List<Operation> operations) {
        List<Rendered> statements = new ArrayList<>();
        withoutMootDrops(operations).forEach(operation -> statements.addAll(render(operation)));
        return statements;
    }

    /** One operation's statements, each with the operation it carries out. */
    protected final List<Rendered> render(Operation operation) {
        return operation instanceof OutsideTransaction block ? render(block.operations())
                : sql(operation).stream().map(sql -> new Rendered(sql, operation)).toList();
    }

    /**
     * Whether the database changes the table of {@code operation} while it is written, without
     * copying it, so an online schema change engine has nothing to add (MySQL's instant and
     * in-place alters); false where it copies, does not say, or has no such engine.
     */
    public boolean altersOnline(Operation operation) {
        return false;
    }

    /**
     * The operations without those a later {@code drop table} makes moot: dropping that table's own
     * indexes, keys and checks first, when only drops come between (a downgrade of tables the upgrade
     * created, {@code downgrade base}; thousands of statements fewer on a large schema). A foreign key
     * stays when the table it references is dropped before its own table, which the key would block.
     */
    protected List<Operation> withoutMootDrops(List<Operation> operations) {
        Map<String, Integer> droppedAt = new HashMap<>(); // tables dropped later in the same run of drops, and where
        boolean[] moot = new boolean[operations.size()];
        for (int i = operations.size() - 1; i >= 0; i--) {
            Operation operation = operations.get(i);
            if (operation instanceof DropTable drop) {
                droppedAt.put(key(drop.table().name()), i);
            } else if (operation instanceof DropForeignKey drop) {
                Integer own = droppedAt.get(key(drop.table()));
                Integer referenced = droppedAt.get(key(drop.foreignKey().referencedTable()));
                moot[i] = own != null && (referenced == null || referenced >= own);
            } else if (operation instanceof DropIndex drop) {
                moot[i] = droppedAt.containsKey(key(drop.table()));
            } else if (operation instanceof DropUnique drop) {
                moot[i] = droppedAt.containsKey(key(drop.table()));
            } else if (operation instanceof DropCheck drop) {
                moot[i] = droppedAt.containsKey(key(drop.table()));
            } else {
                droppedAt.clear();
            }
        }
        List<Operation> needed = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            if (!moot[i]) {
                needed.add(operations.get(i));
            }
        }
        return needed;
    }

    /** The statements that carry out one operation here, without terminators. */
    public List<String> sql(Operation operation) {
        if (operation instanceof CreateTable op) {
            return createTable(op.table());
        } else if (operation instanceof DropTable op) {
            return List.of("drop table " + quote(op.table().name()));
        } else if (operation instanceof RenameTable op) {
            return List.of(renameTable(op.from(), op.to()));
        } else if (operation instanceof RenameColumn op) {
            return List.of(alterTable(op.table()) + "rename column " + quote(op.from()) + " to " + quote(op.to()));
        } else if (operation instanceof AlterTableComment op) {
            return List.of(tableComment(op.table(), op.to()));
        } else if (operation instanceof AddColumn op) {
            List<String> statements = new ArrayList<>(List.of(alterTable(op.table()) + addColumn() + columnDefinition(op.table(), op.column())));
            statements.addAll(columnComments(op.table(), List.of(op.column())));
            return statements;
        } else if (operation instanceof DropColumn op) {
            return List.of(alterTable(op.table()) + "drop column " + quote(op.column().name()));
        } else if (operation instanceof AlterColumn op) {
            return alterColumn(op);
        } else if (operation instanceof AddPrimaryKey op) {
            return List.of(alterTable(op.table()) + "add " + primaryKeyDefinition(op.primaryKey()));
        } else if (operation instanceof DropPrimaryKey op) {
            return List.of(dropPrimaryKey(op.table(), op.primaryKey()));
        } else if (operation instanceof CreateIndex op) {
            return List.of(op.concurrently() ? createIndexConcurrently(op.table(), op.index()) : createIndex(op.table(), op.index()));
        } else if (operation instanceof DropIndex op) {
            return List.of(op.concurrently() ? dropIndexConcurrently(op.table(), op.index()) : dropIndex(op.table(), op.index()));
        } else if (operation instanceof AddUnique op) {
            return List.of(alterTable(op.table()) + "add " + uniqueDefinition(op.unique()));
        } else if (operation instanceof DropUnique op) {
            return List.of(dropUnique(op.table(), op.unique()));
        } else if (operation instanceof AddForeignKey op) {
            return List.of(alterTable(op.table()) + "add " + foreignKeyDefinition(op.foreignKey()));
        } else if (operation instanceof DropForeignKey op) {
            return dropForeignKey(op.table(), op.foreignKey());
        } else if (operation instanceof AddCheck op) {
            return List.of(alterTable(op.table()) + "add " + checkDefinition(op.check()));
        } else if (operation instanceof DropCheck op) {
            return List.of(alterTable(op.table()) + "drop constraint " + quote(op.check().name()));
        } else if (operation instanceof CreateSequence op) {
            return List.of(createSequence(op.sequence()));
        } else if (operation instanceof DropSequence op) {
            return List.of("drop sequence " + quote(op.sequence().name()));
        } else if (operation instanceof AlterSequence op) {
            return List.of(alterSequence(op));
        } else if (operation instanceof ExecuteSql op) {
            return List.of(op.sql());
        } else if (operation instanceof OutsideTransaction op) {
            return sql(op.operations());
        }
        throw new IllegalArgumentException("no SQL for " + operation);
    }

    protected String renameTable(Name from, Name to) {
        return alterTable(from) + "rename to " + quote(to);
    }

    protected String alterTable(Name table) {
        return "alter table " + quote(table) + " ";
    }

    protected List<String> createTable(Table table) {
        return createTable(table, List.of());
    }

    /** @param definitions more of the table's parts, after its columns, keys and checks (a database's inline indexes) */
    protected List<String> createTable(Table table, List<String> definitions) {
        List<String> parts = new ArrayList<>();
        table.columns().forEach(column -> parts.add(columnDefinition(table.name(), column)));
        if (table.primaryKey() != null) {
            parts.add(primaryKeyDefinition(table.primaryKey()));
        }
        table.uniques().forEach(unique -> parts.add(uniqueDefinition(unique)));
        table.checks().forEach(check -> parts.add(checkDefinition(check)));
        parts.addAll(definitions);
        List<String> statements = new ArrayList<>();
        statements.add("create table " + quote(table.name()) + " (\n    " + String.join(",\n    ", parts) + "\n)" + tableOptions(table));
        if (table.comment() != null) {
            statements.add(tableComment(table.name(), table.comment()));
        }
        statements.addAll(columnComments(table.name(), table.columns()));
        return statements;
    }

    /** What follows the closing parenthesis of {@code create table}; nothing in standard SQL. */
    protected String tableOptions(Table table) {
        return "";
    }

    /** Standard {@code comment on}; databases that keep comments in the column definition return none. */
    protected List<String> columnComments(Name table, List<Column> columns) {
        return columns.stream().filter(column -> column.comment() != null)
                .map(column -> "comment on column " + quote(table) + "." + quote(column.name()) + " is " + literal(column.comment()))
                .toList();
    }

    protected String tableComment(Name table, String comment) {
        return "comment on table " + quote(table) + " is " + (comment == null ? "null" : literal(comment));
    }

    /** Unnamed: the database names primary keys (a name read from one database may be another's generated one). */
    protected String primaryKeyDefinition(PrimaryKey key) {
        return "primary key (" + quoteAll(key.columns()) + ")";
    }

    protected String dropPrimaryKey(Name table, PrimaryKey key) {
        return alterTable(table) + "drop primary key";
    }

    protected String checkDefinition(CheckConstraint check) {
        return (check.name() == null ? "" : "constraint " + quote(check.name()) + " ") + "check (" + check.expression() + ")";
    }

    protected String alterSequence(AlterSequence op) {
        return "alter sequence " + quote(op.to().name()) + (op.startChanged() ? " start with " + op.to().start() : "")
                + (op.incrementChanged() ? " increment by " + op.to().increment() : "")
                + (op.cacheChanged() ? " " + sequenceCache(op.to().cache()) : "");
    }

    /** A sequence's cache clause: {@code cache n}, or for none stated what Hibernate's DDL leaves (one value at a time here). */
    protected String sequenceCache(Long cache) {
        return "cache " + (cache == null ? 1 : cache);
    }

    /** What follows {@code alter table t} to add a column. */
    protected String addColumn() {
        return "add column ";
    }

    protected String columnDefinition(Name table, Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(typeName(column.type()));
        String identity = column.identity() ? identityClause() : "";
        if (column.identity()) {
            sql.append(' ').append(identity);
        } else if (column.defaultValue() != null) {
            sql.append(" default ").append(column.defaultValue());
        }
        if (!column.nullable() && !identity.contains("not null")) { // MySQL's clause is "not null auto_increment"
            sql.append(" not null");
        }
        if (column.type().isEnum() && !nativeEnums()) {
            sql.append(' ').append(enumCheck(table, column));
        }
        return sql.toString();
    }

    /** What makes a column an identity column, as Hibernate writes it. */
    protected String identityClause() {
        return "generated by default as identity";
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

    /** Standard SQL: one statement per changed aspect (type, default, nullability, identity, comment). */
    protected List<String> alterColumn(AlterColumn op) {
        boolean checkedEnum = op.typeChanged() && !nativeEnums() && (op.from().type().isEnum() || op.to().type().isEnum());
        List<String> statements = new ArrayList<>();
        if (checkedEnum && op.from().type().isEnum()) {
            statements.add(alterTable(op.table()) + "drop constraint " + quote(enumCheckName(op.table(), op.from().name())));
        }
        statements.addAll(alterColumnAspects(op));
        if (checkedEnum && op.to().type().isEnum()) {
            statements.add(alterTable(op.table()) + "add " + enumCheck(op.table(), op.to()));
        }
        return statements;
    }

    /**
     * Whether the type this database builds changes: a checked enum that only gains or loses
     * values stays the same varchar, and only its check is made again.
     */
    protected boolean builtTypeChanged(AlterColumn op) {
        return op.typeChanged() && !typeName(op.from().type()).equals(typeName(op.to().type()));
    }

    /** The standard statements for each changed aspect of a column. */
    protected List<String> alterColumnAspects(AlterColumn op) {
        String prefix = alterTable(op.table()) + "alter column " + quote(op.to().name()) + " ";
        List<String> statements = new ArrayList<>();
        if (op.identityChanged() && !op.to().identity()) {
            statements.add(prefix + "drop identity");
        }
        if (builtTypeChanged(op)) {
            statements.add(prefix + setDataType(op.to()));
        }
        if (op.defaultChanged()) {
            statements.add(op.to().defaultValue() == null ? prefix + "drop default" : prefix + "set default " + op.to().defaultValue());
        }
        if (op.nullabilityChanged()) {
            statements.add(prefix + (op.to().nullable() ? "drop not null" : "set not null"));
        }
        if (op.identityChanged() && op.to().identity()) {
            statements.add(prefix + addIdentity());
        }
        if (op.commentChanged()) {
            statements.add("comment on column " + quote(op.table()) + "." + quote(op.to().name()) + " is "
                    + (op.to().comment() == null ? "null" : literal(op.to().comment())));
        }
        return statements;
    }

    /** What follows {@code alter column c} to give it the column's new type. */
    protected String setDataType(Column column) {
        return "set data type " + typeName(column.type());
    }

    /** What follows {@code alter column c} to make it an identity column. */
    protected String addIdentity() {
        return "add generated by default as identity";
    }

    protected String createIndex(Name table, Index index) {
        return "create " + (index.unique() ? "unique " : "") + "index " + quote(index.name()) + " on " + quote(table) + " (" + indexColumns(index)
                + ")";
    }

    /** {@code a, b desc} */
    protected String indexColumns(Index index) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < index.columns().size(); i++) {
            columns.add(quote(index.columns().get(i)) + (index.descending().get(i) ? " desc" : ""));
        }
        return String.join(", ", columns);
    }

    protected String dropIndex(Name table, Index index) {
        return "drop index " + quote(index.name());
    }

    /** An index built without blocking writes to its table; where the database has no such thing, as any other. */
    protected String createIndexConcurrently(Name table, Index index) {
        return createIndex(table, index);
    }

    protected String dropIndexConcurrently(Name table, Index index) {
        return dropIndex(table, index);
    }

    protected String dropUnique(Name table, UniqueConstraint unique) {
        return alterTable(table) + "drop constraint " + quote(unique.name());
    }

    protected List<String> dropForeignKey(Name table, ForeignKey key) {
        return List.of(alterTable(table) + "drop constraint " + quote(key.name()));
    }

    protected String createSequence(Sequence sequence) {
        return "create sequence " + quote(sequence.name()) + " start with " + sequence.start() + " increment by "
                + sequence.increment() + (sequence.cache() == null ? "" : " " + sequenceCache(sequence.cache()));
    }

    @Override
    public String toString() {
        return kind.displayName() + " " + version;
    }
}
