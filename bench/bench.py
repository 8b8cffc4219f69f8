# SPDX-License-Identifier: MIT
"""Benchmark slack_calls against slack_sdk and a raw urllib floor (dev only).

Run from the repository root (Linux or macOS)::

    python -m pip install -e '.[test]' slack_sdk  # slack_sdk: optional
    python bench/bench.py             # default counts, under a minute
    python bench/bench.py --quick     # smoke run, a few seconds
    python bench/bench.py --json bench/result.json
    python bench/bench.py --client-dir /tmp/x  # measure /tmp/x/slack_calls.py
    python bench/bench.py --baseline-dir /tmp/old  # and an older build beside it

Every answer comes from the test suite's fake Slack (``FakeSlack`` in
test_slack_calls.py) on 127.0.0.1, run in a child process of its own (see
``FAKE_SLACK``), so no network and no token are needed; importing that module
needs the test extra. slack_sdk is a bench-only
dependency: without it its rows are skipped with a note.

Contenders: ``slack_calls``; ``slack_sdk`` (``WebClient``); ``raw urllib``, a
minimal ``urllib.request`` + ``json`` client, the floor for any urllib
client; with ``--baseline-dir DIR``, ``previous``: DIR/slack_calls.py, an
older build, measured from a copy so DIR is left untouched. For cold start
only: ``urllib+dc``, the raw client importing ``dataclasses`` too (the stack
slack_calls is built on, so the floor for its cold start); ``slack_calls no
pyc``, a copy of slack_calls.py with no bytecode, run with ``-B`` as in a
read-only directory, so it is compiled at every start (a vendored copy in
AWS Lambda); ``slack_calls pyc``, the same with bytecode compiled with
``--invalidation-mode unchecked-hash`` beside it, as the README ships it;
and ``bare python`` (``python -c pass``). They are interleaved (A B C, B C
A, ...) so a drifting machine affects all alike.

Figures (medians):

``cold wall ms`` / ``cold CPU ms``
    A new process that imports the client and makes one ``calls.info`` call:
    its wall time, and its user+sys CPU (``os.wait4``). Every child runs the
    same interpreter, flags and environment, from the slack_calls directory,
    after one untimed run each so bytecode caches exist: no ``PYTHON*``
    variables from outside, and ``-S`` (no site module, the site directories
    on PYTHONPATH instead) so that no .pth file's start-up code hides or adds
    import costs; ``--site`` runs them with ``-E -s`` and the site module.
``cold wall over bare ms`` / ``cold CPU over bare ms``
    The same minus the ``bare python`` median: what the client adds to an
    interpreter's start. Ratios on these rows are ratios of those differences.
``peak RSS MiB``
    The cold-start child's ``ru_maxrss``. Linux counts a peak from before
    exec, so a small helper process forks the children (see ``SPAWNER``).
``info wall us/call`` / ``add wall us/call``
    Warm calls in this process (``calls.info`` GET, ``calls.add`` form POST),
    in rounds of N calls per contender: the median over rounds of the round's
    mean time per call. The fake Slack runs in its own process, so its
    threads do not compete with the client for this process's GIL.
``info CPU us/call`` / ``add CPU us/call``
    The calling thread's CPU per call (``time.thread_time``); the fake
    server's work is in its own process, so it is left out. It includes the
    kernel's loopback TCP work.

Ratios: cold rows divide medians; warm rows pair the contenders' rounds and
give the median of the per-round ratios. "-" means the contender is missing.
``x previous`` (with ``--baseline-dir``) compares each slack_calls row with
the previous build's in the same run.
Proxy variables are removed from the environment so no contender routes
loopback traffic through one.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib.util
import json
import os
import platform
import py_compile
import shutil
import site
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent

RAW = "raw urllib"
RAW_DC = "urllib+dc"
SDK = "slack_sdk"
OURS = "slack_calls"
NO_PYC = "slack_calls no pyc"
PYC = "slack_calls pyc"
PREVIOUS = "previous"
BARE = "bare python"
JOIN_URL = "https://meet.example/1"

# Each cold script gets the token and the base URL as sys.argv[1:3].
COLD_SCRIPTS = {
    OURS: (
        "import sys\n"
        "import slack_calls\n"
        'slack_calls.calls_info(sys.argv[1], "R1", base_url=sys.argv[2])\n'
    ),
    SDK: (
        "import sys\n"
        "from slack_sdk import WebClient\n"
        'WebClient(token=sys.argv[1], base_url=sys.argv[2]).calls_info(id="R1")\n'
    ),
    RAW: (
        "import json\n"
        "import sys\n"
        "import urllib.request\n"
        "request = urllib.request.Request(\n"
        '    sys.argv[2] + "calls.info?id=R1",\n'
        '    headers={"Authorization": "Bearer " + sys.argv[1]},\n'
        ")\n"
        "with urllib.request.urlopen(request, timeout=10) as reply:\n"
        "    data = json.loads(reply.read())\n"
        'if data.get("ok") is not True:\n'
        "    raise SystemExit(data)\n"
    ),
    BARE: "pass",
}
COLD_SCRIPTS[RAW_DC] = "import dataclasses\n" + COLD_SCRIPTS[RAW]
for name in (NO_PYC, PYC, PREVIOUS):
    COLD_SCRIPTS[name] = COLD_SCRIPTS[OURS]

PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


@dataclass
class Row:
    contender: str
    figure: str
    median: float
    ratio_raw: float | None = None
    ratio_sdk: float | None = None
    ratio_previous: float | None = None
    samples: list[float] = field(default_factory=list)


@dataclass
class Settings:
    cold_runs: int
    rounds: int
    calls: int
    client_dir: Path
    site: bool
    baseline_dir: Path | None = None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="smoke run: tiny counts")
    parser.add_argument("--cold-runs", type=int, help="cold starts each (default 30)")
    parser.add_argument("--rounds", type=int, help="warm rounds (default 40)")
    parser.add_argument("--calls", type=int, help="calls per round (default 50)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write JSON")
    parser.add_argument(
        "--client-dir",
        type=Path,
        default=ROOT,
        metavar="DIR",
        help="directory holding the slack_calls.py to measure (default: the repo)",
    )
    parser.add_argument(
        "--baseline-dir",
        type=Path,
        metavar="DIR",
        help="also measure DIR/slack_calls.py, an older build, as 'previous'",
    )
    parser.add_argument(
        "--site",
        action="store_true",
        help="run cold starts with the site module, .pth files and all",
    )
    args = parser.parse_args(argv)
    # Many short rounds: pairing rounds cancels drift, and the median of many
    # per-round ratios shrugs off the odd disturbed one.
    quick = (3, 2, 20) if args.quick else (30, 40, 50)
    settings = Settings(
        cold_runs=args.cold_runs or quick[0],
        rounds=args.rounds or quick[1],
        calls=args.calls or quick[2],
        client_dir=args.client_dir.resolve(),
        site=args.site,
        baseline_dir=args.baseline_dir.resolve() if args.baseline_dir else None,
    )
    baseline = settings.baseline_dir
    if baseline is not None and not (baseline / "slack_calls.py").is_file():
        parser.error(f"no slack_calls.py in {baseline}")

    for name in PROXY_VARIABLES:
        os.environ.pop(name, None)
        os.environ.pop(name.upper(), None)
    # The client directory first, so test_slack_calls imports that slack_calls.
    for path in (ROOT, settings.client_dir):
        sys.path.insert(0, str(path))
    import slack_calls
    from test_slack_calls import TOKEN

    if Path(slack_calls.__file__).resolve().parent != settings.client_dir:
        parser.error(f"imported {slack_calls.__file__}, not from {settings.client_dir}")

    notes: list[str] = []
    have_sdk = importlib.util.find_spec("slack_sdk") is not None
    if not have_sdk:
        notes.append("slack_sdk is not installed: its rows are skipped")

    with FakeSlackProcess(settings.client_dir) as server, tempfile.TemporaryDirectory(
        prefix="slack_calls_bench_"
    ) as temp:
        contenders = [OURS, SDK, RAW] if have_sdk else [OURS, RAW]
        if settings.baseline_dir:
            contenders.insert(1, PREVIOUS)
        dirs = copies(settings, Path(temp))
        cold = [*contenders, RAW_DC, NO_PYC, PYC, BARE]
        rows = cold_start(server, TOKEN, cold, dirs, settings)
        rows += warm(server.url, TOKEN, contenders, dirs, settings)

    add_ratios(rows)
    machine = {
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "executable": sys.executable,
        "platform": platform.platform(),
        "processors": os.cpu_count(),
        "usable_processors": len(os.sched_getaffinity(0))
        if hasattr(os, "sched_getaffinity")
        else os.cpu_count(),
    }
    print_table(rows, machine, settings, notes)
    if args.json:
        result = {
            "machine": machine,
            "settings": {
                "cold_runs": settings.cold_runs,
                "rounds": settings.rounds,
                "calls": settings.calls,
                "client_dir": str(settings.client_dir),
                "site": settings.site,
                "baseline_dir": settings.baseline_dir and str(settings.baseline_dir),
            },
            "notes": notes,
            "rows": [vars(row) for row in rows],
        }
        args.json.write_text(json.dumps(result, indent=2) + "\n")
        print(f"wrote {args.json}")
    return 0


# The fake Slack...

# The fake Slack runs in a child process, so its threads do not compete with
# the measured clients for this process's GIL. sys.argv[1:] go first on
# sys.path (the client directory, then the repository), as in this process.
# It prints its URL, then answers each line on stdin with the number of
# calls.info requests served so far. Every so often it tallies and clears its
# request log, so memory stays flat. It exits when stdin closes; it ignores
# SIGINT, leaving its end to the benchmark (which kills it if need be).
FAKE_SLACK = """
import signal, sys, threading
sys.path[:0] = sys.argv[1:]
from test_slack_calls import FakeSlack, serving

