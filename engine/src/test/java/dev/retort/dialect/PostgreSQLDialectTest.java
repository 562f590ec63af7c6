package dev.retort.dialect;

import static dev.retort.model.ColumnType.enumOf;
import static dev.retort.model.ColumnType.varchar;
import static dev.retort.ops.Ops.column;
import static dev.retort.ops.Ops.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.catalog.Catalog;
import dev.retort.catalog.CatalogColumn;
import dev.retort.model.ColumnType;
import dev.retort.model.Name;
import dev.retort.model.Schema;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgreSQLDialectTest {

    private final Dialect postgres = DatabaseKind.POSTGRESQL.dialect("15.19");

    @Test
    void foldsToLowerCaseAndQuotesKeywordsThatWay() {
        assertThat(postgres.quote(Name.of("user"))).isEqualTo("\"user\"");
        assertThat(postgres.quote(Name.of("limit"))).as("reserved by PostgreSQL, not by the standard").isEqualTo("\"limit\"");
        assertThat(postgres.quote(Name.of("Employee"))).isEqualTo("Employee");
        assertThat(postgres.quote(Name.quoted("Order"))).isEqualTo("\"Order\"");
        assertThat(postgres.nameFromCatalog("employee")).isEqualTo(Name.of("employee"));
        assertThat(postgres.nameFromCatalog("Order")).isEqualTo(Name.quoted("Order"));
        assertThat(postgres.transactionalDdl()).isTrue();
    }

    @Test
    void anEnumIsAVarcharWithACheckOfItsValues() {
        assertThat(postgres.sql(new CreateTable(table("employee").column(column("kind", enumOf("A", "B'C")).notNull()))))
                .containsExactly("create table employee (\n    kind varchar(255) not null constraint \"employee_kind_check\" check (kind in ('A','B''C'))\n)");
    }

    /** The varchar stays as it is (no statement that would lock the table for nothing); only the check is made again. */
    @Test
    void changingEnumValuesReplacesTheCheckPostgresNamed() {
        assertThat(postgres.sql(new AlterColumn(Name.of("employee"), column("kind", enumOf("A")), column("kind", enumOf("A", "B")))))
                .containsExactly(
                        "alter table employee drop constraint \"employee_kind_check\"",
                        "alter table employee add constraint \"employee_kind_check\" check (kind in ('A','B'))");
        assertThat(postgres.sql(new AlterColumn(Name.of("employee"), column("kind", enumOf("A")), column("kind", varchar(20)))))
                .containsExactly(
                        "alter table employee drop constraint \"employee_kind_check\"",
                        "alter table employee alter column kind set data type varchar(20)");
    }

    @Test
    void aTypeChangeSaysHowToCastAndMovesTheDefaultAround() {
        AlterColumn textToNumber = new AlterColumn(Name.of("book"), column("isbn", varchar(20)).defaultValue("'0'"),
                column("isbn", ColumnType.integer()).defaultValue("0"));
        assertThat(postgres.sql(textToNumber)).containsExactly(
                "alter table book alter column isbn drop default",
                "alter table book alter column isbn set data type integer using isbn::integer",
                "alter table book alter column isbn set default 0");
        assertThat(postgres.sql(textToNumber.reverse())).containsExactly(
                "alter table book alter column isbn drop default",
                "alter table book alter column isbn set data type varchar(20)",
                "alter table book alter column isbn set default '0'");
    }

    @Test
    void aNamePostgresWouldCutShortIsRefusedCountingBytes() {
        assertThatCode(() -> postgres.checkIdentifiers(schemaWithTable("t".repeat(63)))).doesNotThrowAnyException();
        assertThatThrownBy(() -> postgres.checkIdentifiers(schemaWithTable("t".repeat(64))))
                .hasMessage("table " + "t".repeat(64) + ": the name is 64 bytes long; PostgreSQL keeps at most 63 bytes, so give it a shorter one");
        assertThatThrownBy(() -> postgres.checkIdentifiers(new Schema(List.of(table("book").column(column("\u00e4".repeat(32), varchar(5)))), List.of())))
                .as("32 characters, 64 bytes").hasMessageStartingWith("column book." + "\u00e4".repeat(32) + ": the name is 64 bytes long");
    }

    @Test
    void derivedConstraintNamesAreShortenedAsPostgresShortensThem() {
        String table = "t".repeat(40);
        String column = "c".repeat(30);
        // what PostgreSQL 15 named the unnamed check of such a column: each part cut to 28
        assertThat(postgres.sql(new CreateTable(table(table).column(column(column, enumOf("A"))))).get(0))
                .contains("constraint \"" + "t".repeat(28) + "_" + "c".repeat(28) + "_check\" check");
    }

    static Schema schemaWithTable(String name) {
        return new Schema(List.of(table(name).column(column("id", varchar(5)))), List.of());
    }

    @Test
    void defaultsLoseTheCastsThePostgresCatalogAdds() {
        CatalogColumn column = new CatalogColumn("t", "c", 1, java.sql.Types.VARCHAR, "varchar", 10, 0, true,
                "'x'::character varying", "NO", null);
        assertThat(Catalog.of(postgres).columnDefault(column)).isEqualTo("'x'");
        assertThat(postgres.sameType(varchar(10), varchar(10))).isTrue();
    }

    /** A column rename as PostgreSQL restates the checks on it: a literal holding the word is a value. */
    @Test
    void aColumnRenameRestatesChecksButNotTheirLiterals() {
        assertThat(postgres.renameColumnInCheck("((status)::text <> 'status'::text) AND (note <> 'it''s status'::text)",
                Name.of("status"), Name.of("state")))
                .isEqualTo("((state)::text <> 'status'::text) AND (note <> 'it''s status'::text)");
        assertThat(postgres.renameColumnInCheck("(status_code > 0) AND (\"Status\" IS NULL) AND (old_status IS NULL)",
                Name.of("status"), Name.of("state")))
                .as("a longer name, and a quoted name of another case, are other columns")
                .isEqualTo("(status_code > 0) AND (\"Status\" IS NULL) AND (old_status IS NULL)");
    }
}
