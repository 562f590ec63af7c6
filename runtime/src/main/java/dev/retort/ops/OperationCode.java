package dev.retort.ops;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.TypeCode;
import dev.retort.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * Java source for one operation, written as the {@code Ops} call that records it again: the
 * generated revision reads like the plan and replays to exactly the same operations.
 */
public final class OperationCode {

    private static final ClassName REFERENTIAL_ACTION = ClassName.get(ReferentialAction.class);

    private OperationCode() {}

    /** The operation as revision source spells it: a stable, formatting-free text of what it does. */
    public static String source(Operation operation) {
        return of(operation).toString();
    }

    /**
     * The operation as a statement of a revision's method. A block is not written as one statement:
     * JavaPoet would indent its lines as a statement's continuation.
     */
    public static CodeBlock statement(Operation operation) {
        return operation instanceof OutsideTransaction ? CodeBlock.of("$L;\n", of(operation)) : CodeBlock.builder().addStatement(of(operation)).build();
    }

    public static CodeBlock of(Operation operation) {
        if (operation instanceof CreateTable op) {
            return call("createTable", table(op.table()));
        } else if (operation instanceof DropTable op) {
            return call("dropTable", op.table().columns().isEmpty() ? name(op.table().name()) : table(op.table()));
        } else if (operation instanceof RenameTable op) {
            return call("renameTable", name(op.from()), name(op.to()));
        } else if (operation instanceof RenameColumn op) {
            return call("renameColumn", name(op.table()), name(op.from()), name(op.to()));
        } else if (operation instanceof AlterTableComment op) {
            return call("alterTableComment", name(op.table()), text(op.from()), text(op.to()));
        } else if (operation instanceof AddPrimaryKey op) {
            return call("addPrimaryKey", name(op.table()), CodeBlock.of("primaryKey($L)", names(op.primaryKey().columns())));
        } else if (operation instanceof DropPrimaryKey op) {
            return call("dropPrimaryKey", name(op.table()), CodeBlock.of("primaryKey($L)", names(op.primaryKey().columns())));
        } else if (operation instanceof AddCheck op) {
            return call("addCheck", name(op.table()), check(op.check()));
        } else if (operation instanceof DropCheck op) {
            return call("dropCheck", name(op.table()), check(op.check()));
        } else if (operation instanceof AlterSequence op) {
            return call("alterSequence", sequence(op.from()), sequence(op.to()));
        } else if (operation instanceof AddColumn op) {
            return call("addColumn", name(op.table()), column(op.column()));
        } else if (operation instanceof DropColumn op) {
            return call("dropColumn", name(op.table()), column(op.column()));
        } else if (operation instanceof AlterColumn op) {
            return call("alterColumn", name(op.table()), column(op.from()), column(op.to()));
        } else if (operation instanceof CreateIndex op) {
            return concurrently(call("createIndex", name(op.table()), index(op.index())), op.concurrently());
        } else if (operation instanceof DropIndex op) {
            return concurrently(call("dropIndex", name(op.table()), index(op.index())), op.concurrently());
        } else if (operation instanceof AddUnique op) {
            return call("addUnique", name(op.table()), unique(op.unique()));
        } else if (operation instanceof DropUnique op) {
            return call("dropUnique", name(op.table()), unique(op.unique()));
        } else if (operation instanceof AddForeignKey op) {
            return call("addForeignKey", name(op.table()), foreignKey(op.foreignKey()));
        } else if (operation instanceof DropForeignKey op) {
            return call("dropForeignKey", name(op.table()), foreignKey(op.foreignKey()));
        } else if (operation instanceof CreateSequence op) {
            return call("createSequence", sequence(op.sequence()));
        } else if (operation instanceof DropSequence op) {
            return call("dropSequence", sequence(op.sequence()));
        } else if (operation instanceof ExecuteSql op) {
            return call("execute", CodeBlock.of("$S", op.sql()));
        } else if (operation instanceof OutsideTransaction op) {
            CodeBlock.Builder block = CodeBlock.builder().add("op.outsideTransaction(() -> {\n$>");
            op.operations().forEach(inside -> block.add(statement(inside)));
            return block.add("$<})").build();
        }
        throw new IllegalArgumentException("no code for " + operation);
    }

