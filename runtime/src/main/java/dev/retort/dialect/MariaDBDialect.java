package dev.retort.dialect;

import static dev.retort.model.TypeCode.*;

import dev.retort.model.ForeignKey;
import dev.retort.model.Name;
import dev.retort.model.Sequence;
import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB: MySQL's rules plus a native {@code uuid} type and sequences. Booted with Hibernate's
 * {@code MariaDBDialect}, which maps identity and UUID differently from {@code MySQLDialect}.
 */
public final class MariaDBDialect extends MySQLDialect {

    MariaDBDialect(String version) {
        super(DatabaseKind.MARIADB, version);
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
