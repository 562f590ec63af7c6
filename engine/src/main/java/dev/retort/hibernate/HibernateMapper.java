package dev.retort.hibernate;

import dev.retort.catalog.CatalogTypes;
import dev.retort.compile.JavaSources;
import dev.retort.dialect.DatabaseKind;
import dev.retort.dialect.Dialect;
import dev.retort.model.Schema;
import dev.retort.scan.DeclaredTypes;
import dev.retort.scan.EntityMapper;
import dev.retort.scan.EntitySource;

/** Retort's {@link EntityMapper}: made by reflection, in whichever class loader holds Retort's Hibernate. */
public final class HibernateMapper implements EntityMapper {

    @Override
    public Schema scan(EntitySource source, Dialect dialect, DeclaredTypes declaredTypes, JavaSources compiler) {
        return new EntityScanner(compiler).scan(source, dialect, declaredTypes);
    }

    @Override
    public CatalogTypes catalogTypes(DatabaseKind kind, String version) {
        return new HibernateTypes(kind, version)::resolve;
    }
}