    private static CodeBlock concurrently(CodeBlock call, boolean concurrently) {
        return concurrently ? CodeBlock.of("$L.concurrently()", call) : call;
    }

    private static CodeBlock call(String method, CodeBlock... arguments) {
        return CodeBlock.of("op.$L($L)", method, CodeBlock.join(List.of(arguments), ", "));
    }

    private static CodeBlock name(Name name) {
        return CodeBlock.of("$S", name.spelled());
    }

    private static CodeBlock names(List<Name> names) {
        return CodeBlock.join(names.stream().map(OperationCode::name).toList(), ", ");
    }

    /** One builder call per line, so a table reads like its DDL (JavaPoet indents the continuation). */
    private static CodeBlock table(Table table) {
        CodeBlock.Builder code = CodeBlock.builder().add("table($L)", name(table.name()));
        for (Column column : table.columns()) {
            code.add("\n.column($L)", column(column));
        }
        if (table.primaryKey() != null) {
            code.add("\n.primaryKey($L)", names(table.primaryKey().columns()));
        }
        for (UniqueConstraint unique : table.uniques()) {
            code.add("\n.unique($L, $L)", name(unique.name()), names(unique.columns()));
        }
        for (Index index : table.indexes()) {
            code.add("\n.index($L)", index(index));
        }
        for (ForeignKey key : table.foreignKeys()) {
            code.add("\n.foreignKey($L)", foreignKey(key));
        }
        for (CheckConstraint check : table.checks()) {
            code.add("\n.check($L)", check(check));
        }
        if (table.comment() != null) {
            code.add("\n.comment($S)", table.comment());
        }
        return code.build();
    }

    static CodeBlock column(Column column) {
        CodeBlock.Builder code = CodeBlock.builder().add("column($L, $L)", name(column.name()), type(column.type()));
        if (!column.nullable()) {
            code.add(".notNull()");
        }
        if (column.identity()) {
            code.add(".asIdentity()");
        }
        if (column.defaultValue() != null) {
            code.add(".defaultValue($S)", column.defaultValue());
        }
        if (column.comment() != null) {
            code.add(".comment($S)", column.comment());
        }
        return code.build();
    }

    /** The friendliest factory that rebuilds exactly this type, else {@code of("CODE")} with its sizes; then its declared spelling. */
    static CodeBlock type(ColumnType type) {
        if (type.isNative()) {
            return CodeBlock.of("nativeType($S)", type.declared());
        }
        CodeBlock neutral = neutralType(type);
        return type.declared() == null ? neutral : CodeBlock.of("$L.declaredAs($S)", neutral, type.declared());
    }

    private static CodeBlock neutralType(ColumnType type) {
        Long length = type.length();
        Integer precision = type.precision();
        Integer scale = type.scale();
        boolean unsized = length == null && precision == null && scale == null;
        boolean lengthOnly = length != null && precision == null && scale == null;
        boolean precisionOnly = length == null && precision != null && scale == null;
        if (type.isArray()) {
            return CodeBlock.of("arrayOf($L)$L", type(type.element()), length == null ? "" : ".length(" + number(length) + ")");
        }
        switch (type.code()) {
            case TypeCode.ENUM:
                return CodeBlock.of("enumOf($L)$L", CodeBlock.join(type.values().stream().map(v -> CodeBlock.of("$S", v)).toList(), ", "),
                        length == null ? "" : ".length(" + number(length) + ")");
            case TypeCode.VARCHAR:
                if (lengthOnly) {
                    return CodeBlock.of("varchar($L)", number(length));
                }
                break;
            case TypeCode.CHAR:
                if (lengthOnly) {
                    return CodeBlock.of("fixedChar($L)", number(length));
                }
                break;
            case TypeCode.VARBINARY:
                if (lengthOnly) {
                    return CodeBlock.of("varbinary($L)", number(length));
                }
                break;
            case TypeCode.NUMERIC:
                if (length == null && precision != null && scale != null) {
                    return CodeBlock.of("numeric($L, $L)", precision, scale);
                }
                break;
            case TypeCode.FLOAT:
                if (precisionOnly && precision == 24) {
                    return CodeBlock.of("real()");
                }
                break;
            case TypeCode.TIME:
                if (precisionOnly) {
                    return CodeBlock.of("time($L)", precision);
                }
                break;
            case TypeCode.TIMESTAMP:
                if (precisionOnly) {
                    return CodeBlock.of("timestamp($L)", precision);
                }
                break;
            case TypeCode.TIMESTAMP_UTC:
                if (precisionOnly) {
                    return CodeBlock.of("timestampTz($L)", precision);
                }
                break;
            default:
                String factory = unsizedFactory(type.code());
                if (unsized && factory != null) {
                    return CodeBlock.of("$L()", factory);
                }
        }
        CodeBlock.Builder code = CodeBlock.builder().add("of($S)", type.codeName());
        if (length != null) {
            code.add(".length($L)", number(length));
        }
        if (precision != null) {
            code.add(".precision($L)", precision);
        }
        if (scale != null) {
            code.add(".scale($L)", scale);
        }
        return code.build();
    }

