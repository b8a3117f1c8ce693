"""The desktop's idle clock, one module per platform; ``factory.create_idle_sensor`` picks one.

Each platform module is imported only when the factory tries it, so a missing library (libXss,
jeepney) or a foreign platform (Windows, macOS) costs nothing elsewhere.
"""
