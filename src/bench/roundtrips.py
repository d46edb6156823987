#!/usr/bin/env python3
"""Counts client round trips to PostgreSQL: a TCP relay between a client and the server.

    python3 src/bench/roundtrips.py LISTEN_PORT SERVER_PORT COUNT_FILE

Relays 127.0.0.1:LISTEN_PORT to 127.0.0.1:SERVER_PORT and counts, over all connections, each time
a client sends after the server has answered it (a turn of the conversation: one round trip that
the client waits for). Connection start-ups count too, a few per connection. On SIGTERM or SIGINT
it writes "<round trips> <connections>" to COUNT_FILE and exits. Used by fleet.sh's ROUNDTRIPS=1.
"""
import selectors
import signal
import socket
import sys


def main():
    listen_port, server_port, count_file = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    selector = selectors.DefaultSelector()
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", listen_port))
    listener.listen(64)
    selector.register(listener, selectors.EVENT_READ, None)
    totals = {"trips": 0, "connections": 0}
    # per relayed pair: [client, server, server answered since the client last sent]
    peers = {}

    def finish(*_):
        with open(count_file, "w") as out:
            out.write("%d %d\n" % (totals["trips"], totals["connections"]))
        sys.exit(0)

    signal.signal(signal.SIGTERM, finish)
    signal.signal(signal.SIGINT, finish)
    while True:
        for key, _ in selector.select():
            sock = key.fileobj
            if sock is listener:
                client, _ = listener.accept()
                server = socket.create_connection(("127.0.0.1", server_port))
                for s in (client, server):
                    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                pair = [client, server, True]
                peers[client] = pair
                peers[server] = pair
                selector.register(client, selectors.EVENT_READ, None)
                selector.register(server, selectors.EVENT_READ, None)
                totals["connections"] += 1
                continue
            pair = peers.get(sock)
            if pair is None:  # closed earlier in this batch, with its peer
                continue
            data = sock.recv(65536)
            if not data:
                for s in pair[:2]:
                    selector.unregister(s)
                    peers.pop(s, None)
                    s.close()
                continue
            if sock is pair[0]:
                if pair[2]:
                    totals["trips"] += 1
                    pair[2] = False
                pair[1].sendall(data)
            else:
                pair[2] = True
                pair[0].sendall(data)


if __name__ == "__main__":
    main()
