"""Use cases over the domain, reaching storage, timers and the desktop only through ports."""
