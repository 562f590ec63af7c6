package dev.retort.hibernate;

import io.github.classgraph.ClassGraph;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.boot.Metadata;

/**
 * An application's classes as Retort's Hibernate reads them. Where the application's class loader
 * has that Hibernate (the CLI, an application on Hibernate 7.4), it is used as it is. Otherwise
 * (Retort's Hibernate is loaded apart, see {@code HibernateLoader}) its class path is loaded again
 * over Retort's Hibernate, leaving out the application's copies of what Retort's Hibernate brings
 * (its own Hibernate, JPA and their libraries, by artifact name), so neither their classes nor
 * their service files mix with Retort's.
 */
final class ApplicationClasses {

    private static final Pattern VERSIONED_JAR = Pattern.compile("(.+?)-\\d[^/]*\\.jar");

    private ApplicationClasses() {}

    static URLClassLoader of(ClassLoader application) {
        ClassLoader retorts = ApplicationClasses.class.getClassLoader();
        if (sees(application, Metadata.class) || !(retorts instanceof URLClassLoader carried)) {
            return new URLClassLoader(new URL[0], application);
        }
        Set<String> brought = Arrays.stream(carried.getURLs()).map(url -> artifact(url.getPath())).collect(Collectors.toSet());
        List<URL> classPath = new ClassGraph().overrideClassLoaders(application).getClasspathURLs().stream()
                .filter(url -> !brought.contains(artifact(url.getPath()))).toList();
        return new URLClassLoader("retort-application", classPath.toArray(URL[]::new), retorts);
    }

    private static boolean sees(ClassLoader application, Class<?> type) {
        try {
            return Class.forName(type.getName(), false, application) == type;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** {@code hibernate-core} for {@code .../hibernate-core-6.6.29.Final.jar}; the path itself for a folder or an unversioned jar. */
    static String artifact(String path) {
        String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        Matcher versioned = VERSIONED_JAR.matcher(name);
        return versioned.matches() ? versioned.group(1) : path;
    }
}
