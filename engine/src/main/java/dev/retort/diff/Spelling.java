package dev.retort.diff;

import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.PrimaryKey;
import dev.retort.model.Schema;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Restates the current schema's table, column and sequence names as the entities spell them, or,
 * for what the entities no longer map, as the revisions that created it did. A catalog that folds
 * unquoted names (H2 to upper case, PostgreSQL to lower) gives back {@code handlingevent} for the
 * {@code HandlingEvent} a revision created; an operation naming it so would fail on MariaDB, where
 * table names are case-sensitive. Restated, every operation of a plan names objects as their
 * creation did, so a history written on one database applies on any other.
 */
final class Spelling {

    private final DiffContext context;
    private final Map<String, Name> tables = new HashMap<>();
    private final Map<String, Map<String, Name>> columns = new HashMap<>();
    private final Map<String, Name> sequences = new HashMap<>();

    private Spelling(DiffContext context) {
        this.context = context;
    }

    /** {@code current} named as {@code target} names it, else as {@code applied} (the revisions' creations) does. */
    static Schema restate(Schema current, Schema target, Schema applied, DiffContext context) {
        Spelling spelling = new Spelling(context);
        spelling.learn(applied);
        spelling.learn(target);
        return spelling.restate(current);
    }

    private void learn(Schema schema) {
        for (Table table : schema.tables()) {
            String key = context.key(table.name());
            tables.put(key, table.name());
            Map<String, Name> names = columns.computeIfAbsent(key, k -> new HashMap<>());
            table.columns().forEach(column -> names.put(context.key(column.name()), column.name()));
        }
        schema.sequences().forEach(sequence -> sequences.put(context.key(sequence.name()), sequence.name()));
    }

    private Schema restate(Schema current) {
        return new Schema(current.tables().stream().map(this::restate).toList(),
                current.sequences().stream().map(sequence -> sequence.named(sequence(sequence.name())))
                        .toList());
    }

    private Table restate(Table table) {
        Name name = table.name();
        List<Column> restatedColumns = table.columns().stream()
                .map(column -> new Column(column(name, column.name()), column.type(), column.nullable(), column.defaultValue(),
                        column.identity(), column.comment()))
                .toList();
        PrimaryKey primaryKey = table.primaryKey() == null ? null
                : new PrimaryKey(table.primaryKey().name(), columns(name, table.primaryKey().columns()));
        List<Index> indexes = table.indexes().stream()
                .map(index -> index.withColumns(columns(name, index.columns()))).toList();
        List<UniqueConstraint> uniques = table.uniques().stream()
                .map(unique -> new UniqueConstraint(unique.name(), columns(name, unique.columns()), unique.explicitName())).toList();
        List<ForeignKey> foreignKeys = table.foreignKeys().stream()
                .map(key -> new ForeignKey(key.name(), columns(name, key.columns()), table(key.referencedTable()),
                        columns(key.referencedTable(), key.referencedColumns()), key.onDelete(), key.onUpdate(), key.explicitName()))
                .toList();
        return new Table(table(name), restatedColumns, primaryKey, indexes, uniques, foreignKeys, table.checks(), table.comment());
    }

    private Name table(Name name) {
        return tables.getOrDefault(context.key(name), name);
    }

    private Name column(Name table, Name name) {
        return columns.getOrDefault(context.key(table), Map.of()).getOrDefault(context.key(name), name);
    }

    private List<Name> columns(Name table, List<Name> names) {
        return names.stream().map(name -> column(table, name)).toList();
    }

    private Name sequence(Name name) {
        return sequences.getOrDefault(context.key(name), name);
    }
}
