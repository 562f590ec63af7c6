package dev.retort.runner;

import static dev.retort.model.ColumnType.bigint;
import static dev.retort.model.ColumnType.bool;
import static dev.retort.model.ColumnType.integer;
import static dev.retort.model.ColumnType.timestamp;
import static dev.retort.model.ColumnType.varchar;

import dev.retort.dialect.Dialect;
import dev.retort.model.Column;
import dev.retort.model.Name;
import dev.retort.model.Table;
import dev.retort.ops.AddColumn;
import dev.retort.ops.CreateTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Retort's bookkeeping: {@code retort_version} holds one row per applied head (as Alembic's
 * {@code alembic_version}), {@code retort_history} one row per applied or reverted revision. Both
 * are defined in the neutral model, so each dialect creates them in its own types.
 */
public final class VersionStore {

    public static final Name VERSION_TABLE = Name.of("retort_version");
    public static final Name HISTORY_TABLE = Name.of("retort_history");
    /** H2's deployment lock row (other databases lock without a table). */
    public static final Name LOCK_TABLE = Name.of("retort_lock");

    private static final String STATEMENTS_RUN = "statements_run";
    private static final String STATEMENTS_CHECKSUM = "statements_checksum";
    private static final String INSTALLED_BY = "installed_by";
    /** How many columns retort_history had when Retort first made it; those after were added later, all nullable. */
    private static final int FIRST_COLUMNS = 8;

    static final Table VERSION = Table.of("retort_version")
            .column(Column.of("version_id", varchar(64)).notNull())
            .primaryKey("version_id");

    static final Table HISTORY = Table.of("retort_history")
            .column(Column.of("seq", bigint()).notNull())
            .column(Column.of("revision", varchar(64)).notNull())
            .column(Column.of("direction", varchar(10)).notNull())
            .column(Column.of("message", varchar(255)))
            .column(Column.of("checksum", varchar(64)).notNull())
            .column(Column.of("applied_at", timestamp(6)).notNull())
            .column(Column.of("duration_ms", bigint()).notNull())
            .column(Column.of("success", bool()).notNull())
            .column(Column.of(STATEMENTS_RUN, integer()))
            .column(Column.of(STATEMENTS_CHECKSUM, varchar(64)))
            .column(Column.of(INSTALLED_BY, varchar(128)))
            .primaryKey("seq");

    /**
     * One row of {@code retort_history}: a revision applied or reverted, or a {@code stamp} or
     * {@code repair} of the bookkeeping. A revision that failed part-way where DDL commits as it
     * runs records how many of its statements ran ({@code statementsRun}) and a checksum of them, so
     * that {@code upgrade --resume} can run the rest once the cause is fixed; null otherwise.
     * {@code installedBy} is the database user who ran it, which {@link #record} fills in (null in
     * rows from before Retort kept it, and in offline scripts).
     */
    public record Entry(long seq, String revision, String direction, String message, String checksum, Instant appliedAt,
            long durationMillis, boolean success, Integer statementsRun, String statementsChecksum, String installedBy) {

        public static final String STAMP = "stamp";
        public static final String REPAIR = "repair";

        /** A change to the bookkeeping alone, which ran nothing. */
        public static Entry bookkeeping(String direction, String revision, String message, String checksum) {
            return new Entry(0, revision, direction, message, checksum, Instant.now(), 0, true, null, null, null);
        }
    }

    private final Dialect dialect;
    private final String schema;
    /** The keys of the columns retort_history has, which older Retorts made with fewer; null until looked at. */
    private Set<String> historyColumns;

    public VersionStore(Dialect dialect, String schema) {
        this.dialect = dialect;
        this.schema = schema;
    }

    /** Whether {@code name} is one of Retort's own tables, which no diff ever touches. */
    public static boolean isBookkeeping(Dialect dialect, Name name) {
        String key = dialect.key(name);
        return key.equals(dialect.key(VERSION_TABLE)) || key.equals(dialect.key(HISTORY_TABLE)) || key.equals(dialect.key(LOCK_TABLE));
    }

    public boolean exists(Connection connection) throws SQLException {
        String wanted = dialect.key(VERSION_TABLE);
        try (ResultSet rows = connection.getMetaData().getTables(dialect.metadataCatalog(schema), dialect.metadataSchema(schema),
                wanted, dialect.tableTypes())) {
            while (rows.next()) {
                if (rows.getString("TABLE_NAME").equals(wanted)) {
                    return true; // the name is a LIKE pattern: '_' matches any character
                }
            }
            return false;
        }
    }

    /** The statements that create the bookkeeping tables. */
    public List<String> createStatements() {
        List<String> statements = new ArrayList<>(dialect.sql(new CreateTable(VERSION)));
        statements.addAll(dialect.sql(new CreateTable(HISTORY)));
        return statements;
    }

