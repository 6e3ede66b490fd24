package com.nyfacialparalysis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The patient-information site and consultation desk of New York Facial Paralysis.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NyfpApplication {

	public static void main(String[] args) {
		SpringApplication.run(NyfpApplication.class, args);
	}

}
