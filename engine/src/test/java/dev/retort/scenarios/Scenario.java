package dev.retort.scenarios;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One autogenerate scenario: entity sources before ({@code v1}) and after ({@code v2}) an edit,
 * and the changes autogenerate must find, as {@link Summaries} spell them. No expected change
 * means a "no false positive" case: the two versions spell the same schema differently.
 */
record Scenario(String group, String name, Map<String, String> v1, Map<String, String> v2, List<String> expected) {

    static final String PACKAGE = "model";

    static Builder scenario(String group, String name) {
        return new Builder(group, name);
    }

    /** An entity class in the scenario's package: annotations above the class, then its members. */
    static String entity(String annotations, String className, String... members) {
        return "package " + PACKAGE + ";\n\n"
                + "import jakarta.persistence.*;\nimport java.math.*;\nimport java.time.*;\nimport java.util.*;\n\n"
                + "@Entity\n" + annotations + (annotations.isEmpty() ? "" : "\n")
                + "public class " + className + " {\n    " + String.join("\n    ", members) + "\n}\n";
    }

    /** Any other source file of the package (an enum, an id class). */
    static String source(String body) {
        return "package " + PACKAGE + ";\n\nimport jakarta.persistence.*;\nimport java.io.*;\nimport java.util.*;\n\n" + body + "\n";
    }

    @Override
    public String toString() {
        return group + ": " + name;
    }

    static final class Builder {
        private final String group;
        private final String name;
        private final Map<String, String> v1 = new LinkedHashMap<>();
        private final Map<String, String> v2 = new LinkedHashMap<>();

        private Builder(String group, String name) {
            this.group = group;
            this.name = name;
        }

        /** A file present in both versions. */
        Builder both(String file, String source) {
            v1.put(file, source);
            v2.put(file, source);
            return this;
        }

        Builder before(String file, String source) {
            v1.put(file, source);
            return this;
        }

        Builder after(String file, String source) {
            v2.put(file, source);
            return this;
        }

        Scenario expect(String... changes) {
            return new Scenario(group, name, Map.copyOf(v1), Map.copyOf(v2), List.of(changes));
        }

        /** The edit changes how the schema is written, not what it is: autogenerate must find nothing. */
        Scenario expectNothing() {
            return expect();
        }
    }
}
