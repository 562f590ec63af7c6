import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a deterministic model of N JPA entities for bench/scale.sh (run as a source file:
 * {@code java bench/scale/ModelGenerator.java N base|changed OUT}). Every entity is a table with a
 * bigint identity id and 8-12 columns of mixed types and nullability; one foreign key to an earlier
 * table (about 15% have a second), each foreign key column indexed; about 40% an extra single or
 * composite index; about 30% a named unique constraint; every key, index and unique named. The
 * "changed" variant edits max(7, 5% of N) tables, one edit each, in turn: drop a table, drop a
 * column, add a column, widen a varchar, add an index, drop a foreign key (its column and index
 * stay), add a table. It also writes OUT/changed-tables.txt, the tables those edits touch, which
 * the benchmark checks autogenerate finds, and no others.
 */
public final class ModelGenerator {

    enum Kind { VARCHAR, INTEGER, NUMERIC, BOOLEAN, TIMESTAMP, TEXT, DATE }

    record Col(String name, Kind kind, int length, int precision, int scale, boolean notNull) {}

    record Fk(String column, int target) {}

    static final class Entity {
        final int number;
        final List<Col> columns = new ArrayList<>();
        final List<Fk> keys = new ArrayList<>();
        final List<List<String>> indexes = new ArrayList<>(); // extra indexes, besides the foreign keys' own
        final List<String> droppedKeys = new ArrayList<>(); // foreign key columns kept as plain columns
        List<String> unique;

        Entity(int number) {
            this.number = number;
        }

        String table() {
            return "t" + String.format("%04d", number);
        }

        String type() {
            return "E" + String.format("%04d", number);
        }
    }

