package dev.retort.catalog;

/** How a database's catalog types resolve to neutral {@code TypeCode}s: as Hibernate's dialect for that database reads them. */
@FunctionalInterface
public interface CatalogTypes {

    int resolve(String typeName, int jdbcType, int precision, int scale);
}
