package dev.retort.dialect;

import dev.retort.model.ColumnType;
import dev.retort.model.Index;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * H2 2.x, the embedded default. Folds unquoted names to upper case, commits each DDL statement,
 * has native enums, and names the indexes it makes for keys {@code PRIMARY_KEY_n} and
 * {@code <constraint>_INDEX_n}.
 */
public final class H2Dialect extends Dialect {

    private static final Pattern CONSTRAINT_INDEX = Pattern.compile("(.+)_INDEX_[0-9A-F]+");
    private static final Pattern FILE_URL = Pattern.compile("jdbc:h2:(file:)?(?!mem:|tcp:|ssl:|zip:)([^;]+)(.*)");

    H2Dialect(String version) {
        super(DatabaseKind.H2, version, new org.hibernate.dialect.H2Dialect(Versions.parse(version)));
    }

    @Override
    protected String fold(String identifier) {
        return identifier.toUpperCase(Locale.ROOT);
    }

    @Override
    public ColumnType columnType(CatalogColumn column) {
        String typeName = column.typeName().toUpperCase(Locale.ROOT);
        if (typeName.equals("UUID")) {
            return ColumnType.uuid(); // H2 reports UUID as BINARY(16)
        }
        if (typeName.startsWith("ENUM")) {
            return ColumnType.enumFromSql(column.typeName());
        }
        return super.columnType(column);
    }

    /** H2's default rule is RESTRICT, which behaves as NO ACTION does. */
    @Override
    protected boolean restrictIsNoAction() {
        return true;
    }

    @Override
    public boolean isImplicitIndex(String indexName, Index index, TableKeys keys) {
        if (indexName.startsWith("PRIMARY_KEY_")) {
            return true;
        }
        Matcher matcher = CONSTRAINT_INDEX.matcher(indexName);
        if (!matcher.matches()) {
            return false;
        }
        String constraint = matcher.group(1);
        return keys.uniques().stream().anyMatch(unique -> key(unique.name()).equals(constraint))
                || keys.foreignKeys().stream().anyMatch(foreignKey -> key(foreignKey.name()).equals(constraint));
    }

    /** {@code jdbc:h2:target/db} (or {@code file:}) relative to the config folder; H2 itself refuses relative paths. */
    static String resolveUrl(String url, Path base) {
        Matcher matcher = FILE_URL.matcher(url);
        if (!matcher.matches()) {
            return url;
        }
        String path = matcher.group(2);
        if (path.startsWith("~") || Path.of(path).isAbsolute()) {
            return url;
        }
        return "jdbc:h2:file:" + base.resolve(path).toAbsolutePath().normalize() + matcher.group(3);
    }
}
