# SPDX-License-Identifier: MIT
"""Tests for slack_calls against a fake Slack served on 127.0.0.1.

The fake speaks real HTTP through http.server, so urllib's whole stack,
headers and encodings are exercised. Tests script its answers with
``slack.reply(...)`` and read what crossed the socket from
``slack.requests``. The last section hunts for what examples miss:
Hypothesis properties of arguments and answers, a fault soak (marked
``slow``) and a concurrency stress test.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import dataclasses
import datetime
import email.utils
import functools
import gc
import gzip
import http.client
import http.server
import inspect
import json
import logging
import math
import os
import pathlib
import pickle
import pydoc
import random
import re
import select
import shlex
import signal
import socket
import socketserver
import ssl
import struct
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
import types
import urllib.parse
import warnings
import weakref
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

import pytest
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

import slack_calls
from slack_calls import ApiResponse, SlackCallsError

TOKEN = "xoxb-1234567890-TESTTOKENSECRET"
SECRET = "TESTTOKENSECRET"  # the part of the token that must never show


# The fake Slack...


@dataclass
class Reply:
    """One scripted answer; the defaults are Slack's for the request."""

    status: int = 200
    body: bytes | None = None  # None: answer as Slack would
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    drop: bool = False  # close the connection without answering
    data: dict[str, Any] | None = None  # a JSON body to send


@dataclass
class Seen:
    """One request as the fake Slack received it."""

    command: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-cased names
    body: bytes

    @property
    def form(self) -> dict[str, str]:
        pairs = urllib.parse.parse_qsl(
            self.body.decode("ascii"), keep_blank_values=True, strict_parsing=True
        )
        names = [k for k, _ in pairs]
        assert len(names) == len(set(names)), f"repeated form fields: {names}"
        return dict(pairs)

    @property
    def method(self) -> str:
        return self.path.rsplit("/", 1)[-1]


class FakeSlack(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # many threads connect at once

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[Seen] = []
        self.replies: list[Reply] = []
        self.tokens = {TOKEN}
        # Participants of the Calls a test names here (by ID), kept as Slack
        # keeps them; other Calls answer participants.* with a bare ok.
        self.participants: dict[str, list[dict[str, Any]]] = {}
        self.lock = threading.Lock()
        self.release = threading.Event()  # ends every pending delay at teardown

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/api/"

    def reply(self, *replies: Reply) -> None:
        with self.lock:
            self.replies.extend(replies)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that time out and hang up are part of the tests


def _call_object(method: str, args: dict[str, str]) -> dict[str, Any]:
    call: dict[str, Any] = {
        "id": args.get("id", "R0CALL" + args.get("external_unique_id", "")),
        "date_start": int(args.get("date_start", 1700000000)),
        "external_unique_id": args.get("external_unique_id", "ext-1"),
        "join_url": args.get("join_url", "https://meet.example/1"),
    }
    for key in ("title", "external_display_id", "desktop_app_join_url"):
        if key in args:
            call[key] = args[key]
    if "users" in args:
        call["users"] = json.loads(args["users"])
    if method == "calls.end":
        call["date_end"] = call["date_start"] + int(args.get("duration", 0))
    return call


class _Handler(http.server.BaseHTTPRequestHandler):
    server: FakeSlack
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _read(self) -> Seen:
        """Read the request and record it."""
        url = urllib.parse.urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        seen = Seen(
            command=self.command,
            path=url.path,
            query=dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True)),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=self.rfile.read(length),
        )
        with self.server.lock:
            self.server.requests.append(seen)
        return seen

    def _serve(self) -> None:
        seen = self._read()
        with self.server.lock:
            reply = self.server.replies.pop(0) if self.server.replies else Reply()
        if reply.delay:
            self.server.release.wait(reply.delay)
        if reply.drop:
            self.close_connection = True
            return
        body, status = reply.body, reply.status
        headers = {"Content-Type": "application/json; charset=utf-8"}
        if body is None and reply.data is None and seen.path.startswith("/commands/"):
            status, body = self._hook(seen)
            headers["Content-Type"] = "text/plain"
        elif body is None:
            data = reply.data if reply.data is not None else self._slack(seen)
            body = json.dumps(data).encode()
        self.send_response(status)
        headers.update(reply.headers)
        if "Content-Length" not in headers:
            headers["Content-Length"] = str(len(body))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up first

    def _hook(self, seen: Seen) -> tuple[int, bytes]:
        """Answer a post to a response_url as Slack does: ok, or a code."""
        try:
            message = json.loads(seen.body)
        except ValueError:
            return 400, b"invalid_payload"
        if not isinstance(message, dict) or not message.keys() & {"text", "blocks"}:
            return 400, b"no_text"
        return 200, b"ok"

    def _slack(self, seen: Seen) -> dict[str, Any]:
        """Answer as Slack does: check the token, then the arguments."""
        auth = seen.headers.get("authorization", "")
        if not auth.startswith("Bearer "):
            return {"ok": False, "error": "not_authed"}
        if auth[len("Bearer ") :] not in self.server.tokens:
            return {"ok": False, "error": "invalid_auth"}
        args = seen.query if seen.command == "GET" else seen.form
        if seen.method in ("calls.add", "calls.info", "calls.update", "calls.end"):
            call = _call_object(seen.method, args)
            with self.server.lock:
                if (
                    seen.method == "calls.info"
                    and call["id"] in self.server.participants
                ):
                    call["users"] = copy.deepcopy(self.server.participants[call["id"]])
            return {"ok": True, "call": call}
        if seen.method.startswith("calls.participants."):
            return self._participants(seen.method, args)
        if seen.method == "chat.unfurl":
            return {"ok": True}
        if seen.method == "chat.postMessage":
            return {"ok": True, "channel": args["channel"], "ts": "1700000000.000100"}
        return {"ok": False, "error": "unknown_method"}

    def _participants(self, method: str, args: dict[str, str]) -> dict[str, Any]:
        """Add or remove users as Slack does, for a Call in ``participants``.

        As integrations found (slack-calls-api.md section 11), a remove must
        send a user exactly as added, display_name and avatar_url included;
        users that cannot be acted on make the answer ok with bad_users.
        """
        sent = json.loads(args["users"])
        with self.server.lock:
            users = self.server.participants.get(args["id"])
            if users is None:
                return {"ok": True}
            if method == "calls.participants.add":
                bad = [u for u in sent if u in users]
                users.extend(u for u in sent if u not in users)
            else:
                bad = [u for u in sent if u not in users]
                users[:] = [u for u in users if u not in sent]
        return {"ok": True, "error": "bad_users"} if bad else {"ok": True}


@contextlib.contextmanager
def serving(server: FakeSlack) -> Iterator[FakeSlack]:
    """Run a fake Slack in a thread for the length of a with block."""
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with serving(FakeSlack()) as server:
        yield server


@pytest.fixture
def closed_port() -> int:
    """A loopback port with nothing listening, so connecting is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def settings(slack: FakeSlack, **overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {"base_url": slack.url, "timeout": 2.0}
    values.update(overrides)
    return values


def json_body(data: Any) -> bytes:
    return json.dumps(data).encode()


# What goes on the wire...

# (function, positional arguments after the token, Slack method, HTTP verb,
#  the arguments Slack must receive)
WIRE = [
    (
        slack_calls.calls_add,
        ("ext-1", "https://meet.example/1"),
        "calls.add",
        "POST",
        {"external_unique_id": "ext-1", "join_url": "https://meet.example/1"},
    ),
    (slack_calls.calls_end, ("R0CALL",), "calls.end", "POST", {"id": "R0CALL"}),
    (slack_calls.calls_info, ("R0CALL",), "calls.info", "GET", {"id": "R0CALL"}),
    (
        slack_calls.calls_participants_add,
        ("R0CALL", ["U111"]),
        "calls.participants.add",
        "POST",
        {"id": "R0CALL", "users": '[{"slack_id":"U111"}]'},
    ),
    (
        slack_calls.calls_participants_remove,
        ("R0CALL", ["U111"]),
        "calls.participants.remove",
        "POST",
        {"id": "R0CALL", "users": '[{"slack_id":"U111"}]'},
    ),
]


@pytest.mark.parametrize(("func", "args", "method", "verb", "expected"), WIRE)
def test_each_function_wire_format(
    slack: FakeSlack,
    func: Callable[..., ApiResponse],
    args: tuple[Any, ...],
    method: str,
    verb: str,
    expected: dict[str, str],
) -> None:
    response = func(TOKEN, *args, **settings(slack))
    assert response.success
    assert response.method == method
    [seen] = slack.requests
    assert seen.command == verb
    assert seen.path == f"/api/{method}"
    assert seen.headers["authorization"] == f"Bearer {TOKEN}"
    if verb == "GET":
        assert seen.query == expected
        assert seen.body == b""
        assert "content-type" not in seen.headers
    else:
        assert seen.query == {}
        assert seen.headers["content-type"] == "application/x-www-form-urlencoded"
        assert seen.form == expected
    assert TOKEN not in seen.path and SECRET not in seen.body.decode()


def test_calls_update_wire_format(slack: FakeSlack) -> None:
    slack_calls.calls_update(TOKEN, "R0CALL", title="New", **settings(slack))
    [seen] = slack.requests
    assert (seen.command, seen.path) == ("POST", "/api/calls.update")
    assert seen.form == {"id": "R0CALL", "title": "New"}


def test_user_agent_names_library_python_and_system(slack: FakeSlack) -> None:
    slack_calls.calls_info(TOKEN, "R0CALL", **settings(slack))
    agent = slack.requests[0].headers["user-agent"]
    import platform

    python = platform.python_version()
    assert agent.startswith(f"slack_calls/{slack_calls.__version__} Python/{python} ")
    assert agent.split(" ")[2] == f"{platform.system()}/{platform.release()}"


def test_calls_add_sends_every_argument(slack: FakeSlack) -> None:
    start = datetime.datetime(2026, 11, 27, 12, 0, tzinfo=datetime.timezone.utc)
    slack_calls.calls_add(
        TOKEN,
        "ext-42",
        "https://meet.example/42?pwd=a&b=c",
        external_display_id="42",
        desktop_app_join_url="meet://42",
        date_start=start,
        title="Standup",
        created_by="U0CREATOR",
        users=["U111", {"external_id": "e-9", "display_name": "Kim"}],
        **settings(slack),
    )
    assert slack.requests[0].form == {
        "external_unique_id": "ext-42",
        "join_url": "https://meet.example/42?pwd=a&b=c",
        "external_display_id": "42",
        "desktop_app_join_url": "meet://42",
        "date_start": str(int(start.timestamp())),
        "title": "Standup",
        "created_by": "U0CREATOR",
        "users": '[{"slack_id":"U111"},{"external_id":"e-9","display_name":"Kim"}]',
    }


def test_none_arguments_are_not_sent(slack: FakeSlack) -> None:
    slack_calls.calls_add(
        TOKEN,
        "ext-1",
        "https://meet.example/1",
        title=None,
        users=None,
        **settings(slack),
    )
    slack_calls.calls_end(TOKEN, "R1", duration=None, **settings(slack))
    slack_calls.calls_update(TOKEN, "R1", join_url="https://j/2", **settings(slack))
    assert list(slack.requests[0].form) == ["external_unique_id", "join_url"]
    assert list(slack.requests[1].form) == ["id"]
    assert slack.requests[2].form == {"id": "R1", "join_url": "https://j/2"}


def test_non_ascii_round_trips_byte_exact(slack: FakeSlack) -> None:
    title = "Café ☕ 𝄞 naïve & = + % #?\nnext line"
    slack_calls.calls_add(
        TOKEN,
        "ext-é",
        "https://meet.example/ü",
        title=title,
        users=[{"external_id": "x", "display_name": "Zoë 🦊"}],
        **settings(slack),
    )
    seen = slack.requests[0]
    # Exact bytes: UTF-8 percent-encoded, space as '+', nothing left raw.
    assert b"title=Caf%C3%A9+%E2%98%95+%F0%9D%84%9E+na%C3%AFve+%26+%3D+%2B+%25" in (
        seen.body
    )
    assert seen.form["title"] == title
    assert seen.form["external_unique_id"] == "ext-é"
    assert json.loads(seen.form["users"]) == [
        {"external_id": "x", "display_name": "Zoë 🦊"}
    ]
    slack_calls.calls_info(TOKEN, "R é&x=1", **settings(slack))
    assert slack.requests[1].query == {"id": "R é&x=1"}


def test_no_charset_on_the_form_content_type(slack: FakeSlack) -> None:
    slack_calls.calls_end(TOKEN, "R1", **settings(slack))
    assert "charset" not in slack.requests[0].headers["content-type"]


def test_integers_and_durations_go_as_decimal_strings(slack: FakeSlack) -> None:
    slack_calls.calls_end(TOKEN, "R1", duration=600, **settings(slack))
    slack_calls.calls_end(
        TOKEN,
        "R1",
        duration=datetime.timedelta(minutes=2, seconds=3.9),
        **settings(slack),
    )
    slack_calls.calls_end(TOKEN, "R1", duration=0, **settings(slack))
    slack_calls.calls_end(TOKEN, "R1", duration=90.0, **settings(slack))
    slack_calls.calls_add(
        TOKEN, "e", "https://j", date_start=1700000000, **settings(slack)
    )
    durations = [r.form.get("duration") for r in slack.requests[:4]]
    assert durations == ["600", "123", "0", "90"]
    assert slack.requests[4].form["date_start"] == "1700000000"


def test_date_start_keeps_the_instant_of_any_timezone(slack: FakeSlack) -> None:
    tokyo = datetime.timezone(datetime.timedelta(hours=9))
    start = datetime.datetime(2026, 1, 1, 9, 0, 0, 999999, tzinfo=tokyo)
    slack_calls.calls_add(TOKEN, "e", "https://j", date_start=start, **settings(slack))
    assert slack.requests[0].form["date_start"] == "1767225600"


@pytest.mark.parametrize(
    ("users", "sent"),
    [
        (["U1", "W2"], '[{"slack_id":"U1"},{"slack_id":"W2"}]'),
        (("U1",), '[{"slack_id":"U1"}]'),
        ([{"slack_id": "U1"}], '[{"slack_id":"U1"}]'),
        ([{"slack_id": "U1", "external_id": "e1"}], '[{"slack_id":"U1","external_id":"e1"}]'),
        (
            [{"external_id": "e1", "display_name": "Kim", "avatar_url": "https://a/k.png"}],
            '[{"external_id":"e1","display_name":"Kim","avatar_url":"https://a/k.png"}]',
        ),
        ('[{"slack_id": "U1"}, {"external_id": "e1"}]', '[{"slack_id": "U1"}, {"external_id": "e1"}]'),
    ],
)  # fmt: skip
def test_users_forms(slack: FakeSlack, users: Any, sent: str) -> None:
    slack_calls.calls_participants_add(TOKEN, "R1", users, **settings(slack))
    slack_calls.calls_add(TOKEN, "e", "https://j", users=users, **settings(slack))
    assert slack.requests[0].form["users"] == sent
    assert slack.requests[1].form["users"] == sent


def test_users_mapping_types_other_than_dict(slack: FakeSlack) -> None:
    from types import MappingProxyType

    user = MappingProxyType({"slack_id": "U1"})
    slack_calls.calls_participants_remove(TOKEN, "R1", [user], **settings(slack))
    assert slack.requests[0].form["users"] == '[{"slack_id":"U1"}]'


# ApiResponse...


def test_api_response_fields(slack: FakeSlack) -> None:
    slack.reply(Reply(headers={"X-Slack-Req-Id": "abc"}))
    response = slack_calls.calls_add(TOKEN, "ext-1", "https://j/1", **settings(slack))
    assert response.method == "calls.add"
    assert response.status_code == 200
    assert response.headers["x-slack-req-id"] == "abc"
    assert response.headers["X-SLACK-REQ-ID"] == "abc"
    assert response.data["call"]["external_unique_id"] == "ext-1"
    assert json.loads(response.body) == response.data
    assert response.success is True
    assert response.errors == []
    assert response.error is None
    assert response.warnings == []
    assert response["call"]["join_url"] == "https://j/1"
    assert response.get("call") is response.data["call"]
    assert response.get("missing") is None
    assert response.get("missing", 5) == 5
    assert "call" in response
    assert "missing" not in response
    with pytest.raises(KeyError):
        response["missing"]


def test_api_response_is_frozen_and_repr_hides_body(slack: FakeSlack) -> None:
    response = slack_calls.calls_info(TOKEN, "R1", **settings(slack))
    with pytest.raises(AttributeError):
        response.status_code = 500  # type: ignore[misc]
    text = repr(response)
    assert text.startswith("ApiResponse(method='calls.info', status_code=200, data=")
    assert "body=" not in text and "headers=" not in text


def test_warnings_combined_deduplicated_and_logged_once(
    slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    slack.reply(
        Reply(
            data={
                "ok": True,
                "warning": "superfluous_charset,missing_charset",
                "response_metadata": {
                    "warnings": ["missing_charset", "deprecated_arg"]
                },
            }
        )
    )
    with caplog.at_level(logging.WARNING, logger="slack_calls"):
        response = slack_calls.calls_end(TOKEN, "R1", **settings(slack))
    assert response.success
    assert response.warnings == [
        "superfluous_charset",
        "missing_charset",
        "deprecated_arg",
    ]
    [record] = caplog.records
    assert record.levelno == logging.WARNING
    assert "superfluous_charset, missing_charset, deprecated_arg" in record.getMessage()


def test_ok_true_with_an_error_field_is_still_success(slack: FakeSlack) -> None:
    # Slack's own examples for calls.end show this pairing: ok decides.
    slack.reply(Reply(data={"ok": True, "error": "inactive_call"}))
    response = slack_calls.calls_end(TOKEN, "R1", **settings(slack))
    assert response.success and response.errors == []
    assert response.error == "inactive_call"


# Failures...


def test_ok_false_raises_with_code_status_and_response(slack: FakeSlack) -> None:
    slack.tokens = set()
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_add(TOKEN, "ext-1", "https://j/1", **settings(slack))
    err = info.value
    assert str(err) == "calls.add failed: invalid_auth (HTTP 200)"
    assert err.method == "calls.add"
    assert err.error == "invalid_auth"
    assert err.status_code == 200
    assert err.retry_after is None
    assert err.response is not None
    assert err.response.success is False
    assert err.response.errors == ["invalid_auth"]
    assert err.response.error == "invalid_auth"
    assert len(slack.requests) == 1


def test_ok_false_message_carries_slacks_messages(slack: FakeSlack) -> None:
    slack.reply(
        Reply(
            data={
                "ok": False,
                "error": "invalid_arguments",
                "response_metadata": {
                    "messages": ["[ERROR] missing required field: users"]
                },
            }
        )
    )
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_participants_add(TOKEN, "R1", ["U1"], **settings(slack))
    assert str(info.value) == (
        "calls.participants.add failed: invalid_arguments (HTTP 200):"
        " [ERROR] missing required field: users"
    )
    assert info.value.response is not None
    assert info.value.response.errors == [
        "invalid_arguments",
        "[ERROR] missing required field: users",
    ]


def test_ok_false_without_an_error_code(slack: FakeSlack) -> None:
    slack.reply(Reply(data={"ok": False}))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_end(TOKEN, "R1", **settings(slack))
    assert info.value.error == "unknown_error"


def test_internal_error_on_calls_add_is_not_retried(slack: FakeSlack) -> None:
    slack.reply(Reply(data={"ok": False, "error": "internal_error"}))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_add(TOKEN, "e", "https://j", **settings(slack))
    assert info.value.error == "internal_error"
    assert "may have been processed" in str(info.value)
    assert len(slack.requests) == 1


@pytest.mark.parametrize("status", [500, 502, 503])
def test_5xx_html_raises_http_error_without_retrying_writes(
    slack: FakeSlack, status: int
) -> None:
    html = b"<html><body>Bad Gateway</body></html>"
    slack.reply(Reply(status=status, body=html, headers={"Content-Type": "text/html"}))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_add(TOKEN, "e", "https://j", **settings(slack))
    err = info.value
    assert err.error == "http_error"
    assert err.status_code == status
    assert str(err).startswith(f"calls.add failed: http_error (HTTP {status})")
    assert "may have been processed" in str(err)
    assert err.response is not None and err.response.body == html
    assert isinstance(err.__cause__, ValueError)  # the JSON error, chained
    assert len(slack.requests) == 1


def test_5xx_with_slack_json_keeps_slacks_code(slack: FakeSlack) -> None:
    slack.reply(Reply(status=503, data={"ok": False, "error": "service_unavailable"}))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_end(TOKEN, "R1", **settings(slack))
    assert (info.value.error, info.value.status_code) == ("service_unavailable", 503)


def test_4xx_raises_http_error(slack: FakeSlack) -> None:
    slack.reply(
        Reply(status=404, body=b"Not Found", headers={"Content-Type": "text/plain"})
    )
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_end(TOKEN, "R1", **settings(slack))
    assert (info.value.error, info.value.status_code) == ("http_error", 404)
    assert "may have been processed" not in str(info.value)
    # A web page's 404 means base_url missed Slack's Web API.
    assert str(info.value).endswith(
        "; base_url should end in /api/, as 'https://slack.com/api/' does"
    )
    slack.reply(Reply(status=404, data={"ok": False, "error": "not_found"}))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_end(TOKEN, "R1", **settings(slack))
    assert str(info.value) == "calls.end failed: not_found (HTTP 404)"


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b'{"ok": true, "call": {"id": ', "not JSON"),
        (b"<html>maintenance</html>", "not JSON"),
        (b'[{"ok": true}]', "not a JSON object"),
        (b'"ok"', "not a JSON object"),
        (b"", "not a JSON object"),
        (b"\xff\xfe\x00garbage", "not JSON"),
        # RFC 8259: strict JSON only, as a success printed by the CLI must be.
        (b'{"ok": true, "n": NaN}', "not JSON"),
        (b'{"ok": true, "n": [-Infinity]}', "not JSON"),
        (b'{"ok": true, "n": 1e400}', "not JSON"),
        (b'{"ok": false, "ok": true}', "not JSON"),
    ],
)
def test_bad_bodies_raise_invalid_response(
    slack: FakeSlack, body: bytes, problem: str
) -> None:
    slack.reply(Reply(body=body))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_info(TOKEN, "R1", **settings(slack))
    err = info.value
    assert err.error == "invalid_response"
    assert err.status_code == 200
    assert str(err).startswith(
        f"calls.info failed: invalid_response (HTTP 200): body is {problem}"
    )
    assert err.response is not None and err.response.body == body
    assert len(slack.requests) == 1  # a bad body is not a transient failure


@pytest.mark.parametrize(
    "reply",
    [
        Reply(body=b"<html>maintenance</html>"),
        Reply(body=b'{"ok": true, "call": {"id": "R1", "n": NaN}}'),
        Reply(body=b"x" * (3 * 1024 * 1024)),
        Reply(status=302, body=b"", headers={"Location": "https://elsewhere/"}),
        Reply(status=101, body=b""),
    ],
    ids=["html", "nan", "too large", "302", "101"],
)
def test_writes_answered_oddly_may_have_been_processed(
    slack: FakeSlack, reply: Reply
) -> None:
    # The request arrived and the answer does not say it was turned down.
    for call in (
        lambda: slack_calls.calls_add(TOKEN, "e", "https://j", **settings(slack)),
        lambda: slack_calls.chat_post_call(TOKEN, "C1", "R1", **settings(slack)),
    ):
        slack.reply(copy.copy(reply))
        with pytest.raises(SlackCallsError) as info:
            call()
        assert str(info.value).endswith(
            "; the request may have been processed, so it was not retried"
        )
    assert len(slack.requests) == 2
    slack.reply(Reply(status=400, body=b"<html>Bad Request</html>"))
    slack.reply(Reply(data={"ok": False, "error": "invalid_arguments"}))
    for _ in range(2):  # turned down: nothing was done
        with pytest.raises(SlackCallsError) as info:
            slack_calls.calls_add(TOKEN, "e", "https://j", **settings(slack))
        assert "may have been processed" not in str(info.value)


def test_truncated_body_is_not_taken_for_a_complete_one(slack: FakeSlack) -> None:
    # Content-Length promises more than is sent, then the server hangs up.
    slack.reply(
        Reply(
            body=b'{"ok": true}',
            headers={"Content-Length": "40", "Connection": "close"},
        )
    )
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_end(TOKEN, "R1", **settings(slack, timeout=1.0))
    assert info.value.error in ("connection_error", "timeout")
    assert info.value.status_code is None
    assert "may have been processed" in str(info.value)


def test_chunked_body_ignores_a_content_length_beside_it(slack: FakeSlack) -> None:
    # RFC 9112 6.3: Transfer-Encoding overrides Content-Length.
    payload = b'{"ok": true, "call": {"id": "R1"}}'
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(payload), payload)
    slack.reply(
        Reply(
            body=chunked,
            headers={"Transfer-Encoding": "chunked", "Content-Length": "999"},
        )
    )
    response = slack_calls.calls_add(TOKEN, "e", "https://j", **settings(slack))
    assert response["call"]["id"] == "R1"
    assert response.body == payload


@pytest.mark.parametrize("length", ["+34", "3_4", "34.0", " 0x22", "34 34", ""])
def test_a_content_length_that_is_not_digits_is_an_invalid_response(
    slack: FakeSlack, length: str
) -> None:
    # RFC 9112 6.3: an invalid Content-Length makes the answer unreadable.
    body = b'{"ok": true, "call": {"id": "R1"}}'
    slack.reply(Reply(body=body + b" " * 30, headers={"Content-Length": length}))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_add(TOKEN, "e", "https://j", **settings(slack))
    assert (info.value.error, info.value.status_code) == ("invalid_response", 200)
    assert "may have been processed" in str(info.value)
    assert len(slack.requests) == 1


def test_two_different_content_lengths_are_an_invalid_response(fake: Fake) -> None:
    body = b'{"ok": true}'
    fake.raw.append(Raw([b"HTTP/1.1 200 OK\r\nContent-Length: 12\r\nContent-Length: 3\r\n\r\n" + body]))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_info(TOKEN, "R1", **settings(fake, max_retries=0))
    assert (info.value.error, info.value.status_code) == ("invalid_response", 200)


def test_a_zero_padded_content_length_is_its_number(slack: FakeSlack) -> None:
    body = b'{"ok": true, "call": {"id": "R1"}}'
    slack.reply(Reply(body=body, headers={"Content-Length": "0" * 30 + str(len(body))}))
    assert slack_calls.calls_info(TOKEN, "R1", **settings(slack)).body == body


def test_oversized_body_declared(slack: FakeSlack) -> None:
    slack.reply(Reply(body=b"{}", headers={"Content-Length": str(50 * 1024 * 1024)}))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_info(TOKEN, "R1", **settings(slack))
    assert (info.value.error, info.value.status_code) == ("response_too_large", 200)


def test_oversized_body_streamed_without_length(fake: Fake) -> None:
    fake.clear()
    huge = b'{"ok": true, "pad": "' + b"x" * (3 * 1024 * 1024) + b'"}'
    fake.raw.append(Raw([_OK_HEAD + b"\r\n", huge]))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_info(TOKEN, "R1", **settings(fake))
    assert (info.value.error, info.value.status_code) == ("response_too_large", 200)
    assert len(fake.requests) == 1


def test_redirect_is_refused_and_token_stays_home(slack: FakeSlack) -> None:
    with serving(FakeSlack()) as other:
        for status in (301, 302, 303, 307, 308):
            slack.reply(
                Reply(
                    status=status,
                    body=b"",
                    headers={"Location": other.url + "calls.add"},
                )
            )
            with pytest.raises(SlackCallsError) as info:
                slack_calls.calls_add(TOKEN, "e", "https://j", **settings(slack))
            assert (info.value.error, info.value.status_code) == (
                "redirect_refused",
                status,
            )
        assert other.requests == []
        assert len(slack.requests) == 5


def test_read_timeout_on_calls_add_is_not_retried(slack: FakeSlack) -> None:
    slack.reply(Reply(delay=2.0))
    started = time.monotonic()
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_add(TOKEN, "e", "https://j", **settings(slack, timeout=0.2))
    assert time.monotonic() - started < 1.5
    err = info.value
    assert err.error == "timeout"
    assert err.status_code is None and err.response is None
    assert str(err).startswith("calls.add failed: timeout (no HTTP response)")
    assert str(err).endswith(
        "the request may have been processed, so it was not retried"
    )
    assert isinstance(err.__cause__, OSError)
    assert len(slack.requests) == 1


def test_read_timeout_on_calls_info_is_retried(slack: FakeSlack) -> None:
    slack.reply(Reply(delay=2.0))
    response = slack_calls.calls_info(TOKEN, "R9", **settings(slack, timeout=0.2))
    assert response["call"]["id"] == "R9"
    assert len(slack.requests) == 2


def test_dropped_connection(slack: FakeSlack) -> None:
    slack.reply(Reply(drop=True))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_end(TOKEN, "R1", **settings(slack))
    assert info.value.error == "connection_error"
    assert info.value.status_code is None
    assert "may have been processed" in str(info.value)
    assert len(slack.requests) == 1
    slack.reply(Reply(drop=True), Reply(drop=True))
    assert slack_calls.calls_info(TOKEN, "R1", **settings(slack)).success
    assert len(slack.requests) == 4


def test_5xx_on_calls_info_is_retried(slack: FakeSlack) -> None:
    slack.reply(Reply(status=502, body=b"<html></html>"), Reply(status=500, body=b""))
    response = slack_calls.calls_info(TOKEN, "R1", **settings(slack))
    assert response.success
    assert len(slack.requests) == 3


def test_calls_info_gives_up_after_max_retries(slack: FakeSlack) -> None:
    slack.reply(*[Reply(status=503, body=b"down")] * 3)
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_info(TOKEN, "R1", **settings(slack, max_retries=1))
    assert info.value.status_code == 503
    assert "may have been processed" not in str(info.value)
    assert len(slack.requests) == 2


def test_refused_connection_is_retried_then_raises(
    closed_port: int, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"http://127.0.0.1:{closed_port}/api/"
    with caplog.at_level(logging.DEBUG, logger="slack_calls"), pytest.raises(
        SlackCallsError
    ) as info:
        slack_calls.calls_add(TOKEN, "e", "https://j", base_url=url, max_retries=2)
    err = info.value
    assert err.error == "connection_error"
    assert err.status_code is None and err.response is None
    assert "may have been processed" not in str(err)  # nothing was sent
    assert f"(no HTTP response): connecting to 127.0.0.1:{closed_port}: " in str(err)
    assert isinstance(err.__cause__, OSError)
    attempts = [r for r in caplog.records if r.levelno == logging.DEBUG]
    retries = [r for r in caplog.records if r.levelno == logging.INFO]
    assert len(attempts) == 3 and len(retries) == 2
    for record in attempts + retries:
        assert "connection_error (no HTTP response)" in record.getMessage()


def test_refused_connection_then_success(
    slack: FakeSlack, closed_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first lookup names a port where the kernel refuses the connection;
    # the retry's names the fake Slack. Loopback cannot vary a name lookup.
    real = socket.getaddrinfo
    ports = [closed_port]

    def flaky(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        return real(host, ports.pop() if ports else port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", flaky)
    response = slack_calls.calls_add(TOKEN, "e", "https://j", **settings(slack))
    assert response.success
    assert ports == [] and len(slack.requests) == 1


def test_dns_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    # Loopback cannot fail a name lookup, so this one is simulated.
    def no_such_host(*args: Any, **kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_info(
            TOKEN, "R1", base_url="https://slack.invalid/api/", max_retries=0
        )
    assert info.value.error == "connection_error"
    assert "Name or service not known" in str(info.value)
    assert isinstance(info.value.__cause__, socket.gaierror)


def test_tls_failure_is_not_retried_and_sends_no_token(
    slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    # Speaking TLS to a plain-HTTP server fails in the handshake.
    url = slack.url.replace("http://", "https://")
    with caplog.at_level(logging.DEBUG, logger="slack_calls"), pytest.raises(
        SlackCallsError
    ) as info:
        slack_calls.calls_info(TOKEN, "R1", base_url=url, timeout=2.0)
    assert info.value.error == "tls_error"
    assert len(caplog.records) == 1  # one attempt, no retry
    assert info.value.status_code is None
    assert slack.requests == []  # no HTTP request, so no token, in clear text


@pytest.fixture
def unanswered_url() -> Iterator[str]:
    """A loopback URL whose connection attempts go unanswered until they time out.

    A listener that never accepts, with its backlog full, does that.
    """
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    fillers = []
    try:
        for _ in range(4):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(listener.getsockname())
            fillers.append(filler)
        time.sleep(0.05)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/api/"
    finally:
        for sock in [*fillers, listener]:
            sock.close()


def test_connect_timeout_is_retried(
    unanswered_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="slack_calls"), pytest.raises(
        SlackCallsError
    ) as info:
        slack_calls.calls_add(
            TOKEN, "e", "https://j", base_url=unanswered_url, timeout=0.2, max_retries=1
        )
    assert info.value.error == "timeout"
    assert "may have been processed" not in str(info.value)
    assert len([r for r in caplog.records if r.levelno == logging.INFO]) == 1


# Rate limits...


def test_429_then_success(slack: FakeSlack, caplog: pytest.LogCaptureFixture) -> None:
    slack.reply(
        Reply(
            status=429,
            data={"ok": False, "error": "ratelimited"},
            headers={"Retry-After": "0"},
        )
    )
    with caplog.at_level(logging.INFO, logger="slack_calls"):
        response = slack_calls.calls_add(TOKEN, "e", "https://j", **settings(slack))
    assert response.success
    assert len(slack.requests) == 2
    [retry] = [r for r in caplog.records if r.levelno == logging.INFO]
    assert "calls.add: ratelimited (HTTP 429); retry 1 of 2" in retry.getMessage()


def test_429_beyond_max_retries(slack: FakeSlack) -> None:
    slack.reply(*[Reply(status=429, body=b"", headers={"Retry-After": "0"})] * 4)
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_end(TOKEN, "R1", **settings(slack, max_retries=2))
    err = info.value
    assert (err.error, err.status_code, err.retry_after) == ("ratelimited", 429, 0.0)
    assert str(err) == "calls.end failed: ratelimited (HTTP 429); retry after 0 s"
    assert len(slack.requests) == 3


def test_429_code_is_ratelimited_whatever_the_body_says(slack: FakeSlack) -> None:
    slack.reply(
        Reply(
            status=429,
            data={"ok": False, "error": "rate_limited"},
            headers={"Retry-After": "7"},
        )
    )
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_end(TOKEN, "R1", **settings(slack, max_retries=0))
    assert (info.value.error, info.value.retry_after) == ("ratelimited", 7.0)


def test_long_retry_after_raises_at_once(slack: FakeSlack) -> None:
    slack.reply(
        Reply(
            status=429,
            data={"ok": False, "error": "ratelimited"},
            headers={"Retry-After": "120"},
        )
    )
    started = time.monotonic()
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_info(TOKEN, "R1", **settings(slack))
    assert time.monotonic() - started < 1.0
    assert info.value.retry_after == 120.0
    assert (
        str(info.value)
        == "calls.info failed: ratelimited (HTTP 429); retry after 120 s"
    )
    assert len(slack.requests) == 1


def test_retry_after_as_http_date(slack: FakeSlack) -> None:
    later = email.utils.format_datetime(
        datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=90),
        usegmt=True,
    )
    past = "Wed, 21 Oct 2015 07:28:00 GMT"
    slack.reply(
        Reply(status=429, body=b"", headers={"Retry-After": later}),
        Reply(status=429, body=b"", headers={"Retry-After": past}),
    )
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_end(TOKEN, "R1", **settings(slack, max_retries=0))
    assert 85 <= (info.value.retry_after or 0) <= 91
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_end(TOKEN, "R1", **settings(slack, max_retries=0))
    assert info.value.retry_after == 0


@pytest.mark.parametrize(
    "header",
    [None, "soon", "-5", "nan", "-0", "+0", "1_0", "0.5", "0x1f", "", "9" * 400],
)
def test_missing_or_unreadable_retry_after_means_one_second(
    slack: FakeSlack, header: str | None
) -> None:
    # RFC 9110 10.2.3: digits or an HTTP date; anything else is no Retry-After.
    headers = {} if header is None else {"Retry-After": header}
    slack.reply(Reply(status=429, body=b"", headers=headers))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_end(TOKEN, "R1", **settings(slack, max_retries=0))
    assert info.value.retry_after == 1.0


def test_ratelimited_in_the_body_counts_as_a_rate_limit(slack: FakeSlack) -> None:
    slack.reply(
        Reply(data={"ok": False, "error": "rate_limited"}, headers={"Retry-After": "0"})
    )
    assert slack_calls.calls_add(TOKEN, "e", "https://j", **settings(slack)).success
    assert len(slack.requests) == 2
    slack.reply(Reply(data={"ok": False, "error": "ratelimited"}))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_end(TOKEN, "R1", **settings(slack, max_retries=0))
    assert (info.value.error, info.value.status_code, info.value.retry_after) == (
        "ratelimited",
        200,
        1.0,
    )


def test_backoff_is_capped_however_many_retries(slack: FakeSlack) -> None:
    err = SlackCallsError("x", "calls.info", "connection_error")
    err._sent = False
    waits = [slack_calls._retry_wait(err, "calls.add", n) for n in range(1, 40)]
    assert all(w is not None and 0 < w <= 2.0 for w in waits)
    assert waits[0] is not None and waits[0] <= 0.2


# Keeping participants in step...

KIM = {
    "external_id": "e1",
    "display_name": "Kim",
    "avatar_url": "https://example.com/k.png",
}


def sync(
    slack: FakeSlack, users: Any, **overrides: Any
) -> slack_calls.ParticipantsChange:
    return slack_calls.calls_participants_sync(
        TOKEN, "R1", users, **settings(slack, **overrides)
    )


def sent(slack: FakeSlack) -> list[tuple[str, Any]]:
    """Each request's method, with the Call ID it read or the users it sent."""
    return [
        (s.method, s.query if s.command == "GET" else json.loads(s.form["users"]))
        for s in slack.requests
    ]


