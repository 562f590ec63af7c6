package dev.retort.scan;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts Retort understands of a {@code @Column(columnDefinition = "...")}: the sizes written
 * after the type name and a {@code default} clause. Hibernate puts the whole text into its DDL
 * but keeps neither part in its model (it reports the field's default size and no default).
 */
record ColumnDefinition(Long length, Integer precision, Integer scale, String defaultValue) {

    private static final Pattern SIZES = Pattern.compile("^[a-z][a-z0-9 ]*?\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFAULT = Pattern.compile("\\bdefault\\s+(.+?)(?:\\s+(?:not\\s+null|null|check|unique|primary|references|comment)\\b.*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    static ColumnDefinition parse(String definition) {
        String text = definition.strip();
        Long length = null;
        Integer precision = null;
        Integer scale = null;
        Matcher sizes = SIZES.matcher(text);
        if (sizes.find()) {
            length = Long.parseLong(sizes.group(1));
            precision = Integer.parseInt(sizes.group(1));
            scale = sizes.group(2) == null ? null : Integer.parseInt(sizes.group(2));
        }
        Matcher defaultClause = DEFAULT.matcher(withoutQuotedText(text));
        String defaultValue = null;
        if (defaultClause.find()) {
            defaultValue = text.substring(defaultClause.start(1), defaultClause.end(1)).strip();
        }
        return new ColumnDefinition(length, precision, scale, defaultValue);
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
