package dev.retort.runner;

import static dev.retort.model.ColumnType.bigint;
import static dev.retort.model.ColumnType.varchar;
import static dev.retort.ops.Ops.column;
import static dev.retort.ops.Ops.table;
import static dev.retort.testing.H2Databases.rows;
import static dev.retort.testing.TestRevisions.revision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.RetortException;
import dev.retort.dialect.DatabaseKind;
import dev.retort.dialect.Dialect;
import dev.retort.model.Name;
import dev.retort.ops.AddColumn;
import dev.retort.ops.CreateTable;
import dev.retort.ops.ExecuteSql;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.testing.H2Databases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunnerH2Test {

    private static final Dialect H2 = DatabaseKind.H2.dialect("2.3.232");

    private static final RevisionInfo FIRST = revision("aaa111", List.of(), List.of(
            new CreateTable(table("employee").column(column("id", bigint()).notNull()).primaryKey("id"))));
    private static final RevisionInfo SECOND = revision("bbb222", List.of("aaa111"), List.of(
            new AddColumn(Name.of("employee"), column("gender", varchar(10)))));

    private Connection connection;
    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void connect() throws SQLException {
        connection = H2Databases.connect(H2Databases.newUrl());
    }

    private Runner runner(RevisionInfo... revisions) {
        return new Runner(H2, RevisionGraph.of(List.of(revisions)), new RunListener() {
            @Override
            public void revisionStarted(RevisionInfo revision, Direction direction) {
                events.add(direction.label() + " " + revision.id());
            }
        });
    }

    private List<String> columns() throws SQLException {
        return rows(connection, "select column_name from information_schema.columns where table_name = 'EMPLOYEE' order by ordinal_position");
    }

    @Test
    void upgradeAndDowngradeMoveTheVersionAndKeepHistory() throws SQLException {
        Runner runner = runner(FIRST, SECOND);

        Runner.Result up = runner.upgrade(connection, "PUBLIC", "head");
        assertThat(up.revisions()).extracting(RevisionInfo::id).containsExactly("aaa111", "bbb222");
        assertThat(columns()).containsExactly("ID", "GENDER");
        assertThat(rows(connection, "select version_id from retort_version")).containsExactly("bbb222");

        runner.downgrade(connection, "PUBLIC", "-1");
        assertThat(columns()).containsExactly("ID");
        assertThat(rows(connection, "select version_id from retort_version")).containsExactly("aaa111");

        runner.downgrade(connection, "PUBLIC", "base");
        assertThat(rows(connection, "select table_name from information_schema.tables where table_schema = 'PUBLIC' order by 1"))
                .containsExactly("RETORT_HISTORY", "RETORT_VERSION");
        assertThat(rows(connection, "select count(*) from retort_version")).containsExactly("0");
        assertThat(rows(connection, "select revision || ' ' || direction || ' ' || success from retort_history order by seq"))
                .containsExactly("aaa111 upgrade TRUE", "bbb222 upgrade TRUE", "bbb222 downgrade TRUE", "aaa111 downgrade TRUE");
        assertThat(events).containsExactly("upgrade aaa111", "upgrade bbb222", "downgrade bbb222", "downgrade aaa111");
    }

    @Test
    void alreadyAtHeadDoesNothing() throws SQLException {
        Runner runner = runner(FIRST, SECOND);
        runner.upgrade(connection, "PUBLIC", "head");
        Runner.Result again = runner.upgrade(connection, "PUBLIC", "head");
        assertThat(again.revisions()).isEmpty();
        assertThat(rows(connection, "select count(*) from retort_history")).containsExactly("2");
    }

    @Test
    void aFailingStatementStopsAndSaysWhereTheDatabaseIs() throws SQLException {
        RevisionInfo broken = revision("ccc333", List.of("bbb222"), List.of(
                new AddColumn(Name.of("employee"), column("phone", varchar(20))),
                new ExecuteSql("alter table no_such_table add column x int")));
        Runner runner = runner(FIRST, SECOND, broken);

        assertThatThrownBy(() -> runner.upgrade(connection, "PUBLIC", "head"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("revision ccc333")
                .hasMessageContaining("alter table no_such_table add column x int")
                .hasMessageContaining("NO_SUCH_TABLE")
                .hasMessageContaining("recorded at bbb222")
                .satisfies(e -> assertThat(((RetortException) e).kind()).isEqualTo(RetortException.Kind.FAILED));

        // H2 commits each DDL statement: the first one stays, and the bookkeeping says so honestly.
        assertThat(columns()).containsExactly("ID", "GENDER", "PHONE");
        assertThat(rows(connection, "select version_id from retort_version")).containsExactly("bbb222");
        assertThat(rows(connection, "select revision || ' ' || success from retort_history order by seq desc limit 1"))
                .containsExactly("ccc333 FALSE");
    }

    @Test
    void aDatabaseAtAnUnknownRevisionIsRefused() throws SQLException {
        runner(FIRST, SECOND).upgrade(connection, "PUBLIC", "head");
        assertThatThrownBy(() -> runner(FIRST).upgrade(connection, "PUBLIC", "head"))
                .isInstanceOf(RetortException.class)
                .hasMessageContaining("bbb222, which no revision file defines");
    }
}
