"""Every key of the reader, on one screen."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = (
    ("Moving", ""),
    ("j  k  \u2193 \u2191", "next / previous statement"),
    ("PgDn  PgUp", "a screenful down / up"),
    ("g  G  Home  End", "first / last statement"),
    ("tab  shift+tab  h  l  \u2190 \u2192", "switch pane"),
    ("]  [", "next / previous pair with a match (the statement's own unseen ones first; comes round)"),
    ("}  {", "next / previous conflict, highlighted as the pair to review"),
    ("enter", "go to the highlighted counterpart in the other pane (and back along the same pair)"),
    ("c  C", "highlight the statement's next / previous counterpart (conflicts first, then same, related)"),
    ("s", "synchronised scrolling on / off"),
    ("/", "search both articles as you type (re: for a regular expression); enter goes to the first hit"),
    ("n  N", "next / previous hit, across both panes"),
    ("escape", "close the search (or cancel a link)"),
    ("Tagging", ""),
    ("1 \u2026 9", "toggle the tag bound to that key"),
    ("t", "tag picker: a tag's number key, or type to filter, enter to apply, or create a new tag"),
    ("a", "add or edit the note on the statement"),
    ("e", "export the tagged claims of these two articles to CSV"),
    ("T", "tags view: every tagged statement (A: of all documents), filter, enter to go, e to export"),
    ("Reviewing", ""),
    ("v", "confirm the highlighted pair (again: undecided)"),
    ("x", "reject the highlighted pair; it stays, dimmed (again: undecided)"),
    ("r", "change the highlighted pair's relation: same, conflict, related"),
    ("m", "link by hand: mark, pick in the other pane, enter, choose the relation (escape cancels)"),
    ("f", "] and [ visit only matches nobody has reviewed (again: all)"),
    ("u  ctrl+r", "undo / redo the last change of any kind, also after a restart"),
    ("Other", ""),
    ("space  b", "a screenful down / up (also ctrl+f / ctrl+b); ctrl+d / ctrl+u half of one"),
    ("ctrl+p", "command palette: every action by name"),
    ("?", "this help"),
    ("q  ctrl+q", "quit (everything is already saved)"),
    ("keys.toml", 'rebind any key: [keys] binding-id = "key" in claimdiff\'s config folder (see the README)'),
    ("Margin", ""),
    ("=  \u2260  ~", "same claim / contradiction / related, in the other article"),
    ("1-9  \u270e", "tags (by key) and a note on the statement"),
)


class HelpScreen(ModalScreen[None]):
    """Every key of the reader, with the tag each number key toggles."""

    BINDINGS = [
        Binding("escape,question_mark,q", "close", "Close"),
    ]

    def __init__(self, tags: dict[int, str] | None = None) -> None:
        super().__init__()
        self.tags = tags or {}
        """Number key -> tag name, as the database has them."""

    def compose(self) -> ComposeResult:
        lines = []
        for key, meaning in KEYS:
            lines.append(f"\n{key}" if not meaning else f"  {key:<28} {meaning}")
            if key == "1 \u2026 9" and self.tags:
                lines.extend(f"    {number:<26} {name}" for number, name in sorted(self.tags.items()))
        with VerticalScroll(classes="dialog help"):
            yield Static("claimdiff keys", classes="dialog-title")
            yield Static("\n".join(lines).lstrip("\n"), markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