def info_reply(*users: Any, **call: Any) -> Reply:
    return Reply(data={"ok": True, "call": {"id": "R1", "users": list(users), **call}})


def test_sync_with_nothing_to_do_sends_calls_info_alone(slack: FakeSlack) -> None:
    slack.participants["R1"] = [{"slack_id": "U1"}, KIM]
    # Known by external_id: another display_name is still the same user.
    change = sync(slack, ["U1", {"external_id": "e1", "display_name": "Kimberly"}])
    assert change == slack_calls.ParticipantsChange(added=[], removed=[])
    assert sent(slack) == [("calls.info", {"id": "R1"})]
    with pytest.raises(AttributeError):
        change.added = []  # type: ignore[misc]


def test_sync_adds_only_who_is_missing_and_a_second_sync_only_reads(
    slack: FakeSlack,
) -> None:
    slack.participants["R1"] = [{"slack_id": "U1"}]
    lee = {"external_id": "e2", "display_name": "Lee"}
    change = sync(slack, ["U1", "U2", lee])
    assert change.added == [{"slack_id": "U2"}, lee] and change.removed == []
    assert sent(slack) == [
        ("calls.info", {"id": "R1"}),
        ("calls.participants.add", [{"slack_id": "U2"}, lee]),
    ]
    assert slack.requests[1].form["id"] == "R1"
    assert slack.participants["R1"] == [{"slack_id": "U1"}, {"slack_id": "U2"}, lee]
    slack.requests.clear()
    assert sync(slack, ["U1", "U2", lee]) == slack_calls.ParticipantsChange([], [])
    assert [s.method for s in slack.requests] == ["calls.info"]


def test_sync_removes_only_who_left(slack: FakeSlack) -> None:
    slack.participants["R1"] = [{"slack_id": "U1"}, {"slack_id": "U2"}]
    change = sync(slack, ("U2",))
    assert change == slack_calls.ParticipantsChange([], [{"slack_id": "U1"}])
    assert sent(slack)[1:] == [("calls.participants.remove", [{"slack_id": "U1"}])]
    assert slack.participants["R1"] == [{"slack_id": "U2"}]


def test_sync_removes_then_adds(slack: FakeSlack) -> None:
    slack.participants["R1"] = [{"slack_id": "U1"}, {"slack_id": "U2"}]
    change = sync(slack, ["U2", "U3"])
    assert change == slack_calls.ParticipantsChange(
        added=[{"slack_id": "U3"}], removed=[{"slack_id": "U1"}]
    )
    assert sent(slack) == [
        ("calls.info", {"id": "R1"}),
        ("calls.participants.remove", [{"slack_id": "U1"}]),
        ("calls.participants.add", [{"slack_id": "U3"}]),
    ]
    assert slack.participants["R1"] == [{"slack_id": "U2"}, {"slack_id": "U3"}]


@pytest.mark.parametrize("nobody", [[], (), "[]"])
def test_sync_with_no_users_removes_everyone(slack: FakeSlack, nobody: Any) -> None:
    slack.participants["R1"] = [{"slack_id": "U1"}, KIM]
    change = sync(slack, nobody)
    assert change == slack_calls.ParticipantsChange([], [{"slack_id": "U1"}, KIM])
    assert [s.method for s in slack.requests] == [
        "calls.info",
        "calls.participants.remove",
    ]
    assert slack.participants["R1"] == []
    slack.requests.clear()
    assert sync(slack, nobody) == slack_calls.ParticipantsChange([], [])
    assert [s.method for s in slack.requests] == ["calls.info"]


def test_sync_removes_external_users_exactly_as_calls_info_listed_them(
    slack: FakeSlack,
) -> None:
    # The fake, like Slack, removes an external user only when display_name
    # and avatar_url match what was added: by external_id alone, Kim stays.
    both = {"slack_id": "U1", "external_id": "e9"}
    slack.participants["R1"] = [KIM, both]
    change = sync(slack, ["U1"])
    assert change.removed == [KIM] and change.added == []
    assert sent(slack)[1] == ("calls.participants.remove", [KIM])
    assert slack.participants["R1"] == [both]


def test_sync_counts_a_user_once_whatever_the_form(slack: FakeSlack) -> None:
    slack.participants["R1"] = [{"external_id": "e5", "display_name": "Ola"}]
    lee = {"external_id": "e2", "display_name": "Lee"}
    ola = {"slack_id": "U5", "external_id": "e5"}  # now with a Slack ID: another user
    users = [
        "U1",
        {"slack_id": "U1"},
        {"slack_id": "U1", "display_name": "x"},
        lee,
        lee,
        ola,
    ]
    change = sync(slack, users)
    assert change.added == [{"slack_id": "U1"}, lee, ola]
    assert change.removed == [{"external_id": "e5", "display_name": "Ola"}]
    assert sent(slack)[1:] == [
        ("calls.participants.remove", change.removed),
        ("calls.participants.add", change.added),
    ]
    slack.requests.clear()
    again = json.dumps([{"slack_id": "U1"}, {"slack_id": "U1"}, lee, ola])
    assert sync(slack, again) == slack_calls.ParticipantsChange([], [])
    assert [s.method for s in slack.requests] == ["calls.info"]


def test_sync_takes_bad_users_on_remove_as_success(slack: FakeSlack) -> None:
    slack.reply(
        info_reply({"slack_id": "U1"}, {"slack_id": "U2"}),
        Reply(data={"ok": True, "error": "bad_users"}),  # they had left already
    )
    change = sync(slack, ["U3"])
    assert change.removed == [{"slack_id": "U1"}, {"slack_id": "U2"}]
    assert change.added == [{"slack_id": "U3"}]
    assert [s.method for s in slack.requests][2:] == ["calls.participants.add"]


@pytest.mark.parametrize(
    ("replies", "method", "message"),
    [
        ([info_reply({"slack_id": "U1"}, date_end=1700000600)], "calls.info",
         "calls.info failed: inactive_call (HTTP 200); nothing was changed"
         " before this failed"),
        ([Reply(data={"ok": False, "error": "inactive_call"})], "calls.info",
         "calls.info failed: inactive_call (HTTP 200); nothing was changed"
         " before this failed"),
        ([info_reply({"slack_id": "U1"}), Reply(data={"ok": False, "error": "inactive_call"})],
         "calls.participants.remove",
         "calls.participants.remove failed: inactive_call (HTTP 200); nothing was"
         " changed before this failed"),
        ([info_reply({"slack_id": "U1"}), Reply(), Reply(data={"ok": True, "error": "inactive_call"})],
         "calls.participants.add",
         "calls.participants.add failed: inactive_call (HTTP 200); 1 removed"
         " before this failed"),
    ],
    ids=["date_end", "info", "remove", "add ok true"],
)  # fmt: skip
def test_sync_of_an_ended_call_raises_inactive_call_and_stops(
    slack: FakeSlack, replies: list[Reply], method: str, message: str
) -> None:
    slack.reply(*replies)
    with pytest.raises(SlackCallsError) as info:
        sync(slack, ["U2"])
    err = info.value
    assert (err.error, err.method, err.status_code) == ("inactive_call", method, 200)
    assert str(err) == message
    assert len(slack.requests) == len(replies)
    assert slack.requests[-1].method == method


FAILED_STEPS = [
    ([Reply(data={"ok": False, "error": "invalid_auth"})], "calls.info",
     "invalid_auth", "calls.info failed: invalid_auth (HTTP 200); nothing was changed"
     " before this failed"),
    ([info_reply({"slack_id": "U1"}, {"slack_id": "U2"}), Reply(data={"ok": False, "error": "internal_error"})],
     "calls.participants.remove", "internal_error",
     "calls.participants.remove failed: internal_error (HTTP 200); the request may"
     " have been processed, so it was not retried; nothing was changed before this"
     " failed"),
    ([info_reply({"slack_id": "U1"}, {"slack_id": "U2"}), Reply(), Reply(data={"ok": False, "error": "user_not_found"})],
     "calls.participants.add", "user_not_found",
     "calls.participants.add failed: user_not_found (HTTP 200); 2 removed before"
     " this failed"),
    ([info_reply(), Reply(status=500, body=b"<html>oops</html>")],
     "calls.participants.add", "http_error",
     "calls.participants.add failed: http_error (HTTP 500); the request may have"
     " been processed, so it was not retried; nothing was changed before this failed"),
]  # fmt: skip


@pytest.mark.parametrize(("replies", "method", "error", "message"), FAILED_STEPS)
def test_sync_failure_says_which_step_failed_and_what_was_done(
    slack: FakeSlack, replies: list[Reply], method: str, error: str, message: str
) -> None:
    slack.reply(*replies)
    with pytest.raises(SlackCallsError) as info:
        sync(slack, ["U3"], max_retries=0)
    err = info.value
    assert str(err) == message
    assert (err.method, err.error) == (method, error)
    assert err.response is not None and err.status_code == err.response.status_code
    assert len(slack.requests) == len(replies)  # nothing sent after the failure


def test_sync_failure_keeps_the_cause_and_is_not_repeated(slack: FakeSlack) -> None:
    slack.reply(info_reply({"slack_id": "U1"}), Reply(), Reply(drop=True))
    with pytest.raises(SlackCallsError) as info:
        sync(slack, ["U3"])  # max_retries 2: an add of unknown outcome is not repeated
    err = info.value
    assert (err.method, err.error, err.status_code) == (
        "calls.participants.add", "connection_error", None,
    )  # fmt: skip
    assert str(err).endswith("; 1 removed before this failed")
    assert isinstance(err.__cause__, (OSError, http.client.HTTPException))
    assert len(slack.requests) == 3


def test_sync_retries_calls_info_as_calls_info_does(slack: FakeSlack) -> None:
    slack.participants["R1"] = [{"slack_id": "U1"}]
    slack.reply(Reply(status=503, body=b"busy", headers={"Retry-After": "0"}))
    assert sync(slack, []).removed == [{"slack_id": "U1"}]
    assert [s.method for s in slack.requests] == [
        "calls.info", "calls.info", "calls.participants.remove",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("call", "removed"),
    [
        ({"id": "R1"}, []),
        ({"id": "R1", "users": "U1"}, []),
        ({"id": "R1", "users": 5}, []),
        ({"id": "R1", "users": {"slack_id": "U1"}}, []),
        ({"id": "R1", "users": [5, "U1", None, [], {}, {"display_name": "Kim"},
          {"slack_id": ""}, {"slack_id": 7}, {"external_id": None}]}, []),
        ({"id": "R1", "users": ["U9", {"slack_id": 7, "external_id": "e7"},
          {"slack_id": "U1"}, {"slack_id": "U1", "display_name": "dup"}]},
         [{"slack_id": 7, "external_id": "e7"}, {"slack_id": "U1"}]),
    ],
)  # fmt: skip
def test_sync_reads_calls_info_users_defensively(
    slack: FakeSlack, call: Any, removed: list[Any]
) -> None:
    slack.reply(Reply(data={"ok": True, "call": call}))
    change = sync(slack, ["U2"])
    assert change == slack_calls.ParticipantsChange([{"slack_id": "U2"}], removed)
    assert sent(slack)[1:] == [
        *([("calls.participants.remove", removed)] if removed else []),
        ("calls.participants.add", [{"slack_id": "U2"}]),
    ]


@pytest.mark.parametrize("data", [{"ok": True}, {"ok": True, "call": None}, {"ok": True, "call": "R1"}])
def test_sync_refuses_a_calls_info_without_a_call(slack: FakeSlack, data: Any) -> None:
    # Read as an empty Call, it would add everyone again.
    slack.reply(Reply(data=data))
    with pytest.raises(SlackCallsError) as info:
        sync(slack, ["U2"])
    assert (info.value.method, info.value.error) == ("calls.info", "invalid_response")
    assert [s.method for s in slack.requests] == ["calls.info"]


def test_sync_returns_its_change_when_a_step_answers_with_date_end(slack: FakeSlack) -> None:
    # Only calls.info's date_end says the Call had ended before the sync.
    slack.participants["R1"] = [{"slack_id": "U1"}]
    slack.reply(Reply(data={"ok": True, "call": {"id": "R1", "users": [{"slack_id": "U1"}]}}))
    slack.reply(Reply(data={"ok": True, "call": {"id": "R1", "date_end": 1700000600}}))
    assert sync(slack, []) == slack_calls.ParticipantsChange([], [{"slack_id": "U1"}])


def test_sync_sends_back_what_calls_info_escaped(slack: FakeSlack) -> None:
    # A lone surrogate escape from Slack cannot be UTF-8: it goes back escaped.
    slack.reply(Reply(body=b'{"ok":true,"call":{"users":[{"external_id":"e1","display_name":"\\ud800"}]}}'))
    assert sync(slack, []).removed == [{"external_id": "e1", "display_name": "\ud800"}]
    assert slack.requests[1].form["users"] == '[{"external_id":"e1","display_name":"\\ud800"}]'


# Bad input: refused before anything is sent...


def _bad_calls() -> list[tuple[str, Callable[[dict[str, Any]], Any], type, str]]:
    f = slack_calls
    ok_users = ["U1"]
    return [
        ("token None", lambda s: f.calls_info(None, "R1", **s), TypeError, "token"),
        ("token empty", lambda s: f.calls_info("", "R1", **s), ValueError, "token"),
        ("token newline", lambda s: f.calls_info(TOKEN + "\n", "R1", **s), ValueError, "token"),
        ("token space", lambda s: f.calls_info("xoxb- 1", "R1", **s), ValueError, "token"),
        ("token bytes", lambda s: f.calls_info(TOKEN.encode(), "R1", **s), TypeError, "token"),
        ("token non-ascii", lambda s: f.calls_info("xoxb-é", "R1", **s), ValueError, "token"),
        ("token app-level", lambda s: f.calls_info("xapp-1-A0-" + SECRET, "R1", **s), ValueError, "use a bot token (xoxb-...) or a user token (xoxp-...)"),
        ("token Bearer", lambda s: f.calls_info("Bearer " + TOKEN, "R1", **s), ValueError, "token must be given without 'Bearer '"),
        ("token bearer", lambda s: f.calls_end("bearer " + TOKEN, "R1", **s), ValueError, "without 'Bearer '"),
        ("join_url no scheme", lambda s: f.calls_add(TOKEN, "e", "meet.example/1", **s), ValueError, "join_url must be an absolute http"),
        ("join_url other scheme", lambda s: f.calls_add(TOKEN, "e", "zoommtg://meet.example/1", **s), ValueError, "join_url"),
        ("join_url no host", lambda s: f.calls_add(TOKEN, "e", "https:///1", **s), ValueError, "join_url"),
        ("join_url relative", lambda s: f.calls_update(TOKEN, "R1", join_url="/call/1", **s), ValueError, "join_url"),
        ("id empty", lambda s: f.calls_info(TOKEN, "", **s), ValueError, "id"),
        ("id blank", lambda s: f.calls_end(TOKEN, "  ", **s), ValueError, "id"),
        ("id int", lambda s: f.calls_end(TOKEN, 5, **s), TypeError, "id"),
        ("id surrogate", lambda s: f.calls_end(TOKEN, "R\ud800", **s), ValueError, "id"),
        ("join_url None", lambda s: f.calls_add(TOKEN, "e", None, **s), TypeError, "join_url"),
        ("unique id empty", lambda s: f.calls_add(TOKEN, "", "https://j", **s), ValueError, "external_unique_id"),
        ("title empty", lambda s: f.calls_add(TOKEN, "e", "https://j", title="", **s), ValueError, "title"),
        ("created_by int", lambda s: f.calls_add(TOKEN, "e", "https://j", created_by=1, **s), TypeError, "created_by"),
        ("date_start str", lambda s: f.calls_add(TOKEN, "e", "https://j", date_start="1700000000", **s), TypeError, "date_start"),
        ("date_start bool", lambda s: f.calls_add(TOKEN, "e", "https://j", date_start=True, **s), TypeError, "date_start"),
        ("date_start negative", lambda s: f.calls_add(TOKEN, "e", "https://j", date_start=-1, **s), ValueError, "date_start"),
        ("date_start fraction", lambda s: f.calls_add(TOKEN, "e", "https://j", date_start=1.5, **s), ValueError, "date_start"),
        ("date_start nan", lambda s: f.calls_add(TOKEN, "e", "https://j", date_start=float("nan"), **s), ValueError, "date_start"),
        ("date_start naive", lambda s: f.calls_add(TOKEN, "e", "https://j", date_start=datetime.datetime(2026, 1, 1), **s), ValueError, "date_start"),
        ("date_start timedelta", lambda s: f.calls_add(TOKEN, "e", "https://j", date_start=datetime.timedelta(1), **s), TypeError, "date_start"),
        ("duration negative", lambda s: f.calls_end(TOKEN, "R1", duration=-1, **s), ValueError, "duration"),
        ("duration negative td", lambda s: f.calls_end(TOKEN, "R1", duration=datetime.timedelta(seconds=-1), **s), ValueError, "duration"),
        ("duration str", lambda s: f.calls_end(TOKEN, "R1", duration="60", **s), TypeError, "duration"),
        ("duration bool", lambda s: f.calls_end(TOKEN, "R1", duration=False, **s), TypeError, "duration"),
        ("duration fraction", lambda s: f.calls_end(TOKEN, "R1", duration=0.5, **s), ValueError, "duration"),
        ("duration datetime", lambda s: f.calls_end(TOKEN, "R1", duration=datetime.datetime.now(datetime.timezone.utc), **s), TypeError, "duration"),
        ("update nothing", lambda s: f.calls_update(TOKEN, "R1", **s), ValueError, "title"),
        ("users None", lambda s: f.calls_participants_add(TOKEN, "R1", None, **s), TypeError, "users"),
        ("users empty", lambda s: f.calls_participants_add(TOKEN, "R1", [], **s), ValueError, "users"),
        ("users empty json", lambda s: f.calls_participants_remove(TOKEN, "R1", "[]", **s), ValueError, "users"),
        ("users bare id", lambda s: f.calls_participants_add(TOKEN, "R1", "U1", **s), ValueError, "users"),
        ("users json object", lambda s: f.calls_participants_add(TOKEN, "R1", '{"slack_id": "U1"}', **s), ValueError, "users"),
        ("users json bad item", lambda s: f.calls_participants_add(TOKEN, "R1", '[{"name": "x"}]', **s), ValueError, "users[0]"),
        ("users set", lambda s: f.calls_participants_add(TOKEN, "R1", {"U1"}, **s), TypeError, "users"),
        ("users item int", lambda s: f.calls_participants_add(TOKEN, "R1", ["U1", 7], **s), TypeError, "users[1]"),
        ("users item empty", lambda s: f.calls_participants_add(TOKEN, "R1", [""], **s), ValueError, "users[0]"),
        ("users item no id", lambda s: f.calls_participants_add(TOKEN, "R1", [{"display_name": "Kim"}], **s), ValueError, "users[0]"),
        ("users item unknown key", lambda s: f.calls_participants_add(TOKEN, "R1", [{"slackid": "U1"}], **s), ValueError, "users[0]"),
        ("users item value int", lambda s: f.calls_add(TOKEN, "e", "https://j", users=[{"slack_id": 1}], **s), TypeError, "users[0]['slack_id']"),
        ("users add str", lambda s: f.calls_add(TOKEN, "e", "https://j", users="U1", **s), ValueError, "users"),
        ("timeout zero", lambda s: f.calls_info(TOKEN, "R1", **{**s, "timeout": 0}), ValueError, "timeout"),
        ("timeout str", lambda s: f.calls_info(TOKEN, "R1", **{**s, "timeout": "5"}), TypeError, "timeout"),
        ("timeout inf", lambda s: f.calls_info(TOKEN, "R1", **{**s, "timeout": float("inf")}), ValueError, "timeout"),
        ("timeout nan", lambda s: f.calls_info(TOKEN, "R1", **{**s, "timeout": float("nan")}), ValueError, "timeout"),
        ("timeout huge", lambda s: f.calls_info(TOKEN, "R1", **{**s, "timeout": 1e10}), ValueError, "timeout"),
        ("timeout negative", lambda s: f.calls_info(TOKEN, "R1", **{**s, "timeout": -1}), ValueError, "timeout"),
        ("retries negative", lambda s: f.calls_info(TOKEN, "R1", **{**s, "max_retries": -1}), ValueError, "max_retries"),
        ("retries float", lambda s: f.calls_info(TOKEN, "R1", **{**s, "max_retries": 1.0}), TypeError, "max_retries"),
        ("retries bool", lambda s: f.calls_info(TOKEN, "R1", **{**s, "max_retries": True}), TypeError, "max_retries"),
        ("retries over 100", lambda s: f.calls_info(TOKEN, "R1", **{**s, "max_retries": 101}), ValueError, "max_retries"),
        ("retries huge", lambda s: f.calls_info(TOKEN, "R1", **{**s, "max_retries": 1025}), ValueError, "max_retries"),
        ("users json NaN", lambda s: f.calls_participants_add(TOKEN, "R1", '[{"slack_id": NaN}]', **s), ValueError, "users"),
        ("users json Infinity", lambda s: f.calls_participants_add(TOKEN, "R1", '[{"slack_id": "U1", "x": -Infinity}]', **s), ValueError, "users"),
        ("users json unknown key", lambda s: f.calls_participants_add(TOKEN, "R1", '[{"slack_id": "U1", "nick": "k"}]', **s), ValueError, "users[0]"),
        ("users json empty id", lambda s: f.calls_participants_add(TOKEN, "R1", '[{"slack_id": ""}]', **s), ValueError, "users[0]"),
        ("users json id int", lambda s: f.calls_participants_add(TOKEN, "R1", '[{"slack_id": 5}]', **s), TypeError, "users[0]"),
        ("users json name only", lambda s: f.calls_participants_add(TOKEN, "R1", '[{"display_name": "Kim"}]', **s), ValueError, "users[0]"),
        ("users json repeated key", lambda s: f.calls_participants_add(TOKEN, "R1", '[{"slack_id": "U1", "slack_id": ""}]', **s), ValueError, "users"),
        ("users json bare id item", lambda s: f.calls_participants_add(TOKEN, "R1", '["U1"]', **s), ValueError, "users[0]"),
        ("users ok but base_url int", lambda s: f.calls_participants_add(TOKEN, "R1", ok_users, **{**s, "base_url": 5}), TypeError, "base_url"),
        ("sync users None", lambda s: f.calls_participants_sync(TOKEN, "R1", None, **s), TypeError, "users"),
        ("sync users set", lambda s: f.calls_participants_sync(TOKEN, "R1", {"U1"}, **s), TypeError, "users"),
        ("sync users bare id", lambda s: f.calls_participants_sync(TOKEN, "R1", "U1", **s), ValueError, "users"),
        ("sync users item int", lambda s: f.calls_participants_sync(TOKEN, "R1", ["U1", 7], **s), TypeError, "users[1]"),
        ("sync users item no id", lambda s: f.calls_participants_sync(TOKEN, "R1", [{"display_name": "Kim"}], **s), ValueError, "users[0]"),
        ("sync users json bad item", lambda s: f.calls_participants_sync(TOKEN, "R1", '[{"name": "x"}]', **s), ValueError, "users[0]"),
        ("sync users json repeated key", lambda s: f.calls_participants_sync(TOKEN, "R1", '[{"slack_id": "U1", "slack_id": "U2"}]', **s), ValueError, "users"),
        ("sync id empty", lambda s: f.calls_participants_sync(TOKEN, "", [], **s), ValueError, "id"),
        ("sync id int", lambda s: f.calls_participants_sync(TOKEN, 5, ok_users, **s), TypeError, "id"),
        ("sync token empty", lambda s: f.calls_participants_sync("", "R1", ok_users, **s), ValueError, "token"),
        ("sync timeout zero", lambda s: f.calls_participants_sync(TOKEN, "R1", [], **{**s, "timeout": 0}), ValueError, "timeout"),
        ("sync retries negative", lambda s: f.calls_participants_sync(TOKEN, "R1", [], **{**s, "max_retries": -1}), ValueError, "max_retries"),
        ("sync base_url http", lambda s: f.calls_participants_sync(TOKEN, "R1", [], **{**s, "base_url": "http://slack.com/api/"}), ValueError, "base_url"),
        ("sync ssl_context str", lambda s: f.calls_participants_sync(TOKEN, "R1", [], **{**s, "ssl_context": "x"}), TypeError, "ssl_context"),
        ("sync proxy int", lambda s: f.calls_participants_sync(TOKEN, "R1", [], **{**s, "proxy": 5}), TypeError, "proxy"),
        ("sync proxy https", lambda s: f.calls_participants_sync(TOKEN, "R1", [], **{**s, "proxy": "https://p:1"}), ValueError, "proxy"),
    ]  # fmt: skip


# A link_shared event as Slack sends it (the facts file, section 10).
LINK_SHARED: dict[str, Any] = {
    "type": "link_shared", "channel": "C0123", "user": "U0KIM",
    "message_ts": "1700000000.0001", "thread_ts": "1700000000.0000",
    "unfurl_id": "C0123.1700000000.0001.1b90fa12", "source": "conversations_history",
    "is_bot_user_member": True,
    "links": [
        {"domain": "meet.example", "url": "https://meet.example/1"},
        {"domain": "meet.example", "url": "https://meet.example/é?a=1&b=2"},
    ],
}  # fmt: skip


def _link_event(**changes: Any) -> dict[str, Any]:
    """LINK_SHARED with some keys changed; None removes a key."""
    event = {**LINK_SHARED, **changes}
    return {k: v for k, v in event.items() if v is not None}


def _bad_chat_calls() -> list[tuple[str, Callable[[dict[str, Any]], Any], type, str]]:
    post, unfurl, url = (
        slack_calls.chat_post_call,
        slack_calls.chat_unfurl_call,
        "https://j/1",
    )
    pair = "channel and ts, or unfurl_id and source, not "
    calls, ok = slack_calls.chat_unfurl_calls, {"https://meet.example/1": "R1"}
    links = "['https://meet.example/1', 'https://meet.example/é?a=1&b=2']"
    neither = "event has neither unfurl_id and source nor channel and message_ts"
    return [
        ("calls event list", lambda s: calls(TOKEN, [LINK_SHARED], ok, **s), TypeError, "event"),
        ("calls calls list", lambda s: calls(TOKEN, LINK_SHARED, ["https://meet.example/1"], **s), TypeError, "calls"),
        ("calls message event", lambda s: calls(TOKEN, _link_event(type="message"), ok, **s), ValueError, "link_shared event (SlackRequest.event), not one of type message"),
        ("calls envelope", lambda s: calls(TOKEN, {"type": "event_callback", "event": LINK_SHARED}, ok, **s), ValueError, "type event_callback"),
        ("calls empty", lambda s: calls(TOKEN, LINK_SHARED, {}, **s), ValueError, f"calls must map URLs among the event's links, exactly as given there ({links}), not nothing"),
        ("calls url normalised", lambda s: calls(TOKEN, LINK_SHARED, {"https://meet.example/1/": "R1"}, **s), ValueError, f"({links}), not ['https://meet.example/1/']"),
        ("calls one unknown of two", lambda s: calls(TOKEN, LINK_SHARED, {**ok, "https://other/2": "R2"}, **s), ValueError, "not ['https://other/2']"),
        ("calls no links", lambda s: calls(TOKEN, _link_event(links=None), ok, **s), ValueError, "event's links, exactly as given there ([])"),
        ("calls no target", lambda s: calls(TOKEN, _link_event(unfurl_id=None, source=None, channel=None), ok, **s), ValueError, neither),
        ("calls unfurl_id alone", lambda s: calls(TOKEN, _link_event(source=None, message_ts=None), ok, **s), ValueError, neither),
        ("calls links not a list", lambda s: calls(TOKEN, _link_event(links=5), ok, **s), ValueError, "calls must map URLs among the event's links"),
        ("calls other source", lambda s: calls(TOKEN, _link_event(source="thread"), ok, **s), ValueError, "source must be 'composer' or 'conversations_history', not 'thread'"),
        ("calls call_id empty", lambda s: calls(TOKEN, LINK_SHARED, {"https://meet.example/1": ""}, **s), ValueError, "call_id"),
        ("calls bad token", lambda s: calls(TOKEN + "\n", LINK_SHARED, ok, **s), ValueError, "token"),
        ("calls bad timeout", lambda s: calls(TOKEN, LINK_SHARED, ok, **{**s, "timeout": 0}), ValueError, "timeout"),
        ("post channel empty", lambda s: post(TOKEN, "", "R1", **s), ValueError, "channel"),
        ("post call_id None", lambda s: post(TOKEN, "C1", None, **s), TypeError, "call_id"),
        ("post call_id blank", lambda s: post(TOKEN, "C1", " ", **s), ValueError, "call_id"),
        ("post text empty", lambda s: post(TOKEN, "C1", "R1", text="", **s), ValueError, "text"),
        ("post thread_ts int", lambda s: post(TOKEN, "C1", "R1", thread_ts=1, **s), TypeError, "thread_ts"),
        ("post bad token", lambda s: post("", "C1", "R1", **s), ValueError, "token"),
        ("unfurl no target", lambda s: unfurl(TOKEN, url, "R1", **s), ValueError, pair + "none of them"),
        ("unfurl channel only", lambda s: unfurl(TOKEN, url, "R1", channel="C1", **s), ValueError, pair + "channel"),
        ("unfurl ts only", lambda s: unfurl(TOKEN, url, "R1", ts="1.2", **s), ValueError, pair + "ts"),
        ("unfurl unfurl_id only", lambda s: unfurl(TOKEN, url, "R1", unfurl_id="U", **s), ValueError, pair + "unfurl_id"),
        ("unfurl source only", lambda s: unfurl(TOKEN, url, "R1", source="composer", **s), ValueError, pair + "source"),
        ("unfurl mixed", lambda s: unfurl(TOKEN, url, "R1", channel="C1", source="composer", **s), ValueError, pair + "channel and source"),
        ("unfurl mixed 2", lambda s: unfurl(TOKEN, url, "R1", ts="1.2", unfurl_id="U", **s), ValueError, pair + "ts and unfurl_id"),
        ("unfurl both pairs", lambda s: unfurl(TOKEN, url, "R1", channel="C1", ts="1.2", unfurl_id="U", source="composer", **s), ValueError, pair + "channel and ts and unfurl_id and source"),
        ("unfurl three", lambda s: unfurl(TOKEN, url, "R1", channel="C1", ts="1.2", source="composer", **s), ValueError, pair + "channel and ts and source"),
        ("unfurl other source", lambda s: unfurl(TOKEN, url, "R1", unfurl_id="U", source="thread", **s), ValueError, "source must be 'composer' or 'conversations_history', not 'thread'"),
        ("unfurl source case", lambda s: unfurl(TOKEN, url, "R1", unfurl_id="U", source="Composer", **s), ValueError, "source"),
        ("unfurl channel empty", lambda s: unfurl(TOKEN, url, "R1", channel="", ts="1.2", **s), ValueError, "channel"),
        ("unfurl ts float", lambda s: unfurl(TOKEN, url, "R1", channel="C1", ts=1.2, **s), TypeError, "ts"),
        ("unfurl url empty", lambda s: unfurl(TOKEN, "", "R1", channel="C1", ts="1.2", **s), ValueError, "url"),
        ("unfurl call_id int", lambda s: unfurl(TOKEN, url, 1, channel="C1", ts="1.2", **s), TypeError, "call_id"),
        ("unfurl bad timeout", lambda s: unfurl(TOKEN, url, "R1", channel="C1", ts="1.2", **{**s, "timeout": 0}), ValueError, "timeout"),
    ]  # fmt: skip


