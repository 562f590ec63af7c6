package dev.retort.ops;

import dev.retort.model.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Changes a sequence's recorded start or its increment (the value it has reached stays). */
public record AlterSequence(Sequence from, Sequence to) implements Operation {

    public AlterSequence {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public AlterSequence reverse() {
        return new AlterSequence(to, from);
    }

    public boolean startChanged() {
        return from.start() != to.start();
    }

    public boolean incrementChanged() {
        return from.increment() != to.increment();
    }

    public boolean cacheChanged() {
        return !Objects.equals(from.cache(), to.cache());
    }

    @Override
    public String describe() {
        List<String> changes = new ArrayList<>();
        if (startChanged()) {
            changes.add("start " + from.start() + " -> " + to.start());
        }
        if (incrementChanged()) {
            changes.add("increment " + from.increment() + " -> " + to.increment());
        }
        if (cacheChanged()) {
            changes.add("cache " + cache(from) + " -> " + cache(to));
        }
        return "alter sequence " + to.name() + " " + String.join(", ", changes);
    }

    private static String cache(Sequence sequence) {
        return sequence.cache() == null ? "as Hibernate makes it" : String.valueOf(sequence.cache());
    }
}
