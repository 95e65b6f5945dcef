package org.uclg.carta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * One shared application context for the integration tests: a real PostgreSQL server in a
 * temporary folder, the demo content, and a known admin.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "carta.db.embedded-temporary=true",
            "carta.data-dir=target/test-data/${random.uuid}",
            "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
            "carta.demo=true",
            "carta.extraction.delay-ms=3600000",
            "carta.monitoring.mail-initial-delay-ms=3600000",
            "carta.base-url=http://carta.test",
            // Contexts close at JVM exit: a long wait per executor there makes Surefire kill the fork.
            "spring.task.execution.shutdown.await-termination-period=1s",
            "carta.admin.email=" + CartaIntegrationTest.ADMIN_EMAIL,
            "carta.admin.password=" + CartaIntegrationTest.ADMIN_PASSWORD
        })
@AutoConfigureMockMvc
public @interface CartaIntegrationTest {

    String ADMIN_EMAIL = "admin@carta.test";
    String ADMIN_PASSWORD = "admin-password-2026";
    String DEMO_PASSWORD = "carta-demo-2026";
}
