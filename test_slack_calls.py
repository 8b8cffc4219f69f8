# SPDX-License-Identifier: MIT
"""Tests for slack_calls against a fake Slack served on 127.0.0.1.

The fake speaks real HTTP through http.server, so urllib's whole stack,
headers and encodings are exercised. Tests script its answers with
``slack.reply(...)`` and read what crossed the socket from
``slack.requests``.
"""

from __future__ import annotations

import datetime
import email.utils
import http.server
import json
import logging
import os
import pathlib
import pickle
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

import pytest

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

    def _serve(self) -> None:
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
            reply = self.server.replies.pop(0) if self.server.replies else Reply()
        if reply.delay:
            self.server.release.wait(reply.delay)
        if reply.drop:
            self.close_connection = True
            return
        body = reply.body
        if body is None:
            data = reply.data if reply.data is not None else self._slack(seen)
            body = json.dumps(data).encode()
        self.send_response(reply.status)
        headers = {"Content-Type": "application/json; charset=utf-8"}
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

    def _slack(self, seen: Seen) -> dict[str, Any]:
        """Answer as Slack does: check the token, then the arguments."""
        auth = seen.headers.get("authorization", "")
        if not auth.startswith("Bearer "):
            return {"ok": False, "error": "not_authed"}
        if auth[len("Bearer ") :] not in self.server.tokens:
            return {"ok": False, "error": "invalid_auth"}
        args = seen.query if seen.command == "GET" else seen.form
        if seen.method in ("calls.add", "calls.info", "calls.update", "calls.end"):
            return {"ok": True, "call": _call_object(seen.method, args)}
        if seen.method.startswith("calls.participants."):
            return {"ok": True}
        return {"ok": False, "error": "unknown_method"}


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    server = FakeSlack()
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()
    thread.join()


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


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b'{"ok": true, "call": {"id": ', "not JSON"),
        (b"<html>maintenance</html>", "not JSON"),
        (b'[{"ok": true}]', "not a JSON object"),
        (b'"ok"', "not a JSON object"),
        (b"", "not a JSON object"),
        (b"\xff\xfe\x00garbage", "not JSON"),
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


def test_oversized_body_declared(slack: FakeSlack) -> None:
    slack.reply(Reply(body=b"{}", headers={"Content-Length": str(50 * 1024 * 1024)}))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_info(TOKEN, "R1", **settings(slack))
    assert (info.value.error, info.value.status_code) == ("response_too_large", 200)


def test_oversized_body_streamed_without_length(slack: FakeSlack) -> None:
    huge = b'{"ok": true, "pad": "' + b"x" * (3 * 1024 * 1024) + b'"}'
    slack.reply(Reply(body=huge, headers={"Content-Length": "", "Connection": "close"}))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_info(TOKEN, "R1", **settings(slack))
    assert (info.value.error, info.value.status_code) == ("response_too_large", 200)
    assert len(slack.requests) == 1


