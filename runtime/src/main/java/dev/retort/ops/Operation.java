package dev.retort.ops;

import java.util.Optional;

/**
 * One schema change. Each operation knows its exact reverse, so a revision's downgrade is the
 * reverse of each upgrade operation in reverse order; operations that remove something keep it
 * whole so that the reverse can recreate it.
 */
public sealed interface Operation
        permits CreateTable, DropTable, RenameTable, AlterTableComment, AddColumn, RenameColumn, DropColumn, AlterColumn, AddPrimaryKey, DropPrimaryKey,
                CreateIndex, DropIndex, AddUnique, DropUnique, AddForeignKey, DropForeignKey, AddCheck, DropCheck,
                CreateSequence, DropSequence, AlterSequence, ExecuteSql, OutsideTransaction {

    Operation reverse();

    /** One line for people, e.g. {@code add column employee.gender VARCHAR(10)}. */
    String describe();

    /** What running this loses, for operations that destroy data. */
    default Optional<String> warning() {
        return Optional.empty();
    }
}
