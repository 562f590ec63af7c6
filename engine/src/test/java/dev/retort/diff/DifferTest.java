package dev.retort.diff;

import static dev.retort.model.ColumnType.bigint;
import static dev.retort.model.ColumnType.varchar;
import static dev.retort.ops.Ops.column;
import static dev.retort.ops.Ops.foreignKey;
import static dev.retort.ops.Ops.index;
import static dev.retort.ops.Ops.sequence;
import static dev.retort.ops.Ops.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.DatabaseKind;
import dev.retort.dialect.Dialect;
import dev.retort.model.ColumnType;
import dev.retort.model.Name;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Schema;
import dev.retort.model.Table;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropUnique;
import dev.retort.ops.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

class DifferTest {

    private static final Dialect H2 = DatabaseKind.H2.dialect("2.3.232");

    private static final Table DEPARTMENT = table("department")
            .column(column("id", bigint()).notNull())
            .column(column("name", varchar(80)).notNull())
            .primaryKey("id")
            .unique("uq_department_name", "name");

    private static final Table EMPLOYEE = table("employee")
            .column(column("id", bigint()).notNull().asIdentity())
            .column(column("gender", varchar(10)))
            .column(column("department_id", bigint()))
            .primaryKey("id")
            .index(index("ix_employee_gender", "gender"))
            .foreignKey(foreignKey("fk_employee_department", "department_id").references("department", "id"));

    private static Plan diff(Schema target, Schema current) {
        return new Differ(H2).diff(target, current);
    }

    private static Schema schema(Table... tables) {
        return new Schema(List.of(tables), List.of());
    }

    /**
     * A key over integers stays through a widening where the two ends still compare (H2, PostgreSQL);
     * MariaDB changes no column a foreign key joins, so there it is dropped around the change.
     */
    @Test
    void aForeignKeyStaysThroughAnIntegerWideningWhereTheDatabaseAllowsIt() {
        Schema before = new Schema(List.of(
                table("author").column(column("id", ColumnType.integer()).notNull()).primaryKey("id"),
                table("book").column(column("id", bigint()).notNull()).column(column("author_id", ColumnType.integer())).primaryKey("id")
                        .foreignKey(foreignKey("fk_book_author", "author_id").references("author", "id"))), List.of());
        Schema after = new Schema(List.of(
                table("author").column(column("id", bigint()).notNull()).primaryKey("id"),
                table("book").column(column("id", bigint()).notNull()).column(column("author_id", bigint())).primaryKey("id")
                        .foreignKey(foreignKey("fk_book_author", "author_id").references("author", "id"))), List.of());

        assertThat(new Differ(H2).diff(after, before).operations()).noneMatch(operation -> operation instanceof DropForeignKey);
        assertThat(new Differ(DatabaseKind.MARIADB.dialect("10.11")).diff(after, before).operations())
                .filteredOn(operation -> operation instanceof DropForeignKey || operation instanceof AddForeignKey).hasSize(2);
    }

    @Test
    void identicalSchemasGiveAnEmptyPlan() {
        assertThat(diff(schema(DEPARTMENT, EMPLOYEE), schema(DEPARTMENT, EMPLOYEE)).isEmpty()).isTrue();
    }

    @Test
    void newTablesAreCreatedParentsFirstWithIndexesAndForeignKeysAfterwards() {
        Plan plan = diff(schema(EMPLOYEE, DEPARTMENT), Schema.EMPTY);

        assertThat(plan.operations()).extracting(Operation::getClass).containsExactly(
                CreateTable.class, CreateTable.class, CreateIndex.class, AddForeignKey.class);
        assertThat(((CreateTable) plan.operations().get(0)).table().name()).isEqualTo(Name.of("department"));
        assertThat(((CreateTable) plan.operations().get(1)).table().indexes()).isEmpty();
        assertThat(((CreateTable) plan.operations().get(1)).table().foreignKeys()).isEmpty();
    }

    @Test
    void droppedTablesLoseTheirForeignKeysFirstAndTheReverseRecreatesEverything() {
        Plan plan = diff(Schema.EMPTY, schema(DEPARTMENT, EMPLOYEE));

        assertThat(plan.operations()).extracting(Operation::getClass).containsExactly(
                DropForeignKey.class, DropIndex.class, DropTable.class, DropTable.class);
        assertThat(((DropTable) plan.operations().get(2)).table().name()).isEqualTo(Name.of("employee"));
        assertThat(plan.warnings()).hasSize(2).allMatch(warning -> warning.contains("every row"));
        assertThat(plan.reverse()).isEqualTo(diff(schema(DEPARTMENT, EMPLOYEE), Schema.EMPTY).operations());
    }

