package org.quanze;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Quanze server: the store, the SPARQL endpoint and the pages, in one Spring Boot application. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QuanzeApplication {
}
