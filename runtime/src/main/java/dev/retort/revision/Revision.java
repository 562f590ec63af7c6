package dev.retort.revision;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Identifies a revision class: its id, the ids it follows ({@code parents}: empty for the first
 * revision, two or more for a merge), its message and when it was created (ISO-8601).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    String id();

    String[] parents() default {};

    String message() default "";

    String created() default "";
}
