package dev.retort.catalog;

import dev.retort.dialect.Dialect;
import dev.retort.model.ColumnType;
import dev.retort.model.Index;
import dev.retort.model.UniqueConstraint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** H2's catalog: arrays and their element types, implicit indexes by name, unique constraints. */
public final class H2Catalog extends Catalog {

    H2Catalog(Dialect dialect) {
        super(dialect);
    }

    private static final Pattern CONSTRAINT_INDEX = Pattern.compile("(.+)_INDEX_[0-9A-F]+");

    @Override
    public ColumnType columnType(CatalogColumn column) {
        String typeName = column.typeName().toUpperCase(Locale.ROOT);
        if (typeName.equals("UUID")) {
            return ColumnType.uuid(); // H2 reports UUID as BINARY(16)
        }
        if (typeName.startsWith("ENUM")) {
            return ColumnType.enumFromSql(column.typeName());
        }
        if (typeName.equals("VARCHAR_IGNORECASE")) {
            return ColumnType.nativeType("varchar_ignorecase(" + column.size() + ")"); // a varchar that compares without case
        }
        return super.columnType(column);
    }

    /** The cardinality H2 gives an array declared without one. */
    private static final int DEFAULT_CARDINALITY = 65536;

    /** An array's element type and declared cardinality, from the standard information_schema (the JDBC type name folds them into text). */
    @Override
    public List<CatalogColumn> refineColumns(Connection connection, String schema, List<CatalogColumn> columns) throws SQLException {
        if (columns.stream().noneMatch(column -> column.jdbcType() == java.sql.Types.ARRAY)) {
            return columns;
        }
        record Array(CatalogColumn element, int cardinality) {}
        Map<String, Array> arrays = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select c.table_name, c.column_name, e.data_type,"
                + " coalesce(e.character_maximum_length, e.numeric_precision, 0), coalesce(e.numeric_scale, e.datetime_precision, 0),"
                + " c.maximum_cardinality from information_schema.columns c join information_schema.element_types e"
                + " on e.object_schema = c.table_schema and e.object_name = c.table_name and e.object_type = 'TABLE'"
                + " and e.collection_type_identifier = c.dtd_identifier where c.table_schema = ?")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    CatalogColumn element = CatalogColumn.element(jdbcTypeOf(rows.getString(3)), rows.getString(3), rows.getInt(4), rows.getInt(5));
                    int cardinality = rows.getInt(6);
                    arrays.put(rows.getString(1) + "." + rows.getString(2), new Array(element, cardinality == DEFAULT_CARDINALITY ? 0 : cardinality));
                }
            }
        }
        return columns.stream().map(column -> {
            Array array = arrays.get(column.table() + "." + column.name());
            return array == null ? column : column.asArrayOf(array.element(), array.cardinality());
        }).toList();
    }

    /** H2's default rule is RESTRICT, which behaves as NO ACTION does. */
    @Override
    protected boolean restrictIsNoAction() {
        return true;
    }

    @Override
    public boolean isImplicitIndex(String indexName, Index index, TableKeys keys) {
        if (indexName.startsWith("PRIMARY_KEY_")) {
            return true;
        }
        Matcher matcher = CONSTRAINT_INDEX.matcher(indexName);
        if (!matcher.matches()) {
            return false;
        }
        String constraint = matcher.group(1);
        return keys.uniques().stream().anyMatch(unique -> dialect().key(unique.name()).equals(constraint))
                || keys.foreignKeys().stream().anyMatch(foreignKey -> dialect().key(foreignKey.name()).equals(constraint));
    }

    /**
     * The columns of the index behind each unique constraint: H2's key_column_usage keeps a
     * column's old name after {@code rename column} (the index and JDBC metadata do not).
     */
    @Override
    public Map<String, List<UniqueConstraint>> uniqueConstraints(Connection connection, String schema) throws SQLException {
        return queryUniques(connection, schema, "select tc.table_name, tc.constraint_name, ic.column_name"
                + " from information_schema.table_constraints tc join information_schema.index_columns ic"
                + " on ic.index_schema = tc.index_schema and ic.index_name = tc.index_name and ic.table_name = tc.table_name"
                + " where tc.constraint_type = 'UNIQUE' and tc.table_schema = ?"
                + " order by tc.table_name, tc.constraint_name, ic.ordinal_position");
    }
}
