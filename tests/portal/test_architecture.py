"""The import graph keeps the layout the README describes.

Feature apps (home, blog, labs, search) may import portal's shared packages;
the shared packages never import a feature app, not even through
apps.get_model() or a model label; only portal.composition (and the entry
points that use it) may. Between the feature apps there is no cycle.
Imports are read from the source (every `import`, also inside functions).
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FEATURES = frozenset({"home", "blog", "labs", "search"})
# Entry points that wire everything together, and the composition package.
COMPOSITION = (
    "portal.composition",
    "portal.management",
    "portal.urls",
    "portal.settings",
)
# Wagtail resolves these page-type labels itself: the accepted exception.
TREE_RULES = {"parent_page_types", "subpage_types"}


def module_name(path, root=ROOT):
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_files():
    for top in ("portal", *sorted(FEATURES)):
        for path in sorted((ROOT / top).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def app_label_string(node):
    """The app of a model label ("blog.BlogPostPage") or get_model("blog", …)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        app, _, model = node.value.partition(".")
        if app in FEATURES and model[:1].isupper() and model.isidentifier():
            return app
    if (
        isinstance(node, ast.Call)
        and getattr(node.func, "attr", getattr(node.func, "id", "")) == "get_model"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ):
        app = str(node.args[0].value).partition(".")[0]
        return app if app in FEATURES else None
    return None


def tree_rule_strings(tree):
    """String nodes inside parent_page_types / subpage_types assignments."""
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            getattr(target, "id", None) in TREE_RULES for target in node.targets
        ):
            skipped.update(id(inner) for inner in ast.walk(node.value))
    return skipped


def dependencies(path, root=ROOT):
    """(module it depends on, line) for every import and model reference."""
    tree = ast.parse(path.read_text(), filename=str(path))
    skipped = tree_rule_strings(tree)
    package = module_name(path, root)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield base, node.lineno
        elif id(node) not in skipped and (app := app_label_string(node)):
            yield app, node.lineno


def graph():
    return {module_name(path): list(dependencies(path)) for path in source_files()}


def app_of(module):
    return module.partition(".")[0]


def is_shared(module):
    return module.startswith("portal") and not module.startswith(COMPOSITION)


def test_shared_packages_never_reach_a_feature_app():
    wrong = [
        f"{module}:{line} -> {target}"
        for module, targets in graph().items()
        if is_shared(module)
        for target, line in targets
        if app_of(target) in FEATURES
    ]
    assert wrong == []


def test_shared_packages_never_reach_the_composition_package():
    wrong = [
        f"{module}:{line} -> {target}"
        for module, targets in graph().items()
        if is_shared(module)
        for target, line in targets
        if target.startswith("portal.composition")
    ]
    assert wrong == []


def app_cycles(edges):
    """Every cycle in a small directed graph {node: {nodes}}, as node lists."""
    cycles = []

    def visit(node, trail):
        for following in sorted(edges.get(node, ())):
            if following == trail[0]:
                cycles.append([*trail, following])
            elif following not in trail and following > trail[0]:
                visit(following, [*trail, following])

    for start in sorted(edges):
        visit(start, [start])
    return cycles


def feature_edges():
    edges = {app: set() for app in FEATURES}
    for module, targets in graph().items():
        source = app_of(module)
        for target, _line in targets:
            if source in FEATURES and app_of(target) in FEATURES - {source}:
                edges[source].add(app_of(target))
    return edges


def test_feature_apps_import_each_other_without_cycles():
    assert app_cycles(feature_edges()) == []


def test_blog_knows_labs_and_labs_never_the_blog():
    edges = feature_edges()
    assert "labs" in edges["blog"]
    assert "blog" not in edges["labs"]


@pytest.mark.parametrize(
    ("edges", "expected"),
    [
        ({"a": {"b"}, "b": {"a"}}, [["a", "b", "a"]]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, [["a", "b", "c", "a"]]),
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
    ],
)
def test_cycle_finder_finds_cycles(edges, expected):
    assert app_cycles(edges) == expected


def test_reader_sees_lazy_imports_labels_and_get_model(tmp_path):
    fake = tmp_path / "portal" / "caching" / "fake.py"
    fake.parent.mkdir(parents=True)
    fake.write_text(
        "def f():\n    from blog.models import BlogPostPage\n"
        "X = 'labs.LabPage'\n"
        "Y = apps.get_model('home', 'HomePage')\n"
        "parent_page_types = ['search.Thing']\n"
    )
    found = [target for target, _line in dependencies(fake, root=tmp_path)]
    assert found[0] == "blog.models"
    assert "labs" in found
    assert "home" in found
    assert "search" not in found
