package org.oncograph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * OncoGraph: a GraphQL knowledge-graph service over oncology institutions and their
 * collaborations.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OncoGraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(OncoGraphApplication.class, args);
	}

}
