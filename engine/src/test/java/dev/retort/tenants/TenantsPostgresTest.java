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
}