BAD_CALLS = [*_bad_calls(), *_bad_chat_calls()]


@pytest.mark.parametrize(
    ("name", "call", "exc_type", "param"),
    BAD_CALLS,
    ids=[c[0] for c in BAD_CALLS],
)
def test_bad_input_raises_before_sending(
    slack: FakeSlack,
    name: str,
    call: Callable[[dict[str, Any]], Any],
    exc_type: type,
    param: str,
) -> None:
    with pytest.raises(exc_type) as info:
        call(settings(slack))
    assert param in str(info.value)
    assert SECRET not in str(info.value)
    assert slack.requests == []


@pytest.mark.parametrize(
    "url",
    [
        "http://slack.com/api/",
        "http://10.0.0.1/api/",
        "ftp://127.0.0.1/api/",
        "https://slack.com/api",
        "https:///api/",
        "https://user:pw@slack.com/api/",
        "https://slack.com/api/?x=1",
        "slack.com/api/",
        "http://[::1/api/",
        "http://127.0.0.1:99999/api/",
        "https://slack..com/api/",
        "https://" + "a" * 64 + ".com/api/",
        "https://slack.com/a pi/",
        "https://a%2e%2eb/api/",
        "https://slack.com:0/api/",
        "https://slack%2ecom/api/",
        "https://[fe80::1%25eth0]/api/",
    ],
)
def test_bad_base_url_is_refused(slack: FakeSlack, url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        slack_calls.calls_info(TOKEN, "R1", base_url=url)
    assert slack.requests == []


def test_loopback_http_hosts_are_allowed(slack: FakeSlack) -> None:
    port = slack.server_address[1]
    for host in ("127.0.0.1", "localhost"):
        url = f"http://{host}:{port}/api/"
        assert slack_calls.calls_info(TOKEN, "R1", base_url=url).success
    # All of 127.0.0.0/8 is loopback; nothing listens at this one, so the
    # call gets past the checks and fails to connect.
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_info(
            TOKEN, "R1", base_url=f"http://127.1.2.3:{port}/api/", max_retries=0
        )
    assert info.value.error == "connection_error"
    assert slack_calls._is_loopback("127.1.2.3")
    assert slack_calls._is_loopback("::1")
    assert not slack_calls._is_loopback("128.0.0.1")
    assert not slack_calls._is_loopback("localhost.example.com")


# The token never leaks...


def test_token_absent_from_reprs_messages_pickles_logs_and_urls(
    slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    slack.tokens = set()
    slack.reply(
        Reply(
            status=429,
            data={"ok": False, "error": "ratelimited"},
            headers={"Retry-After": "0"},
        ),
        Reply(data={"ok": True, "warning": "superfluous_charset"}),
    )
    with caplog.at_level(logging.DEBUG):
        ok = slack_calls.calls_end(TOKEN, "R1", **settings(slack))
        with pytest.raises(SlackCallsError) as info:
            slack_calls.calls_add(TOKEN, "e", "https://j", **settings(slack))
    err = info.value
    texts = [
        repr(ok), str(ok), repr(err), str(err), repr(err.response), repr(err.__dict__),
        *(r.getMessage() for r in caplog.records), *(repr(r.__dict__) for r in caplog.records),
        *(s.path for s in slack.requests), *(repr(s.query) for s in slack.requests),
        *(s.body.decode() for s in slack.requests),
    ]  # fmt: skip
    for text in texts:
        assert SECRET not in text
    assert SECRET.encode() not in pickle.dumps(err)
    assert SECRET.encode() not in pickle.dumps(ok)
    assert len(caplog.records) >= 4  # attempts, retry and warning were logged


def test_token_value_not_echoed_in_validation_errors() -> None:
    for bad in (TOKEN + "\n", " " + TOKEN, TOKEN + "é"):
        with pytest.raises(ValueError) as info:
            slack_calls.calls_info(bad, "R1")
        assert SECRET not in str(info.value) and SECRET not in repr(info.value)


# The exception...


def test_error_pickles_with_its_response(slack: FakeSlack) -> None:
    slack.reply(
        Reply(
            status=429,
            data={"ok": False, "error": "ratelimited"},
            headers={"Retry-After": "9"},
        )
    )
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_add(TOKEN, "e", "https://j", **settings(slack, max_retries=0))
    copy = pickle.loads(pickle.dumps(info.value))
    assert type(copy) is SlackCallsError
    assert (
        str(copy)
        == str(info.value)
        == "calls.add failed: ratelimited (HTTP 429); retry after 9 s"
    )
    assert (copy.method, copy.error, copy.status_code, copy.retry_after) == (
        "calls.add",
        "ratelimited",
        429,
        9.0,
    )
    assert copy.response is not None
    assert copy.response.data == {"ok": False, "error": "ratelimited"}
    assert copy.response.headers["retry-after"] == "9"


def test_error_without_response_pickles(closed_port: int) -> None:
    url = f"http://127.0.0.1:{closed_port}/api/"
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_info(TOKEN, "R1", base_url=url, max_retries=0)
    copy = pickle.loads(pickle.dumps(info.value))
    assert (copy.error, copy.status_code, copy.response) == (
        "connection_error",
        None,
        None,
    )


def test_error_can_be_made_by_hand() -> None:
    err = SlackCallsError("calls.add failed: x (HTTP 200)")
    assert (err.method, err.error, err.status_code, err.response, err.retry_after) == (
        "",
        "",
        None,
        None,
        None,
    )


# Threads...


def test_threads_each_get_their_own_answer(slack: FakeSlack) -> None:
    results: dict[int, Any] = {}

    def work(n: int) -> None:
        try:
            for round_ in range(5):
                call_id = f"R{n}-{round_}"
                r = slack_calls.calls_info(TOKEN, call_id, **settings(slack))
                assert r["call"]["id"] == call_id
                a = slack_calls.calls_add(
                    TOKEN, f"ext-{n}-{round_}", f"https://j/{n}", **settings(slack)
                )
                assert a["call"]["external_unique_id"] == f"ext-{n}-{round_}"
            results[n] = True
        except BaseException as exc:  # reported below
            results[n] = exc

    threads = [threading.Thread(target=work, args=(n,)) for n in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == dict.fromkeys(range(16), True)
    assert len(slack.requests) == 16 * 5 * 2


# Logging...


def test_one_debug_line_per_attempt(
    slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    slack.reply(Reply(status=502, body=b""))
    with caplog.at_level(logging.DEBUG, logger="slack_calls"):
        slack_calls.calls_info(TOKEN, "R1", **settings(slack))
    debug = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG]
    assert len(debug) == 2
    assert debug[0].startswith("calls.info attempt 1: http_error (HTTP 502) after ")
    assert debug[1].startswith("calls.info attempt 2: HTTP 200 after ")
    assert all(r.name == "slack_calls" for r in caplog.records)


def test_log_records_escape_what_a_server_wrote(
    slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    # A forged line or a terminal escape must not reach stderr from a log
    # record any more than from a message.
    forged = "x\r\nslack_calls: calls.info failed\x1b[2J"
    slack.reply(
        Reply(data={"ok": True, "warning": forged}),
        Reply(status=500, data={"ok": False, "error": forged}),
        Reply(data={"ok": False, "error": forged}),
    )
    with caplog.at_level(logging.DEBUG, logger="slack_calls"):
        slack_calls.calls_info(TOKEN, "R1", **settings(slack))
        with pytest.raises(SlackCallsError):
            slack_calls.calls_info(TOKEN, "R1", **settings(slack))
    levels = [r.levelno for r in caplog.records]
    assert levels == [
        logging.WARNING,
        logging.DEBUG,
        logging.DEBUG,
        logging.INFO,
        logging.DEBUG,
    ]
    for record in caplog.records:
        assert record.getMessage().isprintable()
    assert "\\x1b[2J" in caplog.records[-1].getMessage()


def test_logging_is_imported_only_when_a_record_could_be_seen(slack: FakeSlack) -> None:
    # Nothing has configured logging before anything imports it, so DEBUG
    # and INFO records would go nowhere; Slack's warnings still reach stderr.
    slack.reply(Reply(), Reply(data={"ok": True, "warning": "superfluous_charset"}))
    code = (
        "import sys, slack_calls\n"
        f"slack_calls.calls_info({TOKEN!r}, 'R1', base_url={slack.url!r})\n"
        "print('logging' in sys.modules)\n"
        f"slack_calls.calls_end({TOKEN!r}, 'R1', base_url={slack.url!r})\n"
        "print('logging' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-S", "-c", code],
        cwd=HERE,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"]
    assert result.stderr == "calls.end: Slack warned: superfluous_charset\n"


def test_one_tls_context_serves_every_https_call() -> None:
    context = slack_calls._default_context()
    assert context is slack_calls._default_context()
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True


def test_loopback_calls_bypass_proxies_from_the_environment(
    slack: FakeSlack, closed_port: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = f"http://127.0.0.1:{closed_port}"
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "all_proxy"):
        monkeypatch.setenv(name, proxy)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    slack_calls._env_proxies.cache_clear()  # read again below
    try:
        assert slack_calls.calls_info(TOKEN, "R1", **settings(slack)).success
        # HTTPS calls do honour them: this proxy is down, so nothing is sent.
        with pytest.raises(SlackCallsError) as info:
            slack_calls.calls_info(
                TOKEN, "R1", base_url="https://127.0.0.1:9/api/", max_retries=0
            )
        assert info.value.error == "connection_error"
        assert "Connection refused" in str(info.value)
        assert slack_calls._env_proxies()["https"] == proxy
    finally:
        slack_calls._env_proxies.cache_clear()
    assert len(slack.requests) == 1


def test_module_contract() -> None:
    assert sorted(slack_calls.__all__) == sorted(
        [
            "DEFAULT_MAX_RETRIES",
            "DEFAULT_TIMEOUT",
            "GOVSLACK_API_URL",
            "SLACK_API_URL",
            "ApiResponse",
            "ParticipantsChange",
            "SlackCallsError",
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
            "SlackRequest",
        ]
    )
    assert slack_calls.SLACK_API_URL == "https://slack.com/api/"
    assert slack_calls.GOVSLACK_API_URL == "https://slack-gov.com/api/"


# The offline manual: help() and pydoc must be enough where there is no web.
SETTINGS = {"base_url", "timeout", "max_retries", "ssl_context", "proxy"}


def _documented_names(obj: Any) -> list[str]:
    """The names a public callable's docstring must mention as ``name``."""
    if isinstance(obj, type) and dataclasses.is_dataclass(obj):
        return [f.name for f in dataclasses.fields(obj)]
    if isinstance(obj, type):  # the exception: its attributes
        return [n for n in vars(obj("m")) if not n.startswith("_")]
    return [p for p in inspect.signature(obj).parameters if p not in SETTINGS | {"token"}]


@pytest.mark.parametrize(
    "name", [n for n in slack_calls.__all__ if callable(getattr(slack_calls, n))]
)
def test_every_public_callable_documents_its_own_parameters(name: str) -> None:
    obj = getattr(slack_calls, name)
    doc = inspect.getdoc(obj) or ""
    missing = [p for p in _documented_names(obj) if f"``{p}``" not in doc]
    assert not missing, f"{name}'s docstring does not name {missing}"
    if callable(obj) and not isinstance(obj, type):
        parameters = set(inspect.signature(obj).parameters)
        if parameters & SETTINGS:  # told once, in the module's help
            assert "``settings``" in doc and "module's help" in doc
            assert "SlackCallsError" in doc and "ValueError" in doc
        if name.startswith(("calls_", "chat_")):
            assert "repeated" in doc  # whether it is, when unsure
            assert doc.rstrip().splitlines()[-1].startswith("https://")


def test_module_help_describes_settings_users_and_errors() -> None:
    doc = slack_calls.__doc__ or ""
    for name in [*sorted(SETTINGS), "token", "users", "SlackCallsError", "ValueError"]:
        assert f"``{name}``" in doc or name in doc, name
    for word in ("Seconds", "UNIX", "external_id", "display_name", "xoxb-"):
        assert word in doc or word in (slack_calls.calls_add.__doc__ or ""), word


def test_users_is_a_public_name_that_resolves() -> None:
    # help() shows the annotation as written: it must be a name that exists.
    for function in (slack_calls.calls_add, slack_calls.calls_participants_add):
        annotation = str(inspect.signature(function).parameters["users"].annotation)
        assert "Users" in annotation and "_Users" not in annotation
    assert "Users" in slack_calls.__all__
    assert "Sequence" in str(slack_calls.Users)
    text = pydoc.render_doc(slack_calls.calls_participants_add, renderer=pydoc.plaintext)
    assert "users: 'Users'" in text


# The command line...

HERE = pathlib.Path(__file__).resolve().parent


def run_cli(
    *args: str, token: str | None = TOKEN, module: bool = False
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SLACK_BOT_TOKEN"}
    if token is not None:
        env["SLACK_BOT_TOKEN"] = token
    env["PYTHONIOENCODING"] = "utf-8"
    launcher = ["-m", "slack_calls"] if module else [str(HERE / "slack_calls.py")]
    result = subprocess.run(
        [sys.executable, *launcher, *args],
        cwd=HERE,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=30,
        check=False,
    )
    assert SECRET not in result.stdout
    assert SECRET not in result.stderr
    assert "Traceback" not in result.stderr
    return result


# (command line arguments, the Slack method, the arguments Slack must receive)
CLI_COMMANDS = [
    (
        ["add", "ext-1", "https://meet.example/1", "--title", "Café ☕ & co",
         "--external-display-id", "1", "--desktop-app-join-url", "meet://1",
         "--date-start", "1700000000", "--created-by", "U0C", "--user", "U1",
         "--user", "U2"],
        "calls.add",
        {"external_unique_id": "ext-1", "join_url": "https://meet.example/1",
         "title": "Café ☕ & co", "external_display_id": "1",
         "desktop_app_join_url": "meet://1", "date_start": "1700000000",
         "created_by": "U0C", "users": '[{"slack_id":"U1"},{"slack_id":"U2"}]'},
    ),
    (["end", "R1", "--duration", "60"], "calls.end", {"id": "R1", "duration": "60"}),
    (["info", "R1"], "calls.info", {"id": "R1"}),
    (
        ["update", "R1", "--title", "two\nlines", "--join-url", "https://j/2"],
        "calls.update",
        {"id": "R1", "title": "two\nlines", "join_url": "https://j/2"},
    ),
    (
        ["participants-add", "R1", "--users-json", '[{"external_id": "e1", "display_name": "Kim"}]'],
        "calls.participants.add",
        {"id": "R1", "users": '[{"external_id": "e1", "display_name": "Kim"}]'},
    ),
    (
        ["participants-remove", "R1", "--user", "U1"],
        "calls.participants.remove",
        {"id": "R1", "users": '[{"slack_id":"U1"}]'},
    ),
    (
        ["post", "C1", "R1", "--text", "Standup ☕", "--thread-ts", "1700000000.000100"],
        "chat.postMessage",
        {"channel": "C1", "blocks": '[{"type":"call","call_id":"R1"}]',
         "text": "Standup ☕", "thread_ts": "1700000000.000100"},
    ),
    (
        ["post", "C1", "R1"],
        "chat.postMessage",
        {"channel": "C1", "blocks": '[{"type":"call","call_id":"R1"}]',
         "text": "A call started"},
    ),
    (
        ["unfurl", "https://meet.example/1?p=a&b", "R1", "--channel", "C1", "--ts", "1.2"],
        "chat.unfurl",
        {"channel": "C1", "ts": "1.2", "unfurls":
         '{"https://meet.example/1?p=a&b":{"blocks":[{"type":"call","call_id":"R1"}]}}'},
    ),
    (
        ["unfurl", "https://meet.example/1", "R1", "--unfurl-id", "U.1", "--source", "composer"],
        "chat.unfurl",
        {"unfurl_id": "U.1", "source": "composer", "unfurls":
         '{"https://meet.example/1":{"blocks":[{"type":"call","call_id":"R1"}]}}'},
    ),
]  # fmt: skip


def parse_dry_run(text: str) -> tuple[str, str, dict[str, str], dict[str, str]]:
    """Split --dry-run output into verb, URL, headers and arguments."""
    head, _, body = text.rstrip("\n").partition("\n\n")
    request_line, *header_lines = head.split("\n")
    verb, url = request_line.split(" ", 1)
    headers = dict(line.split(": ", 1) for line in header_lines)
    arguments = {}
    for line in body.split("\n") if body else []:
        name, value = line.split("=", 1)
        arguments[name] = json.loads(value) if value.startswith('"') else value
    return verb, url, headers, arguments


@pytest.mark.parametrize(("argv", "method", "expected"), CLI_COMMANDS)
def test_cli_dry_run_matches_what_is_sent(
    slack: FakeSlack, argv: list[str], method: str, expected: dict[str, str]
) -> None:
    dry = run_cli("--base-url", slack.url, "--dry-run", *argv)
    assert dry.returncode == 0, dry.stderr
    assert slack.requests == []  # a dry run touches no network
    verb, url, headers, arguments = parse_dry_run(dry.stdout)

    real = run_cli("--base-url", slack.url, *argv)
    assert real.returncode == 0, real.stderr
    [seen] = slack.requests
    assert verb == seen.command
    assert urllib.parse.urlsplit(url).path == seen.path == f"/api/{method}"
    assert arguments == (seen.query if verb == "GET" else seen.form) == expected
    assert headers["Authorization"] == "Bearer xoxb-…"
    assert seen.headers["authorization"] == f"Bearer {TOKEN}"
    assert headers["User-Agent"] == seen.headers["user-agent"]
    assert headers.get("Content-Type") == seen.headers.get("content-type")
    if verb == "GET":
        assert url == f"{slack.url}{method}?{urllib.parse.urlencode(expected)}"
    # Success: Slack's answer, indented, on stdout.
    assert real.stdout.startswith('{\n  "ok": true')
    assert real.stderr == ""


def test_cli_success_prints_slacks_answer(slack: FakeSlack) -> None:
    result = run_cli("--base-url", slack.url, "info", "R77", module=True)
    assert result.returncode == 0
    assert json.loads(result.stdout) == {
        "ok": True,
        "call": _call_object("calls.info", {"id": "R77"}),
    }


@pytest.mark.parametrize(
    "users", [["--user", "U1", "--user", "U2"], ["--users-json", "[]"]]
)
def test_cli_participants_sync_dry_run_shows_the_calls_info_it_starts_with(
    slack: FakeSlack, users: list[str]
) -> None:
    result = run_cli(
        "--base-url", slack.url, "--dry-run", "participants-sync", "R1", *users
    )
    assert result.returncode == 0, result.stderr
    verb, url, headers, arguments = parse_dry_run(result.stdout)
    assert (verb, url, arguments) == (
        "GET",
        f"{slack.url}calls.info?id=R1",
        {"id": "R1"},
    )
    assert headers["Authorization"] == "Bearer xoxb-…"
    assert slack.requests == []


def test_cli_participants_sync_prints_the_change(slack: FakeSlack) -> None:
    slack.participants["R1"] = [{"slack_id": "U1"}, KIM]
    argv = ["--base-url", slack.url, "participants-sync", "R1"]
    result = run_cli(*argv, "--user", "U1", "--user", "U2")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "added": [{"slack_id": "U2"}],
        "removed": [KIM],
    }
    assert result.stdout.startswith('{\n  "added": [')
    assert [s.method for s in slack.requests] == [
        "calls.info", "calls.participants.remove", "calls.participants.add",
    ]  # fmt: skip
    result = run_cli(*argv, "--users-json", "[]")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "added": [], "removed": [{"slack_id": "U1"}, {"slack_id": "U2"}],
    }  # fmt: skip
    assert slack.participants["R1"] == []
    slack.reply(Reply(data={"ok": False, "error": "invalid_auth"}))
    result = run_cli(*argv, "--user", "U1")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        "slack_calls: calls.info failed: invalid_auth (HTTP 200); nothing was"
        " changed before this failed\n"
    )


def test_cli_dry_run_without_a_token(slack: FakeSlack) -> None:
    result = run_cli("--dry-run", "end", "R1", token=None)
    assert result.returncode == 0
    assert result.stdout.splitlines()[:2] == [
        "POST https://slack.com/api/calls.end",
        "Authorization: Bearer <SLACK_BOT_TOKEN unset>",
    ]
    assert result.stdout.rstrip().endswith("\n\nid=R1")


def test_cli_missing_token_exits_2_naming_the_variable(slack: FakeSlack) -> None:
    for token in (None, ""):
        result = run_cli("--base-url", slack.url, "info", "R1", token=token)
        assert result.returncode == 2
        assert "SLACK_BOT_TOKEN" in result.stderr
        assert result.stdout == ""
    assert slack.requests == []


def test_cli_slack_error_exits_1_with_one_line(slack: FakeSlack) -> None:
    slack.tokens = set()
    result = run_cli("--base-url", slack.url, "info", "R1")
    assert result.returncode == 1
    assert result.stderr == "slack_calls: calls.info failed: invalid_auth (HTTP 200)\n"
    assert result.stdout == ""


def test_cli_error_line_carries_slacks_messages(slack: FakeSlack) -> None:
    slack.reply(Reply(data={
        "ok": False, "error": "invalid_arguments",
        "response_metadata": {"messages": ["[ERROR] bad users"]},
    }))  # fmt: skip
    result = run_cli("--base-url", slack.url, "participants-add", "R1", "--user", "U1")
    assert result.returncode == 1
    assert result.stderr == (
        "slack_calls: calls.participants.add failed: invalid_arguments (HTTP 200):"
        " [ERROR] bad users\n"
    )


def test_cli_transport_error_exits_1(closed_port: int) -> None:
    url = f"http://127.0.0.1:{closed_port}/api/"
    result = run_cli("--base-url", url, "--max-retries", "0", "end", "R1")
    assert result.returncode == 1
    assert result.stderr.startswith(
        "slack_calls: calls.end failed: connection_error (no HTTP response)"
    )
    assert len(result.stderr.splitlines()) == 1


def test_cli_warnings_go_to_stderr(slack: FakeSlack) -> None:
    slack.reply(Reply(data={"ok": True, "warning": "superfluous_charset"}))
    result = run_cli("--base-url", slack.url, "end", "R1")
    assert result.returncode == 0
    assert json.loads(result.stdout)["warning"] == "superfluous_charset"
    assert (
        result.stderr == "slack_calls: calls.end: Slack warned: superfluous_charset\n"
    )


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["end", "R1", "--duration", "-5"], "duration must not be negative"),
        (["end", "R1", "--duration", "soon"], "invalid int value"),
        (["update", "R1"], "at least one of title"),
        (["participants-add", "R1"], "one of the arguments --user --users-json is required"),
        (["participants-add", "R1", "--users-json", "U1"], "not a JSON array"),
        (["participants-sync", "R1"], "one of the arguments --user --users-json is required"),
        (["participants-sync", "R1", "--users-json", '{"slack_id": "U1"}'], "not a JSON array"),
        (["participants-sync", "R1", "--user", ""], "users[0] must not be empty"),
        (["add", "", "https://j"], "external_unique_id must not be empty"),
        (["--base-url", "http://slack.com/api/", "info", "R1"], "base_url must use https://"),
        (["info"], "the following arguments are required: ID"),
        (["launch", "R1"], "invalid choice"),
        (["post", "C1"], "the following arguments are required: ID"),
        (["unfurl", "https://j", "R1"], "needs channel and ts, or unfurl_id and source, not none of them"),
        (["unfurl", "https://j", "R1", "--channel", "C1"], "not channel"),
        (["unfurl", "https://j", "R1", "--channel", "C1", "--ts", "1.2", "--unfurl-id", "U"], "not channel and ts and unfurl_id"),
        (["unfurl", "https://j", "R1", "--unfurl-id", "U", "--source", "thread"], "invalid choice: 'thread'"),
        (["add", "e", "https://j", "--date-start", "1700000000000"], "looks like milliseconds"),
        ([], "required: COMMAND"),
    ],
)  # fmt: skip
def test_cli_bad_arguments_exit_2(
    slack: FakeSlack, argv: list[str], reason: str
) -> None:
    for dry in ([], ["--dry-run"]):
        result = run_cli(*dry, *argv)
        assert result.returncode == 2
        assert reason in result.stderr
        assert result.stdout == ""


def test_cli_survives_a_console_that_is_not_utf8(slack: FakeSlack) -> None:
    env = {**os.environ, "SLACK_BOT_TOKEN": TOKEN, "PYTHONIOENCODING": "ascii"}
    argv = [sys.executable, str(HERE / "slack_calls.py"), "--base-url", slack.url]
    real = subprocess.run(
        [*argv, "add", "e", "https://j", "--title", "Café ☕"],
        env=env, capture_output=True, timeout=30, check=False,
    )  # fmt: skip
    assert real.returncode == 0, real.stderr
    assert json.loads(real.stdout)["call"]["title"] == "Café ☕"
    assert b"Caf\\u00e9 \\u2615" in real.stdout
    dry = subprocess.run(
        [*argv, "--dry-run", "update", "R1", "--title", "Café"],
        env=env, capture_output=True, timeout=30, check=False,
    )  # fmt: skip
    assert dry.returncode == 0, dry.stderr
    assert b"Authorization: Bearer xoxb-\\u2026" in dry.stdout
    assert b"title=Caf\\xe9" in dry.stdout


def test_cli_dry_run_masks_all_but_a_slack_token_prefix() -> None:
    result = run_cli("--dry-run", "info", "R1", token="hunter2" + SECRET + "-x")
    assert "Authorization: Bearer …\n" in result.stdout
    result = run_cli("--dry-run", "info", "R1", token="xoxp-" + SECRET)
    assert "Authorization: Bearer xoxp-…\n" in result.stdout


def test_cli_bad_token_is_refused_without_echoing_it() -> None:
    result = run_cli("--dry-run", "info", "R1", token=TOKEN + " trailing")
    assert result.returncode == 2
    assert "token must be printable ASCII without whitespace" in result.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["info", "R1", TOKEN],  # unrecognized arguments
        ["--timeout", TOKEN, "info", "R1"],  # invalid float value
        ["end", "R1", "--duration", "xoxp-" + SECRET],  # invalid int value
        [TOKEN, "R1"],  # invalid choice of command
        ["unfurl", "https://j", "R1", "--unfurl-id", "U", "--source", TOKEN],
        ["--" + TOKEN],  # unrecognized option
        ["info", TOKEN],  # a valid ID to argparse, and --dry-run would show it
        ["add", "e", "https://j", "--title=xapp-1-A0-" + SECRET],
        ["add", "e", "https://j", "--title", "a_" + TOKEN],
        ["participants-add", "R1", "--users-json", f'["{TOKEN}"]'],
    ],
)
def test_cli_never_echoes_a_token_typed_on_the_command_line(
    slack: FakeSlack, argv: list[str]
) -> None:
    # run_cli also checks that no part of the token is in any output.
    for dry in ([], ["--dry-run"]):
        result = run_cli("--base-url", slack.url, *dry, *argv)
        assert result.returncode == 2
        assert result.stdout == ""
        assert result.stderr == (
            "slack_calls: an argument looks like a Slack token: set"
            " SLACK_BOT_TOKEN instead\n"
        )
    assert slack.requests == []


