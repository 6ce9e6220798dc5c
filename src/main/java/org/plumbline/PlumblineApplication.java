package org.plumbline;

import org.plumbline.importer.EventFileCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PlumblineApplication {

	public static void main(String[] args) {
		if (EventFileCommand.handles(args)) {
			System.exit(new EventFileCommand(PlumblineApplication.class, System.out, System.err).run(args));
		}
		SpringApplication.run(PlumblineApplication.class, args);
	}

}
