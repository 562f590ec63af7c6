package dev.retort.autogen;

import dev.retort.diff.RenameProposal;
import java.util.List;
import java.util.function.Predicate;

/**
 * How one {@code autogen} runs.
 *
 * @param renames       renames the user vouches for, as {@code table.old=new} or {@code old_table=new_table}
 *                      (added to {@code rename.hints} from the config)
 * @param dropUnmanaged drop tables no entity maps even when no revision created them
 * @param confirm       asked about each guessed rename; accepted ones are applied as renames. Without
 *                      one (no terminal), nothing is guessed: the drop and add stay, with a note.
 */
public record AutogenOptions(List<String> renames, boolean dropUnmanaged, Predicate<RenameProposal> confirm) {

    public static final AutogenOptions DEFAULT = new AutogenOptions(List.of(), false, proposal -> false);

    public AutogenOptions {
        renames = List.copyOf(renames);
    }
}
