package dev.retort.ops;

import dev.retort.model.Sequence;
import java.util.Objects;

public record CreateSequence(Sequence sequence) implements Operation {

    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public DropSequence reverse() {
        return new DropSequence(sequence);
    }

    @Override
    public String describe() {
        return "create sequence " + sequence.name() + " start " + sequence.start() + " increment " + sequence.increment();
    }
}
