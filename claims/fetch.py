"""Download a page for reading, with a time limit and a size cap so a bad URL cannot hang us."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass

from claims.errors import InputError

TIMEOUT_SECONDS = 15.0
MAX_BYTES = 10 * 1024 * 1024
_USER_AGENT = "claimdiff (article comparison; +https://pypi.org/project/claimdiff/)"


@dataclass(frozen=True)
class Page:
    """The body of a response and what the server said it is."""

    url: str
    body: bytes
    content_type: str
    charset: str | None


def fetch(url: str, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES) -> Page:
    """GET a URL; every failure becomes one InputError line that names the URL."""
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept": "text/html, text/plain, */*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise InputError(f"{url}: page is larger than {max_bytes // (1024 * 1024)} MiB")
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise InputError(f"{url}: page is larger than {max_bytes // (1024 * 1024)} MiB")
            return Page(
                url=response.geturl(),
                body=body,
                content_type=response.headers.get_content_type(),
                charset=response.headers.get_content_charset(),
            )
    except urllib.error.HTTPError as error:
        raise InputError(f"{url}: server answered HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise InputError(f"{url}: no answer within {timeout:g} s") from None
        raise InputError(f"{url}: cannot fetch ({reason})") from None
    except TimeoutError:
        raise InputError(f"{url}: no answer within {timeout:g} s") from None
    except (OSError, ValueError) as error:
        raise InputError(f"{url}: cannot fetch ({error})") from None
