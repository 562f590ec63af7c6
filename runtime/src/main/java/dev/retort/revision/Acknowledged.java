package dev.retort.revision;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A lint finding of this revision reviewed and accepted, with the reason
 * ({@code @Acknowledged(value = "RT102", reason = "no release reads gender since 2.3")}): it is
 * still reported, and no longer fails {@code retort lint --strict}. Codes are in docs/lint.md.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Acknowledged.List.class)
public @interface Acknowledged {

    /** The finding's code, such as {@code RT102}. */
    String value();

    String reason();

    /** Several acknowledgements on one revision. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        Acknowledged[] value();
    }
}