def test_redirect_is_refused_and_token_stays_home(slack: FakeSlack) -> None:
    other = FakeSlack()
    thread = threading.Thread(target=other.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        for status in (301, 302, 307, 308):
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
        assert len(slack.requests) == 4
    finally:
        other.shutdown()
        other.server_close()


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
    assert isinstance(err.__cause__, OSError)
    attempts = [r for r in caplog.records if r.levelno == logging.DEBUG]
    retries = [r for r in caplog.records if r.levelno == logging.INFO]
    assert len(attempts) == 3 and len(retries) == 2


def test_refused_connection_then_success(
    slack: FakeSlack, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first connect is refused by the kernel; the retry finds Slack up.
    real = socket.create_connection
    calls = []

    def flaky(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
        calls.append(address)
        if len(calls) == 1:
            raise ConnectionRefusedError(111, "Connection refused")
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", flaky)
    response = slack_calls.calls_add(TOKEN, "e", "https://j", **settings(slack))
    assert response.success
    assert len(calls) == 2 and len(slack.requests) == 1


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
    assert isinstance(info.value.__cause__.reason, socket.gaierror)  # type: ignore[union-attr]


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
    assert all(SECRET not in repr(seen) for seen in slack.requests)


def test_connect_timeout_is_retried(caplog: pytest.LogCaptureFixture) -> None:
    # A listener that never accepts, with its backlog full, leaves further
    # connection attempts unanswered until they time out.
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
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/api/"
        with caplog.at_level(logging.INFO, logger="slack_calls"), pytest.raises(
            SlackCallsError
        ) as info:
            slack_calls.calls_add(
                TOKEN, "e", "https://j", base_url=url, timeout=0.2, max_retries=1
            )
    finally:
        for sock in [*fillers, listener]:
            sock.close()
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


@pytest.mark.parametrize("header", [None, "soon", "-5", "nan"])
def test_missing_or_unreadable_retry_after_means_one_second(
    slack: FakeSlack, header: str | None
) -> None:
    headers = {} if header is None else {"Retry-After": header}
    slack.reply(Reply(status=429, body=b"", headers=headers))
    with pytest.raises(SlackCallsError) as info:
        slack_calls.calls_end(TOKEN, "R1", **settings(slack, max_retries=0))
    assert info.value.retry_after == 1.0


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
        ("users ok but base_url int", lambda s: f.calls_participants_add(TOKEN, "R1", ok_users, **{**s, "base_url": 5}), TypeError, "base_url"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "call", "exc_type", "param"),
    _bad_calls(),
    ids=[c[0] for c in _bad_calls()],
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
    ],
)
def test_bad_base_url_is_refused(slack: FakeSlack, url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        slack_calls.calls_info(TOKEN, "R1", base_url=url)
    assert slack.requests == []


def test_loopback_http_hosts_are_allowed(slack: FakeSlack) -> None:
    port = slack.server_address[1]
    for host in ("127.0.0.1", "localhost", "127.1.2.3"):
        if host == "127.1.2.3":
            continue  # the fake listens on 127.0.0.1 only; checked below
        url = f"http://{host}:{port}/api/"
        assert slack_calls.calls_info(TOKEN, "R1", base_url=url).success
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


def test_module_contract() -> None:
    assert sorted(slack_calls.__all__) == sorted(
        [
            "DEFAULT_MAX_RETRIES",
            "DEFAULT_TIMEOUT",
            "GOVSLACK_API_URL",
            "SLACK_API_URL",
            "ApiResponse",
            "SlackCallsError",
            "calls_add",
            "calls_end",
            "calls_info",
            "calls_participants_add",
            "calls_participants_remove",
            "calls_update",
        ]
    )
    assert slack_calls.SLACK_API_URL == "https://slack.com/api/"
    assert slack_calls.GOVSLACK_API_URL == "https://slack-gov.com/api/"


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
    assert json.loads(real.stdout) == json.loads(real.stdout.strip())
    assert real.stdout.startswith('{\n  "ok": true')
    assert real.stderr == ""


def test_cli_success_prints_slacks_answer(slack: FakeSlack) -> None:
    result = run_cli("--base-url", slack.url, "info", "R77", module=True)
    assert result.returncode == 0
    assert json.loads(result.stdout) == {
        "ok": True,
        "call": _call_object("calls.info", {"id": "R77"}),
    }


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
        (["add", "", "https://j"], "external_unique_id must not be empty"),
        (["--base-url", "http://slack.com/api/", "info", "R1"], "base_url must use https://"),
        (["info"], "the following arguments are required: ID"),
        (["launch", "R1"], "invalid choice"),
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


def test_cli_bad_token_is_refused_without_echoing_it() -> None:
    result = run_cli("--dry-run", "info", "R1", token=TOKEN + " trailing")
    assert result.returncode == 2
    assert "token must be printable ASCII without whitespace" in result.stderr


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
    ],
)
def test_cli_help_for_each_command(command: str, words: list[str]) -> None:
    result = run_cli(command, "--help", token=None)
    assert result.returncode == 0
    for word in words:
        assert word in result.stdout
