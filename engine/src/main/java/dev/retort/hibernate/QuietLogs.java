package dev.retort.hibernate;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * While Retort boots Hibernate: its INFO lines (the boot, "Database info") and its deprecation
 * warning that Retort names the dialect are Retort's doing, not the application's, so they are held
 * back; other warnings pass. Retort's Hibernate logs through java.util.logging (see
 * {@code HibernateLoader}); a level the application or the CLI set on these loggers is left alone.
 */
final class QuietLogs implements AutoCloseable {

    private static final List<Logger> QUIETED = new ArrayList<>(); // held: java.util.logging forgets a collected logger's level
    private static int open;

    private QuietLogs() {}

    static synchronized QuietLogs start() {
        if (open++ == 0) {
            quiet("org.hibernate", Level.WARNING);
            quiet("org.hibernate.orm.deprecation", Level.OFF);
        }
        return new QuietLogs();
    }

    private static void quiet(String name, Level level) {
        Logger logger = Logger.getLogger(name);
        if (logger.getLevel() == null) {
            logger.setLevel(level);
            QUIETED.add(logger);
        }
    }

    @Override
    public void close() {
        synchronized (QuietLogs.class) {
            if (--open == 0) {
                QUIETED.forEach(logger -> logger.setLevel(null));
                QUIETED.clear();
            }
        }
    }
}
