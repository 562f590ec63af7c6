package dev.retort.diff;

/**
 * The order in which a plan's operations run. Renames come first, so everything after speaks
 * the new names; foreign keys go next and come back last so no
 * drop or create trips over a reference (cycles included); sequences exist before the tables that
 * may use them and leave after.
 */
enum Phase {
    RENAMES,
    DROP_FOREIGN_KEYS,
    DROP_INDEXES,
    DROP_TABLES,
    CREATE_SEQUENCES,
    CREATE_TABLES,
    CHANGE_COLUMNS,
    CREATE_INDEXES,
    ADD_FOREIGN_KEYS,
    DROP_SEQUENCES
}
