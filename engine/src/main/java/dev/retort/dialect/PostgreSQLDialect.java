package dev.retort.dialect;

import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.ops.AlterColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.type.SqlTypes;

/**
 * PostgreSQL. Folds unquoted names to lower case, has transactional DDL, no native enum in
 * Hibernate's mapping (an enum is {@code varchar(255)} plus a check of its values), and names the
 * indexes behind keys after the constraints.
 */
public final class PostgreSQLDialect extends Dialect {

    /** How PostgreSQL stores {@code col in ('A','B')}: {@code ((col)::text = ANY ((ARRAY['A'::character varying, ...])::text[]))}. */
    private static final Pattern ENUM_CHECK = Pattern.compile(
            "CHECK \\(\\(\\((\"(?:[^\"]|\"\")+\"|[a-z_][a-z0-9_$]*)\\)::text = ANY \\(\\(ARRAY\\[(.*)]\\)::text\\[]\\)\\)\\)");
    private static final Pattern ARRAY_LITERAL = Pattern.compile("'((?:[^']|'')*)'::character varying");
    private static final Pattern CAST = Pattern.compile("::[a-z ]+(\\[])?$");

    PostgreSQLDialect(String version) {
        super(DatabaseKind.POSTGRESQL, version, new org.hibernate.dialect.PostgreSQLDialect(Versions.parse(version)));
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    protected String fold(String identifier) {
        return identifier.toLowerCase(Locale.ROOT);
    }

    // ---- enums: varchar plus a check of the values, as Hibernate maps them here ----------------

    @Override
    protected String enumTypeName(List<String> values) {
        return "varchar(255)";
    }

    @Override
    protected String columnDefinition(Column column) {
        String definition = super.columnDefinition(column);
        return column.type().isEnum() ? definition + " " + enumCheck(column) : definition;
    }

    private String enumCheck(Column column) {
        return "check (" + quote(column.name()) + " in (" + column.type().values().stream().map(this::literal)
                .collect(Collectors.joining(",")) + "))";
    }

    /** PostgreSQL names an unnamed column check {@code <table>_<column>_check}; Hibernate's enum checks are such. */
    private String enumCheckName(Name table, Column column) {
        return quote(Name.quoted(key(table) + "_" + key(column.name()) + "_check"));
    }

    @Override
    protected List<String> alterColumn(AlterColumn op) {
        List<String> statements = new ArrayList<>();
        boolean enumChanged = op.typeChanged() && (op.from().type().isEnum() || op.to().type().isEnum());
        if (enumChanged && op.from().type().isEnum()) {
            statements.add(alterTable(op.table()) + "drop constraint if exists " + enumCheckName(op.table(), op.from()));
        }
        statements.addAll(super.alterColumn(op));
        if (enumChanged && op.to().type().isEnum()) {
            statements.add(alterTable(op.table()) + "add constraint " + enumCheckName(op.table(), op.to()) + " " + enumCheck(op.to()));
        }
        return statements;
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
        return super.columnType(column);
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
                || keys.uniques().stream().anyMatch(unique -> key(unique.name()).equals(indexName));
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

    /** A varchar column whose check lists its values is an enum, as the model states it. */
    @Override
    public List<Table> refineTables(Connection connection, String schema, List<Table> tables) throws SQLException {
        Map<String, Map<String, List<String>>> enums = enumChecks(connection, schema);
        List<Table> refined = new ArrayList<>();
        for (Table table : tables) {
            Map<String, List<String>> columns = enums.getOrDefault(key(table.name()), Map.of());
            List<Column> rewritten = table.columns().stream().map(column -> {
                List<String> values = columns.get(key(column.name()));
                return values != null && column.type().code() == SqlTypes.VARCHAR
                        ? column.type(ColumnType.enumOf(values.toArray(String[]::new)))
                        : column;
            }).toList();
            refined.add(new Table(table.name(), rewritten, table.primaryKey(), table.indexes(), table.uniques(),
                    table.foreignKeys(), table.comment()));
        }
        return refined;
    }

    private Map<String, Map<String, List<String>>> enumChecks(Connection connection, String schema) throws SQLException {
        String sql = "select c.relname, pg_get_constraintdef(k.oid) from pg_constraint k"
                + " join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace"
                + " where k.contype = 'c' and n.nspname = ? and array_length(k.conkey, 1) = 1";
        Map<String, Map<String, List<String>>> enums = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Matcher check = ENUM_CHECK.matcher(rows.getString(2));
                    if (check.matches()) {
                        List<String> values = new ArrayList<>();
                        Matcher literal = ARRAY_LITERAL.matcher(check.group(2));
                        while (literal.find()) {
                            values.add(literal.group(1).replace("''", "'"));
                        }
                        String column = check.group(1).startsWith("\"")
                                ? check.group(1).substring(1, check.group(1).length() - 1).replace("\"\"", "\"")
                                : check.group(1);
                        enums.computeIfAbsent(rows.getString(1), table -> new HashMap<>()).put(column, values);
                    }
                }
            }
        }
        return enums;
    }
}
