package dev.retort.hibernate;

import dev.retort.RetortException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts Retort understands of a {@code @Column(columnDefinition = "...")}: the type as written
 * ({@code timestamp(3) with time zone}, up to the first clause), the sizes written after the type
 * name, a {@code default} clause and {@code not null}. Hibernate puts the whole text into its DDL
 * but keeps no part in its model (it reports the field's type, its default size, no default and
 * the field's nullability).
 */
record ColumnDefinition(String type, Long length, Integer precision, Integer scale, String defaultValue, boolean notNull) {

    private static final Pattern NOT_NULL = Pattern.compile("\\bnot\\s+null\\b");

    /** Type words, maybe sizes, maybe more type words, up to the end or the first column clause. */
    private static final Pattern TYPE = Pattern.compile("^([a-z][a-z0-9_ ]*?(?:\\s*\\([^)]*\\))??(?:\\s+[a-z][a-z0-9_ ]*?)??)\\s*"
            + "(?=$|(?:default|not|null|check|unique|primary|references|comment|generated|collate|constraint|auto_increment)\\b)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SIZES = Pattern.compile("^[a-z][a-z0-9 ]*?\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFAULT = Pattern.compile("\\bdefault\\s+(.+?)(?:\\s+(?:not\\s+null|null|check|unique|primary|references|comment)\\b.*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    static ColumnDefinition parse(String definition) {
        String text = definition.strip();
        Matcher type = TYPE.matcher(text);
        Long length = null;
        Integer precision = null;
        Integer scale = null;
        Matcher sizes = SIZES.matcher(text);
        if (sizes.find()) {
            try {
                length = Long.parseLong(sizes.group(1));
                precision = Integer.parseInt(sizes.group(1));
                scale = sizes.group(2) == null ? null : Integer.parseInt(sizes.group(2));
            } catch (NumberFormatException e) {
                throw RetortException.badInput("columnDefinition '" + text + "' has a size no database takes");
            }
        }
        String clauses = withoutQuotedText(text);
        Matcher defaultClause = DEFAULT.matcher(clauses);
        String defaultValue = null;
        if (defaultClause.find()) {
            defaultValue = text.substring(defaultClause.start(1), defaultClause.end(1)).strip();
        }
        return new ColumnDefinition(type.find() ? type.group(1).strip() : null, length, precision, scale, defaultValue,
                NOT_NULL.matcher(clauses).find());
    }

    /** The text with quoted literals blanked (same length), so keywords inside them are not read as clauses. */
    private static String withoutQuotedText(String text) {
        StringBuilder blanked = new StringBuilder(text);
        boolean quoted = false;
        for (int i = 0; i < blanked.length(); i++) {
            char c = blanked.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (quoted) {
                blanked.setCharAt(i, 'x');
            }
        }
        return blanked.toString().toLowerCase(Locale.ROOT);
    }
}
