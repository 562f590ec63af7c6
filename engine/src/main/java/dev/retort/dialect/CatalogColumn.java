package dev.retort.dialect;

/** One row of {@code DatabaseMetaData.getColumns}, as the dialect needs it to build a model column. */
public record CatalogColumn(
        String table,
        String name,
        int jdbcType,
        String typeName,
        int size,
        int digits,
        boolean nullable,
        String defaultValue,
        String autoIncrement) {}
