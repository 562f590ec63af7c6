package dev.retort.evolution;

import dev.retort.evolution.GeneratedModel.Check;
import dev.retort.evolution.GeneratedModel.Entity;
import dev.retort.evolution.GeneratedModel.Field;
import dev.retort.evolution.GeneratedModel.Key;
import dev.retort.evolution.GeneratedModel.Sequence;
import dev.retort.evolution.GeneratedModel.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Random edits of a generated model, reproducible from a seed. A step is one to three edits; one
 * step in five starts with a rename (which the test vouches for, as a user would) and may go on
 * with other edits, as a user renaming a field may also change its type. A renamed-away name is
 * not reused in the same step. A type change stays in its family (longer, shorter, wider, narrower)
 * or now and then crosses between strings and whole numbers, which the rows the test writes allow,
 * or between a sized string and one declared {@code text}. Edits keep to what a database can apply to
 * the rows the test keeps: new columns on existing tables are nullable, NOT NULL comes later (after
 * the test has filled the column), and narrowed types still hold the values the test writes.
 */
final class Evolution {

    private static final List<String> TABLE_NAMES = List.of("customer", "orders", "product", "invoice", "shipment", "account",
            "category", "item", "warehouse", "supplier", "payment", "order", "user", "group", "check", "select");
    private static final List<String> COLUMN_NAMES = List.of("name", "title", "amount", "price", "code", "qty", "note", "city",
            "status", "label", "score", "weight", "value", "key", "order", "group", "position", "year", "comment", "limit",
            "user", "size", "level");
    /** Columns a check constraint may mention: its text is plain SQL, so the name must need no quotes anywhere. */
    private static final Set<String> PLAIN_COLUMNS = Set.of("name", "title", "amount", "price", "code", "qty", "note", "city",
            "status", "label", "score", "weight");

    /** One step: what changed, the model after it, and the renames to vouch for. */
    record Step(String description, GeneratedModel after, List<String> renames) {}

    private record Edit(String description, GeneratedModel after, List<String> renames) {
        Edit(String description, GeneratedModel after) {
            this(description, after, List.of());
        }
    }

    private final Random random;
    private int nextId = 1;
    /** Fields and tables added in the current step: their columns cannot become NOT NULL yet, nor their names be reused. */
    private final Set<Integer> freshFields = new HashSet<>();
    private final Set<Integer> freshEntities = new HashSet<>();
    private final Set<String> retiredNames = new HashSet<>();

