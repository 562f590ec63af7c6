package dev.retort.tenants;

import dev.retort.testing.TestDatabase;

class TenantsMariaDbTest extends TenantsTest {

    @Override
    TestDatabase kind() {
        return TestDatabase.MARIADB;
    }

    @Override
    int count() {
        return 50;
    }

    @Override
    String create(String name) {
        return "create database " + name;
    }

    @Override
    String drop(String name) {
        return "drop database if exists " + name;
    }
}
