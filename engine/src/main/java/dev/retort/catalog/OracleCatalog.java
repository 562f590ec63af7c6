package dev.retort.catalog;

import dev.retort.dialect.Dialect;
import dev.retort.model.Index;
import dev.retort.model.UniqueConstraint;

/** Oracle's catalog, for what offline scripts need: its implicit indexes. */
public final class OracleCatalog extends Catalog {

    OracleCatalog(Dialect dialect) {
        super(dialect);
    }

    /** Only used online, which Oracle is not; indexes named as their constraints are the implicit ones. */
    @Override
    public boolean isImplicitIndex(String indexName, Index index, TableKeys keys) {
        return indexName.equals(keys.primaryKeyName())
                || keys.uniques().stream().map(UniqueConstraint::name).map(dialect()::key).anyMatch(indexName::equals);
    }
}
