# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The slack_calls authors
# MIT licensed: keep this header in copies of this file. Full text in LICENSE.
"""A one-file client for Slack's Calls API, standard library only.

slack_calls registers and manages third-party calls in Slack through
``calls.add``, ``calls.end``, ``calls.info``, ``calls.update``,
``calls.participants.add`` and ``calls.participants.remove``, shows them
with ``chat.postMessage``, ``chat.unfurl`` or a slash command's answer, and
verifies the requests Slack signs. One file, standard library only: copy
it into your project. Run as a script, it is a command line tool:
``python slack_calls.py --help``.

    import slack_calls
    r = slack_calls.calls_add(token, "m-42", "https://meet.example/42",
                              created_by="U0123ABCD")
    call_id = r["call"]["id"]
    slack_calls.calls_participants_add(token, call_id, ["U0123ABCD"])
    slack_calls.calls_end(token, call_id, duration=600)

Each function that calls Slack takes ``token`` first: a bot (``xoxb-``) or
user (``xoxp-``) token, sent only in the ``Authorization`` header. It
returns an ``ApiResponse`` when Slack answers ``ok: true`` (the sync, a
``ParticipantsChange``), and raises ``SlackCallsError`` for every Slack or
network failure. Bad arguments raise
``TypeError`` or ``ValueError`` before anything is sent.

Settings: every such function also takes these keyword-only arguments
(``respond`` all but ``base_url``).

``base_url``
    Slack's Web API root, ending in ``/``: ``SLACK_API_URL`` by default,
    ``GOVSLACK_API_URL`` for GovSlack. ``https://`` only (``http://`` for
    loopback hosts, for tests).
``timeout``
    Seconds for each attempt, from connecting to the answer's last byte:
    ``DEFAULT_TIMEOUT`` (10) by default, at most 86400. A call ends within
    ``(max_retries + 1) * timeout`` plus the waits between attempts (a
    backoff of at most 2 s, or a ``Retry-After`` of at most 30 s and 1 s of
    jitter); only the name lookup stands outside.
``max_retries``
    Attempts after the first, 0 to 100: ``DEFAULT_MAX_RETRIES`` (2) by
    default. A rate limit is waited out, unless Slack asks for more than
    30 s; a request that never reached Slack is repeated by every function;
    one whose outcome is unknown (sent, then a timeout, a dropped connection
    or a 5xx) only by those whose help says a repeat is harmless.
``ssl_context``
    An ``ssl.SSLContext`` for HTTPS; by default one shared context that
    verifies certificates against the system's store.
``proxy``
    An ``http://[user:password@]host:port`` proxy to tunnel HTTPS through;
    by default ``HTTPS_PROXY`` and ``NO_PROXY`` from the environment.

Users: ``users`` is a list or tuple of Slack user IDs (``"U0123ABCD"``) and
mappings with ``slack_id`` or ``external_id`` or both, plus
``display_name`` and ``avatar_url`` for people Slack does not know; or a
str holding a JSON array of such objects, sent as it is once it passes the
same checks (parsed strictly: no ``NaN`` or repeated keys). Values are
non-empty strings. Slack receives one JSON array.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime
import email.utils
import functools
import http.client
import io
import ipaddress
import json
import math
import os
import random
import socket
import ssl
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field

# typing.TYPE_CHECKING without importing typing: annotations are strings
# here, and every import a Lambda cold start pays for must earn its place.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from typing import Any, Callable, Sequence, Union

    Users = Union[str, Sequence[Union[str, Mapping[str, str]]]]
    _Base = tuple[bool, str, int, str]  # TLS?, host, port, path
    _Proxy = tuple[str, int, Union[str, None]]  # host, port, Proxy-Authorization
else:
    # What ``users`` takes (see the module's help). Type checkers see the
    # Union above; at run time the name resolves without importing typing.
    Users = "str | Sequence[str | Mapping[str, str]]"

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "GOVSLACK_API_URL",
    "SLACK_API_URL",
    "ApiResponse",
    "ParticipantsChange",
    "SlackCallsError",
    "SlackRequest",
    "Users",
    "call_reply",
    "calls_add",
    "calls_end",
    "calls_info",
    "calls_participants_add",
    "calls_participants_remove",
    "calls_participants_sync",
    "calls_update",
    "chat_post_call",
    "chat_unfurl_call",
    "chat_unfurl_calls",
    "is_valid_request",
    "parse_request",
    "respond",
]

__version__ = "0.1.0"

SLACK_API_URL = "https://slack.com/api/"
GOVSLACK_API_URL = "https://slack-gov.com/api/"
DEFAULT_TIMEOUT = 10.0  # seconds, for each attempt from connecting to the last byte
DEFAULT_MAX_RETRIES = 2  # attempts after the first

_MAX_TIMEOUT = 86400.0  # seconds; more is a mistake (sockets overflow near 1e10)
_MAX_RETRIES = 100  # more is a mistake, and the backoff arithmetic overflows
_MAX_RETRY_AFTER = 30.0  # seconds; a longer wait is the caller's to schedule
_MAX_JITTER = 1.0  # seconds added at most to a Retry-After (10% below 10 s)
_DEFAULT_RETRY_AFTER = 1.0  # seconds, when a rate limit names no readable wait
_BACKOFF = 0.2  # seconds before the first reconnect; doubles, with jitter
_MAX_BACKOFF = 2.0  # seconds, however many retries are allowed
_MAX_BODY = 2 * 1024 * 1024  # bytes; Slack's answers to these methods are tiny
_MAX_HEAD = 300 * 1024  # bytes of lines besides the body in one answer, as curl
_USERS_KEYS = ("slack_id", "external_id", "display_name", "avatar_url")
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
_SECOND = datetime.timedelta(seconds=1)
_MAX_DATE_START = 253402300799  # 9999-12-31 23:59:59 UTC, in UNIX seconds
_CALL_TEXT = "A call started"  # the notification text when none is given
_UNFURL_SOURCES = ("composer", "conversations_history")
_MAX_SSL_CHECK = 1024  # bytes of an unsigned body read to find an ssl_check
# Methods whose repeat is harmless, so an attempt whose outcome is unknown
# may be tried again: a repeated chat.unfurl modifies the same unfurl. The
# others would register, end or change a Call, or post a message, twice.
_IDEMPOTENT = frozenset({"calls.info", "chat.unfurl"})
# Sent as GET, with the arguments in the query, as Slack's API spec models it.
_GET = frozenset({"calls.info"})
# Slack's codes for failures on its side that may pass on a second try, and
# after which "part of the work may have been done" (Slack's words for two).
_TRANSIENT = frozenset({"internal_error", "fatal_error", "service_unavailable"})
# "The POST data was missing or truncated": Slack did not get the whole
# request, so it cannot have acted on it, and a retry is safe for every
# method (like a connection that never opened).
_NOT_RECEIVED = frozenset({"request_timeout"})
# Slack's pages say "ratelimited"; its API spec says "rate_limited" for some.
_RATE_LIMITED = frozenset({"ratelimited", "rate_limited"})

if sys.version_info >= (3, 10):
    _SLOTS: dict[str, bool] = {"slots": True}
else:
    _SLOTS = {}


_DEBUG, _INFO, _WARNING = 10, 20, 30  # logging's levels, without importing it


def _log(level: int, message: str, *args: object) -> None:
    """Log to the "slack_calls" logger, if it would emit at ``level``.

    Until some code imports logging, nothing can have configured it, and
    records below WARNING would go nowhere; so logging, which costs more
    start-up time than the rest of this module, is imported only then.
    """
    if level < _WARNING and "logging" not in sys.modules:
        return
    import logging

    logger = logging.getLogger("slack_calls")
    if logger.isEnabledFor(level):  # text a server wrote, escaped as in messages
        logger.log(
            level, message, *(_shown(a) if isinstance(a, str) else a for a in args)
        )


def _user_agent() -> str:
    try:
        system, release = os.uname().sysname, os.uname().release
    except AttributeError:  # Windows has no os.uname
        import platform

        system, release = platform.system(), platform.release()
    python = ".".join(map(str, sys.version_info[:3]))
    return f"slack_calls/{__version__} Python/{python} {system}/{release}"


_USER_AGENT = _user_agent()


# Errors...


class SlackCallsError(Exception):
    """A Slack Web API call failed.

    Attributes:

    ``method``
        Slack's method name, such as ``"calls.add"``; ``"response_url"``
        for ``respond``.
    ``error``
        Slack's error code (``"invalid_auth"``; ``"ratelimited"`` for every
        rate limit, HTTP 429 or not), or one of ours when Slack gave none:
        ``"timeout"``, ``"connection_error"``, ``"tls_error"``,
        ``"proxy_error"``, ``"redirect_refused"``, ``"invalid_response"``,
        ``"response_too_large"``, ``"http_error"``, ``"unknown_error"``
        (``ok: false`` with no code).
    ``status_code``
        The HTTP status (the proxy's, for ``proxy_error``), or ``None`` when
        no response arrived.
    ``response``
        The ``ApiResponse``, or ``None`` when there is no usable one.
    ``retry_after``
        Seconds to wait when rate limited (from ``Retry-After``, 1 if it
        is missing), else ``None``.
    """

    def __init__(
        self,
        message: str,
        method: str = "",
        error: str = "",
        status_code: int | None = None,
        response: ApiResponse | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.method = method
        self.error = error
        self.status_code = status_code
        self.response = response
        self.retry_after = retry_after
        # False only when the request certainly never reached the server,
        # which makes a retry safe for every method.
        self._sent = True


# Responses...


@dataclass(frozen=True, **_SLOTS)
class ApiResponse:
    """Slack's answer to one Web API call: status, headers and JSON body.

    Fields: ``method`` (such as ``"calls.add"``), ``status_code`` (the HTTP
    status), ``headers`` (case-insensitive), ``data`` (the JSON body as a
    dict) and ``body`` (its raw bytes). ``r["call"]``, ``r.get("call")``
    and ``"call" in r`` read ``data``.
    """

    method: str
    status_code: int
    headers: http.client.HTTPMessage = field(repr=False)
    data: dict[str, Any]
    body: bytes = field(repr=False)

    @property
    def success(self) -> bool:
        """True when Slack answered ``ok: true`` with a 2xx status."""
        return 200 <= self.status_code < 300 and self.data.get("ok") is True

    @property
    def error(self) -> str | None:
        """Slack's ``error`` code, or ``None``."""
        error = self.data.get("error")
        return error if isinstance(error, str) else None

    @property
    def errors(self) -> list[str]:
        """Empty on success, else the error code and Slack's messages."""
        if self.success:
            return []
        return [self.error or "unknown_error", *self._metadata("messages")]

    @property
    def warnings(self) -> list[str]:
        """Warning codes from ``warning`` and ``response_metadata``, once each."""
        warning = self.data.get("warning")
        codes = warning.split(",") if isinstance(warning, str) else []
        codes += self._metadata("warnings")
        return list(dict.fromkeys(c.strip() for c in codes if c.strip()))

    def get(self, key: str, default: Any = None) -> Any:
        """``data.get(key, default)``, as on slack_sdk's ``SlackResponse``."""
        return self.data.get(key, default)

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def __contains__(self, key: object) -> bool:
        return key in self.data

    def _metadata(self, key: str) -> list[str]:
        metadata = self.data.get("response_metadata")
        items = metadata.get(key) if isinstance(metadata, dict) else None
        return [str(i) for i in items] if isinstance(items, list) else []


@dataclass(frozen=True, **_SLOTS)
class ParticipantsChange:
    """What ``calls_participants_sync`` changed: ``added`` and ``removed``,
    the lists of user dicts it sent to ``calls.participants.add`` and ``.remove``.
    """

    added: list[dict[str, Any]]
    removed: list[dict[str, Any]]


# Transport...
# http.client formats requests and parses answers; the socket work is ours,
# so that one deadline bounds a whole attempt (connect, proxy tunnel, TLS
# handshake, sending, and every read up to the last byte of the body),
# whatever a server sends or withholds, and so that we know whether any
# byte of the request left. urllib's opener could tell neither.


def _left(deadline: float) -> float:
    """Seconds left before ``deadline``; a timeout once there are none."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise socket.timeout("timed out")
    return left


class _Socket:
    """A connected socket whose every send and read ends by one deadline.

    Each blocking call gets only the time left, so a server that trickles a
    byte at a time, or sends informational answers or trailer lines without
    end, cannot stretch the attempt. ``sent`` turns true once any byte of the
    request was handed to the kernel: from then on the server may act on it.
    """

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self.sock = sock
        self.deadline = deadline
        self.sent = False

    def sendall(self, data: bytes) -> None:
        # socket.sendall bounds the whole send, but SSLSocket.sendall gives
        # each piece the full timeout again: loop here instead.
        view = memoryview(data)
        while view:
            self.sock.settimeout(_left(self.deadline))
            count = self.sock.send(view)
            self.sent = True
            view = view[count:]

    def recv_into(self, buffer: Any) -> int:
        self.sock.settimeout(_left(self.deadline))
        return self.sock.recv_into(buffer)

    def makefile(self, mode: str) -> io.BufferedReader:
        return _Lines(_Reader(self))

    def close(self) -> None:
        # http.client closes the connection as soon as an answer that ends
        # with the connection has begun, before its body is read; the socket
        # is closed by _attempt when it is done with it.
        pass


class _Reader(io.RawIOBase):
    def __init__(self, source: _Socket) -> None:
        self._source = source

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return self._source.recv_into(buffer)


class _Lines(io.BufferedReader):
    """An answer's stream, whose lines (status, headers, 1xx answers, chunk
    sizes, trailers) share a budget: http.client bounds each line and block."""

    budget = _MAX_HEAD

    def readline(self, size: int | None = -1) -> bytes:
        line = super().readline(size)
        self.budget -= len(line)
        if self.budget < 0:
            raise _Unreadable(f"over {_MAX_HEAD} bytes of headers")
        return line


class _Unreadable(http.client.HTTPException):
    """An answer refused before its body: an ``invalid_response``."""


class _Response(http.client.HTTPResponse):
    def _read_status(self) -> tuple[str, int, str]:
        # Informational answers (100 Continue, 102, 103 Early Hints...) may
        # come before the final one; http.client skips only 100, and would
        # take a 103 for the answer. 101 is left for _attempt to refuse.
        while True:
            status: tuple[str, int, str] = super()._read_status()  # type: ignore[misc]
            if not 100 <= status[1] < 200 or status[1] == 101:
                return status
            http.client.parse_headers(self.fp)


class _Connection(http.client.HTTPConnection):
    """One attempt's connection, direct or tunnelled through a proxy."""

    response_class = _Response

    def __init__(
        self,
        host: str,
        port: int,
        context: ssl.SSLContext | None,
        proxy: _Proxy | None,
        deadline: float,
    ) -> None:
        super().__init__(host, port)
        self.default_port = 443 if context else 80  # for the Host header
        self._context = context
        self._proxy = proxy
        self.deadline = deadline
        self.wire: _Socket | None = None
        self.reaching = ""  # what a failure now fails to reach, for messages

    def connect(self) -> None:
        address = self._proxy[:2] if self._proxy else (self.host, self.port)
        self.reaching = ("the proxy " if self._proxy else "") + _host_port(*address)
        wire = self.wire = _Socket(_connect(address, self.deadline), self.deadline)
        if self._proxy:
            self._tunnel_to(wire)
            self.reaching = f"{_host_port(self.host, self.port)} through the proxy"
        if self._context:
            # Handshake once wire holds the TLS socket, so that _attempt closes
            # it whatever interrupts the handshake (wrap_socket: OSError only).
            wire.sock = self._context.wrap_socket(
                wire.sock, server_hostname=self.host, do_handshake_on_connect=False
            )
            wire.sock.settimeout(_left(self.deadline))  # a deadline in _ssl
            wire.sock.do_handshake()
        self.sock = wire
        self.reaching = ""

    def _tunnel_to(self, wire: _Socket) -> None:
        assert self._proxy is not None
        target = _host_port(self.host, self.port)
        lines = [f"CONNECT {target} HTTP/1.1", f"Host: {target}"]
        if self._proxy[2]:
            lines.append(f"Proxy-Authorization: {self._proxy[2]}")
        # Sent past wire.sendall: these bytes are for the proxy, not Slack.
        wire.sock.settimeout(_left(self.deadline))
        wire.sock.sendall("\r\n".join([*lines, "", ""]).encode("ascii"))
        reply = _Response(wire, method="CONNECT")  # type: ignore[arg-type]
        # Nothing the proxy wrote is quoted: its status line or reason phrase
        # may echo Proxy-Authorization.
        try:
            reply.begin()
        except http.client.HTTPException:
            raise _Unreadable("the proxy's answer to CONNECT is not HTTP") from None
        if not 200 <= reply.status < 300:  # any 2xx opens a tunnel
            raise _ProxyRefused(reply.status)