def test_cli_global_options_may_follow_the_command(slack: FakeSlack) -> None:
    result = run_cli(
        "add", "m1", "https://meet.example/1", "--dry-run", "--timeout", "3"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("POST https://slack.com/api/calls.add\n")
    result = run_cli("--base-url", "https://elsewhere.example/api/", "--max-retries",
                     "0", "info", "R1", "-v", "--base-url", slack.url)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "calls.info attempt 1: HTTP 200" in result.stderr  # -v, after the command
    assert len(slack.requests) == 1  # the later --base-url won
    result = run_cli("--dry-run", "info", "R1", "--timeout", "x")
    assert result.returncode == 2 and "--timeout" in result.stderr


@pytest.mark.parametrize(
    ("command", "words"),
    [
        (
            "add",
            [
                "EXTERNAL_UNIQUE_ID",
                "JOIN_URL",
                "--created-by",
                "--users-json",
                "calls.add",
            ],
        ),
        ("end", ["--duration", "calls.end"]),
        ("info", ["ID", "calls.info"]),
        ("update", ["--join-url", "--desktop-app-join-url", "calls.update"]),
        ("participants-add", ["--user", "--users-json", "calls.participants.add"]),
        ("participants-remove", ["--user", "calls.participants.remove"]),
        ("participants-sync", ["--user", "--users-json", "calls.info"]),
        ("post", ["CHANNEL", "ID", "--text", "--thread-ts", "chat.postMessage"]),
        (
            "unfurl",
            [
                "URL",
                "--channel",
                "--ts",
                "--unfurl-id",
                "--source",
                "composer",
                "chat.unfurl",
            ],
        ),
    ],
)
def test_cli_help_for_each_command(command: str, words: list[str]) -> None:
    result = run_cli(command, "--help", token=None)
    assert result.returncode == 0
    for word in words:
        assert word in result.stdout


# Showing the Call and verifying Slack's requests...

CALL_BLOCKS = b"%5B%7B%22type%22%3A%22call%22%2C%22call_id%22%3A%22R0123%22%7D%5D"


def test_chat_post_call_wire_format(slack: FakeSlack) -> None:
    response = slack_calls.chat_post_call(TOKEN, "C0123", "R0123", **settings(slack))
    assert response.success and response.method == "chat.postMessage"
    [seen] = slack.requests
    assert (seen.command, seen.path, seen.query) == (
        "POST",
        "/api/chat.postMessage",
        {},
    )
    assert seen.headers["authorization"] == f"Bearer {TOKEN}"
    assert seen.headers["content-type"] == "application/x-www-form-urlencoded"
    assert seen.body == b"channel=C0123&blocks=" + CALL_BLOCKS + b"&text=A+call+started"
    slack_calls.chat_post_call(
        TOKEN, "C0123", "R0123", text="Réunion ☕", thread_ts="1.2", **settings(slack)
    )
    assert slack.requests[1].body == (
        b"channel=C0123&blocks=" + CALL_BLOCKS
        + b"&text=R%C3%A9union+%E2%98%95&thread_ts=1.2"
    )  # fmt: skip


def test_chat_unfurl_call_wire_format(slack: FakeSlack) -> None:
    url = "https://meet.example/é?a=1&b=2"
    response = slack_calls.chat_unfurl_call(
        TOKEN, url, "R0123", channel="C0123", ts="1.2", **settings(slack)
    )
    assert response.success and response.method == "chat.unfurl"
    slack_calls.chat_unfurl_call(
        TOKEN, url, "R0123", unfurl_id="U.1", source="composer", **settings(slack)
    )
    slack_calls.chat_unfurl_call(
        TOKEN, url, "R0123", unfurl_id="U.2", source="conversations_history",
        **settings(slack),
    )  # fmt: skip
    unfurls = urllib.parse.quote_plus(
        '{"https://meet.example/é?a=1&b=2":{"blocks":[{"type":"call","call_id":"R0123"}]}}'
    ).encode()
    assert unfurls.startswith(b"%7B%22https%3A%2F%2Fmeet.example%2F%C3%A9%3Fa%3D1%26b")
    first, second, third = slack.requests
    assert (first.command, first.path) == ("POST", "/api/chat.unfurl")
    assert first.headers["content-type"] == "application/x-www-form-urlencoded"
    assert first.body == b"channel=C0123&ts=1.2&unfurls=" + unfurls
    assert second.body == b"unfurl_id=U.1&source=composer&unfurls=" + unfurls
    assert third.form["source"] == "conversations_history"


def test_chat_unfurl_calls_wire_format(slack: FakeSlack) -> None:
    first_url, second_url = (link["url"] for link in LINK_SHARED["links"])
    calls = {first_url: "R1", second_url: "R2"}
    composer = _link_event(source="composer", message_ts="not.a.message")
    response = slack_calls.chat_unfurl_calls(TOKEN, composer, calls, **settings(slack))
    assert response.success and response.method == "chat.unfurl"
    older = _link_event(unfurl_id=None, source=None)  # before unfurl_id existed
    slack_calls.chat_unfurl_calls(TOKEN, older, {second_url: "R2"}, **settings(slack))
    # unfurl_id without source, or the other way round, is no target: the
    # message's channel and ts are.
    for partial in (_link_event(source=None), _link_event(unfurl_id="")):
        slack_calls.chat_unfurl_calls(TOKEN, partial, calls, **settings(slack))
    first, second, *partials = slack.requests
    unfurls = {
        first_url: {"blocks": [{"type": "call", "call_id": "R1"}]},
        second_url: {"blocks": [{"type": "call", "call_id": "R2"}]},
    }
    assert (first.command, first.path) == ("POST", "/api/chat.unfurl")
    assert first.headers["authorization"] == f"Bearer {TOKEN}"
    assert first.form == {
        "unfurl_id": LINK_SHARED["unfurl_id"],
        "source": "composer",
        "unfurls": json.dumps(unfurls, ensure_ascii=False, separators=(",", ":")),
    }
    assert list(json.loads(first.form["unfurls"])) == [first_url, second_url]
    assert second.form["channel"] == "C0123"
    assert second.form["ts"] == "1700000000.0001"
    assert json.loads(second.form["unfurls"]) == {second_url: unfurls[second_url]}
    for seen in partials:
        assert set(seen.form) == {"channel", "ts", "unfurls"}
    # One link goes out byte for byte as chat_unfurl_call sends it.
    slack_calls.chat_unfurl_call(
        TOKEN, second_url, "R2", channel="C0123", ts="1700000000.0001",
        **settings(slack),
    )  # fmt: skip
    assert slack.requests[-1].body == second.body


HTML_502 = Reply(status=502, body=b"<html>Bad Gateway</html>", headers={"Content-Type": "text/html"})  # fmt: skip


@pytest.mark.parametrize("fault", [HTML_502, Reply(drop=True), Reply(delay=2.0)])
def test_chat_post_call_is_never_repeated_when_unsure(
    slack: FakeSlack, fault: Reply
) -> None:
    slack.reply(fault)
    with pytest.raises(SlackCallsError) as info:
        slack_calls.chat_post_call(
            TOKEN, "C1", "R1", **settings(slack, timeout=0.5, max_retries=3)
        )
    assert info.value.method == "chat.postMessage"
    assert "may have been processed, so it was not retried" in str(info.value)
    assert len(slack.requests) == 1


def test_chat_post_call_waits_out_a_rate_limit(slack: FakeSlack) -> None:
    slack.reply(Reply(status=429, headers={"Retry-After": "0"}, data={"ok": False, "error": "ratelimited"}))  # fmt: skip
    response = slack_calls.chat_post_call(TOKEN, "C1", "R1", **settings(slack))
    assert response["channel"] == "C1"
    assert len(slack.requests) == 2


@pytest.mark.parametrize("fault", [HTML_502, Reply(drop=True), Reply(delay=2.0)])
def test_chat_unfurl_call_is_repeated_when_unsure(
    slack: FakeSlack, fault: Reply
) -> None:
    slack.reply(fault)
    response = slack_calls.chat_unfurl_call(
        TOKEN, "https://j/1", "R1", channel="C1", ts="1.2",
        **settings(slack, timeout=0.5, max_retries=1),
    )  # fmt: skip
    assert response.success
    assert len(slack.requests) == 2
    assert slack.requests[0].body == slack.requests[1].body


def test_chat_unfurl_call_gives_up_after_max_retries(slack: FakeSlack) -> None:
    slack.reply(HTML_502, HTML_502, HTML_502)
    with pytest.raises(SlackCallsError) as info:
        slack_calls.chat_unfurl_call(
            TOKEN, "https://j/1", "R1", unfurl_id="U", source="composer",
            **settings(slack, max_retries=2),
        )  # fmt: skip
    assert (info.value.error, info.value.status_code) == ("http_error", 502)
    assert "may have been processed" not in str(info.value)
    assert len(slack.requests) == 3


def test_call_reply_is_the_slash_command_answer() -> None:
    block = {"type": "call", "call_id": "R0123"}
    assert slack_calls.call_reply("R0123") == {
        "response_type": "in_channel",
        "text": "A call started",
        "blocks": [block],
    }
    reply = slack_calls.call_reply("R0123", text="Kim started a call ☕")
    assert json.loads(json.dumps(reply)) == {
        "response_type": "in_channel",
        "text": "Kim started a call ☕",
        "blocks": [block],
    }
    with pytest.raises(ValueError, match="call_id"):
        slack_calls.call_reply("")
    with pytest.raises(TypeError, match="text"):
        slack_calls.call_reply("R1", text=5)  # type: ignore[arg-type]


# Milliseconds for seconds...


@pytest.mark.parametrize("value", [1764720000000, 253402300800, 253402300799000])
def test_date_start_in_milliseconds_is_refused(slack: FakeSlack, value: int) -> None:
    with pytest.raises(ValueError) as info:
        slack_calls.calls_add(
            TOKEN, "e", "https://j", date_start=value, **settings(slack)
        )
    assert str(info.value) == (
        f"date_start {value} looks like milliseconds (as JavaScript's Date.now()"
        " gives): Slack wants UNIX seconds, so divide by 1000"
    )
    assert slack.requests == []


def test_date_start_up_to_the_last_second_of_9999_is_sent(slack: FakeSlack) -> None:
    last = datetime.datetime(9999, 12, 31, 23, 59, 59, tzinfo=datetime.timezone.utc)
    slack_calls.calls_add(
        TOKEN, "e", "https://j", date_start=253402300799, **settings(slack)
    )
    slack_calls.calls_add(TOKEN, "e", "https://j", date_start=last, **settings(slack))
    assert [seen.form["date_start"] for seen in slack.requests] == ["253402300799"] * 2


# Verifying Slack's requests...

# Slack's worked example (the facts file, section 9).
SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
SLACK_TS = 1531420618
SLACK_BODY = (
    "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
    "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA"
    "&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url="
    "https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F"
    "96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121."
    "803a0bc887a14d10d2c447fce8b6703c"
)
SLACK_SIG = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
SLACK_HEADERS = {
    "X-Slack-Request-Timestamp": str(SLACK_TS),
    "X-Slack-Signature": SLACK_SIG,
}


def _valid(body: Any = SLACK_BODY, headers: Any = None, **kwargs: Any) -> bool:
    kwargs.setdefault("now", SLACK_TS)
    headers = SLACK_HEADERS if headers is None else headers
    return slack_calls.is_valid_request(SIGNING_SECRET, body, headers, **kwargs)


def _message(cls: type, headers: dict[str, str]) -> Any:
    message = cls()
    for name, value in headers.items():
        message[name] = value
    return message


def test_is_valid_request_accepts_slacks_example() -> None:
    assert _valid()
    assert _valid(SLACK_BODY.encode())
    assert _valid(bytearray(SLACK_BODY.encode()))
    # Slack's example signed within the default 5 minutes, either side.
    for now in (SLACK_TS + 300, SLACK_TS - 300, SLACK_TS + 299.5):
        assert _valid(now=now)
    for now in (SLACK_TS + 301, SLACK_TS - 301, SLACK_TS + 300.001):
        assert not _valid(now=now)
    assert _valid(now=SLACK_TS + 60, max_age=60)
    assert not _valid(now=SLACK_TS + 61, max_age=60)


def test_is_valid_request_defaults_now_to_the_clock() -> None:
    assert not _valid(now=None)  # signed in 2018
    ts = str(int(time.time()))
    import hashlib
    import hmac

    digest = hmac.new(
        SIGNING_SECRET.encode(), f"v0:{ts}:{SLACK_BODY}".encode(), hashlib.sha256
    ).hexdigest()
    headers = {"x-slack-request-timestamp": ts, "x-slack-signature": f"v0={digest}"}
    assert _valid(headers=headers, now=None)


@pytest.mark.parametrize(
    "headers",
    [
        {k.lower(): v for k, v in SLACK_HEADERS.items()},  # Lambda, API Gateway
        {k.upper(): v for k, v in SLACK_HEADERS.items()},
        {"x-SLACK-request-TIMESTAMP": str(SLACK_TS), "X-Slack-Signature": SLACK_SIG},
        {"Host": "example.com", **{k.title(): v for k, v in SLACK_HEADERS.items()}},
        {k: v.encode() for k, v in SLACK_HEADERS.items()},  # bytes values
        {k.lower().encode(): v.encode() for k, v in SLACK_HEADERS.items()},  # ASGI
        {k.encode(): v for k, v in SLACK_HEADERS.items()},  # bytes names
    ],
    ids=["lowercase", "uppercase", "mixed", "title", "bytes-values", "asgi", "bytes-names"],
)
def test_is_valid_request_finds_headers_in_any_case(headers: dict[str, Any]) -> None:
    assert _valid(headers=headers)
    assert _valid(headers=types.MappingProxyType(headers))


def test_is_valid_request_reads_message_objects() -> None:
    import email.message

    lower = {k.lower(): v for k, v in SLACK_HEADERS.items()}
    assert _valid(headers=_message(http.client.HTTPMessage, lower))
    assert _valid(headers=_message(email.message.Message, SLACK_HEADERS))


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        (SLACK_BODY.replace("foobar", "foobaz"), None),
        (SLACK_BODY + "&x=1", None),
        (SLACK_BODY[:-1], None),
        ("", None),
        (SLACK_BODY, {**SLACK_HEADERS, "X-Slack-Request-Timestamp": str(SLACK_TS + 1)}),
        (SLACK_BODY, {**SLACK_HEADERS, "X-Slack-Signature": SLACK_SIG[:-1] + "4"}),
        (SLACK_BODY, {**SLACK_HEADERS, "X-Slack-Signature": SLACK_SIG.upper()}),
        (SLACK_BODY, {**SLACK_HEADERS, "X-Slack-Signature": SLACK_SIG[3:]}),
        (SLACK_BODY, {**SLACK_HEADERS, "X-Slack-Signature": "v1=" + SLACK_SIG[3:]}),
        (SLACK_BODY, {**SLACK_HEADERS, "X-Slack-Signature": SLACK_SIG + " "}),
        (SLACK_BODY, {**SLACK_HEADERS, "X-Slack-Signature": "v0=é" + SLACK_SIG[4:]}),
        (SLACK_BODY, {**SLACK_HEADERS, "X-Slack-Signature": "v0=\ud800"}),
        (SLACK_BODY, {**SLACK_HEADERS, "X-Slack-Signature": ""}),
        (SLACK_BODY, {**SLACK_HEADERS, "X-Slack-Signature": None}),
        (SLACK_BODY, {**SLACK_HEADERS, "X-Slack-Signature": 5}),
        (SLACK_BODY, {"X-Slack-Request-Timestamp": str(SLACK_TS)}),
        (SLACK_BODY, {"X-Slack-Signature": SLACK_SIG}),
        (SLACK_BODY, {}),
        (SLACK_BODY, {**SLACK_HEADERS, "X-Slack-Request-Timestamp": ""}),
        (SLACK_BODY, {**SLACK_HEADERS, "X-Slack-Request-Timestamp": "1531420618.0"}),
        (SLACK_BODY, {**SLACK_HEADERS, "X-Slack-Request-Timestamp": " 1531420618"}),
        (SLACK_BODY, {**SLACK_HEADERS, "X-Slack-Request-Timestamp": "-1531420618"}),
        (SLACK_BODY, {**SLACK_HEADERS, "X-Slack-Request-Timestamp": "١٥٣١٤٢٠٦١٨"}),
        (SLACK_BODY, {**SLACK_HEADERS, "X-Slack-Request-Timestamp": "9" * 5000}),
        (SLACK_BODY, {**SLACK_HEADERS, "X-Slack-Request-Timestamp": "soon"}),
    ],
)
def test_is_valid_request_refuses_tampered_or_malformed(
    body: str, headers: dict[str, Any] | None
) -> None:
    assert _valid(body, headers) is False
    assert _valid(body.encode(), headers) is False


@pytest.mark.parametrize(
    ("secret", "body", "headers", "kwargs", "exc_type", "message"),
    [
        ("", SLACK_BODY, SLACK_HEADERS, {}, ValueError, "signing_secret"),
        (" ", SLACK_BODY, SLACK_HEADERS, {}, ValueError, "signing_secret"),
        (None, SLACK_BODY, SLACK_HEADERS, {}, TypeError, "signing_secret"),
        (SIGNING_SECRET.encode(), SLACK_BODY, SLACK_HEADERS, {}, TypeError, "signing_secret"),
        (SIGNING_SECRET, None, SLACK_HEADERS, {}, TypeError, "body"),
        (SIGNING_SECRET, {"text": ""}, SLACK_HEADERS, {}, TypeError, "body"),
        (SIGNING_SECRET, SLACK_BODY, None, {}, TypeError, "headers"),
        (SIGNING_SECRET, SLACK_BODY, list(SLACK_HEADERS.items()), {}, TypeError, "headers"),
        (SIGNING_SECRET, SLACK_BODY, "X-Slack-Signature: v0=", {}, TypeError, "headers"),
        (SIGNING_SECRET, SLACK_BODY, SLACK_HEADERS, {"max_age": 0}, ValueError, "max_age"),
        (SIGNING_SECRET, SLACK_BODY, SLACK_HEADERS, {"max_age": -300}, ValueError, "max_age"),
        (SIGNING_SECRET, SLACK_BODY, SLACK_HEADERS, {"max_age": math.inf}, ValueError, "max_age"),
        (SIGNING_SECRET, SLACK_BODY, SLACK_HEADERS, {"max_age": math.nan}, ValueError, "max_age"),
        (SIGNING_SECRET, SLACK_BODY, SLACK_HEADERS, {"max_age": "300"}, TypeError, "max_age"),
        (SIGNING_SECRET, SLACK_BODY, SLACK_HEADERS, {"max_age": True}, TypeError, "max_age"),
        (SIGNING_SECRET, SLACK_BODY, SLACK_HEADERS, {"now": "1531420618"}, TypeError, "now"),
        (SIGNING_SECRET, SLACK_BODY, SLACK_HEADERS, {"now": math.nan}, ValueError, "now"),
        (SIGNING_SECRET, SLACK_BODY, SLACK_HEADERS, {"now": 10**400}, ValueError, "now"),
        (SIGNING_SECRET, SLACK_BODY, SLACK_HEADERS, {"max_age": 10**400}, ValueError, "max_age"),
        (SIGNING_SECRET + "\n", SLACK_BODY, SLACK_HEADERS, {}, ValueError, "signing_secret"),
        (" " + SIGNING_SECRET, SLACK_BODY, SLACK_HEADERS, {}, ValueError, "signing_secret"),
        (SIGNING_SECRET, SLACK_BODY, SLACK_HEADERS, {"now": datetime.datetime.now(datetime.timezone.utc)}, TypeError, "now"),
        # parse_request's own: bad arguments raise whatever the body holds.
        ("", "!!!", {}, {"base64_body": True}, ValueError, "signing_secret"),
        (SIGNING_SECRET + "\n", "ssl_check=1", {}, {"base64_body": False}, ValueError, "signing_secret"),
        (SIGNING_SECRET, None, {}, {"base64_body": True}, TypeError, "body"),
        (SIGNING_SECRET, 5, {}, {"base64_body": True}, TypeError, "body"),
        (SIGNING_SECRET, "!!!", None, {"base64_body": True}, TypeError, "headers"),
        (SIGNING_SECRET, "ssl_check=1", {}, {"base64_body": False, "now": "1"}, TypeError, "now"),
        (SIGNING_SECRET, "ssl_check=1", {}, {"base64_body": "false"}, TypeError, "base64_body"),
    ],
)  # fmt: skip
def test_is_valid_request_refuses_bad_arguments_loudly(
    secret: Any,
    body: Any,
    headers: Any,
    kwargs: dict[str, Any],
    exc_type: type,
    message: str,
) -> None:
    kwargs.setdefault("now", SLACK_TS)
    functions = [slack_calls.parse_request]
    if "base64_body" not in kwargs:
        functions.append(slack_calls.is_valid_request)
    for function in functions:
        with pytest.raises(exc_type) as info:
            function(secret, body, headers, **kwargs)  # type: ignore[operator]
        assert message in str(info.value)


def test_importing_slack_calls_leaves_hmac_for_later() -> None:
    code = "import sys, slack_calls; sys.exit('hmac' in sys.modules)"
    subprocess.run([sys.executable, "-c", code], cwd=HERE, check=True, timeout=30)


# Receiving Slack's requests: one verified parse...

RESPONSE_PATH = "/commands/T0001/1/secretpath"  # a credential: must never show


def _signed(
    body: str | bytes, secret: str = SIGNING_SECRET, age: int = 0
) -> dict[str, str]:
    """Headers as Slack signs ``body`` with ``secret``, ``age`` seconds ago."""
    import hashlib
    import hmac

    raw = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    ts = str(int(time.time()) - age)
    digest = hmac.new(secret.encode(), b"v0:%s:%s" % (ts.encode(), raw), hashlib.sha256)
    return {
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": "v0=" + digest.hexdigest(),
    }


def _parse(body: str | bytes, headers: Any = None, **kwargs: Any) -> Any:
    headers = _signed(body) if headers is None else headers
    return slack_calls.parse_request(SIGNING_SECRET, body, headers, **kwargs)


