package dev.retort.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A check's expression restated after a column rename, as the database restates it. */
class RenamesTest {

    @Test
    void theColumnIsRenamedBareOrQuoted() {
        assertThat(Renames.renameInExpression("(status in ('A','B')) and \"STATUS\" <> `status`", "status", "state"))
                .isEqualTo("(state in ('A','B')) and \"state\" <> `state`");
    }

    @Test
    void aLiteralHoldingTheSameWordIsAValueAndStays() {
        assertThat(Renames.renameInExpression("status <> 'status' and note = 'it''s status'", "status", "state"))
                .isEqualTo("state <> 'status' and note = 'it''s status'");
    }

    @Test
    void aLongerNameContainingTheWordStays() {
        assertThat(Renames.renameInExpression("status_code > 0 and old_status is null and status$x = 1", "status", "state"))
                .isEqualTo("status_code > 0 and old_status is null and status$x = 1");
    }
}
