#!/usr/bin/env python3
"""Keep the Qt Linguist files in translations/ complete.

Usage:
  scripts/translations.py check FILE...
      Lists every unfinished or empty translation as "FILE: context | source" and every finished
      translation whose placeholders (%1..%99, %L1, %n, %Ln) differ from its source's.
      Exits 1 when there is any, 0 otherwise.
  scripts/translations.py fill-english [--dry-run] FILE
      For the English (source language) file: sets every unfinished translation to its source text.
      Numerus messages get a singular and a plural form ("%n part(s)" -> "%n part" / "%n parts",
      "%n deliveries" -> "%n delivery" / "%n deliveries"). Prints what it could not handle.
  scripts/translations.py apply [--dry-run] FILE TSV
      Applies a tab-separated file of "context<TAB>source<TAB>translation" lines. Numerus
      translations give their forms separated by " || " (as many as the <numerusform> elements
      lupdate wrote for the file's language: one for Hungarian, two for English). In the TSV,
      \\n stands for a line break, \\t for a tab and \\\\ for a backslash. Blank lines and lines
      starting with # are ignored. Reports TSV lines that matched nothing or could not be applied
      (placeholder mismatch, wrong number of forms) and then exits 1; the rest is still applied.

The .ts files are edited as text, not re-serialised: only the <translation> elements that are filled
change, so the layout lupdate writes (element order, indentation, escaping) stays as it is.
Messages marked vanished or obsolete are ignored. Python 3 standard library only.
"""

import argparse
import re
import sys

CONTEXT_RE = re.compile(r"<context>(?P<body>.*?)</context>", re.S)
NAME_RE = re.compile(r"<name>(?P<text>.*?)</name>", re.S)
MESSAGE_RE = re.compile(r"<message(?P<attrs>(?:\s[^>]*)?)>(?P<body>.*?)</message>", re.S)
SOURCE_RE = re.compile(r"<source>(?P<text>.*?)</source>", re.S)
TRANSLATION_RE = re.compile(
    r"(?P<indent>[ \t]*)<translation(?P<attrs>(?:\s[^>]*?)?)(?:/>|>(?P<body>.*?)</translation>)", re.S
)
NUMERUSFORM_RE = re.compile(r"<numerusform(?P<attrs>(?:\s[^>]*?)?)(?:/>|>(?P<text>.*?)</numerusform>)", re.S)
TYPE_ATTR_RE = re.compile(r"""\s+type\s*=\s*(["'])(?P<value>[^"']*)\1""")
BYTE_RE = re.compile(r"""<byte\s+value\s*=\s*(["'])(?P<value>[^"']*)\1\s*/>""")
ENTITY_RE = re.compile(r"&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);")
PLACEHOLDER_RE = re.compile(r"%L?(?:[1-9][0-9]?|n)")
NUMERUS_SEPARATOR = " || "

# Words that may follow %n but are not plural nouns, although they end in "s".
NOT_PLURAL = {
    "across", "as", "always", "bus", "does", "has", "is", "its", "less", "minus", "ms", "news",
    "plus", "s", "series", "status", "this", "thus", "towards", "unless", "was", "yes",
}
PLURAL_VERBS = {"are": "is", "were": "was", "have": "has"}


def unescape(text):
    """The text of an element as lupdate escaped it (entities and <byte value="x.."/>)."""

    def byte(match):
        value = match.group("value")
        return chr(int(value[1:], 16) if value[:1] in ("x", "X") else int(value))

    def entity(match):
        name = match.group(1)
        if name.startswith("#x"):
            return chr(int(name[2:], 16))
        if name.startswith("#"):
            return chr(int(name[1:]))
        return {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}[name]

    return ENTITY_RE.sub(entity, BYTE_RE.sub(byte, text))


