package dev.retort.autogen;

import dev.retort.model.Name;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** {@code tables.include} / {@code tables.exclude}: glob patterns ({@code *}, {@code ?}) on table names, case-insensitive. */
final class TableFilter implements Predicate<Name> {

    private final List<Pattern> include;
    private final List<Pattern> exclude;

    TableFilter(List<String> include, List<String> exclude) {
        this.include = include.stream().map(TableFilter::glob).toList();
        this.exclude = exclude.stream().map(TableFilter::glob).toList();
    }

    @Override
    public boolean test(Name table) {
        String name = table.text();
        return (include.isEmpty() || include.stream().anyMatch(pattern -> pattern.matcher(name).matches()))
                && exclude.stream().noneMatch(pattern -> pattern.matcher(name).matches());
    }

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            regex.append(switch (c) {
                case '*' -> ".*";
                case '?' -> ".";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
    }
}