COMMAND = {
    "token": "deprecated", "team_id": "T0001", "channel_id": "C0123",
    "user_id": "U0KIM", "command": "/meet", "text": "",
    "response_url": "https://hooks.slack.com" + RESPONSE_PATH, "trigger_id": "1.2.3",
}  # fmt: skip
ACTION = {"type": "block_actions", "response_url": COMMAND["response_url"]}
CHALLENGE = {"token": "t", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", "type": "url_verification"}  # fmt: skip
ENVELOPE = {"type": "event_callback", "event_id": "Ev1", "event": LINK_SHARED}
FORM = "application/x-www-form-urlencoded"

# (case, body, kind, data); every body is also sent as bytes, with bytes
# header names, unsigned and forged.
KINDS = [
    ("command", urllib.parse.urlencode(COMMAND), "command", COMMAND),
    ("interaction", urllib.parse.urlencode({"payload": json.dumps(ACTION)}), "interaction", ACTION),
    ("ssl_check", "ssl_check=1&token=deprecated", "ssl_check", {"ssl_check": "1", "token": "deprecated"}),
    ("url_verification", json.dumps(CHALLENGE), "url_verification", CHALLENGE),
    ("event", "\r\n " + json.dumps(ENVELOPE), "event", ENVELOPE),
    ("app_rate_limited", '{"type": "app_rate_limited", "minute_rate_limited": 1518467820}', "other", {"type": "app_rate_limited", "minute_rate_limited": 1518467820}),
    ("first value of a field", "command=/a&command=/b&text=", "command", {"command": "/a", "text": ""}),
    ("form of nothing known", "a=1&b", "other", {"a": "1", "b": ""}),
    ("empty", "", "other", {}),
    ("JSON array: a form", "[1, 2]", "other", {"[1, 2]": ""}),
    ("JSON string: a form", '"ssl_check=1"', "other", {'"ssl_check': '1"'}),
    ("ssl_check=0", "ssl_check=0", "other", {"ssl_check": "0"}),
    ("callback without event", '{"type": "event_callback", "event": "link_shared"}', "other", {"type": "event_callback", "event": "link_shared"}),
    ("verification without challenge", '{"type": "url_verification", "challenge": 5}', "other", {"type": "url_verification", "challenge": 5}),
    ("NaN", '{"type": "event_callback", "event": {"type": "x", "n": NaN}}', "other", {}),
    ("Infinity", '{"type": "url_verification", "challenge": "c", "n": -Infinity}', "other", {}),
    ("repeated keys", '{"type": "url_verification", "challenge": "a", "challenge": "b"}', "other", {}),
    ("deep nesting", '{"a": ' * 100_000, "other", {}),
    ("bad JSON", '{"type": "url_verification",', "other", {}),
    ("payload not JSON", "payload=%7Bnope&command=/meet", "command", {"payload": "{nope", "command": "/meet"}),
    ("payload a JSON array", "payload=%5B%5D", "other", {"payload": "[]"}),
    ("payload too deep", "payload=" + "%5B" * 100_000, "other", {"payload": "[" * 100_000}),
    ("invalid UTF-8 in a form", b"command=/meet&text=\xff%FF", "command", {"command": "/meet", "text": "\ufffd\ufffd"}),
    ("invalid UTF-8 in JSON", b'{"type": "url_verification", "challenge": "\xff"}', "url_verification", {"type": "url_verification", "challenge": "\ufffd"}),
    ("lone surrogate", '{"type": "url_verification", "challenge": "\ud800"}', "url_verification", {"type": "url_verification", "challenge": "\ufffd" * 3}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "body", "kind", "data"), KINDS, ids=[k[0] for k in KINDS]
)
def test_parse_request_recognises_every_kind(
    case: str, body: str | bytes, kind: str, data: dict[str, Any]
) -> None:
    raw = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    asgi = {k.lower().encode(): v.encode() for k, v in _signed(raw).items()}
    for request in (
        _parse(body),
        _parse(raw),
        _parse(raw, asgi),
        _parse(bytearray(raw)),
    ):
        assert isinstance(request, slack_calls.SlackRequest)
        assert (request.kind, request.data) == (kind, data)
        assert (request.retry_num, request.retry_reason) == (0, None)
        if kind == "event":
            assert request.event == LINK_SHARED
            assert request.event_type == "link_shared"
        else:
            assert (request.event, request.event_type) == (None, None)
    # Unsigned, forged or stale: only an SSL check is answered (with nothing).
    for headers in (
        {},
        _signed(raw, "another-apps-secret"),
        _signed(raw, age=301),
        asgi,
    ):
        request = slack_calls.parse_request(
            SIGNING_SECRET,
            body,
            headers,
            now=time.time() + (900 if headers is asgi else 0),
        )
        if kind == "ssl_check":
            assert request is not None and request.kind == "ssl_check"
        else:
            assert request is None


def test_parse_request_reads_an_event_type_only_when_it_is_a_str() -> None:
    request = _parse(json.dumps({**ENVELOPE, "event": {"type": ["link_shared"]}}))
    assert (request.kind, request.event, request.event_type) == (
        "event",
        {"type": ["link_shared"]},
        None,
    )
    request = _parse(json.dumps({**ENVELOPE, "event": {}}))
    assert (request.kind, request.event, request.event_type) == ("event", {}, None)


@pytest.mark.parametrize(
    ("headers", "retry_num", "retry_reason"),
    [
        ({}, 0, None),
        ({"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}, 1, "http_timeout"),
        ({"x-slack-retry-num": "3", "x-slack-retry-reason": "http_error"}, 3, "http_error"),
        ({b"x-slack-retry-num": b"2", b"x-slack-retry-reason": b"connection_failed"}, 2, "connection_failed"),
        ({"X-SLACK-RETRY-NUM": "2"}, 2, None),
        ({"X-Slack-Retry-Num": "0"}, 0, None),
        # Present but unreadable: taken for a redelivery.
        ({"X-Slack-Retry-Num": ""}, 1, None),
        ({"X-Slack-Retry-Num": "one"}, 1, None),
        ({"X-Slack-Retry-Num": "-1"}, 1, None),
        ({"X-Slack-Retry-Num": "+1"}, 1, None),
        ({"X-Slack-Retry-Num": "\u0663"}, 1, None),  # an Arabic-Indic three
        ({"X-Slack-Retry-Num": "9" * 5000}, 1, None),
        ({b"X-Slack-Retry-Num": b"\xff"}, 1, None),
        ({"X-Slack-Retry-Num": ["1"]}, 1, None),  # a multi-value header
    ],
)  # fmt: skip
def test_parse_request_reads_retry_headers(
    headers: dict[Any, Any], retry_num: int, retry_reason: str | None
) -> None:
    body = urllib.parse.urlencode(COMMAND)
    request = _parse(body, {**_signed(body), **headers})
    assert (request.kind, request.retry_num, request.retry_reason) == (
        "command",
        retry_num,
        retry_reason,
    )


def test_parse_request_reads_no_unsigned_body_but_a_small_ssl_check() -> None:
    # Forged bodies cost no parsing: only one as small as an SSL check is read.
    small = "ssl_check=1&token=" + "x" * 900
    assert _parse(small, {}).kind == "ssl_check"
    assert _parse(small + "&pad=" + "y" * 200, {}) is None
    assert _parse(small + "&pad=" + "y" * 200).kind == "ssl_check"  # signed


def test_parse_request_decodes_a_base64_body_before_checking_it() -> None:
    body = urllib.parse.urlencode(COMMAND).encode()
    encoded = base64.b64encode(body)
    for sent in (encoded, encoded.decode(), bytearray(encoded)):
        request = _parse(sent, _signed(body), base64_body=True)
        assert (request.kind, request.data) == ("command", COMMAND)
    # Signed as it came, not as decoded: not Slack's signature.
    assert _parse(encoded, base64_body=True) is None
    # Not base64: None, even with a signature of those very bytes.
    for junk in (
        b"!!!!",
        encoded + b"\n",
        encoded[:-1],
        "Y29tbWFuZD0vbWVldA==é",
        b"\xff\xfe",
    ):
        assert _parse(junk, base64_body=True) is None
        assert _parse(junk, _signed(b""), base64_body=True) is None
    unsigned = base64.b64encode(b"ssl_check=1&token=x")
    assert _parse(unsigned, {}, base64_body=True).kind == "ssl_check"
    assert _parse(body, base64_body=False).kind == "command"


def test_slack_request_is_frozen_and_its_repr_keeps_the_response_url_out() -> None:
    for body in (
        urllib.parse.urlencode(COMMAND),
        urllib.parse.urlencode({"payload": json.dumps(ACTION)}),
        json.dumps(ENVELOPE),
    ):
        request = _parse(body)
        assert "secretpath" in repr(request.data) or request.kind == "event"
        for text in (repr(request), str(request)):
            assert "secretpath" not in text and "hooks.slack.com" not in text
            assert "meet.example" not in text  # nor the event's contents
        assert repr(request).startswith(
            f"SlackRequest(kind='{request.kind}', retry_num=0"
        )
        with pytest.raises(dataclasses.FrozenInstanceError):
            request.kind = "command"  # type: ignore[misc]


# Answering later: respond posts to a response_url...


def hook_url(server: FakeSlack | int, path: str = RESPONSE_PATH) -> str:
    port = server if isinstance(server, int) else server.server_address[1]
    return f"http://127.0.0.1:{port}{path}"


def assert_path_hidden(texts: list[str]) -> None:
    for text in texts:
        assert "secretpath" not in text and "/commands/" not in text, text


def test_respond_wire_format(
    slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    message = slack_calls.call_reply("R0123", text="Kim <@U0KIM> ☕")
    with caplog.at_level(logging.DEBUG, logger="slack_calls"):
        response = slack_calls.respond(hook_url(slack), message, timeout=2)
        slack_calls.respond(hook_url(slack) + "?a=1&b=%2F", {"text": "x"}, timeout=2)
    assert (response.method, response.status_code) == ("response_url", 200)
    assert (response.data, response.body, response.success) == (
        {"ok": True},
        b"ok",
        True,
    )
    first, second = slack.requests
    assert (first.command, first.path, first.query) == ("POST", RESPONSE_PATH, {})
    assert first.headers["content-type"] == "application/json; charset=utf-8"
    assert "authorization" not in first.headers and "cookie" not in first.headers
    assert first.headers["user-agent"].startswith("slack_calls/")
    assert json.loads(first.body) == message
    assert first.body.isascii()  # non-ASCII text as \u escapes
    assert (second.path, second.query) == (RESPONSE_PATH, {"a": "1", "b": "/"})
    assert_path_hidden([repr(response), *(r.getMessage() for r in caplog.records)])
    assert [r.getMessage()[:25] for r in caplog.records] == [
        "response_url attempt 1: H"
    ] * 2


@pytest.mark.parametrize(
    "reply",
    [
        Reply(body=b"ok", headers={"Content-Type": "text/html"}),
        Reply(body=b" ok\r\n"),
        Reply(status=201, body=b"ok"),
        Reply(data={"ok": True}),
        Reply(data={"ok": True, "warning": "missing_charset"}),
    ],
)
def test_respond_success_forms(slack: FakeSlack, reply: Reply) -> None:
    slack.reply(reply)
    response = slack_calls.respond(hook_url(slack), {"text": "hi"}, max_retries=0)
    assert response.success and response.data["ok"] is True


# (answer, error, HTTP status); none of them is repeated.
RESPOND_FAILURES = [
    (Reply(status=400, body=b"no_text", headers={"Content-Type": "text/plain"}), "no_text", 400),
    (Reply(status=400, body=b"invalid_payload\n"), "invalid_payload", 400),
    (Reply(status=404, data={"ok": False, "error": "expired_url"}), "expired_url", 404),
    (Reply(status=410, body=b"used_url"), "used_url", 410),
    (Reply(status=200, body=b"no_text"), "no_text", 200),
    (Reply(status=200, data={"ok": False, "error": "channel_not_found"}), "channel_not_found", 200),
    (Reply(status=200, data={"ok": False}), "invalid_response", 200),
    (Reply(status=200, body=b""), "invalid_response", 200),
    (Reply(status=200, body=b"okay then, but not ok"), "invalid_response", 200),
    (Reply(status=200, body=b"<html>ok</html>", headers={"Content-Type": "text/html"}), "invalid_response", 200),
    (Reply(status=200, body=b"[true]"), "invalid_response", 200),
    (Reply(status=200, body=b'{"ok": true, "ok": true}'), "invalid_response", 200),
    (Reply(status=200, body=b"\xffok"), "invalid_response", 200),
    (Reply(status=200, data={"ok": "true"}), "invalid_response", 200),
    (Reply(status=404, body=b""), "http_error", 404),
    (Reply(status=403, body=b"<html>Forbidden</html>"), "http_error", 403),
    (Reply(status=302, body=b"", headers={"Location": "https://elsewhere.example/"}), "redirect_refused", 302),
]  # fmt: skip


@pytest.mark.parametrize(("reply", "error", "status"), RESPOND_FAILURES)
def test_respond_failures_carry_slacks_code_and_status(
    slack: FakeSlack,
    caplog: pytest.LogCaptureFixture,
    reply: Reply,
    error: str,
    status: int,
) -> None:
    slack.reply(reply)
    with caplog.at_level(logging.DEBUG, logger="slack_calls"), pytest.raises(
        SlackCallsError
    ) as info:
        slack_calls.respond(hook_url(slack), {"text": "hi"}, max_retries=3)
    err = info.value
    assert (err.method, err.error, err.status_code) == ("response_url", error, status)
    assert str(err).startswith(f"response_url failed: {error} (HTTP {status})")
    assert err.response is not None and err.response.status_code == status
    assert len(slack.requests) == 1
    assert_path_hidden(texts_of(err, caplog))
    assert "base_url" not in str(err)  # respond has none: no hint about it


@pytest.mark.parametrize(
    "fault",
    [
        HTML_502,
        Reply(status=500, body=b"internal_error"),
        Reply(status=503, body=b"", headers={"Retry-After": "0"}),
        Reply(drop=True),
        Reply(delay=2.0),
        Reply(body=b"ok", headers={"Content-Length": "10"}),  # cut off
    ],
    ids=["502", "500", "503", "dropped", "timeout", "cut-off"],
)
def test_respond_is_never_repeated_when_unsure(
    slack: FakeSlack, caplog: pytest.LogCaptureFixture, fault: Reply
) -> None:
    slack.reply(fault)
    with caplog.at_level(logging.DEBUG, logger="slack_calls"), pytest.raises(
        SlackCallsError
    ) as info:
        slack_calls.respond(hook_url(slack), {"text": "hi"}, timeout=0.5, max_retries=3)
    assert "may have been processed, so it was not retried" in str(info.value)
    assert len(slack.requests) == 1
    assert_path_hidden(texts_of(info.value, caplog))


def test_respond_waits_out_a_rate_limit(
    slack: FakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    slack.reply(Reply(status=429, body=b"rate_limited", headers={"Retry-After": "0"}))
    with caplog.at_level(logging.DEBUG, logger="slack_calls"):
        assert slack_calls.respond(hook_url(slack), {"text": "hi"}).success
    assert len(slack.requests) == 2 and slack.requests[0].body == slack.requests[1].body
    assert_path_hidden([r.getMessage() for r in caplog.records])
    slack.reply(Reply(status=429, body=b"", headers={"Retry-After": "0"}))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.respond(hook_url(slack), {"text": "hi"}, max_retries=0)
    assert (info.value.error, info.value.retry_after) == ("ratelimited", 0)


def test_respond_retries_a_refused_connection(
    slack: FakeSlack,
    closed_port: int,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG, logger="slack_calls"), pytest.raises(
        SlackCallsError
    ) as info:
        slack_calls.respond(hook_url(closed_port), {"text": "hi"}, max_retries=2)
    assert info.value.error == "connection_error" and info.value.status_code is None
    assert "may have been processed" not in str(info.value)
    assert len([r for r in caplog.records if r.levelno == logging.DEBUG]) == 3
    assert_path_hidden(texts_of(info.value, caplog))
    # Refused first, then answered: the post arrives once.
    real, ports = socket.getaddrinfo, [closed_port]
    monkeypatch.setattr(
        socket,
        "getaddrinfo",
        lambda h, p, *a, **k: real(h, ports.pop() if ports else p, *a, **k),
    )
    assert slack_calls.respond(hook_url(slack), {"text": "hi"}).success
    assert ports == [] and len(slack.requests) == 1


@pytest.mark.usefixtures("env")
def test_respond_over_tls_through_a_proxy_shows_it_no_path(
    https_slack: HttpsFakeSlack, proxy: ConnectProxy, ca_file: str
) -> None:
    url = f"https://127.0.0.1:{https_slack.port}{RESPONSE_PATH}"
    response = slack_calls.respond(
        url, {"text": "hi"}, ssl_context=trusting(ca_file), proxy=proxy.url, timeout=2
    )
    assert response.success
    [seen] = https_slack.requests
    assert seen.path == RESPONSE_PATH and "authorization" not in seen.headers
    assert proxy.seen[0].request_line == connect_line("127.0.0.1", https_slack.port)
    assert b"secretpath" not in proxy.everything()


@pytest.mark.parametrize(
    ("url", "message", "exc_type", "text"),
    [
        (None, {"text": "hi"}, TypeError, "response_url must be a str"),
        (b"https://hooks.slack.com/commands/x", {"text": "hi"}, TypeError, "response_url"),
        ("https://hooks.slack.com/commands/x", None, TypeError, "message a dict"),
        ("https://hooks.slack.com/commands/x", '{"text": "hi"}', TypeError, "message"),
        ("https://hooks.slack.com/commands/x", [("text", "hi")], TypeError, "message"),
        ("https://hooks.slack.com/commands/x", {"text": {1, 2}}, TypeError, "message cannot be sent as JSON"),
        ("https://hooks.slack.com/commands/x", {"n": math.nan}, ValueError, "message cannot be sent as JSON"),
        (RESPONSE_PATH, {"text": "hi"}, ValueError, "response_url must be an absolute https:// URL"),
        ("hooks.slack.com" + RESPONSE_PATH, {"text": "hi"}, ValueError, "response_url"),
        ("http://hooks.slack.com" + RESPONSE_PATH, {"text": "hi"}, ValueError, "http:// only to a loopback host"),
        ("ftp://127.0.0.1" + RESPONSE_PATH, {"text": "hi"}, ValueError, "response_url"),
        ("https://" + RESPONSE_PATH, {"text": "hi"}, ValueError, "response_url"),
        ("https://u:secretpath@hooks.slack.com/x", {"text": "hi"}, ValueError, "response_url"),
        ("https://hooks.slack.com:0" + RESPONSE_PATH, {"text": "hi"}, ValueError, "response_url"),
        ("https://hooks.slack.com?secretpath", {"text": "hi"}, ValueError, "response_url"),
        ("https://hooks.slack.com" + RESPONSE_PATH + " x", {"text": "hi"}, ValueError, "printable ASCII"),
        ("https://hooks.slack.com" + RESPONSE_PATH + "\r\nX: 1", {"text": "hi"}, ValueError, "printable ASCII"),
        ("https://hooks.slack.com" + RESPONSE_PATH + "é", {"text": "hi"}, ValueError, "printable ASCII"),
        ("https://hooks.slack.com" + RESPONSE_PATH + "#top", {"text": "hi"}, ValueError, "printable ASCII"),
        ("https://hooks.slack.com" + RESPONSE_PATH, functools.reduce(lambda d, _: {"a": d}, range(100000), {}), ValueError, "message cannot be sent as JSON"),
        ("https://hooks.slack.com" + RESPONSE_PATH, {"text": "hi"}, ValueError, "timeout"),
    ],
)  # fmt: skip
def test_respond_refuses_bad_input_before_sending(
    slack: FakeSlack, url: Any, message: Any, exc_type: type, text: str
) -> None:
    timeout = 0 if text == "timeout" else 1
    with pytest.raises(exc_type) as info:
        slack_calls.respond(url, message, timeout=timeout)
    assert text in str(info.value)
    assert_path_hidden([str(info.value), repr(info.value)])
    assert slack.requests == []


# The README's Lambda handlers, run as written...

LAMBDA_SECRET = "lambda-signing-secret-0123"


def _readme_code(function: str) -> str:
    """The one python block of README.md that defines ``function``."""
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
    pattern = rf"^def {function}\(event, context\):"
    [code] = [b for b in blocks if re.search(pattern, b, re.MULTILINE)]
    return code


class _LambdaContext:
    def __init__(self, millis: int = 2900) -> None:
        self.millis = millis

    def get_remaining_time_in_millis(self) -> int:
        return self.millis


def _function_url_event(
    body: str,
    content_type: str,
    *,
    base64_body: bool = False,
    secret: str = LAMBDA_SECRET,
    age: int = 0,
    headers: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A function URL's event for a request that Slack signed with ``secret``."""
    signed = {k.lower(): v for k, v in _signed(body, secret, age).items()}
    return {
        "version": "2.0",
        "routeKey": "$default",
        "rawPath": "/",
        "headers": {
            "content-type": content_type,
            "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
            **signed,
            **(headers or {}),
        },
        "requestContext": {"http": {"method": "POST", "path": "/"}},
        "body": base64.b64encode(body.encode()).decode() if base64_body else body,
        "isBase64Encoded": base64_body,
    }


def _slash_command(form: dict[str, str], **kwargs: Any) -> dict[str, Any]:
    return _function_url_event(urllib.parse.urlencode(form), FORM, **kwargs)


def _events_api(data: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    return _function_url_event(json.dumps(data), "application/json", **kwargs)


SLASH_FORM = {
    "token": "deprecated-verification-token",
    "team_id": "T0001",
    "channel_id": "C0123",
    "user_id": "U0KIM",
    "command": "/meet",
    "text": "Standup ☕ & co",
    "response_url": "https://hooks.slack.com/commands/T0001/1/x",
    "trigger_id": "1.2.3",
}
CONSOLE_TEST_EVENT = {"key1": "value1", "key2": "value2", "key3": "value3"}


def _readme_function(
    name: str, slack: FakeSlack, monkeypatch: pytest.MonkeyPatch, **env: str
) -> Callable[..., Any]:
    env = {
        "SLACK_BOT_TOKEN": TOKEN,
        "SLACK_SIGNING_SECRET": LAMBDA_SECRET,
        "SLACK_API_BASE_URL": slack.url,
        **env,
    }
    for variable, value in env.items():
        monkeypatch.setenv(variable, value)
    namespace: dict[str, Any] = {"__name__": "lambda_function"}
    exec(compile(_readme_code(name), "README.md", "exec"), namespace)
    function: Callable[..., Any] = namespace[name]
    return function


@pytest.fixture
def readme_handler(
    slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> Callable[..., dict[str, Any]]:
    return _readme_function("handler", slack, monkeypatch)


@pytest.fixture
def readme_events_handler(
    slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> Callable[..., dict[str, Any]]:
    return _readme_function("events_handler", slack, monkeypatch)


def test_readme_has_one_block_for_each_handler() -> None:
    for name in ("handler", "events_handler"):
        code = _readme_code(name)
        assert code.count("\ndef ") >= 2 and "import slack_calls" in code
        compile(code, "README.md", "exec")


def _call_reply_for(seen: Seen, text: str) -> dict[str, Any]:
    meeting = seen.form["external_unique_id"]
    assert seen.form["join_url"] == f"https://meet.example/{meeting}"
    return {
        "response_type": "in_channel",
        "text": text,
        "blocks": [{"type": "call", "call_id": f"R0CALL{meeting}"}],
    }


@pytest.mark.parametrize("base64_body", [True, False])
def test_readme_lambda_handler_answers_with_the_call(
    slack: FakeSlack, readme_handler: Callable[..., dict[str, Any]], base64_body: bool
) -> None:
    event = _slash_command(SLASH_FORM, base64_body=base64_body)
    answer = readme_handler(event, _LambdaContext())
    [seen] = slack.requests
    assert seen.path == "/api/calls.add"
    assert seen.headers["authorization"] == f"Bearer {TOKEN}"
    meeting = seen.form["external_unique_id"]
    assert seen.form == {
        "external_unique_id": meeting,
        "join_url": f"https://meet.example/{meeting}",
        "title": "Standup ☕ & co",  # a title is plain text: as typed
        "created_by": "U0KIM",
    }
    assert answer["statusCode"] == 200
    assert answer["headers"] == {"Content-Type": "application/json"}
    # mrkdwn: the user's & is escaped.
    text = "<@U0KIM> started a call: Standup ☕ &amp; co"
    assert json.loads(answer["body"]) == _call_reply_for(seen, text)


def test_readme_lambda_handler_escapes_what_the_user_typed(
    slack: FakeSlack, readme_handler: Callable[..., dict[str, Any]]
) -> None:
    typed = "<!channel> <https://evil.example|click> & co"
    answer = readme_handler(
        _slash_command({**SLASH_FORM, "text": typed}), _LambdaContext()
    )
    text = json.loads(answer["body"])["text"]
    assert text == (
        "<@U0KIM> started a call: &lt;!channel&gt;"
        " &lt;https://evil.example|click&gt; &amp; co"
    )
    assert slack.requests[0].form["title"] == typed
    # Without a topic: no title, and the mention alone.
    answer = readme_handler(_slash_command({**SLASH_FORM, "text": " "}), _LambdaContext())
    assert json.loads(answer["body"])["text"] == "<@U0KIM> started a call"
    assert "title" not in slack.requests[1].form


@pytest.mark.parametrize(
    "forge",
    [
        {"secret": "another-apps-secret"},
        {"age": 301},  # a replay of an old request
    ],
    ids=["wrong-secret", "stale"],
)
def test_readme_lambda_handler_refuses_forged_requests(
    slack: FakeSlack,
    readme_handler: Callable[..., dict[str, Any]],
    forge: dict[str, Any],
) -> None:
    for base64_body in (True, False):
        event = _slash_command(SLASH_FORM, base64_body=base64_body, **forge)
        answer = readme_handler(event, _LambdaContext())
        assert answer["statusCode"] == 401
    tampered = _slash_command(SLASH_FORM, base64_body=False)
    tampered["body"] = tampered["body"].replace("U0KIM", "U0EVE")
    assert readme_handler(tampered, _LambdaContext())["statusCode"] == 401
    assert slack.requests == []


def test_readme_lambda_handler_without_headers_or_a_command(
    slack: FakeSlack, readme_handler: Callable[..., dict[str, Any]]
) -> None:
    headless = _slash_command(SLASH_FORM)
    del headless["headers"]
    for event in (headless, CONSOLE_TEST_EVENT, {}):
        assert readme_handler(event, _LambdaContext()) == {
            "statusCode": 401, "body": "invalid signature"
        }  # fmt: skip
    no_user = {k: v for k, v in SLASH_FORM.items() if k != "user_id"}
    for event in (
        _slash_command(no_user),
        _slash_command({**SLASH_FORM, "user_id": ""}),
        _slash_command({"payload": json.dumps(ACTION)}),
        _events_api(CHALLENGE),
    ):
        answer = readme_handler(event, _LambdaContext())
        assert answer == {"statusCode": 400, "body": "expected a slash command"}
    assert slack.requests == []


def test_readme_lambda_handler_answers_ssl_checks_with_nothing(
    slack: FakeSlack, readme_handler: Callable[..., dict[str, Any]]
) -> None:
    form = {"ssl_check": "1", "token": "deprecated-verification-token"}
    unsigned = _slash_command(form, base64_body=True)
    unsigned["headers"] = {"content-type": FORM}
    for event in (_slash_command(form), unsigned):
        assert readme_handler(event, _LambdaContext()) == {"statusCode": 200, "body": ""}
    assert slack.requests == []


def test_readme_lambda_handler_when_slack_fails(
    slack: FakeSlack, readme_handler: Callable[..., dict[str, Any]]
) -> None:
    slack.reply(HTML_502)
    answer = readme_handler(
        _slash_command(SLASH_FORM, base64_body=True), _LambdaContext()
    )
    assert len(slack.requests) == 1  # max_retries=0 and calls.add is not repeated
    assert answer["statusCode"] == 200
    body = json.loads(answer["body"])
    assert body["response_type"] == "ephemeral"
    assert body["text"].startswith("Join here: https://meet.example/")


def test_readme_lambda_handler_answers_at_once_and_posts_the_call_later(
    slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    handler = _readme_function("handler", slack, monkeypatch, ANSWER_LATER="1")
    form = {**SLASH_FORM, "response_url": hook_url(slack)}
    before = set(threading.enumerate())
    answer = handler(_slash_command(form), _LambdaContext())
    assert json.loads(answer["body"]) == {
        "response_type": "ephemeral", "text": "Starting your call…"
    }  # fmt: skip
    # The hand-off thread, unless done; the fake's own are daemons, and one
    # may still be starting, which join() refuses.
    for thread in set(threading.enumerate()) - before:
        if not thread.daemon:
            thread.join(10)
    # As Lambda's asynchronous invocation of itself would run it.
    assert handler({"slash_command": form}, _LambdaContext()) is None
    add, post, add_again, post_again = slack.requests
    assert (add.path, post.path, post_again.path) == (
        "/api/calls.add", RESPONSE_PATH, RESPONSE_PATH
    )  # fmt: skip
    assert "authorization" not in post.headers
    text = "<@U0KIM> started a call: Standup ☕ &amp; co"
    assert json.loads(post.body) == _call_reply_for(add, text)
    assert json.loads(post_again.body) == _call_reply_for(add_again, text)


def test_readme_lambda_handler_hands_off_to_its_own_async_invocation_in_lambda(
    slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Lambda and boto3 are what loopback cannot provide: a stand-in records
    # the invocation, which is then run as Lambda would run it.
    invoked: list[dict[str, Any]] = []

    class _Client:
        def invoke(self, **kwargs: Any) -> None:
            invoked.append(kwargs)

    boto3 = types.ModuleType("boto3")
    boto3.client = lambda service: _Client() if service == "lambda" else None  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "boto3", boto3)
    handler = _readme_function(
        "handler", slack, monkeypatch, ANSWER_LATER="1", AWS_LAMBDA_FUNCTION_NAME="meet"
    )
    form = {**SLASH_FORM, "response_url": hook_url(slack)}
    before = set(threading.enumerate())
    answer = handler(_slash_command(form), _LambdaContext())
    assert json.loads(answer["body"])["text"] == "Starting your call…"
    assert not [t for t in set(threading.enumerate()) - before if not t.daemon]
    [call] = invoked
    assert (call["FunctionName"], call["InvocationType"]) == ("meet", "Event")
    assert slack.requests == []  # nothing yet: the new invocation does it
    assert handler(json.loads(call["Payload"]), _LambdaContext()) is None
    assert [s.path for s in slack.requests] == ["/api/calls.add", RESPONSE_PATH]


def test_readme_signed_event_is_signed_as_slack_signs(
    slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    [code] = [b for b in re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
              if "def signed_event(" in b]  # fmt: skip
    namespace: dict[str, Any] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    body = urllib.parse.urlencode(SLASH_FORM)
    event = namespace["signed_event"](body, LAMBDA_SECRET)
    request = slack_calls.parse_request(LAMBDA_SECRET, event["body"], event["headers"])
    assert request is not None and request.kind == "command"
    assert slack_calls.parse_request("another-secret", body, event["headers"]) is None
    handler = _readme_function("handler", slack, monkeypatch)
    assert handler(event, _LambdaContext())["statusCode"] == 200


def _link_shared(**changes: Any) -> dict[str, Any]:
    """An Events API delivery of a link_shared event with three links."""
    links = [
        {"domain": "meet.example", "url": "https://meet.example/m-1"},
        {"domain": "meet.example", "url": "https://meet.example/m-2?pwd=é"},
        {"domain": "docs.example", "url": "https://docs.example/help"},
    ]
    return {**ENVELOPE, "event": _link_event(**{"links": links, **changes})}


def test_readme_events_handler_unfurls_from_the_composer(
    slack: FakeSlack, readme_events_handler: Callable[..., dict[str, Any]]
) -> None:
    composer = _link_shared(source="composer", message_ts="not.a.message")
    for base64_body in (False, True):
        answer = readme_events_handler(
            _events_api(composer, base64_body=base64_body), _LambdaContext()
        )
        assert answer == {"statusCode": 200, "body": ""}
    add_1, add_2, unfurl, again = slack.requests
    # The second delivery (not a redelivery) finds each meeting's Call.
    assert (again.method, again.form) == (unfurl.method, unfurl.form)
    assert [add_1.form, add_2.form] == [
        {"external_unique_id": "m-1", "join_url": "https://meet.example/m-1", "created_by": "U0KIM"},
        {"external_unique_id": "m-2", "join_url": "https://meet.example/m-2?pwd=é", "created_by": "U0KIM"},
    ]  # fmt: skip
    assert unfurl.path == "/api/chat.unfurl"
    assert unfurl.form == {
        "unfurl_id": LINK_SHARED["unfurl_id"],
        "source": "composer",
        "unfurls": json.dumps(
            {
                "https://meet.example/m-1": {"blocks": [{"type": "call", "call_id": "R0CALLm-1"}]},
                "https://meet.example/m-2?pwd=é": {"blocks": [{"type": "call", "call_id": "R0CALLm-2"}]},
            },
            ensure_ascii=False, separators=(",", ":"),
        ),
    }  # fmt: skip


def test_readme_events_handler_unfurls_a_posted_message(
    slack: FakeSlack, readme_events_handler: Callable[..., dict[str, Any]]
) -> None:
    posted = _link_shared()  # source conversations_history, with unfurl_id
    older = _link_shared(unfurl_id=None, source=None)
    for data in (posted, older):
        answer = readme_events_handler(_events_api(data), _LambdaContext())
        assert answer == {"statusCode": 200, "body": ""}
    first, second = (s for s in slack.requests if s.method == "chat.unfurl")
    assert first.form["source"] == "conversations_history"
    assert (second.form["channel"], second.form["ts"]) == ("C0123", "1700000000.0001")
    assert "unfurl_id" not in second.form


def test_readme_events_handler_answers_the_challenge_only_when_signed(
    slack: FakeSlack, readme_events_handler: Callable[..., dict[str, Any]]
) -> None:
    answer = readme_events_handler(_events_api(CHALLENGE), _LambdaContext())
    assert answer == {
        "statusCode": 200,
        "headers": {"Content-Type": "text/plain"},
        "body": CHALLENGE["challenge"],
    }
    headless = _events_api(CHALLENGE)
    del headless["headers"]
    for event in (
        _events_api(CHALLENGE, secret="another-apps-secret"),
        _events_api(CHALLENGE, age=301),
        headless,
        CONSOLE_TEST_EVENT,
    ):
        answer = readme_events_handler(event, _LambdaContext())
        assert answer == {"statusCode": 401, "body": "invalid signature"}
    forged = _events_api(_link_shared(), secret="another-apps-secret")
    assert readme_events_handler(forged, _LambdaContext())["statusCode"] == 401
    assert slack.requests == []


@pytest.mark.parametrize(
    "retry",
    [
        {"x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout"},
        {"x-slack-retry-num": "3", "x-slack-retry-reason": "http_error"},
        {"x-slack-retry-num": "garbled"},
    ],
)
def test_readme_events_handler_does_not_act_on_a_redelivery(
    slack: FakeSlack,
    readme_events_handler: Callable[..., dict[str, Any]],
    retry: dict[str, str],
) -> None:
    event = _events_api(_link_shared(), headers=retry)
    answer = readme_events_handler(event, _LambdaContext())
    assert answer == {"statusCode": 200, "headers": {"X-Slack-No-Retry": "1"}, "body": ""}
    assert slack.requests == []


def test_readme_events_handler_ignores_other_events(
    slack: FakeSlack, readme_events_handler: Callable[..., dict[str, Any]]
) -> None:
    mention = {**ENVELOPE, "event": {"type": "app_mention", "text": "<@U0APP> hi"}}
    limited = {"type": "app_rate_limited", "minute_rate_limited": 1518467820}
    no_meetings = _link_shared(links=[{"domain": "docs.example", "url": "https://docs.example/a"}])
    for data in (mention, limited, no_meetings):
        answer = readme_events_handler(_events_api(data), _LambdaContext())
        assert answer == {"statusCode": 200, "body": ""}
    assert slack.requests == []


@pytest.mark.parametrize(
    ("replies", "requests", "logged"),
    [
        ([HTML_502], 1, "link_shared: calls.add failed: http_error (HTTP 502)"),
        ([Reply(), Reply(), Reply(data={"ok": False, "error": "cannot_unfurl_url"})], 3,
         "link_shared: chat.unfurl failed: cannot_unfurl_url (HTTP 200)"),
    ],
)  # fmt: skip
def test_readme_events_handler_logs_failures_and_still_answers_200(
    slack: FakeSlack,
    readme_events_handler: Callable[..., dict[str, Any]],
    capsys: pytest.CaptureFixture[str],
    replies: list[Reply],
    requests: int,
    logged: str,
) -> None:
    slack.reply(*replies)
    answer = readme_events_handler(_events_api(_link_shared()), _LambdaContext())
    assert answer == {"statusCode": 200, "body": ""}
    assert len(slack.requests) == requests  # nothing retried
    assert capsys.readouterr().out.startswith(logged)


def test_readme_events_handler_answers_within_the_time_left(
    slack: FakeSlack,
    readme_events_handler: Callable[..., dict[str, Any]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    slack.reply(Reply(delay=3.0))
    started = time.monotonic()
    answer = readme_events_handler(_events_api(_link_shared()), _LambdaContext(1000))
    elapsed = time.monotonic() - started
    assert answer == {"statusCode": 200, "body": ""}
    assert 0.4 < elapsed < 0.5 + HOSTILE_MARGIN
    assert capsys.readouterr().out.startswith("link_shared: calls.add failed: timeout")


# Reliability: property tests of arguments and answers, a fault soak and a
# concurrency stress test. Arguments are either refused before anything is
# sent or reach the server byte for byte; any answer gives a correct
# ApiResponse or a SlackCallsError in time; the soak (marked slow) checks
# outcomes, timing, requests per call and logs against the retry rules.
# Each defect these found is pinned with @example.

PROPERTY = hsettings(
    max_examples=150,
    deadline=None,
    database=None,  # the pinned @examples hold the known failures
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
        HealthCheck.filter_too_much,
    ],
)
SLACK_TIME = 0.75  # seconds a call may take beyond its timeouts and waits
USERS_KEYS = ("slack_id", "external_id", "display_name", "avatar_url")
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
SECOND = datetime.timedelta(seconds=1)


# 0. Requests from Slack: junk never raises...

_junk_json = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=8)
    ),
    lambda kids: st.one_of(
        st.lists(kids, max_size=3),
        st.dictionaries(st.text(max_size=6), kids, max_size=3),
    ),
    max_leaves=12,
)
_slack_json = st.fixed_dictionaries(
    {
        "type": st.sampled_from(
            ["event_callback", "url_verification", "app_rate_limited"]
        )
    },
    optional={"event": _junk_json, "challenge": _junk_json, "token": _junk_json},
).map(json.dumps)  # json.dumps writes NaN and Infinity, which are not JSON
_forms = st.lists(
    st.tuples(
        st.sampled_from(["ssl_check", "command", "payload", "text", "user_id"])
        | st.text(max_size=6),
        st.sampled_from(["1", "/meet", "{}", '{"type": "x"}'])
        | _junk_json.map(json.dumps)
        | st.text(max_size=8),
    ),
    max_size=5,
).map(urllib.parse.urlencode)
_bodies = st.one_of(st.binary(max_size=200), st.text(max_size=200), _slack_json, _forms)
_names = st.sampled_from(
    [
        "X-Slack-Signature",
        "x-slack-request-timestamp",
        "X-Slack-Retry-Num",
        "x-slack-retry-reason",
        "Host",
    ]
) | st.text(max_size=12)
_headers = st.dictionaries(
    _names | _names.map(lambda name: name.encode("utf-8", "surrogatepass")),
    st.one_of(st.text(max_size=20), st.binary(max_size=20), st.none(), st.integers()),
    max_size=5,
)


@PROPERTY
@given(
    body=_bodies,
    headers=_headers,
    sign=st.booleans(),
    encode=st.booleans(),
    as_bytes=st.booleans(),
)
@example(body='{"a": ' * 50_000, headers={}, sign=True, encode=False, as_bytes=False)
@example(
    body="payload=" + "%5B" * 50_000, headers={}, sign=True, encode=True, as_bytes=True
)
@example(
    body='{"type": "event_callback", "event": {"n": 1' + "0" * 5000 + "}}",
    headers={},
    sign=True,
    encode=False,
    as_bytes=False,
)
@example(
    body='{"type": "event_callback", "event": {"n": 1e400}}',
    headers={},
    sign=True,
    encode=False,
    as_bytes=True,
)
@example(
    body=b"\xff{\xfe",
    headers={b"x-slack-signature": b"\xff"},
    sign=False,
    encode=False,
    as_bytes=True,
)
def test_no_junk_from_outside_makes_parse_request_raise(
    body: str | bytes, headers: dict[Any, Any], sign: bool, encode: bool, as_bytes: bool
) -> None:
    raw = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    if sign:
        headers = {**headers, **_signed(raw)}
    sent: str | bytes = body if isinstance(body, str) and not as_bytes else raw
    if encode:
        sent = base64.b64encode(raw) if as_bytes else base64.b64encode(raw).decode()
    # Read as it came, and (junk) as base64 or not as base64.
    for base64_body in (encode, not encode):
        request = slack_calls.parse_request(
            SIGNING_SECRET, sent, headers, base64_body=base64_body
        )
        if request is None:
            assert not (sign and base64_body == encode)
            continue
        assert request.kind in {
            "command", "interaction", "ssl_check", "url_verification", "event", "other"
        }  # fmt: skip
        assert isinstance(request.data, dict) and isinstance(request.retry_num, int)
        assert request.retry_num >= 0
        assert request.retry_reason is None or isinstance(request.retry_reason, str)
        assert request.event is None or isinstance(request.event, dict)
        assert request.event_type is None or isinstance(request.event_type, str)
        repr(request)


# A fake that can also misbehave on the wire...


@dataclass
class Raw:
    """One answer written byte for byte, then the connection is closed."""

    chunks: list[bytes]
    pause: float = 0.0  # seconds between chunks
    hold: float = 0.0  # seconds to keep the connection open after writing
    reset: bool = False  # close with a TCP RST rather than a FIN


class Fake(FakeSlack):
    """test_slack_calls' FakeSlack, plus raw answers, resets and fault policies."""

    def __init__(self) -> None:
        super().__init__()
        self.RequestHandlerClass = _FaultHandler
        self.raw: list[Raw] = []
        self.targets: list[str] = []  # raw request targets, as received
        self.resets: set[int] = set()  # ids of sockets to close with RST
        # For the soak: picks a fault for each request; faults[call key] lists
        # what each request of that call got.
        self.policy: Callable[[Seen], str] | None = None
        self.faults: dict[str, list[str]] = {}

    def clear(self) -> None:
        with self.lock:
            self.requests.clear()
            self.replies.clear()
            self.raw.clear()
            self.targets.clear()
            self.tokens = {TOKEN}

    def shutdown_request(self, request: Any) -> None:
        with self.lock:
            reset = id(request) in self.resets
            self.resets.discard(id(request))
        if reset:  # SO_LINGER 0 is set: close() sends RST
            self.close_request(request)
        else:
            super().shutdown_request(request)


class _FaultHandler(_Handler):
    server: Fake

    def _serve(self) -> None:
        with self.server.lock:
            self.server.targets.append(self.path)
            raw = self.server.raw.pop(0) if self.server.raw else None
        if self.server.policy is not None:
            self._soak()
        elif raw is not None:
            self._read()
            self._raw(raw)
        else:
            super()._serve()

    def _raw(self, raw: Raw) -> None:
        self.close_connection = True
        try:
            for i, chunk in enumerate(raw.chunks):
                if i and raw.pause:
                    self.server.release.wait(raw.pause)
                self.wfile.write(chunk)
        except OSError:
            return
        if raw.hold:
            self.server.release.wait(raw.hold)
        if raw.reset:
            self._reset()

    def _reset(self) -> None:
        self.close_connection = True
        self.connection.setsockopt(
            socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
        )
        with self.server.lock:
            self.server.resets.add(id(self.connection))

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.close_connection = True
        self.send_response(status)
        headers = {"Content-Type": "application/json; charset=utf-8", **headers}
        headers.setdefault("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _soak(self) -> None:
        seen = self._read()
        args = seen.query if seen.command == "GET" else seen.form
        key = args.get("id") or args.get("external_unique_id") or "?"
        assert self.server.policy is not None
        fault = self.server.policy(seen)
        with self.server.lock:
            self.server.faults.setdefault(key, []).append(fault)
        try:
            self._fault(fault, seen)
        except OSError:
            pass  # the client gave up first

    def _fault(self, fault: str, seen: Seen) -> None:
        error = json.dumps({"ok": False, "error": "x"})
        if fault == "ok":
            self._send(200, json.dumps(self._slack(seen)).encode(), {})
        elif fault == "slow":
            self.server.release.wait(SOAK_DELAY)
            self._send(200, json.dumps(self._slack(seen)).encode(), {})
        elif fault == "429":
            body = error.replace('"x"', '"ratelimited"').encode()
            self._send(429, body, {"Retry-After": "0"})
        elif fault == "5xx_html":
            status = random.choice([500, 502, 503, 504])
            html = b"<html><body>Bad Gateway</body></html>"
            self._send(status, html, {"Content-Type": "text/html"})
        elif fault == "5xx_json":
            self._send(503, error.replace('"x"', '"service_unavailable"').encode(), {})
        elif fault == "internal_error":
            self._send(200, error.replace('"x"', '"internal_error"').encode(), {})
        elif fault == "invalid_arguments":
            self._send(200, error.replace('"x"', '"invalid_arguments"').encode(), {})
        elif fault == "drop":
            self.close_connection = True
        elif fault == "reset":
            self._reset()
        elif fault == "truncated":
            self._send(200, b'{"ok": true', {"Content-Length": "40"})
        elif fault == "bad_body":
            body = random.choice(
                [b"<html>oops</html>", b'{"ok": tr', b"[1, 2]", b"", b"\xff\xfe\x00"]
            )
            self._send(200, body, {})
        elif fault == "early_hints":
            self.wfile.write(b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n")
            self._send(200, json.dumps(self._slack(seen)).encode(), {})
        elif fault == "trickle":  # one byte at a time, past the deadline
            self.close_connection = True
            self.wfile.write(_OK_HEAD + b"Content-Length: 40\r\n\r\n")
            for _ in range(40):
                self.server.release.wait(SOAK_TIMEOUT / 5)
                self.wfile.write(b" ")
        elif fault == "1xx_flood":
            self.close_connection = True
            for _ in range(40):
                self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")
                self.server.release.wait(SOAK_TIMEOUT / 5)
        elif fault == "gzip":
            body = gzip.compress(json.dumps(self._slack(seen)).encode())
            self._send(200, body, {"Content-Encoding": "gzip"})
        else:  # pragma: no cover
            raise AssertionError(fault)


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeSlack]:
    with serving(Fake()) as server:
        yield server


# 1. Arguments: refused before sending, or received byte for byte...


class _Invalid(Exception):
    """The oracle's verdict: the documented rules refuse this input."""


_SPECIAL = (
    "&=%+#?;/\\ \t\n\r\x00\x1c\x7f\x85\xa0\u2028\ufeff\u00e9\u4e2d\U0001f98a\U0001d11e"
)
_chars = st.one_of(
    st.characters(),  # every code point but lone surrogates
    st.sampled_from(_SPECIAL),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, categories=["Cs"]),
)
texts = st.text(_chars, max_size=30)
not_str = st.sampled_from([None, 0, 1.5, b"bytes", ["x"], ("x",)])
required_text = st.one_of(texts, texts, texts, not_str)
optional_text = st.one_of(st.none(), texts, texts, not_str)

_offsets = st.builds(
    datetime.timezone,
    st.timedeltas(
        min_value=datetime.timedelta(hours=-23, minutes=-59),
        max_value=datetime.timedelta(hours=23, minutes=59),
    ),
)
aware_datetimes = st.builds(
    lambda moment, zone: moment.replace(tzinfo=zone), st.datetimes(), _offsets
)
seconds_values = st.one_of(
    st.none(),
    st.integers(min_value=-(2**40), max_value=10**30),
    st.integers(min_value=0, max_value=2**62).map(float),
    st.floats(),
    st.timedeltas(),
    aware_datetimes,
    st.datetimes(),  # naive
    st.sampled_from(["60", True, False, b"1", datetime.date(2026, 1, 1)]),
)

_user_maps = st.dictionaries(
    st.sampled_from((*USERS_KEYS, USERS_KEYS[0], USERS_KEYS[1], "name", 1)),
    st.one_of(texts, texts, st.sampled_from([None, 1])),
    max_size=4,
)
_user_items = st.one_of(texts, _user_maps, _user_maps, st.sampled_from([None, 7, b"U"]))
_user_lists = st.lists(_user_items, max_size=4)
_json_users = st.builds(
    lambda items, ascii_only, compact: json.dumps(
        items,
        ensure_ascii=ascii_only,
        separators=(",", ":") if compact else None,
    ),
    st.lists(
        st.dictionaries(st.sampled_from(USERS_KEYS), texts, min_size=1, max_size=3),
        max_size=3,
    ),
    st.booleans(),
    st.booleans(),
)
users_values = st.one_of(
    _user_lists,
    _user_lists.map(tuple),
    _json_users,
    _json_users,
    texts,
    st.sampled_from([None, {"U1"}, 5, b'["U1"]']),
)


class _Brackets(str):
    """A str, printed short in Hypothesis' reports."""

    def __repr__(self) -> str:
        return f"'[' * {len(self)}"


DEEP_USERS = _Brackets("[" * 100_000)  # nesting that overflows json's recursion


def _has_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in text)


def _exp_text(value: object) -> str:
    if not isinstance(value, str) or not value.strip() or _has_surrogate(value):
        raise _Invalid
    return value


def _exp_optional(value: object) -> str | None:
    return None if value is None else _exp_text(value)


def _exp_join_url(value: object) -> str | None:
    """None stays None; else an absolute http(s) URL, as a browser opens."""
    if value is None:
        return None
    text = _exp_text(value)
    if not re.match(r"(?i)https?://[^/?#]", text):
        raise _Invalid
    return text


join_urls = st.one_of(
    required_text,
    st.builds(
        lambda s, t: s + t, st.sampled_from(["https://", "HTTP://", "http:/"]), texts
    ),
)


def _exp_seconds(value: object, kind: str) -> str | None:
    """The decimal string Slack must get: the exact floor of the seconds."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        if kind == "duration" or value.utcoffset() is None:
            raise _Invalid
        seconds = (value - EPOCH) // SECOND
    elif isinstance(value, datetime.timedelta):
        if kind == "date_start":
            raise _Invalid
        seconds = value // SECOND
    elif isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Invalid
    elif isinstance(value, float) and not value.is_integer():
        raise _Invalid
    else:
        seconds = int(value)
    if seconds < 0:
        raise _Invalid
    return str(seconds)


def _exp_users(value: object, required: bool) -> Any:
    """A str to be sent verbatim, a list of dicts to be sent as JSON, or None."""
    if value is None and not required:
        return None
    if isinstance(value, str):
        # Strict JSON: no NaN or Infinity, no key twice in one object.
        pairs: list[list[tuple[str, Any]]] = []
        try:
            items = json.loads(
                value, object_pairs_hook=lambda p: pairs.append(p) or dict(p)
            )
            json.loads(value, parse_constant=lambda c: 1 / 0)
        except (ValueError, RecursionError, ZeroDivisionError):
            raise _Invalid from None
        if any(len({k for k, _ in p}) != len(p) for p in pairs):
            raise _Invalid
        if not isinstance(items, list) or (required and not items):
            raise _Invalid
        for item in items:  # the list form's rules, for objects only
            if not isinstance(item, dict):
                raise _Invalid
            _exp_users([item], required=True)
        return _exp_text(value)
    if not isinstance(value, (list, tuple)) or (required and not value):
        raise _Invalid
    users = []
    for item in value:
        if isinstance(item, str):
            users.append({"slack_id": _exp_text(item)})
        elif isinstance(item, dict):
            if set(item) - set(USERS_KEYS) or not (
                "slack_id" in item or "external_id" in item
            ):
                raise _Invalid
            users.append({k: _exp_text(v) for k, v in item.items()})
        else:
            raise _Invalid
    return users


def _received(server: Fake, seen: Seen) -> dict[str, str]:
    """The arguments as the server got them, decoded strictly as UTF-8."""
    if seen.command == "GET":
        raw = server.targets[-1].partition("?")[2]
    else:
        raw = seen.body.decode("ascii")
    # Nothing raw but what form encoding leaves unescaped.
    assert re.fullmatch(r"[A-Za-z0-9_.~*+%=&-]*", raw), raw
    parsed = urllib.parse.parse_qs(
        raw,
        keep_blank_values=True,
        strict_parsing=True,
        encoding="utf-8",
        errors="strict",
    )
    assert all(len(v) == 1 for v in parsed.values()), f"repeated fields: {raw}"
    return {k: v[0] for k, v in parsed.items()}


def _check_wire(
    server: Fake,
    method: str,
    call: Callable[[], ApiResponse],
    expect: Callable[[], dict[str, Any]],
) -> None:
    """Run call; it must be refused iff the oracle says so, else sent exactly."""
    server.clear()
    try:
        expected = {k: v for k, v in expect().items() if v is not None}
    except _Invalid:
        expected = None
    refusal: Exception | None = None
    try:
        response = call()
    except (TypeError, ValueError) as exc:
        refusal = exc
    if refusal is not None:
        assert server.requests == [], f"sent before refusing: {refusal!r}"
        assert SECRET not in str(refusal)
        assert expected is None, f"valid input refused: {refusal!r}"
        return
    assert expected is not None, "input the rules refuse was sent"
    assert response.success
    [seen] = server.requests
    assert seen.path == f"/api/{method}"
    assert seen.headers["authorization"] == f"Bearer {TOKEN}"
    got = _received(server, seen)
    if isinstance(expected.get("users"), list):
        assert json.loads(got["users"]) == expected["users"]
        got["users"] = expected["users"]
    assert got == expected


@PROPERTY
@given(
    external_unique_id=required_text,
    join_url=join_urls,
    external_display_id=optional_text,
    desktop_app_join_url=optional_text,
    date_start=seconds_values,
    title=optional_text,
    created_by=optional_text,
    users=st.one_of(st.none(), users_values),
)
@example(  # 2**34 s + 999999 us after the epoch: timestamp() rounds up to 2**34 + 1
    external_unique_id="e",
    join_url="https://j",
    external_display_id=None,
    desktop_app_join_url=None,
    date_start=datetime.datetime(2514, 5, 30, 1, 53, 4, 999999, datetime.timezone.utc),
    title=None,
    created_by=None,
    users=None,
)
@example(  # a JSON users str nested too deep for json: RecursionError escapes
    external_unique_id="e",
    join_url="https://j",
    external_display_id=None,
    desktop_app_join_url=None,
    date_start=None,
    title=None,
    created_by=None,
    users=DEEP_USERS,
)
def test_calls_add_arguments(fake: Fake, **args: Any) -> None:
    def expect() -> dict[str, Any]:
        return {
            "external_unique_id": _exp_text(args["external_unique_id"]),
            "join_url": _exp_join_url(args["join_url"]),
            "external_display_id": _exp_optional(args["external_display_id"]),
            "desktop_app_join_url": _exp_optional(args["desktop_app_join_url"]),
            "date_start": _exp_seconds(args["date_start"], "date_start"),
            "title": _exp_optional(args["title"]),
            "created_by": _exp_optional(args["created_by"]),
            "users": _exp_users(args["users"], required=False),
        }

    optional = {
        k: v for k, v in args.items() if k not in ("external_unique_id", "join_url")
    }
    _check_wire(
        fake,
        "calls.add",
        lambda: slack_calls.calls_add(
            TOKEN,
            args["external_unique_id"],
            args["join_url"],
            **optional,
            **settings(fake, max_retries=0),
        ),
        expect,
    )


@PROPERTY
@given(call_id=required_text, duration=seconds_values)
@example(  # 2**34 s + 999999 us: total_seconds() rounds it up to 2**34 + 1
    call_id="R1", duration=datetime.timedelta(seconds=2**34, microseconds=999999)
)
def test_calls_end_arguments(fake: Fake, call_id: Any, duration: Any) -> None:
    _check_wire(
        fake,
        "calls.end",
        lambda: slack_calls.calls_end(
            TOKEN, call_id, duration=duration, **settings(fake, max_retries=0)
        ),
        lambda: {
            "id": _exp_text(call_id),
            "duration": _exp_seconds(duration, "duration"),
        },
    )


@PROPERTY
@given(call_id=required_text)
def test_calls_info_arguments(fake: Fake, call_id: Any) -> None:
    _check_wire(
        fake,
        "calls.info",
        lambda: slack_calls.calls_info(TOKEN, call_id, **settings(fake, max_retries=0)),
        lambda: {"id": _exp_text(call_id)},
    )


@PROPERTY
@given(
    call_id=required_text,
    title=optional_text,
    join_url=st.one_of(st.none(), join_urls),
    desktop_app_join_url=optional_text,
)
def test_calls_update_arguments(
    fake: Fake, call_id: Any, title: Any, join_url: Any, desktop_app_join_url: Any
) -> None:
    def expect() -> dict[str, Any]:
        if title is None and join_url is None and desktop_app_join_url is None:
            raise _Invalid
        return {
            "id": _exp_text(call_id),
            "title": _exp_optional(title),
            "join_url": _exp_join_url(join_url),
            "desktop_app_join_url": _exp_optional(desktop_app_join_url),
        }

    _check_wire(
        fake,
        "calls.update",
        lambda: slack_calls.calls_update(
            TOKEN,
            call_id,
            title=title,
            join_url=join_url,
            desktop_app_join_url=desktop_app_join_url,
            **settings(fake, max_retries=0),
        ),
        expect,
    )


@pytest.mark.parametrize(
    "func",
    [slack_calls.calls_participants_add, slack_calls.calls_participants_remove],
    ids=["add", "remove"],
)
@PROPERTY
@given(call_id=required_text, users=users_values)
@example(call_id="R1", users=DEEP_USERS)
def test_calls_participants_arguments(
    fake: Fake, func: Callable[..., ApiResponse], call_id: Any, users: Any
) -> None:
    method = {
        slack_calls.calls_participants_add: "calls.participants.add",
        slack_calls.calls_participants_remove: "calls.participants.remove",
    }[func]
    _check_wire(
        fake,
        method,
        lambda: func(TOKEN, call_id, users, **settings(fake, max_retries=0)),
        lambda: {"id": _exp_text(call_id), "users": _exp_users(users, required=True)},
    )


@PROPERTY
@given(segment=texts)
@example(segment=" ")  # SlackCallsError connection_error, not ValueError
def test_base_url_path_is_refused_or_used_verbatim(fake: Fake, segment: str) -> None:
    fake.clear()
    url = f"http://127.0.0.1:{fake.server_address[1]}/{segment}/"
    try:
        response = slack_calls.calls_info(
            TOKEN, "R1", base_url=url, timeout=2.0, max_retries=0
        )
    except (TypeError, ValueError):
        assert fake.requests == []
        return
    assert response.success
    path = f"/{segment}/calls.info"
    if path.startswith("//"):  # http.server collapses leading slashes
        path = "/" + path.lstrip("/")
    assert fake.targets[-1].partition("?")[0] == path


# 2. Answers: a correct ApiResponse or a SlackCallsError, in time...

TIMEOUT = 0.5


def _calls(server: FakeSlack) -> dict[str, Callable[[], ApiResponse]]:
    s = {"base_url": server.url, "timeout": TIMEOUT, "max_retries": 0}
    f = slack_calls
    return {
        "calls.add": lambda: f.calls_add(TOKEN, "ext-1", "https://j/1", **s),
        "calls.end": lambda: f.calls_end(TOKEN, "R1", duration=5, **s),
        "calls.info": lambda: f.calls_info(TOKEN, "R1", **s),
        "calls.update": lambda: f.calls_update(TOKEN, "R1", title="T", **s),
        "calls.participants.add": lambda: f.calls_participants_add(TOKEN, "R1", ["U1"], **s),
        "calls.participants.remove": lambda: f.calls_participants_remove(TOKEN, "R1", ["U1"], **s),
    }  # fmt: skip


METHODS = (
    "calls.add",
    "calls.end",
    "calls.info",
    "calls.update",
    "calls.participants.add",
    "calls.participants.remove",
)


def _outcome(server: Fake, method: str) -> ApiResponse | SlackCallsError:
    """One call: its answer or our error, in time; anything else propagates."""
    started = time.monotonic()
    try:
        result: ApiResponse | SlackCallsError = _calls(server)[method]()
    except SlackCallsError as exc:
        result = exc
    elapsed = time.monotonic() - started
    assert elapsed < TIMEOUT + SLACK_TIME, f"took {elapsed:.2f} s"
    if isinstance(result, SlackCallsError):
        assert result.method == method
        assert isinstance(result.error, str) and result.error
        assert SECRET not in str(result) and SECRET not in repr(result.__dict__)
    else:
        assert result.success and 200 <= result.status_code < 300
        again = json.loads(result.body)
        assert result.data == again or repr(result.data) == repr(again)  # NaN
        assert result.data["ok"] is True
    return result


_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=8),
)
json_values = st.recursive(
    _scalars,
    lambda kids: st.one_of(
        st.lists(kids, max_size=4),
        st.dictionaries(st.text(max_size=6), kids, max_size=4),
    ),
    max_leaves=16,
)
json_objects = st.builds(
    lambda data, ok: {**data, "ok": ok},
    st.dictionaries(st.text(max_size=8), json_values, max_size=5),
    st.one_of(st.just(True), st.just(True), json_values),
)
DEEP = 400  # a nesting depth json.loads surely parses here


def _nested(depth: int) -> bytes:
    return b'{"ok": true, "x": ' + b"[" * depth + b"]" * depth + b"}"


bodies = st.one_of(
    json_objects.map(lambda o: json.dumps(o).encode()),
    json_objects.map(lambda o: json.dumps(o, ensure_ascii=False).encode()),
    json_values.map(lambda o: json.dumps(o).encode()),
    st.tuples(json_objects, st.integers(min_value=0)).map(
        lambda t: json.dumps(t[0]).encode()[: t[1] % max(1, len(json.dumps(t[0])))]
    ),
    st.binary(max_size=64),
    st.integers(min_value=1, max_value=6000).map(
        lambda n: b'{"ok": true, "n": ' + b"9" * n + b"}"
    ),
    st.integers(min_value=1, max_value=3000).map(_nested),
    st.just(b'{"ok": true, "n": 1e999999}'),
)
header_names = st.sampled_from(
    [
        "X-Slack-Req-Id",
        "Retry-After",
        "Content-Type",
        "Warning",
        "Location",
        "Set-Cookie",
        "X-Anything",
        "Date",
    ]
)
latin1 = st.text(
    st.characters(max_codepoint=255, exclude_characters="\r\n"), max_size=30
)
extra_headers = st.dictionaries(header_names, latin1, max_size=4)
# Framing that lies: Content-Length, Transfer-Encoding, Content-Encoding.
framing = st.one_of(
    st.just({}),
    st.just({}),
    st.integers(min_value=-5, max_value=5).map(lambda d: {"Content-Length": d}),
    st.builds(lambda v: {"Content-Length": v}, latin1),
    st.sampled_from(
        [
            {"Content-Length": "\xb2"},
            {"Content-Length": "-1"},
            {"Content-Length": "9" * 5000},
            {"Content-Length": str(2 * 1024 * 1024 + 1)},
            {"Transfer-Encoding": "chunked"},
            {"Content-Encoding": "gzip"},
            {"Content-Length": "1, 1"},
        ]
    ),
)


def _json_or_none(body: bytes) -> Any:
    """The body as strict JSON (no NaN, Infinity or 1e400, no key twice), or None."""
    pairs: list[list[tuple[str, Any]]] = []

    def number(text: str) -> float:
        value = float(text)
        return value if math.isfinite(value) else 1 / 0

    try:
        data = json.loads(
            body,
            parse_constant=lambda c: 1 / 0,
            parse_float=number,
            object_pairs_hook=lambda p: pairs.append(p) or dict(p),
        )
    except (ValueError, RecursionError, ZeroDivisionError):
        return None
    return None if any(len(dict(p)) != len(p) for p in pairs) else data


def _check_strictly(
    result: ApiResponse | SlackCallsError, status: int, body: bytes
) -> None:
    """With honest framing, the outcome is fully determined by status and body."""
    data = _json_or_none(body)
    if 200 <= status < 300 and isinstance(data, dict) and data.get("ok") is True:
        assert isinstance(result, ApiResponse), f"{result!r}"
        assert (result.status_code, result.data, result.body) == (status, data, body)
        return
    assert isinstance(result, SlackCallsError), f"{result!r}"
    assert result.status_code == status
    if status == 429:
        assert result.error == "ratelimited"
        assert result.retry_after is not None and result.retry_after >= 0
    elif 300 <= status < 400:
        assert result.error == "redirect_refused"
    elif not isinstance(data, dict):
        assert result.error == (
            "invalid_response" if 200 <= status < 300 else "http_error"
        )
    else:
        code = data.get("error")
        default = "unknown_error" if 200 <= status < 300 else "http_error"
        assert result.error == (code if isinstance(code, str) and code else default)


@hsettings(PROPERTY, max_examples=200)
@given(
    method=st.sampled_from(METHODS),
    status=st.one_of(
        st.sampled_from([200, 201, 299, 301, 302, 307, 400, 404, 429, 500, 502, 503]),
        st.integers(min_value=100, max_value=999),
    ),
    body=bodies,
    headers=extra_headers,
    lies=framing,
    close=st.sampled_from([True, True, True, False]),
    gzipped=st.sampled_from([False, False, False, True]),
)
@example(  # 429 with a body over 2 MiB: AssertionError in _retry_wait
    method="calls.end",
    status=429,
    body=b"",
    headers={},
    lies={"Content-Length": str(2 * 1024 * 1024 + 1)},
    close=True,
    gzipped=False,
)
@example(  # Content-Length "\xb2" (superscript two): ValueError from int()
    method="calls.info",
    status=200,
    body=b'{"ok": true}',
    headers={},
    lies={"Content-Length": "\xb2"},
    close=True,
    gzipped=False,
)
@example(  # a 3xx whose Location urllib cannot parse: ValueError
    method="calls.add",
    status=302,
    body=b"",
    headers={"Location": "http://["},
    lies={},
    close=True,
    gzipped=False,
)
@example(  # a Retry-After date whose year overflows: OverflowError
    method="calls.update",
    status=429,
    body=b'{"ok": false, "error": "ratelimited"}',
    headers={"Retry-After": "1 Jan 9999999999 0:0 GMT"},
    lies={},
    close=True,
    gzipped=False,
)
def test_any_answer_gives_a_response_or_our_error(
    fake: Fake,
    method: str,
    status: int,
    body: bytes,
    headers: dict[str, str],
    lies: dict[str, Any],
    close: bool,
    gzipped: bool,
) -> None:
    fake.clear()
    sent = gzip.compress(body) if gzipped else body
    reply = {**headers}
    if gzipped:
        reply["Content-Encoding"] = "gzip"
    for name, value in lies.items():
        reply[name] = str(len(sent) + value) if isinstance(value, int) else value
    if close:
        reply["Connection"] = "close"
    fake.reply(Reply(status=status, body=sent, headers=reply))
    result = _outcome(fake, method)
    assert len(fake.requests) == 1  # max_retries=0, and no redirect followed
    if isinstance(result, ApiResponse):
        assert result.status_code == status
        assert sent.startswith(result.body)
    honest = not lies and not gzipped and "Location" not in headers
    deep = body.startswith(b'{"ok": true, "x": [') and body.count(b"[") > DEEP
    if honest and status >= 200 and status not in (204, 304) and not deep:
        _check_strictly(result, status, sent)


status_lines = st.one_of(
    st.sampled_from(
        [
            b"HTTP/1.1 200 OK",
            b"HTTP/1.0 200 OK",
            b"HTTP/1.1 429 Too Many Requests",
            b"HTTP/1.1 503 Service Unavailable",
            b"HTTP/1.1 302 Found",
            b"HTTP/1.1 100 Continue",
            b"HTTP/1.1 204 No Content",
            b"HTTP/2 200",
            b"HTTP/1.1 abc OK",
            b"HTTP/1.1 20 OK",
            b"HTTP/1.1 1000 OK",
            b"HTTP/1.1 2_00 OK",
            b"HTTP/1.1 +200 OK",
            b"ICY 200 OK",
            b"HTTP/1.1",
            b"",
        ]
    ),
    st.integers(min_value=0, max_value=1200).map(lambda n: b"HTTP/1.1 %d X" % n),
    st.binary(max_size=40).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b"")),
)
raw_header_lines = st.one_of(
    st.sampled_from(
        [
            b"Content-Type: application/json",
            b"Content-Length: 0",
            b"Content-Length: 12",
            b"Content-Length: -1",
            b"Content-Length: \xb2",
            b"Content-Length: 99999999999999999999",
            b"Content-Length: 12, 12",
            b"Transfer-Encoding: chunked",
            b"Transfer-Encoding: gzip, chunked",
            b"Content-Encoding: gzip",
            b"Connection: keep-alive",
            b"Retry-After: 0",
            b" folded continuation",
            b"no colon here",
            b"X-Long: " + b"a" * 70000,
        ]
    ),
    st.binary(max_size=40).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b"")),
    latin1.map(lambda v: b"Content-Length: " + v.encode("latin-1")),
)


def _chunked(body: bytes, sizes: str) -> bytes:
    if sizes == "valid":
        return b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body) if body else b"0\r\n\r\n"
    return {
        "garbage": b"zz\r\n" + body,
        "negative": b"-1\r\n" + body,
        "short": b"ff\r\n" + body,
        "no end": b"%x\r\n%s\r\n" % (len(body), body),
    }[sizes]


raw_answers = st.one_of(
    st.builds(
        lambda line, lines, body, te: (
            line
            + b"\r\n"
            + b"".join(h + b"\r\n" for h in lines)
            + b"\r\n"
            + (body if te is None else _chunked(body, te))
        ),
        status_lines,
        st.lists(raw_header_lines, max_size=5),
        st.one_of(bodies, st.just(b'{"ok": true}')),
        st.sampled_from(
            [None, None, "valid", "garbage", "negative", "short", "no end"]
        ),
    ),
    st.binary(max_size=200),
    st.just(b"HTTP/1.1 200 OK\r\n" + b"X: y\r\n" * 101 + b"\r\n{}"),
)


@hsettings(PROPERTY, max_examples=200)
@given(
    method=st.sampled_from(METHODS),
    answer=raw_answers,
    split=st.integers(min_value=0, max_value=300),
    ending=st.sampled_from(["close"] * 5 + ["reset", "reset", "hold"]),
)
@example(  # Content-Length "\xb2" (superscript two): ValueError from int()
    method="calls.info",
    answer=b"HTTP/1.1 200 OK\r\nContent-Length: \xb2\r\n\r\n{}",
    split=0,
    ending="close",
)
def test_any_bytes_on_the_wire_give_a_response_or_our_error(
    fake: Fake, method: str, answer: bytes, split: int, ending: str
) -> None:
    fake.clear()
    fake.raw.append(
        Raw(
            [answer[:split], answer[split:]],
            pause=0.01,
            hold=0.2 if ending == "hold" else 0.0,
            reset=ending == "reset",
        )
    )
    result = _outcome(fake, method)
    assert len(fake.requests) == 1
    if isinstance(result, ApiResponse):
        assert result.body in answer


def test_a_chunk_size_of_minus_one_cannot_lift_the_body_cap(fake: Fake) -> None:
    # http.client reads a chunk of size "-1" to the end of the stream, past
    # read(amt)'s limit: an endless stream must still stop at 2 MiB.
    fake.clear()
    piece = b"x" * (256 * 1024)
    head = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n"
    fake.raw.append(Raw([head, *[piece] * 200], pause=0.01))  # 50 MiB in 2 s
    result = _outcome(fake, "calls.info")
    assert isinstance(result, SlackCallsError)
    assert result.error == "response_too_large"


http_dates = st.builds(
    lambda day, month, year, hh, mm, ss, zone: (
        f"{day} {month} {year} {hh}:{mm}:{ss} {zone}"
    ),
    st.integers(min_value=-1, max_value=99),
    st.sampled_from(["Jan", "Feb", "Dec", "Xyz"]),
    st.integers(min_value=-(10**12), max_value=10**20),
    st.integers(min_value=-1, max_value=10**12),
    st.integers(min_value=0, max_value=99),
    st.integers(min_value=0, max_value=99),
    st.sampled_from(["GMT", "UTC", "+0000", "-2359", "+9999", "EST", ""]),
)
retry_afters = st.one_of(
    st.integers(min_value=-(10**6), max_value=10**400).map(str),
    st.floats().map(repr),
    http_dates,
    http_dates.map(lambda d: "Wed, " + d),
    st.datetimes(
        min_value=datetime.datetime(1, 1, 2), max_value=datetime.datetime(9999, 12, 30)
    ).map(
        lambda d: email.utils.format_datetime(
            d.replace(tzinfo=datetime.timezone.utc), usegmt=True
        )
    ),
    latin1,
)


@PROPERTY
@given(method=st.sampled_from(METHODS), value=retry_afters)
@example(method="calls.add", value="1 Jan 9999999999 0:0 GMT")  # OverflowError
def test_any_retry_after_gives_a_usable_wait(
    fake: Fake, method: str, value: str
) -> None:
    fake.clear()
    fake.reply(
        Reply(
            status=429,
            data={"ok": False, "error": "ratelimited"},
            headers={"Retry-After": value, "Connection": "close"},
        )
    )
    result = _outcome(fake, method)
    assert isinstance(result, SlackCallsError)
    assert (result.error, result.status_code) == ("ratelimited", 429)
    wait = result.retry_after
    assert isinstance(wait, (int, float)) and math.isfinite(wait) and wait >= 0


@PROPERTY
@given(
    method=st.sampled_from(METHODS),
    status=st.sampled_from([301, 302, 303, 307, 308]),
    location=st.one_of(
        latin1,
        st.builds(
            lambda prefix, rest: prefix + rest,
            st.sampled_from(
                ["http://", "https://", "//", "ftp://", "file:///", "http://["]
            ),
            latin1,
        ),
    ),
)
@example(method="calls.add", status=302, location="http://[")  # ValueError
def test_any_redirect_is_refused(
    fake: Fake, method: str, status: int, location: str
) -> None:
    fake.clear()
    fake.reply(Reply(status=status, body=b"", headers={"Location": location}))
    result = _outcome(fake, method)
    assert isinstance(result, SlackCallsError)
    assert (result.error, result.status_code) == ("redirect_refused", status)
    assert len(fake.requests) == 1


# 3. The fault soak...

SOAK_TIMEOUT = 0.25  # seconds for each attempt
SOAK_DELAY = 0.4  # seconds a "slow" answer waits: past the timeout
SOAK_RETRIES = 2
SOAK_CALLS = 2400
SOAK_BUDGET = 10.0  # seconds; no call is started after this
SOAK_THREADS = 16
FAULTS = {  # fault: weight
    "ok": 50,
    "429": 9,
    "5xx_html": 5,
    "5xx_json": 4,
    "internal_error": 4,
    "invalid_arguments": 2,
    "drop": 5,
    "reset": 5,
    "slow": 1,
    "truncated": 4,
    "bad_body": 5,
    "gzip": 2,
    "early_hints": 3,
    "trickle": 3,
    "1xx_flood": 2,
}
# What the client must report for each fault.
FAULT_ERRORS = {
    "ok": None,
    "429": "ratelimited",
    "5xx_html": "http_error",
    "5xx_json": "service_unavailable",
    "internal_error": "internal_error",
    "invalid_arguments": "invalid_arguments",
    "drop": "connection_error",
    "reset": "connection_error",
    "slow": "timeout",
    "truncated": "connection_error",
    "bad_body": "invalid_response",
    "gzip": "invalid_response",
    "early_hints": None,
    "trickle": "timeout",
    "1xx_flood": "timeout",
}
TRANSIENT = {"internal_error", "fatal_error", "service_unavailable"}


def _retryable(method: str, error: str | None, status: int | None) -> bool:
    """The documented retry rules, for a request that reached the server."""
    if status == 429:
        return True
    if method != "calls.info" or error is None:
        return False  # an ambiguous failure of a write is never retried
    return status is None or status >= 500 or error in TRANSIENT


def _soak_call(method: str, key: str, token: str, s: dict[str, Any]) -> ApiResponse:
    f = slack_calls
    if method == "calls.add":
        return f.calls_add(token, key, f"https://j/{key}", title="Soak", **s)
    if method == "calls.end":
        return f.calls_end(token, key, duration=60, **s)
    if method == "calls.info":
        return f.calls_info(token, key, **s)
    if method == "calls.update":
        return f.calls_update(token, key, title="New", **s)
    if method == "calls.participants.add":
        return f.calls_participants_add(token, key, ["U1", {"external_id": "e"}], **s)
    return f.calls_participants_remove(token, key, ["U1"], **s)


class _PerThread(logging.Handler):
    """Keeps each thread's slack_calls records, to match them to its calls."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: dict[int, list[logging.LogRecord]] = {}

    def emit(self, record: logging.LogRecord) -> None:
        self.records.setdefault(record.thread or 0, []).append(record)

    def mine(self) -> list[logging.LogRecord]:
        return self.records.setdefault(threading.get_ident(), [])


@dataclass
class _Done:
    key: str
    method: str
    outcome: str  # "ok", our error code, or "EXCEPTION <repr>"
    elapsed: float
    attempts: list[tuple[str | None, int | None]]  # (error, status) from the logs


@pytest.fixture
def capture_slack_calls_log() -> Iterator[_PerThread]:
    logger = logging.getLogger("slack_calls")
    handler = _PerThread()
    level, propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False  # thousands of records: keep them out of pytest's
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate


def _attempts(records: list[logging.LogRecord]) -> list[tuple[str | None, int | None]]:
    attempts = []
    for record in records:
        if record.levelno != logging.DEBUG or " attempt " not in record.msg:
            continue
        args = record.args if isinstance(record.args, tuple) else ()
        if len(args) == 5:  # method, attempt, error, "HTTP n" or not, ms
            got = str(args[3])
            attempts.append(
                (str(args[2]), int(got[5:]) if got[:5] == "HTTP " else None)
            )
        else:  # method, attempt, status, ms
            attempts.append((None, args[2] if len(args) == 4 else None))
    return attempts


def _bound(attempts: list[tuple[str | None, int | None]]) -> float:
    """The longest a call may take: its timeouts, the waits between, and slack."""
    bound = SOAK_TIMEOUT * len(attempts) + SLACK_TIME
    for n, (_, status) in enumerate(attempts[:-1], start=1):
        if status != 429:  # 429s here say Retry-After: 0
            bound += 0.2 * 2.0 ** (n - 1)
    return bound


@pytest.mark.slow
def test_fault_soak(fake: Fake, capture_slack_calls_log: _PerThread) -> None:
    fake.clear()
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    names, weights = list(FAULTS), list(FAULTS.values())

    def policy(seen: Seen) -> str:
        with fake.lock:  # called from the server's threads
            return rng.choices(names, weights)[0]

    tokens = [f"xoxb-soak-{n}-SOAKSECRET{n:02d}" for n in range(SOAK_THREADS)]
    fake.tokens = set(tokens)
    fake.faults = {}
    fake.policy = policy
    log = capture_slack_calls_log
    counter = iter(range(SOAK_CALLS))
    counter_lock = threading.Lock()
    done: list[_Done] = []
    started = time.monotonic()

    def work(worker: int) -> None:
        s = {"base_url": fake.url, "timeout": SOAK_TIMEOUT, "max_retries": SOAK_RETRIES}
        mine = log.mine()
        while time.monotonic() - started < SOAK_BUDGET:
            with counter_lock:
                i = next(counter, None)
            if i is None:
                return
            method = METHODS[i % len(METHODS)]
            key = f"C{i:05d}"
            first = len(mine)
            t0 = time.monotonic()
            try:
                _soak_call(method, key, tokens[worker], s)
                outcome = "ok"
            except SlackCallsError as exc:
                outcome = exc.error
            except BaseException as exc:  # counted, then reported below
                outcome = f"EXCEPTION {exc!r}"
            elapsed = time.monotonic() - t0
            done.append(_Done(key, method, outcome, elapsed, _attempts(mine[first:])))

    threads = [threading.Thread(target=work, args=(n,)) for n in range(SOAK_THREADS)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(SOAK_BUDGET + 30)
    finally:
        fake.policy = None
    wall = time.monotonic() - started
    assert not any(t.is_alive() for t in threads), "a soak thread hung"

    problems: list[str] = []
    spurious = 0
    tally: Counter[str] = Counter()
    for d in done:
        tally[f"{d.method} -> {d.outcome}"] += 1
        faults = fake.faults.get(d.key, [])
        if d.outcome.startswith("EXCEPTION"):
            problems.append(f"{d.key} {d.method}: {d.outcome}")
            continue
        if len(faults) != len(d.attempts):
            problems.append(
                f"{d.key} {d.method}: server saw {len(faults)} requests"
                f" {faults}, client logged {len(d.attempts)} attempts {d.attempts}"
            )
            continue
        for n, ((error, status), fault) in enumerate(zip(d.attempts, faults), 1):
            if error != FAULT_ERRORS[fault]:
                if error == "timeout":  # a slow scheduler, not the library
                    spurious += 1
                else:
                    problems.append(f"{d.key} {d.method}: {fault} seen as {error}")
            retried = n < len(d.attempts)
            if retried and not _retryable(d.method, error, status):
                problems.append(f"{d.key} {d.method}: retried after {error}: {faults}")
            if (
                not retried
                and n <= SOAK_RETRIES
                and _retryable(d.method, error, status)
            ):
                problems.append(f"{d.key} {d.method}: gave up after {error}: {faults}")
        final = d.attempts[-1][0] if d.attempts else "no attempt"
        if (final or "ok") != d.outcome:
            problems.append(f"{d.key} {d.method}: logged {final}, raised {d.outcome}")
        if d.elapsed > _bound(d.attempts):
            problems.append(
                f"{d.key} {d.method}: took {d.elapsed:.2f} s > {_bound(d.attempts):.2f} s"
                f" for {d.attempts}"
            )
    records = [r for rs in list(log.records.values()) for r in rs]
    secrets = [t.rsplit("-", 1)[1] for t in tokens]
    for record in records:
        text = record.getMessage() + repr(record.args) + repr(record.__dict__)
        if any(secret in text for secret in secrets):
            problems.append(f"token in log record: {record.getMessage()}")

    injected = Counter(f for fs in fake.faults.values() for f in fs)
    requests = sum(injected.values())
    summary = "\n".join(
        [
            f"fault soak: {len(done)} calls, {requests} requests, {len(records)} log"
            f" records in {wall:.1f} s ({len(done) / wall:.0f} calls/s),"
            f" {SOAK_THREADS} threads, seed {seed}",
            "injected: " + ", ".join(f"{k} {v}" for k, v in injected.most_common()),
            "retries: " + str(requests - len(done)),
            f"spurious client timeouts (scheduler stalls): {spurious}",
            "outcomes:",
            *(f"  {k}: {v}" for k, v in sorted(tally.items())),
            f"longest call: {max((d.elapsed for d in done), default=0):.2f} s",
        ]
    )
    print("\n" + summary)
    assert not problems, summary + "\n" + "\n".join(problems[:30])
    assert len(done) >= min(SOAK_CALLS, 500), summary
    assert spurious <= max(5, len(done) // 100), summary


# 4. Concurrency...


def _module_state() -> dict[str, Any]:
    """slack_calls' data: everything but functions, classes and modules."""
    state: dict[str, Any] = {}
    for name, value in vars(slack_calls).items():
        if name.startswith("__") and name not in ("__all__", "__version__"):
            continue
        if isinstance(value, (types.ModuleType, type, types.FunctionType)):
            continue
        if isinstance(
            value, (str, int, float, bool, tuple, frozenset, list, dict, set)
        ):
            state[name] = (id(value), copy.deepcopy(value))
        elif isinstance(value, logging.Logger):
            state[name] = (id(value), value.level, list(value.handlers), value.disabled)
        elif hasattr(value, "__dict__"):  # e.g. the shared openers
            inner = {k: (id(v), copy.copy(v)) for k, v in vars(value).items()}
            state[name] = (id(value), inner)
        else:  # e.g. the ContextVar
            state[name] = (id(value), repr(value))
    return state


def test_many_threads_many_tokens_each_get_their_own_answer(
    slack: FakeSlack,
) -> None:
    n_threads, rounds = 32, 3
    tokens = [f"xoxb-{n}-CONCURRENT{n:02d}SECRET" for n in range(n_threads)]
    revoked = {5, 17}
    slack.tokens = {t for n, t in enumerate(tokens) if n not in revoked}
    before = _module_state()
    barrier = threading.Barrier(n_threads, timeout=30)
    results: dict[int, Any] = {}

    def work(n: int) -> None:
        token = tokens[n]
        s = {"base_url": slack.url, "timeout": 10.0, "max_retries": 0}
        f = slack_calls
        outcomes: list[tuple[str, str]] = []
        try:
            barrier.wait()
            for r in range(rounds):
                cid, ext = f"R{n}-{r}", f"ext-{n}-{r}"
                calls: list[tuple[str, Callable[[], ApiResponse], Callable[[ApiResponse], bool]]] = [
                    ("add", lambda: f.calls_add(token, ext, f"https://j/{n}", title=cid, **s),
                     lambda a: a["call"]["external_unique_id"] == ext and a["call"]["title"] == cid),
                    ("info", lambda: f.calls_info(token, cid, **s), lambda a: a["call"]["id"] == cid),
                    ("update", lambda: f.calls_update(token, cid, title=ext, **s),
                     lambda a: a["call"]["id"] == cid and a["call"]["title"] == ext),
                    ("padd", lambda: f.calls_participants_add(token, cid, [f"U{n}"], **s), lambda a: a.success),
                    ("premove", lambda: f.calls_participants_remove(token, cid, [f"U{n}"], **s), lambda a: a.success),
                    ("end", lambda: f.calls_end(token, cid, duration=n, **s),
                     lambda a: a["call"]["id"] == cid and a["call"]["date_end"] - a["call"]["date_start"] == n),
                ]  # fmt: skip
                for name, call, check in calls:
                    try:
                        answer = call()
                    except SlackCallsError as exc:
                        outcomes.append((name, exc.error))
                    else:
                        outcomes.append(
                            (name, "ok" if check(answer) else "WRONG ANSWER")
                        )
            results[n] = outcomes
        except BaseException as exc:  # reported below
            results[n] = exc

    threads = [threading.Thread(target=work, args=(n,)) for n in range(n_threads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads)
    for n in range(n_threads):
        expected = "invalid_auth" if n in revoked else "ok"
        assert isinstance(results[n], list), f"thread {n}: {results[n]!r}"
        assert len(results[n]) == rounds * 6
        assert {outcome for _, outcome in results[n]} == {expected}, (n, results[n])
    # Each request carried its own thread's token with its own thread's ids.
    assert len(slack.requests) == n_threads * rounds * 6
    for seen in slack.requests:
        n = tokens.index(seen.headers["authorization"][len("Bearer ") :])
        args = seen.query if seen.command == "GET" else seen.form
        call_id = args.get("id") or args["external_unique_id"]
        assert re.fullmatch(rf"(R|ext-){n}-\d", call_id), (n, call_id)
    assert _module_state() == before


# Every call ends in time: one deadline per attempt...
# Servers that misbehave on the wire, slowly. Each case would keep a client
# that bounds only each read for as long as the server goes on; with the
# deadline, calls_info (retried) ends within (max_retries + 1) * timeout
# plus one backoff. The margin allows for a loaded 2-core machine.

HOSTILE_TIMEOUT = 0.5
HOSTILE_MARGIN = 1.5  # seconds


def _trickle(data: bytes) -> list[bytes]:
    return [data[i : i + 1] for i in range(len(data))]


_OK_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
_OK_BODY = b'{"ok": true, "call": {"id": "R1"}}'
_OK = _OK_HEAD + b"Content-Length: %d\r\n\r\n" % len(_OK_BODY) + _OK_BODY
# (case, what the server writes, seconds between writes)
HOSTILE = [
    ("trickled status line", _trickle(_OK), 0.1),
    ("trickled headers", [_OK_HEAD, *_trickle(b"X-Pad: " + b"y" * 100)], 0.1),
    (
        "trickled body",
        [_OK_HEAD + b"Content-Length: 200\r\n\r\n", *_trickle(b" " * 200)],
        0.1,
    ),
    (
        "endless trailers",
        [
            _OK_HEAD + b"Transfer-Encoding: chunked\r\n\r\n"
            + b"%x\r\n" % len(_OK_BODY) + _OK_BODY + b"\r\n0\r\n",
            *[b"X-Trailer: y\r\n"] * 2000,
        ],
        0.05,
    ),
    ("endless 100 Continue", [b"HTTP/1.1 100 Continue\r\n\r\n"] * 2000, 0.05),
    ("endless 103 Early Hints", [b"HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"] * 2000, 0.05),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "chunks", "pause"), HOSTILE, ids=[h[0] for h in HOSTILE]
)
def test_a_hostile_server_cannot_stretch_a_call(
    fake: Fake, case: str, chunks: list[bytes], pause: float
) -> None:
    fake.clear()
    fake.raw.extend([Raw(chunks, pause=pause), Raw(chunks, pause=pause)])
    started = time.monotonic()
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_info(
            TOKEN, "R1", base_url=fake.url, timeout=HOSTILE_TIMEOUT, max_retries=1
        )
    elapsed = time.monotonic() - started
    assert info.value.error == "timeout", case
    assert len(fake.requests) == 2  # retried once: calls.info is harmless
    assert elapsed < 2 * HOSTILE_TIMEOUT + 0.2 + HOSTILE_MARGIN, (case, elapsed)


@pytest.mark.parametrize(
    "status", [b"100 Continue", b"102 Processing", b"103 Early Hints"]
)
def test_informational_answers_are_skipped(fake: Fake, status: bytes) -> None:
    fake.clear()
    hint = b"HTTP/1.1 " + status + b"\r\nLink: </style.css>; rel=preload\r\n\r\n"
    fake.raw.append(Raw([hint, hint, _OK]))
    response = slack_calls.calls_add(TOKEN, "e", "https://j", base_url=fake.url)
    assert response.status_code == 200
    assert response["call"] == {"id": "R1"}
    assert len(fake.requests) == 1


_BIG = b"X-Pad: " + b"a" * 60000 + b"\r\n"  # under http.client's 64 KiB a line
_SMALL_OK = b'Content-Length: 12\r\n\r\n{"ok": true}'
_ANSWERS: dict[str, Callable[[int], bytes]] = {
    "headers": lambda n: _OK_HEAD + _BIG * n + _SMALL_OK,
    "informational": lambda n: b"HTTP/1.1 103 Early Hints\r\n" + _BIG * n + b"\r\n"
    + _OK_HEAD + _SMALL_OK,
    "trailers": lambda n: _OK_HEAD + b"Transfer-Encoding: chunked\r\n\r\n"
    + b"c\r\n{\"ok\": true}\r\n0\r\n" + _BIG * n + b"\r\n",
}  # fmt: skip


@pytest.mark.parametrize("kind", _ANSWERS)
def test_header_bytes_have_one_budget(fake: Fake, kind: str) -> None:
    # Each line and block is within http.client's limits (6 MiB was let in);
    # together they are over the 300 KiB that one answer's lines may take.
    fake.clear()
    fake.raw.append(Raw([_ANSWERS[kind](4)]))  # 240 KB: fine
    assert isinstance(_outcome(fake, "calls.info"), ApiResponse)
    fake.raw.append(Raw([_ANSWERS[kind](90)]))
    result = _outcome(fake, "calls.add")
    assert isinstance(result, SlackCallsError)
    assert result.error == "invalid_response"
    assert "over 307200 bytes of headers" in str(result)
    assert "may have been processed" in str(result)


def test_101_switching_protocols_is_an_invalid_response(fake: Fake) -> None:
    fake.clear()
    fake.raw.append(
        Raw([b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n" + _OK])
    )
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_end(TOKEN, "R1", base_url=fake.url)
    assert (info.value.error, info.value.status_code) == ("invalid_response", 101)
    assert len(fake.requests) == 1


def test_a_host_with_many_addresses_does_not_multiply_the_timeout(
    unanswered_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The name lookup (simulated) gives the unanswering host five times.
    real = socket.getaddrinfo

    def five(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        return real(host, port, *args, **kwargs) * 5

    monkeypatch.setattr(socket, "getaddrinfo", five)
    started = time.monotonic()
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_add(
            TOKEN, "e", "https://j", base_url=unanswered_url, timeout=0.4, max_retries=0
        )
    assert info.value.error == "timeout"
    assert time.monotonic() - started < 0.4 + HOSTILE_MARGIN


@contextlib.contextmanager
def raw_server(
    serve: Callable[[socket.socket], None],
) -> Iterator[tuple[str, list[int]]]:
    """A one-connection-at-a-time TCP server on 127.0.0.1 running ``serve``.

    Yields its http:// base URL and a list that counts connections.
    """
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.05)
    stop = threading.Event()
    accepted: list[int] = []

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            accepted.append(1)
            with conn:
                conn.settimeout(5)
                try:
                    serve(conn)
                except OSError:
                    pass

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/api/", accepted
    finally:
        stop.set()
        thread.join()
        listener.close()


def _read_head(conn: socket.socket) -> bytes:
    head = b""
    while b"\r\n\r\n" not in head:
        piece = conn.recv(65536)
        if not piece:
            break
        head += piece
    return head


def test_an_answer_before_the_body_is_read_is_the_outcome() -> None:
    # The server answers as soon as it has the headers and closes with most
    # of a large body unread, so the rest of the send fails (EPIPE or a
    # reset). The request reached the server: a write is not repeated, and
    # the caller gets the server's answer rather than connection_error.
    answer = b'{"ok": false, "error": "request_too_large"}'

    def serve(conn: socket.socket) -> None:
        _read_head(conn)
        conn.sendall(
            b"HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\n"
            b"Connection: close\r\nContent-Length: %d\r\n\r\n" % len(answer) + answer
        )

    users = [f"U{n:09d}" for n in range(300_000)]  # about 7 MB of form body
    with raw_server(serve) as (url, accepted):
        with pytest.raises(SlackCallsError) as info:
            slack_calls.calls_participants_add(
                TOKEN, "R1", users, base_url=url, timeout=5
            )
    err = info.value
    assert (err.error, err.status_code) == ("request_too_large", 413)
    assert err.response is not None and err.response.body == answer
    assert len(accepted) == 1


def test_a_failure_after_sending_began_is_not_retried_for_writes() -> None:
    # The server reads part of the body, then resets the connection: the
    # request may have reached it, so calls.add is not sent again.
    def serve(conn: socket.socket) -> None:
        _read_head(conn)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    users = [f"U{n:09d}" for n in range(300_000)]
    with raw_server(serve) as (url, accepted):
        with pytest.raises(SlackCallsError) as info:
            slack_calls.calls_add(
                TOKEN, "e", "https://j", users=users, base_url=url, timeout=5
            )
        assert info.value.error == "connection_error"
        assert "may have been processed" in str(info.value)
        assert len(accepted) == 1
        # calls.info may be repeated after the same failure.
        with pytest.raises(SlackCallsError):
            slack_calls.calls_info(TOKEN, "R1", base_url=url, timeout=5, max_retries=2)
        assert len(accepted) == 4


@contextlib.contextmanager
def raised_after(seconds: float, kind: type[BaseException]) -> Iterator[None]:
    """Raise ``kind`` in the main thread after ``seconds``, from a real
    signal handler, as Ctrl-C or a caller's watchdog (signal.alarm) does."""

    def handler(signum: int, frame: Any) -> None:
        raise kind()

    previous = signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _hang(conn: socket.socket) -> None:
    """Read what the client sends first, then nothing until it hangs up."""
    conn.recv(65536)
    conn.recv(1)


@pytest.mark.parametrize("stage", ["connect", "handshake"])
def test_an_interrupt_closes_the_socket_before_it_goes_on(
    unanswered_url: str, stage: str
) -> None:
    with raw_server(_hang) as (url, accepted):
        base = unanswered_url if stage == "connect" else url
        with pytest.raises(KeyboardInterrupt) as info:
            with raised_after(0.2, KeyboardInterrupt):
                slack_calls.calls_info(
                    TOKEN, "R1", base_url=base.replace("http:", "https:"),
                    timeout=5, max_retries=0,
                )  # fmt: skip
        assert len(accepted) == (stage == "handshake")
        # The traceback still holds every frame, and so every socket in them.
        names, open_sockets, tb = [], [], info.tb
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            for value in tb.tb_frame.f_locals.values():
                for sock in (value, getattr(value, "sock", None)):
                    if isinstance(sock, socket.socket) and sock.fileno() != -1:
                        open_sockets.append(sock)
            tb = tb.tb_next
        assert ("_connect" if stage == "connect" else "do_handshake") in names
        for sock in open_sockets:
            sock.close()
        assert open_sockets == []


@pytest.mark.parametrize("stage", ["connect", "answer"])
def test_a_callers_own_timeout_goes_on_unchanged(
    unanswered_url: str, stage: str
) -> None:
    # A watchdog's TimeoutError with time left is not the call's timeout: it
    # is neither turned into SlackCallsError nor retried.
    with raw_server(_hang) as (url, accepted):
        base = unanswered_url if stage == "connect" else url
        started = time.monotonic()
        with pytest.raises(TimeoutError) as info, raised_after(0.2, TimeoutError):
            slack_calls.calls_info(TOKEN, "R1", base_url=base, timeout=2, max_retries=2)
        assert time.monotonic() - started < 1.0
        assert type(info.value) is TimeoutError and info.value.errno is None
        assert len(accepted) == (stage == "answer")
    # The call's own timeout is still its own.
    with pytest.raises(SlackCallsError) as timed_out:
        slack_calls.calls_info(
            TOKEN, "R1", base_url=unanswered_url, timeout=0.2, max_retries=0
        )
    assert timed_out.value.error == "timeout"


def test_max_retries_of_100_is_allowed(slack: FakeSlack) -> None:
    assert slack_calls.calls_info(TOKEN, "R1", **settings(slack, max_retries=100))


def test_a_json_users_string_is_sent_exactly_as_checked(slack: FakeSlack) -> None:
    users = '[ {"external_id": "e1", "display_name": "Kim \\u00e9"} ]'
    slack_calls.calls_participants_add(TOKEN, "R1", users, **settings(slack))
    assert slack.requests[0].form["users"] == users


@pytest.mark.parametrize(
    "value",
    [
        "/nohost",
        "http://",
        "ftp://proxy:1",
        "http://p:99999",
        "http://p:0",
        "http://[::1",
        "https://user:pw@proxy:3128",  # urllib would send pw in clear text
    ],
)
def test_a_malformed_proxy_variable_is_refused_before_sending(
    slack: FakeSlack, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.delenv("https_proxy", raising=False)
    monkeypatch.setenv("HTTPS_PROXY", value)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    slack_calls._env_proxies.cache_clear()
    try:
        with pytest.raises(ValueError, match="HTTPS_PROXY environment variable"):
            slack_calls.calls_info(TOKEN, "R1", base_url="https://slack.com/api/")
    finally:
        slack_calls._env_proxies.cache_clear()


def test_fatal_error_may_have_been_processed(slack: FakeSlack) -> None:
    fatal = {"ok": False, "error": "fatal_error"}
    slack.reply(Reply(data=fatal))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_add(TOKEN, "e", "https://j", **settings(slack))
    assert str(info.value) == (
        "calls.add failed: fatal_error (HTTP 200); the request may have been"
        " processed, so it was not retried"
    )
    assert len(slack.requests) == 1
    slack.reply(Reply(data=fatal))
    assert slack_calls.calls_info(TOKEN, "R1", **settings(slack)).success
    assert len(slack.requests) == 3


def test_request_timeout_is_retried_even_for_writes(slack: FakeSlack) -> None:
    # Slack's words: "the POST data was missing or truncated", so Slack did
    # not act on the request and sending it again is safe.
    slack.reply(Reply(data={"ok": False, "error": "request_timeout"}))
    assert slack_calls.calls_add(TOKEN, "e", "https://j", **settings(slack)).success
    assert len(slack.requests) == 2
    slack.reply(*[Reply(data={"ok": False, "error": "request_timeout"})] * 2)
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_end(TOKEN, "R1", **settings(slack, max_retries=1))
    assert str(info.value) == "calls.end failed: request_timeout (HTTP 200)"


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits slack_calls takes between attempts, recorded, not slept.

    The clock is the one thing here loopback cannot speed up.
    """
    taken: list[float] = []
    monkeypatch.setattr(slack_calls.time, "sleep", taken.append)
    return taken


@pytest.mark.parametrize(
    ("retry_after", "most"), [("0", 0.0), ("5", 5.5), ("20", 21.0), ("30", 31.0)]
)
def test_rate_limit_waits_get_a_little_jitter(
    slack: FakeSlack, waits: list[float], retry_after: str, most: float
) -> None:
    for _ in range(40):
        slack.reply(Reply(status=429, headers={"Retry-After": retry_after}))
        slack_calls.calls_add(TOKEN, "e", "https://j", **settings(slack))
    assert len(waits) == 40
    assert all(float(retry_after) <= w <= most for w in waits), waits
    assert float(retry_after) == most or len(set(waits)) > 30  # not in step


def test_the_cap_applies_to_retry_after_itself(
    slack: FakeSlack, waits: list[float]
) -> None:
    slack.reply(Reply(status=429, headers={"Retry-After": "31"}))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_add(TOKEN, "e", "https://j", **settings(slack))
    assert info.value.retry_after == 31 and waits == []


def test_a_5xx_with_retry_after_on_calls_info_waits_that_long(
    slack: FakeSlack, waits: list[float]
) -> None:
    slack.reply(Reply(status=503, body=b"busy", headers={"Retry-After": "3"}))
    assert slack_calls.calls_info(TOKEN, "R1", **settings(slack)).success
    assert len(waits) == 1 and 3.0 <= waits[0] <= 3.3
    slack.reply(Reply(status=503, body=b"busy", headers={"Retry-After": "31"}))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_info(TOKEN, "R1", **settings(slack))
    assert info.value.status_code == 503 and info.value.retry_after is None
    assert len(waits) == 1  # over the cap: not waited for
    slack.reply(Reply(status=503, body=b"busy", headers={"Retry-After": "3"}))
    with pytest.raises(SlackCallsError):  # and a write is not retried at all
        slack_calls.calls_end(TOKEN, "R1", **settings(slack))
    assert len(waits) == 1


# The command line after a success it cannot report: exit 3, never 1, which
# would invite a retry that adds the Call twice.


def _cli(*args: str) -> list[str]:
    return [sys.executable, str(HERE / "slack_calls.py"), *args]


def _cli_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SLACK_BOT_TOKEN"}
    return {**env, "SLACK_BOT_TOKEN": TOKEN, "PYTHONIOENCODING": "utf-8"}


@pytest.mark.parametrize("stdout", ["closed", "full", "broken"])
def test_cli_success_that_cannot_be_printed_exits_3(
    slack: FakeSlack, stdout: str
) -> None:
    argv = _cli("--base-url", slack.url, "add", "e", "https://j")
    if stdout == "closed":
        command = " ".join(map(shlex.quote, argv)) + " >&-"
        proc = subprocess.run(
            ["sh", "-c", command],
            env=_cli_env(),
            stderr=subprocess.PIPE,
            timeout=30,
            check=False,
        )
        returncode, stderr = proc.returncode, proc.stderr
    elif stdout == "full":
        with open("/dev/full", "w") as full:
            proc = subprocess.run(
                argv,
                env=_cli_env(),
                stdout=full,
                stderr=subprocess.PIPE,
                timeout=30,
                check=False,
            )
        returncode, stderr = proc.returncode, proc.stderr
    else:
        read, write = os.pipe()
        os.close(read)  # nobody will ever read what the command prints
        try:
            proc = subprocess.run(
                argv,
                env=_cli_env(),
                stdout=write,
                stderr=subprocess.PIPE,
                timeout=30,
                check=False,
            )
        finally:
            os.close(write)
        returncode, stderr = proc.returncode, proc.stderr
    text = stderr.decode()
    assert returncode == 3, text
    assert (
        text
        == "slack_calls: calls.add succeeded, but its answer could not be written out\n"
    )
    assert len(slack.requests) == 1


def test_cli_sync_that_cannot_be_printed_names_the_command(slack: FakeSlack) -> None:
    argv = _cli("--base-url", slack.url, "participants-sync", "R1", "--user", "U1")
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            argv, env=_cli_env(), stdout=full, stderr=subprocess.PIPE, timeout=30,
            check=False,
        )  # fmt: skip
    assert proc.returncode == 3
    assert proc.stderr.decode() == (
        "slack_calls: participants-sync succeeded, but its answer could not be"
        " written out\n"
    )
    assert [s.method for s in slack.requests] == [
        "calls.info",
        "calls.participants.add",
    ]


def test_cli_success_whose_answer_cannot_be_rendered_exits_3(
    slack: FakeSlack, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    # Rendering can fail for reasons loopback cannot show on every version
    # (RecursionError on 3.12, next test): any such failure exits 3.
    def boom(*args: Any, **kwargs: Any) -> str:
        raise RecursionError("maximum recursion depth exceeded")

    slack.reply(Reply(body=b'{"ok": true, "call": {"id": "R1"}}'))
    monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
    monkeypatch.setattr(slack_calls.json, "dumps", boom)
    assert slack_calls.main(["--base-url", slack.url, "add", "e", "https://j"]) == 3
    out, err = capsys.readouterr()
    assert out == ""
    assert (
        err
        == "slack_calls: calls.add succeeded, but its answer could not be written out\n"
    )
    assert len(slack.requests) == 1


def test_cli_render_failure_leaves_the_processs_stdout_alone(slack: FakeSlack) -> None:
    # Only a failed write sends what is buffered to the null device: after
    # main() returns, a program that called it can still print.
    code = (
        "import sys, slack_calls\n"
        "def boom(*a, **k): raise RecursionError('deep')\n"
        "slack_calls.json.dumps = boom\n"
        "status = slack_calls.main(['--base-url', sys.argv[1], 'info', 'R1'])\n"
        "print('after', status)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, slack.url], cwd=HERE, env=_cli_env(),
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert result.stdout == "after 3\n", result.stderr


def test_cli_success_nested_deep_never_exits_1(slack: FakeSlack) -> None:
    # 1200 deep: json.loads takes it on 3.12, whose json.dumps(indent=2)
    # then overflows the stack (3.11 refuses it already as it reads it).
    slack.reply(Reply(body=_nested(1200)))
    result = run_cli("--base-url", slack.url, "add", "e", "https://j")
    if result.returncode == 1:
        assert "invalid_response" in result.stderr
    elif result.returncode == 3:
        assert "calls.add succeeded, but" in result.stderr
    else:
        assert result.returncode == 0 and json.loads(result.stdout)["ok"] is True


def test_cli_ctrl_c_during_a_rate_limit_wait_exits_130(slack: FakeSlack) -> None:
    slack.reply(Reply(status=429, headers={"Retry-After": "20"}))
    proc = subprocess.Popen(
        _cli("--base-url", slack.url, "end", "R1"),
        env=_cli_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 20
    while not slack.requests and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)  # into the wait
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=10)
    assert proc.returncode == 130
    assert out == b""
    assert err.decode().count("\n") == 1 and "Traceback" not in err.decode()
    assert err.decode().startswith("slack_calls: interrupted")
    assert len(slack.requests) == 1


# A private certificate authority...
#
# Embedded rather than made at test time: the tests need no openssl CLI (it
# is missing on many Windows and minimal CI images) and no third-party
# package, and every run sees the same bytes, so a failure is reproducible.
# Keys are EC P-256 to keep the PEMs short. Valid 2026-01-01 to 2125-12-31;
# the start is fixed in the past so a slow clock cannot find them "not yet
# valid". The CAs' private keys were thrown away: nothing else can be signed.
#
# CA_PEM            root CA: basicConstraints critical CA:TRUE, keyUsage
#                   critical keyCertSign+cRLSign, SKI and AKI
# SERVER_*          CN=localhost, SANs DNS:localhost and IP:127.0.0.1,
#                   keyUsage digitalSignature+keyEncipherment, EKU serverAuth,
#                   basicConstraints critical CA:FALSE, SKI and AKI
# LEGACY_CA_PEM     the same as CA_PEM except that basicConstraints is NOT
#                   critical, which RFC 5280 4.2.1.9 requires of a CA and
#                   OpenSSL's X509_V_FLAG_X509_STRICT (ssl.VERIFY_X509_STRICT,
#                   set by create_default_context() since Python 3.13) checks:
#                   "Basic Constraints of CA cert not marked critical"
# LEGACY_SERVER_*   as SERVER_*, signed by LEGACY_CA_PEM
#
# Made with OpenSSL 3.0.19 by this sh script, run in an empty directory
# (`openssl ca` because, before OpenSSL 3.4, only it takes -startdate):
#
#   set -eu
#   printf '%s\n' '[ca]' 'default_ca = d' '[d]' 'database = index.txt' \
#     'new_certs_dir = .' 'serial = serial' 'default_md = sha256' 'policy = p' \
#     'unique_subject = no' '[p]' 'commonName = supplied' > ca.cnf
#   : > index.txt; echo 01 > serial
#   DATES="-startdate 20260101000000Z -enddate 21251231235959Z"
#   csr() {  # csr NAME CN: a P-256 key NAME.key and a request NAME.csr
#     openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1.key"
#     openssl req -new -key "$1.key" -subj "/CN=$2" -config ca.cnf -out "$1.csr"
#   }
#   ca() {  # ca NAME CN BASIC_CONSTRAINTS: a self-signed root
#     csr "$1" "$2"
#     printf '%s\n' "basicConstraints = $3" \
#       'keyUsage = critical, keyCertSign, cRLSign' \
#       'subjectKeyIdentifier = hash' 'authorityKeyIdentifier = keyid:always' > ext
#     openssl ca -batch -notext -config ca.cnf $DATES -selfsign -keyfile "$1.key" \
#       -in "$1.csr" -extfile ext -out "$1.pem"
#   }
#   leaf() {  # leaf NAME CA: a server certificate for localhost and 127.0.0.1
#     csr "$1" localhost
#     printf '%s\n' 'basicConstraints = critical, CA:FALSE' \
#       'keyUsage = critical, digitalSignature, keyEncipherment' \
#       'extendedKeyUsage = serverAuth' \
#       'subjectAltName = DNS:localhost, IP:127.0.0.1' \
#       'subjectKeyIdentifier = hash' 'authorityKeyIdentifier = keyid' > ext
#     openssl ca -batch -notext -config ca.cnf $DATES -cert "$2.pem" \
#       -keyfile "$2.key" -in "$1.csr" -extfile ext -out "$1.pem"
#   }
#   ca ca "slack_calls test root CA" "critical, CA:TRUE"
#   leaf server ca
#   ca legacy_ca "slack_calls test legacy CA" "CA:TRUE"
#   leaf legacy_server legacy_ca
#
# Then: CA_PEM = ca.pem, SERVER_CERT_PEM = server.pem, SERVER_KEY_PEM =
# server.key, and the legacy_* files likewise. Check with
#   openssl verify -x509_strict -CAfile ca.pem server.pem            (OK)
#   openssl verify -x509_strict -CAfile legacy_ca.pem legacy_server.pem
#                     (error 89: Basic Constraints of CA cert not marked critical)

CA_PEM = """\
-----BEGIN CERTIFICATE-----
MIIBmjCCAUCgAwIBAgIBATAKBggqhkjOPQQDAjAjMSEwHwYDVQQDDBhzbGFja19j
YWxscyB0ZXN0IHJvb3QgQ0EwIBcNMjYwMTAxMDAwMDAwWhgPMjEyNTEyMzEyMzU5
NTlaMCMxITAfBgNVBAMMGHNsYWNrX2NhbGxzIHRlc3Qgcm9vdCBDQTBZMBMGByqG
SM49AgEGCCqGSM49AwEHA0IABHdocSFGi4RbUFD92Ez2rYN8kPq8CJRofJsMMQ1W
lLFZois9pc3BUCluGl+Buk9WO5CVwPasQUzE694pqbU+URqjYzBhMA8GA1UdEwEB
/wQFMAMBAf8wDgYDVR0PAQH/BAQDAgEGMB0GA1UdDgQWBBSpkrmCRI4MqnhbePR0
latsCojzbTAfBgNVHSMEGDAWgBSpkrmCRI4MqnhbePR0latsCojzbTAKBggqhkjO
PQQDAgNIADBFAiBkfEy+KFg1Bs48ccv4/QotIQF6Wz6KEA8nrEPZCM4EQwIhANMO
KrwGrJmTYK4ICKYJKall5DoX0ESNmbeLzooKluDO
-----END CERTIFICATE-----
"""

SERVER_CERT_PEM = """\
-----BEGIN CERTIFICATE-----
MIIBuzCCAWGgAwIBAgIBAjAKBggqhkjOPQQDAjAjMSEwHwYDVQQDDBhzbGFja19j
YWxscyB0ZXN0IHJvb3QgQ0EwIBcNMjYwMTAxMDAwMDAwWhgPMjEyNTEyMzEyMzU5
NTlaMBQxEjAQBgNVBAMMCWxvY2FsaG9zdDBZMBMGByqGSM49AgEGCCqGSM49AwEH
A0IABOenuKQIhedk6HhywFa9UWcluhV8XGyC8LpveLh8KPiWDInbvPB6cQg2cOoL
F19H61uejUFLIGM2twWhAMeGqKWjgZIwgY8wDAYDVR0TAQH/BAIwADAOBgNVHQ8B
Af8EBAMCBaAwEwYDVR0lBAwwCgYIKwYBBQUHAwEwGgYDVR0RBBMwEYIJbG9jYWxo
b3N0hwR/AAABMB0GA1UdDgQWBBTPqEOWGXBHVfv1EJ0eg+pjlczDcjAfBgNVHSME
GDAWgBSpkrmCRI4MqnhbePR0latsCojzbTAKBggqhkjOPQQDAgNIADBFAiAn0Qas
KHOcd4J3cOJ27LrCXy+x1/uDlIum1+AvMYp57gIhAPgrWhmoqtGzoagZXpp5N9q/
kDxUZmG+XOFYQ4lDDebk
-----END CERTIFICATE-----
"""

SERVER_KEY_PEM = """\
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgPvDEBtrXQyAAvc5d
PsSkupcbc+n5r9Go7j2LwXkRNM+hRANCAATnp7ikCIXnZOh4csBWvVFnJboVfFxs
gvC6b3i4fCj4lgyJ27zwenEINnDqCxdfR+tbno1BSyBjNrcFoQDHhqil
-----END PRIVATE KEY-----
"""

LEGACY_CA_PEM = """\
-----BEGIN CERTIFICATE-----
MIIBmjCCAUGgAwIBAgIBAzAKBggqhkjOPQQDAjAlMSMwIQYDVQQDDBpzbGFja19j
YWxscyB0ZXN0IGxlZ2FjeSBDQTAgFw0yNjAxMDEwMDAwMDBaGA8yMTI1MTIzMTIz
NTk1OVowJTEjMCEGA1UEAwwac2xhY2tfY2FsbHMgdGVzdCBsZWdhY3kgQ0EwWTAT
BgcqhkjOPQIBBggqhkjOPQMBBwNCAASeUZNoZnSGOBxM6ldUU1M68awyVO6mM8BA
PzT1h1OIWPS4vQZ1gHIf+Ux0uYvzmFER61ldYEVLroVqHr53VagJo2AwXjAMBgNV
HRMEBTADAQH/MA4GA1UdDwEB/wQEAwIBBjAdBgNVHQ4EFgQUDOdhUtcB8xMI0y7V
W9QOPJfrlaswHwYDVR0jBBgwFoAUDOdhUtcB8xMI0y7VW9QOPJfrlaswCgYIKoZI
zj0EAwIDRwAwRAIgLqv6/AEi1O7uxapklP6wGUhZwmHymI8kOSQN42uJ7XYCIA6i
dE5CdhRnm2AUUtLNPq7WkXGfQiv2iL1mp5n2pX+Q
-----END CERTIFICATE-----
"""

LEGACY_SERVER_CERT_PEM = """\
-----BEGIN CERTIFICATE-----
MIIBvTCCAWOgAwIBAgIBBDAKBggqhkjOPQQDAjAlMSMwIQYDVQQDDBpzbGFja19j
YWxscyB0ZXN0IGxlZ2FjeSBDQTAgFw0yNjAxMDEwMDAwMDBaGA8yMTI1MTIzMTIz
NTk1OVowFDESMBAGA1UEAwwJbG9jYWxob3N0MFkwEwYHKoZIzj0CAQYIKoZIzj0D
AQcDQgAEUx9a1fFLOwDqJ0L5LpHYkkkxw8cFmhbVizIvwuJsZsUMIEODygOcPmHD
xmDMQpvFah3AxGOevNXVgLyfX6y/kqOBkjCBjzAMBgNVHRMBAf8EAjAAMA4GA1Ud
DwEB/wQEAwIFoDATBgNVHSUEDDAKBggrBgEFBQcDATAaBgNVHREEEzARgglsb2Nh
bGhvc3SHBH8AAAEwHQYDVR0OBBYEFLO8mCFdg+v5bMVXAs1OUiT2rWxWMB8GA1Ud
IwQYMBaAFAznYVLXAfMTCNMu1VvUDjyX65WrMAoGCCqGSM49BAMCA0gAMEUCIHEc
qDHXKJRUgu0mozI6imEzAOHjtoJrV8kSpI3tepMMAiEAxC4fAzf7NpjPffh1qCTG
XAB0FnoL8jtI7ZxlQSc+Y+s=
-----END CERTIFICATE-----
"""

LEGACY_SERVER_KEY_PEM = """\
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgBt89a+xqt1t7EQUh
4NRVW2RXbKjbnQoxKFvPorIYkMehRANCAARTH1rV8Us7AOonQvkukdiSSTHDxwWa
FtWLMi/C4mxmxQwgQ4PKA5w+YcPGYMxCm8VqHcDEY5681dWAvJ9frL+S
-----END PRIVATE KEY-----
"""


# HTTPS...

HANDSHAKE_TIMEOUT = 2.0  # seconds a client gets to finish the TLS handshake


@functools.lru_cache(maxsize=None)
def server_tls_context(legacy: bool = False) -> ssl.SSLContext:
    """A server-side context holding the (legacy) CA's localhost certificate.

    load_cert_chain() reads only files, so the PEMs go through a temporary
    directory, removed at once. Contexts are reusable, so one is built per
    process and kind.
    """
    cert, key = (
        (LEGACY_SERVER_CERT_PEM, LEGACY_SERVER_KEY_PEM)
        if legacy
        else (SERVER_CERT_PEM, SERVER_KEY_PEM)
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with tempfile.TemporaryDirectory() as directory:
        cert_file = os.path.join(directory, "cert.pem")
        key_file = os.path.join(directory, "key.pem")
        with open(cert_file, "w", encoding="ascii") as f:
            f.write(cert)
        with open(key_file, "w", encoding="ascii") as f:
            f.write(key)
        context.load_cert_chain(cert_file, key_file)
    return context


class _ClosesOpenSockets(socketserver.BaseServer):
    """Keeps the accepted sockets, and shuts them down when the server closes,
    so handlers still blocked reading one end with the test."""

    lock: threading.Lock
    open_sockets: set[socket.socket]

    def track(self, sock: socket.socket) -> None:
        with self.lock:
            self.open_sockets.add(sock)

    def shutdown_request(self, request: Any) -> None:
        with self.lock:
            self.open_sockets.discard(request)
        super().shutdown_request(request)  # type: ignore[misc]

    def server_close(self) -> None:
        super().server_close()
        with self.lock:
            sockets = list(self.open_sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class HttpsFakeSlack(_ClosesOpenSockets, FakeSlack):
    """The fake Slack over TLS, with the private CA's localhost certificate.

    Accepting only counts the connection and wraps the socket without any
    I/O; the handshake runs in the connection's own handler thread, so a
    client that rejects the certificate, or never speaks, cannot stall the
    accept loop. ``connections`` counts accepted TCP connections and
    ``handshake_failures`` the handshakes that failed (their errors in
    ``tls_errors``); ``requests`` holds only what arrived over good TLS.
    """

    def __init__(self, host: str = "127.0.0.1", legacy: bool = False) -> None:
        super().__init__()
        self.RequestHandlerClass = _HttpsHandler
        self.host = host  # the name in .url; the socket is on 127.0.0.1
        self.context = server_tls_context(legacy)
        self.connections = 0
        self.handshake_failures = 0
        self.tls_errors: list[str] = []
        self.open_sockets: set[socket.socket] = set()

    @property
    def url(self) -> str:
        return f"https://{self.host}:{self.server_address[1]}/api/"

    @property
    def port(self) -> int:
        port: int = self.server_address[1]
        return port

    def get_request(self) -> tuple[Any, Any]:
        sock, address = self.socket.accept()
        tls = self.context.wrap_socket(
            sock, server_side=True, do_handshake_on_connect=False
        )
        with self.lock:
            self.connections += 1
        self.track(tls)
        return tls, address

    def wait_for(self, predicate: Callable[[HttpsFakeSlack], bool]) -> bool:
        """Poll briefly for what a handler thread records after the client
        has already returned (a failed handshake is noted a moment later)."""
        deadline = time.monotonic() + 2.0
        while not predicate(self):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.005)
        return True


class _HttpsHandler(_Handler):
    server: HttpsFakeSlack
    _tls_ok = False

    def setup(self) -> None:
        super().setup()  # makes rfile and wfile; no I/O yet
        sock: ssl.SSLSocket = self.connection
        try:
            sock.settimeout(HANDSHAKE_TIMEOUT)
            sock.do_handshake()
            sock.settimeout(None)  # as the plain fake: replies may be delayed
        except (ssl.SSLError, OSError) as exc:
            with self.server.lock:
                self.server.handshake_failures += 1
                self.server.tls_errors.append(repr(exc))
            return
        self._tls_ok = True

    def handle(self) -> None:
        if self._tls_ok:
            super().handle()


def _https_slack(**kwargs: Any) -> Iterator[HttpsFakeSlack]:
    with serving(HttpsFakeSlack(**kwargs)) as server:
        yield server  # type: ignore[misc]


@pytest.fixture
def https_slack() -> Iterator[HttpsFakeSlack]:
    """The fake Slack at https://127.0.0.1:PORT/api/, private-CA certificate."""
    yield from _https_slack()


@pytest.fixture
def https_slack_localhost() -> Iterator[HttpsFakeSlack]:
    """As https_slack, its url naming the host localhost."""
    yield from _https_slack(host="localhost")


@pytest.fixture
def legacy_https_slack() -> Iterator[HttpsFakeSlack]:
    """As https_slack, with a certificate from the legacy (non-strict) CA."""
    yield from _https_slack(legacy=True)


def _write(path: Any, text: str) -> str:
    path.write_text(text, encoding="ascii")
    return str(path)


@pytest.fixture
def ca_file(tmp_path: Any) -> str:
    """The private root CA as a PEM file, for cafile= and SSL_CERT_FILE."""
    return _write(tmp_path / "ca.pem", CA_PEM)


@pytest.fixture
def legacy_ca_file(tmp_path: Any) -> str:
    """The legacy CA (basicConstraints not critical) as a PEM file."""
    return _write(tmp_path / "legacy-ca.pem", LEGACY_CA_PEM)


# An HTTP CONNECT proxy...

PROXY_USER, PROXY_PASSWORD = "user", "s3cret"
_REASONS = {
    200: "Connection established",
    400: "Bad Request",
    403: "Forbidden",
    407: "Proxy Authentication Required",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


@dataclass
class ProxySeen:
    """One connection to the proxy: its request head and every relayed byte."""

    request_line: str = ""
    headers: dict[str, str] = field(default_factory=dict)  # lower-cased names
    head: bytes = b""  # the request head as received, CRLFs and all
    upstream: bytearray = field(default_factory=bytearray)  # client to target
    downstream: bytearray = field(default_factory=bytearray)  # target to client
    status: int | None = None  # what the proxy answered; None: no head came

    @property
    def everything(self) -> bytes:
        return self.head + bytes(self.upstream) + bytes(self.downstream)


class ConnectProxy(_ClosesOpenSockets, socketserver.ThreadingTCPServer):
    """A small HTTP proxy that only tunnels, with CONNECT, to loopback ports.

    ``mode`` picks its behaviour: ``"relay"`` answers ``200 Connection
    established`` and pipes bytes both ways until either side closes;
    ``"auth"`` does so only for ``Proxy-Authorization: Basic`` with
    ``credentials``, else answers 407 with ``Proxy-Authenticate``;
    ``"502"`` and ``"503"`` always answer that status. Any other request
    (``GET http://...``) is recorded and answered 400, as is a CONNECT to
    a host that is not loopback (403: tests never leave the machine).
    ``seen`` records each connection.
    """

    daemon_threads = True
    allow_reuse_address = True
    MODES = ("relay", "auth", "502", "503")

    def __init__(
        self,
        mode: str = "relay",
        credentials: tuple[str, str] = (PROXY_USER, PROXY_PASSWORD),
    ) -> None:
        if mode not in self.MODES:
            raise ValueError(f"mode must be one of {self.MODES}, not {mode!r}")
        super().__init__(("127.0.0.1", 0), _ConnectHandler)
        self.mode = mode
        user, password = credentials
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self.expected_auth = f"Basic {token}"
        self.seen: list[ProxySeen] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.open_sockets: set[socket.socket] = set()

    @property
    def port(self) -> int:
        port: int = self.server_address[1]
        return port

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url_with(self, user: str, password: str) -> str:
        return f"http://{user}:{password}@127.0.0.1:{self.port}"

    @property
    def request_lines(self) -> list[str]:
        with self.lock:
            return [s.request_line for s in self.seen]

    def everything(self) -> bytes:
        """Every byte the proxy received or relayed, over all connections."""
        with self.lock:
            return b"".join(s.everything for s in self.seen)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that hang up mid-way are part of the tests

    def get_request(self) -> tuple[Any, Any]:
        sock, address = self.socket.accept()
        self.track(sock)
        return sock, address

    def server_close(self) -> None:
        self.stopping.set()  # relays notice within one select timeout
        super().server_close()


class _ConnectHandler(socketserver.BaseRequestHandler):
    server: ConnectProxy
    request: socket.socket
    MAX_HEAD = 65536
    TIMEOUT = 2.0  # seconds for the head, and to connect to the target
    POLL = 0.05  # seconds per select() in the relay

    def handle(self) -> None:
        seen = ProxySeen()
        with self.server.lock:
            self.server.seen.append(seen)
        client = self.request
        client.settimeout(self.TIMEOUT)
        buffer = b""
        try:
            while b"\r\n\r\n" not in buffer and len(buffer) < self.MAX_HEAD:
                piece = client.recv(4096)
                if not piece:
                    break
                buffer += piece
        except OSError:
            pass
        head, sep, rest = buffer.partition(b"\r\n\r\n")
        seen.head = head + sep
        if not sep:
            seen.upstream += rest  # an incomplete head: keep every byte
            return
        lines = head.decode("latin-1").split("\r\n")
        seen.request_line = lines[0]
        seen.headers = {
            name.strip().lower(): value.strip()
            for name, _, value in (line.partition(":") for line in lines[1:])
        }
        parts = seen.request_line.split()
        if len(parts) != 3 or parts[0] != "CONNECT":
            self._answer(seen, 400)
            return
        host, _, port = parts[1].rpartition(":")
        host = host.strip("[]")
        if host not in ("127.0.0.1", "localhost", "::1") or not port.isdigit():
            self._answer(seen, 403)
            return
        mode = self.server.mode
        if mode in ("502", "503"):
            self._answer(seen, int(mode))
            return
        if mode == "auth" and (
            seen.headers.get("proxy-authorization") != self.server.expected_auth
        ):
            self._answer(seen, 407, 'Proxy-Authenticate: Basic realm="test"\r\n')
            return
        try:
            target = socket.create_connection((host, int(port)), self.TIMEOUT)
        except OSError:
            self._answer(seen, 502)
            return
        with target:
            self._answer(seen, 200)
            if rest:  # a client that did not wait for the 200
                seen.upstream += rest
                target.sendall(rest)
            self._relay(seen, client, target)

    def _answer(self, seen: ProxySeen, status: int, extra: str = "") -> None:
        seen.status = status
        head = f"HTTP/1.1 {status} {_REASONS[status]}\r\n{extra}"
        if status != 200:
            head += "Content-Length: 0\r\nConnection: close\r\n"
        with contextlib.suppress(OSError):
            self.request.sendall((head + "\r\n").encode("latin-1"))

    def _relay(
        self, seen: ProxySeen, client: socket.socket, target: socket.socket
    ) -> None:
        client.settimeout(self.TIMEOUT)
        target.settimeout(self.TIMEOUT)
        pairs = {client: (target, seen.upstream), target: (client, seen.downstream)}
        while not self.server.stopping.is_set():
            try:
                readable, _, _ = select.select(list(pairs), [], [], self.POLL)
                for source in readable:
                    data = source.recv(65536)
                    if not data:
                        return  # either side closed: end both
                    sink, record = pairs[source]
                    record += data
                    sink.sendall(data)
            except (OSError, ValueError):
                return


@pytest.fixture
def proxy() -> Iterator[ConnectProxy]:
    """A started ConnectProxy in "relay" mode."""
    with running(ConnectProxy()) as server:
        yield server


@contextlib.contextmanager
def running(server: ConnectProxy) -> Iterator[ConnectProxy]:
    """Run a ConnectProxy (any mode) for the length of a with block."""
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def proxy_factory() -> Iterator[Callable[..., ConnectProxy]]:
    """Start ConnectProxy(mode, ...) instances; all are stopped after the test."""
    with contextlib.ExitStack() as stack:

        def start(mode: str = "relay", **kwargs: Any) -> ConnectProxy:
            return stack.enter_context(running(ConnectProxy(mode, **kwargs)))

        yield start


# Proxies and private certificate authorities...

PROXY_VARIABLES = (
    "http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY",
    "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY",
)  # fmt: skip
PASSWORD = "s3cret-9Zq"  # a proxy password that must never show


def reset_proxy_caches() -> None:
    """Make slack_calls read the proxy variables again on its next call."""
    slack_calls._env_proxies.cache_clear()


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """No proxy variables, and none cached; set some, then reset_proxy_caches().

    Every test that makes an HTTPS call uses it: a proxy variable set where
    the suite runs (as on many CI machines) would otherwise carry the call.
    """
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    reset_proxy_caches()
    yield monkeypatch
    reset_proxy_caches()  # before monkeypatch restores the variables


def trusting(cafile: str) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=cafile)


def connect_line(host: str, port: int) -> str:
    # slack_calls writes its own CONNECT, HTTP/1.1 on every version. (Were it
    # to use http.client's set_tunnel: HTTP/1.0 before Python 3.12.)
    return f"CONNECT {host}:{port} HTTP/1.1"


def texts_of(err: BaseException, caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        str(err), repr(err), repr(err.__dict__), str(err.__cause__),
        *(r.getMessage() for r in caplog.records),
        *(repr(r.__dict__) for r in caplog.records),
    ]  # fmt: skip


@pytest.mark.usefixtures("env")
def test_ssl_context_trusting_a_private_ca(
    https_slack: HttpsFakeSlack, ca_file: str
) -> None:
    response = slack_calls.calls_info(
        TOKEN, "R0123", base_url=https_slack.url, ssl_context=trusting(ca_file),
        max_retries=2, timeout=2.0,
    )  # fmt: skip
    assert response["call"]["id"] == "R0123"
    [seen] = https_slack.requests
    assert seen.headers["authorization"] == f"Bearer {TOKEN}"
    assert https_slack.connections == 1


@pytest.mark.usefixtures("env")
def test_default_trust_store_refuses_a_private_ca_once(
    https_slack: HttpsFakeSlack, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="slack_calls"), pytest.raises(
        SlackCallsError
    ) as info:
        slack_calls.calls_info(
            TOKEN, "R0123", base_url=https_slack.url, max_retries=2, timeout=2.0
        )
    assert info.value.error == "tls_error"
    assert info.value.status_code is None and info.value.response is None
    assert https_slack.connections == 1  # a TLS error is never retried
    assert https_slack.wait_for(lambda s: s.handshake_failures == 1)
    assert https_slack.requests == []  # no HTTP request, so no token
    assert len(caplog.records) == 1


@pytest.mark.usefixtures("env")
def test_ssl_cert_file_is_read_by_a_fresh_process(
    https_slack: HttpsFakeSlack, ca_file: str
) -> None:
    # OpenSSL reads SSL_CERT_FILE when the default context is first built,
    # hence a new interpreter.
    here = os.path.dirname(os.path.abspath(slack_calls.__file__))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(SSL_CERT_FILE=ca_file, PYTHONPATH=here)
    code = (
        "import slack_calls\n"
        f"r = slack_calls.calls_info({TOKEN!r}, 'R0123', base_url={https_slack.url!r},"
        " max_retries=0, timeout=5.0)\n"
        "print(r['call']['id'])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True,
        timeout=30, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == "R0123\n"
    assert len(https_slack.requests) == 1


@pytest.mark.parametrize("bad", ["x", True, 1, b"ctx", ssl.create_default_context])
def test_ssl_context_must_be_an_ssl_context(
    https_slack: HttpsFakeSlack, bad: Any
) -> None:
    with pytest.raises(TypeError, match="ssl_context"):
        slack_calls.calls_info(TOKEN, "R1", base_url=https_slack.url, ssl_context=bad)
    assert https_slack.connections == 0


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize(("function", "args", "method", "verb", "expected"), WIRE)
def test_every_function_takes_ssl_context_and_proxy(
    https_slack: HttpsFakeSlack,
    proxy: ConnectProxy,
    ca_file: str,
    function: Callable[..., Any],
    args: tuple[Any, ...],
    method: str,
    verb: str,
    expected: dict[str, str],
) -> None:
    response = function(
        TOKEN, *args, base_url=https_slack.url, ssl_context=trusting(ca_file),
        proxy=proxy.url, timeout=2.0,
    )  # fmt: skip
    assert response.success
    [seen] = https_slack.requests
    assert seen.method == method and seen.command == verb
    assert (seen.query if verb == "GET" else seen.form) == expected
    [line] = proxy.request_lines
    assert line == connect_line("127.0.0.1", https_slack.port)


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize("scheme", ["http://", ""])  # host:port, as HTTPS_PROXY takes
def test_proxy_tunnels_and_never_sees_the_token(
    https_slack: HttpsFakeSlack, proxy: ConnectProxy, ca_file: str, scheme: str
) -> None:
    slack_calls.calls_info(
        TOKEN, "R0123", base_url=https_slack.url, ssl_context=trusting(ca_file),
        proxy=proxy.url.replace("http://", scheme), timeout=2.0,
    )  # fmt: skip
    [seen] = proxy.seen
    assert seen.request_line == connect_line("127.0.0.1", https_slack.port)
    assert seen.headers["host"] == f"127.0.0.1:{https_slack.port}"
    assert seen.status == 200 and seen.upstream and seen.downstream
    assert "proxy-authorization" not in seen.headers
    everything = proxy.everything()
    assert SECRET.encode() not in everything and b"xoxb-" not in everything
    assert https_slack.requests[0].headers["authorization"] == f"Bearer {TOKEN}"


@pytest.mark.usefixtures("env")
def test_proxy_tunnels_to_a_host_name(
    https_slack_localhost: HttpsFakeSlack, proxy: ConnectProxy, ca_file: str
) -> None:
    server = https_slack_localhost
    slack_calls.calls_info(
        TOKEN, "R1", base_url=server.url, ssl_context=trusting(ca_file),
        proxy=proxy.url, timeout=2.0,
    )  # fmt: skip
    [line] = proxy.request_lines
    assert line == connect_line("localhost", server.port)
    assert len(server.requests) == 1


def test_proxy_argument_ignores_proxy_variables(
    https_slack: HttpsFakeSlack,
    proxy: ConnectProxy,
    ca_file: str,
    closed_port: int,
    env: pytest.MonkeyPatch,
) -> None:
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"):
        env.setenv(name, f"http://127.0.0.1:{closed_port}")
    env.setenv("NO_PROXY", "127.0.0.1,localhost")
    env.setenv("no_proxy", "127.0.0.1,localhost")
    reset_proxy_caches()
    slack_calls.calls_info(
        TOKEN, "R1", base_url=https_slack.url, ssl_context=trusting(ca_file),
        proxy=proxy.url, timeout=2.0, max_retries=0,
    )  # fmt: skip
    assert len(proxy.request_lines) == 1  # NO_PROXY is ignored too


@pytest.mark.parametrize("name", ["HTTPS_PROXY", "https_proxy"])
def test_https_proxy_variable_is_used(
    https_slack: HttpsFakeSlack,
    proxy: ConnectProxy,
    ca_file: str,
    env: pytest.MonkeyPatch,
    name: str,
) -> None:
    env.setenv(name, proxy.url)
    reset_proxy_caches()
    slack_calls.calls_info(
        TOKEN, "R1", base_url=https_slack.url, ssl_context=trusting(ca_file),
        timeout=2.0,
    )  # fmt: skip
    [line] = proxy.request_lines
    assert line == connect_line("127.0.0.1", https_slack.port)
    assert SECRET.encode() not in proxy.everything()
    assert len(https_slack.requests) == 1


@pytest.mark.parametrize("name", ["NO_PROXY", "no_proxy"])
def test_no_proxy_variable_bypasses_the_proxy(
    https_slack: HttpsFakeSlack,
    proxy: ConnectProxy,
    ca_file: str,
    env: pytest.MonkeyPatch,
    name: str,
) -> None:
    env.setenv("HTTPS_PROXY", proxy.url)
    env.setenv("https_proxy", proxy.url)
    env.setenv(name, "127.0.0.1")
    reset_proxy_caches()
    response = slack_calls.calls_info(
        TOKEN, "R1", base_url=https_slack.url, ssl_context=trusting(ca_file),
        timeout=2.0,
    )  # fmt: skip
    assert response.success
    assert proxy.seen == []
    assert len(https_slack.requests) == 1


def test_no_proxy_is_read_on_every_call(
    https_slack: HttpsFakeSlack,
    proxy: ConnectProxy,
    ca_file: str,
    env: pytest.MonkeyPatch,
) -> None:
    # The README says so: the proxy variables are kept from the first call,
    # NO_PROXY is not. Drop this test if that promise changes.
    env.setenv("https_proxy", proxy.url)
    reset_proxy_caches()
    context = trusting(ca_file)
    settings: dict[str, Any] = {
        "base_url": https_slack.url,
        "ssl_context": context,
        "timeout": 2.0,
    }
    slack_calls.calls_info(TOKEN, "R1", **settings)
    env.setenv("no_proxy", "127.0.0.1")  # no cache reset this time
    slack_calls.calls_info(TOKEN, "R1", **settings)
    assert len(proxy.seen) == 1 and len(https_slack.requests) == 2


@pytest.mark.usefixtures("env")
def test_proxy_credentials_go_to_the_proxy_only(
    https_slack: HttpsFakeSlack,
    proxy_factory: Callable[..., ConnectProxy],
    ca_file: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    auth = proxy_factory("auth")  # wants user:s3cret
    with caplog.at_level(logging.DEBUG):
        response = slack_calls.calls_info(
            TOKEN, "R1", base_url=https_slack.url, ssl_context=trusting(ca_file),
            proxy=f"http://user:s3cret@127.0.0.1:{auth.port}", timeout=2.0,
        )  # fmt: skip
    assert response.success
    [seen] = auth.seen
    assert seen.headers["proxy-authorization"] == "Basic dXNlcjpzM2NyZXQ="
    assert "proxy-authorization" not in https_slack.requests[0].headers
    for text in (repr(response), *(r.getMessage() for r in caplog.records)):
        assert "s3cret" not in text and "dXNlcjpzM2NyZXQ" not in text


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize("password", [None, "wrong-pw-77"])
def test_proxy_407_is_a_proxy_error_not_retried(
    https_slack: HttpsFakeSlack,
    proxy_factory: Callable[..., ConnectProxy],
    ca_file: str,
    caplog: pytest.LogCaptureFixture,
    password: str | None,
) -> None:
    auth = proxy_factory("auth", credentials=("user", PASSWORD))
    url = auth.url if password is None else auth.url_with("user", password)
    with caplog.at_level(logging.DEBUG), pytest.raises(SlackCallsError) as info:
        slack_calls.calls_add(
            TOKEN, "e", "https://j", base_url=https_slack.url,
            ssl_context=trusting(ca_file), proxy=url, max_retries=2, timeout=2.0,
        )  # fmt: skip
    err = info.value
    assert err.error == "proxy_error" and err.status_code == 407
    assert err.response is None
    assert len(auth.seen) == 1  # a 407 is not retried
    assert https_slack.connections == 0
    assert "may have been processed" not in str(err)
    for text in texts_of(err, caplog):
        assert PASSWORD not in text
        if password:
            assert password not in text and "dXNlcjp3cm9uZy1wdy03Nw" not in text


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize("status", [502, 503])
def test_proxy_refusal_is_retried_as_a_failed_connection(
    https_slack: HttpsFakeSlack,
    proxy_factory: Callable[..., ConnectProxy],
    ca_file: str,
    status: int,
) -> None:
    refusing = proxy_factory(str(status))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_add(  # a write: retried only because Slack was never reached
            TOKEN, "e", "https://j", base_url=https_slack.url,
            ssl_context=trusting(ca_file), proxy=refusing.url, max_retries=2,
            timeout=2.0,
        )  # fmt: skip
    err = info.value
    assert err.error == "proxy_error" and err.status_code == status
    assert "may have been processed" not in str(err)
    assert len(refusing.seen) == 3
    assert https_slack.connections == 0


@pytest.mark.usefixtures("env")
def test_refused_tunnel_leaves_no_socket_open(
    https_slack: HttpsFakeSlack, proxy_factory: Callable[..., ConnectProxy]
) -> None:
    # http.client before 3.11 leaves the proxy's answer open in _tunnel's
    # frame; kept alive by the exception chain in a reference cycle, it is
    # collected later with a ResourceWarning (an error under this suite's
    # filterwarnings) unless slack_calls closes it or clears those frames.
    refusing = proxy_factory("502")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(SlackCallsError) as info:
            slack_calls.calls_info(
                TOKEN, "R1", base_url=https_slack.url, proxy=refusing.url,
                max_retries=0, timeout=2.0,
            )  # fmt: skip
        cycle: list[Any] = [info]
        cycle.append(cycle)
        del info, cycle
        gc.collect()
    assert [str(w.message) for w in caught if w.category is ResourceWarning] == []


def test_proxy_down_is_a_connection_failure_retried(
    https_slack: HttpsFakeSlack,
    closed_port: int,
    caplog: pytest.LogCaptureFixture,
    env: pytest.MonkeyPatch,
) -> None:
    with caplog.at_level(logging.DEBUG, logger="slack_calls"), pytest.raises(
        SlackCallsError
    ) as info:
        slack_calls.calls_add(
            TOKEN, "e", "https://j", base_url=https_slack.url,
            proxy=f"http://127.0.0.1:{closed_port}", max_retries=1, timeout=2.0,
        )  # fmt: skip
    assert info.value.error == "connection_error"  # as any unreachable host
    assert info.value.status_code is None
    assert f"connecting to the proxy 127.0.0.1:{closed_port}: " in str(info.value)
    assert len([r for r in caplog.records if r.levelno == logging.DEBUG]) == 2
    assert https_slack.connections == 0


@pytest.mark.parametrize(
    ("status_line", "error"),
    [
        (b"HTTP/1.1 407 %s", "proxy_error"),  # in the reason phrase
        (b"HTTP/1.1 4x7 %s", "invalid_response"),  # in a line that is not HTTP
        (b"%s", "invalid_response"),
    ],
)
def test_a_proxy_reason_phrase_never_shows(
    caplog: pytest.LogCaptureFixture, status_line: bytes, error: str
) -> None:
    # A proxy that echoes Proxy-Authorization in its status line.
    def serve(conn: socket.socket) -> None:
        head = _read_head(conn).decode("latin-1")
        echoed = head.partition("Proxy-Authorization: ")[2].partition("\r\n")[0]
        line = status_line % echoed.encode()
        conn.sendall(line + b"\r\nContent-Length: 0\r\n\r\n")

    encoded = base64.b64encode(f"user:{PASSWORD}".encode()).decode()
    with raw_server(serve) as (url, accepted):
        port = int(url.split(":")[2].split("/")[0])
        with caplog.at_level(logging.DEBUG), pytest.raises(SlackCallsError) as info:
            slack_calls.calls_info(
                TOKEN, "R1", base_url="https://127.0.0.1:1/api/", timeout=2.0,
                proxy=f"http://user:{PASSWORD}@127.0.0.1:{port}", max_retries=0,
            )  # fmt: skip
    assert info.value.error == error
    assert len(accepted) == 1
    for text in texts_of(info.value, caplog):
        assert encoded not in text and encoded[:12] not in text
        assert PASSWORD not in text


@pytest.mark.usefixtures("env")
def test_tls_failure_through_a_proxy_is_a_tls_error(
    https_slack: HttpsFakeSlack, proxy: ConnectProxy
) -> None:
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_info(
            TOKEN, "R1", base_url=https_slack.url, proxy=proxy.url, max_retries=2,
            timeout=2.0,
        )  # fmt: skip
    assert info.value.error == "tls_error"
    assert len(proxy.seen) == 1 and https_slack.connections == 1
    assert SECRET.encode() not in proxy.everything()


@pytest.mark.parametrize(
    ("bad", "hint"),
    [
        ("https://127.0.0.1:3128", "http://"),
        (f"https://user:{PASSWORD}@127.0.0.1:3128", "http://"),
        ("http://", ""),
        ("http://:3128", ""),
        ("http://h:99999", ""),
        (f"http://user:{PASSWORD}@h:99999", ""),
        ("http://h:1/path?x", ""),
        ("socks5://h:1", ""),
        (f"socks5://user:{PASSWORD}@h:1", ""),
        ("http://h:0", "port"),
        (f"http://user:{PASSWORD}@[::1", "port"),
        ("http://a..b:3128", "port"),
        ("http://" + "a" * 64 + ".example:3128", "port"),
    ],
)
def test_bad_proxy_raises_value_error_before_sending(
    https_slack: HttpsFakeSlack, ca_file: str, bad: str, hint: str
) -> None:
    with pytest.raises(ValueError) as info:
        slack_calls.calls_info(
            TOKEN, "R1", base_url=https_slack.url, ssl_context=trusting(ca_file),
            proxy=bad,
        )  # fmt: skip
    message = str(info.value)
    assert "proxy" in message and hint in message
    assert PASSWORD not in message and PASSWORD not in repr(info.value)
    assert https_slack.connections == 0


@pytest.mark.parametrize("bad", [b"http://127.0.0.1:3128", 3128, ("127.0.0.1", 3128)])
def test_proxy_must_be_a_str(https_slack: HttpsFakeSlack, bad: Any) -> None:
    with pytest.raises(TypeError, match="proxy"):
        slack_calls.calls_info(TOKEN, "R1", base_url=https_slack.url, proxy=bad)
    assert https_slack.connections == 0


def test_plain_http_loopback_ignores_the_proxy_argument(
    slack: FakeSlack, proxy: ConnectProxy
) -> None:
    assert slack_calls.calls_info(
        TOKEN, "R1", base_url=slack.url, proxy=proxy.url, timeout=2.0
    ).success
    assert proxy.seen == []
    assert len(slack.requests) == 1


def test_malformed_proxy_variable_raises_naming_it(
    https_slack: HttpsFakeSlack, ca_file: str, env: pytest.MonkeyPatch
) -> None:
    env.setenv("https_proxy", "/nohost")
    reset_proxy_caches()
    with pytest.raises(ValueError) as info:
        slack_calls.calls_info(
            TOKEN, "R1", base_url=https_slack.url, ssl_context=trusting(ca_file)
        )
    assert "https_proxy" in str(info.value).lower()
    assert https_slack.connections == 0


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize("strict", [True, False])
def test_legacy_ca_needs_verify_x509_strict_cleared(
    legacy_https_slack: HttpsFakeSlack, legacy_ca_file: str, strict: bool
) -> None:
    context = trusting(legacy_ca_file)  # strict by default from Python 3.13
    if strict:
        context.verify_flags |= ssl.VERIFY_X509_STRICT
    else:
        context.verify_flags &= ~ssl.VERIFY_X509_STRICT

    def call() -> Any:
        return slack_calls.calls_info(
            TOKEN, "R1", base_url=legacy_https_slack.url, ssl_context=context,
            max_retries=2, timeout=2.0,
        )  # fmt: skip

    if strict:
        with pytest.raises(SlackCallsError) as info:
            call()
        assert info.value.error == "tls_error"
        assert "not marked critical" in str(info.value)
        assert legacy_https_slack.requests == []
        assert legacy_https_slack.connections == 1
    else:
        assert call().success


@pytest.mark.usefixtures("env")
def test_new_contexts_and_proxy_urls_per_call_do_not_pile_up(
    https_slack: HttpsFakeSlack, proxy: ConnectProxy, ca_file: str
) -> None:
    # A cache keyed by context or proxy URL must be bounded. Counted: the
    # contexts still alive, and memory allocated under slack_calls's frames
    # (the fake servers' records grow too, but in their own threads).
    contexts: list[weakref.ref[ssl.SSLContext]] = []

    def calls(start: int, stop: int) -> int:
        for i in range(start, stop):
            context = trusting(ca_file)
            contexts.append(weakref.ref(context))
            slack_calls.calls_info(
                TOKEN, "R1", base_url=https_slack.url, timeout=2.0,
                ssl_context=context, proxy=f"http://u{i}:p@127.0.0.1:{proxy.port}",
            )  # fmt: skip
        del context
        gc.collect()
        # Python 3.11 to 3.13 keep 100 to 250 bytes a connection that
        # tracemalloc traces to ssl.py (SSLSocket._create), with or without
        # slack_calls: left out. (filter_traces(all_frames=True) is slower.)
        return sum(
            trace.size
            for trace in tracemalloc.take_snapshot().traces
            if any(frame.filename == ours for frame in trace.traceback)
            and not any(frame.filename == ssl.__file__ for frame in trace.traceback)
        )

    ours = slack_calls.__file__
    tracemalloc.start(10)  # frames: enough to reach slack_calls's own
    try:
        # 150 first: urllib.parse.urlsplit's own cache (128 URLs, 3.11+) is
        # full by then, so its bounded growth is not counted.
        after_150 = calls(0, 150)
        after_300 = calls(150, 300)
    finally:
        tracemalloc.stop()
    assert len(proxy.seen) == 300
    assert sum(ref() is not None for ref in contexts) < 50
    # An unbounded cache of parsed proxy URLs would add 35 to 75 KB here.
    assert after_300 - after_150 < 16 * 1024, after_300 - after_150


# The command line...


@pytest.mark.usefixtures("env")
def test_cli_ca_file_and_proxy(
    https_slack: HttpsFakeSlack, proxy: ConnectProxy, ca_file: str
) -> None:
    result = run_cli(
        "--base-url", https_slack.url, "--ca-file", ca_file, "--proxy", proxy.url,
        "info", "R0123",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert '"id": "R0123"' in result.stdout
    assert len(proxy.request_lines) == 1 and len(https_slack.requests) == 1


@pytest.mark.usefixtures("env")
def test_cli_without_ca_file_fails_tls(https_slack: HttpsFakeSlack) -> None:
    result = run_cli("--base-url", https_slack.url, "info", "R0123")
    assert result.returncode == 1
    assert "tls_error" in result.stderr


@pytest.mark.usefixtures("env")
def test_cli_proxy_password_never_shows(
    proxy_factory: Callable[..., ConnectProxy],
) -> None:
    auth = proxy_factory("auth", credentials=("user", PASSWORD))
    dry = run_cli("--dry-run", "--proxy", auth.url_with("user", PASSWORD), "info", "R1")
    assert dry.returncode == 0, dry.stderr
    failed = run_cli(
        "-v", "--base-url", "https://127.0.0.1:1/api/", "--proxy",
        auth.url_with("user", "wrong-pw-77"), "--max-retries", "0", "info", "R1",
    )  # fmt: skip
    assert failed.returncode == 1
    assert "proxy_error" in failed.stderr and "407" in failed.stderr
    for text in (dry.stdout, dry.stderr, failed.stdout, failed.stderr):
        assert PASSWORD not in text and "wrong-pw-77" not in text
    assert auth.seen and auth.seen[0].request_line.startswith("CONNECT 127.0.0.1:1 ")


def test_a_connection_closed_mid_handshake_is_retried_like_a_refused_one() -> None:
    # An EOF during the TLS handshake (an overloaded balancer, a flaky
    # proxy) means nothing was sent: every method may try again.
    def serve(conn: socket.socket) -> None:
        conn.recv(4096)  # the ClientHello, then hang up

    with raw_server(serve) as (url, accepted):
        with pytest.raises(SlackCallsError) as info:
            slack_calls.calls_add(
                TOKEN, "e", "https://j", base_url=url.replace("http:", "https:"),
                timeout=2, max_retries=2,
            )  # fmt: skip
    assert info.value.error == "connection_error"
    assert "may have been processed" not in str(info.value)
    assert len(accepted) == 3


def test_an_unreachable_first_address_leaves_time_for_the_next(
    slack: FakeSlack, unanswered_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A broken IPv6 route in front of working IPv4, say: the name lookup
    # (simulated) gives an address that never answers, then the fake Slack.
    real = socket.getaddrinfo
    dead = int(unanswered_url.split(":")[2].split("/", maxsplit=1)[0])
    live = slack.server_address[1]

    def two(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        return real(host, dead, *args, **kwargs) + real(host, live, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", two)
    started = time.monotonic()
    response = slack_calls.calls_add(
        TOKEN, "e", "https://j", base_url=unanswered_url, timeout=1.0, max_retries=0
    )
    assert response.success and len(slack.requests) == 1
    assert time.monotonic() - started < 1.0 + HOSTILE_MARGIN


def test_what_a_server_writes_reaches_a_message_as_one_printable_line(
    fake: Fake,
) -> None:
    fake.clear()
    fake.raw.append(Raw([b"XTTP/1.1 200 OK\x1b[31m\r\nX: y\r\n\r\n"]))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_end(TOKEN, "R1", base_url=fake.url)
    assert info.value.error == "connection_error"
    assert str(info.value).isprintable()
    fake.reply(
        Reply(
            data={
                "ok": False,
                "error": "bad\nline",
                "response_metadata": {"messages": ["[ERROR] a\r\nb"]},
            }
        )
    )
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_end(TOKEN, "R1", base_url=fake.url)
    assert info.value.error == "bad\nline"  # the code itself is kept as sent
    assert str(info.value).isprintable()


def test_no_proxy_names_ipv6_hosts_in_brackets_as_urllib_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("https_proxy", "no_proxy", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    slack_calls._env_proxies.cache_clear()
    try:
        assert slack_calls._route("::1", 443) == ("proxy.example", 3128, None)
        monkeypatch.setenv("NO_PROXY", "[::1]")
        assert slack_calls._route("::1", 443) is None
    finally:
        slack_calls._env_proxies.cache_clear()
