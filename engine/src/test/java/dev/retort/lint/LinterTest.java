package dev.retort.lint;

import static dev.retort.model.ColumnType.bigint;
import static dev.retort.model.ColumnType.integer;
import static dev.retort.model.ColumnType.varchar;
import static dev.retort.ops.Ops.column;
import static dev.retort.ops.Ops.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.Online;
import dev.retort.dialect.DatabaseKind;
import dev.retort.dialect.Dialect;
import dev.retort.model.CheckConstraint;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddCheck;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUnique;
import dev.retort.ops.ExecuteSql;
import dev.retort.ops.Operation;
import dev.retort.ops.Ops;
import dev.retort.ops.RenameColumn;
import dev.retort.revision.Acknowledged;
import dev.retort.revision.Migration;
import dev.retort.revision.RevisionInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LinterTest {

    private static final Dialect POSTGRESQL = DatabaseKind.POSTGRESQL.dialect("15.0");
    private static final Dialect MARIADB = DatabaseKind.MARIADB.dialect("10.11.19");
    private static final Dialect H2 = DatabaseKind.H2.dialect("2.3.232");
    private static final Name EMPLOYEE = Name.of("employee");

    private static List<String> codes(Dialect dialect, Operation... operations) {
        return Linter.of(dialect).lint(List.of(operations)).stream().map(finding -> finding.rule().code()).toList();
    }

    @Test
    void dataLossAndRollingDeployRulesHoldOnEveryDatabase() {
        for (Dialect dialect : List.of(POSTGRESQL, MARIADB, H2)) {
            assertThat(codes(dialect, new DropTable(table("employee").column(column("id", bigint())))))
                    .as(dialect.toString()).containsExactly("RT101");
            assertThat(codes(dialect, new DropColumn(EMPLOYEE, column("gender", varchar(10))))).containsExactly("RT102");
            assertThat(codes(dialect, new AlterColumn(EMPLOYEE, column("name", varchar(80)), column("name", varchar(40)))))
                    .startsWith("RT104");
            assertThat(codes(dialect, new DropUnique(EMPLOYEE, UniqueConstraint.of("uq_employee_email", "email")))).containsExactly("RT105");
            assertThat(codes(dialect, new RenameColumn(EMPLOYEE, Name.of("job_title"), Name.of("position")))).containsExactly("RT401");
            assertThat(codes(dialect, new AddColumn(EMPLOYEE, column("badge", varchar(10)).notNull()))).containsExactly("RT402");
            assertThat(codes(dialect, new AddColumn(EMPLOYEE, column("badge", varchar(10)).notNull().defaultValue("'none'")))).isEmpty();
            assertThat(codes(dialect, new AddColumn(EMPLOYEE, column("phone", varchar(20))))).isEmpty();
        }
        assertThat(codes(H2, new AlterColumn(EMPLOYEE, column("name", varchar(40)), column("name", varchar(40)).notNull())))
                .containsExactly("RT106");
    }

    @Test
    void postgreSqlLocksAreNamedWithTheirWayAround() {
        assertThat(codes(POSTGRESQL, new CreateIndex(EMPLOYEE, Index.of("ix_employee_phone", "phone")))).containsExactly("RT201");
        assertThat(codes(POSTGRESQL, new CreateIndex(EMPLOYEE, Index.of("ix_employee_phone", "phone")).withConcurrently())).isEmpty();
        assertThat(codes(POSTGRESQL, new ExecuteSql("CREATE INDEX ix_employee_phone ON employee (phone)"))).containsExactly("RT201");
        assertThat(codes(POSTGRESQL, new ExecuteSql("create index concurrently ix_employee_phone on employee (phone)"))).isEmpty();
        assertThat(codes(POSTGRESQL, new AddForeignKey(EMPLOYEE, ForeignKey.of("fk_employee_department", "department_id")
                .references("department", "id")))).containsExactly("RT202");
        assertThat(codes(POSTGRESQL, new AddCheck(EMPLOYEE, CheckConstraint.named("ck_employee_age", "age > 0")))).containsExactly("RT203");
        assertThat(codes(POSTGRESQL, new AlterColumn(EMPLOYEE, column("age", integer()), column("age", bigint())))).containsExactly("RT204");
        assertThat(codes(POSTGRESQL, new AlterColumn(EMPLOYEE, column("name", varchar(40)), column("name", varchar(80))))).isEmpty();
        assertThat(codes(POSTGRESQL, new AlterColumn(EMPLOYEE, column("name", varchar(40)), column("name", varchar(40)).notNull())))
                .containsExactly("RT106", "RT205");
        assertThat(codes(POSTGRESQL, new AddColumn(EMPLOYEE, column("token", varchar(36)).defaultValue("gen_random_uuid()"))))
                .containsExactly("RT206");
        assertThat(codes(POSTGRESQL, new AddColumn(EMPLOYEE, column("created", varchar(36)).defaultValue("now()")))).isEmpty();
    }

    @Test
    void mariaDbNamesWhatCopiesTheTable() {
        assertThat(codes(MARIADB, new AlterColumn(EMPLOYEE, column("age", integer()), column("age", bigint())))).containsExactly("RT301");
        assertThat(codes(MARIADB, new AlterColumn(EMPLOYEE, column("name", varchar(40)), column("name", varchar(60))))).isEmpty();
        assertThat(codes(MARIADB, new AlterColumn(EMPLOYEE, column("name", varchar(40)), column("name", varchar(80))))).containsExactly("RT301");
        assertThat(codes(MARIADB, new CreateIndex(EMPLOYEE, Index.of("ix_employee_phone", "phone")))).isEmpty();
        Online ptOsc = new Online(true, Online.PT_OSC, 100_000, null);
        assertThat(Linter.of(MARIADB, ptOsc).lint(List.of(new AlterColumn(EMPLOYEE, column("age", integer()), column("age", bigint())))))
                .as("pt-online-schema-change copies a large table online").isEmpty();
    }

    /** A table the revision creates holds no rows and has no readers: its index, key and columns break nothing. */
    @Test
    void aTableCreatedByTheSameRevisionIsLeftAlone() {
        Table badge = table("badge").column(column("id", bigint()).notNull()).primaryKey("id");
        assertThat(codes(POSTGRESQL, new CreateTable(badge), new CreateIndex(Name.of("badge"), Index.of("ix_badge_id", "id")),
                new AddColumn(Name.of("badge"), column("code", varchar(10)).notNull()),
                new AddForeignKey(Name.of("badge"), ForeignKey.of("fk_badge_employee", "id").references("employee", "id")))).isEmpty();
    }

    @Test
    void thousandsOfTablesInOneTransactionExceedPostgreSqlsLockBudget() {
        List<Operation> tables = IntStream.range(0, 1_000).<Operation>mapToObj(i -> new CreateTable(table("t" + i)
                .column(column("id", bigint()).notNull().asIdentity()).primaryKey("id").index(Index.of("ix_t" + i, "id")))).toList();

        assertThat(Linter.of(POSTGRESQL).lint(tables)).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(Rule.LOCK_BUDGET);
            assertThat(finding.what()).isEqualTo("about 6000 locks in one transaction (1000 operations)");
        });
        assertThat(Linter.of(POSTGRESQL).lint(tables.subList(0, 100))).isEmpty();
    }

    @Acknowledged(value = "RT102", reason = "nothing reads gender since 2.3")
    static final class DropsGender implements Migration {
        @Override
        public void upgrade(Ops op) {
            op.dropColumn("employee", column("gender", varchar(10)));
            op.renameColumn("employee", "job_title", "position");
        }

        @Override
        public void downgrade(Ops op) {
            op.renameColumn("employee", "position", "job_title");
            op.addColumn("employee", column("gender", varchar(10)));
        }
    }

    @Test
    void anAcknowledgedErrorIsStillReportedAndNoLongerFails() {
        RevisionInfo revision = new RevisionInfo("aaaaaaaaaaa1", List.of(), "drop gender", "", "DropsGender.java", new DropsGender());

        List<Finding> findings = Linter.of(POSTGRESQL).lint(revision);

        assertThat(findings).extracting(finding -> finding.rule().code()).containsExactly("RT102", "RT401");
        assertThat(findings.get(0).acknowledged()).isEqualTo("nothing reads gender since 2.3");
        assertThat(findings).noneMatch(Finding::fails);
        assertThat(findings.get(0).describe()).isEqualTo("RT102 error: drop column employee.gender: drops the column and its data."
                + " Instead: expand, migrate, contract: stop reading it in one release, drop it in a later revision."
                + " Acknowledged: nothing reads gender since 2.3");
    }

    /** docs/lint.md lists every rule with its code, severity, what goes wrong and the way around, as the tool says them. */
    @Test
    void docsListEveryRuleAsTheToolSaysIt() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "lint.md"));
        List<String> missing = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            String row = docs.lines().filter(line -> line.startsWith("| " + rule.code() + " |")).findFirst().orElse("");
            if (!row.contains("| " + rule.severity().name().toLowerCase(Locale.ROOT) + " |")) {
                missing.add(rule.code() + " with its severity");
            }
        }
        assertThat(missing).isEmpty();
    }
}
