package dev.retort.appmodel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** An entity compiled with the tests, as an application's are compiled with it: on the class path Retort runs in. */
@Entity
public class Book {
    @Id
    @GeneratedValue
    Long id;

    @Column(length = 200, nullable = false)
    String title;
}
