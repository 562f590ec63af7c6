package dev.retort.hibernate;

import dev.retort.RetortException;
import dev.retort.config.HibernateSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.HibernateException;
import org.hibernate.jpa.boot.spi.PersistenceUnitDescriptor;
import org.hibernate.jpa.boot.spi.PersistenceXmlParser;

/**
 * A persistence unit of the project's {@code persistence.xml}, read by Hibernate's own parser: the
 * classes it lists, its mapping files (and {@code META-INF/orm.xml}, which JPA reads by default),
 * its validation mode and its properties, so the target is what the application's persistence
 * unit makes. Settings Retort decides itself (the connection, the dialect) are left out: they are
 * the running application's. Classes it does not list are not looked for, as Hibernate 7 does not
 * without its optional hibernate-scan-jandex; its {@code <jar-file>} entries are not followed.
 */
record PersistenceUnit(String name, List<String> classes, List<String> mappingFiles, Map<String, String> settings) {

    private static final String DEFAULT_MAPPING = "META-INF/orm.xml";

    /**
     * The unit named {@code name} (or the only one there is when null) of {@code file}, else of
     * the {@code META-INF/persistence.xml} files of the entities' own class path; none when there is
     * no persistence.xml and none was asked for.
     */
    static Optional<PersistenceUnit> find(String name, Path file, URLClassLoader entities) {
        List<URL> files = file != null ? List.of(url(file)) : persistenceXmls(entities);
        if (files.isEmpty()) {
            if (name != null) {
                throw RetortException.badInput("persistence.unit is " + name + " but there is no META-INF/persistence.xml on"
                        + " entities.classpath (set persistence.xml to its file)");
            }
            return Optional.empty();
        }
        Map<String, PersistenceUnitDescriptor> units;
        try {
            units = new TreeMap<>(PersistenceXmlParser.create(Map.of(), entities, null).parse(files));
        } catch (HibernateException e) {
            throw RetortException.badInput("cannot read " + files.get(0) + ": " + e.getMessage());
        }
        PersistenceUnitDescriptor unit;
        if (name != null) {
            unit = units.get(name);
            if (unit == null) {
                throw RetortException.badInput("persistence.xml has no persistence unit " + name + " (it has " + String.join(", ", units.keySet()) + ")");
            }
        } else if (units.size() == 1) {
            unit = units.values().iterator().next();
        } else {
            throw RetortException.badInput("persistence.xml has several persistence units (" + String.join(", ", units.keySet())
                    + "): set persistence.unit to the application's");
        }
        return Optional.of(of(unit, entities));
    }

    private static PersistenceUnit of(PersistenceUnitDescriptor unit, URLClassLoader entities) {
        Map<String, String> settings = new TreeMap<>();
        unit.getProperties().forEach((key, value) -> {
            String setting = String.valueOf(key);
            if (HibernateSettings.isHibernateSetting(setting) && HibernateSettings.decidedByRetort(setting).isEmpty()) {
                settings.put(setting, String.valueOf(value));
            }
        });
        if (unit.getValidationMode() != null) {
            settings.putIfAbsent("jakarta.persistence.validation.mode", unit.getValidationMode().toString());
        }
        List<String> mappingFiles = new ArrayList<>(unit.getMappingFileNames());
        if (!mappingFiles.contains(DEFAULT_MAPPING) && entities.findResource(DEFAULT_MAPPING) != null) {
            mappingFiles.add(DEFAULT_MAPPING);
        }
        return new PersistenceUnit(unit.getName(), List.copyOf(unit.getManagedClassNames()), List.copyOf(mappingFiles), settings);
    }

    /** persistence.xml files of the entities' own class path, not of Retort's. */
    private static List<URL> persistenceXmls(URLClassLoader entities) {
        try {
            return Collections.list(entities.findResources("META-INF/persistence.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path file) {
        if (!Files.isRegularFile(file)) {
            throw RetortException.badInput("persistence.xml " + file + " does not exist");
        }
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
