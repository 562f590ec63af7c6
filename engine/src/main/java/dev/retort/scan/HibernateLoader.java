package dev.retort.scan;

import dev.retort.Retort;
import dev.retort.compile.ClassPaths;
import dev.retort.compile.JavaSources;
import com.palantir.javapoet.CodeBlock;
import io.github.classgraph.ClassGraph;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Loads {@code dev.retort.hibernate} with the Hibernate this engine is built and tested with. The
 * build puts that Hibernate, with what it needs, inside the engine ({@value #CARRIED}); where it is
 * there, it is loaded in a class loader of its own, so an application on another Hibernate (6.6 in
 * Spring Boot 3, which Maven then gives the engine too) reads its entities exactly as the CLI does,
 * and Hibernate's boot logs go to java.util.logging, where the scan quiets them, rather than into
 * the application's log. Only the runtime's and the engine's own classes, ClassGraph's and
 * JavaPoet's are shared with the application. Where it is not (the CLI's single jar, which has
 * Retort's Hibernate and nothing else), the engine's own class loader serves.
 */
final class HibernateLoader {

    /** The folder inside the engine that holds Retort's Hibernate (engine/pom.xml). */
    static final String CARRIED = "META-INF/retort/hibernate/";
    private static final String MAPPER = "dev.retort.hibernate.HibernateMapper";

    private static EntityMapper mapper;

    private HibernateLoader() {}

    static synchronized EntityMapper mapper() {
        if (mapper == null) {
            ClassLoader engine = HibernateLoader.class.getClassLoader();
            List<Path> carried = carriedJars(engineLocation());
            ClassLoader loader = carried.isEmpty() ? engine : isolated(engine, carried);
            try {
                mapper = (EntityMapper) Class.forName(MAPPER, true, loader).getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load Retort's Hibernate from " + carried, e);
            }
        }
        return mapper;
    }

    private static ClassLoader isolated(ClassLoader engine, List<Path> carried) {
        List<Path> jars = new ArrayList<>();
        jars.add(engineLocation()); // dev.retort.hibernate itself, linked against the carried Hibernate
        jars.addAll(carried);
        Set<Path> shared = Stream.of(Retort.class, HibernateLoader.class, ClassGraph.class, CodeBlock.class).map(ClassPaths::location)
                .flatMap(Optional::stream).collect(Collectors.toSet());
        return new URLClassLoader("retort-hibernate", ClassPaths.urls(jars), new SharedClasses(engine, shared));
    }

    /**
     * Retort's runtime and engine (but not {@code dev.retort.hibernate}), ClassGraph and JavaPoet,
     * from the engine's own loader, as the types that cross {@link EntityMapper}; the JDK's from the
     * platform; nothing else, so the rest comes from Retort's Hibernate or the entities' class path.
     */
    private static final class SharedClasses extends ClassLoader {

        private final ClassLoader engine;
        private final Set<Path> shared;

        SharedClasses(ClassLoader engine, Set<Path> shared) {
            super("retort-shared", ClassLoader.getPlatformClassLoader());
            this.engine = engine;
            this.shared = shared;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if ((name.startsWith("dev.retort.") && !name.startsWith("dev.retort.hibernate.")) || name.startsWith("io.github.classgraph.")
                    || name.startsWith("com.palantir.javapoet.")) {
                Class<?> type = engine.loadClass(name);
                // an application's own classes in these packages (a test model) are loaded beside Retort's Hibernate
                if (ClassPaths.location(type).filter(shared::contains).isPresent()) {
                    return type;
                }
            }
            return super.loadClass(name, resolve);
        }
    }

    /** The jars of Retort's Hibernate: in place in a folder of classes, or copied out of the engine's jar once per version. */
    static List<Path> carriedJars(Path engine) {
        if (engine == null) {
            return List.of();
        }
        try {
            if (Files.isDirectory(engine)) {
                Path folder = engine.resolve(CARRIED);
                if (!Files.isDirectory(folder)) {
                    return List.of();
                }
                try (Stream<Path> jars = Files.list(folder)) {
                    return jars.filter(jar -> jar.toString().endsWith(".jar")).sorted().toList();
                }
            }
            try (JarFile jar = new JarFile(engine.toFile())) {
                List<JarEntry> entries = Collections.list(jar.entries()).stream()
                        .filter(entry -> entry.getName().startsWith(CARRIED) && entry.getName().endsWith(".jar")).toList();
                if (entries.isEmpty()) {
                    return List.of();
                }
                try {
                    return extract(jar, entries, sharedFolder(entries));
                } catch (IOException unwritable) { // another user's copy, say: one of this run's own, gone when it ends
                    Path own = Files.createTempDirectory("retort-hibernate-");
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            JavaSources.deleteTree(own);
                        } catch (IOException leftBehind) {
                            // in the temporary folder, which the system clears
                        }
                    }));
                    return extract(jar, entries, own);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Retort's Hibernate from " + engine, e);
        }
    }

    /** A folder named by the jars' checksums, shared by every run of this engine. */
    private static Path sharedFolder(List<JarEntry> entries) {
        CRC32 key = new CRC32();
        entries.forEach(entry -> key.update((entry.getName() + entry.getCrc()).getBytes(StandardCharsets.UTF_8)));
        return Path.of(System.getProperty("java.io.tmpdir"), "retort-hibernate-" + HexFormat.of().toHexDigits((int) key.getValue()));
    }

    /** Each jar written whole, under a temporary name, then moved into place. */
    private static List<Path> extract(JarFile jar, List<JarEntry> entries, Path folder) throws IOException {
        List<Path> jars = new ArrayList<>();
        for (JarEntry entry : entries) {
            Path target = folder.resolve(entry.getName().substring(CARRIED.length()));
            if (!Files.isRegularFile(target) || Files.size(target) != entry.getSize()) {
                Files.createDirectories(folder);
                Path partial = Files.createTempFile(folder, "partial", ".jar");
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            jars.add(target);
        }
        return jars.stream().sorted().toList();
    }

    /** The engine's jar or folder of classes; null where it is neither (inside another archive). */
    private static Path engineLocation() {
        return ClassPaths.location(HibernateLoader.class).orElse(null);
    }
}
