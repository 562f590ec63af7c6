package dev.retort.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.autogen.Autogen;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.Operation;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MySQL-style ids ({@code int(4) unsigned}) with foreign keys between them, and a {@code set}. */
class AdoptionMariaDbTest extends AdoptionTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.MARIADB;
    }

    @Override
    List<String> schema() {
        return List.of(
                "create table owner (id int(4) unsigned not null auto_increment, name varchar(30), primary key (id))",
                "create table pet (id int(4) unsigned not null auto_increment, owner_id int(4) unsigned not null,"
                        + " kind set('cat','dog'), primary key (id), constraint fk_pet_owner foreign key (owner_id) references owner (id))");
    }

    @Override
    List<String> entities() {
        return List.of("""
                @Entity @Table(name = "owner") public class Owner {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(columnDefinition = "int unsigned") Integer id;
                    @Column(length = 30, nullable = NAME_NULLABLE) String name;
                }""", """
                @Entity @Table(name = "pet") public class Pet {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) @Column(columnDefinition = "int unsigned") Integer id;
                    @ManyToOne(optional = false) @JoinColumn(name = "owner_id", columnDefinition = "int unsigned",
                            foreignKey = @ForeignKey(name = "fk_pet_owner")) Owner owner;
                    @Column(columnDefinition = "set('cat','dog')") String kind;
                }""");
    }

    @Override
    List<String> plainEntities() {
        return List.of("""
                @Entity @Table(name = "owner") public class Owner {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
                    @Column(length = 30) String name;
                }""", """
                @Entity @Table(name = "pet") public class Pet {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
                    @ManyToOne(optional = false) @JoinColumn(name = "owner_id", foreignKey = @ForeignKey(name = "fk_pet_owner")) Owner owner;
                    String kind;
                }""");
    }

    @Override
    String nativeColumnSpellingQuery() {
        return "select group_concat(column_type order by table_name, column_name) from information_schema.columns"
                + " where table_schema = ? and (column_name in ('id', 'owner_id', 'kind'))";
    }

    /**
     * A sequence made without {@code nocache} (MariaDB's default caches 1000 values, so ids jump by up
     * to 50,000 after a restart with Hibernate's allocation of 50) is brought to what Hibernate makes,
     * and back by the downgrade.
     */
    @Test
    void aSequenceWithMariaDbsDefaultCacheBecomesHibernatesNocache() throws Exception {
        try (TestDatabase.Fresh database = kind().create()) {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("create sequence invoice_seq start with 1 increment by 50");
                statement.execute("create table invoice (id bigint not null, primary key (id))");
            }
            Path sources = Files.createDirectories(work.resolve("sequenced/billing"));
            Files.writeString(sources.resolve("Invoice.java"), """
                    package billing;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "invoice") public class Invoice {
                        @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoices")
                        @SequenceGenerator(name = "invoices", sequenceName = "invoice_seq", allocationSize = 50) Long id;
                    }""");
            Retort retort = Retort.configure()
                    .url(database.url()).user(database.user()).password(database.password())
                    .entityPackages("billing").entitySources(work.resolve("sequenced"))
                    .migrationsDir(Files.createDirectories(work.resolve("sequence-migrations"))).migrationsPackage("sequences")
                    .load();
            List<Operation> plan = Autogen.of(retort).check().plan().operations();
            assertThat(plan).singleElement().isInstanceOfSatisfying(AlterSequence.class,
                    alter -> assertThat(alter.from().cache()).isEqualTo(1000L));
            assertThat(cache(database)).isEqualTo(1000);

            Autogen.of(retort).autogen("nocache");
            retort.upgrade("head");
            assertThat(cache(database)).isZero();
            assertThat(Autogen.of(retort).check().plan().operations()).isEmpty();
            retort.downgrade("base");
            assertThat(cache(database)).isEqualTo(1000);
        }
    }

    private static long cache(TestDatabase.Fresh database) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select cache_size from invoice_seq")) {
            row.next();
            return row.getLong(1);
        }
    }
}
