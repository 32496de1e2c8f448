"""What changes what extraction reads, from configuration. Kept apart from the readers
(``homscheck.context``) so that a run that finds every article's claims in the results cache
(``homscheck.cli.cache``) imports none of them."""

from __future__ import annotations

from dataclasses import dataclass, field

from homscheck.model import Frozen, frozen_fields, set_fields
from homscheck.names import AliasTable, default_aliases


@frozen_fields  # (a frozen dataclass without code compiled at import: ``homscheck.model``)
@dataclass(init=False, repr=False, eq=False)
class Options(Frozen):
    """Settings that change what extraction reads (from configuration)."""

    aliases: AliasTable = field(default_factory=default_aliases)

    def __init__(self, aliases: AliasTable | None = None) -> None:
        set_fields(self, aliases=default_aliases() if aliases is None else aliases)
