"""The pseudo-language (`words.PSEUDO`, "qps") for the app's own Qt Linguist words.

`PseudoTranslator` answers every lookup with the source sentence made pseudo (accented,
40 % longer, in brackets, `{fields}` kept), so a run with `--lang qps` shows at a glance
which text on screen did not come through a catalogue or Qt Linguist, and which label is
too narrow for a longer language. Installed in the application too, it turns Qt's own words
(standard buttons, the file dialog) pseudo as well: Qt calls this Python `translate`.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from samenplan.words import pseudo


class PseudoTranslator(QTranslator):
    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        return pseudo(source_text) if source_text else ""

    def isEmpty(self) -> bool:  # Qt asks it before it asks translate
        return False
