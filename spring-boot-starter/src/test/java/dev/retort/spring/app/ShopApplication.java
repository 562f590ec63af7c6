package dev.retort.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot application with JPA and the starter, as a team's would be. */
@SpringBootApplication
public class ShopApplication {
}
