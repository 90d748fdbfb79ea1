package org.gridworks.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * GridWorks started the README's way for several servers, with payara/cluster.sh (the WAR Maven built, no rebuild):
 * NODES servers in one Data Grid behind nginx, on free ports, its files under target/. For the tests of a cluster:
 * which server answered a request (nginx's log), and killing one as a crash would (SIGKILL).
 */
public final class ClusterScript implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(300);

    private final Process process;
    private final Path work;
    private final int port;
    private final int nodes;

    private ClusterScript(Process process, Path work, int port, int nodes) {
        this.process = process;
        this.work = work;
        this.port = port;
        this.nodes = nodes;
    }

    /** Starts cluster.sh with no DB_* variables of the environment but those given, and waits until all are in. */
    public static ClusterScript start(String name, int nodes, Map<String, String> environment) throws Exception {
        Path work = Files.createDirectories(Path.of("target", name)).toAbsolutePath();
        int port = freePorts(nodes + 1);
        ProcessBuilder builder = new ProcessBuilder("payara/cluster.sh")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("cluster.log").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("DB_") || key.startsWith("GRIDWORKS_"));
        builder.environment().put("NODES", Integer.toString(nodes));
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("HZ_PORT", Integer.toString(freePorts(nodes)));
        builder.environment().put("CLUSTER_DIR", work.toString());
        builder.environment().put("GRIDWORKS_NO_BUILD", "1");
        builder.environment().putAll(environment);
        ClusterScript cluster = new ClusterScript(builder.start(), work, port, nodes);
        cluster.waitUntilReady();
        return cluster;
    }

    /** nginx, in front of every server. */
    public URI balancer() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Server i (from 1), directly. */
    public URI node(int i) {
        return URI.create("http://127.0.0.1:" + (port + i) + "/");
    }

    /** The server (from 1) that answered the last request nginx logged whose address contains {@code path}. */
    public int lastServerFor(String path) throws IOException {
        List<String> lines = Files.readAllLines(work.resolve("access.log"));
        for (int i = lines.size() - 1; i >= 0; i--) {
            String[] fields = lines.get(i).split(" ");
            if (fields.length >= 6 && fields[3].contains(path)) {
                String upstream = fields[fields.length - 1];
                String last = upstream.substring(upstream.lastIndexOf(' ') + 1);
                return Integer.parseInt(last.substring(last.lastIndexOf(':') + 1)) - port;
            }
        }
        throw new IllegalStateException("nginx logged no request for " + path);
    }

    /** Kills server i as a crash would: SIGKILL, no shutdown. */
    public void kill(int i) throws Exception {
        long pid = Long.parseLong(
                Files.readString(work.resolve("node" + i + ".pid")).trim());
        ProcessHandle server =
                ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("server " + i + " is not running"));
        server.destroyForcibly();
        server.onExit().get(30, TimeUnit.SECONDS);
    }

    public String tail(String file) throws IOException {
        Path log = work.resolve(file);
        if (!Files.exists(log)) {
            return "(no " + file + ")";
        }
        String text = Files.readString(log);
        return text.substring(Math.max(0, text.length() - 4000));
    }

    /** Stops the script, which stops its servers and nginx (its TERM trap). */
    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        for (int i = 1; i <= nodes; i++) { // in case the script itself was killed before its trap ran
            Path pid = work.resolve("node" + i + ".pid");
            if (Files.exists(pid)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pid).trim())).ifPresent(ProcessHandle::destroy);
            }
        }
    }

    private void waitUntilReady() throws Exception {
        Instant deadline = Instant.now().plus(STARTUP);
        Http nginx = new Http(balancer());
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("payara/cluster.sh stopped with exit code " + process.exitValue() + ":\n" + tail("cluster.log")
                        + "\n" + tail("node1.log"));
            }
            if (Files.readString(work.resolve("cluster.log")).contains("behind nginx")) {
                try {
                    if (nginx.get("/health/ready").statusCode() == 200) {
                        return;
                    }
                } catch (RuntimeException notYet) {
                    // nginx is starting
                }
            }
            Thread.sleep(500);
        }
        close();
        fail("the cluster was not ready within " + STARTUP + ":\n" + tail("cluster.log"));
    }

    /** The first of {@code count} consecutive free ports. */
    private static int freePorts(int count) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int first = ThreadLocalRandom.current().nextInt(20_000, 40_000);
            boolean free = true;
            for (int p = first; p < first + count && free; p++) {
                try (ServerSocket socket = new ServerSocket(p)) {
                    socket.setReuseAddress(true);
                } catch (IOException taken) {
                    free = false;
                }
            }
            if (free) {
                return first;
            }
        }
        throw new IOException("no " + count + " consecutive free ports");
    }
}
