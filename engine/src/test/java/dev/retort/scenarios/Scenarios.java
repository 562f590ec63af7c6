package dev.retort.scenarios;

import static dev.retort.scenarios.Scenario.entity;
import static dev.retort.scenarios.Scenario.scenario;
import static dev.retort.scenarios.Scenario.source;

import java.util.List;

/**
 * The scenario catalogue of docs/scenarios.md, grouped by object kind. Each runs on H2,
 * PostgreSQL and MariaDB ({@link ScenarioTest}).
 */
final class Scenarios {

    private Scenarios() {}

    private static final String ID = "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;";

    private static String book(String... members) {
        return entity("@Table(name = \"book\")", "Book", concat(ID, members));
    }

    private static String bookTable(String tableAnnotation, String... members) {
        return entity(tableAnnotation, "Book", concat(ID, members));
    }

    private static String author(String... members) {
        return entity("@Table(name = \"author\")", "Author", concat(ID, members));
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    static List<Scenario> all() {
        return List.of(
                // ---- tables --------------------------------------------------------------------------
                scenario("tables", "a new entity creates its table")
                        .both("Book", book("String title;"))
                        .after("Author", author("String name;"))
                        .expect("create table author"),
                scenario("tables", "a removed entity drops its table")
                        .both("Book", book("String title;"))
                        .before("Author", author("String name;"))
                        .expect("drop table author"),
                scenario("tables", "a new entity referencing an old one gets its foreign key after the table")
                        .both("Author", author("String name;"))
                        .after("Book", book("@ManyToOne @JoinColumn(name = \"author_id\") Author author;"))
                        .expect("create table book", "add foreign key book(author_id) -> author"),
                scenario("tables", "a removed entity loses its foreign key before its table")
                        .both("Author", author("String name;"))
                        .before("Book", book("@ManyToOne @JoinColumn(name = \"author_id\") Author author;"))
                        .expect("drop foreign key book(author_id) -> author", "drop table book"),

                // ---- columns -------------------------------------------------------------------------
                scenario("columns", "a new field adds a nullable column")
                        .before("Book", book("String title;"))
                        .after("Book", book("String title;", "String subtitle;"))
                        .expect("add column book.subtitle"),
                scenario("columns", "a removed field drops its column")
                        .before("Book", book("String title;", "String subtitle;"))
                        .after("Book", book("String title;"))
                        .expect("drop column book.subtitle"),
                scenario("columns", "a new primitive field adds a NOT NULL column")
                        .before("Book", book("String title;"))
                        .after("Book", book("String title;", "int pages;"))
                        .expect("add column book.pages"),
                scenario("columns", "nullable = false makes a column NOT NULL")
                        .before("Book", book("String title;"))
                        .after("Book", book("@Column(nullable = false) String title;"))
                        .expect("alter column book.title: nullability"),
                scenario("columns", "dropping nullable = false makes a column nullable")
                        .before("Book", book("@Column(nullable = false) String title;"))
                        .after("Book", book("String title;"))
                        .expect("alter column book.title: nullability"),
                scenario("columns", "NOT NULL written in columnDefinition")
                        .before("Book", book("@Column(columnDefinition = \"varchar(20)\") String state;"))
                        .after("Book", book("@Column(columnDefinition = \"varchar(20) not null\") String state;"))
                        .expect("alter column book.state: nullability"),

                // ---- types ---------------------------------------------------------------------------
                scenario("types", "a longer varchar")
                        .before("Book", book("@Column(length = 20) String isbn;"))
                        .after("Book", book("@Column(length = 40) String isbn;"))
                        .expect("alter column book.isbn: type"),
                scenario("types", "a shorter varchar")
                        .before("Book", book("@Column(length = 40) String isbn;"))
                        .after("Book", book("@Column(length = 20) String isbn;"))
                        .expect("alter column book.isbn: type"),
                scenario("types", "int to long")
                        .before("Book", book("Integer pages;"))
                        .after("Book", book("Long pages;"))
                        .expect("alter column book.pages: type"),
                scenario("types", "decimal precision and scale")
                        .before("Book", book("@Column(precision = 10, scale = 2) BigDecimal price;"))
                        .after("Book", book("@Column(precision = 12, scale = 4) BigDecimal price;"))
                        .expect("alter column book.price: type"),
                scenario("types", "a date becomes a timestamp")
                        .before("Book", book("LocalDate published;"))
                        .after("Book", book("LocalDateTime published;"))
                        .expect("alter column book.published: type"),
                scenario("types", "float to double")
                        .before("Book", book("Float rating;"))
                        .after("Book", book("Double rating;"))
                        .expect("alter column book.rating: type"),
                scenario("types", "a string becomes a number")
                        .before("Book", book("@Column(length = 20) String isbn;"))
                        .after("Book", book("Long isbn;"))
                        .expect("alter column book.isbn: type"),
                scenario("types", "a string with a default becomes a number with one")
                        .before("Book", book("@org.hibernate.annotations.ColumnDefault(\"'0'\") String stock;"))
                        .after("Book", book("@org.hibernate.annotations.ColumnDefault(\"0\") Integer stock;"))
                        .expect("alter column book.stock: type,default"),
                scenario("types", "a columnDefinition type the Java type does not say (text)")
                        .before("Book", book("String body;"))
                        .after("Book", book("@Column(columnDefinition = \"text\") String body;"))
                        .expect("alter column book.body: type"),

                // ---- defaults ------------------------------------------------------------------------
                scenario("defaults", "a new default")
                        .before("Book", book("Integer stock;"))
                        .after("Book", book("@org.hibernate.annotations.ColumnDefault(\"0\") Integer stock;"))
                        .expect("alter column book.stock: default"),
                scenario("defaults", "a changed default")
                        .before("Book", book("@org.hibernate.annotations.ColumnDefault(\"0\") Integer stock;"))
                        .after("Book", book("@org.hibernate.annotations.ColumnDefault(\"5\") Integer stock;"))
                        .expect("alter column book.stock: default"),
                scenario("defaults", "a removed default")
                        .before("Book", book("@org.hibernate.annotations.ColumnDefault(\"'draft'\") String state;"))
                        .after("Book", book("String state;"))
                        .expect("alter column book.state: default"),

                scenario("defaults", "a default written in columnDefinition")
                        .before("Book", book("@Column(columnDefinition = \"varchar(20)\") String state;"))
                        .after("Book", book("@Column(columnDefinition = \"varchar(20) default 'new'\") String state;"))
                        .expect("alter column book.state: default"),

                // ---- identity ------------------------------------------------------------------------
                scenario("identity", "an assigned id becomes an identity")
                        .before("Book", entity("@Table(name = \"book\")", "Book", "@Id Long id;", "String title;"))
                        .after("Book", book("String title;"))
                        .expect("alter column book.id: identity"),
                scenario("identity", "an identity becomes an assigned id")
                        .before("Book", book("String title;"))
                        .after("Book", entity("@Table(name = \"book\")", "Book", "@Id Long id;", "String title;"))
                        .expect("alter column book.id: identity"),
                scenario("identity", "an identity id narrows from Long to Integer, staying an identity")
                        .before("Book", book("String title;"))
                        .after("Book", entity("@Table(name = \"book\")", "Book",
                                "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;", "String title;"))
                        .expect("alter column book.id: type"),

                // ---- primary keys --------------------------------------------------------------------
                scenario("primary keys", "a composite key gains a column")
                        .before("Edition", entity("@Table(name = \"edition\") @IdClass(EditionKey.class)", "Edition",
                                "@Id Long book;", "@Id int number;", "@Column(nullable = false) String language;"))
                        .before("EditionKey", source("public class EditionKey implements Serializable { Long book; int number;"
                                + " public boolean equals(Object o) { return o instanceof EditionKey k && Objects.equals(book, k.book) && number == k.number; }"
                                + " public int hashCode() { return Objects.hash(book, number); } }"))
                        .after("Edition", entity("@Table(name = \"edition\") @IdClass(EditionKey.class)", "Edition",
                                "@Id Long book;", "@Id int number;", "@Id String language;"))
                        .after("EditionKey", source("public class EditionKey implements Serializable { Long book; int number; String language;"
                                + " public boolean equals(Object o) { return o instanceof EditionKey k && Objects.equals(book, k.book) && number == k.number && Objects.equals(language, k.language); }"
                                + " public int hashCode() { return Objects.hash(book, number, language); } }"))
                        .expect("drop primary key edition(number,book)", "add primary key edition(number,book,language)"),

                // ---- indexes -------------------------------------------------------------------------
                scenario("indexes", "a new index")
                        .before("Book", book("String title;"))
                        .after("Book", bookTable("@Table(name = \"book\", indexes = @Index(name = \"ix_book_title\", columnList = \"title\"))",
                                "String title;"))
                        .expect("create index book(title)"),
                scenario("indexes", "a removed index")
                        .before("Book", bookTable("@Table(name = \"book\", indexes = @Index(name = \"ix_book_title\", columnList = \"title\"))",
                                "String title;"))
                        .after("Book", book("String title;"))
                        .expect("drop index book(title)"),
                scenario("indexes", "an index with its columns in another order")
                        .before("Book", bookTable("@Table(name = \"book\", indexes = @Index(name = \"ix_book_lookup\", columnList = \"title, isbn\"))",
                                "String title;", "String isbn;"))
                        .after("Book", bookTable("@Table(name = \"book\", indexes = @Index(name = \"ix_book_lookup\", columnList = \"isbn, title\"))",
                                "String title;", "String isbn;"))
                        .expect("drop index book(title,isbn)", "create index book(isbn,title)"),
                scenario("indexes", "an index made unique")
                        .before("Book", bookTable("@Table(name = \"book\", indexes = @Index(name = \"ix_book_isbn\", columnList = \"isbn\"))",
                                "String isbn;"))
                        .after("Book", bookTable("@Table(name = \"book\", indexes = @Index(name = \"ux_book_isbn\", columnList = \"isbn\", unique = true))",
                                "String isbn;"))
                        .expect("drop index book(isbn)", "add unique book(isbn)"),

                scenario("indexes", "an index column turned descending")
                        .before("Book", bookTable("@Table(name = \"book\", indexes = @Index(name = \"ix_book_recent\", columnList = \"title, published\"))",
                                "String title;", "java.time.LocalDate published;"))
                        .after("Book", bookTable("@Table(name = \"book\", indexes = @Index(name = \"ix_book_recent\", columnList = \"title, published DESC\"))",
                                "String title;", "java.time.LocalDate published;"))
                        .expect("drop index book(title,published)", "create index book(title,published desc)"),
                scenario("indexes", "an index its user renames")
                        .before("Book", bookTable("@Table(name = \"book\", indexes = @Index(name = \"ix_book_title\", columnList = \"title\"))",
                                "String title;"))
                        .after("Book", bookTable("@Table(name = \"book\", indexes = @Index(name = \"ix_book_heading\", columnList = \"title\"))",
                                "String title;"))
                        .expect("drop index book(title)", "create index book(title)"),

                // ---- unique constraints --------------------------------------------------------------
                scenario("uniques", "a new named unique constraint")
                        .before("Book", book("String isbn;"))
                        .after("Book", bookTable("@Table(name = \"book\", uniqueConstraints = @UniqueConstraint(name = \"uq_book_isbn\", columnNames = \"isbn\"))",
                                "String isbn;"))
                        .expect("add unique book(isbn)"),
                scenario("uniques", "a removed unique constraint")
                        .before("Book", bookTable("@Table(name = \"book\", uniqueConstraints = @UniqueConstraint(columnNames = {\"title\", \"isbn\"}))",
                                "String title;", "String isbn;"))
                        .after("Book", book("String title;", "String isbn;"))
                        .expect("drop unique book(title,isbn)"),
                scenario("uniques", "unique = true on a column")
                        .before("Book", book("String isbn;"))
                        .after("Book", book("@Column(unique = true) String isbn;"))
                        .expect("add unique book(isbn)"),

                scenario("uniques", "a unique constraint its user renames")
                        .before("Book", bookTable("@Table(name = \"book\", uniqueConstraints = @UniqueConstraint(name = \"uq_book_isbn\", columnNames = \"isbn\"))",
                                "String isbn;"))
                        .after("Book", bookTable("@Table(name = \"book\", uniqueConstraints = @UniqueConstraint(name = \"uq_book_code\", columnNames = \"isbn\"))",
                                "String isbn;"))
                        .expect("drop unique book(isbn)", "add unique book(isbn)"),

                // ---- foreign keys --------------------------------------------------------------------
                scenario("foreign keys", "a new many-to-one")
                        .both("Author", author("String name;"))
                        .before("Book", book("String title;"))
                        .after("Book", book("String title;", "@ManyToOne @JoinColumn(name = \"author_id\") Author author;"))
                        .expect("add column book.author_id", "add foreign key book(author_id) -> author"),
                scenario("foreign keys", "a foreign key switched off with NO_CONSTRAINT")
                        .both("Author", author("String name;"))
                        .before("Book", book("@ManyToOne @JoinColumn(name = \"author_id\") Author author;"))
                        .after("Book", book("@ManyToOne @JoinColumn(name = \"author_id\", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)) Author author;"))
                        .expect("drop foreign key book(author_id) -> author"),
                scenario("foreign keys", "@OnDelete(CASCADE) added")
                        .both("Author", author("String name;"))
                        .before("Book", book("@ManyToOne @JoinColumn(name = \"author_id\") Author author;"))
                        .after("Book", book("@ManyToOne @JoinColumn(name = \"author_id\") "
                                + "@org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE) Author author;"))
                        .expect("drop foreign key book(author_id) -> author", "add foreign key book(author_id) -> author on delete cascade"),
                scenario("foreign keys", "a foreign key pointed at another table")
                        .both("Author", author("String name;"))
                        .both("Publisher", entity("@Table(name = \"publisher\")", "Publisher", ID, "String name;"))
                        .before("Book", book("@ManyToOne @JoinColumn(name = \"owner_id\") Author owner;"))
                        .after("Book", book("@ManyToOne @JoinColumn(name = \"owner_id\") Publisher owner;"))
                        .expect("drop foreign key book(owner_id) -> author", "add foreign key book(owner_id) -> publisher"),

                scenario("foreign keys", "a foreign key its user renames")
                        .both("Author", author("String name;"))
                        .before("Book", book("@ManyToOne @JoinColumn(name = \"author_id\", foreignKey = @ForeignKey(name = \"fk_book_author\")) Author author;"))
                        .after("Book", book("@ManyToOne @JoinColumn(name = \"author_id\", foreignKey = @ForeignKey(name = \"fk_book_writer\")) Author author;"))
                        .expect("drop foreign key book(author_id) -> author", "add foreign key book(author_id) -> author"),
                scenario("foreign keys", "a referenced key changes type, its foreign key dropped and added back around it")
                        .before("Author", entity("@Table(name = \"author\")", "Author", "@Id Integer id;", "String name;"))
                        .after("Author", entity("@Table(name = \"author\")", "Author", "@Id @Column(length = 20) String id;", "String name;"))
                        .both("Book", book("@ManyToOne @JoinColumn(name = \"author_id\") Author author;"))
                        .expect("drop foreign key book(author_id) -> author", "alter column author.id: type",
                                "alter column book.author_id: type", "add foreign key book(author_id) -> author"),

                // ---- checks --------------------------------------------------------------------------
                scenario("checks", "a new table check")
                        .before("Book", book("int pages;"))
                        .after("Book", bookTable("@Table(name = \"book\") @org.hibernate.annotations.Check(constraints = \"pages >= 0\")", "int pages;"))
                        .expect("add check book"),
                scenario("checks", "a removed check")
                        .before("Book", bookTable("@Table(name = \"book\", check = @CheckConstraint(name = \"ck_book_pages\", constraint = \"pages > 0\"))",
                                "int pages;"))
                        .after("Book", book("int pages;"))
                        .expect("drop check book"),
                scenario("checks", "a changed check expression")
                        .before("Book", book("@Column(check = @CheckConstraint(constraint = \"pages >= 0\")) int pages;"))
                        .after("Book", book("@Column(check = @CheckConstraint(constraint = \"pages >= 1\")) int pages;"))
                        .expect("drop check book", "add check book"),
                scenario("checks", "an ordinal enum gains a constant, so its range check widens")
                        .before("Format", source("public enum Format { PAPER, EBOOK }"))
                        .after("Format", source("public enum Format { PAPER, EBOOK, AUDIO }"))
                        .both("Book", book("@Enumerated(EnumType.ORDINAL) Format format;"))
                        .expect("drop check book", "add check book"),

                // ---- sequences -----------------------------------------------------------------------
                scenario("sequences", "a sequence generator creates its sequence")
                        .before("Book", book("String title;"))
                        .both("Author", author("String name;"))
                        .after("Book", entity("@Table(name = \"book\")", "Book",
                                "@Id @GeneratedValue(generator = \"book_ids\") @SequenceGenerator(name = \"book_ids\", sequenceName = \"book_seq\") Long id;",
                                "String title;"))
                        .expect("alter column book.id: identity", "create sequence book_seq"),
                scenario("sequences", "a changed allocation size changes the increment")
                        .before("Book", entity("@Table(name = \"book\")", "Book",
                                "@Id @GeneratedValue(generator = \"book_ids\") @SequenceGenerator(name = \"book_ids\", sequenceName = \"book_seq\", allocationSize = 50) Long id;"))
                        .after("Book", entity("@Table(name = \"book\")", "Book",
                                "@Id @GeneratedValue(generator = \"book_ids\") @SequenceGenerator(name = \"book_ids\", sequenceName = \"book_seq\", allocationSize = 20) Long id;"))
                        .expect("alter sequence book_seq: increment"),
                scenario("sequences", "a changed initial value changes the start")
                        .before("Book", entity("@Table(name = \"book\")", "Book",
                                "@Id @GeneratedValue(generator = \"book_ids\") @SequenceGenerator(name = \"book_ids\", sequenceName = \"book_seq\", initialValue = 1) Long id;"))
                        .after("Book", entity("@Table(name = \"book\")", "Book",
                                "@Id @GeneratedValue(generator = \"book_ids\") @SequenceGenerator(name = \"book_ids\", sequenceName = \"book_seq\", initialValue = 1000) Long id;"))
                        .expect("alter sequence book_seq: start"),

                // ---- comments ------------------------------------------------------------------------
                scenario("comments", "a column comment (Jakarta Persistence 3.2)")
                        .before("Book", book("String title;"))
                        .after("Book", book("@Column(comment = \"the title on the cover\") String title;"))
                        .expect("alter column book.title: comment"),
                scenario("comments", "a column comment (Hibernate's @Comment)")
                        .before("Book", book("@org.hibernate.annotations.Comment(\"old\") String title;"))
                        .after("Book", book("@org.hibernate.annotations.Comment(\"new\") String title;"))
                        .expect("alter column book.title: comment"),
                scenario("comments", "a table comment")
                        .before("Book", book("String title;"))
                        .after("Book", bookTable("@Table(name = \"book\", comment = \"what the library holds\")", "String title;"))
                        .expect("comment table book"),

                // ---- enums ---------------------------------------------------------------------------
                scenario("enums", "a string enum gains a value")
                        .before("Genre", source("public enum Genre { NOVEL, POETRY }"))
                        .after("Genre", source("public enum Genre { NOVEL, POETRY, DRAMA }"))
                        .both("Book", book("@Enumerated(EnumType.STRING) Genre genre;"))
                        .expect("alter column book.genre: type"),
                scenario("enums", "a string enum loses a value")
                        .before("Genre", source("public enum Genre { NOVEL, POETRY, DRAMA }"))
                        .after("Genre", source("public enum Genre { NOVEL, POETRY }"))
                        .both("Book", book("@Enumerated(EnumType.STRING) Genre genre;"))
                        .expect("alter column book.genre: type"),

                // ---- types each database stores its own way ------------------------------------------
                scenario("types", "an array of strings added")
                        .before("Book", book("String title;"))
                        .after("Book", book("String title;", "String[] tags;"))
                        .expect("add column book.tags"),
                scenario("types", "a JSON document added")
                        .before("Book", book("String title;"))
                        .after("Book", book("String title;",
                                "@org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON) java.util.Map<String, String> attributes;"))
                        .expect("add column book.attributes"),
                scenario("types", "a time with its zone added")
                        .before("Book", book("String title;"))
                        .after("Book", book("String title;", "java.time.OffsetTime opensAt;"))
                        .expect("add column book.opensat"),

                // ---- no false positives --------------------------------------------------------------
                scenario("no false positive", "a columnDefinition spelling the type Hibernate picks")
                        .before("Book", book("@Column(length = 40) String title;", "@Column(precision = 10, scale = 2) BigDecimal price;"))
                        .after("Book", book("@Column(columnDefinition = \"varchar(40)\") String title;",
                                "@Column(columnDefinition = \"decimal(10,2)\") BigDecimal price;"))
                        .expectNothing(),
                scenario("no false positive", "length = 255 spelled out is the default length")
                        .before("Book", book("String title;"))
                        .after("Book", book("@Column(length = 255) String title;"))
                        .expectNothing(),
                scenario("no false positive", "a wrapper type declared NOT NULL is its primitive")
                        .before("Book", book("@Column(nullable = false) Integer pages;", "@Column(nullable = false) Boolean signed;"))
                        .after("Book", book("int pages;", "boolean signed;"))
                        .expectNothing(),
                scenario("no false positive", "a foreign key that loses its explicit name")
                        .both("Author", author("String name;"))
                        .before("Book", book("@ManyToOne @JoinColumn(name = \"author_id\", foreignKey = @ForeignKey(name = \"fk_book_author\")) Author author;"))
                        .after("Book", book("@ManyToOne @JoinColumn(name = \"author_id\") Author author;"))
                        .expectNothing(),
                scenario("no false positive", "an index that loses its explicit name")
                        .before("Book", bookTable("@Table(name = \"book\", indexes = @Index(name = \"ix_book_title\", columnList = \"title\"))", "String title;"))
                        .after("Book", bookTable("@Table(name = \"book\", indexes = @Index(columnList = \"title\"))", "String title;"))
                        .expectNothing(),
                scenario("no false positive", "unique constraint columns in another order")
                        .before("Book", bookTable("@Table(name = \"book\", uniqueConstraints = @UniqueConstraint(name = \"uq_book\", columnNames = {\"title\", \"isbn\"}))",
                                "String title;", "String isbn;"))
                        .after("Book", bookTable("@Table(name = \"book\", uniqueConstraints = @UniqueConstraint(name = \"uq_book\", columnNames = {\"isbn\", \"title\"}))",
                                "String title;", "String isbn;"))
                        .expectNothing(),
                scenario("no false positive", "a string default the database stores with a cast")
                        .both("Book", book("@org.hibernate.annotations.ColumnDefault(\"'draft'\") String state;"))
                        .expectNothing(),
                scenario("no false positive", "a timestamp default the database spells its own way")
                        .both("Book", book("@org.hibernate.annotations.ColumnDefault(\"CURRENT_TIMESTAMP\") LocalDateTime created;"))
                        .expectNothing(),
                scenario("no false positive", "a decimal default the database stores as 0.00")
                        .both("Book", book("@org.hibernate.annotations.ColumnDefault(\"0\") @Column(precision = 10, scale = 2) BigDecimal price;"))
                        .expectNothing(),
                scenario("no false positive", "the index MySQL-family databases add for a foreign key")
                        .both("Author", author("String name;"))
                        .both("Book", book("@ManyToOne @JoinColumn(name = \"author_id\") Author author;", "@ManyToOne @JoinColumn(name = \"editor_id\") Author editor;"))
                        .expectNothing(),
                scenario("no false positive", "enum checks of string and ordinal enums")
                        .both("Genre", source("public enum Genre { NOVEL, POETRY }"))
                        .both("Book", book("@Enumerated(EnumType.STRING) Genre genre;", "@Enumerated(EnumType.ORDINAL) Genre backup;"))
                        .expectNothing(),
                scenario("no false positive", "a composite key's columns are NOT NULL without saying so")
                        .both("EditionKey", source("@Embeddable public class EditionKey implements Serializable { Long book; Integer number;"
                                + " public boolean equals(Object o) { return o instanceof EditionKey k && Objects.equals(book, k.book) && Objects.equals(number, k.number); }"
                                + " public int hashCode() { return Objects.hash(book, number); } }"))
                        .both("Edition", entity("@Table(name = \"edition\")", "Edition", "@EmbeddedId EditionKey key;", "String language;"))
                        .expectNothing(),
                scenario("no false positive", "a discriminator's check of its values")
                        .both("Item", entity("@Table(name = \"item\") @Inheritance(strategy = InheritanceType.SINGLE_TABLE)", "Item", ID))
                        .both("Magazine", "package model;\nimport jakarta.persistence.*;\n@Entity @DiscriminatorValue(\"M\") public class Magazine extends Item { int issue; }\n")
                        .expectNothing(),
                scenario("no false positive", "a unique index declared as a unique constraint")
                        .before("Book", bookTable("@Table(name = \"book\", indexes = @Index(name = \"ux_book_isbn\", columnList = \"isbn\", unique = true))", "String isbn;"))
                        .after("Book", book("@Column(unique = true) String isbn;"))
                        .expectNothing());
    }
}
