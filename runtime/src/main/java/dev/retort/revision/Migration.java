package dev.retort.revision;

import dev.retort.ops.Ops;

/** The body of a revision: what {@code upgrade} does and how {@code downgrade} undoes it. */
public interface Migration {

    void upgrade(Ops op);

    void downgrade(Ops op);
}
