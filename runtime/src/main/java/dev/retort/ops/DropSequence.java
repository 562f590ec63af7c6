package dev.retort.ops;

import dev.retort.model.Sequence;
import java.util.Objects;
import java.util.Optional;

/** Drops a sequence. Its reverse recreates it at its declared start, not at the value it had reached. */
public record DropSequence(Sequence sequence) implements Operation {

    public DropSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public CreateSequence reverse() {
        return new CreateSequence(sequence);
    }

    @Override
    public String describe() {
        return "drop sequence " + sequence.name();
    }

    @Override
    public Optional<String> warning() {
        return Optional.of("drops sequence " + sequence.name() + ": the downgrade makes it again at " + sequence.start()
                + ", not at the value it had reached");
    }
}
