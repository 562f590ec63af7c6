package dev.retort.tenants;

import dev.retort.testing.TestDatabase;

class TenantsPostgresTest extends TenantsTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.POSTGRESQL;
    }

    @Override
    int count() {
        return 200;
    }

    @Override
    String create(String name) {
        return "create schema " + name;
    }

    @Override
    String drop(String name) {
        return "drop schema if exists " + name + " cascade";
    }

    @Override
    String slowStatement() {
        return "select pg_sleep(60)";
    }

    @Override
    String sessionsRunning() {
        return "select count(*) from pg_stat_activity where state = 'active' and query like ?";
    }
}
