package dev.retort.hibernate;

import dev.retort.RetortException;
import dev.retort.compile.ClassPaths;
import dev.retort.compile.JavaSources;
import dev.retort.dialect.Dialect;
import dev.retort.model.Schema;
import dev.retort.scan.DeclaredTypes;
import dev.retort.scan.EntitySource;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.engine.config.spi.ConfigurationService;

/**
 * Builds the target schema from {@code @Entity} classes: ClassGraph finds the mapped classes in
 * the configured packages, Hibernate's boot metamodel (no connection, the real database's dialect
 * and version) maps them, and {@link HibernateSchemaReader} walks the result. The target is thus
 * exactly what Hibernate itself would create.
 */
public final class EntityScanner {

    private static final List<String> MAPPED_ANNOTATIONS = List.of(
            "jakarta.persistence.Entity",
            "jakarta.persistence.Embeddable",
            "jakarta.persistence.MappedSuperclass",
            "jakarta.persistence.Converter");

    private final JavaSources compiler;

    public EntityScanner(JavaSources compiler) {
        this.compiler = compiler;
    }

    /** The target schema the entities of {@code source} describe, on {@code dialect}; see {@link DeclaredTypes}. */
    public Schema scan(EntitySource source, Dialect dialect, DeclaredTypes declaredTypes) {
        List<Path> roots = classRoots(source);
        // no folders or jars named: the entities are on the application's own class path
        try (URLClassLoader application = roots.isEmpty() ? ApplicationClasses.of(source.applicationLoader()) : null;
                URLClassLoader loader = new URLClassLoader(ClassPaths.urls(roots), roots.isEmpty() ? application : EntityScanner.class.getClassLoader());
                ContextClassLoader context = ContextClassLoader.set(loader)) { // JAXB (persistence.xml) and Hibernate look there
            Optional<PersistenceUnit> unit = PersistenceUnit.find(source.persistenceUnit(), source.persistenceXml(), loader);
            TreeSet<String> classes = new TreeSet<>(unit.map(PersistenceUnit::classes).orElse(List.of()));
            classes.addAll(source.classes());
            if (!source.packages().isEmpty()) {
                classes.addAll(mappedClasses(roots, source.packages(), loader));
            } else if (classes.isEmpty()) {
                throw RetortException.badInput("entities.packages is empty: name the packages that hold your @Entity classes"
                        + " (or list them in entities.classes or a persistence unit)");
            }
            Map<String, Object> settings = new HashMap<>(unit.map(PersistenceUnit::settings).orElse(Map.of()));
            source.settings().forEach((key, value) -> { // retort.properties wins over persistence.xml, under either prefix
                settings.remove(otherPrefix(key));
                settings.put(key, value);
            });
            return boot(List.copyOf(classes), unit.map(PersistenceUnit::mappingFiles).orElse(List.of()), settings, loader, dialect, source,
                    declaredTypes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiled entity sources first (the edited truth), then the configured class path. */
    private List<Path> classRoots(EntitySource source) {
        List<Path> roots = new ArrayList<>();
        for (Path entry : source.classpath()) {
            if (!Files.exists(entry)) {
                throw RetortException.badInput("entities.classpath entry " + entry + " does not exist");
            }
        }
        List<Path> files = JavaSources.sourceFiles(source.sources());
        if (!files.isEmpty()) { // none: the scan reports that no entity was found
            List<Path> classpath = new ArrayList<>(source.classpath());
            // what entity sources commonly import and Retort carries: JPA, Hibernate's annotations, Bean Validation's
            classpath.addAll(ClassPaths.of(jakarta.persistence.Entity.class, org.hibernate.annotations.ColumnDefault.class,
                    jakarta.validation.Valid.class));
            roots.add(compiler.compile("entities", files, classpath));
        }
        roots.addAll(source.classpath());
        return roots;
    }

    private static List<String> mappedClasses(List<Path> roots, List<String> packages, ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        ClassGraph classGraph = new ClassGraph().overrideClassLoaders(loader);
        if (!roots.isEmpty()) {
            classGraph.overrideClasspath(roots.stream().map(Path::toString).toList());
        }
        try (ScanResult scan = classGraph.acceptPackages(packages.toArray(String[]::new)).enableAnnotationInfo().scan()) {
            if (scan.getClassesWithAnnotation(MAPPED_ANNOTATIONS.get(0)).isEmpty()) {
                throw RetortException.badInput("no @Entity classes in package " + String.join(", ", packages)
                        + (roots.isEmpty() ? " on the class path (set entities.sources or entities.classpath to where they are)" : ""));
            }
            for (String annotation : MAPPED_ANNOTATIONS) {
                scan.getClassesWithAnnotation(annotation).stream().map(ClassInfo::getName).forEach(names::add);
            }
        }
        return new ArrayList<>(names);
    }

    private static Schema boot(List<String> classNames, List<String> mappingFiles, Map<String, Object> settings, ClassLoader loader,
            Dialect dialect, EntitySource source, DeclaredTypes declaredTypes) {
        StandardServiceRegistry registry = null;
        try (QuietLogs quiet = QuietLogs.start()) {
            registry = new StandardServiceRegistryBuilder(new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build())
                    .applySettings(settings) // the application's; Retort's own below win
                    .applySetting(JdbcSettings.DIALECT, HibernateTypes.dialectClass(dialect.kind()))
                    .applySetting(JdbcSettings.JAKARTA_HBM2DDL_DB_VERSION, dialect.version())
                    .applySetting(JdbcSettings.ALLOW_METADATA_ON_BOOT, false)
                    .build();
            MetadataSources sources = new MetadataSources(registry);
            for (String name : classNames) {
                sources.addAnnotatedClass(Class.forName(name, true, loader));
            }
            mappingFiles.forEach(sources::addResource);
            MetadataBuilder builder = sources.getMetadataBuilder();
            NamingStrategies.physical(source.physicalNaming(), loader).ifPresent(builder::applyPhysicalNamingStrategy);
            NamingStrategies.implicit(source.implicitNaming(), loader).ifPresent(builder::applyImplicitNamingStrategy);
            Metadata metadata = builder.build();
            ((MetadataImplementor) metadata).validate(); // what Hibernate refuses as it starts, such as a column mapped twice by one entity
            BeanValidation.apply(metadata, registry.requireService(ConfigurationService.class).getSettings(), loader);
            return new HibernateSchemaReader(metadata, declaredTypes).read();
        } catch (RetortException e) {
            throw e;
        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
            // a missing dependency surfaces bare, or wrapped by Hibernate's reflection (an entity listener's)
            Optional<String> missing = MissingClass.in(e);
            if (missing.isPresent()) {
                throw RetortException.badInput(MissingClass.find(missing.get(), classNames, loader).message());
            }
            if (e instanceof HibernateException) {
                throw RetortException.badInput("Hibernate cannot map the entities: " + e.getMessage());
            }
            if (e instanceof LinkageError) {
                throw RetortException.badInput("cannot load the entities: " + rootCause(e));
            }
            throw (RuntimeException) e;
        } finally {
            if (registry != null) {
                StandardServiceRegistryBuilder.destroy(registry);
            }
        }
    }

    /** The thread's context class loader, set for a scan and put back after it. */
    private record ContextClassLoader(ClassLoader previous) implements AutoCloseable {

        static ContextClassLoader set(ClassLoader loader) {
            ContextClassLoader context = new ContextClassLoader(Thread.currentThread().getContextClassLoader());
            Thread.currentThread().setContextClassLoader(loader);
            return context;
        }

        @Override
        public void close() {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** The same JPA setting under its other prefix ({@code javax.persistence.x} for {@code jakarta.persistence.x}, and back). */
    private static String otherPrefix(String key) {
        String jakarta = "jakarta.persistence.";
        String javax = "javax.persistence.";
        return key.startsWith(jakarta) ? javax + key.substring(jakarta.length())
                : key.startsWith(javax) ? jakarta + key.substring(javax.length()) : key;
    }

    /** What went wrong first, such as the exception an entity's static initializer threw. */
    private static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == error ? error.toString() : error.getClass().getSimpleName() + " caused by " + root;
    }
}
