package org.gridworks.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * GridWorks started the README's way, with payara/run.sh (the war Maven built, no rebuild), on a free port, its
 * output in a log under target/; for the tests that need a server of their own settings (the embedded default,
 * a database behind a relay).
 */
public final class RunScript implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(180);

    private final Process process;
    private final Path log;
    private final Http http;

    private RunScript(Process process, Path log, Http http) {
        this.process = process;
        this.log = log;
        this.http = http;
    }

    /** Starts run.sh with no DB_* variables of the environment but those given, and waits until it is ready. */
    public static RunScript start(String name, Map<String, String> environment) throws Exception {
        Path work = Files.createDirectories(Path.of("target", name));
        Path log = work.resolve("payara.log");
        int port = freePort();
        ProcessBuilder builder =
                new ProcessBuilder("payara/run.sh").redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("DB_"));
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("GRIDWORKS_NO_BUILD", "1");
        builder.environment().putAll(environment);
        RunScript server = new RunScript(builder.start(), log, new Http(URI.create("http://127.0.0.1:" + port + "/")));
        server.waitUntilReady();
        return server;
    }

    public Http http() {
        return http;
    }

    public Path log() {
        return log;
    }

    public String tail() throws IOException {
        String text = Files.readString(log);
        return text.substring(Math.max(0, text.length() - 4000));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private void waitUntilReady() throws Exception {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("payara/run.sh stopped with exit code " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (http.get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        close();
        fail("GridWorks did not become ready within " + STARTUP + ":\n" + tail());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
