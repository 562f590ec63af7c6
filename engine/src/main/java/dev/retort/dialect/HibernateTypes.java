package dev.retort.dialect;

import dev.retort.model.ColumnType;
import java.util.Locale;
import java.util.Set;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.service.NullServiceException;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.type.descriptor.jdbc.spi.JdbcTypeRegistry;
import org.hibernate.type.descriptor.sql.spi.DdlTypeRegistry;
import org.hibernate.type.spi.TypeConfiguration;

/**
 * The one place the dialects touch Hibernate's type system: neutral types are rendered through
 * Hibernate's DDL type registry for the running database, and catalog types are resolved back
 * through the same dialect, so Retort creates exactly what Hibernate would.
 */
final class HibernateTypes {

    private static final BootstrapServiceRegistry SERVICES = new BootstrapServiceRegistryBuilder().build();
    private static StandardServiceRegistry standardServices;

    private final org.hibernate.dialect.Dialect hibernate;
    private final DdlTypeRegistry ddlTypes;
    private final JdbcTypeRegistry jdbcTypes;

    HibernateTypes(org.hibernate.dialect.Dialect hibernate) {
        this.hibernate = hibernate;
        TypeConfiguration types = contribute(hibernate, SERVICES);
        this.ddlTypes = types.getDdlTypeRegistry();
        this.jdbcTypes = types.getJdbcTypeRegistry();
    }

    /**
     * The dialect's type contributions. Most need only the bootstrap services (cheap); some (Oracle)
     * read configuration, and get a standard registry, built once.
     */
    private static TypeConfiguration contribute(org.hibernate.dialect.Dialect hibernate, ServiceRegistry services) {
        TypeConfiguration types = new TypeConfiguration();
        try {
            hibernate.contribute(new TypeContributions() {
                @Override
                public TypeConfiguration getTypeConfiguration() {
                    return types;
                }
            }, services);
            return types;
        } catch (NullServiceException e) {
            if (services != SERVICES) {
                throw e;
            }
            return contribute(hibernate, standardServices());
        }
    }

    private static synchronized StandardServiceRegistry standardServices() {
        if (standardServices == null) {
            standardServices = new StandardServiceRegistryBuilder(SERVICES)
                    .applySetting(JdbcSettings.ALLOW_METADATA_ON_BOOT, false)
                    .applySetting(JdbcSettings.DIALECT, org.hibernate.dialect.H2Dialect.class.getName())
                    .build();
        }
        return standardServices;
    }

    /** The DDL spelling of a type, e.g. {@code varchar(100)}; fails clearly when a needed size is missing. */
    String render(ColumnType type) {
        if (type.needsLength() && type.length() == null) {
            throw new IllegalArgumentException("type " + type.describe() + " needs a size (a length)");
        }
        Size size = new Size();
        if (type.length() != null) {
            size.setLength(type.length());
        }
        if (type.precision() != null) {
            size.setPrecision(type.precision());
        }
        if (type.scale() != null) {
            size.setScale(type.scale());
        }
        String name;
        try {
            name = ddlTypes.getTypeName(type.code(), size);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("type " + type.describe() + " has no DDL spelling on " + hibernate, e);
        }
        if (name.contains("$") || name.contains("(-1")) {
            throw new IllegalArgumentException("type " + type.describe() + " needs a size (got '" + name + "')");
        }
        return name;
    }

    /** Whether this database has a DDL type of its own for a code. */
    boolean spells(int code) {
        return ddlTypes.getDescriptor(code) != null;
    }

    /** The {@code SqlTypes} code Hibernate's dialect resolves a catalog column type to. */
    int resolve(String typeName, int jdbcType, int precision, int scale) {
        return hibernate.resolveSqlTypeDescriptor(typeName, jdbcType, precision, scale, jdbcTypes).getDdlTypeCode();
    }

    String identityClause(int code) {
        return hibernate.getIdentityColumnSupport().getIdentityColumnString(code);
    }

    boolean isKeyword(String word) {
        Set<String> keywords = hibernate.getKeywords();
        return keywords.contains(word.toLowerCase(Locale.ROOT)) || keywords.contains(word.toUpperCase(Locale.ROOT));
    }

    String hibernateDialectClass() {
        return hibernate.getClass().getName();
    }
}
