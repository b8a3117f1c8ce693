"""The coach's sentences, one module per part of the coach (see ``wording/say.py``)."""