    @Test
    void namesCompareByTheDialectsCaseFolding() {
        Table upper = table("DEPARTMENT")
                .column(column("ID", bigint()).notNull())
                .column(column("NAME", varchar(80)).notNull())
                .primaryKey("ID")
                .unique("UQ_DEPARTMENT_NAME", "NAME");
        assertThat(diff(schema(DEPARTMENT), schema(upper)).isEmpty()).isTrue();
    }

    @Test
    void aQuotedMixedCaseNameIsADifferentTable() {
        Table quoted = new Table(Name.quoted("Department"), DEPARTMENT.columns(), DEPARTMENT.primaryKey(), List.of(),
                DEPARTMENT.uniques(), List.of(), List.of(), null);
        assertThat(diff(schema(quoted), schema(DEPARTMENT)).operations())
                .extracting(Operation::getClass).containsExactly(DropTable.class, CreateTable.class);
    }

    @Test
    void droppedAndAddedColumnsAndTheirExactReverse() {
        Table withoutGender = table("employee")
                .column(column("id", bigint()).notNull().asIdentity())
                .column(column("department_id", bigint()))
                .column(column("phone", varchar(20)))
                .primaryKey("id")
                .foreignKey(foreignKey("fk_employee_department", "department_id").references("department", "id"));

        Plan plan = diff(schema(DEPARTMENT, withoutGender), schema(DEPARTMENT, EMPLOYEE));

        assertThat(plan.operations()).containsExactly(
                new DropIndex(Name.of("employee"), index("ix_employee_gender", "gender")),
                new AddColumn(Name.of("employee"), column("phone", varchar(20))),
                new DropColumn(Name.of("employee"), column("gender", varchar(10))));
        assertThat(plan.reverse()).containsExactly(
                new AddColumn(Name.of("employee"), column("gender", varchar(10))),
                new DropColumn(Name.of("employee"), column("phone", varchar(20))),
                new CreateIndex(Name.of("employee"), index("ix_employee_gender", "gender")));
    }

    @Test
    void aWiderColumnIsOneAlterCarryingBothDefinitions() {
        Table wider = table("department")
                .column(column("id", bigint()).notNull())
                .column(column("name", varchar(200)))
                .primaryKey("id")
                .unique("uq_department_name", "name");

        Plan plan = diff(schema(wider), schema(DEPARTMENT));

        assertThat(plan.operations()).containsExactly(new AlterColumn(Name.of("department"),
                column("name", varchar(80)).notNull(), column("name", varchar(200))));
    }

    @Test
    void typesEqualUnderTheDialectAreNoChange() {
        Table utc = table("t").column(column("at", ColumnType.timestampTz(6)));
        Table zoned = table("t").column(column("at", ColumnType.of("TIMESTAMP_WITH_TIMEZONE").precision(6)));
        assertThat(diff(schema(utc), schema(zoned)).isEmpty()).isTrue();

        Table plain = table("t").column(column("at", ColumnType.timestamp(6)));
        assertThat(diff(schema(utc), schema(plain)).operations()).hasSize(1);
    }

    @Test
    void indexAndUniqueNamesDoNotMatterButColumnsDo() {
        Table renamedConstraints = table("department")
                .column(column("id", bigint()).notNull())
                .column(column("name", varchar(80)).notNull())
                .primaryKey("id")
                .unique("UK_generated_by_database", "name");
        assertThat(diff(schema(renamedConstraints), schema(DEPARTMENT)).isEmpty()).isTrue();

        Table otherColumn = table("department")
                .column(column("id", bigint()).notNull())
                .column(column("name", varchar(80)).notNull())
                .primaryKey("id")
                .unique("uq_department_name", "id");
        assertThat(diff(schema(otherColumn), schema(DEPARTMENT)).operations()).extracting(Operation::getClass)
                .containsExactly(DropUnique.class, dev.retort.ops.AddUnique.class);
    }

