"""Download a page for reading, within one deadline and the size limit, so a bad URL or a
slow server cannot hang us: the deadline covers connecting and every read together, and
redirects are followed only to http(s), a few times."""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO, Any

from claims.errors import InputError
from claims.limits import MAX_BYTES, too_large

TIMEOUT_SECONDS = 15.0
MAX_REDIRECTS = 5
_CHUNK = 1 << 16
_USER_AGENT = "claimdiff (article comparison; +https://pypi.org/project/claimdiff/)"


@dataclass(frozen=True)
class Page:
    """The body of a response and what the server said it is."""

    url: str
    body: bytes
    content_type: str
    charset: str | None


class _WebRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to http or https (never to ftp: or file:), at most
    MAX_REDIRECTS times, each new request given only what is left of the deadline."""

    max_redirections = MAX_REDIRECTS

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage, newurl: str
    ) -> urllib.request.Request | None:
        if not newurl.lower().startswith(("http://", "https://")):
            raise InputError(f"{req.full_url}: redirected to {newurl}, which is not a web page; not followed")
        following = super().redirect_request(req, fp, code, msg, headers, newurl)
        if following is not None:
            following.timeout = max(0.01, self.deadline - time.monotonic())
        return following


def fetch(url: str, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES) -> Page:
    """GET a URL; every failure becomes one InputError line that names the URL."""
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept": "text/html, text/plain, */*"})
    deadline = time.monotonic() + timeout
    opener = urllib.request.build_opener(_WebRedirects(deadline))
    try:
        with opener.open(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise too_large(url, max_bytes, int(declared))
            body = _read_body(response, url, deadline, timeout, max_bytes)
            return Page(
                url=response.geturl(),
                body=body,
                content_type=response.headers.get_content_type(),
                charset=response.headers.get_content_charset(),
            )
    except urllib.error.HTTPError as error:
        if 300 <= error.code < 400:
            raise InputError(f"{url}: redirected more than {MAX_REDIRECTS} times (a redirect loop?)") from None
        raise InputError(f"{url}: server answered HTTP {error.code} {_one_line(error.reason)}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise InputError(f"{url}: no answer within {timeout:g} s") from None
        raise InputError(f"{url}: cannot fetch ({_one_line(reason)})") from None
    except TimeoutError:
        raise InputError(f"{url}: no answer within {timeout:g} s") from None
    except (OSError, ValueError) as error:
        raise InputError(f"{url}: cannot fetch ({_one_line(error)})") from None


def _read_body(response: Any, url: str, deadline: float, timeout: float, max_bytes: int) -> bytes:
    """The body, read in chunks, each allowed only what is left of the deadline."""
    sock = _socket_of(response)
    chunks: list[bytes] = []
    size = 0
    while True:
        remaining = deadline - time.monotonic()
        if sock is not None and remaining > 0:
            sock.settimeout(remaining)
        try:
            if remaining <= 0:
                raise TimeoutError
            chunk = response.read1(_CHUNK)
        except TimeoutError:
            raise InputError(f"{url}: not all of the page arrived within {timeout:g} s") from None
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise too_large(url, max_bytes)


def _socket_of(response: Any) -> socket.socket | None:
    """The socket under an http.client response (None if the library ever hides it): its
    timeout is per read, so the deadline is kept by shortening it before each one."""
    raw = getattr(getattr(response, "fp", None), "raw", None)
    sock = getattr(raw, "_sock", None)
    return sock if isinstance(sock, socket.socket) else None


def _one_line(reason: object) -> str:
    return " ".join(str(reason).split())
