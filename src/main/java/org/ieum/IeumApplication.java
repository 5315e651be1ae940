package org.ieum;

import org.ieum.shared.cli.CommandLineLauncher;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
@ConfigurationPropertiesScan
public class IeumApplication {

	public static void main(String[] args) {
		if (CommandLineLauncher.isCommand(args)) {
			System.exit(CommandLineLauncher.run(IeumApplication.class, args));
		}
		SpringApplication.run(IeumApplication.class, args);
	}
}
