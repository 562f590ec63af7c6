package dev.retort.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.type.SqlTypes;
import org.junit.jupiter.api.Test;

/** Retort's type codes are Hibernate's, name for name and value for value, so the scanner's codes need no translation. */
class TypeCodeTest {

    @Test
    void everyCodeIsHibernatesCode() throws IllegalAccessException {
        Map<String, Integer> hibernate = new HashMap<>();
        for (Field field : SqlTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
                hibernate.put(field.getName(), field.getInt(null));
            }
        }
        assertThat(TypeCode.all()).isEqualTo(hibernate);
    }

    @Test
    void namesAndCodesGoBothWays() {
        assertThat(TypeCode.code("TIMESTAMP_UTC")).isEqualTo(SqlTypes.TIMESTAMP_UTC);
        assertThat(TypeCode.name(SqlTypes.LONG32VARCHAR)).isEqualTo("LONG32VARCHAR");
    }
}
