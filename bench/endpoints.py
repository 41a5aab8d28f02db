#!/usr/bin/env python3
"""Many simulated receiving MTAs, for bench/thousand-endpoints.sh.

Listens on HOST, ports BASE .. BASE+COUNT-1; each port is one MX (mxNNNN.bench.test) speaking enough SMTP for the
pilot profile to judge it: a greeting, EHLO advertising STARTTLS (not again inside TLS), STARTTLS with a real TLS
handshake (OpenSSL through Python's ssl: TLS 1.2 and 1.3 only, its default suites), pipelined plaintext after
STARTTLS discarded, 'STARTTLS foo' refused with 501, MAIL before a new EHLO inside TLS refused with 503, QUIT.
Every session is bounded (60 s idle, 64 KiB line). Loopback or a namespace only: it never connects anywhere.

The ports are bound and listening before WORKERS processes are forked (default 1); each serves every WORKERS-th
port with an event loop of its own, so the simulated hosts, like real ones, are not held to one core among them
(one process is: with 1,000 endpoints it is the run's bottleneck whenever the harness waits on the network).

Usage: endpoints.py HOST BASE COUNT CERT.pem KEY.pem [DELAY_MS [WORKERS]]   (DELAY_MS: every byte sent is held
that long, in-process, when the kernel cannot delay packets; prints 'ready' when every port listens and every
worker serves; on SIGTERM the number of connections accepted and TLS handshakes completed, all workers summed,
and the workers' CPU time, then exits)
"""
import asyncio
import collections
import os
import signal
import socket
import ssl
import sys

IDLE = 60
STATS = {'connections': 0, 'handshakes': 0}


class DelayedWrites:
    """Holds every byte the server sends (SMTP replies and TLS records alike) DELAY seconds before it goes out, in
    order, and a close until what precedes it has gone: the one-way delay of a slow path, in-process (used when
    the kernel has no netem). The TLS layer writes through the same transport, so handshakes are delayed too."""

    def __init__(self, transport, delay):
        self.transport, self.delay = transport, delay
        self.loop = asyncio.get_running_loop()
        self.queue = collections.deque()
        self.real_write = transport.write
        self.handle = None
        self.closing = False
        transport.write = self.write

    def write(self, data):
        self.queue.append((self.loop.time() + self.delay, bytes(data)))
        if self.handle is None:
            self.handle = self.loop.call_at(self.queue[0][0], self.flush)

    def flush(self):
        self.handle = None
        now = self.loop.time()
        while self.queue and self.queue[0][0] <= now:
            if not self.transport.is_closing():
                self.real_write(self.queue.popleft()[1])
            else:
                self.queue.clear()
        if self.queue:
            self.handle = self.loop.call_at(self.queue[0][0], self.flush)
        elif self.closing:
            self.transport.abort()

    def close(self):
        if self.queue:
            self.closing = True
        else:
            self.transport.abort()


class Session:
    def __init__(self, name, context, reader, writer):
        self.name, self.context, self.reader, self.writer = name, context, reader, writer
        self.tls = None  # the TLS session over memory BIOs, once STARTTLS has succeeded
        self.incoming = self.outgoing = None
        self.plain = b''  # decrypted bytes not yet read as lines
        self.ehlo_since_tls = False

    async def reply(self, text):
        if self.tls:
            self.tls.write(text.encode('ascii'))
            self.send_records()
        else:
            self.writer.write(text.encode('ascii'))
        await self.writer.drain()

    def send_records(self):
        records = self.outgoing.read()
        if records:
            self.writer.write(records)

    async def start_tls(self):
        """The server's handshake over memory BIOs, so that a refused hello gets its alert (protocol_version,
        handshake_failure...) before the connection closes, as OpenSSL servers such as Postfix send it; asyncio's
        own start_tls closes without one, which a client cannot tell from a crash."""
        self.incoming, self.outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
        tls = self.context.wrap_bio(self.incoming, self.outgoing, server_side=True)
        while True:
            try:
                tls.do_handshake()
                break
            except ssl.SSLWantReadError:
                self.send_records()
                data = await self.reader.read(65536)
                if not data:
                    raise ConnectionError('closed during the handshake')
                self.incoming.write(data)
            except ssl.SSLError:
                self.send_records()  # the alert
                await self.writer.drain()
                raise
        self.send_records()
        self.tls = tls

    async def readline(self):
        if not self.tls:
            return await self.reader.readline()
        while b'\n' not in self.plain and len(self.plain) <= 65536:
            try:
                self.plain += self.tls.read(65536)
                continue
            except ssl.SSLWantReadError:
                pass
            except ssl.SSLZeroReturnError:
                break
            data = await self.reader.read(65536)
            if not data:
                break
            self.incoming.write(data)
        line, sep, self.plain = self.plain.partition(b'\n')
        return line + sep

    async def run(self):
        async with asyncio.timeout(IDLE) as idle:  # one timer per session, moved on by each line
            await self.dialogue(idle)

    async def dialogue(self, idle):
        loop = asyncio.get_running_loop()
        await self.reply(f'220 {self.name} ESMTP bench\r\n')
        while True:
            line = await self.readline()
            idle.reschedule(loop.time() + IDLE)
            if not line:
                return
            if len(line) > 65536:
                await self.reply('500 5.5.2 line too long\r\n')
                return
            verb, _, arg = line.decode('ascii', 'replace').strip().partition(' ')
            verb = verb.upper()
            if verb in ('EHLO', 'HELO'):
                self.ehlo_since_tls = bool(self.tls)
                starttls = '' if self.tls else '250-STARTTLS\r\n'
                await self.reply(f'250-{self.name}\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n{starttls}'
                                 '250-8BITMIME\r\n250 SMTPUTF8\r\n')
            elif verb == 'STARTTLS' and not self.tls:
                if arg.strip():
                    await self.reply('501 5.5.4 Syntax: STARTTLS\r\n')
                    continue
                await self.reply('220 2.0.0 Ready to start TLS\r\n')
                self.reader._buffer.clear()  # plaintext pipelined behind STARTTLS is discarded (DOWNGRADE-01)
                await self.start_tls()
                STATS['handshakes'] += 1
                self.ehlo_since_tls = False
            elif verb == 'MAIL':
                await self.reply('503 5.5.1 Error: send EHLO first\r\n' if self.tls and not self.ehlo_since_tls
                                 else '250 2.1.0 Ok\r\n')
            elif verb in ('RSET', 'NOOP'):
                await self.reply('250 2.0.0 Ok\r\n')
            elif verb == 'QUIT':
                await self.reply('221 2.0.0 Bye\r\n')
                return
            else:
                await self.reply('502 5.5.2 Error: command not recognized\r\n')


