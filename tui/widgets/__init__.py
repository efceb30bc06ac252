"""The reader's widgets."""

from tui.widgets.article_view import ArticleView
from tui.widgets.detail_bar import DetailBar

__all__ = ["ArticleView", "DetailBar"]
