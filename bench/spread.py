"""Keep-alive connections spread evenly over a server's worker processes (Linux, server on this machine).

Why: gunicorn's processes race to accept connections and a keep-alive connection stays with the process
that took it. Opened in a burst, 8 clients over 2 processes came out 4/4, 3/5, 2/6 and 0/8; 16 came out
0/16 once. A process is one core at most (Python's lock), so a run measured the draw as much as the
server: /healthz alone moved between about 750 and 1,550 requests per second. A load balancer in front
of several servers spreads connections evenly; this does the same for the processes of one server, so
both sides of a ratio meet the server in the same shape.

How: open a connection, send one request (now a worker process has accepted it), find that process by
the connection's port in /proc/net/tcp and the sockets in /proc/<pid>/fd, keep it if that process still
has room, otherwise hold it aside and open another. Where /proc is not there, plain connections.
"""

from __future__ import annotations

from pathlib import Path

from httpload import Client

PROC = Path("/proc")


def worker_pids(master_pid: int) -> list[int]:
    """The live processes whose parent is `master_pid` (gunicorn's workers)."""
    pids = []
    for stat in PROC.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        if int(fields[1]) == master_pid and fields[0] != "Z":  # a zombie serves nothing
            pids.append(int(stat.parent.name))
    return sorted(pids)


def owner_by_client_port(port: int, pids: list[int]) -> dict[int, int]:
    """{client port: worker pid} for the established connections to `port` held by `pids`."""
    remote_of_inode = {}
    for table in ("tcp", "tcp6"):
        try:
            lines = (PROC / "net" / table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            local, remote, state, inode = fields[1], fields[2], fields[3], fields[9]
            if state == "01" and int(local.rsplit(":", 1)[1], 16) == port:
                remote_of_inode[inode] = int(remote.rsplit(":", 1)[1], 16)
    owners = {}
    for pid in pids:
        for fd in (PROC / str(pid) / "fd").glob("*"):
            try:
                target = fd.readlink().name
            except OSError:
                continue
            if target.startswith("socket:[") and (inode := target[8:-1]) in remote_of_inode:
                owners[remote_of_inode[inode]] = pid
    return owners


def spread_clients(host: str, port: int, n: int, pids: list[int], path: str = "/healthz") -> list[Client]:
    """`n` connected clients, the same number per worker process (the first n % len(pids) one more)."""
    if not pids or not (PROC / "net" / "tcp").exists():
        return [Client(host, port) for _ in range(n)]
    room = {pid: n // len(pids) + (i < n % len(pids)) for i, pid in enumerate(pids)}
    kept, aside = [], []
    for _attempt in range(n * 50):
        if len(kept) == n:
            break
        client = Client(host, port)
        client.get(path)
        pid = owner_by_client_port(port, pids).get(client.conn.sock.getsockname()[1])
        if pid is not None and room[pid] > 0:
            room[pid] -= 1
            kept.append(client)
        else:
            aside.append(client)  # kept open, so the next connection is not simply the same one again
    for client in aside:
        client.close()
    if len(kept) < n:
        raise RuntimeError(f"could not spread {n} connections over processes {pids}: {room}")
    return kept
