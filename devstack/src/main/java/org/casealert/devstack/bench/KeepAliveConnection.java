package org.casealert.devstack.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 connection kept open across requests, as wrk's connections are: a request is one write,
 * its answer one read, and the load generator spends next to nothing of the two cores it shares with
 * the stack. A request is never retried (a POST may have been stored); a broken connection is opened
 * again for the next one.
 */
final class KeepAliveConnection implements AutoCloseable {

    /** The answer's status and body. */
    record Answer(int status, String body) {
    }

    private final String host;
    private final int port;
    private final byte[] head;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveConnection(URI endpoint) {
        this.host = endpoint.getHost();
        this.port = endpoint.getPort();
        this.head = ("POST " + endpoint.getRawPath() + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nContent-Type: application/json\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** @param headers header lines of this request, each ending in CRLF */
    Answer post(String headers, byte[] body) throws IOException {
        try {
            if (socket == null) {
                socket = new Socket(host, port);
                socket.setTcpNoDelay(true);
                in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                out = socket.getOutputStream();
            }
            ByteArrayOutputStream request = new ByteArrayOutputStream(head.length + body.length + 128);
            request.write(head);
            request.write((headers + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            request.write(body);
            out.write(request.toByteArray());
            out.flush();
            return read();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private Answer read() throws IOException {
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0; size = Long
                    .parseLong(line().split(";")[0].strip(), 16)) {
                copy(size, body);
                line();
            }
            String trailer;
            do {
                trailer = line();
            } while (!trailer.isEmpty());
        } else if (length > 0) {
            copy(length, body);
        }
        if (closing) {
            close();
        }
        return new Answer(code, body.toString(StandardCharsets.UTF_8));
    }

    private void copy(long size, ByteArrayOutputStream to) throws IOException {
        byte[] buffer = new byte[(int) Math.min(size, 8192)];
        for (long left = size; left > 0;) {
            int read = in.read(buffer, 0, (int) Math.min(left, buffer.length));
            if (read < 0) {
                throw new EOFException("the server closed the connection in a body");
            }
            to.write(buffer, 0, read);
            left -= read;
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the server closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing what is already broken
            }
            socket = null;
        }
    }
}
