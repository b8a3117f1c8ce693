"""The Qt shell: the only package that draws widgets."""
