package dev.retort.dialect;

import static dev.retort.model.TypeCode.*;

import dev.retort.model.ForeignKey;
import dev.retort.model.Name;
import dev.retort.model.Sequence;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterTableComment;
import dev.retort.ops.DropCheck;
import dev.retort.ops.DropColumn;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB: MySQL's rules plus a native {@code uuid} type and sequences. Booted with Hibernate's
 * {@code MariaDBDialect}, which maps identity and UUID differently from {@code MySQLDialect}.
 */
public final class MariaDBDialect extends MySQLDialect {

    MariaDBDialect(String version) {
        this(version, true);
    }

    private MariaDBDialect(String version, boolean assertAlgorithms) {
        super(DatabaseKind.MARIADB, version, assertAlgorithms);
    }

    @Override
    public Dialect withServerAlgorithms() {
        return new MariaDBDialect(version(), false);
    }

    /**
     * MySQL's table, except that columns are added, renamed and dropped instantly on every version
     * Retort speaks to (10.4 on; its {@code rename column} needs 10.5), and so are checks dropped
     * and table comments changed.
     */
    @Override
    public Algorithm algorithm(Operation operation) {
        Algorithm mysql = super.algorithm(operation);
        if (operation instanceof AddColumn || operation instanceof RenameColumn || operation instanceof DropColumn
                || operation instanceof DropCheck || operation instanceof AlterTableComment) {
            return mysql == Algorithm.COPY ? mysql : Algorithm.INSTANT;
        }
        return mysql;
    }

    /**
     * INPLACE with LOCK=NONE for both: MariaDB reads an algorithm as the least efficient one allowed,
     * so it still changes instantly what it can (measured on 10.11), and an instant change it cannot
     * make here (a table's row format, too many instant changes before) is rebuilt online, not refused.
     */
    @Override
    protected String clause(Algorithm algorithm) {
        return algorithm == Algorithm.INSTANT ? super.clause(Algorithm.INPLACE) : super.clause(algorithm);
    }

    /** MySQL's spellings, and a native uuid from 10.7 on. */
    @Override
    protected void spellTypes(TypeNames types) {
        super.spellTypes(types);
        if (versionAtLeast(10, 7)) {
            types.put(UUID, "uuid");
        }
    }

    /**
     * MariaDB (10.4 on) makes a unique key too long to index a hash of its values, and cuts a
     * one-column index to a prefix; only primary keys and indexes over several columns must fit.
     */
    @Override
    protected boolean mustFit(boolean primary, boolean unique, int columns) {
        return primary || (!unique && columns > 1);
    }

    /** Hibernate creates MariaDB sequences with {@code nocache} (MariaDB's default caches 1000, so ids jump after a restart). */
    @Override
    protected String sequenceCache(Long cache) {
        return cache == null ? "nocache" : super.sequenceCache(cache);
    }

    @Override
    protected String createSequence(Sequence sequence) {
        return super.createSequence(sequence) + (sequence.cache() == null ? " " + sequenceCache(null) : "");
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
