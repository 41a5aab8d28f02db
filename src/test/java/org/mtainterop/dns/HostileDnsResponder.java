package org.mtainterop.dns;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;

/**
 * A hostile DNS server on loopback (a test peer, not a mock): UDP and TCP on one port, misbehaving the
 * way {@link Behaviour} says. Counts the queries it saw per transport.
 */
final class HostileDnsResponder implements AutoCloseable {
    enum Behaviour {
        /** Reads queries and never answers. */
        SILENT,
        /** Answers over UDP with TC set; TCP connections are accepted and closed at once. */
        TRUNCATED_TCP_CLOSED,
        /** Answers over UDP with TC set and empty sections; answers fully over TCP. */
        TRUNCATED_THEN_TCP_ANSWERS,
        /** Answers with the right ID followed by bytes that are no DNS message. */
        MALFORMED,
        /** Answers with a well-formed reply carrying another message ID. */
        WRONG_ID,
        /** Answers with a well-formed reply to a different question. */
        WRONG_QUESTION,
        /** Answers SERVFAIL. */
        SERVFAIL
    }

    static final String ADDRESS = "192.0.2.53";

    private final Behaviour behaviour;
    private final DatagramSocket udp;
    private final ServerSocket tcp;
    final AtomicInteger udpQueries = new AtomicInteger();
    final AtomicInteger tcpConnections = new AtomicInteger();

    HostileDnsResponder(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        InetAddress loopback = InetAddress.getLoopbackAddress();
        ServerSocket server = null;
        DatagramSocket datagrams = null;
        for (int attempt = 0; attempt < 20 && server == null; attempt++) {
            ServerSocket candidate = new ServerSocket(0, 10, loopback);
            try {
                datagrams = new DatagramSocket(new InetSocketAddress(loopback, candidate.getLocalPort()));
                server = candidate;
            } catch (SocketException taken) {
                candidate.close();
            }
        }
        if (server == null) {
            throw new IOException("no loopback port free for both UDP and TCP");
        }
        this.tcp = server;
        this.udp = datagrams;
        this.port = server.getLocalPort();
        start("hostile-dns-udp", this::serveUdp);
        start("hostile-dns-tcp", this::serveTcp);
    }

    private final int port;

    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    private static void start(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void serveUdp() {
        byte[] buffer = new byte[4096];
        while (!udp.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                udp.receive(packet);
                udpQueries.incrementAndGet();
                byte[] query = java.util.Arrays.copyOf(packet.getData(), packet.getLength());
                byte[] reply = udpReply(query);
                if (reply != null) {
                    udp.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serveTcp() {
        while (!tcp.isClosed()) {
            try (Socket client = tcp.accept()) {
                tcpConnections.incrementAndGet();
                if (behaviour != Behaviour.TRUNCATED_THEN_TCP_ANSWERS) {
                    if (behaviour == Behaviour.SILENT) {
                        client.getInputStream().read(new byte[512]);
                    }
                    continue;
                }
                DataInputStream in = new DataInputStream(client.getInputStream());
                byte[] query = new byte[in.readUnsignedShort()];
                in.readFully(query);
                byte[] reply = answer(new Message(query)).toWire();
                DataOutputStream out = new DataOutputStream(client.getOutputStream());
                out.writeShort(reply.length);
                out.write(reply);
                out.flush();
            } catch (IOException e) {
                if (tcp.isClosed()) {
                    return;
                }
            }
        }
    }

    private byte[] udpReply(byte[] wire) throws IOException {
        Message query = new Message(wire);
        return switch (behaviour) {
            case SILENT -> null;
            case TRUNCATED_TCP_CLOSED, TRUNCATED_THEN_TCP_ANSWERS -> {
                Message reply = reply(query);
                reply.getHeader().setFlag(Flags.TC);
                yield reply.toWire();
            }
            case MALFORMED -> new byte[] {wire[0], wire[1], (byte) 0x81, (byte) 0x80, 0, 1, 0, 7, 0, 0, 0, 0,
                    (byte) 0xC0, (byte) 0xFF, (byte) 0xFF, 0x13};
            case WRONG_ID -> {
                Message reply = answer(query);
                reply.getHeader().setID((query.getHeader().getID() + 1) & 0xFFFF);
                yield reply.toWire();
            }
            case WRONG_QUESTION -> {
                Message other = Message.newQuery(Record.newRecord(Name.fromString("elsewhere.test."),
                        query.getQuestion().getType(), DClass.IN));
                other.getHeader().setID(query.getHeader().getID());
                yield answer(other).toWire();
            }
            case SERVFAIL -> {
                Message reply = reply(query);
                reply.getHeader().setRcode(Rcode.SERVFAIL);
                yield reply.toWire();
            }
        };
    }

    private static Message reply(Message query) {
        Message reply = new Message(query.getHeader().getID());
        reply.getHeader().setFlag(Flags.QR);
        reply.getHeader().setFlag(Flags.RA);
        reply.addRecord(query.getQuestion(), Section.QUESTION);
        return reply;
    }

    private static Message answer(Message query) throws IOException {
        Message reply = reply(query);
        reply.addRecord(new ARecord(query.getQuestion().getName(), DClass.IN, 300, InetAddress.getByName(ADDRESS)),
                Section.ANSWER);
        return reply;
    }

    @Override
    public void close() throws IOException {
        udp.close();
        tcp.close();
    }
}
