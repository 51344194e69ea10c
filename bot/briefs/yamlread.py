"""Bytes → plain data, safely: libyaml composes the nodes, this module builds the values.

Only YAML's standard scalar and collection tags are built, so no tag can construct a Python
object or run code. Duplicate keys, merge keys, non-text keys, deep nesting and alias bombs are
errors with the line they are on. Timestamps stay text: briefs hold dates as ``YYYY[-MM[-DD]]``.
"""

from __future__ import annotations

import re

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.errors import BriefError

try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - libyaml is in every wheel we install
    from yaml import SafeLoader as _SafeLoader

MAX_DEPTH = 12
TAG = "tag:yaml.org,2002:"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_scalars = yaml.constructor.SafeConstructor()


def _text(node: ScalarNode) -> str:
    found = _CONTROL.search(node.value)
    if found:
        raise BriefError(line_of(node), f"control character U+{ord(found.group()):04X} in text; remove it")
    return node.value


_SCALAR = {
    TAG + "str": _text,
    TAG + "timestamp": lambda node: node.value,
    TAG + "int": _scalars.construct_yaml_int,
    TAG + "float": _scalars.construct_yaml_float,
    TAG + "bool": _scalars.construct_yaml_bool,
    TAG + "null": lambda node: None,
}


_IMPLICIT = _SafeLoader.yaml_implicit_resolvers


_STR, _SEQ, _MAP, _MERGE = TAG + "str", TAG + "seq", TAG + "map", TAG + "merge"
_PLAIN_TAGS: dict[str, str] = {}  # plain scalar → its implicit tag, for the ones seen before


def _implicit_tag(value: str) -> str:
    for tag, regexp in _IMPLICIT.get(value[:1] if value else "", ()):
        if regexp.match(value):
            return tag
    return _STR


class _Loader(_SafeLoader):
    """libyaml's composer with YAML 1.1's implicit tags, minus PyYAML's unused path-resolver bookkeeping."""

    def resolve(self, kind, value, implicit):
        if kind is ScalarNode:
            if implicit[0]:
                tag = _PLAIN_TAGS.get(value)
                if tag is None:
                    tag = _implicit_tag(value)
                    if len(value) <= 32 and len(_PLAIN_TAGS) < 4096:  # keys and short values recur
                        _PLAIN_TAGS[value] = tag
                return tag
            return _STR
        return _SEQ if kind is SequenceNode else _MAP

    def descend_resolver(self, current_node, current_index):
        pass

    def ascend_resolver(self):
        pass


def line_of(node: Node) -> int:
    return node.start_mark.line + 1


def decode(raw: bytes) -> str:
    """UTF-8 text, or a BriefError on the line holding the first bad byte."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise BriefError(line, f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8") from None
    text = text[1:] if text.startswith("\ufeff") else text
    found = _CONTROL.search(text)
    if found and found.group() != "\x85":
        line = text.count("\n", 0, found.start()) + 1
        raise BriefError(line, f"control character U+{ord(found.group()):04X} in the file; remove it")
    return text


def compose(text: str) -> Node | None:
    """The single document's node tree, or None for an empty file."""
    loader = _Loader(text)
    try:
        return loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(text, exc) from None
    except yaml.YAMLError as exc:
        raise BriefError(1, f"YAML syntax error: {exc}") from None
    finally:
        loader.dispose()


def _syntax_error(text: str, exc: yaml.MarkedYAMLError) -> BriefError:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 1
    if "nesting depth" in str(exc):  # libyaml's own limit, far past ours
        return BriefError(line, f"nested deeper than {MAX_DEPTH} levels; no brief needs that")
    if "expected a single document" in str(exc):
        return BriefError(line, "a brief is one YAML document; this file holds more than one (remove the '---')")
    for number, content in enumerate(text.splitlines(), 1):
        indent = content[: len(content) - len(content.lstrip(" \t"))]
        if "\t" in indent:
            return BriefError(number, "tab used for indentation; indent with spaces")
    context = exc.context or ""
    for started, message in _WHERE_IT_STARTS.items():
        if started in context and exc.context_mark:  # point at the line where the problem begins
            return BriefError(exc.context_mark.line + 1, message)
    return BriefError(line, f"YAML syntax error: {exc.problem or exc.context}")


