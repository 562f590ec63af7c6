package dev.retort.fixpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.autogen.Autogen;
import dev.retort.diff.Plan;
import dev.retort.model.Name;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.DropIndex;
import dev.retort.ops.Operation;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixpoint law on each database (one subclass each): after {@code upgrade head}, autogenerate
 * on the same entities finds nothing. Any difference it still finds is a normalization bug.
 */
abstract class FixpointTest {

    /** 25 entities: every common Java type, keys of every kind, all inheritance strategies, quoted names. */
    private static final Path SHOP = Path.of("src", "test", "fixtures", "shop");
    private static final Path SAMPLE = Path.of("..", "sample-app", "src", "main", "java", "dev", "retort", "sample", "model");

    @TempDir
    Path work;

    private TestDatabase.Fresh database;

    abstract TestDatabase kind();

    @BeforeEach
    void createDatabase() throws IOException {
        database = kind().create();
        Files.createDirectories(work.resolve("migrations"));
    }

    @AfterEach
    void dropDatabase() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    private Retort retort(Path sources, String packageName) {
        return Retort.configure()
                .url(database.url())
                .user(database.user())
                .password(database.password())
                .entityPackages(packageName)
                .entitySources(sources)
                .migrationsDir(work.resolve("migrations"))
                .migrationsPackage("fixpoint")
                .load();
    }

    private static String describe(Plan plan) {
        return String.join("\n", plan.operations().stream().map(Operation::describe).toList());
    }

    private void assertFixpoint(Path sources, String packageName) {
        Retort retort = retort(sources, packageName);
        Autogen.AutogenResult initial = Autogen.of(retort).autogen("initial");
        assertThat(initial.file()).isNotNull();
        retort.upgrade("head");

        Plan again = Autogen.of(retort).autogen("again").plan();
        assertThat(again.operations()).as("phantom differences:\n" + describe(again)).isEmpty();
    }

    @Test
    void theSampleAppIsAFixpoint() {
        assertFixpoint(SAMPLE.toAbsolutePath().normalize(), "dev.retort.sample.model");
    }

    @Test
    void aLargeModelIsAFixpoint() {
        assertFixpoint(SHOP.toAbsolutePath(), "dev.retort.fixture.shop");
    }

    @Test
    void removingOneFieldOneIndexAndOneForeignKeyIsExactlyThreeChanges() throws IOException {
        Path sources = work.resolve("shop");
        copy(SHOP, sources);
        Retort retort = retort(sources, "dev.retort.fixture.shop");
        Autogen.of(retort).autogen("initial");
        retort.upgrade("head");

        Path entities = sources.resolve("dev/retort/fixture/shop");
        edit(entities.resolve("Supplier.java"), "    @Column(length = 30)\n    String phone;\n", "");
        edit(entities.resolve("Customer.java"), "@Index(name = \"ix_customer_name\", columnList = \"name\"), ", "");
        edit(entities.resolve("Review.java"), "@JoinColumn(name = \"author_id\")",
                "@JoinColumn(name = \"author_id\", foreignKey = @jakarta.persistence.ForeignKey(jakarta.persistence.ConstraintMode.NO_CONSTRAINT))");

        Plan plan = Autogen.of(retort).autogen("three changes").plan();

        assertThat(plan.operations()).as(describe(plan)).hasSize(3);
        assertThat(plan.operations()).anySatisfy(op -> assertThat(op).isInstanceOfSatisfying(DropColumn.class,
                drop -> assertThat(drop.column().name()).isEqualTo(Name.of("phone"))));
        assertThat(plan.operations()).anySatisfy(op -> assertThat(op).isInstanceOfSatisfying(DropIndex.class,
                drop -> assertThat(drop.index().name().text()).isEqualToIgnoringCase("ix_customer_name")));
        assertThat(plan.operations()).anySatisfy(op -> assertThat(op).isInstanceOfSatisfying(DropForeignKey.class,
                drop -> assertThat(drop.foreignKey().columns()).extracting(name -> name.text().toLowerCase()).containsExactly("author_id")));

        retort.upgrade("head");
        assertThat(Autogen.of(retort).autogen("after").plan().operations()).isEmpty();
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String source = Files.readString(file);
        assertThat(source).contains(from);
        Files.writeString(file, source.replace(from, to));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
