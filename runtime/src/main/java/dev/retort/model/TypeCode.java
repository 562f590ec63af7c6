package dev.retort.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * The neutral type codes a {@link ColumnType} carries, by name. They are Hibernate's
 * {@code org.hibernate.type.SqlTypes} codes, value for value ({@code TypeCodeTest} holds them side
 * by side), so the scanner passes Hibernate's codes through unchanged, while revisions and the
 * dialects that render them need no Hibernate at all.
 */
public final class TypeCode {

    public static final int BIT = -7;
    public static final int TINYINT = -6;
    public static final int SMALLINT = 5;
    public static final int INTEGER = 4;
    public static final int BIGINT = -5;
    public static final int FLOAT = 6;
    public static final int REAL = 7;
    public static final int DOUBLE = 8;
    public static final int NUMERIC = 2;
    public static final int DECIMAL = 3;
    public static final int CHAR = 1;
    public static final int VARCHAR = 12;
    public static final int LONGVARCHAR = -1;
    public static final int LONG32VARCHAR = 4001;
    public static final int DATE = 91;
    public static final int TIME = 92;
    public static final int TIMESTAMP = 93;
    public static final int BINARY = -2;
    public static final int VARBINARY = -3;
    public static final int LONGVARBINARY = -4;
    public static final int LONG32VARBINARY = 4003;
    public static final int NULL = 0;
    public static final int OTHER = 1111;
    public static final int JAVA_OBJECT = 2000;
    public static final int DISTINCT = 2001;
    public static final int STRUCT = 2002;
    public static final int ARRAY = 2003;
    public static final int TABLE = 4000;
    public static final int BLOB = 2004;
    public static final int CLOB = 2005;
    public static final int REF = 2006;
    public static final int DATALINK = 70;
    public static final int BOOLEAN = 16;
    public static final int ROWID = -8;
    public static final int NCHAR = -15;
    public static final int NVARCHAR = -9;
    public static final int LONGNVARCHAR = -16;
    public static final int LONG32NVARCHAR = 4002;
    public static final int NCLOB = 2011;
    public static final int SQLXML = 2009;
    public static final int REF_CURSOR = 2012;
    public static final int TIME_WITH_TIMEZONE = 2013;
    public static final int TIMESTAMP_WITH_TIMEZONE = 2014;
    public static final int UUID = 3000;
    public static final int JSON = 3001;
    public static final int INET = 3002;
    public static final int TIMESTAMP_UTC = 3003;
    public static final int MATERIALIZED_BLOB = 3004;
    public static final int MATERIALIZED_CLOB = 3005;
    public static final int MATERIALIZED_NCLOB = 3006;
    public static final int TIME_UTC = 3007;
    public static final int INSTANT = 3008;
    public static final int LOCAL_DATE_TIME = 3009;
    public static final int LOCAL_DATE = 3010;
    public static final int LOCAL_TIME = 3011;
    public static final int OFFSET_DATE_TIME = 3012;
    public static final int OFFSET_TIME = 3013;
    public static final int ZONED_DATE_TIME = 3014;
    public static final int DURATION = 3015;
    public static final int STRUCT_ARRAY = 3016;
    public static final int STRUCT_TABLE = 3017;
    public static final int JSON_ARRAY = 3018;
    public static final int XML_ARRAY = 3019;
    public static final int INTERVAL_SECOND = 3100;
    public static final int GEOMETRY = 3200;
    public static final int POINT = 3201;
    public static final int GEOGRAPHY = 3250;
    public static final int ENUM = 6000;
    public static final int NAMED_ENUM = 6001;
    public static final int ORDINAL_ENUM = 6002;
    public static final int NAMED_ORDINAL_ENUM = 6003;
    public static final int VECTOR = 10000;
    public static final int VECTOR_INT8 = 10001;
    public static final int VECTOR_FLOAT32 = 10002;
    public static final int VECTOR_FLOAT64 = 10003;
    public static final int VECTOR_BINARY = 10004;
    public static final int VECTOR_FLOAT16 = 10005;
    public static final int SPARSE_VECTOR_INT8 = 10006;
    public static final int SPARSE_VECTOR_FLOAT32 = 10007;
    public static final int SPARSE_VECTOR_FLOAT64 = 10008;

    private static final Map<String, Integer> CODES = new HashMap<>();
    private static final Map<Integer, String> NAMES = new HashMap<>();

    static {
        for (Field field : TypeCode.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                try {
                    CODES.put(field.getName(), field.getInt(null));
                    NAMES.put(field.getInt(null), field.getName());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private TypeCode() {}

    /** The code of a name, e.g. {@code TIMESTAMP_UTC}. */
    public static int code(String name) {
        Integer code = CODES.get(name);
        if (code == null) {
            throw new IllegalArgumentException("unknown SQL type '" + name + "' (expected a constant of dev.retort.model.TypeCode)");
        }
        return code;
    }

    /** The name of a code, e.g. {@code VARCHAR}. */
    public static String name(int code) {
        String name = NAMES.get(code);
        if (name == null) {
            throw new IllegalArgumentException("unknown SQL type code " + code);
        }
        return name;
    }

    /** Every code by its name. */
    public static Map<String, Integer> all() {
        return Map.copyOf(CODES);
    }
}
