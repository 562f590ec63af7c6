package dev.retort.hibernate;

import jakarta.persistence.EntityListeners;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A class the entities need that is not on their class path, found in a failure's causes, named with
 * the mapped class that needs it (and the listener or superclass through which it does), so the user
 * learns which jar to add rather than reading a wrapped reflection error.
 */
record MissingClass(String missing, String needer, String through) {

    /** The class a failure could not find, if that is what it was. */
    static Optional<String> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ExceptionInInitializerError || (cause instanceof NoClassDefFoundError
                    && String.valueOf(cause.getMessage()).startsWith("Could not initialize class"))) {
                return Optional.empty(); // there, but its static initializer failed
            }
            if (cause instanceof NoClassDefFoundError || cause instanceof ClassNotFoundException) {
                String name = cause.getMessage() == null ? "" : cause.getMessage().strip();
                return Optional.of(name.replace('/', '.').replaceFirst("^L(.*);$", "$1"));
            }
            if (cause instanceof TypeNotPresentException notPresent) {
                return Optional.of(notPresent.typeName());
            }
        }
        return Optional.empty();
    }

    /** Which of the mapped classes cannot be linked for want of {@code missing}, by trying each as Hibernate reflects on it. */
    static MissingClass find(String missing, List<String> mapped, ClassLoader loader) {
        for (String name : mapped) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return new MissingClass(missing, name, null);
            }
            for (Class<?> part : parts(type)) {
                try {
                    part.getDeclaredFields();
                    part.getDeclaredMethods();
                    part.getDeclaredConstructors();
                    part.getAnnotations();
                } catch (LinkageError | TypeNotPresentException e) {
                    return new MissingClass(missing, name, part == type ? null : part.getName());
                }
            }
        }
        return new MissingClass(missing, null, null);
    }

    /** The class, its superclasses, and its entity listeners: what Hibernate reads of it. */
    private static List<Class<?>> parts(Class<?> type) {
        List<Class<?>> parts = new ArrayList<>();
        for (Class<?> part = type; part != null && part != Object.class; part = part.getSuperclass()) {
            parts.add(part);
        }
        try {
            EntityListeners listeners = type.getAnnotation(EntityListeners.class);
            if (listeners != null) {
                parts.addAll(List.of(listeners.value()));
            }
        } catch (LinkageError | TypeNotPresentException e) {
            // the annotation itself names a missing class: reading the type's annotations reports it
        }
        return parts;
    }

    String message() {
        String needs = needer == null ? "the entities need " + missing
                : (through == null ? needer : needer + " (through " + through + ")") + " needs " + missing;
        return needs + ", which is not on entities.classpath: add the jar or folder that holds it"
                + " (the application's runtime class path has it)";
    }
}
