package dev.retort.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.retort.RetortException;
import dev.retort.model.ColumnType;
import dev.retort.model.Table;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.ops.OperationCode;
import dev.retort.ops.Ops;
import dev.retort.revision.Migration;
import dev.retort.revision.Revision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes a revision as a readable Java class: a header listing what was detected and every warning,
 * {@code @Revision} identity, {@code upgrade(Ops op)} and {@code downgrade(Ops op)}. The file appears
 * whole or not at all (written to a temporary file, then moved).
 */
public final class RevisionWriter {

    /** Bodies longer than this are split into private methods: javac rejects a method over 64 KB. */
    static final int OPERATIONS_PER_METHOD = 40;

    private static final ClassName OPS = ClassName.get(Ops.class);

    /** What one revision file holds. {@code notes} go into the header before the list of changes. */
    public record Spec(
            String id,
            List<String> parents,
            String message,
            String created,
            List<String> notes,
            List<Operation> upgrade,
            List<Operation> downgrade,
            List<String> warnings) {

        public Spec {
            parents = List.copyOf(parents);
            notes = List.copyOf(notes);
            upgrade = List.copyOf(upgrade);
            downgrade = List.copyOf(downgrade);
            warnings = List.copyOf(warnings);
        }
    }

    /** {@code R<id>_<slug>}: a valid class name whatever the message holds. */
    public static String className(String id, String message) {
        return "R" + id + "_" + slug(message);
    }

    /** Lower-case letters, digits and single underscores, at most 40 characters; never a path. */
    static String slug(String message) {
        String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("_+$", "");
        }
        return slug.isEmpty() ? "revision" : slug;
    }

    /** The source text of the revision class. */
    public String render(String packageName, Spec spec) {
        TypeSpec.Builder type = TypeSpec.classBuilder(className(spec.id(), spec.message()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Migration.class)
                .addJavadoc(header(spec))
                .addAnnotation(annotation(spec));
        addBody(type, "upgrade", spec.upgrade());
        addBody(type, "downgrade", spec.downgrade().stream().map(RevisionWriter::byName).toList());
        return JavaFile.builder(packageName, type.build())
                .addStaticImport(Ops.class, "*")
                .addStaticImport(ColumnType.class, "*")
                .skipJavaLangImports(true)
                .indent("    ")
                .build()
                .toString();
    }

    /** Writes the class under {@code sourceRoot} in its package folder and returns the file. */
    public Path write(Path sourceRoot, String packageName, Spec spec) {
        Path folder = packageName.isEmpty() ? sourceRoot : sourceRoot.resolve(packageName.replace('.', '/'));
        Path file = folder.resolve(className(spec.id(), spec.message()) + ".java");
        String source = render(packageName, spec);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot write revision into " + folder + ": " + e.getMessage(), e);
        }
        if (Files.exists(file)) {
            throw RetortException.badInput(file + " already exists");
        }
        try {
            Path temporary = Files.createTempFile(folder, ".retort-", ".tmp");
            try {
                Files.writeString(temporary, source, StandardCharsets.UTF_8);
                publish(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return file;
        } catch (FileAlreadyExistsException e) {
            throw RetortException.badInput(file + " already exists");
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.FAILED, "cannot write revision into " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Makes the finished file appear under its name, never replacing one that appeared meanwhile. */
    private static void publish(Path temporary, Path file) throws IOException {
        try {
            Files.createLink(file, temporary); // atomic, and fails if the name is taken
        } catch (UnsupportedOperationException e) {
            Files.move(temporary, file);
        }
    }

    private static CodeBlock header(Spec spec) {
        CodeBlock.Builder header = CodeBlock.builder().add("$L\n", javadocSafe(spec.message().isEmpty() ? "(no message)" : spec.message()));
        for (String note : spec.notes()) {
            header.add("\n$L\n", javadocSafe(note));
        }
        if (!spec.upgrade().isEmpty()) {
            header.add("\n<p>Changes:\n<ul>\n");
            spec.upgrade().forEach(op -> header.add("  <li>$L</li>\n", javadocSafe(op.describe())));
            header.add("</ul>\n");
        }
        if (!spec.warnings().isEmpty()) {
            header.add("\n<p><b>Warnings</b> (review before applying):\n<ul>\n");
            spec.warnings().forEach(warning -> header.add("  <li>WARNING: $L</li>\n", javadocSafe(warning)));
            header.add("</ul>\n");
        }
        return header.build();
    }

    /**
     * Keeps user text from closing the comment or being read as markup; javac reads backslash-u
     * escapes even inside comments, so backslashes become entities too.
     */
    private static String javadocSafe(String text) {
        return text.replace("&", "&amp;").replace("\\", "&#92;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;").replace("@", "&#64;");
    }

    private static AnnotationSpec annotation(Spec spec) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(Revision.class).addMember("id", "$S", spec.id());
        if (spec.parents().size() == 1) {
            annotation.addMember("parents", "$S", spec.parents().get(0));
        } else {
            annotation.addMember("parents", "{$L}", CodeBlock.join(spec.parents().stream().map(p -> CodeBlock.of("$S", p)).toList(), ", "));
        }
        return annotation.addMember("message", "$S", spec.message()).addMember("created", "$S", spec.created()).build();
    }

    /**
     * A downgrade drops by name the tables its upgrade creates: their definitions are in the upgrade
     * already, and repeating them doubled a large initial revision, and the time javac takes on it.
     */
    private static Operation byName(Operation operation) {
        return operation instanceof DropTable drop ? new DropTable(Table.of(drop.table().name())) : operation;
    }

    private static void addBody(TypeSpec.Builder type, String name, List<Operation> operations) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(OPS, "op");
        if (operations.size() <= OPERATIONS_PER_METHOD) {
            operations.forEach(op -> method.addCode(OperationCode.statement(op)));
            if (operations.isEmpty()) {
                method.addComment("nothing to do");
            }
            type.addMethod(method.build());
            return;
        }
        List<MethodSpec> parts = new ArrayList<>();
        for (int start = 0; start < operations.size(); start += OPERATIONS_PER_METHOD) {
            String partName = name + "Part" + (parts.size() + 1);
            MethodSpec.Builder part = MethodSpec.methodBuilder(partName).addModifiers(Modifier.PRIVATE).addParameter(OPS, "op");
            operations.subList(start, Math.min(operations.size(), start + OPERATIONS_PER_METHOD))
                    .forEach(op -> part.addCode(OperationCode.statement(op)));
            parts.add(part.build());
            method.addStatement("$L(op)", partName);
        }
        type.addMethod(method.build());
        parts.forEach(type::addMethod);
    }
}
