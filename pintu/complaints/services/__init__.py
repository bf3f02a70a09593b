"""Report use cases, one function each. Views, API, commands and tests call these."""
