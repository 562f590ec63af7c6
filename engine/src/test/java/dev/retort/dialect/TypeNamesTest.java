package dev.retort.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.hibernate.HibernateTypes;
import dev.retort.model.ColumnType;
import dev.retort.model.TypeCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.type.descriptor.sql.spi.DdlTypeRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Retort spells every neutral type as Hibernate 7.4's DDL type registry does, on every database
 * and the versions where Hibernate's spelling changes, so revisions create the same columns now
 * that rendering needs no Hibernate. Also the identity clause and the keywords that get quoted.
 */
class TypeNamesTest {

    /** Codes a revision never carries as such: arrays and enums are rendered by the dialect around their element or values. */
    private static final Set<Integer> NOT_CARRIED = Set.of(TypeCode.ARRAY, TypeCode.TABLE, TypeCode.ROWID, TypeCode.BIT,
            TypeCode.ENUM, TypeCode.NAMED_ENUM, TypeCode.ORDINAL_ENUM, TypeCode.NAMED_ORDINAL_ENUM);

    /** Where Retort deliberately differs: MySQL refuses Hibernate's {@code time with time zone}, and Hibernate stores such a time in UTC. */
    private static final Map<DatabaseKind, Set<Integer>> DELIBERATE = Map.of(
            DatabaseKind.MYSQL, Set.of(TypeCode.TIME_WITH_TIMEZONE), DatabaseKind.MARIADB, Set.of(TypeCode.TIME_WITH_TIMEZONE));

    private static final long[] LENGTHS = {0, 1, 255, 256, 2_000, 2_001, 4_000, 4_001, 16_383, 16_384, 65_535, 65_536,
            1_048_576, 1_048_577, 10_485_760, 10_485_761, 16_777_215, 16_777_216, Integer.MAX_VALUE};
    private static final int[] PRECISIONS = {0, 1, 3, 6, 9, 10, 24, 25, 38, 53};

    @ParameterizedTest
    @CsvSource({"H2, 2.1.214", "H2, 2.3.232", "POSTGRESQL, 13", "POSTGRESQL, 15", "POSTGRESQL, 17", "MARIADB, 10.6",
            "MARIADB, 10.11", "MARIADB, 11.4", "MYSQL, 8.0", "MYSQL, 8.4", "ORACLE, 19", "ORACLE, 23"})
    void everyTypeIsSpelledAsHibernateSpellsIt(DatabaseKind kind, String version) {
        Dialect dialect = kind.dialect(version);
        DdlTypeRegistry hibernate = HibernateTypes.contribute(HibernateTypes.hibernateDialect(kind, version)).getDdlTypeRegistry();
        int compared = 0;
        for (int code : TypeCode.all().values()) {
            if (NOT_CARRIED.contains(code) || DELIBERATE.getOrDefault(kind, Set.of()).contains(code)) {
                continue;
            }
            for (ColumnType type : sizes(code)) {
                String expected = hibernate.getDescriptor(code) == null ? null : hibernateSpelling(hibernate, type);
                String described = type.describe() + " on " + kind + " " + version;
                if (type.needsLength() && type.length() == null) { // where Hibernate would quietly pick a large object
                    assertThatThrownBy(() -> dialect.typeName(type)).as(described).hasMessageContaining("needs a size");
                } else if (expected != null) {
                    assertThat(dialect.typeName(type)).as(described).isEqualTo(expected);
                    compared++;
                } else if (code == TypeCode.UUID && hibernate.getDescriptor(code) == null) {
                    assertThat(dialect.typeName(type)).as(described + ", where Hibernate stores a UUID in 16 bytes")
                            .isEqualTo(hibernateSpelling(hibernate, ColumnType.of(TypeCode.BINARY).length(16)));
                } else {
                    assertThatThrownBy(() -> dialect.typeName(type)).as(described).isInstanceOf(IllegalArgumentException.class);
                }
            }
        }
        assertThat(compared).as("spellings compared").isGreaterThan(300);
    }

    @ParameterizedTest
    @CsvSource({"MYSQL, 8.0", "MARIADB, 10.11"})
    void aTimeWithAZoneIsATimeOnMySql(DatabaseKind kind, String version) {
        assertThat(kind.dialect(version).typeName(ColumnType.of(TypeCode.TIME_WITH_TIMEZONE).precision(3))).isEqualTo("time(3)");
    }

    @ParameterizedTest
    @CsvSource({"H2, 2.3.232", "POSTGRESQL, 15", "MARIADB, 10.11", "MYSQL, 8.0", "ORACLE, 19"})
    void identityAndKeywordsAreHibernates(DatabaseKind kind, String version) {
        Dialect dialect = kind.dialect(version);
        org.hibernate.dialect.Dialect hibernate = HibernateTypes.hibernateDialect(kind, version);
        for (int code : new int[] {TypeCode.SMALLINT, TypeCode.INTEGER, TypeCode.BIGINT}) {
            assertThat(dialect.identityClause()).isEqualTo(hibernate.getIdentityColumnSupport().getIdentityColumnString(code));
        }
        Set<String> quoted = new HashSet<>(Dialect.SQL_2003);
        quoted.addAll(dialect.reservedWords());
        assertThat(quoted).containsAll(hibernate.getKeywords());
        assertThat(Dialect.SQL_2003).isEqualTo(HibernateTypes.hibernateDialect(DatabaseKind.H2, "2.3.232").getKeywords());
    }

    /** The code alone, with each length, with each precision, and with each precision and a scale: what revisions carry. */
    private static List<ColumnType> sizes(int code) {
        Set<ColumnType> types = new LinkedHashSet<>();
        types.add(ColumnType.of(code));
        for (long length : LENGTHS) {
            types.add(ColumnType.of(code).length(length));
        }
        for (int precision : PRECISIONS) {
            types.add(ColumnType.of(code).precision(precision));
            types.add(ColumnType.of(code).precision(precision).scale(0));
            types.add(ColumnType.of(code).precision(precision).scale(2));
        }
        return new ArrayList<>(types);
    }

    /** Hibernate's spelling, or null where it has none for these sizes (an exception, or a size left unfilled). */
    private static String hibernateSpelling(DdlTypeRegistry registry, ColumnType type) {
        Size size = new Size();
        if (type.length() != null) {
            size.setLength(type.length());
        }
        if (type.precision() != null) {
            size.setPrecision(type.precision());
        }
        if (type.scale() != null) {
            size.setScale(type.scale());
        }
        try {
            String name = registry.getTypeName(type.code(), size);
            return name.contains("$") ? null : name;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
