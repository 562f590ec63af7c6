package dev.retort.catalog;

import static dev.retort.model.TypeCode.*;

import dev.retort.dialect.Dialect;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.Index;
import dev.retort.model.Schema;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PostgreSQL's catalog: {@code CHECK (...)} wrappers, type aliases and arrays, casts in defaults, enums stored as checks. */
public final class PostgreSQLCatalog extends Catalog {

    PostgreSQLCatalog(Dialect dialect) {
        super(dialect);
    }

    /**
     * Every index column of the schema's tables, as the driver's {@code getIndexInfo} reports one
     * table's, and whether the index is the primary key's (named as its constraint is).
     */
    private static final String INDEX_COLUMNS = "select t.relname, i.relname, k.position,"
            // a column by its name (pg_get_indexdef would quote a keyword), an expression as PostgreSQL renders it
            + " coalesce(c.attname, pg_catalog.pg_get_indexdef(x.indexrelid, k.position::int, false)),"
            + " a.amname = 'btree' and (x.indoption[(k.position - 1)::int] & 1) = 1, x.indisunique, x.indisprimary"
            + " from pg_catalog.pg_index x"
            + " join pg_catalog.pg_class t on t.oid = x.indrelid"
            + " join pg_catalog.pg_class i on i.oid = x.indexrelid"
            + " join pg_catalog.pg_namespace n on n.oid = t.relnamespace"
            + " join pg_catalog.pg_am a on a.oid = i.relam"
            + " cross join lateral unnest(x.indkey::int2[]) with ordinality as k(attnum, position)"
            + " left join pg_catalog.pg_attribute c on c.attrelid = t.oid and c.attnum = k.attnum and k.attnum > 0"
            + " where n.nspname = ?";

    /**
     * Three queries for the whole schema: the driver's foreign key call takes a null table (every
     * table); its {@code getIndexInfo} does not, and its {@code getPrimaryKeys} for every table
     * took a third of a second on a thousand tables, so primary keys and indexes come from
     * {@code pg_index} directly.
     */
    @Override
    public KeyRows keyRows(Connection connection, String schema, Collection<String> tables) throws SQLException {
        String metadataSchema = dialect().metadataSchema(schema);
        return new KeyRows(
                KeyRows.query(connection, INDEX_COLUMNS + " and x.indisprimary", metadataSchema,
                        rows -> new KeyRows.PrimaryKeyRow(rows.getString(2), rows.getInt(3), rows.getString(4))),
                KeyRows.foreignKeys(connection.getMetaData(), dialect().metadataCatalog(schema), metadataSchema, null),
                KeyRows.query(connection, INDEX_COLUMNS, metadataSchema,
                        rows -> new KeyRows.IndexRow(rows.getString(2), rows.getInt(3), rows.getString(4), rows.getBoolean(5), rows.getBoolean(6))));
    }

    private static final Pattern CHECK_WRAPPER = Pattern.compile("CHECK \\((.*)\\)( NOT VALID)?", Pattern.DOTALL);

    /**
     * How PostgreSQL renders {@code col in ('A','B')}: {@code ((col)::text = ANY ((ARRAY['A'::character varying, ...])::text[]))},
     * or, made again from that rendering, {@code ((col)::text = ANY (ARRAY[('A'::character varying)::text, ...]))}.
     */
    private static final Pattern ENUM_CHECK = Pattern.compile(
            "\\(\\((\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*)\\)::text = ANY \\((\\(ARRAY\\[.*]\\)::text\\[]|ARRAY\\[.*])\\)\\)");
    private static final Pattern ARRAY_LITERAL = Pattern.compile("'((?:[^']|'')*)'::character varying");

    private static final Pattern CAST = Pattern.compile("::[a-z ]+(\\[])?$");

    @Override
    protected String checkExpression(String catalogText) {
        Matcher check = CHECK_WRAPPER.matcher(catalogText);
        return check.matches() ? check.group(1) : catalogText;
    }

    /** pg_constraint rather than information_schema, which also lists NOT NULL as checks. */
    @Override
    public Map<String, List<CheckConstraint>> checkConstraints(Connection connection, String schema) throws SQLException {
        return queryChecks(connection, schema, "select c.relname, k.conname, pg_get_constraintdef(k.oid) from pg_constraint k"
                + " join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace"
                + " where k.contype = 'c' and n.nspname = ? order by c.relname, k.conname");
    }
    // ---- catalog ------------------------------------------------------------------------------

    @Override
    public ColumnType columnType(CatalogColumn column) {
        String typeName = column.typeName().toLowerCase(Locale.ROOT);
        if (typeName.equals("oid")) {
            return ColumnType.blob(); // Hibernate's @Lob, for text and bytes alike
        }
        if (typeName.equals("bool")) {
            return ColumnType.bool(); // pgjdbc reports BIT
        }
        if (column.jdbcType() == Types.ARRAY && column.element() == null && typeName.startsWith("_")) {
            // pgjdbc names an array type by its element's with a leading '_', and reports the element's sizes
            String element = typeName.substring(1);
            return columnType(column.asArrayOf(CatalogColumn.element(jdbcTypeOf(element), element, column.size(), column.digits()), 0));
        }
        return super.columnType(column);
    }

