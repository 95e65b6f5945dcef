package org.uclg.carta.kit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An external PostgreSQL when CARTA_DB_URL is set, otherwise a real PostgreSQL server started
 * from binaries shipped in a jar, with its data kept under the data directory.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(CartaProperties props) throws IOException {
        if (props.db().external()) {
            return new EmbeddedDatabase(null);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (!props.db().embeddedTemporary()) {
            Path dir = props.dataDir().resolve("postgres").toAbsolutePath();
            Files.createDirectories(dir);
            OrphanPostgres.stopIfAny(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false)
                    // The library starts PostgreSQL for tests (-F: no fsync, commits not flushed). Kept
                    // data must survive a crash of the machine, and a claimed email must stay claimed.
                    .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    // After a crash PostgreSQL replays its log before it answers: on a busy small
                    // machine that takes longer than the library's 10 seconds.
                    .setPGStartupWait(java.time.Duration.ofMinutes(3));
            log.info("Starting embedded PostgreSQL with data in {}", dir);
        }
        return new EmbeddedDatabase(builder.start());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(CartaProperties props, EmbeddedDatabase embedded) {
        HikariDataSource ds = new HikariDataSource();
        if (props.db().external()) {
            ds.setJdbcUrl(props.db().url());
            ds.setUsername(props.db().user());
            ds.setPassword(props.db().password());
        } else {
            ds.setJdbcUrl(embedded.server().getJdbcUrl("postgres", "postgres"));
            ds.setUsername("postgres");
        }
        ds.setMaximumPoolSize(10);
        ds.setPoolName("carta");
        return ds;
    }

    /** Holds the embedded server (or nothing) so it closes after the pool. */
    record EmbeddedDatabase(EmbeddedPostgres server) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (server != null) {
                server.close();
            }
        }
    }
}
