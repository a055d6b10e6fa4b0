"""The checklist: clause trees, the item panel, evidence, knowledge base views, editions."""
