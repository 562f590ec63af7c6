package dev.retort.runner;

import dev.retort.RetortException;
import dev.retort.config.Secrets;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percona Toolkit's {@code pt-online-schema-change} for MySQL and MariaDB: an {@code alter table}
 * of a table with at least {@code minRows} rows (the server's estimate) that the server would copy
 * itself (the runner asks of no other: {@code Dialect.altersOnline}) runs through it, which
 * copies the table in chunks while triggers carry every write over, then swaps the copy in; the
 * table stays writable all along. The password goes to it in a defaults file only the user can
 * read, never on its command line. {@code online.engine=pt-osc} in retort.properties.
 */
public final class PtOnlineSchemaChange implements TableCopier {

    private static final Pattern ALTER = Pattern.compile("(?is)alter\\s+table\\s+(`(?:[^`]|``)+`|\\S+)\\s+(.*)");
    private static final Pattern SERVER = Pattern.compile("jdbc:(?:mariadb|mysql)://([^:/?,;]+)(?::(\\d+))?(?:/.*)?");
    private static final Pattern LEFT_BEHIND = Pattern.compile("(DROP (?:TRIGGER|TABLE) IF EXISTS `[^`]+`\\.`[^`]+`);?");

    private final String command;
    private final long minRows;
    private final String host;
    private final String port;
    private final String user;
    private final String password;
    private volatile Process running;
    private volatile boolean cancelled;

    /** @param url the JDBC URL Retort connects with, whose server the tool is pointed at */
    public PtOnlineSchemaChange(String command, long minRows, String url, String user, String password) {
        Matcher server = url == null ? null : SERVER.matcher(url);
        if (server == null || !server.matches()) {
            throw RetortException.badInput("online.engine=pt-osc needs a jdbc:mariadb:// or jdbc:mysql:// url naming the server"
                    + " (an application's DataSource does not say where its server is)");
        }
        if (!onPath(command)) { // found out before a revision starts, not halfway through one whose first statements stay
            throw RetortException.badInput("online.engine=pt-osc runs " + command + ", which is no executable file here or on the PATH:"
                    + " install Percona Toolkit (Debian and Ubuntu: apt-get install percona-toolkit), or set online.command to where it is");
        }
        this.command = command;
        this.minRows = minRows;
        this.host = server.group(1);
        this.port = server.group(2) == null ? "3306" : server.group(2);
        this.user = user;
        this.password = password;
    }

    @Override
    public boolean copies(Connection connection, String sql) throws SQLException {
        Matcher alter = ALTER.matcher(sql.strip());
        if (!alter.matches()) {
            return false;
        }
        try (PreparedStatement rows = connection.prepareStatement(
                "select table_rows from information_schema.tables where table_schema = database() and table_name = ?")) {
            rows.setString(1, unquoted(alter.group(1)));
            try (ResultSet result = rows.executeQuery()) {
                return result.next() && result.getLong(1) >= minRows;
            }
        }
    }

    @Override
    public void copy(Connection connection, String sql) throws SQLException {
        Matcher alter = ALTER.matcher(sql.strip());
        if (!alter.matches()) {
            throw new IllegalArgumentException("not an alter table statement: " + sql);
        }
        String database = connection.getCatalog();
        Path defaults = null;
        try {
            defaults = Files.createTempFile("retort-pt-osc-", ".cnf", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(defaults, "[client]\nuser=" + (user == null ? "" : user) + "\npassword=" + (password == null ? "" : password) + "\n",
                    StandardCharsets.UTF_8);
            List<String> arguments = new ArrayList<>(List.of(command,
                    "--alter", alter.group(2),
                    "F=" + defaults + ",h=" + host + ",P=" + port + ",D=" + database + ",t=" + unquoted(alter.group(1)),
                    "--execute", "--recursion-method=none", "--alter-foreign-keys-method=auto", "--no-check-alter"));
            Process process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
            running = process;
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            running = null;
            if (exit != 0) {
                if (cancelled) {
                    undoInterrupted(connection, output, unquoted(alter.group(1)));
                }
                String last = output.strip().lines().reduce((first, second) -> second).orElse("");
                throw new SQLException("pt-online-schema-change exited with " + exit + ": "
                        + Secrets.of(password).redact(last.isEmpty() ? "no output" : last));
            }
        } catch (IOException e) {
            throw new SQLException("pt-online-schema-change could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while pt-online-schema-change ran", e);
        } finally {
            if (defaults != null) {
                try {
                    Files.deleteIfExists(defaults);
                } catch (IOException ignored) {
                    // in the temporary folder, readable by this user only
                }
            }
        }
    }

    /** SIGTERM: the tool stops copying and exits; the table stays as it was, and {@link #copy} drops what the tool made. */
    @Override
    public void cancel() {
        Process process = running;
        if (process != null) {
            cancelled = true;
            process.toHandle().destroy(); // Process.destroy would also close the output still to be read
        }
    }

    /**
     * An interrupted tool leaves its triggers and its copy of the table, and prints the statements
     * that drop them (triggers first, so writes stop going to the copy): run them. A trigger it was
     * still creating when interrupted is not among them, so any of its triggers left on the table
     * (named {@code pt_osc_...}) is dropped too.
     */
    private static void undoInterrupted(Connection connection, String output, String table) throws SQLException {
        List<String> drops = new ArrayList<>();
        try (PreparedStatement left = connection.prepareStatement("select trigger_name from information_schema.triggers"
                + " where trigger_schema = database() and event_object_table = ? and trigger_name like 'pt\\_osc\\_%'")) {
            left.setString(1, table);
            try (ResultSet names = left.executeQuery()) {
                while (names.next()) {
                    drops.add("drop trigger if exists `" + names.getString(1).replace("`", "``") + "`");
                }
            }
        }
        output.lines().map(line -> LEFT_BEHIND.matcher(line.strip())).filter(Matcher::matches).forEach(drop -> drops.add(drop.group(1)));
        try (Statement statement = connection.createStatement()) {
            for (String drop : drops) { // every trigger before the copy it writes to
                statement.execute(drop);
            }
        }
    }

    /** A path to an executable file, or a name an executable file on the PATH has. */
    private static boolean onPath(String command) {
        if (command.contains(File.separator)) {
            return Files.isRegularFile(Path.of(command)) && Files.isExecutable(Path.of(command));
        }
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator)).filter(folder -> !folder.isEmpty())
                .map(folder -> Path.of(folder, command)).anyMatch(file -> Files.isRegularFile(file) && Files.isExecutable(file));
    }

    private static String unquoted(String name) {
        return name.startsWith("`") ? name.substring(1, name.length() - 1).replace("``", "`") : name;
    }
}
