package dev.retort.revision;

import dev.retort.RetortException;
import dev.retort.ops.Operation;
import dev.retort.ops.Ops;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A loaded revision: its identity, where it came from (for error messages), and its body.
 * {@code checksumFile}, when not null, is where its checksum is kept once computed (beside the
 * class compiled from its source, so a changed file or Retort gets a new one).
 */
public record RevisionInfo(String id, List<String> parents, String message, String created, String origin, Migration migration,
        Path checksumFile) {

    public RevisionInfo {
        parents = List.copyOf(parents);
    }

    /** A revision whose checksum is computed whenever it is wanted. */
    public RevisionInfo(String id, List<String> parents, String message, String created, String origin, Migration migration) {
        this(id, parents, message, created, origin, migration, null);
    }

    public List<Operation> upgradeOperations() {
        return record("upgrade", migration::upgrade);
    }

    public List<Operation> downgradeOperations() {
        return record("downgrade", migration::downgrade);
    }

    /**
     * Runs the revision's own code to record its operations. That code is the user's: whatever it
     * throws is bad input naming the file, wherever the operations are wanted (running, offline
     * SQL, checksums, autogen's account of what revisions created).
     */
    private List<Operation> record(String method, Consumer<Ops> body) {
        Ops ops = new Ops();
        try {
            body.accept(ops);
        } catch (RuntimeException e) {
            throw new RetortException(RetortException.Kind.BAD_INPUT,
                    origin + ": " + method + "() failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        }
        return ops.operations();
    }

    /** {@code ab12cd34ef56 (initial migration)} */
    public String label() {
        return message.isEmpty() ? id : id + " (" + message + ")";
    }
}
