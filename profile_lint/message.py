"""Messages as data: an English message id and named parameters, rendered later.

A rule never writes a finished sentence. It yields `Msg("The post has %(count)d
hashtags.", count=7)`: the id is the English text with named placeholders (Python's
`%(name)d`, `%(name)s`), the parameters are values. The output layer renders the message
in the output language from the gettext catalogs (`profile_lint.i18n`): numbers and dates
as that language writes them, a parameter that is itself a `Msg` in the same language.

`Plural(singular, plural, n="count", ...)` is a message with a plural form, chosen by the
parameter `n` names, by the plural rule of the output language (French: 0 and 1 are
singular). Babel extracts both (`pybabel extract -k Msg -k Plural:1,2`; the keywords
differ because Babel's extractor counts keyword arguments as positional ones).

A message is a plain value: it compares equal on its id and parameters, so tests compare
those, not sentences, and the result cache stores them (`to_data`, `from_data`), so a
cached result renders in any language.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, Union

Param = Union[str, int, float, date, "Msg"]


class Msg:
    """A message id (English, with `%(name)s` placeholders) and its parameters."""

    __slots__ = ("id", "n", "params", "plural")

    id: str
    plural: str | None
    n: str | None
    params: tuple[tuple[str, Param], ...]

    def __init__(self, id: str, /, **params: Param) -> None:
        _set(self, id, None, None, params)

    @property
    def args(self) -> dict[str, Param]:
        return dict(self.params)

    def bind(self, **params: Param) -> Msg:
        """This message with more parameters: a message declared once (a module-level
        constant, which Babel extracts) filled in where it is used."""
        return _rebuild(self.id, self.plural, self.n, {**self.args, **params})

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("a message is immutable")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Msg):
            return NotImplemented
        return (self.id, self.plural, self.n, self.params) == (
            other.id,
            other.plural,
            other.n,
            other.params,
        )

    def __hash__(self) -> int:
        return hash((self.id, self.plural, self.n, self.params))

    def __reduce__(self) -> tuple[Any, ...]:  # pickled to and from --jobs workers
        return (_rebuild, (self.id, self.plural, self.n, self.args))

    def __repr__(self) -> str:
        args = "".join(f", {k}={v!r}" for k, v in self.params)
        if self.plural is None:
            return f"Msg({self.id!r}{args})"
        return f"Plural({self.id!r}, {self.plural!r}, n={self.n!r}{args})"

    def english(self) -> str:
        """The message in English without a catalog (for logs and debugging; outputs
        render through `profile_lint.i18n`)."""
        values = {k: v.english() if isinstance(v, Msg) else v for k, v in self.params}
        text = self.id
        if self.plural is not None and values.get(self.n or "") != 1:
            text = self.plural
        return text % values if values else text.replace("%%", "%")

    def to_data(self) -> dict[str, Any]:
        """A JSON-ready form (the cache stores it): dates and nested messages tagged."""
        out: dict[str, Any] = {"id": self.id}
        if self.plural is not None:
            out["plural"] = self.plural
            out["n"] = self.n
        if self.params:
            out["params"] = {k: _encode(v) for k, v in self.params}
        return out

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Msg:
        """The message `to_data` gave; raises ValueError on anything else."""
        if not isinstance(data, Mapping) or not isinstance(data.get("id"), str):
            raise ValueError(f"not a message: {data!r}")
        params = {str(k): _decode(v) for k, v in (data.get("params") or {}).items()}
        plural, n = data.get("plural"), data.get("n")
        if plural is not None and not (isinstance(plural, str) and isinstance(n, str)):
            raise ValueError(f"not a message: {data!r}")
        return _rebuild(data["id"], plural, n, params)


def Plural(singular: str, plural: str, /, n: str = "count", **params: Param) -> Msg:
    """A message with a plural form; the parameter named `n` (an int) picks the form."""
    if not isinstance(params.get(n), int):
        raise ValueError(f"Plural needs an int parameter {n!r}")
    return _rebuild(singular, plural, n, params)


def _rebuild(id: str, plural: str | None, n: str | None, params: Mapping[str, Any]) -> Msg:
    msg = object.__new__(Msg)
    _set(msg, id, plural, n, params)
    return msg


def _set(msg: Msg, id: str, plural: str | None, n: str | None, params: Mapping[str, Any]) -> None:
    if not isinstance(id, str) or not id:
        raise ValueError("a message id is a non-empty string")
    for key, value in params.items():
        if isinstance(value, bool) or not isinstance(value, (str, int, float, date, Msg)):
            raise TypeError(f"message parameter {key}: {type(value).__name__} is not allowed")
    object.__setattr__(msg, "id", id)
    object.__setattr__(msg, "plural", plural)
    object.__setattr__(msg, "n", n)
    object.__setattr__(msg, "params", tuple(sorted(params.items())))


def _encode(value: Param) -> Any:
    if isinstance(value, Msg):
        return {"msg": value.to_data()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    return value


def _decode(value: Any) -> Param:
    if isinstance(value, dict):
        if "msg" in value:
            return Msg.from_data(value["msg"])
        if "date" in value:
            return date.fromisoformat(value["date"])
        raise ValueError(f"not a message parameter: {value!r}")
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"not a message parameter: {value!r}")
    return value
