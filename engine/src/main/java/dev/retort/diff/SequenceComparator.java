package dev.retort.diff;

import dev.retort.model.Sequence;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.DropSequence;
import java.util.List;

/**
 * Sequences added, dropped, or changed in start, increment or cache, matched by name. As with tables,
 * only a sequence Retort created (or any, with {@code --drop-unmanaged}) is dropped; another is a note.
 */
final class SequenceComparator {

    private SequenceComparator() {}

    static void compare(List<Sequence> target, List<Sequence> current, DiffOptions options, DiffContext context) {
        Matching<Sequence> sequences = Matching.of(target, current, sequence -> context.key(sequence.name()));
        sequences.added().forEach(sequence -> context.add(Phase.CREATE_SEQUENCES, new CreateSequence(sequence)));
        for (Sequence sequence : sequences.removed()) {
            if (options.droppableSequence(sequence.name(), context)) {
                context.add(Phase.DROP_SEQUENCES, new DropSequence(sequence));
            } else {
                context.note("sequence " + sequence.name() + " is not managed by Retort (no entity maps it and no revision created it):"
                        + " left alone; --drop-unmanaged would drop it");
            }
        }
        for (Matching.Pair<Sequence> pair : sequences.matched()) {
            Sequence from = pair.current().named(pair.target().name());
            if (!from.equals(pair.target())) {
                context.add(Phase.CREATE_SEQUENCES, new AlterSequence(from, pair.target()));
            }
        }
    }
}
