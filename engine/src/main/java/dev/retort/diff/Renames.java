package dev.retort.diff;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.PrimaryKey;
import dev.retort.model.Schema;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Restates the current schema as it will be after a rename, so the rest of the diff compares
 * like with like: a renamed column keeps its indexes, keys, constraints and the foreign keys that
 * point at it, as the database keeps them.
 */
final class Renames {

    private Renames() {}

    static Schema renameTable(Schema schema, Name from, Name to, DiffContext context) {
        String fromKey = context.key(from);
        List<Table> tables = schema.tables().stream().map(table -> {
            Table renamed = context.key(table.name()).equals(fromKey)
                    ? new Table(to, table.columns(), table.primaryKey(), table.indexes(), table.uniques(), table.foreignKeys(),
                            table.checks(), table.comment())
                    : table;
            return withForeignKeys(renamed, key -> context.key(key.referencedTable()).equals(fromKey)
                    ? new ForeignKey(key.name(), key.columns(), to, key.referencedColumns(), key.onDelete(), key.onUpdate(), key.explicitName())
                    : key);
        }).toList();
        return new Schema(tables, schema.sequences());
    }

    static Schema renameColumn(Schema schema, Name tableName, Name from, Name to, DiffContext context) {
        String tableKey = context.key(tableName);
        String fromKey = context.key(from);
        UnaryOperator<List<Name>> rename = names -> names.stream().map(name -> context.key(name).equals(fromKey) ? to : name).toList();
        List<Table> tables = schema.tables().stream().map(table -> {
            boolean owner = context.key(table.name()).equals(tableKey);
            Table renamed = owner ? renameInTable(table, from, to, rename, context) : table;
            return withForeignKeys(renamed, key -> context.key(key.referencedTable()).equals(tableKey)
                    ? new ForeignKey(key.name(), key.columns(), key.referencedTable(), rename.apply(key.referencedColumns()),
                            key.onDelete(), key.onUpdate(), key.explicitName())
                    : key);
        }).toList();
        return new Schema(tables, schema.sequences());
    }

    private static Table renameInTable(Table table, Name from, Name to, UnaryOperator<List<Name>> rename, DiffContext context) {
        String fromKey = context.key(from);
        List<Column> columns = table.columns().stream()
                .map(column -> context.key(column.name()).equals(fromKey)
                        ? new Column(to, column.type(), column.nullable(), column.defaultValue(), column.identity(), column.comment())
                        : column)
                .toList();
        PrimaryKey primaryKey = table.primaryKey() == null ? null : new PrimaryKey(table.primaryKey().name(), rename.apply(table.primaryKey().columns()));
        List<Index> indexes = table.indexes().stream()
                .map(index -> index.withColumns(rename.apply(index.columns()))).toList();
        List<UniqueConstraint> uniques = table.uniques().stream()
                .map(unique -> new UniqueConstraint(unique.name(), rename.apply(unique.columns()), unique.explicitName())).toList();
        List<ForeignKey> foreignKeys = table.foreignKeys().stream()
                .map(key -> new ForeignKey(key.name(), rename.apply(key.columns()), key.referencedTable(), key.referencedColumns(),
                        key.onDelete(), key.onUpdate(), key.explicitName())).toList();
        // the database rewrites the name inside check expressions itself
        List<CheckConstraint> checks = table.checks().stream()
                .map(check -> new CheckConstraint(check.name(), context.dialect().renameColumnInCheck(check.expression(), from, to),
                        check.explicitName()))
                .toList();
        return new Table(table.name(), columns, primaryKey, indexes, uniques, foreignKeys, checks, table.comment());
    }

    private static Table withForeignKeys(Table table, UnaryOperator<ForeignKey> change) {
        return new Table(table.name(), table.columns(), table.primaryKey(), table.indexes(), table.uniques(),
                table.foreignKeys().stream().map(change).toList(), table.checks(), table.comment());
    }
}
