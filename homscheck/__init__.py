"""homscheck: cross-check the claims of several news articles about one event.

>>> from homscheck import Document, compare
>>> report = compare([Document("a", "..."), Document("b", "...")])
>>> [f.verdict for f in report.findings]
[]
"""

from homscheck.core import Config, compare, extract, read_document
from homscheck.model import (
    Claim,
    DateRange,
    Document,
    Duration,
    Event,
    Finding,
    Name,
    Problem,
    Quantity,
    Report,
    Status,
    Verdict,
)

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "Config",
    "DateRange",
    "Document",
    "Duration",
    "Event",
    "Finding",
    "Name",
    "Problem",
    "Quantity",
    "Report",
    "Status",
    "Verdict",
    "__version__",
    "compare",
    "extract",
    "read_document",
]
