package dev.retort.hibernate;

import dev.retort.RetortException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.HibernateException;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.beanvalidation.BeanValidationIntegrator;
import org.hibernate.boot.beanvalidation.ValidationMode;
import org.hibernate.boot.spi.ClassLoaderAccess;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.PersistentClass;

/**
 * Bean Validation's relational constraints, applied as the application's Hibernate applies them:
 * with a provider (hibernate-validator) on the entities' class path and the validation mode
 * {@code auto} (the default) or {@code ddl}, {@code @NotNull}/{@code @NotBlank}/{@code @NotEmpty}
 * make columns NOT NULL, {@code @Size(max)}/{@code @Length(max)} set lengths, {@code @Digits}
 * precision and scale, {@code @Min}/{@code @Max} add checks. Hibernate does this while it builds a
 * SessionFactory, which Retort never builds, so this calls the same code Hibernate's integrator
 * calls, on the booted metadata, before it is read.
 */
final class BeanValidation {

    private static final String ACTIVATOR = "org.hibernate.boot.beanvalidation.TypeSafeActivator";

    private BeanValidation() {}

    static void apply(Metadata metadata, Map<String, Object> settings, ClassLoader entities) {
        Set<ValidationMode> modes = modes(settings);
        if (modes.contains(ValidationMode.NONE)) {
            return;
        }
        // as Hibernate: 'ddl' and 'callback' refuse to start without a provider, 'auto' goes on without
        ValidatorFactory factory = factory(modes.contains(ValidationMode.DDL) || modes.contains(ValidationMode.CALLBACK));
        if (factory == null) {
            return;
        }
        boolean constraints = (modes.contains(ValidationMode.DDL) || modes.contains(ValidationMode.AUTO))
                && Boolean.parseBoolean(String.valueOf(settings.getOrDefault(BeanValidationIntegrator.APPLY_CONSTRAINTS, "true")));
        try (factory) {
            if (!constraints) {
                return;
            }
            Dialect dialect = metadata.getDatabase().getDialect();
            Method apply = Class.forName(ACTIVATOR).getMethod("applyRelationalConstraints", ValidatorFactory.class, Collection.class,
                    Map.class, Dialect.class, ClassLoaderAccess.class);
            apply.setAccessible(true); // a public method of a package-private class
            apply.invoke(null, factory, metadata.getEntityBindings(), settings, dialect, new Access(entities));
        } catch (InvocationTargetException e) {
            throw RetortException.badInput("Bean Validation's constraints cannot be applied: " + message(e.getCause()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("this Hibernate version applies Bean Validation differently: " + e, e);
        }
    }

    private static Set<ValidationMode> modes(Map<String, Object> settings) {
        Object mode = settings.get(BeanValidationIntegrator.JAKARTA_MODE_PROPERTY);
        try {
            return ValidationMode.parseValidationModes(mode != null ? mode : settings.get(BeanValidationIntegrator.MODE_PROPERTY));
        } catch (HibernateException e) {
            throw RetortException.badInput(e.getMessage() + " (expected auto, ddl, callback or none)");
        }
    }

    /**
     * The default provider as the application would find it (through the entities' class loader),
     * or null where there is none and none is required. Messages are never built here, so the
     * factory needs no Expression Language implementation.
     */
    private static ValidatorFactory factory(boolean required) {
        try { // Validation finds the provider through the context class loader, which the scan sets to the entities'
            return Validation.byDefaultProvider().configure().messageInterpolator(new TemplatesOnly()).buildValidatorFactory();
        } catch (NoProviderFoundException e) {
            if (required) {
                throw RetortException.badInput(BeanValidationIntegrator.JAKARTA_MODE_PROPERTY + " asks for Bean Validation, but no provider"
                        + " (such as org.hibernate.validator:hibernate-validator) is on entities.classpath");
            }
            return null;
        } catch (ValidationException e) {
            throw RetortException.badInput("the Bean Validation provider on entities.classpath cannot start: " + message(e));
        }
    }

    private static String message(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getName();
    }

    /** Only the constraints' metadata is read; messages stay templates. */
    private static final class TemplatesOnly implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return template;
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return template;
        }
    }

    /** Entity classes (and validation groups named in settings) come from the entities' class loader. */
    private record Access(ClassLoader loader) implements ClassLoaderAccess {
        @Override
        @SuppressWarnings("unchecked")
        public <T> Class<T> classForName(String name) {
            try {
                return (Class<T>) Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                throw new org.hibernate.boot.registry.classloading.spi.ClassLoadingException("cannot load " + name, e);
            }
        }

        @Override
        public URL locateResource(String resourceName) {
            return loader.getResource(resourceName);
        }
    }
}
