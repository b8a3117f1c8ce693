"""The real world behind the ports: SQLite, APScheduler, idle clocks, notifications, files."""
