"""Plan-level concepts: dossier, people, members, agreements and the export format."""
