package dev.retort.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.type.SqlTypes;

/** Names of Hibernate's {@link SqlTypes} codes, so revision files can spell a type without Hibernate on the class path. */
final class TypeCodes {

    private static final Map<String, Integer> CODES = new HashMap<>();
    private static final Map<Integer, String> NAMES = new HashMap<>();

    static {
        for (Field field : SqlTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                try {
                    int code = field.getInt(null);
                    CODES.put(field.getName(), code);
                    NAMES.putIfAbsent(code, field.getName());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private TypeCodes() {}

    static int code(String name) {
        Integer code = CODES.get(name);
        if (code == null) {
            throw new IllegalArgumentException("unknown SQL type '" + name + "' (expected a constant of org.hibernate.type.SqlTypes)");
        }
        return code;
    }

    static String name(int code) {
        String name = NAMES.get(code);
        if (name == null) {
            throw new IllegalArgumentException("unknown SQL type code " + code);
        }
        return name;
    }
}
