package dev.retort.spring;

import dev.retort.Retort;
import dev.retort.revision.RevisionGraph;
import dev.retort.runner.Runner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies the revisions as the application context starts; JPA's {@code EntityManagerFactory} and
 * other users of the database wait for it (see {@link RetortDatabaseInitializerDetector}).
 */
public class RetortMigrationInitializer implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(RetortMigrationInitializer.class);

    private final Retort retort;
    private final RetortProperties properties;

    public RetortMigrationInitializer(Retort retort, RetortProperties properties) {
        this.retort = retort;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        Runner.Result result = retort.upgrade(properties.target(), properties.strict());
        String at = RevisionGraph.describe(result.after());
        if (result.revisions().isEmpty()) {
            LOG.info("Retort: nothing to apply; the database is at {}", at);
        } else {
            LOG.info("Retort: applied {} revision(s); the database is at {}", result.revisions().size(), at);
        }
    }
}
