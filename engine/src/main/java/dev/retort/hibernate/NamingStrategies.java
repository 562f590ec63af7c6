package dev.retort.hibernate;

import dev.retort.RetortException;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyComponentPathImpl;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyLegacyJpaImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;

/**
 * {@code naming.strategy} and {@code naming.implicit}: a short name for Hibernate's own strategies
 * ({@code snake_case} is what Spring Boot applications use), or the class name of one of the
 * user's, loaded with the entities.
 */
final class NamingStrategies {

    private NamingStrategies() {}

    static Optional<PhysicalNamingStrategy> physical(String setting, ClassLoader loader) {
        if (setting == null) {
            return Optional.empty();
        }
        return Optional.of(switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "default", "hibernate", "standard" -> PhysicalNamingStrategyStandardImpl.INSTANCE;
            case "snake_case", "spring", "camelcasetounderscores" -> new CamelCaseToUnderscoresNamingStrategy();
            default -> instantiate(setting.strip(), PhysicalNamingStrategy.class, loader, "naming.strategy");
        });
    }

    static Optional<ImplicitNamingStrategy> implicit(String setting, ClassLoader loader) {
        if (setting == null) {
            return Optional.empty();
        }
        return Optional.of(switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "default", "jpa" -> ImplicitNamingStrategyJpaCompliantImpl.INSTANCE;
            case "legacy-jpa" -> ImplicitNamingStrategyLegacyJpaImpl.INSTANCE;
            case "component-path" -> ImplicitNamingStrategyComponentPathImpl.INSTANCE;
            default -> instantiate(setting.strip(), ImplicitNamingStrategy.class, loader, "naming.implicit");
        });
    }

    private static <T> T instantiate(String className, Class<T> type, ClassLoader loader, String key) {
        try {
            Class<?> found = Class.forName(className, true, loader);
            if (!type.isAssignableFrom(found)) {
                throw RetortException.badInput(key + ": " + className + " is not a " + type.getSimpleName());
            }
            return type.cast(found.getDeclaredConstructor().newInstance());
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw RetortException.badInput(key + ": cannot load naming strategy " + className
                    + ": no such class (put it on entities.classpath or in entities.sources)");
        } catch (ReflectiveOperationException | LinkageError e) {
            throw RetortException.badInput(key + ": cannot load naming strategy " + className + ": it needs a public no-argument"
                    + " constructor (" + e.getMessage() + ")");
        }
    }
}