def escape(text):
    """Escapes text the way lupdate does (QTranslator's protect())."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append("&quot;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == "'":
            out.append("&apos;")
        elif (code < 0x20 or 0x7F <= code <= 0x9F) and ch not in "\n\t":
            out.append('<byte value="x%x"/>' % code)
        else:
            out.append(ch)
    return "".join(out)


def one_line(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


class Message:
    """One <message> of a .ts file, with the offsets of its <translation> element in the file text."""

    def __init__(self, context, attrs, body, body_start):
        self.context = context
        self.numerus = re.search(r"""numerus\s*=\s*(["'])yes\1""", attrs) is not None
        source = SOURCE_RE.search(body)
        self.source = unescape(source.group("text")) if source else ""
        translation = TRANSLATION_RE.search(body)
        self.has_translation = translation is not None
        self.type = ""
        self.forms = []
        self.text = ""
        if translation:
            self.start = body_start + translation.start()
            self.end = body_start + translation.end()
            self.indent = translation.group("indent")
            self.attrs = translation.group("attrs") or ""
            type_attr = TYPE_ATTR_RE.search(self.attrs)
            self.type = type_attr.group("value") if type_attr else ""
            inner = translation.group("body") or ""
            if self.numerus:
                self.forms = [unescape(m.group("text") or "") for m in NUMERUSFORM_RE.finditer(inner)]
            else:
                self.text = unescape(inner)

    @property
    def ignored(self):
        return self.type in ("vanished", "obsolete")

    @property
    def unfinished(self):
        return self.type == "unfinished"

    def translations(self):
        return self.forms if self.numerus else [self.text]

    def empty(self):
        values = self.translations()
        return not values or any(value == "" for value in values)

    def label(self):
        return "%s | %s" % (self.context, one_line(self.source))

    def rendered(self, values):
        """The <translation> element, finished, holding values (one per numerus form)."""
        attrs = TYPE_ATTR_RE.sub("", self.attrs)
        if not self.numerus:
            return "%s<translation%s>%s</translation>" % (self.indent, attrs, escape(values[0]))
        form_indent = self.indent + "    "
        lines = ["%s<translation%s>" % (self.indent, attrs)]
        lines += ["%s<numerusform>%s</numerusform>" % (form_indent, escape(value)) for value in values]
        lines.append("%s</translation>" % self.indent)
        return "\n".join(lines)


class TsFile:
    def __init__(self, path):
        self.path = path
        with open(path, encoding="utf-8", newline="") as handle:
            self.text = handle.read()
        if "\r\n" in self.text:
            raise SystemExit("%s: CRLF line endings are not supported" % path)
        language = re.search(r"""<TS\b[^>]*\blanguage\s*=\s*(["'])([^"']*)\1""", self.text)
        self.language = language.group(2) if language else ""
        self.messages = []
        for context in CONTEXT_RE.finditer(self.text):
            body_offset = context.start("body")
            name = NAME_RE.search(context.group("body"))
            context_name = unescape(name.group("text")) if name else ""
            for message in MESSAGE_RE.finditer(context.group("body")):
                self.messages.append(
                    Message(context_name, message.group("attrs") or "", message.group("body"),
                            body_offset + message.start("body"))
                )
        self.replacements = {}

    def live_messages(self):
        return [m for m in self.messages if m.has_translation and not m.ignored]

    def set_translation(self, message, values):
        self.replacements[message.start] = (message.end, message.rendered(values))

    def save(self):
        if not self.replacements:
            return
        parts = []
        position = 0
        for start in sorted(self.replacements):
            end, replacement = self.replacements[start]
            parts.append(self.text[position:start])
            parts.append(replacement)
            position = end
        parts.append(self.text[position:])
        with open(self.path, "w", encoding="utf-8", newline="") as handle:
            handle.write("".join(parts))


def placeholders(text):
    return set(PLACEHOLDER_RE.findall(text))


def placeholder_problem(source, values):
    """Describes how the placeholders of values differ from the source's, or returns None."""
    expected = placeholders(source)
    problems = []
    for index, value in enumerate(values):
        found = placeholders(value)
        if found == expected:
            continue
        details = []
        if expected - found:
            details.append("missing " + " ".join(sorted(expected - found)))
        if found - expected:
            details.append("extra " + " ".join(sorted(found - expected)))
        where = "form %d: " % (index + 1) if len(values) > 1 else ""
        problems.append(where + ", ".join(details))
    return "; ".join(problems) or None


# ---------------------------------------------------------------------------------------------------------------------
# check


def command_check(args):
    problems = 0
    for path in args.files:
        ts = TsFile(path)
        for message in ts.live_messages():
            if message.unfinished:
                print("%s: unfinished: %s" % (path, message.label()))
                problems += 1
            elif message.empty():
                print("%s: empty: %s" % (path, message.label()))
                problems += 1
            else:
                mismatch = placeholder_problem(message.source, message.translations())
                if mismatch:
                    print("%s: placeholders (%s): %s" % (path, mismatch, message.label()))
                    problems += 1
    if problems:
        print("%d problem(s)." % problems, file=sys.stderr)
        return 1
    return 0


# ---------------------------------------------------------------------------------------------------------------------
# fill-english


def singular_word(word):
    """The singular of an English plural noun, or None when word does not look like one."""
    lower = word.lower()
    if lower in NOT_PLURAL or len(lower) < 3 or not lower.endswith("s") or lower.endswith("ss"):
        return None
    if lower.endswith("ies") and len(lower) > 4:
        return word[:-3] + ("Y" if word[-3].isupper() else "y")
    if re.search(r"(ches|shes|sses|xes|zes)$", lower):
        return word[:-2]
    return word[:-1]


def english_forms(source):
    """(singular, plural) for a numerus source, or None when no rule applies."""
    if re.search(r"\((?:s|es)\)", source):
        singular = re.sub(r"\((?:s|es)\)", "", source)
        plural = re.sub(r"\((s|es)\)", r"\1", source)
        return singular, plural
    match = re.search(r"%L?n\s+(?P<word>[A-Za-z]+)(?P<rest>\s+(?P<verb>[A-Za-z]+))?", source)
    if not match:
        return None
    singular = singular_word(match.group("word"))
    if singular is None:
        return None
    result = source[: match.start("word")] + singular + source[match.end("word"):]
    verb = match.group("verb")
    if verb and verb.lower() in PLURAL_VERBS:
        shift = len(singular) - len(match.group("word"))
        start, end = match.start("verb") + shift, match.end("verb") + shift
        result = result[:start] + PLURAL_VERBS[verb.lower()] + result[end:]
    return result, source


def command_fill_english(args):
    ts = TsFile(args.file)
    if not ts.language.lower().startswith("en"):
        print("%s: the file's language is %r, not English; nothing done." % (args.file, ts.language),
              file=sys.stderr)
        return 1
    filled = 0
    unhandled = []
    for message in ts.live_messages():
        if not message.unfinished:
            continue
        if not message.numerus:
            ts.set_translation(message, [message.source])
            filled += 1
            continue
        count = len(message.forms)
        forms = english_forms(message.source)
        if count != 2:
            unhandled.append("%s (%d numerus forms, expected 2; left unfinished)" % (message.label(), count))
            continue
        if forms is None:
            forms = (message.source, message.source)
            unhandled.append("%s (no singular derived; the source is used for both forms, check it)"
                             % message.label())
        else:
            print("numerus: %s -> %s || %s" % (message.label(), one_line(forms[0]), one_line(forms[1])))
        ts.set_translation(message, list(forms))
        filled += 1
    if not args.dry_run:
        ts.save()
    print("%s: %d translation(s) %s." % (args.file, filled, "would be filled" if args.dry_run else "filled"))
    for line in unhandled:
        print("not handled: " + line)
    return 0


# ---------------------------------------------------------------------------------------------------------------------
# apply


def decode_tsv_field(field):
    return re.sub(r"\\([\\nt])", lambda m: {"\\": "\\", "n": "\n", "t": "\t"}[m.group(1)], field)


def read_tsv(path):
    """[(line number, context, source, translation)] and [(line number, problem)]."""
    entries = []
    problems = []
    with open(path, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 3:
                problems.append((number, "%s:%d: expected 3 tab-separated fields, found %d"
                                 % (path, number, len(fields))))
                continue
            entries.append((number, decode_tsv_field(fields[0]), decode_tsv_field(fields[1]),
                            decode_tsv_field(fields[2])))
    return entries, problems


def command_apply(args):
    ts = TsFile(args.file)
    entries, problems = read_tsv(args.tsv)
    index = {}
    for message in ts.live_messages():
        index.setdefault((message.context, message.source), []).append(message)
    filled = updated = unchanged = 0
    for number, context, source, translation in entries:
        where = "%s:%d: %s | %s" % (args.tsv, number, context, one_line(source))
        messages = index.get((context, source))
        if not messages:
            problems.append((number, where + ": matches no message"))
            continue
        for message in messages:
            if message.numerus:
                values = translation.split(NUMERUS_SEPARATOR)
                if len(values) != len(message.forms):
                    problems.append((number, "%s: %d numerus form(s) given, the file has %d" %
                                     (where, len(values), len(message.forms))))
                    continue
            else:
                values = [translation]
            if any(value == "" for value in values):
                problems.append((number, where + ": empty translation"))
                continue
            mismatch = placeholder_problem(source, values)
            if mismatch:
                problems.append((number, "%s: placeholders differ from the source (%s)" % (where, mismatch)))
                continue
            if message.unfinished:
                filled += 1
            elif message.translations() == values:
                unchanged += 1
                continue
            else:
                updated += 1
                print("updated: %s | %s" % (message.label(), one_line(NUMERUS_SEPARATOR.join(values))))
            ts.set_translation(message, values)
    if not args.dry_run:
        ts.save()
    verb = "would be" if args.dry_run else "were"
    print("%s: %d unfinished translation(s) %s filled, %d finished one(s) %s changed, %d already so."
          % (args.file, filled, verb, updated, verb, unchanged))
    for _, problem in sorted(problems, key=lambda item: item[0]):
        print("not applied: " + problem)
    return 1 if problems else 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True
    check = commands.add_parser("check", help="list unfinished, empty and placeholder-mismatched translations")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.set_defaults(run=command_check)
    fill = commands.add_parser("fill-english", help="fill the English file from the source texts")
    fill.add_argument("--dry-run", action="store_true", help="only report, do not write the file")
    fill.add_argument("file", metavar="FILE")
    fill.set_defaults(run=command_fill_english)
    apply = commands.add_parser("apply", help="apply a context<TAB>source<TAB>translation file")
    apply.add_argument("--dry-run", action="store_true", help="only report, do not write the file")
    apply.add_argument("file", metavar="FILE")
    apply.add_argument("tsv", metavar="TSV")
    apply.set_defaults(run=command_apply)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
