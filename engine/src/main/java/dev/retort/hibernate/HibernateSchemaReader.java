package dev.retort.hibernate;

import dev.retort.RetortException;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ColumnType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.Name;
import dev.retort.model.PrimaryKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Schema;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.scan.DeclaredTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.BasicValue;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.SimpleValue;
import org.hibernate.type.BasicPluralType;
import org.hibernate.type.BasicType;
import org.hibernate.type.SqlTypes;

/**
 * The only class that reads Hibernate's relational mapping ({@code org.hibernate.mapping}, which
 * has no stability promise between major versions): it walks a booted {@link Metadata} into
 * Retort's model.
 */
final class HibernateSchemaReader {

    private static final Pattern GENERATED_NAME = Pattern.compile("(IDX|UK|FK)[0-9a-z]{20,30}");

    private final Metadata metadata;
    private final Dialect dialect;
    private final Map<String, ColumnType> declaredTypes = new HashMap<>();
    private final DeclaredTypes declaredTypeSource;

    HibernateSchemaReader(Metadata metadata, DeclaredTypes declaredTypes) {
        this.metadata = metadata;
        this.declaredTypeSource = declaredTypes;
        this.dialect = metadata.getDatabase().getDialect();
        // Schema creation orders columns (and primary key columns) by Hibernate's column ordering
        // strategy; a plain metadata build does not, so do it here to describe what Hibernate creates.
        ((MetadataImplementor) metadata).orderColumns(true);
    }

