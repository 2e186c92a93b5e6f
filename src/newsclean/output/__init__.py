"""Output stage: an Article → the text, ``.seg``, explanation or JSON a user asked for."""
