"""Modal dialogs of the reader: picking a tag, writing a note, exporting."""

from tui.dialogs.export_dialog import ExportDialog, ExportDone
from tui.dialogs.note_dialog import NoteDialog
from tui.dialogs.relation_picker import RelationPicker
from tui.dialogs.tag_picker import TagPicker

__all__ = ["ExportDialog", "ExportDone", "NoteDialog", "RelationPicker", "TagPicker"]
