"""What changes what extraction reads, from configuration. Kept apart from the readers
(``homscheck.context``) so that a run that finds every article's claims in the results cache
(``homscheck.cli.cache``) imports none of them."""

from __future__ import annotations

from dataclasses import dataclass, field

from homscheck.names import AliasTable, default_aliases


@dataclass(frozen=True)
class Options:
    """Settings that change what extraction reads (from configuration)."""

    aliases: AliasTable = field(default_factory=default_aliases)
