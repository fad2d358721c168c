"""Rule documentation generated from the rule data: ``jdlint explain`` and docs/rules.md.

Each rule's page has the same parts (after ruff): what it does, why, example, use instead,
the fix, its options and its sources.
"""

from __future__ import annotations

from jdlint.registry import Registry, Rule


def _indent(text: str) -> str:
    return "\n".join("    " + line if line else "" for line in text.strip().splitlines())


def _toml(value: object) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    return f"{value:g}" if isinstance(value, float) else str(value)


def explain(rule: Rule) -> str:
    """A rule's documentation as Markdown (also readable in a terminal)."""
    applies = ", ".join(rule.applies_to)
    parts = [
        f"## {rule.id} `{rule.name}`",
        "",
        f"*{rule.category}* · severity **{rule.severity}** · kind `{rule.kind}` · applies to: {applies}",
        "",
        "### What it does",
        "",
        rule.summary,
        "",
        "### Why",
        "",
        rule.rationale.strip(),
        "",
    ]
    for i, example in enumerate(rule.examples, start=1):
        label = "" if len(rule.examples) == 1 else f" {i}"
        parts += [f"### Example{label}", "", _indent(example.bad), ""]
        if example.verdict:
            parts += [f"Verdict: `{example.verdict}`.", ""]
        parts += ["Use instead:", "", _indent(example.good), ""]
        if example.good_verdict:
            parts += [f"Verdict: `{example.good_verdict}`.", ""]
    if rule.replace:
        parts += ["### Fix", "", f"Replace with “{rule.replace}”.", ""]
        if rule.forms:
            parts += ["Wider forms, replaced whole:", ""]
            parts += [f"- `{pattern}`: “{replacement}”" for pattern, replacement in rule.forms] + [""]
    elif rule.fix:
        parts += ["### Fix", "", rule.fix + (f" ({rule.where})" if rule.where else ""), ""]
        if rule.fix_if:
            parts += ["In the words that fit the advert, the first that applies (lexicon groups in `rules/lexicon.toml`):", ""]
            parts += [f"- when it says a phrase of `{group[4:]}`: “{text}”" for group, text in rule.fix_if]
            parts += ["- otherwise: the fix above", ""]
    if rule.options:
        parts += ["### Options", "", "Set under `[options]` in the rule file.", ""]
        parts += [f"- `{name} = {_toml(value)}`" for name, value in rule.options] + [""]
    parts += ["### Sources", ""]
    for source in rule.sources:
        parts.append(f"- {source.title} (`shared/{source.file}`): “{source.quote}”")
    return "\n".join(parts) + "\n"


def reference(registry: Registry) -> str:
    """docs/rules.md: an index table, then every rule's page."""
    lines = [
        "# jdlint rules",
        "",
        "Generated from the rule files in `rules/` by `jdlint explain --all`; a test fails when",
        "this file drifts from the rules. Do not edit it by hand.",
        "",
        "| id | name | severity | category | what it checks |",
        "| --- | --- | --- | --- | --- |",
    ]
    for rule in registry:
        lines.append(f"| {rule.id} | `{rule.name}` | {rule.severity} | {rule.category} | {rule.summary} |")
    lines.append("")
    body = "\n".join(explain(rule) for rule in registry)
    return "\n".join(lines) + "\n" + body
