package dev.retort.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the entities come from: the packages to scan and classes listed one by one, folders of entity sources Retort compiles
 * itself, and folders or jars of compiled classes (the entities and what they depend on); and the
 * naming strategies that turn them into table and column names (null for Hibernate's defaults),
 * Hibernate's own settings as the application sets them, and the persistence unit to read (its name,
 * and a persistence.xml to read it from; null for the only unit of the class path's, if any). With
 * neither sources nor a class path, the entities are the application's own, found through
 * {@code applicationLoader} (an application calling Retort at start-up or from its tests).
 */
public record EntitySource(List<String> packages, List<String> classes, List<Path> sources, List<Path> classpath, String physicalNaming,
        String implicitNaming, Map<String, String> settings, String persistenceUnit, Path persistenceXml, ClassLoader applicationLoader) {

    public EntitySource {
        packages = List.copyOf(packages);
        classes = List.copyOf(classes);
        sources = List.copyOf(sources);
        classpath = List.copyOf(classpath);
        settings = Map.copyOf(settings);
    }
}
