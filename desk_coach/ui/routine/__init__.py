"""The guided stretch routine: a dialog that walks the user through a RoutinePlan one exercise at a
time (``dialog.GuidedRoutineDialog``), the feedback page it ends on (``feedback.FeedbackPage``),
the Qt-free state machine behind it (``player.RoutinePlayer``) and its cue sounds (``sounds``).

Import the modules themselves: this package imports nothing, so ``player`` stays loadable
without Qt.
"""
