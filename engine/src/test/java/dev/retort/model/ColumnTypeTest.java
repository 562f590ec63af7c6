package dev.retort.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/** Messages and revision headers speak SQL, never Hibernate's type codes ({@code TIMESTAMP_UTC}, {@code LONG32VARCHAR}). */
class ColumnTypeTest {

    static Stream<Arguments> types() {
        return Stream.of(
                Arguments.of(ColumnType.varchar(100), "VARCHAR(100)"),
                Arguments.of(ColumnType.numeric(10, 2), "NUMERIC(10,2)"),
                Arguments.of(ColumnType.timestampTz(6), "TIMESTAMP(6) WITH TIME ZONE"),
                Arguments.of(ColumnType.of("TIMESTAMP_WITH_TIMEZONE").precision(3), "TIMESTAMP(3) WITH TIME ZONE"),
                Arguments.of(ColumnType.of("TIME_UTC"), "TIME WITH TIME ZONE"),
                Arguments.of(ColumnType.of("LONG32VARCHAR").length(2147483647), "TEXT"),
                Arguments.of(ColumnType.varchar(Integer.MAX_VALUE), "TEXT"),
                Arguments.of(ColumnType.real(), "REAL"),
                Arguments.of(ColumnType.doublePrecision(), "DOUBLE PRECISION"),
                Arguments.of(ColumnType.enumOf("A", "B"), "ENUM('A','B')"),
                Arguments.of(ColumnType.arrayOf(ColumnType.varchar(20)).length(5), "VARCHAR(20) ARRAY[5]"),
                Arguments.of(ColumnType.nativeType("int  unsigned"), "int unsigned"),
                Arguments.of(ColumnType.of("LONG32VARCHAR").length(65535).declaredAs("text"), "text"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("types")
    void describesATypeInSqlsWords(ColumnType type, String described) {
        assertThat(type.describe()).isEqualTo(described);
    }
}
