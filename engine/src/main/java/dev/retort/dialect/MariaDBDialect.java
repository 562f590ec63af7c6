package dev.retort.dialect;

import dev.retort.model.ForeignKey;
import dev.retort.model.Name;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB: MySQL's rules plus a native {@code uuid} type and sequences. Booted with Hibernate's
 * {@code MariaDBDialect}, which maps identity and UUID differently from {@code MySQLDialect}.
 */
public final class MariaDBDialect extends MySQLDialect {

    MariaDBDialect(String version) {
        super(DatabaseKind.MARIADB, version, new org.hibernate.dialect.MariaDBDialect(Versions.parse(version)));
    }

    /**
     * Dropping a foreign key leaves the index MariaDB made for it, which would then look like a
     * user's index; drop it too when it exists.
     */
    @Override
    protected List<String> dropForeignKey(Name table, ForeignKey key) {
        List<String> statements = new ArrayList<>(super.dropForeignKey(table, key));
        statements.add(alterTable(table) + "drop index if exists " + quote(key.name()));
        return statements;
    }
}