class _ProxyRefused(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(f"the proxy answered CONNECT with {status}")
        self.status = status


def _host_port(host: str, port: int) -> str:
    """``host:port`` as in a URL: an IPv6 address in brackets."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _connect(address: tuple[str, int], deadline: float) -> socket.socket:
    # socket.create_connection gives each address the whole timeout, which
    # would multiply the bound; giving the first all of it would never reach
    # the next when the first is unreachable (a broken IPv6 route, say). So
    # each address gets an equal share of what is left. Name lookup cannot
    # be bounded without a thread: the README says so.
    error: OSError = OSError(f"no address for {address[0]}")
    found = socket.getaddrinfo(*address, type=socket.SOCK_STREAM)
    for n, (family, kind, proto, _, sockaddr) in enumerate(found):
        left = _left(deadline) / (len(found) - n)
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(left)
            until = time.monotonic() + left
            sock.connect(sockaddr)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except BaseException as exc:  # closed before any goes on (Ctrl-C too)
            sock.close()
            if not isinstance(exc, OSError) or _theirs(exc, until):
                raise
            error = exc
            continue
        return sock
    raise error


@functools.lru_cache(maxsize=None)
def _default_context() -> ssl.SSLContext:
    # Built once and shared: building a context loads the CA store, tens of
    # milliseconds of CPU that urllib spent on every call before 3.12.
    context = ssl.create_default_context()
    context.set_alpn_protocols(["http/1.1"])
    return context


@functools.lru_cache(maxsize=None)
def _env_proxies() -> dict[str, str]:
    """The proxies urllib finds (environment, or the system's settings).

    Read once, at the first HTTPS call, as urlopen's default opener does.
    NO_PROXY is looked up on each call that would use a proxy.
    """
    return urllib.request.getproxies()


def _route(host: str, port: int) -> _Proxy | None:
    """The proxy from the environment for an HTTPS call to host, or None."""
    proxy = _env_proxies().get("https")
    # The host goes to proxy_bypass as urllib passes it: IPv6 in brackets.
    if not proxy or urllib.request.proxy_bypass(_host_port(host, port)):
        return None
    name = f"the {_proxy_variable()} environment variable"
    return _parse_proxy(proxy, name)


# The command line's --dry-run stops a call here, after the request is built
# and before it is sent. A context variable keeps that local to one thread.
_dry_run: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "slack_calls_dry_run", default=False
)


class _DryRun(Exception):
    """Carries the request: verb, URL, headers, body and proxy (or None)."""


def _call(
    method: str,
    token: str,
    fields: Mapping[str, str | None],
    base_url: str,
    timeout: float,
    max_retries: int,
    ssl_context: ssl.SSLContext | None,
    proxy: str | None,
) -> ApiResponse:
    """Send one Web API call and return Slack's answer, retrying when safe.

    The token goes only in the ``Authorization`` header. ``calls.info`` is a
    GET with its arguments in the query; the other methods POST a form body
    with no charset parameter (Slack warns ``superfluous_charset`` about
    one). Arguments that are ``None`` are left out.
    """
    _check_token(token)
    query = urllib.parse.urlencode({k: v for k, v in fields.items() if v is not None})
    headers = {"Authorization": f"Bearer {token}"}
    target, body = f"{method}?{query}", None  # a GET
    if method not in _GET:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        target, body = method, query.encode("ascii")
    return _send(method, base_url, target, body, headers, _response,
                 timeout, max_retries, ssl_context, proxy)  # fmt: skip


def _send(
    method: str,
    base_url: str,
    target: str,
    body: bytes | None,
    headers: dict[str, str],
    read: Callable[[str, int, http.client.HTTPMessage, bytes], ApiResponse],
    timeout: float,
    max_retries: int,
    ssl_context: ssl.SSLContext | None,
    proxy: str | None,
) -> ApiResponse:
    """POST ``body`` (GET if None) to ``base_url + target``, retrying when safe.

    ``read`` turns each answer into the ``ApiResponse``, or raises the
    ``SlackCallsError`` it stands for. ``method`` names the call in messages
    and logs, and decides whether a repeat is harmless.

    ``timeout`` bounds each attempt from connecting to the last byte of the
    answer, so a call ends within ``(max_retries + 1) * timeout`` plus the
    waits between attempts (name lookup aside). Retries: a rate limit is
    retried after its ``Retry-After`` (unless over 30 s); a request that
    never reached Slack is retried for every method; one whose outcome is
    unknown (a timeout after sending, a dropped connection, a 5xx) only for
    methods whose repeat is harmless, since repeating ``calls.add`` could
    register the Call twice.
    """
    tls, host, port, path = _check_base_url(base_url)
    _check_settings(timeout, max_retries, ssl_context, proxy)
    # An explicit proxy is checked even where it is not used (loopback).
    via = None if proxy is None else _parse_proxy(proxy, "proxy")
    context = (ssl_context or _default_context()) if tls else None
    if not tls:  # plain-http loopback, for tests: never through a proxy
        via = None
    elif proxy is None:
        via = _route(host, port)
    verb = "GET" if body is None else "POST"
    headers["User-Agent"] = _USER_AGENT
    if _dry_run.get():
        raise _DryRun(verb, base_url + target, headers, body or b"", via)
    headers["Connection"] = "close"

    attempt = 0
    while True:
        attempt += 1
        started = time.perf_counter()
        connection = _Connection(host, port, context, via, time.monotonic() + timeout)
        try:
            answer = _attempt(connection, method, verb, path + target, body, headers)
            response = read(method, *answer)
        except SlackCallsError as exc:
            elapsed = (time.perf_counter() - started) * 1000
            got = f"HTTP {exc.status_code}" if exc.status_code else "no HTTP response"
            _log(_DEBUG, "%s attempt %d: %s (%s) after %.1f ms",
                 method, attempt, exc.error, got, elapsed)  # fmt: skip
            wait = _retry_wait(exc, method, attempt)
            if wait is None or attempt > max_retries:
                if method not in _IDEMPOTENT and _unsure(exc):
                    note = "the request may have been processed, so it was not retried"
                    exc.args = (f"{exc}; {note}",)
                raise
            _log(_INFO, "%s: %s (%s); retry %d of %d in %.2f s", method,
                 exc.error, got, attempt, max_retries, wait)  # fmt: skip
            time.sleep(wait)
            continue
        elapsed = (time.perf_counter() - started) * 1000
        _log(_DEBUG, "%s attempt %d: HTTP %d after %.1f ms",
             method, attempt, response.status_code, elapsed)  # fmt: skip
        return response


def _attempt(
    connection: _Connection,
    method: str,
    verb: str,
    path: str,
    body: bytes | None,
    headers: dict[str, str],
) -> tuple[int, http.client.HTTPMessage, bytes]:
    """One attempt: the answer's status, headers and body, or the error."""
    deadline = connection.deadline
    try:
        try:
            connection.request(verb, path, body, headers)
        except OSError as exc:
            if not (connection.wire and connection.wire.sent) or _theirs(exc, deadline):
                raise
            # A server may answer before it has read the whole request (a
            # 413, say) and close, failing the rest of the send: its answer,
            # if there is one, is the outcome.
            try:
                reply = connection.getresponse()
            except (OSError, http.client.HTTPException) as late:
                if _theirs(late, deadline):
                    raise
                raise exc from None
        else:
            reply = connection.getresponse()
        status, reply_headers = reply.status, reply.headers
        content = _read_body(reply, method, status)
    except _ProxyRefused as exc:
        raise _proxy_error(method, exc) from exc
    except (OSError, http.client.HTTPException) as exc:
        if _theirs(exc, deadline):
            raise
        sent = bool(connection.wire and connection.wire.sent)
        raise _no_response(method, exc, sent, connection.reaching) from exc
    finally:
        connection.close()
        if connection.wire:
            connection.wire.sock.close()
    return status, reply_headers, content


def _theirs(exc: BaseException, deadline: float) -> bool:
    # A timer's timeout (the kernel's ETIMEDOUT has an errno) with time left
    # (10 ms in hand) is not ours but the caller's: a watchdog's, say.
    timer = isinstance(exc, TimeoutError) and exc.errno is None
    return timer and time.monotonic() < deadline - 0.01


def _response(
    method: str, status: int, headers: http.client.HTTPMessage, body: bytes
) -> ApiResponse:
    """Slack's answer as an ApiResponse, or the error it stands for."""
    if status < 200:  # 101: _Response skipped every other 1xx
        raise SlackCallsError(
            f"{method} failed: invalid_response (HTTP {status}): a protocol"
            " switch that was not asked for",
            method,
            "invalid_response",
            status,
        )
    try:
        data = _decoder().decode(body.decode()) if body else None
    except (ValueError, RecursionError) as exc:
        raise _bad_response(method, status, headers, body, "not JSON") from exc
    if not isinstance(data, dict):
        raise _bad_response(method, status, headers, body, "not a JSON object")
    return _checked(ApiResponse(method, status, headers, data, body), "unknown_error")


def _checked(response: ApiResponse, no_code: str) -> ApiResponse:
    """A readable answer, or the error it stands for (``no_code`` if none)."""
    method, warnings = response.method, response.warnings
    if warnings:
        _log(_WARNING, "%s: Slack warned: %s", method, ", ".join(warnings))
    error = _status_error(method, response)
    if error:
        raise error
    if not response.success:
        raise _error(method, response.error or no_code, response)
    return response


def _status_error(method: str, response: ApiResponse) -> SlackCallsError | None:
    """The failure that a reply's status, or a rate-limit code, stands for."""
    status = response.status_code
    if 300 <= status < 400:
        return _error(method, "redirect_refused", response)
    if status == 429 or (not response.success and response.error in _RATE_LIMITED):
        # Slack signals rate limits with 429; some methods' bodies also say
        # so. Either way the request was turned away, so a retry is safe.
        retry_after = _parse_retry_after(response.headers.get("Retry-After"))
        return _error(method, "ratelimited", response, retry_after)
    if not 200 <= status < 300:
        return _error(method, response.error or "http_error", response)
    return None


def _hook_answer(
    method: str, status: int, headers: http.client.HTTPMessage, body: bytes
) -> ApiResponse:
    """A response_url's answer: ``ok`` or ``{"ok": true}``, else the error."""
    text = body.decode("utf-8", "replace").strip()
    data = _strict_json(text)
    if not isinstance(data, dict):
        # Slack's codes are one word: an HTML page or a stack trace is none.
        code = text.isascii() and text.isidentifier() and len(text) <= 100
        data = {"ok": True} if text == "ok" else {"error": text} if code else {}
    response = ApiResponse(method, status, headers, data, body)
    return _checked(response, "invalid_response")


def _read_body(reply: Any, method: str, status: int) -> bytes:
    # Read at most one byte past the cap, so a hostile or broken server can
    # neither exhaust memory nor hide a truncated body behind a short read.
    # A chunked body's length is in its chunks; RFC 9112 6.3 says to ignore
    # a Content-Length sent beside Transfer-Encoding.
    lengths = set([] if reply.chunked else reply.headers.get_all("Content-Length", []))
    if len(lengths) > 1:  # RFC 9112 6.3: unrecoverable
        raise _unreadable(reply, method, status, "invalid_response", "two lengths")
    declared: int | None = None
    if lengths:
        # Digits only (RFC 9112 6.3): int() takes "+1" and "1_0", isdigit()
        # "\xb2". Zeros in front count for nothing; 19 digits are over the cap.
        digits = lengths.pop().strip()
        if not (digits.isascii() and digits.isdigit()):
            raise _unreadable(
                reply, method, status, "invalid_response", "a bad Content-Length"
            )
        digits = digits.lstrip("0") or "0"
        declared = int(digits) if len(digits) < 19 else _MAX_BODY + 1
    if declared is not None and declared > _MAX_BODY:
        raise _too_large(reply, method, status, f"{digits[:19]} bytes declared")
    # read1() returns what one socket read brings: read(amt) is no bound, as
    # http.client reads a chunk whose size line says "-1" to the stream's end.
    buffer = bytearray()
    while len(buffer) <= _MAX_BODY:
        piece = reply.read1(_MAX_BODY + 1 - len(buffer))
        if not piece:
            break
        buffer += piece
    body = bytes(buffer)
    if len(body) > _MAX_BODY:
        raise _too_large(reply, method, status, "body")
    if declared is not None and len(body) != declared:
        raise http.client.IncompleteRead(body, declared - len(body))
    return body


def _too_large(reply: Any, method: str, status: int, what: str) -> SlackCallsError:
    problem = f"{what} over the {_MAX_BODY}-byte limit"
    return _unreadable(reply, method, status, "response_too_large", problem)


def _unreadable(
    reply: Any, method: str, status: int, error: str, problem: str
) -> SlackCallsError:
    # A 429 keeps its Retry-After: _retry_wait relies on it.
    retry_after = (
        _parse_retry_after(reply.headers.get("Retry-After")) if status == 429 else None
    )
    return SlackCallsError(
        f"{method} failed: {error} (HTTP {status}): {problem}",
        method,
        error,
        status,
        retry_after=retry_after,
    )


def _retry_wait(exc: SlackCallsError, method: str, attempt: int) -> float | None:
    """Seconds to wait before trying again, or None when a retry is unsafe."""
    if exc.retry_after is not None:  # rate limited: nothing was done
        return _jittered(exc.retry_after)
    if exc.error == "tls_error" or (
        exc.error == "proxy_error" and exc.status_code not in (502, 503, 504)
    ):
        # A bad certificate, an intercepting proxy or a proxy that wants
        # other credentials will not change its mind on its own.
        return None
    backoff = min(_BACKOFF * 2.0 ** (attempt - 1), _MAX_BACKOFF)
    backoff *= random.uniform(0.5, 1.0)
    if not exc._sent or exc.error in _NOT_RECEIVED:
        return backoff
    if method not in _IDEMPOTENT:
        return None
    if exc.status_code is None or exc.status_code >= 500:
        retry_after = exc.response and exc.response.headers.get("Retry-After")
        return _jittered(_parse_retry_after(retry_after)) if retry_after else backoff
    return backoff if exc.error in _TRANSIENT else None


def _unsure(exc: SlackCallsError) -> bool:
    """True when the failed request may still have been acted on."""
    status = exc.status_code
    if not exc._sent or exc.retry_after is not None or exc.error in _NOT_RECEIVED:
        return False
    if status is None or status >= 500 or exc.error in _TRANSIENT:
        return True
    # A 4xx, or Slack's own code in a readable 2xx answer, says it was not.
    readable = exc.response is not None and bool(exc.response.data)
    return status < 400 and not (200 <= status < 300 and readable)


def _jittered(retry_after: float) -> float | None:
    # A little jitter, so that many clients told the same wait do not all
    # come back at once; a wait over the cap is the caller's to schedule.
    if retry_after > _MAX_RETRY_AFTER:
        return None
    return retry_after + random.uniform(0.0, min(retry_after / 10, _MAX_JITTER))


def _parse_retry_after(value: str | None) -> float:
    # Retry-After is digits or an HTTP date (RFC 9110 10.2.3); anything else
    # ("-0", "+5", "1_0", "1.5") counts as absent.
    value = (value or "").strip()
    if value.isascii() and value.isdigit():
        seconds = float(value)
        return seconds if math.isfinite(seconds) else _DEFAULT_RETRY_AFTER
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return _DEFAULT_RETRY_AFTER
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.timezone.utc)
    seconds = (when - datetime.datetime.now(datetime.timezone.utc)).total_seconds()
    return max(0.0, math.ceil(seconds))


def _error(
    method: str, error: str, response: ApiResponse, retry_after: float | None = None
) -> SlackCallsError:
    message = f"{method} failed: {_shown(error)} (HTTP {response.status_code})"
    details = response._metadata("messages")
    if details:
        message += ": " + _shown("; ".join(details))
    if retry_after is not None:
        message += f"; retry after {retry_after:g} s"
    if response.status_code == 404 and not response.data and method != "response_url":
        message += f"; base_url should end in /api/, as {SLACK_API_URL!r} does"
    return SlackCallsError(
        message, method, error, response.status_code, response, retry_after
    )


def _bad_response(
    method: str,
    status: int,
    headers: http.client.HTTPMessage,
    body: bytes,
    problem: str,
) -> SlackCallsError:
    # A 5xx or 429 from a proxy or load balancer is often an HTML page: keep
    # the status's meaning rather than calling it only a bad body.
    response = ApiResponse(method, status, headers, {}, body)
    error = _status_error(method, response)
    if error:
        return error
    content_type = _shown(headers.get("Content-Type", "no content type"))
    return SlackCallsError(
        f"{method} failed: invalid_response (HTTP {status}): body is {problem} "
        f"({len(body)} bytes, {content_type})",
        method,
        "invalid_response",
        status,
        response,
    )


def _no_response(
    method: str, reason: BaseException, sent: bool, reaching: str = ""
) -> SlackCallsError:
    if isinstance(reason, (socket.timeout, TimeoutError)):
        error = "timeout"
    elif isinstance(reason, ssl.SSLError) and not isinstance(
        reason, (ssl.SSLEOFError, ssl.SSLZeroReturnError)
    ):
        error = "tls_error"
    elif isinstance(reason, _Unreadable):
        error = "invalid_response"
    else:  # a connection closed mid-handshake is a network failure
        error = "connection_error"
    where = f"connecting to {reaching}: " if reaching else ""
    message = f"{method} failed: {error} (no HTTP response): {where}{_shown(reason)}"
    exc = SlackCallsError(message, method, error)
    exc._sent = sent
    return exc


def _shown(text: object) -> str:
    # What a server wrote may hold line breaks or terminal escapes: one
    # line of printable text goes into a message, whatever it sent.
    shown = str(text)
    return shown if shown.isprintable() else ascii(shown)


def _proxy_error(method: str, refused: _ProxyRefused) -> SlackCallsError:
    exc = SlackCallsError(
        f"{method} failed: proxy_error (HTTP {refused.status} from the proxy):"
        f" {refused}",
        method,
        "proxy_error",
        refused.status,
    )
    exc._sent = False  # the proxy turned the tunnel down: Slack never saw it
    return exc


# Argument checks...


def _check_token(token: object, name: str = "token") -> str:
    # The messages never include the value: it may be a real one, mistyped.
    # A stray newline would otherwise fail every call (or, for a signing
    # secret, reject every request) without saying why.
    if not isinstance(token, str):
        raise TypeError(f"{name} must be a str, not {type(token).__name__}")
    if not token:
        raise ValueError(f"{name} must not be empty")
    if token[:7].lower() == "bearer ":
        raise ValueError(f"{name} must be given without 'Bearer ', which is added")
    if name == "token" and token.startswith("xapp-"):
        raise ValueError(
            "token is an app-level token (xapp-...), which cannot call these"
            " methods: use a bot token (xoxb-...) or a user token (xoxp-...)"
        )
    if not (token.isascii() and token.isprintable()) or " " in token:
        raise ValueError(
            f"{name} must be printable ASCII without whitespace"
            " (check for a trailing newline or stray quotes)"
        )
    return token


def _check_base_url(base_url: object) -> _Base:
    if not isinstance(base_url, str):
        raise TypeError(f"base_url must be a str, not {type(base_url).__name__}")
    return _parse_base_url(base_url)


# Cached because parsing the URL and checking its host cost more than the
# rest of building a request, and a process uses one or two base URLs. It
# is a pure function of the string; refusals raise and are not cached.
@functools.lru_cache(maxsize=32)
def _parse_base_url(base_url: str) -> _Base:
    """Check ``base_url``: (TLS?, host, port, path) for https or loopback http."""
    if not (base_url.isascii() and base_url.isprintable()) or " " in base_url:
        raise ValueError(
            "base_url must be printable ASCII without spaces, such as"
            f" {SLACK_API_URL!r} (percent-encode anything else)"
        )
    try:
        parts = urllib.parse.urlsplit(base_url)
        # Reading .port checks its range, and encoding the host checks its
        # labels (UnicodeError is a ValueError): both would fail mid-send.
        host, port = parts.hostname or "", parts.port
        host.encode("idna")
    except ValueError:
        host = ""
    # A percent-encoded host would be checked as one name and reached as
    # another, if at all: http.client sends the host as it is written.
    if (
        not host
        or "%" in host
        or parts.username is not None
        or parts.query
        or parts.fragment
    ):
        raise ValueError(
            "base_url must be a plain https:// URL ending in '/', such as"
            f" {SLACK_API_URL!r}"
        )
    if not base_url.endswith("/"):
        raise ValueError(f"base_url must end in '/', as in {SLACK_API_URL!r}")
    if port == 0:
        raise ValueError(f"base_url's port must be from 1 to 65535, not {port}")
    if parts.scheme == "https":
        return True, host, port or 443, parts.path
    if parts.scheme == "http" and _is_loopback(host):
        return False, host, port or 80, parts.path
    raise ValueError(
        "base_url must use https:// (http:// is allowed only for loopback"
        " hosts such as 127.0.0.1, for tests)"
    )


def _proxy_variable() -> str:
    # urllib prefers the lower-case name when both are set.
    return "https_proxy" if os.environ.get("https_proxy") else "HTTPS_PROXY"


def _parse_proxy(value: str, name: str) -> _Proxy:
    """A proxy URL as (host, port, Proxy-Authorization value or None).

    Messages never quote the URL: it may hold a password.
    """
    if "://" not in value:
        value = f"http://{value}"  # as urllib reads HTTPS_PROXY=host:port
    try:
        parts = urllib.parse.urlsplit(value)
        host, port = parts.hostname or "", parts.port
        host.encode("idna")  # as for base_url: it would fail mid-connect
    except ValueError:
        parts, host, port = urllib.parse.urlsplit(""), "", 0
    # urllib would speak plain HTTP even to a proxy named https://, and send
    # its credentials in clear text: refused here, wherever the URL comes from.
    if parts.scheme == "https":
        raise ValueError(
            f"{name} must be an http:// URL: TLS to the proxy itself is not"
            " supported (most proxies speak plain HTTP: write http://; the"
            " call to Slack is still encrypted end to end, inside the CONNECT"
            " tunnel)"
        )
    if (
        parts.scheme != "http"
        or not host
        or port == 0
        or not (value.isascii() and value.isprintable())
        or " " in value
        or "%" in host
        or parts.path not in ("", "/")
        or parts.query
        or parts.fragment
    ):
        raise ValueError(
            f"{name} must be http://, a host and a port from 1 to 65535, and"
            " nothing more: http://proxy.example:3128, or"
            " http://user:password@proxy.example:3128 with credentials"
        )
    authorization = None
    if parts.username is not None:
        unquote = urllib.parse.unquote
        pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
        import base64  # only proxy credentials need it

        authorization = "Basic " + base64.b64encode(pair.encode()).decode("ascii")
    return host, port or 80, authorization


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_settings(
    timeout: object, max_retries: object, ssl_context: object, proxy: object
) -> None:
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)):
        raise TypeError(f"timeout must be a number, not {type(timeout).__name__}")
    if not 0 < timeout <= _MAX_TIMEOUT:  # also refuses NaN
        raise ValueError(
            f"timeout must be more than 0 and at most {_MAX_TIMEOUT:g} seconds,"
            f" not {timeout}"
        )
    if isinstance(max_retries, bool) or not isinstance(max_retries, int):
        raise TypeError(f"max_retries must be an int, not {type(max_retries).__name__}")
    if not 0 <= max_retries <= _MAX_RETRIES:
        raise ValueError(
            f"max_retries must be from 0 to {_MAX_RETRIES}, not {max_retries}"
        )
    if ssl_context is not None and not isinstance(ssl_context, ssl.SSLContext):
        raise TypeError(
            "ssl_context must be an ssl.SSLContext or None, not"
            f" {type(ssl_context).__name__}"
        )
    if proxy is not None and not isinstance(proxy, str):
        raise TypeError(f"proxy must be a str or None, not {type(proxy).__name__}")


