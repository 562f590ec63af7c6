package dev.retort.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnDefinitionTest {

    @Test
    void readsSizesAndTheDefaultClause() {
        assertThat(ColumnDefinition.parse("varchar(50) default 'x'")).isEqualTo(new ColumnDefinition(50L, 50, null, "'x'"));
        assertThat(ColumnDefinition.parse("numeric(12, 4) default 0 not null")).isEqualTo(new ColumnDefinition(12L, 12, 4, "0"));
        assertThat(ColumnDefinition.parse("timestamp(3) DEFAULT CURRENT_TIMESTAMP")).isEqualTo(new ColumnDefinition(3L, 3, null, "CURRENT_TIMESTAMP"));
        assertThat(ColumnDefinition.parse("text")).isEqualTo(new ColumnDefinition(null, null, null, null));
    }

    @Test
    void keywordsInsideALiteralAreNotClauses() {
        assertThat(ColumnDefinition.parse("varchar(40) default 'not null default x'").defaultValue()).isEqualTo("'not null default x'");
        assertThat(ColumnDefinition.parse("varchar(40) comment 'default 3'").defaultValue()).isNull();
    }
}