async def serve(sockets, base, cert, key, delay, stats_out):
    """Serves the listening sockets {port: socket} given until SIGTERM; then writes this worker's counts."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(cert, key)

    def handler(index):
        name = f'mx{index:04d}.bench.test'

        async def session(reader, writer):
            STATS['connections'] += 1
            delayed = DelayedWrites(writer.transport, delay) if delay > 0 else None
            try:
                await Session(name, context, reader, writer).run()
            except (OSError, ssl.SSLError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError,
                    ConnectionError):
                pass  # a probe that hung up, or a hello refused on purpose: the harness's business
            finally:
                if delayed:
                    delayed.close()
                else:
                    writer.transport.abort()
        return session

    servers = [await asyncio.start_server(handler(port - base), sock=sock, limit=65536 + 2)
               for port, sock in sockets.items()]
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(sig, stop.set)
    os.write(stats_out, b'ready\n')
    parent = os.getppid()
    while not stop.is_set():  # and a worker whose parent is gone (killed) stops too
        try:
            await asyncio.wait_for(stop.wait(), 1)
        except asyncio.TimeoutError:
            if os.getppid() != parent:
                stop.set()
    for server in servers:
        server.close()
    os.write(stats_out, f"connections {STATS['connections']} handshakes {STATS['handshakes']}\n".encode())


def listening(host, port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(256)
    sock.setblocking(False)
    return sock


def main(host, base, count, cert, key, delay, workers):
    sockets = {base + i: listening(host, base + i) for i in range(count)}
    reports, children = [], []
    for w in range(workers):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            mine = {port: sock for port, sock in sockets.items() if (port - base) % workers == w}
            for port, sock in sockets.items():
                if port not in mine:
                    sock.close()
            try:
                asyncio.run(serve(mine, base, cert, key, delay, write_end))
            except KeyboardInterrupt:
                pass
            os._exit(0)
        os.close(write_end)
        reports.append(os.fdopen(read_end))
        children.append(pid)
    for sock in sockets.values():
        sock.close()  # the workers hold them
    if any(r.readline().strip() != 'ready' for r in reports):
        print('a worker did not start', flush=True)
    else:
        print('ready', flush=True)
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    signal.signal(signal.SIGINT, lambda *_: stop.append(1))
    while not stop:
        signal.pause()
    totals = collections.Counter()
    for pid in children:
        os.kill(pid, signal.SIGTERM)
    for report in reports:
        fields = report.readline().split()
        totals.update(dict(zip(fields[0::2], map(int, fields[1::2]))))
    for pid in children:
        os.waitpid(pid, 0)
    cpu = os.times()
    print(f"connections {totals['connections']} handshakes {totals['handshakes']}, CPU {cpu.children_user:.1f} s"
          f" user + {cpu.children_system:.1f} s system ({workers} worker(s))", flush=True)


if __name__ == '__main__':
    h, b, c, crt, k = sys.argv[1:6]
    delay_ms = int(sys.argv[6]) if len(sys.argv) > 6 else 0
    worker_count = int(sys.argv[7]) if len(sys.argv) > 7 else 1
    main(h, int(b), int(c), crt, k, delay_ms / 1000, max(1, worker_count))
