package fi.silta.production;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The county's mail relay, as far as Silta can tell: an SMTP server on loopback that accepts every message and
 * keeps it, so the tier can read what a notification says.
 */
final class MailSink implements AutoCloseable {

    private final ServerSocket server;
    private final List<String> messages = new ArrayList<>();

    MailSink() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::serve, "mail-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    synchronized List<String> messages() {
        return List.copyOf(messages);
    }

    /**
     * Every connection gets a conversation of its own: a mail client keeps its connections open between messages,
     * and two instances (or two threads of one) send at the same time.
     */
    private void serve() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread conversation = new Thread(() -> converseAndHangUp(socket), "mail-sink-conversation");
                conversation.setDaemon(true);
                conversation.start();
            } catch (IOException e) {
                // the sink was closed
            }
        }
    }

    private void converseAndHangUp(Socket socket) {
        try (socket) {
            converse(socket);
        } catch (IOException e) {
            // a client that hangs up mid-conversation; the next one gets a fresh start
        }
    }

    private void converse(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream();
        reply(out, "220 mail-sink ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (command) {
                case "EHLO" -> reply(out, "250-mail-sink\r\n250 8BITMIME");
                case "DATA" -> {
                    reply(out, "354 end with <CRLF>.<CRLF>");
                    StringBuilder message = new StringBuilder();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        message.append(line.startsWith("..") ? line.substring(1) : line).append('\n');
                    }
                    synchronized (this) {
                        messages.add(message.toString());
                    }
                    reply(out, "250 kept");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 ok");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