    @Test
    void aChangedDeleteRuleIsADropAndAnAddOfTheForeignKey() {
        Table cascading = EMPLOYEE.withoutIndexesAndForeignKeys()
                .index(index("ix_employee_gender", "gender"))
                .foreignKey(foreignKey("fk_employee_department", "department_id").references("department", "id")
                        .onDelete(ReferentialAction.CASCADE));

        Plan plan = diff(schema(DEPARTMENT, cascading), schema(DEPARTMENT, EMPLOYEE));

        assertThat(plan.operations()).extracting(Operation::getClass).containsExactly(DropForeignKey.class, AddForeignKey.class);
    }

    @Test
    void wideningIsSafeButNarrowingAndNotNullWarn() {
        Plan wider = diff(schema(table("t").column(column("c", varchar(40)))), schema(table("t").column(column("c", varchar(20)))));
        assertThat(wider.warnings()).isEmpty();
        Plan narrower = diff(schema(table("t").column(column("c", varchar(20)))), schema(table("t").column(column("c", varchar(40)))));
        assertThat(narrower.warnings()).singleElement().asString().contains("narrows t.c from VARCHAR(40) to VARCHAR(20)");
        Plan integer = diff(schema(table("t").column(column("c", bigint()))), schema(table("t").column(column("c", ColumnType.integer()))));
        assertThat(integer.warnings()).isEmpty();
        Plan zoned = diff(schema(table("t").column(column("c", ColumnType.timestampTz(6)))), schema(table("t").column(column("c", ColumnType.date()))));
        assertThat(zoned.warnings()).as("a date fits a zoned timestamp (the scanner's TIMESTAMP_UTC)").isEmpty();
        Plan notNull = diff(schema(table("t").column(column("c", bigint()).notNull())), schema(table("t").column(column("c", bigint()))));
        assertThat(notNull.warnings()).singleElement().asString().contains("NOT NULL: fails if a row holds NULL");
        Plan enumLoses = diff(schema(table("t").column(column("c", ColumnType.enumOf("A")))),
                schema(table("t").column(column("c", ColumnType.enumOf("A", "B")))));
        assertThat(enumLoses.warnings()).hasSize(1);
    }

    @Test
    void aColumnDroppedAndAnotherAddedAlikeIsOnlyProposedAsARename() {
        Plan plan = diff(schema(table("t").column(column("id", bigint())).column(column("position", varchar(40)))),
                schema(table("t").column(column("id", bigint())).column(column("job_title", varchar(40)))));
        assertThat(plan.operations()).extracting(Operation::getClass).containsExactly(AddColumn.class, DropColumn.class);
        assertThat(plan.proposals()).singleElement().extracting(proposal -> proposal.rename().toString()).isEqualTo("t.job_title=position");

        Plan renamed = new Differ(H2, DiffOptions.DEFAULT.withRenames(List.of(RenameHint.parse("t.job_title=position"))))
                .diff(schema(table("t").column(column("id", bigint())).column(column("position", varchar(40)))),
                        schema(table("t").column(column("id", bigint())).column(column("job_title", varchar(40)))));
        assertThat(renamed.operations()).containsExactly(new dev.retort.ops.RenameColumn(Name.of("t"), Name.of("job_title"), Name.of("position")));
        assertThat(renamed.reverse()).containsExactly(new dev.retort.ops.RenameColumn(Name.of("t"), Name.of("position"), Name.of("job_title")));
    }

    @Test
    void aTableRetortMayNotDropIsNeverProposedAsRenamed() {
        Schema target = schema(table("client").column(column("id", bigint())));
        Schema current = schema(table("legacy").column(column("id", bigint())));
        assertThat(diff(target, current).proposals()).as("droppable: looks renamed").hasSize(1);
        Plan unmanaged = new Differ(H2, new DiffOptions(java.util.Map.of(), List.of(), dev.retort.model.Schema.EMPTY, false)).diff(target, current);
        assertThat(unmanaged.proposals()).isEmpty();
        assertThat(unmanaged.notes()).singleElement().asString().contains("legacy is not managed");
    }

    @Test
    void sequencesAreCreatedBeforeTablesAndDroppedAfter() {
        Schema target = new Schema(List.of(DEPARTMENT), List.of(sequence("department_seq").incrementBy(50)));
        Plan plan = diff(target, Schema.EMPTY);
        assertThat(plan.operations().get(0)).isEqualTo(new CreateSequence(sequence("department_seq").incrementBy(50)));
        assertThat(plan.reverse().get(plan.reverse().size() - 1)).isInstanceOf(dev.retort.ops.DropSequence.class);
    }
}
