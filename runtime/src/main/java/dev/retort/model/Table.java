package dev.retort.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table with its columns (in order), primary key (or {@code null}), indexes, unique constraints
 * and outgoing foreign keys. The "with" methods return a new table, so revision files can build one
 * in a single expression: {@code table("employee").column(...).primaryKey("id")}.
 */
public record Table(
        Name name,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<Index> indexes,
        List<UniqueConstraint> uniques,
        List<ForeignKey> foreignKeys,
        List<CheckConstraint> checks,
        String comment) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
    }

    public static Table of(String name) {
        return of(Name.of(name));
    }

    /** A table known by its name alone, as a downgrade drops one its upgrade created. */
    public static Table of(Name name) {
        return new Table(name, List.of(), null, List.of(), List.of(), List.of(), List.of(), null);
    }

    public Table column(Column column) {
        return columns(append(columns, column));
    }

    /** The same table with other columns (same names keep their constraints). */
    public Table columns(List<Column> replaced) {
        return new Table(name, replaced, primaryKey, indexes, uniques, foreignKeys, checks, comment);
    }

    public Table primaryKey(String... columnNames) {
        return primaryKey(new PrimaryKey(null, Names.of(columnNames)));
    }

    public Table primaryKey(PrimaryKey key) {
        return new Table(name, columns, key, indexes, uniques, foreignKeys, checks, comment);
    }

    public Table unique(String constraintName, String... columnNames) {
        return unique(UniqueConstraint.of(constraintName, columnNames));
    }

    public Table unique(UniqueConstraint unique) {
        return new Table(name, columns, primaryKey, indexes, append(uniques, unique), foreignKeys, checks, comment);
    }

    public Table index(Index index) {
        return new Table(name, columns, primaryKey, append(indexes, index), uniques, foreignKeys, checks, comment);
    }

    public Table foreignKey(ForeignKey foreignKey) {
        return new Table(name, columns, primaryKey, indexes, uniques, append(foreignKeys, foreignKey), checks, comment);
    }

    public Table check(String expression) {
        return check(CheckConstraint.of(expression));
    }

    public Table check(CheckConstraint check) {
        return checks(append(checks, check));
    }

    public Table checks(List<CheckConstraint> replaced) {
        return new Table(name, columns, primaryKey, indexes, uniques, foreignKeys, replaced, comment);
    }

    public Table comment(String comment) {
        return new Table(name, columns, primaryKey, indexes, uniques, foreignKeys, checks, comment);
    }

    /** This table as {@code CREATE TABLE} makes it: indexes and foreign keys are separate operations. */
    public Table withoutIndexesAndForeignKeys() {
        return new Table(name, columns, primaryKey, List.of(), uniques, List.of(), checks, comment);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Objects.requireNonNull(item));
        return copy;
    }
}
