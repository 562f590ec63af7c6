package dev.retort.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A database's schema as plain lines, read with the test's own catalog SQL (never through
 * Retort's introspector, so a blind spot there cannot hide itself): tables, columns with type,
 * sizes, nullability, default, identity and comment, keys and constraints with their columns,
 * rules and check clauses, indexes, sequences. Names the database generates at random are left out;
 * Retort's own tables are left out.
 */
public final class CatalogSnapshot {

    private CatalogSnapshot() {}

    public static List<String> of(TestDatabase.Fresh database) throws SQLException {
        TreeSet<String> lines = new TreeSet<>();
        try (Connection connection = database.connect()) {
            String schema = database.schema();
            TestDatabase kind = database.kind();
            lines.addAll(query(connection, schema, "table", "select table_name, " + tableComment(kind)
                    + " from information_schema.tables t where table_schema = ? and table_type in ('BASE TABLE', 'TABLE')"));
            lines.addAll(query(connection, schema, "column", "select table_name, column_name, " + columnType(kind)
                    + ", character_maximum_length, numeric_precision, numeric_scale, datetime_precision, is_nullable, column_default, "
                    + identity(kind) + ", " + columnComment(kind) + " from information_schema.columns c where table_schema = ?"
                    + " and table_name in (select table_name from information_schema.tables t where t.table_schema = c.table_schema"
                    + " and t.table_type in ('BASE TABLE', 'TABLE'))"));
            lines.addAll(query(connection, schema, "constraint", "select tc.table_name, tc.constraint_type, "
                    + "case when tc.constraint_type in ('UNIQUE', 'FOREIGN KEY') then tc.constraint_name end, "
                    + keyColumns(kind) + " from information_schema.table_constraints tc where tc.table_schema = ?"
                    + " and tc.constraint_type in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"));
            lines.addAll(query(connection, schema, "rule", "select rc.constraint_name, rc.update_rule, rc.delete_rule, "
                    + referencedTable(kind) + " from information_schema.referential_constraints rc where rc.constraint_schema = ?"));
            lines.addAll(query(connection, schema, "check", checks(kind)));
            lines.addAll(query(connection, schema, "index", indexes(kind)));
            lines.addAll(kind == TestDatabase.MARIADB ? mariaDbSequences(connection, schema) : query(connection, schema, "sequence", sequences(kind)));
            if (kind == TestDatabase.H2) { // H2's data_type says only ENUM
                lines.addAll(query(connection, schema, "enum value", "select e.object_name, c.column_name, e.value_name"
                        + " from information_schema.enum_values e join information_schema.columns c on c.table_schema = e.object_schema"
                        + " and c.table_name = e.object_name and c.dtd_identifier = e.enum_identifier where e.object_schema = ?"));
            }
        }
        lines.removeIf(line -> line.contains("| retort_version") || line.contains("| retort_history") || line.contains("| retort_lock"));
        return new ArrayList<>(lines);
    }

    private static List<String> query(Connection connection, String schema, String kind, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    StringBuilder row = new StringBuilder(kind);
                    for (int i = 1; i <= columns; i++) {
                        String value = result.getString(i);
                        row.append(" | ").append(value == null ? "-" : value.toLowerCase(Locale.ROOT));
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }

    private static String tableComment(TestDatabase kind) {
        return switch (kind) {
            case H2 -> "t.remarks";
            case POSTGRESQL -> "obj_description(format('%I.%I', t.table_schema, t.table_name)::regclass, 'pg_class')";
            case MARIADB -> "nullif(t.table_comment, '')";
        };
    }

    private static String columnType(TestDatabase kind) {
        return kind == TestDatabase.MARIADB ? "c.column_type" : "c.data_type";
    }

    private static String identity(TestDatabase kind) {
        return kind == TestDatabase.MARIADB ? "c.extra" : "c.is_identity";
    }

    private static String columnComment(TestDatabase kind) {
        return switch (kind) {
            case H2 -> "c.remarks";
            case POSTGRESQL -> "col_description(format('%I.%I', c.table_schema, c.table_name)::regclass, c.ordinal_position)";
            case MARIADB -> "nullif(c.column_comment, '')";
        };
    }

    private static String keyColumns(TestDatabase kind) {
        String aggregate = kind == TestDatabase.MARIADB
                ? "group_concat(k.column_name order by k.ordinal_position separator ',')"
                : kind == TestDatabase.H2 ? "listagg(k.column_name, ',') within group (order by k.ordinal_position)"
                : "string_agg(k.column_name, ',' order by k.ordinal_position)";
        return "(select " + aggregate + " from information_schema.key_column_usage k where k.constraint_schema = tc.constraint_schema"
                + " and k.constraint_name = tc.constraint_name and k.table_name = tc.table_name)";
    }

    private static String referencedTable(TestDatabase kind) {
        return kind == TestDatabase.MARIADB ? "rc.referenced_table_name" : "rc.unique_constraint_name is not null";
    }

    private static String checks(TestDatabase kind) {
        return switch (kind) {
            case H2 -> "select tc.table_name, cc.check_clause from information_schema.table_constraints tc"
                    + " join information_schema.check_constraints cc on cc.constraint_schema = tc.constraint_schema"
                    + " and cc.constraint_name = tc.constraint_name where tc.constraint_type = 'CHECK' and tc.table_schema = ?";
            case POSTGRESQL -> "select c.relname, pg_get_constraintdef(k.oid) from pg_constraint k join pg_class c on c.oid = k.conrelid"
                    + " join pg_namespace n on n.oid = c.relnamespace where k.contype = 'c' and n.nspname = ?";
            case MARIADB -> "select table_name, check_clause from information_schema.check_constraints where constraint_schema = ?";
        };
    }

    private static String indexes(TestDatabase kind) {
        return switch (kind) {
            case H2 -> "select i.table_name, i.index_type_name, case when i.index_name like 'PRIMARY_KEY_%'"
                    + " or i.index_name like '%_INDEX_%' then null else i.index_name end,"
                    + " listagg(c.column_name || ' ' || c.ordering_specification, ',') within group (order by c.ordinal_position)"
                    + " from information_schema.indexes i join information_schema.index_columns c on c.index_schema = i.index_schema"
                    + " and c.index_name = i.index_name and c.table_name = i.table_name where i.table_schema = ?"
                    + " group by i.table_name, i.index_name, i.index_type_name";
            case POSTGRESQL -> "select tablename, indexname, indexdef from pg_indexes where schemaname = ?";
            case MARIADB -> "select table_name, index_name, non_unique,"
                    + " group_concat(concat(column_name, ' ', coalesce(collation, '')) order by seq_in_index separator ',')"
                    + " from information_schema.statistics where table_schema = ? group by table_name, index_name, non_unique";
        };
    }

    private static String sequences(TestDatabase kind) {
        return switch (kind) {
            case H2 -> "select sequence_name, start_value, increment from information_schema.sequences where sequence_schema = ?";
            case POSTGRESQL -> "select c.relname, s.seqstart, s.seqincrement from pg_sequence s join pg_class c on c.oid = s.seqrelid"
                    + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = ?";
            case MARIADB -> throw new IllegalArgumentException("MariaDB sequences are tables of their own");
        };
    }

    /** A MariaDB sequence is a one-row table of its settings; information_schema has no view of them before 11.5. */
    private static List<String> mariaDbSequences(Connection connection, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select table_name from information_schema.tables where table_schema = ? and table_type = 'SEQUENCE'")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (String sequence : names) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select start_value, increment, cache_size from `" + schema + "`.`" + sequence + "`");
                    ResultSet row = statement.executeQuery()) {
                row.next();
                lines.add("sequence | " + sequence.toLowerCase(Locale.ROOT) + " | " + row.getLong(1) + " | " + row.getLong(2)
                        + " | cache " + row.getLong(3));
            }
        }
        return lines;
    }
}
