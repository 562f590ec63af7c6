package dev.retort.adopt;

import dev.retort.testing.TestDatabase;
import java.util.List;

/** A case-insensitive text ({@code citext}, an extension), a domain, and arrays in a table no entity maps. */
class AdoptionPostgresTest extends AdoptionTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.POSTGRESQL;
    }

    @Override
    List<String> prerequisites() {
        return List.of("create extension if not exists citext", "create domain rating as integer check (value between 1 and 5)");
    }

    @Override
    List<String> schema() {
        return List.of("create table review (id bigint not null primary key, author citext not null, stars rating, name varchar(30))",
                // no entity maps it: its arrays (one of a type only PostgreSQL has) are read without a crash, and kept by a baseline
                "create table legacy_note (id integer not null primary key, tags text[], hosts inet[], scores numeric(5,2)[])");
    }

    @Override
    List<String> entities() {
        return List.of("""
                @Entity @Table(name = "review") public class Review {
                    @Id Long id;
                    @Column(columnDefinition = "citext", nullable = false) String author;
                    @Column(columnDefinition = "rating") Integer stars;
                    @Column(length = 30, nullable = NAME_NULLABLE) String name;
                }""");
    }

    @Override
    List<String> plainEntities() {
        return List.of("""
                @Entity @Table(name = "review") public class Review {
                    @Id Long id;
                    @Column(nullable = false) String author;
                    Integer stars;
                    @Column(length = 30) String name;
                }""");
    }

    @Override
    String nativeColumnSpellingQuery() {
        return "select string_agg(format_type(a.atttypid, a.atttypmod), ',' order by a.attname) from pg_attribute a"
                + " join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = ? and c.relname = 'review' and a.attname in ('author', 'stars')";
    }
}
