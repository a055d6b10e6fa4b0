"""Qt item-model pieces shared by the feature packages (editable tables, table helpers)."""
