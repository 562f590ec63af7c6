package dev.retort.config;

import dev.retort.dialect.DatabaseKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Resolved configuration: environment overrides applied, {@code ${VAR}} expanded, relative paths
 * made absolute against the config file's folder. {@link #toString()} never shows the password.
 * {@code hibernateSettings} are Hibernate's own settings as the application sets them
 * ({@link HibernateSettings}), passed to the entity scan.
 */
public record RetortConfig(
        Path baseDir,
        String url,
        String user,
        String password,
        String dialect,
        String schema,
        List<String> entityPackages,
        List<String> entityClasses,
        List<Path> entitySources,
        List<Path> entityClasspath,
        String persistenceUnit,
        Path persistenceXml,
        Path migrationsDir,
        String migrationsPackage,
        String namingStrategy,
        String implicitNamingStrategy,
        List<String> tablesInclude,
        List<String> tablesExclude,
        List<String> renameHints,
        String verifyUrl,
        List<String> tenants,
        String tenantsQuery,
        Online online,
        Duration lockTimeout,
        Duration ddlLockTimeout,
        Integer ddlLockRetries,
        Duration connectTimeout,
        Map<String, String> hibernateSettings) {

    public RetortConfig {
        entityPackages = List.copyOf(entityPackages);
        entityClasses = List.copyOf(entityClasses);
        entitySources = List.copyOf(entitySources);
        entityClasspath = List.copyOf(entityClasspath);
        migrationsPackage = migrationsPackage == null ? "" : migrationsPackage;
        tablesInclude = List.copyOf(tablesInclude);
        tablesExclude = List.copyOf(tablesExclude);
        renameHints = List.copyOf(renameHints);
        tenants = List.copyOf(tenants);
        lockTimeout = lockTimeout == null ? Duration.ofSeconds(60) : lockTimeout;
        ddlLockTimeout = ddlLockTimeout == null ? Duration.ofSeconds(5) : ddlLockTimeout;
        ddlLockRetries = ddlLockRetries == null ? 3 : ddlLockRetries;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        hibernateSettings = Collections.unmodifiableMap(new TreeMap<>(hibernateSettings));
    }

    /** This configuration against another database ({@code url}; null keeps this one's) and schema. */
    public RetortConfig withDatabase(String url, String schema) {
        return new RetortConfig(baseDir, url == null ? this.url : url, user, password, dialect, schema, entityPackages, entityClasses,
                entitySources, entityClasspath, persistenceUnit, persistenceXml, migrationsDir, migrationsPackage, namingStrategy,
                implicitNamingStrategy, tablesInclude, tablesExclude, renameHints, verifyUrl, tenants, tenantsQuery, online, lockTimeout, ddlLockTimeout, ddlLockRetries,
                connectTimeout, hibernateSettings);
    }

    /** The password and the secrets the URLs carry, to keep out of every message. */
    public Secrets secrets() {
        return Secrets.of(password, url, verifyUrl);
    }

    @Override
    public String toString() {
        return "RetortConfig[url=" + (url == null ? null : DatabaseKind.redactUrl(url)) + ", user=" + user + ", password=" + (password == null ? "none" : "***")
                + ", dialect=" + dialect + ", schema=" + schema + ", entityPackages=" + entityPackages + ", entityClasses=" + entityClasses
                + ", entitySources=" + entitySources + ", entityClasspath=" + entityClasspath
                + ", persistenceUnit=" + persistenceUnit + ", persistenceXml=" + persistenceXml
                + ", migrationsDir=" + migrationsDir + ", migrationsPackage=" + migrationsPackage
                + ", namingStrategy=" + namingStrategy + ", implicitNamingStrategy=" + implicitNamingStrategy
                + ", tablesInclude=" + tablesInclude + ", tablesExclude=" + tablesExclude + ", renameHints=" + renameHints + ", verifyUrl=" + (verifyUrl == null ? null : DatabaseKind.redactUrl(verifyUrl)) + ", tenants=" + tenants + ", tenantsQuery=" + tenantsQuery + ", online=" + online
                + ", lockTimeout=" + lockTimeout + ", ddlLockTimeout=" + ddlLockTimeout + ", ddlLockRetries=" + ddlLockRetries + ", connectTimeout=" + connectTimeout + ", hibernateSettings=" + hibernateSettings + "]";
    }
}
