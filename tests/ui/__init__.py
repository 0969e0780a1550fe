"""Real Qt widgets offscreen (pytest-qt) on a real service."""
