package dev.retort.hibernate;

import dev.retort.dialect.DatabaseKind;
import dev.retort.dialect.Versions;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.service.NullServiceException;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.jdbc.spi.JdbcTypeRegistry;
import org.hibernate.type.spi.TypeConfiguration;

/**
 * The one place the dialects touch Hibernate: catalog types are resolved back to neutral codes
 * through Hibernate's dialect for the database, as Hibernate itself reads them. Only reading a
 * catalog (autogen, check) needs it; rendering revisions does not.
 */
public final class HibernateTypes {

    private static final BootstrapServiceRegistry SERVICES = new BootstrapServiceRegistryBuilder().build();
    private static StandardServiceRegistry standardServices;

    private final org.hibernate.dialect.Dialect hibernate;
    private final JdbcTypeRegistry jdbcTypes;

    HibernateTypes(DatabaseKind kind, String version) {
        this.hibernate = hibernateDialect(kind, version);
        this.jdbcTypes = contribute(hibernate, SERVICES).getJdbcTypeRegistry();
    }

    /** The Hibernate dialect the entity scan boots with, so the target is what Hibernate creates there. */
    public static String dialectClass(DatabaseKind kind) {
        return switch (kind) {
            case H2 -> "org.hibernate.dialect.H2Dialect";
            case POSTGRESQL -> "org.hibernate.dialect.PostgreSQLDialect";
            case MARIADB -> "org.hibernate.dialect.MariaDBDialect";
            case MYSQL -> "org.hibernate.dialect.MySQLDialect";
            case ORACLE -> "org.hibernate.dialect.OracleDialect";
        };
    }

    public static org.hibernate.dialect.Dialect hibernateDialect(DatabaseKind kind, String version) {
        int[] parts = Versions.parse(version);
        DatabaseVersion at = DatabaseVersion.make(parts[0], parts[1], parts[2]);
        return switch (kind) {
            case H2 -> new org.hibernate.dialect.H2Dialect(at);
            case POSTGRESQL -> new org.hibernate.dialect.PostgreSQLDialect(at);
            case MARIADB -> new org.hibernate.dialect.MariaDBDialect(at);
            case MYSQL -> new org.hibernate.dialect.MySQLDialect(at);
            case ORACLE -> new org.hibernate.dialect.OracleDialect(at);
        };
    }

    /**
     * The dialect's type contributions. Most need only the bootstrap services (cheap); some (Oracle)
     * read configuration, and get a standard registry, built once.
     */
    static TypeConfiguration contribute(org.hibernate.dialect.Dialect hibernate, ServiceRegistry services) {
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

    public static TypeConfiguration contribute(org.hibernate.dialect.Dialect hibernate) {
        return contribute(hibernate, SERVICES);
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

    /** The {@code TypeCode} Hibernate's dialect resolves a catalog column type to. */
    int resolve(String typeName, int jdbcType, int precision, int scale) {
        return hibernate.resolveSqlTypeDescriptor(typeName, jdbcType, precision, scale, jdbcTypes).getDdlTypeCode();
    }
}
