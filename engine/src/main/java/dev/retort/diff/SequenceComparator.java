package dev.retort.diff;

import dev.retort.model.Sequence;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.DropSequence;
import java.util.List;

/** Sequences added, dropped, or changed in start, increment or cache, matched by name. */
final class SequenceComparator {

    private SequenceComparator() {}

    static void compare(List<Sequence> target, List<Sequence> current, DiffContext context) {
        Matching<Sequence> sequences = Matching.of(target, current, sequence -> context.key(sequence.name()));
        sequences.added().forEach(sequence -> context.add(Phase.CREATE_SEQUENCES, new CreateSequence(sequence)));
        sequences.removed().forEach(sequence -> context.add(Phase.DROP_SEQUENCES, new DropSequence(sequence)));
        for (Matching.Pair<Sequence> pair : sequences.matched()) {
            Sequence from = pair.current().named(pair.target().name());
            if (!from.equals(pair.target())) {
                context.add(Phase.CREATE_SEQUENCES, new AlterSequence(from, pair.target()));
            }
        }
    }
}
