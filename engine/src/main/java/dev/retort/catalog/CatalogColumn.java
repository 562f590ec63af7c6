package dev.retort.catalog;

/**
 * One row of {@code DatabaseMetaData.getColumns}, as the dialect needs it to build a model column.
 * {@code element} describes an array's element type, where the dialect found it.
 */
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
        String remarks,
        CatalogColumn element) {

    public CatalogColumn(String table, String name, int position, int jdbcType, String typeName, int size, int digits, boolean nullable,
            String defaultValue, String autoIncrement, String remarks) {
        this(table, name, position, jdbcType, typeName, size, digits, nullable, defaultValue, autoIncrement, remarks, null);
    }

    /** The same column with a type spelling, fractional digits and default read elsewhere. */
    public CatalogColumn with(String typeName, int digits, String defaultValue) {
        return new CatalogColumn(table, name, position, jdbcType, typeName, size, digits, nullable, defaultValue, autoIncrement, remarks, element);
    }

    /** The same column as an array of {@code element}, holding at most {@code cardinality} elements (0: no limit declared). */
    public CatalogColumn asArrayOf(CatalogColumn element, int cardinality) {
        return new CatalogColumn(table, name, position, jdbcType, typeName, cardinality, 0, nullable, defaultValue, autoIncrement, remarks, element);
    }

    /** A column of an element type, as an array's element is described. */
    static CatalogColumn element(int jdbcType, String typeName, int size, int digits) {
        return new CatalogColumn(null, null, 0, jdbcType, typeName, size, digits, true, null, null, null, null);
    }
}