def _text(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty or only whitespace")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(
            f"{name} holds a lone surrogate at index {exc.start}, which UTF-8"
            " cannot encode"
        ) from None
    return value


def _join_url(value: object) -> str:
    # Opened in a browser (desktop_app_join_url may use any scheme).
    url = _text("join_url", value)
    scheme, _, rest = url.partition("://")
    if scheme.lower() not in ("http", "https") or rest[:1] in ("", "/", "?", "#"):
        raise ValueError("join_url must be an absolute http:// or https:// URL")
    return url


def _optional_text(name: str, value: object) -> str | None:
    return None if value is None else _text(name, value)


def _seconds(name: str, value: object) -> str | None:
    """A count of seconds as Slack's decimal string, or None to omit it."""
    if value is None:
        return None
    if isinstance(value, datetime.timedelta):
        value = value // _SECOND  # exact: total_seconds() is a float
    elif isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(
                f"{name} must be timezone-aware: a naive datetime has no"
                " fixed moment (use datetime.now(timezone.utc))"
            )
        value = (value - _EPOCH) // _SECOND  # exact: timestamp() is a float
    elif isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    elif isinstance(value, float) and not value.is_integer():
        raise ValueError(f"{name} must be a whole number of seconds, not {value}")
    if value < 0:
        raise ValueError(f"{name} must not be negative, not {value}")
    return str(int(value))


