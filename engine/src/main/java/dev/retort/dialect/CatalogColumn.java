package dev.retort.dialect;

/** One row of {@code DatabaseMetaData.getColumns}, as the dialect needs it to build a model column. */
public record CatalogColumn(
        String table,
        String name,
        int position,
        int jdbcType,
        String typeName,
        int size,
        int digits,
        boolean nullable,
        String defaultValue,
        String autoIncrement,
        String remarks) {

    /** The same column with a type spelling, fractional digits and default read elsewhere. */
    public CatalogColumn with(String typeName, int digits, String defaultValue) {
        return new CatalogColumn(table, name, position, jdbcType, typeName, size, digits, nullable, defaultValue, autoIncrement, remarks);
    }
}
