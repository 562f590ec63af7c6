package dev.retort.model;

import java.util.List;

/** Everything Retort manages in one database schema: tables and sequences. */
public record Schema(List<Table> tables, List<Sequence> sequences) {

    public static final Schema EMPTY = new Schema(List.of(), List.of());

    public Schema {
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
    }
}