def _duration(value: object) -> str | None:
    if isinstance(value, datetime.datetime):
        raise TypeError("duration must be an int or a timedelta, not datetime")
    return _seconds("duration", value)


def _date_start(value: object) -> str | None:
    if isinstance(value, datetime.timedelta):
        raise TypeError("date_start must be an int or a datetime, not timedelta")
    seconds = _seconds("date_start", value)
    if seconds is not None and int(seconds) > _MAX_DATE_START:
        raise ValueError(
            f"date_start {seconds} looks like milliseconds (as JavaScript's"
            " Date.now() gives): Slack wants UNIX seconds, so divide by 1000"
        )
    return seconds


def _users(value: object, required: bool) -> str | None:
    """The ``users`` argument as one compact JSON array, or None to omit it."""
    if value is None and not required:
        return None
    items, encoded = _user_list(value)
    if required and not items:
        raise ValueError("users must name at least one user")
    return encoded


def _user_list(value: object) -> tuple[list[dict[str, str]], str]:
    """``users`` checked: its users as dicts, and the JSON array to send."""
    if isinstance(value, str):
        items = _strict_json(value)
        if not isinstance(items, list):
            raise ValueError(
                "users is a str but not a JSON array (strictly: no NaN, Infinity"
                ' or repeated keys); pass a list such as ["U0123ABCD"], or a JSON'
                " array of objects"
            )
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                raise ValueError(
                    f"users[{i}] must be an object with slack_id or external_id:"
                    " a JSON users string is sent as it is (a list of IDs is"
                    " wrapped for you)"
                )
            items[i] = _user(i, item)  # the same rules as the list form
        encoded = _text("users", value)
    elif isinstance(value, (list, tuple)):
        items = [_user(i, item) for i, item in enumerate(value)]
        encoded = _compact(items)
    else:
        raise TypeError(
            "users must be a list or tuple of user IDs and mappings, or a JSON"
            f" array str, not {type(value).__name__}"
        )
    return items, encoded


