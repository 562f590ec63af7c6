package dev.retort.revision;

import dev.retort.ops.Operation;
import dev.retort.ops.Ops;
import java.util.List;
import java.util.function.Consumer;

/**
 * A loaded revision: its identity, where it came from (for error messages), and its body.
 */
public record RevisionInfo(String id, List<String> parents, String message, String created, String origin, Migration migration) {

    public RevisionInfo {
        parents = List.copyOf(parents);
    }

    public List<Operation> upgradeOperations() {
        return record(migration::upgrade);
    }

    public List<Operation> downgradeOperations() {
        return record(migration::downgrade);
    }

    private List<Operation> record(Consumer<Ops> body) {
        Ops ops = new Ops();
        body.accept(ops);
        return ops.operations();
    }

    /** {@code ab12cd34ef56 (initial migration)} */
    public String label() {
        return message.isEmpty() ? id : id + " (" + message + ")";
    }
}
