"""samenplan: prepare a crisis plan, a triad card and a recovery action plan, encrypted locally."""

__version__ = "0.1.0"
