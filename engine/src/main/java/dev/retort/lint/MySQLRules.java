package dev.retort.lint;

import dev.retort.dialect.MySQLDialect;
import dev.retort.ops.Operation;
import java.util.List;

/**
 * What MySQL and MariaDB cannot change while the table is written: whatever the dialect's online
 * DDL table says the server copies ({@link MySQLDialect#algorithm}), the same table that decides
 * the algorithm each alter asserts; unless a large table's copy runs online ({@code online.engine=pt-osc}).
 */
final class MySQLRules implements DatabaseRules {

    private final MySQLDialect dialect;
    private final boolean copiesOnline;

    MySQLRules(MySQLDialect dialect, boolean copiesOnline) {
        this.dialect = dialect;
        this.copiesOnline = copiesOnline;
    }

    @Override
    public void check(Operation operation, boolean existing, List<Finding> findings) {
        if (existing && !copiesOnline && dialect.algorithm(operation) == MySQLDialect.Algorithm.COPY) {
            findings.add(new Finding(Rule.TABLE_COPY, operation.describe()));
        }
    }
}
