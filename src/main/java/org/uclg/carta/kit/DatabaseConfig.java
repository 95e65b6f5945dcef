package org.uclg.carta.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url} (CARTA_DB_URL), a real PostgreSQL server started from
 * binaries shipped in a jar, with its data kept under the data directory; the pool is Boot's own,
 * set by {@code spring.datasource.hikari.*}. With it, this stands aside and Boot connects there.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(CartaProperties props) throws IOException {
        // Closed by this bean, after the pool and whatever still writes at shutdown (the event
        // registry): the library's own shutdown hook ran beside Spring's and stopped the server
        // first, and the pool then waited 30 s for a connection at every exit.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        if (!props.db().embeddedTemporary()) {
            Path dir = props.dataDir().resolve("postgres").toAbsolutePath();
            Files.createDirectories(dir);
            OrphanPostgres.stopIfAny(dir);
            builder.setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    // The library starts PostgreSQL for tests (-F: no fsync, commits not flushed). Kept
                    // data must survive a crash of the machine, and a claimed email must stay claimed.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    // After a crash PostgreSQL replays its log before it answers: on a busy small
                    // machine that takes longer than the library's 10 seconds.
                    .setPGStartupWait(java.time.Duration.ofMinutes(3));
            log.info("Starting embedded PostgreSQL with data in {}", dir);
        }
        return new EmbeddedDatabase(builder.start());
    }

    /** Boot's pool settings apply as they would to its own pool (the documented way to supply the URL). */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase embedded) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(embedded.server().getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
    }

    /** Holds the embedded server so it closes after the pool. */
    record EmbeddedDatabase(EmbeddedPostgres server) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
