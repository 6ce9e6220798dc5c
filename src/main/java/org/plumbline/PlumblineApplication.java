package org.plumbline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PlumblineApplication {

	public static void main(String[] args) {
		SpringApplication.run(PlumblineApplication.class, args);
	}

}
