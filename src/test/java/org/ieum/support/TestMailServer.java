package org.ieum.support;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts one GreenMail SMTP server per test context and points Spring Mail at it, so the
 * outbox really delivers in tests. Tests read it from the context as a {@link GreenMail} bean.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		int port = greenMail.getSmtp().getPort();
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("greenmail", Map.of(
				"spring.mail.host", "127.0.0.1",
				"spring.mail.port", port,
				"spring.mail.properties.mail.smtp.auth", "false",
				"spring.mail.properties.mail.smtp.starttls.enable", "false")));
		context.getBeanFactory().registerSingleton("greenMail", greenMail);
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent) {
				greenMail.stop();
			}
		});
	}
}
