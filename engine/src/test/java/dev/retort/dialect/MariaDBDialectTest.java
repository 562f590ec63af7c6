package dev.retort.dialect;

import static dev.retort.model.ColumnType.bigint;
import static dev.retort.model.ColumnType.varchar;
import static dev.retort.ops.Ops.column;
import static dev.retort.ops.Ops.foreignKey;
import static dev.retort.ops.Ops.index;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.model.Name;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import org.junit.jupiter.api.Test;

class MariaDBDialectTest {

    private final Dialect mariadb = DatabaseKind.MARIADB.dialect("10.11.19");

    @Test
    void namesKeepTheirCaseAndKeywordsGetBackticks() {
        assertThat(mariadb.quote(Name.of("group"))).isEqualTo("`group`");
        assertThat(mariadb.quote(Name.of("limit"))).as("reserved by MariaDB, not by the standard").isEqualTo("`limit`");
        assertThat(mariadb.quote(Name.of("key"))).isEqualTo("`key`");
        assertThat(mariadb.quote(Name.quoted("Order"))).isEqualTo("`Order`");
        assertThat(mariadb.quote(Name.of("Department"))).isEqualTo("Department");
        assertThat(mariadb.nameFromCatalog("Department")).isEqualTo(Name.of("Department"));
        assertThat(mariadb.key(Name.of("Department"))).isNotEqualTo(mariadb.key(Name.of("department")));
        assertThat(mariadb.metadataCatalog("app")).isEqualTo("app");
        assertThat(mariadb.metadataSchema("app")).isNull();
    }

    @Test
    void aNameOverSixtyFourCharactersIsRefused() {
        assertThatCode(() -> mariadb.checkIdentifiers(PostgreSQLDialectTest.schemaWithTable("\u00e4".repeat(64)))).doesNotThrowAnyException();
        assertThatThrownBy(() -> mariadb.checkIdentifiers(PostgreSQLDialectTest.schemaWithTable("t".repeat(65))))
                .hasMessageEndingWith(": the name is 65 characters long; MariaDB keeps at most 64 characters, so give it a shorter one");
    }

    @Test
    void aColumnChangeRestatesTheWholeColumn() {
        assertThat(mariadb.sql(new AlterColumn(Name.of("employee"), column("phone", varchar(20)), column("phone", varchar(40)).notNull())))
                .containsExactly("alter table employee modify column phone varchar(40) not null");
    }

    @Test
    void droppingAForeignKeyAlsoDropsTheIndexMariaDbMadeForIt() {
        assertThat(mariadb.sql(new DropForeignKey(Name.of("salary"), foreignKey("fk_salary_employee", "employee_id").references("employee", "id"))))
                .containsExactly(
                        "alter table salary drop foreign key fk_salary_employee",
                        "alter table salary drop index if exists fk_salary_employee");
        assertThat(mariadb.sql(new DropIndex(Name.of("salary"), index("ix_salary", "employee_id"))))
                .containsExactly("drop index ix_salary on salary");
    }

    @Test
    void identityIsAutoIncrement() {
        assertThat(mariadb.sql(new dev.retort.ops.AddColumn(Name.of("t"), column("id", bigint()).notNull().asIdentity())))
                .containsExactly("alter table t add column id bigint not null auto_increment");
    }

    /** A backslash escapes a quote inside a literal here, so the word after it is still inside the literal. */
    @Test
    void aColumnRenameReadsBackslashEscapedLiterals() {
        assertThat(mariadb.renameColumnInCheck("`status` <> 'it\\' status' and `status` <> ''", Name.of("status"), Name.of("state")))
                .isEqualTo("`state` <> 'it\\' status' and `state` <> ''");
    }
}
