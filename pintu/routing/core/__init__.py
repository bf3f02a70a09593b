"""The routing core: plain Python, no Django (features, models, evaluation, profiles, similarity)."""