    /** For a script that may meet the tables already there: {@code if not exists} where the database has it. */
    List<String> createStatementsIfAbsent() {
        return createStatements().stream().map(dialect::ifNotExists).toList();
    }

    /** {@link #moveHeads} as literal SQL, for offline scripts. */
    List<String> moveHeadsStatements(Set<String> from, Set<String> to) {
        List<String> statements = new ArrayList<>();
        from.stream().filter(head -> !to.contains(head)).forEach(head -> statements.add(
                "delete from " + dialect.quote(VERSION_TABLE) + " where version_id = " + dialect.literal(head)));
        to.stream().filter(head -> !from.contains(head)).forEach(head -> statements.add(
                "insert into " + dialect.quote(VERSION_TABLE) + " (version_id) values (" + dialect.literal(head) + ")"));
        return statements;
    }

    /** {@link #recordHistory} as literal SQL, for offline scripts: the time is the database's when the script runs. */
    String recordHistoryStatement(String revision, String direction, String message, String checksum) {
        String table = dialect.quote(HISTORY_TABLE);
        return "insert into " + table + " (seq, revision, direction, message, checksum, applied_at, duration_ms, success)"
                + " select coalesce(max(seq), 0) + 1, " + dialect.literal(revision) + ", " + dialect.literal(direction) + ", "
                + (message == null ? "null" : dialect.literal(message.length() <= 255 ? message : message.substring(0, 255))) + ", "
                + dialect.literal(checksum) + ", current_timestamp, 0, " + dialect.booleanLiteral(true) + " from " + table;
    }

    /**
     * Brings a {@code retort_history} made by an earlier Retort up to date: the columns added since
     * (nullable, so earlier rows stay as they were).
     */
    public void upgradeBookkeeping(Connection connection) throws SQLException {
        Set<String> present = historyColumns(connection);
        try (Statement statement = connection.createStatement()) {
            for (Column column : HISTORY.columns().subList(FIRST_COLUMNS, HISTORY.columns().size())) {
                if (!present.contains(dialect.key(column.name()))) {
                    for (String sql : dialect.sql(new AddColumn(HISTORY_TABLE, column))) {
                        statement.execute(sql);
                    }
                }
            }
        }
        historyColumns = null;
    }

    private Set<String> historyColumns(Connection connection) throws SQLException {
        if (historyColumns == null) {
            Set<String> found = new TreeSet<>();
            try (ResultSet rows = connection.getMetaData().getColumns(dialect.metadataCatalog(schema), dialect.metadataSchema(schema),
                    dialect.key(HISTORY_TABLE), "%")) {
                while (rows.next()) {
                    if (rows.getString("TABLE_NAME").equals(dialect.key(HISTORY_TABLE))) {
                        found.add(rows.getString("COLUMN_NAME"));
                    }
                }
            }
            historyColumns = found;
        }
        return historyColumns;
    }

    /** The columns added after the first version that this retort_history has, in table order. */
    private List<String> laterColumns(Connection connection) throws SQLException {
        Set<String> present = historyColumns(connection);
        return HISTORY.columns().subList(FIRST_COLUMNS, HISTORY.columns().size()).stream().map(column -> column.name().text())
                .filter(name -> present.contains(dialect.key(Name.of(name)))).toList();
    }

