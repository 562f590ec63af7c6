package dev.retort.compile;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The class path Retort itself runs with, for compiling sources that use its API, JPA and Hibernate annotations. */
public final class ClassPaths {

    private ClassPaths() {}

    /** The locations of the given classes plus {@code java.class.path}, without duplicates. */
    public static List<Path> of(Class<?>... anchors) {
        Set<Path> entries = new LinkedHashSet<>();
        for (Class<?> anchor : anchors) {
            CodeSource source = anchor.getProtectionDomain().getCodeSource();
            if (source == null) {
                continue; // a JDK class needs no class path entry
            }
            try {
                entries.add(Path.of(source.getLocation().toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot locate " + anchor, e);
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath());
            }
        }
        return new ArrayList<>(entries);
    }
}
