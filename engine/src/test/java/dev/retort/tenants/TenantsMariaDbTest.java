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

    @Override
    String slowStatement() {
        return "select sleep(60)";
    }

    @Override
    String sessionsRunning() {
        return "select count(*) from information_schema.processlist where info like ?";
    }
}