signal.signal(signal.SIGINT, signal.SIG_IGN)
info_calls = 0

def tally(server):
    global info_calls
    with server.lock:
        info_calls += sum(seen.method == "calls.info" for seen in server.requests)
        server.requests.clear()
    return info_calls

def clear_now_and_then(server, stop):
    while not stop.wait(0.5):
        tally(server)

with serving(FakeSlack()) as server:
    print(server.url, flush=True)
    stop = threading.Event()
    threading.Thread(target=clear_now_and_then, args=(server, stop)).start()
    try:
        for _ in sys.stdin:
            print(tally(server), flush=True)
    finally:
        stop.set()
"""


class FakeSlackProcess:
    """The fake Slack in a child process (``FAKE_SLACK``), as a context manager."""

    def __init__(self, client_dir: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", FAKE_SLACK, str(client_dir), str(ROOT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            self.url = self._answer()
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> FakeSlackProcess:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _answer(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("the fake Slack process died")
        return line.strip()

    def info_calls(self) -> int:
        """How many calls.info requests the fake Slack has answered so far."""
        assert self.process.stdin is not None
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        return int(self._answer())

    def close(self) -> None:
        """Close its stdin so it exits; kill it if it has not within seconds."""
        try:
            if self.process.stdin is not None:
                with contextlib.suppress(OSError):  # it may have died already
                    self.process.stdin.close()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=5)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            if self.process.stdout is not None:
                self.process.stdout.close()


# Cold start...


def copies(settings: Settings, temp: Path) -> dict[str, Path]:
    """The directory each contender's cold start runs from.

    Copies, in ``temp``: slack_calls.py with no bytecode (its children run
    with ``-B``, so none is written); the same with bytecode compiled with an
    unchecked hash, which Python uses without looking at the source; and the
    previous build, so that its directory gets no ``__pycache__``.
    """
    dirs = dict.fromkeys(COLD_SCRIPTS, settings.client_dir)
    source = settings.client_dir / "slack_calls.py"
    wanted = {NO_PYC: source, PYC: source}
    if settings.baseline_dir:
        wanted[PREVIOUS] = settings.baseline_dir / "slack_calls.py"
    for name, path in wanted.items():
        dirs[name] = temp / name.replace(" ", "_")
        dirs[name].mkdir()
        shutil.copy(path, dirs[name] / "slack_calls.py")
    py_compile.compile(
        str(dirs[PYC] / "slack_calls.py"),
        doraise=True,
        invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH,
    )
    return dirs


def cold_start(
    server: FakeSlackProcess,
    token: str,
    contenders: list[str],
    dirs: dict[str, Path],
    settings: Settings,
) -> list[Row]:
    """Time whole processes that import a client and make one call."""
    flags, env = interpreter(settings.site)
    calls_before = server.info_calls()
    wall: dict[str, list[float]] = {c: [] for c in contenders}
    cpu: dict[str, list[float]] = {c: [] for c in contenders}
    rss: dict[str, list[float]] = {c: [] for c in contenders}
    spawner = Spawner(env)
    try:
        for run in range(-1, settings.cold_runs):  # run -1 warms caches, untimed
            shift = max(run, 0) % len(contenders)
            for name in contenders[shift:] + contenders[:shift]:
                # -B: as in a read-only directory, no bytecode is written.
                no_write = ["-B"] if name in (NO_PYC, PYC) else []
                argv = [sys.executable, *flags, *no_write, "-c", COLD_SCRIPTS[name]]
                seconds, cpu_seconds, peak_kib = spawner.run(
                    [*argv, token, server.url], dirs[name]
                )
                if run >= 0:
                    wall[name].append(seconds * 1e3)
                    cpu[name].append(cpu_seconds * 1e3)
                    rss[name].append(peak_kib / 1024)
    finally:
        spawner.close()
    calls = server.info_calls() - calls_before
    expected = (settings.cold_runs + 1) * (len(contenders) - (BARE in contenders))
    if calls != expected:
        raise RuntimeError(f"the fake Slack saw {calls} calls.info, not {expected}")
    if list(dirs[NO_PYC].iterdir()) != [dirs[NO_PYC] / "slack_calls.py"]:
        raise RuntimeError("bytecode was written for the no-pyc copy")

    rows: list[Row] = []
    for name in contenders:
        rows.append(Row(name, "cold wall ms", median(wall[name]), samples=wall[name]))
        rows.append(Row(name, "cold CPU ms", median(cpu[name]), samples=cpu[name]))
    if BARE in contenders:
        for name in contenders:
            if name != BARE:
                for figure, values in (("wall", wall), ("CPU", cpu)):
                    over = median(values[name]) - median(values[BARE])
                    rows.append(Row(name, f"cold {figure} over bare ms", over))
    for name in contenders:
        rows.append(Row(name, "peak RSS MiB", median(rss[name]), samples=rss[name]))
    return rows


# Linux counts a process's peak RSS from before its exec too: a child forked
# from this process (pytest and all) would report at least this process's
# size. So a small helper, started once, forks the cold starts and reports
# each child's os.wait4 figures: a fork's peak RSS starts from the helper's
# resident size, below a bare interpreter's. One request per line on stdin:
# JSON [argv, cwd, stderr path]; one answer per line: [wall s, CPU s, KiB,
# exit code].
SPAWNER = """
import json, os, sys, time
for line in sys.stdin:
    argv, cwd, stderr = json.loads(line)
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.chdir(cwd)
            null = os.open(os.devnull, os.O_RDWR)
            os.dup2(null, 0)
            os.dup2(null, 1)
            os.dup2(os.open(stderr, os.O_WRONLY | os.O_TRUNC), 2)
            os.execv(argv[0], argv)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - started
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -os.WTERMSIG(status)
    cpu = usage.ru_utime + usage.ru_stime
    print(json.dumps([seconds, cpu, usage.ru_maxrss, code]), flush=True)
