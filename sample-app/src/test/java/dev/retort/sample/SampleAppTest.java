package dev.retort.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The packaged app migrates itself from the compiled revisions of the migrations module (no
 * source folder), and Hibernate's own schema validation then accepts the result.
 */
class SampleAppTest {

    @Test
    void migratesItselfAtStartUpAndHibernateValidatesTheSchema() throws Exception {
        String url = "jdbc:h2:mem:sample_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";

        SampleApp.main(new String[] {url});
        SampleApp.main(new String[] {url});

        assertThat(query(url, "select lower(table_name) from information_schema.tables where table_schema = 'PUBLIC' order by 1"))
                .containsExactly("department", "employee", "employee_project", "project", "retort_history", "retort_lock", "retort_version", "salary");
        assertThat(query(url, "select count(*) from employee")).containsExactly("2");
        assertThat(query(url, "select count(*) from retort_history")).as("the second start applies nothing").containsExactly("1");
    }

    private static List<String> query(String url, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
