package db.migrations;

import static dev.retort.model.ColumnType.*;
import static dev.retort.ops.Ops.*;

import dev.retort.ops.Ops;
import dev.retort.revision.Migration;
import dev.retort.revision.Revision;

/** The shop's first revision, compiled with the application as a team's are. */
@Revision(id = "1c1c1c1c1c1c", parents = {}, message = "customers", created = "2026-11-30T00:00:00Z")
public final class R1c1c1c1c1c1c_customers implements Migration {
    @Override
    public void upgrade(Ops op) {
        op.createTable(table("customer")
                .column(column("id", bigint()).notNull().asIdentity())
                .column(column("full_name", varchar(100)).notNull())
                .primaryKey("id"));
    }

    @Override
    public void downgrade(Ops op) {
        op.dropTable(table("customer")
                .column(column("id", bigint()).notNull().asIdentity())
                .column(column("full_name", varchar(100)).notNull())
                .primaryKey("id"));
    }
}