@functools.lru_cache(maxsize=None)  # one, as json.loads keeps one
def _decoder() -> json.JSONDecoder:
    """JSON as RFC 8259 has it: no NaN or Infinity, no number too large for
    a float (1e400), no key twice in one object (either might be read)."""
    return json.JSONDecoder(
        parse_constant=_not_json, parse_float=_not_json, object_pairs_hook=_unique_keys
    )


def _not_json(text: str) -> float:
    # For parse_constant (NaN, Infinity) and parse_float (1e400 is inf).
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is not a JSON number")
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Slack might read either of two values for one key: refuse both.
    items = dict(pairs)
    if len(items) != len(pairs):
        raise ValueError("repeated key")
    return items


def _strict_json(text: str) -> Any:
    """``text`` parsed as strict JSON, or None if it is not (or too deep)."""
    try:
        return _decoder().decode(text)
    except (ValueError, RecursionError):
        return None


def _user(index: int, item: object) -> dict[str, str]:
    name = f"users[{index}]"
    if isinstance(item, str):
        return {"slack_id": _text(name, item)}
    if not isinstance(item, Mapping):
        raise TypeError(
            f"{name} must be a Slack user ID str or a mapping, not"
            f" {type(item).__name__}"
        )
    unknown = sorted(set(item) - set(_USERS_KEYS), key=str)
    if unknown:
        raise ValueError(
            f"{name} has unknown keys {unknown}; allowed: {', '.join(_USERS_KEYS)}"
        )
    if "slack_id" not in item and "external_id" not in item:
        raise ValueError(f"{name} must have slack_id or external_id")
    return {k: _text(f"{name}[{k!r}]", item[k]) for k in _USERS_KEYS if k in item}


def _call_block(call_id: object) -> dict[str, str]:
    return {"type": "call", "call_id": _text("call_id", call_id)}


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# The Calls API...
# Each function takes the token, then the method's required arguments, then
# keyword-only optional ones, and the same keyword-only settings: base_url,
# timeout (seconds per attempt, from connecting to the answer's last byte),
# max_retries, ssl_context and proxy.


def calls_add(
    token: str,
    external_unique_id: str,
    join_url: str,
    *,
    external_display_id: str | None = None,
    desktop_app_join_url: str | None = None,
    date_start: int | datetime.datetime | None = None,
    title: str | None = None,
    created_by: str | None = None,
    users: Users | None = None,
    base_url: str = SLACK_API_URL,
    timeout: float = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    ssl_context: ssl.SSLContext | None = None,
    proxy: str | None = None,
) -> ApiResponse:
    """Register a new Call; ``r["call"]["id"]`` is the ID the others take.

    ``external_unique_id`` is your service's own unique ID for the call;
    ``join_url`` is the absolute ``http(s)`` URL that joins it. Optional,
    and not sent when None: ``external_display_id``, an ID shown to people;
    ``desktop_app_join_url``, a URL of any scheme (``zoommtg://...``) that
    opens your desktop app; ``date_start``, the start as UNIX seconds (an
    int) or a timezone-aware ``datetime`` (a value past the year 9999 is
    refused as milliseconds); ``title``; ``created_by``, the Slack user ID
    the Call belongs to, which a bot token needs; ``users``, the first
    participants, in the forms of the module's help. Strings must not be
    empty.

    Returns an ``ApiResponse``; raises ``SlackCallsError`` when Slack or the
    network fails, and ``TypeError`` or ``ValueError`` for bad arguments,
    before sending. Never repeated when an attempt's outcome is unknown: that
    could register the Call twice (the error says it may have been processed).
    ``settings``: see the module's help.

    https://docs.slack.dev/reference/methods/calls.add
    """
    fields = {
        "external_unique_id": _text("external_unique_id", external_unique_id),
        "join_url": _join_url(join_url),
        "external_display_id": _optional_text(
            "external_display_id", external_display_id
        ),
        "desktop_app_join_url": _optional_text(
            "desktop_app_join_url", desktop_app_join_url
        ),
        "date_start": _date_start(date_start),
        "title": _optional_text("title", title),
        "created_by": _optional_text("created_by", created_by),
        "users": _users(users, required=False),
    }
    settings = base_url, timeout, max_retries, ssl_context, proxy
    return _call("calls.add", token, fields, *settings)


def calls_end(
    token: str,
    id: str,
    *,
    duration: int | datetime.timedelta | None = None,
    base_url: str = SLACK_API_URL,
    timeout: float = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    ssl_context: ssl.SSLContext | None = None,
    proxy: str | None = None,
) -> ApiResponse:
    """End the Call ``id`` (the ``call.id`` that ``calls_add`` returned).

    ``duration``, how long the Call lasted, is whole seconds (an int) or a
    ``timedelta``; None (the default) leaves it to Slack. Slack answers an
    ended Call ``ok: true`` with ``error == "inactive_call"``: check
    ``r.error`` where that matters.

    Returns an ``ApiResponse``; raises ``SlackCallsError`` when Slack or the
    network fails, and ``TypeError`` or ``ValueError`` for bad arguments,
    before sending. Never repeated when an attempt's outcome is unknown.
    ``settings``: see the module's help.

    https://docs.slack.dev/reference/methods/calls.end
    """
    fields = {"id": _text("id", id), "duration": _duration(duration)}
    settings = base_url, timeout, max_retries, ssl_context, proxy
    return _call("calls.end", token, fields, *settings)


def calls_info(
    token: str,
    id: str,
    *,
    base_url: str = SLACK_API_URL,
    timeout: float = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    ssl_context: ssl.SSLContext | None = None,
    proxy: str | None = None,
) -> ApiResponse:
    """Read the Call ``id``: ``r["call"]`` holds its fields and ``users``.

    Sent as a GET; needs the ``calls:read`` scope. Returns an
    ``ApiResponse``; raises ``SlackCallsError`` when Slack or the network
    fails, and ``TypeError`` or ``ValueError`` for bad arguments, before
    sending. It changes nothing, so an attempt whose outcome is unknown is
    repeated, up to ``max_retries``. ``settings``: see the module's help.

    https://docs.slack.dev/reference/methods/calls.info
    """
    fields = {"id": _text("id", id)}
    settings = base_url, timeout, max_retries, ssl_context, proxy
    return _call("calls.info", token, fields, *settings)


def calls_update(
    token: str,
    id: str,
    *,
    title: str | None = None,
    join_url: str | None = None,
    desktop_app_join_url: str | None = None,
    base_url: str = SLACK_API_URL,
    timeout: float = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    ssl_context: ssl.SSLContext | None = None,
    proxy: str | None = None,
) -> ApiResponse:
    """Change the ``title``, ``join_url`` or ``desktop_app_join_url`` of the
    Call ``id``, as for ``calls_add``; at least one of them must be given
    (a ``ValueError`` otherwise).

    Returns an ``ApiResponse``; raises ``SlackCallsError`` when Slack or the
    network fails, and ``TypeError`` or ``ValueError`` for bad arguments,
    before sending. Never repeated when an attempt's outcome is unknown.
    ``settings``: see the module's help.

    https://docs.slack.dev/reference/methods/calls.update
    """
    fields = {
        "id": _text("id", id),
        "title": _optional_text("title", title),
        "join_url": None if join_url is None else _join_url(join_url),
        "desktop_app_join_url": _optional_text(
            "desktop_app_join_url", desktop_app_join_url
        ),
    }
    if title is None and join_url is None and desktop_app_join_url is None:
        raise ValueError(
            "calls_update needs at least one of title, join_url, desktop_app_join_url"
        )
    settings = base_url, timeout, max_retries, ssl_context, proxy
    return _call("calls.update", token, fields, *settings)


def calls_participants_add(
    token: str,
    id: str,
    users: Users,
    *,
    base_url: str = SLACK_API_URL,
    timeout: float = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    ssl_context: ssl.SSLContext | None = None,
    proxy: str | None = None,
) -> ApiResponse:
    """Add the people in ``users`` (the forms of the module's help; at
    least one) to the Call ``id``. Slack answers ``ok: true`` with
    ``error == "bad_users"`` when someone was already in it.

    Returns an ``ApiResponse``; raises ``SlackCallsError`` when Slack or the
    network fails, and ``TypeError`` or ``ValueError`` for bad arguments,
    before sending. Never repeated when an attempt's outcome is unknown.
    ``settings``: see the module's help.

    https://docs.slack.dev/reference/methods/calls.participants.add
    """
    fields = {"id": _text("id", id), "users": _users(users, required=True)}
    settings = base_url, timeout, max_retries, ssl_context, proxy
    return _call("calls.participants.add", token, fields, *settings)


