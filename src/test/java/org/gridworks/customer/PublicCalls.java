package org.gridworks.customer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Calls to the public pages and API as a customer would make them, without cookies, from a chosen loopback address
 * (any 127.x.y.z reaches the server on Linux): the throttle counts per client address, so a test that exhausts one
 * address's allowance leaves every other test's 127.0.0.1 alone. Plain HTTP/1.0 over a socket because Java's
 * HttpClient cannot choose its local address.
 */
public final class PublicCalls {

    /** A response as read off the wire: status, header lines (names lower case), body. */
    public record Answer(int status, List<String[]> headers, String body) {

        public String header(String name) {
            return headers.stream()
                    .filter(h -> h[0].equals(name.toLowerCase(Locale.ROOT)))
                    .map(h -> h[1])
                    .findFirst()
                    .orElse(null);
        }

        public List<String> headers(String name) {
            return headers.stream()
                    .filter(h -> h[0].equals(name.toLowerCase(Locale.ROOT)))
                    .map(h -> h[1])
                    .toList();
        }
    }

    private final URI base;
    private final String from;

    public PublicCalls(URI base, String fromAddress) {
        this.base = base;
        this.from = fromAddress;
    }

    public Answer progress(String number, String phone4) {
        return get("/api/v1/public/progress?number=" + number + "&phone4=" + phone4);
    }

    public Answer rate(String number, String phone4, int speed, int clarity, int staff, String comment) {
        return send(
                "POST",
                "/api/v1/public/rating",
                "{\"number\":\"" + number + "\",\"phone4\":\"" + phone4 + "\",\"speed\":" + speed + ",\"clarity\":"
                        + clarity + ",\"staff\":" + staff + ",\"comment\":\"" + comment + "\"}",
                "Accept-Language: en");
    }

    public Answer get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /** A page's form posted as a browser posts it (the fields already encoded). */
    public Answer postForm(String path, String form) {
        return exchange("POST", path, form, "application/x-www-form-urlencoded");
    }

    public Answer send(String method, String path, String json, String... headers) {
        return exchange(method, path, json, "application/json", headers);
    }

    private Answer exchange(String method, String path, String content, String contentType, String... headers) {
        String json = content;
        String target = base.getPath().replaceAll("/$", "") + path;
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.0\r\n")
                .append("Host: 127.0.0.1:")
                .append(base.getPort())
                .append("\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        if (json != null) {
            request.append("Content-Type: " + contentType + "\r\nContent-Length: ")
                    .append(body.length)
                    .append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new String[] {
                lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                lines[i].substring(colon + 1).trim()
            });
        }
        String body = end < 0 ? "" : new String(raw, end + 4, raw.length - end - 4, StandardCharsets.UTF_8);
        return new Answer(status, headers, body);
    }
}
