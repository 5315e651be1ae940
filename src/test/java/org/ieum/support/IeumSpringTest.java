package org.ieum.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one full application context the H2 tests share (so Spring caches it): the real
 * application on an in-memory H2 database with the demo network loaded, a random port
 * for browser tests, MockMvc, and GreenMail as the SMTP server. Do not add
 * {@code @MockitoBean}s to tests using it: each distinct set starts another context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestMailServer.class)
public @interface IeumSpringTest {
}
