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
            .primaryKey("seq");

    /**
     * One row of {@code retort_history}. A revision that failed part-way where DDL commits as it
     * runs records how many of its statements ran ({@code statementsRun}) and a checksum of them, so
     * that {@code upgrade --resume} can run the rest once the cause is fixed; null otherwise.
     */
    public record Entry(long seq, String revision, String direction, String message, String checksum, Instant appliedAt,
            long durationMillis, boolean success, Integer statementsRun, String statementsChecksum) {}

    private final Dialect dialect;
    private final String schema;
    /** Whether retort_history has the columns added after its first version; null until looked at. */
    private Boolean resumable;

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
     * Brings a {@code retort_history} made by an earlier Retort up to date: the columns that let a
     * revision stopped part-way resume are added (nullable, so earlier rows stay as they were).
     */
    public void upgradeBookkeeping(Connection connection) throws SQLException {
        if (!hasResumeColumns(connection)) {
            try (Statement statement = connection.createStatement()) {
                for (Column column : HISTORY.columns().subList(HISTORY.columns().size() - 2, HISTORY.columns().size())) {
                    for (String sql : dialect.sql(new AddColumn(HISTORY_TABLE, column))) {
                        statement.execute(sql);
                    }
                }
            }
            resumable = true;
        }
    }

    private boolean hasResumeColumns(Connection connection) throws SQLException {
        if (resumable == null) {
            String wanted = dialect.key(Name.of(STATEMENTS_RUN));
            boolean found = false;
            try (ResultSet rows = connection.getMetaData().getColumns(dialect.metadataCatalog(schema), dialect.metadataSchema(schema),
                    dialect.key(HISTORY_TABLE), "%")) {
                while (rows.next()) {
                    found |= rows.getString("TABLE_NAME").equals(dialect.key(HISTORY_TABLE)) && rows.getString("COLUMN_NAME").equals(wanted);
                }
            }
            resumable = found;
        }
        return resumable;
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

    public void recordHistory(Connection connection, Entry entry) throws SQLException {
        long seq;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select max(seq) from " + dialect.quote(HISTORY_TABLE))) {
            rows.next();
            seq = rows.getLong(1) + 1;
        }
        boolean resume = hasResumeColumns(connection);
        try (PreparedStatement insert = connection.prepareStatement("insert into " + dialect.quote(HISTORY_TABLE)
                + " (seq, revision, direction, message, checksum, applied_at, duration_ms, success"
                + (resume ? ", " + STATEMENTS_RUN + ", " + STATEMENTS_CHECKSUM + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : ") values (?, ?, ?, ?, ?, ?, ?, ?)"))) {
            insert.setLong(1, seq);
            insert.setString(2, entry.revision());
            insert.setString(3, entry.direction());
            insert.setString(4, entry.message() == null || entry.message().length() <= 255 ? entry.message() : entry.message().substring(0, 255));
            insert.setString(5, entry.checksum());
            insert.setTimestamp(6, Timestamp.from(entry.appliedAt()));
            insert.setLong(7, entry.durationMillis());
            insert.setBoolean(8, entry.success());
            if (resume) {
                insert.setObject(9, entry.statementsRun(), Types.INTEGER);
                insert.setString(10, entry.statementsChecksum());
            }
            insert.executeUpdate();
        }
    }

    /** Each revision's checksum when it was last applied successfully. */
    public Map<String, String> appliedChecksums(Connection connection) throws SQLException {
        Map<String, String> checksums = new HashMap<>();
        for (Entry entry : history(connection)) {
            if (entry.success() && entry.direction().equals(Direction.UPGRADE.label())) {
                checksums.put(entry.revision(), entry.checksum());
            }
        }
        return checksums;
    }

    /** Replaces whatever is recorded by {@code heads}, in one transaction: never a moment at base. */
    public void stamp(Connection connection, Set<String> heads) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from " + dialect.quote(VERSION_TABLE));
            moveHeads(connection, Set.of(), heads);
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
        boolean resume = hasResumeColumns(connection);
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select seq, revision, direction, message, checksum, applied_at, duration_ms, success"
                        + (resume ? ", " + STATEMENTS_RUN + ", " + STATEMENTS_CHECKSUM : "") + " from " + dialect.quote(HISTORY_TABLE) + " order by seq")) {
            while (rows.next()) {
                entries.add(new Entry(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                        rows.getTimestamp(6).toInstant(), rows.getLong(7), rows.getBoolean(8),
                        resume ? rows.getObject(9, Integer.class) : null, resume ? rows.getString(10) : null));
            }
        }
        return entries;
    }
}
