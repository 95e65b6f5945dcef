package org.uclg.carta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real single-node OpenSearch inside the test JVM, started once, and the settings that point
 * Carta's search backend at it.
 */
public class OpenSearchNode implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static String url;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("carta.search.backend=opensearch", "carta.search.opensearch-url=" + url())
                .applyTo(context);
    }

    static synchronized String url() {
        if (url == null) {
            url = start();
        }
        return url;
    }

    private static String start() {
        try {
            int http = freePort();
            int transport = freePort();
            Path home = Files.createDirectories(Path.of("target", "opensearch")).resolve("node-" + http);
            OpenSearchRunner runner = new OpenSearchRunner();
            runner.onBuild((number, settings) -> {
                        settings.put("discovery.type", "single-node");
                        settings.put("http.port", http);
                        settings.put("transport.port", transport);
                        settings.put("network.host", "127.0.0.1");
                        settings.remove("discovery.seed_hosts");
                        settings.remove("cluster.initial_cluster_manager_nodes");
                    })
                    .build(OpenSearchRunner.newConfigs()
                            .basePath(home.toString())
                            .numOfNode(1)
                            .clusterName("carta-test")
                            .disableESLogger());
            runner.ensureYellow();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    runner.close();
                    runner.clean();
                } catch (IOException e) {
                    // The JVM is ending; the folder is under target/.
                }
            }));
            return "http://127.0.0.1:" + http;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
