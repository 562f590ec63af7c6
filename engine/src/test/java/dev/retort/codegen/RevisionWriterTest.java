package dev.retort.codegen;

import static dev.retort.model.ColumnType.bigint;
import static dev.retort.model.ColumnType.blob;
import static dev.retort.model.ColumnType.bool;
import static dev.retort.model.ColumnType.clob;
import static dev.retort.model.ColumnType.date;
import static dev.retort.model.ColumnType.doublePrecision;
import static dev.retort.model.ColumnType.enumOf;
import static dev.retort.model.ColumnType.fixedChar;
import static dev.retort.model.ColumnType.integer;
import static dev.retort.model.ColumnType.numeric;
import static dev.retort.model.ColumnType.real;
import static dev.retort.model.ColumnType.smallint;
import static dev.retort.model.ColumnType.time;
import static dev.retort.model.ColumnType.timestamp;
import static dev.retort.model.ColumnType.timestampTz;
import static dev.retort.model.ColumnType.tinyint;
import static dev.retort.model.ColumnType.uuid;
import static dev.retort.model.ColumnType.varbinary;
import static dev.retort.model.ColumnType.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.retort.RetortException;
import dev.retort.compile.JavaSources;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.PrimaryKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddCheck;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.AddForeignKey;
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
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.revision.RevisionLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated revisions must compile and replay to exactly the operations they were generated from.
 * Each round trip renders a spec, compiles it with {@link JavaSources} and loads it with
 * {@link RevisionLoader}, as {@code retort upgrade} would.
 */
class RevisionWriterTest {

    private static final String PACKAGE = "db.migration";
    private static final String PARENT_ID = "0a0a0a0a0a0a";
    private static final String ID = "1b2c3d4e5f60";
    private static final String CREATED = "2024-05-01T12:34:56Z";
    private static final Name ORDER = Name.quoted("Order");
    private static final ExecuteSql SQL = new ExecuteSql(
            "UPDATE \"Order\" SET note = 'it''s done */ <b>' WHERE id > 0;\n\tINSERT INTO log VALUES ('a\\b', '$1', 'é');\r\n");
    private static final ExecuteSql UNDO_SQL = new ExecuteSql("DELETE FROM log WHERE msg = 'x'");

    /** Every ColumnType factory, plus spellings that fall back to {@code of("CODE")}. */
    private static final List<ColumnType> EVERY_TYPE = List.of(
            bigint(), integer(), smallint(), tinyint(), bool(),
            varchar(255), fixedChar(3), numeric(12, 2), real(), doublePrecision(),
            date(), time(3), timestamp(6), timestampTz(9), uuid(),
            varbinary(16), clob(), blob(),
            enumOf("NEW", "it's", "say \"hi\"", "back\\slash"),
            ColumnType.of("TIMESTAMP_WITH_TIMEZONE").precision(6),
            ColumnType.of("LONG32VARCHAR").length(65535).declaredAs("text"),
            varchar(5_000_000_000L),
            varbinary(Integer.MAX_VALUE + 1L),
            ColumnType.of("TIME"),
            ColumnType.of("NUMERIC").precision(20),
            ColumnType.of("NVARCHAR").length(40),
            ColumnType.of("DECIMAL").precision(10).scale(0),
            ColumnType.arrayOf(integer()),
            ColumnType.arrayOf(varchar(20)).length(5),
            ColumnType.nativeType("int unsigned"),
            ColumnType.arrayOf(ColumnType.nativeType("inet")));

    @TempDir
    Path sources;

    @TempDir
    Path cache;

    private final RevisionWriter writer = new RevisionWriter();

    // ---- building specs and operations ----

    private static RevisionWriter.Spec spec(String id, List<String> parents, String message, List<Operation> upgrade,
            List<Operation> downgrade) {
        List<String> warnings = upgrade.stream().map(Operation::warning).flatMap(Optional::stream).toList();
        return new RevisionWriter.Spec(id, parents, message, CREATED, List.of("Generated by a test."), upgrade, downgrade,
                warnings);
    }

    private static RevisionWriter.Spec emptySpec(String id, String message) {
        return spec(id, List.of(), message, List.of(), List.of());
    }

    private static Column column(String name, ColumnType type) {
        return Column.of(name, type);
    }

    private static Table orderTable() {
        List<Column> columns = List.of(
                column("id", bigint()).notNull().asIdentity(),
                column("status", varchar(20)).notNull().defaultValue("'NEW'").comment("order's status */ <b>@see</b>"),
                column("customer_id", bigint()),
                new Column(Name.quoted("Select"), integer(), true, "0", false, null),
                column("ref", varchar(40)));
        return new Table(ORDER, columns, new PrimaryKey(null, List.of(Name.of("id"))), List.of(),
                List.of(UniqueConstraint.of("uq_order_ref", "ref"), new UniqueConstraint(Name.quoted("UQ Status"),
                        List.of(Name.of("status"), Name.quoted("Select")))),
                List.of(), List.of(CheckConstraint.of("ref <> ''"), CheckConstraint.named("ck_order_customer", "customer_id > 0")),
                "Orders \"placed\" by customers\nsecond line");
    }