    Evolution(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    Step next(GeneratedModel model) {
        freshFields.clear();
        freshEntities.clear();
        retiredNames.clear();
        List<String> descriptions = new ArrayList<>();
        List<String> renames = new ArrayList<>();
        GeneratedModel current = model;
        int count = 1 + random.nextInt(3);
        if (!model.entities().isEmpty() && random.nextInt(5) == 0) {
            Optional<Edit> rename = random.nextBoolean() ? renameEntity(model) : renameField(model);
            if (rename.isPresent()) {
                descriptions.add(rename.get().description());
                renames.addAll(rename.get().renames());
                current = rename.get().after();
                count = 1 + random.nextInt(3); // the rename alone, or with one or two other edits
            }
        }
        while (descriptions.size() < count || current.equals(model)) { // edits may cancel out (add a check, drop it)
            Optional<Edit> edit = edit(current);
            if (edit.isPresent()) {
                descriptions.add(edit.get().description());
                current = edit.get().after();
            }
        }
        return new Step(String.join("; ", descriptions), current, renames);
    }

    private Optional<Edit> edit(GeneratedModel model) {
        if (model.entities().size() < 2 || random.nextInt(8) == 0) {
            return Optional.of(addEntity(model));
        }
        List<Function<GeneratedModel, Optional<Edit>>> edits = List.of(
                this::dropEntity, this::addField, this::addField, this::dropField, this::changeType, this::changeType,
                this::changeNullability, this::addIndex, this::dropIndex, this::addUnique, this::dropUnique, this::addReference,
                this::addCheck, this::dropCheck, this::addSequence, this::dropSequence, this::changeSequence);
        return edits.get(random.nextInt(edits.size())).apply(model);
    }

    private int id() {
        return nextId++;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private Optional<Entity> anyEntity(GeneratedModel model) {
        return model.entities().isEmpty() ? Optional.empty() : Optional.of(pick(model.entities()));
    }

    private Edit addEntity(GeneratedModel model) {
        int id = id();
        freshEntities.add(id);
        Entity entity = new Entity(id, tableName(model), List.of(), List.of(), List.of(), List.of(), Optional.empty());
        int fields = 1 + random.nextInt(3);
        for (int i = 0; i < fields; i++) {
            entity = entity.withField(newField(entity, random.nextInt(3) > 0));
        }
        return new Edit("add entity " + entity.table() + " " + entity.fields(), model.with(entity));
    }

    private Optional<Edit> dropEntity(GeneratedModel model) {
        return anyEntity(model).map(entity -> {
            retiredNames.add(entity.table());
            GeneratedModel after = model.without(entity.id()).map(other -> {
                Entity cleaned = other;
                for (Field field : other.fields()) {
                    if (field.reference() == entity.id()) {
                        cleaned = cleaned.withoutField(field.id());
                    }
                }
                return cleaned;
            });
            return new Edit("drop entity " + entity.table(), after);
        });
    }

    private Optional<Edit> renameEntity(GeneratedModel model) {
        Entity entity = pick(model.entities());
        String table = tableName(model);
        retiredNames.add(entity.table());
        return Optional.of(new Edit("rename table " + entity.table() + " to " + table, model.with(entity.withTable(table)),
                List.of(entity.table() + "=" + table)));
    }

    private Optional<Edit> renameField(GeneratedModel model) {
        Entity entity = pick(model.entities());
        if (entity.fields().isEmpty()) {
            return Optional.empty();
        }
        Field field = pick(entity.fields());
        String column = columnName(entity, entity.checked(field.id()));
        retiredNames.add(entity.table() + "." + field.column());
        return Optional.of(new Edit("rename column " + entity.table() + "." + field.column() + " to " + column,
                model.with(entity.withField(field.withColumn(column))), List.of(entity.table() + "." + field.column() + "=" + column)));
    }

    private Optional<Edit> addField(GeneratedModel model) {
        return anyEntity(model).map(entity -> {
            Field field = newField(entity, freshEntities.contains(entity.id()) && random.nextBoolean());
            return new Edit("add column " + entity.table() + "." + field, model.with(entity.withField(field)));
        });
    }

    private Optional<Edit> dropField(GeneratedModel model) {
        return anyEntity(model).filter(entity -> !entity.fields().isEmpty()).map(entity -> {
            Field field = pick(entity.fields());
            retiredNames.add(entity.table() + "." + field.column());
            return new Edit("drop column " + entity.table() + "." + field.column(), model.with(entity.withoutField(field.id())));
        });
    }

    private Optional<Edit> changeType(GeneratedModel model) {
        return someField(model, field -> field.type() != Type.REFERENCE && field.type() != Type.DATE).map(found -> {
            Field field = found.field();
            boolean otherFamily = random.nextInt(4) == 0 && !found.entity().checked(field.id()); // a check compares with a number
            Field changed = switch (field.type()) {
                case INT -> otherFamily ? field.withType(Type.STRING, 10 * (1 + random.nextInt(20))) : field.withType(Type.LONG, 0);
                case LONG -> otherFamily ? field.withType(Type.STRING, 10 * (1 + random.nextInt(20))) : field.withType(Type.INT, 0);
                case STRING -> otherFamily ? field.withType(random.nextBoolean() ? Type.INT : Type.LONG, 0)
                        : random.nextInt(4) == 0 && !found.entity().keyed(field.id()) ? field.withType(Type.TEXT, 0)
                        : field.withType(Type.STRING, otherThan(field.size(), () -> 10 * (1 + random.nextInt(20))));
                case TEXT -> field.withType(Type.STRING, 10 * (1 + random.nextInt(20)));
                case DECIMAL -> field.withType(Type.DECIMAL, otherThan(field.size(), () -> 6 + random.nextInt(9)));
                default -> throw new IllegalStateException(field.toString());
            };
            return new Edit("change type " + found.entity().table() + "." + field + " to " + changed.type() + "(" + changed.size() + ")",
                    model.with(found.entity().withField(changed)));
        });
    }

    private Optional<Edit> changeNullability(GeneratedModel model) {
        return someField(model, field -> field.type() != Type.REFERENCE && !freshFields.contains(field.id())).map(found -> {
            Field field = found.field();
            return new Edit((field.nullable() ? "make NOT NULL " : "make nullable ") + found.entity().table() + "." + field.column(),
                    model.with(found.entity().withField(field.withNullable(!field.nullable()))));
        });
    }

    private Optional<Edit> addIndex(GeneratedModel model) {
        return newKey(model, "ix_").map(found -> new Edit("add index " + found.key() + " on " + found.entity().table(),
                model.with(found.entity().withIndexes(append(found.entity().indexes(), found.key())))));
    }

    private Optional<Edit> addUnique(GeneratedModel model) {
        return newKey(model, "uk_").map(found -> new Edit("add unique " + found.key() + " on " + found.entity().table(),
                model.with(found.entity().withUniques(append(found.entity().uniques(), found.key())))));
    }

    private Optional<Edit> dropIndex(GeneratedModel model) {
        return anyEntity(model).filter(entity -> !entity.indexes().isEmpty()).map(entity -> {
            Key key = pick(entity.indexes());
            return new Edit("drop index " + key.name(), model.with(entity.withIndexes(without(entity.indexes(), key))));
        });
    }

    private Optional<Edit> dropUnique(GeneratedModel model) {
        return anyEntity(model).filter(entity -> !entity.uniques().isEmpty()).map(entity -> {
            Key key = pick(entity.uniques());
            return new Edit("drop unique " + key.name(), model.with(entity.withUniques(without(entity.uniques(), key))));
        });
    }

    private Optional<Edit> addReference(GeneratedModel model) {
        return anyEntity(model).map(entity -> {
            Entity target = pick(model.entities());
            int id = id();
            freshFields.add(id);
            Field field = new Field(id, columnName(entity, false), Type.REFERENCE, 0, true, target.id());
            return new Edit("add reference " + entity.table() + "." + field.column() + " -> " + target.table(),
                    model.with(entity.withField(field)));
        });
    }

    private Optional<Edit> addCheck(GeneratedModel model) {
        return someField(model, field -> field.type().numeric() && PLAIN_COLUMNS.contains(field.column())).filter(found -> !found.entity().checked(found.field().id()))
                .map(found -> {
                    Check check = new Check("ck_" + id(), found.field().id());
                    return new Edit("add check " + check.name() + " on " + found.entity().table() + "." + found.field().column(),
                            model.with(found.entity().withChecks(append(found.entity().checks(), check))));
                });
    }

    private Optional<Edit> dropCheck(GeneratedModel model) {
        return anyEntity(model).filter(entity -> !entity.checks().isEmpty()).map(entity -> {
            Check check = pick(entity.checks());
            return new Edit("drop check " + check.name(), model.with(entity.withChecks(without(entity.checks(), check))));
        });
    }

    private Optional<Edit> addSequence(GeneratedModel model) {
        return anyEntity(model).filter(entity -> entity.sequence().isEmpty()).map(entity -> {
            Sequence sequence = new Sequence("sq_" + id(), 1 + random.nextInt(50));
            return new Edit("add sequence " + sequence + " to " + entity.table(), model.with(entity.withSequence(Optional.of(sequence))));
        });
    }

    private Optional<Edit> dropSequence(GeneratedModel model) {
        return anyEntity(model).filter(entity -> entity.sequence().isPresent()).map(entity ->
                new Edit("drop sequence " + entity.sequence().get().name(), model.with(entity.withSequence(Optional.empty()))));
    }

    private Optional<Edit> changeSequence(GeneratedModel model) {
        return anyEntity(model).filter(entity -> entity.sequence().isPresent()).map(entity -> {
            Sequence sequence = entity.sequence().get();
            Sequence changed = new Sequence(sequence.name(), otherThan(sequence.allocationSize(), () -> 1 + random.nextInt(50)));
            return new Edit("change sequence " + changed, model.with(entity.withSequence(Optional.of(changed))));
        });
    }

    private record FoundField(Entity entity, Field field) {}

    private record FoundKey(Entity entity, Key key) {}

    private Optional<FoundField> someField(GeneratedModel model, java.util.function.Predicate<Field> filter) {
        List<FoundField> candidates = model.entities().stream()
                .flatMap(entity -> entity.fields().stream().filter(filter).map(field -> new FoundField(entity, field)))
                .toList();
        return candidates.isEmpty() ? Optional.empty() : Optional.of(pick(candidates));
    }

    /** One or two fields no index or unique constraint of the entity covers yet. */
    private Optional<FoundKey> newKey(GeneratedModel model, String prefix) {
        return anyEntity(model).filter(entity -> !entity.fields().isEmpty()).flatMap(entity -> {
            // MariaDB indexes text only by a prefix, which JPA cannot declare
            List<Integer> fields = new ArrayList<>(entity.fields().stream().filter(field -> field.type() != Type.TEXT).map(Field::id).toList());
            java.util.Collections.shuffle(fields, random);
            if (fields.isEmpty()) {
                return Optional.empty();
            }
            List<Integer> columns = fields.subList(0, Math.min(fields.size(), 1 + random.nextInt(2)));
            boolean taken = Stream.concat(entity.indexes().stream(), entity.uniques().stream())
                    .anyMatch(key -> Set.copyOf(key.fields()).equals(Set.copyOf(columns)));
            return taken ? Optional.empty() : Optional.of(new FoundKey(entity, new Key(prefix + id(), columns)));
        });
    }

    private Field newField(Entity entity, boolean notNull) {
        int id = id();
        freshFields.add(id);
        Type type = pick(List.of(Type.STRING, Type.STRING, Type.TEXT, Type.INT, Type.LONG, Type.DECIMAL, Type.DATE));
        int size = switch (type) {
            case STRING -> 10 * (1 + random.nextInt(20));
            case DECIMAL -> 6 + random.nextInt(9);
            default -> 0;
        };
        return new Field(id, columnName(entity, false), type, size, !notNull, 0);
    }

    private String tableName(GeneratedModel model) {
        List<String> free = TABLE_NAMES.stream().filter(name -> !model.hasTable(name) && !retiredNames.contains(name)).toList();
        return free.isEmpty() || random.nextInt(4) == 0 ? "t" + id() : pick(free);
    }

    private String columnName(Entity entity, boolean plain) {
        List<String> free = (plain ? List.copyOf(PLAIN_COLUMNS) : COLUMN_NAMES).stream()
                .filter(name -> !entity.hasColumn(name) && !retiredNames.contains(entity.table() + "." + name))
                .sorted().toList();
        return free.isEmpty() || random.nextInt(4) == 0 ? "c" + id() : pick(free);
    }

    private int otherThan(int current, java.util.function.IntSupplier candidates) {
        int next = candidates.getAsInt();
        while (next == current) {
            next = candidates.getAsInt();
        }
        return next;
    }

    private static <T> List<T> append(List<T> items, T item) {
        List<T> next = new ArrayList<>(items);
        next.add(item);
        return next;
    }

    private static <T> List<T> without(List<T> items, T item) {
        return items.stream().filter(existing -> !existing.equals(item)).toList();
    }
}
