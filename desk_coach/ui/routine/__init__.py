"""The guided stretch routine: a dialog that walks the user through a RoutinePlan one exercise at a
time (``dialog.GuidedRoutineDialog``), the morning-after question it may start with
(``next_morning``), the feedback page it ends on (``feedback.FeedbackPage``) and its cue sounds
(``sounds``). Behind the views, in plain Python: the state machine of the routine
(``player.RoutinePlayer``), the dialog's state and decisions (``session.RoutineSession``), what
the exercise and pain pages say (``screen``) and what the questions' answers come to
(``answers``).

Import the modules themselves: this package imports nothing, so the plain ones stay loadable
without Qt.
"""
