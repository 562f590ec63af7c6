package dev.retort.lint;

import dev.retort.dialect.MySQLDialect;
import dev.retort.ops.Operation;
import java.util.List;

/**
 * What MySQL and MariaDB cannot change while the table is written: whatever the dialect's online
 * DDL table says the server copies ({@link MySQLDialect#algorithm}), the same table that decides
 * the algorithm each alter asserts.
 */
final class MySQLRules implements DatabaseRules {

    private final MySQLDialect dialect;

    MySQLRules(MySQLDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public void check(Operation operation, boolean existing, List<Finding> findings) {
        if (existing && dialect.algorithm(operation) == MySQLDialect.Algorithm.COPY) {
            findings.add(new Finding(Rule.TABLE_COPY, operation.describe()));
        }
    }
}
