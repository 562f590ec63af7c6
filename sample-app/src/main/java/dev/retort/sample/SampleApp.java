package dev.retort.sample;

import dev.retort.Retort;
import dev.retort.runner.Runner;
import dev.retort.sample.model.Department;
import dev.retort.sample.model.Employee;
import dev.retort.sample.model.Project;
import dev.retort.sample.model.Salary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The tutorial's application. At start-up it migrates its own database to head through Retort's
 * API (revisions compiled into the {@code migrations} module), then lets Hibernate validate that
 * the schema is exactly what the entities expect, and stores and reads a few rows.
 *
 * <p>Usage: {@code java -jar sample-app/target/sample-app.jar [JDBC_URL]}; the default is the H2
 * file database that {@code sample-app/retort.properties} points at.
 */
public final class SampleApp {

    /** Held so java.util.logging does not collect it and forget the level. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private SampleApp() {}

    public static void main(String[] args) throws URISyntaxException {
        HIBERNATE_LOG.setLevel(Level.SEVERE);
        String url = args.length > 0 ? args[0] : "jdbc:h2:file:" + targetFolder().resolve("sample-db");

        Runner.Result migrated = Retort.configure()
                .url(url)
                .user("sa")
                .migrationsPackage("dev.retort.sample.migrations")
                .classLoader(SampleApp.class.getClassLoader())
                .load()
                .upgrade("head");
        System.out.println("Migrated " + migrated.revisions().size() + " revision(s); database at "
                + (migrated.after().isEmpty() ? "base" : String.join(", ", migrated.after())));

        try (EntityManagerFactory factory = new PersistenceConfiguration("sample")
                .managedClass(Department.class)
                .managedClass(Employee.class)
                .managedClass(Project.class)
                .managedClass(Salary.class)
                .property(PersistenceConfiguration.JDBC_URL, url)
                .property(PersistenceConfiguration.JDBC_USER, "sa")
                .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                .property("hibernate.hbm2ddl.auto", "validate")
                .createEntityManagerFactory()) {
            EntityManager entityManager = factory.createEntityManager();
            entityManager.getTransaction().begin();
            Department engineering = new Department("Engineering " + System.nanoTime());
            entityManager.persist(engineering);
            Employee ada = new Employee("Ada", "Lovelace", "ada" + System.nanoTime() + "@example.com", engineering);
            Project engine = new Project("Analytical Engine");
            entityManager.persist(engine);
            ada.getProjects().add(engine);
            entityManager.persist(ada);
            entityManager.persist(new Salary(ada, new BigDecimal("5000.00"), LocalDate.now()));
            entityManager.getTransaction().commit();
            long employees = entityManager.createQuery("select count(e) from Employee e", Long.class).getSingleResult();
            System.out.println("Schema validated by Hibernate; employees stored so far: " + employees);
            entityManager.close();
        }
    }

    /** The folder holding this jar (or class folder): {@code sample-app/target}. */
    private static Path targetFolder() throws URISyntaxException {
        return Path.of(SampleApp.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }
}
