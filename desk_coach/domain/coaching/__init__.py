"""The coaching core: exercises and their ladders, the self-screen and its red-flag gate,
the planner that builds each break, and the progression that adapts it. Pure domain code."""
