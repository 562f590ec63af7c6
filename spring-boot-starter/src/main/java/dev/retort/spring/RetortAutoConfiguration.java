package dev.retort.spring;

import dev.retort.Retort;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Applies the application's revisions to its own {@code DataSource} at start-up, before the JPA
 * {@code EntityManagerFactory} is created, as Spring Boot's Flyway auto-configuration does:
 * {@code retort.enabled}, {@code retort.target}, {@code retort.migrations-package},
 * {@code retort.strict}, {@code retort.lock-timeout}, {@code retort.schema}. Its progress goes to
 * the application's log (logger {@code dev.retort}).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(RetortProperties.class)
public class RetortAutoConfiguration {

    /** Spring Boot's naming, unless the application sets its own: what its Hibernate creates, so what autogen compares with. */
    private static final String PHYSICAL_NAMING = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    private static final String IMPLICIT_NAMING = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";

    /**
     * The application's Retort: its DataSource, its revisions, and for autogen and {@code check} in
     * its tests its entities (the application's packages) named as Spring Boot's Hibernate names them.
     */
    @Bean
    @ConditionalOnMissingBean
    public Retort retort(DataSource dataSource, RetortProperties properties, Environment environment, ConfigurableListableBeanFactory beanFactory) {
        Duration lockTimeout = properties.lockTimeout();
        Retort.Configuration configuration = Retort.configure()
                .environment(Map.of()) // spring's properties, not RETORT_* variables, configure an application
                .dataSource(dataSource)
                .migrationsPackage(properties.migrationsPackage())
                .classLoader(beanFactory.getBeanClassLoader()) // the application's (devtools' restart loader too)
                .setting("lock.timeout", String.valueOf(lockTimeout.plusNanos(999_999_999).toSeconds())) // whole seconds, rounded up
                .namingStrategy(environment.getProperty("spring.jpa.hibernate.naming.physical-strategy", PHYSICAL_NAMING))
                .setting("naming.implicit", environment.getProperty("spring.jpa.hibernate.naming.implicit-strategy", IMPLICIT_NAMING));
        if (AutoConfigurationPackages.has(beanFactory)) {
            configuration.entityPackages(AutoConfigurationPackages.get(beanFactory).toArray(String[]::new));
        }
        if (properties.schema() != null) {
            configuration.schema(properties.schema());
        }
        return configuration.load();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "retort", name = "enabled", matchIfMissing = true)
    public RetortMigrationInitializer retortMigrationInitializer(Retort retort, RetortProperties properties) {
        return new RetortMigrationInitializer(retort, properties);
    }
}