def calls_participants_remove(
    token: str,
    id: str,
    users: Users,
    *,
    base_url: str = SLACK_API_URL,
    timeout: float = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    ssl_context: ssl.SSLContext | None = None,
    proxy: str | None = None,
) -> ApiResponse:
    """Remove the people in ``users`` (the forms of the module's help; at
    least one) from the Call ``id``. Send external participants as
    ``calls_info`` shows them: Slack matches ``display_name`` and
    ``avatar_url`` too. Slack answers ``ok: true`` with ``error ==
    "bad_users"`` when someone was not in the Call: not a failure.

    Returns an ``ApiResponse``; raises ``SlackCallsError`` when Slack or the
    network fails, and ``TypeError`` or ``ValueError`` for bad arguments,
    before sending. Never repeated when an attempt's outcome is unknown.
    ``settings``: see the module's help.

    https://docs.slack.dev/reference/methods/calls.participants.remove
    """
    fields = {"id": _text("id", id), "users": _users(users, required=True)}
    settings = base_url, timeout, max_retries, ssl_context, proxy
    return _call("calls.participants.remove", token, fields, *settings)


def calls_participants_sync(
    token: str,
    id: str,
    users: Users,
    *,
    base_url: str = SLACK_API_URL,
    timeout: float = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    ssl_context: ssl.SSLContext | None = None,
    proxy: str | None = None,
) -> ParticipantsChange:
    """Make the participants of the Call ``id`` exactly ``users``.

    ``users`` takes the forms of the module's help; an empty list removes
    everyone. A user is known by ``slack_id``, else ``external_id``, and
    counts once however often given. Sends ``calls.info``; then, only if
    needed, ``calls.participants.remove`` with those who left exactly as
    ``calls.info`` listed them (Slack matches an external user's
    ``display_name`` and ``avatar_url``); then ``calls.participants.add``
    with the newcomers as given. Who stays is left as Slack has them (a new
    ``display_name`` is not sent). A remove answered ``ok: true, error:
    "bad_users"`` (they left meanwhile) is no failure.

    Returns a ``ParticipantsChange`` whose ``added`` and ``removed`` list the
    user dicts sent. Raises ``SlackCallsError`` with
    ``error == "inactive_call"`` for an ended Call, sending nothing more;
    for any other failure, as that step's function would, the message
    saying what was already changed; ``TypeError`` or ``ValueError`` for
    bad arguments, before sending. Each step is repeated when an attempt's
    outcome is unknown only as its own function is. ``settings``: see the
    module's help.

    https://docs.slack.dev/apis/web-api/using-the-calls-api
    """
    wanted = _by_identity(_user_list(users)[0])
    fields = {"id": _text("id", id)}
    settings = base_url, timeout, max_retries, ssl_context, proxy
    call = _sync_step("calls.info", token, fields, settings, 0)["call"]
    present = _by_identity(call.get("users"))
    removed = [user for key, user in present.items() if key not in wanted]
    added = [user for key, user in wanted.items() if key not in present]
    # Remove first: a user given in a new form (an external_id that gained a
    # slack_id) goes before it is added, which Slack could refuse as already
    # there; a failure between the two shows fewer people, not the departed.
    if removed:  # ASCII: Slack gets back any escape it sent (a lone surrogate)
        fields["users"] = json.dumps(removed, separators=(",", ":"))
        _sync_step("calls.participants.remove", token, fields, settings, 0)
    if added:
        fields["users"] = _compact(added)
        _sync_step("calls.participants.add", token, fields, settings, len(removed))
    return ParticipantsChange(added, removed)


