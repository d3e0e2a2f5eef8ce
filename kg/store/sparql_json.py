"""SPARQL 1.1 JSON results read as a stream: rows come out while the answer still arrives.

The answer comes as chunks of bytes. The reader keeps only what it has not read yet, so a
long answer costs the memory of one chunk and one binding, not of the whole body. Only the
shape SPARQL results have is accepted, with its members in any order:

  {"head": {"vars": ["x", ...]}, "results": {"bindings": [{"x": {...}}, ...]}}
  {"head": {}, "boolean": true}

A server that sends "results" before "head" gets its rows kept back until the head has come
(the variables are needed to read a row). Anything else raises ShapeError saying what is
wrong; inside the rows that happens when the bad row is reached, so a caller may already have
used the rows before it.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterator
from typing import Any

_DECODER = json.JSONDecoder()
_SPACE = " \t\r\n"
KEEP_READ = 1 << 16  # characters already read are dropped once this many have piled up


class ShapeError(Exception):
    """An answer that is not SPARQL JSON results (not JSON, or another shape)."""


class _Reader:
    """JSON values read one at a time from a stream of byte chunks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._utf8 = codecs.getincrementaldecoder("utf-8")()
        self.text = ""
        self.pos = 0
        self.ended = False

    def close(self) -> None:
        close = getattr(self._chunks, "close", None)
        if close is not None:
            close()

    def _next_text(self) -> str:
        """The text of the next chunk that has any; "" at the end of the answer."""
        while not self.ended:
            chunk = next(self._chunks, None)
            try:
                text = self._utf8.decode(b"", final=True) if chunk is None else self._utf8.decode(chunk)
            except UnicodeDecodeError:
                raise ShapeError("it is not UTF-8 text") from None
            self.ended = chunk is None
            if text:
                return text
        return ""

    def _append(self, pieces: list[str]) -> None:
        if self.pos > KEEP_READ:
            self.text, self.pos = self.text[self.pos:], 0  # what is read is dropped
        self.text = "".join([self.text, *pieces])

    def _more(self) -> bool:
        """Read the next chunk; False at the end of the answer."""
        text = self._next_text()
        if text:
            self._append([text])
        return bool(text)

    def _more_than(self, unread: int) -> bool:
        """Read on until the unread text has doubled (or the answer ended), joined once: a value
        cut off by a chunk's end is tried again after twice as much, so one huge value costs
        linear time, not a new attempt (and a new copy) per chunk."""
        pieces, size = [], 0
        while size < max(unread, 1):
            text = self._next_text()
            if not text:
                break
            pieces.append(text)
            size += len(text)
        if pieces:
            self._append(pieces)
        return bool(pieces)

    def peek(self) -> str:
        """The next character that is not white space ("" at the end), not consumed."""
        while True:
            while self.pos < len(self.text) and self.text[self.pos] in _SPACE:
                self.pos += 1
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self._more():
                return ""

    def take(self, char: str, problem: str) -> None:
        if self.peek() != char:
            raise ShapeError(problem)
        self.pos += 1

    def value(self) -> Any:
        """The next whole JSON value."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.text, self.pos)
            except RecursionError:
                raise ShapeError("it is nested too deeply") from None
            except ValueError as exc:
                if self._more_than(len(self.text) - self.pos):
                    continue  # the value goes on in the next chunks
                raise ShapeError(str(exc)[:120]) from None
            if end == len(self.text) and isinstance(value, (int, float)) and not isinstance(value, bool) \
                    and self._more():
                continue  # a number at the end of a chunk may go on in the next (nothing else can)
            self.pos = end
            return value

    def members(self, problem: str) -> Iterator[str]:
        """The keys of the object that starts here; the caller reads each key's value."""
        self.take("{", problem)
        first = True
        while True:
            if self.peek() == "}":
                self.pos += 1
                return
            if not first:
                self.take(",", "it is not well-formed JSON (a comma is missing)")
            key = self.value()
            if not isinstance(key, str):
                raise ShapeError("it is not well-formed JSON (an object's key is not a string)")
            self.take(":", "it is not well-formed JSON (a colon is missing)")
            first = False
            yield key


Row = tuple[Any, ...]


def read_results(chunks: Iterator[bytes], make_term: Callable[[object], Any],
                 order: list[str] | None = None) -> tuple[list[str], Iterator[Row]] | bool:
    """The variables and a lazy iterator of rows (each term made by make_term, None where a
    variable is unbound), or the boolean of an ASK answer. The rows close `chunks` when they
    end, however they end. Variables come in `order` when the server names the same set."""
    reader = _Reader(chunks)
    try:
        if reader.peek() != "{":
            raise ShapeError("the answer is not a JSON object")
        variables: list[str] | None = None
        kept: list[Any] | None = None  # bindings that came before the head
        top = reader.members("the answer is not a JSON object")
        for key in top:
            if key == "head":
                variables = _variables(reader.value(), order)
            elif key == "boolean":
                boolean = reader.value()
                if not isinstance(boolean, bool):
                    raise ShapeError("its boolean is not true or false")
                reader.close()
                return boolean
            elif key == "results":
                if variables is None:
                    kept = _bindings_whole(reader.value())
                    continue
                return variables, _rows(reader, top, variables, make_term)
            else:
                reader.value()  # a member SPARQL results do not define ("link"): passed over
        if variables is None or kept is None:
            raise ShapeError("it has no head and results objects")
        reader.close()
        return variables, iter([_row(b, variables, make_term) for b in kept])
    except BaseException:
        reader.close()
        raise


def _variables(head: object, order: list[str] | None) -> list[str]:
    if not isinstance(head, dict):
        raise ShapeError("it has no head and results objects")
    names = head.get("vars", [])
    if not isinstance(names, list) or not all(isinstance(v, str) for v in names):
        raise ShapeError("its head.vars is not a list of names")
    return list(order) if order is not None and sorted(order) == sorted(names) else names


def _bindings_whole(results: object) -> list[Any]:
    if not isinstance(results, dict):
        raise ShapeError("it has no head and results objects")
    bindings = results.get("bindings")
    if not isinstance(bindings, list):
        raise ShapeError("its results.bindings is not a list")
    return bindings


def _row(binding: object, variables: list[str], make_term: Callable[[object], Any]) -> Row:
    if not isinstance(binding, dict):
        raise ShapeError("a result is not an object")
    return tuple(make_term(binding[v]) if v in binding else None for v in variables)


def _rows(reader: _Reader, top: Iterator[str], variables: list[str], make_term: Callable[[object], Any]) -> Iterator[Row]:
    """The bindings one by one as they arrive, then the rest of the answer read to its end."""
    try:
        found = False
        for key in reader.members("it has no head and results objects"):
            if key != "bindings":
                reader.value()  # "distinct", "ordered" and the like
                continue
            found = True
            reader.take("[", "its results.bindings is not a list")
            first = True
            while reader.peek() != "]":
                if not first:
                    reader.take(",", "it is not well-formed JSON (a comma is missing)")
                yield _row(reader.value(), variables, make_term)
                first = False
            reader.pos += 1
        if not found:
            raise ShapeError("its results.bindings is not a list")
        for _ in top:
            reader.value()  # members after "results" ("link"); a boolean here is not looked for
        if reader.peek():
            raise ShapeError("it is not well-formed JSON (text after the answer)")
    finally:
        reader.close()
