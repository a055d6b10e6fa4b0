"""Everything Qt: main window, panels, models, dialogs, actions, translations."""