"""


def interpreter(with_site: bool) -> tuple[list[str], dict[str, str]]:
    """The flags and environment every cold start runs with.

    No ``PYTHON*`` variables from outside. By default ``-S``: no site module,
    so no .pth file's start-up code (some import dozens of modules) hides or
    adds import costs; the site directories are given as PYTHONPATH instead.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    if with_site:
        return ["-E", "-s"], env
    paths = site.getsitepackages()
    if site.ENABLE_USER_SITE and os.path.isdir(site.getusersitepackages()):
        paths.append(site.getusersitepackages())
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return ["-S"], env


class Spawner:
    """Runs cold starts through the small helper process ``SPAWNER``."""

    def __init__(self, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-I", "-S", "-c", SPAWNER],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.stderr = tempfile.NamedTemporaryFile(suffix=".stderr")  # noqa: SIM115

    def run(self, argv: list[str], cwd: Path) -> tuple[float, float, float]:
        """Run argv; return its wall seconds, CPU seconds and peak RSS in KiB."""
        assert self.process.stdin is not None
        assert self.process.stdout is not None
        request = [argv, str(cwd), self.stderr.name]
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("the spawner process died")
        seconds, cpu_seconds, peak, code = json.loads(line)
        if code != 0:
            message = Path(self.stderr.name).read_text(errors="replace")
            raise RuntimeError(f"{argv[-3]!r} exited {code}:\n{message}")
        # Linux reports ru_maxrss in KiB, macOS in bytes.
        kib = peak / 1024 if sys.platform == "darwin" else peak
        return seconds, cpu_seconds, float(kib)

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()
        if self.process.stdout is not None:
            self.process.stdout.close()
        self.stderr.close()


# Warm calls...


def warm_clients(
    url: str, token: str, contenders: list[str], dirs: dict[str, Path]
) -> dict[str, Any]:
    """Per contender, a (calls.info, calls.add) pair of no-argument callables."""
    import slack_calls

    def raw_info() -> Any:
        request = urllib.request.Request(
            url + "calls.info?id=R1", headers={"Authorization": "Bearer " + token}
        )
        with urllib.request.urlopen(request, timeout=10) as reply:
            data = json.loads(reply.read())
        if data.get("ok") is not True:
            raise RuntimeError(data)
        return data

    def raw_add() -> Any:
        body = urllib.parse.urlencode(
            {"external_unique_id": "ext-1", "join_url": JOIN_URL}
        ).encode()
        headers = {
            "Authorization": "Bearer " + token,
            "Content-Type": "application/x-www-form-urlencoded",
        }
        request = urllib.request.Request(url + "calls.add", body, headers)
        with urllib.request.urlopen(request, timeout=10) as reply:
            data = json.loads(reply.read())
        if data.get("ok") is not True:
            raise RuntimeError(data)
        return data

    clients: dict[str, Any] = {
        OURS: (
            lambda: slack_calls.calls_info(token, "R1", base_url=url),
            lambda: slack_calls.calls_add(token, "ext-1", JOIN_URL, base_url=url),
        ),
        RAW: (raw_info, raw_add),
    }
    if PREVIOUS in contenders:
        # Under another name, so both builds live in this one process.
        spec = importlib.util.spec_from_file_location(
            "slack_calls_previous", dirs[PREVIOUS] / "slack_calls.py"
        )
        assert spec is not None
        assert spec.loader is not None
        previous = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = previous
        spec.loader.exec_module(previous)
        clients[PREVIOUS] = (
            lambda: previous.calls_info(token, "R1", base_url=url),
            lambda: previous.calls_add(token, "ext-1", JOIN_URL, base_url=url),
        )
    if SDK in contenders:
        from slack_sdk import WebClient

        client = WebClient(token=token, base_url=url)
        clients[SDK] = (
            lambda: client.calls_info(id="R1"),
            lambda: client.calls_add(external_unique_id="ext-1", join_url=JOIN_URL),
        )
    return clients


def warm(
    url: str,
    token: str,
    contenders: list[str],
    dirs: dict[str, Path],
    settings: Settings,
) -> list[Row]:
    """Time calls in this process, interleaving contenders round by round."""
    clients = warm_clients(url, token, contenders, dirs)
    methods = {"info": 0, "add": 1}
    wall: dict[tuple[str, str], list[float]] = {}
    cpu: dict[tuple[str, str], list[float]] = {}
    for rnd in range(-1, settings.rounds):  # round -1 warms up, untimed
        shift = max(rnd, 0) % len(contenders)
        for method, index in methods.items():
            for name in contenders[shift:] + contenders[:shift]:
                call: Callable[[], Any] = clients[name][index]
                n = settings.calls if rnd >= 0 else min(settings.calls, 20)
                gc.collect()
                started, cpu_started = time.perf_counter(), time.thread_time()
                for _ in range(n):
                    call()
                cpu_seconds = time.thread_time() - cpu_started
                seconds = time.perf_counter() - started
                if rnd >= 0:
                    wall.setdefault((name, method), []).append(seconds / n * 1e6)
                    cpu.setdefault((name, method), []).append(cpu_seconds / n * 1e6)

    rows: list[Row] = []
    for method in methods:
        for name in contenders:
            for figure, values in (("wall", wall), ("CPU", cpu)):
                samples = values[name, method]
                row = Row(name, f"{method} {figure} us/call", median(samples))
                row.samples = samples
                row.ratio_raw = paired(samples, values[RAW, method])
                if SDK in contenders:
                    row.ratio_sdk = paired(samples, values[SDK, method])
                if PREVIOUS in contenders:
                    row.ratio_previous = paired(samples, values[PREVIOUS, method])
                rows.append(row)
    return rows


# Figures...


def median(values: list[float]) -> float:
    return statistics.median(values)


def paired(values: list[float], baseline: list[float]) -> float:
    """The median of per-round ratios."""
    return median([v / b for v, b in zip(values, baseline)])


def add_ratios(rows: list[Row]) -> None:
    """Fill in cold-row ratios: this contender's median over another's."""
    by_key = {(row.contender, row.figure): row for row in rows}
    for row in rows:
        if row.ratio_raw is not None or row.figure.split()[0] not in ("cold", "peak"):
            continue
        raw = by_key.get((RAW, row.figure))
        sdk = by_key.get((SDK, row.figure))
        previous = by_key.get((PREVIOUS, row.figure))
        if raw is not None and raw.median:
            row.ratio_raw = row.median / raw.median
        if sdk is not None and sdk.median:
            row.ratio_sdk = row.median / sdk.median
        if previous is not None and previous.median:
            row.ratio_previous = row.median / previous.median


def print_table(
    rows: list[Row], machine: dict[str, Any], settings: Settings, notes: list[str]
) -> None:
    def ratio(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    # Nothing machine-specific beyond this (no kernel release, no paths), so
    # the table can be pasted as it is; the JSON keeps the details.
    print(
        f"Python {machine['python']} ({machine['implementation']}) on"
        f" {platform.system()} {platform.machine()}, {machine['processors']}"
        f" processors ({machine['usable_processors']} usable)"
    )
    cold = "python -S, site dirs on PYTHONPATH"
    cold = "python -E -s" if settings.site else cold
    print(
        f"cold: {settings.cold_runs} runs each ({cold}); warm: {settings.rounds}"
        f" rounds x {settings.calls} calls each"
    )
    for note in notes:
        print(f"note: {note}")
    header = ("contender", "figure", "median", "x raw urllib", "x slack_sdk")
    with_previous = settings.baseline_dir is not None
    if with_previous:
        header += ("x previous",)
    table = [header] + [
        (
            row.contender,
            row.figure,
            f"{row.median:.1f}",
            ratio(row.ratio_raw),
            ratio(row.ratio_sdk),
            *([ratio(row.ratio_previous)] if with_previous else []),
        )
        for row in sorted(rows, key=lambda r: (order(r.figure), order(r.contender)))
    ]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for i, line in enumerate(table):
        cells = [
            cell.ljust(width) if j < 2 else cell.rjust(width)
            for j, (cell, width) in enumerate(zip(line, widths))
        ]
        print("  ".join(cells).rstrip())
        if i == 0:
            print("  ".join("-" * width for width in widths))


_ORDER = [
    OURS,
    PREVIOUS,
    NO_PYC,
    PYC,
    SDK,
    RAW,
    RAW_DC,
    BARE,
    "cold wall ms",
    "cold CPU ms",
    "cold wall over bare ms",
    "cold CPU over bare ms",
    "peak RSS MiB",
    "info wall us/call",
    "info CPU us/call",
    "add wall us/call",
    "add CPU us/call",
]


def order(name: str) -> int:
    return _ORDER.index(name) if name in _ORDER else len(_ORDER)


if __name__ == "__main__":
    sys.exit(main())
