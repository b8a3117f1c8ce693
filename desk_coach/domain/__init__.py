"""The pure core: rules about sitting, breaks, screening and progression.

Standard library only; time comes from an injected Clock. import-linter enforces this.
"""
