package dev.retort.evolution;

import dev.retort.evolution.GeneratedModel.Entity;
import dev.retort.evolution.GeneratedModel.Field;
import dev.retort.evolution.GeneratedModel.Key;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes a generated model as JPA entity sources in package {@code model}, replacing what was there. */
final class EntityWriter {

    static final String PACKAGE = "model";

    private EntityWriter() {}

    static void write(GeneratedModel model, Path sourceRoot) throws IOException {
        Path folder = Files.createDirectories(sourceRoot.resolve(PACKAGE));
        try (Stream<Path> old = Files.list(folder)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        for (Entity entity : model.entities()) {
            Files.writeString(folder.resolve(entity.className() + ".java"), source(entity, model));
        }
    }

    static String source(Entity entity, GeneratedModel model) {
        List<String> table = new ArrayList<>();
        table.add("name = " + literal(entity.table()));
        if (!entity.indexes().isEmpty()) {
            table.add("indexes = {" + entity.indexes().stream()
                    .map(key -> "@Index(name = " + literal(key.name()) + ", columnList = " + literal(columns(entity, key, ", ")) + ")")
                    .collect(Collectors.joining(", ")) + "}");
        }
        if (!entity.uniques().isEmpty()) {
            table.add("uniqueConstraints = {" + entity.uniques().stream()
                    .map(key -> "@UniqueConstraint(name = " + literal(key.name()) + ", columnNames = {"
                            + key.fields().stream().map(id -> literal(entity.field(id).column())).collect(Collectors.joining(", ")) + "})")
                    .collect(Collectors.joining(", ")) + "}");
        }
        if (!entity.checks().isEmpty()) {
            table.add("check = {" + entity.checks().stream()
                    .map(check -> "@CheckConstraint(name = " + literal(check.name()) + ", constraint = "
                            + literal(entity.field(check.field()).column() + " >= 0") + ")")
                    .collect(Collectors.joining(", ")) + "}");
        }
        StringBuilder source = new StringBuilder()
                .append("package ").append(PACKAGE).append(";\n\nimport jakarta.persistence.*;\n\n")
                .append("@Entity\n@Table(").append(String.join(",\n        ", table)).append(")\n")
                .append("public class ").append(entity.className()).append(" {\n");
        source.append(entity.sequence()
                .map(sequence -> "    @Id @GeneratedValue(generator = \"" + sequence.name() + "\")\n    @SequenceGenerator(name = \""
                        + sequence.name() + "\", sequenceName = " + literal(sequence.name()) + ", allocationSize = "
                        + sequence.allocationSize() + ")\n    Long id;\n")
                .orElse("    @Id Long id;\n"));
        for (Field field : entity.fields()) {
            source.append("    ").append(declaration(field, model)).append('\n');
        }
        return source.append("}\n").toString();
    }

    private static String declaration(Field field, GeneratedModel model) {
        String name = " f" + field.id() + ";";
        String nullable = field.nullable() ? "" : ", nullable = false";
        String column = "@Column(name = " + literal(field.column()) + nullable;
        return switch (field.type()) {
            case STRING -> column + ", length = " + field.size() + ") String" + name;
            case TEXT -> column + ", columnDefinition = \"text\") String" + name;
            case INT -> column + ") Integer" + name;
            case LONG -> column + ") Long" + name;
            case DECIMAL -> column + ", precision = " + field.size() + ", scale = 2) java.math.BigDecimal" + name;
            case DATE -> column + ") java.time.LocalDate" + name;
            case REFERENCE -> "@ManyToOne @JoinColumn(name = " + literal(field.column()) + ", foreignKey = @ForeignKey(name = \"fk_"
                    + field.id() + "\")) " + model.entity(field.reference()).className() + name;
        };
    }

    private static String columns(Entity entity, Key key, String separator) {
        return key.fields().stream().map(id -> entity.field(id).column()).collect(Collectors.joining(separator));
    }

    private static String literal(String text) {
        return '"' + text + '"';
    }
}
