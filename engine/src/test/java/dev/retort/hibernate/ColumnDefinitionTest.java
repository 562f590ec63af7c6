package dev.retort.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnDefinitionTest {

    @Test
    void readsSizesAndTheDefaultClause() {
        assertThat(ColumnDefinition.parse("varchar(50) default 'x'")).isEqualTo(new ColumnDefinition("varchar(50)", 50L, 50, null, "'x'", false));
        assertThat(ColumnDefinition.parse("numeric(12, 4) default 0 not null")).isEqualTo(new ColumnDefinition("numeric(12, 4)", 12L, 12, 4, "0", true));
        assertThat(ColumnDefinition.parse("timestamp(3) DEFAULT CURRENT_TIMESTAMP")).isEqualTo(new ColumnDefinition("timestamp(3)", 3L, 3, null, "CURRENT_TIMESTAMP", false));
        assertThat(ColumnDefinition.parse("text")).isEqualTo(new ColumnDefinition("text", null, null, null, null, false));
    }

    @Test
    void theTypeIsEverythingBeforeTheFirstClause() {
        assertThat(ColumnDefinition.parse("jsonb not null default '{}'").type()).isEqualTo("jsonb");
        assertThat(ColumnDefinition.parse("double precision").type()).isEqualTo("double precision");
        assertThat(ColumnDefinition.parse("timestamp(6) with time zone default now()").type()).isEqualTo("timestamp(6) with time zone");
        assertThat(ColumnDefinition.parse("character varying(20) collate \"C\"").type()).isEqualTo("character varying(20)");
        assertThat(ColumnDefinition.parse("int unsigned auto_increment").type()).isEqualTo("int unsigned");
        assertThat(ColumnDefinition.parse("MEDIUMTEXT NULL").type()).isEqualTo("MEDIUMTEXT");
        assertThat(ColumnDefinition.parse("'not a type'").type()).as("nothing to read as a type").isNull();
    }

    @Test
    void keywordsInsideALiteralAreNotClauses() {
        assertThat(ColumnDefinition.parse("varchar(40) default 'not null default x'").defaultValue()).isEqualTo("'not null default x'");
        assertThat(ColumnDefinition.parse("varchar(40) comment 'default 3'").defaultValue()).isNull();
        assertThat(ColumnDefinition.parse("varchar(40) default 'not null'").notNull()).isFalse();
        assertThat(ColumnDefinition.parse("varchar(40) NOT  NULL").notNull()).isTrue();
    }
}
