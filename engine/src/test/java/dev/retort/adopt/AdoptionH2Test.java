package dev.retort.adopt;

import dev.retort.testing.TestDatabase;
import java.util.List;

/** A column that compares without case ({@code varchar_ignorecase}), as logins often are. */
class AdoptionH2Test extends AdoptionTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.H2;
    }

    @Override
    List<String> schema() {
        return List.of("create table account (id bigint not null primary key, login varchar_ignorecase(60) not null, name varchar(30))");
    }

    @Override
    List<String> entities() {
        return List.of("""
                @Entity @Table(name = "account") public class Account {
                    @Id Long id;
                    @Column(columnDefinition = "varchar_ignorecase(60)", nullable = false) String login;
                    @Column(length = 30, nullable = NAME_NULLABLE) String name;
                }""");
    }

    @Override
    List<String> plainEntities() {
        return List.of("""
                @Entity @Table(name = "account") public class Account {
                    @Id Long id;
                    @Column(length = 60, nullable = false) String login;
                    @Column(length = 30) String name;
                }""");
    }

    @Override
    String nativeColumnSpellingQuery() {
        return "select data_type || '(' || character_maximum_length || ')' from information_schema.columns"
                + " where table_schema = ? and column_name = 'LOGIN'";
    }
}
