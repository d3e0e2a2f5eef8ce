"""The version of peel-kg: shown by `kg --version` and part of every cache fingerprint."""

__version__ = "0.1.0"
