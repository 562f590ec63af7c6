package dev.retort.config;

import dev.retort.dialect.Dialect;

/**
 * How MySQL and MariaDB alter a table in use ({@code online.*}): whether alters assert the
 * algorithm the server must use ({@code online.algorithm=assert}, else {@code server}); and for a
 * large table, {@code engine} {@code none} (the server itself) or {@code pt-osc}, for tables of at
 * least {@code minRows} rows, running {@code command}.
 */
public record Online(boolean assertAlgorithms, String engine, long minRows, String command) {

    public static final String ASSERT = "assert";
    public static final String SERVER = "server";
    public static final String NONE = "none";
    public static final String PT_OSC = "pt-osc";

    /** {@code dialect} as these settings have it alter tables: asserting algorithms, or leaving them to the server. */
    public Dialect applyTo(Dialect dialect) {
        return assertAlgorithms ? dialect : dialect.withServerAlgorithms();
    }

    public Online {
        engine = engine == null ? NONE : engine;
        if (!engine.equals(NONE) && !engine.equals(PT_OSC)) {
            throw new IllegalArgumentException(engine);
        }
        command = command == null ? "pt-online-schema-change" : command;
    }
}
