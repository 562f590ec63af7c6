package dev.retort.adopt;

import dev.retort.testing.TestDatabase;
import java.util.List;

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
}
