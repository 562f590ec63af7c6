package dev.retort.spring;

import dev.retort.Retort;
import dev.retort.revision.RevisionInfo;
import dev.retort.runner.Direction;
import dev.retort.runner.RunListener;
import java.time.Duration;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Applies the application's revisions to its own {@code DataSource} at start-up, before the JPA
 * {@code EntityManagerFactory} is created, as Spring Boot's Flyway auto-configuration does:
 * {@code retort.enabled}, {@code retort.target}, {@code retort.migrations-package},
 * {@code retort.strict}, {@code retort.lock-timeout}, {@code retort.schema}.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "retort", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(RetortProperties.class)
public class RetortAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(RetortAutoConfiguration.class);

    /** Spring Boot's naming, unless the application sets its own: what its Hibernate creates, so what autogen compares with. */
    private static final String PHYSICAL_NAMING = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    private static final String IMPLICIT_NAMING = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";

    /**
     * The application's Retort: its DataSource, its revisions, and for autogen and {@code check} in
     * its tests its entities (the application's packages) named as Spring Boot's Hibernate names them.
     */
    @Bean
    @ConditionalOnMissingBean
    public Retort retort(DataSource dataSource, RetortProperties properties, Environment environment, BeanFactory beanFactory) {
        Retort.Configuration configuration = Retort.configure()
                .dataSource(dataSource)
                .migrationsPackage(properties.getMigrationsPackage())
                .classLoader(RetortAutoConfiguration.class.getClassLoader())
                .setting("lock.timeout", String.valueOf(properties.getLockTimeout().toSeconds()))
                .namingStrategy(environment.getProperty("spring.jpa.hibernate.naming.physical-strategy", PHYSICAL_NAMING))
                .setting("naming.implicit", environment.getProperty("spring.jpa.hibernate.naming.implicit-strategy", IMPLICIT_NAMING))
                .listener(new LoggingListener());
        if (AutoConfigurationPackages.has(beanFactory)) {
            configuration.entityPackages(AutoConfigurationPackages.get(beanFactory).toArray(String[]::new));
        }
        if (properties.getSchema() != null) {
            configuration.schema(properties.getSchema());
        }
        return configuration.load();
    }

    @Bean
    @ConditionalOnMissingBean
    public RetortMigrationInitializer retortMigrationInitializer(Retort retort, RetortProperties properties) {
        return new RetortMigrationInitializer(retort, properties);
    }

    /** Retort's progress in the application's log. */
    private static final class LoggingListener implements RunListener {
        @Override
        public void revisionStarted(RevisionInfo revision, Direction direction, Set<String> recorded) {
            LOG.info("Retort: running {} {}, {}", direction.label(), direction.arrow(revision), revision.message());
        }

        @Override
        public void warning(String message) {
            LOG.warn("Retort: {}", message);
        }

        @Override
        public void waitingForLock(String holder, Duration upTo) {
            LOG.info("Retort: waiting up to {} s for the deployment lock, held by {}", upTo.toSeconds(), holder);
        }
    }
}