    public void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : createStatements()) {
                statement.execute(sql);
            }
        }
    }

    /** The applied heads; empty at base or before Retort ever ran. */
    public Set<String> heads(Connection connection) throws SQLException {
        Set<String> heads = new TreeSet<>();
        if (!exists(connection)) {
            return heads;
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select version_id from " + dialect.quote(VERSION_TABLE))) {
            while (rows.next()) {
                heads.add(rows.getString(1));
            }
        }
        return heads;
    }

    /**
     * The last row recorded, if it is an upgrade that stopped part-way with statements committed:
     * {@code upgrade --resume} runs the rest; anything recorded after it (a stamp, a repair) settles it.
     */
    public Entry lastPartialUpgrade(Connection connection) throws SQLException {
        List<Entry> history = history(connection);
        Entry last = history.isEmpty() ? null : history.get(history.size() - 1);
        boolean partial = last != null && !last.success() && last.statementsRun() != null && last.statementsRun() > 0
                && last.direction().equals(Direction.UPGRADE.label());
        return partial ? last : null;
    }

    /** Replaces the recorded heads {@code from} with {@code to}. */
    public void moveHeads(Connection connection, Set<String> from, Set<String> to) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                        "delete from " + dialect.quote(VERSION_TABLE) + " where version_id = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into " + dialect.quote(VERSION_TABLE) + " (version_id) values (?)")) {
            for (String head : from) {
                if (!to.contains(head)) {
                    delete.setString(1, head);
                    delete.executeUpdate();
                }
            }
            for (String head : to) {
                if (!from.contains(head)) {
                    insert.setString(1, head);
                    insert.executeUpdate();
                }
            }
        }
    }

    /** Adds {@code entry} to retort_history, in the caller's transaction, with the database user as who ran it. */
    public void recordHistory(Connection connection, Entry entry) throws SQLException {
        long seq;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select max(seq) from " + dialect.quote(HISTORY_TABLE))) {
            rows.next();
            seq = rows.getLong(1) + 1;
        }
        List<String> later = laterColumns(connection);
        try (PreparedStatement insert = connection.prepareStatement("insert into " + dialect.quote(HISTORY_TABLE)
                + " (seq, revision, direction, message, checksum, applied_at, duration_ms, success" + later.stream().map(", "::concat)
                .collect(Collectors.joining()) + ") values (?, ?, ?, ?, ?, ?, ?, ?" + ", ?".repeat(later.size()) + ")")) {
            insert.setLong(1, seq);
            insert.setString(2, entry.revision());
            insert.setString(3, entry.direction());
            insert.setString(4, entry.message() == null || entry.message().length() <= 255 ? entry.message() : entry.message().substring(0, 255));
            insert.setString(5, entry.checksum());
            insert.setTimestamp(6, Timestamp.from(entry.appliedAt()));
            insert.setLong(7, entry.durationMillis());
            insert.setBoolean(8, entry.success());
            for (int i = 0; i < later.size(); i++) {
                int parameter = FIRST_COLUMNS + 1 + i;
                switch (later.get(i)) {
                    case STATEMENTS_RUN -> insert.setObject(parameter, entry.statementsRun(), Types.INTEGER);
                    case STATEMENTS_CHECKSUM -> insert.setString(parameter, entry.statementsChecksum());
                    case INSTALLED_BY -> insert.setString(parameter, connection.getMetaData().getUserName());
                    default -> throw new IllegalStateException("no value for retort_history." + later.get(i));
                }
            }
            insert.executeUpdate();
        }
    }

    /** Adds {@code entries} to retort_history in one transaction of their own. */
    public void record(Connection connection, List<Entry> entries) throws SQLException {
        inTransaction(connection, () -> {
            for (Entry entry : entries) {
                recordHistory(connection, entry);
            }
        });
    }

    /** Each revision's checksum when it was last applied successfully, or re-recorded by a repair since. */
    public Map<String, String> appliedChecksums(Connection connection) throws SQLException {
        Map<String, String> checksums = new HashMap<>();
        for (Entry entry : history(connection)) {
            if (entry.success() && (entry.direction().equals(Direction.UPGRADE.label()) || entry.direction().equals(Entry.REPAIR))) {
                checksums.put(entry.revision(), entry.checksum());
            }
        }
        return checksums;
    }

    /**
     * Replaces whatever is recorded by {@code heads} and adds {@code entries} to the history, in one
     * transaction: never a moment at base.
     */
    public void stamp(Connection connection, Set<String> heads, List<Entry> entries) throws SQLException {
        inTransaction(connection, () -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("delete from " + dialect.quote(VERSION_TABLE));
            }
            moveHeads(connection, Set.of(), heads);
            for (Entry entry : entries) {
                recordHistory(connection, entry);
            }
        });
    }

    private interface Work {
        void run() throws SQLException;
    }

    private static void inTransaction(Connection connection, Work work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
                connection.setAutoCommit(true);
            } catch (SQLException lost) { // a connection gone rolls back by itself
                e.addSuppressed(lost);
            }
            throw e;
        }
        connection.setAutoCommit(true);
    }

    public List<Entry> history(Connection connection) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        if (!exists(connection)) {
            return entries;
        }
        List<String> later = laterColumns(connection);
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select seq, revision, direction, message, checksum, applied_at, duration_ms, success"
                        + later.stream().map(", "::concat).collect(Collectors.joining()) + " from " + dialect.quote(HISTORY_TABLE)
                        + " order by seq")) {
            while (rows.next()) {
                entries.add(new Entry(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                        rows.getTimestamp(6).toInstant(), rows.getLong(7), rows.getBoolean(8),
                        later.contains(STATEMENTS_RUN) ? rows.getObject(STATEMENTS_RUN, Integer.class) : null,
                        later.contains(STATEMENTS_CHECKSUM) ? rows.getString(STATEMENTS_CHECKSUM) : null,
                        later.contains(INSTALLED_BY) ? rows.getString(INSTALLED_BY) : null));
            }
        }
        return entries;
    }
}
