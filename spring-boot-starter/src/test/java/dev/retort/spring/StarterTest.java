package dev.retort.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.Retort;
import dev.retort.autogen.RetortAssertions;
import dev.retort.spring.app.Customer;
import dev.retort.spring.app.ShopApplication;
import dev.retort.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Spring Boot application with JPA and the starter, started as a team starts it: the first start
 * applies the revisions before Hibernate, set to {@code validate}, checks the schema; the second
 * finds nothing to apply; with {@code retort.enabled=false} nothing runs.
 */
@ExtendWith(OutputCaptureExtension.class)
class StarterTest {

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = {"H2", "POSTGRESQL"})
    void theApplicationMigratesItselfBeforeJpaStarts(TestDatabase kind, CapturedOutput log) throws Exception {
        try (TestDatabase.Fresh database = kind.create()) {
            try (ConfigurableApplicationContext first = start(database, Map.of())) {
                assertThat(rows(database, "select revision from retort_history")).containsExactly("1c1c1c1c1c1c");
                assertThat(log.getOut()).contains("dev.retort", "Running upgrade base -> 1c1c1c1c1c1c, customers",
                        "Retort: applied 1 revision(s); the database is at 1c1c1c1c1c1c");
                EntityManager entities = first.getBean(EntityManagerFactory.class).createEntityManager();
                entities.getTransaction().begin();
                entities.persist(new Customer("Ada Lovelace"));
                entities.getTransaction().commit();
                entities.close();
            }
            try (ConfigurableApplicationContext second = start(database, Map.of())) {
                assertThat(rows(database, "select revision from retort_history")).as("nothing applied the second time")
                        .containsExactly("1c1c1c1c1c1c");
                assertThat(rows(database, "select full_name from customer")).containsExactly("Ada Lovelace");
                // the application's entities, named as Spring Boot's Hibernate names them (full_name), match its revisions
                RetortAssertions.assertEntitiesMatchMigrations(second.getBean(Retort.class));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "H2")
    void retortEnabledFalseLeavesTheDatabaseAlone(TestDatabase kind) throws Exception {
        try (TestDatabase.Fresh database = kind.create();
                ConfigurableApplicationContext context = start(database, Map.of("retort.enabled", "false",
                        "spring.jpa.hibernate.ddl-auto", "none"))) {
            assertThat(context.containsBean("retortMigrationInitializer")).isFalse();
            assertThat(context.getBean(Retort.class).current().heads()).as("the Retort bean stays, for the application's tests").isEmpty();
            assertThat(tables(database)).doesNotContain("customer", "retort_history");
        }
    }

    private static ConfigurableApplicationContext start(TestDatabase.Fresh database, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.datasource.url", database.url(),
                "spring.datasource.username", database.user(),
                "spring.datasource.password", database.password() == null ? "" : database.password(),
                "spring.jpa.hibernate.ddl-auto", "validate"));
        properties.putAll(extra);
        return new SpringApplicationBuilder(ShopApplication.class).web(WebApplicationType.NONE).properties(properties).run();
    }

    private static List<String> rows(TestDatabase.Fresh database, String sql) throws SQLException {
        try (Connection connection = database.connect(); ResultSet result = connection.createStatement().executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(result.getString(1));
            }
            return rows;
        }
    }

    private static List<String> tables(TestDatabase.Fresh database) throws SQLException {
        try (Connection connection = database.connect();
                ResultSet result = connection.getMetaData().getTables(null, database.schema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
            List<String> tables = new ArrayList<>();
            while (result.next()) {
                tables.add(result.getString("TABLE_NAME").toLowerCase());
            }
            return tables;
        }
    }
}