    Schema read() {
        refuseConflictingColumns();
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (table.isPhysicalTable() && !table.isView()) {
                    tables.add(table(table));
                }
            }
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                sequences.add(new Sequence(name(sequence.getName().getSequenceName()), sequence.getInitialValue(),
                        sequence.getIncrementSize()));
            }
        }
        tables.sort(Comparator.comparing(Table::name));
        sequences.sort(Comparator.comparing(Sequence::name));
        return new Schema(tables, sequences);
    }

    /**
     * JPA lets several entities map one table (a read-only summary, a field-access and a
     * property-access view); Hibernate merges their columns into one table, keeping the first
     * definition of each. Two definitions of one column with different types cannot both hold, and
     * which one Hibernate keeps depends on the order it meets the entities: refused, naming both.
     */
    private void refuseConflictingColumns() {
        record Mapping(String entity, org.hibernate.mapping.Table table, org.hibernate.mapping.Column column, org.hibernate.mapping.Column kept) {}
        List<Mapping> mappings = new ArrayList<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            for (Property property : properties(entity)) {
                if (property.getValue() instanceof SimpleValue value && value.getTable() != null) { // not collections: their tables are their own
                    for (org.hibernate.mapping.Column column : value.getColumns()) {
                        org.hibernate.mapping.Column kept = value.getTable().getColumn(column);
                        if (kept != null) {
                            mappings.add(new Mapping(entity.getRootClass().getEntityName(), value.getTable(), column, kept));
                        }
                    }
                }
            }
        }
        Map<org.hibernate.mapping.Column, String> definers = new IdentityHashMap<>(); // the table's column -> the hierarchy whose it is
        mappings.stream().filter(mapping -> mapping.column() == mapping.kept()).forEach(mapping -> definers.put(mapping.kept(), mapping.entity()));
        for (Mapping mapping : mappings) {
            String definer = definers.get(mapping.kept());
            if (definer != null && !definer.equals(mapping.entity())
                    && !mapping.column().getSqlType(metadata).equalsIgnoreCase(mapping.kept().getSqlType(metadata))) {
                throw RetortException.badInput("entities " + definer + " and " + mapping.entity() + " both map column "
                        + mapping.table().getName() + "." + mapping.kept().getName() + ", as " + mapping.kept().getSqlType(metadata)
                        + " and " + mapping.column().getSqlType(metadata) + ": one column has one type, so make them agree");
            }
        }
    }

    /** An entity's identifier and the properties it declares (not its subclasses'). */
    private static List<Property> properties(PersistentClass entity) {
        List<Property> properties = new ArrayList<>();
        if (entity.getIdentifierProperty() != null) {
            properties.add(entity.getIdentifierProperty());
        }
        properties.addAll(entity.getProperties());
        return properties;
    }

    private Table table(org.hibernate.mapping.Table table) {
        List<Column> columns = table.getColumns().stream().map(this::column).toList();
        return new Table(
                new Name(table.getName(), table.isQuoted()),
                columns,
                primaryKey(table),
                table.getIndexes().values().stream().map(this::index).toList(),
                uniques(table),
                foreignKeys(table),
                checks(table, columns),
                table.getComment());
    }

    private Column column(org.hibernate.mapping.Column column) {
        // the explicit columnDefinition, read before Hibernate resolves (and caches) the column's type
        ColumnDefinition definition = column.getSqlType() == null ? null : ColumnDefinition.parse(column.getSqlType());
        return new Column(
                new Name(column.getName(), column.isQuoted()),
                type(column, definition),
                column.isNullable() && (definition == null || !definition.notNull()),
                definition != null && definition.defaultValue() != null ? definition.defaultValue() : column.getDefaultValue(),
                column.isIdentity(),
                column.getComment());
    }

    private ColumnType type(org.hibernate.mapping.Column column, ColumnDefinition definition) {
        int code = column.getSqlTypeCode(metadata);
        if (code == SqlTypes.ENUM) {
            return ColumnType.enumFromSql(column.getSqlType(metadata));
        }
        if (definition != null && definition.type() != null) {
            try {
                return declaredTypes.computeIfAbsent(definition.type(), declaredTypeSource::typeOf);
            } catch (RetortException e) {
                throw RetortException.badInput("column " + column.getName() + ": " + e.getMessage());
            }
        }
        Size size = column.getColumnSize(dialect, metadata);
        if (definition != null && definition.length() != null) {
            return ColumnType.sized(code, definition.length(), definition.precision(), definition.scale());
        }
        ColumnType array = array(column, size);
        if (array != null) {
            return array;
        }
        Class<?> enumType = checkedEnum(column, code);
        if (enumType != null) {
            ColumnType type = ColumnType.enumOf(Arrays.stream(enumType.getEnumConstants()).map(value -> ((Enum<?>) value).name())
                    .toArray(String[]::new));
            return size.getLength() == null ? type : type.length(size.getLength());
        }
        // a large object's length counts only where the entity states one: Hibernate's default differs per database
        Long length = ColumnType.isLob(code) ? column.getLength() : size.getLength();
        return ColumnType.sized(code, length, size.getPrecision(), size.getScale());
    }

    /**
     * An array ({@code Integer[]}, {@code @JdbcTypeCode(ARRAY) List<String>}) as an array of its
     * element type, sized as Hibernate sizes the element, whatever this database stores arrays as
     * (MySQL-family databases a JSON array): the neutral type a revision carries to every database.
     */
    private ColumnType array(org.hibernate.mapping.Column column, Size size) {
        if (!(column.getValue() instanceof BasicValue value) || !(value.resolve().getJdbcMapping() instanceof BasicPluralType<?, ?> plural)) {
            return null;
        }
        BasicType<?> element = plural.getElementType();
        Size elementSize = dialect.getSizeStrategy().resolveSize(element.getJdbcMapping().getJdbcType(), element.getJavaTypeDescriptor(), size);
        ColumnType array = ColumnType.arrayOf(ColumnType.sized(element.getJdbcType().getDdlTypeCode(), elementSize.getLength(),
                elementSize.getPrecision(), elementSize.getScale()));
        return size.getArrayLength() == null ? array : array.length(size.getArrayLength());
    }

    /**
     * Where the database has no native enum, Hibernate stores a Java enum by name as a string
     * with a check of its values; the model states it as the enum it is, so revisions stay neutral.
     */
    private static Class<?> checkedEnum(org.hibernate.mapping.Column column, int code) {
        boolean character = code == SqlTypes.VARCHAR || code == SqlTypes.CHAR || code == SqlTypes.NVARCHAR || code == SqlTypes.NCHAR;
        if (!character || !column.hasCheckConstraint() || !(column.getValue() instanceof BasicValue value)) {
            return null;
        }
        Class<?> type = value.getType().getReturnedClass();
        return type.isEnum() && value.getJpaAttributeConverterDescriptor() == null ? type : null;
    }

    /**
     * Table checks ({@code @Check}, {@code @Table(check)}) and column checks ({@code @Column(check)},
     * and those Hibernate adds for ordinal enums and discriminators), except the value list of an
     * enum, which belongs to the enum type. An unnamed check gets a stable name so a downgrade can
     * drop what the upgrade added.
     */
    private static List<CheckConstraint> checks(org.hibernate.mapping.Table table, List<Column> columns) {
        List<org.hibernate.mapping.CheckConstraint> declared = new ArrayList<>(table.getChecks());
        List<org.hibernate.mapping.Column> mapped = List.copyOf(table.getColumns());
        for (int i = 0; i < mapped.size(); i++) {
            if (!columns.get(i).type().isEnum()) {
                declared.addAll(columnChecks(mapped.get(i)));
            }
        }
        return declared.stream()
                .map(check -> new CheckConstraint(
                        check.getName() != null ? Name.of(check.getName()) : ConstraintNames.check(table.getName(), check.getConstraint()),
                        check.getConstraint(),
                        check.getName() != null))
                .toList();
    }

    /**
     * A column's named checks, and its unnamed ones as Hibernate's DDL states them: one check joining
     * them with {@code and} (Bean Validation's {@code @Min} and {@code @Max} are two).
     */
    private static List<org.hibernate.mapping.CheckConstraint> columnChecks(org.hibernate.mapping.Column column) {
        List<org.hibernate.mapping.CheckConstraint> checks = new ArrayList<>();
        List<String> anonymous = new ArrayList<>();
        for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
            if (check.isAnonymous()) {
                anonymous.add(check.getConstraint());
            } else {
                checks.add(check);
            }
        }
        if (anonymous.size() == 1) {
            checks.add(new org.hibernate.mapping.CheckConstraint(anonymous.get(0)));
        } else if (anonymous.size() > 1) {
            checks.add(new org.hibernate.mapping.CheckConstraint("(" + String.join(") and (", anonymous) + ")"));
        }
        return checks;
    }

    private static PrimaryKey primaryKey(org.hibernate.mapping.Table table) {
        return table.hasPrimaryKey() ? new PrimaryKey(null, names(table.getPrimaryKey().getColumns())) : null;
    }

    private Index index(org.hibernate.mapping.Index index) {
        List<Boolean> descending = index.getSelectables().stream()
                .map(column -> "desc".equalsIgnoreCase(index.getSelectableOrderMap().get(column))).toList();
        return new Index(name(index.getName()), names(index.getColumns()), index.isUnique(), !isGenerated(index.getName()), descending);
    }

    /**
     * Hibernate names what nobody named {@code IDX}, {@code UK} or {@code FK} plus a 25-character
     * hash of the table and columns; the mapping keeps no flag for indexes and foreign keys.
     */
    private static boolean isGenerated(String name) {
        return GENERATED_NAME.matcher(name).matches();
    }

    /** Declared unique keys plus {@code @Column(unique = true)}, which Hibernate keeps on the column instead. */
    private static List<UniqueConstraint> uniques(org.hibernate.mapping.Table table) {
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (org.hibernate.mapping.UniqueKey key : table.getUniqueKeys().values()) {
            if (!table.isRedundantUniqueKey(key)) {
                uniques.add(new UniqueConstraint(name(key.getName()), names(key.getColumns()), key.isNameExplicit()));
            }
        }
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            List<Name> columns = List.of(new Name(column.getName(), column.isQuoted()));
            boolean declared = uniques.stream().anyMatch(unique -> unique.columns().equals(columns));
            if (column.isUnique() && !declared && !isPrimaryKey(table, columns)) {
                uniques.add(new UniqueConstraint(ConstraintNames.unique(table.getName(), column.getName()), columns));
            }
        }
        return uniques;
    }

    private static boolean isPrimaryKey(org.hibernate.mapping.Table table, List<Name> columns) {
        return table.hasPrimaryKey() && names(table.getPrimaryKey().getColumns()).equals(columns);
    }

    private static List<ForeignKey> foreignKeys(org.hibernate.mapping.Table table) {
        List<ForeignKey> keys = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey key : table.getForeignKeyCollection()) {
            if (!key.isCreationEnabled() || !key.isPhysicalConstraint()) {
                continue;
            }
            org.hibernate.mapping.Table referenced = key.getReferencedTable();
            List<org.hibernate.mapping.Column> referencedColumns = key.isReferenceToPrimaryKey()
                    ? referenced.getPrimaryKey().getColumns()
                    : key.getReferencedColumns();
            keys.add(new ForeignKey(
                    name(key.getName()),
                    names(key.getColumns()),
                    new Name(referenced.getName(), referenced.isQuoted()),
                    names(referencedColumns),
                    onDelete(key.getOnDeleteAction()),
                    ReferentialAction.NO_ACTION,
                    !isGenerated(key.getName())));
        }
        keys.sort(Comparator.comparing(ForeignKey::name));
        return keys;
    }

    private static ReferentialAction onDelete(OnDeleteAction action) {
        if (action == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (action) {
            case CASCADE -> ReferentialAction.CASCADE;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
            case RESTRICT -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static List<Name> names(List<org.hibernate.mapping.Column> columns) {
        return columns.stream().map(column -> new Name(column.getName(), column.isQuoted())).toList();
    }

    private static Name name(org.hibernate.boot.model.naming.Identifier identifier) {
        return new Name(identifier.getText(), identifier.isQuoted());
    }

    /** Hibernate keeps constraint and index names as plain strings; a backtick-quoted one stays quoted. */
    private static Name name(String name) {
        return Name.of(name);
    }
}
