package dev.retort.compile;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The class path Retort itself runs with, for compiling sources that use its API, JPA and Hibernate annotations. */
public final class ClassPaths {

    private ClassPaths() {}

    /** The locations of the given classes plus {@code java.class.path}, without duplicates. */
    public static List<Path> of(Class<?>... anchors) {
        Set<Path> entries = new LinkedHashSet<>();
        for (Class<?> anchor : anchors) {
            location(anchor).ifPresent(entries::add); // a JDK class needs no class path entry
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath());
            }
        }
        return new ArrayList<>(entries);
    }

    /** The jar or folder {@code type} was loaded from; empty for the JDK's own and for one inside another archive. */
    public static Optional<Path> location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || !"file".equals(source.getLocation().getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + type, e);
        }
    }

    /** Folders and jars as a class loader's URLs. */
    public static URL[] urls(List<Path> entries) {
        URL[] urls = new URL[entries.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = entries.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(entries.get(i).toString(), e);
            }
        }
        return urls;
    }
}
