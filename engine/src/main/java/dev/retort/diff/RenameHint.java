package dev.retort.diff;

import dev.retort.RetortException;
import dev.retort.model.Name;

/**
 * A rename the user vouches for: {@code employee.job_title=position} (a column of table
 * {@code employee}) or {@code old_table=new_table}. {@code table} is null for a table rename.
 */
public record RenameHint(Name table, Name from, Name to) {

    public static RenameHint parse(String text) {
        String[] sides = text.strip().split("=", -1);
        if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank() || sides[1].contains(".")) {
            throw RetortException.badInput("malformed rename '" + text + "' (expected table.old_column=new_column or old_table=new_table)");
        }
        String from = sides[0].strip();
        Name to = Name.of(sides[1].strip());
        int dot = from.lastIndexOf('.');
        return dot < 0
                ? new RenameHint(null, Name.of(from), to)
                : new RenameHint(Name.of(from.substring(0, dot)), Name.of(from.substring(dot + 1)), to);
    }

    public boolean isTableRename() {
        return table == null;
    }

    /** As the user writes it: {@code employee.job_title=position}. */
    @Override
    public String toString() {
        return (table == null ? "" : table.spelled() + ".") + from.spelled() + "=" + to.spelled();
    }
}
