package dev.retort.catalog;

import dev.retort.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/** MariaDB's catalog: a {@code json} column is {@code longtext} marked only by its check. */
public final class MariaDBCatalog extends MySQLCatalog {

    MariaDBCatalog(Dialect dialect) {
        super(dialect);
    }

    /** A {@code json} column is {@code longtext} here, marked only by the check MariaDB gives it. */
    @Override
    protected Set<String> jsonColumns(Connection connection, String schema) throws SQLException {
        return jsonChecks(connection, schema);
    }
}
