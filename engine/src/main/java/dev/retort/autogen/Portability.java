package dev.retort.autogen;

import dev.retort.dialect.DatabaseKind;
import dev.retort.dialect.Dialect;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.Name;
import dev.retort.model.TypeCode;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateTable;
import dev.retort.ops.Operation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether every database Retort knows can create the column types a plan creates. A revision is
 * meant to run anywhere (written on H2, applied to MariaDB), so autogen refuses one that some
 * database cannot run, naming the column and the databases, rather than let it fail there later.
 */
public final class Portability {

    /**
     * Codes every dialect spells ({@code PortabilityTest} renders each on each), so the common plan
     * never builds the other dialects at all.
     */
    static final Set<Integer> EVERYWHERE = Set.of(
            TypeCode.BIGINT, TypeCode.INTEGER, TypeCode.SMALLINT, TypeCode.TINYINT, TypeCode.BOOLEAN,
            TypeCode.VARCHAR, TypeCode.CHAR, TypeCode.NVARCHAR, TypeCode.NCHAR, TypeCode.NUMERIC, TypeCode.DECIMAL,
            TypeCode.FLOAT, TypeCode.DOUBLE, TypeCode.REAL, TypeCode.DATE, TypeCode.TIME, TypeCode.TIME_WITH_TIMEZONE, TypeCode.TIME_UTC,
            TypeCode.TIMESTAMP, TypeCode.TIMESTAMP_UTC, TypeCode.TIMESTAMP_WITH_TIMEZONE, TypeCode.VARBINARY, TypeCode.BINARY,
            TypeCode.CLOB, TypeCode.BLOB, TypeCode.NCLOB, TypeCode.UUID, TypeCode.JSON, TypeCode.LONGVARCHAR, TypeCode.LONG32VARCHAR,
            TypeCode.LONGVARBINARY, TypeCode.LONG32VARBINARY);

    private static final Map<DatabaseKind, Dialect> DIALECTS = new EnumMap<>(DatabaseKind.class);

    private Portability() {}

    /** One line per column some database cannot create, naming them; empty when every database can run the plan. */
    public static List<String> problems(List<Operation> operations) {
        List<String> problems = new ArrayList<>();
        for (Operation operation : operations) {
            if (operation instanceof CreateTable create) {
                create.table().columns().forEach(column -> check(create.table().name(), column, problems));
            } else if (operation instanceof AddColumn add) {
                check(add.table(), add.column(), problems);
            } else if (operation instanceof AlterColumn alter) {
                check(alter.table(), alter.to(), problems);
            }
        }
        return problems;
    }

    private static List<String> unable(ColumnType type) {
        List<String> unable = new ArrayList<>();
        for (DatabaseKind kind : DatabaseKind.values()) {
            if (!renders(kind, type)) {
                unable.add(kind.displayName());
            }
        }
        return unable;
    }

    private static void check(Name table, Column column, List<String> problems) {
        List<String> unable = unable(column.type());
        if (!unable.isEmpty()) {
            problems.add("column " + table + "." + column.name() + ": " + column.type().describe() + " cannot be created on "
                    + String.join(", ", unable));
        }
    }

    private static boolean renders(DatabaseKind kind, ColumnType type) {
        if (type.declared() != null || type.isEnum()) {
            return true; // spelled by the user or the catalog, or an enum each dialect makes its own way
        }
        if (type.isArray()) {
            return renders(kind, type.element());
        }
        if (EVERYWHERE.contains(type.code())) {
            return true;
        }
        try {
            dialect(kind).typeName(type);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static synchronized Dialect dialect(DatabaseKind kind) {
        return DIALECTS.computeIfAbsent(kind, k -> k.dialect(k.defaultVersion()));
    }
}
