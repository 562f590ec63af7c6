package dev.retort.diff;

import dev.retort.ops.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ordered operations that take the database to the target, and the reverse that undoes them;
 * with notes on what was deliberately left alone and renames that were only guessed.
 */
public record Plan(List<Operation> operations, List<String> notes, List<RenameProposal> proposals) {

    public Plan {
        operations = List.copyOf(operations);
        notes = List.copyOf(notes);
        proposals = List.copyOf(proposals);
    }

    public Plan(List<Operation> operations) {
        this(operations, List.of(), List.of());
    }

    public boolean isEmpty() {
        return operations.isEmpty();
    }

    /** The downgrade: the reverse of each operation, in reverse order. */
    public List<Operation> reverse() {
        List<Operation> reversed = new ArrayList<>();
        for (int i = operations.size() - 1; i >= 0; i--) {
            reversed.add(operations.get(i).reverse());
        }
        return reversed;
    }

    /** What the upgrade destroys, one line per hazardous operation. */
    public List<String> warnings() {
        return operations.stream().map(Operation::warning).flatMap(Optional::stream).toList();
    }
}
