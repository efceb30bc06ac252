"""The reader's widgets."""

from tui.widgets.article_view import ArticleView

__all__ = ["ArticleView"]