    public static void main(String[] args) throws IOException {
        int size = Integer.parseInt(args[0]);
        boolean changed = args[1].equals("changed");
        Path out = Path.of(args[2]);
        Random random = new Random(20261206L);
        List<Entity> entities = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            entities.add(entity(i, random, entities));
        }
        Set<String> touched = new TreeSet<>();
        if (changed) {
            edit(entities, size, touched);
        }
        Path folder = out.resolve("src/bench/model");
        Files.createDirectories(folder);
        for (Entity entity : entities) {
            Files.writeString(folder.resolve(entity.type() + ".java"), source(entity));
        }
        Files.write(out.resolve("changed-tables.txt"), touched);
    }

    private static Entity entity(int number, Random random, List<Entity> earlier) {
        Entity entity = new Entity(number);
        int columns = 8 + random.nextInt(5);
        for (int c = 1; c <= columns; c++) {
            entity.columns.add(column("c" + c, random));
        }
        if (!earlier.isEmpty()) {
            entity.keys.add(new Fk("ref1_id", 1 + random.nextInt(earlier.size())));
            if (random.nextInt(100) < 15) {
                entity.keys.add(new Fk("ref2_id", 1 + random.nextInt(earlier.size())));
            }
        }
        if (random.nextInt(100) < 40) {
            List<String> index = new ArrayList<>(List.of(entity.columns.get(random.nextInt(columns)).name()));
            if (random.nextBoolean()) {
                String second = entity.columns.get(random.nextInt(columns)).name();
                if (!index.contains(second)) {
                    index.add(second);
                }
            }
            if (index.stream().noneMatch(name -> kindOf(entity, name) == Kind.TEXT)) {
                entity.indexes.add(index);
            }
        }
        if (random.nextInt(100) < 30) {
            Col first = entity.columns.stream().filter(col -> col.kind() == Kind.VARCHAR || col.kind() == Kind.INTEGER).findFirst()
                    .orElse(null);
            if (first != null) {
                entity.unique = List.of(first.name());
            }
        }
        return entity;
    }

    private static Col column(String name, Random random) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        boolean notNull = random.nextInt(100) < 35;
        return switch (kind) {
            case VARCHAR -> new Col(name, kind, 16 + random.nextInt(240), 0, 0, notNull);
            case NUMERIC -> {
                int precision = 8 + random.nextInt(11);
                yield new Col(name, kind, 0, precision, random.nextInt(5), notNull);
            }
            default -> new Col(name, kind, 0, 0, 0, notNull);
        };
    }

    private static Kind kindOf(Entity entity, String column) {
        return entity.columns.stream().filter(col -> col.name().equals(column)).map(Col::kind).findFirst().orElse(null);
    }

    /** One edit per table, spread over the model; tables are picked so that each edit stands alone. */
    private static void edit(List<Entity> entities, int size, Set<String> touched) {
        int edits = Math.max(7, size * 5 / 100);
        Set<Integer> referenced = new LinkedHashSet<>();
        entities.forEach(entity -> entity.keys.forEach(key -> referenced.add(key.target())));
        int step = Math.max(1, size / (edits + 2)); // room for tables that cannot take their edit
        int kind = 0;
        List<Entity> original = List.copyOf(entities);
        int candidate = size + 1;
        while (edits > 0 && candidate > 1) {
            candidate--; // the next table, where the last one could not take this edit
            Entity entity = original.get(candidate - 1);
            switch (kind % 7) {
                case 0 -> { // drop a table nothing refers to
                    if (referenced.contains(entity.number)) {
                        continue;
                    }
                    entities.remove(entity);
                }
                case 1 -> { // drop a column no index or unique uses
                    Col dropped = entity.columns.stream().filter(col -> !indexed(entity, col.name())).reduce((a, b) -> b).orElse(null);
                    if (dropped == null) {
                        continue;
                    }
                    entity.columns.remove(dropped);
                }
                case 2 -> entity.columns.add(new Col("added", Kind.VARCHAR, 40, 0, 0, false));
                case 3 -> { // widen a varchar
                    int at = -1;
                    for (int i = 0; i < entity.columns.size(); i++) {
                        if (entity.columns.get(i).kind() == Kind.VARCHAR && entity.columns.get(i).length() < 255) {
                            at = i;
                        }
                    }
                    if (at < 0) {
                        continue;
                    }
                    Col narrow = entity.columns.get(at);
                    entity.columns.set(at, new Col(narrow.name(), narrow.kind(), narrow.length() + 1, 0, 0, narrow.notNull()));
                }
                case 4 -> { // add an index on a column without one
                    Col plain = entity.columns.stream().filter(col -> col.kind() != Kind.TEXT && !indexed(entity, col.name())).findFirst()
                            .orElse(null);
                    if (plain == null) {
                        continue;
                    }
                    entity.indexes.add(List.of(plain.name()));
                }
                case 5 -> { // drop a foreign key, keeping its column and index
                    if (entity.keys.isEmpty()) {
                        continue;
                    }
                    Fk key = entity.keys.remove(entity.keys.size() - 1);
                    entity.droppedKeys.add(key.column());
                }
                default -> { // add a table
                    Entity added = new Entity(size + 1 + kind);
                    added.columns.add(new Col("c1", Kind.VARCHAR, 80, 0, 0, true));
                    added.columns.add(new Col("c2", Kind.INTEGER, 0, 0, 0, false));
                    entities.add(added);
                    touched.add(added.table());
                    kind++;
                    edits--;
                    candidate -= step - 1;
                    continue;
                }
            }
            touched.add(entity.table());
            kind++;
            edits--;
            candidate -= step - 1;
        }
    }

    private static boolean indexed(Entity entity, String column) {
        return entity.indexes.stream().anyMatch(index -> index.contains(column))
                || (entity.unique != null && entity.unique.contains(column));
    }

    private static String source(Entity entity) {
        StringBuilder java = new StringBuilder("package bench.model;\n\nimport jakarta.persistence.*;\n\n@Entity\n@Table(name = \"")
                .append(entity.table()).append("\"");
        List<String> indexes = new ArrayList<>();
        entity.keys.forEach(key -> indexes.add(index(entity, List.of(key.column()))));
        entity.droppedKeys.forEach(column -> indexes.add(index(entity, List.of(column))));
        entity.indexes.forEach(columns -> indexes.add(index(entity, columns)));
        if (!indexes.isEmpty()) {
            java.append(",\n        indexes = {\n            ").append(String.join(",\n            ", indexes)).append("}");
        }
        if (entity.unique != null) {
            java.append(",\n        uniqueConstraints = @UniqueConstraint(name = \"uq_").append(entity.table()).append("\", columnNames = {\"")
                    .append(String.join("\", \"", entity.unique)).append("\"})");
        }
        java.append(")\npublic class ").append(entity.type()).append(" {\n\n")
                .append("    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)\n    public Long id;\n");
        for (Col col : entity.columns) {
            java.append("\n    ").append(annotation(col)).append("\n    public ").append(javaType(col)).append(' ').append(col.name()).append(";\n");
        }
        for (Fk key : entity.keys) {
            java.append("\n    @ManyToOne(fetch = FetchType.LAZY)\n    @JoinColumn(name = \"").append(key.column())
                    .append("\", foreignKey = @ForeignKey(name = \"fk_").append(entity.table()).append('_').append(key.column())
                    .append("\"))\n    public E").append(String.format("%04d", key.target())).append(' ').append(key.column().replace("_id", ""))
                    .append(";\n");
        }
        for (String column : entity.droppedKeys) {
            java.append("\n    @Column(name = \"").append(column).append("\")\n    public Long ").append(column.replace("_id", "")).append(";\n");
        }
        return java.append("}\n").toString();
    }

    private static String index(Entity entity, List<String> columns) {
        return "@Index(name = \"ix_" + entity.table() + "_" + String.join("_", columns) + "\", columnList = \"" + String.join(", ", columns)
                + "\")";
    }

    private static String annotation(Col col) {
        String nullable = col.notNull() ? ", nullable = false" : "";
        return switch (col.kind()) {
            case VARCHAR -> "@Column(length = " + col.length() + nullable + ")";
            case NUMERIC -> "@Column(precision = " + col.precision() + ", scale = " + col.scale() + nullable + ")";
            case TEXT -> "@Column(columnDefinition = \"text\"" + nullable + ")";
            default -> "@Column(" + nullable.substring(Math.min(2, nullable.length())) + ")";
        };
    }

    private static String javaType(Col col) {
        return switch (col.kind()) {
            case VARCHAR, TEXT -> "String";
            case INTEGER -> "Integer";
            case NUMERIC -> "java.math.BigDecimal";
            case BOOLEAN -> "Boolean";
            case TIMESTAMP -> "java.time.LocalDateTime";
            case DATE -> "java.time.LocalDate";
        };
    }
}