    private static final Map<String, Integer> TYPE_NAMES = Map.ofEntries(
            Map.entry("int2", Types.SMALLINT), Map.entry("int4", Types.INTEGER), Map.entry("int8", Types.BIGINT),
            Map.entry("float4", Types.REAL), Map.entry("float8", Types.DOUBLE), Map.entry("bool", Types.BOOLEAN),
            Map.entry("bpchar", Types.CHAR), Map.entry("text", Types.VARCHAR), Map.entry("bytea", Types.BINARY),
            Map.entry("timestamptz", Types.TIMESTAMP_WITH_TIMEZONE), Map.entry("timetz", Types.TIME_WITH_TIMEZONE));
    /** PostgreSQL's own short names (an array's element comes by them), besides the standard ones. */
    @Override
    protected int jdbcTypeOf(String typeName) {
        Integer code = TYPE_NAMES.get(typeName.toLowerCase(Locale.ROOT));
        return code != null ? code : super.jdbcTypeOf(typeName);
    }

    @Override
    public String columnDefault(CatalogColumn column) {
        String value = super.columnDefault(column);
        if (value == null) {
            return null;
        }
        String previous;
        do {
            previous = value;
            value = CAST.matcher(value).replaceFirst("");
            if (value.startsWith("(") && value.endsWith(")")) {
                value = value.substring(1, value.length() - 1);
            }
        } while (!value.equals(previous));
        return value;
    }

    @Override
    public boolean isImplicitIndex(String indexName, Index index, TableKeys keys) {
        return indexName.equals(keys.primaryKeyName())
                || keys.uniques().stream().anyMatch(unique -> dialect().key(unique.name()).equals(indexName));
    }

    /** User sequences only: those owned by a serial column or backing an identity are part of the column. */
    @Override
    public List<Sequence> sequences(Connection connection, String schema) throws SQLException {
        return querySequences(connection, schema, "select c.relname, s.seqstart, s.seqincrement from pg_class c"
                + " join pg_namespace n on n.oid = c.relnamespace join pg_sequence s on s.seqrelid = c.oid"
                + " where n.nspname = ? and c.relkind = 'S' and not exists (select 1 from pg_depend d"
                + " where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype in ('a', 'i'))"
                + " order by c.relname");
    }

    /**
     * Where the target has an enum, a varchar column with a check of its values, named as Retort and
     * Hibernate name an enum's check, is that enum, and the check is the enum's. (A discriminator
     * looks the same in the catalog; it stays a varchar with a check, because the target says so.)
     * A check of the values under another name, such as the name PostgreSQL keeps when its table or
     * column is renamed, stays an ordinary check: it is dropped and the enum's check made under the
     * name a later change of the values will drop.
     */
    @Override
    public Schema alignCurrent(Schema target, Schema current) {
        Map<String, Table> targetTables = new HashMap<>();
        target.tables().forEach(table -> targetTables.put(dialect().key(table.name()), table));
        List<Table> aligned = new ArrayList<>();
        for (Table table : current.tables()) {
            Table wanted = targetTables.get(dialect().key(table.name()));
            aligned.add(wanted == null ? table : alignEnums(table, wanted));
        }
        return new Schema(aligned, current.sequences());
    }

    private Table alignEnums(Table table, Table wanted) {
        Map<String, Column> wantedColumns = new HashMap<>();
        wanted.columns().forEach(column -> wantedColumns.put(dialect().key(column.name()), column));
        Map<String, List<String>> enums = new HashMap<>();
        List<CheckConstraint> otherChecks = new ArrayList<>();
        for (CheckConstraint check : table.checks()) {
            Matcher matcher = ENUM_CHECK.matcher(check.expression());
            String column = matcher.matches() ? unquote(matcher.group(1)) : null;
            Column wantedColumn = column == null ? null : wantedColumns.get(column);
            if (wantedColumn != null && wantedColumn.type().isEnum()
                    && dialect().key(check.name()).equals(dialect().key(dialect().enumCheckName(table.name(), wantedColumn.name())))) {
                enums.put(column, literals(matcher.group(2)));
            } else {
                otherChecks.add(check);
            }
        }
        if (enums.isEmpty()) {
            return table;
        }
        List<Column> columns = table.columns().stream().map(column -> {
            List<String> values = enums.get(dialect().key(column.name()));
            return values != null && column.type().code() == VARCHAR
                    ? column.type(ColumnType.enumOf(values.toArray(String[]::new)).length(column.type().length()))
                    : column;
        }).toList();
        return table.columns(columns).checks(otherChecks);
    }

    private static String unquote(String identifier) {
        return identifier.startsWith("\"") ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"") : identifier;
    }

    private static List<String> literals(String array) {
        List<String> values = new ArrayList<>();
        Matcher literal = ARRAY_LITERAL.matcher(array);
        while (literal.find()) {
            values.add(literal.group(1).replace("''", "'"));
        }
        return values;
    }
}
