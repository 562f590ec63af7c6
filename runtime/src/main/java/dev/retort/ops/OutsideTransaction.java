package dev.retort.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Operations that must not run inside a transaction, such as PostgreSQL's {@code create index
 * concurrently} written as raw SQL ({@code op.outsideTransaction(() -> ...)}, Alembic's
 * {@code autocommit_block}). Where DDL is transactional the runner commits what came before, runs
 * these one by one, each committing as it runs, and then opens a new transaction for the rest.
 */
public record OutsideTransaction(List<Operation> operations) implements Operation {

    public OutsideTransaction {
        operations = List.copyOf(operations);
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("outsideTransaction needs at least one operation");
        }
        if (operations.stream().anyMatch(OutsideTransaction.class::isInstance)) {
            throw new IllegalArgumentException("outsideTransaction blocks do not nest");
        }
    }

    /** The operations one by one, each block's in its place. */
    public static List<Operation> flatten(List<Operation> operations) {
        List<Operation> flat = new ArrayList<>();
        operations.forEach(operation -> {
            if (operation instanceof OutsideTransaction block) {
                flat.addAll(block.operations());
            } else {
                flat.add(operation);
            }
        });
        return flat;
    }

    @Override
    public OutsideTransaction reverse() {
        List<Operation> reversed = new ArrayList<>();
        operations.forEach(operation -> reversed.add(operation.reverse()));
        Collections.reverse(reversed);
        return new OutsideTransaction(reversed);
    }

    @Override
    public String describe() {
        return "outside a transaction: " + operations.stream().map(Operation::describe).collect(Collectors.joining("; "));
    }

    @Override
    public Optional<String> warning() {
        List<String> warnings = operations.stream().map(Operation::warning).flatMap(Optional::stream).toList();
        return warnings.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", warnings));
    }
}