    private static Table everyTypeTable() {
        Table table = Table.of("every_type");
        for (int i = 0; i < EVERY_TYPE.size(); i++) {
            table = table.column(column("c" + i, EVERY_TYPE.get(i)));
        }
        return table;
    }

    /** A dropped table holds its indexes and foreign keys too, so the reverse can recreate it whole. */
    private static Table legacyTable() {
        return Table.of("legacy")
                .column(column("id", integer()).notNull())
                .column(column("order_id", bigint()))
                .primaryKey("id")
                .unique("uq_legacy_order", "order_id")
                .index(Index.of("ix_legacy_order", "order_id", "id"))
                .index(Index.uniqueOf("ux_legacy_id", "id"))
                .foreignKey(ForeignKey.of("fk_legacy_order", "order_id").references("`Order`", "id")
                        .onDelete(ReferentialAction.SET_NULL).onUpdate(ReferentialAction.RESTRICT))
                .comment("to be removed");
    }

    /** Every Operation record type, in an order a real revision could have. */
    private static List<Operation> everyOperation() {
        return List.of(
                new CreateTable(orderTable()),
                new CreateTable(everyTypeTable()),
                new DropTable(legacyTable()),
                new AddColumn(ORDER, column("note", varchar(200)).comment("free text")),
                new DropColumn(ORDER, column("obsolete", integer()).notNull().defaultValue("0")),
                new AlterColumn(ORDER, column("ref", varchar(40)), column("ref", varchar(80)).notNull()),
                new CreateIndex(ORDER, Index.of("ix_order_customer", "customer_id", "status")),
                new CreateIndex(ORDER, Index.uniqueOf("ux_order_ref", "ref")),
                new CreateIndex(ORDER, Index.of("ix_order_recent", "customer_id", "created_at").desc("created_at")),
                new DropIndex(ORDER, Index.of("ix_order_old", "status")),
                new CreateIndex(ORDER, Index.of("ix_order_placed", "created_at")).withConcurrently(),
                new DropIndex(ORDER, Index.of("ix_order_stale", "status")).withConcurrently(),
                new OutsideTransaction(List.of(new CreateIndex(ORDER, Index.of("ix_order_note", "note")),
                        new CreateIndex(ORDER, Index.uniqueOf("ux_order_note_ref", "note", "ref")).withConcurrently())),
                new AddUnique(ORDER, UniqueConstraint.of("uq_order_note", "note")),
                new DropUnique(ORDER, UniqueConstraint.of("uq_order_status", "status")),
                new AddForeignKey(ORDER, ForeignKey.of("fk_order_customer", "customer_id").references("customer", "id")
                        .onDelete(ReferentialAction.CASCADE)),
                new DropForeignKey(ORDER, ForeignKey.of("fk_order_legacy", "customer_id", "id")
                        .references("`Legacy Customer`", "id", "`Order Id`")),
                new CreateSequence(Sequence.of("order_seq").startWith(1000).incrementBy(50)),
                new CreateSequence(Sequence.of("countdown_seq").startWith(5_000_000_000L).incrementBy(-1)),
                new DropSequence(Sequence.of("old_seq")),
                new AlterSequence(Sequence.of("order_seq").incrementBy(50), Sequence.of("order_seq").startWith(7).incrementBy(20)),
                new AlterSequence(Sequence.of("cached_seq").incrementBy(50).cache(1000), Sequence.of("cached_seq").incrementBy(50)),
                new AlterTableComment(ORDER, null, "now with a comment"),
                new AlterColumn(ORDER, column("ref", varchar(80)), column("ref", varchar(80)).asIdentity().comment("the ref")),
                new DropPrimaryKey(ORDER, new PrimaryKey(null, List.of(Name.of("id")))),
                new AddPrimaryKey(ORDER, new PrimaryKey(null, List.of(Name.of("id"), Name.of("ref")))),
                new AddCheck(ORDER, CheckConstraint.named("ck_order_ref", "length(ref) > 2")),
                new DropCheck(ORDER, CheckConstraint.named("ck_order_old", "status in ('A', 'B')")),
                SQL);
    }

    /** Each reverse in reverse order; raw SQL gets a hand-written undo. */
    private static List<Operation> downgradeOf(List<Operation> upgrade) {
        List<Operation> downgrade = new ArrayList<>();
        for (int i = upgrade.size() - 1; i >= 0; i--) {
            Operation operation = upgrade.get(i);
            downgrade.add(operation instanceof ExecuteSql ? UNDO_SQL : operation.reverse());
        }
        return downgrade;
    }