    private static String unsizedFactory(int code) {
        return switch (code) {
            case TypeCode.BIGINT -> "bigint";
            case TypeCode.INTEGER -> "integer";
            case TypeCode.SMALLINT -> "smallint";
            case TypeCode.TINYINT -> "tinyint";
            case TypeCode.BOOLEAN -> "bool";
            case TypeCode.DOUBLE -> "doublePrecision";
            case TypeCode.DATE -> "date";
            case TypeCode.UUID -> "uuid";
            case TypeCode.CLOB -> "clob";
            case TypeCode.BLOB -> "blob";
            default -> null;
        };
    }

    private static String number(long value) {
        return value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? value + "L" : Long.toString(value);
    }

    private static CodeBlock text(String text) {
        return text == null ? CodeBlock.of("null") : CodeBlock.of("$S", text);
    }

    private static CodeBlock check(CheckConstraint check) {
        return check.name() == null
                ? CodeBlock.of("check($S)", check.expression())
                : CodeBlock.of("check($L, $S)", name(check.name()), check.expression());
    }

    private static CodeBlock index(Index index) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("$L($L, $L)", index.unique() ? "uniqueIndex" : "index", name(index.name()), names(index.columns()));
        List<Name> descending = new ArrayList<>();
        for (int i = 0; i < index.columns().size(); i++) {
            if (index.descending().get(i)) {
                descending.add(index.columns().get(i));
            }
        }
        if (!descending.isEmpty()) {
            code.add(".desc($L)", names(descending));
        }
        return code.build();
    }

    private static CodeBlock unique(UniqueConstraint unique) {
        return CodeBlock.of("unique($L, $L)", name(unique.name()), names(unique.columns()));
    }

    private static CodeBlock foreignKey(ForeignKey key) {
        CodeBlock.Builder code = CodeBlock.builder().add("foreignKey($L, $L).references($L, $L)",
                name(key.name()), names(key.columns()), name(key.referencedTable()), names(key.referencedColumns()));
        if (key.onDelete() != ReferentialAction.NO_ACTION) {
            code.add(".onDelete($T.$L)", REFERENTIAL_ACTION, key.onDelete().name());
        }
        if (key.onUpdate() != ReferentialAction.NO_ACTION) {
            code.add(".onUpdate($T.$L)", REFERENTIAL_ACTION, key.onUpdate().name());
        }
        return code.build();
    }

    private static CodeBlock sequence(Sequence sequence) {
        CodeBlock.Builder code = CodeBlock.builder().add("sequence($L)", name(sequence.name()));
        if (sequence.start() != 1) {
            code.add(".startWith($L)", number(sequence.start()));
        }
        if (sequence.increment() != 1) {
            code.add(".incrementBy($L)", number(sequence.increment()));
        }
        if (sequence.cache() != null) {
            code.add(".cache($L)", number(sequence.cache()));
        }
        return code.build();
    }
}