# The parser notices some mistakes lines after they are made; these are reported where they start.
_WHERE_IT_STARTS = {
    "quoted scalar": "a quoted text starts on this line and is never closed: add the closing quote",
    "simple key": "this line needs a ':' after its key (key: value)",
    "flow sequence": "a '[' list starts on this line and is never closed with ']'",
    "flow mapping": "a '{' starts on this line and is never closed with '}'",
}


class _Builder:
    """Turns a node tree into dicts, lists and scalars within a node budget."""

    def __init__(self, budget: int, check_all_text: bool):
        self.budget = budget
        # decode() found no control character in the file, so only a double-quoted scalar, whose escapes
        # ("\x07") can make one, needs checking; otherwise every one is checked.
        self.check_all_text = check_all_text

    def build(self, node: Node, depth: int = 0):
        self.budget -= 1
        if self.budget < 0:
            raise BriefError(line_of(node), "anchors and aliases expand too far; write the items out")
        if depth > MAX_DEPTH:
            raise BriefError(line_of(node), f"nested deeper than {MAX_DEPTH} levels; no brief needs that")
        if isinstance(node, ScalarNode):
            if node.tag == _STR and node.style != '"' and not self.check_all_text:
                return node.value
            construct = _SCALAR.get(node.tag)
            if construct is None:
                raise BriefError(line_of(node), f"tag '{_short(node.tag)}' is not allowed in a brief")
            return construct(node)
        if isinstance(node, SequenceNode):
            if node.tag != _SEQ:
                raise BriefError(line_of(node), f"tag '{_short(node.tag)}' is not allowed in a brief")
            return [self.build(child, depth + 1) for child in node.value]
        return self.build_mapping(node, depth)

    def build_mapping(self, node: MappingNode, depth: int) -> dict:
        if node.tag != _MAP:
            raise BriefError(line_of(node), f"tag '{_short(node.tag)}' is not allowed in a brief")
        result: dict = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                raise BriefError(line_of(key_node), "merge keys are not allowed ('<<'); write the keys out")
            if not isinstance(key_node, ScalarNode) or key_node.tag != _STR:
                raise BriefError(line_of(key_node), "keys must be text (a number, list or null is not a key)")
            key = key_node.value
            if key in result:
                first = next(k for k, _ in node.value if k.value == key)
                raise BriefError(
                    line_of(key_node),
                    f"duplicate key '{key}' (first at line {line_of(first)}); YAML would keep only the last",
                )
            result[key] = self.build(value_node, depth + 1)
        return result


def _short(tag: str) -> str:
    return "!!" + tag[len(TAG) :] if tag.startswith(TAG) else tag


def read_yaml(raw: bytes) -> tuple[dict, Node]:
    """Parse one brief's bytes; returns (data, root node) or raises BriefError."""
    text = decode(raw)
    root = compose(text)
    if root is None or (isinstance(root, ScalarNode) and root.tag == TAG + "null" and not root.value):
        raise BriefError(
            1, "file is empty; a brief needs at least title, status, updated, editors, source, summary, facts"
        )
    # Without aliases every node is built once, and a node takes at least a byte or two of text.
    budget = len(raw) + 1000
    data = _Builder(budget, _CONTROL.search(text) is not None).build(root)
    if not isinstance(data, dict):
        raise BriefError(line_of(root), "top level must be a mapping of keys (title:, summary:, facts: …)")
    return data, root


def node_at(root: Node, path: list) -> tuple[Node, Node | None]:
    """The (value node, key node) at a path of keys and indexes, as far as it exists."""
    node, key_node = root, None
    for step in path:
        if isinstance(node, MappingNode) and isinstance(step, str):
            match = next(((k, v) for k, v in node.value if getattr(k, "value", None) == step), None)
            if match is None:
                break
            key_node, node = match
        elif isinstance(node, SequenceNode) and isinstance(step, int) and step < len(node.value):
            node, key_node = node.value[step], None
        else:
            break
    return node, key_node