def _by_identity(users: object) -> dict[tuple[str, str], dict[str, Any]]:
    """Users by slack_id, else external_id; the first kept, ID-less ones skipped."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for user in users if isinstance(users, list) else ():
        for key in ("slack_id", "external_id") if isinstance(user, dict) else ():
            if isinstance(user.get(key), str) and user[key]:
                found.setdefault((key, user[key]), user)
                break
    return found


def _sync_step(
    method: str, token: str, fields: dict[str, str], settings: Any, removed: int
) -> ApiResponse:
    """One call of a sync; a failure says how many were ``removed`` before it."""
    try:
        response = _call(method, token, fields, *settings)
        call = response.get("call") if method == "calls.info" else {}
        if not isinstance(call, dict):  # never an empty Call: all would be added
            raise _error(method, "invalid_response", response)
        # Slack may answer an ended Call with ok: true, as calls.end does.
        if response.error == "inactive_call" or call.get("date_end"):
            raise _error(method, "inactive_call", response)
    except SlackCallsError as exc:
        done = f"{removed} removed" if removed else "nothing was changed"
        exc.args = (f"{exc}; {done} before this failed",)
        raise  # the same error, with its attributes and cause
    return response


def chat_post_call(
    token: str,
    channel: str,
    call_id: str,
    *,
    text: str | None = None,
    thread_ts: str | None = None,
    base_url: str = SLACK_API_URL,
    timeout: float = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    ssl_context: ssl.SSLContext | None = None,
    proxy: str | None = None,
) -> ApiResponse:
    """Post a message showing the Call ``call_id`` in ``channel`` (a
    channel, DM or group ID), making it visible.

    ``text`` is the notification and screen-reader text, Slack mrkdwn, "A
    call started" by default: escape ``&``, ``<`` and ``>`` in text that
    came from a user. ``thread_ts`` posts into that thread. Needs the
    ``chat:write`` scope.

    Returns an ``ApiResponse``; raises ``SlackCallsError`` when Slack or the
    network fails, and ``TypeError`` or ``ValueError`` for bad arguments,
    before sending. Never repeated when an attempt's outcome is unknown: that would
    post twice.
    ``settings``: see the module's help.

    https://docs.slack.dev/reference/methods/chat.postMessage
    """
    fields = {
        "channel": _text("channel", channel),
        "blocks": _compact([_call_block(call_id)]),
        "text": _text("text", _CALL_TEXT if text is None else text),
        "thread_ts": _optional_text("thread_ts", thread_ts),
    }
    settings = base_url, timeout, max_retries, ssl_context, proxy
    return _call("chat.postMessage", token, fields, *settings)


def chat_unfurl_call(
    token: str,
    url: str,
    call_id: str,
    *,
    channel: str | None = None,
    ts: str | None = None,
    unfurl_id: str | None = None,
    source: str | None = None,
    base_url: str = SLACK_API_URL,
    timeout: float = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    ssl_context: ssl.SSLContext | None = None,
    proxy: str | None = None,
) -> ApiResponse:
    """Show the Call ``call_id`` in place of ``url``, a join URL exactly as
    shared in a message (see ``chat_unfurl_calls`` for a whole event).

    Give the target from the ``link_shared`` event: ``unfurl_id`` and
    ``source`` (``"composer"`` or ``"conversations_history"``), or
    ``channel`` and ``ts`` (the event's ``message_ts``); a mix or neither
    pair is a ``ValueError``. Needs the ``links:write`` scope.

    Returns an ``ApiResponse``; raises ``SlackCallsError`` when Slack or the
    network fails, and ``TypeError`` or ``ValueError`` for bad arguments,
    before sending. A repeat modifies the same unfurl, so an attempt whose
    outcome is unknown is repeated. ``settings``: see the module's help.

    https://docs.slack.dev/reference/methods/chat.unfurl
    """
    settings = base_url, timeout, max_retries, ssl_context, proxy
    return _unfurl(token, {url: call_id}, (channel, ts, unfurl_id, source), settings)


def chat_unfurl_calls(
    token: str,
    event: Mapping[str, Any],
    calls: Mapping[str, str],
    *,
    base_url: str = SLACK_API_URL,
    timeout: float = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    ssl_context: ssl.SSLContext | None = None,
    proxy: str | None = None,
) -> ApiResponse:
    """Show Calls in place of the join URLs of one ``link_shared`` event.

    ``event`` is the inner event (``SlackRequest.event``); ``calls`` maps
    each URL, exactly as in the event's ``links``, to its Call's ID. The
    target is the event's ``unfurl_id`` and ``source`` when it has both (in
    the composer, ``message_ts`` is no message's), else its ``channel`` and
    ``message_ts``. An event that is not ``link_shared`` or has neither
    pair, an empty ``calls``, or a URL not among the event's links (often
    one normalised on the way) is a ``ValueError``. Needs ``links:write``.

    Returns an ``ApiResponse``; raises ``SlackCallsError`` when Slack or the
    network fails, and ``TypeError`` or ``ValueError`` for bad arguments,
    before sending. A repeat modifies the same unfurls, so an attempt whose
    outcome is unknown is repeated. ``settings``: see the module's help.

    https://docs.slack.dev/reference/methods/chat.unfurl
    """
    if not isinstance(event, Mapping) or not isinstance(calls, Mapping):
        raise TypeError("event and calls must be mappings (calls: URL to Call ID)")
    if event.get("type") != "link_shared":
        raise ValueError(
            "event must be the inner link_shared event (SlackRequest.event),"
            f" not one of type {_shown(event.get('type'))}"
        )
    links = event.get("links")
    links = links if isinstance(links, list) else []
    shared = [link.get("url") for link in links if isinstance(link, Mapping)]
    unknown = [url for url in calls if url not in shared]
    if unknown or not calls:
        raise ValueError(
            "calls must map URLs among the event's links, exactly as given"
            f" there ({shared}), not {unknown or 'nothing'}"
        )
    target: tuple[Any, ...] = (None, None, event.get("unfurl_id"), event.get("source"))
    if not (target[2] and target[3]):
        target = (event.get("channel"), event.get("message_ts"), None, None)
        if not (target[0] and target[1]):
            raise ValueError(
                "event has neither unfurl_id and source nor channel and message_ts"
            )
    settings = base_url, timeout, max_retries, ssl_context, proxy
    return _unfurl(token, calls, target, settings)


def _unfurl(
    token: str, calls: Mapping[Any, Any], target: tuple[Any, ...], settings: Any
) -> ApiResponse:
    """``chat.unfurl`` of each URL in ``calls`` into its Call, at ``target``:
    (channel, ts, unfurl_id, source), one pair of them given."""
    names = ("channel", "ts", "unfurl_id", "source")
    fields = {name: _optional_text(name, value) for name, value in zip(names, target)}
    blocks = {_text("url", u): {"blocks": [_call_block(c)]} for u, c in calls.items()}
    fields["unfurls"] = _compact(blocks)
    given = [name for name in names if fields[name]]
    if given not in (["channel", "ts"], ["unfurl_id", "source"]):
        raise ValueError(
            "chat_unfurl_call needs channel and ts, or unfurl_id and source,"
            f" not {' and '.join(given) or 'none of them'}"
        )
    if fields["source"] and fields["source"] not in _UNFURL_SOURCES:
        raise ValueError(
            "source must be 'composer' or 'conversations_history', not"
            f" {fields['source']!r}"
        )
    return _call("chat.unfurl", token, fields, *settings)


# Showing the Call and verifying Slack's requests...
# A slash command must be answered within 3 seconds, by the function that
# Slack's request reaches: these two need no token and send nothing.


def call_reply(call_id: str, *, text: str | None = None) -> dict[str, Any]:
    """The answer to a slash command that shows the Call ``call_id`` to the
    whole channel: a dict to send back as JSON within Slack's 3 seconds, or
    later with ``respond``. ``text`` is as for ``chat_post_call``. Sends
    nothing.

    https://docs.slack.dev/apis/web-api/using-the-calls-api
    """
    return {
        "response_type": "in_channel",
        "text": _text("text", _CALL_TEXT if text is None else text),
        "blocks": [_call_block(call_id)],
    }


def is_valid_request(
    signing_secret: str,
    body: bytes | str,
    headers: Mapping[Any, Any],
    *,
    max_age: float = 300,
    now: float | None = None,
) -> bool:
    """True only for a request that Slack signed with ``signing_secret``.

    ``body`` is the raw request body, ``bytes`` or a ``str`` (encoded as
    UTF-8), exactly as it arrived. ``headers`` is any mapping of the
    request's headers, names in any case, names and values ``str`` or
    ``bytes``; a missing or malformed ``X-Slack-Signature`` or
    ``X-Slack-Request-Timestamp`` is False. The timestamp must be at most
    ``max_age`` seconds (default 300) before or after ``now`` (UNIX seconds,
    default the clock). A bad ``signing_secret`` (not printable ASCII, or
    with whitespace), ``max_age`` or ``now``, or a ``body`` or ``headers``
    of the wrong type, raises ``TypeError`` or ``ValueError``.

    https://api.slack.com/authentication/verifying-requests-from-slack
    """
    secret = _check_token(signing_secret, "signing_secret").encode("ascii")
    if isinstance(body, str):
        body = body.encode("utf-8", "surrogatepass")
    elif not isinstance(body, (bytes, bytearray)):
        raise TypeError(f"body must be bytes or str, not {type(body).__name__}")
    if not (callable(getattr(headers, "get", None)) and hasattr(headers, "items")):
        raise TypeError(f"headers must be a mapping, not {type(headers).__name__}")
    if now is None:
        now = time.time()
    for name, value in (("max_age", max_age), ("now", now)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"{name} must be a number, not {type(value).__name__}")
        if not -1e15 < value < 1e15:  # also NaN; math.isfinite(10**400) raises
            raise ValueError(f"{name} must be a finite number of seconds")
    if max_age <= 0:
        raise ValueError(f"max_age must be more than 0 seconds, not {max_age}")
    timestamp = _header(headers, "X-Slack-Request-Timestamp") or ""
    signature = _header(headers, "X-Slack-Signature") or ""
    # Up to 15 digits: int() of a long enough string is slow, then refused.
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 15):
        return False
    if abs(now - int(timestamp)) > max_age:
        return False
    import hashlib  # urllib.request has imported it already
    import hmac  # here: only code answering Slack's requests needs it

    base = b"v0:" + timestamp.encode("ascii") + b":" + bytes(body)
    expected = "v0=" + hmac.new(secret, base, hashlib.sha256).hexdigest()
    # As bytes, since compare_digest refuses a str holding non-ASCII.
    received = signature.encode("utf-8", "surrogatepass")
    return hmac.compare_digest(expected.encode("ascii"), received)


@dataclass(frozen=True, **_SLOTS)
class SlackRequest:
    """One request from Slack, as ``parse_request`` verified and read it.

    ``kind``: ``"command"`` (a form with ``command``), ``"interaction"`` (a
    form whose ``payload`` is a JSON object), ``"ssl_check"``,
    ``"url_verification"``, ``"event"`` (an ``event_callback``) or
    ``"other"``. ``data``: a form's fields, each to its first value (a
    ``str``), an interaction's ``payload`` or the Events API's JSON object
    (``data["challenge"]``), ``{}`` if unreadable. ``retry_num``: 0, or
    ``X-Slack-Retry-Num`` (1 if unreadable); ``retry_reason``:
    ``X-Slack-Retry-Reason`` or None. ``event``: an ``"event"``'s inner
    event, and ``event_type`` its ``type``, else None. ``data`` and
    ``event`` stay out of ``repr``: they may hold a ``response_url``.
    """

    kind: str
    data: dict[str, Any] = field(repr=False)
    retry_num: int
    retry_reason: str | None
    event: dict[str, Any] | None = field(repr=False)
    event_type: str | None


def parse_request(
    signing_secret: str,
    body: bytes | str,
    headers: Mapping[Any, Any],
    *,
    base64_body: bool = False,
    max_age: float = 300,
    now: float | None = None,
) -> SlackRequest | None:
    """Verify and recognise one request from Slack, exactly as it arrived.

    ``signing_secret``, ``body``, ``headers``, ``max_age`` and ``now`` are
    as for ``is_valid_request``, which raises the same errors for them. With
    ``base64_body`` true (Lambda's ``isBase64Encoded``), ``body`` is
    base64-decoded first, and the signature checked on the decoded bytes.

    Returns a ``SlackRequest`` (``kind``, ``data``, ``retry_num``...: see its
    help), or None when the check fails or the body is not base64; a form
    with ``ssl_check=1`` (up to 1 KiB) is returned even unsigned, since its
    only answer, an empty 200, does and reveals nothing. A body whose
    first non-blank character is ``{`` is read as strict JSON, any other as
    a form. Junk (invalid UTF-8, deep nesting, ``NaN``, repeated keys) never
    raises: signed, it is kind ``"other"``, or its kind with what was read.

    https://api.slack.com/authentication/verifying-requests-from-slack
    """
    if not isinstance(base64_body, bool):
        raise TypeError(f"base64_body must be a bool, not {type(base64_body).__name__}")
    raw: bytes | str | None = body
    if base64_body and isinstance(body, (bytes, bytearray, str)):
        import base64

        try:
            raw = base64.b64decode(body, validate=True)
        except ValueError:  # binascii.Error, or a str that is not ASCII
            raw = None
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    signed = is_valid_request(
        signing_secret, body if raw is None else raw, headers, max_age=max_age, now=now
    )
    # Slack's SSL check is about 40 bytes: a forged body is not parsed.
    if raw is None or not (signed or len(raw) <= _MAX_SSL_CHECK):
        return None
    text = raw.decode("utf-8", "replace")
    form: dict[str, Any] = {}
    if text.lstrip()[:1] != "{":
        for name, value in urllib.parse.parse_qsl(text, keep_blank_values=True):
            form.setdefault(name, value)
    retry = _header(headers, "X-Slack-Retry-Num")
    retries = 0 if retry is None else 1
    if retry and retry.isascii() and retry.isdigit() and len(retry) < 10:
        retries = int(retry)
    reason = _header(headers, "X-Slack-Retry-Reason")
    if form.get("ssl_check") == "1":
        return SlackRequest("ssl_check", form, retries, reason, None, None)
    if not signed:
        return None
    kind, data, event = _recognised(text, form)
    event_type = event.get("type") if event else None
    event_type = event_type if isinstance(event_type, str) else None
    return SlackRequest(kind, data, retries, reason, event, event_type)


def _recognised(
    text: str, form: dict[str, Any]
) -> tuple[str, dict[str, Any], dict[str, Any] | None]:
    """A signed body's kind, data and inner event."""
    if form:
        payload = _strict_json(form.get("payload", ""))
        if isinstance(payload, dict):
            return "interaction", payload, None
        return "command" if "command" in form else "other", form, None
    data = _strict_json(text)
    if not isinstance(data, dict):
        return "other", {}, None
    kind, event = data.get("type"), data.get("event")
    if kind == "url_verification" and isinstance(data.get("challenge"), str):
        return "url_verification", data, None
    if kind == "event_callback" and isinstance(event, dict):
        return "event", data, event
    return "other", data, None


def respond(
    response_url: str,
    message: dict[str, Any],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_retries: int = DEFAULT_MAX_RETRIES,
    ssl_context: ssl.SSLContext | None = None,
    proxy: str | None = None,
) -> ApiResponse:
    """Post ``message``, a dict such as ``call_reply(call_id)``, as JSON to
    a command's or interaction's ``response_url``, to answer after 3 s.

    ``response_url`` is the absolute ``https://`` URL (``http://`` only to a
    loopback host) Slack sent, good 5 times in 30 minutes. Its path is a
    credential: messages and logs name only the method, ``"response_url"``.
    No token is sent; a redirect is refused.

    Returns an ``ApiResponse`` when Slack answers 2xx with ``ok`` or
    ``{"ok": true}``; raises ``SlackCallsError`` for anything else, with
    Slack's plain-text or JSON code (``no_text``, ``invalid_payload``...) as
    ``error``, and for network failures; ``TypeError`` or ``ValueError`` for
    bad arguments, before sending. Never repeated when an attempt's outcome
    is unknown, as a repeat posts again. ``settings`` (except ``base_url``):
    see the module's help.

    https://docs.slack.dev/interactivity/handling-user-interaction
    """
    if not isinstance(response_url, str) or not isinstance(message, dict):
        raise TypeError("response_url must be a str, and message a dict")
    # Split so that the URL's host is checked as base_url is, once (cached).
    scheme, _, rest = response_url.partition("://")
    host, _, target = rest.partition("/")
    base = f"{scheme}://{host}/"
    try:
        _check_base_url(base)
        # A fragment is not for the server: http.client would send it.
        if not (target.isascii() and target.isprintable()) or set(target) & {" ", "#"}:
            raise ValueError
    except ValueError:  # the message leaves out the URL: it is a credential
        raise ValueError(
            "response_url must be an absolute https:// URL of printable ASCII"
            " (http:// only to a loopback host), as Slack sends it"
        ) from None
    try:
        body = json.dumps(message, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError) as exc:
        kind = TypeError if isinstance(exc, TypeError) else ValueError
        raise kind(f"message cannot be sent as JSON: {exc}") from None
    headers = {"Content-Type": "application/json; charset=utf-8"}
    return _send("response_url", base, target, body.encode("ascii"), headers,
                 _hook_answer, timeout, max_retries, ssl_context, proxy)  # fmt: skip


def _header(headers: Mapping[Any, Any], name: str) -> str | None:
    """A header's value, names in any case, str or bytes; None if missing."""
    value: object = headers.get(name) or headers.get(name.lower())
    if value is None:
        lower = name.lower()
        for key, item in headers.items():
            text = key.decode("latin-1") if isinstance(key, bytes) else key
            if isinstance(text, str) and text.lower() == lower:
                value = item
                break
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    # Present but neither str nor bytes (a list of values, say): unreadable.
    return value if isinstance(value, str) or value is None else ""


# Command line...

_TOKEN_VARIABLE = "SLACK_BOT_TOKEN"  # noqa: S105 (a variable's name, not a secret)
# Lets --dry-run build a request without a token; never sent anywhere.
_PLACEHOLDER_TOKEN = "xoxb-placeholder"  # noqa: S105


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line: ``python slack_calls.py --help``."""
    import re  # argparse imports it too

    # Refused before argparse, which would echo it in an error or a dry run.
    words = sys.argv[1:] if argv is None else argv
    if any(re.search(r"(?<![A-Za-z0-9])(xox[a-z]|xapp)-", word) for word in words):
        _say(f"an argument looks like a Slack token: set {_TOKEN_VARIABLE} instead")
        return 2
    try:
        return _main(argv)
    except KeyboardInterrupt:
        _say("interrupted; a request already sent may have been processed")
        return 130


def _main(argv: Sequence[str] | None) -> int:
    import logging

    for stream in (sys.stdout, sys.stderr):
        # A console that cannot show a character gets an escape rather than
        # a crash, which after a call succeeded would read as a failure.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(errors="backslashreplace")
    # The parser's destinations are the functions' own parameter names; the
    # global options are there only when given, else the functions' defaults.
    arguments = dict(vars(_parser().parse_args(argv)))
    function = arguments.pop("function")
    dry_run, verbose = arguments.pop("dry_run", False), arguments.pop("verbose", 0)
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="slack_calls: %(message)s",
    )
    token = os.environ.get(_TOKEN_VARIABLE, "")
    if not token and not dry_run:
        _say(
            f"set {_TOKEN_VARIABLE} to a bot or user token (xoxb-... or"
            " xoxp-...); it is never read from the command line, where"
            " process lists and shell history would keep it"
        )
        return 2
    names = ("base_url", "timeout", "max_retries", "proxy")
    settings = {k: arguments.pop(k) for k in names if k in arguments}
    ca_file = arguments.pop("ca_file", None)
    command = arguments.pop("command")
    if "user" in arguments:  # --user and --users-json are Slack's one users
        users_json = arguments.pop("users_json")
        user = arguments.pop("user")
        arguments["users"] = user if users_json is None else users_json
    reset = _dry_run.set(dry_run)
    try:
        if ca_file is not None:
            settings["ssl_context"] = _ca_context(ca_file)
        response = function(token or _PLACEHOLDER_TOKEN, **arguments, **settings)
    except _DryRun as dry:
        return 0 if _write(_describe(dry, token)) else 3
    except SlackCallsError as exc:
        _say(str(exc))
        return 1
    except (TypeError, ValueError) as exc:
        _say(str(exc))
        return 2
    finally:
        _dry_run.reset(reset)
    # Slack's answer, or another result's fields (a ParticipantsChange's).
    if _write(response.data if isinstance(response, ApiResponse) else asdict(response)):
        return 0
    # Not 1, which would invite a retry that could add the Call twice.
    what = getattr(response, "method", command)
    _say(f"{what} succeeded, but its answer could not be written out")
    return 3


def _ca_context(ca_file: str) -> ssl.SSLContext:
    # Trusted besides the system's store: a bundle that lacks Slack's CA
    # cannot break a working setup, and the one an intercepting proxy needs
    # is added to it.
    context = ssl.create_default_context()
    try:
        context.load_verify_locations(cafile=ca_file)
    except OSError as exc:  # ssl.SSLError included
        raise ValueError(f"--ca-file {ca_file}: {exc}") from None
    return context


def _write(output: object) -> bool:
    """Print ``output`` on stdout, as indented JSON unless a str; False if it
    cannot be rendered (nested too deep for json, say) or stdout is closed,
    full or broken: after a success, any of these is exit status 3."""
    if sys.stdout is None:
        return False
    if not isinstance(output, str):
        # \u escapes keep JSON valid on a console that is not UTF-8.
        utf8 = (getattr(sys.stdout, "encoding", "") or "").lower().replace("-", "")
        try:
            output = json.dumps(
                output, indent=2, ensure_ascii=utf8 != "utf8", allow_nan=False
            )
        except Exception:  # RecursionError, on 3.12, for one
            return False
    try:
        print(output, file=sys.stdout, flush=True)
    except (OSError, ValueError):
        # What is still buffered would fail again at exit, where Python turns
        # any status into 120: let it drain into the null device instead.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return False
    return True


def _say(message: str) -> None:
    """One line on stderr, if there is a stderr to write to."""
    try:
        if sys.stderr is not None:
            print(f"slack_calls: {message}", file=sys.stderr, flush=True)
    except (OSError, ValueError):
        pass


def _describe(dry: _DryRun, token: str) -> str:
    """The request as --dry-run shows it: token masked, arguments decoded."""
    verb, url, headers, body, proxy = dry.args
    lines = [f"{verb} {url}"]
    # Only a Slack token's type prefix (xoxb-, xoxp-...) is shown.
    kind = token[:5] if token[:3] == "xox" and token[4:5] == "-" else ""
    masked = f"Bearer {kind}…" if token else f"Bearer <{_TOKEN_VARIABLE} unset>"
    for name, value in sorted(headers.items()):
        lines.append(f"{name}: {masked if name == 'Authorization' else value}")
    if proxy:  # its credentials, if any, are not shown
        host, port, authorization = proxy
        shown = f"{'…@' if authorization else ''}{_host_port(host, port)}"
        lines.append(f"Via-Proxy: http://{shown}")
    lines.append("")
    query = body.decode("ascii") or urllib.parse.urlsplit(url).query
    for name, value in urllib.parse.parse_qsl(query):
        lines.append(f"{name}={value if value.isprintable() else json.dumps(value)}")
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    import argparse  # only the command line needs it

    # fmt: off
    # The global options, before or after the command: unset unless given, so
    # that the functions' defaults apply, and the last one given wins.
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    option = common.add_argument
    option("--base-url", metavar="URL",
           help=f"Slack's Web API root (default {SLACK_API_URL}; GovSlack:"
           f" {GOVSLACK_API_URL})")
    option("--timeout", type=float, metavar="S",
           help=f"seconds for each attempt (default {DEFAULT_TIMEOUT:g})")
    option("--max-retries", type=int, metavar="N",
           help=f"retries when safe (default {DEFAULT_MAX_RETRIES})")
    option("--proxy", metavar="URL", help="an http:// proxy for HTTPS, as"
           " [http://][user:password@]host:port (default: HTTPS_PROXY and"
           " NO_PROXY from the environment)")
    option("--ca-file", metavar="PEM", help="certificate authorities to trust"
           " besides the system's, such as a corporate CA bundle")
    option("--dry-run", action="store_true", help="print the request that would"
           " be sent, token masked, and send nothing")
    option("-v", "--verbose", action="store_true", help="log each attempt to stderr")
    parser = argparse.ArgumentParser(
        description="Register and manage third-party calls in Slack (Calls API)."
        f" The token is read from ${_TOKEN_VARIABLE}.",
        epilog="Options may come before or after the command. Exit status: 0 on"
        " success, 1 when Slack or the network failed, 2 for bad arguments, 3"
        " when the call succeeded but its answer could not be written out, 130"
        " when interrupted.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=__version__)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    call_id = ("id", "ID", "the Call's ID (R...) from add")

    def command(
        name: str, function: Callable[..., object], help: str,
        *options: tuple[str, str, str],
    ) -> argparse.ArgumentParser:
        """A subcommand, with (name, metavar, help) for each argument."""
        sub = commands.add_parser(name, help=help, description=help, parents=[common])
        sub.set_defaults(function=function)
        for flag, metavar, text in options:
            kind = int if metavar in ("UNIX", "SECONDS") else str
            sub.add_argument(flag, metavar=metavar, help=text, type=kind)
        return sub

    def users(sub: argparse.ArgumentParser, required: bool) -> None:
        group = sub.add_mutually_exclusive_group(required=required)
        group.add_argument("--user", action="append", metavar="ID", help="a"
                           " participant's Slack user ID (U...); repeat for several")
        group.add_argument("--users-json", metavar="JSON", help="participants as"
                           ' a JSON array, e.g. \'[{"external_id": "e1",'
                           ' "display_name": "Kim"}]\' for people without a Slack ID')

    users(command("add", calls_add, "register a new Call (calls.add)",
        ("external_unique_id", "EXTERNAL_UNIQUE_ID",
         "your service's unique ID for the Call"),
        ("join_url", "JOIN_URL", "the URL to join the Call"),
        ("--external-display-id", "X", "a human-readable ID shown on the Call"),
        ("--desktop-app-join-url", "U",
         "a URL that opens your desktop app straight into the Call"),
        ("--date-start", "UNIX", "start time, UNIX seconds"),
        ("--title", "T", "the Call's name"),
        ("--created-by", "U123",
         "the Slack user ID who created the Call (needed with a bot token)"),
    ), required=False)
    command("end", calls_end, "end a Call (calls.end)", call_id,
            ("--duration", "SECONDS", "how long the Call lasted"))
    command("info", calls_info, "show a Call (calls.info)", call_id)
    command("update", calls_update, "change a Call's title or URLs (calls.update)",
        call_id,
        ("--title", "T", "the Call's new name"),
        ("--join-url", "U", "the new URL to join the Call"),
        ("--desktop-app-join-url", "U", "the new URL that opens your desktop app"))
    users(command("participants-add", calls_participants_add,
                  "add people who joined (calls.participants.add)", call_id), True)
    users(command("participants-remove", calls_participants_remove,
                  "remove people who left (calls.participants.remove)", call_id), True)
    users(command("participants-sync", calls_participants_sync, "make these exactly"
                  " the participants (calls.info, then remove and add as needed;"
                  " --users-json '[]' removes everyone)",
                  call_id), True)
    command("post", chat_post_call, "post a message showing a Call"
            " (chat.postMessage)",
        ("channel", "CHANNEL", "a channel, DM or group ID"),
        ("call_id", "ID", call_id[2]),
        ("--text", "T", "the notification text"),
        ("--thread-ts", "TS", "post into this thread"))
    command("unfurl", chat_unfurl_call, "show a Call in place of a shared join URL"
            " (chat.unfurl); give --channel and --ts, or --unfurl-id and --source",
        ("url", "URL", "the URL exactly as shared"),
        ("call_id", "ID", call_id[2]),
        ("--channel", "C", "the message's channel ID"),
        ("--ts", "TS", "the message's ts"),
        ("--unfurl-id", "U", "the link_shared event's unfurl_id"),
    ).add_argument("--source", choices=_UNFURL_SOURCES,
                   help="the link_shared event's source")
    # fmt: on
    return parser


if __name__ == "__main__":
    sys.exit(main())
