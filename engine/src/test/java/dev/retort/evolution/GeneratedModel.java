package dev.retort.evolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A generated entity model. Entities and fields carry ids that survive renames, so rows inserted
 * under one name can be followed to the next; every constraint name embeds an id, so names stay
 * unique in the schema whatever the tables are called.
 */
record GeneratedModel(List<Entity> entities) {

    static final GeneratedModel EMPTY = new GeneratedModel(List.of());

    GeneratedModel {
        entities = List.copyOf(entities);
    }

    /** TEXT is a string declared {@code columnDefinition = "text"}: a type the Java type does not say. */
    enum Type {
        STRING, TEXT, INT, LONG, DECIMAL, DATE, REFERENCE;

        boolean numeric() {
            return this == INT || this == LONG || this == DECIMAL;
        }
    }

    /**
     * @param size      length of a STRING, precision of a DECIMAL (scale is always 2)
     * @param reference the entity id a REFERENCE points at
     */
    record Field(int id, String column, Type type, int size, boolean nullable, int reference) {

        Field withColumn(String newColumn) {
            return new Field(id, newColumn, type, size, nullable, reference);
        }

        Field withType(Type newType, int newSize) {
            return new Field(id, column, newType, newSize, nullable, reference);
        }

        Field withNullable(boolean newNullable) {
            return new Field(id, column, type, size, newNullable, reference);
        }
    }

    /** An index or unique constraint over fields. */
    record Key(String name, List<Integer> fields) {
        Key {
            fields = List.copyOf(fields);
        }
    }

    /** {@code column >= 0} on a numeric field. */
    record Check(String name, int field) {}

    record Sequence(String name, int allocationSize) {}

    record Entity(int id, String table, List<Field> fields, List<Key> indexes, List<Key> uniques, List<Check> checks,
            Optional<Sequence> sequence) {

        Entity {
            fields = List.copyOf(fields);
            indexes = List.copyOf(indexes);
            uniques = List.copyOf(uniques);
            checks = List.copyOf(checks);
        }

        String className() {
            return "E" + id;
        }

        Field field(int fieldId) {
            return fields.stream().filter(field -> field.id() == fieldId).findFirst().orElseThrow();
        }

        boolean hasColumn(String column) {
            return column.equals("id") || fields.stream().anyMatch(field -> field.column().equals(column));
        }

        boolean checked(int fieldId) {
            return checks.stream().anyMatch(check -> check.field() == fieldId);
        }

        /** Whether an index or unique constraint covers the field. */
        boolean keyed(int fieldId) {
            return Stream.concat(indexes.stream(), uniques.stream()).anyMatch(key -> key.fields().contains(fieldId));
        }

        Entity withTable(String newTable) {
            return new Entity(id, newTable, fields, indexes, uniques, checks, sequence);
        }

        Entity withField(Field field) {
            List<Field> next = new ArrayList<>(fields);
            next.replaceAll(existing -> existing.id() == field.id() ? field : existing);
            if (next.stream().noneMatch(existing -> existing.id() == field.id())) {
                next.add(field);
            }
            return new Entity(id, table, next, indexes, uniques, checks, sequence);
        }

        /** Without the field and whatever mentions it. */
        Entity withoutField(int fieldId) {
            return new Entity(id, table,
                    fields.stream().filter(field -> field.id() != fieldId).toList(),
                    indexes.stream().filter(key -> !key.fields().contains(fieldId)).toList(),
                    uniques.stream().filter(key -> !key.fields().contains(fieldId)).toList(),
                    checks.stream().filter(check -> check.field() != fieldId).toList(),
                    sequence);
        }

        Entity withIndexes(List<Key> newIndexes) {
            return new Entity(id, table, fields, newIndexes, uniques, checks, sequence);
        }

        Entity withUniques(List<Key> newUniques) {
            return new Entity(id, table, fields, indexes, newUniques, checks, sequence);
        }

        Entity withChecks(List<Check> newChecks) {
            return new Entity(id, table, fields, indexes, uniques, newChecks, sequence);
        }

        Entity withSequence(Optional<Sequence> newSequence) {
            return new Entity(id, table, fields, indexes, uniques, checks, newSequence);
        }
    }

    Entity entity(int entityId) {
        return entities.stream().filter(entity -> entity.id() == entityId).findFirst().orElseThrow();
    }

    boolean hasTable(String table) {
        return entities.stream().anyMatch(entity -> entity.table().equals(table));
    }

    /** Fields of other entities (or this one) that reference the entity. */
    Stream<Field> referencesTo(int entityId) {
        return entities.stream().flatMap(entity -> entity.fields().stream()).filter(field -> field.reference() == entityId);
    }

    GeneratedModel with(Entity entity) {
        List<Entity> next = new ArrayList<>(entities);
        next.replaceAll(existing -> existing.id() == entity.id() ? entity : existing);
        if (next.stream().noneMatch(existing -> existing.id() == entity.id())) {
            next.add(entity);
        }
        return new GeneratedModel(next);
    }

    GeneratedModel without(int entityId) {
        return new GeneratedModel(entities.stream().filter(entity -> entity.id() != entityId).toList());
    }

    GeneratedModel map(UnaryOperator<Entity> change) {
        return new GeneratedModel(entities.stream().map(change).toList());
    }
}
