"""The desktop app: main window, views, table models, dialogs and the background worker (Qt)."""