    private static List<Operation> addColumns(int count) {
        return IntStream.range(0, count)
                .<Operation>mapToObj(i -> new AddColumn(Name.of("wide"), column("c" + i, varchar(i + 1L))))
                .toList();
    }

    // ---- writing, compiling and loading ----

    private Path packageFolder() {
        return sources.resolve(PACKAGE.replace('.', '/'));
    }

    /** Writes {@link RevisionWriter#render} output where {@link RevisionWriter#write} would put it. */
    private String renderToSources(RevisionWriter.Spec spec) throws IOException {
        String source = writer.render(PACKAGE, spec);
        Files.createDirectories(packageFolder());
        Files.writeString(packageFolder().resolve(RevisionWriter.className(spec.id(), spec.message()) + ".java"), source);
        return source;
    }

    private RevisionGraph compileAndLoad() {
        return new RevisionLoader(new JavaSources(cache)).fromSources(sources);
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** The exception's message, after checking it is a {@link RetortException} of kind BAD_INPUT. */
    private static String badInput(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(RetortException.class);
        assertThat(((RetortException) thrown).kind()).isEqualTo(RetortException.Kind.BAD_INPUT);
        return thrown.getMessage();
    }

    // ---- (a) round trip ----

    @Test
    void everyOperationAndTypeReplaysExactly() throws IOException {
        List<Operation> upgrade = everyOperation();
        List<Operation> downgrade = downgradeOf(upgrade);
        renderToSources(emptySpec(PARENT_ID, "base"));
        renderToSources(spec(ID, List.of(PARENT_ID), "Add orders", upgrade, downgrade));

        RevisionInfo loaded = compileAndLoad().get(ID);

        assertThat(loaded).isNotNull();
        assertThat(loaded.id()).isEqualTo(ID);
        assertThat(loaded.parents()).containsExactly(PARENT_ID);
        assertThat(loaded.message()).isEqualTo("Add orders");
        assertThat(loaded.created()).isEqualTo(CREATED);
        assertThat(loaded.origin()).isEqualTo(packageFolder().resolve("R" + ID + "_add_orders.java").toString());
        assertThat(loaded.upgradeOperations()).isEqualTo(upgrade);
        assertThat(loaded.downgradeOperations()).as("the downgrade drops by name the tables the upgrade creates")
                .isEqualTo(downgrade.stream().map(op -> op instanceof DropTable drop ? new DropTable(Table.of(drop.table().name())) : op).toList());
        assertThat(Files.readString(packageFolder().resolve("R" + ID + "_add_orders.java"))).contains("op.dropTable(\"`Order`\");");
    }

    @Test
    void everyTypeIsSpelledWithItsFriendlyFactoryWhenOneFits() throws IOException {
        String source = renderToSources(spec(ID, List.of(), "types", List.of(new CreateTable(everyTypeTable())), List.of()));

        assertThat(source).contains("bigint()", "integer()", "smallint()", "tinyint()", "bool()", "varchar(255)",
                "fixedChar(3)", "numeric(12, 2)", "real()", "doublePrecision()", "date()", "time(3)", "timestamp(6)",
                "timestampTz(9)", "uuid()", "varbinary(16)", "clob()", "blob()", "of(\"TIMESTAMP_WITH_TIMEZONE\").precision(6)",
                "varchar(5000000000L)", "varbinary(2147483648L)", "of(\"LONG32VARCHAR\").length(65535).declaredAs(\"text\")",
                "arrayOf(integer())", "arrayOf(varchar(20)).length(5)", "nativeType(\"int unsigned\")", "arrayOf(nativeType(\"inet\"))");
        assertThat(compileAndLoad().get(ID).upgradeOperations()).containsExactly(new CreateTable(everyTypeTable()));
    }

    @Test
    void rootAndMergeRevisionsKeepTheirParents() throws IOException {
        renderToSources(emptySpec("aaaa00000001", "left"));
        renderToSources(emptySpec("bbbb00000002", "right"));
        renderToSources(spec("cccc00000003", List.of("aaaa00000001", "bbbb00000002"), "merge", List.of(), List.of()));

        RevisionGraph graph = compileAndLoad();

        assertThat(graph.get("aaaa00000001").parents()).isEmpty();
        assertThat(graph.get("cccc00000003").parents()).containsExactly("aaaa00000001", "bbbb00000002");
        assertThat(graph.get("cccc00000003").upgradeOperations()).isEmpty();
        assertThat(graph.heads()).containsExactly("cccc00000003");
    }

    // ---- (b) bodies split into several methods ----

    @ParameterizedTest(name = "{0} operations")
    @ValueSource(ints = {RevisionWriter.OPERATIONS_PER_METHOD, RevisionWriter.OPERATIONS_PER_METHOD + 1, 95})
    void longBodiesAreSplitAndStillReplayInOrder(int count) throws IOException {
        List<Operation> upgrade = addColumns(count);
        List<Operation> downgrade = downgradeOf(upgrade);

        String source = renderToSources(spec(ID, List.of(), "wide table", upgrade, downgrade));

        int parts = count > RevisionWriter.OPERATIONS_PER_METHOD
                ? (count + RevisionWriter.OPERATIONS_PER_METHOD - 1) / RevisionWriter.OPERATIONS_PER_METHOD
                : 0;
        assertThat(Pattern.compile("private void upgradePart\\d+\\(").matcher(source).results().count()).isEqualTo(parts);
        assertThat(Pattern.compile("private void downgradePart\\d+\\(").matcher(source).results().count()).isEqualTo(parts);
        RevisionInfo loaded = compileAndLoad().get(ID);
        assertThat(loaded.upgradeOperations()).isEqualTo(upgrade);
        assertThat(loaded.downgradeOperations()).isEqualTo(downgrade);
    }

    // ---- (c) file names and hostile messages ----

    @ParameterizedTest(name = "message \"{0}\"")
    @ValueSource(strings = {"../../etc/passwd", "a/b", "with\u0000nul", "", "   ", "..", "C:\\temp\\x", "Ünïcødé ☃",
            "a very long message that goes on and on well past the forty character limit"})
    void fileNameIsASafeClassNameInsideThePackageFolder(String message) throws IOException {
        Path file = writer.write(sources, PACKAGE, emptySpec(ID, message));

        assertThat(file.getParent()).isEqualTo(packageFolder());
        assertThat(file.getFileName().toString()).matches("R" + ID + "_[a-z0-9_]+\\.java");
        assertThat(file.getFileName().toString().length()).isLessThanOrEqualTo(("R" + ID + "_").length() + 40 + ".java".length());
        assertThat(filesIn(packageFolder())).containsExactly(file);
        assertThat(Files.readString(file)).contains("id = \"" + ID + "\"");
    }

    @Test
    void hostileMessagesCompileAndComeBackUnchanged() throws IOException {
        List<String> messages = List.of(
                "closes the comment */ and opens <b>bold</b> & @Deprecated",
                "../../etc/passwd",
                "with\u0000nul",
                "",
                "   ",
                "quotes \" and ' and $1 and \\ backslash",
                "two\nlines\r\nand a tab\t");
        for (int i = 0; i < messages.size(); i++) {
            writer.write(sources, PACKAGE, emptySpec(String.format("%012x", i + 1), messages.get(i)));
        }

        RevisionGraph graph = compileAndLoad();

        for (int i = 0; i < messages.size(); i++) {
            assertThat(graph.get(String.format("%012x", i + 1)).message()).isEqualTo(messages.get(i));
        }
    }

    @Test
    void hostileTextInOperationsAndWarningsCompiles() throws IOException {
        List<Operation> upgrade = List.of(
                new AddColumn(ORDER, column("`*/ <i>`", varchar(10)).defaultValue("'*/'").comment("*/ @param <x>")),
                new ExecuteSql("SELECT '*/' /* @see <a> */"));
        RevisionWriter.Spec spec = new RevisionWriter.Spec(ID, List.of(), "hostile */ ops", CREATED,
                List.of("note */ <script>"), upgrade, List.of(), List.of("warning */ @throws <b>"));
        writer.write(sources, PACKAGE, spec);

        assertThat(compileAndLoad().get(ID).upgradeOperations()).isEqualTo(upgrade);
    }

    @Test
    void messageWithABackslashUCompiles() throws IOException {
        // javac reads unicode escapes everywhere, comments included: a backslash and a 'u' not followed by four
        // hex digits does not compile, and the escape of '*' followed by '/' would close the Javadoc comment.
        String message = "move files to C:\\users\\shared and \\u002a/ back";
        writer.write(sources, PACKAGE, emptySpec(ID, message));

        assertThat(compileAndLoad().get(ID).message()).isEqualTo(message);
    }

    // ---- (d) never overwrite ----

    @Test
    void writingOverAnExistingFileFailsAndLeavesNoTemporaryFiles() throws IOException {
        Path first = writer.write(sources, PACKAGE, emptySpec(ID, "same message"));
        String original = Files.readString(first);
        RevisionWriter.Spec clash = spec(ID, List.of(), "same message", List.of(SQL), List.of(UNDO_SQL));

        assertThat(badInput(() -> writer.write(sources, PACKAGE, clash))).contains(first.getFileName().toString(), "already exists");

        assertThat(filesIn(packageFolder())).containsExactly(first);
        assertThat(Files.readString(first)).isEqualTo(original);
    }
}
