package dev.retort.scan;

import dev.retort.catalog.CatalogTypes;
import dev.retort.compile.JavaSources;
import dev.retort.dialect.DatabaseKind;
import dev.retort.dialect.Dialect;
import dev.retort.model.Schema;

/**
 * What autogenerate asks of Hibernate: the target schema the entities describe, and how catalog
 * types resolve. Implemented in {@code dev.retort.hibernate}, the only package that touches
 * Hibernate, and reached through {@link #retorts()}, which gives Retort's own Hibernate even inside
 * an application on another one (see {@link HibernateLoader}). Only the runtime's and the JDK's
 * types cross this interface.
 */
public interface EntityMapper {

    /** The target schema the entities of {@code source} describe on {@code dialect}'s database; see {@link DeclaredTypes}. */
    Schema scan(EntitySource source, Dialect dialect, DeclaredTypes declaredTypes, JavaSources compiler);

    CatalogTypes catalogTypes(DatabaseKind kind, String version);

    /** Retort's Hibernate, the one this engine is built and tested with. */
    static EntityMapper retorts() {
        return HibernateLoader.mapper();
    }
}
