"""A local stand-in for Telegram's Bot API over real HTTP, for end-to-end tests and benchmarks.

It keeps a queue of updates that tests push (as a user would send them), answers getUpdates
(long polling, at most `limit` updates at a time, as Telegram) from that queue, and records what the
bot sends, through the API or as the answer to a webhook request, and every request with its time.
Faults can be injected: `fault` decides per request (a status such as 429 with retry_after, 403 or
500, a hang, or a slow but good answer), and chats in `blocked` get 403 as from a person who blocked the bot. Requests
inside a retry_after window that the fake has given are recorded in `inside_windows` (those in
its first IN_FLIGHT seconds, sent before the bot could know, in `in_flight`).
Files go both ways: a user sends a document (`user_document`), which the bot fetches with getFile
and a download from `/file/bot<token>/<path>`, as from Telegram; documents the bot sends
(sendDocument, a multipart upload) are recorded in `sent` with their bytes under "document".
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

BOT_USER = {
    "id": 999000,
    "is_bot": True,
    "first_name": "Lotse",
    "username": "lotse_test_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}


# Seconds after a 429 in which a request may still have been sent before the bot could read it: an
# event loop busy with other updates reads the answer late (66-69 ms seen on a loaded machine), a
# request released before the 429 may still wait for a free connection (250-500 ms seen under load),
# and this server, sharing two cores with the test's threads, reads a request late (three requests
# 0.5-1 s late seen in CI; three 1-1.1 s late in a CI run beside another full test run). Tests that
# check windows give retry_after of at least 4 s.
IN_FLIGHT = 2.0


@dataclass(frozen=True)
class Fault:
    """What the fake does instead of answering at once: an error status, holding the request `hang`
    seconds (then 504), or answering as usual after `delay` seconds."""

    status: int = 0
    retry_after: int = 0
    hang: float = 0.0
    delay: float = 0.0


class FakeBotApi:
    def __init__(self, token: str = "123:TEST") -> None:
        self.token = token
        self.updates: list[dict] = []
        self.sent: list[dict] = []
        self.calls: list[str] = []
        self.last_sent = 0.0  # time.monotonic() of the last message the bot sent
        self.webhook: dict = {}  # what the bot registered with setWebhook (url, secret_token, ...)
        self.requests: list[tuple[float, str, object]] = []  # (time.monotonic(), method, chat_id)
        self.count: Counter[int] = Counter()  # messages sent, per chat
        self.fault: Callable[[str, dict], Fault | None] = lambda method, params: None
        self.blocked: set[int] = set()
        self.windows: list[tuple[float, float]] = []  # retry_after windows given
        self.inside_windows: list[tuple[float, str]] = []
        self.in_flight: list[tuple[float, str]] = []  # inside a window, but too early for the bot to know
        self.files: dict[str, bytes] = {}  # file_id -> content, of documents users sent
        self.menus: list[dict] = []  # setMyCommands' parameters
        self._next_update = 1
        self._next_message = 1
        self._lock = threading.Condition()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    def __enter__(self) -> FakeBotApi:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    # ---------------------------------------------------------------- what a user does
    def user_message(self, chat_id: int, text: str, language_code: str = "de") -> None:
        self._push(self.message_update(chat_id, text, language_code))

    def deliver(self, update: dict) -> None:
        """Any update, as Telegram would deliver it (for polling; its update_id is set here), e.g. one
        a test built from message_update() with a changed sender."""
        self._push(update)

    def message_update(self, chat_id: int, text: str, language_code: str = "de", chat_type: str = "private") -> dict:
        """The update Telegram would deliver for this message (for polling, or to post to a webhook)."""
        message = self._message(chat_id, language_code, text=text, chat_type=chat_type)
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return {"update_id": 0, "message": message}

    def user_document(
        self, chat_id: int, file_name: str, content: bytes, caption: str = "", file_size: int | None = None
    ) -> None:
        """A file sent into the chat; `file_size` as Telegram states it (default: the content's)."""
        file_id = f"file-{len(self.files) + 1}"
        self.files[file_id] = content
        document = {
            "file_id": file_id,
            "file_unique_id": file_id,
            "file_name": file_name,
            "file_size": len(content) if file_size is None else file_size,
        }
        extra = {"caption": caption} if caption else {}
        self._push({"message": self._message(chat_id, "de", document=document, **extra)})

    def user_location(self, chat_id: int, lat: float, lon: float) -> None:
        self._push({"message": self._message(chat_id, "de", location={"latitude": lat, "longitude": lon})})

    def user_presses(self, chat_id: int, data: str) -> None:
        self._push(self.button_update(chat_id, data))

    def button_update(self, chat_id: int, data: str) -> dict:
        """The update Telegram would deliver when the user presses an inline button."""
        return {
            "update_id": 0,
            "callback_query": {
                "id": str(self._next_message),
                "from": self._user(chat_id, "de"),
                "chat_instance": str(chat_id),
                "data": data,
                "message": self._message(chat_id, "de", text="…", from_bot=True),
            },
        }

    def wait_for_messages(self, chat_id: int, count: int, timeout: float = 15.0) -> list[dict]:
        """Wait until the bot has sent `count` messages to the chat in total; return them all."""
        self.wait_for_count(chat_id, count, timeout)
        with self._lock:
            return self.messages_to(chat_id)

    def wait_for_count(self, chat_id: int, count: int, timeout: float = 15.0) -> None:
        deadline = time.monotonic() + timeout
        with self._lock:
            while self.count[chat_id] < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"bot sent {self.count[chat_id]} of {count} messages")
                self._lock.wait(left)

    def webhook_answered(self, body: bytes) -> None:
        """What Telegram does with a webhook's answer: run the Bot API method in it, if any."""
        if body.strip():
            payload = json.loads(body)
            self._answer(payload.pop("method"), payload)

    def messages_to(self, chat_id: int) -> list[dict]:
        return [m for m in self.sent if int(m["chat_id"]) == chat_id]

    def calls_for(self, chat_id: int, method: str) -> int:
        with self._lock:
            return sum(1 for _, name, chat in self.requests if name == method and str(chat) == str(chat_id))

    # ---------------------------------------------------------------- internals
    def _user(self, chat_id: int, language_code: str) -> dict:
        return {"id": chat_id, "is_bot": False, "first_name": "Test", "language_code": language_code}

    def _message(
        self, chat_id: int, language_code: str, from_bot: bool = False, chat_type: str = "private", **content
    ) -> dict:
        self._next_message += 1
        chat = {"id": chat_id, "type": chat_type} | ({} if chat_type == "private" else {"title": "Gruppe"})
        return {
            "message_id": self._next_message,
            "date": int(time.time()),
            "chat": chat,
            "from": BOT_USER if from_bot else self._user(chat_id, language_code),
            **content,
        }

    def _push(self, update: dict) -> None:
        with self._lock:
            update["update_id"] = self._next_update
            self._next_update += 1
            self.updates.append(update)
            self._lock.notify_all()

    def _record(self, method: str, params: dict) -> Fault | None:
        """Note the request and its time, and what fault (if any) answers it."""
        now = time.monotonic()
        with self._lock:
            self.requests.append((now, method, params.get("chat_id")))
            if method != "getUpdates" and any(start + IN_FLIGHT < now < end for start, end in self.windows):
                self.inside_windows.append((now, method))
            elif method != "getUpdates" and any(start < now < end for start, end in self.windows):
                self.in_flight.append((now, method))
        if method in ("getMe", "getUpdates"):
            return None
        if method == "sendMessage" and int(params["chat_id"]) in self.blocked:
            return Fault(403)
        fault = self.fault(method, params)
        if fault and fault.status == 429:
            with self._lock:
                self.windows.append((now, now + fault.retry_after))
        return fault

    def _answer(self, method: str, params: dict):
        self.calls.append(method)
        if method == "getMe":
            return BOT_USER
        if method == "setWebhook":
            self.webhook = params
        if method == "setMyCommands":
            self.menus.append(params)
        if method == "getUpdates":
            offset = int(params.get("offset") or 0)
            limit = int(params.get("limit") or 100)
            timeout = min(float(params.get("timeout") or 0), 1.0)
            deadline = time.monotonic() + timeout
            with self._lock:
                self.updates = [u for u in self.updates if u["update_id"] >= offset]  # confirmed: gone, as at Telegram
                while True:
                    pending = [u for u in self.updates if u["update_id"] >= offset][:limit]
                    if pending or time.monotonic() >= deadline:
                        return pending
                    self._lock.wait(max(0.0, deadline - time.monotonic()))
        if method == "getFile":
            file_id = params["file_id"]
            size, path = len(self.files[file_id]), f"documents/{file_id}"
            return {"file_id": file_id, "file_unique_id": file_id, "file_size": size, "file_path": path}
        if method in ("sendMessage", "sendDocument"):
            with self._lock:
                markup = params.get("reply_markup")
                record = {
                    "chat_id": params["chat_id"],
                    "text": params.get("text") or params.get("caption") or "",
                    "reply_markup": json.loads(markup) if isinstance(markup, str) else markup,
                    "at": time.monotonic(),
                }
                if method == "sendDocument":
                    record["document"] = params["document"]  # (file name, bytes)
                self.sent.append(record)
                self.count[int(params["chat_id"])] += 1
                self.last_sent = time.monotonic()
                self._lock.notify_all()
            chat_id = int(params["chat_id"])
            return self._message(chat_id, "de", from_bot=True, text=record["text"])
        return True

    def _download(self, path: str) -> bytes | None:
        """A user's file, at the address getFile gave."""
        prefix = f"/file/bot{self.token}/documents/"
        return self.files.get(path.removeprefix(prefix)) if path.startswith(prefix) else None

    def _handler(self):
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as Telegram's servers
            disable_nagle_algorithm = True  # headers and body go out in two writes

            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                kind = self.headers.get("Content-Type", "")
                if self.path.startswith("/file/"):
                    content = api._download(self.path)
                    self._send(200 if content is not None else 404, content or b"", "application/octet-stream")
                    return
                if "multipart/form-data" in kind:
                    params = _form(kind, body)
                elif "json" in kind:
                    params = json.loads(body or b"{}")
                else:
                    params = {k: v[0] for k, v in parse_qs(body.decode()).items()}
                method = self.path.rsplit("/", 1)[-1]
                if not self.path.startswith(f"/bot{api.token}/"):
                    self._reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
                    return
                fault = api._record(method, params)
                if fault and fault.delay:
                    time.sleep(fault.delay)
                    fault = None
                if fault and fault.hang:
                    time.sleep(fault.hang)  # the bot has given up waiting by now
                    fault = Fault(504)
                if fault:
                    error = {"ok": False, "error_code": fault.status, "description": f"injected {fault.status}"}
                    if fault.retry_after:
                        error["parameters"] = {"retry_after": fault.retry_after}
                    self._reply(fault.status, error)
                    return
                self._reply(200, {"ok": True, "result": api._answer(method, params)})

            do_GET = do_POST  # noqa: N815

            def _reply(self, status: int, payload: dict) -> None:
                self._send(status, json.dumps(payload).encode(), "application/json")

            def _send(self, status: int, data: bytes, kind: str) -> None:
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", kind)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the bot was stopped during a long poll

            def log_message(self, *args) -> None:
                pass

        return Handler


def _form(kind: str, body: bytes) -> dict:
    """A multipart/form-data body: text fields as strings, files as (file name, bytes)."""
    message: Message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {kind}\r\n\r\n".encode() + body)
    params: dict = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        content = part.get_payload(decode=True)
        filename = part.get_filename()
        params[name] = (filename, content) if filename is not None else content.decode()
    return params
