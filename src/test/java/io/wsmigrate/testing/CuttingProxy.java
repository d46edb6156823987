package io.wsmigrate.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A network cut on demand: a TCP proxy in front of a real server that forwards everything until the
 * client sends {@code trigger} (a piece of a query's text), then closes both sides, as a failover or
 * a broken link does. One connection at a time; closing the proxy stops it.
 */
public final class CuttingProxy implements AutoCloseable {
    private final ServerSocket listener;
    private final int serverPort;
    private final byte[] trigger;

    public CuttingProxy(int serverPort, String trigger) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.serverPort = serverPort;
        this.trigger = trigger.getBytes(StandardCharsets.UTF_8);
        Thread accept = new Thread(this::serve, "cutting-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void serve() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                pump(server.getInputStream(), client.getOutputStream(), null, client, server);
                pump(client.getInputStream(), server.getOutputStream(), trigger, client, server);
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Copies {@code in} to {@code out}; when {@code cutOn} shows up in what passes, closes both sockets. */
    private static void pump(InputStream in, OutputStream out, byte[] cutOn, Socket a, Socket b) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    if (cutOn != null && contains(buffer, n, cutOn)) {
                        break;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException ignored) {
                // the other side closed: the cut is complete
            }
            closeQuietly(a);
            closeQuietly(b);
        }, "cutting-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static boolean contains(byte[] buffer, int length, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (buffer[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
