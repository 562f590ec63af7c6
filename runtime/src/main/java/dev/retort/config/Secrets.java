package dev.retort.config;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets of a configuration (the password, and any a JDBC URL carries: {@code //user:secret@host},
 * {@code password=secret}), and the redaction of them from any text that leaves Retort: drivers
 * echo URLs and fragments of them in their messages ("Incorrect port value : secret@127.0.0.1").
 */
public final class Secrets {

    private static final Pattern USER_INFO = Pattern.compile("//[^/@?;]*?:([^/@?;]+)@");
    private static final Pattern PARAMETER = Pattern.compile("(?i)(?:password|pwd)=([^&;?]+)");

    private final Set<String> secrets;

    private Secrets(Set<String> secrets) {
        this.secrets = secrets;
    }

    public static final Secrets NONE = new Secrets(Set.of());

    /** The password and whatever secrets the URLs carry (null ones carry none). */
    public static Secrets of(String password, String... urls) {
        Set<String> secrets = new LinkedHashSet<>();
        if (password != null && !password.isEmpty()) {
            secrets.add(password);
        }
        for (String url : urls) {
            if (url == null) {
                continue;
            }
            for (Pattern pattern : List.of(USER_INFO, PARAMETER)) {
                Matcher matcher = pattern.matcher(url);
                while (matcher.find()) {
                    secrets.add(matcher.group(1));
                }
            }
        }
        return new Secrets(Set.copyOf(secrets));
    }

    /** {@code text} with every secret replaced by {@code ***}, the longest first (one may contain another). */
    public String redact(String text) {
        if (text == null) {
            return "";
        }
        String redacted = text;
        for (String secret : secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            redacted = redacted.replace(secret, "***");
        }
        return redacted;
    }
}
